#!/bin/sh
# Goldens of the examples: testdata/examples/NAME.out is the stdout of
# `python3 examples/NAME.asl` run from the repository root by CPython 3.11
# (/usr/bin/python3). Only examples listed here get one: the others need a
# server left running (server.asl) or modules CPython lacks here.
# Usage: testdata/examples/regen.sh [NAME ...]
set -u
cd "$(dirname "$0")/../.." || exit 1
PY=${PYTHON:-/usr/bin/python3}
if [ $# -eq 0 ]; then
    set -- hello basics tcp_echo subprocess_runner file_pipeline fetcher
fi
for name in "$@"; do
    "$PY" "examples/$name.asl" > "testdata/examples/$name.out" 2>/dev/null
    echo "$name: exit $?"
done
