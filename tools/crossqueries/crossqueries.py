#!/usr/bin/env python3
"""Cross-language judged queries from the ground truth of a generator written by other hands.

    python3 tools/crossqueries/crossqueries.py ROOT --generator {fifthgen,othergen,fourthgen,seventhgen,eighthgen} --out FILE

ROOT is a corpus as `kb-bench`'s Generator.corpora lays it out: ROOT/docs (what kb ingests),
ROOT/truth.jsonl (one line per document file, `path` relative to ROOT/docs). The queries are
written as JSON lines (default: standard output) in the format of scalegen's queries.jsonl:
id, category, query, relevant {path below ROOT/docs: gain}, target (the name in the other
language), and `rows` for table files (see below).

The two kinds are scalegen's (section "across languages"): for each fault of the generator's
own fault table (read by importing the generator, not copied), an English query of its English
name (lower case) and a Chinese query of its Chinese name (simplified, as in the table). Relevant
are all documents stating the fault in either language, gain 2 where it is a fault the truth
gives the document (its `fault` or a visit's `fault`), 1 where the text only mentions it
(training material, a table of faults). An English query is kept only where fewer than 10
documents state the fault in English and some document states it in Chinese only (so that the
first ten cannot be filled without reaching across); Chinese likewise. At most 30 per category,
in the order of the fault table.

Which fault a truth text is: the generators write the fault as written in the document, with
wording around it and, in traditional documents, converted with the generator's own converter
(Taiwan or Hong Kong terms). A text states a fault when it contains the table's English name
(any case; othergen: also its US spelling) or its Chinese name in simplified or any traditional
form the generator makes. othergen names carrying an error code (`{code}`) match with any of
its codes; their query is the name without the placeholder.

Mentions are found in the documents' text, extracted with each generator's own check.py reader
(txt/md/csv by the truth's encoding; docx, xlsx, pdf where check.py reads them). kb stores a
CSV or worksheet ledger one document per row (`path#row=N`), so for table files `rows` gives,
per file, the gain of each record (`row=N`, N the 1-based record of the table) that states the
fault; kb-bench uses it where kb stored the file as rows.
"""
import argparse
import csv
import hashlib
import importlib.util
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.dirname(HERE)
GENERATORS = ("fifthgen", "othergen", "fourthgen", "seventhgen", "eighthgen")
CAP = 30
OWN_LANGUAGE_MAX = 10


def load(generator, name):
    path = os.path.join(TOOLS, generator, name + ".py")
    spec = importlib.util.spec_from_file_location(f"_crossq_{generator}_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Fault:
    """One row of a generator's fault table, with every written form it can take."""

    def __init__(self, order, family, zh, en, zh_forms, en_forms, code_rx=None):
        self.order, self.family = order, family
        self.zh, self.en = zh, en
        self.query_zh = tidy(zh.replace("{code}", ""))
        self.query_en = tidy(en.replace("{code}", "")).lower()
        self.patterns = []  # (language, compiled regex, length)
        for lang, forms in (("zh", zh_forms), ("en", en_forms)):
            for f in sorted(set(forms), key=len, reverse=True):
                parts = [re.escape(p) for p in f.split("{code}")]
                body = code_rx.join(parts) if code_rx else re.escape(f)
                if lang == "en":
                    body = r"(?<![A-Za-z0-9])" + body + r"(?![A-Za-z0-9])"
                self.patterns.append((lang, re.compile(body, re.I if lang == "en" else 0), len(f)))


def tidy(s):
    """A name without its `{code}` placeholder: no doubled spaces or stray punctuation."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,，;；])", r"\1", s)
    s = re.sub(r"([,，;；])\s*(?=[,，;；]|$)", "", s)
    return s.strip(" ,，;；")


def fault_table(generator):
    """The generator's faults that have both a Chinese and an English name, in table order."""
    g = load(generator, generator)
    out = []
    if generator == "fifthgen":
        g._load_s2t()  # the generator fills its character table in main()
        for fam, rows in g.FAULTS.items():
            for row in rows:
                zh, en = row[1], row[4]
                out.append((fam, zh, en, [zh, g.to_trad(zh, "TW"), g.to_trad(zh, "HK")], [en], None))
    elif generator == "fourthgen":
        for fam, rows in g.FAULTS.items():
            for row in rows:
                zh, en = row[1], row[4]
                out.append((fam, zh, en, [zh, g.to_hant(zh, "tw"), g.to_hant(zh, "hk")], [en], None))
    elif generator == "othergen":
        code_rx = "(?:" + "|".join(re.escape(c) for c in sorted(g.ERROR_CODES, key=len, reverse=True)) + ")"
        for fam, rows in g.FAULTS.items():
            for row in rows:
                zh, en = row[0], row[1]
                out.append((fam, zh, en, [zh, g.to_hant(zh), g.to_hant(zh, tw=True)], [en, g.us_spelling(en)], code_rx))
    elif generator in ("seventhgen", "eighthgen"):
        # Their tables and converters live in modules of their own: (table, converter, its function).
        table, conv, to_trad = {"seventhgen": ("s7_families", "s7_zh", "s2t"), "eighthgen": ("e8_data", "e8_zh", "to_trad")}[generator]
        faults, trad = load(generator, table).FAULTS, getattr(load(generator, conv), to_trad)
        for fam, rows in faults.items():
            for row in rows:
                zh, en = row[1], row[4]
                out.append((fam, zh, en, [zh, trad(zh, "tw"), trad(zh, "hk")], [en], None))
    else:
        raise SystemExit(f"unknown generator {generator}")
    return [Fault(i, fam, zh, en, zf, ef, rx) for i, (fam, zh, en, zf, ef, rx) in enumerate(out)
            if zh and en and zh.strip() and en.strip()]


def patterns(faults):
    """Every written form of every fault, longest first."""
    return sorted(((f, lang, rx, n) for f in faults for lang, rx, n in f.patterns), key=lambda x: -x[3])


def find(pats, text):
    """{fault order: set of languages} stated in text; a longer name's match hides a shorter one inside it."""
    if not text:
        return {}
    found = {}
    spans = []
    for f, lang, rx, _ in pats:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < e2 and s2 < e and (s2, e2) != (s, e) for s2, e2 in spans):
                continue
            spans.append((s, e))
            found.setdefault(f.order, set()).add(lang)
    return found


# ------------------------------------------------------------------ document text
def extractor(generator):
    """path, truth line -> text, with the generator's own check.py reader."""
    chk = load(generator, "check")

    def decode(data, enc):
        return data.decode(enc or "utf-8").replace("\r\n", "\n")

    def read(path, t):
        ext = path.rsplit(".", 1)[-1].lower()
        if hasattr(chk, "read_text"):
            return chk.read_text(path, t.get("encoding") or "utf-8")
        with open(path, "rb") as fh:
            data = fh.read()
        if ext in ("txt", "md", "csv"):
            return decode(data, t.get("encoding"))
        fn = getattr(chk, ext + "_text", None)
        if fn is None:
            return None
        if generator == "eighthgen" and ext == "pdf":  # its reader takes a path and gives two layouts
            return "\n".join(fn(path))
        return fn(data)

    return read


def table_records(path, t):
    """For a CSV or worksheet file: [(part, text)] with part `row=N` (1-based record of the table;
    `;sheet=NAME` added when the workbook has more than one sheet)."""
    ext = path.rsplit(".", 1)[-1].lower()
    with open(path, "rb") as fh:
        data = fh.read()
    if ext == "csv":
        text = data.decode(t.get("encoding") or "utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n"))))
        return [(f"row={i}", " ".join(r)) for i, r in enumerate(rows, 1)]
    if ext == "xlsx":
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        sst = []
        if "xl/sharedStrings.xml" in names:
            x = z.read("xl/sharedStrings.xml").decode("utf-8")
            sst = [unesc("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))) for si in re.findall(r"<si[^>]*>(.*?)</si>", x, re.S)]
        wb = z.read("xl/workbook.xml").decode("utf-8")
        sheet_names = [unesc(n) for n in re.findall(r'<sheet [^>]*name="([^"]*)"', wb)]
        files = sorted((n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                       key=lambda n: int(re.findall(r"\d+", n)[-1]))
        out = []
        for k, n in enumerate(files):
            x = z.read(n).decode("utf-8")
            suffix = f";sheet={sheet_names[k] if k < len(sheet_names) else k + 1}" if len(files) > 1 else ""
            for m in re.finditer(r'<row[^>]*?r="(\d+)"[^>]*>(.*?)</row>', x, re.S):
                cells = []
                for c in re.finditer(r"<c([^>]*)>(.*?)</c>", m.group(2), re.S):
                    v = re.search(r"<v>(.*?)</v>", c.group(2), re.S)
                    if 't="s"' in c.group(1) and v:
                        cells.append(sst[int(v.group(1))])
                    elif v:
                        cells.append(unesc(v.group(1)))
                    else:
                        cells.append(unesc("".join(re.findall(r"<t[^>]*>(.*?)</t>", c.group(2), re.S))))
                out.append((f"row={m.group(1)}{suffix}", " ".join(cells)))
        return out
    return []


def unesc(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


# ------------------------------------------------------------------ judging
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root")
    ap.add_argument("--generator", required=True, choices=GENERATORS)
    ap.add_argument("--out", required=True, help="the queries file (never printed: held-out sets stay unseen)")
    args = ap.parse_args()
    root = args.root
    faults = fault_table(args.generator)
    if not faults:
        print(f"crossqueries: {args.generator} has no fault table with both a Chinese and an English name; skipped",
              file=sys.stderr)
        if args.out:
            open(args.out, "w").close()
        return
    pats = patterns(faults)
    read = extractor(args.generator)

    states = {}      # path -> {fault: set(languages)}
    main_faults = {}  # path -> set(fault)
    rows = {}        # table file -> {part: {fault: set(languages)}}
    content = {}     # path -> sha256: kb stores byte-identical files once, so they count as one document
    unmapped = unreadable = 0
    with open(os.path.join(root, "truth.jsonl"), encoding="utf-8") as fh:
        truth = [json.loads(line) for line in fh if line.strip()]
    for t in truth:
        p = t["path"]
        full = os.path.join(root, "docs", p)
        said = {}
        mains = set()
        texts = [t.get("fault")] + [v.get("fault") for v in t.get("visits") or []]
        for s in texts:
            if not s:
                continue
            hit = find(pats, s)
            if not hit:
                unmapped += 1
            for o, langs in hit.items():
                mains.add(o)
                said.setdefault(o, set()).update(langs)
        try:
            text = read(full, t)
        except Exception:  # noqa: a file its check.py cannot read: the truth alone
            text = None
        if text is None:
            unreadable += 1
        for o, langs in find(pats, text).items():
            said.setdefault(o, set()).update(langs)
        if p.lower().endswith((".csv", ".xlsx")):
            try:
                recs = table_records(full, t)
            except Exception:  # noqa
                recs = []
            for part, rtext in recs:
                hit = find(pats, rtext)
                if hit:
                    rows.setdefault(p, {})[part] = hit
                for o, langs in hit.items():
                    said.setdefault(o, set()).update(langs)
        if said:
            states[p] = said
            main_faults[p] = mains
            with open(full, "rb") as fh:
                content[p] = hashlib.sha256(fh.read()).hexdigest()

    cross_en, cross_zh = [], []
    for f in faults:
        docs = {p: s[f.order] for p, s in states.items() if f.order in s}
        if not docs:
            continue
        rel = {p: (2 if f.order in main_faults[p] else 1) for p in docs}
        rel = dict(sorted(rel.items(), key=lambda kv: (-kv[1], kv[0])))
        table = {}
        for p in rel:
            for part, hit in sorted(rows.get(p, {}).items(), key=lambda kv: part_key(kv[0])):
                if f.order in hit:
                    table.setdefault(p, {})[part] = rel[p]
        en = len({content[p] for p, langs in docs.items() if "en" in langs})
        zh = len({content[p] for p, langs in docs.items() if "zh" in langs})
        distinct = len({content[p] for p in docs})
        if en < OWN_LANGUAGE_MAX and distinct > en and f.query_en:
            cross_en.append((f.query_en, rel, f.query_zh, table))
        if zh < OWN_LANGUAGE_MAX and distinct > zh and f.query_zh:
            cross_zh.append((f.query_zh, rel, f.query_en, table))

    out = []
    seen = set()
    for cat, cands in (("cross_english_to_chinese", cross_en), ("cross_chinese_to_english", cross_zh)):
        k = 0
        for q, rel, note, table in cands:
            if q in seen or k >= CAP:
                continue
            seen.add(q)
            k += 1
            rec = {"id": f"{args.generator}-{cat}-{k:03d}", "category": cat, "query": q, "relevant": rel, "target": note}
            if table:
                rec["rows"] = table
            out.append(rec)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    # Written to a file only: othergen's and fourthgen's queries are held out from whoever
    # tunes kb's search, and a terminal would show them.
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    counts = {c: sum(1 for r in out if r["category"] == c) for c in ("cross_english_to_chinese", "cross_chinese_to_english")}
    print(f"crossqueries {args.generator}: {len(truth)} documents, {len(faults)} faults; queries {counts}; "
          f"truth faults not in the table: {unmapped}; files without text: {unreadable}", file=sys.stderr)


def part_key(part):
    m = re.match(r"row=(\d+)(.*)", part)
    return (m.group(2), int(m.group(1))) if m else ("", 0)


if __name__ == "__main__":
    main()
