#!/usr/bin/env python3
"""fourthgen - a fourth, independent hand's after-sales paperwork with ground truth.

python3 tools/fourthgen/fourthgen.py --docs N --out DIR [--seed S] [--queries]

Standard library only, deterministic (no clock, no set iteration, string-seeded RNGs).
See README.md next to this file.
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import zipfile
import zlib
from xml.sax.saxutils import escape as xesc

GEN = "fourthgen"
D = dt.date
FIRST_DAY = D(2016, 3, 1)
LAST_DAY = D(2025, 9, 30)


def R(*parts):
    return random.Random("/".join([GEN] + [str(p) for p in parts]))


def wpick(rng, items):
    """items: list of (weight, value)"""
    tot = sum(w for w, _ in items)
    x = rng.random() * tot
    for w, v in items:
        x -= w
        if x < 0:
            return v
    return items[-1][1]


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


FW_TABLE = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}
FW_TABLE[0x20] = 0x3000


def fullwidth(s):
    return s.translate(FW_TABLE)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ----------------------------------------------------------------------------------------------
# simplified -> traditional.  Character table made once with ICU (uconv -x Simplified-Traditional)
# over every Han character of this file, with hand fixes; Taiwan and Hong Kong term tables first.
# ----------------------------------------------------------------------------------------------
S2T_PAIRS = (
    "万萬与與业業东東丝絲丢丟两兩严嚴个個临臨为為丽麗义義书書于於云雲产產仪儀价價众眾优優会會伟偉传傳体體余餘侧側储儲兰蘭关關兴興养養内內册冊写寫军軍冯馮冲衝决決况況准準减減凯凱击擊刘劉刚剛别別办辦务務动動劳勞匀勻区區医醫华華协協单單占佔厂廠历歷"
    "压壓参參双雙发發变變号號后後启啟吴吳员員响響团團园園围圍国國图圖场場坏壞块塊墙牆壮壯声聲处處备備复復头頭夹夾妇婦孙孫学學宁寧实實审審宽寬宾賓对對导導寿壽将將尽盡属屬币幣师師带帶并並广廣库庫应應废廢开開异異张張弹彈归歸当當录錄征徵态態总總恒恆"
    "户戶执執扩擴扫掃护護报報拟擬拨撥损損换換据據携攜数數断斷无無时時晓曉术術机機杂雜权權杠槓条條来來杨楊杰傑松鬆极極构構标標栋棟样樣档檔检檢残殘气氣汇匯泽澤洁潔测測涌湧润潤温溫湿濕滞滯满滿滤濾滨濱潍濰灭滅灯燈点點烧燒热熱状狀环環现現电電疗療监監"
    "盖蓋盘盤码碼确確离離积積称稱税稅稳穩笃篤签簽类類紧緊红紅纤纖约約级級纳納纸紙线線练練组組细細绍紹经經结結络絡绝絕统統续續维維综綜缆纜缓緩编編缘緣网網罗羅职職联聯肃肅肿腫脉脈脏髒脱脫节節芜蕪苏蘇范範蒋蔣蓝藍虚虛蚀蝕补補装裝见見观觀规規视視触觸"
    "计計认認训訓议議讯訊记記许許论論设設访訪证證评評识識诉訴诊診词詞试試话話误誤说說请請读讀调調谢謝谱譜负負责責败敗货貨质質贵貴费費资資赛賽赣贛赵趙轨軌转轉轮輪软軟轴軸载載输輸达達迁遷过過运運进進远遠连連迟遲适適邓鄧邮郵郑鄭采採鉴鑒针針钟鐘钱錢"
    "铁鐵铅鉛链鏈销銷锁鎖锐銳错錯键鍵镜鏡长長门門闭閉问問间間闸閘阀閥阳陽陈陳随隨静靜韩韓项項须須预預频頻题題额額风風馈饋马馬驱驅验驗鸣鳴鸿鴻黄黃齐齊"
)

TERMS_TW = [
    ("反复", "反覆"),
    ("冲洗", "沖洗"), ("重复", "重複"), ("制造", "製造"), ("复测", "複測"),
    ("服务器", "伺服器"), ("软件", "軟體"), ("硬盘", "硬碟"), ("固件", "韌體"), ("内存条", "記憶體模組"),
    ("内存", "記憶體"), ("网络", "網路"), ("网卡", "網路卡"), ("数据", "資料"), ("传感器", "感測器"),
    ("质控品", "品管液"), ("质控", "品管"), ("打印机", "印表機"), ("打印", "列印"), ("信息", "資訊"),
    ("校准", "校正"), ("程序", "程式"), ("视频", "視訊"), ("默认", "預設"), ("屏幕", "螢幕"),
    ("激光器", "雷射"), ("激光", "雷射"), ("光纤", "光纖"), ("端口", "埠"), ("通讯", "通訊"),
    ("线缆", "線纜"), ("接口", "介面"), ("优化", "最佳化"), ("数据线", "傳輸線"), ("U盘", "隨身碟"),
    ("干燥", "乾燥"), ("批准", "批准"), ("制冷", "製冷"), ("复查", "複查"), ("复测", "複測"),
    ("复位", "復位"), ("剩余", "剩餘"), ("里面", "裡面"), ("出厂", "出廠"), ("模块", "模組"),
    ("工程师", "工程師"), ("客户", "客戶"), ("联系", "聯絡"), ("质量", "品質"), ("升级", "更新"),
]
TERMS_HK = [
    ("反复", "反覆"),
    ("冲洗", "沖洗"), ("重复", "重複"), ("制造", "製造"), ("复测", "複測"),
    ("服务器", "伺服器"), ("软件", "軟件"), ("硬盘", "硬碟"), ("固件", "韌件"), ("内存条", "記憶體"),
    ("内存", "記憶體"), ("网络", "網絡"), ("网卡", "網卡"), ("数据", "數據"), ("传感器", "感應器"),
    ("质控品", "質控品"), ("质控", "質控"), ("打印机", "打印機"), ("打印", "打印"), ("信息", "資訊"),
    ("校准", "校準"), ("程序", "程式"), ("视频", "視像"), ("默认", "預設"), ("屏幕", "螢幕"),
    ("激光器", "激光器"), ("激光", "激光"), ("光纤", "光纖"), ("端口", "端口"), ("通讯", "通訊"),
    ("线缆", "線纜"), ("接口", "接口"), ("优化", "優化"), ("数据线", "數據線"), ("U盘", "USB手指"),
    ("干燥", "乾燥"), ("批准", "批准"), ("制冷", "製冷"), ("复查", "複查"), ("复测", "複測"),
    ("复位", "復位"), ("剩余", "剩餘"), ("里面", "裏面"), ("出厂", "出廠"), ("模块", "模組"),
    ("工程师", "工程師"), ("客户", "客戶"), ("联系", "聯絡"), ("质量", "質量"), ("升级", "升級"),
]
_S2T = None


def s2t_map():
    global _S2T
    if _S2T is None:
        _S2T = {}
        for i in range(0, len(S2T_PAIRS) - 1, 2):
            _S2T[S2T_PAIRS[i]] = S2T_PAIRS[i + 1]
    return _S2T


def to_hant(s, region="tw"):
    if s is None:
        return None
    terms = TERMS_TW if region == "tw" else TERMS_HK
    m = s2t_map()
    out = []
    i = 0
    while i < len(s):
        for a, b in terms:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(m.get(s[i], s[i]))
            i += 1
    return "".join(out)


def chars_to_hant(s):
    m = s2t_map()
    return "".join(m.get(c, c) for c in s)


# ----------------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
WK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WK_CN = ["一", "二", "三", "四", "五", "六", "日"]
CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d, st):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    f = {
        "cn": "%d年%d月%d日" % (y, m, dd),
        "cn0": "%d年%02d月%02d日" % (y, m, dd),
        "cnsp": "%d 年 %d 月 %d 日" % (y, m, dd),
        "cnnum": "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(dd) + "日",
        "dot": "%d.%02d.%02d" % (y, m, dd),
        "dot1": "%d.%d.%d" % (y, m, dd),
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "iso1": "%d-%d-%d" % (y, m, dd),
        "sl": "%d/%02d/%02d" % (y, m, dd),
        "sl1": "%d/%d/%d" % (y, m, dd),
        "roc": "%d年%d月%d日" % (roc, m, dd),
        "roc0": "民國%d年%02d月%02d日" % (roc, m, dd),
        "rocf": "中華民國%d年%d月%d日" % (roc, m, dd),
        "rocdot": "%d.%02d.%02d" % (roc, m, dd),
        "rocsl": "%d/%d/%d" % (roc, m, dd),
        "dmy2": "%02d-%s-%02d" % (dd, MON[m - 1], y % 100),
        "dmy": "%02d-%s-%d" % (dd, MON[m - 1], y),
        "dmon": "%d %s %d" % (dd, MON[m - 1], y),
        "dmonth": "%d %s %d" % (dd, MONTH[m - 1], y),
        "mdy": "%s %d, %d" % (MONTH[m - 1], dd, y),
        "mdyth": "%s %s, %d" % (MONTH[m - 1], ordinal(dd), y),
        "dthm": "%s %s %d" % (ordinal(dd), MONTH[m - 1], y),
        "dmonu": "%02d%s%d" % (dd, MON[m - 1].upper(), y),
        "us": "%02d/%02d/%d" % (m, dd, y),
        "uk": "%02d/%02d/%d" % (dd, m, y),
        "uk1": "%d/%d/%d" % (dd, m, y),
    }
    return f[st]


def wk_cn(d):
    return "星期" + WK_CN[d.weekday()]


def add_days(d, n):
    return d + dt.timedelta(days=n)


def rand_date(rng, a, b):
    return add_days(a, rng.randint(0, max(0, (b - a).days)))


def workday(d, rng):
    while d.weekday() >= 5 and rng.random() < 0.85:
        d = add_days(d, 1)
    return d


def hhmm(rng, lo=8, hi=17):
    return "%02d:%02d" % (rng.randint(lo, hi), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


# ----------------------------------------------------------------------------------------------
# writers: .docx, .xlsx, .pdf (standard library only, fixed timestamps)
# ----------------------------------------------------------------------------------------------
ZIP_TIME = (2010, 1, 1, 0, 0, 0)


def zwrite(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text, bold=False, size=None, font=None):
    props = ""
    if font:
        props += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' % (font, font, font)
    if bold:
        props += "<w:b/>"
    if size:
        props += '<w:sz w:val="%d"/>' % size
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def _para(text, bold=False, size=None, align=None, style=None, font=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if align:
        ppr += '<w:jc w:val="%s"/>' % align
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    runs = ""
    if text:
        # split at a full-width colon sometimes, like Word does after editing
        runs = _run(text, bold, size, font)
    return "<w:p>%s%s</w:p>" % (ppr, runs)


def _table(rows, widths=None, font=None):
    """rows: list of lists of cells; a cell is str or (str, span) or (str, span, bold).
    A cell text with '\n' becomes several paragraphs in one cell."""
    ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in r) for r in rows)
    if not widths:
        widths = [int(9000 / ncol)] * ncol
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
         '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
         '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
         '</w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    x.append("</w:tblGrid>")
    for r in rows:
        x.append("<w:tr>")
        for c in r:
            span, bold = 1, False
            if isinstance(c, tuple):
                span = c[1]
                bold = len(c) > 2 and c[2]
                c = c[0]
            tcpr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ""
            paras = "".join(_para(t, bold=bold, font=font) for t in (c or "").split("\n"))
            x.append("<w:tc>%s%s</w:tc>" % (tcpr, paras))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def make_docx(blocks, footer=None, font="SimSun"):
    """blocks: ('h', text) title, ('p', text), ('b', text) bold paragraph, ('t', rows[, widths])"""
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append(_para(b[1], bold=True, size=32, align="center", style="Title", font=font))
        elif b[0] == "h2":
            body.append(_para(b[1], bold=True, size=24, style="Heading2", font=font))
        elif b[0] == "p":
            body.append(_para(b[1], font=font))
        elif b[0] == "r":
            body.append(_para(b[1], align="right", font=font))
        elif b[0] == "b":
            body.append(_para(b[1], bold=True, font=font))
        elif b[0] == "t":
            body.append(_table(b[1], b[2] if len(b) > 2 else None, font=font))
            body.append("<w:p/>")
    sect = '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" ' \
           'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' % (
               '<w:footerReference w:type="default" r:id="rId2"/>' if footer else "")
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (
        W_NS, "".join(body), sect)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="%s"/>'
              '<w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>') % (W_NS, font)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ctypes = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts = []
    if footer:
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ctypes.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts.append(("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (
            W_NS, "".join(_para(t, align="center", font=font) for t in footer.split("\n")))))
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>' % "".join(ctypes)
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels)
    return zwrite([("[Content_Types].xml", ct), ("_rels/.rels", rootrels), ("docProps/app.xml", app),
                   ("word/document.xml", doc), ("word/styles.xml", styles),
                   ("word/_rels/document.xml.rels", docrels)] + parts)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets):
    """sheets: list of (name, rows); cells are strings (inline strings) or ints."""
    wb_sheets, wb_rels, ctypes, parts = [], [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        x = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (col_name(ci), ri)
                if isinstance(v, int):
                    cells.append('<c r="%s"><v>%d</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
            x.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>') % "".join(x)
        parts.append(("xl/worksheets/sheet%d.xml" % k, sheet))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), k, k))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        ctypes.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
    n = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % n)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>') % "".join(wb_sheets)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="DengXian"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s</Types>') % "".join(ctypes)
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels)
    return zwrite([("[Content_Types].xml", ct), ("_rels/.rels", rootrels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + parts)


def text_width(s, size):
    w = 0.0
    for ch in s:
        w += 0.5 if ord(ch) < 0x2E80 else 1.0
    return w * size


def pdf_lit(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def make_pdf(lines, script, landscape=False):
    """lines: list of rows; a row is a list of (x, text, size, bold) or the string 'RULE' / 'PAGE'.
    script: 'latin' (Helvetica, WinAnsi), 'gb' (STSong-Light, UniGB-UCS2-H) or 'cns' (MSung-Light)."""
    W, H = (842, 595) if landscape else (595, 842)
    pages, cur, y = [], [], H - 56
    used_hi = {0}
    for row in lines:
        if row == "PAGE":
            pages.append(cur)
            cur, y = [], H - 56
            continue
        if row == "RULE":
            cur.append("0.5 w 50 %.1f m %d %.1f l S" % (y + 4, W - 50, y + 4))
            y -= 6
            continue
        size = max([c[2] for c in row] + [9]) if row else 10
        if y - size < 50:
            pages.append(cur)
            cur, y = [], H - 56
        cells = sorted(row, key=lambda c: c[0])
        for k, (x, text, sz, bold) in enumerate(cells):
            if not text:
                continue
            avail = (cells[k + 1][0] - x - 8) if k + 1 < len(cells) else (W - 36 - x)
            sz = float(sz)
            while sz > 4 and text_width(text, sz) * (1.12 if script == "latin" else 1.0) > avail:
                sz -= 0.5
            if script == "latin":
                cur.append("BT /%s %.1f Tf %.1f %.1f Td %s Tj ET" % ("F3" if bold else "F2", sz, x, y, pdf_lit(text)))
            else:
                hx = "".join("%04X" % ord(c) for c in text)
                for c in text:
                    used_hi.add(ord(c) >> 8)
                cur.append("BT /F1 %.1f Tf %.1f %.1f Td <%s> Tj ET" % (sz, x, y, hx))
        y -= size + 6
    pages.append(cur)
    objs = []

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    if script == "latin":
        f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f3 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        res = "<< /Font << /F2 %d 0 R /F3 %d 0 R >> >>" % (f2, f3)
    else:
        name, enc, order = (("STSong-Light", "UniGB-UCS2-H", "GB1") if script == "gb"
                            else ("MSung-Light", "UniCNS-UCS2-H", "CNS1"))
        fd = add("<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                 "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % name)
        ranges = ["<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in sorted(used_hi)]
        chunks = []
        for i in range(0, len(ranges), 100):
            part = ranges[i:i + 100]
            chunks.append("%d beginbfrange\n%s\nendbfrange" % (len(part), "\n".join(part)))
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                "%s\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend" % "\n".join(chunks)).encode("ascii")
        cz = zlib.compress(cmap, 6)
        tu = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cz) + cz + b"\nendstream")
        df = add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) "
                 "/Supplement 4 >> /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % (name, order, fd))
        f1 = add("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /%s /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>"
                 % (name, enc, df, tu))
        res = "<< /Font << /F1 %d 0 R >> >>" % f1
    kids = []
    for k, ops in enumerate(pages):
        footer = "BT /%s 8 Tf %d 30 Td %s Tj ET" % (
            "F2" if script == "latin" else "F1", W // 2 - 20,
            pdf_lit("%d / %d" % (k + 1, len(pages))) if script == "latin" else
            "<%s>" % "".join("%04X" % ord(c) for c in "%d / %d" % (k + 1, len(pages))))
        data = zlib.compress(("\n".join(ops + [footer])).encode("latin-1"), 6)
        cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                        % (pgs, W, H, res, cs)))
    objs[cat - 1] = "<< /Type /Catalog /Pages %d 0 R >>" % pgs
    objs[pgs - 1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        if isinstance(o, str):
            o = o.encode("latin-1")
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref))
    return out.getvalue()


def pdf_script(text, lang, region):
    try:
        text.encode("cp1252")
        return "latin"
    except UnicodeEncodeError:
        pass
    if lang == "zh-Hant" or (lang == "en" and region in ("tw", "hk", "mo")):
        return "cns"
    return "gb"


# ----------------------------------------------------------------------------------------------
# equipment: 13 families, 2 models each, a serial style per manufacturer, 5 faults each
# ----------------------------------------------------------------------------------------------
LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"   # no I, no O


def _L(rng, n=1):
    return "".join(rng.choice(LET) for _ in range(n))


def _N(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ser_bga(r, y, m):
    return "QX%02d%02d-%s" % (y % 100, r.randint(1, 52), _N(r, 4))


def ser_urine(r, y, m):
    return "U8-%02d%s%s" % (y % 100, _L(r), _N(r, 5))


def ser_nae(r, y, m):
    return "NP%s%02d%02d%s" % (r.choice(["32", "96"]), y % 100, m, _N(r, 4))


def ser_flow(r, y, m):
    return "FC3%s-%02d-%s" % (_L(r), y % 100, _N(r, 5))


def ser_maldi(r, y, m):
    return "MT%d.%s" % (y, _N(r, 4))


def ser_auto(r, y, m):
    return "SV%s-%02d%02d%s" % (r.choice(["150", "300"]), y % 100, m, _N(r, 3))


def ser_fw(r, y, m):
    return "FW9K%02d%s%s" % (y % 100, _L(r), _N(r, 5))


def ser_tape(r, y, m):
    return "TL%02d%s%s%s" % (y % 100, _L(r), _N(r, 4), _L(r, 2))


def ser_hci(r, y, m):
    return "%02dSM%d%s%s" % (y % 100, r.randint(2, 9), _L(r), _N(r, 6))


def ser_mups(r, y, m):
    return "22%02d-UPM-%s" % (y % 100, _N(r, 4))


def ser_pcs(r, y, m):
    return "ES%02dPCS%s%s" % (y % 100, _N(r, 4), _L(r))


def ser_lcb(r, y, m):
    return "LC%02d%02d%s%s" % (y % 100, m, _L(r), _N(r, 3))


def ser_hvdc(r, y, m):
    return "240D-%02d%02d-%s" % (y % 100, m, _N(r, 4))


# fid: group, zh, en, models, serial fn, pm months, yearly calibration
FAMILIES = {
    "bga": ("lab", "血气分析仪", "blood gas analyzer", ["BG-700", "BG-720 Plus"], ser_bga, 3, True),
    "urine": ("lab", "全自动尿液分析仪", "urine analyzer", ["UA-660", "UA-880 Pro"], ser_urine, 6, True),
    "nae": ("lab", "核酸提取仪", "nucleic acid extractor", ["NX-32", "NX-96"], ser_nae, 6, True),
    "flow": ("lab", "流式细胞仪", "flow cytometer", ["FlowMax 6C", "FlowMax 10C"], ser_flow, 6, True),
    "maldi": ("lab", "微生物质谱鉴定仪", "MALDI-TOF mass spectrometer", ["MTOF 2000", "MTOF 3000S"], ser_maldi, 6, True),
    "auto": ("lab", "脉动真空压力蒸汽灭菌器", "steam sterilizer", ["SV-150L", "SV-300L"], ser_auto, 3, True),
    "fw": ("it", "防火墙", "firewall", ["NG-3600F", "NG-5200F"], ser_fw, 6, False),
    "tape": ("it", "磁带库", "tape library", ["TL-48", "TL-120"], ser_tape, 6, False),
    "hci": ("it", "超融合一体机", "HCI appliance", ["HCX 420", "HCX 860"], ser_hci, 3, False),
    "mups": ("power", "模块化UPS", "modular UPS", ["MU-120K", "MU-300K"], ser_mups, 6, False),
    "pcs": ("power", "储能变流器", "power conversion system (PCS)", ["PCS-250", "PCS-500"], ser_pcs, 6, False),
    "lcb": ("power", "铅炭蓄电池组", "lead-carbon battery string", ["LC-2V1000", "LC-12V150"], ser_lcb, 3, False),
    "hvdc": ("power", "240V高压直流电源", "240 V HVDC power system", ["HD240-200A", "HD240-400A"], ser_hvdc, 6, False),
}
FAM_ORDER = ["bga", "urine", "nae", "flow", "maldi", "auto", "fw", "tape", "hci", "mups", "pcs", "lcb", "hvdc"]

# (code, zh fault, zh cause, zh action, en fault, en cause, en action)
FAULTS = {
    "bga": [
        ("E107", "进样时反复提示气泡报警", "进样针头端有纤维蛋白凝块，吸样不连续", "疏通并冲洗进样通路，更换进样针",
         "repeated air bubble alarm during sample aspiration", "fibrin clot at the tip of the sample probe", "flushed the sample path and replaced the sample probe"),
        ("E212", "pH电极斜率超限，定标失败", "pH电极老化，膜电位漂移", "更换pH电极并重新两点定标",
         "pH electrode slope out of range, calibration failed", "ageing pH electrode with drifting membrane potential", "replaced the pH electrode and repeated the two-point calibration"),
        ("E305", "测试卡包无法识别", "卡包读卡器触点氧化", "清洁读卡触点，重新装载卡包",
         "cartridge not recognised", "oxidised contacts on the cartridge reader", "cleaned the reader contacts and reloaded the cartridge"),
        ("E418", "血红蛋白结果偏低，质控失控", "血氧模块比色池有蛋白沉积", "清洗比色池，执行血氧模块校准",
         "haemoglobin results low, QC out of control", "protein deposit in the co-oximetry cuvette", "cleaned the cuvette and calibrated the co-ox module"),
        ("E520", "测量室温度无法稳定在37℃", "加热膜片接触不良", "重新固定加热膜片并更换温控插头",
         "measuring chamber cannot hold 37 °C", "poor contact of the heater foil", "refitted the heater foil and replaced the thermostat connector"),
    ],
    "urine": [
        ("U02", "试纸条传送卡条", "传送带张紧轮磨损", "更换张紧轮，调整传送带张力",
         "strip transport jams", "worn tensioner pulley on the strip conveyor", "replaced the tensioner and adjusted belt tension"),
        ("U15", "沉渣镜检图像模糊", "流动池内壁有污物，焦距偏移", "清洗流动池并重新对焦",
         "sediment images blurred", "dirty flow cell and focus drift", "cleaned the flow cell and refocused the camera"),
        ("U21", "比重结果与手工法偏差大", "折射计校准值漂移", "用标准液重新校准折射计",
         "specific gravity disagrees with the manual method", "refractometer calibration drift", "recalibrated the refractometer with standard solution"),
        ("U33", "条码扫描器不读码", "扫描头窗口被尿液污染", "清洁扫描窗口，更换防护膜",
         "barcode reader does not scan", "scanner window soiled", "cleaned the scanner window and replaced the cover film"),
        ("U48", "废液桶满报警无法消除", "液位传感器浮子卡滞", "清洗并更换液位浮子",
         "waste-full alarm cannot be cleared", "float of the level sensor stuck", "cleaned and replaced the level float"),
    ],
    "nae": [
        ("N101", "磁棒套无法正常脱落", "脱套机构弹簧疲劳", "更换脱套弹簧并校正机构位置",
         "tip combs are not released", "fatigued spring in the comb release mechanism", "replaced the release spring and realigned the mechanism"),
        ("N204", "加热模块升温慢，裂解温度不达标", "加热片老化，热敏电阻阻值漂移", "更换加热片和热敏电阻",
         "heating block slow, lysis temperature not reached", "aged heater pad and drifting thermistor", "replaced the heater pad and the thermistor"),
        ("N310", "紫外灯不亮", "紫外灯管寿命到期", "更换紫外灯管，复位计时",
         "UV lamp does not light", "UV tube at end of life", "replaced the UV tube and reset the hour counter"),
        ("N415", "Z轴运动异响并报位置错误", "Z轴丝杠缺乏润滑", "清洁丝杠并加注润滑脂，重新校准原点",
         "noise on the Z axis and position error", "lead screw lacks lubrication", "cleaned and greased the lead screw and recalibrated the home position"),
        ("N522", "提取产量低，Ct值整体后移", "磁珠混匀速度参数被误改", "恢复出厂混匀参数并用质控品验证",
         "low extraction yield, Ct values shifted late", "bead mixing speed parameter changed by mistake", "restored the factory mixing parameters and verified with control material"),
    ],
    "flow": [
        ("F011", "鞘液压力不稳，事件率波动", "鞘液过滤器堵塞", "更换鞘液过滤器并排气",
         "sheath pressure unstable, event rate fluctuates", "clogged sheath filter", "replaced the sheath filter and purged the air"),
        ("F027", "蓝色激光功率报警", "激光器老化，输出功率下降", "更换488nm激光器并做光路准直",
         "blue laser power alarm", "ageing laser with falling output", "replaced the 488 nm laser and realigned the optics"),
        ("F034", "CV值偏大，质控微球峰形变宽", "流动池有气泡残留", "执行除气泡程序并清洗流动池",
         "high CV, QC bead peaks broadened", "air bubbles trapped in the flow cell", "ran the debubble routine and cleaned the flow cell"),
        ("F045", "上样针堵塞", "样本中有细胞团块", "超声清洗上样针",
         "sample injection probe blocked", "cell clumps in the sample", "cleaned the sample probe ultrasonically"),
        ("F052", "软件与仪器通讯中断", "USB数据线接口松动", "更换数据线并固定接口",
         "software loses connection to the instrument", "loose USB cable", "replaced the data cable and secured the connector"),
    ],
    "maldi": [
        ("M07", "真空度达不到要求，无法进靶", "离子源密封圈老化漏气", "更换密封圈并抽真空检漏",
         "vacuum not reached, target cannot be loaded", "aged O-ring on the ion source leaking", "replaced the O-ring and leak-tested"),
        ("M13", "鉴定分值普遍偏低", "质量轴校准偏移", "用标准菌株重新做质量校准",
         "identification scores generally low", "mass axis calibration shifted", "recalibrated the mass axis with the standard strain"),
        ("M21", "激光打靶无信号", "氮激光器能量衰减", "更换激光器模块",
         "no signal when the laser fires", "nitrogen laser energy decayed", "replaced the laser module"),
        ("M29", "靶板传送机构卡住", "靶板托架导轨有异物", "清理导轨并润滑",
         "target transport stuck", "debris in the target carrier guide", "cleaned and lubricated the guide"),
        ("M36", "分子泵报过温", "分子泵散热风扇故障", "更换分子泵散热风扇",
         "turbo pump over-temperature", "turbo pump fan failed", "replaced the turbo pump cooling fan"),
    ],
    "auto": [
        ("A03", "B-D测试不合格", "真空泵抽真空能力不足", "更换真空泵密封件，B-D测试复测合格",
         "Bowie-Dick test failed", "vacuum pump not reaching depth", "replaced the vacuum pump seals; Bowie-Dick retest passed"),
        ("A11", "门密封圈漏汽", "门封老化开裂", "更换门密封圈",
         "steam leaking at the door seal", "door gasket aged and cracked", "replaced the door gasket"),
        ("A17", "升温时间超长，程序超时中止", "蒸汽发生器加热管结垢", "除垢并更换一根加热管",
         "heat-up too slow, cycle aborted on timeout", "scale on the steam generator heating elements", "descaled and replaced one heating element"),
        ("A24", "打印机不出灭菌记录", "打印头排线松脱", "重新插接排线并测试打印",
         "printer gives no cycle record", "print head ribbon cable loose", "reseated the ribbon cable and tested printing"),
        ("A30", "腔体压力传感器读数异常", "压力传感器零点漂移", "校准压力传感器零点",
         "chamber pressure reading abnormal", "pressure transducer zero drift", "recalibrated the pressure transducer zero"),
    ],
    "fw": [
        ("FW-0x12", "HA双机频繁切换", "心跳线光模块故障", "更换心跳线光模块，观察无再切换",
         "HA pair fails over repeatedly", "faulty transceiver on the heartbeat link", "replaced the heartbeat transceiver, no further failover"),
        ("FW-0x21", "CPU占用率持续90%以上", "内网主机感染病毒，会话数异常", "协助定位并隔离异常主机，优化会话策略",
         "CPU load stays above 90 %", "abnormal session count from an infected internal host", "helped isolate the host and tuned the session limits"),
        ("FW-0x2A", "VPN用户无法拨入", "SSL证书过期", "更新SSL证书并重启VPN服务",
         "VPN users cannot connect", "SSL certificate expired", "renewed the SSL certificate and restarted the VPN service"),
        ("FW-0x33", "设备反复重启", "电源模块故障", "更换冗余电源模块",
         "appliance reboots repeatedly", "failed power supply module", "replaced the redundant power supply"),
        ("FW-0x40", "特征库无法在线升级", "授权到期，升级服务器不可达", "更新授权文件并手动导入特征库",
         "signature database fails to update online", "licence expired, update server unreachable", "renewed the licence and imported the signatures manually"),
    ],
    "tape": [
        ("T-301", "机械手抓取磁带失败", "机械手夹爪传感器脏污", "清洁夹爪传感器并重新示教槽位",
         "robot fails to pick cartridges", "gripper sensor dirty", "cleaned the gripper sensor and re-taught the slot positions"),
        ("T-322", "驱动器清洗后仍报读写错误", "磁头磨损", "更换LTO驱动器",
         "drive reports read/write errors after cleaning", "worn drive head", "replaced the LTO drive"),
        ("T-340", "备份作业频繁中断", "光纤链路误码", "更换光纤跳线和HBA端口模块",
         "backup jobs abort frequently", "errors on the fibre link", "replaced the fibre patch cord and the HBA port module"),
        ("T-355", "条码标签无法识别", "标签印刷质量差", "重新打印标签并校准扫码器",
         "barcode labels not read", "poor label print quality", "reprinted the labels and calibrated the scanner"),
        ("T-367", "库门无法关闭", "门锁电磁阀卡死", "更换门锁电磁阀",
         "library door will not close", "door lock solenoid stuck", "replaced the door lock solenoid"),
    ],
    "hci": [
        ("H-501", "节点离线，集群告警", "主板BMC固件异常", "刷新BMC固件并重新加入集群",
         "node offline, cluster alarm", "faulty BMC firmware", "reflashed the BMC firmware and rejoined the node"),
        ("H-514", "SSD缓存盘寿命告警", "缓存盘写入量达到上限", "更换SSD缓存盘并重建数据",
         "SSD cache drive wear alarm", "cache drive reached its write endurance", "replaced the SSD cache drive and rebuilt the data"),
        ("H-522", "虚拟机存储延迟高", "万兆网卡协商为千兆", "更换网线并固定端口速率",
         "high storage latency on VMs", "10 GbE port negotiated at 1 Gb", "replaced the cable and fixed the port speed"),
        ("H-538", "内存ECC错误告警", "内存条故障", "更换故障内存条",
         "memory ECC error alarm", "faulty DIMM", "replaced the faulty DIMM"),
        ("H-547", "风扇转速告警", "风扇模块轴承损坏", "更换风扇模块",
         "fan speed alarm", "worn bearing in a fan module", "replaced the fan module"),
    ],
    "mups": [
        ("UPS-21", "功率模块故障告警", "模块内IGBT击穿", "更换功率模块",
         "power module fault alarm", "IGBT failure inside the module", "replaced the power module"),
        ("UPS-34", "电池自检失败", "电池组内阻升高，容量不足", "更换老化电池并做放电测试",
         "battery self-test failed", "battery internal resistance high, capacity low", "replaced the aged batteries and ran a discharge test"),
        ("UPS-40", "频繁切换到旁路", "输入电压波动超出范围", "调整旁路电压窗口",
         "frequent transfers to bypass", "input voltage fluctuating out of range", "widened the bypass voltage window"),
        ("UPS-52", "监控卡通讯中断", "SNMP卡死机", "重启SNMP卡并升级其固件",
         "monitoring card offline", "SNMP card hung", "restarted the SNMP card and updated its firmware"),
        ("UPS-63", "输出过载报警", "新增服务器后负载超过额定值", "调整负载分配，建议扩容",
         "output overload alarm", "load above rating after new servers were added", "rebalanced the load and recommended expansion"),
    ],
    "pcs": [
        ("P-0107", "直流侧绝缘阻抗低，停机保护", "直流线缆破皮对地", "更换破损线缆并测试绝缘",
         "low DC insulation resistance, unit tripped", "damaged DC cable insulation to earth", "replaced the damaged cable and tested the insulation"),
        ("P-0213", "IGBT过温保护", "散热风道积灰", "清洁风道和散热器，更换滤网",
         "IGBT over-temperature trip", "dust in the cooling duct", "cleaned the duct and heat sink and replaced the filters"),
        ("P-0318", "并网失败，报电网电压异常", "交流接触器触点烧蚀", "更换交流接触器",
         "grid connection fails with a grid voltage fault", "burnt contacts on the AC contactor", "replaced the AC contactor"),
        ("P-0422", "与EMS通讯中断", "RS485通讯板故障", "更换通讯板",
         "communication with the EMS lost", "faulty RS485 board", "replaced the communication board"),
        ("P-0530", "充放电功率达不到额定", "BMS限功率参数设置偏低", "与BMS厂家核对并修改限功率参数",
         "charge/discharge power below rating", "BMS power limit set too low", "corrected the power limit with the BMS supplier"),
    ],
    "lcb": [
        ("B-11", "单体电压偏差大", "个别单体落后", "对落后单体活化充电，更换2只单体",
         "large cell voltage spread", "a few lagging cells", "reconditioned the lagging cells and replaced two cells"),
        ("B-17", "电池组容量不足，放电时间不达标", "电池老化", "核对容量后更换整组电池",
         "string capacity low, discharge time short", "battery ageing", "verified the capacity and replaced the whole string"),
        ("B-23", "端子发热", "连接螺栓松动", "紧固连接螺栓并更换氧化连接条",
         "terminal overheating", "loose connection bolts", "tightened the bolts and replaced the oxidised links"),
        ("B-29", "电池鼓包", "长期过充", "更换鼓包单体，调整浮充电压",
         "swollen cells", "long-term overcharging", "replaced the swollen cells and lowered the float voltage"),
        ("B-35", "电池巡检仪数据丢失", "采集线断线", "重新压接采集线",
         "battery monitor loses data", "broken sense lead", "re-crimped the sense leads"),
    ],
    "hvdc": [
        ("D-201", "整流模块告警", "模块风扇停转", "更换整流模块风扇",
         "rectifier module alarm", "module fan stopped", "replaced the rectifier fan"),
        ("D-214", "绝缘监测报警", "负载侧支路接地", "逐路排查并隔离接地支路",
         "insulation monitor alarm", "earth fault on a load branch", "traced and isolated the faulty branch"),
        ("D-226", "监控单元黑屏", "监控单元电源板故障", "更换监控单元电源板",
         "controller display blank", "controller power board failed", "replaced the controller power board"),
        ("D-233", "输出电压偏低", "电压采样偏移", "重新校准输出电压采样",
         "output voltage low", "voltage sensing offset", "recalibrated the output voltage sensing"),
        ("D-241", "分路空开频繁跳闸", "分路空开容量偏小", "更换为合适容量的空开",
         "branch breaker trips repeatedly", "branch breaker rated too small", "replaced the breaker with a correctly rated one"),
    ],
}

# work text of visits that are not repairs: (zh variants, en variants) per type and group
WORK = {
    ("install", "lab"): (["完成安装调试，性能验证合格，已对操作人员进行培训", "仪器安装到位，开机调试正常，完成操作培训"],
                         ["installed and commissioned, performance verification passed, operators trained", "unit installed, start-up checks passed, user training given"]),
    ("install", "it"): (["完成上架安装、布线及初始化配置，联调正常", "设备安装上架，完成初始配置并接入业务"],
                        ["racked, cabled and initialised; integration test passed", "installed in the rack, initial configuration done and brought into service"]),
    ("install", "power"): (["完成设备就位、接线及开机调试，带载测试正常", "安装接线完成，开机调试及带载测试正常"],
                           ["positioned, wired and commissioned; load test passed", "installation and wiring completed, start-up and load test passed"]),
    ("pm", "lab"): (["例行保养：清洁管路及光路，更换易损件，检查运动部件，测试正常", "完成定期保养，更换保养包耗材，各项自检通过"],
                    ["routine maintenance: fluidics and optics cleaned, wear parts replaced, moving parts checked; tests passed", "scheduled maintenance done, PM kit fitted, all self-tests passed"]),
    ("pm", "it"): (["定期维护：清灰、检查风扇与电源、核对日志，运行正常", "完成季度维护，检查硬件状态及告警日志，无异常"],
                   ["scheduled maintenance: dust removed, fans and PSUs checked, logs reviewed; normal", "quarterly maintenance, hardware status and alarm log checked, no issues"]),
    ("pm", "power"): (["定期维护：测量电压、内阻和温度，紧固接线，运行正常", "完成例行保养，检查模块、风扇及接线端子，无异常"],
                      ["scheduled maintenance: voltages, internal resistance and temperatures measured, terminals tightened; normal", "routine maintenance, modules, fans and terminals checked, no issues"]),
    ("cal", "lab"): (["年度校准及性能验证，各项指标均在允许范围内", "完成年度校准，精密度和准确度验证合格"],
                     ["annual calibration and performance verification, all parameters within tolerance", "yearly calibration done, precision and accuracy checks passed"]),
    ("insp", "lab"): (["巡检：检查运行状态、质控记录及报警日志，无异常", "例行巡检，设备运行正常"],
                      ["inspection: status, QC records and alarm log checked, no issues", "routine inspection, unit running normally"]),
    ("insp", "it"): (["巡检：检查运行状态、日志及告警，无异常", "例行巡检，硬件及系统状态正常"],
                     ["health check: status, logs and alarms reviewed, no issues", "routine health check, hardware and system status normal"]),
    ("insp", "power"): (["巡检：检查输入输出电压、电池状态及环境温度，无异常", "例行巡检，运行参数正常"],
                        ["inspection: input/output voltages, battery state and room temperature checked, no issues", "routine inspection, operating values normal"]),
    ("upgrade", "lab"): (["软件升级至V%s，升级后功能验证正常", "升级控制软件至V%s并备份参数"],
                         ["software upgraded to v%s and functions verified", "control software updated to v%s, parameters backed up"]),
    ("upgrade", "it"): (["固件升级至V%s，升级后业务验证正常", "系统版本升级至V%s，完成回退预案演练"],
                        ["firmware upgraded to v%s, services verified after the upgrade", "system upgraded to v%s, rollback plan rehearsed"]),
    ("upgrade", "power"): (["监控软件升级至V%s，通讯正常", "控制器固件升级至V%s"],
                           ["monitoring software upgraded to v%s, communication normal", "controller firmware upgraded to v%s"]),
    ("move", "lab"): (["随科室搬迁移机，重新安装调试并完成性能验证", "设备移机至新址，重新调试正常"],
                      ["relocated with the department, reinstalled and verified", "moved to the new site and re-commissioned"]),
    ("move", "it"): (["随机房搬迁下架、运输并重新上架，联调正常", "设备迁移至新机房，恢复业务"],
                     ["de-racked, moved to the new server room and re-racked; services restored", "migrated to the new data room, services back online"]),
    ("move", "power"): (["设备移位安装，重新接线调试正常", "迁移至新配电室，重新带载测试"],
                        ["relocated, rewired and re-commissioned", "moved to the new switch room, load test repeated"]),
}
VTYPE_ZH = {"install": "安装", "pm": "保养", "cal": "校准", "insp": "巡检", "repair": "维修", "upgrade": "升级", "move": "移机"}
VTYPE_EN = {"install": "Installation", "pm": "Preventive maintenance", "cal": "Calibration", "insp": "Inspection",
            "repair": "Repair", "upgrade": "Upgrade", "move": "Relocation"}

# ----------------------------------------------------------------------------------------------
# engineers: id, region, simplified, traditional, english forms
# ----------------------------------------------------------------------------------------------
ENGINEERS = [
    ("E01", "cn", "梁国栋", "Liang Guodong", "Guodong"),
    ("E02", "cn", "邓志远", "Deng Zhiyuan", "Zhiyuan"),
    ("E03", "cn", "彭嘉伟", "Peng Jiawei", "Jiawei"),
    ("E04", "cn", "谢文斌", "Xie Wenbin", "Wenbin"),
    ("E05", "cn", "曹思源", "Cao Siyuan", "Siyuan"),
    ("E06", "cn", "罗晓军", "Luo Xiaojun", "Xiaojun"),
    ("E07", "cn", "韩宇航", "Han Yuhang", "Yuhang"),
    ("E08", "cn", "唐振华", "Tang Zhenhua", "Zhenhua"),
    ("E09", "cn", "冯一鸣", "Feng Yiming", "Yiming"),
    ("E10", "cn", "蒋立群", "Jiang Liqun", "Liqun"),
    ("E11", "cn", "袁博", "Yuan Bo", "Bo"),
    ("E12", "tw", "張家銘", "Chang Chia-Ming", "Jimmy"),
    ("E13", "tw", "簡志偉", "Chien Chih-Wei", "Vincent"),
    ("E14", "hk", "李永康", "Lee Wing-hong", "Ivan"),
    ("E15", "sg", None, "Rajesh Kumar", "Rajesh"),
    ("E16", "hk", None, "Tom Fletcher", "Tom"),
    ("E17", "sg", "吴文杰", "Goh Boon Keat", "Boon Keat"),
]
ENG = {e[0]: e for e in ENGINEERS}
ENG_BY_REGION = {
    "cn": ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11"],
    "tw": ["E12", "E13"],
    "hk": ["E14", "E16"],
    "mo": ["E14", "E16"],
    "sg": ["E15", "E17", "E16"],
}


def eng_forms(eid, lang):
    _, reg, zh, en, given = ENG[eid]
    sur_en = en.split()[0] if reg in ("cn", "tw", "hk") else en.split()[-1]
    if reg == "tw":
        sur_en = en.split()[0]
    if lang == "zh-Hans":
        if zh is None:
            return [en]
        return [zh, zh, zh[0] + "工", zh + "工程师"]
    if lang == "zh-Hant":
        if zh is None:
            return [en, en]
        z = zh if reg in ("tw", "hk") else chars_to_hant(zh)
        if reg == "hk":
            return [z, z, z[0] + "生", "%s（Ivan）" % z]
        return [z, z, z + "技術員", z[0] + "技師"]
    # english
    if reg == "cn":
        fam, giv = en.split()
        return [en, "%s %s" % (giv, fam.upper()), "%s. %s" % (giv[0], fam), "Mr %s" % fam]
    if reg == "tw":
        fam, giv = en.split()
        return ["%s %s" % (giv, fam), "%s %s" % (given, fam), "%s.%s. %s" % (giv[0], giv.split("-")[1][0], fam), en]
    if eid == "E14":
        return ["Ivan Lee", "LEE Wing-hong", "W.H. Lee", "Ivan LEE Wing Hong"]
    if eid == "E17":
        return ["Goh Boon Keat", "Boon Keat GOH", "B.K. Goh", "Mr Goh"]
    first, last = en.split()
    return [en, "%s. %s" % (first[0], last), "%s, %s" % (last.upper(), first), "Mr %s" % last]


# ----------------------------------------------------------------------------------------------
# customers
# ----------------------------------------------------------------------------------------------
# city, pinyin, province, province (en), provincial capital, province kind (省 / 自治区 / 市)
CITIES = [
    ("长沙", "Changsha", "湖南", "Hunan", True, "省"), ("株洲", "Zhuzhou", "湖南", "Hunan", False, "省"),
    ("南昌", "Nanchang", "江西", "Jiangxi", True, "省"), ("赣州", "Ganzhou", "江西", "Jiangxi", False, "省"),
    ("合肥", "Hefei", "安徽", "Anhui", True, "省"), ("芜湖", "Wuhu", "安徽", "Anhui", False, "省"),
    ("昆明", "Kunming", "云南", "Yunnan", True, "省"), ("曲靖", "Qujing", "云南", "Yunnan", False, "省"),
    ("贵阳", "Guiyang", "贵州", "Guizhou", True, "省"), ("遵义", "Zunyi", "贵州", "Guizhou", False, "省"),
    ("南宁", "Nanning", "广西", "Guangxi", True, "自治区"), ("柳州", "Liuzhou", "广西", "Guangxi", False, "自治区"),
    ("宜昌", "Yichang", "湖北", "Hubei", False, "省"), ("襄阳", "Xiangyang", "湖北", "Hubei", False, "省"),
    ("湛江", "Zhanjiang", "广东", "Guangdong", False, "省"), ("江门", "Jiangmen", "广东", "Guangdong", False, "省"),
    ("泉州", "Quanzhou", "福建", "Fujian", False, "省"), ("漳州", "Zhangzhou", "福建", "Fujian", False, "省"),
    ("绍兴", "Shaoxing", "浙江", "Zhejiang", False, "省"), ("常州", "Changzhou", "江苏", "Jiangsu", False, "省"),
    ("南通", "Nantong", "江苏", "Jiangsu", False, "省"), ("潍坊", "Weifang", "山东", "Shandong", False, "省"),
    ("临沂", "Linyi", "山东", "Shandong", False, "省"), ("兰州", "Lanzhou", "甘肃", "Gansu", True, "省"),
    ("洛阳", "Luoyang", "河南", "Henan", False, "省"),
    ("广州", "Guangzhou", "广东", "Guangdong", True, "省"), ("成都", "Chengdu", "四川", "Sichuan", True, "省"),
    ("北京", "Beijing", "北京", "Beijing", True, "市"), ("上海", "Shanghai", "上海", "Shanghai", True, "市"),
]
CITY = {c[0]: c for c in CITIES}
CN_ORD = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}
EN_ORD = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth"}
LAB, IT, PWR = ["bga", "urine", "flow"], ["fw", "tape", "hci", "mups"], ["mups", "hvdc", "lcb"]
# department (zh), english, short english, families
DEPTS = {
    "检验科": ("Department of Clinical Laboratory", "Clinical Lab", ["bga", "urine", "flow"]),
    "微生物室": ("Microbiology Laboratory", "Microbiology", ["maldi", "nae"]),
    "分子诊断中心": ("Molecular Diagnostics Center", "Molecular Lab", ["nae", "flow"]),
    "消毒供应中心": ("Central Sterile Supply Department", "CSSD", ["auto"]),
    "信息中心": ("Information Center", "IT", ["fw", "tape", "hci", "mups"]),
    "网络中心": ("Network Center", "Network Ctr", ["fw", "hci", "mups"]),
    "微生物检验所": ("Institute of Microbiological Testing", "Microbiology", ["maldi", "nae", "auto"]),
}
BRANDS_CN = [("润康", "Runkang"), ("华锐", "Huarui"), ("瑞宁", "Ruining"), ("恒远", "Hengyuan"), ("思博", "Sibo"),
             ("天禾", "Tianhe"), ("凯泽", "Kaize"), ("鸿业", "Hongye"), ("晟达", "Shengda"), ("佳和", "Jiahe"),
             ("宁泰", "Ningtai"), ("卓源", "Zhuoyuan"), ("瀚海", "Hanhai"), ("睿信", "Ruixin"), ("博安", "Bo'an")]
DISTRICTS = ["高新区", "经开区", "城南区", "城北区", "新城区", "滨江区", "东湖区", "西城区"]
ROADS = ["人民中路", "建设大道", "解放西路", "中山北路", "迎宾大道", "科技路", "学府路", "长江路", "文昌路", "光明街"]

UNI_HOSP = [
    # registered, city, number, zh forms, english, en forms, departments
    ("中山大学肿瘤防治中心", "广州", None, ["中大肿瘤", "中山大学肿瘤医院"], "Sun Yat-sen University Cancer Center",
     ["SYSUCC", "Sun Yat-sen Univ. Cancer Center"], ["分子诊断中心", "检验科", "信息中心"]),
    ("中山大学附属第三医院", "广州", 3, ["中山三院", "中大附三院"], "The Third Affiliated Hospital of Sun Yat-sen University",
     ["Third Affiliated Hospital, SYSU", "SYSU Third Affiliated Hospital"], ["检验科", "信息中心"]),
    ("中南大学湘雅二医院", "长沙", None, ["湘雅二院", "湘雅二医院"], "The Second Xiangya Hospital of Central South University",
     ["Second Xiangya Hospital", "Xiangya No.2 Hospital"], ["检验科", "微生物室"]),
    ("四川大学华西医院", "成都", None, ["华西医院", "川大华西"], "West China Hospital, Sichuan University",
     ["West China Hospital", "WCH Sichuan Univ."], ["检验科", "消毒供应中心", "信息中心"]),
    ("南昌大学第一附属医院", "南昌", 1, ["南大一附院", "南昌大学一附院"], "The First Affiliated Hospital of Nanchang University",
     ["First Affiliated Hospital of Nanchang Univ.", "Nanchang Univ. 1st Affiliated Hosp."], ["检验科", "微生物室"]),
    ("昆明医科大学第一附属医院", "昆明", 1, ["昆医附一院", "昆医大一附院"], "The First Affiliated Hospital of Kunming Medical University",
     ["Kunming Medical Univ. First Affiliated Hosp.", "KMMU 1st Affiliated Hospital"], ["检验科", "信息中心"]),
    ("北京大学第三医院", "北京", 3, ["北医三院", "北大三院"], "Peking University Third Hospital",
     ["PUTH", "Peking Univ. Third Hospital"], ["检验科", "分子诊断中心"]),
    ("复旦大学附属华山医院", "上海", None, ["华山医院", "复旦华山"], "Huashan Hospital, Fudan University",
     ["Huashan Hospital", "Fudan Huashan"], ["微生物室", "信息中心"]),
    ("安徽医科大学第一附属医院", "合肥", 1, ["安医大一附院", "安医一附院"], "The First Affiliated Hospital of Anhui Medical University",
     ["First Affiliated Hospital of AHMU", "Anhui Med. Univ. 1st Affil. Hosp."], ["检验科", "消毒供应中心"]),
    ("贵州医科大学附属医院", "贵阳", None, ["贵医附院", "贵医大附院"], "The Affiliated Hospital of Guizhou Medical University",
     ["Guizhou Medical Univ. Affiliated Hospital", "GMU Affiliated Hospital"], ["检验科", "信息中心"]),
]

# Taiwan / Hong Kong / Macau / Singapore institutions (traditional or simplified registered name, city,
# city pinyin, zh forms, english, en forms, departments: (zh, en, en short, families))
TW_LAB = ("檢驗醫學部", "Department of Laboratory Medicine", "Lab Medicine", ["bga", "urine", "flow", "maldi"])
TW_IT = ("資訊室", "Information Technology Office", "IT", ["fw", "tape", "hci", "mups"])
TW_PATH = ("病理部", "Department of Pathology", "Pathology", ["nae", "flow"])
TW_CSSD = ("供應中心", "Central Supply Center", "Supply Center", ["auto"])
FOREIGN = {
    "tw": [
        ("國立臺灣大學醫學院附設醫院", "台北", "Taipei", ["台大醫院", "臺大醫院"], "National Taiwan University Hospital",
         ["NTUH", "National Taiwan Univ. Hospital"], [TW_LAB, TW_IT]),
        ("臺北榮民總醫院", "台北", "Taipei", ["北榮", "台北榮總"], "Taipei Veterans General Hospital", ["TVGH", "Taipei VGH"], [TW_LAB, TW_CSSD]),
        ("高雄榮民總醫院", "高雄", "Kaohsiung", ["高榮", "高雄榮總"], "Kaohsiung Veterans General Hospital", ["KSVGH", "Kaohsiung VGH"], [TW_LAB, TW_IT]),
        ("臺中榮民總醫院", "台中", "Taichung", ["中榮", "台中榮總"], "Taichung Veterans General Hospital", ["TCVGH", "Taichung VGH"], [TW_PATH, TW_LAB]),
        ("國立成功大學醫學院附設醫院", "台南", "Tainan", ["成大醫院", "成大附醫"], "National Cheng Kung University Hospital",
         ["NCKUH", "NCKU Hospital"], [TW_LAB, TW_PATH]),
        ("中國醫藥大學附設醫院", "台中", "Taichung", ["中國附醫", "中醫大附醫"], "China Medical University Hospital",
         ["CMUH", "China Medical Univ. Hospital"], [TW_LAB, TW_IT]),
        ("彰化基督教醫療財團法人彰化基督教醫院", "彰化", "Changhua", ["彰基", "彰化基督教醫院"], "Changhua Christian Hospital",
         ["CCH", "Changhua Christian Hosp."], [TW_LAB, TW_CSSD]),
        ("奇美醫療財團法人奇美醫院", "台南", "Tainan", ["奇美醫院", "永康奇美"], "Chi Mei Medical Center", ["CMMC", "Chi Mei Hospital"], [TW_PATH, TW_IT]),
    ],
    "hk": [
        ("香港大學", "香港", "Hong Kong", ["港大"], "The University of Hong Kong", ["HKU"],
         [("微生物學系", "Department of Microbiology", "Microbiology", ["maldi", "nae", "auto"]),
          ("生物醫學學院", "School of Biomedical Sciences", "SBMS", ["flow", "nae"]),
          ("資訊科技服務", "Information Technology Services", "ITS", ["fw", "tape", "hci", "mups"])]),
        ("香港中文大學", "香港", "Hong Kong", ["中大", "港中大"], "The Chinese University of Hong Kong", ["CUHK"],
         [("化學病理學系", "Department of Chemical Pathology", "Chem Path", ["bga", "urine", "flow"]),
          ("資訊科技服務處", "Information Technology Services Centre", "ITSC", ["fw", "tape", "hci"])]),
        ("香港科技大學", "香港", "Hong Kong", ["科大"], "The Hong Kong University of Science and Technology", ["HKUST"],
         [("生命科學部", "Division of Life Science", "Life Science", ["flow", "nae", "auto"])]),
        ("瑪麗醫院", "香港", "Hong Kong", ["瑪麗"], "Queen Mary Hospital", ["QMH"],
         [("病理學部", "Department of Pathology", "Pathology", ["bga", "maldi", "urine"])]),
        ("伊利沙伯醫院", "香港", "Hong Kong", ["伊院"], "Queen Elizabeth Hospital", ["QEH"],
         [("病理學部", "Department of Pathology", "Pathology", ["bga", "urine", "flow"])]),
        ("威爾斯親王醫院", "香港", "Hong Kong", ["威院"], "Prince of Wales Hospital", ["PWH"],
         [("中央消毒物品供應部", "Central Sterile Supply Department", "CSSD", ["auto"])]),
        ("屯門醫院", "香港", "Hong Kong", ["屯院"], "Tuen Mun Hospital", ["TMH"],
         [("病理學部", "Department of Pathology", "Pathology", ["bga", "nae"])]),
        ("養和醫院", "香港", "Hong Kong", ["養和"], "Hong Kong Sanatorium & Hospital", ["HKSH"],
         [("資訊科技部", "IT Department", "IT", ["fw", "hci", "mups"])]),
    ],
    "mo": [
        ("鏡湖醫院", "澳门", "Macau", ["鏡湖"], "Kiang Wu Hospital", ["KWH", "Kiang Wu"],
         [("化驗科", "Clinical Laboratory", "Lab", ["bga", "urine", "maldi"]), ("資訊部", "IT Department", "IT", ["fw", "hci", "mups"])]),
        ("仁伯爵綜合醫院", "澳门", "Macau", ["仁伯爵", "山頂醫院"], "Centro Hospitalar Conde de São Januário",
         ["CHCSJ", "S. Januário Hospital"], [("化驗科", "Clinical Pathology Laboratory", "Clin. Path.", ["bga", "flow", "nae"])]),
        ("澳門大學", "澳门", "Macau", ["澳大"], "University of Macau", ["UMacau"],
         [("健康科學學院", "Faculty of Health Sciences", "FHS", ["flow", "nae", "maldi"])]),
    ],
    "sg": [
        ("新加坡中央医院", "新加坡", "Singapore", [], "Singapore General Hospital", ["SGH"],
         [("病理科", "Department of Pathology", "Pathology", ["bga", "urine", "maldi"]), ("信息技术部", "IT Department", "IT", ["fw", "tape", "hci", "mups"])]),
        ("国立大学医院", "新加坡", "Singapore", [], "National University Hospital", ["NUH"],
         [("检验医学部", "Department of Laboratory Medicine", "Lab Medicine", ["bga", "flow", "nae"])]),
        ("陈笃生医院", "新加坡", "Singapore", [], "Tan Tock Seng Hospital", ["TTSH"],
         [("检验医学部", "Department of Laboratory Medicine", "Lab Medicine", ["urine", "bga", "maldi"])]),
        ("樟宜综合医院", "新加坡", "Singapore", [], "Changi General Hospital", ["CGH"],
         [("消毒供应部", "Central Sterile Services", "CSSD", ["auto"])]),
        ("新加坡国立大学", "新加坡", "Singapore", [], "National University of Singapore", ["NUS"],
         [("微生物与免疫学系", "Department of Microbiology and Immunology", "Microbiology", ["flow", "nae", "maldi"])]),
    ],
}
FOREIGN_COMPANIES = {
    "tw": [("昱晟科技股份有限公司", "新竹", "Hsinchu", ["昱晟科技", "昱晟"], "Yusheng Technology Corp.", ["Yusheng Tech", "YUSHENG"], "昱晟",
            [("廠務部", "Facilities Department", "Facilities", ["mups", "pcs", "lcb"]), ("資訊處", "IT Division", "IT", ["fw", "hci", "tape"])]),
           ("鼎陞電子股份有限公司", "台中", "Taichung", ["鼎陞電子", "鼎陞"], "Ding Sheng Electronics Co., Ltd.", ["Ding Sheng", "DS Electronics"], "鼎陞",
            [("資訊處", "IT Division", "IT", ["fw", "hci", "mups"])])],
    "hk": [("泰興數據中心有限公司", "香港", "Hong Kong", ["泰興數據", "泰興"], "Tai Hing Data Centre Limited", ["Tai Hing DC", "TAI HING DATA"], "泰興",
            [(None, None, None, ["mups", "lcb", "hci", "fw"])]),
           ("嘉利病理化驗所有限公司", "香港", "Hong Kong", ["嘉利化驗所", "嘉利"], "Ka Lee Pathology Laboratory Limited", ["Ka Lee Lab", "Ka Lee Pathology"], "嘉利",
            [(None, None, None, ["bga", "urine", "nae"])])],
    "mo": [],
    "sg": [("子午线数据私人有限公司", "新加坡", "Singapore", [], "Meridian Data Pte. Ltd.", ["Meridian Data", "MERIDIAN DC"], "子午线",
            [(None, None, None, ["mups", "lcb", "hci", "tape"])]),
           ("兰花生物科技私人有限公司", "新加坡", "Singapore", [], "Orchid Biotech Pte. Ltd.", ["Orchid Biotech", "Orchid Bio"], "兰花",
            [(None, None, None, ["nae", "flow", "auto"])])],
}
FOREIGN_ADDR = {
    "台北": ["臺北市中正區中山南路%d號", "臺北市北投區石牌路二段%d號"], "高雄": ["高雄市左營區大中一路%d號"],
    "台中": ["臺中市西屯區臺灣大道四段%d號", "臺中市北區育德路%d號"], "台南": ["臺南市北區勝利路%d號", "臺南市永康區中華路%d號"],
    "彰化": ["彰化縣彰化市南校街%d號"], "新竹": ["新竹科學園區研發二路%d號"],
    "香港": ["香港薄扶林道%d號", "九龍加士居道%d號", "新界沙田澤祥街%d號", "新界屯門青松觀路%d號", "香港跑馬地山村道%d號", "新界葵涌葵昌路%d號"],
    "澳门": ["澳門連勝馬路%d號", "澳門若憲馬路%d號", "澳門氹仔大學大馬路%d號"],
    "新加坡": ["%d Outram Road, Singapore 169608", "%d Lower Kent Ridge Road, Singapore 119074", "%d Jalan Tan Tock Seng, Singapore 308433",
             "%d Simei Street 3, Singapore 529889", "%d Science Park Drive, Singapore 118258"],
}
CITY_TRAD = {"台北": "臺北", "台中": "臺中", "台南": "臺南", "高雄": "高雄", "彰化": "彰化", "新竹": "新竹", "香港": "香港", "澳门": "澳門", "新加坡": "新加坡"}


def t2s_map():
    m = {}
    for k, v in s2t_map().items():
        m.setdefault(v, k)
    return m


def to_hans(s):
    m = t2s_map()
    return "".join(m.get(c, c) for c in s)


def form_key(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = to_hans(s)
    return "".join(c for c in s if c.isalnum())


class Cust:
    pass


def cn_specs(rng):
    """mainland customer specs, in order of preference; the first ones make the confusable pairs"""
    specs = []
    capitals = [c for c in CITIES if c[4] and c[5] == "省" and c[0] not in ("广州", "成都")]
    others = [c for c in CITIES if not c[4]]
    rng.shuffle(capitals)
    rng.shuffle(others)
    cityA, cityB = capitals[0], others[0]

    def people(c, n, dept):
        return ("people", c, n, dept)
    specs += [people(cityA, 1, "检验科"), people(cityA, 1, "信息中心"), people(cityA, 2, "检验科"),
              ("prov_people", cityA, None, "检验科"), ("prov_people", capitals[1], None, "微生物室"),
              ("uni", UNI_HOSP[0], None, "分子诊断中心"), people(cityB, 1, "检验科"), ("cdc", cityB, None, "微生物检验所"),
              ("cdc", others[1], None, "微生物检验所"), ("tower", cityB, None, None), ("company_it", cityB, None, None),
              ("uni", UNI_HOSP[2], None, "检验科"), ("uni", UNI_HOSP[2], None, "微生物室")]
    pool = []
    for c in capitals + others:
        for n in (1, 2, 3):
            for dept in ("检验科", "信息中心", "分子诊断中心", "消毒供应中心"):
                pool.append(people(c, n, dept))
        pool += [("tcm", c, None, "检验科"), ("mch", c, None, "检验科"), ("cdc", c, None, "微生物检验所"),
                 ("cdc", c, None, None), ("college", c, None, "网络中心"), ("bigdata", c, None, None),
                 ("tower", c, None, None), ("grid", c, None, None), ("company_it", c, None, None),
                 ("company_es", c, None, None), ("private_lab", c, None, None)]
        if c[4] and c[5] == "省":
            pool += [("prov_people", c, None, "检验科"), ("prov_people", c, None, "信息中心"), ("prov_cancer", c, None, "分子诊断中心")]
    for u in UNI_HOSP:
        for dept in u[6]:
            pool.append(("uni", u, None, dept))
    rng.shuffle(pool)
    seen = set()
    out = []
    for s in specs + pool:
        key = (s[0], s[1][0], s[2], s[3])
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out


def build_cn(spec, rng, brands):
    kind, c, n, dept = spec
    cust = Cust()
    cust.region = "cn"
    cust.number = None
    cust.brand = None
    if kind == "uni":
        reg, city, num, zf, en, ef, _ = c
        cinfo = CITY[city]
        cust.number = num
        inst_zh, inst_en, institution = reg, en, "大学附属医院"
        zh_forms, en_forms = list(zf), list(ef)
    else:
        cinfo = c
        city, py, prov, prov_en, cap_, pk = c
        if kind == "people":
            cust.number = n
            inst_zh = "%s市第%s人民医院" % (city, CN_ORD[n])
            inst_en = "The %s People's Hospital of %s" % (EN_ORD[n], py)
            institution = "人民医院"
            zh_forms = ["%s市%s医院" % (city, CN_ORD[n]), "%s%s医院" % (city, CN_ORD[n]), "市%s医院" % CN_ORD[n]]
            en_forms = ["%s %s People's Hospital" % (py, EN_ORD[n]), "%s People's Hospital of %s" % (EN_ORD[n], py),
                        "%s PEOPLE'S HOSPITAL NO. %d" % (py.upper(), n)]
        elif kind == "tcm":
            inst_zh, institution = "%s市中医医院" % city, "中医医院"
            inst_en = "%s Hospital of Traditional Chinese Medicine" % py
            zh_forms = ["%s中医院" % city, "%s市中医院" % city, "市中医院"]
            en_forms = ["%s TCM Hospital" % py, "%s Municipal Hospital of TCM" % py]
        elif kind == "mch":
            inst_zh, institution = "%s市妇幼保健院" % city, "妇幼保健院"
            inst_en = "%s Maternal and Child Health Hospital" % py
            zh_forms = ["%s妇幼" % city, "%s市妇幼" % city, "市妇幼"]
            en_forms = ["%s MCH Hospital" % py, "%s Women and Children's Hospital" % py]
        elif kind == "cdc":
            inst_zh, institution = "%s市疾病预防控制中心" % city, "疾病预防控制中心"
            inst_en = "%s Center for Disease Control and Prevention" % py
            zh_forms = ["%s疾控" % city, "%s市疾控中心" % city, "市疾控"]
            en_forms = ["%s Municipal CDC" % py, "CDC %s" % py]
        elif kind == "prov_people":
            inst_zh, institution = "%s省人民医院" % prov, "省人民医院"
            inst_en = "%s Provincial People's Hospital" % prov_en
            zh_forms = ["%s省人医" % prov, "省人医", "%s省人民医院" % prov]
            en_forms = ["%s PPH" % prov_en, "People's Hospital of %s Province" % prov_en]
        elif kind == "prov_cancer":
            inst_zh, institution = "%s省肿瘤医院" % prov, "肿瘤医院"
            inst_en = "%s Cancer Hospital" % prov_en
            zh_forms = ["%s省肿瘤" % prov, "省肿瘤医院", "%s肿瘤医院" % prov]
            en_forms = ["%s Provincial Cancer Hospital" % prov_en, "%s Cancer Hosp." % prov_en]
        elif kind == "college":
            inst_zh, institution = "%s职业技术学院" % city, "职业技术学院"
            inst_en = "%s Vocational and Technical College" % py
            zh_forms = ["%s职院" % city, "%s职业学院" % city]
            en_forms = ["%s Polytechnic" % py, "%s Vocational College" % py]
        elif kind == "bigdata":
            inst_zh, institution = "%s市大数据发展中心" % city, "大数据发展中心"
            inst_en = "%s Big Data Development Center" % py
            zh_forms = ["%s大数据中心" % city, "市大数据中心"]
            en_forms = ["%s Big Data Center" % py, "%s BDC" % py]
        elif kind == "tower":
            inst_zh, institution = "中国铁塔股份有限公司%s市分公司" % city, "铁塔分公司"
            inst_en = "China Tower Corporation Limited %s Branch" % py
            zh_forms = ["%s铁塔" % city, "铁塔%s分公司" % city, "铁塔公司%s分公司" % city]
            en_forms = ["China Tower %s" % py, "CTC %s Branch" % py]
        elif kind == "grid":
            if prov in ("广东", "广西"):
                inst_zh = "%s电网有限责任公司%s供电局" % (prov, city)
                inst_en = "%s Power Supply Bureau, China Southern Power Grid" % py
                zh_forms = ["%s供电局" % city, "南网%s供电局" % city]
                en_forms = ["CSG %s Power Supply Bureau" % py, "%s Power Supply Bureau" % py]
            else:
                inst_zh = "国网%s省电力有限公司%s供电公司" % (prov, city) if pk == "省" else "国网%s市电力公司" % city
                inst_en = "State Grid %s Power Supply Company" % py
                zh_forms = ["%s供电公司" % city, "国网%s供电" % city]
                en_forms = ["State Grid %s" % py, "SGCC %s Power Supply" % py]
            institution = "供电公司"
        elif kind in ("company_it", "company_es", "private_lab"):
            b, bpy = brands.pop(0)
            cust.brand = b
            if kind == "company_it":
                inst_zh, institution = "%s%s精密制造有限公司" % (city, b), "精密制造有限公司"
                inst_en = "%s %s Precision Manufacturing Co., Ltd." % (py, bpy)
                zh_forms = ["%s精密" % b, "%s精密制造" % b]
                en_forms = ["%s Precision" % bpy, "%s PRECISION MFG" % bpy.upper()]
            elif kind == "company_es":
                inst_zh, institution = "%s%s新能源科技股份有限公司" % (city, b), "新能源科技股份有限公司"
                inst_en = "%s %s New Energy Technology Co., Ltd." % (py, bpy)
                zh_forms = ["%s新能源" % b, "%s股份" % b]
                en_forms = ["%s New Energy" % bpy, "%s NE Tech" % bpy]
            else:
                inst_zh, institution = "%s%s医学检验实验室" % (city, b), "医学检验实验室"
                inst_en = "%s %s Medical Laboratory" % (py, bpy)
                zh_forms = ["%s医学检验" % b, "%s检验所" % b, "%s%s检验" % (city, b)]
                en_forms = ["%s Medical Lab" % bpy, "%s Clinical Laboratory" % bpy]
    city, py, prov, prov_en, cap_, pk = cinfo
    cust.city, cust.city_pinyin = city, py
    cust.institution = institution
    fams = {"people": None, "uni": None, "tcm": None, "mch": None, "prov_people": None, "prov_cancer": None}
    if dept:
        dept_en, dept_short, families = DEPTS[dept]
    else:
        dept_en = dept_short = None
        families = {"cdc": ["maldi", "nae", "auto", "bga"], "college": IT, "bigdata": IT, "tower": ["lcb", "hvdc", "mups"],
                    "grid": ["lcb", "hvdc", "mups"], "company_it": ["hci", "fw", "mups", "tape"],
                    "company_es": ["pcs", "lcb", "mups"], "private_lab": ["urine", "nae", "maldi", "flow"]}[kind]
    del fams
    cust.department = dept
    cust.dept_short = [dept_short]
    cust.families = families
    cust.name = inst_zh + (dept or "")
    cust.english = ("%s, %s" % (dept_en, inst_en)) if dept else inst_en
    cust.traditional = chars_to_hant(cust.name)
    if pk == "市":
        cust.address = "%s市%s%s%d号" % (city, rng.choice(DISTRICTS), rng.choice(ROADS), rng.randint(1, 399))
    elif pk == "自治区":
        cust.address = "%s壮族自治区%s市%s%s%d号" % (prov, city, rng.choice(DISTRICTS), rng.choice(ROADS), rng.randint(1, 399))
    else:
        cust.address = "%s省%s市%s%s%d号" % (prov, city, rng.choice(DISTRICTS), rng.choice(ROADS), rng.randint(1, 399))
    cust.city_forms = {"zh-Hans": [city], "zh-Hant": [chars_to_hant(city)], "en": [py]}
    cust.province = (prov, prov_en)
    zh, en = [], []
    insts_zh = [inst_zh] + zh_forms
    insts_en = [inst_en] + en_forms
    if dept:
        for f in insts_zh:
            zh += [f + dept, "%s/%s" % (f, dept), "%s　%s" % (f, dept), f]
        for f in insts_en:
            en += ["%s, %s" % (dept_en, f), "%s (%s)" % (f, dept_short), "%s / %s" % (f, dept_short), f]
    else:
        zh, en = insts_zh, insts_en
    cust.raw_forms = {"zh-Hans": zh, "en": en, "zh-Hant": [chars_to_hant(f) for f in zh]}
    cust.reg_forms = {"zh-Hans": cust.name, "zh-Hant": cust.traditional, "en": cust.english}
    return cust


def build_foreign(region, spec, dept, rng, company=False):
    cust = Cust()
    cust.region = region
    cust.number = None
    if company:
        reg, city, py, zf, en, ef, brand, _ = spec
        cust.brand = to_hans(brand) if region != "sg" else brand
        cust.institution = "公司"
    else:
        reg, city, py, zf, en, ef, _ = spec
        cust.brand = None
        cust.institution = {"tw": "醫院", "hk": "醫院", "mo": "醫院", "sg": "医院"}[region]
        if "大學" in reg or "大学" in reg:
            cust.institution = "大学" if "醫院" not in reg else "大学附属医院"
    dz, den, dshort, fams = dept
    cust.families = fams
    cust.city, cust.city_pinyin = city, py
    cust.department = (to_hans(dz) if region != "sg" else dz) if dz else None
    cust.dept_short = [dshort, dz]
    if region == "sg":
        cust.name = reg + (dz or "")
        cust.traditional = chars_to_hant(cust.name)
    else:
        cust.traditional = reg + (dz or "")
        cust.name = to_hans(cust.traditional)
    cust.english = ("%s, %s" % (den, en)) if dz else en
    cust.address = rng.choice(FOREIGN_ADDR[city]) % rng.randint(1, 250)
    cust.city_forms = {"zh-Hans": [city], "zh-Hant": [CITY_TRAD[city]] + ([city] if city != CITY_TRAD[city] else []),
                       "en": [py]}
    cust.province = None
    zh, en_ = [], []
    if region != "sg":
        for f in [reg] + zf:
            zh += ([f + dz, "%s %s" % (f, dz), f] if dz else [f])
        if region == "tw":
            zh += [f.replace("臺", "台") for f in zh if "臺" in f]
    for f in [en] + ef:
        en_ += (["%s, %s" % (den, f), "%s %s" % (f, dshort), "%s – %s" % (f, dshort), f] if dz else [f])
    if region == "mo" and "São" in en:
        en_.append(en.replace("São", "Sao"))
    cust.raw_forms = {"zh-Hant": zh, "en": en_, "zh-Hans": [to_hans(f) for f in zh]}
    cust.reg_forms = {"zh-Hans": cust.name, "zh-Hant": cust.traditional, "en": cust.english}
    return cust


def is_subseq(small, big):
    it = iter(big)
    return all(c in it for c in small)


def build_customers(seed, count):
    rng = R(seed, "world", "customers")
    n_tw = round(count * 0.15)
    n_hk = round(count * 0.10)
    n_mo = max(1, round(count * 0.03))
    n_sg = max(1, round(count * 0.06))
    n_cn = count - n_tw - n_hk - n_mo - n_sg
    brands = list(BRANDS_CN)
    rng.shuffle(brands)
    custs = []
    specs = cn_specs(rng)
    for s in specs[:n_cn]:
        custs.append(build_cn(s, R(seed, "cnspec", s[0], s[1][0], s[2], s[3]), brands))
    for region, n in (("tw", n_tw), ("hk", n_hk), ("mo", n_mo), ("sg", n_sg)):
        insts = FOREIGN[region]
        first = [(spec, d, False) for spec in insts for d in spec[6][:1]]
        second = [(spec, d, False) for spec in insts for d in spec[6][1:]]
        comp = [(spec, d, True) for spec in FOREIGN_COMPANIES[region] for d in spec[7]]
        r2 = R(seed, "foreign", region)
        # two departments of the first institution always come together
        order = first[:1] + second[:1] + sorted(first[1:] + comp, key=lambda x: r2.random()) + second[1:]
        for spec, d, isc in order[:n]:
            custs.append(build_foreign(region, spec, d, R(seed, "fspec", spec[0], d[0]), isc))
    # ids in a stable shuffled order
    rng.shuffle(custs)
    for i, c in enumerate(custs, 1):
        c.id = "KH%03d" % i
    # written forms: drop every form another customer could also produce
    reg_keys = {c.id: [form_key(c.name), form_key(c.traditional), form_key(c.english)] for c in custs}
    owners = {}
    for c in custs:
        c.city_keys = [form_key(x) for l in c.city_forms.values() for x in l]
        if c.province:
            c.city_keys += [form_key(c.province[0]), form_key(c.province[1])]
        c.dept_keys = []
        if c.department:
            en_dept = c.english.split(", ")[0]
            c.dept_keys = sorted(set(k for k in (form_key(c.department), form_key(chars_to_hant(c.department)),
                                                 form_key(en_dept)) if k), key=len, reverse=True)
            c.dept_keys += [form_key(x) for x in c.dept_short if x and form_key(x) not in c.dept_keys]
        c.inst_key = form_key(c.name).replace(form_key(c.department), "") if c.department else form_key(c.name)
        for lang in ("zh-Hans", "zh-Hant", "en"):
            for f in c.raw_forms[lang] + [c.reg_forms[lang]]:
                k = form_key(f)
                owners.setdefault(k, [])
                if c not in owners[k]:
                    owners[k].append(c)
    for c in custs:
        c.forms = {}
        for lang in ("zh-Hans", "zh-Hant", "en"):
            out, seen = [], set()
            for f in [c.reg_forms[lang]] + c.raw_forms[lang]:
                if f in seen:
                    continue
                seen.add(f)
                k = form_key(f)
                has_place = any(ck in k for ck in c.city_keys)
                ks = k
                for ds in c.dept_keys:
                    ks = ks.replace(ds, "")
                others = [o for o in owners[k] if o is not c]
                clash_global = [o for o in others]
                needs_place = False
                if not has_place:
                    for o in custs:
                        if o is not c and o.inst_key != c.inst_key and any(is_subseq(ks or k, rk) for rk in reg_keys[o.id]):
                            needs_place = True
                            break
                if clash_global:
                    # a form that needs the place may be shared with customers of other cities
                    if not (needs_place and all(o.city != c.city for o in clash_global)):
                        continue
                out.append((f, needs_place))
            c.forms[lang] = out
    return custs


# ----------------------------------------------------------------------------------------------
# units and their service lives
# ----------------------------------------------------------------------------------------------
REMOTE = {
    "lab": (["电话指导用户重新开机并执行自检，恢复正常", "指导用户按手册清洗相关部件后恢复正常", "远程查看日志，指导用户恢复默认参数后正常"],
            ["talked the user through a restart and self-test by phone; back to normal", "user cleaned the parts following phone instructions; resolved",
             "checked the logs remotely and had the user restore default parameters; resolved"]),
    "it": (["远程登录检查配置并修正参数，业务恢复", "电话指导客户重启相关服务后恢复", "远程协助清理告警并调整策略"],
           ["remote session: configuration corrected, services restored", "customer restarted the affected services with phone guidance; resolved",
            "cleared the alarms and adjusted the policy in a remote session"]),
    "power": (["电话指导值班人员复位告警并检查空开，恢复正常", "远程查看监控数据，确认为瞬时波动，已复位", "指导现场人员紧固接线后告警消除"],
              ["duty staff reset the alarm and checked the breakers with phone guidance; normal", "checked the monitoring data remotely, transient event, alarm reset",
               "site staff tightened the wiring following phone instructions; alarm cleared"]),
}


class Unit:
    pass


class Visit:
    pass


def make_world(seed, ndocs):
    C = max(12, min(120, ndocs // 22))
    custs = build_customers(seed, C)
    units, serials = [], set()
    all_visits = []
    for c in custs:
        r = R(seed, "customer", c.id)
        c.usual = r.choice(ENG_BY_REGION[c.region])
        c.contract = r.random() < 0.72
        c.weight = r.lognormvariate(0, 0.55)
        c.units = []
        nunits = r.randint(2, 6)
        fams = list(c.families)
        for k in range(nunits):
            fam = fams[k % len(fams)] if k < len(fams) else r.choice(fams)
            u = Unit()
            u.family, u.owner, u.cust = fam, c.id, c
            u.model = r.choice(FAMILIES[fam][3])
            u.install = workday(rand_date(r, D(2016, 3, 1), D(2024, 10, 31)), r)
            u.purchase = add_days(u.install, -r.randint(7, 120))
            u.warranty = add_days(D(u.install.year + r.choice([1, 2, 2, 3, 3, 5]), u.install.month, min(u.install.day, 28)), -1)
            made = add_days(u.purchase, -r.randint(20, 200))
            while True:
                s = FAMILIES[fam][4](r, made.year, made.month)
                if canon(s) not in serials:
                    break
            serials.add(canon(s))
            u.serial = s
            u.asset = "%s-%05d" % (r.choice(["ZC", "SB", "YQ"]), r.randint(1000, 99999))
            c.units.append(u)
            units.append(u)
    # visits
    for c in custs:
        r = R(seed, "life", c.id)
        round_step = 3 if any(FAMILIES[u.family][0] != "lab" for u in c.units) else 6
        rounds = []
        if c.contract:
            d = add_days(min(u.install for u in c.units), 90 + r.randint(0, 40))
            while d <= LAST_DAY:
                rounds.append(workday(d, r))
                d = add_days(d, round_step * 30 + r.randint(-10, 10))
        c.rounds = rounds
        c.round_eng = {}
        for rd in rounds:
            c.round_eng[rd] = c.usual if r.random() < 0.7 else r.choice(ENG_BY_REGION[c.region])
        for u in c.units:
            ru = R(seed, "unit", u.serial)
            grp, pm_m, calib = FAMILIES[u.family][0], FAMILIES[u.family][5], FAMILIES[u.family][6]
            vs = [("install", u.install)]
            d = add_days(u.install, pm_m * 30)
            while d <= LAST_DAY:
                if d <= u.warranty or c.contract:
                    vs.append(("pm", workday(d, ru)))
                d = add_days(d, pm_m * 30 + ru.randint(-12, 12))
            if calib and (c.contract or ru.random() < 0.7):
                d = add_days(u.install, 365 + ru.randint(-20, 20))
                while d <= LAST_DAY:
                    vs.append(("cal", workday(d, ru)))
                    d = add_days(d, 365 + ru.randint(-15, 15))
            for rd in rounds:
                if rd >= add_days(u.install, 30):
                    vs.append(("insp", rd))
            round_set = set(rounds)
            d = u.install
            while True:
                d = add_days(d, 15 + int(ru.expovariate(1 / 210.0)))
                if d > LAST_DAY:
                    break
                vs.append(("repair", workday(d, ru)))
            for k in range(ru.choice([0, 0, 1, 1, 2])):
                vs.append(("upgrade", workday(rand_date(ru, add_days(u.install, 60), LAST_DAY), ru)))
            if ru.random() < 0.1:
                vs.append(("move", workday(rand_date(ru, add_days(u.install, 200), LAST_DAY), ru)))
            prio = {"repair": 0, "install": 1, "insp": 2, "cal": 3, "pm": 4, "upgrade": 5, "move": 6}
            vs = [x for x in vs if u.install <= x[1] <= LAST_DAY]
            vs.sort(key=lambda x: (x[1], prio[x[0]]))
            out = []
            for typ, day in vs:
                if out and out[-1].date == day:
                    continue
                v = Visit()
                v.unit, v.type, v.date = u, typ, day
                v.group = grp
                v.eng = c.usual if ru.random() < 0.6 else ru.choice(ENG_BY_REGION[c.region])
                if typ == "insp" and day in round_set:
                    v.eng = c.round_eng[day]
                v.fault = ru.randrange(5) if typ == "repair" else None
                v.has_cause = ru.random() < 0.8
                v.variant = ru.randrange(2)
                v.version = "%d.%d.%d" % (ru.randint(2, 6), ru.randint(0, 9), ru.randint(1, 19)) if typ == "upgrade" else None
                v.id = len(all_visits)
                v.complaint = None
                out.append(v)
                all_visits.append(v)
            u.visits = out
            # complaints: ~30 % of repairs were preceded by one, plus 0-2 settled by phone
            u.complaints = []
            for v in out:
                if v.type == "repair" and ru.random() < 0.3:
                    cp = Visit()
                    cp.unit, cp.received = u, add_days(v.date, -ru.choice([0, 0, 1, 1, 2, 3, 4]))
                    if cp.received < u.install:
                        cp.received = v.date
                    cp.visit, cp.fault, cp.eng = v, v.fault, v.eng
                    cp.channel = ru.randrange(4)
                    cp.remote = None
                    v.complaint = cp
                    u.complaints.append(cp)
            for k in range(ru.choice([0, 1, 1, 2])):
                cp = Visit()
                cp.unit = u
                cp.received = workday(rand_date(ru, add_days(u.install, 30), LAST_DAY), ru)
                if cp.received > LAST_DAY or any(x.date == cp.received for x in out):
                    continue
                cp.visit, cp.fault = None, ru.randrange(5)
                cp.eng = c.usual if ru.random() < 0.5 else ru.choice(ENG_BY_REGION[c.region])
                cp.channel = ru.randrange(4)
                cp.remote = ru.randrange(3)
                u.complaints.append(cp)
            u.complaints.sort(key=lambda x: x.received)
    return custs, units, all_visits


# ----------------------------------------------------------------------------------------------
# one document
# ----------------------------------------------------------------------------------------------
CONTACT_CN = ["王", "刘", "陈", "杨", "赵", "黄", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "郑"]
CONTACT_CN_GIVEN = ["丽华", "建平", "晓燕", "海燕", "志刚", "红梅", "敏", "静", "伟东", "春霞", "雪梅", "立新"]
CONTACT_TITLE = ["主任", "老师", "科长", "组长", "经理", "女士", "先生"]
CONTACT_TW = ["陳美玲", "黃淑芬", "林怡君", "王志豪", "吳雅婷", "劉建宏", "蔡宗翰"]
CONTACT_HK = ["Dr. Wong Ka Yan", "Ms. Priscilla Ho", "Mr. Cheung Tak Wah", "Dr. Chan Siu Man", "Ms. Janet Lau", "Mr. Kelvin Ng"]
CONTACT_SG = ["Dr. Lim Wei Ling", "Ms. Siti Rahmah", "Mr. Tan Ah Kow", "Dr. Arun Pillai", "Ms. Michelle Ong", "Mr. Daniel Teo"]
CONTACT_EN_CN = ["Dr. Wang", "Ms. Liu", "Mr. Zhou", "Dr. Chen", "Ms. Yang"]


class Doc:
    def __init__(self, seed, i, tpl, cust, unit, rng):
        self.i, self.tpl, self.cust, self.unit, self.rng = i, tpl, cust, unit, rng
        self.kind, self.lang = tpl["kind"], tpl["lang"]
        self.region = cust.region if cust else None
        self.place = False
        self.t = {"customer": cust.id if cust else None, "customer_as_written": None,
                  "serial": unit.serial if unit else None, "serial_as_written": None,
                  "model": unit.model if unit else None, "model_as_written": None,
                  "visit_date": None, "visit_date_as_written": None, "other_dates": [],
                  "date_ambiguous": False, "fault": None, "cause": None, "action": None,
                  "engineer": None, "engineer_id": None, "number": None, "visits": [],
                  "serials": [], "serials_as_written": []}
        self.dates = []     # every date string written, with its ISO date
        self.marker = None

    # --- dates
    def d(self, day, st, role=None):
        s = fmt(day, st)
        self.dates.append((s, day))
        if role:
            e = {"role": role, "date": day.isoformat(), "as_written": s}
            if e not in self.t["other_dates"]:
                self.t["other_dates"].append(e)
        return s

    # --- customer, unit, engineer
    def cform(self, mode="any", lang=None, set_truth=True):
        lang = lang or self.lang
        forms = self.cust.forms[lang]
        if mode == "reg":
            f = forms[0][0]
        else:
            cands = [f for f, np_ in forms[1:] if self.place or not np_]
            if mode == "short":
                cands = sorted(cands, key=len)[:max(1, len(cands) // 2)] or cands
            f = self.rng.choice(cands) if cands and self.rng.random() < 0.88 else forms[0][0]
        if set_truth and self.t["customer_as_written"] is None:
            self.t["customer_as_written"] = f
        return f

    def city(self, lang=None):
        return self.rng.choice(self.cust.city_forms[lang or self.lang])

    def ser(self, u=None, fw_ok=True, primary=True):
        u = u or self.unit
        r = self.rng
        cs = canon(u.serial)
        opts = [(45, u.serial), (14, cs), (9, u.serial.lower()),
                (9, " ".join(cs[i:i + 4] for i in range(0, len(cs), 4)))]
        if "-" in u.serial:
            opts.append((8, u.serial.replace("-", ".")))
            opts.append((5, u.serial.replace("-", " ")))
        if fw_ok and self.lang != "en":
            opts.append((10, fullwidth(u.serial)))
        s = wpick(r, opts)
        if primary and u is self.unit and self.t["serial_as_written"] is None:
            self.t["serial_as_written"] = s
        return s

    def mod(self, u=None, fw_ok=True, primary=True, model=None):
        u = u or self.unit
        m = model or u.model
        opts = [(55, m), (12, m.replace("-", "").replace(" ", "")), (10, m.lower()), (8, m.replace("-", " "))]
        if fw_ok and self.lang != "en":
            opts.append((8, fullwidth(m)))
        s = wpick(self.rng, opts)
        if primary and u is self.unit and self.t["model_as_written"] is None:
            self.t["model_as_written"] = s
        return s

    def eng(self, eid, informal=False):
        forms = eng_forms(eid, self.lang)
        if not informal:
            forms = [f for f in forms if not (len(f) == 2 and f[1] in "工生")]
        return self.rng.choice(forms)

    def fam_name(self, u=None):
        u = u or self.unit
        f = FAMILIES[u.family]
        if self.lang == "en":
            return f[2]
        if self.lang == "zh-Hant":
            return to_hant(f[1], self.region)
        return f[1]

    def zh(self, s):
        return to_hant(s, self.region) if self.lang == "zh-Hant" else s

    def fca(self, v, wrap=True, with_cause=True):
        """written fault, cause, action of a visit in the document's language"""
        r = self.rng
        u = v.unit
        grp = FAMILIES[u.family][0]
        if v.type != "repair":
            zhs, ens = WORK[(v.type, grp)]
            k = v.variant % len(zhs)
            if self.lang == "en":
                a = ens[k]
            else:
                a = self.zh(zhs[k])
            if v.version:
                a = a % v.version
            return None, None, cap(a) if self.lang == "en" else a
        code, zf, zc, za, ef, ec, ea = FAULTS[u.family][v.fault]
        cause_on = with_cause and v.has_cause
        if self.lang == "en":
            f, c, a = cap(ef), cap(ec), cap(ea)
            if wrap:
                f = wpick(r, [(5, f), (1, "%s (code %s)" % (f, code)), (1, "Lab reports %s" % ef), (1, "%s, persists after restart" % f)])
                a = wpick(r, [(5, a), (1, "%s; unit returned to service" % a), (1, "%s, checked OK with controls" % a)])
            return f, (c if cause_on else None), a
        if wrap:
            f = wpick(r, [(5, zf), (1, "%s，报警代码%s" % (zf, code)), (1, "科室反馈%s" % zf), (1, "%s（重启后仍存在）" % zf)])
            a = wpick(r, [(5, za), (1, "%s，复测合格" % za), (1, "%s，观察30分钟运行正常" % za), (1, "%s。设备恢复使用" % za)])
        else:
            f, a = zf, za
        return self.zh(f), (self.zh(zc) if cause_on else None), self.zh(a)

    def visit_entry(self, v, date_as_written, f, c, a, eng, number=None):
        return {"date": v.date.isoformat(), "date_as_written": date_as_written, "fault": f, "cause": c,
                "action": a, "engineer": eng, "engineer_id": v.eng if not hasattr(v, "handler") else v.handler,
                "number": number}

    def set_top(self, v, date_as_written, f, c, a, eng, number=None, eid=None):
        t = self.t
        t["visit_date"] = v.date.isoformat() if hasattr(v, "date") else v
        t["visit_date_as_written"] = date_as_written
        t["fault"], t["cause"], t["action"], t["engineer"] = f, c, a, eng
        t["engineer_id"] = eid or v.eng
        t["number"] = number

    def one_visit(self, v, date_as_written, f, c, a, eng, number=None):
        """repair / service document: the visit is the top level"""
        self.set_top(v, date_as_written, f, c, a, eng, number)
        self.t["visits"] = [{"date": v.date.isoformat(), "date_as_written": date_as_written, "fault": f, "cause": c,
                             "action": a, "engineer": eng, "engineer_id": v.eng, "number": number}]

    def contact(self):
        r = self.rng
        if self.region == "cn" and self.lang == "zh-Hans":
            return r.choice(CONTACT_CN) + r.choice(CONTACT_TITLE)
        if self.region == "cn":
            return r.choice(CONTACT_EN_CN)
        if self.region == "tw":
            return r.choice(CONTACT_TW) if self.lang != "en" else r.choice(["Ms. Chen Mei-Ling", "Mr. Wang Chih-Hao", "Ms. Lin Yi-Chun"])
        if self.region in ("hk", "mo"):
            return r.choice(CONTACT_HK)
        return r.choice(CONTACT_SG)

    def phone(self):
        r = self.rng
        if self.region == "cn":
            return wpick(r, [(1, "1%d%d %04d %04d" % (r.choice([3, 5, 8]), r.randint(0, 9), r.randint(0, 9999), r.randint(0, 9999))),
                             (1, "0%d-%d%07d" % (r.randint(20, 999), r.randint(2, 8), r.randint(0, 9999999)))])
        if self.region == "tw":
            return "(0%d)%d%03d-%04d" % (r.randint(2, 7), r.randint(2, 8), r.randint(0, 999), r.randint(0, 9999))
        if self.region in ("hk", "mo"):
            return "%s %d%03d %04d" % ("+852" if self.region == "hk" else "+853", r.choice([2, 3, 9]), r.randint(0, 999), r.randint(0, 9999))
        return "+65 6%03d %04d" % (r.randint(0, 999), r.randint(0, 9999))


# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------
VENDOR_CN = {"lab": ["联拓医疗设备有限公司", "赛维仪器（中国）有限公司"], "it": ["华晟信息技术服务有限公司"], "power": ["恒力电源工程有限公司"]}
VENDOR_TW = {"lab": "聯拓儀器股份有限公司", "it": "華晟資訊服務股份有限公司", "power": "恆力電源工程股份有限公司"}
VENDOR_HK = {"lab": "聯拓儀器（香港）有限公司", "it": "華晟資訊服務（香港）有限公司", "power": "恆力電源工程（香港）有限公司"}
VENDOR_EN = {"lab": ["Sciwell Instruments Pte Ltd", "Liantuo Medical Equipment Co., Ltd."], "it": ["Huasheng IT Services Ltd."],
             "power": ["Hengli Power Engineering Co., Ltd."]}
DOMAIN = {"lab": "sciwell-service.com", "it": "huasheng-its.com", "power": "hengli-power.com"}
ST_CN = [(5, "cn"), (2, "cn0"), (1, "cnsp"), (2, "dot"), (1, "dot1"), (3, "iso"), (1, "iso1"), (1, "sl"), (1, "sl1")]
ST_TW = [(4, "roc"), (2, "roc0"), (1, "rocf"), (2, "rocdot"), (2, "rocsl")]
ST_EN = [(2, "dmy2"), (2, "dmy"), (3, "dmon"), (2, "dmonth"), (2, "mdy"), (1, "mdyth"), (1, "dthm"), (1, "dmonu"), (1, "iso")]
ST_HK = [(3, "cn"), (1, "cn0"), (1, "dmon")]


def grp(u):
    return FAMILIES[u.family][0]


def vendor(d):
    g = grp(d.unit) if d.unit else "lab"
    if d.lang == "zh-Hans":
        return d.rng.choice(VENDOR_CN[g])
    if d.lang == "zh-Hant":
        return VENDOR_TW[g] if d.region == "tw" else VENDOR_HK[g]
    return d.rng.choice(VENDOR_EN[g])


def st(d, table=None):
    if table is None:
        table = {"zh-Hans": ST_CN, "en": ST_EN}.get(d.lang) or (ST_TW if d.region == "tw" else ST_HK)
    return wpick(d.rng, table)


def num(r, prefix, digits):
    return prefix + "".join(r.choice("0123456789") for _ in range(digits))


def addr_line(d):
    """the customer's address (or city) in the document's script"""
    c = d.cust
    if d.lang == "en":
        if c.region == "sg":
            return c.address
        if c.region == "cn":
            return "%s, %s, China" % (c.city_pinyin, c.province[1]) if c.province[1] != c.city_pinyin else "%s, China" % c.city_pinyin
        return {"tw": "%s, Taiwan", "hk": "%s", "mo": "%s SAR"}[c.region] % c.city_pinyin
    if d.lang == "zh-Hant" and c.region == "cn":
        return chars_to_hant(c.address)
    if d.lang == "zh-Hans" and c.region != "cn":
        return to_hans(c.address)
    return c.address


def warranty_state(d, v):
    return v.date <= d.unit.warranty


# ---- repair -----------------------------------------------------------------------------------
def t_R01(d, v):
    """送修单: a return-to-depot repair form (Word, merged cells, spare-parts lines, footer form code)"""
    r, u = d.rng, d.unit
    d.place = r.random() < 0.5
    no = "SX%02d-%04d" % (v.date.year % 100, r.randint(1, 9999))
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    cust = d.cform()
    inw = warranty_state(d, v)
    rows = [[("委修单位", 1, True), (cust, 3)]]
    if d.place:
        rows.append([("地址", 1, True), (addr_line(d), 3)])
    rows += [[("送修人", 1, True), d.contact(), ("联系电话", 1, True), d.phone()],
             [("仪器名称", 1, True), d.fam_name(), ("型号", 1, True), d.mod()],
             [("出厂号", 1, True), d.ser(), ("资产编号", 1, True), u.asset]]
    if r.random() < 0.6:
        rows.append([("开机日期", 1, True), d.d(u.install, st(d), "install"), ("保修状态", 1, True), "■保内 □保外" if inw else "□保内 ■保外"])
    else:
        rows.append([("保修状态", 1, True), ("■保内 □保外" if inw else "□保内 ■保外", 3)])
    rows += [[("随机附件", 1, True), (r.choice(["电源线、数据线", "无", "电源适配器", "说明书一本"]), 3)],
             [("送修故障\n（送修方填写）", 1, True), (f, 3)],
             [("检测结论", 1, True), (c or "见排除方法", 3)],
             [("排除方法", 1, True), (a, 3)],
             [("维修费用", 1, True), ("保修期内，免费" if inw else "人民币%d元（含配件及工时）" % r.choice([380, 860, 1200, 2650, 4300]), 3)]]
    day = d.d(v.date, st(d))
    rows.append([("维修人", 1, True), eng, ("完修日期", 1, True), day])
    rows.append([("客户签收", 1, True), "", ("签收日期", 1, True), "    年  月  日"])
    d.one_visit(v, day, f, c, a, eng, no)
    blocks = [("h", vendor(d)), ("h", "送修单"), ("r", "No. %s" % no), ("t", rows, [1900, 2600, 1700, 2800]),
              ("p", "注：1. 送修仪器请去除样本及生物危害物；2. 维修后保修三个月（同一故障）。")]
    return "docx", (blocks, "表单编号：QR-SH-07　版本：B/0"), "售后服务部/送修单/%d" % v.date.year, no


def t_R02(d, v):
    """e-mail in Foxmail's Chinese header style, numbered report body"""
    r, u = d.rng, d.unit
    g = grp(u)
    eng_full = eng_forms(v.eng, "zh-Hans")[0]
    f, c, a = d.fca(v)
    contact = d.contact()
    sent = v.date if r.random() < 0.6 else add_days(v.date, r.choice([1, 1, 2, 3]))
    sent_s = d.d(sent, "cn", "report_printed" if sent != v.date else None)
    ampm = r.choice(["上午", "下午"])
    hour = r.randint(8, 11) if ampm == "上午" else r.randint(1, 6)
    cust = d.cform()
    subj_s = d.ser()
    day = d.d(v.date, st(d))
    lines = ["发件人: \"%s\" <%s@%s>" % (eng_full, "service", DOMAIN[g]),
             "发送时间: %s(%s) %s%d:%02d" % (sent_s, wk_cn(sent), ampm, hour, r.randint(0, 59)),
             "收件人: \"%s\"" % contact,
             "抄送: \"客服中心\" <kf@%s>" % DOMAIN[g],
             "主题: 关于%s%s（SN：%s）维修情况的报告" % (cust, d.fam_name(), subj_s), "",
             "%s您好：" % contact, "",
             "    %s我到贵单位处理%s（型号%s）故障，现将情况汇报如下：" % (day, d.fam_name(), d.mod()),
             "    一、故障情况：%s" % f]
    if c:
        lines.append("    二、原因分析：%s" % c)
    lines.append("    %s、处理结果：%s" % ("三" if c else "二", a))
    lines.append("    %s、建议：%s" % ("四" if c else "三", r.choice(["按操作规程做好日常维护。", "请定期清洁并记录运行状态。", "建议纳入下次保养重点检查。"])))
    eng = d.eng(v.eng)
    lines += ["", "如有问题请随时联系，谢谢！", "", eng, vendor(d), "手机：%s" % d.phone()]
    d.one_visit(v, day, f, c, a, eng)
    return "txt", "\n".join(lines), "邮件归档/%d-%02d" % (sent.year, sent.month), "维修情况报告_%s" % canon(u.serial)


def t_R03(d, v):
    """售后服务确认单 printed to PDF: ■/□ boxes, two fields per line, customer confirmation"""
    r, u = d.rng, d.unit
    no = "No.%07d" % r.randint(100000, 9999999)
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    day = d.d(v.date, wpick(r, [(3, "dot"), (2, "cn"), (1, "iso")]))
    cust = d.cform()
    L = [[(50, vendor(d), 11, False)], [(200, "售后服务确认单", 16, True), (430, no, 10, False)], "RULE",
         [(50, "服务类别：■维修 □保养 □安装 □巡检 □其他", 10, False)],
         [(50, "客户（单位）：%s" % cust, 10, False)],
         [(50, "联系人：%s" % d.contact(), 10, False), (320, "电话：%s" % d.phone(), 10, False)],
         [(50, "设备名称：%s" % d.fam_name(), 10, False), (320, "型号：%s" % d.mod(fw_ok=False), 10, False)],
         [(50, "设备序列号：%s" % d.ser(fw_ok=False), 10, False)]]
    if r.random() < 0.35:
        L.append([(50, "质保期至：%s" % d.d(u.warranty, st(d), "warranty_until"), 10, False)])
    L += [[(50, "报障内容：%s" % f, 10, False)]]
    if c:
        L.append([(50, "故障分析：%s" % c, 10, False)])
    L += [[(50, "处理措施：%s" % a, 10, False)],
          [(50, "处理结果：■已修复 □待配件 □返厂维修", 10, False)],
          [(50, "服务评价：■满意 □基本满意 □不满意", 10, False)], "RULE",
          [(50, "工程师：%s" % eng, 10, False), (320, "服务完成日期：%s" % day, 10, False)],
          [(50, "客户确认（签字/盖章）：", 10, False), (320, "日期：    年  月  日", 10, False)]]
    d.one_visit(v, day, f, c, a, eng, no)
    return "pdf", (L, False), "服务确认单/%d年%02d月" % (v.date.year, v.date.month), no.replace("No.", "FW")


def t_R04(d, v):
    """Feishu/Yuque work order exported to Markdown: call-out block and task list"""
    r, u = d.rng, d.unit
    no = "GD%d%05d" % (v.date.year, r.randint(1, 99999))
    f, c, a = d.fca(v)
    eng = d.eng(v.eng, informal=True)
    cust = d.cform()
    day = d.d(v.date, "iso")
    L = ["# 维修工单 · %s" % cust, "", "> 📌 工单号：%s　　状态：已关闭" % no, "", "**基本信息**", "",
         "- 报障单位：%s" % cust, "- 设备：%s %s" % (d.fam_name(), d.mod()), "- 机器编号：%s" % d.ser()]
    if r.random() < 0.4:
        L.append("- 投入使用日期：%s" % d.d(u.install, "iso", "install"))
    L += ["", "**处理记录**", "", "- [x] %s 到场，确认故障：%s" % (day, f)]
    if c:
        L.append("- [x] 故障点：%s" % c)
    L += ["- [x] 修复内容：%s" % a, "- [ ] 客服回访", "", "经办人：@%s" % eng, ""]
    d.one_visit(v, day, f, c, a, eng, no)
    return "md", "\n".join(L), "知识库导出/工单/%d" % v.date.year, no


def t_R05(d, v):
    """the hospital's own equipment-management system: repair record export (one row)"""
    r, u = d.rng, d.unit
    f, c, a = d.fca(v, with_cause=False)
    eng = d.eng(v.eng)
    cust = d.cform()
    t1, t2 = hhmm(r, 8, 10), hhmm(r, 14, 17)
    day = d.d(v.date, wpick(r, [(2, "iso"), (1, "sl")]))
    no = "WX%02d%05d" % (v.date.year % 100, r.randint(1, 99999))
    head = ["维修单号", "资产编码", "资产名称", "规格型号", "出厂号", "使用科室", "报修时间", "维修方式", "维修商", "维修工程师",
            "故障情况", "维修结果", "完成时间", "维修费用(元)"]
    row = [no, u.asset, d.fam_name(), d.mod(fw_ok=False), d.ser(fw_ok=False), d.cust.department or "设备科",
           "%s %s" % (day, t1), "外修", vendor(d), eng, f, a, "%s %s" % (day, t2), "0" if warranty_state(d, v) else str(r.choice([450, 980, 2300]))]
    rows = [["%s 设备维修记录" % cust], ["导出人：设备科", "", "共1条"], head, row]
    d.one_visit(v, day, f, None, a, eng, no)
    return "csv", rows, "设备科导出/维修记录", "维修记录_%s" % no


def t_R06(d, v):
    """Taiwan 服務憑證 (service voucher) in Word: A/B/C service class from the company rules, ROC dates"""
    r, u = d.rng, d.unit
    d.place = True
    no = "A%07d" % r.randint(1, 9999999)
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    cust = d.cform()
    inw = warranty_state(d, v)
    cls = "□有費服務(A)　□合約服務(B)　■免費服務(C)" if inw else (
        "□有費服務(A)　■合約服務(B)　□免費服務(C)" if d.cust.contract else "■有費服務(A)　□合約服務(B)　□免費服務(C)")
    day = d.d(v.date, st(d))
    rows = [[("顧客名稱", 1, True), (cust, 3)], [("地址", 1, True), (addr_line(d), 3)],
            [("電話", 1, True), d.phone(), ("聯絡人", 1, True), d.contact()],
            [("商品型號", 1, True), d.mod(), ("機器序號", 1, True), d.ser()],
            [("服務類別", 1, True), (cls, 3)]]
    if r.random() < 0.4:
        rows.append([("保固至", 1, True), (d.d(u.warranty, st(d), "warranty_until"), 3)])
    rows += [[("叫修時間", 1, True), "%s %s" % (day, hhmm(r, 8, 11)), ("完工日期", 1, True), day],
            [("故障狀況", 1, True), (f, 3)]]
    if c:
        rows.append([("原因說明", 1, True), (c, 3)])
    rows.append([("處置說明", 1, True), (a, 3)])
    rows.append([("技術員", 1, True), eng, ("顧客簽章", 1, True), ""])
    d.one_visit(v, day, f, c, a, eng, no)
    blocks = [("h", vendor(d)), ("h2", "服務憑證　　　　No. %s" % no), ("t", rows, [1800, 2900, 1600, 2700]),
              ("p", "※本憑證一式三聯：第一聯顧客收執，第二聯服務部存查，第三聯會計。")]
    return "docx", (blocks, "FM-SV-02"), "服務憑證/%d" % (v.date.year - 1911), no


def t_R07(d, v):
    """Hong Kong engineer's follow-up e-mail in written Cantonese mixed with English"""
    r, u = d.rng, d.unit
    d.place = r.random() < 0.5
    f, c, a = d.fca(v)
    eng = d.eng(v.eng, informal=True)
    contact = d.contact()
    cust = d.cform()
    en_short = d.cform(lang="en", set_truth=False) if r.random() < 0.5 else None
    sent = d.d(v.date, "dmon")
    L = ["From: %s <%s@%s>" % (eng_forms(v.eng, "en")[0], "fse", DOMAIN[grp(u)]),
         "Sent: %s, %s %02d:%02d" % (WK_EN[v.date.weekday()], sent, r.randint(12, 20), r.randint(0, 59)),
         "To: %s" % contact,
         "Subject: RE: %s %s 維修跟進 (S/N %s)" % (en_short or cust, d.mod(fw_ok=False), d.ser(fw_ok=False)), "",
         "Hi %s," % contact, ""]
    day = d.d(v.date, wpick(r, [(2, "cn"), (1, "cn0")]))
    L.append("%s已經去咗%s睇返部%s，情況如下：" % (day, cust + ("（%s）" % addr_line(d) if d.place else ""), d.fam_name()))
    L.append("問題：%s" % f)
    if c:
        L.append("成因：%s" % c)
    L += ["維修詳情：%s" % a, "部機已經回復正常，有咩問題隨時搵我。", "", "Regards,", eng, vendor(d)]
    d.one_visit(v, day, f, c, a, eng)
    return "txt", "\n".join(L), "HK Service/Mail/%d" % v.date.year, "RE_%s_%s" % (canon(u.serial), v.date.isoformat())


def t_R08(d, v):
    """English Service Call Report (PDF): call received / arrived / completed, labour and travel"""
    r, u = d.rng, d.unit
    d.place = True
    no = "SC-%06d" % r.randint(1, 999999)
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    us = r.random() < 0.45
    stl = "us" if us else st(d)
    day = d.d(v.date, stl)
    cust = d.cform()
    L = [[(50, vendor(d), 11, True)], [(50, "SERVICE CALL REPORT", 15, True), (400, "Call No.: %s" % no, 10, False)]]
    if us:
        L.append([(50, "All dates MM/DD/YYYY", 8, False)])
    L += ["RULE", [(50, "Customer / Site: %s" % cust, 10, False)],
          [(50, "Location: %s" % addr_line(d), 10, False)],
          [(50, "Contact: %s" % d.contact(), 10, False), (330, "Tel: %s" % d.phone(), 10, False)],
          [(50, "Equipment: %s" % d.fam_name(), 10, False), (330, "Model: %s" % d.mod(), 10, False)],
          [(50, "Ser. No.: %s" % d.ser(), 10, False)]]
    if r.random() < 0.3:
        L.append([(50, "Commissioning date: %s" % d.d(u.install, stl, "install"), 10, False),
                  (330, "Warranty to: %s" % d.d(u.warranty, stl, "warranty_until"), 10, False)])
    t0 = r.randint(8, 11)
    L += [[(50, "Call received: %s %02d:%02d" % (day, t0 - 1 if t0 > 8 else 8, r.randint(0, 59)), 10, False),
           (330, "Arrived: %02d:%02d   Completed: %02d:%02d" % (t0, r.randint(0, 59), t0 + r.randint(2, 5), r.randint(0, 59)), 10, False)],
          [(50, "Problem Reported: %s" % f, 10, False)]]
    if c:
        L.append([(50, "Cause of Failure: %s" % c, 10, False)])
    L += [[(50, "Work Carried Out: %s" % a, 10, False)],
          [(50, "Labour: %.1f h    Travel: %.1f h" % (r.choice([1.0, 1.5, 2.0, 3.5]), r.choice([0.5, 1.0, 2.0])), 10, False)],
          "RULE", [(50, "FSE: %s" % eng, 10, False), (330, "Customer signature: ______________", 10, False)]]
    d.one_visit(v, day, f, c, a, eng, no)
    return "pdf", (L, False), "Field Service/SCR/%d" % v.date.year, no


def t_R09(d, v):
    """Singapore-style JOB SHEET, upper-case labels padded with spaces, DD-Mon-YY"""
    r, u = d.rng, d.unit
    d.place = r.random() < 0.6
    no = "JS%02d%05d" % (v.date.year % 100, r.randint(1, 99999))
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    day = d.d(v.date, wpick(r, [(3, "dmy2"), (1, "dmonu"), (1, "dmy")]))
    cust = d.cform()
    kv = [("DATE", day), ("CUSTOMER", cust)]
    if d.place:
        kv.append(("ADDRESS", addr_line(d)))
    kv += [("CONTACT", d.contact()), ("EQUIPMENT", d.fam_name().upper()), ("MODEL", d.mod()), ("SERIAL NO", d.ser()),
           ("NATURE OF FAULT", f)]
    if c:
        kv.append(("PROBABLE CAUSE", c))
    kv += [("RECTIFICATION", a), ("TIME IN / OUT", "%s / %s" % (hhmm(r, 8, 11), hhmm(r, 12, 17))), ("ENGINEER", eng)]
    w = max(len(k) for k, _ in kv) + 1
    L = ["%s" % vendor(d).upper(), "JOB SHEET" + " " * 30 + "JOB NO: " + no, "-" * 60]
    L += ["%s: %s" % (k.ljust(w), val) for k, val in kv]
    L += ["-" * 60, "CUSTOMER ACKNOWLEDGEMENT: ____________________", ""]
    d.one_visit(v, day, f, c, a, eng, no)
    return "txt", "\n".join(L), "Field Service/Job Sheets/%d" % v.date.year, no


def t_R10(d, v):
    """IT incident report in Word: summary table, hh:mm timeline, symptoms / root cause / resolution"""
    r, u = d.rng, d.unit
    no = "INC%07d" % r.randint(1, 9999999)
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    day = d.d(v.date, wpick(r, [(2, "dmonth"), (1, "dmon"), (1, "iso")]))
    cust = d.cform()
    t0 = r.randint(7, 10)
    rows = [[("Incident No.", 1, True), no], [("Client site", 1, True), cust],
            [("Affected CI", 1, True), "%s %s" % (d.fam_name(), d.mod())], [("Serial", 1, True), d.ser()],
            [("Severity", 1, True), r.choice(["P2 – High", "P3 – Medium"])]]
    if r.random() < 0.4:
        rows.append([("In service since", 1, True), d.d(u.install, d.rng.choice(["dmonth", "dmon"]), "install")])
    rows += [[("Date", 1, True), day], [("Engineer on site", 1, True), eng]]
    tl = [[("Time", 1, True), ("Event", 1, True)],
          ["%02d:%02d" % (t0, r.randint(0, 59)), "Alert raised by monitoring / user call"],
          ["%02d:%02d" % (t0 + 1, r.randint(0, 59)), "Remote triage, on-site attendance requested"],
          ["%02d:%02d" % (t0 + 3, r.randint(0, 59)), "Engineer on site, fault confirmed"],
          ["%02d:%02d" % (t0 + 5, r.randint(0, 59)), "Service restored, monitoring"]]
    blocks = [("h", "Incident Report"), ("t", rows, [2600, 6400]), ("h2", "Timeline (local time)"), ("t", tl, [1500, 7500]),
              ("h2", "Symptoms"), ("p", f)]
    if c:
        blocks += [("h2", "Root cause"), ("p", c)]
    blocks += [("h2", "Resolution"), ("p", a), ("h2", "Preventive actions"),
               ("p", r.choice(["Add the component to the quarterly health check.", "Firmware baseline to be reviewed at the next change window.",
                               "Monitoring threshold adjusted."]))]
    d.one_visit(v, day, f, c, a, eng, no)
    return "docx", (blocks, "%s – Confidential" % vendor(d)), "IT Services/Incidents/%d" % v.date.year, no


def t_R11(d, v):
    """power-room / tower-site fault ticket receipt (FSU alarm style), times with seconds"""
    r, u = d.rng, d.unit
    no = "TT%s%06d" % (v.date.strftime("%y%m"), r.randint(1, 999999))
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, "iso")
    site = r.choice(["1号机房", "2#配电室", "数据中心A区", "%s基站" % r.choice(["城东", "河西", "工业园", "高铁站"])])
    L = ["【故障工单回单】", "工单编号：%s" % no, "产权单位：%s" % cust, "站址/机房：%s" % site,
         "告警名称：%s" % f, "告警发生时间：%s %02d:%02d:%02d" % (day, r.randint(0, 7), r.randint(0, 59), r.randint(0, 59)),
         "设备类型：%s" % d.fam_name(), "设备型号：%s" % d.mod(), "序列号：%s" % d.ser()]
    if c:
        L.append("原因判定：%s" % c)
    L += ["处理措施：%s" % a, "处理人：%s" % eng,
          "回单时间：%s %02d:%02d:%02d" % (day, r.randint(9, 18), r.randint(0, 59), r.randint(0, 59)),
          "是否影响业务：%s" % r.choice(["否", "是（已恢复）"])]
    d.one_visit(v, day, f, c, a, eng, no)
    return "txt", "\n".join(L), "动力运维/回单/%d" % v.date.year, no


def t_R12(d, v):
    """维修报价单 (repair quotation) in Excel; the quote date is the diagnosis visit"""
    r, u = d.rng, d.unit
    no = "BJ%s%03d" % (v.date.strftime("%y%m"), r.randint(1, 999))
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, wpick(r, [(2, "cn"), (1, "iso")]))
    p1, p2 = r.choice([1800, 2600, 3900, 5200]), r.choice([300, 500, 800])
    rows = [["%s 维修报价单" % vendor(d)], ["报价单号", no, "", "报价日期", day],
            ["客户", cust, "", "联系人", d.contact()],
            ["设备名称", d.fam_name(), "型号", d.mod(fw_ok=False), "序列号", d.ser(fw_ok=False)],
            ["检测情况", f + ("；" + c if c else "")], [],
            ["序号", "项目", "数量", "单价(元)", "小计(元)"], [1, "配件（按检测结果）", 1, p1, p1], [2, "工时费", 1, p2, p2],
            ["合计", "", "", "", p1 + p2], [], ["维修方案", a], ["说明", "报价有效期30天；更换配件保修三个月。"],
            ["检测工程师", eng]]
    d.one_visit(v, day, f, c, a, eng, no)
    return "xlsx", [("报价单", rows)], "报价/维修报价/%d" % v.date.year, no


def t_R13(d, v):
    """Macau bilingual Chinese / Portuguese repair report (PDF), dates DD/MM/AAAA"""
    r, u = d.rng, d.unit
    no = "MR-%05d" % r.randint(1, 99999)
    f, c, a = d.fca(v)
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, "uk")
    L = [[(50, vendor(d), 11, False)], [(50, "維修報告 / Relatório de Reparação", 15, True), (420, "N.º %s" % no, 10, False)], "RULE",
         [(50, "客戶 / Cliente：%s" % cust, 10, False)],
         [(50, "設備 / Equipamento：%s %s" % (d.fam_name(), d.mod(fw_ok=False)), 10, False)],
         [(50, "序號 / N.º de série：%s" % d.ser(fw_ok=False), 10, False)],
         [(50, "日期 / Data (DD/MM/AAAA)：%s" % day, 10, False)],
         [(50, "故障 / Avaria：%s" % f, 10, False)]]
    if c:
        L.append([(50, "原因 / Causa：%s" % c, 10, False)])
    L += [[(50, "處理 / Reparação：%s" % a, 10, False)], "RULE",
          [(50, "工程師 / Técnico：%s" % eng, 10, False), (330, "客戶簽署 / Assinatura：", 10, False)]]
    d.one_visit(v, day, f, c, a, eng, no)
    d.marker = "DD/MM/AAAA"
    return "pdf", (L, False), "Macau/Relatorios/%d" % v.date.year, no


# ---- service reports --------------------------------------------------------------------------
def t_S01(d, v, round_units):
    """巡检记录 over several units of one customer on one day (Word), √ marks, next round date"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, st(d))
    _, _, a = d.fca(v)
    head = [("序号", 1, True), ("设备名称", 1, True), ("型号", 1, True), ("序列号", 1, True), ("运行状态", 1, True), ("巡检结论", 1, True)]
    rows = [head]
    sers = []
    for k, uu in enumerate(round_units, 1):
        s = d.ser(uu, primary=True)
        sers.append((uu, s))
        rows.append([str(k), d.fam_name(uu), d.mod(uu, primary=True), s, "√正常", "合格"])
    blocks = [("h", "%s设备巡检记录" % cust), ("p", "巡检日期：%s　　　　巡检工程师：%s" % (day, eng)), ("t", rows),
              ("b", "一、本次巡检发现问题：无"), ("b", "二、处理及建议：%s" % a)]
    nxt = [x for x in d.cust.rounds if x > v.date]
    if nxt and r.random() < 0.6:
        blocks.append(("p", "下次巡检时间：%s" % d.d(nxt[0], st(d), "follow_up")))
    blocks.append(("p", "客户签字：　　　　　　　　日期：　　年　　月　　日"))
    d.one_visit(v, day, None, None, a, eng)
    if len(round_units) > 1:
        d.t["serials"] = [uu.serial for uu, _ in sers]
        d.t["serials_as_written"] = [s for _, s in sers]
    return "docx", (blocks, "巡检记录表（IT/动力/仪器通用）"), "巡检记录/%d" % v.date.year, "巡检_%s_%s" % (d.cust.id, v.date.isoformat())


def t_S02(d, v):
    """仪器性能验证报告 after maintenance or calibration (PDF), results table, next verification"""
    r, u = d.rng, d.unit
    no = "YZ-%d-%04d" % (v.date.year, r.randint(1, 9999))
    eng = d.eng(v.eng)
    cust = d.cform()
    _, _, a = d.fca(v)
    title = "仪器性能验证报告（%s）" % ("年度校准" if v.type == "cal" else "保养后验证")
    L = [[(50, vendor(d), 10, False)], [(150, title, 15, True)], [(50, "报告编号：%s" % no, 9, False)], "RULE",
         [(50, "用户名称：%s" % cust, 10, False)],
         [(50, "仪器名称：%s" % d.fam_name(), 10, False), (300, "型号：%s" % d.mod(fw_ok=False), 10, False)],
         [(50, "仪器序列号：%s" % d.ser(fw_ok=False), 10, False)]]
    if r.random() < 0.5:
        L.append([(50, "安装验收日期：%s" % d.d(u.install, st(d), "install"), 10, False)])
    day = d.d(v.date, st(d))
    L += [[(50, "验证日期：%s" % day, 10, False), (300, "环境温度：%d℃　湿度：%d%%" % (r.randint(20, 26), r.randint(35, 65)), 10, False)],
          [(50, "验证项目", 10, True), (200, "要求", 10, True), (330, "结果", 10, True), (430, "判定", 10, True)]]
    for item, req in [("重复性（CV）", "≤3.0%"), ("准确度（偏倚）", "≤5.0%"), ("线性", "r≥0.990"), ("携带污染率", "≤1.0%")]:
        val = {"重复性（CV）": "%.1f%%" % r.uniform(0.8, 2.6), "准确度（偏倚）": "%.1f%%" % r.uniform(0.5, 4.2),
               "线性": "r=0.99%d" % r.randint(2, 9), "携带污染率": "%.2f%%" % r.uniform(0.05, 0.8)}[item]
        L.append([(50, item, 10, False), (200, req, 10, False), (330, val, 10, False), (430, "合格", 10, False)])
    L += ["RULE", [(50, "结论：%s" % a, 10, False)]]
    fu = add_days(v.date, 365 if v.type == "cal" else FAMILIES[u.family][5] * 30)
    if r.random() < 0.8:
        L.append([(50, "下次验证日期：%s" % d.d(fu, st(d), "follow_up"), 10, False)])
    L.append([(50, "验证工程师：%s" % eng, 10, False), (300, "审核：质量部 %s" % r.choice(["孙莉", "周海燕", "钱永"]), 10, False)])
    d.one_visit(v, day, None, None, a, eng, no)
    return "pdf", (L, False), "质量记录/性能验证/%d" % v.date.year, no


def t_S03(d, v):
    """出差总结单 (trip summary) as in the company rules: itinerary, tasks done, open items, costs"""
    r, u = d.rng, d.unit
    d.place = True
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, st(d))
    f, c, a = d.fca(v)
    L = ["出差总结单", "", "出差人：%s　　　　部门：技术服务部" % eng, "出差日期：%s（当日往返）" % day,
         "出差地点：%s" % addr_line(d), "服务客户：%s" % cust, "任务来源：售后任务通知单 RW%05d" % r.randint(1, 99999), "",
         "一、出差行程", "    公司出发 → %s → 返回公司" % d.city(), "", "二、已处理完成的任务",
         "    设备：%s（%s，出厂号%s）" % (d.fam_name(), d.mod(), d.ser())]
    if v.type == "repair":
        L.append("    故障表现：%s" % f)
        if c:
            L.append("    原因：%s" % c)
        L.append("    处理：%s" % a)
    else:
        L.append("    服务类型：%s" % VTYPE_ZH[v.type])
        L.append("    工作内容：%s" % a)
    L += ["", "三、未处理事项及解决方案：无", "", "四、费用：交通费%d元，餐补%d元" % (r.choice([60, 120, 240, 380]), r.choice([30, 50])),
          "", "部门经理意见：同意报销。"]
    d.one_visit(v, day, f, c, a, eng)
    return "txt", "\n".join(L), "出差总结/%s" % eng_forms(v.eng, "zh-Hans")[0], "出差总结_%s_%s" % (v.date.isoformat(), d.cust.id)


def t_S04(d, v):
    """Taiwan 技術員工作日報表 (technician's daily report): one customer row plus internal D rows"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, st(d))
    f, c, a = d.fca(v, with_cause=False)
    inw = warranty_state(d, v)
    cat = "C" if inw else ("B" if d.cust.contract else "A")
    work = ("故障狀況：%s\n處置：%s" % (f, a)) if f else a
    rows = [[("序號", 1, True), ("客戶", 1, True), ("機型／序號", 1, True), ("類別", 1, True), ("工作內容", 1, True), ("時數", 1, True)],
            ["1", cust, "%s／%s" % (d.mod(), d.ser()), cat, work, "%.1f" % r.choice([1.5, 2.0, 3.0, 4.5])],
            ["2", "—", "—", "D", "零件管理、工具維護", "1.0"], ["3", "—", "—", "D", r.choice(["短期在職訓練", "服務憑證整理歸檔"]), "0.5"]]
    blocks = [("h", "技術員工作日報表"), ("p", "技術員：%s　　　日期：%s" % (eng, day)), ("t", rows, [700, 2200, 2200, 700, 2600, 700]),
              ("p", "類別：A 有費服務　B 合約服務　C 免費服務　D 一般行政工作"), ("p", "服務主任核閱：")]
    d.one_visit(v, day, f, None, a, eng)
    return "docx", (blocks, None), "日報表/%s" % eng_forms(v.eng, "zh-Hant")[0], "日報_%s" % v.date.isoformat()


def t_S05(d, v):
    """Hong Kong / Singapore hospital PPM record (PDF) with the hospital's work order and equipment no."""
    r, u = d.rng, d.unit
    no = "WO%08d" % r.randint(1, 99999999)
    eng = d.eng(v.eng)
    cust = d.cform()
    uk = r.random() < 0.4
    stl = "uk" if uk else wpick(r, [(2, "dmon"), (1, "dmy"), (1, "dthm")])
    day = d.d(v.date, stl)
    _, _, a = d.fca(v)
    freq = {3: "Quarterly", 6: "Half-yearly", 12: "Annual"}[FAMILIES[u.family][5]]
    L = [[(50, "PLANNED PREVENTIVE MAINTENANCE (PPM) RECORD", 13, True)],
         [(50, "Work Order No.: %s" % no, 10, False), (330, "Equipment No.: %s" % u.asset, 10, False)], "RULE",
         [(50, "Hospital / Institution: %s" % cust, 10, False)],
         [(50, "Equipment: %s" % d.fam_name(), 10, False), (330, "Make / Model: %s" % d.mod(), 10, False)],
         [(50, "Serial No.: %s" % d.ser(), 10, False), (330, "Frequency: %s" % freq, 10, False)]]
    if r.random() < 0.45:
        L.append([(50, "Handover date: %s" % d.d(u.install, stl, "install"), 10, False)])
    L += [[(50, "PPM Date%s: %s" % (" (dd/mm/yyyy)" if uk else "", day), 10, False), (330, "Type: %s" % VTYPE_EN[v.type], 10, False)],
          "RULE"]
    for item in ["Visual inspection", "Functional check", "Electrical safety test", "Alarm test", "Cleaning / filters"]:
        L.append([(60, item, 10, False), (330, r.choice(["Pass", "Pass", "Pass", "N/A"]), 10, False)])
    L += ["RULE", [(50, "Remarks: %s" % a, 10, False)]]
    if r.random() < 0.7:
        nxt = add_days(v.date, FAMILIES[u.family][5] * 30)
        L.append([(50, "Next PPM due: %s" % d.d(nxt, stl, "follow_up"), 10, False)])
    L.append([(50, "Performed by: %s" % eng, 10, False), (330, "Verified by (user): %s" % d.contact(), 10, False)])
    d.one_visit(v, day, None, None, a, eng, no)
    return "pdf", (L, False), "PPM/%s/%d" % (d.cust.id, v.date.year), no


def t_S06(d, v):
    """IT change record in Markdown (upgrade, maintenance or health check of an IT unit)"""
    r, u = d.rng, d.unit
    no = "CHG%07d" % r.randint(1, 9999999)
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, wpick(r, [(2, "iso"), (1, "dmonth")]))
    _, _, a = d.fca(v)
    L = ["# Change Record %s" % no, "", "**Change type:** Standard  ", "**Requested by:** %s  " % cust,
         "**Configuration item:** %s %s, S/N %s  " % (d.fam_name(), d.mod(), d.ser())]
    if r.random() < 0.4:
        L.append("**CI installed:** %s  " % d.d(u.install, "iso", "install"))
    L += ["**Implementation date:** %s  " % day, "**Window:** %s–%s local time  " % (r.choice(["20:00", "21:30", "22:00"]), r.choice(["23:30", "00:30"])),
         "**Implementer:** %s" % eng, "", "## Description", "", a, "", "## Pre-checks", "",
         "- Configuration backup taken and verified", "- Redundant path confirmed healthy", "", "## Rollback plan", "",
         "Restore the previous image / configuration from backup; expected 30 min.", "", "## Outcome", "",
         r.choice(["Completed successfully, no user impact.", "Completed within the window; monitoring normal afterwards."]), ""]
    d.one_visit(v, day, None, None, a, eng, no)
    return "md", "\n".join(L), "IT Services/Changes/%d" % v.date.year, no


def t_S07(d, v):
    """Outlook e-mail visit summary in English (any kind of visit)"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    contact = d.contact()
    cust = d.cform()
    sent = v.date if r.random() < 0.65 else add_days(v.date, r.choice([1, 1, 2]))
    us = r.random() < 0.5
    sent_s = d.d(sent, "mdy" if us else "dmonth", "report_printed" if sent != v.date else None)
    f, c, a = d.fca(v)
    day = d.d(v.date, st(d))
    hh = r.randint(1, 11) if us else r.randint(13, 20)
    L = ["From: %s <%s@%s>" % (eng_forms(v.eng, "en")[0], "fse.team", DOMAIN[grp(u)]),
         ("Sent: %s, %s %d:%02d PM" % (WK_EN[sent.weekday()], sent_s, hh, r.randint(0, 59))) if us else
         ("Sent: %s %s %02d:%02d" % (WK_EN[sent.weekday()], sent_s, hh, r.randint(0, 59))),
         "To: %s" % contact, "Cc: Service Desk",
         "Subject: Service visit summary – %s – %s S/N %s" % (cust, d.mod(), d.ser()), "",
         "Dear %s," % contact, "",
         "Thank you for your time. Please find below a summary of our visit on %s." % day, "",
         "Equipment: %s" % d.fam_name(),
         "Reason for visit: %s" % (f if f else VTYPE_EN[v.type])]
    if c:
        L.append("Cause identified: %s" % c)
    L += ["Action completed: %s" % a, "Status: %s" % r.choice(["Operational", "Operational – monitoring"]), ""]
    if v.type in ("pm", "cal", "insp") and r.random() < 0.5:
        nxt = add_days(v.date, FAMILIES[u.family][5] * 30)
        L += ["The next preventive maintenance is planned for %s." % d.d(nxt, st(d), "follow_up"), ""]
    L += ["Best regards,", eng, "Field Service Engineer", vendor(d)]
    d.one_visit(v, day, f, c, a, eng)
    return "txt", "\n".join(L), "Mail/Sent Items/%d" % sent.year, "Service visit summary %s" % canon(u.serial)


def t_S08(d, v):
    """formal service completion notice (服務完成通知書) from a Taiwan / Hong Kong office"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, st(d))
    f, c, a = d.fca(v)
    hon = "貴院" if "醫" in cust or "院" in cust else ("貴校" if "大學" in cust else "貴公司")
    typ = {"repair": "維修", "pm": "保養", "cal": "校正" if d.region == "tw" else "校準", "insp": "巡檢", "install": "安裝",
           "upgrade": "升級" if d.region != "tw" else "更新", "move": "移機"}[v.type]
    L = [vendor(d), "", "服務完成通知書", "", "%s：" % cust, "", "敬啟者："]
    if f:
        L.append("　　%s反映之%s（型號%s，機身編號%s）%s一事，本公司工程師%s已於%s到場處理。" % (hon, d.fam_name(), d.mod(), d.ser(), f, eng, day))
        if c:
            L.append("　　經檢查，原因為%s。" % c)
        L.append("　　處理情形：%s。" % a)
    else:
        L.append("　　本公司工程師%s已於%s到 %s就%s（型號%s，機身編號%s）進行%s，%s。" % (eng, day, hon, d.fam_name(), d.mod(), d.ser(), typ, a))
    letter = v.date if r.random() < 0.5 else add_days(v.date, r.choice([1, 2, 3, 5]))
    ls = d.d(letter, st(d), "report_printed" if letter != v.date else None)
    L += ["　　如有任何疑問，請致電 %s 與本公司客戶服務部聯絡。" % d.phone(), "", "此致", cust, "",
          "%s 客戶服務部" % vendor(d), ls]
    d.one_visit(v, day, f, c, a, eng)
    return "txt", "\n".join(L), "通知書/%d" % letter.year, "服務完成通知_%s_%s" % (canon(u.serial), v.date.isoformat())


def t_S09(d, v):
    """CSV export of an inspection / maintenance checklist: one row per check item"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    cust = d.cform()
    day = d.d(v.date, wpick(r, [(2, "iso"), (1, "sl")]))
    _, _, a = d.fca(v)
    g = grp(u)
    items = {"lab": [("外观及清洁", "无污物", "正常"), ("温控", "37±0.5℃", "37.1℃"), ("自检", "通过", "通过"), ("质控", "在控", "在控")],
             "it": [("电源/风扇", "无告警", "正常"), ("CPU/内存", "<80%", "%d%%" % r.randint(12, 60)), ("日志", "无严重告警", "无"), ("固件版本", "基线", "符合")],
             "power": [("输入电压", "380V±10%", "%dV" % r.randint(372, 396)), ("输出电压", "额定", "正常"), ("电池内阻", "≤1.2倍初值", "正常"),
                       ("环境温度", "≤30℃", "%d℃" % r.randint(20, 28))]}[g]
    head = ["客户", "设备序列号", "设备型号", "检查日期", "检查项目", "标准", "实测值", "结论", "检查人"]
    cs, ms = d.ser(fw_ok=False), d.mod(fw_ok=False)
    rows = [head]
    for it, std, val in items:
        rows.append([cust, cs, ms, day, it, std, val, "合格", eng])
    rows.append([cust, cs, ms, day, "综合结论", "", a, "合格", eng])
    d.one_visit(v, day, None, None, a, eng)
    return "csv", rows, "巡检导出/%s" % d.cust.id, "检查记录_%s_%s" % (canon(u.serial), v.date.strftime("%Y%m"))


def t_S10(d, v):
    """安装调试记录 (installation visit) in Markdown: numbered fields, warranty period with its end date"""
    r, u = d.rng, d.unit
    eng = d.eng(v.eng)
    cust = d.cform()
    _, _, a = d.fca(v)
    yrs = round((u.warranty - u.install).days / 365.25)
    L = ["## 设备安装调试记录", "", "1. 用户名称：%s" % cust, "2. 设备名称/型号：%s / %s" % (d.fam_name(), d.mod()),
         "3. 产品序号：%s" % d.ser()]
    if r.random() < 0.7:
        L.append("4. 到货日期：%s" % d.d(u.purchase, st(d), "purchase"))
    else:
        L.append("4. 到货日期：见签收单")
    day = d.d(v.date, st(d))
    L += ["5. 安装调试日期：%s" % day,
          "6. 保修期：自安装调试合格之日起%d年（至%s止）" % (yrs, d.d(u.warranty, st(d), "warranty_until")),
          "7. 安装调试内容：%s" % a, "8. 参加培训人员：%s" % "、".join(d.contact() for _ in range(2)),
          "9. 安装工程师：%s" % eng, "", "用户验收意见：合格　　签字：", ""]
    d.one_visit(v, day, None, None, a, eng)
    return "md", "\n".join(L), "装机资料/%d" % v.date.year, "安装调试记录_%s" % canon(u.serial)


# ---- complaints -------------------------------------------------------------------------------
def complaint_text(d, cp):
    r = d.rng
    code, zf, zc, za, ef, ec, ea = FAULTS[cp.unit.family][cp.fault]
    if d.lang == "en":
        return wpick(r, [(2, cap(ef)), (1, "%s; the lab requests urgent attendance" % cap(ef)), (1, "Recurring problem: %s" % ef),
                         (1, "%s – second time this month" % cap(ef))])
    t = wpick(r, [(2, zf), (1, "%s，影响科室正常工作，要求尽快处理" % zf), (1, "近期多次出现%s，对设备质量不满" % zf),
                  (1, "%s，已影响当日检测报告发放" % zf)])
    return d.zh(t)


def complaint_parts(d, cp):
    """(fault as complained, cause, action, handler id, site visit or None)"""
    f = complaint_text(d, cp)
    if cp.visit is not None:
        _, c, a = d.fca(cp.visit)
        return f, c, a, cp.visit.eng, cp.visit
    grp_ = FAMILIES[cp.unit.family][0]
    zhs, ens = REMOTE[grp_]
    a = ens[cp.remote] if d.lang == "en" else d.zh(zhs[cp.remote])
    if d.lang == "en":
        a = cap(a)
    return f, None, a, cp.eng, None


def set_complaint(d, cp, rec_s, f, c, a, eng, eid, site, site_s, no):
    t = d.t
    t["visit_date"], t["visit_date_as_written"] = cp.received.isoformat(), rec_s
    t["fault"], t["cause"], t["action"], t["engineer"], t["engineer_id"], t["number"] = f, c, a, eng, eid, no
    if site is not None:
        t["visits"] = [{"date": site.date.isoformat(), "date_as_written": site_s, "fault": f, "cause": c, "action": a,
                        "engineer": eng, "engineer_id": eid, "number": no}]


CHANNEL_ZH = ["400热线", "微信公众号", "邮件", "销售转达"]


def t_C01(d, cp):
    """客户投诉处理单 (Word): channel, grade with its deadline, responsibility, follow-up call date"""
    r, u = d.rng, d.unit
    no = "TS%d%04d" % (cp.received.year, r.randint(1, 9999))
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = d.eng(eid)
    cust = d.cform()
    rec = d.d(cp.received, st(d))
    grade = r.choice(["■一般（3个工作日）□紧急（1个工作日）□复杂（10个工作日）", "□一般（3个工作日）■紧急（1个工作日）□复杂（10个工作日）"])
    rows = [[("投诉方", 1, True), (cust, 3)], [("投诉人", 1, True), d.contact(), ("联系方式", 1, True), d.phone()],
            [("受理日期", 1, True), rec, ("投诉渠道", 1, True), CHANNEL_ZH[cp.channel]],
            [("投诉等级", 1, True), (grade, 3)],
            [("涉及设备", 1, True), ("%s %s　出厂号 %s" % (d.fam_name(), d.mod(), d.ser()), 3)],
            [("投诉内容", 1, True), (f, 3)]]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, st(d))
        if c:
            rows.append([("调查结果", 1, True), (c, 3)])
        rows.append([("处理措施", 1, True), ("%s派%s上门：%s" % (site_s, eng, a), 3)])
        blame = "□产品质量 ■配件老化 □使用/环境 □服务" if c else "□产品质量 □配件老化 ■使用/环境 □服务"
    else:
        rows.append([("处理措施", 1, True), ("电话/远程处理：%s" % a, 3)])
        blame = "□产品质量 □配件老化 ■使用/环境 □服务"
    rows += [[("责任判定", 1, True), (blame, 3)], [("处理人", 1, True), (eng, 3)]]
    last = site.date if site is not None else cp.received
    if r.random() < 0.6:
        fu = add_days(last, r.choice([3, 5, 7]))
        rows.append([("回访日期", 1, True), d.d(fu, st(d), "follow_up"), ("客户满意度", 1, True), "满意"])
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, no)
    return "docx", ([("h", "客户投诉处理单"), ("r", "编号：%s" % no), ("t", rows, [1800, 2900, 1600, 2700])], "客服中心"), \
        "客服中心/投诉处理/%d" % cp.received.year, no


def t_C02(d, cp):
    """call-centre (400 hotline) record of a complaint call, seat number, dispatch, follow-up"""
    r, u = d.rng, d.unit
    no = "CC%s%05d" % (cp.received.strftime("%y%m"), r.randint(1, 99999))
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = d.eng(eid)
    cust = d.cform()
    rec = d.d(cp.received, "iso")
    L = ["===== 400客服热线 来电记录 =====", "工单号：%s" % no,
         "来电时间：%s %02d:%02d:%02d" % (rec, r.randint(8, 17), r.randint(0, 59), r.randint(0, 59)),
         "来电号码：1%d%d****%04d" % (r.choice([3, 5, 8]), r.randint(0, 9), r.randint(0, 9999)),
         "来电单位：%s" % cust, "来电人：%s" % d.contact(), "诉求类型：投诉",
         "设备信息：%s/%s/SN %s" % (d.fam_name(), d.mod(), d.ser()), "诉求内容：%s" % f,
         "受理坐席：%d号" % r.randint(1, 30)]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, st(d))
        L.append("派单：%s" % eng)
        L.append("处理结果：%s上门，%s" % (site_s, a))
        if c:
            L.append("故障分析：%s" % c)
    else:
        L.append("处理人：%s" % eng)
        L.append("处理结果：已电话解决，%s" % a)
    last = site.date if site is not None else cp.received
    if r.random() < 0.5:
        L.append("回访：%s 客户表示满意" % d.d(add_days(last, r.choice([1, 2, 3])), st(d), "follow_up"))
    L.append("================================")
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, no)
    return "txt", "\n".join(L), "呼叫中心/来电记录/%d-%02d" % (cp.received.year, cp.received.month), no


def t_C03(d, cp):
    """hospital equipment incident report with the supplier's response (PDF)"""
    r, u = d.rng, d.unit
    no = "IR-%d-%04d" % (cp.received.year, r.randint(1, 9999))
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = d.eng(eid)
    cust = d.cform()
    stl = st(d)
    rec = d.d(cp.received, stl)
    L = [[(50, "INCIDENT REPORT – MEDICAL / TECHNICAL EQUIPMENT", 13, True)], [(50, "Ref: %s" % no, 10, False)], "RULE",
         [(50, "Reporting organisation: %s" % cust, 10, False)], [(50, "Date reported: %s" % rec, 10, False)],
         [(50, "Equipment: %s, Model %s, Serial No. %s" % (d.fam_name(), d.mod(), d.ser()), 10, False)],
         [(50, "Description of incident: %s" % f, 10, False)],
         [(50, "Immediate action: equipment taken out of service and supplier notified.", 10, False)], "RULE",
         [(50, "Supplier response", 11, True)]]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, stl)
        L.append([(50, "Engineer attended on %s (%s)." % (site_s, eng), 10, False)])
        if c:
            L.append([(50, "Cause: %s" % c, 10, False)])
        L.append([(50, "Action: %s" % a, 10, False)])
        last = site.date
    else:
        L.append([(50, "Resolved remotely by %s: %s" % (eng, a), 10, False)])
        last = cp.received
    L.append([(50, "Status: Closed", 10, False)])
    pr = add_days(last, r.choice([0, 2, 7, 14]))
    L.append([(50, "Report prepared on %s" % d.d(pr, stl, "report_printed" if pr != cp.received and (site is None or pr != site.date) else None), 9, False)])
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, no)
    return "pdf", (L, False), "Risk Management/Incident Reports/%d" % cp.received.year, no


def t_C04(d, cp):
    """Taiwan 客戶抱怨處理紀錄 with the date the customer was answered by letter"""
    r, u = d.rng, d.unit
    no = "CP%d%04d" % (cp.received.year - 1911, r.randint(1, 9999))
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = d.eng(eid)
    cust = d.cform()
    rec = d.d(cp.received, st(d))
    L = ["客戶抱怨處理紀錄", "案號：%s" % no, "受理日期：%s" % rec, "顧客名稱：%s" % cust, "聯絡人：%s" % d.contact(),
         "機型：%s　機器序號：%s" % (d.mod(), d.ser()), "抱怨內容：%s" % f]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, st(d))
        L.append("處理經過：%s由%s至現場處理，%s。" % (site_s, eng, a))
        if c:
            L.append("原因說明：%s" % c)
        last = site.date
    else:
        L.append("處理經過：由%s電話說明處理，%s。" % (eng, a))
        last = cp.received
    if r.random() < 0.7:
        ans = add_days(last, r.choice([1, 2, 3, 7]))
        L.append("函告客戶日期：%s" % d.d(ans, st(d), "report_printed"))
    L += ["服務主任：（簽章）", ""]
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, no)
    return "txt", "\n".join(L), "客訴/%d" % (cp.received.year - 1911), no


def t_C05(d, cp):
    """Hong Kong / Singapore service-desk feedback log; numeric day-first dates, no format marker"""
    r, u = d.rng, d.unit
    no = "FB%05d" % r.randint(1, 99999)
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = d.eng(eid)
    cust = d.cform()
    stl = wpick(r, [(2, "uk1"), (1, "uk")])
    rec = d.d(cp.received, stl)
    L = ["CUSTOMER FEEDBACK LOG – %s" % no, "Logged: %s %s" % (rec, hhmm(r, 8, 18)), "Customer: %s" % cust,
         "Caller: %s" % d.contact(), "Unit: %s s/n %s" % (d.mod(), d.ser()), "Complaint: %s" % f]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, stl)
        L.append("Follow-up: site visit %s by %s – %s" % (site_s, eng, a))
        if c:
            L.append("Cause found: %s" % c)
    else:
        L.append("Follow-up: settled by phone by %s – %s" % (eng, a))
    L += ["Status: closed", ""]
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, no)
    return "txt", "\n".join(L), "Service Desk/Feedback/%d" % cp.received.year, no


def t_C06(d, cp):
    """复函: the service department's formal reply letter, dated in Chinese numerals"""
    r, u = d.rng, d.unit
    f, c, a, eid, site = complaint_parts(d, cp)
    eng = eng_forms(eid, "zh-Hans")[0]
    cust = d.cform()
    no = "售函〔%d〕%d号" % (cp.received.year, r.randint(1, 99))
    rec = d.d(cp.received, "cn")
    hon = "贵院" if "医" in cust or "院" in cust else "贵单位"
    L = [[(50, vendor(d), 11, False)], [(90, "关于%s反映%s故障问题的复函" % (hon, d.fam_name()), 14, True)], [(50, no, 9, False)], "RULE",
         [(50, "%s：" % cust, 11, False)],
         [(70, "%s于%s反映的%s（型号：%s，出厂编号：%s）" % (hon, rec, d.fam_name(), d.mod(fw_ok=False), d.ser(fw_ok=False)), 11, False)],
         [(50, "“%s”问题，我司高度重视，现将处理情况函复如下：" % f, 11, False)]]
    site_s = None
    if site is not None:
        site_s = d.d(site.date, "cn")
        L.append([(70, "一、%s，我司工程师%s到现场检查。" % (site_s, eng), 11, False)])
        if c:
            L.append([(70, "　　经检查，故障原因为：%s。" % c, 11, False)])
        L.append([(70, "　　处理情况：%s。" % a, 11, False)])
        last = site.date
    else:
        L.append([(70, "一、我司工程师%s当日通过电话及远程方式协助处理：%s。" % (eng, a), 11, False)])
        last = cp.received
    L += [[(70, "二、为避免类似问题，我司将在下次保养时重点检查相关部件。", 11, False)],
          [(70, "特此函复。", 11, False)]]
    letter = add_days(last, r.choice([1, 2, 3, 5, 7]))
    L += [[(330, "%s客户服务部" % vendor(d), 11, False)], [(350, d.d(letter, "cnnum", "report_printed"), 11, False)]]
    set_complaint(d, cp, rec, f, c, a, eng, eid, site, site_s, None)
    d.t["number"] = no
    if d.t["visits"]:
        d.t["visits"][0]["number"] = no
    return "pdf", (L, False), "客户服务部/复函/%d" % letter.year, "复函_%s_%s" % (d.cust.id, cp.received.isoformat())


# ---- equipment histories ----------------------------------------------------------------------
def hist_visits(d, lo=2, hi=10):
    r, u = d.rng, d.unit
    vs = u.visits
    n = min(len(vs), r.randint(lo, hi))
    # a window of the unit's life, repairs preferred
    idx = sorted(r.sample(range(len(vs)), n))
    rep = [i for i, v in enumerate(vs) if v.type == "repair"]
    if rep and not any(vs[i].type == "repair" for i in idx) and n > 1:
        idx[-1] = r.choice(rep)
        idx = sorted(set(idx))
    return [vs[i] for i in idx]


def set_history(d, entries, newest_first):
    """entries: list of (visit, date_s, f, c, a, eng, number) oldest first"""
    vis = [{"date": v.date.isoformat(), "date_as_written": ds, "fault": f, "cause": c, "action": a, "engineer": e,
            "engineer_id": v.eng, "number": n} for v, ds, f, c, a, e, n in entries]
    if newest_first:
        vis = vis[::-1]
    d.t["visits"] = vis
    v, ds, f, c, a, e, n = entries[-1]
    d.set_top(v, ds, f, c, a, e, n)


def t_H01(d, vs):
    """设备档案卡: card front (unit data) and back (维修履历 table), Word"""
    r, u = d.rng, d.unit
    cust = d.cform()
    stl = wpick(r, [(3, "dot"), (2, "dot1"), (1, "cn")])
    front = [[("设备名称", 1, True), d.fam_name(), ("规格型号", 1, True), d.mod()],
             [("产品序号", 1, True), d.ser(), ("资产编码", 1, True), u.asset],
             [("使用单位", 1, True), (cust, 3)],
             [("到货日期", 1, True), d.d(u.purchase, stl, "purchase"), ("验收日期", 1, True), d.d(u.install, stl, "install")],
             [("质保期至", 1, True), d.d(u.warranty, stl, "warranty_until"), ("维保方式", 1, True), "原厂维保" if d.cust.contract else "按次维修"]]
    newest_first = r.random() < 0.3
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=r.random() < 0.5)
        ent.append((v, d.d(v.date, stl), f, c, a, d.eng(v.eng), None))
    rows = [[("日期", 1, True), ("报修人", 1, True), ("故障情况", 1, True), ("维修情况", 1, True), ("维修人", 1, True), ("验收人", 1, True)]]
    for v, ds, f, c, a, e, n in (ent[::-1] if newest_first else ent):
        rows.append([ds, d.contact() if f else "—", (f + ("\n原因：" + c if c else "")) if f else VTYPE_ZH[v.type], a, e, d.contact()])
    set_history(d, ent, newest_first)
    blocks = [("h", "设备档案卡"), ("t", front, [1600, 3000, 1600, 2800]), ("h2", "维修履历"), ("t", rows, [1200, 1000, 2400, 2600, 900, 900])]
    return "docx", (blocks, "设备科　制"), "设备档案卡/%s" % d.cust.id, "档案卡_%s" % canon(u.serial)


def t_H02(d, vs):
    """儀器維修保養履歷表 (Excel) from a Taiwan / Hong Kong office"""
    r, u = d.rng, d.unit
    cust = d.cform()
    stl = st(d)
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=False)
        ent.append((v, d.d(v.date, stl), f, None, a, d.eng(v.eng), None))
    rows = [["儀器維修保養履歷表"], ["客戶", cust, "儀器", d.fam_name()], ["型號", d.mod(fw_ok=False), "序號", d.ser(fw_ok=False)],
            ["裝機日期", d.d(u.install, stl, "install")], [], ["項次", "日期", "類別", "問題／狀況", "處置說明", "工程師"]]
    typ = {"repair": "維修", "pm": "保養", "cal": "校正" if d.region == "tw" else "校準", "insp": "巡檢", "install": "裝機",
           "upgrade": "更新" if d.region == "tw" else "升級", "move": "移機"}
    for k, (v, ds, f, c, a, e, n) in enumerate(ent, 1):
        rows.append([k, ds, typ[v.type], f or "—", a, e])
    set_history(d, ent, False)
    return "xlsx", [("履歷", rows)], "履歷表/%s" % d.cust.id, "履歷_%s" % canon(u.serial)


def t_H03(d, vs):
    """customer-side CMMS asset maintenance log (PDF, landscape), newest first, printed date"""
    r, u = d.rng, d.unit
    cust = d.cform()
    stl = wpick(r, [(2, "dmy"), (1, "dmonu"), (1, "dmon")])
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=False)
        ent.append((v, d.d(v.date, stl), f, None, a, d.eng(v.eng), "%d" % r.randint(100000, 999999)))
    pr = add_days(vs[-1].date, r.randint(1, 120))
    L = [[(40, "%s – Asset Management" % cust, 11, True)],
         [(40, "ASSET MAINTENANCE LOG", 14, True), (560, "Printed: %s" % d.d(pr, stl, "report_printed"), 9, False)], "RULE",
         [(40, "Asset No.: %s" % u.asset, 9, False), (220, "Description: %s" % d.fam_name(), 9, False),
          (470, "Model: %s" % d.mod(), 9, False), (620, "Serial: %s" % d.ser(), 9, False)],
         [(40, "In service since: %s" % d.d(u.install, stl, "install"), 9, False), (220, "Vendor: %s" % vendor(d), 9, False)], "RULE",
         [(40, "WO No.", 9, True), (95, "Type", 9, True), (135, "Completed", 9, True), (215, "Problem", 9, True),
          (430, "Work done", 9, True), (700, "Vendor engineer", 9, True)]]
    code = {"repair": "CM", "pm": "PM", "cal": "CAL", "insp": "INS", "install": "INST", "upgrade": "UPG", "move": "MOVE"}
    for v, ds, f, c, a, e, n in ent[::-1]:
        L.append([(40, n, 8, False), (95, code[v.type], 8, False), (135, ds, 8, False), (215, f or "-", 8, False),
                  (430, a, 8, False), (700, e, 8, False)])
    set_history(d, ent, True)
    return "pdf", (L, True), "CMMS/Asset Logs/%s" % d.cust.id, "AML_%s" % u.asset


def t_H04(d, vs):
    """Markdown life-history page: one ### heading per event, date｜type"""
    r, u = d.rng, d.unit
    cust = d.cform()
    newest_first = r.random() < 0.5
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=r.random() < 0.7)
        ent.append((v, d.d(v.date, "iso"), f, c, a, d.eng(v.eng), None))
    L = ["# %s（%s）设备履历" % (d.fam_name(), d.ser()), "", "- 客户：%s" % cust, "- 型号：%s" % d.mod()]
    if r.random() < 0.6:
        L.append("- 装机：%s" % d.d(u.install, "iso", "install"))
    L.append("")
    for v, ds, f, c, a, e, n in (ent[::-1] if newest_first else ent):
        L.append("### %s｜%s" % (ds, VTYPE_ZH[v.type]))
        if f:
            L.append("- 故障：%s" % f)
        if c:
            L.append("- 原因：%s" % c)
        L += ["- 处理：%s" % a, "- 工程师：%s" % e, ""]
    set_history(d, ent, newest_first)
    return "md", "\n".join(L), "设备履历/%s" % d.cust.id, canon(u.serial)


def t_H05(d, vs):
    """field-service app export (CSV), one row per work order, date column with its format in the header"""
    r, u = d.rng, d.unit
    cust = d.cform()
    us = r.random() < 0.5
    stl = "us" if us else "uk"
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=False)
        ent.append((v, d.d(v.date, stl), f, None, a, d.eng(v.eng), "WO-%06d" % r.randint(1, 999999)))
    head = ["Work Order Number", "Account Name", "Asset", "Serial Number", "Work Type",
            "Completed Date (%s)" % ("MM/DD/YYYY" if us else "DD/MM/YYYY"), "Subject", "Resolution", "Assigned Resource"]
    rows = [head]
    ms, ss = d.mod(), d.ser()
    for v, ds, f, c, a, e, n in ent:
        rows.append([n, cust, ms, ss, VTYPE_EN[v.type], ds, f or VTYPE_EN[v.type], a, e])
    set_history(d, ent, False)
    d.marker = "MM/DD/YYYY" if us else "DD/MM/YYYY"
    return "csv", rows, "exports/work-orders", "WO_history_%s" % canon(u.serial)


def t_H06(d, vs):
    """engineer's pre-visit note: the last repairs of a unit, compiled by the service desk"""
    r, u = d.rng, d.unit
    d.place = r.random() < 0.5
    cust = d.cform()
    stl = wpick(r, [(2, "dot"), (1, "cn"), (1, "sl1")])
    ent = []
    for v in vs:
        f, c, a = d.fca(v, wrap=False, with_cause=False)
        ent.append((v, d.d(v.date, stl), f, None, a, d.eng(v.eng), None))
    L = ["%s　%s　上门前须知" % (cust, d.fam_name())]
    if d.place:
        L.append("地址：%s" % addr_line(d))
    L += ["设备：%s，出厂号%s" % (d.mod(), d.ser()), "客户联系人：%s" % d.contact(), "",
          "历史记录（近%d次，按时间倒序）：" % len(ent)]
    for k, (v, ds, f, c, a, e, n) in enumerate(ent[::-1], 1):
        if f:
            L.append("%d) %s　故障：%s；处理：%s（%s）" % (k, ds, f, a, e))
        else:
            L.append("%d) %s　%s：%s（%s）" % (k, ds, VTYPE_ZH[v.type], a, e))
    pr = add_days(vs[-1].date, r.randint(2, 90))
    L += ["", "注意事项：带齐常用备件；进入实验室需穿戴防护用品。",
          "整理：客服中心　%s" % d.d(pr, stl, "report_printed"), ""]
    set_history(d, ent, True)
    return "txt", "\n".join(L), "上门前须知/%s" % d.cust.id, "须知_%s_%s" % (canon(u.serial), pr.isoformat())


# ---- customer files ---------------------------------------------------------------------------
def cf_units(d, stl, roles=("install", "warranty_until")):
    out = []
    for u in d.cust.units:
        s = d.ser(u, primary=False)
        m = d.mod(u, primary=False)
        ins = d.d(u.install, stl, "install") if "install" in roles else None
        war = d.d(u.warranty, stl, "warranty_until") if "warranty_until" in roles else None
        d.t["serials"].append(u.serial)
        d.t["serials_as_written"].append(s)
        out.append((u, s, m, ins, war))
    return out


def taxid(r):
    return "91%04d%s%s" % (r.randint(1000, 9999), "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10)), r.choice("0123456789X"))


def t_M01(d):
    """客户服务档案 (master, registered name): invoicing data, contacts table, installed base"""
    r, c = d.rng, d.cust
    name = d.cform("reg")
    kind = "公立医院" if "医院" in c.name else ("事业单位" if any(x in c.name for x in ("疾病", "学院", "中心")) else "企业")
    rows = [[("单位名称", 1, True), (name, 3)], [("单位性质", 1, True), kind, ("客户等级", 1, True), r.choice(["A类", "B类", "C类"])],
            [("地址", 1, True), (c.address, 3)], [("纳税人识别号", 1, True), (taxid(r), 3)],
            [("英文名称", 1, True), (c.english, 3)]]
    cts = [[("科室/部门", 1, True), ("姓名", 1, True), ("职务", 1, True), ("电话", 1, True)]]
    for _ in range(r.randint(1, 3)):
        cts.append([c.department or r.choice(["设备科", "信息中心", "办公室"]), r.choice(CONTACT_CN) + r.choice(CONTACT_CN_GIVEN),
                    r.choice(["主任", "科长", "工程师", "经理"]), d.phone()])
    stl = st(d)
    us = cf_units(d, stl)
    eq = [[("序号", 1, True), ("设备名称", 1, True), ("型号", 1, True), ("产品序号", 1, True), ("装机日期", 1, True), ("保修截至", 1, True)]]
    for k, (u, s, m, ins, war) in enumerate(us, 1):
        eq.append([str(k), d.fam_name(u), m, s, ins, war])
    blocks = [("h", "客户服务档案"), ("p", "档案编号：%s" % c.id), ("t", rows, [2000, 3000, 1500, 2500]), ("h2", "主要联系人"), ("t", cts),
              ("h2", "设备清单"), ("t", eq)]
    return "docx", (blocks, "客户服务档案（受控文件）"), "客户档案/%s" % c.city, "%s_%s" % (c.id, c.name)


def t_M02(d):
    """English account sheet (master): registered English name, local name, installed base"""
    r, c = d.rng, d.cust
    name = d.cform("reg")
    local = c.traditional if c.region in ("tw", "hk", "mo") else c.name
    stl = wpick(r, [(2, "dmy"), (1, "dmon"), (1, "iso")])
    us = cf_units(d, stl)
    L = [[(50, "ACCOUNT SHEET", 15, True), (420, "Account ID: %s" % c.id, 9, False)], "RULE",
         [(50, "Account: %s" % name, 10, False)], [(50, "Local name: %s" % local, 10, False)],
         [(50, "Address: %s" % c.address, 10, False)],
         [(50, "Segment: %s" % ("Hospital / Healthcare" if c.families[0] in ("bga", "urine", "flow", "maldi", "nae", "auto") else "Enterprise / Utilities"), 10, False)],
         [(50, "Service contract: %s" % ("Yes" if c.contract else "No"), 10, False)], "RULE",
         [(50, "Installed base", 11, True)],
         [(50, "Product", 9, True), (200, "Model", 9, True), (290, "Serial No.", 9, True), (400, "Installed", 9, True), (480, "Warranty ends", 9, True)]]
    for u, s, m, ins, war in us:
        L.append([(50, FAMILIES[u.family][2], 9, False), (200, m, 9, False), (290, s, 9, False), (400, ins, 9, False), (480, war, 9, False)])
    return "pdf", (L, False), "Accounts/%s" % c.city_pinyin, "Account_%s" % c.id


def t_M03(d):
    """traditional-script master customer record in Markdown with ｜ separators"""
    r, c = d.rng, d.cust
    name = d.cform("reg")
    stl = st(d)
    us = cf_units(d, stl)
    regno = ("統一編號｜%08d" % r.randint(0, 99999999)) if c.region == "tw" else ("商業登記號碼｜%08d" % r.randint(0, 99999999))
    L = ["# 客戶資料", "", "客戶全名｜%s  " % name, "英文名稱｜%s  " % c.english, regno + "  ", "地址｜%s  " % c.address,
         "服務合約｜%s" % ("有" if c.contract else "無"), "", "### 已安裝設備", ""]
    for k, (u, s, m, ins, war) in enumerate(us, 1):
        L.append("%d. %s %s（序號 %s）— 裝機 %s，保固至 %s" % (k, d.fam_name(u), m, s, ins, war))
    L.append("")
    return "md", "\n".join(L), "客戶資料/%s" % CITY_TRAD.get(c.city, c.city), "%s_客戶資料" % c.id


def t_M04(d):
    """保养到期通知书 (warranty / maintenance expiry notice) with the unit list, everyday name"""
    r, c = d.rng, d.cust
    d.place = r.random() < 0.4
    cust = d.cform()
    stl = st(d)
    us = cf_units(d, stl, roles=("warranty_until",))
    L = ["保养到期通知书", "", "%s：" % cust, ""]
    if d.place:
        L.append("（地址：%s）" % c.address)
    L += ["    贵单位下列设备的保修（维保）期已到期或即将到期。为保障设备正常运行，建议续签维保合同：", "",
          "序号\t设备名称\t型号\t产品序号\t保修截止"]
    for k, (u, s, m, ins, war) in enumerate(us, 1):
        L.append("%d\t%s\t%s\t%s\t%s" % (k, d.fam_name(u), m, s, war))
    letter = workday(rand_date(r, D(2019, 1, 1), LAST_DAY), r)
    L += ["", "    如需续约，请与我司客服中心联系。", "", "%s 客服中心" % vendor(d), d.d(letter, stl, "report_printed"), ""]
    return "txt", "\n".join(L), "通知/保养到期", "保养到期通知_%s_%s" % (c.id, letter.isoformat())


def t_M05(d):
    """installed-base CSV export from a CRM, everyday English name in every row"""
    r, c = d.rng, d.cust
    d.place = True
    cust = d.cform()
    stl = wpick(r, [(2, "iso"), (1, "dmon")])
    us = cf_units(d, stl)
    rows = [["Account", "City", "Product", "Model", "Serial", "Install Date", "Warranty End", "Contract"]]
    for u, s, m, ins, war in us:
        rows.append([cust, c.city_pinyin, FAMILIES[u.family][2], m, s, ins, war, "Y" if c.contract else "N"])
    return "csv", rows, "exports/installed-base", "IB_%s" % c.id


def t_M06(d):
    """Taiwan 客戶資料袋 index card: the vouchers kept in the customer's folder"""
    r, c = d.rng, d.cust
    d.place = True
    cust = d.cform()
    stl = st(d)
    us = cf_units(d, stl, roles=("install",))
    L = ["【客戶資料袋】目錄", "客戶：%s" % cust, "地址：%s" % addr_line(d), "電話：%s" % d.phone(), "", "袋內服務憑證："]
    for u, s, m, ins, war in us:
        L.append("　%s　機器序號 %s　裝機 %s" % (m, s, ins))
    L.append("")
    return "txt", "\n".join(L), "客戶資料袋", "資料袋_%s" % c.id


# ---- training ---------------------------------------------------------------------------------
def t_P01(d, fam, model):
    """产品技术手册 excerpt: troubleshooting table (code / symptom / causes / remedy)"""
    r = d.rng
    ms = d.mod(primary=False, model=model, fw_ok=False)
    d.t["model_as_written"] = ms
    rows = [[("故障代码", 1, True), ("故障现象", 1, True), ("可能原因", 1, True), ("排除方法", 1, True)]]
    for code, zf, zc, za, ef, ec, ea in FAULTS[fam]:
        rows.append([code, zf, zc, za])
    blocks = [("h", "%s %s 产品技术手册" % (FAMILIES[fam][1], ms)), ("h2", "第%s章　常见故障排除" % cn_num(r.randint(5, 9))),
              ("p", "本章适用于%s，维修前请断电并做好生物安全防护。" % ms), ("t", rows, [1300, 2600, 2500, 2600])]
    return "docx", (blocks, "内部资料　注意保存"), "培训/技术手册", "%s_故障排除" % canon(model)


def t_P02(d, fam, model):
    """English training module handout (PDF): questions and answers"""
    r = d.rng
    ms = d.mod(primary=False, model=model, fw_ok=False)
    d.t["model_as_written"] = ms
    L = [[(50, "Field Service Training – Module %d" % r.randint(2, 9), 14, True)], [(50, "%s %s" % (FAMILIES[fam][2].title(), ms), 11, False)], "RULE"]
    for k, (code, zf, zc, za, ef, ec, ea) in enumerate(FAULTS[fam], 1):
        L.append([(50, "Q%d. The %s shows \"%s\" (code %s). What do you check?" % (k, ms, ef, code), 10, True)])
        L.append([(60, "A: Most often %s. Remedy: %s." % (ec, ea), 10, False)])
    return "pdf", (L, False), "Training/Modules", "%s_module" % canon(model)


def t_P03(d, fam, model):
    """traditional-script FAQ in Markdown"""
    ms = d.mod(primary=False, model=model, fw_ok=False)
    d.t["model_as_written"] = ms
    L = ["# %s 常見問題（FAQ）" % ms, ""]
    for code, zf, zc, za, ef, ec, ea in FAULTS[fam]:
        L += ["**問：%s怎麼辦？**" % d.zh(zf), "", "答：常見原因是%s。建議%s。（代碼 %s）" % (d.zh(zc), d.zh(za), code), ""]
    return "md", "\n".join(L), "教育訓練/FAQ", "%s_FAQ" % canon(model)


def t_P04(d, fam, model):
    """知识库文章 (knowledge-base article) for one fault of a model"""
    r = d.rng
    ms = d.mod(primary=False, model=model, fw_ok=False)
    d.t["model_as_written"] = ms
    code, zf, zc, za, ef, ec, ea = r.choice(FAULTS[fam])
    L = ["# %s：%s" % (ms, zf), "", "适用型号：%s　　报警代码：%s" % (ms, code), "关键词：%s、%s" % (FAMILIES[fam][1], code), "",
         "## 现象", "", zf, "", "## 原因", "", zc, "", "## 解决办法", "", za, "", "## 备注", "",
         "如按上述方法处理后仍未解决，请联系技术支持组。", ""]
    return "md", "\n".join(L), "知识库/%s" % FAMILIES[fam][1], "%s_%s" % (canon(model), code)


# ----------------------------------------------------------------------------------------------
# plan and main
# ----------------------------------------------------------------------------------------------
ALL = ("cn", "tw", "hk", "mo", "sg")
ANY = ("install", "pm", "cal", "insp", "repair", "upgrade", "move")
NONREP = ("install", "pm", "cal", "insp", "upgrade", "move")
# id, kind, lang, fn, weight, regions, visit types (or need), groups
TEMPLATES = [
    ("R01", "repair", "zh-Hans", t_R01, 4.0, ("cn",), ("repair",), ("lab", "it")),
    ("R02", "repair", "zh-Hans", t_R02, 3.0, ("cn",), ("repair",), ("lab", "it", "power")),
    ("R03", "repair", "zh-Hans", t_R03, 3.2, ("cn",), ("repair",), ("lab", "it", "power")),
    ("R04", "repair", "zh-Hans", t_R04, 2.1, ("cn",), ("repair",), ("lab", "it", "power")),
    ("R05", "repair", "zh-Hans", t_R05, 1.2, ("cn",), ("repair",), ("lab", "it")),
    ("R06", "repair", "zh-Hant", t_R06, 2.5, ("tw",), ("repair",), ("lab", "it", "power")),
    ("R07", "repair", "zh-Hant", t_R07, 1.3, ("hk", "mo"), ("repair",), ("lab", "it", "power")),
    ("R08", "repair", "en", t_R08, 3.1, ALL, ("repair",), ("lab", "it", "power")),
    ("R09", "repair", "en", t_R09, 3.0, ALL, ("repair",), ("lab", "it", "power")),
    ("R10", "repair", "en", t_R10, 2.2, ALL, ("repair",), ("it",)),
    ("R11", "repair", "zh-Hans", t_R11, 1.5, ("cn",), ("repair",), ("power",)),
    ("R12", "repair", "zh-Hans", t_R12, 0.55, ("cn",), ("repair",), ("lab", "it", "power")),
    ("R13", "repair", "zh-Hant", t_R13, 0.5, ("mo",), ("repair",), ("lab", "it", "power")),
    ("S01", "service_report", "zh-Hans", None, 3.2, ("cn",), ("round",), ("lab", "it", "power")),
    ("S02", "service_report", "zh-Hans", t_S02, 2.8, ("cn",), ("pm", "cal"), ("lab",)),
    ("S03", "service_report", "zh-Hans", t_S03, 2.3, ("cn",), ANY, ("lab", "it", "power")),
    ("S04", "service_report", "zh-Hant", t_S04, 1.7, ("tw",), ANY, ("lab", "it", "power")),
    ("S05", "service_report", "en", t_S05, 2.3, ("hk", "sg", "mo"), ("pm", "cal", "insp"), ("lab", "it", "power")),
    ("S06", "service_report", "en", t_S06, 2.6, ALL, ("upgrade", "pm", "insp", "install", "move"), ("it",)),
    ("S07", "service_report", "en", t_S07, 3.4, ALL, ANY, ("lab", "it", "power")),
    ("S08", "service_report", "zh-Hant", t_S08, 1.7, ("tw", "hk", "mo"), ANY, ("lab", "it", "power")),
    ("S09", "service_report", "zh-Hans", t_S09, 1.3, ("cn",), ("pm", "insp", "cal"), ("lab", "it", "power")),
    ("S10", "service_report", "zh-Hans", t_S10, 1.3, ("cn",), ("install",), ("lab", "it", "power")),
    ("C01", "complaint", "zh-Hans", t_C01, 3.0, ("cn",), ("complaint",), ("lab", "it", "power")),
    ("C02", "complaint", "zh-Hans", t_C02, 2.5, ("cn",), ("complaint",), ("lab", "it", "power")),
    ("C03", "complaint", "en", t_C03, 2.3, ALL, ("complaint",), ("lab", "it", "power")),
    ("C04", "complaint", "zh-Hant", t_C04, 1.6, ("tw",), ("complaint",), ("lab", "it", "power")),
    ("C05", "complaint", "en", t_C05, 1.6, ("hk", "sg"), ("complaint",), ("lab", "it", "power")),
    ("C06", "complaint", "zh-Hans", t_C06, 1.5, ("cn",), ("complaint",), ("lab", "it", "power")),
    ("H01", "equipment_history", "zh-Hans", t_H01, 3.3, ("cn",), ("history",), ("lab", "it", "power")),
    ("H02", "equipment_history", "zh-Hant", t_H02, 0.8, ("tw", "hk", "mo"), ("history",), ("lab", "it", "power")),
    ("H03", "equipment_history", "en", t_H03, 2.6, ALL, ("history",), ("lab", "it", "power")),
    ("H04", "equipment_history", "zh-Hans", t_H04, 1.8, ("cn",), ("history",), ("lab", "it", "power")),
    ("H05", "equipment_history", "en", t_H05, 1.6, ALL, ("history",), ("lab", "it", "power")),
    ("H06", "equipment_history", "zh-Hans", t_H06, 1.7, ("cn",), ("history",), ("lab", "it", "power")),
    ("M01", "customer_file", "zh-Hans", t_M01, 0, ("cn",), ("master",), ()),
    ("M02", "customer_file", "en", t_M02, 0, ALL, ("master",), ()),
    ("M03", "customer_file", "zh-Hant", t_M03, 0, ("tw", "hk", "mo"), ("master",), ()),
    ("M04", "customer_file", "zh-Hans", t_M04, 3.0, ("cn",), ("cf",), ()),
    ("M05", "customer_file", "en", t_M05, 3.0, ALL, ("cf",), ()),
    ("M06", "customer_file", "zh-Hant", t_M06, 1.5, ("tw",), ("cf",), ()),
    ("P01", "training", "zh-Hans", t_P01, 3.0, (), ("training",), ()),
    ("P02", "training", "en", t_P02, 3.2, (), ("training",), ()),
    ("P03", "training", "zh-Hant", t_P03, 1.6, (), ("training",), ()),
    ("P04", "training", "zh-Hans", t_P04, 2.2, (), ("training",), ()),
]
TPL = {t[0]: {"id": t[0], "kind": t[1], "lang": t[2], "fn": t[3], "w": t[4], "regions": t[5], "need": t[6], "groups": t[7]}
       for t in TEMPLATES}
KIND_SHARE = [("repair", 0.30), ("service_report", 0.25), ("complaint", 0.12), ("equipment_history", 0.13),
              ("customer_file", 0.10), ("training", 0.10)]


def kind_counts(n):
    raw = [(k, s * n) for k, s in KIND_SHARE]
    out = {k: int(x) for k, x in raw}
    rest = n - sum(out.values())
    for k, x in sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))[:rest]:
        out[k] += 1
    return out


def plain_text(ext, content):
    if ext in ("txt", "md"):
        return content
    if ext == "csv":
        return "\n".join("\t".join(str(c) for c in row) for row in content)
    if ext == "xlsx":
        return "\n".join("\t".join(str(c) for c in row) for _, rows in content for row in rows)
    if ext == "docx":
        blocks, footer = content
        out = [footer or ""]
        for b in blocks:
            if b[0] == "t":
                for row in b[1]:
                    for c in row:
                        out.append(c[0] if isinstance(c, tuple) else c)
            else:
                out.append(b[1])
        return "\n".join(out)
    if ext == "pdf":
        return "\n".join(x[1] for row in content[0] if isinstance(row, list) for x in row)
    raise ValueError(ext)


MARKER_RE = re.compile(r"(?i)(dd/mm/yyyy|mm/dd/yyyy|dd/mm/aaaa)")
NUMDATE_RE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def ambiguous(d, text):
    aw = d.t["visit_date_as_written"]
    if not aw:
        return False
    m = NUMDATE_RE.match(aw)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 or b > 12 or a == b or MARKER_RE.search(text):
        return False
    for s, day in d.dates:
        m2 = NUMDATE_RE.match(s)
        if m2 and (int(m2.group(1)) > 12 or int(m2.group(2)) > 12):
            return False
    return True


def encode_text(d, ext, text, r):
    if d.lang == "zh-Hans" and ext == "txt" and r.random() < 0.22:
        enc = "gb18030"
    elif d.lang == "zh-Hans" and ext == "csv":
        enc = wpick(r, [(45, "gb18030"), (15, "utf-8-sig"), (40, "utf-8")])
    elif ext == "csv":
        enc = wpick(r, [(25, "utf-8-sig"), (75, "utf-8")])
    elif d.lang == "zh-Hant" and d.region == "tw" and ext == "txt" and r.random() < 0.35:
        enc = "big5"
        try:
            text.encode("big5")
        except UnicodeEncodeError:
            enc = "utf-8"
    else:
        enc = "utf-8"
    crlf = r.random() < (0.7 if enc in ("gb18030", "big5") else 0.25)
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(enc), enc


def csv_text(rows, r):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow([str(c) for c in row])
    return buf.getvalue()


def pick_unused(r, items, used, key):
    fresh = [x for x in items if used.get(key(x), 0) == 0]
    if fresh and r.random() < 0.85:
        return r.choice(fresh)
    return r.choice(items)


def generate(ndocs, out, seed):
    custs, units, visits = make_world(seed, ndocs)
    cust_by_id = {c.id: c for c in custs}
    counts = kind_counts(ndocs)
    plan = []
    for k, _ in KIND_SHARE:
        plan += [k] * counts[k]
    R(seed, "plan").shuffle(plan)
    prng = R(seed, "masters")
    master_order = list(custs)
    prng.shuffle(master_order)
    n_master = min(counts["customer_file"], round(0.7 * len(custs)))
    masters = master_order[:n_master]
    cf_slots = counts["customer_file"]
    used_v, used_c = {}, {}
    docs_dir = os.path.join(out, "docs")
    truth = []
    paths = set()
    for i, kind in enumerate(plan):
        r = R(seed, "doc", i)
        text_rng = R(seed, "text", i)
        cands = [t for t in TPL.values() if t["kind"] == kind and t["w"] > 0]
        if kind == "customer_file":
            if masters and r.random() < len(masters) / max(1, cf_slots):
                cust = masters.pop(0)
                opts = {"cn": [(3, "M01"), (1, "M02")], "tw": [(3, "M03"), (2, "M02")], "hk": [(3, "M03"), (2, "M02")],
                        "mo": [(3, "M03"), (2, "M02")], "sg": [(1, "M02")]}[cust.region]
                tpl = TPL[wpick(r, opts)]
            else:
                tpl = TPL[wpick(r, [(t["w"], t["id"]) for t in cands])]
                elig = [c for c in custs if c.region in tpl["regions"]]
                cust = wpick(r, [(c.weight, c) for c in elig])
            cf_slots -= 1
            d = Doc(seed, i, tpl, cust, None, text_rng)
            ext, content, folder, stem = tpl["fn"](d)
        elif kind == "training":
            tpl = TPL[wpick(r, [(t["w"], t["id"]) for t in cands])]
            fam = r.choice(FAM_ORDER)
            model = r.choice(FAMILIES[fam][3])
            d = Doc(seed, i, tpl, None, None, text_rng)
            d.region = r.choice(["tw", "hk"]) if tpl["lang"] == "zh-Hant" else None
            d.t["model"] = model
            ext, content, folder, stem = tpl["fn"](d, fam, model)
        else:
            for attempt in range(50):
                tpl = TPL[wpick(r, [(t["w"], t["id"]) for t in cands])]
                need = tpl["need"]
                elig = [c for c in custs if c.region in tpl["regions"]]
                cust = wpick(r, [(c.weight, c) for c in elig])
                us = [u for u in cust.units if FAMILIES[u.family][0] in tpl["groups"]]
                if kind == "complaint":
                    items = [cp for u in us for cp in u.complaints]
                elif kind == "equipment_history":
                    items = [u for u in us if len(u.visits) >= 2]
                elif need == ("round",):
                    items = [v for u in us for v in u.visits if v.type == "insp" and v.date in cust.round_eng]
                else:
                    items = [v for u in us for v in u.visits if v.type in need]
                if items:
                    break
            else:
                raise SystemExit("no material for %s" % kind)
            if kind == "complaint":
                cp = pick_unused(r, items, used_c, lambda x: (x.unit.serial, x.received.isoformat()))
                used_c[(cp.unit.serial, cp.received.isoformat())] = used_c.get((cp.unit.serial, cp.received.isoformat()), 0) + 1
                d = Doc(seed, i, tpl, cust, cp.unit, text_rng)
                ext, content, folder, stem = tpl["fn"](d, cp)
                if cp.visit is not None:
                    used_v[cp.visit.id] = used_v.get(cp.visit.id, 0) + 1
            elif kind == "equipment_history":
                u = r.choice(items)
                d = Doc(seed, i, tpl, cust, u, text_rng)
                vs = hist_visits(d)
                ext, content, folder, stem = tpl["fn"](d, vs)
                for v in vs:
                    used_v[v.id] = used_v.get(v.id, 0) + 1
            else:
                v = pick_unused(r, items, used_v, lambda x: x.id)
                used_v[v.id] = used_v.get(v.id, 0) + 1
                d = Doc(seed, i, tpl, cust, v.unit, text_rng)
                if need == ("round",):
                    rus = [u for u in cust.units if any(x.type == "insp" and x.date == v.date for x in u.visits)]
                    rv = {u.serial: [x for x in u.visits if x.date == v.date][0] for u in rus}
                    for u in rus:
                        used_v[rv[u.serial].id] = used_v.get(rv[u.serial].id, 0) + 1
                    ext, content, folder, stem = t_S01(d, v, rus)
                else:
                    ext, content, folder, stem = tpl["fn"](d, v)
        # render
        text = plain_text(ext, content)
        if ext in ("txt", "md"):
            data, enc = encode_text(d, ext, content if content.endswith("\n") else content + "\n", text_rng)
        elif ext == "csv":
            data, enc = encode_text(d, ext, csv_text(content, text_rng), text_rng)
        elif ext == "docx":
            data, enc = make_docx(content[0], content[1], font="SimSun" if d.lang == "zh-Hans" else
                                  ("PMingLiU" if d.lang == "zh-Hant" else "Calibri")), "utf-8"
        elif ext == "xlsx":
            data, enc = make_xlsx(content), "utf-8"
        else:
            data, enc = make_pdf(content[0], pdf_script(text, d.lang, d.region), content[1]), "utf-8"
        stem = stem.replace("/", "_").replace("\\", "_")
        rel = "%s/%s.%s" % (folder, stem, ext)
        k = 2
        while rel in paths:
            rel = "%s/%s (%d).%s" % (folder, stem, k, ext)
            k += 1
        paths.add(rel)
        full = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
        d.t["date_ambiguous"] = ambiguous(d, text)
        self_check(d, text)
        t = d.t
        truth.append({"path": rel, "kind": d.kind, "template": tpl["id"], "lang": d.lang, "encoding": enc,
                      "customer": t["customer"], "customer_as_written": t["customer_as_written"],
                      "serial": t["serial"], "serial_as_written": t["serial_as_written"],
                      "model": t["model"], "model_as_written": t["model_as_written"],
                      "visit_date": t["visit_date"], "visit_date_as_written": t["visit_date_as_written"],
                      "other_dates": t["other_dates"], "date_ambiguous": t["date_ambiguous"],
                      "fault": t["fault"], "cause": t["cause"], "action": t["action"], "engineer": t["engineer"],
                      "engineer_id": t["engineer_id"], "number": t["number"], "visits": t["visits"],
                      "serials": t["serials"], "serials_as_written": t["serials_as_written"]})
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    cj = [{"id": c.id, "name": c.name, "city": c.city, "city_pinyin": c.city_pinyin, "number": c.number,
           "institution": c.institution, "department": c.department, "english": c.english, "brand": c.brand,
           "traditional": c.traditional, "address": c.address} for c in custs]
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": cj}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    uj = [{"serial": u.serial, "model": u.model, "owner": u.owner, "install_date": u.install.isoformat(),
           "purchase_date": u.purchase.isoformat(), "warranty_until": u.warranty.isoformat(), "family": u.family}
          for c in custs for u in c.units]
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8") as fh:
        json.dump({"units": uj}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth


def self_check(d, text):
    """the generator's own guard: every truth string is in the text"""
    t = d.t
    strs = [t["customer_as_written"], t["serial_as_written"], t["model_as_written"], t["visit_date_as_written"],
            t["fault"], t["cause"], t["action"], t["engineer"], t["number"]]
    for v in t["visits"]:
        strs += [v["date_as_written"], v["fault"], v["cause"], v["action"], v["engineer"], v["number"]]
    strs += [o["as_written"] for o in t["other_dates"]] + t["serials_as_written"]
    for s in strs:
        if s is not None and s not in text:
            raise AssertionError("doc %d (%s): %r not in text" % (d.i, d.tpl["id"], s))
    if d.kind not in ("training",) and t["customer_as_written"] is None:
        raise AssertionError("doc %d (%s): no customer" % (d.i, d.tpl["id"]))


def main():
    ap = argparse.ArgumentParser(description="fourthgen: synthetic after-sales paperwork with ground truth")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", action="store_true",
                    help="accepted for command-line compatibility; fourthgen writes no judged queries")
    a = ap.parse_args()
    out = a.out
    marker = os.path.join(out, ".fourthgen")
    if os.path.exists(out):
        entries = sorted(os.listdir(out))
        if entries and not os.path.exists(marker):
            sys.exit("%s is not empty and not a fourthgen output" % out)
        for name in ("docs",):
            p = os.path.join(out, name)
            if os.path.isdir(p):
                shutil.rmtree(p)
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    truth = generate(a.docs, out, a.seed)
    with open(marker, "w", encoding="utf-8") as fh:
        fh.write("fourthgen output; --docs %d --seed %d\n" % (a.docs, a.seed))
    print("fourthgen: %d documents in %s" % (len(truth), out), file=sys.stderr)


if __name__ == "__main__":
    main()
