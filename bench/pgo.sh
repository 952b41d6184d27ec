#!/usr/bin/env bash
# Regenerates cmd/asl/default.pgo, the CPU profile that `go build` uses for
# profile-guided optimization of the asl binary (Go's -pgo=auto): it builds
# asl without PGO, runs every program of bench/cpu under ASL_CPUPROFILE and
# merges the profiles. Run it after large changes to the VM.
# Usage: bench/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -pgo=off -o "$tmp/asl" ./cmd/asl
for f in bench/cpu/*.asl; do
    ASL_CPUPROFILE="$tmp/$(basename "$f" .asl).prof" "$tmp/asl" "$f" >/dev/null
done
go tool pprof -proto "$tmp"/*.prof >cmd/asl/default.pgo
echo "wrote cmd/asl/default.pgo ($(wc -c <cmd/asl/default.pgo) bytes)"
