#!/bin/sh
# Regenerate the CPython 3.11 goldens here: NAME.err and NAME.code are the
# stderr and exit status of `python3 NAME.asl` run from this directory, with
# this directory's absolute path (which CPython puts in the message) removed.
# Never edit goldens by hand; rerun this script instead.
set -u
cd "$(dirname "$0")" || exit 1
PY=${PYTHON:-/usr/bin/python3}
DIR=$(pwd -P)
for f in *.asl; do
    base=${f%.asl}
    "$PY" "$f" > /dev/null 2> "$base.err.tmp"
    echo $? > "$base.code"
    sed "s|$DIR/||" "$base.err.tmp" > "$base.err"
    rm -f "$base.err.tmp"
done
