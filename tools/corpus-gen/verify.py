#!/usr/bin/env python3
"""Check corpus/README.md against the files in corpus/archive/ (independently of the generator data).

- every file is listed in the inventory with the right encoding (BOMs, GB18030/Big5 not UTF-8, ...);
- every canonical serial of the Units table occurs (NFKC + upper case, separators removed) in exactly
  the files listed under "Unit mentions" -- with whitespace removed and, separately, with only spaces
  removed -- and the "as written" spans occur literally;
- the first line of each document names its kind; CSVs parse; PDFs / docx yield Chinese text.
Exit status 1 on any failure.
"""
import collections
import csv
import io
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import file_text, normalize_with_map  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
ARCH = os.path.join(ROOT, "corpus", "archive")
errors = []


def err(msg):
    errors.append(msg)


def table_after(md, heading):
    part = md.split(heading, 1)[1]
    rows = []
    started = False
    for line in part.splitlines():
        if line.startswith("|"):
            started = True
            cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if set("".join(cells)) <= set("-"):
                continue
            rows.append(cells)
        elif started:
            break
    return rows[0], rows[1:]


def main():
    md = open(os.path.join(ROOT, "corpus", "README.md"), encoding="utf-8").read()
    _, inv = table_after(md, "## File inventory")
    inventory = {r[0]: dict(kind=r[1], lang=r[2], enc=r[3], units=r[4].split()) for r in inv}
    on_disk = set()
    for dp, _dn, fn in os.walk(ARCH):
        for f in fn:
            on_disk.add(os.path.relpath(os.path.join(dp, f), ARCH).replace(os.sep, "/"))
    for p in sorted(on_disk - set(inventory)):
        err("file not in README inventory: " + p)
    for p in sorted(set(inventory) - on_disk):
        err("README inventory lists missing file: " + p)

    texts = {}
    for p in sorted(on_disk):
        if p not in inventory:
            texts[p] = file_text(os.path.join(ARCH, p))[0]
            continue
        enc = inventory[p]["enc"]
        full = os.path.join(ARCH, p)
        raw = open(full, "rb").read()
        if enc in ("gb18030", "big5"):
            try:
                raw.decode("utf-8")
                err("%s: declared %s but is valid UTF-8" % (p, enc))
            except UnicodeDecodeError:
                pass
            if enc == "big5":
                raw.decode("cp950")  # must also be fine for Windows readers
        t, got = file_text(full, enc)
        if got != enc:
            err("%s: declared %s, detected %s" % (p, enc, got))
        if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
            err(p + ": unexpected BOM")
        texts[p] = t

    # kind keywords on the first non-empty line
    kw = {
        "repair": r"维修|維修|服务报告|服務報告|修護卡|修护卡|叫修|Service Report|SERVICE REPORT|工作单|维修单",
        "equipment": r"设备档案|設備檔案|Equipment Record",
        "customer": r"客户档案|客户信息卡|客戶資料卡|Customer File|客戶檔案",
        "complaint": r"投诉\(问题\)反馈表|客訴處理單|Complaint Resolution",
        "quality": r"质量反馈|品質回饋|Quality Feedback",
        "training": r"培训资料|培訓資料|产品技术手册|Training|教育訓練",
        "kb": r"^# ",
        "ledger": r"序号|客戶名稱",
    }
    for p, t in texts.items():
        if p not in inventory:
            continue
        first = next((l for l in t.splitlines() if l.strip()), "")
        if not re.search(kw[inventory[p]["kind"]], first):
            err("%s: first line %r does not name kind %s" % (p, first[:60], inventory[p]["kind"]))
        if inventory[p]["kind"] == "kb" and not re.search(
                r"类型：知识库文章|類型：知識庫文章|Type: Knowledge Base Article", t):
            err(p + ": kb article without type line")
        if p.endswith((".pdf", ".docx")) and not re.search(r"[\u4e00-\u9fff]{4}", t):
            err(p + ": no Chinese text extracted")
        if p.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(t, newline="")))
            if len({len(r) for r in rows}) != 1:
                err(p + ": ragged CSV")

    # serial ground truth
    _, units = table_after(md, "## Units")
    _, ment = table_after(md, "### Unit mentions (ground truth)")
    expected = collections.defaultdict(dict)
    for cs, _model, _cust, path, written, _fmt in ment:
        expected[cs][path] = re.findall(r"`([^`]*)`", written)
    for row in units:
        cs = row[0]
        for mode in (False, True):
            found = {p for p, t in texts.items() if cs in normalize_with_map(t, spaces_only=mode)[0]}
            if found != set(expected[cs]):
                err("%s (spaces_only=%s): README %s vs files %s" % (
                    cs, mode, sorted(set(expected[cs]) - found), sorted(found - set(expected[cs]))))
        for p, spans in expected[cs].items():
            for s in spans:
                if p in texts and s not in texts[p]:
                    err("%s: span %r not in %s" % (cs, s, p))
            if p in inventory and cs not in inventory[p]["units"]:
                err("%s: inventory row of %s lacks unit" % (cs, p))
        if int(row[5]) != len(expected[cs]):
            err(cs + ": document count differs from mentions")
    for p, d in inventory.items():
        for cs in d["units"]:
            if p not in expected[cs]:
                err("%s lists %s but mentions table does not" % (p, cs))

    # spine requirements
    rich = 0
    for cs, docs in expected.items():
        forms = {unicodedata.normalize("NFC", s) for spans in docs.values() for s in spans}
        if len(docs) >= 3 and len(forms) >= 2:
            rich += 1
    if rich < 8:
        err("only %d units with 3+ documents and 2+ serial spellings" % rich)
    if "DA760020190457" not in expected:
        err("DA7600-2019-0457 missing")

    # counts
    kinds = collections.Counter(d["kind"] for d in inventory.values())
    encs = collections.Counter(d["enc"] for d in inventory.values())
    langs = collections.Counter(d["lang"] for d in inventory.values())
    need = dict(gb18030=2, big5=2, docx=2, pdf=2, **{"utf-16": 1, "utf-8-sig": 2})
    for e, k in need.items():
        if encs[e] < k:
            err("need %d %s files, have %d" % (k, e, encs[e]))
    if len(inventory) < 90:
        err("fewer than 90 files")
    m = re.search(r"Total: \*\*(\d+) files\*\*", md)
    if not m or int(m.group(1)) != len(on_disk):
        err("README total differs from files on disk")
    sizes = sorted((os.path.getsize(os.path.join(ARCH, p)), p) for p in on_disk)
    print("files:", len(on_disk), dict(kinds))
    print("languages:", dict(langs))
    print("encodings:", dict(encs))
    print("units with 3+ docs and 2+ spellings:", rich)
    print("smallest: %s %s / largest: %s %s" % (sizes[0] + sizes[-1]))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
