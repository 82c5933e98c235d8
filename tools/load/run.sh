#!/usr/bin/env bash
# The server's load benchmark: 16 clients searching mixed queries through /api/v1/search for
# 60 s with wrk, beside the same queries through `kb search` processes, on a generated archive
# of 20,000 documents. Prints both lines of figures and the server's peak memory.
#   tools/load/run.sh [DOCS=20000] [SECONDS=60] [CLIENTS=16]
# Needs a release build (swift build -c release --product kb) and wrk (scripts/setup --deps).
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=${1:-20000}; seconds=${2:-60}; clients=${3:-16}
kb=${KB:-$(swift build -c release --show-bin-path)/kb}
[ -x "$kb" ] || { echo "build kb first: swift build -c release --product kb" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kb-load-XXXXXX")
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "generating $docs documents and their judged queries…" >&2
python3 tools/scalegen/scalegen.py --docs "$docs" --out "$work/gen" --queries 2>/dev/null
# Every judged query, URL-encoded, in a fixed shuffled order: a mix of Chinese, traditional,
# pinyin, English, typos, serials, models and customers.
python3 - "$work/gen/queries.jsonl" > "$work/queries.txt" <<'PY'
import json, random, sys, urllib.parse
qs = [json.loads(l)["query"] for l in open(sys.argv[1], encoding="utf-8")]
random.Random(7).shuffle(qs)
print("\n".join(urllib.parse.quote(q) for q in qs))
PY
echo "ingesting…" >&2
"$kb" ingest "$work/gen/docs" --store "$work/store" --json > /dev/null
for account in admin:admin bench:engineer; do
    echo "load-benchmark-password" | "$kb" user add "${account%%:*}" --role "${account##*:}" --password-stdin --store "$work/store" > /dev/null
done
token=$("$kb" user token bench --store "$work/store")

"$kb" serve --port 0 --store "$work/store" > "$work/serve.out" 2> "$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q "serves" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)\/ .*/\1/p' "$work/serve.out")
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
