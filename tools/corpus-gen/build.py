#!/usr/bin/env python3
"""Write the sample corpus to corpus/archive/ from the handwritten sources in this folder.

Usage: python3 tools/corpus-gen/build.py   (needs python-docx and fpdf2, and the
fonts-wqy-microhei Debian package for the PDFs).  The generated files are committed;
this script is only needed to regenerate them.
"""
import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "corpus", "archive")

import common  # noqa: E402
import docs_da7600, docs_centrifuge, docs_repair_misc, docs_records, docs_cq, docs_train_kb  # noqa: E402,F401
import ledgers  # noqa: E402
import office  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def all_docs():
    docs = list(common.DOCS)
    for l in ledgers.LEDGERS:
        docs.append(dict(id=l["id"], path=l["path"], kind="ledger", lang=l["lang"], enc=l["enc"],
                         units=l["units"], text=None, fmt="csv", ledger=l))
    return docs


def write_text(path, text, enc):
    if enc == "big5":
        data = text.encode("big5")  # strict: fails loudly on a non-Big5 character
    elif enc == "utf-16":
        data = text.encode("utf-16")  # BOM + little endian
    else:
        data = text.encode(enc)
    with open(path, "wb") as f:
        f.write(data)


def write_csv(path, l):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(l["header"])
    w.writerows(l["rows"])
    write_text(path, buf.getvalue(), l["enc"])


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    ids = set()
    for d in all_docs():
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        path = os.path.join(OUT, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if d["fmt"] == "csv":
            write_csv(path, d["ledger"])
        elif d["fmt"] == "docx":
            office.DOCX[d["id"]](path)
        elif d["fmt"] == "pdf":
            office.write_pdf(path, d["text"], FONT)
        else:
            write_text(path, d["text"], d["enc"])
    print("wrote", len(ids), "files to", OUT)


if __name__ == "__main__":
    main()
