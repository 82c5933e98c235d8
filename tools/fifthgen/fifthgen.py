#!/usr/bin/env python3
"""fifthgen: a fifth, independent generator of synthetic after-sales service paperwork.

python3 tools/fifthgen/fifthgen.py --docs N --out DIR [--seed S] [--queries]

Standard library only, deterministic (every random.Random is seeded from a string).
See README.md next to this file.
"""
import argparse, datetime as dt, io, json, os, random, re, shutil, sys, unicodedata, zipfile, zlib

GEN = "fifthgen"
END = dt.date(2025, 10, 15)
START = dt.date(2017, 9, 1)


def R(*parts):
    return random.Random("/".join(str(p) for p in (GEN,) + parts))


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- scripts
S2T_DATA = "与與 业業 东東 丝絲 丢丟 两兩 严嚴 个個 丰豐 临臨 为為 么麼 义義 书書 乱亂 于於 亏虧 产產 仅僅 仑侖 仓倉 仪儀 们們 价價 优優 会會 伟偉 传傳 体體 储儲 关關 兴興 养養 内內 册冊 军軍 冲衝 决決 况況 减減 凯凱 击擊 别別 办辦 务務 动動 区區 医醫 华華 协協 单單 卢盧 厂廠 历歷 压壓 县縣 参參 双雙 发發 变變 号號 后後 吗嗎 启啓 员員 响響 团團 园園 国國 圆圓 场場 坏壞 块塊 垫墊 壮壯 声聲 处處 备備 复復 头頭 夹夾 学學 宁寧 实實 对對 导導 尘塵 尸屍 尽盡 层層 属屬 岳嶽 师師 带帶 并並 广廣 庐廬 应應 废廢 开開 异異 张張 弯彎 强強 归歸 录錄 彻徹 态態 总總 户戶 扩擴 扫掃 护護 报報 拟擬 拣揀 损損 换換 据據 摆擺 摇搖 数數 断斷 无無 旧舊 时時 显顯 晓曉 术術 机機 杂雜 权權 条條 来來 杰傑 极極 柜櫃 标標 样樣 档檔 检檢 楼樓 残殘 毁毀 毕畢 气氣 汇匯 泄洩 泽澤 洁潔 测測 济濟 涌湧 涛濤 涞淶 润潤 涧澗 温溫 湾灣 滞滯 满滿 滤濾 潍濰 澜瀾 灯燈 灵靈 点點 烦煩 烧燒 热熱 爱愛 状狀 环環 现現 电電 疗療 盐鹽 监監 盖蓋 盘盤 码碼 确確 离離 积積 称稱 竞競 签簽 篮籃 类類 粤粵 紧緊 纠糾 纤纖 级級 纪紀 纺紡 线線 组組 织織 绑綁 结結 给給 络絡 绝絕 统統 续續 维維 绵綿 综綜 缆纜 缓緩 编編 缘緣 网網 联聯 胜勝 脱脫 节節 芜蕪 苏蘇 药藥 虚虛 补補 装裝 见見 观觀 规規 视視 触觸 计計 认認 训訓 议議 讯訊 记記 许許 论論 设設 访訪 证證 评評 识識 诉訴 试試 诚誠 话話 该該 误誤 说說 请請 读讀 课課 调調 谢謝 谭譚 负負 贡貢 财財 责責 败敗 账賬 货貨 质質 购購 贵貴 资資 赣贛 轨軌 转轉 软軟 轴軸 载載 辅輔 输輸 边邊 辽遼 达達 迁遷 过過 运運 这這 进進 远遠 连連 迹跡 邮郵 邹鄒 采採 鉴鑒 针針 钟鐘 钠鈉 钢鋼 铁鐵 铂鉑 链鏈 销銷 错錯 镇鎮 镜鏡 长長 门門 闭閉 问問 间間 闸閘 闽閩 阳陽 阵陣 际際 随隨 静靜 项項 预預 频頻 题題 风風 馈饋 马馬 驱驅 验驗 骏駿 鲁魯 鸿鴻 麦麥 黄黃 龚龔"  # filled below (generated once with ICU's Simplified-Traditional, hand fixes)
S2T = {}


def _load_s2t():
    for pair in S2T_DATA.split():
        S2T[pair[0]] = pair[1]


TERMS_TW = [("服务器", "伺服器"), ("软件", "軟體"), ("网络", "網路"), ("信息", "資訊"), ("数据", "資料"),
            ("硬盘", "硬碟"), ("固件", "韌體"), ("质控", "品管"), ("校准", "校正"), ("传感器", "感測器"),
            ("内存", "記憶體"), ("打印", "列印"), ("视频", "視訊"), ("程序", "程式"), ("默认", "預設"),
            ("接口", "介面"), ("远程", "遠端"), ("配置", "設定"), ("优化", "最佳化")]
TERMS_HK = [("服务器", "伺服器"), ("软件", "軟件"), ("网络", "網絡"), ("数据", "數據"), ("固件", "韌件"),
            ("质控", "質控"), ("传感器", "感應器"), ("打印", "打印"), ("视频", "視像"), ("远程", "遙距"),
            ("内存", "記憶體"), ("硬盘", "硬碟")]


def to_trad(s, region="TW"):
    if not s:
        return s
    for a, b in (TERMS_TW if region == "TW" else TERMS_HK):
        s = s.replace(a, b)
    return "".join(S2T.get(ch, ch) for ch in s)


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):  # 1..99 in Chinese
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


ORD = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
EN_ORD = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh", 8: "Eighth"}
EN_NTH = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", 6: "6th", 7: "7th", 8: "8th"}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ZH = "一二三四五六日"


def fw(s):  # full width ASCII
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def sfx(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    w = d.weekday()
    f = {
        "cn": f"{y}年{m}月{dd}日", "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "cnwk": f"{y}年{m}月{dd}日 周{WD_ZH[w]}", "cnxq": f"{y}年{m}月{dd}日（星期{WD_ZH[w]}）",
        "cnnum": "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(dd) + "日",
        "dot": f"{y}.{m}.{dd}", "dot0": f"{y}.{m:02d}.{dd:02d}", "iso": f"{y}-{m:02d}-{dd:02d}",
        "dash": f"{y}-{m}-{dd}", "slash": f"{y}/{m}/{dd}", "slash0": f"{y}/{m:02d}/{dd:02d}",
        "slashwk": f"{y}/{m}/{dd}({WD_ZH[w]})",
        "roc": f"{roc}年{m}月{dd}日", "rocmin": f"民國{roc}年{m}月{dd}日", "rocdot": f"{roc}.{m}.{dd}",
        "rocdot0": f"{roc}.{m:02d}.{dd:02d}", "rocsl": f"{roc}/{m:02d}/{dd:02d}",
        "rocwk": f"{roc}年{m}月{dd}日（{WD_ZH[w]}）",
        "dmy-": f"{dd}-{MON[m-1]}-{y}", "dmy0-": f"{dd:02d}-{MON[m-1]}-{y}", "dmy": f"{dd} {MON[m-1]} {y}",
        "dmyfull": f"{dd} {MONTH[m-1]} {y}", "mdy": f"{MON[m-1]} {dd} {y}", "mdy,": f"{MONTH[m-1]} {dd}, {y}",
        "wdmy": f"{WD_EN[w]}, {dd} {MONTH[m-1]} {y}", "dth": f"{dd}{sfx(dd)} {MONTH[m-1]} {y}",
        "dmyap": f"{dd} {MON[m-1]} '{y % 100:02d}", "dmyU": f"{dd:02d}{MON[m-1].upper()}{y}",
        "us2": f"{m:02d}/{dd:02d}/{y % 100:02d}", "uk": f"{dd:02d}/{m:02d}/{y}", "amb": f"{dd}/{m}/{y}",
        "dmydot": f"{dd}.{m}.{y}", "isoT": f"{y}-{m:02d}-{dd:02d}",
    }
    return f[style]


# ---------------------------------------------------------------- file formats
ZIP_TS = (2002, 2, 2, 0, 0, 0)


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx_bytes(blocks, header=None, footer=None):
    """blocks: ('p', text, bold) | ('t', rows).  Paragraph text may contain \t (tab)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        runs = []
        for i, seg in enumerate(text.split("\t")):
            if i:
                runs.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if seg:
                runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(seg)}</w:t></w:r>')
        return "<w:p>" + "".join(runs) + "</w:p>"

    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(para(b[1], b[2] if len(b) > 2 else False, 32 if (len(b) > 3 and b[3]) else None))
        else:
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tw = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{tw}"/>' for _ in range(ncol)) + "</w:tblGrid>"]
            for r in rows:
                t.append("<w:tr>")
                for j, cell in enumerate(r):
                    span = ncol - len(r) + 1 if j == len(r) - 1 and len(r) < ncol else 1
                    tcpr = f'<w:tcPr><w:tcW w:w="{tw * span}" w:type="dxa"/>' + (
                        f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + "</w:tcPr>"
                    t.append("<w:tc>" + tcpr + "".join(para(x) for x in str(cell).split("\n")) + "</w:tc>")
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    sect = '<w:sectPr>' + ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "") + \
           ('<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "") + \
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1200" ' \
           'w:left="1000" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + \
          "".join(body) + sect + "</w:body></w:document>"
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>']
    entries = []
    for rid, part, text, tag in (("rIdH", "header1.xml", header, "hdr"), ("rIdF", "footer1.xml", footer, "ftr")):
        if text:
            ct.append(f'<Override PartName="/word/{part}" ContentType="application/vnd.openxmlformats-'
                      f'officedocument.wordprocessingml.{"header" if tag == "hdr" else "footer"}+xml"/>')
            rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        f'relationships/{"header" if tag == "hdr" else "footer"}" Target="{part}"/>')
            entries.append(("word/" + part, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W}>'
                            + "".join(para(x) for x in text.split("\n")) + f"</w:{tag}>"))
    ct.append("</Types>")
    rels.append("</Relationships>")
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault>' \
             '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="SimSun"/><w:sz w:val="21"/></w:rPr>' \
             '</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">' \
             '<w:name w:val="Normal"/></w:style><w:style w:type="table" w:styleId="TableGrid">' \
             '<w:name w:val="Table Grid"/></w:style></w:styles>'
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' \
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' \
           'officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root), ("word/document.xml", doc),
                 ("word/_rels/document.xml.rels", "".join(rels)), ("word/styles.xml", styles)] + entries)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
    """Cells are strings (shared strings) or ints/floats (numbers)."""
    sst, idx = [], {}
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if v not in idx:
                    idx[v] = len(sst)
                    sst.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{idx[v]}</v></c>')
        out.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    ws = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/' \
         'spreadsheetml/2006/main"><sheetData>' + "".join(out) + "</sheetData></worksheet>"
    ss = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/' \
         f'spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">' + \
         "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in sst) + "</sst>"
    wb = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/' \
         'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' \
         f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.' \
          'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/' \
          'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" ' \
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" ' \
          'Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/' \
          'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    st = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/' \
         'spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' \
         '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/>' \
         '</borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/' \
         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-' \
         'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' \
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.' \
         'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/' \
         'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"' \
         ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' \
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.' \
         'spreadsheetml.styles+xml"/></Types>'
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.' \
           'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/' \
           'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", root), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", ws),
                 ("xl/sharedStrings.xml", ss), ("xl/styles.xml", st)])


def _pdf_str_latin(s):
    b = s.encode("cp1252")
    return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _cjk_w(s):
    return sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in s)


def pdf_bytes(lines, trad=False):
    """lines: list of str or (str, size).  One line per text line; Latin lines in Helvetica, others in
    an Adobe CJK CID font (not embedded) with a ToUnicode map.  '\f' starts a new page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    cidname = "MSung-Light" if trad else "STSong-Light"
    enc = "UniCNS-UCS2-H" if trad else "UniGB-UCS2-H"
    ordering = "CNS1" if trad else "GB1"
    supp = 0 if trad else 2
    objs = {}
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = f"<< /Type /Font /Subtype /Type0 /BaseFont /{cidname}-{enc} /Encoding /{enc} /DescendantFonts [5 0 R]" \
              " /ToUnicode 7 0 R >>"
    objs[5] = f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{cidname} /CIDSystemInfo << /Registry (Adobe) " \
              f"/Ordering ({ordering}) /Supplement {supp} >> /FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>"
    objs[6] = f"<< /Type /FontDescriptor /FontName /{cidname} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 " \
              "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
            "endcodespacerange"]
    rng = [f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256) if not (0xD8 <= h <= 0xDF)]
    for i in range(0, len(rng), 100):
        chunk = rng[i:i + 100]
        cmap.append(f"{len(chunk)} beginbfrange")
        cmap.extend(chunk)
        cmap.append("endbfrange")
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cm = zlib.compress("\n".join(cmap).encode("ascii"), 6)
    objs[7] = (f"<< /Length {len(cm)} /Filter /FlateDecode >>", cm)
    kids = []
    n = 8
    for pl in pages:
        ops = []
        y = 800
        for ln in pl:
            size = 10
            if isinstance(ln, tuple):
                ln, size = ln
            if ln.strip():
                latin = True
                try:
                    ln.encode("cp1252")
                except UnicodeEncodeError:
                    latin = False
                width = (_cjk_w(ln) if not latin else len(ln) * 0.52) * size
                if width > 515:
                    size = max(5, size * 515 / width)
                if latin:
                    ops.append(f"BT /F1 {size:.2f} Tf 40 {y} Td {_pdf_str_latin(ln)} Tj ET")
                else:
                    hx = "".join(f"{ord(c):04X}" if ord(c) < 0x10000 else "FFFD" for c in ln)
                    ops.append(f"BT /F2 {size:.2f} Tf 40 {y} Td <{hx}> Tj ET")
            y -= max(14, int(size * 1.45)) if isinstance(ln, str) else 14
        content = zlib.compress("\n".join(ops).encode("latin-1"), 6)
        objs[n] = (f"<< /Length {len(content)} /Filter /FlateDecode >>", content)
        objs[n + 1] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {n} 0 R " \
                      "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"
        kids.append(n + 1)
        n += 2
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        o = objs[i]
        if isinstance(o, tuple):
            out += f"{i} 0 obj\n{o[0]}\nstream\n".encode("ascii") + o[1] + b"\nendstream\nendobj\n"
        else:
            out += f"{i} 0 obj\n{o}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode("ascii")
    for i in range(1, n):
        out += f"{offs[i]:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)

# ---------------------------------------------------------------- equipment
# family: group, zh name, en name, models, serial pattern, pm months, calibrated
FAMILIES = {
    "ise": ("lab", "电解质分析仪", "electrolyte analyser", ["Lytra 520", "EX-D8"], "K{yy}E{n5}{L}", 6, True),
    "elisa": ("lab", "全自动酶免分析系统", "ELISA processor", ["Mikros 4", "WP-960"], "MW{yy}{ww}/{n4}", 6, True),
    "bact": ("lab", "全自动血培养仪", "blood culture system", ["BactoSure 240", "HB-120"], "BCX{yy}{n4}{L}", 12, True),
    "presp": ("lab", "样本前处理系统", "sample pre-analytical system", ["SortPro 3000", "TPS-800"], "SP-{L}{yy}-{n4}-{L}", 6, False),
    "mid": ("lab", "微生物鉴定药敏分析仪", "microbial ID/AST system", ["VitaScan 64", "MIC-96A"], "VT{yy}-{L}{n4}", 6, True),
    "wlc": ("it", "无线控制器", "wireless LAN controller", ["AC-6805", "WX5560"], "W{d}{L}{d}{L}{L}{yy}{L}{n4}", 12, False),
    "nvr": ("it", "网络视频录像机", "network video recorder", ["NVR-7864", "VS-3216 Pro"], "NV{mm}{yy}{L}{n5}", 12, False),
    "adc": ("it", "负载均衡设备", "application delivery controller", ["ADX-4600", "LB 2200"], "ADC{yy}{L}{n3}{L}{n2}", 6, False),
    "blade": ("it", "刀片服务器机箱", "blade enclosure", ["BX-900 G3", "E9000"], "BL{d}{L}-{yy}-{L}{n4}", 6, False),
    "eps": ("power", "EPS应急电源", "emergency power supply (EPS)", ["EPS-30KW", "FEPS 11"], "EPS{yy}{L}{n4}", 6, False),
    "bms": ("power", "蓄电池在线监测系统", "battery monitoring system", ["BM-3000", "CellGuard 24"], "BMS-{yy}{mm}-{n3}-{d}", 6, False),
    "dcp": ("power", "直流电源屏", "DC power panel", ["GZDW-200Ah/220V", "PZ61-110"], "GZ{yy}-{n4}-{L}{L}", 6, False),
    "sts": ("power", "静态转换开关", "static transfer switch", ["STS-250A", "TS3-400"], "ST{yy}{L}{n5}{L}", 12, False),
}
SER_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# faults: (code, zh fault, zh cause, zh action, en fault, en cause, en action)
FAULTS = {
    "ise": [
        ("E-21", "钠电极斜率偏低，质控失控", "钠电极老化，膜电位响应变慢", "更换钠电极并重新定标", "Na electrode slope low, QC out of range", "ageing Na electrode, slow membrane response", "replaced Na electrode and recalibrated"),
        ("E-07", "吸样针堵塞，提示吸样失败", "血清中纤维蛋白凝块堵针", "拆洗吸样针并疏通管路", "sample probe blocked, aspiration error", "fibrin clot in the probe", "cleaned the probe and flushed the tubing"),
        ("E-33", "参比电极漂移，结果忽高忽低", "参比电极内充液不足", "补充参比液并更换参比电极套", "reference electrode drift, unstable results", "reference electrolyte low", "refilled reference solution and replaced the sleeve"),
        ("E-12", "蠕动泵不转，无法排废液", "泵管老化破裂", "更换蠕动泵管", "peristaltic pump not turning, waste not drained", "pump tubing worn and split", "replaced the pump tubing"),
        ("E-40", "开机自检不过，屏幕报温控错误", "温控板传感器接触不良", "重新插接温控传感器并紧固", "power-on self test fails with a temperature error", "loose temperature sensor connector", "reseated and secured the sensor connector"),
    ],
    "elisa": [
        ("W-104", "洗板机残液量超标", "洗板头针孔部分堵塞", "超声清洗洗板头并校准吸液高度", "washer leaves too much residual liquid", "partly blocked washer manifold pins", "cleaned the manifold ultrasonically and set the aspiration height"),
        ("R-220", "酶标仪读数整体偏高", "滤光片受潮发霉", "更换450nm滤光片并做光路校准", "reader values high across the plate", "mouldy 450 nm filter", "replaced the 450 nm filter and recalibrated the optics"),
        ("M-031", "机械臂抓板失败", "抓手定位偏移", "重新示教抓手位置", "plate gripper fails to pick up plates", "gripper position drifted", "re-taught the gripper positions"),
        ("T-015", "孵育温度达不到37℃", "加热膜老化", "更换孵育器加热膜", "incubator does not reach 37 °C", "worn heating foil", "replaced the incubator heating foil"),
        ("S-300", "加样针液面探测失灵", "液面探测电缆屏蔽层破损", "更换液面探测电缆", "pipetting probe liquid-level detection fails", "damaged shield of the level-sense cable", "replaced the level-sense cable"),
    ],
    "bact": [
        ("B-11", "培养瓶位报假阳性", "瓶位检测光源衰减", "更换该区检测LED板并复测", "false positive alarms on bottle cells", "weak detection LEDs", "replaced the detector LED board and retested"),
        ("B-02", "箱内温度偏低报警", "门封条老化漏风", "更换门封条并校温", "cabinet temperature low alarm", "worn door seal", "replaced the door seal and verified the temperature"),
        ("B-27", "条码扫描器读不出瓶码", "扫描窗口污染", "清洁扫描窗口并调整角度", "barcode scanner cannot read bottle labels", "dirty scanner window", "cleaned the window and adjusted the angle"),
        ("B-35", "摇床不摆动", "摇摆电机皮带断裂", "更换摇床电机皮带", "rack agitation stopped", "broken agitation belt", "replaced the agitation belt"),
        ("B-50", "与LIS通讯中断", "串口转换器故障", "更换串口转换器并重设通讯参数", "LIS link down", "faulty serial converter", "replaced the serial converter and reset the link"),
    ],
    "presp": [
        ("P-401", "开盖模块卡管", "开盖夹爪磨损", "更换开盖夹爪", "decapper jams tubes", "worn decapper jaws", "replaced the decapper jaws"),
        ("P-118", "离心单元不平衡报警", "配平计算异常，吊篮缓冲垫缺失", "补装缓冲垫并校正称重模块", "centrifuge module imbalance alarm", "missing bucket cushion, wrong balance weight", "fitted the cushion and calibrated the load cell"),
        ("P-206", "分拣轨道堵管", "轨道导轨积尘", "清洁导轨并调整传送带张力", "sorter track jams", "dust on the track guides", "cleaned the guides and set the belt tension"),
        ("P-009", "条码识别率低", "相机焦距偏移", "重新调焦并更新识别参数", "poor barcode read rate", "camera out of focus", "refocused the camera and updated the reading parameters"),
        ("P-333", "急停后无法复位", "安全门限位开关损坏", "更换限位开关", "cannot reset after emergency stop", "faulty safety door switch", "replaced the door switch"),
    ],
    "mid": [
        ("V-12", "卡片读数失败", "读数头光学窗口污染", "清洁光学窗口并运行光学自检", "card reading failure", "contaminated optical window", "cleaned the window and ran the optics test"),
        ("V-30", "填充仓真空度不足", "真空泵膜片破损", "更换真空泵膜片", "filler vacuum too low", "ruptured vacuum pump diaphragm", "replaced the pump diaphragm"),
        ("V-05", "培养箱温度波动", "温度探头漂移", "更换温度探头并校温", "incubator temperature fluctuates", "drifting temperature probe", "replaced the probe and verified the temperature"),
        ("V-44", "封口切割不完全", "切割丝老化", "更换切割丝", "card sealing cut incomplete", "worn cutting wire", "replaced the cutting wire"),
        ("V-21", "药敏结果上传LIS失败", "中间件证书过期", "更新中间件证书并重传结果", "AST results not sent to the LIS", "expired middleware certificate", "renewed the certificate and resent the results"),
    ],
    "wlc": [
        ("AP-OFFLINE", "大批AP掉线", "控制器与核心交换机之间链路聚合异常", "重新配置链路聚合并恢复AP上线", "many access points offline", "link aggregation to the core switch broken", "rebuilt the link aggregation, APs back online"),
        ("HA-SPLIT", "双机热备切换异常", "心跳线接口松动", "更换心跳线并重做主备同步", "HA failover misbehaves", "loose heartbeat cable", "replaced the heartbeat cable and resynchronised"),
        ("LIC-EXP", "新增AP无法注册", "AP授权数量用尽", "导入新增授权文件", "new APs cannot register", "AP licence count exhausted", "installed the additional licence"),
        ("CPU-HIGH", "控制器CPU持续90%以上", "固件缺陷导致进程泄漏", "升级固件到修复版本", "controller CPU above 90 %", "firmware bug leaking processes", "upgraded to the fixed firmware"),
        ("PSU-FAIL", "电源模块告警", "电源模块风扇失效", "更换电源模块", "power supply module alarm", "PSU fan failed", "replaced the power module"),
    ],
    "nvr": [
        ("HDD-ERR", "录像丢失，硬盘报错", "两块硬盘坏道", "更换硬盘并重建阵列", "recordings missing, disk errors", "bad sectors on two disks", "replaced the disks and rebuilt the array"),
        ("CH-LOSS", "多路通道无视频信号", "接入交换机PoE预算不足", "调整PoE供电并分配端口", "several channels show no video", "PoE budget of the access switch exceeded", "rebalanced PoE and ports"),
        ("TIME-DRIFT", "录像时间与实际不一致", "NTP服务器地址配置错误", "修正NTP配置并同步时间", "recording timestamps wrong", "wrong NTP server setting", "corrected NTP and synchronised the clock"),
        ("FAN-ALM", "机箱风扇告警，温度高", "风扇积灰卡滞", "清灰并更换风扇", "chassis fan alarm, high temperature", "fan clogged with dust", "cleaned and replaced the fan"),
        ("NET-DOWN", "客户端无法远程回放", "网卡驱动异常", "更新网卡驱动并重启服务", "clients cannot play back remotely", "NIC driver fault", "updated the NIC driver and restarted the service"),
    ],
    "adc": [
        ("VS-DOWN", "虚拟服务状态DOWN，业务中断", "健康检查探测端口配置错误", "修正健康检查配置，业务恢复", "virtual service down, outage", "wrong health-check port", "corrected the health check, service restored"),
        ("SSL-ERR", "HTTPS访问报证书错误", "服务器证书过期未更新", "导入新证书并绑定虚拟服务", "HTTPS certificate errors", "expired server certificate", "imported the new certificate and bound it"),
        ("SESS-FULL", "并发会话数满，访问缓慢", "会话超时设置过长", "调整会话超时并扩容许可", "session table full, slow access", "session timeout too long", "shortened the timeout and expanded the licence"),
        ("SYNC-FAIL", "主备配置不同步", "主备版本不一致", "统一主备版本并重新同步", "config sync between peers fails", "peers on different versions", "aligned versions and resynchronised"),
        ("PORT-FLAP", "业务口频繁up/down", "光模块老化", "更换光模块", "data port flapping", "ageing optical transceiver", "replaced the transceiver"),
    ],
    "blade": [
        ("OA-LOST", "管理模块失联", "管理模块固件异常", "重刷管理模块固件", "management module unreachable", "corrupted OA firmware", "reflashed the management firmware"),
        ("FAN-07", "机箱7号风扇故障", "风扇轴承磨损", "更换7号风扇", "chassis fan 7 failed", "worn fan bearing", "replaced fan 7"),
        ("PSU-3", "3号电源无输出", "电源模块电容鼓包", "更换3号电源模块", "PSU 3 no output", "bulged capacitors in the PSU", "replaced PSU 3"),
        ("BLD-PWR", "刀片无法上电", "刀片背板插针弯曲", "校正插针并重新插入刀片", "blade will not power on", "bent backplane pins", "straightened the pins and reseated the blade"),
        ("ICM-ERR", "互联模块端口全部down", "互联模块配置丢失", "恢复互联模块配置备份", "interconnect module ports all down", "ICM configuration lost", "restored the ICM configuration backup"),
    ],
    "eps": [
        ("EPS-BAT", "电池电压低报警", "电池组内两节电池失效", "更换失效电池并均衡充电", "battery low voltage alarm", "two failed cells in the string", "replaced the failed cells and ran an equalising charge"),
        ("EPS-INV", "逆变器无法启动", "逆变驱动板IGBT击穿", "更换逆变驱动板", "inverter fails to start", "shorted IGBT on the driver board", "replaced the inverter driver board"),
        ("EPS-ATS", "市电恢复后不切回", "切换接触器线圈烧毁", "更换切换接触器", "does not transfer back after mains return", "burnt contactor coil", "replaced the transfer contactor"),
        ("EPS-FAN", "柜内温度高", "散热风扇停转", "更换散热风扇", "cabinet over-temperature", "cooling fan stopped", "replaced the cooling fan"),
        ("EPS-COM", "与消防联动信号异常", "联动端子接线松脱", "紧固联动端子并做联动测试", "fire-alarm interlock signal fault", "loose interlock terminal", "tightened the terminals and tested the interlock"),
    ],
    "bms": [
        ("BM-COMM", "部分单体数据采集中断", "采集模块通讯线断开", "重新压接通讯线", "cell data missing for part of the string", "broken bus cable to collectors", "re-crimped the bus cable"),
        ("BM-R", "内阻测试值异常偏大", "采集夹子氧化接触不良", "清洁更换采集夹", "internal resistance readings abnormally high", "oxidised sense clips", "cleaned and replaced the clips"),
        ("BM-TEMP", "温度通道全部显示-40℃", "温度传感器总线短路", "更换温度传感器总线", "all temperature channels read -40 °C", "shorted sensor bus", "replaced the sensor bus"),
        ("BM-HOST", "主机死机，界面无响应", "主机存储卡损坏", "更换存储卡并恢复配置", "host frozen, no response", "corrupted memory card", "replaced the card and restored the configuration"),
        ("BM-ALM", "告警无法上传动环平台", "协议点表不匹配", "重新配置协议点表", "alarms not reaching the monitoring platform", "protocol point table mismatch", "reconfigured the point table"),
    ],
    "dcp": [
        ("DC-INS", "直流系统绝缘告警", "馈线支路电缆绝缘下降", "查找接地支路并处理绝缘", "DC insulation fault alarm", "degraded cable insulation on a feeder", "located the earthed feeder and repaired it"),
        ("DC-RECT", "充电模块故障灯亮", "充电模块风扇及电容老化", "更换充电模块", "rectifier module fault lamp on", "aged fan and capacitors in the module", "replaced the rectifier module"),
        ("DC-BAT", "蓄电池组浮充电压不均", "个别电池内阻增大", "更换落后电池并核对浮充参数", "uneven float voltages in the battery", "high internal resistance in some cells", "replaced weak cells and checked float settings"),
        ("DC-MON", "监控器黑屏", "监控器电源板损坏", "更换监控器电源板", "monitor unit screen blank", "failed monitor power board", "replaced the monitor power board"),
        ("DC-V", "控母电压偏高", "降压硅链短路", "更换降压硅链", "control bus voltage high", "shorted dropper diode chain", "replaced the dropper chain"),
    ],
    "sts": [
        ("STS-SCR", "切换时负载掉电", "晶闸管触发回路故障", "更换触发板并测试切换时间", "load drops during transfer", "faulty SCR gate drive", "replaced the gate board and tested transfer time"),
        ("STS-SYNC", "两路电源不同步告警", "同步检测板参数漂移", "重新校准同步检测", "sources out of sync alarm", "drifting sync detection", "recalibrated the sync detection"),
        ("STS-FAN", "风扇故障告警", "风扇电源线磨破", "更换风扇及电源线", "fan failure alarm", "chafed fan power lead", "replaced fan and lead"),
        ("STS-BYP", "无法转入维修旁路", "旁路开关辅助触点失效", "更换辅助触点", "cannot go to maintenance bypass", "failed auxiliary contact", "replaced the auxiliary contact"),
        ("STS-DSP", "面板显示乱码", "显示板排线松动", "重新插接排线", "garbled front panel display", "loose display ribbon cable", "reseated the ribbon cable"),
    ],
}

SERVICE_TEXT = {  # visit type -> (zh action, en action) per group
    "install": {"lab": ("开箱验货，安装调试，性能验证合格，对操作人员进行培训", "unpacked, installed and commissioned; performance verified; operators trained"),
                "it": ("上架安装，完成初始配置并接入业务网络，测试通过", "racked, initial configuration done and connected to production; tests passed"),
                "power": ("就位安装，接线检查，带载测试正常，交付使用", "positioned, wiring checked, load test passed, handed over")},
    "pm": {"lab": ("按保养规程清洁管路、更换耗损件、运行质控，结果在控", "cleaned fluidics, replaced wear parts and ran QC per the PM procedure; QC in range"),
           "it": ("检查日志与告警、清灰、核对固件版本与配置备份", "reviewed logs and alarms, cleaned dust, checked firmware and configuration backup"),
           "power": ("清扫柜体、紧固端子、测量电压电流及温升，运行正常", "cleaned cabinets, tightened terminals, measured voltages, currents and temperatures; normal")},
    "cal": {"lab": ("完成年度校准，各项指标在允许误差内", "annual calibration done, all parameters within tolerance")},
    "upgrade": {"lab": ("升级软件版本，验证功能正常", "upgraded the software and verified functions"),
                "it": ("升级固件版本，回归测试通过", "upgraded the firmware; regression tests passed"),
                "power": ("升级监控软件版本，核对参数", "upgraded the controller software and checked settings")},
    "reloc": {"lab": ("拆机移机至新场地，重新安装调试并验证合格", "removed, moved to the new site, reinstalled and verified"),
              "it": ("迁移至新机房，重新上架并恢复配置", "moved to the new machine room, re-racked and configuration restored"),
              "power": ("拆除搬迁至新配电房，重新接线并带载测试正常", "dismantled, moved to the new switch room, rewired and load-tested")},
    "inspect": {"lab": ("巡检运行状态正常，未见异常", "routine inspection, running normally"),
                "it": ("巡检设备运行状态、端口及告警，未见异常", "routine inspection of status, ports and alarms; no issues"),
                "power": ("巡检电压、电流、温度及告警记录，运行正常", "routine inspection of voltages, currents, temperatures and alarm log; normal")},
}
VTYPE_ZH = {"install": "安装调试", "pm": "预防性维护", "cal": "校准", "upgrade": "软件升级", "reloc": "移机",
            "inspect": "巡检", "repair": "维修"}
VTYPE_EN = {"install": "Installation", "pm": "Preventive maintenance", "cal": "Calibration", "upgrade": "Upgrade",
            "reloc": "Relocation", "inspect": "Inspection", "repair": "Repair"}

# ---------------------------------------------------------------- engineers
# id, simplified, traditional, en forms, region pool, short zh
ENGINEERS = [
    ("E01", "许振宇", "許振宇", ["Xu Zhenyu", "Zhenyu Xu", "Z.Y. Xu", "XU Zhenyu"], "CN", "许工"),
    ("E02", "田晓峰", "田曉峰", ["Tian Xiaofeng", "Xiaofeng Tian", "X.F. Tian", "TIAN Xiaofeng"], "CN", "田工"),
    ("E03", "潘立新", "潘立新", ["Pan Lixin", "Lixin Pan", "L.X. Pan", "PAN Lixin"], "CN", "潘工"),
    ("E04", "程浩", "程浩", ["Cheng Hao", "Hao Cheng", "H. Cheng", "CHENG Hao"], "CN", "程工"),
    ("E05", "姚伟民", "姚偉民", ["Yao Weimin", "Weimin Yao", "W.M. Yao", "YAO Weimin"], "CN", "姚工"),
    ("E06", "宋楠", "宋楠", ["Song Nan", "Nan Song", "N. Song", "SONG Nan"], "CN", "宋工"),
    ("E07", "方志诚", "方志誠", ["Fang Zhicheng", "Zhicheng Fang", "Z.C. Fang", "FANG Zhicheng"], "CN", "方工"),
    ("E08", "卢俊杰", "盧俊傑", ["Lu Junjie", "Junjie Lu", "J.J. Lu", "LU Junjie"], "CN", "卢工"),
    ("E09", "钟明", "鍾明", ["Zhong Ming", "Ming Zhong", "M. Zhong", "ZHONG Ming"], "CN", "钟工"),
    ("E10", "严涛", "嚴濤", ["Yan Tao", "Tao Yan", "T. Yan", "YAN Tao"], "CN", "严工"),
    ("E11", "洪士杰", "洪士傑", ["Hung Shih-chieh", "Shih-Chieh Hung", "S.C. Hung", "Jay Hung"], "TW", "洪工程師"),
    ("E12", "游雅婷", "游雅婷", ["Yu Ya-ting", "Ya-Ting Yu", "Y.T. Yu", "Tina Yu"], "TW", "游工程師"),
    ("E13", "麦志强", "麥志強", ["Mak Chi-keung", "Alan Mak", "C.K. Mak", "MAK Chi Keung"], "HK", "麥生"),
    ("E14", "翁伟杰", "翁偉傑", ["Ong Wei Jie", "Wei Jie Ong", "W.J. Ong", "ONG Wei Jie"], "SG", "翁工"),
    ("E15", None, None, ["Muhammad Hafiz", "Hafiz Rahman", "M. Hafiz", "Mohd Hafiz bin Rahman"], "SG", None),
    ("E16", "佐藤健二", "佐藤健二", ["Kenji Sato", "K. Sato", "SATO Kenji", "Sato Kenji"], "ALL", "佐藤"),
]
ENG = {e[0]: e for e in ENGINEERS}
CONTACTS_ZH = ["孔主任", "邱老师", "白科长", "薛工", "龚主任", "葛老师", "温护士长", "谭科长", "邹主管", "侯组长"]
CONTACTS_TW = ["賴組長", "施主任", "詹小姐", "巫先生", "簡組長"]
CONTACTS_EN = ["Ms. Chloe Leung", "Mr. Ravi Menon", "Dr. Samuel Cheung", "Ms. Siew Ling Koh", "Mr. Daniel Fok",
               "Ms. Amanda Lau", "Mr. Zul Rahim"]
CONTACTS_EN_CN = ["Dr. Kong", "Ms. Qiu", "Mr. Bai", "Director Gong", "Ms. Wen"]

# ---------------------------------------------------------------- customers
# dept key: zh, hant, en full, en short, families, zh variants, hant variants, en variants
DEPTS = {
    "lab": ("检验科", "檢驗科", "Department of Clinical Laboratory", "Clinical Lab", ["ise", "elisa", "presp"],
            ["检验科", "检验"], ["檢驗科", "檢驗部"], ["Clinical Lab", "Lab", "Laboratory"]),
    "micro": ("微生物室", "微生物室", "Microbiology Laboratory", "Microbiology", ["bact", "mid", "elisa"],
              ["微生物室", "微生物"], ["微生物室", "細菌室"], ["Microbiology", "Micro Lab"]),
    "it": ("信息中心", "資訊室", "Information Center", "IT", ["wlc", "nvr", "adc", "blade"],
           ["信息中心", "信息科", "网络中心"], ["資訊室", "資訊部"], ["IT", "IT Dept.", "Information Centre"]),
    "fac": ("后勤保障部", "工務組", "Facilities Department", "Facilities", ["eps", "sts", "bms", "dcp"],
            ["后勤保障部", "后勤", "动力科"], ["工務組", "工務室"], ["Facilities", "FM", "Engineering Services"]),
}

# mainland cities: city, pinyin, province (as in addresses), short province, county, district, road
CITIES = [
    ("洛阳", "Luoyang", "河南省", "豫", "伊川县", "涧西区", "中州中路"),
    ("绵阳", "Mianyang", "四川省", "川", "三台县", "涪城区", "临园路"),
    ("柳州", "Liuzhou", "广西壮族自治区", "桂", "柳城县", "城中区", "文昌路"),
    ("芜湖", "Wuhu", "安徽省", "皖", "南陵县", "镜湖区", "赭山西路"),
    ("潍坊", "Weifang", "山东省", "鲁", "临朐县", "奎文区", "胜利东街"),
    ("株洲", "Zhuzhou", "湖南省", "湘", "攸县", "天元区", "长江南路"),
    ("嘉兴", "Jiaxing", "浙江省", "浙", "海盐县", "南湖区", "中环南路"),
    ("赣州", "Ganzhou", "江西省", "赣", "信丰县", "章贡区", "青年路"),
    ("宜昌", "Yichang", "湖北省", "鄂", "秭归县", "西陵区", "夷陵大道"),
    ("保定", "Baoding", "河北省", "冀", "涞源县", "竞秀区", "东风西路"),
    ("包头", "Baotou", "内蒙古自治区", "蒙", "固阳县", "昆都仑区", "钢铁大街"),
    ("泉州", "Quanzhou", "福建省", "闽", "惠安县", "丰泽区", "田安南路"),
    ("湛江", "Zhanjiang", "广东省", "粤", "遂溪县", "霞山区", "人民大道南"),
    ("遵义", "Zunyi", "贵州省", "黔", "湄潭县", "汇川区", "大连路"),
    ("南通", "Nantong", "江苏省", "苏", "如东县", "崇川区", "青年中路"),
    ("鞍山", "Anshan", "辽宁省", "辽", "台安县", "铁东区", "胜利南路"),
]
BRANDS = [("华澜", "Hualan"), ("启航", "Qihang"), ("瑞铂", "Ruibo"), ("盛川", "Shengchuan"), ("中晟", "Zhongsheng"),
          ("润禾", "Runhe"), ("泓远", "Hongyuan"), ("鼎泰", "Dingtai"), ("卓信", "Zhuoxin"), ("凯澄", "Kaicheng"),
          ("明湖", "Minghu"), ("同岳", "Tongyue"), ("宏骏", "Hongjun"), ("安澜", "Anlan")]
INDUSTRY = [("物流", "Logistics"), ("港务", "Port"), ("水务", "Water"), ("燃气", "Gas"), ("纺织", "Textile")]


def F(text, script, placeless=False, old=False):
    return (text, script, placeless, old)


def inst_people(c, n, campus=None):
    city, pin = c[0], c[1]
    o = ORD[n]
    reg = f"{city}市第{o}人民医院" + (f"{campus}院区" if campus else "")
    bases = [F(reg, "hans"), F(f"{city}{o}院", "hans"), F(f"{city}市{o}院", "hans"), F(f"市{o}院", "hans", True),
             F(f"{city}市第{o}人民医院", "hans"), F(f"{city}第{o}人民医院", "hans"),
             F(f"The {EN_ORD[n]} People's Hospital of {pin}", "en"), F(f"{pin} {EN_ORD[n]} People's Hospital", "en"),
             F(f"{pin} No.{n} Hospital", "en"), F(f"{EN_NTH[n]} People's Hosp.", "en", True)]
    if campus:
        bases += [F(f"{city}{o}院{campus}院区", "hans"), F(f"{o}院{campus}院区", "hans", True),
                  F(f"{city}市{o}院（{campus}院）", "hans"),
                  F(f"{pin} {EN_ORD[n]} People's Hospital, {CAMPUS_EN[campus]} Campus", "en")]
    if n == 1:
        bases += [F(f"{city}市工人医院", "hans", False, True), F(f"{pin} Workers' Hospital", "en", False, True)]
    return dict(key=f"people/{city}/{n}/{campus}", region="CN", city=city, pin=pin, c=c, number=n,
                institution="人民医院", reg=reg, reg_en=f"The {EN_ORD[n]} People's Hospital of {pin}" +
                (f", {CAMPUS_EN[campus]} Campus" if campus else ""), bases=bases, brand=None,
                depts=["lab", "it", "fac", "micro"])


CAMPUS_EN = {"东": "East", "南": "South", "西": "West", "北": "North", "新": "New"}


def inst_county(c):
    city, pin, county = c[0], c[1], c[4]
    cs = county[:-1]
    cpin = {"伊川": "Yichuan", "三台": "Santai", "柳城": "Liucheng", "南陵": "Nanling", "临朐": "Linqu", "攸": "You",
            "海盐": "Haiyan", "信丰": "Xinfeng", "秭归": "Zigui", "涞源": "Laiyuan", "固阳": "Guyang", "惠安": "Hui'an",
            "遂溪": "Suixi", "湄潭": "Meitan", "如东": "Rudong", "台安": "Tai'an"}[cs]
    reg = f"{county}人民医院"
    bases = [F(reg, "hans"), F(f"{county}医院", "hans"), F(f"{cs}县人医" if len(cs) > 1 else f"{county}人医", "hans"),
             F("县医院", "hans", True), F("县人民医院", "hans", True), F(f"{city}{county}人民医院", "hans"),
             F(f"{cpin} County People's Hospital", "en"), F(f"{cpin} County Hospital", "en")]
    return dict(key=f"county/{county}", region="CN", city=city, pin=pin, c=c, number=None, institution="县人民医院",
                reg=reg, reg_en=f"{cpin} County People's Hospital", bases=bases, brand=None, depts=["lab", "fac", "it"])


def inst_group(c, b, ind):
    city, pin = c[0], c[1]
    reg = f"{b[0]}{ind[0]}集团有限公司"
    bases = [F(reg, "hans"), F(f"{b[0]}集团", "hans"), F(f"{b[0]}{ind[0]}集团", "hans"), F(f"{b[0]}{ind[0]}", "hans"),
             F(f"{b[0]}{ind[0]}有限公司", "hans", False, True),
             F(f"{b[1]} {ind[1]} Group Co., Ltd.", "en"), F(f"{b[1].upper()} GROUP", "en"), F(f"{b[1]} Group", "en")]
    return dict(key=f"group/{b[0]}", region="CN", city=city, pin=pin, c=c, number=None, institution="集团有限公司",
                reg=reg, reg_en=f"{b[1]} {ind[1]} Group Co., Ltd.", bases=bases, brand=b[0], depts=["itc", "fac"])


def inst_college(c):
    city, pin = c[0], c[1]
    reg = f"{city}学院"
    bases = [F(reg, "hans"), F(f"{city}学院", "hans"), F(f"{pin} University", "en"), F(f"{pin} Univ.", "en")]
    return dict(key=f"college/{city}", region="CN", city=city, pin=pin, c=c, number=None, institution="学院", reg=reg,
                reg_en=f"{pin} University", bases=bases, brand=None, depts=["edu"])


def inst_labco(c, b):
    city, pin = c[0], c[1]
    reg = f"{city}{b[0]}医学检验所有限公司"
    bases = [F(reg, "hans"), F(f"{b[0]}检验所", "hans"), F(f"{b[0]}医检", "hans"), F(f"{city}{b[0]}", "hans"),
             F(f"{b[0]}医学检验所", "hans"), F(f"{b[1]} Clinical Laboratories", "en"), F(f"{b[1]} Med Lab", "en"),
             F(f"{city}{b[0]}临床检验中心", "hans", False, True)]
    return dict(key=f"labco/{b[0]}", region="CN", city=city, pin=pin, c=c, number=None, institution="医学检验所",
                reg=reg, reg_en=f"{pin} {b[1]} Clinical Laboratories Co., Ltd.", bases=bases, brand=b[0],
                depts=[None], fams=["ise", "elisa", "presp", "mid", "bact"])


def inst_adc(c):
    city, pin = c[0], c[1]
    reg = f"{city}市动物疫病预防控制中心"
    bases = [F(reg, "hans"), F(f"{city}动物疫控中心", "hans"), F(f"{city}市动疫中心", "hans"),
             F("市动疫中心", "hans", True), F("动物疫控", "hans", True),
             F(f"{pin} Animal Disease Control Center", "en"), F(f"{pin} ADCC", "en"),
             F(f"{city}市动物防疫监督所", "hans", False, True)]
    return dict(key=f"adc/{city}", region="CN", city=city, pin=pin, c=c, number=None, institution="动物疫病预防控制中心",
                reg=reg, reg_en=f"{pin} Animal Disease Prevention and Control Center", bases=bases, brand=None,
                depts=[None], fams=["elisa", "presp", "mid"])


def inst_fab(c, b):
    city, pin = c[0], c[1]
    reg = f"{b[0]}微电子（{city}）有限公司"
    bases = [F(reg, "hans"), F(f"{b[0]}微电子", "hans"), F(f"{b[0]}{city}", "hans"), F(f"{b[0]}（{city}）", "hans"),
             F(f"{b[1]} Microelectronics ({pin}) Co., Ltd.", "en"), F(f"{b[1]} Micro {pin}", "en"),
             F(f"{b[0]}半导体（{city}）有限公司", "hans", False, True)]
    return dict(key=f"fab/{b[0]}", region="CN", city=city, pin=pin, c=c, number=None, institution="微电子有限公司",
                reg=reg, reg_en=f"{b[1]} Microelectronics ({pin}) Co., Ltd.", bases=bases, brand=b[0],
                depts=["fab", "itc"])


DEPTS.update({
    "itc": ("信息中心", "資訊中心", "IT Center", "IT", ["wlc", "nvr", "adc", "blade"],
            ["信息中心", "IT部", "信息部"], ["資訊中心"], ["IT Center", "IT", "Information Center"]),
    "edu": ("现代教育技术中心", "現代教育技術中心", "Modern Educational Technology Center", "MET Center",
            ["wlc", "nvr", "blade", "adc"], ["现代教育技术中心", "现教中心", "网络中心"], ["現代教育技術中心"],
            ["Modern Educational Technology Center", "Network Center"]),
    "fab": ("厂务部", "廠務部", "Facilities Engineering", "Facilities", ["sts", "eps", "bms", "dcp"],
            ["厂务部", "厂务", "动力课"], ["廠務部"], ["Facilities Engineering", "Facility"]),
})

FIXED_CN = [
    dict(key="sysu1", region="CN", city="广州", pin="Guangzhou", c=("广州", "Guangzhou", "广东省", "粤", None, "越秀区", "中山二路"),
         number=1, institution="大学附属医院", reg="中山大学附属第一医院", reg_en="The First Affiliated Hospital, Sun Yat-sen University",
         bases=[F("中山大学附属第一医院", "hans"), F("中大附一", "hans"), F("中山一院", "hans"), F("中大附一院", "hans"),
                F("附一", "hans", True), F("中山医科大学附属第一医院", "hans", False, True), F("中山医附一院", "hans", False, True),
                F("The First Affiliated Hospital, Sun Yat-sen University", "en"), F("FAH-SYSU", "en"),
                F("SYSU First Affiliated Hosp.", "en")], brand=None, depts=["lab", "it", "micro"]),
    dict(key="nanfang", region="CN", city="广州", pin="Guangzhou", c=("广州", "Guangzhou", "广东省", "粤", None, "白云区", "广州大道北"),
         number=None, institution="大学附属医院", reg="南方医科大学南方医院", reg_en="Nanfang Hospital, Southern Medical University",
         bases=[F("南方医科大学南方医院", "hans"), F("南方医院", "hans"), F("南医大南方医院", "hans"),
                F("第一军医大学南方医院", "hans", False, True), F("Nanfang Hospital", "en"), F("Nanfang Hosp., SMU", "en"),
                F("Southern Medical Univ. Nanfang Hospital", "en")], brand=None, depts=["lab", "fac"]),
    dict(key="ustc1", region="CN", city="合肥", pin="Hefei", c=("合肥", "Hefei", "安徽省", "皖", None, "庐阳区", "庐江路"),
         number=1, institution="大学附属医院", reg="中国科学技术大学附属第一医院", reg_en="The First Affiliated Hospital of USTC",
         bases=[F("中国科学技术大学附属第一医院", "hans"), F("中科大附一院", "hans"), F("科大附一院", "hans"),
                F("安徽省立医院", "hans", False, True), F("省立医院", "hans", True, True),
                F("The First Affiliated Hospital of USTC", "en"), F("USTC First Affiliated Hospital", "en"),
                F("Anhui Provincial Hospital", "en", False, True)], brand=None, depts=["lab", "it"]),
    dict(key="gxrm", region="CN", city="南宁", pin="Nanning", c=("南宁", "Nanning", "广西壮族自治区", "桂", None, "青秀区", "桃源路"),
         number=None, institution="人民医院", reg="广西壮族自治区人民医院", reg_en="The People's Hospital of Guangxi Zhuang Autonomous Region",
         bases=[F("广西壮族自治区人民医院", "hans"), F("区人医", "hans", True), F("广西区人医", "hans"),
                F("自治区人民医院", "hans", True), F("广西人民医院", "hans"),
                F("The People's Hospital of Guangxi Zhuang Autonomous Region", "en"), F("Guangxi People's Hospital", "en")],
         brand=None, depts=["it", "lab"]),
    dict(key="gzrm", region="CN", city="贵阳", pin="Guiyang", c=("贵阳", "Guiyang", "贵州省", "黔", None, "南明区", "中山东路"),
         number=None, institution="人民医院", reg="贵州省人民医院", reg_en="Guizhou Provincial People's Hospital",
         bases=[F("贵州省人民医院", "hans"), F("贵州省医", "hans"), F("省医", "hans", True), F("省人民医院", "hans", True),
                F("黔省医", "hans"), F("Guizhou Provincial People's Hospital", "en"), F("Guizhou Prov. People's Hosp.", "en"),
                F("GZPPH", "en")], brand=None, depts=["fac", "lab"]),
]

# Taiwan / Hong Kong / Macau / Singapore institutions: simplified reg, traditional reg, english, bases
FIXED_TW = [
    dict(key="cgl", city="桃园", hcity="桃園", pin="Taoyuan", reg="长庚医疗财团法人林口长庚纪念医院",
         treg="長庚醫療財團法人林口長庚紀念醫院", reg_en="Chang Gung Memorial Hospital, Linkou",
         bases=[F("林口長庚", "hant"), F("林口長庚醫院", "hant"), F("長庚林口", "hant"), F("長庚", "hant", True),
                F("長庚紀念醫院林口總院", "hant", False, True), F("Linkou Chang Gung", "en"), F("CGMH Linkou", "en"),
                F("Chang Gung Memorial Hosp. (Linkou)", "en"), F("Chang Gung", "en", True)],
         addr="桃園市龜山區復興街5號", depts=["lab", "it", "fac"]),
    dict(key="cgk", city="高雄", hcity="高雄", pin="Kaohsiung", reg="长庚医疗财团法人高雄长庚纪念医院",
         treg="長庚醫療財團法人高雄長庚紀念醫院", reg_en="Kaohsiung Chang Gung Memorial Hospital",
         bases=[F("高雄長庚", "hant"), F("高長", "hant", True), F("高雄長庚醫院", "hant"), F("長庚", "hant", True),
                F("Kaohsiung Chang Gung", "en"), F("KCGMH", "en"), F("Chang Gung", "en", True)],
         addr="高雄市鳥松區大埤路123號", depts=["it", "lab"]),
    dict(key="tchr", city="台北", hcity="臺北", pin="Taipei", reg="台北市立联合医院仁爱院区",
         treg="臺北市立聯合醫院仁愛院區", reg_en="Taipei City Hospital, Renai Branch",
         bases=[F("北市聯醫仁愛院區", "hant"), F("聯醫仁愛", "hant"), F("仁愛院區", "hant", True),
                F("臺北市立仁愛醫院", "hant", False, True), F("台北市立仁愛醫院", "hant", False, True), F("仁愛醫院", "hant", True, True),
                F("Taipei City Hospital Renai", "en"), F("TCH Renai Branch", "en"), F("Renai Branch", "en", True)],
         addr="臺北市大安區仁愛路四段10號", depts=["lab", "fac"]),
    dict(key="mmht", city="新北", hcity="新北", pin="New Taipei", reg="台湾基督长老教会马偕医疗财团法人淡水马偕纪念医院",
         treg="台灣基督長老教會馬偕醫療財團法人淡水馬偕紀念醫院", reg_en="MacKay Memorial Hospital, Tamsui Branch",
         bases=[F("淡水馬偕", "hant"), F("馬偕淡水", "hant"), F("馬偕紀念醫院淡水分院", "hant", False, True),
                F("馬偕", "hant", True), F("MacKay Tamsui", "en"), F("Mackay Memorial Hosp., Tanshui", "en", False, True),
                F("MMH Tamsui", "en")], addr="新北市淡水區民生路45號", depts=["fac", "micro"]),
    dict(key="hsp", city="新竹", hcity="新竹", pin="Hsinchu", reg="鸿晟精密工业股份有限公司",
         treg="鴻晟精密工業股份有限公司", reg_en="Hung Sheng Precision Industry Co., Ltd.", brand="鴻晟",
         bases=[F("鴻晟精密", "hant"), F("鴻晟", "hant"), F("鴻晟公司", "hant"), F("Hung Sheng Precision", "en"),
                F("HSP", "en", True), F("HUNG SHENG", "en")], addr="新竹縣湖口鄉光復北路12號", depts=["itc", "fab"]),
    dict(key="chiaho", city="台中", hcity="臺中", pin="Taichung", reg="嘉和科技股份有限公司", treg="嘉和科技股份有限公司",
         reg_en="Chia Ho Technology Corp.", brand="嘉和",
         bases=[F("嘉和科技", "hant"), F("嘉和", "hant"), F("Chia Ho Tech", "en"), F("Chia-Ho Technology", "en"),
                F("嘉和電子股份有限公司", "hant", False, True)], addr="臺中市西屯區工業區三十路8號", depts=["fab", "itc"]),
]
FIXED_HK = [
    dict(key="kwh", city="香港", hcity="香港", pin="Hong Kong", reg="东华三院广华医院", treg="東華三院廣華醫院",
         reg_en="Kwong Wah Hospital", region="HK",
         bases=[F("廣華醫院", "hant"), F("廣華", "hant"), F("東華三院廣華醫院", "hant"), F("KWH", "en"),
                F("Kwong Wah Hosp.", "en"), F("TWGHs Kwong Wah Hospital", "en"), F("Kwong Wah", "en")],
         addr="九龍窩打老道25號", eaddr="25 Waterloo Road, Kowloon, Hong Kong", depts=["lab", "it"]),
    dict(key="twh", city="香港", hcity="香港", pin="Hong Kong", reg="东华三院东华医院", treg="東華三院東華醫院",
         reg_en="Tung Wah Hospital", region="HK",
         bases=[F("東華醫院", "hant"), F("東華三院東華醫院", "hant"), F("TWH", "en"), F("Tung Wah Hosp.", "en"),
                F("Tung Wah", "en"), F("TWGHs Tung Wah Hospital", "en")],
         addr="上環普仁街12號", eaddr="12 Po Yan Street, Sheung Wan, Hong Kong", depts=["it", "fac"]),
    dict(key="ych", city="香港", hcity="香港", pin="Hong Kong", reg="仁济医院", treg="仁濟醫院", reg_en="Yan Chai Hospital",
         region="HK", bases=[F("仁濟醫院", "hant"), F("仁濟", "hant"), F("YCH", "en"), F("Yan Chai Hosp.", "en"),
                             F("Yan Chai", "en")],
         addr="荃灣仁濟街7-11號", eaddr="7-11 Yan Chai Street, Tsuen Wan, Hong Kong", depts=["lab", "micro"]),
    dict(key="wfdc", city="香港", hcity="香港", pin="Hong Kong", reg="永丰数据中心有限公司", treg="永豐數據中心有限公司",
         reg_en="Wing Fung Data Centre Limited", region="HK", brand="永豐",
         bases=[F("永豐數據", "hant"), F("永豐數據中心", "hant"), F("Wing Fung DC", "en"), F("WFDC", "en"),
                F("Wing Fung Data Centre", "en")],
         addr="葵涌葵昌路51號", eaddr="51 Kwai Cheong Road, Kwai Chung, Hong Kong", depts=["itc", "fab"]),
    dict(key="swml", city="香港", hcity="香港", pin="Hong Kong", reg="信和医学化验所有限公司", treg="信和醫學化驗所有限公司",
         reg_en="Shun Wo Medical Laboratory Limited", region="HK", brand="信和",
         bases=[F("信和化驗所", "hant"), F("信和醫學化驗", "hant"), F("Shun Wo Lab", "en"), F("Shun Wo Medical Lab", "en")],
         addr="旺角彌敦道618號12樓", eaddr="12/F, 618 Nathan Road, Mong Kok, Hong Kong", depts=[None],
         fams=["ise", "elisa", "mid"]),
]
FIXED_MO = [
    dict(key="must", city="澳门", hcity="澳門", pin="Macau", reg="澳门科大医院", treg="澳門科大醫院",
         reg_en="University Hospital, Macau University of Science and Technology", region="MO",
         bases=[F("科大醫院", "hant"), F("澳門科大醫院", "hant"), F("MUST Hospital", "en"), F("Hospital Universitário", "en"),
                F("UH Macau", "en")],
         addr="氹仔偉龍馬路科大醫院", eaddr="Avenida Wai Long, Taipa, Macau", depts=["lab", "it"]),
    dict(key="cem", city="澳门", hcity="澳門", pin="Macau", reg="澳门电力股份有限公司", treg="澳門電力股份有限公司",
         reg_en="Companhia de Electricidade de Macau - CEM, S.A.", region="MO", brand="澳電",
         bases=[F("澳電", "hant"), F("澳門電力", "hant"), F("CEM", "en"), F("Companhia de Electricidade de Macau", "en"),
                F("CEM Macau", "en")], addr="澳門馬交石炮台馬路32-36號", eaddr="32-36 Estrada D. Maria II, Macau",
         depts=["fab", "itc"]),
]
FIXED_SG = [
    dict(key="ktph", reg="邱德拔医院", treg="邱德拔醫院", reg_en="Khoo Teck Puat Hospital",
         bases=[F("KTPH", "en"), F("Khoo Teck Puat Hosp.", "en"), F("Khoo Teck Puat", "en"), F("Yishun KTPH", "en")],
         eaddr="90 Yishun Central, Singapore 768828", depts=["lab", "it"]),
    dict(key="ntfgh", reg="黄廷方综合医院", treg="黃廷方綜合醫院", reg_en="Ng Teng Fong General Hospital",
         bases=[F("NTFGH", "en"), F("Ng Teng Fong Hosp.", "en"), F("Ng Teng Fong GH", "en"),
                F("Jurong General Hospital", "en", False, True)], eaddr="1 Jurong East Street 21, Singapore 609606",
         depts=["it", "fac"]),
    dict(key="skh", reg="盛港综合医院", treg="盛港綜合醫院", reg_en="Sengkang General Hospital",
         bases=[F("SKH", "en"), F("Sengkang GH", "en"), F("Sengkang General", "en")],
         eaddr="110 Sengkang East Way, Singapore 544886", depts=["fac", "micro"]),
    dict(key="mdc", reg="子午线数据中心私人有限公司", treg="子午線數據中心私人有限公司", reg_en="Meridian DC Pte. Ltd.", brand="Meridian",
         bases=[F("Meridian DC", "en"), F("Meridian Data Centre", "en"), F("MERIDIAN DC PTE LTD", "en"), F("MDC Tai Seng", "en")],
         eaddr="21 Tai Seng Drive, Singapore 535223", depts=["itc", "fab"]),
]
DEPT_EN_HK = {"lab": ("Department of Pathology", "Pathology", "病理部", ["Path Lab", "Pathology"], ["病理部", "化驗室"]),
              "micro": ("Microbiology Laboratory", "Microbiology", "微生物室", ["Micro"], ["微生物室"]),
              "it": ("IT Department", "IT", "資訊科技部", ["IT", "IT Dept"], ["資訊科技部", "IT部"]),
              "itc": ("IT Services", "IT", "資訊科技部", ["IT", "ITS"], ["資訊科技部"]),
              "fac": ("Engineering Services", "Engineering", "工程部", ["EMSD Liaison", "Engineering"], ["工程部"]),
              "fab": ("Facilities Engineering", "Facilities", "設施工程部", ["Facilities", "FE"], ["設施工程部", "工程部"])}
DEPT_TW = {"lab": ("檢驗醫學部", "Department of Laboratory Medicine", ["檢驗醫學部", "檢驗部", "檢驗科"], ["Lab Medicine", "Laboratory"]),
           "micro": ("微生物科", "Microbiology", ["微生物科", "細菌室"], ["Microbiology"]),
           "it": ("資訊管理部", "Information Management Dept.", ["資訊管理部", "資訊部", "資管部"], ["IT", "IM Dept."]),
           "itc": ("資訊處", "IT Division", ["資訊處", "資訊部"], ["IT", "IT Div."]),
           "fac": ("工務室", "Engineering Office", ["工務室", "工務組"], ["Engineering", "Facilities"]),
           "fab": ("廠務課", "Facility Section", ["廠務課", "廠務"], ["Facility", "Fab Facilities"])}

# ---------------------------------------------------------------- world
T2S = {}


def to_simp(s):
    return "".join(T2S.get(c, c) for c in s)


def normkey(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = to_simp(s)
    return "".join(c for c in s if c.isalnum())


def make_serial(rng, fam, d):
    pat = FAMILIES[fam][4]
    out = pat.replace("{yy}", f"{d.year % 100:02d}").replace("{mm}", f"{d.month:02d}")
    out = out.replace("{ww}", f"{min(52, d.timetuple().tm_yday // 7 + 1):02d}")
    for k, n in (("{n5}", 5), ("{n4}", 4), ("{n3}", 3), ("{n2}", 2)):
        while k in out:
            out = out.replace(k, "".join(rng.choice("0123456789") for _ in range(n)), 1)
    while "{L}" in out:
        out = out.replace("{L}", rng.choice(SER_LETTERS), 1)
    while "{d}" in out:
        out = out.replace("{d}", rng.choice("23456789"), 1)
    return out


def _combine(rng, inst, dk, region):
    """Return registered (name simp, trad, english, dept zh) and candidate forms."""
    forms = []
    if region == "CN":
        dz = DEPTS[dk][0] if dk else None
        name = inst["reg"] + (dz or "")
        eng = (DEPTS[dk][2] + ", " if dk else "") + inst["reg_en"]
        trad = "".join(S2T.get(c, c) for c in name)
        zvars = DEPTS[dk][5] if dk else []
        evars = DEPTS[dk][7] if dk else []
        forms.append(F(name, "hans"))
        forms.append(F(eng, "en"))
        for b in inst["bases"]:
            if b[1] == "hans":
                if not dk:
                    forms.append(b)
                    continue
                for dv in zvars:
                    for j in ("", " ", "（{}）", "-", "·", "@", "first"):
                        if j == "first":
                            t = f"{dv}（{b[0]}）"
                        elif j == "@":
                            t = f"{dv}@{b[0]}"
                        elif "{}" in j:
                            t = b[0] + j.format(dv)
                        else:
                            t = b[0] + j + dv
                        forms.append(F(t, "hans", b[2], b[3]))
            else:
                if not dk:
                    forms.append(b)
                    continue
                for ev in evars:
                    for t in (f"{b[0]}, {ev}", f"{b[0]} – {ev}", f"{ev}, {b[0]}", f"{b[0]} ({ev})"):
                        forms.append(F(t, "en", b[2], b[3]))
        return name, trad, eng, dz, forms
    if region == "TW":
        dt_ = DEPT_TW[dk] if dk else None
        trad = inst["treg"] + (dt_[0] if dt_ else "")
        name = inst["reg"] + (to_simp(dt_[0]) if dt_ else "")
        eng = (dt_[1] + ", " if dt_ else "") + inst["reg_en"]
        forms += [F(trad, "hant"), F(eng, "en")]
        for b in inst["bases"]:
            if not dt_:
                forms.append(b)
                continue
            if b[1] == "hant":
                for dv in dt_[2]:
                    for t in (b[0] + dv, b[0] + " " + dv, f"{b[0]}（{dv}）", f"{dv}－{b[0]}"):
                        forms.append(F(t, "hant", b[2], b[3]))
            else:
                for ev in dt_[3]:
                    for t in (f"{b[0]} {ev}", f"{b[0]}, {ev}", f"{ev} / {b[0]}"):
                        forms.append(F(t, "en", b[2], b[3]))
        return name, trad, eng, to_simp(dt_[0]) if dt_ else None, forms
    if region in ("HK", "MO"):
        dh = DEPT_EN_HK[dk] if dk else None
        trad = inst["treg"] + (dh[2] if dh else "")
        name = inst["reg"] + (to_simp(dh[2]) if dh else "")
        eng = inst["reg_en"] + (", " + dh[0] if dh else "")
        forms += [F(trad, "hant"), F(eng, "en"), F(f"{inst['reg_en']} {inst['treg']}", "en")]
        for b in inst["bases"]:
            if not dh:
                forms.append(b)
                continue
            if b[1] == "hant":
                for dv in dh[4]:
                    for t in (b[0] + dv, b[0] + " " + dv, f"{b[0]}（{dv}）"):
                        forms.append(F(t, "hant", b[2], b[3]))
            else:
                for ev in dh[3]:
                    for t in (f"{b[0]} {ev}", f"{b[0]} - {ev}", f"{ev}, {b[0]}", f"{b[0]} ({ev})"):
                        forms.append(F(t, "en", b[2], b[3]))
        return name, trad, eng, to_simp(dh[2]) if dh else None, forms
    # SG
    de = {"lab": "Laboratory Medicine", "it": "IT Department", "itc": "IT Operations", "fac": "Facilities Management",
          "micro": "Microbiology", "fab": "Facilities"}[dk]
    dz = {"lab": "检验医学科", "it": "资讯科技部", "itc": "资讯科技部", "fac": "设施管理部", "micro": "微生物科",
          "fab": "设施部"}[dk]
    name = inst["reg"] + dz
    trad = "".join(S2T.get(c, c) for c in name)
    eng = inst["reg_en"] + ", " + de
    forms += [F(eng, "en")]
    short = {"Laboratory Medicine": ["Lab Med", "Laboratory"], "IT Department": ["IT", "IT Dept"],
             "IT Operations": ["IT Ops", "IT"], "Facilities Management": ["FM", "Facilities"],
             "Microbiology": ["Micro"], "Facilities": ["Facilities", "FE"]}[de]
    for b in inst["bases"]:
        for ev in short:
            for t in (f"{b[0]} {ev}", f"{b[0]} - {ev}", f"{ev}, {b[0]}", f"{b[0]} ({ev})", f"{b[0]}/{ev}"):
                forms.append(F(t, "en", b[2], b[3]))
    return name, trad, eng, dz, forms


def build_world(n_docs, seed):
    rng = R(seed, "world")
    K = max(12, min(120, n_docs // 22))
    n_tw = max(1, round(K * 0.12))
    n_hk = max(1, round(K * 0.09))
    n_mo = max(1, round(K * 0.03))
    n_sg = max(1, round(K * 0.06))
    n_cn = K - n_tw - n_hk - n_mo - n_sg
    cities = CITIES[:]
    rng.shuffle(cities)
    brands = BRANDS[:]
    rng.shuffle(brands)
    # mainland slots, in a fixed recipe so that confusable pairs always exist
    cn_insts = []
    c0, c1, c2, c3 = cities[0], cities[1], cities[2], cities[3]
    p01 = inst_people(c0, 1)
    recipe = [(p01, "lab"), (p01, "it"), (inst_people(c0, 2), "lab"), (FIXED_CN[0], "lab"), (FIXED_CN[1], "lab"),
              (inst_group(c1, brands[0], INDUSTRY[0]), "itc"), (FIXED_CN[2], "lab"), (inst_people(c2, 1, "东"), "lab"),
              (inst_county(c3), "lab"), (inst_labco(c0, brands[1]), None), (FIXED_CN[3], "it"), (FIXED_CN[4], "fac"),
              (inst_people(c1, 1), "lab"), (FIXED_CN[0], "it"), (inst_college(c2), "edu"), (inst_adc(c1), None),
              (inst_fab(c3, brands[2]), "fab"), (inst_people(c2, 1, "东"), "fac"), (inst_county(c0), "lab"),
              (FIXED_CN[2], "it"), (inst_group(c2, brands[3], INDUSTRY[1]), "itc"), (FIXED_CN[1], "fac")]
    ci, bi = 4, 4
    while len({(x[0]["key"], x[1]) for x in recipe}) < n_cn and ci < 400:
        c = cities[ci % len(cities)]
        k = (ci - 4 + ci // len(cities)) % 8
        if k == 0:
            recipe.append((inst_people(c, 1), "lab"))
        elif k == 1:
            recipe.append((inst_county(c), "lab"))
        elif k == 2:
            recipe.append((inst_group(c, brands[bi % len(brands)], INDUSTRY[bi % len(INDUSTRY)]), "itc"))
            bi += 1
        elif k == 3:
            recipe.append((inst_people(c, 2, rng.choice(["南", "西", None])), "lab"))
        elif k == 4:
            recipe.append((inst_people(c, 1), rng.choice(["it", "fac", "micro"])))
        elif k == 5:
            recipe.append((inst_adc(c), None) if rng.random() < 0.5 else (inst_college(c), "edu"))
        elif k == 6:
            recipe.append((inst_fab(c, brands[bi % len(brands)]), "fab"))
            bi += 1
        else:
            recipe.append((inst_labco(c, brands[bi % len(brands)]), None))
            bi += 1
        ci += 1
    uniq = []
    for x in recipe:
        if (x[0]["key"], x[1]) not in [(y[0]["key"], y[1]) for y in uniq]:
            uniq.append(x)
    slots = [(i, d, "CN") for i, d in uniq[:n_cn]]

    def foreign(lst, n, region):
        out = []
        j = 0
        while len(out) < n:
            inst = lst[j % len(lst)]
            deps = inst["depts"]
            d = deps[(j // len(lst)) % len(deps)]
            if (inst["key"], d) not in [(o[0]["key"], o[1]) for o in out]:
                out.append((inst, d, region))
            j += 1
            if j > 200:
                break
        return out

    slots += foreign(FIXED_TW, n_tw, "TW") + foreign(FIXED_HK, n_hk, "HK") + foreign(FIXED_MO, n_mo, "MO") + \
        foreign(FIXED_SG, n_sg, "SG")
    customers = []
    seen = []
    for inst, dk, region in slots:
        if (inst["key"], dk) in seen:
            continue
        seen.append((inst["key"], dk))
        cid = f"KH{len(customers) + 1:03d}"
        crng = R(seed, "customer", cid)
        name, trad, eng, dz, forms = _combine(crng, inst, dk, region)
        if region == "CN":
            c = inst["c"]
            city, pin = c[0], c[1]
            addr = f"{c[2]}{city}市{c[5]}{c[6]}{crng.randint(3, 399)}号"
            if inst["key"].startswith("county"):
                addr = f"{c[2]}{city}市{c[4]}城关镇{c[6]}{crng.randint(3, 99)}号"
            hcity = "".join(S2T.get(x, x) for x in city)
        elif region == "SG":
            city, pin, hcity, addr = "新加坡", "Singapore", "新加坡", inst["eaddr"]
        else:
            city, pin, hcity, addr = inst["city"], inst["pin"], inst["hcity"], inst["addr"]
        fams = inst.get("fams") or DEPTS[dk][4]
        cust = dict(id=cid, name=name, city=city, city_pinyin=pin, number=inst.get("number"),
                    institution=inst.get("institution") or {"TW": "医院", "HK": "医院", "MO": "医院", "SG": "医院"}[region],
                    department=dz, english=eng, brand=inst.get("brand"), traditional=trad, address=addr)
        if region != "CN" and inst.get("brand") is None and "医院" not in name:
            cust["institution"] = "公司"
        if region != "CN" and ("公司" in name or "有限" in name):
            cust["institution"] = "股份有限公司" if "股份" in name else "有限公司"
        meta = dict(region=region, hcity=hcity, fams=fams, inst=inst["key"], forms=forms,
                    eaddr=inst.get("eaddr"), contract=crng.random() < 0.7,
                    usual=None, grp=FAMILIES[fams[0]][0])
        customers.append((cust, meta))
    # drop forms another customer could also produce
    owners = {}
    for cust, meta in customers:
        for f in meta["forms"]:
            k = normkey(f[0])
            owners.setdefault(k, [])
            if cust["id"] not in [o[0] for o in owners[k]]:
                owners[k].append((cust["id"], cust["city"], f[2]))
    for cust, meta in customers:
        keep = []
        seenf = []
        for f in meta["forms"]:
            if f[0] in seenf:
                continue
            k = normkey(f[0])
            bad = False
            for oid, ocity, opl in owners[k]:
                if oid != cust["id"] and (ocity == cust["city"] or not f[2] or not opl):
                    bad = True
            if f[0] in (cust["name"], cust["english"], cust["traditional"]):
                bad = False
            if not bad:
                keep.append(f)
                seenf.append(f[0])
        crng = R(seed, "forms", cust["id"])
        regs = [f for f in keep if f[0] in (cust["name"], cust["english"], cust["traditional"])]
        rest = [f for f in keep if f not in regs]
        crng.shuffle(rest)
        olds = [f for f in rest if f[3]][:2]
        rest = olds + [f for f in rest if not f[3]][:16]
        meta["forms"] = regs + rest
        meta["regs"] = regs
    # engineers
    pools = {"CN": ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10"], "TW": ["E11", "E12"],
             "HK": ["E13"], "MO": ["E13"], "SG": ["E14", "E15"]}
    for cust, meta in customers:
        crng = R(seed, "usual", cust["id"])
        meta["pool"] = pools[meta["region"]] + ["E16"]
        meta["usual"] = crng.choice(pools[meta["region"]])
    # units
    units = []
    for cust, meta in customers:
        crng = R(seed, "units", cust["id"])
        for k in range(crng.randint(2, 6)):
            fam = crng.choice(meta["fams"])
            inst_d = START + dt.timedelta(days=crng.randint(120, (dt.date(2024, 10, 31) - START).days))
            while inst_d.weekday() == 6:
                inst_d += dt.timedelta(days=1)
            serial = make_serial(crng, fam, inst_d)
            while any(normkey(serial) == normkey(u["serial"]) for u in units):
                serial = make_serial(crng, fam, inst_d)
            purchase = inst_d - dt.timedelta(days=crng.randint(5, 75))
            wy = crng.choice([1, 2, 2, 3, 3, 5])
            try:
                wend = inst_d.replace(year=inst_d.year + wy) - dt.timedelta(days=1)
            except ValueError:
                wend = inst_d.replace(year=inst_d.year + wy, day=28)
            units.append(dict(serial=serial, model=crng.choice(FAMILIES[fam][3]), owner=cust["id"],
                              install_date=inst_d.isoformat(), purchase_date=purchase.isoformat(),
                              warranty_until=wend.isoformat(), family=fam, moves=[]))
    cmap = {c["id"]: (c, m) for c, m in customers}
    # relocations (mainland, to a customer that can use the family)
    for u in units:
        urng = R(seed, "move", u["serial"])
        c, m = cmap[u["owner"]]
        if m["region"] != "CN" or urng.random() > 0.08:
            continue
        cnt = sum(1 for x in units if x["owner"] == u["owner"])
        if cnt < 3:
            continue
        cands = [cc for cc, mm in customers if mm["region"] == "CN" and cc["id"] != c["id"] and u["family"] in mm["fams"]
                 and sum(1 for x in units if x["owner"] == cc["id"]) < 6]
        if not cands:
            continue
        tgt = urng.choice(cands)
        i0 = D(u["install_date"]) + dt.timedelta(days=400)
        if i0 > END - dt.timedelta(days=90):
            continue
        md = i0 + dt.timedelta(days=urng.randint(0, (END - dt.timedelta(days=90) - i0).days))
        while md.weekday() >= 5:
            md += dt.timedelta(days=1)
        u["moves"].append(dict(date=md.isoformat(), **{"from": u["owner"], "to": tgt["id"]}))
        u["owner"] = tgt["id"]
    for u in units:
        lives(seed, u, cmap)
    return customers, cmap, units


def owner_at(u, d):
    own = u["moves"][0]["from"] if u["moves"] else u["owner"]
    for mv in u["moves"]:
        if d >= D(mv["date"]):
            own = mv["to"]
    return own


def lives(seed, u, cmap):
    rng = R(seed, "life", u["serial"])
    fam = u["family"]
    grp, pm_m, cal = FAMILIES[fam][0], FAMILIES[fam][5], FAMILIES[fam][6]
    i0 = D(u["install_date"])
    w = D(u["warranty_until"])
    vis = {}

    def add(d, typ):
        while d.weekday() == 6 or (d.weekday() == 5 and rng.random() < 0.7) or d in vis:
            d += dt.timedelta(days=1)
        if d > END:
            return None
        v = dict(date=d, type=typ, unit=u["serial"], owner=owner_at(u, d))
        vis[d] = v
        return v

    vis[i0] = dict(date=i0, type="install", unit=u["serial"], owner=owner_at(u, i0))
    for mv in u["moves"]:
        md = D(mv["date"])
        vis[md] = dict(date=md, type="reloc", unit=u["serial"], owner=mv["to"])
    # maintenance / inspection
    d = i0
    while True:
        m = d.month - 1 + pm_m
        d = dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28)) + dt.timedelta(days=rng.randint(-6, 6))
        if d > END:
            break
        own = owner_at(u, d)
        if d <= w or cmap[own][1]["contract"]:
            add(d, "inspect" if (grp == "power" and rng.random() < 0.5) else "pm")
    if cal:
        d = i0
        while True:
            d = d + dt.timedelta(days=365 + rng.randint(-10, 10))
            if d > END:
                break
            add(d, "cal")
    d = i0
    while True:
        d = d + dt.timedelta(days=int(rng.expovariate(1 / 170)) + 7)
        if d > END:
            break
        add(d, "repair")
    for _ in range(rng.choice([0, 0, 1, 1, 2]) if grp != "power" else rng.choice([0, 1])):
        span = (END - i0).days
        if span > 60:
            add(i0 + dt.timedelta(days=rng.randint(30, span)), "upgrade")
    out = [vis[k] for k in sorted(vis)]
    for v in out:
        c, m = cmap[v["owner"]]
        v["eng"] = m["usual"] if rng.random() < 0.6 else rng.choice(m["pool"])
        if v["type"] == "repair":
            v["fault"] = rng.randrange(len(FAULTS[fam]))
            v["has_cause"] = rng.random() < 0.8
            if rng.random() < 0.3:
                rd = v["date"] - dt.timedelta(days=rng.randint(0, 4))
                if owner_at(u, rd) == v["owner"] and rd >= i0:
                    v["complaint"] = rd
        v["num"] = None
    # complaints settled by phone
    u["phone"] = []
    for k in range(rng.choice([0, 0, 1, 1, 2])):
        span = (END - i0).days
        if span < 20:
            break
        d = i0 + dt.timedelta(days=rng.randint(10, span))
        if d.weekday() == 6:
            d += dt.timedelta(days=1)
        if d > END or d in vis:
            continue
        own = owner_at(u, d)
        u["phone"].append(dict(date=d, type="phone", unit=u["serial"], owner=own,
                               eng=cmap[own][1]["usual"] if rng.random() < 0.5 else rng.choice(cmap[own][1]["pool"]),
                               fault=rng.randrange(len(FAULTS[fam])), has_cause=rng.random() < 0.6))
    u["visits"] = out

# ---------------------------------------------------------------- one document
OCR_LABEL = {"0": "O", "1": "l", "号": "亏", "期": "朋", "编": "遍", "单": "車", "障": "嶂", "户": "尸", "日": "曰"}


class Doc:
    def __init__(self, W, i, kind, tpl, lang, region, cust, meta, unit, visit, rng):
        self.W, self.i, self.kind, self.tpl, self.lang, self.region = W, i, kind, tpl, lang, region
        self.cu, self.me, self.u, self.v, self.r = cust, meta, unit, visit, rng
        self.t = dict(customer_as_written=None, serial_as_written=None, model_as_written=None,
                      visit_date_as_written=None, engineer=None, engineer_id=None, number=None)
        self.other = []
        self.visits = []
        self.fca = (None, None, None)
        self.pdf_trad = region in ("TW", "HK", "MO")

    # -- script
    def c(self, s):
        if self.lang == "zh-Hant":
            return to_trad(s, "TW" if self.region == "TW" else "HK")
        return s

    # -- customer
    def cust(self, placeless_ok=False, reg=False, script=None):
        script = script or {"zh-Hans": "hans", "zh-Hant": "hant", "en": "en"}[self.lang]
        fs = [f for f in self.me["forms"] if f[1] == script and (placeless_ok or not f[2])]
        regs = [f for f in fs if f in self.me["regs"]]
        if reg and regs:
            f = regs[0]
        else:
            if not fs:
                fs = [f for f in self.me["forms"] if not f[2]]
            ws = [(0.4 if f[3] else (1.5 if f in regs else 1.0)) for f in fs]
            f = self.r.choices(fs, ws)[0]
        if self.t["customer_as_written"] is None:
            self.t["customer_as_written"] = f[0]
        return f[0]

    def addr(self, script=None):
        if (script or self.lang) == "en":
            if self.me.get("eaddr"):
                return self.me["eaddr"]
            return f"{self.cu['city_pinyin']}, " + {"CN": "China", "TW": "Taiwan"}.get(self.me["region"], "")
        return self.cu["address"]

    # -- serial / model
    def sn(self, u=None, ocr=False, fw_ok=True, record=True):
        u = u or self.u
        s = u["serial"]
        r = self.r
        plain = "".join(ch for ch in s if ch.isalnum())
        opts = [s, s, s.lower(), plain, s.replace("-", " ").replace("/", " "), " ".join(plain[k:k + 4] for k in range(0, len(plain), 4))]
        if len(plain) > 6:
            opts.append(plain[:2] + "-" + plain[2:])
        if fw_ok and self.lang != "en":
            opts.append(fw(s))
        w = r.choice(opts)
        if ocr and "0" in w and r.random() < 0.6:
            idx = [k for k, ch in enumerate(w) if ch == "0"]
            k = r.choice(idx)
            w = w[:k] + "O" + w[k + 1:]
        if record and self.t["serial_as_written"] is None:
            self.t["serial_as_written"] = w
        return w

    def mdl(self, u=None, fw_ok=True, record=True):
        u = u or self.u
        m = u["model"]
        opts = [m, m, m, m.replace("-", "").replace(" ", ""), m.upper(), m.replace("-", " ")]
        if fw_ok and self.lang != "en":
            opts.append(fw(m))
        w = self.r.choice(opts)
        if record and self.t["model_as_written"] is None:
            self.t["model_as_written"] = w
        return w

    # -- dates
    def dt(self, d, role, style):
        s = fmt_date(d, style)
        if role == "visit":
            if self.t["visit_date_as_written"] is None:
                self.t["visit_date_as_written"] = s
        elif role in ("same", "visit2"):
            pass
        else:
            e = dict(role=role, date=d.isoformat(), as_written=s)
            if e not in self.other:
                self.other.append(e)
        return s

    def udate(self, key, role, style, u=None):
        u = u or self.u
        return self.dt(D(u[key]), role, style)

    # -- engineers
    def eng(self, eid, style=None, record=True):
        e = ENG[eid]
        r = self.r
        if self.lang == "en" or e[1] is None:
            s = r.choice(e[3])
        elif self.lang == "zh-Hant":
            s = r.choice([e[2], e[2], (e[5] if e[5] and ("工程師" in e[5] or e[5] == "麥生") else e[2] + "工程師")])
        else:
            s = r.choice([e[1], e[1], e[5] or e[1], e[1] + "工程师"]) if style != "full" else e[1]
        if style == "full" and self.lang == "zh-Hant":
            s = e[2]
        if record and self.t["engineer"] is None:
            self.t["engineer"] = s
            self.t["engineer_id"] = eid
        return s

    # -- free text
    def texts(self, v, complaint=False):
        fam = self.u["family"]
        grp = FAMILIES[fam][0]
        r = self.r
        if v["type"] in ("repair", "phone"):
            f = FAULTS[fam][v["fault"]]
            if self.lang == "en":
                fa, ca, ac = f[4], f[5], f[6]
                fw_ = r.choice(["{f}", "Site reports {f}", "{F}; intermittent", "User complaint: {f}",
                                "{F} (code {c})", "{F} since this morning"]) if not complaint else \
                    r.choice(["{F}, third call this month", "Recurring fault: {f}", "{F}; customer unhappy with downtime"])
                fault = fw_.format(f=fa, F=fa[0].upper() + fa[1:], c=f[0])
                act = r.choice(["{A}", "{A}; verified OK", "{A}. Unit back in service", "{A}, customer signed off"]).format(
                    A=ac[0].upper() + ac[1:])
                if v["type"] == "phone":
                    act = "Guided the user by phone: " + ac
                cause = ca[0].upper() + ca[1:]
            else:
                fa, ca, ac = f[1], f[2], f[3]
                fw_ = r.choice(["{f}", "科室反映{f}", "报障：{f}", "{f}，影响出报告" if grp == "lab" else "{f}，影响业务",
                                "{f}（反复出现）", "上午开机后{f}", "{f}，报警代码{c}"]) if not complaint else \
                    r.choice(["{f}，多次报修未彻底解决", "近一周{f}，影响使用，要求尽快处理", "{f}，对维修时效不满意"])
                fault = fw_.format(f=fa, c=f[0])
                act = r.choice(["{a}", "{a}，复测正常", "{a}。设备恢复运行", "{a}，交付使用"]).format(a=ac)
                if v["type"] == "phone":
                    act = "电话指导用户处理：" + ac
                cause = ca
                fault, cause, act = self.c(fault), self.c(cause), self.c(act)
            if not v.get("has_cause"):
                cause = None
            return fault, cause, act
        zh, en = SERVICE_TEXT[v["type"]].get(grp) or SERVICE_TEXT["pm"][grp]
        return None, None, (en[0].upper() + en[1:] if self.lang == "en" else self.c(zh))

    def number(self, style):
        r = self.r
        y = self.v["date"].year if self.v else 2024
        n = {
            "job": f"JOB-{y % 100:02d}{r.randint(1000, 9999)}", "wo": f"WO{r.randint(100000, 999999)}",
            "gd": f"GD-{r.choice('ABCDEFGH')}{r.randint(10000, 99999)}", "sr": f"SR{r.randint(1000000, 9999999)}",
            "fw": f"FW{y % 100:02d}-{r.randint(100, 999)}", "tk": f"#{r.randint(30000, 89999)}",
            "no": f"No.{r.randint(100000, 999999)}", "cs": f"CS-{r.randint(1000, 9999)}-{r.choice('KMNPR')}",
            "tw": f"{y - 1911}-{r.randint(1000, 9999)}", "hk": f"HK/{r.randint(1000, 9999)}/{y % 100:02d}",
            "ref": f"Ref. {r.choice('ABCDEFGH')}{r.randint(100, 999)}/{y % 100:02d}",
        }[style]
        if self.t["number"] is None:
            self.t["number"] = n
        return n

    def main_visit(self, v=None, date_as_written=None, number=None):
        """Fill top level and visits with the main visit."""
        v = v or self.v
        f, c, a = self.fca
        e = dict(date=v["date"].isoformat(), date_as_written=date_as_written or self.t["visit_date_as_written"],
                 fault=f, cause=c, action=a, engineer=self.t["engineer"], engineer_id=self.t["engineer_id"],
                 number=number if number is not None else self.t["number"])
        self.visits.append(e)
        return e

    def contact(self):
        if self.lang == "en":
            return self.r.choice(CONTACTS_EN_CN if self.me["region"] == "CN" else CONTACTS_EN)
        if self.lang == "zh-Hant":
            return self.r.choice(CONTACTS_TW) if self.region == "TW" else self.r.choice(["陳姑娘", "黃先生", "何小姐", "梁主任"])
        if self.cu["institution"] not in ("人民医院", "县人民医院", "大学附属医院", "医学检验所", "动物疫病预防控制中心"):
            return self.r.choice(["邹主管", "侯组长", "谭科长", "薛工", "白科长"])
        return self.r.choice(CONTACTS_ZH)

    def phone(self):
        r = self.r
        if self.me["region"] == "CN":
            return f"1{r.choice('358')}{r.randint(1, 9)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if self.me["region"] == "TW":
            return f"0{r.randint(2, 7)}-{r.randint(2000, 8999)}-{r.randint(1000, 9999)}"
        if self.me["region"] == "SG":
            return f"+65 6{r.randint(100, 999)} {r.randint(1000, 9999)}"
        return f"+{853 if self.me['region'] == 'MO' else 852} {r.randint(2000, 3999)} {r.randint(1000, 9999)}"

    def fam_name(self):
        fz = FAMILIES[self.u["family"]]
        return fz[2] if self.lang == "en" else self.c(fz[1])

    def ocr(self, label):
        """Handwriting/OCR noise in a label (never in values)."""
        out = []
        for ch in label:
            if ch in OCR_LABEL and self.r.random() < 0.35:
                out.append(OCR_LABEL[ch])
            else:
                out.append(ch)
        return "".join(out)


def kv(pairs, sep="："):
    return "\n".join(f"{a}{sep}{b}" for a, b in pairs)


def zstyle(r):
    return r.choice(["cn", "cn", "cn0", "dot", "dot0", "iso", "dash", "slash", "cnwk"])


def hstyle(r):
    return r.choice(["roc", "rocmin", "rocdot", "rocdot0", "rocsl", "rocwk"])


def estyle(r, allow_two_digit=False):
    return r.choice(["dmy-", "dmy0-", "dmy", "dmyfull", "mdy", "mdy,", "dth", "iso"] + (["dmyap", "dmyU"] if allow_two_digit else []))


def later(d, r, lo=0, hi=6):
    x = d + dt.timedelta(days=r.randint(lo, hi))
    return x


def plus_months(d, m):
    k = d.month - 1 + m
    return dt.date(d.year + k // 12, k % 12 + 1, min(d.day, 28))

# ---------------------------------------------------------------- templates: repair / service (one visit)
def prep(d):
    d.fca = d.texts(d.v)
    return d.fca


def unit_dates_zh(d, style):
    """Optional install / warranty lines (roles)"""
    out = []
    r = d.r
    if r.random() < 0.5:
        out.append((r.choice(["装机日期", "启用日期", "安装日期"]), d.udate("install_date", "install", style)))
    if r.random() < 0.4:
        out.append((r.choice(["保修期至", "保修到期", "质保截止"]), d.udate("warranty_until", "warranty_until", style)))
    return out


def F01(d):  # 维修工作单 printout, Word 2-col table
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = zstyle(r)
    cust = d.cust(placeless_ok=True)
    no = d.number("gd")
    rows = [["工单号", no], ["委托单位", cust], ["单位地址", d.addr()], ["使用科室/报障人", d.contact()],
            ["设备名称", d.fam_name()], ["规格型号", d.mdl()], ["机器编号", d.sn()]]
    ud = unit_dates_zh(d, st)
    pre = r.random() < 0.5
    if pre:
        rows += [[a_, b_] for a_, b_ in ud]
    rows += [["到场日期", d.dt(v["date"], "visit", st)], ["服务类型", VTYPE_ZH[v["type"]]]]
    if f:
        rows.append(["故障现象", f])
    if c:
        rows.append(["故障原因", c])
    rows += [["处理过程", a], ["服务工程师", d.eng(v["eng"])]]
    if not pre:
        rows += [[a_, b_] for a_, b_ in ud]
    rows.append(["客户签字（盖章）", r.choice(["（已盖章）", "同意 " + d.contact(), "[签名]"])])
    d.main_visit()
    return "docx", dict(blocks=[("p", "售后服务维修工作单", True, True), ("t", rows),
                                ("p", "本单一式两联，第一联客户留存，第二联服务部存档。")],
                        header=r.choice(["华新医疗设备服务有限公司 客户服务部", "睿康科技 售后技术支持中心"]),
                        footer="SR-FM-031 第2版")


def F02(d):  # handwritten repair card, OCR text with label noise
    f, c, a = prep(d)
    r, v = d.r, d.v
    L = d.ocr
    st = r.choice(["dot", "dot0", "cn", "slash"])
    lines = ["~~ 扫描件 OCR 识别结果（仅供检索，以原件为准）~~", "", L("维修记录卡") + "      " + L("编号") + "：" + d.number("no"),
             L("客户单位") + "：" + d.cust(), L("机器编号") + "：" + d.sn(ocr=True, fw_ok=False),
             L("型号") + "：" + d.mdl(fw_ok=False), L("日期") + "：" + d.dt(v["date"], "visit", st)]
    if f:
        lines.append(L("故障") + "：" + f)
    if c:
        lines.append(L("原因") + "：" + c)
    lines += [L("处理") + "：" + a, L("维修人") + "：" + d.eng(v["eng"]), "",
              r.choice(["[印章：设备科]", "[圆形印章，字迹模糊]", "（客户签字）▇▇▇"]), L("备注") + "：" + r.choice(["无", "—", "配件已更换，旧件带回"])]
    d.main_visit()
    return "txt", "\n".join(lines)


def F03(d):  # 企业微信 chat export, one day
    f, c, a = prep(d)
    r, v = d.r, d.v
    e = d.eng(v["eng"])
    ct = d.contact()
    ds = d.dt(v["date"], "visit", "iso")
    t0 = r.randint(8, 10)
    cust = d.cust()
    msgs = [(ct, f"{t0:02d}:{r.randint(10, 29):02d}", f"{cust}这边{d.fam_name()}又出问题了，{f or '麻烦安排保养'}"),
            (e, f"{t0:02d}:{r.randint(30, 59):02d}", f"收到，机器编号是{d.sn()}那台吗？我上午过去"),
            (ct, f"{t0 + 1:02d}:{r.randint(0, 59):02d}", "对，" + d.mdl() + "，在二楼"),
            (e, f"{t0 + 3:02d}:{r.randint(0, 59):02d}", f"已到现场。{('原因：' + c + '。') if c else ''}{a}"),
            (ct, f"{t0 + 4:02d}:{r.randint(0, 59):02d}", r.choice(["好的，辛苦了", "👍 谢谢许老师" if e.startswith("许") else "收到，谢谢"]))]
    lines = [f"—— 企业微信聊天记录导出 · {cust} ——", ""]
    for who, tm, txt in msgs:
        lines += [f"{who} {ds} {tm}", txt, ""]
    d.main_visit()
    return "txt", "\n".join(lines)


def F04(d):  # ERP service-ticket export CSV with a two-row header
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["slash", "iso", "dot0"])
    h1 = ["工单信息", "", "", "客户信息", "", "设备信息", "", "", "服务内容", "", "", ""]
    h2 = ["服务单号", "受理日期", "服务类别", "委托单位", "联系人", "设备名称", "型号", "整机序列号", "现象描述", "原因", "处理结果", "服务工程师"]
    row = [d.number("fw"), d.dt(v["date"], "visit", st), VTYPE_ZH[v["type"]], d.cust(), d.contact(), d.fam_name(),
           d.mdl(), d.sn(), f or "", c or "", a, d.eng(v["eng"])]
    d.main_visit()
    return "csv", [h1, h2, row]


def F05(d):  # SMS log of dispatch and completion
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["cn", "slash", "dash"])
    e = d.eng(v["eng"])
    no = d.number("gd")
    cust = d.cust()
    ds = d.dt(v["date"], "visit", st)
    lines = ["短信发送记录（售后派工平台）", "",
             f"[{fmt_date(v['date'], 'iso')} 08:{r.randint(10, 59):02d}] 发给 {e}：【派工】工单{no}，{cust}，{d.fam_name()} {d.mdl()}，"
             f"序列号{d.sn()}，{('问题：' + f) if f else VTYPE_ZH[v['type']]}。请于{ds}上门。",
             f"[{fmt_date(v['date'], 'iso')} {r.randint(13, 17)}:{r.randint(10, 59):02d}] 发给 客户：【完工通知】您单位工单{no}已处理完毕："
             f"{a}。{('原因为' + c + '。') if c else ''}如有疑问请回复本短信。"]
    d.main_visit()
    return "txt", "\n".join(lines)


def F06(d):  # Taiwan 維修服務報告 (Word, tab paragraphs)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = hstyle(r)
    C = d.c
    bl = [("p", C("维修服务报告"), True, True), ("p", C("报告编号") + "：" + d.number("tw")),
          ("p", C("送修单位") + "：" + d.cust(placeless_ok=True) + "\t" + C("地址") + "：" + d.addr()),
          ("p", C("仪器名称") + "：" + d.fam_name() + "\t" + C("型号") + "：" + d.mdl()),
          ("p", C("仪器序号") + "：" + d.sn())]
    if r.random() < 0.5:
        bl.append(("p", C("保固期限") + "：" + d.udate("warranty_until", "warranty_until", st)))
    bl.append(("p", C("到场日期") + "：" + d.dt(v["date"], "visit", st)))
    if f:
        bl.append(("p", C("异常状况") + "：" + f))
    if c:
        bl.append(("p", C("原因判断") + "：" + c))
    bl += [("p", C("处理情形") + "：" + a), ("p", C("服务工程师") + "：" + d.eng(v["eng"]) + "\t" + C("客户签认") + "：________")]
    d.main_visit()
    return "docx", dict(blocks=bl)


def F07(d):  # HK bilingual job card txt
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["dmy-", "dmy0-", "uk_m"])
    if st == "uk_m":
        st = "uk"
    marker = "（日期格式 DD/MM/YYYY）" if st == "uk" else ""
    C = d.c
    lines = ["工作單 JOB CARD" + marker, "Job no.: " + d.number("hk"), "客戶 Client: " + d.cust(),
             "Site contact: " + d.contact() + " / " + d.phone(), "儀器 Equip.: " + d.fam_name() + " " + d.mdl(),
             "Equip. S/N: " + d.sn(), "Attended on: " + d.dt(v["date"], "visit", st)]
    if f:
        lines.append(C("故障") + " Fault: " + f)
    if c:
        lines.append(C("原因") + " Cause: " + c)
    lines += [C("处理") + " Action: " + a, C("工程师") + " Engineer: " + d.eng(v["eng"]), "Customer chop: ________"]
    d.main_visit()
    return "txt", "\n".join(lines)


def F08(d):  # Field Service Ticket PDF (English)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = estyle(r)
    L = ["FIELD SERVICE TICKET", "", "Job no.: " + d.number("job"), "Customer: " + d.cust(placeless_ok=True),
         "Address: " + d.addr(), "Reported by: " + d.contact(), "Equipment: " + d.fam_name(), "Model: " + d.mdl(),
         "Equip. S/N: " + d.sn(), "Call date: " + d.dt(v["date"], "same", st), "Attended on: " + d.dt(v["date"], "visit", st),
         "Service type: " + VTYPE_EN[v["type"]]]
    if r.random() < 0.5:
        L.append("Installed: " + d.udate("install_date", "install", st))
    if f:
        L.append("Problem: " + f)
    if c:
        L.append("Diagnosis: " + c)
    L += ["Work done: " + a, "Service engineer: " + d.eng(v["eng"]), "", "Customer signature: ______________"]
    d.main_visit()
    return "pdf", L


def F09(d):  # overseas office e-mail (English) about a mainland customer
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["dmy", "dmyfull", "wdmy", "dth"])
    sent = later(v["date"], r, 0, 3)
    role = "same" if sent == v["date"] else "report_printed"
    e = d.eng(v["eng"])
    cust = d.cust()
    lines = [f"From: {e} <service.apac@example-med.com>", "To: APAC Service Desk <sd.apac@example-med.com>",
             f"Date: {d.dt(sent, role, 'wdmy')} {r.randint(9, 20)}:{r.randint(10, 59):02d} +0800",
             f"Subject: [{d.number('sr')}] {cust} - {d.fam_name()} {d.mdl()} visit", "",
             "Hi team,", "", f"Visit summary for {cust} ({d.cu['city_pinyin']}).", "",
             f"Unit: {d.fam_name()}, S/N {d.sn()}", f"Visit date: {d.dt(v['date'], 'visit', st)}"]
    if f:
        lines.append(f"Issue: {f}")
    if c:
        lines.append(f"Root cause: {c}")
    lines += [f"Action: {a}", "", "Regards,", e, "APAC Service Operations (reported via the Singapore office)"]
    d.main_visit()
    return "txt", "\n".join(lines)


def F10(d):  # 售后维修确认书 PDF zh
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = zstyle(r)
    L = [("售后维修确认书", 16), "", "确认书编号：" + d.number("cs"), "委托单位：" + d.cust(), "报障人：" + d.contact(),
         "设备：" + d.fam_name() + "　型号：" + d.mdl(fw_ok=False), "整机序列号：" + d.sn(fw_ok=False)]
    L += [f"{a_}：{b_}" for a_, b_ in unit_dates_zh(d, st)]
    L.append("维修日期：" + d.dt(v["date"], "visit", st))
    if f:
        L.append("故障说明：" + f)
    if c:
        L.append("原因分析：" + c)
    L += ["维修措施：" + a, "维修工程师：" + d.eng(v["eng"]), "", "客户确认：以上内容属实。　签字：________"]
    d.main_visit()
    return "pdf", L


def F11(d):  # one-row xlsx 维修登记表
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "slash", "dot0"])
    hdr = ["序号", "报修日期", "委托单位", "使用科室", "设备名称", "型号", "整机序列号", "故障描述", "原因", "处理", "工程师"]
    row = [1, d.dt(v["date"], "visit", st), d.cust(), d.cu["department"] or "—", d.fam_name(), d.mdl(), d.sn(),
           f or "保养", c or "", a, d.eng(v["eng"])]
    d.main_visit()
    return "xlsx", [["维修登记表"], hdr, row]


def F12(d):  # Macau / HK markdown report zh-Hant
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["cn", "cn0"])
    C = d.c
    lines = ["# " + C("服务报告"), "", f"- **{C('客户')}**：{d.cust()}", f"- **{C('仪器')}**：{d.fam_name()}（{d.mdl()}）",
             f"- **{C('机身编号')}**：{d.sn()}", f"- **{C('服务日期')}**：{d.dt(v['date'], 'visit', st)}",
             f"- **{C('类别')}**：{C(VTYPE_ZH[v['type']])}", ""]
    if f:
        lines += ["## " + C("问题"), f, ""]
    if c:
        lines += ["## " + C("原因"), c, ""]
    lines += ["## " + C("跟进"), a, "", f"{C('工程师')}：{d.eng(v['eng'])}"]
    d.main_visit()
    return "md", "\n".join(lines)


def F13(d):  # Taiwan company English report, year-first dates
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["slash0", "iso"])
    bl = [("p", "SERVICE REPORT", True, True), ("t", [["Ref.", d.number("ref")], ["Customer", d.cust()],
                                                     ["Equipment", d.fam_name() + " / " + d.mdl()], ["Serial No.", d.sn()],
                                                     ["Date of visit (YYYY/MM/DD)", d.dt(v["date"], "visit", st)]] +
                                                    ([["Symptom", f]] if f else []) + ([["Cause", c]] if c else []) +
                                                    [["Action taken", a], ["Engineer", d.eng(v["eng"])]])]
    d.main_visit()
    return "docx", dict(blocks=bl, footer="Form QS-17")


def F14(d):  # IT incident summary md (zh)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "cn"])
    t = r.randint(8, 15)
    lines = [f"## 故障处理单 {d.number('tk')}", "", f"委托单位 | {d.cust()}", "--- | ---", f"设备 | {d.fam_name()} {d.mdl()}",
             f"整机序列号 | {d.sn()}", f"发生日期 | {d.dt(v['date'], 'visit', st)}", f"处理人 | {d.eng(v['eng'])}", "",
             "### 时间线", f"- {t:02d}:05 接到告警：{f or '例行维护窗口开始'}", f"- {t + 1:02d}:20 到达机房，开始排查"]
    if c:
        lines.append(f"- {t + 2:02d}:00 定位原因：{c}")
    lines += [f"- {t + 2:02d}:45 {a}", f"- {t + 3:02d}:10 业务确认恢复，关闭工单"]
    d.main_visit()
    return "md", "\n".join(lines)


def F15(d):  # PM record docx with checklist and next date
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = zstyle(r)
    nxt = plus_months(v["date"], FAMILIES[d.u["family"]][5])
    items = {"lab": ["液路清洁", "加样系统检查", "光学/检测系统", "质控运行", "软件备份"],
             "it": ["告警日志检查", "风扇及电源", "端口状态", "固件版本", "配置备份"],
             "power": ["柜体清扫", "端子紧固", "电压电流测量", "温升检查", "告警记录"]}[FAMILIES[d.u["family"]][0]]
    rows = [["项目", "结果", "备注"]] + [[x, "√", ""] for x in items]
    bl = [("p", "预防性维护保养记录", True, True),
          ("p", "委托单位：" + d.cust()), ("p", f"设备：{d.fam_name()}　型号：{d.mdl()}　整机序列号：{d.sn()}"),
          ("p", "保养日期：" + d.dt(v["date"], "visit", st)), ("t", rows), ("p", "保养内容：" + a),
          ("p", "保养工程师：" + d.eng(v["eng"])), ("p", "下次保养日期：" + d.dt(nxt, "follow_up", st))]
    d.main_visit()
    return "docx", dict(blocks=bl, header="设备维保服务中心")


def F16(d):  # installation acceptance PDF
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = zstyle(r)
    L = [("设备安装调试验收单", 15), "", "委托单位：" + d.cust(reg=r.random() < 0.5), "设备名称：" + d.fam_name(),
         "规格型号：" + d.mdl(fw_ok=False), "整机序列号：" + d.sn(fw_ok=False), "到货/购置日期：" + d.udate("purchase_date", "purchase", st),
         "安装日期：" + d.dt(v["date"], "visit", st), "保修期：自验收之日起至 " + d.udate("warranty_until", "warranty_until", st) + " 止",
         "安装内容：" + a, "安装工程师：" + d.eng(v["eng"]), "验收结论：合格　　使用单位验收人：" + d.contact()]
    d.main_visit()
    return "pdf", L


def F17(d):  # relocation report txt (zh): old and new owner
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = zstyle(r)
    mv = [m for m in d.u["moves"] if m["date"] == v["date"].isoformat()][0]
    oldc, oldm = d.W["cmap"][mv["from"]]
    oldf = [x for x in oldm["forms"] if x[1] == "hans" and not x[2]]
    lines = ["移机服务报告", "", "接收单位：" + d.cust(), "原使用单位：" + (oldf[0][0] if oldf else oldc["name"]),
             f"设备：{d.fam_name()}　型号：{d.mdl()}", "机器编号：" + d.sn(), "移机日期：" + d.dt(v["date"], "visit", st),
             "工作内容：" + a, "服务工程师：" + d.eng(v["eng"]), "", "说明：设备资产已随移机转入接收单位，后续保修服务按接收单位登记。"]
    d.main_visit()
    return "txt", "\n".join(lines)


def F18(d):  # software / firmware upgrade md (zh)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "cn", "dot0"])
    v1 = f"V{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(100, 999)}"
    v2 = f"V{r.randint(5, 7)}.{r.randint(0, 9)}.{r.randint(100, 999)}"
    lines = ["# 升级记录", "", f"**委托单位** {d.cust()}  ", f"**设备** {d.fam_name()} / {d.mdl()}  ", f"**整机序列号** {d.sn()}  ",
             f"**实施日期** {d.dt(v['date'], 'visit', st)}  ", "", "| 项目 | 升级前 | 升级后 |", "|---|---|---|",
             f"| 版本 | {v1} | {v2} |", "", "结果：" + a, "", "实施人：" + d.eng(v["eng"])]
    d.main_visit()
    return "md", "\n".join(lines)


def F19(d):  # English PM report PDF (SG/HK/MO)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["dmy", "dmy-", "dmyfull", "dth"])
    nxt = plus_months(v["date"], FAMILIES[d.u["family"]][5])
    L = [("PREVENTIVE MAINTENANCE REPORT", 14), "", "Site: " + d.cust(placeless_ok=True), "Site address: " + d.addr(),
         "Equipment: " + d.fam_name() + ", model " + d.mdl(), "Serial no.: " + d.sn(), "Service date: " + d.dt(v["date"], "visit", st),
         "Visit type: " + VTYPE_EN[v["type"]], "Checks: visual / functional / safety - PASS", "Remarks: " + a,
         "Next service due: " + d.dt(nxt, "follow_up", st), "Serviced by: " + d.eng(v["eng"]), "Acknowledged by: " + d.contact()]
    d.main_visit()
    return "pdf", L


def F20(d):  # Thunderbird-style forwarded summary
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["dmy", "mdy,", "dmyfull"])
    fwd = later(v["date"], r, 1, 9)
    e = d.eng(v["eng"])
    cust = d.cust()
    lines = ["FYI - for the account file.", "", "-------- Forwarded Message --------", f"Subject: Visit report {cust}",
             f"Date: {d.dt(fwd, 'report_printed', 'dmy')} 10:{r.randint(10, 59):02d}", f"From: {e}", "", f"Customer: {cust}",
             f"Unit: {d.fam_name()} {d.mdl()} (S/N {d.sn()})", f"Visited: {d.dt(v['date'], 'visit', st)}"]
    if f:
        lines.append(f"Complaint: {f}")
    if c:
        lines.append(f"Cause: {c}")
    lines += [f"Done: {a}", "", "-- ", e]
    d.main_visit()
    return "txt", "\n".join(lines)


def F21(d):  # Taiwan 保養報告 PDF zh-Hant
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = hstyle(r)
    C = d.c
    nxt = plus_months(v["date"], FAMILIES[d.u["family"]][5])
    L = [(C("定期保养报告"), 15), "", C("客户名称") + "：" + d.cust(), C("仪器") + "：" + d.fam_name() + " " + d.mdl(fw_ok=False),
         C("机身序号") + "：" + d.sn(fw_ok=False), C("保养日期") + "：" + d.dt(v["date"], "visit", st), C("工作内容") + "：" + a,
         C("下次预定保养") + "：" + d.dt(nxt, "follow_up", st), C("工程师") + "：" + d.eng(v["eng"])]
    d.main_visit()
    return "pdf", L


def F22(d):  # HK bilingual maintenance report docx
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["cn", "dmy"])
    C = d.c
    rows = [["客戶 Client", d.cust()], ["儀器 Equipment", d.fam_name() + " " + d.mdl()], ["序號 S/N", d.sn()],
            ["日期 Date", d.dt(v["date"], "visit", st)], ["類別 Type", C(VTYPE_ZH[v["type"]]) + " " + VTYPE_EN[v["type"]]]]
    if f:
        rows.append(["問題 Problem", f])
    if c:
        rows.append(["成因 Cause", c])
    rows += [["工作 Work", a], ["工程師 Engineer", d.eng(v["eng"])]]
    d.main_visit()
    return "docx", dict(blocks=[("p", "保養/維修報告 SERVICE REPORT", True, True), ("t", rows)])


def F23(d):  # BMS / power reading CSV (zh)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "slash"])
    ds = d.dt(v["date"], "visit", st)
    cust, sn = d.cust(), d.sn()
    rows = [["单位", "设备序列号", "巡检日期", "测点", "测量值", "结论"]]
    for k in range(1, r.randint(5, 9)):
        rows.append([cust, sn, ds, f"#{k:02d}", f"{r.uniform(2.18, 2.27):.3f}V", "正常"])
    rows.append([cust, sn, ds, "结论", "", a])
    rows.append(["巡检人", d.eng(v["eng"]), "", "型号", d.mdl(), ""])
    d.main_visit()
    return "csv", rows


def F24(d):  # mobile-app e-signature service report txt
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "slash"])
    lines = ["服务报告（移动端电子签名版）", "", f"签到：{d.dt(v['date'], 'visit', st)} 0{r.randint(8, 9)}:{r.randint(10, 59):02d}  定位：{d.addr()}",
             "委托单位：" + d.cust(placeless_ok=True), f"设备：{d.fam_name()}（{d.mdl()}）", "机器编号：" + d.sn(),
             "服务类型：" + VTYPE_ZH[v["type"]]]
    if f:
        lines.append("报障内容：" + f)
    if c:
        lines.append("原因：" + c)
    lines += ["处理结果：" + a, "工程师：" + d.eng(v["eng"]), f"签退：{fmt_date(v['date'], st)} {r.randint(12, 17)}:{r.randint(10, 59):02d}",
              "—— 电子签名 ——", "客户签名：[已签]  评价：★★★★★"]
    d.main_visit()
    return "txt", "\n".join(lines)


def F25(d):  # IT maintenance window report md (en)
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["iso", "dmy", "dmyap"])
    lines = [f"# Maintenance Window Report", "", f"* Client: {d.cust()}", f"* Device: {d.fam_name()} {d.mdl()}",
             f"* Equip. S/N: {d.sn()}", f"* Window: {d.dt(v['date'], 'visit', st)} 22:00-02:00", f"* Engineer: {d.eng(v['eng'])}", "",
             "## Findings", f or "No faults found during checks.", ""]
    if c:
        lines += ["## Cause", c, ""]
    lines += ["## Work performed", a]
    d.main_visit()
    return "md", "\n".join(lines)


def F26(d):  # 季度巡检表 xlsx
    f, c, a = prep(d)
    r, v = d.r, d.v
    st = r.choice(["cn", "iso"])
    rows = [["设备巡检表"], ["委托单位", d.cust(), "巡检日期", d.dt(v["date"], "visit", st)],
            ["设备名称", d.fam_name(), "型号", d.mdl()], ["机器编号", d.sn(), "巡检人", d.eng(v["eng"])], [],
            ["序号", "检查项", "结果"], [1, "外观及环境", "正常"], [2, "运行状态", "正常"], [3, "告警记录", "无" if not f else f],
            ["处理意见", a]]
    d.main_visit()
    return "xlsx", rows

# ---------------------------------------------------------------- complaints
def cprep(d):
    v = d.v
    if v["type"] == "phone":
        recv, site = v["date"], None
    else:
        recv, site = v["complaint"], v
    f, c, a = d.texts(v, complaint=True)
    d.fca = (f, c, a)
    return recv, site, f, c, a


def cfinish(d, site, site_written):
    if site is not None:
        d.visits.append(dict(date=site["date"].isoformat(), date_as_written=site_written, fault=d.fca[0], cause=d.fca[1],
                             action=d.fca[2], engineer=d.t["engineer"], engineer_id=d.t["engineer_id"], number=d.t["number"]))


def F27(d):  # 客户投诉登记表 docx
    recv, site, f, c, a = cprep(d)
    r = d.r
    st = zstyle(r)
    rows = [["投诉编号", d.number("cs")], ["委托单位", d.cust()], ["报障人", d.contact()], ["投诉渠道", r.choice(["电话", "微信", "邮件", "销售转达"])],
            ["受理日期", d.dt(recv, "visit", st)], ["设备/型号", d.fam_name() + " / " + d.mdl()], ["机器编号", d.sn()],
            ["投诉内容", f], ["紧急程度", r.choice(["紧急（1个工作日）", "一般（3个工作日）", "复杂（10个工作日）"])]]
    sw = None
    if site:
        sw = d.dt(site["date"], "same" if site["date"] == recv else "visit2", st)
        rows.append(["上门日期", sw])
    if c:
        rows.append(["原因", c])
    rows += [["处理结果", a], ["处理人", d.eng(d.v["eng"])]]
    cfinish(d, site, sw)
    return "docx", dict(blocks=[("p", "客户投诉登记表", True, True), ("t", rows)])


def F28(d):  # chat across days, customer complains (zh)
    recv, site, f, c, a = cprep(d)
    r = d.r
    ct = d.contact()
    e = d.eng(d.v["eng"])
    cust = d.cust()
    lines = [f"【群聊】{cust} 设备售后群 聊天记录", "", f"—— {d.dt(recv, 'visit', 'cn')} ——",
             f"{ct} 09:{r.randint(10, 29):02d}", f"{d.fam_name()}（{d.sn()}）{f}，你们到底什么时候来？",
             f"{e} 09:{r.randint(30, 59):02d}", "抱歉给您添麻烦了，我马上安排"]
    sw = None
    if site:
        if site["date"] != recv:
            sw = d.dt(site["date"], "visit2", "cn")
            lines += ["", f"—— {sw} ——"]
        else:
            sw = d.t["visit_date_as_written"]
        lines += [f"{e} 14:{r.randint(10, 59):02d}", f"已到现场处理。{('原因：' + c + '。') if c else ''}{a}"]
    else:
        lines += [f"{e} 10:{r.randint(10, 59):02d}", f"{a}。{('原因：' + c) if c else ''}"]
    lines += [f"{ct} 16:{r.randint(10, 59):02d}", "好的"]
    cfinish(d, site, sw)
    return "txt", "\n".join(lines)


def F29(d):  # customer e-mail complaint + reply quoted (en)
    recv, site, f, c, a = cprep(d)
    r = d.r
    st = r.choice(["dmy", "dmyfull", "mdy,"])
    rep = later(site["date"] if site else recv, r, 0, 4)
    e = d.eng(d.v["eng"])
    ct = d.contact()
    cust = d.cust()
    body = [f"Dear {ct},", "", "Thank you for your e-mail and sorry for the trouble."]
    sw = None
    if site:
        sw = d.dt(site["date"], "visit2" if site["date"] != recv else "same", st)
        if site["date"] == recv:
            sw = fmt_date(site["date"], st)
        body.append(f"Our engineer {e} attended on {sw}.")
    else:
        body.append(f"{e} handled this by phone.")
    if c:
        body.append(f"Cause: {c}.")
    body += [f"Action: {a}", "", "Best regards,", "Customer Care"]
    lines = [f"Date: {d.dt(rep, 'same' if rep == recv else 'report_printed', 'dmy')}", f"Subject: RE: Complaint - {d.fam_name()} S/N {d.sn()}",
             f"Ref.: {d.number('ref')}", ""] + body + ["", f"> From: {ct}, {cust}", f"> Sent: {d.dt(recv, 'visit', st)}",
                                                       f"> Our {d.fam_name()} ({d.mdl()}) - {f}. Please send someone."]
    if site and site["date"] == recv:
        pass
    cfinish(d, site, sw)
    return "txt", "\n".join(lines)


def F30(d):  # Taiwan 客訴單 txt
    recv, site, f, c, a = cprep(d)
    r = d.r
    st = hstyle(r)
    C = d.c
    lines = [C("客诉处理单"), "", C("客户") + "：" + d.cust(), C("反映人") + "：" + d.contact() + "　" + d.phone(),
             C("受理日期") + "：" + d.dt(recv, "visit", st), C("仪器序号") + "：" + d.sn(), C("反映内容") + "：" + f]
    sw = None
    if site:
        sw = fmt_date(site["date"], st) if site["date"] == recv else d.dt(site["date"], "visit2", st)
        lines.append(C("到场日期") + "：" + sw)
    if c:
        lines.append(C("原因") + "：" + c)
    lines += [C("处理说明") + "：" + a, C("处理人员") + "：" + d.eng(d.v["eng"]), C("主管") + "：" + d.contact()]
    cfinish(d, site, sw)
    return "txt", "\n".join(lines)


def F31(d):  # 质量投诉处理报告 PDF (zh)
    recv, site, f, c, a = cprep(d)
    r = d.r
    st = zstyle(r)
    rep = later(site["date"] if site else recv, r, 1, 8)
    L = [("质量投诉处理报告", 15), "", "报告编号：" + d.number("no"), "投诉单位：" + d.cust(), "接报日期：" + d.dt(recv, "visit", st),
         "产品：" + d.fam_name() + "　" + d.mdl(fw_ok=False), "整机序列号：" + d.sn(fw_ok=False), "投诉问题：" + f]
    sw = None
    if site:
        sw = fmt_date(site["date"], st) if site["date"] == recv else d.dt(site["date"], "visit2", st)
        L.append("现场处理日期：" + sw)
    else:
        L.append("处理方式：电话/远程")
    if c:
        L.append("原因分析：" + c)
    L += ["纠正措施：" + a, "责任工程师：" + d.eng(d.v["eng"]), "报告日期：" + d.dt(rep, "report_printed", st)]
    cfinish(d, site, sw)
    return "pdf", L


def F32(d):  # hospital internal complaint forwarding (md)
    recv, site, f, c, a = cprep(d)
    r = d.r
    st = r.choice(["cn", "iso"])
    lines = ["# 后勤/设备问题转办单", "", f"> 转办编号：{d.number('tk')}", "", f"- 报障科室：{d.cust()}", f"- 报障人：{d.contact()}",
             f"- 登记日期：{d.dt(recv, 'visit', st)}", f"- 设备：{d.fam_name()}，序列号 {d.sn()}", f"- 问题：{f}", "- 转办给：维保厂家"]
    sw = None
    lines += ["", "## 厂家反馈"]
    if site:
        sw = fmt_date(site["date"], st) if site["date"] == recv else d.dt(site["date"], "visit2", st)
        lines.append(f"{sw} 派工程师{d.eng(d.v['eng'])}上门。")
    else:
        lines.append(f"工程师{d.eng(d.v['eng'])}电话处理。")
    if c:
        lines.append(f"原因：{c}")
    lines.append(f"处理：{a}")
    cfinish(d, site, sw)
    return "md", "\n".join(lines)


# ---------------------------------------------------------------- equipment histories
def hprep(d, hv, style_fn, with_cause=True):
    """Builds entry strings; returns list of (v, datestr, f, c, a, eng, eid)."""
    out = []
    for v in hv:
        f, c, a = d.texts(v)
        if not with_cause:
            c = None
        st = style_fn(d.r)
        ds = fmt_date(v["date"], st)
        e = d.eng(v["eng"], record=False)
        out.append((v, ds, f, c, a, e, v["eng"]))
    return out


def hfinish(d, ents):
    newest = max(ents, key=lambda x: x[0]["date"])
    for v, ds, f, c, a, e, eid in ents:
        d.visits.append(dict(date=v["date"].isoformat(), date_as_written=ds, fault=f, cause=c, action=a, engineer=e,
                             engineer_id=eid, number=None))
    v, ds, f, c, a, e, eid = newest
    d.t["visit_date_as_written"] = ds
    d.t["engineer"], d.t["engineer_id"] = e, eid
    d.fca = (f, c, a)
    d.hnew = v


def F33(d):  # 维修保养台账 xlsx
    ents = hprep(d, d.hv, lambda r: "iso")
    rows = [["设备维修保养台账"], ["委托单位", d.cust(), "设备", d.fam_name()], ["型号", d.mdl(), "整机序列号", d.sn()],
            ["启用日期", d.udate("install_date", "install", "iso")], [],
            ["日期", "类别", "故障/内容", "原因", "处理", "工程师"]]
    for v, ds, f, c, a, e, eid in ents:
        rows.append([ds, VTYPE_ZH[v["type"]], f or "", c or "", a, e])
    hfinish(d, ents)
    return "xlsx", rows


def F34(d):  # handwritten log book OCR
    ents = hprep(d, d.hv, lambda r: r.choice(["dot", "dot0"]), False)
    L = d.ocr
    lines = ["（登记本扫描 OCR）", L("设备履历登记本"), L("单位") + "：" + d.cust(), L("机器编号") + "：" + d.sn(ocr=True, fw_ok=False), ""]
    for v, ds, f, c, a, e, eid in ents:
        lines.append(f"{ds}  {f or VTYPE_ZH[v['type']]}  → {a}  {L('签名')}:{e}")
    hfinish(d, ents)
    return "txt", "\n".join(lines)


def F35(d):  # CMMS service log CSV (en)
    ents = hprep(d, d.hv, lambda r: "dmy0-")
    rows = [["Asset", "Site", "Serial", "Model", "Date", "Type", "Problem", "Cause", "Work done", "Engineer"]]
    site, sn, mdl = d.cust(), d.sn(), d.mdl()
    for v, ds, f, c, a, e, eid in ents:
        rows.append([d.fam_name(), site, sn, mdl, ds, VTYPE_EN[v["type"]], f or "", c or "", a, e])
    hfinish(d, ents)
    return "csv", rows


def F36(d):  # zh-Hant history md
    ents = hprep(d, d.hv, (lambda r: r.choice(["rocsl", "roc"])) if d.region == "TW" else (lambda r: "cn"), False)
    C = d.c
    lines = [f"# {C('维修记录')} — {d.cust()}", "", f"{C('仪器')}：{d.fam_name()} {d.mdl()}，{C('序号')} {d.sn()}", ""]
    for k, (v, ds, f, c, a, e, eid) in enumerate(ents, 1):
        lines.append(f"{k}. **{ds}** {C(VTYPE_ZH[v['type']])}：{(f + '；') if f else ''}{a}（{e}）")
    hfinish(d, ents)
    return "md", "\n".join(lines)


def F37(d):  # 设备档案 docx (zh)
    ents = hprep(d, d.hv, lambda r: "cn")
    rows = [["日期", "内容", "工程师"]]
    for v, ds, f, c, a, e, eid in ents:
        rows.append([ds, "\n".join(x for x in [("现象：" + f) if f else VTYPE_ZH[v["type"]], ("原因：" + c) if c else None, "处理：" + a] if x), e])
    bl = [("p", "设备档案", True, True), ("t", [["使用单位", d.cust()], ["设备名称", d.fam_name()], ["型号", d.mdl()], ["机器编号", d.sn()],
                                                 ["购置日期", d.udate("purchase_date", "purchase", "cn")]]), ("p", "维修保养记录"), ("t", rows)]
    hfinish(d, ents)
    return "docx", dict(blocks=bl)


def F38(d):  # service record summary PDF (en)
    ents = hprep(d, d.hv, lambda r: "dmy", False)
    pr = later(max(v["date"] for v in d.hv), d.r, 1, 20)
    L = [("SERVICE RECORD SUMMARY", 14), "", "Customer: " + d.cust(), "Equipment: " + d.fam_name() + " " + d.mdl(),
         "Serial no.: " + d.sn(), ""]
    for v, ds, f, c, a, e, eid in ents:
        L.append(f"{ds} | {VTYPE_EN[v['type']]} | {f or '-'} | {a} | {e}")
    L += ["", "Prepared on " + d.dt(pr, "report_printed", "dmy")]
    hfinish(d, ents)
    return "pdf", L


# ---------------------------------------------------------------- customer files
def cf_units(d):
    return [u for u in d.W["units"] if u["owner"] == d.cu["id"]]


def cf_sn(d, us):
    out = []
    for u in us:
        out.append(d.sn(u, record=False, fw_ok=False))
    d.serials = [u["serial"] for u in us]
    d.serials_w = out
    return out


def F39(d):  # master 客户档案卡 docx
    us = cf_units(d)
    sns = cf_sn(d, us)
    olds = [f[0] for f in d.me["forms"] if f[3] and f[1] == "hans"]
    rows = [["单位名称", d.cust(reg=True)], ["英文名称", d.cu["english"]], ["曾用名", olds[0] if olds else "—"], ["地址", d.cu["address"]],
            ["客户等级", d.r.choice(["A类", "B类", "C类"])], ["维保合同", "有（按年续签）" if d.me["contract"] else "无"]]
    eq = [["设备名称", "型号", "机器编号", "装机日期", "保修期至"]]
    for u, s in zip(us, sns):
        eq.append([to_simp(FAMILIES[u["family"]][1]), u["model"], s, d.udate("install_date", "install", "iso", u),
                   d.udate("warranty_until", "warranty_until", "iso", u)])
    return "docx", dict(blocks=[("p", "客户档案卡", True, True), ("t", rows), ("p", "装机设备清单"), ("t", eq)])


def F40(d):  # CRM account export CSV (en)
    us = cf_units(d)
    sns = cf_sn(d, us)
    name = d.cust()
    rows = [["Account Name", "Also known as", "City", "Product", "Model", "Equip. S/N", "Installed", "Warranty to"]]
    aka = [f[0] for f in d.me["forms"] if f[1] == "en" and f[0] != name][:1]
    for u, s in zip(us, sns):
        rows.append([name, aka[0] if aka else "", d.cu["city_pinyin"], FAMILIES[u["family"]][2], u["model"], s,
                     d.udate("install_date", "install", "dmy0-", u), d.udate("warranty_until", "warranty_until", "dmy0-", u)])
    return "csv", rows


def F41(d):  # zh-Hant 客戶資料 txt
    us = cf_units(d)
    sns = cf_sn(d, us)
    C = d.c
    lines = [C("客户资料"), "", C("客户名称") + "：" + d.cust(reg=d.r.random() < 0.6), C("地址") + "：" + d.cu["address"] if d.me["region"] != "SG" else "",
             C("联络人") + "：" + d.contact(), "", C("设备清单") + "："]
    for u, s in zip(us, sns):
        st = "roc" if d.region == "TW" else "cn"
        lines.append(f"　- {u['model']}　{C('序号')} {s}　{C('装机')} {d.udate('install_date', 'install', st, u)}")
    return "txt", "\n".join(lines)


def F42(d):  # account visit notes md (zh), years only
    us = cf_units(d)
    sns = cf_sn(d, us)
    lines = [f"# 客户拜访纪要：{d.cust(placeless_ok=True)}", "", f"地址：{d.cu['address']}", "", "## 在用设备"]
    for u, s in zip(us, sns):
        lines.append(f"- {to_simp(FAMILIES[u['family']][1])} {u['model']}，SN {s}，{D(u['install_date']).year}年装机")
    lines += ["", "## 跟进事项", "- 续签维保合同意向", "- 下季度安排一次培训"]
    return "md", "\n".join(lines)


def F43(d):  # account summary PDF (en)
    us = cf_units(d)
    sns = cf_sn(d, us)
    L = [("ACCOUNT SUMMARY", 14), "", "Account: " + d.cust(reg=d.r.random() < 0.5), "Address: " + d.addr("en"), "", "Installed base:"]
    for u, s in zip(us, sns):
        L.append(f"- {FAMILIES[u['family']][2]} {u['model']}, S/N {s}, installed {d.udate('install_date', 'install', 'dmy', u)}")
    return "pdf", L


# ---------------------------------------------------------------- training
def F44(d):  # 维修培训教材 docx (zh)
    fam = d.u["family"]
    m = d.mdl()
    rows = [["代码", "现象", "原因", "处理"]] + [[x[0], x[1], x[2], x[3]] for x in FAULTS[fam]]
    return "docx", dict(blocks=[("p", f"{FAMILIES[fam][1]} {m} 维修培训教材", True, True), ("p", "第三章 常见故障处理"), ("t", rows)])


def F45(d):  # tech tip txt (en)
    fam = d.u["family"]
    m = d.mdl()
    lines = [f"TECH TIP - {FAMILIES[fam][2]} {m}", ""]
    for x in FAULTS[fam][:d.r.randint(2, 5)]:
        lines += [f"Q: {x[4][0].upper() + x[4][1:]} (code {x[0]})?", f"A: Usually {x[5]}. Fix: {x[6]}.", ""]
    return "txt", "\n".join(lines)


def F46(d):  # zh-Hant FAQ md
    fam = d.u["family"]
    C = d.c
    m = d.mdl()
    lines = [f"# {C(FAMILIES[fam][1])} {m} {C('常见问题')}", ""]
    for x in FAULTS[fam][:d.r.randint(2, 5)]:
        lines += [f"**{C('问')}：{C(x[1])}？**", f"{C('答')}：{C(x[2])}。{C('处理')}：{C(x[3])}。", ""]
    return "md", "\n".join(lines)

def F47(d):  # scanned English job card (SG/HK), numeric day-first date without a marker: the ambiguous source
    f, c, a = prep(d)
    d.fca = (f, None, a)
    r, v = d.r, d.v
    L = lambda s: "".join(("0" if ch == "O" and r.random() < 0.4 else ("1" if ch == "l" and r.random() < 0.4 else ch)) for ch in s)
    lines = ["[scanned job card - text recognised automatically]", L("JOB CARD") + "   " + L("Job no.") + " " + d.number("job"),
             L("Customer") + ": " + d.cust(), L("Equip. S/N") + ": " + d.sn(ocr=True), L("Model") + ": " + d.mdl(),
             L("Date") + ": " + d.dt(v["date"], "visit", "amb")]
    if f:
        lines.append(L("Fault") + ": " + f)
    lines += [L("Work done") + ": " + a, L("Engineer") + ": " + d.eng(v["eng"]), L("Customer sign") + ": ~~~~"]
    d.main_visit()
    return "txt", "\n".join(lines)


# ---------------------------------------------------------------- registry
EN_REG = {"SG": 0.35, "HK": 0.2, "CN": 0.3, "MO": 0.05, "TW": 0.1}
HK_MO = {"HK": 0.8, "MO": 0.2}
NONREP = ["install", "pm", "cal", "upgrade", "reloc", "inspect"]
# id: (kind, lang, regions, vtypes, group, weight, fn)
TEMPLATES = {
    "F01": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 10, F01),
    "F02": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 6, F02),
    "F03": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 6, F03),
    "F04": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 5, F04),
    "F05": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 4, F05),
    "F06": ("repair", "zh-Hant", {"TW": 1}, ["repair"], None, 7, F06),
    "F07": ("repair", "zh-Hant", HK_MO, ["repair"], None, 5, F07),
    "F08": ("repair", "en", EN_REG, ["repair"], None, 8, F08),
    "F09": ("repair", "en", {"CN": 1}, ["repair"], None, 5, F09),
    "F10": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 8, F10),
    "F11": ("repair", "zh-Hans", {"CN": 1}, ["repair"], None, 2, F11),
    "F12": ("repair", "zh-Hant", HK_MO, ["repair"], None, 3, F12),
    "F13": ("repair", "en", {"TW": 1}, ["repair"], None, 3, F13),
    "F14": ("repair", "zh-Hans", {"CN": 1}, ["repair"], "it", 4, F14),
    "F47": ("repair", "en", {"SG": 0.6, "HK": 0.4}, ["repair"], None, 2.2, F47),
    "F15": ("service_report", "zh-Hans", {"CN": 1}, ["pm", "inspect"], None, 9, F15),
    "F16": ("service_report", "zh-Hans", {"CN": 1}, ["install"], None, 6, F16),
    "F17": ("service_report", "zh-Hans", {"CN": 1}, ["reloc"], None, 2, F17),
    "F18": ("service_report", "zh-Hans", {"CN": 1}, ["upgrade"], None, 3, F18),
    "F19": ("service_report", "en", EN_REG, ["pm", "cal", "inspect"], None, 8, F19),
    "F20": ("service_report", "en", EN_REG, NONREP + ["repair"], None, 6, F20),
    "F21": ("service_report", "zh-Hant", {"TW": 1}, ["pm", "cal", "inspect"], None, 5, F21),
    "F22": ("service_report", "zh-Hant", HK_MO, NONREP + ["repair"], None, 4, F22),
    "F23": ("service_report", "zh-Hans", {"CN": 1}, ["pm", "inspect"], "power", 3, F23),
    "F24": ("service_report", "zh-Hans", {"CN": 1}, NONREP + ["repair"], None, 7, F24),
    "F25": ("service_report", "en", EN_REG, ["pm", "upgrade", "inspect", "repair"], "it", 3, F25),
    "F26": ("service_report", "zh-Hans", {"CN": 1}, ["pm", "inspect"], None, 2, F26),
    "F27": ("complaint", "zh-Hans", {"CN": 1}, None, None, 5, F27),
    "F28": ("complaint", "zh-Hans", {"CN": 1}, None, None, 4, F28),
    "F29": ("complaint", "en", EN_REG, None, None, 4, F29),
    "F30": ("complaint", "zh-Hant", {"TW": 1}, None, None, 2, F30),
    "F31": ("complaint", "zh-Hans", {"CN": 1}, None, None, 3, F31),
    "F32": ("complaint", "zh-Hans", {"CN": 1}, None, None, 3, F32),
    "F33": ("equipment_history", "zh-Hans", {"CN": 1}, None, None, 3, F33),
    "F34": ("equipment_history", "zh-Hans", {"CN": 1}, None, None, 3, F34),
    "F35": ("equipment_history", "en", EN_REG, None, None, 3, F35),
    "F36": ("equipment_history", "zh-Hant", {"TW": 0.6, "HK": 0.3, "MO": 0.1}, None, None, 3, F36),
    "F37": ("equipment_history", "zh-Hans", {"CN": 1}, None, None, 4, F37),
    "F38": ("equipment_history", "en", EN_REG, None, None, 2, F38),
    "F39": ("customer_file", "zh-Hans", {"CN": 1}, None, None, 0, F39),
    "F40": ("customer_file", "en", None, None, None, 0, F40),
    "F41": ("customer_file", "zh-Hant", None, None, None, 0, F41),
    "F42": ("customer_file", "zh-Hans", {"CN": 1}, None, None, 0, F42),
    "F43": ("customer_file", "en", None, None, None, 0, F43),
    "F44": ("training", "zh-Hans", None, None, None, 45, F44),
    "F45": ("training", "en", None, None, None, 35, F45),
    "F46": ("training", "zh-Hant", None, None, None, 20, F46),
}
KIND_SHARE = [("repair", 0.32), ("service_report", 0.27), ("complaint", 0.12), ("equipment_history", 0.12),
              ("customer_file", 0.10), ("training", 0.07)]
FOLDERS = {
    "repair": {"zh-Hans": "售后服务部/维修单", "zh-Hant": "服務部/維修報告", "en": "Service/Job Records"},
    "service_report": {"zh-Hans": "售后服务部/服务报告", "zh-Hant": "服務部/保養報告", "en": "Service/Visit Reports"},
    "complaint": {"zh-Hans": "客服中心/投诉", "zh-Hant": "服務部/客訴", "en": "Customer Care/Complaints"},
    "equipment_history": {"zh-Hans": "设备档案", "zh-Hant": "儀器履歷", "en": "Installed Base/History"},
    "customer_file": {"zh-Hans": "客户档案", "zh-Hant": "客戶資料", "en": "Accounts"},
    "training": {"zh-Hans": "培训资料", "zh-Hant": "教育訓練", "en": "Training"},
}
REGION_DIR = {"CN": "", "TW": "TW", "HK": "HK", "MO": "MO", "SG": "SG"}


def payload_text(fmt, p):
    if fmt in ("txt", "md"):
        return p
    if fmt in ("csv", "xlsx"):
        return "\n".join(",".join(str(x) for x in row) for row in p)
    if fmt == "pdf":
        return "\n".join(x[0] if isinstance(x, tuple) else x for x in p)
    out = []
    for b in p["blocks"]:
        if b[0] == "p":
            out.append(b[1])
        else:
            out += [" ".join(str(x) for x in row) for row in b[1]]
    return "\n".join(out + [p.get("header") or "", p.get("footer") or ""])


AMB_RE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])")
MARKERS = ["DD/MM/YYYY", "MM/DD/YYYY", "DD/MM/YY", "MM/DD/YY", "YYYY/MM/DD"]


def is_ambiguous(text, vw):
    if not vw or not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", vw):
        return False
    a, b, _ = vw.split("/")
    if int(a) > 12 or int(b) > 12 or a == b:
        return False
    if any(m in text for m in MARKERS):
        return False
    for m in AMB_RE.finditer(text):
        if int(m.group(1)) > 12 or int(m.group(2)) > 12:
            return False
    return True


def encode_text(rng, lang, region, fmt, text):
    crlf = rng.random() < 0.3
    enc = "utf-8"
    if fmt == "csv":
        x = rng.random()
        if lang == "zh-Hans" and x < 0.5:
            enc = "gb18030"
        elif x < 0.75:
            enc = "utf-8-sig"
    elif fmt == "txt" and lang == "zh-Hans" and rng.random() < 0.35:
        enc = "gb18030"
    elif fmt == "txt" and lang == "zh-Hant" and region == "TW" and rng.random() < 0.4:
        enc = "big5"
    if crlf:
        text = text.replace("\n", "\r\n")
    if enc == "big5":
        try:
            data = text.encode("big5")
            if data.decode("big5") != text:
                raise UnicodeError
            return data, enc
        except UnicodeError:
            enc = "utf-8"
    if enc == "gb18030":
        return text.encode("gb18030"), enc
    return text.encode(enc), enc


def csv_text(rows):
    buf = io.StringIO()
    import csv
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--queries", action="store_true")
    args = ap.parse_args()
    _load_s2t()
    for k, v in S2T.items():
        T2S.setdefault(v, k)
    out = args.out
    if os.path.exists(out):
        entries = sorted(os.listdir(out))
        if entries and ".fifthgen" not in entries:
            sys.exit(f"{out} is neither empty nor an earlier fifthgen output")
    os.makedirs(out, exist_ok=True)
    if os.path.exists(os.path.join(out, "docs")):
        shutil.rmtree(os.path.join(out, "docs"))
    seed = str(args.seed)
    N = args.docs
    customers, cmap, units = build_world(N, seed)
    W = dict(cmap=cmap, units=units, customers=customers)
    umap = {u["serial"]: u for u in units}
    # candidate events
    allv = [v for u in units for v in u["visits"]]
    complaints = [v for u in units for v in u["visits"] if v.get("complaint")] + [p for u in units for p in u["phone"]]
    complaints.sort(key=lambda v: (v["date"].isoformat(), v["unit"]))
    # plan kinds
    prng = R(seed, "plan")
    kinds = []
    for k, sh in KIND_SHARE:
        kinds += [k] * int(round(N * sh))
    while len(kinds) < N:
        kinds.append("repair")
    kinds = kinds[:N]
    prng.shuffle(kinds)
    used = set()
    cf_order = [c for c, m in customers]
    prng.shuffle(cf_order)
    cf_done = {}
    truth = []
    files = []
    stats_amb = 0
    for i, kind in enumerate(kinds):
        r = R(seed, "doc", i)
        for attempt in range(30):
            d = None
            if kind in ("repair", "service_report", "complaint", "equipment_history", "training"):
                tids = [t for t, s in TEMPLATES.items() if s[0] == kind]
                tid = r.choices(tids, [TEMPLATES[t][5] for t in tids])[0]
                spec = TEMPLATES[tid]
                lang = spec[1]
                if kind == "training":
                    u = r.choice(units)
                    d = Doc(W, i, kind, tid, lang, "TW" if lang == "zh-Hant" else "CN", None, None, u, None, R(seed, "text", i))
                    break
                regs = list(spec[2])
                region = r.choices(regs, [spec[2][x] for x in regs])[0]
                if kind == "equipment_history":
                    cands = [u for u in units if cmap[u["owner"]][1]["region"] == region]
                    if not cands:
                        continue
                    u = r.choice(cands)
                    segs = {}
                    for v in u["visits"]:
                        segs.setdefault(v["owner"], []).append(v)
                    owners = [o for o in segs if len(segs[o]) >= 2 and cmap[o][1]["region"] == region]
                    if not owners:
                        continue
                    o = r.choice(owners)
                    seg = segs[o]
                    k = r.randint(2, min(10, len(seg)))
                    start = r.randint(0, len(seg) - k)
                    hv = seg[start:start + k] if r.random() < 0.6 else sorted(r.sample(seg, k), key=lambda v: v["date"])
                    if r.random() < 0.3:
                        hv = hv[::-1]
                    c, m = cmap[o]
                    d = Doc(W, i, kind, tid, lang, region, c, m, u, None, R(seed, "text", i))
                    d.hv = hv
                    break
                pool = complaints if kind == "complaint" else allv
                cands = [v for v in pool if cmap[v["owner"]][1]["region"] == region and
                         (spec[3] is None or v["type"] in spec[3]) and
                         (spec[4] is None or FAMILIES[umap[v["unit"]]["family"]][0] == spec[4])]
                if not cands:
                    continue
                fresh = [v for v in cands if (v["unit"], v["date"], kind == "complaint") not in used]
                v = r.choice(fresh if fresh and r.random() < 0.85 else cands)
                used.add((v["unit"], v["date"], kind == "complaint"))
                c, m = cmap[v["owner"]]
                d = Doc(W, i, kind, tid, lang, region, c, m, umap[v["unit"]], v, R(seed, "text", i))
                break
            else:  # customer file
                cust = cf_order[(i * 7 + attempt) % len(cf_order)]
                m = cmap[cust["id"]][1]
                region = m["region"]
                first = cust["id"] not in cf_done
                cf_done[cust["id"]] = cf_done.get(cust["id"], 0) + 1
                if region == "CN":
                    opts = ["F39"] if first and r.random() < 0.8 else ["F42", "F42", "F40", "F39"]
                elif region == "SG":
                    opts = ["F43"] if first else ["F40", "F43"]
                else:
                    opts = ["F41"] if first else ["F41", "F40", "F43"]
                tid = r.choice(opts)
                if not [u for u in units if u["owner"] == cust["id"]]:
                    continue
                d = Doc(W, i, kind, tid, TEMPLATES[tid][1], region, cust, m, None, None, R(seed, "text", i))
                break
        fmt, payload = TEMPLATES[d.tpl][6](d)
        rr = R(seed, "file", i)
        ext = fmt
        fold = FOLDERS[kind][d.lang]
        sub = REGION_DIR.get(d.region, "") if kind != "training" else ""
        if d.v is not None:
            yr = (d.v.get("complaint") or d.v["date"]).year
        elif kind == "equipment_history":
            yr = max(v["date"] for v in d.hv).year
        else:
            yr = None
        parts = [fold] + ([sub] if sub else []) + ([str(yr)] if yr else [])
        stem = {"zh-Hans": "单据", "zh-Hant": "文件", "en": "doc"}[d.lang]
        if d.u is not None and kind != "training":
            stem = "".join(ch for ch in d.u["serial"] if ch.isalnum())
        name = f"{d.tpl}_{stem}_{i:05d}.{ext}"
        rel = "/".join(parts + [name])
        text = payload_text(fmt, payload)
        if fmt in ("txt", "md"):
            data, enc = encode_text(rr, d.lang, d.region, fmt, payload)
        elif fmt == "csv":
            data, enc = encode_text(rr, d.lang, d.region, fmt, csv_text(payload))
        elif fmt == "docx":
            data, enc = docx_bytes(payload["blocks"], payload.get("header"), payload.get("footer")), "utf-8"
        elif fmt == "xlsx":
            data, enc = xlsx_bytes(payload), "utf-8"
        else:
            data, enc = pdf_bytes(payload, trad=d.lang == "zh-Hant"), "utf-8"
        files.append((rel, data))
        t = d.t
        f_, c_, a_ = d.fca
        if kind == "equipment_history":
            vdate = d.hnew["date"].isoformat()
        elif kind == "complaint":
            vdate = (d.v.get("complaint") or d.v["date"]).isoformat() if d.v["type"] != "phone" else d.v["date"].isoformat()
        elif d.v is not None:
            vdate = d.v["date"].isoformat()
        else:
            vdate = None
        if kind in ("repair", "service_report"):
            f_, c_, a_ = d.visits[0]["fault"], d.visits[0]["cause"], d.visits[0]["action"]
        amb = is_ambiguous(text, t["visit_date_as_written"])
        stats_amb += amb
        rec = dict(path=rel, kind=kind, template=d.tpl, lang=d.lang, encoding=enc,
                   customer=d.cu["id"] if d.cu else None, customer_as_written=t["customer_as_written"] if d.cu else None,
                   serial=d.u["serial"] if (d.u is not None and kind not in ("training", "customer_file")) else None,
                   serial_as_written=t["serial_as_written"] if kind not in ("training", "customer_file") else None,
                   model=d.u["model"] if (d.u is not None and kind != "customer_file") else None,
                   model_as_written=t["model_as_written"] if kind != "customer_file" else None,
                   visit_date=vdate, visit_date_as_written=t["visit_date_as_written"] if vdate else None,
                   other_dates=d.other, date_ambiguous=amb, fault=f_, cause=c_, action=a_,
                   engineer=t["engineer"] if kind not in ("customer_file", "training") else None,
                   engineer_id=t["engineer_id"] if kind not in ("customer_file", "training") else None,
                   number=t["number"], visits=d.visits,
                   serials=getattr(d, "serials", []), serials_as_written=getattr(d, "serials_w", []))
        truth.append(rec)
    docs = os.path.join(out, "docs")
    for rel, data in files:
        p = os.path.join(docs, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for rec in truth:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": [c for c, m in customers]}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8") as fh:
        json.dump({"units": [{k: u[k] for k in ("serial", "model", "owner", "install_date", "purchase_date",
                                                "warranty_until", "family", "moves")} for u in units]},
                  fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(out, ".fifthgen"), "w", encoding="utf-8") as fh:
        fh.write(f"fifthgen output; --docs {N} --seed {seed}\n")
    print(f"fifthgen: {N} documents, {len(customers)} customers, {len(units)} units, ambiguous {stats_amb} -> {out}")


if __name__ == "__main__":
    main()
