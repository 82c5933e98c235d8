#!/usr/bin/env bash
# The pages' benchmark: each page kind (search, document, unit, brief, customer, the lists,
# audit, admin) asked for 60 different objects on a generated archive of 20,000 documents,
# beside the JSON API route that carries the same object. Target: every page under 100 ms.
#   tools/load/pages.sh [DOCS=20000] [N=60]
# Needs a release build (swift build -c release --product kb).
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=${1:-20000}; n=${2:-60}
kb=${KB:-$(swift build -c release --show-bin-path)/kb}
[ -x "$kb" ] || { echo "build kb first: swift build -c release --product kb" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kb-pages-XXXXXX")
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "generating $docs documents and their judged queries…" >&2
python3 tools/scalegen/scalegen.py --docs "$docs" --out "$work/gen" --queries 2>/dev/null
python3 -c 'import json,sys,urllib.parse; print("\n".join(urllib.parse.quote(json.loads(l)["query"]) for l in open(sys.argv[1], encoding="utf-8")))' \
    "$work/gen/queries.jsonl" > "$work/queries.txt"
echo "ingesting…" >&2
"$kb" ingest "$work/gen/docs" --store "$work/store" --json > /dev/null
for account in admin:admin bench-admin:admin bench-supervisor:supervisor; do
    echo "load-benchmark-password" | "$kb" user add "${account%%:*}" --role "${account##*:}" --password-stdin --store "$work/store" > /dev/null
done
"$kb" serve --port 0 --store "$work/store" > "$work/serve.out" 2> "$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q "serves" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)\/ .*/\1/p' "$work/serve.out")
echo "documents: $docs; objects per page kind: $n; cores: $(nproc)"
python3 tools/load/pages.py "http://127.0.0.1:$port" "$work/queries.txt" "$n"
