#!/usr/bin/env bash
# Ingests every hostile case at full size beside twenty good files of the bundled corpus,
# in one `kb ingest`, and prints the time, peak memory and what kb said (docs/RELIABILITY.md).
#   tools/hostile/run-batch.sh [KB_BINARY]        (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
kb="${1:-$(swift build -c release --show-bin-path)/kb}"
work="$(mktemp -d)"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/in"
python3 tools/hostile/make_hostile.py "$work/in" --scale full \
    --only long-words zip-bomb yaml-bomb big-text big-csv-field looping-tiff links names xxe unreadable classic
# Twenty good files: every non-text format of the corpus, then text files.
mapfile -t good < <({ find corpus/archive -type f ! -name '*.txt' | sort; find corpus/archive -type f -name '*.txt' | sort; } | head -20)
for f in "${good[@]}"; do cp "$f" "$work/in/good_$(echo "${f#corpus/archive/}" | tr / _)"; done
du -sh --apparent-size "$work/in" | sed 's/^/input: /'
set +e
/usr/bin/time -f 'ingest: %e s wall, %M KB peak resident' "$kb" --store "$work/store" ingest "$work/in" 2> "$work/err"
status=$?
set -e
cat "$work/err"
echo "exit status: $status"
/usr/bin/time -f 'slip add loop.tif: %e s wall, %M KB peak resident' "$kb" --store "$work/store" slip add "$work/in/loop.tif" --as bench || true
/usr/bin/time -f 'article new yaml-bomb.md: %e s wall, %M KB peak resident' "$kb" --store "$work/store" article new "$work/in/yaml-bomb.md" --as bench || true
"$kb" --store "$work/store" stats | grep -E 'documents:|pending|refused' || true
printf '维修单\n客户名称：批后医院\n故障现象：蠕动泵异响\n' > "$work/later.txt"
"$kb" --store "$work/store" ingest "$work/later.txt"
"$kb" --store "$work/store" search 蠕动泵异响 --limit 1 | head -4
