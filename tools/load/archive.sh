# Shared by the load benchmarks (sourced): the release kb, a generated archive of $docs
# documents with its judged queries, accounts, and `kb serve` on a free port.
#   load_archive DOCS NAME:ROLE…   sets kb, work (removed on exit), store, and
#                                  $work/queries.txt: every judged query, URL-encoded, in a
#                                  fixed shuffled order (Chinese, traditional, pinyin, English,
#                                  typos, serials, models, customers)
#   load_serve                     starts kb serve on the store; sets server and port
# Every account's password is `load-benchmark-password`.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
kb=${KB:-$(swift build -c release --show-bin-path)/kb}
[ -x "$kb" ] || { echo "build kb first: swift build -c release --product kb" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kb-load-XXXXXX")
store=$work/store
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

load_archive() {
    local docs=$1; shift
    echo "generating $docs documents and their judged queries…" >&2
    python3 tools/scalegen/scalegen.py --docs "$docs" --out "$work/gen" --queries 2>/dev/null
    python3 - "$work/gen/queries.jsonl" > "$work/queries.txt" <<'PY'
import json, random, sys, urllib.parse
qs = [json.loads(l)["query"] for l in open(sys.argv[1], encoding="utf-8")]
random.Random(7).shuffle(qs)
print("\n".join(urllib.parse.quote(q) for q in qs))
PY
    echo "ingesting…" >&2
    "$kb" ingest "$work/gen/docs" --store "$store" --json > /dev/null
    for account in "$@"; do
        echo "load-benchmark-password" | "$kb" user add "${account%%:*}" --role "${account##*:}" --password-stdin --store "$store" > /dev/null
    done
}

load_serve() {
    "$kb" serve --port 0 --store "$store" > "$work/serve.out" 2> "$work/serve.log" &
    server=$!
    for _ in $(seq 100); do grep -q "serves" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
    port=$(sed -n 's/.*:\([0-9]*\)\/ .*/\1/p' "$work/serve.out")
}
