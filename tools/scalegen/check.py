#!/usr/bin/env python3
"""Check a scalegen output directory.

    python3 tools/scalegen/check.py DIR

Re-reads DIR/truth.jsonl and every file under DIR/docs and verifies:
  - every file exists, has the recorded size and decodes strictly in its declared encoding
    (utf-8 without BOM, utf-8-bom, gb18030 only for zh-Hans, big5 only for zh-Hant);
  - every serial the truth gives (serial and serials) appears in the text in some written form
    (NFKC - full width to half width -, '-' and white space removed, lower case);
  - every truth word appears in the text (traditional documents: in its traditional form);
  - the kind kb would detect from the first two lines (or a type field), with the keyword table
    of Sources/ArchiveIndex/Reading/Fields.swift, is the recorded kind;
  - no folder holds more than 1000 files; meta.json counts agree with truth.jsonl;
and, when DIR/queries.jsonl exists: ids unique, the 13 categories each with >= 20 queries,
every query with at least one relevant document that exists, gains 1 or 2; pinyin queries spell
their target; typo words are 1-2 edits from the target and not words of the corpus; stem
queries do not occur in the corpus as typed and (if libstemmer is installed) share the Snowball
stems of their target; traditional / simplified queries differ from their target as required.
Prints a summary; exit status 1 on any failure.
"""
import collections
import ctypes
import ctypes.util
import json
import os
import re
import statistics
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts
import zhtrad  # noqa: E402
import scalegen  # noqa: E402  (vocabulary and pinyin tables, for the query checks)

CATEGORIES = ["exact_chinese", "trad_to_simp", "simp_to_trad", "pinyin_full", "pinyin_initials", "english_exact",
              "english_typo", "english_stem", "serial_variant", "partial_serial", "model_variant", "mixed",
              "customer_fragment", "pinyin_initials_ime", "pinyin_mixed"]

# KindDetector.titleKeywords (Sources/ArchiveIndex/Reading/Fields.swift), in its order.
TITLE_KEYWORDS = [
    ("article", ["知识库", "knowledge base", "kb article", "常见问题", "faq", "how to", "排查指南"]),
    ("training", ["培训", "训练", "手册", "教程", "考试", "试题", "指南", "training", "manual", "course", "exam", "handbook", "guide"]),
    ("complaint", ["投诉", "客诉", "complaint"]),
    ("quality", ["质量反馈", "质量问题反馈", "quality feedback", "quality report", "品质异常"]),
    ("customer", ["客户档案", "客户信息卡", "客户资料卡", "客户资料", "客户信息", "customer file", "customer profile",
                  "customer record", "customer information"]),
    ("equipment", ["设备档案", "设备履历", "设备信息", "仪器档案", "装机记录", "设备台账", "equipment record",
                   "equipment history", "asset record", "installation record"]),
    ("repair", ["维修", "修护卡", "修理", "服务报告", "服务单", "工作单", "叫修", "报修", "service report", "repair",
                "work order", "field service", "service ticket"]),
]

# traditional -> simplified for the characters scalegen's conversion produces
T2S = {}
for k in range(0, len(zhtrad.CHARS), 2):
    T2S[zhtrad.CHARS[k + 1]] = zhtrad.CHARS[k]
for a, b in zhtrad.FIXES:
    for x, y in zip(a, b):
        if x != y and y not in T2S:
            T2S[y] = T2S.get(x, x)


def fold(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(T2S.get(c, c) for c in s)


def serial_norm(s):
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", s)).lower()


def detect_kind(text):
    lines = [l for l in fold(text).split("\n") if l.strip()]
    for l in lines:  # a type field (类型 / type) wins, as in kb
        m = re.match(r"^\s*[-*#>]*\s*(类型|文档类型|type|document type)\s*[:：]\s*(.*)$", l)
        if m:
            v = m.group(2)
            for kind, words in TITLE_KEYWORDS:
                if any(w in v for w in words):
                    return kind
            if "文章" in v or "article" in v:
                return "article"
    head = "\n".join(lines[:2])
    for kind, words in TITLE_KEYWORDS:
        if any(w in head for w in words):
            return kind
    return None


def decode(data, enc):
    if enc == "utf-8":
        if data.startswith(b"\xef\xbb\xbf"):
            raise ValueError("BOM in a utf-8 file")
        return data.decode("utf-8")
    if enc == "utf-8-bom":
        if not data.startswith(b"\xef\xbb\xbf"):
            raise ValueError("no BOM")
        return data[3:].decode("utf-8")
    return data.decode(enc)


def damerau(a, b):
    return scalegen.damerau(a, b)


def stemmer():
    name = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.sb_stemmer_new.restype = ctypes.c_void_p
    lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.sb_stemmer_stem.restype = ctypes.c_void_p
    lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.sb_stemmer_length.restype = ctypes.c_int
    lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
    st = lib.sb_stemmer_new(b"english", b"UTF_8")
    if not st:
        return None

    def stem(w):
        b = w.encode()
        p = lib.sb_stemmer_stem(st, b, len(b))
        return ctypes.string_at(p, lib.sb_stemmer_length(st)).decode()
    return stem


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    t0 = time.time()
    errors = []

    def err(msg):
        if len(errors) < 50:
            print("FAIL:", msg, file=sys.stderr)
        errors.append(msg)
    meta = json.load(open(os.path.join(out, "meta.json"), encoding="utf-8"))
    counts = {"kind": collections.Counter(), "lang": collections.Counter(), "encoding": collections.Counter()}
    truth = {}
    vocab = set()
    folders = collections.Counter()
    nbytes = 0
    keep_vocab = os.path.exists(os.path.join(out, "queries.jsonl"))
    with open(os.path.join(out, "truth.jsonl"), encoding="utf-8") as tf:
        for line in tf:
            t = json.loads(line)
            p = t["path"]
            if p in truth:
                err(f"duplicate path {p}")
            truth[p] = (t["kind"], t["lang"])
            for k in counts:
                counts[k][t[k]] += 1
            folders[os.path.dirname(p)] += 1
            fp = os.path.join(out, "docs", p)
            try:
                data = open(fp, "rb").read()
            except OSError as e:
                err(f"{p}: {e}")
                continue
            nbytes += len(data)
            if len(data) != t["bytes"]:
                err(f"{p}: {len(data)} bytes, truth says {t['bytes']}")
            enc = t["encoding"]
            if (enc == "gb18030" and t["lang"] != "zh-Hans") or (enc == "big5" and t["lang"] != "zh-Hant"):
                err(f"{p}: {enc} for a {t['lang']} document")
            try:
                text = decode(data, enc)
            except (UnicodeDecodeError, ValueError) as e:
                err(f"{p}: does not decode as {enc}: {e}")
                continue
            norm = serial_norm(text)
            for s in ([t["serial"]] if t["serial"] else []) + t.get("serials", []):
                if serial_norm(s) not in norm:
                    err(f"{p}: serial {s} not in the text")
            low = text.lower()
            folded = fold(text)
            for w in t["words"]:
                if re.search("[\u4e00-\u9fff]", w):
                    if fold(w) not in folded:
                        err(f"{p}: word {w} not in the text (folded to simplified)")
                elif w not in low:
                    err(f"{p}: word {w} not in the text")
            k = detect_kind(text)
            if k != t["kind"]:
                err(f"{p}: kb would detect kind {k}, truth says {t['kind']}")
            if keep_vocab:
                vocab.update(re.findall(r"[a-z]+", unicodedata.normalize("NFKC", text).lower()))
    for d, n in folders.items():
        if n > 1000:
            err(f"{d}: {n} files")
    if meta["documents"] != len(truth):
        err(f"meta says {meta['documents']} documents, truth has {len(truth)}")
    if meta["total_bytes"] != nbytes:
        err(f"meta says {meta['total_bytes']} bytes, files have {nbytes}")
    for k in counts:
        if dict(counts[k]) != meta["counts"][k]:
            err(f"meta counts for {k} differ: {meta['counts'][k]} vs {dict(counts[k])}")
    summary = [f"{len(truth)} documents, {nbytes / 1e6:.1f} MB, {nbytes / max(1, len(truth)):.0f} B/doc",
               "kinds " + ", ".join(f"{k} {v}" for k, v in sorted(counts["kind"].items())),
               "langs " + ", ".join(f"{k} {v}" for k, v in sorted(counts["lang"].items())),
               "encodings " + ", ".join(f"{k} {v}" for k, v in sorted(counts["encoding"].items()))]
    qpath = os.path.join(out, "queries.jsonl")
    if os.path.exists(qpath):
        stem = stemmer()
        qs = [json.loads(l) for l in open(qpath, encoding="utf-8")]
        ids = collections.Counter(q["id"] for q in qs)
        for i, n in ids.items():
            if n > 1:
                err(f"query id {i} repeated")
        by = collections.defaultdict(list)
        for q in qs:
            by[q["category"]].append(q)
            rel = q["relevant"]
            if not rel:
                err(f"{q['id']}: no relevant document")
            for p, g in rel.items():
                if p not in truth:
                    err(f"{q['id']}: relevant {p} is not a document")
                if g not in (1, 2):
                    err(f"{q['id']}: gain {g}")
            check_query(q, truth, vocab, stem, err)
        if not set(CATEGORIES) <= set(by):
            err(f"categories {sorted(by)}")
        summary.append(f"{len(qs)} queries" + ("" if stem else " (libstemmer not found: stems not checked)"))
        summary.append(f"{'category':18} {'n':>3} {'median rel':>10} {'median g2':>9} {'min':>4} {'max':>5}")
        for c in CATEGORIES:
            lst = by.get(c, [])
            if len(lst) < 20:
                err(f"{c}: {len(lst)} queries (< 20)")
            sizes = [len(q["relevant"]) for q in lst] or [0]
            g2 = [sum(1 for g in q["relevant"].values() if g == 2) for q in lst] or [0]
            summary.append(f"{c:18} {len(lst):3} {statistics.median(sizes):10g} {statistics.median(g2):9g} "
                           f"{min(sizes):4} {max(sizes):5}")
    print("\n".join(summary))
    print(f"check: {'OK' if not errors else str(len(errors)) + ' failures'} ({time.time() - t0:.1f}s)")
    return 1 if errors else 0


def check_query(q, truth, vocab, stem, err):
    cat, query, target = q["category"], q["query"], q.get("target")
    if cat in ("pinyin_full", "pinyin_initials", "pinyin_initials_ime", "pinyin_mixed"):
        words = scalegen.fault_words(target)
        syl = " ".join(scalegen.PINYIN[w] for w in words).split()
        want = {"pinyin_full": "".join(syl), "pinyin_mixed": "".join(s[0] for s in syl[:-1]) + syl[-1]}.get(
            cat, "".join(s[0] for s in syl))
        if query.replace(" ", "") != want:
            err(f"{q['id']}: {query!r} does not spell {target} ({want})")
    elif cat == "trad_to_simp":
        if query == target or zhtrad.convert(target) != query:
            err(f"{q['id']}: {query!r} is not the traditional form of {target}")
        if not any(truth[p][1] == "zh-Hans" for p, g in q["relevant"].items() if g == 2):
            err(f"{q['id']}: no simplified document with gain 2")
    elif cat == "simp_to_trad":
        if query != target or zhtrad.convert(target) == target:
            err(f"{q['id']}: {query!r} has no traditional form that differs")
        if not any(truth[p][1] == "zh-Hant" for p, g in q["relevant"].items() if g == 2):
            err(f"{q['id']}: no traditional document with gain 2")
    elif cat == "english_typo":
        qw, tw = query.lower().split(), target.lower().split()
        if len(qw) != len(tw) or qw == tw:
            err(f"{q['id']}: {query!r} vs {target!r}")
        for a, b in zip(qw, tw):
            if a != b and (not 1 <= damerau(a, b) <= 2 or a in vocab):
                err(f"{q['id']}: typo {a!r} of {b!r} is not 1-2 edits or is a corpus word")
    elif cat == "english_stem":
        qw = re.findall(r"[a-z0-9]+", query.lower())
        tw = re.findall(r"[a-z0-9]+", target.lower())
        changed = [(a, b) for a, b in zip(qw, tw) if a != b]
        if len(qw) != len(tw) or not changed:
            err(f"{q['id']}: {query!r} vs {target!r}")
        for a, b in changed:
            if a in vocab:
                err(f"{q['id']}: {a!r} occurs in the corpus")
            if stem and stem(a) != stem(b):
                err(f"{q['id']}: stem({a}) = {stem(a)} but stem({b}) = {stem(b)}")


if __name__ == "__main__":
    sys.exit(main())
