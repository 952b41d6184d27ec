# This module is intentionally empty.
#
# It only contains comments
#   and blank lines.

    # indented comment
	# tab-indented comment

