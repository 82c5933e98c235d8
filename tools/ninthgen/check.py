#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check a ninthgen output folder. Does not import the generator.

    python3 tools/ninthgen/check.py DIR [--no-pdftotext]      exit 1 on any error
"""
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

TRUTH_KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial",
              "serial_as_written", "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates",
              "date_ambiguous", "fault", "cause", "action", "engineer", "engineer_id", "number", "visits", "serials",
              "serials_as_written"]
VISIT_KEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
OTHER_KEYS = ["role", "date", "as_written"]
CUST_KEYS = ["id", "name", "city", "city_pinyin", "number", "institution", "department", "english", "brand",
             "traditional", "address", "former_names"]
UNIT_KEYS = ["serial", "model", "owner", "install_date", "purchase_date", "warranty_until", "family", "moves"]
KINDS = {"repair", "service_report", "complaint", "equipment_history", "customer_file", "training"}
ROLES = {"install", "purchase", "warranty_until", "follow_up", "report_printed"}
REL = {"当天下午": 0, "次日上午": 1, "次日": 1, "两天后": 2, "the same afternoon": 0, "the following morning": 1,
       "the next day": 1, "two days later": 2}

errors = []


def err(msg):
    errors.append(msg)
    if len(errors) <= 60:
        print("ERROR: " + msg)


# ------------------------------------------------------------------ dates
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONRE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
CNUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CNUM[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return CNUM[a] * 10 + (CNUM[b] if b else 0)
    return CNUM[s]


def mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def year2(y):
    return 2000 + y if y < 100 else y


PATTERNS = [
    # ranges first
    ("en_range_dm", re.compile(r"(?<!\d)(\d{1,2})\s*[–-]\s*\d{1,2}\s+" + MONRE + r"\s+(\d{4})", re.I),
     lambda m, us: mk(int(m.group(3)), MON[m.group(2)[:3].lower()], int(m.group(1)))),
    ("en_range_md", re.compile(MONRE + r"\s+(\d{1,2})\s*[–-]\s*\d{1,2},\s*(\d{4})", re.I),
     lambda m, us: mk(int(m.group(3)), MON[m.group(1)[:3].lower()], int(m.group(2)))),
    ("cn_num", re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"),
     lambda m, us: mk(int("".join(str(CNUM[ch]) for ch in m.group(1))), cn_small(m.group(2)), cn_small(m.group(3)))),
    ("cn", re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
     lambda m, us: mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))),
    ("cn_yy", re.compile(r"(?<!\d)(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
     lambda m, us: mk(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))),
    ("roc_cn", re.compile(r"(?<!\d)(1[0-2]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
     lambda m, us: mk(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))),
    ("ymd", re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"),
     lambda m, us: mk(int(m.group(1)), int(m.group(3)), int(m.group(4)))),
    ("roc_num", re.compile(r"(?<![\d./Vv])(1[01]\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d./])"),
     lambda m, us: mk(int(m.group(1)) + 1911, int(m.group(3)), int(m.group(4)))),
    ("compact", re.compile(r"(?<![\dA-Za-z])(20[12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\dA-Za-z])"),
     lambda m, us: mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))),
    ("en_dmy", re.compile(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?[\s-]+" + MONRE + r",?[\s-]+(\d{4})(?!\d)", re.I),
     lambda m, us: mk(int(m.group(3)), MON[m.group(2)[:3].lower()], int(m.group(1)))),
    ("en_mdy", re.compile(MONRE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I),
     lambda m, us: mk(int(m.group(3)), MON[m.group(1)[:3].lower()], int(m.group(2)))),
    ("num", re.compile(r"(?<![\d/.\-A-Za-z])(\d{1,2})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-])"),
     lambda m, us: (mk(year2(int(m.group(4))), int(m.group(1)), int(m.group(3))) if us else
                    mk(year2(int(m.group(4))), int(m.group(3)), int(m.group(1))))),
]
US_MARK = re.compile(r"MM/DD/YYYY")


def find_dates(text, us):
    found = []
    t = text
    for name, rx, fn in PATTERNS:
        out = []
        last = 0
        for m in rx.finditer(t):
            d = fn(m, us)
            found.append((name, m.group(0), d))
            out.append(t[last:m.start()])
            out.append("#" * (m.end() - m.start()))
            last = m.end()
        out.append(t[last:])
        t = "".join(out)
    return found


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isalnum())


def norm_form(s, t2s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(t2s.get(ch, ch) for ch in s)
    return "".join(ch for ch in s if ch.isalnum())


# ------------------------------------------------------------------ extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def docx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    units = []
    for name in z.namelist():
        if not name.endswith(".xml") and not name.endswith(".rels"):
            continue
        root = ET.fromstring(z.read(name))   # every part must parse
        if name.startswith("word/") and name.endswith(".xml"):
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t":
                        buf.append(el.text or "")
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag == W + "br":
                        buf.append("\n")
                units.append("".join(buf))
    return units


def xlsx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            shared.append("".join(x.text or "" for x in si.iter(S + "t")))
    units = []
    for name in sorted(z.namelist()):
        if name.endswith(".xml") or name.endswith(".rels"):
            ET.fromstring(z.read(name))
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            for c in ET.fromstring(z.read(name)).iter(S + "c"):
                ty = c.get("t")
                if ty == "inlineStr":
                    units.append("".join(x.text or "" for x in c.iter(S + "t")))
                elif ty == "s":
                    units.append(shared[int(c.find(S + "v").text)])
                else:
                    v = c.find(S + "v")
                    if v is not None:
                        units.append(v.text or "")
    return units


def pdf_units(path, use):
    if not use:
        return None, None
    outs = []
    for mode in ("-raw", "-layout"):
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", mode, path, "-"], capture_output=True)
        if r.returncode != 0:
            err("pdftotext failed on %s" % path)
            return [], []
        txt = r.stdout.decode("utf-8", "replace")
        lines = txt.replace("\f", "\n").split("\n")
        if mode == "-layout":
            lines = [re.sub(r" {2,}", " ", ln.strip()) for ln in lines]
        outs.append(lines)
    return outs[0], outs[1]


def pdf_raw_units(data):
    """fallback without pdftotext: decode our own content streams (hex UCS-2 and literal strings)."""
    import zlib
    units = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1)).decode("latin-1")
        except Exception:
            continue
        for h in re.finditer(r"<([0-9A-F]+)> Tj|\((.*?)\) Tj", s):
            if h.group(1):
                b = bytes.fromhex(h.group(1))
                units.append(b.decode("utf-16-be"))
            else:
                units.append(h.group(2).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\"))
    return units


# ------------------------------------------------------------------ main
def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    use_pdf = "--no-pdftotext" not in sys.argv and shutil.which("pdftotext") is not None
    if len(args) != 1:
        print("usage: check.py DIR [--no-pdftotext]")
        sys.exit(2)
    root = args[0]
    if not os.path.isfile(os.path.join(root, ".ninthgen")):
        err("marker .ninthgen missing")
        finish()
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    try:
        from n9_zhdata import T2S   # data table only (not generator code)
    except ImportError:
        T2S = {}
    custs = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    cust = {}
    for c in custs:
        if list(c.keys()) != CUST_KEYS:
            err("customer keys %s" % list(c.keys()))
        if c["id"] in cust:
            err("duplicate customer id " + c["id"])
        cust[c["id"]] = c
    unit = {}
    for u in units:
        if list(u.keys()) != UNIT_KEYS:
            err("unit keys %s" % list(u.keys()))
        if u["serial"] in unit:
            err("duplicate serial " + u["serial"])
        unit[u["serial"]] = u
        if not (u["purchase_date"] <= u["install_date"] < u["warranty_until"]):
            err("unit dates " + u["serial"])
        prev = None
        for m in u["moves"]:
            if prev and m["from"] != prev:
                err("move chain " + u["serial"])
            if m["from"] not in cust or m["to"] not in cust:
                err("move customer " + u["serial"])
            prev = m["to"]
        if u["moves"] and u["owner"] != u["moves"][-1]["to"]:
            err("owner != last move " + u["serial"])
        if u["owner"] not in cust:
            err("unit owner " + u["serial"])

    def owner_at(u, d):
        o = u["moves"][0]["from"] if u["moves"] else u["owner"]
        for m in u["moves"]:
            if m["date"] <= d:
                o = m["to"]
        return o

    truths = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    docs_root = os.path.join(root, "docs")
    files = []
    for dp, dn, fn in os.walk(docs_root):
        for f in fn:
            files.append(os.path.relpath(os.path.join(dp, f), docs_root).replace(os.sep, "/"))
    paths = [t["path"] for t in truths]
    if len(set(paths)) != len(paths):
        err("duplicate truth paths")
    if set(files) != set(paths):
        err("files vs truth: %d files without truth, %d truth without file" % (len(set(files) - set(paths)), len(set(paths) - set(files))))
    form_owner = {}
    namb = 0
    npdf_checked = 0
    for t in truths:
        p = t.get("path")
        tag = "%s (%s)" % (p, t.get("template"))
        if list(t.keys()) != TRUTH_KEYS:
            err("truth keys " + tag)
            continue
        if t["kind"] not in KINDS:
            err("kind " + tag)
        for v in t["visits"]:
            if list(v.keys()) != VISIT_KEYS:
                err("visit keys " + tag)
        for o in t["other_dates"]:
            if list(o.keys()) != OTHER_KEYS or o["role"] not in ROLES:
                err("other date keys/role " + tag)
        full = os.path.join(docs_root, p)
        if not os.path.isfile(full):
            continue
        data = open(full, "rb").read()
        ext = p.rsplit(".", 1)[1]
        enc = t["encoding"]
        if ext in ("txt", "md", "csv"):
            if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
                err("BOM missing " + tag)
            if enc != "utf-8-sig" and data.startswith(b"\xef\xbb\xbf"):
                err("unexpected BOM " + tag)
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                err("decode %s %s" % (enc, tag))
                continue
            if ext == "csv":
                rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
                tunits = [x for r in rows for x in r]
            else:
                tunits = text.replace("\r\n", "\n").split("\n")
            variants = [tunits]
        elif ext == "docx":
            if enc != "utf-8":
                err("encoding " + tag)
            variants = [docx_units(data)]
        elif ext == "xlsx":
            variants = [xlsx_units(data)]
        elif ext == "pdf":
            if not data.startswith(b"%PDF-"):
                err("not a pdf " + tag)
            raw, lay = pdf_units(full, use_pdf)
            if raw is None:
                variants = [pdf_raw_units(data)]
            else:
                variants = [raw, lay]
                npdf_checked += 1
        else:
            err("format " + tag)
            continue
        # every written string occurs
        strings = []
        for k in ("customer_as_written", "serial_as_written", "model_as_written", "visit_date_as_written", "fault",
                  "cause", "action", "engineer", "number"):
            if t[k]:
                strings.append((k, t[k]))
        for v in t["visits"]:
            for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
                if v[k]:
                    strings.append(("visit." + k, v[k]))
        for o in t["other_dates"]:
            strings.append(("other." + o["role"], o["as_written"]))
        for s in t["serials_as_written"]:
            strings.append(("serials", s))
        for vu in variants:
            for k, s in strings:
                if not any(s in u for u in vu):
                    err("%s %r not found in %s" % (k, s, tag))
        text = "\n".join(variants[0])
        # customer / unit
        kind = t["kind"]
        if kind == "training":
            if t["customer"] is not None or t["visits"] or t["other_dates"] or t["visit_date"]:
                err("training with customer/dates " + tag)
        else:
            if t["customer"] not in cust:
                err("unknown customer " + tag)
            elif t["customer_as_written"]:
                form_owner.setdefault(norm_form(t["customer_as_written"], T2S), set()).add(t["customer"])
            else:
                err("customer not written " + tag)
        if t["model"]:
            if canon(t["model_as_written"] or "") != canon(t["model"]):
                err("model form %r vs %r %s" % (t["model_as_written"], t["model"], tag))
        u = None
        if t["serial"]:
            u = unit.get(t["serial"])
            if not u:
                err("unknown serial " + tag)
            else:
                if canon(t["serial_as_written"]) != canon(t["serial"]):
                    err("serial form %r %s" % (t["serial_as_written"], tag))
                if t["model"] and t["model"] != u["model"]:
                    err("model != unit model " + tag)
                days = [v["date"] for v in t["visits"]] + ([t["visit_date"]] if t["visit_date"] else [])
                for d in days:
                    if d < u["install_date"]:
                        err("visit before installation " + tag)
                    if owner_at(u, d) != t["customer"]:
                        err("unit %s not owned by %s on %s %s" % (u["serial"], t["customer"], d, tag))
                for o in t["other_dates"]:
                    key = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}.get(o["role"])
                    if key and o["date"] != u[key]:
                        err("other date %s != unit %s" % (o["role"], tag))
        vdates = [v["date"] for v in t["visits"]]
        newest = max(vdates) if vdates else t["visit_date"]
        for o in t["other_dates"]:
            if o["role"] == "follow_up" and newest and not o["date"] > newest:
                err("follow_up not after visits " + tag)
            if o["role"] == "report_printed" and newest and o["date"] < newest:
                err("printed before visit " + tag)
        # kind rules
        if kind in ("repair", "service_report"):
            if len(t["visits"]) != 1:
                err("repair/service must have one visit " + tag)
            else:
                v = t["visits"][0]
                for k in ("date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"):
                    top = t["visit_date" if k == "date" else ("visit_date_as_written" if k == "date_as_written" else k)]
                    if top != v[k]:
                        err("top-level %s differs from visit %s" % (k, tag))
            if not t["serial"]:
                err("visit document without serial " + tag)
        elif kind == "complaint":
            if len(t["visits"]) > 1:
                err("complaint visits " + tag)
            for v in t["visits"]:
                if v["date"] < t["visit_date"]:
                    err("complaint visit before receipt " + tag)
        elif kind == "equipment_history":
            if not 2 <= len(t["visits"]) <= 10:
                err("history entries %d %s" % (len(t["visits"]), tag))
            if vdates and (t["visit_date"] != max(vdates)):
                err("history top not newest " + tag)
            if vdates != sorted(vdates) and vdates != sorted(vdates, reverse=True):
                err("history not in order " + tag)
        elif kind == "customer_file":
            pr = [o["date"] for o in t["other_dates"] if o["role"] == "report_printed"]
            if len(pr) != 1:
                err("customer file without printed date " + tag)
            else:
                want = [x["serial"] for x in units if owner_at(x, pr[0]) == t["customer"] and x["install_date"] <= pr[0]]
                if sorted(want) != sorted(t["serials"]):
                    err("customer file serials %s" % tag)
            if len(t["serials"]) != len(t["serials_as_written"]):
                err("serials lengths " + tag)
            for a, b in zip(t["serials"], t["serials_as_written"]):
                if canon(a) != canon(b):
                    err("serials form " + tag)
        # dates
        us = bool(US_MARK.search(text))
        masked = text
        masks = [t["serial_as_written"], t["model_as_written"], t["number"]] + t["serials_as_written"] + \
                [v["number"] for v in t["visits"]]
        for m in sorted([m for m in masks if m], key=len, reverse=True):
            masked = masked.replace(m, "§" * len(m))
        allowed = set(vdates) | {o["date"] for o in t["other_dates"]}
        if t["visit_date"]:
            allowed.add(t["visit_date"])
        for name, s, d in find_dates(masked, us):
            if d is None:
                err("invalid date %r (%s) in %s" % (s, name, tag))
            elif d.isoformat() not in allowed:
                err("date %r = %s is no visit/other date in %s" % (s, d, tag))
        pairs = [(t["visit_date_as_written"], t["visit_date"])] + [(v["date_as_written"], v["date"]) for v in t["visits"]] + \
                [(o["as_written"], o["date"]) for o in t["other_dates"]]
        for w, d in pairs:
            if not w:
                continue
            if w in REL:
                continue
            f = find_dates(w, us)
            if not f or f[0][2] is None or f[0][2].isoformat() != d:
                err("written date %r does not read as %s in %s" % (w, d, tag))
        for v in t["visits"]:
            if v["date_as_written"] in REL:
                pr = [o["date"] for o in t["other_dates"] if o["role"] == "report_printed"]
                if not pr or pr[0] < v["date"]:
                    err("relative visit date without a later dated header " + tag)
        # ambiguity
        amb = False
        w = t["visit_date_as_written"] or ""
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", w)
        if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2) and \
                not re.search(r"DD/MM|MM/DD|dd/mm|mm/dd|日/月/年", text):
            amb = True
            for m2 in re.finditer(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])", text):
                if int(m2.group(1)) > 12 or int(m2.group(2)) > 12:
                    amb = False
        if amb != t["date_ambiguous"]:
            err("date_ambiguous %s expected %s %s" % (t["date_ambiguous"], amb, tag))
        namb += amb
    for f, owners in form_owner.items():
        if len(owners) > 1:
            err("customer form %r used for %s" % (f, sorted(owners)))
    if truths and namb > 0.02 * len(truths):
        err("too many ambiguous dates: %d" % namb)
    # script test
    if T2S and "".join(T2S.get(ch, ch) for ch in "醫院維修") != "医院维修":
        err("script table test")
    print("checked %d documents (%d PDFs through pdftotext), %d customers, %d units, %d ambiguous"
          % (len(truths), npdf_checked, len(custs), len(units), namb))
    finish()


def finish():
    if errors:
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK")
    sys.exit(0)


if __name__ == "__main__":
    main()
