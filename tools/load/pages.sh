#!/usr/bin/env bash
# The pages' benchmark: each page kind (search, document, unit, brief, customer, the lists,
# audit, admin) asked for 60 different objects on a generated archive of 20,000 documents,
# beside the JSON API route that carries the same object. Target: every page under 100 ms.
#   tools/load/pages.sh [DOCS=20000] [N=60]
# Needs a release build (swift build -c release --product kb).
set -euo pipefail
docs=${1:-20000}; n=${2:-60}
source "$(dirname "$0")/archive.sh"
load_archive "$docs" admin:admin bench-admin:admin bench-supervisor:supervisor
load_serve
echo "documents: $docs; objects per page kind: $n; cores: $(nproc)"
python3 tools/load/pages.py "http://127.0.0.1:$port" "$work/queries.txt" "$n"
