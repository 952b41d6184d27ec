#!/usr/bin/env bash
# Times lexing+parsing of bench/parse5000.asl (5,025 lines) by asl and by
# CPython's ast.parse on the same file, side by side, and prints the ratio.
# Usage: bench/parse.sh [python]   (default: /usr/bin/python3)
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-/usr/bin/python3}
file=bench/parse5000.asl
asl_ns=$(go test ./parser -run '^$' -bench 'BenchmarkParseFile5000$' -benchtime 3s -count 5 |
    awk '/^BenchmarkParseFile5000/ { if (best == "" || $3 < best) best = $3 } END { print best }')
py_ns=$("$py" - "$file" <<'PY'
import ast, sys, time
src = open(sys.argv[1]).read()
for _ in range(3):
    ast.parse(src)
best = float("inf")
for _ in range(5):
    n, t = 0, time.perf_counter()
    while time.perf_counter() - t < 3:
        ast.parse(src)
        n += 1
    best = min(best, (time.perf_counter() - t) / n)
print(int(best * 1e9))
PY
)
awk -v a="$asl_ns" -v p="$py_ns" -v lines="$(wc -l < $file)" -v pyv="$("$py" -c 'import platform; print(platform.python_version())')" 'BEGIN {
    printf "%-32s %10s\n", "parse " lines " lines", "ms"
    printf "%-32s %10.2f\n", "asl parser.ParseFile", a / 1e6
    printf "%-32s %10.2f\n", "CPython " pyv " ast.parse", p / 1e6
    printf "%-32s %10.2f\n", "ratio asl / CPython", a / p
}'
