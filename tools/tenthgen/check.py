#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check a tenthgen output folder against its truth. python3 check.py DIR [--no-pdftotext]; exit 1 on any error.

Does not import the generator: its own .docx/.xlsx/.pdf/.csv readers, date reader and rules."""
import collections
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
import zlib
import xml.etree.ElementTree as ET

KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written",
        "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault",
        "cause", "action", "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]
VKEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
OKEYS = ["role", "date", "as_written"]
CKEYS = ["id", "name", "city", "city_pinyin", "number", "institution", "department", "english", "brand", "traditional",
         "address", "former_names"]
UKEYS = ["serial", "model", "owner", "install_date", "purchase_date", "warranty_until", "family", "moves"]
ROLES = {"install", "purchase", "warranty_until", "follow_up", "report_printed", "contract_start", "contract_end",
         "shipment", "manufacture"}
KINDS = {"repair", "service_report", "complaint", "equipment_history", "customer_file", "training"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


# ------------------------------------------------------------------ readers
def decode(data, enc, errs, path):
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            errs.append("%s: utf-16 without BOM" % path)
        return data[2:].decode("utf-16-le")
    if enc == "utf-8-sig":
        if not data.startswith(b"\xef\xbb\xbf"):
            errs.append("%s: utf-8-sig without BOM" % path)
        return data.decode("utf-8-sig")
    if enc == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        errs.append("%s: BOM in a utf-8 file" % path)
    return data.decode(enc)


def docx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in sorted(z.namelist()):
        if not name.endswith(".xml"):
            continue
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t":
                    buf.append(el.text or "")
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
            out += "".join(buf).split("\n")
    return out


def xlsx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            shared.append("".join(t.text or "" for t in si.iter(S + "t")))
    out = []
    for name in sorted(z.namelist()):
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        for c in ET.fromstring(z.read(name)).iter(S + "c"):
            typ = c.get("t")
            if typ == "inlineStr":
                out.append("".join(t.text or "" for t in c.iter(S + "t")))
            else:
                v = c.find(S + "v")
                if v is not None:
                    out.append(shared[int(v.text)] if typ == "s" else v.text)
    return out


def pdf_own(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        if b"Tj" not in s:
            continue
        for t in re.finditer(rb"<([0-9A-F]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj", s):
            if t.group(1) is not None:
                h = t.group(1).decode()
                out.append("".join(chr(int(h[k:k + 4], 16)) for k in range(0, len(h), 4)))
            else:
                out.append(re.sub(rb"\\(.)", rb"\1", t.group(2)).decode("cp1252"))
    return out


def pdftotext(path, mode):
    r = subprocess.run(["pdftotext", mode, "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return [re.sub(r" {2,}", " ", ln).strip() for ln in r.stdout.decode("utf-8").replace("\f", "\n").split("\n")]


# ------------------------------------------------------------------ canonical forms
def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isalnum())


def canon_serial(s):
    return canon(s).replace("O", "0").replace("L", "1").replace("I", "1")


# ------------------------------------------------------------------ dates
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MON_RE = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
PATTERNS = [
    ("ymd", re.compile(r"(?<![\d.])(20\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d])")),
    ("ymd", re.compile(r"(?<!\d)(20\d\d)年(\d{1,2})月(\d{1,2})[日号]")),
    ("roc", re.compile(r"(?<![\d.])(1[01]\d)\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/])")),
    ("roc", re.compile(r"(?<!\d)(1[01]\d)年(\d{1,2})月(\d{1,2})日")),
    ("reiwa", re.compile(r"(令和|平成)(\d{1,2})年(\d{1,2})月(\d{1,2})日")),
    ("dmon", re.compile(r"(?<!\d)(\d{1,2})[- ](%s)[a-z]*[- ,]+(20\d\d)" % MON_RE, re.I)),
    ("mond", re.compile(r"(%s)[a-z]* (\d{1,2}),? (20\d\d)" % MON_RE, re.I)),
    ("num", re.compile(r"(?<![\d.:/\-])(\d{1,2})([/.\-])(\d{1,2})\2(20\d\d|\d\d)(?![\d/\-]|\.\d)")),
]
AMB_MARK = re.compile(r"(dd|mm)\s*[/.\-]\s*(mm|dd)\s*[/.\-]\s*yy(yy)?|日\s*/\s*月\s*/\s*年", re.I)
US_MARK = re.compile(r"mm\s*/\s*dd\s*/\s*yy", re.I)


def _mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text):
    """[(start, end, [candidate dates])]"""
    found = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(a <= m.start() < b or a < m.end() <= b for a, b, _ in found):
                continue
            g = m.groups()
            c = []
            if kind == "ymd":
                c = [_mk(int(g[0]), int(g[1]), int(g[2]))]
            elif kind == "roc":
                c = [_mk(int(g[0]) + 1911, int(g[1]), int(g[2]))]
            elif kind == "reiwa":
                c = [_mk(int(g[1]) + (2018 if g[0] == "令和" else 1988), int(g[2]), int(g[3]))]
            elif kind == "dmon":
                c = [_mk(int(g[2]), MON[g[1][:3].lower()], int(g[0]))]
            elif kind == "mond":
                c = [_mk(int(g[2]), MON[g[0][:3].lower()], int(g[1]))]
            else:
                y = int(g[3]) + (2000 if len(g[3]) == 2 else 0)
                a, b = int(g[0]), int(g[2])
                c = [_mk(y, b, a), _mk(y, a, b)]
            c = [x for x in c if x]
            if c:
                found.append((m.start(), m.end(), c))
    return found


def read_date(w, text):
    """The ISO dates a written date can mean, given the document's markers."""
    ds = find_dates(w)
    if len(ds) != 1:
        return set()
    cands = ds[0][2]
    if len(cands) == 2:
        if US_MARK.search(text):
            cands = [cands[1]]
        elif AMB_MARK.search(text):
            cands = [cands[0]]
    return {c.isoformat() for c in cands}


def ambiguous(t, text):
    w = t["visit_date_as_written"]
    if not w:
        return False
    m = PATTERNS[-1][1].fullmatch(w)
    if not m or AMB_MARK.search(text):
        return False
    a, b = int(m.group(1)), int(m.group(3))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    return not any(int(x.group(1)) > 12 or int(x.group(3)) > 12 for x in PATTERNS[-1][1].finditer(text))


# ------------------------------------------------------------------ main
def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    use_pt = "--no-pdftotext" not in sys.argv and shutil.which("pdftotext")
    if len(args) != 1:
        print(__doc__)
        return 2
    root = args[0]
    errs = []
    E = errs.append
    if not os.path.exists(os.path.join(root, ".tenthgen")):
        E("marker .tenthgen missing")
    custs = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    truths = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    cby = {}
    for c in custs:
        if list(c) != CKEYS:
            E("customer keys %s" % c.get("id"))
        if c["id"] in cby:
            E("duplicate customer %s" % c["id"])
        cby[c["id"]] = c
    uby = {}
    for u in units:
        if list(u) != UKEYS:
            E("unit keys %s" % u.get("serial"))
        if u["serial"] in uby:
            E("duplicate serial %s" % u["serial"])
        uby[u["serial"]] = u
        if not u["purchase_date"] <= u["install_date"] < u["warranty_until"]:
            E("unit dates %s" % u["serial"])
        prev = None
        for mv in u["moves"]:
            if prev and mv["from"] != prev:
                E("move chain %s" % u["serial"])
            prev = mv["to"]
        if u["moves"] and u["owner"] != u["moves"][-1]["to"]:
            E("owner after moves %s" % u["serial"])
        if u["owner"] not in cby:
            E("unit owner %s" % u["serial"])

    def owner_on(u, d):
        o = u["moves"][0]["from"] if u["moves"] else u["owner"]
        for mv in u["moves"]:
            if d >= mv["date"]:
                o = mv["to"]
        return o

    paths = set()
    form_owner = collections.defaultdict(set)
    listed = set()
    for dirpath, _, files in os.walk(os.path.join(root, "docs")):
        for f in files:
            listed.add(os.path.relpath(os.path.join(dirpath, f), os.path.join(root, "docs")).replace(os.sep, "/"))
    namb = 0
    for t in truths:
        p = t.get("path")
        if list(t) != KEYS:
            E("%s: truth keys" % p)
            continue
        if p in paths:
            E("%s: path twice" % p)
        paths.add(p)
        full = os.path.join(root, "docs", p)
        if not os.path.exists(full):
            E("%s: missing" % p)
            continue
        if t["kind"] not in KINDS:
            E("%s: kind %s" % (p, t["kind"]))
        for v in t["visits"]:
            if list(v) != VKEYS:
                E("%s: visit keys" % p)
        for o in t["other_dates"]:
            if list(o) != OKEYS or o["role"] not in ROLES:
                E("%s: other date %s" % (p, o))
        data = open(full, "rb").read()
        ext = p.rsplit(".", 1)[1]
        try:
            if ext in ("txt", "md"):
                us = decode(data, t["encoding"], errs, p).splitlines()
            elif ext == "csv":
                us = [c for row in csv.reader(io.StringIO(decode(data, t["encoding"], errs, p), newline="")) for c in row]
            elif ext == "docx":
                us = docx_units(data)
            elif ext == "xlsx":
                us = xlsx_units(data)
            else:
                us = pdf_own(data)
        except Exception as ex:  # noqa: BLE001
            E("%s: cannot read (%s)" % (p, ex))
            continue
        views = [us]
        if ext == "pdf" and use_pt:
            views = [pdftotext(full, "-raw"), pdftotext(full, "-layout")]
        text = "\n".join(views[0])
        strings = [("customer", t["customer_as_written"]), ("serial", t["serial_as_written"]),
                   ("model", t["model_as_written"]), ("visit_date", t["visit_date_as_written"])]
        for v in t["visits"]:
            strings += [("visit." + k, v[k]) for k in ("date_as_written", "fault", "cause", "action", "engineer", "number")]
        strings += [("other." + o["role"], o["as_written"]) for o in t["other_dates"]]
        strings += [("serials", s) for s in t["serials_as_written"]]
        for k, s in strings:
            if not s:
                continue
            for view in views:
                if not any(s in u for u in view):
                    E("%s: %s %r not in one line/cell/paragraph" % (p, k, s))
                    break
        # entities
        kind = t["kind"]
        if kind == "training":
            if t["customer"] or t["visit_date"] or t["other_dates"] or t["visits"]:
                E("%s: training with customer or dates" % p)
        elif t["customer"] not in cby:
            E("%s: customer %s" % (p, t["customer"]))
        elif t["customer_as_written"]:
            form_owner[canon(t["customer_as_written"])].add(t["customer"])
        u = uby.get(t["serial"]) if t["serial"] else None
        if t["serial"] and not u:
            E("%s: unknown serial" % p)
        if u and t["model"] != u["model"]:
            E("%s: model disagrees" % p)
        if u and t["serial_as_written"] and canon_serial(t["serial_as_written"]) != canon_serial(u["serial"]):
            E("%s: serial form %r" % (p, t["serial_as_written"]))
        if t["model_as_written"] and canon(t["model_as_written"]) != canon(t["model"]):
            E("%s: model form %r" % (p, t["model_as_written"]))
        # dates
        allowed = {t["visit_date"]} | {v["date"] for v in t["visits"]} | {o["date"] for o in t["other_dates"]}
        for k, w, iso in ([("visit_date", t["visit_date_as_written"], t["visit_date"])] +
                          [("visit", v["date_as_written"], v["date"]) for v in t["visits"]] +
                          [("other", o["as_written"], o["date"]) for o in t["other_dates"]]):
            if w and iso not in read_date(w, text):
                E("%s: %s %r does not read as %s" % (p, k, w, iso))
        masked = text
        for s in sorted({x for x in [t["serial_as_written"], t["number"]] + t["serials_as_written"] +
                         [v["number"] for v in t["visits"]] if x}, key=len, reverse=True):
            masked = masked.replace(s, " ")
        for a, b, cands in find_dates(masked):
            if not any(c.isoformat() in allowed for c in cands):
                E("%s: stray date %r" % (p, masked[a:b]))
        if u:
            for o in t["other_dates"]:
                key = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}.get(o["role"])
                if key and o["date"] != u[key]:
                    E("%s: %s date is not the unit's" % (p, o["role"]))
            for v in t["visits"]:
                if v["date"] < u["install_date"]:
                    E("%s: visit before installation" % p)
                if owner_on(u, v["date"]) != t["customer"]:
                    E("%s: unit not owned by the customer on %s" % (p, v["date"]))
        newest = max([v["date"] for v in t["visits"]] or [t["visit_date"] or ""])
        for o in t["other_dates"]:
            if o["role"] == "report_printed" and newest and o["date"] < newest:
                E("%s: printed before the visit" % p)
            if o["role"] == "follow_up" and o["date"] <= newest:
                E("%s: follow-up not after the visit" % p)
        # kind rules
        top = {k: t[k] for k in ("fault", "cause", "action", "engineer", "engineer_id", "number")}
        top["date"], top["date_as_written"] = t["visit_date"], t["visit_date_as_written"]
        if kind in ("repair", "service_report"):
            if len(t["visits"]) != 1 or t["visits"][0] != {k: top[k] for k in VKEYS}:
                E("%s: one visit equal to the top level expected" % p)
        elif kind == "complaint":
            if len(t["visits"]) > 1 or any(v["date"] < t["visit_date"] for v in t["visits"]):
                E("%s: complaint visits" % p)
            if u and owner_on(u, t["visit_date"]) != t["customer"]:
                E("%s: unit not the customer's on the complaint day" % p)
        elif kind == "equipment_history":
            vs = t["visits"]
            ds = [v["date"] for v in vs]
            if not 2 <= len(vs) <= 10 or (ds != sorted(ds) and ds != sorted(ds, reverse=True)):
                E("%s: history entries" % p)
            nv = max(vs, key=lambda v: v["date"]) if vs else None
            if nv and {k: top[k] for k in VKEYS} != nv:
                E("%s: top level is not the newest entry" % p)
        elif kind == "customer_file":
            pr = [o["date"] for o in t["other_dates"] if o["role"] == "report_printed"]
            if t["visits"] or t["visit_date"] or len(pr) != 1:
                E("%s: customer file dates" % p)
            else:
                own = sorted(s for s, x in uby.items() if owner_on(x, pr[0]) == t["customer"] and x["install_date"] <= pr[0])
                if sorted(t["serials"]) != own:
                    E("%s: listed units are not those owned on %s" % (p, pr[0]))
                for s, w in zip(t["serials"], t["serials_as_written"]):
                    if canon_serial(s) != canon_serial(w):
                        E("%s: serial list form %r" % (p, w))
        if ambiguous(t, text) != t["date_ambiguous"]:
            E("%s: date_ambiguous should be %s" % (p, not t["date_ambiguous"]))
        namb += t["date_ambiguous"]
    for f in sorted(listed - paths):
        E("file without truth: %s" % f)
    for form, ids in form_owner.items():
        if len(ids) > 1:
            E("customer form %r used for %s" % (form, sorted(ids)))
    if namb > 0.02 * max(1, len(truths)):
        E("ambiguous share %d / %d" % (namb, len(truths)))
    for e in errs[:60]:
        print("ERROR", e)
    kinds = collections.Counter(t["kind"] for t in truths)
    print("documents %d, customers %d, units %d, moved %d, visits %d, ambiguous %d" % (
        len(truths), len(custs), len(units), sum(1 for u in units if u["moves"]), sum(len(t["visits"]) for t in truths), namb))
    print("kinds:", dict(sorted(kinds.items())))
    print("errors: %d" % len(errs))
    print("OK" if not errs else "FAILED")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
