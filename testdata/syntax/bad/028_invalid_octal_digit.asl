perm = 0o755
bad = 0o8
