#!/usr/bin/env bash
# Fuzzes one of kb's readers with libFuzzer, coverage-guided (docs/RELIABILITY.md).
#   tools/fuzz/run.sh TARGET [SECONDS] [more libFuzzer options…]
# TARGET: text, csv, docx, xlsx, zip, article, tiff (Sources/ArchiveFuzz/FuzzTarget.swift). Seeds come from
# the bundled corpus and Tests/Fuzz/TARGET; the growing corpus is kept in .build/fuzz/corpus/TARGET
# and any finding (crash, 10 s hang, 2 GB of memory) in .build/fuzz/findings/TARGET. A finding
# is replayed with  .build/debug/kb-fuzz TARGET FILE  and kept, once fixed, in Tests/Fuzz/TARGET.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:?say the target: text, csv, docx, xlsx, zip, article, tiff}"
seconds="${2:-600}"
shift $(( $# < 2 ? $# : 2 ))
swift build -c release --product kb-fuzz --scratch-path .build/fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
bin=.build/fuzz/release/kb-fuzz
corpus=".build/fuzz/corpus/$target" seeds=".build/fuzz/seeds/$target" findings=".build/fuzz/findings/$target"
mkdir -p "$corpus" "$seeds" "$findings"
case "$target" in
    text) find corpus/archive -name '*.txt' -exec cp {} "$seeds" \; ; maxlen=65536 ;;
    csv) find corpus/archive -name '*.csv' -exec cp {} "$seeds" \; ; maxlen=65536 ;;
    docx) find corpus/archive -name '*.docx' -exec cp {} "$seeds" \; ; maxlen=262144 ;;
    xlsx) maxlen=262144 ;;  # seeds: Tests/Fuzz/xlsx
    zip) find corpus/archive -name '*.docx' -exec cp {} "$seeds" \; ; cp Tests/Fuzz/xlsx/* "$seeds"; maxlen=262144 ;;
    article) find corpus -name '*.md' -exec cp {} "$seeds" \; ; maxlen=65536 ;;
    tiff) find corpus/slips -name '*.tif' -exec cp {} "$seeds" \; ; maxlen=4096 ;;
    *) echo "no such target: $target" >&2; exit 2 ;;
esac
[ -d "Tests/Fuzz/$target" ] && cp Tests/Fuzz/"$target"/* "$seeds" 2>/dev/null || true
SWIFT_BACKTRACE=enable=no KB_FUZZ_TARGET="$target" "$bin" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$maxlen" -artifact_prefix="$findings/" -print_final_stats=1 "$@"
