#!/bin/sh
# Regenerate the CPython 3.11 goldens of the run corpus:
#   <section>/NNN_topic.out  = stdout of `python3 NNN_topic.asl` run from <section>/
#   <section>/NNN_topic.code = its exit status
# stderr is discarded (it is not compared); standard input is <section>/NNN_topic.in
# when there is one, else empty. In imports/, CPython is taught that
# .asl files are modules (importlib's SOURCE_SUFFIXES). Never edit goldens by hand;
# rerun this script instead. Usage: ./regen.sh [section ...]
set -u
cd "$(dirname "$0")" || exit 1
PY=${PYTHON:-/usr/bin/python3}
if [ $# -eq 0 ]; then
    set -- */
fi
for d in "$@"; do
    d=${d%/}
    [ -d "$d" ] || { echo "regen.sh: no section $d" >&2; exit 1; }
    (
        cd "$d" || exit 1
        for f in [0-9]*.asl; do
            [ -e "$f" ] || continue
            base=${f%.asl}
            in=/dev/null
            [ -e "$base.in" ] && in=$base.in
            if [ "$d" = imports ]; then
                # CPython imports .py files: teach it that .asl files are
                # source too, then run the program as its main script.
                "$PY" -c 'import importlib.machinery as m, runpy, sys
m.SOURCE_SUFFIXES.append(".asl")
sys.path_importer_cache.clear()
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")' "$f" < "$in" > "$base.out" 2>/dev/null
            else
                "$PY" "$f" < "$in" > "$base.out" 2>/dev/null
            fi
            echo $? > "$base.code"
        done
    )
done
