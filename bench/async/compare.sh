#!/usr/bin/env bash
# Times the async benchmarks on asl, on CPython's default asyncio loop and on
# uvloop (Debian's python3-uvloop, when installed), side by side, and the
# peak memory per task of 100,000 sleeping tasks.
# Usage: bench/async/compare.sh [ASL_BINARY]   (default: builds one)
set -euo pipefail
cd "$(dirname "$0")/../.."
asl=${1:-}
if [ -z "$asl" ]; then
    asl=$(mktemp -d)/asl
    go build -o "$asl" ./cmd/asl
fi
py=/usr/bin/python3
have_uvloop=0
"$py" -c 'import uvloop' 2>/dev/null && have_uvloop=1

# best of three wall times, in seconds
best() {
    local b=
    for _ in 1 2 3; do
        local s e
        s=$(date +%s.%N)
        "$@" >/dev/null
        e=$(date +%s.%N)
        b=$(echo "$s $e $b" | awk '{d=$2-$1; if ($3=="" || d<$3) print d; else print $3}')
    done
    echo "$b"
}

printf '%-16s %8s %8s %8s %10s %10s\n' program asl cpython uvloop asl/cpy asl/uvloop
for f in tasks_sleep0 sleep0_many gather_futures queue_items sleeping_tasks; do
    p=bench/async/$f.asl
    a=$(best "$asl" "$p")
    c=$(best "$py" "$p")
    u=-
    if [ $have_uvloop = 1 ]; then u=$(best "$py" bench/async/uvloop_run.py "$p"); fi
    echo "$f $a $c $u" | awk '{u = ($4=="-") ? "-" : sprintf("%.3f", $4);
        r2 = ($4=="-") ? "-" : sprintf("%.3f", $2/$4);
        printf "%-16s %8.3f %8.3f %8s %10.3f %10s\n", $1, $2, $3, u, $2/$3, r2}'
done

# Peak resident memory per task: 100,000 tasks sleeping together, less
# what the same runtime takes to import asyncio.
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
base_a=$(peak "$asl" -c 'import asyncio')
base_c=$(peak "$py" -c 'import asyncio')
mem_a=$(peak "$asl" bench/async/sleeping_tasks.asl)
mem_c=$(peak "$py" bench/async/sleeping_tasks.asl)
line="asl $(( (mem_a - base_a) * 1024 / 100000 )) B/task, CPython $(( (mem_c - base_c) * 1024 / 100000 )) B/task"
if [ $have_uvloop = 1 ]; then
    mem_u=$(peak "$py" bench/async/uvloop_run.py bench/async/sleeping_tasks.asl)
    line="$line, uvloop $(( (mem_u - base_c) * 1024 / 100000 )) B/task"
fi
echo "peak memory of 100,000 sleeping tasks: $line"
