#!/usr/bin/env python3
"""check.py DIR — re-reads a seventhgen output without importing the generator; exit 1 on error.

Own text extraction (.docx document/header/footer parts, .xlsx shared strings and cells, .pdf content
streams with UCS-2 CID strings and WinAnsi literals), own date finder/parser, own serial canonicaliser.
If pdftotext is installed, every truth string of every PDF must also be in `pdftotext -layout` output.
"""
import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
import zlib
from xml.etree import ElementTree as ET

KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written", "model",
        "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault", "cause", "action",
        "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]
VKEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
OKEYS = ["role", "date", "as_written"]
ROLES = {"install", "purchase", "warranty_until", "follow_up", "report_printed"}
KINDS = {"repair", "service_report", "complaint", "equipment_history", "customer_file", "training"}
CKEYS = ["id", "name", "city", "city_pinyin", "number", "institution", "department", "english", "brand", "traditional", "address", "former_names"]
UKEYS = ["serial", "model", "owner", "install_date", "purchase_date", "warranty_until", "family", "moves"]

# a short hand-made list: traditional-only characters and their simplified twins
TRAD = "這個們來時後說從對於還與會當發現應該質維護資訊網路軟體數據設備檢驗醫學報告處理機號碼統顯歷經電腦線"
SIMP = "这个们来时后说从对于还与会当发现应该质维护资讯网路软体数据设备检验医学报告处理机号码统显历经电脑线"
TRAD_ONLY = "這們來時說從對還與會當發現應該質維護資訊網軟體數據設備檢驗醫學報處機號碼統顯歷經電腦線"
SIMP_ONLY = "这们来时说从对还与会当发现应该质维护资讯网软体数据设备检验医学报处机号码统显历经电脑线"

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ extraction
def docx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    names = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    for n in sorted(names, key=lambda s: (0 if "header" in s else 1 if "document" in s else 2, s)):
        if not ("document" in n or "header" in n or "footer" in n):
            continue
        root = ET.fromstring(z.read(n))
        for p in root.iter(ns + "p"):
            buf = []
            for el in p.iter():
                if el.tag == ns + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == ns + "tab":
                    buf.append("\t")
                elif el.tag in (ns + "br", ns + "cr"):
                    buf.append("\n")
                elif el.tag == ns + "noBreakHyphen":
                    buf.append("-")
            out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(ns + "si"):
            sst.append("".join(t.text or "" for t in si.iter(ns + "t")))
    out = []
    for n in sorted(x for x in z.namelist() if x.startswith("xl/worksheets/sheet")):
        for row in ET.fromstring(z.read(n)).iter(ns + "row"):
            cells = []
            for c in row.iter(ns + "c"):
                v = c.find(ns + "v")
                t = c.get("t")
                if t == "s" and v is not None:
                    cells.append(sst[int(v.text)])
                elif t == "inlineStr":
                    cells.append("".join(x.text or "" for x in c.iter(ns + "t")))
                elif v is not None:
                    cells.append(v.text)
            out.append("\t".join(cells))
    return "\n".join(out)


def pdf_text(data):
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ValueError("incomplete PDF")
    out = []
    for m in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\r?\n", data):
        raw = data[m.end():m.end() + int(m.group(1))]
        try:
            s = zlib.decompress(raw)
        except zlib.error:
            continue
        if b"Tf" not in s:
            continue
        for line in s.split(b"\n"):
            mh = re.search(rb"<([0-9A-Fa-f]+)> Tj", line)
            if mh:
                hx = mh.group(1).decode()
                out.append("".join(chr(int(hx[i:i + 4], 16)) for i in range(0, len(hx), 4)))
                continue
            ml = re.search(rb"\((.*)\) Tj", line)
            if ml:
                b = re.sub(rb"\\([\\()])", rb"\1", ml.group(1))
                out.append(b.decode("cp1252"))
    return "\n".join(out)


# ------------------------------------------------------------------ dates
MONTHS = {m.lower(): i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                                   "September", "October", "November", "December"])}
for k, v in list(MONTHS.items()):
    MONTHS[k[:3]] = v
MON_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cnint(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return CN[a] * 10 + (CN[b] if b else 0)
    return CN[s]


PATS = [
    ("roc_cn", re.compile(r"(?:中華)?民國\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("ymd_cn", re.compile(r"(?<!\d)(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]")),
    ("cnnum", re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")),
    ("iso", re.compile(r"(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")),
    ("roc_num", re.compile(r"(?<![\d./-])(1\d\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d./])")),
    ("dmy", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")),
    ("en_of", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)? of " + MON_RE + r",? (\d{4})", re.I)),
    ("en_dmy", re.compile(r"(?<![\d/])(\d{1,2})(?:st|nd|rd|th)? " + MON_RE + r"\.?,? (\d{4})", re.I)),
    ("en_mdy", re.compile(MON_RE + r"\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", re.I)),
    ("en_dash", re.compile(r"(?<!\d)(\d{1,2})-" + MON_RE + r"-(\d{2}|\d{4})(?!\d)", re.I)),
    ("jira", re.compile(r"(?<!\d)(\d{1,2})/" + MON_RE + r"/(\d{2})(?!\d)", re.I)),
]


def find_dates(text, lang):
    """list of (start, end, iso) of every full date in the text"""
    t = unicodedata.normalize("NFKC", text)
    found = []
    taken = [False] * (len(t) + 1)

    def add(m, y, mo, d):
        if any(taken[m.start():m.end()]):
            return
        try:
            iso = dt.date(y, mo, d).isoformat()
        except ValueError:
            return
        for k in range(m.start(), m.end()):
            taken[k] = True
        found.append((m.start(), m.end(), iso, m.group(0)))

    for name, rx in PATS:
        for m in rx.finditer(t):
            g = m.groups()
            if name == "roc_cn":
                add(m, int(g[0]) + 1911, int(g[1]), int(g[2]))
            elif name == "ymd_cn":
                y = int(g[0])
                if y < 1000:
                    if lang != "zh-Hant":
                        continue
                    y += 1911
                add(m, y, int(g[1]), int(g[2]))
            elif name == "cnnum":
                add(m, int("".join(str(CN[c]) for c in g[0])), cnint(g[1]), cnint(g[2]))
            elif name == "iso":
                add(m, int(g[0]), int(g[2]), int(g[3]))
            elif name == "roc_num":
                if lang == "zh-Hant":
                    add(m, int(g[0]) + 1911, int(g[2]), int(g[3]))
            elif name == "dmy":
                add(m, int(g[2]), int(g[1]), int(g[0]))
            elif name == "en_of" or name == "en_dmy":
                add(m, int(g[2]), MONTHS[g[1].lower()[:3]] if len(g[1]) <= 3 else MONTHS[g[1].lower()], int(g[0]))
            elif name == "en_mdy":
                add(m, int(g[2]), MONTHS[g[0].lower()], int(g[1]))
            elif name in ("en_dash", "jira"):
                y = int(g[2])
                y = y + 2000 if y < 100 else y
                add(m, y, MONTHS[g[1].lower()], int(g[0]))
    return found


def parse_one(s, lang):
    f = find_dates(s, lang)
    if len(f) != 1:
        return None
    return f[0][2]


def canon_serial(s):
    s = unicodedata.normalize("NFKC", s).upper().replace("O", "0")
    return "".join(ch for ch in s if ch.isalnum())


def canon_model(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isalnum())


T2S_SMALL = dict(zip(TRAD, SIMP))


def canon_name(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


# ------------------------------------------------------------------ main
def main():
    if len(sys.argv) < 2:
        sys.exit("usage: check.py DIR")
    root = sys.argv[1]
    mk = os.path.join(root, ".seventhgen")
    if not os.path.exists(mk) or not open(mk, encoding="utf-8").read().startswith("seventhgen output; --docs "):
        err("marker missing or wrong")
    cj = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    uj = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    cust = {}
    for c in cj:
        if list(c) != CKEYS:
            err("customer keys %s" % c.get("id"))
        if c["id"] in cust:
            err("duplicate customer %s" % c["id"])
        cust[c["id"]] = c
    units = {}
    for u in uj:
        if list(u) != UKEYS:
            err("unit keys %s" % u.get("serial"))
        k = canon_serial(u["serial"])
        if k in units:
            err("duplicate serial %s" % u["serial"])
        units[k] = u
        if u["owner"] not in cust:
            err("unknown owner %s" % u["serial"])
        if not (u["purchase_date"] <= u["install_date"] < u["warranty_until"]):
            err("unit dates %s" % u["serial"])
        last = None
        for m in u["moves"]:
            if m["from"] not in cust or m["to"] not in cust or m["date"] <= u["install_date"]:
                err("bad move %s" % u["serial"])
            last = m["to"]
        if last and last != u["owner"]:
            err("last move is not the owner %s" % u["serial"])

    def owner_on(u, d):
        o = u["moves"][0]["from"] if u["moves"] else u["owner"]
        for m in u["moves"]:
            if d >= m["date"]:
                o = m["to"]
        return o

    lines = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    docs_root = os.path.join(root, "docs")
    on_disk = set()
    for dp, dn, fn in os.walk(docs_root):
        for f in fn:
            on_disk.add(os.path.relpath(os.path.join(dp, f), docs_root).replace(os.sep, "/"))
    listed = collections.Counter(l["path"] for l in lines)
    for p, n in listed.items():
        if n > 1:
            err("listed twice: " + p)
    for p in on_disk - set(listed):
        err("file without truth: " + p)
    pdftotext = shutil.which("pdftotext") and "--no-pdftotext" not in sys.argv
    stats = collections.defaultdict(collections.Counter)
    eng_ids = collections.defaultdict(set)
    form_use = collections.defaultdict(list)
    unit_days = collections.Counter()
    before = 0
    rs_docs = 0
    n_amb = 0
    for l in lines:
        p = l.get("path")
        if list(l) != KEYS:
            err("truth keys %s" % p)
            continue
        for v in l["visits"]:
            if list(v) != VKEYS:
                err("visit keys %s" % p)
        for o in l["other_dates"]:
            if list(o) != OKEYS or o["role"] not in ROLES:
                err("other date keys/role %s" % p)
        if l["kind"] not in KINDS:
            err("kind %s" % p)
        for k in ("kind", "lang", "encoding", "template"):
            stats[k][l[k]] += 1
        stats["ext"][p.rsplit(".", 1)[1]] += 1
        full = os.path.join(docs_root, p)
        if not os.path.exists(full):
            err("missing file " + p)
            continue
        data = open(full, "rb").read()
        ext = p.rsplit(".", 1)[1]
        try:
            if ext == "docx":
                text = docx_text(data)
            elif ext == "xlsx":
                text = xlsx_text(data)
            elif ext == "pdf":
                text = pdf_text(data)
            else:
                enc = l["encoding"]
                if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
                    err("no BOM " + p)
                if enc != "utf-8-sig" and data.startswith(b"\xef\xbb\xbf"):
                    err("unexpected BOM " + p)
                text = data.decode(enc)
        except Exception as e:  # noqa
            err("cannot read %s: %s" % (p, e))
            continue
        text = text.replace("\r\n", "\n")
        ptext = None
        if ext == "pdf" and pdftotext:
            ptext = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", full, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            ptext = re.sub(r"[ \t]+", " ", ptext)
        # strings
        strs = [l[k] for k in ("customer_as_written", "serial_as_written", "model_as_written", "visit_date_as_written", "fault", "cause",
                               "action", "engineer", "number") if l[k]]
        strs += [o["as_written"] for o in l["other_dates"]] + list(l["serials_as_written"])
        for v in l["visits"]:
            strs += [v[k] for k in ("date_as_written", "fault", "cause", "action", "engineer", "number") if v[k]]
        for s in strs:
            if s not in text:
                err("%s: %r not in text" % (p, s))
            elif ptext is not None and re.sub(r"[ \t]+", " ", s) not in ptext:
                err("%s: %r not in pdftotext output" % (p, s))
        # customer, unit
        kind = l["kind"]
        if kind == "training":
            if l["customer"] is not None or not l["model"] or l["visits"] or l["visit_date"] or l["other_dates"]:
                err("training rules " + p)
        else:
            if l["customer"] not in cust:
                err("unknown customer " + p)
                continue
        u = None
        if l["serial"]:
            u = units.get(canon_serial(l["serial"]))
            if not u:
                err("unknown unit " + p)
                continue
            if canon_serial(l["serial_as_written"]) != canon_serial(u["serial"]):
                err("serial as written %s" % p)
            if l["model"] != u["model"]:
                err("model %s" % p)
        if l["model_as_written"] and canon_model(l["model_as_written"]) != canon_model(l["model"]):
            err("model as written %s" % p)
        # dates
        lang = l["lang"]
        allowed = set()
        if l["visit_date"]:
            allowed.add(l["visit_date"])
            if parse_one(l["visit_date_as_written"], lang) != l["visit_date"]:
                err("%s: visit date %r does not read as %s" % (p, l["visit_date_as_written"], l["visit_date"]))
        for v in l["visits"]:
            allowed.add(v["date"])
            if parse_one(v["date_as_written"], lang) != v["date"]:
                err("%s: visit %r does not read as %s" % (p, v["date_as_written"], v["date"]))
            if u and v["date"] < u["install_date"]:
                err("visit before install " + p)
            if u and owner_on(u, v["date"]) != l["customer"]:
                err("%s: unit not owned by %s on %s" % (p, l["customer"], v["date"]))
            unit_days[(l["serial"], v["date"])] += 1
            if v["engineer"]:
                eng_ids[v["engineer"]].add(v["engineer_id"])
        if l["engineer"]:
            eng_ids[l["engineer"]].add(l["engineer_id"])
        latest = max([v["date"] for v in l["visits"]] + ([l["visit_date"]] if l["visit_date"] else []), default=None)
        doc_units = [u] if u else [units.get(canon_serial(s)) for s in l["serials"]]
        for o in l["other_dates"]:
            allowed.add(o["date"])
            if parse_one(o["as_written"], lang) != o["date"]:
                err("%s: %s %r does not read as %s" % (p, o["role"], o["as_written"], o["date"]))
            if o["role"] in ("install", "purchase", "warranty_until"):
                key = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}[o["role"]]
                if not any(x and x[key] == o["date"] for x in doc_units):
                    err("%s: %s date matches no unit" % (p, o["role"]))
            if o["role"] == "follow_up" and l["visit_date"] and o["date"] <= l["visit_date"]:
                err("follow-up not after visit " + p)
            if o["role"] == "report_printed" and latest and o["date"] < latest:
                err("printed before latest visit " + p)
            if kind in ("repair", "service_report") and l["visit_date"] and o["date"] < l["visit_date"]:
                before += 1
        if kind in ("repair", "service_report"):
            rs_docs += 1
        masked = text
        for s in [l["serial_as_written"] or ""] + list(l["serials_as_written"]) + [l["number"] or ""] + [v["number"] or "" for v in l["visits"]]:
            if s:
                masked = masked.replace(s, " " * len(s))
        for a, b, iso, raw in find_dates(masked, lang):
            if iso not in allowed:
                err("%s: date %r (%s) has no role in the truth" % (p, raw, iso))
            if not ("2010-01-01" <= iso <= "2030-12-31"):
                err("%s: date out of range %s" % (p, iso))
        # kind rules
        vs = l["visits"]
        if kind in ("repair", "service_report"):
            if len(vs) != 1 or vs[0]["date"] != l["visit_date"] or vs[0]["fault"] != l["fault"] or vs[0]["action"] != l["action"] \
                    or vs[0]["engineer_id"] != l["engineer_id"]:
                err("repair/service visit rule " + p)
            if kind == "service_report" and (vs and vs[0]["fault"]):
                pass
        elif kind == "complaint":
            if len(vs) > 1 or (vs and vs[0]["date"] < l["visit_date"]) or not l["engineer"] or not l["action"]:
                err("complaint rule " + p)
            if u and owner_on(u, l["visit_date"]) != l["customer"]:
                err("complaint: unit not owned on receipt " + p)
        elif kind == "equipment_history":
            ds = [v["date"] for v in vs]
            if not (2 <= len(vs) <= 10) or not (ds == sorted(ds) or ds == sorted(ds, reverse=True)) or l["visit_date"] != max(ds):
                err("history rule " + p)
            else:
                top = [v for v in vs if v["date"] == max(ds)][0]
                if top["action"] != l["action"] or top["engineer_id"] != l["engineer_id"]:
                    err("history top " + p)
        elif kind == "customer_file":
            if vs or l["visit_date"] or l["engineer"]:
                err("customer file rule " + p)
            pr = [o["date"] for o in l["other_dates"] if o["role"] == "report_printed"]
            for s, sw in zip(l["serials"], l["serials_as_written"]):
                uu = units.get(canon_serial(s))
                if not uu or canon_serial(sw) != canon_serial(uu["serial"]):
                    err("listed serial %s %s" % (p, s))
                    continue
                own = owner_on(uu, pr[0]) if pr else uu["owner"]
                if own != l["customer"]:
                    err("%s: listed unit %s not the customer's" % (p, s))
            if not l["serials"]:
                err("customer file lists no unit " + p)
        # ambiguity
        amb = False
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", l["visit_date_as_written"] or "")
        if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2) and kind != "customer_file":
            amb = not re.search(r"DD/MM/YYYY|dd/mm/yyyy|日/月/年", text)
            if amb:
                for x in re.finditer(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])", text):
                    if int(x.group(1)) > 12 or int(x.group(2)) > 12:
                        amb = False
        if amb != l["date_ambiguous"]:
            err("date_ambiguous mismatch " + p)
        n_amb += amb
        # scripts
        if lang == "zh-Hans":
            bad = [ch for ch in text if ch in TRAD_ONLY]
            if bad:
                err("%s: traditional characters in zh-Hans text: %s" % (p, "".join(sorted(set(bad)))[:20]))
        if lang == "zh-Hant":
            bad = [ch for ch in text if ch in SIMP_ONLY]
            if bad:
                err("%s: simplified characters in zh-Hant text: %s" % (p, "".join(sorted(set(bad)))[:20]))
        if l["customer_as_written"]:
            form_use[canon_name(l["customer_as_written"])].append((l["customer"], p, text))
    for e, ids in eng_ids.items():
        if len(ids) > 1:
            err("engineer string %r stands for %s" % (e, sorted(ids)))
    shared = 0
    for f, uses in form_use.items():
        cs = sorted(set(c for c, _, _ in uses))
        if len(cs) > 1:
            shared += 1
            cities = [cust[c]["city"] for c in cs]
            if len(set(cities)) != len(cities):
                err("form %r used for customers of one city: %s" % (f, cs))
            for c, p, text in uses:
                if cust[c]["address"] not in text and cust[c]["city"] not in text and cust[c]["city_pinyin"] not in text:
                    err("%s: shared form %r without the customer's address or city" % (p, f))
    # report
    n = len(lines)
    print("documents: %d, customers: %d, units: %d (moved %d)" % (n, len(cust), len(units), sum(1 for u in units.values() if u["moves"])))
    for k in ("kind", "lang", "ext", "encoding"):
        print("%-9s" % k, ", ".join("%s %d (%.1f%%)" % (a, b, 100.0 * b / n) for a, b in stats[k].most_common()))
    print("templates:", len(stats["template"]), " ".join("%s:%d" % kv for kv in sorted(stats["template"].items())))
    rep = sum(c - 1 for c in unit_days.values() if c > 1)
    print("visit entries: %d, repeating a unit-day written elsewhere: %d" % (sum(unit_days.values()), rep))
    print("date_ambiguous: %d (%.2f%%)" % (n_amb, 100.0 * n_amb / max(1, n)))
    print("repair/service documents with another date before the visit date: %d of %d" % (before, rs_docs))
    forms = collections.defaultdict(set)
    for f, uses in form_use.items():
        for c, _, _ in uses:
            forms[c].add(f)
    print("customer forms: %d distinct, %.1f per customer, %d shared by customers of different cities" %
          (len(form_use), sum(len(v) for v in forms.values()) / max(1, len(forms)), shared))
    print("engineer strings: %d" % len(eng_ids))
    if n_amb > 0.02 * n:
        err("too many ambiguous dates")
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
