#!/bin/sh
# Rebuilds the goldens of the valid-syntax corpus with CPython 3.11:
# NNN.ast is ast.dump of the file, and compile.golden records, for each
# file, whether compile() accepts it (some valid syntax fails at compile
# time, as a misplaced "from __future__ import" does).
cd "$(dirname "$0")" || exit 1
for f in *.asl; do
    python3 -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))' "$f" > "${f%.asl}.ast"
done
python3 - > compile.golden <<'PY'
import glob
for f in sorted(glob.glob("*.asl")):
    try:
        compile(open(f).read(), f, "exec")
        print(f"{f}: OK")
    except SyntaxError as e:
        print(f"{f}: line {e.lineno}: {type(e).__name__}: {e.msg}")
PY
