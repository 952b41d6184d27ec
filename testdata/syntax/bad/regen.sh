#!/bin/sh
# Regenerate the CPython 3.11 goldens for every malformed input here:
#   NNN_topic.err  = stderr of `python3 NNN_topic.asl` run from this directory
#   NNN_topic.code = its exit status
# Never edit goldens by hand; rerun this script instead.
#
# CPython >= 3.9 makes the script path absolute before compiling, so the
# first line of stderr reads  File "/abs/path/to/NNN_topic.asl", line N.
# To keep goldens independent of the checkout location, the absolute
# directory prefix of this directory is stripped from that line (only
# there), leaving  File "NNN_topic.asl", line N.  Nothing else is changed.
set -u
cd "$(dirname "$0")" || exit 1
PY=${PYTHON:-/usr/bin/python3}
DIR=$(pwd -P)
status=0
for f in [0-9]*.asl; do
    base=${f%.asl}
    out=$("$PY" "$f" 2> "$base.err.tmp")
    echo $? > "$base.code"
    if [ -n "$out" ]; then
        echo "regen.sh: $f wrote to stdout (code ran before the error)" >&2
        status=1
    fi
    sed "1s|^  File \"$DIR/|  File \"|" "$base.err.tmp" > "$base.err"
    rm -f "$base.err.tmp"
done
exit $status
