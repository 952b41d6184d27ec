#!/bin/sh
# Rebuilds the goldens of the valid-syntax corpus with CPython 3.11.
cd "$(dirname "$0")" && for f in *.asl; do
    python3 -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))' "$f" > "${f%.asl}.ast"
done
