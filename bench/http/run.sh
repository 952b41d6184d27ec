#!/bin/sh
# bench/http/run.sh: "Hello, async world" served by asl (aiohttp.web on
# net/http), by aiohttp 3.8 under CPython and by a plain Go net/http
# program, each loaded with wrk at 64 and 512 connections on 127.0.0.1.
# Prints requests/s, p99 latency and errors side by side.
#
#   bench/http/run.sh                 # 5 s per run
#   DURATION=10 THREADS=2 bench/http/run.sh
#   PYTHON=/usr/bin/python3 ASL=./asl bench/http/run.sh
#
# Needs wrk (apt-get install wrk) and aiohttp for $PYTHON (python3-aiohttp).
set -u
cd "$(dirname "$0")/../.." || exit 1
DURATION=${DURATION:-5}
THREADS=${THREADS:-2}
PYTHON=${PYTHON:-/usr/bin/python3}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "run.sh: wrk not found (apt-get install wrk)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "${ASL:-}" ]; then
    go build -o "$tmp/asl" ./cmd/asl || exit 1
    ASL=$tmp/asl
fi
go build -o "$tmp/goserver" ./bench/http/goserver || exit 1

# wait_port PORT: until something accepts on 127.0.0.1:PORT (10 s at most)
wait_port() {
    i=0
    while [ $i -lt 100 ]; do
        if curl -s -o /dev/null "http://127.0.0.1:$1/"; then return 0; fi
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# load NAME CONNS: one wrk run against the server on $PORT, as a table row
load() {
    out=$(wrk -t"$THREADS" -c"$2" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/" 2>&1)
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    sock=$(echo "$out" | awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    errors=$(( ${sock:-0} + ${non2xx:-0} ))
    printf '%-8s %6s %12s %10s %8s\n' "$1" "$2" "${rps:-?}" "${p99:-?}" "$errors"
}

# bench NAME COMMAND...: start the server, load it at 64 and 512, stop it
bench() {
    name=$1
    shift
    "$@" "$PORT" >"$tmp/$name.log" 2>&1 &
    pid=$!
    if ! wait_port "$PORT"; then
        echo "run.sh: $name did not start:" >&2
        cat "$tmp/$name.log" >&2
        kill "$pid" 2>/dev/null
        return
    fi
    for c in 64 512; do
        load "$name" "$c"
    done
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

printf '%-8s %6s %12s %10s %8s\n' server conns 'requests/s' 'p99' errors
bench asl "$ASL" bench/http/hello.asl
bench aiohttp "$PYTHON" bench/http/hello.asl
bench go "$tmp/goserver"
