#!/usr/bin/env python3
"""check.py DIR — consistency check of a thirdgen output folder.

Re-reads DIR/truth.jsonl, DIR/customers.json, DIR/units.json and every document under DIR/docs
without importing the generator: it has its own text extraction (.txt .md .csv .docx .pdf .xlsx),
its own date parser and finder, its own serial canonicaliser.  Prints statistics; exits 1 on any
error.
"""

import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib
from xml.etree import ElementTree as ET

TRUTH_KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial",
              "serial_as_written", "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates",
              "date_ambiguous", "fault", "cause", "action", "engineer", "engineer_id", "number", "visits", "serials",
              "serials_as_written"]
VISIT_KEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
KINDS = ("repair", "service_report", "complaint", "equipment_history", "customer_file", "training")
ROLES = ("install", "purchase", "warranty_until", "follow_up", "report_printed")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5")
LO, HI = dt.date(2010, 1, 1), dt.date(2030, 12, 31)

# Characters that belong to one script only (made once with ICU's transforms, ambiguous ones removed).
SIMP_ONLY = "与业东丝丢两严个为丽义习乡书买乱亏产亲仓仪们价会伟传体侧储儿兰关兴养内写军农冯决况减刘刚别剂办务动区医华协单卤卫厂厅历压厦县参发变号启吴员响喷团园围国图场坏块垫声壳处备复头孙学宁实审对导寿尔尘尽层属岗岛崂币师带帮并广庄库应开异张强归当录彻态总户执扬扰抢护报择损换搅数断无旧时显晓机条来杨构枢柜标样档检楼毕气汇泽洁测济浓涛涧温湿滞满滤滨潍灯灾点烟热状独环现瓯电疗监盖盘码确禅离积称稳签类紧纠红纤约级纪纯线练组细绍经结给络绝统继续维绵缆缓编缘缩网罗职联肃胀脏脑艳节芜荫药蓝蚀补装见观规视览触计订认让训议讯记讲许论设访证评诉诊试话询该详误说请诺读课调谱负贡财贤败账货质购贴贵资赣赵踪车轨转软轴输辽达迁过运还这进远违连迟适选递遗邓邮邻郑释针钉钟钱铁铅铠银链锂错键镇镜长门闭问间阀阳阵陈随静韩项顿预频颖题风馆馈马驱驻验骏鸣鹏黄齐龙"
TRAD_ONLY = "丟並亂來倉個們偉側備傳價儀儲兒內兩別剛劉劑動務匯區協參吳員問啓單噴嚴國圍園圖團執報場塊塵墊壓壞壽孫學實寧審寫對導層屬島崗嶗師帶幣幫庫廈廠廣廳張強復徹態應戶揚換損搶擇擾攪敗數斷時曉書會東條楊業構樓標樞樣機檔檢櫃歷歸殼氣決況減測溫滯滿潔澗澤濃濕濟濤濰濱濾災為無煙熱燈爾狀獨現環甌產畢異當療發盡監盤確碼禪稱積穎穩節簽糾紀約紅純級細紹組結絕絡給統絲經維網綿緊線緣編緩練縣縮總繼續纖纜羅義習聯聲職肅脹腦與興舊艷莊華蓋蔭蕪藍藥蘭處號虧蝕衛補裝見規視親覽觀觸訂計訊訓記訪設許訴診評詢試話該詳認誤說課調請論諾講證譜議護讀變讓負財貢貨貴買貼資賢質賬購贛趙蹤車軌軍軟軸輸轉辦農這連進運過達違遞遠適遲遷選遺遼還郵鄉鄧鄭鄰醫釋釘針鉛銀鋰錄錢錯鍵鎧鎮鏈鏡鐘鐵長門閉開間閥關陣陳陽隨離電靜韓響項預頓頭頻題類顯風養館饋馬馮駐駿驅驗髒體鳴鵬鹵麗黃點齊龍"

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isascii() and c.isalnum())


# ------------------------------------------------------------------------------------------
# dates
# ------------------------------------------------------------------------------------------

MON = {}
for i, names in enumerate([("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
                           ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
                           ("oct", "october"), ("nov", "november"), ("dec", "december")]):
    for n in names:
        MON[n] = i + 1
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
CNUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"


def cn_num(s):
    if all(c in CNUM for c in s) and len(s) == 4:
        return int("".join(str(CNUM[c]) for c in s))
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
    y = int(y)
    return y + 2000 if y < 100 else y


# each pattern -> function(match) -> list of candidate dates (two for numeric day/month forms)
PATTERNS = [
    (re.compile(r"(?<![\d.\-/])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"),
     lambda m: [mk(int(m.group(1)), int(m.group(3)), int(m.group(4)))]),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})[日号]"),
     lambda m: [mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))]),
    (re.compile(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"),
     lambda m: [mk(cn_num(m.group(1)), cn_num(m.group(2)), cn_num(m.group(3)))]),
    (re.compile(r"(?<!\d)(?:民國|中華民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日"),
     lambda m: [mk(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))] if 90 <= int(m.group(1)) <= 130 else []),
    (re.compile(r"(?<![\d/.\w])(\d{3})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])"),
     lambda m: [mk(int(m.group(1)) + 1911, int(m.group(3)), int(m.group(4)))] if 90 <= int(m.group(1)) <= 130 else []),
    (re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])"), "numeric"),
    (re.compile(r"(?<![\w\-])((?:199|20[0-3])\d)(\d\d)(\d\d)(?![\w\-])"),
     lambda m: [mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))]),
    (re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTH_RE + r")\.?,? ((?:19|20)\d\d)(?!\d)", re.I),
     lambda m: [mk(int(m.group(3)), MON[m.group(2).lower()], int(m.group(1)))]),
    (re.compile(r"(?<!\d)(\d{1,2})-(" + MONTH_RE + r")-(\d{4}|\d{2})(?!\d)", re.I),
     lambda m: [mk(year2(m.group(3)), MON[m.group(2).lower()], int(m.group(1)))]),
    (re.compile(r"(?<![A-Za-z])(" + MONTH_RE + r")\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)(?!\d)", re.I),
     lambda m: [mk(int(m.group(3)), MON[m.group(1).lower()], int(m.group(2)))]),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)-(" + MONTH_RE + r")-(\d{1,2})(?!\d)", re.I),
     lambda m: [mk(int(m.group(1)), MON[m.group(2).lower()], int(m.group(3)))]),
]
MARK_DMY = ("DD/MM/YYYY", "DD.MM.YYYY", "日/月/年")
MARK_MDY = ("MM/DD/YYYY", "月/日/年")


def order_of(text):
    up = text.upper()
    if any(x in up for x in MARK_MDY):
        return "mdy"
    if any(x in up for x in MARK_DMY):
        return "dmy"
    return None


def numeric_candidates(m, order):
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    if sep == ".":
        return [mk(y, b, a)]
    if order == "dmy":
        return [mk(y, b, a)]
    if order == "mdy":
        return [mk(y, a, b)]
    return [x for x in (mk(y, b, a), mk(y, a, b)) if x]


def find_dates(text):
    """-> [(start, end, [candidate dates])] for every full date in the text"""
    order = order_of(text)
    found = []
    for rx, fn in PATTERNS:
        for m in rx.finditer(text):
            cands = numeric_candidates(m, order) if fn == "numeric" else fn(m)
            cands = [c for c in cands if c]
            if cands:
                found.append((m.start(), m.end(), cands))
    found.sort()
    out = []
    for f in found:   # drop a match inside a longer one
        if any(o[0] <= f[0] and f[1] <= o[1] and (o[0], o[1]) != (f[0], f[1]) for o in found):
            continue
        out.append(f)
    return out


def parse_written(aw, text):
    """the dates a written form can mean (the whole string must be one date, with an optional time)"""
    order = order_of(text)
    s = aw.strip()
    s = re.sub(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? ", "", s)
    s = re.sub(r"（星期.）$| 周.$", "", s)
    s = re.sub(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?| (?:上午|下午)\d{1,2}:\d{2})$", "", s)
    for rx, fn in PATTERNS:
        m = rx.fullmatch(s)
        if m:
            c = numeric_candidates(m, order) if fn == "numeric" else fn(m)
            return [x for x in c if x]
    return []


def date_ambiguous(text, aw):
    rx = PATTERNS[5][0]
    m = rx.fullmatch(aw.strip())
    if not m or m.group(2) != "/":
        return False
    a, b = int(m.group(1)), int(m.group(3))
    if a > 12 or b > 12 or a == b:
        return False
    if order_of(text):
        return False
    for mm in rx.finditer(text):
        if int(mm.group(1)) > 12 or int(mm.group(3)) > 12:
            return False
    return True


# ------------------------------------------------------------------------------------------
# text extraction
# ------------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def docx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    names = z.namelist()
    for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if need not in names:
            raise ValueError("docx without " + need)
    parts = [n for n in names if re.fullmatch(r"word/header\d*\.xml", n)] + ["word/document.xml"]
    lines = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t":
                    buf.append(el.text or "")
                elif el.tag == W + "tab":
                    buf.append("\t")
            lines.append("".join(buf))
    return "\n".join(lines)


def xlsx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            strings.append("".join(t.text or "" for t in si.iter(S + "t")))
    lines = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(S + "row"):
        cells = []
        for c in row.iter(S + "c"):
            v = c.find(S + "v")
            val = v.text if v is not None else ""
            if c.get("t") == "s":
                val = strings[int(val)]
            cells.append(val)
        lines.append("\t".join(cells))
    return "\n".join(lines)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)

    def stream(body):
        m = re.search(rb"stream\n(.*)\nendstream", body, re.S)
        raw = m.group(1)
        return zlib.decompress(raw) if b"/FlateDecode" in body else raw

    tounicode = {}
    for k, body in objs.items():
        if b"beginbfrange" in (stream(body) if b"stream" in body else b""):
            cm = stream(body).decode("ascii")
            for a, b, c in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4})>", cm):
                a, b, c = int(a, 16), int(b, 16), int(c, 16)
                for code in range(a, b + 1):
                    tounicode[code] = chr(c + code - a)
    items = []
    page = 0
    for k in sorted(objs):
        body = objs[k]
        if b"/Type /Page " in body or b"/Type /Page\n" in body:
            cref = int(re.search(rb"/Contents (\d+) 0 R", body).group(1))
            page += 1
            ops = stream(objs[cref]).decode("latin-1")
            for m in re.finditer(r"1 0 0 1 ([\d.]+) ([\d.]+) Tm (<[0-9A-F]*>|\((?:\\.|[^\\)])*\)) Tj", ops):
                x, y, s = float(m.group(1)), float(m.group(2)), m.group(3)
                if s.startswith("<"):
                    h = s[1:-1]
                    txt = "".join(tounicode.get(int(h[i:i + 4], 16), "?") for i in range(0, len(h), 4))
                else:
                    raw = re.sub(r"\\([0-7]{3})", lambda mm: chr(int(mm.group(1), 8)), s[1:-1])
                    raw = re.sub(r"\\(.)", r"\1", raw)
                    txt = raw.encode("latin-1").decode("cp1252")
                items.append((page, -y, x, txt))
    items.sort()
    lines = []
    cur = None
    for pg, ny, x, txt in items:
        key = (pg, round(ny, 1))
        if key != cur:
            lines.append([])
            cur = key
        lines[-1].append(txt)
    return "\n".join("  ".join(l) for l in lines)


def read_text(path, enc, ext):
    data = open(path, "rb").read()
    if ext == "docx":
        return docx_text(data)
    if ext == "xlsx":
        return xlsx_text(data)
    if ext == "pdf":
        return pdf_text(data)
    bom = data.startswith(b"\xef\xbb\xbf")
    if enc == "utf-8-sig" and not bom:
        raise ValueError("utf-8-sig without BOM")
    if enc != "utf-8-sig" and bom:
        raise ValueError("BOM in a file declared %s" % enc)
    text = data.decode(enc)
    return text.replace("\r\n", "\n")


# ------------------------------------------------------------------------------------------
# customers' places
# ------------------------------------------------------------------------------------------

GENERIC = set("""the of no no. people's hospital hosp municipal university univ affiliated affil first second third fourth
fifth sixth seventh eighth 1st 2nd 3rd 4th 5th 6th 7th 8th medical med laboratory lab co ltd limited center centre central
children's provincial prov disease control prevention cdc blood station technical technology customs school medicine rural
commercial bank rcb metro group education informatization it data energy storage ess tech electronics corp clinical
memorial ministry health welfare mohw dc and department dept information office division facilities facility
pathology core physical chemical testing food safety transfusion equipment biomedical engineering communication signal
power supply o&m operations maintenance comms signalling microbiology phys-chem labs services service""".split())


def place_tokens(c):
    toks = [c["city"], c["city_pinyin"]]
    name, trad = c["name"], c["traditional"] or ""
    for s in [c["city"]] + ([c["brand"]] if c["brand"] else []):
        i = name.find(s)
        if i >= 0 and len(trad) == len(name):
            toks.append(trad[i:i + len(s)])
        toks.append(s)
    if "省" in name:
        p = name[:name.index("省")]
        toks += [p, trad[:len(p)]]
    addr = c["address"] or ""
    m = re.match(r"(?:.{2,3}省)?(.{2,3}?)市", addr)
    if m:
        toks.append(m.group(1))
    words = re.findall(r"[A-Za-z][A-Za-z'&.\-]*", (c["english"] or "").split(" (")[0])
    toks += [w.strip(".") for w in words if w.lower().strip(".") not in GENERIC and len(w.strip(".")) >= 2]
    return [t for t in toks if t]


def city_tokens(c):
    toks = [c["city"], c["city_pinyin"]]
    i = c["name"].find(c["city"])
    if i >= 0 and c["traditional"] and len(c["traditional"]) == len(c["name"]):
        toks.append(c["traditional"][i:i + len(c["city"])])
    m = re.match(r"(?:.{2,3}省)?(.{2,3}?)市", c["address"] or "")
    if m:
        toks.append(m.group(1))
    return toks


def has_token(text, tok):
    if re.fullmatch(r"[A-Za-z' .\-]+", tok):
        return re.search(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", text, re.I) is not None
    return tok in text


def norm_form(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


# ------------------------------------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        print("usage: check.py DIR", file=sys.stderr)
        return 2
    root = sys.argv[1]
    customers = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    C = {}
    for c in customers:
        if c["id"] in C:
            err("customer id %s twice" % c["id"])
        C[c["id"]] = c
        for k in ("id", "name", "city", "city_pinyin", "number", "institution", "department", "english", "brand",
                  "traditional", "address"):
            if k not in c:
                err("customer %s without %s" % (c.get("id"), k))
    U = {}
    for u in units:
        k = canon(u["serial"])
        if k in U:
            err("serial %s twice" % u["serial"])
        U[k] = u
        if u["owner"] not in C:
            err("unit %s: owner %s unknown" % (u["serial"], u["owner"]))
        p, i, w = (dt.date.fromisoformat(u[x]) for x in ("purchase_date", "install_date", "warranty_until"))
        if not (p <= i < w):
            err("unit %s: purchase %s, install %s, warranty %s out of order" % (u["serial"], p, i, w))
    truth = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    docs_root = os.path.join(root, "docs")
    seen_paths = set()
    stats = collections.defaultdict(collections.Counter)
    eng_ids = collections.defaultdict(set)
    form_owner = collections.defaultdict(set)
    ambiguous = 0
    svc_docs = 0
    other_first = 0
    forms_per_customer = collections.defaultdict(set)

    for n, t in enumerate(truth):
        where = "%s (line %d)" % (t.get("path"), n + 1)
        if list(t.keys()) != TRUTH_KEYS:
            err("%s: keys %s" % (where, list(t.keys())))
            continue
        path = t["path"]
        if path in seen_paths:
            err("%s: listed twice" % where)
        seen_paths.add(path)
        full = os.path.join(docs_root, path)
        if not os.path.isfile(full):
            err("%s: file missing" % where)
            continue
        ext = path.rsplit(".", 1)[-1].lower()
        if t["kind"] not in KINDS:
            err("%s: kind %s" % (where, t["kind"]))
        if t["lang"] not in ("zh-Hans", "zh-Hant", "en"):
            err("%s: lang %s" % (where, t["lang"]))
        if t["encoding"] not in ENCODINGS:
            err("%s: encoding %s" % (where, t["encoding"]))
        try:
            text = read_text(full, t["encoding"], ext)
        except Exception as e:  # noqa: BLE001 - any failure to read is an error of the output
            err("%s: cannot read: %s" % (where, e))
            continue
        for key, val in (("kind", t["kind"]), ("lang", t["lang"]), ("encoding", t["encoding"]), ("ext", ext),
                         ("template", t["template"])):
            stats[key][val] += 1

        def occurs(label, s):
            if s is not None and s not in text:
                err("%s: %s %r not in the text" % (where, label, s))

        # customer
        cust = None
        if t["customer"] is not None:
            cust = C.get(t["customer"])
            if cust is None:
                err("%s: unknown customer %s" % (where, t["customer"]))
            occurs("customer_as_written", t["customer_as_written"])
            if cust and t["customer_as_written"]:
                aw = t["customer_as_written"]
                forms_per_customer[cust["id"]].add(aw)
                placed = any(has_token(aw, tok) for tok in place_tokens(cust))
                if not placed and not any(has_token(text, tok) for tok in city_tokens(cust)):
                    err("%s: %r names no place and the text gives no city of %s" % (where, aw, cust["id"]))
                form_owner[(norm_form(aw), None if placed else cust["city"])].add(cust["id"])
        elif t["kind"] != "training":
            err("%s: no customer" % where)
        # unit
        doc_units = []
        if t["serial"] is not None:
            u = U.get(canon(t["serial"]))
            if u is None:
                err("%s: unknown serial %s" % (where, t["serial"]))
            else:
                doc_units.append(u)
                if cust and u["owner"] != cust["id"]:
                    err("%s: unit %s belongs to %s, not %s" % (where, u["serial"], u["owner"], cust["id"]))
                if t["model"] != u["model"]:
                    err("%s: model %s, unit has %s" % (where, t["model"], u["model"]))
            occurs("serial_as_written", t["serial_as_written"])
            if t["serial_as_written"] is None or canon(t["serial_as_written"]) != canon(t["serial"]):
                err("%s: serial as written %r is not %s" % (where, t["serial_as_written"], t["serial"]))
        if t["model_as_written"] is not None:
            occurs("model_as_written", t["model_as_written"])
            if canon(t["model_as_written"]) != canon(t["model"] or ""):
                err("%s: model as written %r is not %s" % (where, t["model_as_written"], t["model"]))
        if len(t["serials"]) != len(t["serials_as_written"]):
            err("%s: serials and serials_as_written differ in length" % where)
        for s, aw in zip(t["serials"], t["serials_as_written"]):
            u = U.get(canon(s))
            if u is None:
                err("%s: unknown serial %s" % (where, s))
                continue
            doc_units.append(u)
            if cust and u["owner"] != cust["id"]:
                err("%s: listed unit %s belongs to %s" % (where, s, u["owner"]))
            occurs("serials_as_written", aw)
            if canon(aw) != canon(s):
                err("%s: %r is not %s" % (where, aw, s))
        # dates
        known = []

        def check_written(label, iso, aw):
            if iso is None:
                return None
            d = dt.date.fromisoformat(iso)
            occurs(label, aw)
            if aw is None or d not in parse_written(aw, text):
                err("%s: %s %r does not read as %s" % (where, label, aw, iso))
            if not (LO <= d <= HI):
                err("%s: %s %s out of range" % (where, label, iso))
            known.append(d)
            return d

        vd = check_written("visit_date", t["visit_date"], t["visit_date_as_written"])
        if (vd is None) != (t["visit_date_as_written"] is None):
            err("%s: visit_date and its written form disagree" % where)
        vdates = []
        for v in t["visits"]:
            if list(v.keys()) != VISIT_KEYS:
                err("%s: visit keys %s" % (where, list(v.keys())))
                continue
            vdates.append(check_written("visit date", v["date"], v["date_as_written"]))
            for k in ("fault", "cause", "action", "engineer", "number"):
                occurs("visit " + k, v[k])
            if v["action"] is None:
                err("%s: visit without action" % where)
            if v["engineer_id"] is None or not re.fullmatch(r"E\d\d", v["engineer_id"]):
                err("%s: visit engineer id %r" % (where, v["engineer_id"]))
            else:
                eng_ids[unicodedata.normalize("NFKC", v["engineer"]).lower()].add(v["engineer_id"])
            for u in doc_units[:1]:
                if v["date"] < u["install_date"]:
                    err("%s: visit %s before installation %s" % (where, v["date"], u["install_date"]))
        for od in t["other_dates"]:
            if od["role"] not in ROLES:
                err("%s: role %s" % (where, od["role"]))
            d = check_written("other date", od["date"], od["as_written"])
            if od["role"] in ("install", "purchase", "warranty_until"):
                key = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}[od["role"]]
                if not any(u[key] == od["date"] for u in doc_units):
                    err("%s: %s date %s matches no unit of the document" % (where, od["role"], od["date"]))
            elif vd is not None:
                latest = max([vd] + [x for x in vdates if x])
                ref = latest if od["role"] == "report_printed" else vd
                if d < ref:
                    err("%s: %s %s before the visit %s" % (where, od["role"], d, ref))
        for k in ("fault", "cause", "action", "engineer", "number"):
            occurs(k, t[k])
        if t["engineer"] is not None:
            if not t["engineer_id"] or not re.fullmatch(r"E\d\d", t["engineer_id"]):
                err("%s: engineer id %r" % (where, t["engineer_id"]))
            else:
                eng_ids[unicodedata.normalize("NFKC", t["engineer"]).lower()].add(t["engineer_id"])
        # every date in the text is accounted for (serials, models and slip numbers are not dates)
        masked = text
        for idv in [t["serial_as_written"], t["model_as_written"], t["number"]] + t["serials_as_written"] + \
                [v["number"] for v in t["visits"]]:
            if idv:
                masked = masked.replace(idv, " " * len(idv))
        for s0, e0, cands in find_dates(masked):
            if not any(c in known for c in cands):
                err("%s: date %r (%s) has no role in the truth" % (where, text[s0:e0], cands[0]))
        # kinds
        k = t["kind"]
        vs = t["visits"]
        if k in ("repair", "service_report"):
            if len(vs) != 1:
                err("%s: %s with %d visits" % (where, k, len(vs)))
            else:
                v = vs[0]
                if (v["date"], v["date_as_written"], v["fault"], v["cause"], v["action"], v["engineer"], v["engineer_id"], v["number"]) != \
                        (t["visit_date"], t["visit_date_as_written"], t["fault"], t["cause"], t["action"], t["engineer"], t["engineer_id"], t["number"]):
                    err("%s: top level differs from the visit" % where)
            svc_docs += 1
            vpos = text.find(t["visit_date_as_written"] or "\0")
            if any(0 <= text.find(od["as_written"]) < vpos for od in t["other_dates"] if od["role"] != "report_printed"):
                other_first += 1
        elif k == "complaint":
            if len(vs) > 1:
                err("%s: complaint with %d visits" % (where, len(vs)))
            for v in vs:
                if v["date"] < t["visit_date"]:
                    err("%s: site visit before the complaint" % where)
            if t["action"] is None or t["engineer"] is None:
                err("%s: complaint without action or handler" % where)
        elif k == "equipment_history":
            if not 1 <= len(vs) <= 10:
                err("%s: history with %d entries" % (where, len(vs)))
            ds = [v["date"] for v in vs]
            if ds != sorted(ds) and ds != sorted(ds, reverse=True):
                err("%s: history entries out of order" % where)
            if len(set(ds)) != len(ds):
                err("%s: two entries on one day" % where)
            if vs:
                newest = max(vs, key=lambda v: v["date"])
                if (t["visit_date"], t["fault"], t["action"], t["engineer_id"]) != (newest["date"], newest["fault"], newest["action"], newest["engineer_id"]):
                    err("%s: top level is not the newest entry" % where)
        else:
            if vs or t["visit_date"] is not None:
                err("%s: %s with visits" % (where, k))
            if k == "customer_file" and not t["serials"]:
                err("%s: customer file without units" % where)
            if k == "training" and (t["customer"] is not None or not t["model"] or not t["model_as_written"]):
                err("%s: training must name a model and no customer" % where)
        # ambiguity
        amb = bool(t["visit_date_as_written"]) and date_ambiguous(text, t["visit_date_as_written"])
        if amb != t["date_ambiguous"]:
            err("%s: date_ambiguous %s, text says %s" % (where, t["date_ambiguous"], amb))
        ambiguous += amb
        # scripts
        if t["lang"] == "zh-Hans":
            bad = sorted(set(ch for ch in text if ch in TRAD_ONLY))
            if bad:
                err("%s: traditional characters in a simplified document: %s" % (where, "".join(bad)))
        elif t["lang"] == "zh-Hant":
            bad = sorted(set(ch for ch in text if ch in SIMP_ONLY))
            if bad:
                err("%s: simplified characters in a traditional document: %s" % (where, "".join(bad)))

    for dirpath, dirnames, filenames in os.walk(docs_root):
        dirnames.sort()
        for f in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, f), docs_root)
            if rel not in seen_paths:
                err("%s: file without a truth line" % rel)
    for s, ids in sorted(eng_ids.items()):
        if len(ids) > 1:
            err("engineer %r stands for %s" % (s, sorted(ids)))
    for (form, city), ids in sorted(form_owner.items(), key=lambda x: (x[0][0], x[0][1] or "")):
        if len(ids) > 1:
            err("customer form %r used for %s" % (form, sorted(ids)))
    placed_keys = collections.defaultdict(set)
    for (form, city), ids in form_owner.items():
        if city is None:
            placed_keys[form] |= ids
    for (form, city), ids in form_owner.items():
        if city is not None and placed_keys.get(form, set()) - ids:
            err("customer form %r used for %s and %s" % (form, sorted(ids), sorted(placed_keys[form])))

    total = len(truth)
    print("documents: %d   customers: %d   units: %d" % (total, len(customers), len(units)))
    for key in ("kind", "lang", "ext", "encoding", "template"):
        items = sorted(stats[key].items(), key=lambda x: (-x[1], x[0]))
        print("%-9s %s" % (key + ":", "  ".join("%s %d" % kv for kv in items)))
    nvis = sum(len(t["visits"]) for t in truth)
    distinct = len(set((t["serial"], v["date"]) for t in truth for v in t["visits"]))
    print("visits in the truth: %d (%d distinct unit-days; %d written more than once)" % (nvis, distinct, nvis - distinct))
    print("date_ambiguous: %d (%.2f %%)" % (ambiguous, 100.0 * ambiguous / max(1, total)))
    if ambiguous > 0.02 * total:
        err("date_ambiguous above 2 %%: %d of %d" % (ambiguous, total))
    print("repair/service documents with another date before the visit date: %d of %d (%.0f %%)" %
          (other_first, svc_docs, 100.0 * other_first / max(1, svc_docs)))
    fc = [len(v) for v in forms_per_customer.values()]
    print("customer names: %d distinct written forms, %.1f per customer (max %d)" %
          (sum(fc), sum(fc) / max(1, len(fc)), max(fc or [0])))
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
