#!/usr/bin/env python3
"""Write bench/quality/corpus-queries.jsonl: judged queries over the bundled sample corpus.

Usage:  python3 bench/quality/make_corpus_queries.py [--check] [--explain ID|CATEGORY|all]

  (no option)    build, validate, write the .jsonl and print per-category statistics
  --check        build, validate and print the statistics without writing the file
  --explain X    for review: the relevant documents of a query (or a category, or all) and,
                 for gain 2, the subject-zone lines that hold the query's terms

Python 3 standard library only.  Relevance is derived from the corpus generator's ground truth
(tools/corpus-gen: meta.py customers / units, common.DOCS registry, ledgers.LEDGERS) and from the
documents' own text, never from kb's answers.  The query strings are chosen by hand below (each
with a comment on what it targets); which documents are relevant, and how much, is computed by
the rules stated per category.

Document keys are kb's source names: the path relative to corpus/archive, and for a CSV ledger
row `path#row=N`, numbered exactly as kb's LedgerReader does (see ledger_rows below).

Gains: 2 = the document is exactly what the query asks for (the term is its subject: title,
file name, device, fault / cause fields, article keywords or headings); 1 = partially relevant
(mentioned in passing, another model of the family, a file that only lists the unit, ...).
Unlisted documents have gain 0.
"""
import collections
import json
import os
import re
import statistics
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
GEN = os.path.join(ROOT, "tools", "corpus-gen")
ARCH = os.path.join(ROOT, "corpus", "archive")
OUT = os.path.join(HERE, "corpus-queries.jsonl")

sys.dont_write_bytecode = True  # leave no __pycache__ in tools/corpus-gen
sys.path.insert(0, GEN)
import common  # noqa: E402  (the document registry)
import meta  # noqa: E402  (customers with name variants, units)
import ledgers  # noqa: E402  (the CSV ledgers)
# Importing the docs_* modules registers their documents in common.DOCS.
import docs_da7600, docs_centrifuge, docs_repair_misc, docs_records, docs_cq, docs_train_kb  # noqa: E402,F401


# =============================================================================================
# Script folding.  Chinese words match "in either script": text and query are both folded to
# simplified characters with the table below - every traditional-only character of the zh-Hant
# documents, plus those of the customer names in meta.py.  Each cross-script query is checked
# to fold onto its stated simplified target, so a missing entry fails loudly instead of
# silently shrinking a relevant set.
# =============================================================================================
T2S_PAIRS = """
並并 個个 側侧 偵侦 備备 傳传 價价 儀仪 儘尽 償偿 內内 兩两 凍冻 別别 劑剂 動动 務务 區区 協协 參参
員员 問问 單单 園园 報报 場场 塗涂 墊垫 壓压 壞坏 學学 實实 寫写 將将 對对 屬属 師师 庫库 廈厦 廠厂
張张 強强 彌弥 彎弯 後后 復复 態态 慣惯 應应 戶户 採采 換换 掃扫 損损 擔担 敗败 數数 斷断 於于 時时
暫暂 書书 會会 東东 樓楼 樣样 機机 檔档 檢检 欄栏 歷历 歸归 氣气 沖冲 減减 準准 滅灭 滯滞 滿满 潔洁
潤润 灣湾 為为 無无 熱热 燈灯 營营 爍烁 狀状 現现 產产 當当 發发 監监 確确 稱称 穩稳 範范 簡简 簽签
籃篮 紀纪 約约 紙纸 級级 組组 結结 絡络 給给 統统 維维 緊紧 線线 編编 練练 總总 繫系 續续 習习 聯联
聲声 脫脱 腎肾 臨临 臺台 與与 蓋盖 處处 號号 術术 補补 裝装 複复 見见 計计 訊讯 討讨 訓训 記记 訪访
設设 診诊 註注 試试 話话 誌志 認认 語语 誤误 說说 課课 調调 請请 講讲 識识 議议 變变 貨货 責责 買买
費费 資资 質质 購购 軸轴 載载 輕轻 輸输 連连 週周 進进 運运 過过 遠远 適适 選选 遺遗 鄭郑 釋释 針针
鉛铅 銘铭 錄录 錯错 鍵键 鎖锁 鐘钟 長长 門门 閃闪 開开 間间 關关 陳陈 陸陆 際际 雙双 雜杂 離离 電电
靈灵 響响 須须 預预 顆颗 題题 類类 顯显 風风 養养 餘余 饋馈 驗验 體体 鹼碱 黃黄 點点 龍龙 併并 恆恒
測测 異异 蝕蚀 訴诉 護护 轉转 醫医 頭头 縣县 嶽岳 瀾澜 鉑铂 嶺岭 雲云 據据 職职 業业 啟启 濾滤 盤盘
溫温 塵尘 腳脚 塊块 鹵卤 驅驱 負负 節节 憶忆 鬆松 積积 觸触 圖图 讀读 讓让 決决 億亿 廣广 錶表 殘残 紋纹
""".split()
T2S = {}
for _p in T2S_PAIRS:
    assert len(_p) == 2 and _p[0] != _p[1], _p
    T2S[_p[0]] = _p[1]


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def fold_zh(s):
    """NFKC, lower case, traditional -> simplified (table above), whitespace removed."""
    s = nfkc(s).lower()
    return "".join(T2S.get(c, c) for c in s if not c.isspace())


def fold_code(s):
    """For serials and models: NFKC, upper case, whitespace and - / : removed (meta.canon)."""
    return meta.canon(s)


# =============================================================================================
# Loading the documents: registry entries (text as written by the generator), the two .docx
# files from the committed archive (their text is built in office.py, which needs python-docx),
# and one document per CSV ledger row, numbered as kb numbers them.
# =============================================================================================
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_lines(path):
    """Paragraphs and table rows of word/document.xml.  Headings are prefixed with '# ';
    a table row of label/value cells becomes 'label：value' lines (as kb's DocxReader does)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    lines = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            style = el.find(f"{W}pPr/{W}pStyle")
            t = ptext(el)
            if style is not None and re.match(r"(Heading|Title)", style.get(W + "val", "")):
                t = "# " + t
            lines.append(t)
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = [" ".join(ptext(p) for p in tc.iter(W + "p")).strip() for tc in tr.iter(W + "tc")]
                if len(cells) in (2, 4) and all(len(cells[i]) <= 6 and not re.search(r"\d", cells[i])
                                                 for i in range(0, len(cells), 2)):
                    for i in range(0, len(cells), 2):
                        lines.append(f"{cells[i]}：{cells[i + 1]}")
                else:
                    lines.append(" | ".join(cells))
    return "\n".join(lines)


def decode_file(path, enc):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(enc)


def csv_parse(text):
    """A port of kb's LedgerReader.parse (Sources/ArchiveIndex/Reading/Readers.swift): RFC 4180 records;
    a quote opens a quoted field only at the start of a field; CR is dropped outside quotes; a
    blank line is a record with one empty cell.  Returns the list of records."""
    rows, row, field = [], [], []
    quoted = after_quote = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        i += 1
        if quoted:
            if c == '"':
                if i < n:
                    nxt = text[i]
                    i += 1
                    if nxt == '"':
                        field.append('"')
                    else:
                        quoted, after_quote = False, True
                        i -= 1  # re-read nxt unquoted
                else:
                    quoted = False
            else:
                field.append(c)
            continue
        if c == '"' and not field and not after_quote:
            quoted = True
        elif c == ",":
            row.append("".join(field)); field = []; after_quote = False
        elif c == "\r":
            continue
        elif c == "\n":
            row.append("".join(field)); field = []; after_quote = False
            rows.append(row); row = []
        else:
            field.append(c)
    if quoted:
        raise ValueError("unclosed quote")
    if field or row:
        row.append("".join(field)); rows.append(row)
    return rows


def ledger_rows(path, enc):
    """kb's LedgerReader.rows: the header is the first record with a non-blank cell; data records
    follow; a record whose cells are all blank is skipped but still counted; N (the part
    "row=N") = headerIndex + offset + 2, i.e. the 1-based number of the *record* (not the physical
    line: a quoted cell with an embedded newline does not add a row).  Returns
    [(N, header, cells)]."""
    table = csv_parse(decode_file(path, enc))
    h = next(i for i, r in enumerate(table) if any(c.strip() for c in r))
    header = [c.strip() for c in table[h]]
    out = []
    for offset, r in enumerate(table[h + 1:]):
        cells = [c.strip() for c in r]
        if all(not c for c in cells):
            continue
        out.append((h + offset + 2, header, cells))
    return out


class Doc:
    def __init__(self, key, path, kind, lang, units, text, fields, headings, title_lines, is_row=False):
        self.key, self.path, self.kind, self.lang, self.units = key, path, kind, lang, units
        self.text, self.fields, self.headings, self.title_lines = text, fields, headings, title_lines
        self.is_row = is_row
        # What "the document contains" means here: its file name (without extension) and its text.
        self.search_text = os.path.splitext(os.path.basename(path))[0] + "\n" + text
        self.ftext = fold_zh(self.search_text)
        self.subject = self._subject()
        self.fsubject = fold_zh(self.subject)

    # ------------------------------------------------------------------ subject zone
    def field_values(self, roles):
        return [v for (lab, v) in self.fields if label_role(lab) in roles]

    def is_routine(self):
        """A routine visit - preventive maintenance, installation, follow-up check - lists the
        checks made, not a fault (title line, file name, or a ledger row's 客户反映 / 服务方式)."""
        rx = re.compile(r"(?<![A-Za-z])PM(?![A-Za-z])|保养|保養|Preventive|装机|裝機|回访检查|复查")
        if self.is_row:
            return bool(rx.search(" ".join(self.field_values({"fault"})))) or any(
                lab in ("服务方式", "服務方式") and v in ("装机", "合同保养") for lab, v in self.fields)
        return bool(rx.search(os.path.basename(self.path) + " " + " ".join(self.title_lines)))

    def _zones(self):
        """The parts of a document that say what it is about (gain 2 when a term occurs here):
        - every document: file name, title line(s), the device / product field (not in
          customer files, whose device list is not their subject);
        - repair cards, complaints, quality feedback and ledger rows: the fault (客户反映,
          故障现象, Problem, Symptom ...), cause (故障原因, 原因分析, Cause, Check ...) and action
          (处理方法, 处理措施, Action Taken, a ledger's 服务内容 ...) fields - except routine
          visits (is_routine: PM, installation, follow-up), where only the fault field counts;
        - knowledge-base articles and training material: title, keyword line, section headings.
        Everything else (histories in equipment records and customer files, case lists in
        articles, the checklist of a PM, register tables, remarks, parts, follow-up notes) is a
        passing mention (gain 1)."""
        zones = [("file", os.path.basename(self.path))] + [("title", t) for t in self.title_lines]
        roles = ["device"] if self.kind != "customer" else []  # a customer file lists devices
        if self.kind in ("repair", "complaint", "quality") or self.is_row:
            roles += ["fault"] if self.is_routine() else ["fault", "cause", "action"]
        if self.kind in ("kb", "training"):
            roles += ["keywords"]
            zones += [("heading", h) for h in self.headings]
        zones += [(label_role(lab), v) for lab, v in self.fields if label_role(lab) in roles]
        return zones

    def _subject(self):
        self.zones = self._zones()
        return "\n".join(t for _z, t in self.zones)


# Field labels (folded: NFKC, lower case, simplified, no spaces) and their role.
ROLES = {
    "fault": "客户反映 故障现象 故障描述 客诉内容 symptom problem fault 现象",
    "cause": "故障原因 原因分析 cause check investigation 质量部结论 质量部回复 品保回覆 qareply",
    "action": "处理方法 处理措施 服务内容 处理 action actiontaken resolution 现场",
    "device": "设备名称 设备 equipment instrument 产品",
    "keywords": "关键词 关键字 keywords",
    "customer": "客户名称 客户 使用单位 customer customername",
    "model": "型号 产品型号 设备型号 model models 适用型号",
}
LABEL_ROLE = {}
for _role, _labels in ROLES.items():
    for _l in _labels.split():
        LABEL_ROLE[fold_zh(_l)] = _role


def label_role(label):
    return LABEL_ROLE.get(fold_zh(label).rstrip("."))


LABEL_RE = re.compile(r"^([^\s：:|，。,;；()（）\d\-][^：:|，。,;；\d]{0,20}?)\s*[：:]\s*(.*)$")


def parse_fields(text):
    """'label：value' / 'Label: value' lines (also indented, and as Markdown items '- label：value'),
    each with its continuation lines: the following lines up to the next label line, a Markdown
    heading, or a blank line once the field has a value.  A label line is one whose label has a
    known role, or a short label (<= 12 characters, no digits or sentence punctuation)."""
    fields = []
    cur = None
    for raw in text.split("\n"):
        s = re.sub(r"^[-*]\s+", "", raw.strip())
        if s.startswith("#"):  # a heading ends the field
            cur = None
            continue
        m = LABEL_RE.match(s)
        if m and (label_role(m.group(1)) is not None or len(m.group(1).strip()) <= 12):
            cur = [m.group(1).strip(), m.group(2).strip()]
            fields.append(cur)
        elif not s:
            if cur is not None and cur[1]:
                cur = None
        elif cur is not None:
            cur[1] = (cur[1] + "\n" + raw.strip()).strip()
    return [(a, b) for a, b in fields]


def headings_of(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if (s.startswith("#") or re.match(r"^[一二三四五六七八九十]+、", s)
                or re.match(r"^\d+\.\s+[A-Z][A-Za-z ()\"\-,]*$", s)):
            out.append(s)
    return out


def title_lines_of(text, kind):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    n = 2 if kind in ("training",) else 1  # training files open with "培训资料" + the real title
    return lines[:n]


def load_docs():
    docs = []
    for d in common.DOCS:
        path = os.path.join(ARCH, d["path"])
        if d["fmt"] == "docx":
            text = docx_lines(path)
        else:
            text = d["text"]
            if d["fmt"] == "txt":  # the committed file must be the registry's text
                on_disk = decode_file(path, d["enc"]).replace("\r\n", "\n")
                assert on_disk == text, "corpus differs from the generator: " + d["path"]
        docs.append(Doc(d["path"], d["path"], d["kind"], d["lang"], list(d["units"]), text,
                        parse_fields(text), headings_of(text), title_lines_of(text, d["kind"])))
    for l in ledgers.LEDGERS:
        rows = ledger_rows(os.path.join(ARCH, l["path"]), l["enc"])
        assert [c for (_n, _h, c) in rows] == [[x.strip() for x in r] for r in l["rows"]], l["path"]
        for n, header, cells in rows:
            fields = [(header[i] if i < len(header) and header[i] else f"column {i + 1}", c)
                      for i, c in enumerate(cells) if c]
            text = "\n".join(f"{a}：{b}" for a, b in fields)
            units = [u for u, (sn, *_r) in meta.UNITS.items() if fold_code(sn) in fold_code(text)]
            docs.append(Doc(f"{l['path']}#row={n}", l["path"], "repair", l["lang"], units, text,
                            fields, [], [], is_row=True))
    keys = [d.key for d in docs]
    assert len(keys) == len(set(keys)) == 138, len(keys)
    return docs


DOCS = load_docs()
BY_KEY = {d.key: d for d in DOCS}


# =============================================================================================
# Terms and how a document matches them.
# =============================================================================================
# PASSING: subject-zone mentions that are not the document's subject, so the document keeps
# gain 1 for that term: the text says the part was checked and found fine ("碳刷、测速传感器均
# 正常", "驱动板 OK"), quotes a normal reading as a verification step ("压差28mV，正常",
# "Background count OK"), only refers to another record ("客訴單 TW-C-2204-03", "已開品質回饋"),
# or lists earlier faults ("历次故障为碳刷、测速传感器、不平衡、驱动板").  Found by reviewing, with
# --explain, every gain-2 candidate of this query set ('?' marks lines worth a look); keys are
# (document, term) with the term as the rules print it (folded Chinese word, English family head).
R13 = "repair/2021/一院_TDL5M_speed_20210111.txt"
R15 = "repair/2023/叫修登记与维修记录_TDL5M_20230315.txt"
R17 = "repair/2023/FW-2023-0233_柳溪县中医院_离心机.txt"
P02 = "complaints/TS-2023-006_投诉反馈表_一院_离心机转速异常.txt"
PASSING = {
    (R13, "碳刷"), (R13, "驱动板"),                 # "不是 2019 年那种碳刷问题 (… OK)", "- 驱动板 OK"
    (R15, "碳刷"), (R15, "测速传感器"),             # "碳刷、测速传感器均正常"
    (R17, "碳刷"), (R17, "测速传感器"),             # "检查碳刷（…剩 10mm 正常）、测速传感器正常"
    (P02, "碳刷"), (P02, "测速传感器"), (P02, "不平衡"),  # "历次故障为碳刷、测速传感器、不平衡、驱动板"
    ("ledger/服务信息台帐_2022-2024.csv#row=11", "压差"),             # "正常充满，压差28mV"
    ("repair/2023/岳澜新能源_LFP48100_BMS保护无法充电.txt", "压差"),  # "单体压差 28mV，正常"
    ("repair/pdf/FW-2023-0688_服务报告单_一院检验科_已签字.pdf", "纤维蛋白"),  # advice to the lab
    ("repair/2023/澜铂检验_DA7600_E23_0719.txt", "信号线"),           # "针本身和信号线都正常"
    ("complaints/TS-2023-014_投诉反馈表_一院检验科_E23.txt", "信号线"),  # "与 2020 年信号线问题不是同一原因"
    ("ledger/服務紀錄_台灣區_2021-2024.csv#row=7", "品质回馈"),       # "已開品質回饋"
    ("repair/2023/服務報告單_H1850R_不平衡_20230516.txt", "品质回馈"),  # "已另開品質回饋單"
    ("repair/2022/修護卡_澄心醫院_DA-7600_20220418.txt", "客诉"),     # "客訴單 TW-C-2204-03"
    ("repair/2023/望川职院_交换机风扇_20230330.txt", "port flapping"),  # "查了上次 port flapping 的口，无 flap 记录"
    ("repair/2023/望川职院_交换机风扇_20230330.txt", "flap"),
    ("repair/2022/SR-2022-0147_DA7600_lamp.txt", "swap"),             # "had already swapped to spare lamp? -> no"
    ("repair/2021/HK-SR-21-0412_HangHo_HA5180.txt", "background"),    # "Background count OK" (verification)
}


class Zh:
    """A Chinese word, matched in either script (fold_zh), whitespace ignored."""
    def __init__(self, word):
        self.word, self.f = word, fold_zh(word)

    def in_text(self, d):
        return self.f in d.ftext

    def in_subject(self, d):
        return self.f in d.fsubject and (d.key, self.f) not in PASSING

    def __repr__(self):
        return self.word


class En:
    """An English word's stem family (its inflected and derived forms, listed by hand), or a
    phrase of such families; case-insensitive, on NFKC text, whole words."""
    def __init__(self, *families, extra=()):
        # families: one string per word, forms separated by '|'; extra: literal forms that also
        # count (only used for a typo that the corpus itself contains, see english_typo).
        alts = [f.split("|") for f in families]
        if extra:
            alts[0] = alts[0] + list(extra)
        words = [r"(?:%s)" % "|".join(re.escape(a) for a in sorted(w, key=len, reverse=True)) for w in alts]
        self.rx = re.compile(r"(?<![a-z0-9])" + r"[\s\-_]+".join(words) + r"(?![a-z0-9])")
        self.name = " ".join(a[0] for a in alts)

    def in_text(self, d):
        return bool(self.rx.search(nfkc(d.search_text).lower()))

    def in_subject(self, d):
        return bool(self.rx.search(nfkc(d.subject).lower())) and (d.key, self.name) not in PASSING

    def __repr__(self):
        return self.name


class Code:
    """An alarm code such as E23: not preceded by a letter or digit, not followed by a digit."""
    def __init__(self, code):
        self.code = code
        self.rx = re.compile(r"(?<![0-9A-Z])%s(?![0-9])" % re.escape(code.upper()))

    def in_text(self, d):
        return bool(self.rx.search(nfkc(d.search_text).upper()))

    def in_subject(self, d):
        return bool(self.rx.search(nfkc(d.subject).upper())) and (d.key, self.code) not in PASSING

    def __repr__(self):
        return self.code


def word_gain(d, term):
    if not term.in_text(d):
        return 0
    return 2 if term.in_subject(d) else 1


def most_terms_gain(d, terms):
    """All terms present: 2 if one of them is in the subject zone, else 1; at least half of
    them (but not all): 1."""
    gains = [word_gain(d, t) for t in terms]
    present = sum(1 for g in gains if g)
    if present == len(terms):
        return 2 if max(gains) == 2 else 1
    return 1 if present * 2 >= len(terms) else 0


def judge(fn):
    return {d.key: g for d in DOCS for g in [fn(d)] if g}


# ------------------------------------------------------------------ units, models, customers
UNIT_CANON = {u: fold_code(sn) for u, (sn, *_r) in meta.UNITS.items()}
UNIT_MODEL = {u: fold_code(model) for u, (_sn, model, *_r) in meta.UNITS.items()}
MODELS = sorted(set(UNIT_MODEL.values()))          # DA7600 TDL5M H1850R HA5180 LFP48100 ...
OWNER = {u: cust for u, (_sn, _m, _dev, cust) in meta.UNITS.items()}


def unit_gain(d, unit):
    """serial_variant / partial_serial: the registry says which documents carry which unit's
    serial (common.doc(..., units) - checked against the files by tools/corpus-gen/readme.py);
    a ledger row carries it when the row's text contains the canonical serial.
    2 = a record of that unit: a repair card / service report, equipment record, complaint or
        quality form, or ledger row that carries this unit and no other;
    1 = any other document that carries the serial (customer files and knowledge-base articles
        that list the unit, a call register listing several units)."""
    if unit not in d.units:
        return 0
    return 2 if d.kind in ("repair", "equipment", "complaint", "quality") and d.units == [unit] else 1


def model_field_values(d):
    return [fold_code(v) for v in d.field_values({"model"})]


def model_gain(d, model):
    """model_variant: 2 = a document about the model - its own unit(s) are all of that model,
    or the model is in its model field (型号, Model, 适用型号 ...), title or file name - unless it
    is a customer file (which only lists the customer's units: 1);
    1 = the model is only mentioned (a customer file, a call register, a training list of
    models, a repair card of another product that names it)."""
    if model not in fold_code(d.search_text):
        return 0
    own = {UNIT_MODEL[u] for u in d.units}
    fields = model_field_values(d) if d.kind != "training" else []  # "产品型号：照铭牌写，例如 DA7600…"
    about = (own == {model} or any(model in v for v in fields)
             or model in fold_code(os.path.basename(d.path)) or any(model in fold_code(t) for t in d.title_lines))
    return 2 if about and d.kind != "customer" else 1


# Customer names: meta.CUSTOMERS (canonical name + variants) and the short forms listed in
# corpus/README.md ("Frequent short forms that are not full names").
# Plus 恆澔 alone, as customers/客户信息卡_南湖大学生命科学学院.txt writes it ("曾借给恆澔").
SHORT_FORMS = {"C1": ["一院"], "C2": ["澄心醫院"], "C3": ["昱晟科技"], "C4": ["岳澜新能源"],
               "C5": ["望川职院"], "C6": ["东岭IDC"], "C7": ["柳溪中医院"], "C8": ["恆澔"],
               "C9": ["南湖大学生科院"], "C10": ["澜铂检验"]}
CUST_NAMES = {c: sorted({fold_zh(n) for n in [name] + variants + SHORT_FORMS[c]}, key=len, reverse=True)
              for c, (name, variants) in meta.CUSTOMERS.items()}


def resolve_customer(value):
    """The customer a customer-field value names (longest name variant contained in it)."""
    f = fold_zh(value)
    best = None
    for c, names in CUST_NAMES.items():
        for n in names:
            if n in f and (best is None or len(n) > best[1]):
                best = (c, len(n))
    return best[0] if best else None


def doc_customer(d):
    if d.kind in ("kb", "training"):  # "客户名称：写全称…" in a training text is no customer field
        return None
    vals = d.field_values({"customer"})
    return resolve_customer(vals[0]) if vals else None


def customer_gain(d, cust):
    """customer_fragment: 2 = the document's own customer field (客户名称, 客戶名稱, 使用单位,
    Customer ...; a ledger row's customer column) names that customer in any of its forms;
    1 = the document mentions the customer elsewhere (case lists in articles and training,
    cross-references such as "跟一院那台", call registers) or carries the serial of one of its
    units."""
    if doc_customer(d) == cust:
        return 2
    if any(n in d.ftext for n in CUST_NAMES[cust]) or any(OWNER[u] == cust for u in d.units):
        return 1
    return 0


class Model:
    """A product model (canonical: fold_code), for mixed queries."""
    def __init__(self, spelled):
        self.m = fold_code(spelled)
        assert self.m in MODELS, spelled

    def in_text(self, d):
        return self.m in fold_code(d.search_text)

    def __repr__(self):
        return self.m


# =============================================================================================
# The queries.  Each category: its rule (how relevance is computed), then the hand-chosen
# queries with a comment on what each targets.  --check prints the resulting set sizes and
# --explain the judged documents.
# =============================================================================================

# exact_chinese - a Chinese word, in the script the documents mostly use.
# Rule: relevant = documents whose file name or text contains the word in either script;
# gain 2 when it occurs in the subject zone (Doc._subject), else 1.
EXACT_CHINESE = [
    ("卤素灯", "卤素灯"),      # halogen lamp of the DA7600 photometer (lamp replaced at PM / lamp energy low)
    ("液面检测", "液面检测"),  # DA7600 sample-probe level detection (the E23 alarm)
    ("反应盘", "反应盘"),      # DA7600 reaction disk (温度异常, heater film)
    ("纤维蛋白", "纤维蛋白"),  # fibrin strands in samples (E23 at 澜铂, WBC clogs)
    ("压差", "压差"),          # LFP48100 cell voltage difference
    ("清洗针", "清洗针"),      # DA7600 wash-station nozzles (cuvette contamination)
    ("碳刷", "碳刷"),          # TDL-5M motor carbon brushes
    ("稀释液", "稀释液"),      # HA-5180 diluent (high background at 澜铂)
    ("配平", "配平"),          # centrifuge tube balancing (E05 imbalance)
    ("硬碟", "硬碟"),          # RS2290 hard disks, traditional query, traditional documents
]

# trad_to_simp - the query in traditional characters, the documents (mostly) in simplified.
# Rule: as exact_chinese for the simplified target word (either script counts); checked: the
# query folds onto the target, differs from it, and at least one relevant document is
# simplified and does not contain the query as typed.
TRAD_TO_SIMP = [
    ("驅動板", "驱动板"),          # TDL-5M drive board
    ("減震腳", "减震脚"),          # centrifuge shock-absorbing feet
    ("加熱膜", "加热膜"),          # DA7600 reaction-disk heater film
    ("燈能量低", "灯能量低"),      # DA7600 "lamp energy low"
    ("欠壓保護", "欠压保护"),      # LFP48100 BMS under-voltage protection
    ("測速傳感器", "测速传感器"),  # centrifuge speed (Hall) sensor, mainland term
    ("信號線", "信号线"),          # DA7600 sample-probe signal cable
    ("冷凝器除塵", "冷凝器除尘"),  # H1850R condenser dust removal (E12 cooling)
    ("風扇模塊", "风扇模块"),      # XG2848 switch fan module
    ("換向器", "换向器"),          # TDL-5M motor commutator
]

# simp_to_trad - the query in simplified characters, the documents (mostly) in traditional.
# Rule: as exact_chinese; checked: the query contains a character whose traditional form
# differs, and at least one relevant document is traditional and does not contain the query
# as typed.
SIMP_TO_TRAD = [
    ("热抽换", "热抽换"),              # RS2290 hot-swap of a disk (熱抽換)
    ("电源供应器", "电源供应器"),      # RS2290 power supply units (電源供應器)
    ("测速感测器", "测速感测器"),      # H1850R speed sensor, Taiwan term (測速感測器)
    ("适配器", "适配器"),              # H1850R rotor adapters (適配器)
    ("吊篮转轴", "吊篮转轴"),          # H1850R bucket pivot wear (吊籃轉軸)
    ("冷气出风口", "冷气出风口"),      # air-conditioning outlet causing condensation (冷氣出風口)
    ("品质回馈", "品质回馈"),          # Taiwan quality feedback form (品質回饋)
    ("客诉", "客诉"),                  # customer complaint, Taiwan term (客訴)
    ("降级", "降级"),                  # RAID degraded (降級)
    ("电池自检失败", "电池自检失败"),  # PW3320 UPS battery self-test failed (電池自檢失敗)
    ("重开机", "重开机"),              # restart, Taiwan wording (重開機)
]

# pinyin_full / pinyin_initials - pinyin (toneless, with or without spaces) or its initials.
# Rule: as exact_chinese for the hanzi target (stated per query); checked: the query is the
# target's pinyin (PINYIN below) or its syllables' first letters, and the target occurs in the
# corpus.  ("chongqi" for 重启 is not used: the corpus has no 重启/重啟; 重开机/重開機 instead.)
PINYIN = {
    "离心机": "li xin ji", "调整": "tiao zheng", "校准": "jiao zhun", "碳刷": "tan shua",
    "驱动板": "qu dong ban", "堵孔": "du kong", "冷凝器": "leng ning qi", "交换机": "jiao huan ji",
    "投影机": "tou ying ji", "重开机": "chong kai ji", "样本针": "yang ben zhen",
    "不平衡": "bu ping heng", "测速传感器": "ce su chuan gan qi", "加热膜": "jia re mo",
    "减震脚": "jian zhen jiao", "欠压保护": "qian ya bao hu", "换向器": "huan xiang qi",
    "灯能量低": "deng neng liang di", "鼓包": "gu bao",
}
PINYIN_FULL = [
    ("lixinji", "离心机"),      # centrifuge (the example)
    ("li xin ji", "离心机"),    # the same, syllables spaced
    ("tiaozheng", "调整"),      # "adjust" (调整 / 調整)
    ("jiaozhun", "校准"),       # calibrate (校准)
    ("tanshua", "碳刷"),        # carbon brush
    ("qudongban", "驱动板"),    # drive board
    ("dukong", "堵孔"),         # WBC aperture clog
    ("lengningqi", "冷凝器"),   # condenser
    ("jiaohuanji", "交换机"),   # network switch
    ("touyingji", "投影机"),    # projector
    ("chongkaiji", "重开机"),   # restart (重開機 in the traditional documents)
]
PINYIN_INITIALS = [
    ("lxj", "离心机"),    # centrifuge (the example)
    ("qdb", "驱动板"),    # drive board
    ("lnq", "冷凝器"),    # condenser
    ("jhj", "交换机"),    # network switch
    ("tyj", "投影机"),    # projector
    ("bph", "不平衡"),    # imbalance
    ("cscgq", "测速传感器"),  # speed sensor
    ("jrm", "加热膜"),    # heater film
    ("jzj", "减震脚"),    # shock-absorbing feet
    ("qybh", "欠压保护"),  # under-voltage protection
    ("hxq", "换向器"),    # commutator
]

# english_exact - English words or phrases as the documents write them.
# Rule: relevant = documents whose file name or text contains the word's stem family (the
# inflected/derived forms listed, whole words, case-insensitive; a phrase = its words adjacent,
# separated by space, '-' or '_'); gain 2 in the subject zone, else 1.
ENGLISH_EXACT = [
    ("thermistor", En("thermistor|thermistors")),             # HA-5180 diluent heater thermistor
    ("port flapping", En("port|ports", "flapping|flap|flaps|flapped")),  # XG2848 uplink flapping
    ("halogen lamp", En("halogen", "lamp|lamps")),            # DA7600 photometer lamp
    ("diluent", En("diluent|diluents")),                      # HA-5180 diluent lot / background
    ("firmware", En("firmware|firmwares")),                   # BMS / switch firmware upgrades
    ("aperture", En("aperture|apertures")),                   # HA-5180 counting aperture
    ("fibrin", En("fibrin")),                                 # fibrin in under-mixed samples
    ("condenser", En("condenser|condensers")),                # H1850R condenser (E12)
    ("bypass", En("bypass|bypassed|bypasses|bypassing")),     # PW3320 UPS transfer to bypass
    ("probe cleanser", En("probe|probes", "cleanser|cleansers")),  # HA-5180 cleaning reagent
    ("HDMI", En("hdmi")),                                     # EP-X560 HDMI input board
]

# english_typo - the same kind of queries with 1-2 typos per word.
# Rule: the corrected words are judged as english_exact (one family or phrase: its gain; two
# separate words: all present -> 2 if one is in the subject zone else 1, half of them -> 1).
# Checked: each typo'd word is 1-2 edits (Damerau-Levenshtein) from its word and does not occur
# in the corpus - except "centrifgue" (the example): the corpus itself has that typo
# once (repair/2022/Nanhu_H1850R_cooling_E12_20220712.txt, "refrigerated centrifgue"), so the
# literal form counts as an occurrence of "centrifuge" for this one query.
ENGLISH_TYPO = [
    ("centrifgue calibraton", [En("centrifuge|centrifuges|centrifugal", extra=["centrifgue"]),
                               En("calibrate|calibrates|calibrated|calibrating|calibration|calibrations")],
     "centrifuge calibration"),                               # the example
    ("imbalanse", [En("imbalance|imbalances|imbalanced")], "imbalance"),   # rotor imbalance (README example)
    ("thermistr", [En("thermistor|thermistors")], "thermistor"),
    ("halogne lmap", [En("halogen", "lamp|lamps")], "halogen lamp"),
    ("prot flaping", [En("port|ports", "flapping|flap|flaps|flapped")], "port flapping"),
    ("diluant", [En("diluent|diluents")], "diluent"),
    ("firmwre", [En("firmware|firmwares")], "firmware"),
    ("fibirn", [En("fibrin")], "fibrin"),
    ("condensr", [En("condenser|condensers")], "condenser"),
    ("degarded", [En("degrade|degrades|degraded|degrading|degradation")], "degraded"),  # RAID Degraded
    ("backgruond", [En("background|backgrounds")], "background"),  # HA-5180 high background
]

# english_stem - a form of the word that the corpus does not use, the documents use another.
# Rule: as english_exact for the word's stem family; checked: the query's own form does not
# occur in the corpus.
ENGLISH_STEM = [
    ("calibrations", En("calibrate|calibrates|calibrated|calibrating|calibration|calibrations")),
    ("imbalances", En("imbalance|imbalances|imbalanced")),    # rotor / cell imbalance
    ("clogging", En("clog|clogs|clogged|clogging")),          # WBC clog
    ("flapped", En("flap|flaps|flapped|flapping")),           # port flapping
    ("degradation", En("degrade|degrades|degraded|degrading|degradation")),  # RAID Degraded
    ("lamps", En("lamp|lamps")),                              # halogen / projector lamp
    ("upgrading", En("upgrade|upgrades|upgraded|upgrading")), # firmware upgrades
    ("swapping", En("swap|swaps|swapped|swapping")),          # hot swap / swapped lot
    ("intermittently", En("intermittent|intermittently")),    # intermittent faults
    ("contaminated", En("contaminate|contaminates|contaminated|contaminating|contamination")),
    ("tripping", En("trip|trips|tripped|tripping")),          # PDU breaker tripped
]

# serial_variant - a unit's serial in a format no document uses for that unit.
# Rule: unit_gain (registry units; 2 = a record of that unit alone, 1 = a file listing it);
# checked: the query is the unit's serial (meta.canon) and its format (extract.describe: width,
# case, separators, SN prefix) differs from every form the documents write for that unit.
SERIAL_VARIANT = [
    ("SN: da7600 2019 0457", "U1"),          # lower case, spaces, SN prefix
    ("da7600 2021 0833", "U3"),              # lower case, spaces
    ("tl5m/1706/0031", "U5"),                # lower case, slashes
    ("ＴＬ５Ｍ１８１１０２０９", "U6"),      # full width, no separators
    ("SN:H1850R 2020 3317", "U7"),           # spaces, SN prefix
    ("ha5180 21a 0678", "U9"),               # lower case, spaces
    ("HA5180/20A/0311", "U10"),              # slashes
    ("lfp48100 2209 0015", "U11"),           # lower case, spaces
    ("ＰＷ３３２０－１９０５－０４４２", "U13"),  # full width, dashes
    ("rs2290-tw19-00562", "U15"),            # lower case, dashes
    ("S/N: EPX560 JX 7821", "U16"),          # spaces, SN prefix
    ("pw3320 2008 0719", "U17"),             # lower case, spaces
]

# partial_serial - the last 4+ characters of a serial (a worn label).
# Rule: unit_gain for the one unit whose canonical serial ends with the query (checked unique);
# documents that merely contain the digits (e.g. report No. FW-2022-0457) are not relevant.
PARTIAL_SERIAL = [
    "0457",    # DA7600-2019-0457 (the example; FW-2022-0457 is a distractor)
    "0112",    # DA7600-2020-0112
    "0833",    # DA7600-2021-0833
    "1205",    # DA7600-2022-1205
    "0031",    # TL5M-1706-0031
    "0209",    # TL5M-1811-0209
    "3317",    # H1850R-2020-3317
    "2741",    # H1850R-2019-2741
    "0678",    # HA5180-21A-0678
    "00562",   # RS2290-TW19-00562
    "7821",    # EPX560-JX-7821
    "０７１９",  # PW3320-2008-0719, full-width digits
]

# model_variant - a model in another spelling, or a prefix of it.
# Rule: model_gain for every model whose canonical name (meta.canon) starts with the query's
# canonical form (max over them).  The corpus has one model per prefix family, so no document
# gets 1 for being "another model of the same family"; 1 is for files that only mention it.
MODEL_VARIANT = [
    "DA76",        # DA7600 by prefix (the example)
    "da7600",      # lower case
    "ＤＡ７６００",  # full width
    "tdl5m",       # TDL-5M without the dash, lower case
    "h1850r",      # lower case
    "HA 5180",     # HA-5180 with a space
    "lfp-48100",   # LFP48100 with a dash
    "pw 3320",     # PW3320 with a space
    "XG-2848",     # XG2848 with a dash
    "epx560",      # EP-X560 without the dash
    "ＲＳ２２９０",  # RS2290 full width
]

# mixed - Chinese words with codes, models or English.
# Rule: terms = the query's Chinese words (either script), alarm codes, models and English
# words; generic English words (error, alarm, fault, problem, issue) are not required.
# Relevant = documents containing every term; gain 2 when a non-model term is in the subject
# zone and, if a model is named, the document is about that model (model_gain 2); else 1.
GENERIC = {"error", "alarm", "fault", "problem", "issue"}
MIXED = [
    ("离心机 E23 error", [Zh("离心机"), Code("E23")]),        # the example (see report)
    ("DA7600 杯空白", [Model("DA7600"), Zh("杯空白")]),        # cuvette blank on the DA7600
    ("H1850R 转速异常", [Model("H1850R"), Zh("转速异常")]),    # H1850R speed abnormal
    ("LFP48100 欠压保护", [Model("LFP48100"), Zh("欠压保护")]),  # BMS under-voltage protection
    ("HA-5180 本底高", [Model("HA-5180"), Zh("本底高")]),       # high background
    ("TDL-5M 碳刷", [Model("TDL-5M"), Zh("碳刷")]),            # carbon brushes
    ("E05 吊篮", [Code("E05"), Zh("吊篮")]),                   # imbalance from the buckets
    ("XG2848 风扇", [Model("XG2848"), Zh("风扇")]),            # switch fan failure
    ("RS2290 電源供應器", [Model("RS2290"), Zh("电源供应器")]),  # server PSUs (traditional)
    ("E12 冷凝器", [Code("E12"), Zh("冷凝器")]),               # cooling failure, condenser
    ("WBC 堵孔", [En("wbc"), Zh("堵孔")]),                     # WBC clog
    ("UPS 电池告警", [En("ups"), Zh("电池告警")]),             # UPS battery alarm
]

# customer_fragment - part of a customer's name (or a short form, in another script).
# Rule: customer_gain for the one customer (checked unique) one of whose names (meta.CUSTOMERS,
# README short forms; folded) contains the query.
CUSTOMER_FRAGMENT = [
    "一院检验科",   # 某市第一人民医院检验科 (the example)
    "澄心医院",     # 台北澄心醫院檢驗科, simplified fragment of a traditional name
    "昱晟",         # 新竹昱晟科技股份有限公司
    "岳澜",         # 岳澜新能源材料有限公司
    "望川",         # 望川职业技术学院
    "东岭云",       # 东岭云数据中心
    "柳溪中医院",   # 柳溪县中医院检验科 (short form)
    "恒澔",         # 恆澔醫學化驗所, simplified
    "Hang Ho",      # 恆澔醫學化驗所, English name
    "南湖大学",     # 南湖大学生命科学学院
    "澜铂",         # 澜铂医学检验实验室
]


# =============================================================================================
# Building and checking the judged queries.
# =============================================================================================
import extract  # noqa: E402  (tools/corpus-gen/extract.py: describe() of a serial's format)

VOCAB = set()
for _d in DOCS:
    VOCAB.update(re.findall(r"[a-z]+", nfkc(_d.search_text).lower()))


def has_fold_only_match(d, query):
    """The document is relevant although it does not contain the query as typed."""
    return fold_zh(query) in d.ftext and query not in d.search_text.replace(" ", "")


def damerau(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


SN_PREFIX = re.compile(r"^\s*(?:S\s*/?\s*N|ＳＮ|Ｓ／Ｎ)\s*[:：]?\s*", re.I)


def written_formats(unit):
    """extract.describe() of every form in which the documents write this unit's serial."""
    out = set()
    for d in DOCS:
        for _raw, desc in extract.find_serial(d.text, UNIT_CANON[unit]):
            out.add(desc)
    return out


def build():
    for key, term in PASSING:  # every exception must still point at a subject-zone mention
        d = BY_KEY[key]
        assert fold_zh(term) in d.fsubject or term in nfkc(d.subject).lower(), (key, term)
    cats = collections.OrderedDict()

    def add(cat, query, rel, note="", terms=()):
        assert rel, f"{cat} {query!r}: no relevant document"
        cats.setdefault(cat, []).append((query, rel, note, list(terms)))

    for q, w in EXACT_CHINESE:
        add("exact_chinese", q, judge(lambda d: word_gain(d, Zh(w))), terms=[Zh(w)])

    for q, w in TRAD_TO_SIMP:
        assert q != w and fold_zh(q) == fold_zh(w), (q, w)
        rel = judge(lambda d: word_gain(d, Zh(w)))
        assert any(BY_KEY[k].lang in ("zh-Hans", "mixed") and has_fold_only_match(BY_KEY[k], q) for k in rel), q
        add("trad_to_simp", q, rel, w, [Zh(w)])

    for q, w in SIMP_TO_TRAD:
        assert any(c in T2S.values() for c in q), q
        rel = judge(lambda d: word_gain(d, Zh(w)))
        assert any(BY_KEY[k].lang == "zh-Hant" and has_fold_only_match(BY_KEY[k], q) for k in rel), q
        add("simp_to_trad", q, rel, terms=[Zh(w)])

    for q, w in PINYIN_FULL:
        assert q.replace(" ", "") == PINYIN[w].replace(" ", ""), (q, w)
        add("pinyin_full", q, judge(lambda d: word_gain(d, Zh(w))), w, [Zh(w)])
    for q, w in PINYIN_INITIALS:
        assert q == "".join(s[0] for s in PINYIN[w].split()), (q, w)
        add("pinyin_initials", q, judge(lambda d: word_gain(d, Zh(w))), w, [Zh(w)])

    for q, t in ENGLISH_EXACT:
        add("english_exact", q, judge(lambda d: word_gain(d, t)), terms=[t])

    for q, terms, meant in ENGLISH_TYPO:
        for typo, word in zip(q.split(), meant.split()):
            assert 1 <= damerau(typo, word) <= 2, (typo, word)
            assert typo not in VOCAB or typo == "centrifgue", f"typo {typo!r} occurs in the corpus"
        fn = (lambda d: word_gain(d, terms[0])) if len(terms) == 1 else (lambda d: most_terms_gain(d, terms))
        add("english_typo", q, judge(fn), meant, terms)

    for q, t in ENGLISH_STEM:
        assert q not in VOCAB, f"stem query {q!r} occurs in the corpus as typed"
        assert t.rx.search(q), q
        add("english_stem", q, judge(lambda d: word_gain(d, t)), terms=[t])

    for q, unit in SERIAL_VARIANT:
        m = SN_PREFIX.match(q)
        prefix, raw = (q[:m.end()], q[m.end():]) if m else ("", q)
        assert fold_code(raw) == UNIT_CANON[unit], (q, unit)
        fmt = extract.describe(raw, prefix)
        assert fmt not in written_formats(unit), (q, fmt, written_formats(unit))
        assert not any(raw in d.text for d in DOCS), q
        add("serial_variant", q, judge(lambda d: unit_gain(d, unit)), unit)

    for q in PARTIAL_SERIAL:
        tail = fold_code(q)
        units = [u for u, c in UNIT_CANON.items() if c.endswith(tail)]
        assert len(tail) >= 4 and len(units) == 1, (q, units)
        add("partial_serial", q, judge(lambda d: unit_gain(d, units[0])), units[0])

    for q in MODEL_VARIANT:
        models = [mo for mo in MODELS if mo.startswith(fold_code(q))]
        assert models, q
        add("model_variant", q, judge(lambda d: max(model_gain(d, mo) for mo in models)), ",".join(models))

    for q, terms in MIXED:
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", q) if w.lower() in GENERIC]
        assert len(terms) >= 2 and any(isinstance(t, Zh) for t in terms), q

        def mixed_gain(d, terms=terms):
            if not all(t.in_text(d) for t in terms):
                return 0
            ok_model = all(model_gain(d, t.m) == 2 for t in terms if isinstance(t, Model))
            in_subject = any(t.in_subject(d) for t in terms if not isinstance(t, Model))
            return 2 if ok_model and in_subject else 1
        add("mixed", q, judge(mixed_gain), " + ".join(map(repr, terms)) + (f" (not required: {words})" if words else ""),
            [t for t in terms if not isinstance(t, Model)])

    for q in CUSTOMER_FRAGMENT:
        f = fold_zh(q)
        custs = [c for c, names in CUST_NAMES.items() if any(f in n for n in names)]
        assert len(custs) == 1, (q, custs)
        add("customer_fragment", q, judge(lambda d: customer_gain(d, custs[0])), custs[0])

    order = ["exact_chinese", "trad_to_simp", "simp_to_trad", "pinyin_full", "pinyin_initials",
             "english_exact", "english_typo", "english_stem", "serial_variant", "partial_serial",
             "model_variant", "mixed", "customer_fragment"]
    assert list(cats) == order, list(cats)
    out = []
    for cat in order:
        assert len(cats[cat]) >= 8, cat
        for i, (q, rel, note, terms) in enumerate(cats[cat], 1):
            rel = dict(sorted(rel.items(), key=lambda kv: (-kv[1], kv[0])))
            out.append(dict(id=f"c-{cat}-{i:03d}", category=cat, query=q, relevant=rel, _note=note,
                            _terms=terms))
    return out


NEG_HINT = re.compile(r"正常|不是|良好|未|无(?!法)|無|通过|通過|\bOK\b|\bok\b|normal|\bnot\b|\bno\b|pass", re.I)


def explain(q):
    """For review: each relevant document, and for gain 2 the subject-zone lines that hold a
    query term ('?' marks a line with a negation / "found fine" word: candidates for PASSING)."""
    print(f"{q['id']}  {q['query']!r}  {q['_note']}")
    for k, g in q["relevant"].items():
        d = BY_KEY[k]
        print(f"  {g}  {d.lang:7} {d.kind:9} {k}")
        if g == 2:
            for zone, text in d.zones:
                for line in text.split("\n"):
                    fake = Doc.__new__(Doc)
                    fake.key, fake.subject, fake.fsubject = d.key, line, fold_zh(line)
                    if any(t.in_subject(fake) for t in q["_terms"]):
                        flag = "?" if NEG_HINT.search(line) else " "
                        print(f"         {flag} [{zone}] {line.strip()[:110]}")


def main(argv):
    queries = build()
    if "--explain" in argv:
        want = argv[argv.index("--explain") + 1]
        for q in queries:
            if q["id"] == want or want == "all" or q["category"] == want:
                explain(q)
        return
    if "--check" not in argv:
        with open(OUT, "w", encoding="utf-8") as f:
            for q in queries:
                f.write(json.dumps({k: v for k, v in q.items() if not k.startswith("_")},
                                   ensure_ascii=False) + "\n")
        print(f"wrote {len(queries)} queries to {os.path.relpath(OUT, ROOT)}")
    by_cat = collections.OrderedDict()
    for q in queries:
        by_cat.setdefault(q["category"], []).append(q)
    print(f"{'category':18} {'queries':>7} {'median rel':>10} {'median g2':>9} {'min':>4} {'max':>4}")
    for cat, qs in by_cat.items():
        sizes = [len(q["relevant"]) for q in qs]
        g2 = [sum(1 for g in q["relevant"].values() if g == 2) for q in qs]
        print(f"{cat:18} {len(qs):7} {statistics.median(sizes):10g} {statistics.median(g2):9g} "
              f"{min(sizes):4} {max(sizes):4}")
    sizes = [len(q["relevant"]) for q in queries]
    print(f"{'total':18} {len(queries):7} {statistics.median(sizes):10g}")
    big = [f"{q['id']} ({len(q['relevant'])})" for q in queries if len(q["relevant"]) > 15]
    no2 = [q["id"] for q in queries if 2 not in q["relevant"].values()]
    if big:
        print("relevant sets over 15 documents:", ", ".join(big))
    if no2:
        print("queries without a gain-2 document:", ", ".join(no2))


if __name__ == "__main__":
    main(sys.argv[1:])
