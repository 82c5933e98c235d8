#!/usr/bin/env python3
"""Consistency check of a fifthgen output folder.  python3 tools/fifthgen/check.py DIR  (exit 1 on error)

Independent of fifthgen.py: own text extraction (.txt/.md/.csv, .docx, .xlsx, .pdf), own date finder and
parser, own serial canonicaliser."""
import collections, datetime as dt, json, os, re, sys, unicodedata, zipfile, zlib
import xml.dom.minidom as minidom

KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written",
        "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault",
        "cause", "action", "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]
VKEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
OKEYS = ["role", "date", "as_written"]
ROLES = ["install", "purchase", "warranty_until", "follow_up", "report_printed"]
KINDS = ["repair", "service_report", "complaint", "equipment_history", "customer_file", "training"]
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
CNUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CNUM["零"] = 0
# traditional-only characters that must not appear in zh-Hans text, and simplified-only ones for zh-Hant
TRAD_ONLY = set("們個來對時會說過還發這樣後裡邊點現機體開關門問題當經與為學習書寫讀寶實驗檢測醫務電腦網絡軟資訊數據溫濕壓導線應該請謝單據號碼維護報價廠廣東華濟區縣場處")
SIMP_ONLY = set("们个来对时会说过还这样后边点现机体开关门问题当经与为学习书写读宝实验检测医务电脑网络软资讯数据温湿压导线应该请谢单据号码维护报价厂广东华济区县场处")
errors = []


def err(msg):
    errors.append(msg)


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isascii() and c.isalnum())


def canon_serial(s):
    return canon(s).replace("O", "0")


# ------------------------------------------------------------ extraction
def docx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    names = z.namelist()
    for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if need not in names:
            raise ValueError("missing part " + need)
    out = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            minidom.parseString(z.read(n))
    for n in ["word/document.xml"] + [x for x in names if re.match(r"word/(header|footer)\d*\.xml$", x)]:
        x = z.read(n).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x, re.S):
            s = ""
            for m in re.finditer(r"<w:t[^>]*>(.*?)</w:t>|<w:tab/>", p, re.S):
                s += "\t" if m.group(0) == "<w:tab/>" else m.group(1)
            out.append(unesc(s))
    return "\n".join(out)


def unesc(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def xlsx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            minidom.parseString(z.read(n))
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        x = z.read("xl/sharedStrings.xml").decode("utf-8")
        sst = [unesc("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))) for si in re.findall(r"<si>(.*?)</si>", x, re.S)]
    x = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    lines = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", x, re.S):
        cells = []
        for m in re.finditer(r'<c r="[A-Z]+\d+"( t="(\w+)")?><v>(.*?)</v></c>', row):
            cells.append(sst[int(m.group(3))] if m.group(2) == "s" else m.group(3))
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-20:]:
        raise ValueError("incomplete pdf")
    lines = []
    for m in re.finditer(rb"<< /Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        n = int(m.group(1))
        raw = zlib.decompress(data[m.end():m.end() + n])
        if b"beginbfrange" in raw:
            continue
        for op in raw.decode("latin-1").split("\n"):
            mm = re.search(r"/F(\d) [\d.]+ Tf [\d.]+ [\d.]+ Td (.*) Tj ET", op)
            if not mm:
                continue
            s = mm.group(2)
            if mm.group(1) == "2":
                h = s[1:-1]
                lines.append("".join(chr(int(h[k:k + 4], 16)) for k in range(0, len(h), 4)))
            else:
                b = re.sub(r"\\(.)", r"\1", s[1:-1]).encode("latin-1")
                lines.append(b.decode("cp1252"))
    return "\n".join(lines)


# ------------------------------------------------------------ dates
def mkdate(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def cn_int(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CNUM[a] if a else 1) * 10 + (CNUM[b] if b else 0)
    return CNUM[s]


DATE_RES = [
    ("cnnum", re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")),
    ("cn", re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]")),
    ("roc", re.compile(r"(?<!\d)(\d{2,3})年(\d{1,2})月(\d{1,2})日")),
    ("ymd", re.compile(r"(?<![\d.])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])")),
    ("rocn", re.compile(r"(?<![\d./])(1[01]\d)([./])(\d{1,2})\2(\d{1,2})(?![\d./])")),
    ("num", re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])")),
    ("dmon", re.compile(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?[ -]?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ -]?(\d{4}|'\d{2})", re.I)),
    ("mond", re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")),
]


def find_dates(text, marker):
    """Yield (span, date or None, form)."""
    taken = []
    out = []
    for kind, rx in DATE_RES:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groups()
            d = None
            if kind == "cnnum":
                d = mkdate(int("".join(str(CNUM[c]) for c in g[0])), cn_int(g[1]), cn_int(g[2]))
            elif kind == "cn":
                d = mkdate(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "roc":
                d = mkdate(int(g[0]) + 1911, int(g[1]), int(g[2]))
            elif kind == "ymd":
                d = mkdate(int(g[0]), int(g[2]), int(g[3]))
            elif kind == "rocn":
                d = mkdate(int(g[0]) + 1911, int(g[2]), int(g[3]))
            elif kind == "num":
                a, b, y = int(g[0]), int(g[2]), g[3]
                y = int(y) + (2000 if len(y) == 2 else 0)
                if g[1] == ".":
                    d = mkdate(y, b, a)
                elif marker == "MDY":
                    d = mkdate(y, a, b)
                else:
                    d = mkdate(y, b, a)
            elif kind == "dmon":
                y = g[2]
                y = 2000 + int(y[1:]) if y.startswith("'") else int(y)
                d = mkdate(y, MON[g[1][:3].lower()], int(g[0]))
            elif kind == "mond":
                d = mkdate(int(g[2]), MON[g[0][:3].lower()], int(g[1]))
            taken.append(m.span())
            out.append((m.span(), d, m.group(0)))
    return out


def marker_of(text):
    if "MM/DD/YY" in text:
        return "MDY"
    return "DMY"


def parse_one(s, marker):
    f = find_dates(s, marker)
    if len(f) != 1:
        return None
    return f[0][1]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py DIR")
    root = sys.argv[1]
    mk = os.path.join(root, ".fifthgen")
    if not os.path.exists(mk) or not open(mk, encoding="utf-8").read().startswith("fifthgen output; --docs "):
        err("marker .fifthgen missing or wrong")
    customers = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    cmap = {c["id"]: c for c in customers}
    if len(cmap) != len(customers):
        err("duplicate customer ids")
    umap = {}
    for u in units:
        k = canon(u["serial"])
        if k in umap:
            err("duplicate serial " + u["serial"])
        umap[k] = u
        if u["owner"] not in cmap:
            err("unit owner missing " + u["serial"])
        if not (u["purchase_date"] <= u["install_date"] < u["warranty_until"]):
            err("unit dates out of order " + u["serial"])
    per_c = collections.Counter(u["owner"] for u in units)
    for c in customers:
        if not (1 <= per_c[c["id"]] <= 7):
            err(f"customer {c['id']} has {per_c[c['id']]} units")

    def owner_at(u, d):
        own = u["moves"][0]["from"] if u["moves"] else u["owner"]
        for mv in u["moves"]:
            if d >= mv["date"]:
                own = mv["to"]
        return own

    truth = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    paths = set()
    eng_ids = collections.defaultdict(set)
    form_cust = collections.defaultdict(set)
    amb = 0
    before = 0
    nrs = 0
    stats = collections.Counter()
    repeats = collections.Counter()
    for t in truth:
        p = t.get("path")
        if list(t.keys()) != KEYS:
            err(f"{p}: keys {list(t.keys())}")
            continue
        stats["kind " + t["kind"]] += 1
        stats["lang " + t["lang"]] += 1
        stats["ext " + p.rsplit(".", 1)[1]] += 1
        stats["enc " + t["encoding"]] += 1
        stats["tpl " + t["template"]] += 1
        if p in paths:
            err(f"{p}: listed twice")
        paths.add(p)
        fp = os.path.join(root, "docs", p)
        if not os.path.exists(fp):
            err(f"{p}: missing")
            continue
        data = open(fp, "rb").read()
        ext = p.rsplit(".", 1)[1]
        try:
            if ext in ("txt", "md", "csv"):
                if t["encoding"] == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
                    err(f"{p}: no BOM")
                if t["encoding"] != "utf-8-sig" and data.startswith(b"\xef\xbb\xbf"):
                    err(f"{p}: unexpected BOM")
                text = data.decode(t["encoding"]).replace("\r\n", "\n")
            elif ext == "docx":
                text = docx_text(data)
            elif ext == "xlsx":
                text = xlsx_text(data)
            elif ext == "pdf":
                text = pdf_text(data)
            else:
                err(f"{p}: unknown extension")
                continue
        except Exception as e:  # noqa
            err(f"{p}: cannot read ({e})")
            continue
        if t["kind"] not in KINDS:
            err(f"{p}: kind")
        # strings present
        for k in ("customer_as_written", "serial_as_written", "model_as_written", "visit_date_as_written", "fault", "cause",
                  "action", "engineer", "number"):
            if t[k] is not None and t[k] not in text:
                err(f"{p}: {k} {t[k]!r} not in text")
        for v in t["visits"]:
            if list(v.keys()) != VKEYS:
                err(f"{p}: visit keys")
            for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
                if v[k] is not None and v[k] not in text:
                    err(f"{p}: visit {k} {v[k]!r} not in text")
        for s in t["serials_as_written"]:
            if s not in text:
                err(f"{p}: listed serial {s!r} not in text")
        # customer and unit
        c = None
        if t["customer"] is not None:
            c = cmap.get(t["customer"])
            if c is None:
                err(f"{p}: unknown customer")
        elif t["kind"] != "training":
            err(f"{p}: customer missing")
        u = None
        if t["serial"] is not None:
            u = umap.get(canon(t["serial"]))
            if u is None:
                err(f"{p}: unknown serial")
            else:
                if t["serial_as_written"] is None or canon_serial(t["serial_as_written"]) != canon_serial(u["serial"]):
                    err(f"{p}: written serial {t['serial_as_written']!r} != {u['serial']}")
                if t["model"] != u["model"]:
                    err(f"{p}: model")
        if t["model_as_written"] is not None and canon(t["model_as_written"]) != canon(t["model"] or ""):
            err(f"{p}: written model {t['model_as_written']!r}")
        for s, sw in zip(t["serials"], t["serials_as_written"]):
            uu = umap.get(canon(s))
            if uu is None or uu["owner"] != t["customer"] or canon_serial(sw) != canon(s):
                err(f"{p}: listed serial {s}")
        if t["kind"] == "customer_file":
            mine = sorted(canon(x["serial"]) for x in units if x["owner"] == t["customer"])
            if sorted(canon(s) for s in t["serials"]) != mine:
                err(f"{p}: customer file does not list every unit")
        # dates
        marker = marker_of(text)
        masked = text
        for s in [t["serial_as_written"], t["model_as_written"], t["number"], t["model"]] + t["serials_as_written"] + \
                [v["number"] for v in t["visits"]]:
            if s:
                masked = masked.replace(s, " " * len(s))
        allowed = set()
        if t["visit_date"]:
            allowed.add(t["visit_date"])
            d = parse_one(t["visit_date_as_written"], marker)
            if d is None or d.isoformat() != t["visit_date"]:
                err(f"{p}: visit date {t['visit_date_as_written']!r} reads {d}")
        for v in t["visits"]:
            allowed.add(v["date"])
            d = parse_one(v["date_as_written"], marker)
            if d is None or d.isoformat() != v["date"]:
                err(f"{p}: visit entry date {v['date_as_written']!r} reads {d}")
            if u is not None and v["date"] < u["install_date"]:
                err(f"{p}: visit before installation")
            if u is not None and owner_at(u, v["date"]) != t["customer"]:
                err(f"{p}: unit not owned by the customer on {v['date']}")
            repeats[(t["serial"], v["date"])] += 1
        latest = max([v["date"] for v in t["visits"]] + ([t["visit_date"]] if t["visit_date"] else []), default=None)
        for o in t["other_dates"]:
            if list(o.keys()) != OKEYS or o["role"] not in ROLES:
                err(f"{p}: other date keys/role")
                continue
            allowed.add(o["date"])
            d = parse_one(o["as_written"], marker)
            if d is None or d.isoformat() != o["date"]:
                err(f"{p}: other date {o['as_written']!r} reads {d}")
            if o["as_written"] not in text:
                err(f"{p}: other date {o['as_written']!r} not in text")
            if o["role"] in ("install", "purchase", "warranty_until"):
                key = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}[o["role"]]
                cands = [u] if u else [umap.get(canon(s)) for s in t["serials"]]
                if not any(x and x[key] == o["date"] for x in cands):
                    err(f"{p}: {o['role']} date matches no unit")
            if o["role"] == "follow_up" and t["visit_date"] and o["date"] < t["visit_date"]:
                err(f"{p}: follow-up before visit")
            if o["role"] == "report_printed" and latest and o["date"] < latest:
                err(f"{p}: printed before the latest visit")
        if t["kind"] in ("repair", "service_report") and any(
                text.find(o["as_written"]) < text.find(t["visit_date_as_written"]) for o in t["other_dates"]
                if o["role"] in ("install", "purchase", "warranty_until", "follow_up")):
            before += 1
        for span, d, form in find_dates(masked, marker):
            if d is None:
                err(f"{p}: unreadable date {form!r}")
            elif not ("2010-01-01" <= d.isoformat() <= "2030-12-31"):
                err(f"{p}: date out of range {form!r}")
            elif d.isoformat() not in allowed:
                err(f"{p}: date {form!r} ({d}) has no role")
        # kinds
        k = t["kind"]
        vs = t["visits"]
        if k in ("repair", "service_report"):
            nrs += 1
            if len(vs) != 1 or vs[0]["date"] != t["visit_date"] or vs[0]["engineer"] != t["engineer"] or \
                    vs[0]["fault"] != t["fault"] or vs[0]["action"] != t["action"]:
                err(f"{p}: repair/service visit mismatch")
        elif k == "complaint":
            if len(vs) > 1 or (vs and vs[0]["date"] < t["visit_date"]) or not t["engineer"] or not t["action"]:
                err(f"{p}: complaint visits")
        elif k == "equipment_history":
            ds = [v["date"] for v in vs]
            if not (2 <= len(vs) <= 10) or (ds != sorted(ds) and ds != sorted(ds, reverse=True)) or t["visit_date"] != max(ds):
                err(f"{p}: history visits")
        else:
            if vs or t["visit_date"] or t["engineer"]:
                err(f"{p}: {k} with visits/date/engineer")
            if k == "customer_file" and not t["serials"]:
                err(f"{p}: customer file lists no unit")
            if k == "training" and not t["model"]:
                err(f"{p}: training without model")
        # ambiguity
        vw = t["visit_date_as_written"]
        a = False
        if vw and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", vw):
            x, y, _ = vw.split("/")
            a = int(x) <= 12 and int(y) <= 12 and x != y and not re.search(r"(DD|MM)/(MM|DD)/YY", text) and not any(
                int(m.group(1)) > 12 or int(m.group(2)) > 12
                for m in re.finditer(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])", text))
        if a != t["date_ambiguous"]:
            err(f"{p}: date_ambiguous should be {a}")
        amb += a
        # scripts
        han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
        if t["lang"] == "zh-Hans":
            bad = [ch for ch in han if ch in TRAD_ONLY]
            if bad:
                err(f"{p}: traditional characters in zh-Hans: {''.join(bad[:5])}")
        if t["lang"] == "zh-Hant":
            bad = [ch for ch in han if ch in SIMP_ONLY]
            if bad:
                err(f"{p}: simplified characters in zh-Hant: {''.join(bad[:5])}")
        # engineers and customer forms
        for e, eid in [(t["engineer"], t["engineer_id"])] + [(v["engineer"], v["engineer_id"]) for v in vs]:
            if e:
                eng_ids[e].add(eid)
        if t["customer_as_written"]:
            key = "".join(ch for ch in unicodedata.normalize("NFKC", t["customer_as_written"]).lower() if ch.isalnum())
            form_cust[key].add((t["customer"], c["city"] if c else None, p, (c["city"] in text or c["city_pinyin"] in text or c["address"] in text)
                                if c else False))
    # every file listed
    for dp, dn, fn in os.walk(os.path.join(root, "docs")):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), os.path.join(root, "docs")).replace(os.sep, "/")
            if rel not in paths:
                err(f"{rel}: file without truth line")
    for e, ids in sorted(eng_ids.items()):
        if len(ids) > 1:
            err(f"engineer string {e!r} stands for {sorted(ids)}")
    nforms = collections.Counter()
    for key, uses in sorted(form_cust.items()):
        cs = sorted(set(x[0] for x in uses))
        for x in uses:
            nforms[x[0]] += 0
        if len(cs) > 1:
            cities = set(x[1] for x in uses)
            if len(cities) < len(cs) or not all(x[3] for x in uses):
                err(f"customer form {key!r} used for {cs}")
    per_cust = collections.Counter()
    for key, uses in form_cust.items():
        for cid in set(x[0] for x in uses):
            per_cust[cid] += 1
    n = len(truth)
    print(f"{n} documents, {len(customers)} customers, {len(units)} units, {sum(1 for u in units if u['moves'])} relocated")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    print(f"  ambiguous: {amb} ({100.0 * amb / max(1, n):.2f} %)")
    print(f"  repair/service docs with another date before the visit date: {100.0 * before / max(1, nrs):.1f} %")
    print(f"  visit entries: {sum(repeats.values())}, repeating a unit-day written elsewhere: "
          f"{sum(v for v in repeats.values() if v > 1)}")
    print(f"  written customer forms per customer: mean {sum(per_cust.values()) / max(1, len(per_cust)):.1f}, "
          f"max {max(per_cust.values(), default=0)}")
    if amb > 0.02 * n:
        err("too many ambiguous dates")
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
