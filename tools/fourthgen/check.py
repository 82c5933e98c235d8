#!/usr/bin/env python3
"""check.py DIR - re-read a fourthgen output without importing the generator and verify it.

Exit status 1 on any error. Prints counts and statistics.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib
import xml.etree.ElementTree as ET

KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written",
        "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault", "cause",
        "action", "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]
VKEYS = ["date", "date_as_written", "fault", "cause", "action", "engineer", "engineer_id", "number"]
OKEYS = ["role", "date", "as_written"]
ROLES = ("install", "purchase", "warranty_until", "follow_up", "report_printed")
KINDS = ("repair", "service_report", "complaint", "equipment_history", "customer_file", "training")

# traditional -> simplified, made once with ICU (uconv -x Traditional-Simplified) over every traditional character of
# seeds 1 and 2 (pairs: traditional, simplified)
T2S_PAIRS = (
    "丟丢並并佔占個个偉伟側侧備备傳传儀仪優优儲储內内兩两冊册凱凯別别劉刘動动務务勝胜勞劳勻匀區区協协參参吳吴員员問问啟启單单國国圍围園园圖图團团執执報报場场塊块壓压壞坏壽寿夾夹婦妇學学實实寧宁寫写寬宽對对導导屬属師师帶带庫库廠厂廢废張张彈弹後后"
    "復复徵征恆恒態态憑凭憲宪憶忆應应戶户掃扫採采換换損损搵揾撥拨擊击據据擬拟擴扩敗败數数斷断於于時时書书會会條条業业極极榮荣構构槓杠標标樣样機机檔档檢检權权歷历歸归殘残氣气氹凼沖冲況况減减測测準准溫温滅灭滯滞滿满潔洁潤润澤泽濰潍濾滤灣湾為为無无"
    "熱热燈灯燒烧營营爾尔牆墙狀状現现瑪玛環环產产異异當当療疗發发盡尽監监盤盘確确碼码稱称積积穩稳節节範范篤笃簡简簽签紀纪約约紅红紙纸級级細细紹绍組组結结絕绝絡络統统絲丝經经綜综維维網网緊紧線线緣缘編编緩缓練练縣县總总續续纖纤纜缆義义聯联聲声職职"
    "肅肃脈脉脫脱腫肿臨临臺台與与興兴華华萬万蕪芜藍蓝藥药蘇苏蘭兰處处虛虚號号蝕蚀術术裝装複复見见親亲觀观觸触計计訊讯訓训記记設设許许診诊試试話话詳详誤误說说調调請请證证識识譜谱議议護护讀读變变負负財财貴贵費费資资質质贛赣軌轨軟软軸轴載载輪轮輸输"
    "轉转辦办連连進进運运過过達达遠远適适遲迟遷迁醫医針针鉛铅銘铭錄录錯错鎖锁鏈链鏡镜鐘钟鐵铁鑒鉴長长門门閉闭開开間间閘闸閥阀閱阅關关陞升陳陈陽阳隨随雙双離离雲云電电韌韧響响頂顶項项預预頭头頻频題题額额類类顧顾風风養养餘余饋馈馬马驅驱驗验髒脏體体"
    "鬆松鴻鸿麗丽麼么黃黄點点"
)
# simplified characters that never appear in traditional text (hand list)
SIMP_ONLY = set("这们个为医检验机号维务报单点户电话时间总处设备仪发现换坏应测试样护养讯网络统码调质与开关将会议记录联态层级际权确认营业厂"
                "仓库货运输车门问题页颜风飞马鱼鸟龙体万东丝两严丽举义乐习乡书买乱争亏亚产亲亿仅从价众优伙伟传伤伦伪线图费闭锁钟")
# traditional characters that are also ordinary simplified characters
NOT_TRAD_ONLY = set("乾著麼夥於隻髮鬱瞭甦噁藉徵蒐鍾劃餘")

ERR = []


def err(msg):
    ERR.append(msg)
    if len(ERR) <= 60:
        print("ERROR:", msg)


_T2S = None


def t2s():
    global _T2S
    if _T2S is None:
        _T2S = {T2S_PAIRS[i]: T2S_PAIRS[i + 1] for i in range(0, len(T2S_PAIRS) - 1, 2)}
    return _T2S


def fold(s):
    s = unicodedata.normalize("NFKC", s).lower()
    m = t2s()
    return "".join(m.get(c, c) for c in s)


def key(s):
    return "".join(c for c in fold(s) if c.isalnum())


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isascii() and c.isalnum())


def subseq(small, big):
    it = iter(big)
    return all(c in it for c in small)


# ---------------------------------------------------------------------------------------------- text extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def docx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    names = z.namelist()
    for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if need not in names:
            raise ValueError("missing part " + need)
    lines = []
    for n in sorted(names):
        if n == "word/document.xml" or re.match(r"word/(header|footer)\d*\.xml$", n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                lines.append("".join(t.text or "" for t in p.iter(W + "t")))
        elif n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    return "\n".join(lines)


def xlsx_text(data):
    z = zipfile.ZipFile(__import__("io").BytesIO(data))
    names = z.namelist()
    if "xl/workbook.xml" not in names:
        raise ValueError("no workbook")
    shared = []
    if "xl/sharedStrings.xml" in names:
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            shared.append("".join(t.text or "" for t in si.iter(S + "t")))
    lines = []
    for n in sorted(names):
        if n.endswith(".xml") or n.endswith(".rels"):
            root = ET.fromstring(z.read(n))
        if re.match(r"xl/worksheets/sheet\d+\.xml$", n):
            for row in root.iter(S + "row"):
                cells = []
                for c in row.iter(S + "c"):
                    if c.get("t") == "inlineStr":
                        cells.append("".join(t.text or "" for t in c.iter(S + "t")))
                    elif c.get("t") == "s":
                        cells.append(shared[int(c.find(S + "v").text)])
                    else:
                        v = c.find(S + "v")
                        cells.append(v.text if v is not None else "")
                lines.append("\t".join(cells))
    return "\n".join(lines)


def pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C:
            i += 1
            n = b[i]
            if 0x30 <= n <= 0x37:
                j = i
                while j < len(b) and j < i + 3 and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i:j], 8))
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
        else:
            out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("incomplete pdf")
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)

    def stream(o):
        m = re.search(rb"stream\n(.*)\nendstream", o, re.S)
        raw = m.group(1)
        return zlib.decompress(raw) if b"/FlateDecode" in o[:m.start()] else raw
    cmap = {}
    for o in objs.values():
        m = re.search(rb"/ToUnicode (\d+) 0 R", o)
        if m:
            cm = stream(objs[int(m.group(1))]).decode("latin-1")
            for blk in re.findall(r"beginbfrange\n(.*?)\nendbfrange", cm, re.S):
                for a, b, c in re.findall(r"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>", blk):
                    for k in range(int(a, 16), int(b, 16) + 1):
                        cmap[k] = chr(int(c, 16) + k - int(a, 16))
    lines = []
    for o in objs.values():
        if b"/Type /Page " not in o and b"/Type /Page/" not in o:
            continue
        for cid in re.findall(rb"/Contents (\d+) 0 R", o):
            ops = stream(objs[int(cid)])
            for m in re.finditer(rb"<([0-9A-Fa-f]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj", ops):
                if m.group(1) is not None:
                    h = m.group(1).decode()
                    lines.append("".join(cmap.get(int(h[i:i + 4], 16), "\ufffd") for i in range(0, len(h), 4)))
                else:
                    lines.append(pdf_unescape(m.group(2)).decode("cp1252"))
    return "\n".join(lines)


def read_text(path, enc):
    data = open(path, "rb").read()
    ext = path.rsplit(".", 1)[1]
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
        raise ValueError("BOM but encoding %s" % enc)
    return data.decode(enc).replace("\r\n", "\n")


# ---------------------------------------------------------------------------------------------- dates
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
CNUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MONRE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE_RES = [
    ("cnnum", re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")),
    ("ymd_cn", re.compile(r"(?:中華民國|民國)?(?<!\d)(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]")),
    ("ymd", re.compile(r"(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")),
    ("roc", re.compile(r"(?<![\d./-])(1[01]\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d.])")),
    ("dmy_num", re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)")),
    ("dmy_name", re.compile(r"(?i)(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ -]?(?:of )?" + MONRE + r"[ ,-]*(\d{4}|\d{2})(?![\d:])")),
    ("mdy_name", re.compile(r"(?i)\b" + MONRE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")),
]


def cn_small(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CNUM[s[1]]
    if len(s) == 3 and s[1] == "十":
        return CNUM[s[0]] * 10 + CNUM[s[2]]
    if len(s) == 2 and s[1] == "十":
        return CNUM[s[0]] * 10
    return CNUM[s]


def mkdate(y, m, d):
    try:
        return __import__("datetime").date(y, m, d)
    except ValueError:
        return None


def find_dates(text, month_first):
    """yield (start, end, as_written, date) for every full date; longest match wins"""
    found = []
    for name, rx in DATE_RES:
        for m in rx.finditer(text):
            g = m.groups()
            if name == "cnnum":
                y = int("".join(str(CNUM[c]) for c in g[0]))
                d = mkdate(y, cn_small(g[1]), cn_small(g[2]))
            elif name == "ymd_cn":
                y = int(g[0])
                if len(g[0]) == 4:
                    d = mkdate(y, int(g[1]), int(g[2]))
                elif 80 <= y <= 130:
                    d = mkdate(y + 1911, int(g[1]), int(g[2]))
                else:
                    continue
            elif name == "ymd":
                d = mkdate(int(g[0]), int(g[2]), int(g[3]))
            elif name == "roc":
                d = mkdate(int(g[0]) + 1911, int(g[2]), int(g[3]))
            elif name == "dmy_num":
                a, b = int(g[0]), int(g[2])
                d = mkdate(int(g[3]), a, b) if month_first else mkdate(int(g[3]), b, a)
            elif name == "dmy_name":
                y = int(g[2])
                y = y + 2000 if y < 100 else y
                d = mkdate(y, MON[g[1].lower()], int(g[0]))
            else:
                d = mkdate(int(g[2]), MON[g[0].lower()], int(g[1]))
            found.append((m.start(), m.end(), m.group(0).strip(" ,-"), d))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last = [], -1
    for f in found:
        if f[0] >= last:
            out.append(f)
            last = f[1]
    return out


def parse_one(s, month_first):
    f = find_dates(s, month_first)
    if len(f) != 1 or f[0][3] is None:
        return None
    st, en, aw, d = f[0]
    if s[st:en].strip(" ,-") != s.strip(" ,-") and not s.startswith(s[st:en]):
        return None
    if len(s) - (en - st) > 4:
        return None
    return d


MARKER = re.compile(r"(?i)(dd/mm/yyyy|mm/dd/yyyy|dd/mm/aaaa|dd\.mm\.yyyy)")


# ---------------------------------------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py DIR")
    root = sys.argv[1]
    mk = os.path.join(root, ".fourthgen")
    if not os.path.exists(mk):
        err("no .fourthgen marker")
    elif not re.fullmatch(r"fourthgen output; --docs \d+ --seed -?\d+\n", open(mk, encoding="utf-8").read()):
        err("marker line malformed")
    custs = json.load(open(os.path.join(root, "customers.json"), encoding="utf-8"))["customers"]
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))["units"]
    C = {}
    for c in custs:
        if list(c.keys()) != ["id", "name", "city", "city_pinyin", "number", "institution", "department", "english", "brand",
                              "traditional", "address"]:
            err("customer keys %s" % c["id"])
        if c["id"] in C:
            err("duplicate customer id %s" % c["id"])
        C[c["id"]] = c
    U, cser = {}, set()
    by_owner = collections.defaultdict(list)
    for u in units:
        if list(u.keys()) != ["serial", "model", "owner", "install_date", "purchase_date", "warranty_until", "family"]:
            err("unit keys %s" % u["serial"])
        k = canon(u["serial"])
        if k in cser:
            err("duplicate serial %s" % u["serial"])
        cser.add(k)
        U[k] = u
        if u["owner"] not in C:
            err("unit %s owner %s unknown" % (u["serial"], u["owner"]))
        by_owner[u["owner"]].append(u)
        if not (u["purchase_date"] <= u["install_date"] < u["warranty_until"]):
            err("unit %s dates out of order" % u["serial"])
    nc = len(custs)
    # place words of each customer (folded)
    place = {}
    regkeys = {}
    deptkeys = {}
    instkey = {}
    for c in custs:
        words = [c["city"], c["city_pinyin"]]
        if c["address"]:
            m = re.match(r"^(.{2,3}?)(省|壮族自治区)", c["address"])
            if m:
                words.append(m.group(1))
        place[c["id"]] = [key(w) for w in words if w]
        regkeys[c["id"]] = [key(c["name"]), key(c["traditional"]), key(c["english"])]
        dk = []
        if c["department"]:
            dk = [key(c["department"]), key(c["english"].split(", ")[0])]
        deptkeys[c["id"]] = [x for x in dk if x]
        instkey[c["id"]] = key(c["name"]).replace(key(c["department"]), "") if c["department"] else key(c["name"])

    truth = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
    paths = set()
    stats = collections.defaultdict(collections.Counter)
    eng_ids = {}
    form_use = collections.defaultdict(set)
    amb = 0
    before = [0, 0]
    visit_days = collections.Counter()
    n_vis = 0
    for t in truth:
        p = t.get("path")
        if list(t.keys()) != KEYS:
            err("%s: keys %s" % (p, list(t.keys())))
            continue
        for v in t["visits"]:
            if list(v.keys()) != VKEYS:
                err("%s: visit keys" % p)
        for o in t["other_dates"]:
            if list(o.keys()) != OKEYS or o["role"] not in ROLES:
                err("%s: other date %s" % (p, o))
        if p in paths:
            err("%s listed twice" % p)
        paths.add(p)
        full = os.path.join(root, "docs", p)
        if not os.path.isfile(full):
            err("%s missing" % p)
            continue
        try:
            text = read_text(full, t["encoding"])
        except Exception as e:  # noqa
            err("%s: cannot read (%s)" % (p, e))
            continue
        kind, lang = t["kind"], t["lang"]
        if kind not in KINDS or lang not in ("zh-Hans", "zh-Hant", "en"):
            err("%s: kind/lang" % p)
        ext = p.rsplit(".", 1)[1]
        for k_, v_ in (("kind", kind), ("lang", lang), ("ext", ext), ("encoding", t["encoding"]), ("template", t["template"])):
            stats[k_][v_] += 1
        # customer and units
        cid = t["customer"]
        doc_units = []
        if kind == "training":
            if cid is not None or t["serial"] is not None or t["visits"] or t["visit_date"] is not None or t["fault"]:
                err("%s: training with customer/unit/visits" % p)
            if not t["model"] or not t["model_as_written"] or canon(t["model_as_written"]) != canon(t["model"]):
                err("%s: training model" % p)
        else:
            if cid not in C:
                err("%s: customer %s unknown" % (p, cid))
                continue
            if not t["customer_as_written"]:
                err("%s: no customer_as_written" % p)
        if t["serial"] is not None:
            u = U.get(canon(t["serial"]))
            if u is None or u["owner"] != cid:
                err("%s: serial %s not a unit of %s" % (p, t["serial"], cid))
            else:
                doc_units.append(u)
                if u["model"] != t["model"]:
                    err("%s: model %s != unit model" % (p, t["model"]))
            if t["serial_as_written"] is not None and canon(t["serial_as_written"]) != canon(t["serial"]):
                err("%s: serial_as_written %r" % (p, t["serial_as_written"]))
            if t["model_as_written"] is not None and canon(t["model_as_written"]) != canon(t["model"]):
                err("%s: model_as_written %r" % (p, t["model_as_written"]))
        if len(t["serials"]) != len(t["serials_as_written"]):
            err("%s: serials lengths" % p)
        for s, sw in zip(t["serials"], t["serials_as_written"]):
            u = U.get(canon(s))
            if u is None or u["owner"] != cid:
                err("%s: listed serial %s not of %s" % (p, s, cid))
            elif canon(sw) != canon(s):
                err("%s: listed serial written %r" % (p, sw))
            elif u not in doc_units:
                doc_units.append(u)
        if kind == "customer_file" and sorted(canon(s) for s in t["serials"]) != sorted(canon(u["serial"]) for u in by_owner[cid]):
            err("%s: customer file does not list every unit" % p)
        # every string in the text
        strs = [("customer", t["customer_as_written"]), ("serial", t["serial_as_written"]), ("model", t["model_as_written"]),
                ("visit date", t["visit_date_as_written"]), ("fault", t["fault"]), ("cause", t["cause"]), ("action", t["action"]),
                ("engineer", t["engineer"]), ("number", t["number"])]
        for v in t["visits"]:
            strs += [("visit date", v["date_as_written"]), ("visit fault", v["fault"]), ("visit cause", v["cause"]),
                     ("visit action", v["action"]), ("visit engineer", v["engineer"]), ("visit number", v["number"])]
        strs += [("other date", o["as_written"]) for o in t["other_dates"]] + [("serial", s) for s in t["serials_as_written"]]
        for what, s in strs:
            if s is not None and s not in text:
                err("%s: %s %r not in text" % (p, what, s))
        # engineers
        for e, eid in [(t["engineer"], t["engineer_id"])] + [(v["engineer"], v["engineer_id"]) for v in t["visits"]]:
            if e is None:
                continue
            if not eid or not re.fullmatch(r"E\d\d", eid):
                err("%s: engineer id %r" % (p, eid))
            if eng_ids.setdefault(e, eid) != eid:
                err("%s: engineer %r is %s and %s" % (p, e, eng_ids[e], eid))
        # dates
        month_first = bool(re.search(r"(?i)mm/dd/yyyy", text))
        known = {}
        if t["visit_date"]:
            known[t["visit_date"]] = "visit"
        for v in t["visits"]:
            known[v["date"]] = "visit"
        for o in t["other_dates"]:
            known.setdefault(o["date"], o["role"])
        for aw, iso in [(t["visit_date_as_written"], t["visit_date"])] + [(v["date_as_written"], v["date"]) for v in t["visits"]] + \
                [(o["as_written"], o["date"]) for o in t["other_dates"]]:
            if aw is None and iso is None:
                continue
            d = parse_one(aw or "", month_first)
            if d is None or d.isoformat() != iso:
                err("%s: date %r does not read as %s (%s)" % (p, aw, iso, d))
            elif not ("2010-01-01" <= iso <= "2030-12-31"):
                err("%s: date %s out of range" % (p, iso))
        masked = text
        masks = [t["number"]] + [v["number"] for v in t["visits"]] + [t["serial_as_written"], t["model_as_written"]] + \
            t["serials_as_written"]
        for u in by_owner.get(cid, []):
            cs = canon(u["serial"])
            masks += [u["serial"], cs, u["serial"].lower(), u["serial"].replace("-", "."), u["serial"].replace("-", " "),
                      " ".join(cs[i:i + 4] for i in range(0, len(cs), 4))]
        for m_ in sorted(set(x for x in masks if x), key=len, reverse=True):
            masked = masked.replace(m_, "#" * len(m_))
        masked = unicodedata.normalize("NFKC", masked) if lang != "en" else masked
        for st, en, aw, d in find_dates(masked, month_first):
            if d is None:
                err("%s: impossible date %r" % (p, aw))
            elif d.isoformat() not in known:
                err("%s: date %r (%s) in text has no role in the truth" % (p, aw, d))
        vis_dates = [v["date"] for v in t["visits"]] + ([t["visit_date"]] if t["visit_date"] and kind != "complaint" else [])
        first_date_pos = {}
        for o in t["other_dates"]:
            if o["role"] in ("install", "purchase", "warranty_until"):
                field = {"install": "install_date", "purchase": "purchase_date", "warranty_until": "warranty_until"}[o["role"]]
                if not any(u[field] == o["date"] for u in doc_units):
                    err("%s: %s date %s matches no unit of the document" % (p, o["role"], o["date"]))
            if o["role"] == "follow_up" and t["visit_date"] and o["date"] < t["visit_date"]:
                err("%s: follow-up before the visit" % p)
            if o["role"] == "report_printed" and vis_dates and o["date"] < max(vis_dates):
                err("%s: printed date before the latest visit" % p)
        for v in t["visits"]:
            for u in doc_units[:1]:
                if v["date"] < u["install_date"]:
                    err("%s: visit %s before installation" % (p, v["date"]))
            if doc_units:
                visit_days[(canon(doc_units[0]["serial"]), v["date"])] += 1
            n_vis += 1
        # kind rules
        vs = t["visits"]
        if kind in ("repair", "service_report"):
            top = {"date": t["visit_date"], "date_as_written": t["visit_date_as_written"], "fault": t["fault"], "cause": t["cause"],
                   "action": t["action"], "engineer": t["engineer"], "engineer_id": t["engineer_id"], "number": t["number"]}
            if len(vs) != 1 or vs[0] != top:
                err("%s: %s must have one visit equal to the top level" % (p, kind))
            if not t["action"] or not t["engineer"]:
                err("%s: no action/engineer" % p)
            if t["serial"] is None:
                err("%s: no unit" % p)
            # another date before the visit date?
            pos_v = text.find(t["visit_date_as_written"])
            others = [text.find(o["as_written"]) for o in t["other_dates"] if o["role"] != "report_printed"]
            before[1] += 1
            if any(0 <= x < pos_v for x in others):
                before[0] += 1
        elif kind == "complaint":
            if len(vs) > 1 or (vs and vs[0]["date"] < t["visit_date"]):
                err("%s: complaint visits" % p)
            if not t["engineer"] or not t["action"] or not t["fault"]:
                err("%s: complaint without handler/action/fault" % p)
        elif kind == "equipment_history":
            ds = [v["date"] for v in vs]
            if not (1 <= len(vs) <= 10) or not (ds == sorted(ds) or ds == sorted(ds, reverse=True)) or len(set(ds)) != len(ds):
                err("%s: history visits not in one order" % p)
            newest = max(vs, key=lambda v: v["date"]) if vs else None
            if newest and (t["visit_date"] != newest["date"] or t["engineer"] != newest["engineer"] or t["action"] != newest["action"]):
                err("%s: history top level is not the newest entry" % p)
        elif kind == "customer_file":
            if vs or t["visit_date"] or t["engineer"] or not t["serials"]:
                err("%s: customer file with visits / without units" % p)
        # ambiguity
        a = False
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t["visit_date_as_written"] or "")
        if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1).lstrip("0") != m.group(2).lstrip("0") \
                and not MARKER.search(text):
            a = not any(int(x[0]) > 12 or int(x[2]) > 12 for x in re.findall(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2\d{4}", text))
        if a != t["date_ambiguous"]:
            err("%s: date_ambiguous %s, text says %s" % (p, t["date_ambiguous"], a))
        amb += t["date_ambiguous"]
        # scripts
        if lang == "zh-Hans":
            bad = sorted(set(c for c in text if c in t2s() and c not in NOT_TRAD_ONLY))
            if bad:
                err("%s: traditional characters in zh-Hans: %s" % (p, "".join(bad[:10])))
        elif lang == "zh-Hant":
            bad = sorted(set(c for c in text if c in SIMP_ONLY))
            if bad:
                err("%s: simplified characters in zh-Hant: %s" % (p, "".join(bad[:10])))
        # customer forms
        if cid in C and t["customer_as_written"]:
            f = t["customer_as_written"]
            k = key(f)
            form_use[k].add((cid, any(pk in k for pk in place[cid])))
            ftext = key(text)
            if k not in regkeys[cid] and not any(pk in k for pk in place[cid]) and not any(pk in ftext for pk in place[cid]):
                ks = k
                for dk in deptkeys[cid]:
                    ks = ks.replace(dk, "")
                for o in custs:
                    if o["id"] != cid and instkey[o["id"]] != instkey[cid] and any(subseq(ks or k, rk) for rk in regkeys[o["id"]]):
                        err("%s: customer form %r names no place, fits %s too, and the text gives no city" % (p, f, o["id"]))
                        break
    # files without truth
    for dp, dn, fn in os.walk(os.path.join(root, "docs")):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), os.path.join(root, "docs")).replace(os.sep, "/")
            if rel not in paths:
                err("%s has no truth line" % rel)
    for k, uses in form_use.items():
        ids = sorted(set(c for c, _ in uses))
        if len(ids) > 1:
            cities = [C[c]["city"] for c in ids]
            if any(hp for _, hp in uses) or len(set(cities)) != len(cities):
                err("written form %r used for %s" % (k, ", ".join(ids)))
    n = len(truth)
    if n and amb / n > 0.02:
        err("ambiguous share %.1f %% > 2 %%" % (100.0 * amb / n))
    # report
    print("documents: %d, customers: %d, units: %d" % (n, nc, len(units)))
    for k_ in ("kind", "lang", "ext", "encoding", "template"):
        print("%-9s" % k_, ", ".join("%s %d (%.1f%%)" % (a_, b_, 100.0 * b_ / n) for a_, b_ in sorted(stats[k_].items(), key=lambda x: (-x[1], x[0]))))
    rep = sum(c - 1 for c in visit_days.values() if c > 1)
    print("visits: %d entries, %d unit-days, %d entries repeat a unit-day written elsewhere" % (n_vis, len(visit_days), rep))
    print("date_ambiguous: %d (%.2f%%)" % (amb, 100.0 * amb / max(1, n)))
    print("repair/service documents with another date before the visit date: %d of %d (%.1f%%)" % (
        before[0], before[1], 100.0 * before[0] / max(1, before[1])))
    per = collections.Counter(c for k, uses in form_use.items() for c in set(x for x, _ in uses))
    print("written customer forms: %d distinct, %.1f per customer (max %d)" % (len(form_use), sum(per.values()) / max(1, len(per)),
                                                                             max(per.values()) if per else 0))
    print("engineer strings: %d for %d engineers" % (len(eng_ids), len(set(eng_ids.values()))))
    if ERR:
        print("%d error(s)" % len(ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
