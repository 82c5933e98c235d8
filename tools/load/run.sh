#!/usr/bin/env bash
# The server's load benchmark: 16 clients searching mixed queries through /api/v1/search for
# 60 s with wrk, beside the same queries through `kb search` processes, on a generated archive
# of 20,000 documents. Prints both lines of figures and the server's peak memory.
#   tools/load/run.sh [DOCS=20000] [SECONDS=60] [CLIENTS=16]
# Needs a release build (swift build -c release --product kb) and wrk (scripts/setup --deps).
set -euo pipefail
docs=${1:-20000}; seconds=${2:-60}; clients=${3:-16}
source "$(dirname "$0")/archive.sh"
load_archive "$docs" admin:admin bench:engineer
token=$("$kb" user token bench --store "$store")
load_serve
# Warm up: every query once.
KB_TOKEN=$token KB_QUERIES="$work/queries.txt" wrk -t 2 -c 2 -d 5s -s tools/load/search.lua "http://127.0.0.1:$port" > /dev/null

echo "server: $clients clients for ${seconds}s…" >&2
server_json=$(KB_TOKEN=$token KB_QUERIES="$work/queries.txt" wrk -t 2 -c "$clients" -d "${seconds}s" --timeout 10s \
              -s tools/load/search.lua "http://127.0.0.1:$port" | tail -1)
rss=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true

echo "kb search processes: $clients at a time for ${seconds}s…" >&2
cli_json=$(python3 tools/load/cli_peer.py "$kb" "$work/store" "$work/queries.txt" "$clients" "$seconds")
echo "documents: $docs; queries: $(wc -l < "$work/queries.txt"); clients: $clients; cores: $(nproc)"
echo "server (/api/v1/search): $server_json"
echo "server peak memory: $((rss / 1024)) MB"
echo "kb search processes:     $cli_json"
