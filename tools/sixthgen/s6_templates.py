"""sixthgen templates S01-S74.

A template receives a Doc (s6_forms.Doc) and its subject (a visit, a complaint, a unit history, a
customer or a model), writes the document and records the truth through the Doc.  It returns
(folder, file name, content) where content is a str (text files), list of rows (.csv, with
doc.csv_delim), or a Docx / Xlsx / Pdf builder.

Every full date a template writes is the visit date, a visit, or an other_dates entry; a same-day
time or a second form of the visit day is allowed without an entry.
"""
import datetime as dt

from s6_forms import (fmt_date, slip_number, visit_texts, complaint_text, remote_action, family_name,
                      excel_serial, fullwidth, serial_form)
from s6_text import FAMILIES, STAFF, VISIT_TYPE_NAMES
from s6_writers import Docx, Xlsx, XDate, XBold, Pdf

TEMPLATES = {}
TD = dt.timedelta

CO_CN = "瀚川仪器技术服务有限公司"
CO_TW = "瀚川儀器股份有限公司台灣分公司"
CO_HK = "瀚川儀器（香港）有限公司 Hanchuan Instruments (HK) Limited"
CO_EN = "Hanchuan Instruments"
HOTLINE = "400-826-3177"


def template(tid, kind, lang, regions, exts, weight=1.0, groups=None, vtypes=None, dated=True):
    """Register a template.  regions: customer regions it is written for ('*' any); groups:
    equipment groups (lab / it / power) or None; vtypes: visit types for service reports;
    dated: a customer file that prints its as-of date (undated ones list today's units)."""
    def deco(fn):
        TEMPLATES[tid] = dict(id=tid, kind=kind, lang=lang, regions=regions, exts=exts, weight=weight,
                              groups=groups, vtypes=vtypes, dated=dated, fn=fn)
        return fn
    return deco


def _ym(d):
    return f"{d.year}/{d.month:02d}"


def _short_serial(u):
    return u.serial.replace("-", "")


def _warranty_zh(u, d):
    return ("☑保内　☐保外" if d <= u.warranty_until else "☐保内　☑保外")


def _later(r, d, lo, hi):
    return d + TD(days=r.randint(lo, hi))


def _pad(label, width):
    """Pad a label with spaces to `width` display columns (CJK counts 2)."""
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in label)
    return label + " " * max(1, width - w)


def _vtype_zh(v, doc):
    return doc.z(VISIT_TYPE_NAMES[v.type][0])


def _vtype_en(v):
    return VISIT_TYPE_NAMES[v.type][1]


# =============================================================================================
# Repairs
# =============================================================================================
@template("S01", "repair", "zh-Hans", ("cn",), (".docx",), 3.0)
def s01(doc, v):
    """Word repair report: 4-column table, content controls, spaced labels, runs split by Word."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "cn_fw", "cn0"])
    d = Docx()
    d.set_rng(r)
    d.head([("b", CO_CN), "　售后服务部"], align="left")
    d.head(f"服务热线：{HOTLINE}", align="left")
    d.p("设 备 维 修 报 告", style="Title")
    num = slip_number(v.seq, "fu")
    d.p(["编号：", ("split", num)], align="right")
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r, contact=doc.contact())
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    serial = doc.serial()
    if "-" in serial and r.random() < 0.3:
        parts = serial.split("-")
        sp = [parts[0]]
        for p in parts[1:]:
            sp += [("nbh",), p]
    else:
        sp = [("split", serial)]
    inst = fmt_date(u.install, dstyle)
    doc.other("install", u.install, inst)
    rows = [
        ["设备使用方", {"p": [("sdt", "客户名称", cust)], "span": 3}],
    ]
    if place:
        rows.append(["地　　址", {"p": doc.address(), "span": 3}])
    rows += [
        ["设备名称", doc.fam_name(), "设备型号", doc.model()],
        ["机身编号", sp, "安装验收日期", inst],
    ]
    if r.random() < 0.6:
        wd = fmt_date(u.warranty_until, dstyle)
        doc.other("warranty_until", u.warranty_until, wd)
        rows.append(["保修状态", _warranty_zh(u, v.date), "质保截止日", wd])
    else:
        rows.append(["保修状态", {"p": _warranty_zh(u, v.date), "span": 3}])
    rows.append(["上门日期", [("sdt", "日期", vdate)], "上门工程师", [("split", eng)]])
    rows.append(["故障情况描述", {"p": [("split", fault)], "span": 3}])
    if cause:
        rows.append(["故障判断", {"p": cause, "span": 3}])
    if r.random() < 0.25:
        act = [("del", r.choice(["待配件到货后处理", "建议返厂检修", "观察使用"])), ("ins", action)]
    else:
        act = [("split", action)]
    rows.append(["维修处理", {"p": act, "span": 3}])
    rows.append(["用户意见", {"p": "☑满意　☐基本满意　☐不满意", "span": 3}])
    rows.append(["用户签字", "", "日　　期", "　　　年　　月　　日"])
    d.table(rows, widths=[1700, 2800, 1700, 2800], bold_first_col=True)
    d.foot("表单编号：HC-QR-7503　　第1页 共1页", align="center")
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"售后服务部/维修报告/{_ym(v.date)}", f"维修报告_{num[3:8]}_{u.model.replace(' ', '')}.docx", d


@template("S02", "repair", "zh-Hans", ("cn",), (".txt", ".docx"), 1.5)
def s02(doc, v):
    """Narrative statement letter without labelled fields."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "cn0", "cn_wk"])
    cust = doc.customer(place=False)
    fam = doc.fam_name()
    fault, cause, action = visit_texts(v, doc.lang, None, r, wrap=False)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    serial, model = doc.serial(), doc.model()
    contact = doc.contact()
    lines = [f"关于{cust}{fam}故障维修情况的说明", "", f"{cust}：",
             f"　　{vdate}，我公司接到{contact}电话，反映贵单位使用的{fam}（型号{model}，机身号{serial}）{fault}。"
             + (f"我公司{eng}" if eng.endswith("工程师") else f"我公司工程师{eng}") + "于当日赶到现场进行检查。"
             + (f"经检查，故障原因为{cause}。" if cause else "")
             + f"现场{action}。设备目前运行正常。"]
    if r.random() < 0.6:
        inst = fmt_date(u.install, dstyle)
        doc.other("install", u.install, inst)
        if v.date <= u.warranty_until:
            wd = fmt_date(u.warranty_until, dstyle)
            doc.other("warranty_until", u.warranty_until, wd)
            lines.append(f"　　该设备于{inst}安装验收，目前仍在保修期内（保修至{wd}），本次维修不收取费用。")
        else:
            lines.append(f"　　该设备于{inst}安装验收，已过保修期，本次维修费用按维保协议结算。")
    lines += ["　　特此说明。", "", "", " " * 30 + CO_CN, " " * 30 + "售后服务部"]
    pd = _later(r, v.date, 0, 6)
    pds = fmt_date(pd, dstyle)
    if pd != v.date:
        doc.other("report_printed", pd, pds)
    lines.append(" " * 30 + pds)
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    folder = f"售后服务部/情况说明/{v.date.year}"
    if doc.ext == ".docx":
        d = Docx()
        d.p(lines[0], style="Title")
        for ln in lines[1:]:
            d.p(ln.strip() if ln.startswith(" ") else ln, align="right" if ln.startswith(" ") else None)
        return folder, f"情况说明_{_short_serial(u)}.docx", d
    return folder, f"情况说明_{_short_serial(u)}.txt", "\n".join(lines)


@template("S03", "repair", "zh-Hans", ("cn",), (".csv",), 1.5)
def s03(doc, v):
    """CRM work-order export: one row, a multi-line cell."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    num = slip_number(v.seq, "xs")
    dstyle = r.choice(["slash", "iso"])
    vdate = fmt_date(v.date, dstyle)
    t1 = f"{r.randint(8, 11)}:{r.randint(0, 59):02d}"
    t2 = f"{r.randint(13, 17)}:{r.randint(0, 59):02d}"
    rec = (f"故障判断：{cause}\n处理：{action}" if cause else f"处理：{action}")
    head = ["工单编号", "服务类型", "客户", "联系人", "产品名称", "产品型号", "产品SN", "上门时间", "完成时间",
            "问题描述", "处理记录", "服务人员", "工单状态"]
    row = [num, "维修", cust, doc.contact(), doc.fam_name(), doc.model(fullwidth_ok=False),
           doc.serial(fullwidth_ok=False), f"{vdate} {t1}", f"{vdate} {t2}", fault, rec, eng, "已完成"]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"CRM导出/工单/{v.date.year}", f"工单_{num}.csv", [head, row]


@template("S04", "repair", "zh-Hans", ("cn",), (".xlsx",), 1.2)
def s04(doc, v):
    """Excel repair record with label/value cells; dates as Excel date cells or text."""
    r, u = doc.r, doc.unit
    xl_dates = r.random() < 0.5
    place = r.random() < 0.4
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    num = slip_number(v.seq, "no")

    def dcell(d, role=None):
        if xl_dates:
            w = str(excel_serial(d))
            cell = XDate(excel_serial(d), r.choice(["ymd", "cn"]))
        else:
            w = fmt_date(d, "iso" if r.random() < 0.5 else "cn")
            cell = w
        if role:
            doc.other(role, d, w)
        return w, cell

    x = Xlsx(inline=r.random() < 0.3)
    sh = x.sheet("维修记录")
    sh.widths = [14, 30, 14, 30]
    sh.add([XBold(f"{cust} 设备维修记录")])
    sh.merge("A1:D1")
    sh.add(["记录编号", num, "维修日期", None])
    vw, vcell = dcell(v.date)
    sh.rows[-1][3] = vcell
    sh.add(["需方", cust, "技术支持", eng])
    if place:
        sh.add(["地址", doc.address()])
    sh.add(["设备名称", doc.fam_name(), "型号规格", doc.model(fullwidth_ok=False)])
    iw, icell = dcell(u.install, "install")
    sh.add(["整机编号", doc.serial(fullwidth_ok=False), "启用时间", icell])
    sh.add(["故障症状", fault])
    if cause:
        sh.add(["诊断结论", cause])
    sh.add(["处理办法", action])
    sh.add(["备注", "更换配件已登记入库" if r.random() < 0.5 else ""])
    s2 = x.sheet("填写说明")
    s2.add(["1. 每次上门服务后24小时内填写。"])
    s2.add(["2. 日期栏请使用日期格式。"])
    doc.top_from_visit(v, vw, fault, cause, action, eng, num)
    return f"售后服务部/维修记录表/{v.date.year}", f"维修记录_{num[3:]}.xlsx", x


@template("S05", "repair", "zh-Hans", ("cn",), (".md",), 1.0, groups=("it",))
def s05(doc, v):
    """ZenTao-style incident page in Markdown (IT units)."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, None, r, wrap=False)
    eng = doc.eng(v.eng)
    num = slip_number(v.seq, "zt")
    vdate = fmt_date(v.date, "iso")
    t1 = f"{r.randint(8, 11):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    t2 = f"{r.randint(13, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    model, serial = doc.model(fullwidth_ok=False), doc.serial(fullwidth_ok=False)
    lines = [f"# BUG {num} {doc.fam_name()}{fault}", "",
             "## 基本信息", "",
             f"- **所属客户**：{cust}",
             f"- **设备**：{doc.fam_name()} {model}（SN：{serial}）",
             f"- **严重程度**：{r.choice(['1', '2', '3'])}",
             f"- **由谁创建**：{r.choice(STAFF['cn']).split()[-1]}",
             f"- **创建日期**：{vdate} {t1}",
             f"- **指派给**：{eng}",
             f"- **解决日期**：{vdate} {t2}",
             "- **解决方案**：已解决", "",
             "## 重现步骤", "", "[步骤]", "", f"{fault}", "", "[结果]", "", "业务受影响", "",
             "[期望]", "", "恢复正常", "", "## 处理备注", ""]
    if cause:
        lines.append(f"原因：{cause}")
        lines.append("")
    lines.append(f"处理：{action}")
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"运维/禅道导出/{v.date.year}", f"bug{num[1:]}.md", "\n".join(lines)


@template("S06", "repair", "zh-Hant", ("tw",), (".docx",), 2.0)
def s06(doc, v):
    """Taiwan 維修報告書: Word table, ROC compact or dashed dates, charge type."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["roc_cmp", "roc_dash", "roc0"])
    d = Docx(font_east="新細明體", lang="zh-TW")
    d.set_rng(r)
    d.head(CO_TW, align="center")
    d.p("維 修 報 告 書", style="Title")
    num = slip_number(v.seq, "tw")
    d.p(f"單號：{num}", align="right")
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    rows = [["報修單位", {"p": cust, "span": 3}]]
    if place:
        rows.append(["地址", {"p": doc.address(), "span": 3}])
    inst = fmt_date(u.install, dstyle)
    doc.other("install", u.install, inst)
    rows.append(["機型", doc.model(), "機器製造號碼", [("split", doc.serial())]])
    wrow = ["裝機日期", inst]
    if r.random() < 0.6:
        wd = fmt_date(u.warranty_until, dstyle)
        doc.other("warranty_until", u.warranty_until, wd)
        wrow += ["保固到期日", wd]
    else:
        wrow += ["保固", "保固內" if v.date <= u.warranty_until else "已過保"]
    if r.random() < 0.5:
        rows.append(wrow)
        rows.append(["到場日期", vdate, "維修技師", eng])
    else:
        rows.append(["到場日期", vdate, "維修技師", eng])
        rows.append(wrow)
    rows.append(["異常描述", {"p": fault, "span": 3}])
    if cause:
        rows.append(["研判原因", {"p": cause, "span": 3}])
    rows.append(["修復作業", {"p": [("split", action)], "span": 3}])
    charge = "■保固內　□合約　□計次收費" if v.date <= u.warranty_until else r.choice(
        ["□保固內　■合約　□計次收費", "□保固內　□合約　■計次收費"])
    rows.append(["收費方式", {"p": charge, "span": 3}])
    rows.append(["客戶簽章", "", "主管核閱", ""])
    d.table(rows, widths=[1600, 2900, 1600, 2900], bold_first_col=True)
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"台灣分公司/維修報告/{v.date.year - 1911}年", f"維修報告書_{num}.docx", d


@template("S07", "repair", "zh-Hant", ("hk", "mo"), (".txt",), 2.0)
def s07(doc, v):
    """Hong Kong / Macau bilingual service acknowledgement with a DD-MM-YYYY marker."""
    r, u = doc.r, doc.unit
    place = r.random() < 0.6
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, "dmy_dash")
    num = slip_number(v.seq, "hk")
    lines = [CO_HK, "服務確認書　SERVICE ACKNOWLEDGEMENT", "",
             f"編號 Ref.：{num}", f"日期 Date (DD-MM-YYYY)：{vdate}",
             f"客戶 Client：{cust}"]
    if place:
        lines.append(f"地址 Address：{doc.address()}")
    lines += [f"儀器 Instrument：{doc.fam_name()}", f"型號 Model：{doc.model()}", f"序號 S/N：{doc.serial()}",
              "", f"報告問題 Reported Problem：{fault}"]
    if cause:
        lines.append(f"檢查結果 Findings：{cause}")
    lines += [f"維修 Repair Done：{action}", f"工程師 Engineer：{eng}", "",
              "客戶簽署 Client Signature：＿＿＿＿＿＿　　公司蓋印 Company Chop："]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"HK Office/Service Acknowledgements/{v.date.year}-{v.date.month:02d}", f"{num.replace('/', '-')}.txt", \
        "\n".join(lines)


@template("S08", "repair", "en", ("*",), (".pdf",), 1.8)
def s08(doc, v):
    """English engineer's visit report (PDF)."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["en_brit", "en_mdy_ord", "en_dmy", "en_dmy3"])
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    num = slip_number(v.seq, "sr")
    p = Pdf(cjk="cns" if doc.region in ("tw", "hk", "mo") else "gb")
    p.writeln(f"{CO_EN} – Field Service", size=9)
    p.writeln("ENGINEER'S VISIT REPORT", size=15, bold=True, center=True, gap=28)
    items = [("Report No.", num), ("Visit date", vdate), ("Account", cust)]
    if place:
        items.append(("Location", doc.address()))
    items += [("Instrument", doc.fam_name()), ("Model", doc.model()), ("Serial", doc.serial())]
    if r.random() < 0.5:
        inst = fmt_date(u.install, dstyle)
        doc.other("install", u.install, inst)
        items.append(("Installed", inst))
    if r.random() < 0.4:
        wd = fmt_date(u.warranty_until, dstyle)
        doc.other("warranty_until", u.warranty_until, wd)
        items.append(("Warranty expires", wd))
    for lab, val in items:
        p.pairs([(lab + ":", val)], cols=1, label_w=110)
    p.writeln("")
    p.writeln("Symptom", bold=True)
    p.writeln(fault, indent=12)
    if cause:
        p.writeln("Finding", bold=True)
        p.writeln(cause, indent=12)
    p.writeln("Remedy", bold=True)
    p.writeln(action, indent=12)
    p.writeln("")
    p.pairs([("Visited by:", eng), ("Hours on site:", f"{r.choice([1, 1.5, 2, 2.5, 3, 4])}")], cols=2)
    p.pairs([("Customer acknowledgement:", doc.contact())], cols=1, label_w=150)
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"Field Service/Visit Reports/{v.date.year}", f"{num}.pdf", p


@template("S09", "repair", "en", ("my", "sg"), (".txt",), 10.0)
def s09(doc, v):
    """Malaysian hospital BEMS equipment service form, Malay/English labels.  Some have day-first
    numeric dates without any marker: the only source of date_ambiguous."""
    r, u = doc.r, doc.unit
    malay = doc.region == "my"
    mode = r.choice(["ms", "marked", "bare", "bare", "bare"]) if malay else r.choice(["marked", "bare", "bare", "en"])
    if mode == "ms":
        vdate = fmt_date(v.date, "ms")
    elif mode == "en":
        vdate = fmt_date(v.date, "en_dmy3")
    else:
        vdate = fmt_date(v.date, "dmy_slash" if mode == "marked" else "dmy_slash_nz")
    mark = " (dd/mm/yyyy)" if mode == "marked" else ""
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    num = slip_number(v.seq, "my")
    L = (lambda ms, en: f"{ms} / {en}") if malay else (lambda ms, en: en)
    rows = [(L("No. Pesanan Kerja", "Work Order No."), num),
            (L("Pelanggan", "Customer"), cust)]
    if place:
        rows.append((L("Lokasi", "Location"), doc.address()))
    rows += [(L("Peralatan", "Equipment"), doc.fam_name()), ("Model", doc.model()),
             (L("No. Siri", "Serial No."), doc.serial()),
             (L("Tarikh Aduan", "Date Reported") + mark, vdate),
             (L("Tarikh Siap", "Date Completed") + mark, vdate),
             (L("Kerosakan", "Fault"), fault)]
    if cause:
        rows.append((L("Punca", "Cause"), cause))
    rows += [(L("Tindakan", "Action Taken"), action), (L("Juruteknik", "Technician"), eng),
             (L("Disahkan oleh", "Verified by"), doc.contact())]
    width = max(len(a) for a, _ in rows) + 2
    title = "BORANG PENYELENGGARAAN PERALATAN / EQUIPMENT SERVICE FORM" if malay else "EQUIPMENT SERVICE FORM"
    lines = [title, "Hanchuan Instruments (M) Sdn. Bhd." if malay else "Hanchuan Instruments (S) Pte. Ltd.", ""]
    lines += [f"{a.ljust(width)}: {b}" for a, b in rows]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"{'MY' if malay else 'SG'} Office/Work Orders/{v.date.year}", f"{num.replace('/', '_')}.txt", "\n".join(lines)


@template("S10", "repair", "zh-Hans", ("cn",), (".pdf",), 2.0)
def s10(doc, v):
    """Printed 现场服务单 with ruled tables and a print-time footer."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["dot", "dot0", "slash0"])
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    num = slip_number(v.seq, "fu")
    p = Pdf(cjk="gb")
    p.writeln(CO_CN, size=11, center=True)
    p.writeln("现 场 服 务 单", size=16, center=True, gap=30)
    rows = [["服务单号", num, "服务时间", vdate],
            ["设备名称", doc.fam_name(), "机型", doc.model()],
            ["SN码", doc.serial(), "服务类型", "故障维修"]]
    if r.random() < 0.5:
        inst = fmt_date(u.install, dstyle)
        doc.other("install", u.install, inst)
        rows.insert(1, ["交付日期", inst, "保修", "在保" if v.date <= u.warranty_until else "过保"])
    p.grid(rows, [1, 2, 1, 2], size=10, header=False)
    long = [["服务单位", cust]]
    if place:
        long.append(["地址", doc.address()])
    long += [["问题现象", fault]]
    if cause:
        long.append(["原因排查", cause])
    long += [["修复方法", action], ["服务技术员", eng], ["客户确认", "签字：　　　　　　　（盖章）"]]
    p.grid(long, [1, 5], size=10, header=False)
    if r.random() < 0.6:
        pd = _later(r, v.date, 1, 20)
        ps = fmt_date(pd, "iso")
        doc.other("report_printed", pd, ps)
        p.writeln(f"打印时间：{ps} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}", size=8)
    doc.top_from_visit(v, vdate, fault, cause, action, eng, num)
    return f"售后服务部/现场服务单/{v.date.year}", f"{num}.pdf", p


OCR_ZH = {"厂": "广", "户": "尸", "障": "嶂", "检": "捡", "换": "唤", "期": "朗"}


def _ocr(s, r, rate=0.6):
    return "".join(OCR_ZH[c] if c in OCR_ZH and r.random() < rate else c for c in s)


@template("S11", "repair", "zh-Hans", ("cn",), (".txt",), 1.2)
def s11(doc, v):
    """OCR of a scanned 维修登记卡: slips in the labels and boilerplate, an O for a 0 in some serials."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, None, r, wrap=False)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, r.choice(["cn", "dot"]))
    serial = doc.serial(fullwidth_ok=False, ocr=r.random() < 0.35)
    lab = lambda s: _ocr(s, r)
    lines = [lab("设备维修登记卡"), "", f"{lab('客户名称')}：{cust}",
             f"{lab('设备名称')}：{doc.fam_name()}    {lab('型号')}：{doc.model(fullwidth_ok=False)}",
             f"{lab('出厂编号')}：{serial}",
             f"{lab('维修日期')}：{vdate}",
             f"{lab('故障现象')}：{fault}"]
    if cause:
        lines.append(f"{lab('故障原因')}：{cause}")
    lines += [f"{lab('处理结果')}：{action}", f"{lab('维修人')}：{eng}", "",
              lab("用户签字：") + "  ______   " + lab("（盖章处）"), "", "- 第 1 页 -"]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return f"扫描件OCR/维修登记卡/{v.date.year}", f"scan_{v.seq:05d}.txt", "\n".join(lines)


OCR_TW = {"廠": "廂", "戶": "戸", "期": "朗", "障": "嶂", "檢": "撿"}


@template("S12", "repair", "zh-Hant", ("tw",), (".txt",), 1.0)
def s12(doc, v):
    """OCR of a scanned Taiwan 叫修服務卡 (出廂編號, 客戸)."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, doc.variant, r, wrap=False)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, r.choice(["roc", "roc_slash"]))
    serial = doc.serial(fullwidth_ok=False, ocr=r.random() < 0.35)
    lab = lambda s: "".join(OCR_TW[c] if c in OCR_TW and r.random() < 0.6 else c for c in s)
    lines = [lab("叫修服務卡"), "", f"{lab('客戶')}：{cust}", f"{lab('叫修日期')}：{vdate}",
             f"{lab('機型')}：{doc.model(fullwidth_ok=False)}　{lab('出廠編號')}：{serial}",
             f"{lab('故障狀況')}：{fault}"]
    if cause:
        lines.append(f"{lab('檢查結果')}：{cause}")
    lines += [f"{lab('處理')}：{action}", f"{lab('技術員')}：{eng}", "", lab("客戶簽名：") + "＿＿＿＿"]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return f"台灣分公司/掃描/叫修服務卡", f"scan_tw_{v.seq:05d}.txt", "\n".join(lines)


@template("S13", "repair", "en", ("*",), (".txt",), 1.4)
def s13(doc, v):
    """Engineer's visit-summary e-mail (plain text with headers)."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    dstyle = r.choice(["en_dmy", "en_mdy", "iso", "en_wk3"])
    vdate = fmt_date(v.date, dstyle)
    sent = _later(r, v.date, 0, 2)
    hdr = fmt_date(sent, "rfc", time=f"{r.randint(17, 22)}:{r.randint(10, 59)}")
    if sent != v.date:
        doc.other("report_printed", sent, hdr)
    contact = doc.contact()
    when = "today" if sent == v.date else ("yesterday" if (sent - v.date).days == 1 else "this week")
    serial = doc.serial()
    lines = [f"From: {eng} <fse{v.eng[1:]}@hanchuan-instruments.com>",
             f"To: {contact}", "Cc: service-desk@hanchuan-instruments.com", f"Date: {hdr}",
             f"Subject: Visit summary – {cust} – {u.model} S/N {serial}", "",
             f"Hi {contact.split()[-1]},", "",
             f"Thanks for your time {when}. Summary of the visit on {vdate}:", "",
             f"Unit:      {doc.fam_name()}, model {doc.model()}",
             f"Symptom:   {fault}"]
    if cause:
        lines.append(f"Cause:     {cause}")
    lines += [f"Remedy:    {action}", "",
              "Please let me know if the problem comes back.", "", "Regards,", eng,
              "Field Service Engineer", CO_EN]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return f"Mailbox export/Visit summaries/{v.date.year}", f"visit-summary-{v.seq:05d}.txt", "\n".join(lines)


@template("S14", "repair", "zh-Hans", ("my", "sg"), (".txt",), 1.5)
def s14(doc, v):
    """Malaysia / Singapore branch repair report in simplified Chinese, day-first dates with a marker."""
    r, u = doc.r, doc.unit
    place = r.random() < 0.6
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, "dmy_slash")
    branch = "马来西亚分公司" if doc.region == "my" else "新加坡分公司"
    lines = [f"瀚川仪器{branch}　维修报告", "", f"日期（日/月/年）：{vdate}", f"客户：{cust}"]
    if place:
        lines.append(f"地址：{doc.address()}")
    lines += [f"仪器：{doc.fam_name()}　型号：{doc.model()}", f"序号：{doc.serial()}", f"故障：{fault}"]
    if cause:
        lines.append(f"原因：{cause}")
    lines += [f"处理：{action}", f"工程师：{eng}", "", "客户签收：＿＿＿＿＿"]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return f"{'MY' if doc.region == 'my' else 'SG'} Office/维修报告/{v.date.year}", f"维修报告_{v.seq:05d}.txt", \
        "\n".join(lines)


@template("S15", "repair", "zh-Hant", ("mo", "hk"), (".docx",), 1.5)
def s15(doc, v):
    """Macau (Chinese/Portuguese) or Hong Kong (Chinese/English) service report in Word."""
    r, u = doc.r, doc.unit
    macau = doc.region == "mo"
    if macau:
        dstyle = r.choice(["pt", "cn"])
        L = lambda zh, pt: f"{zh} / {pt}"
        title = "服務報告 / Relatório de Serviço"
        labels = [("客戶", "Cliente"), ("地址", "Morada"), ("儀器", "Equipamento"), ("型號", "Modelo"),
                  ("序號", "N.º de série"), ("日期", "Data"), ("故障", "Avaria"), ("原因", "Causa"),
                  ("處理", "Reparação"), ("工程師", "Técnico")]
    else:
        dstyle = r.choice(["cn", "en_dmy"])
        L = lambda zh, en: f"{zh} {en}"
        title = "服務報告 SERVICE REPORT"
        labels = [("客戶", "Customer"), ("地址", "Address"), ("儀器", "Equipment"), ("型號", "Model"),
                  ("序號", "Serial No."), ("日期", "Date"), ("故障", "Fault"), ("原因", "Cause"),
                  ("處理", "Work Done"), ("工程師", "Engineer")]
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    fault, cause, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    d = Docx(font_east="新細明體", lang="zh-HK")
    d.set_rng(r)
    d.head(CO_HK)
    d.p(title, style="Title")
    rows = [[L(*labels[0]), cust]]
    if place:
        rows.append([L(*labels[1]), doc.address()])
    rows += [[L(*labels[2]), doc.fam_name()], [L(*labels[3]), doc.model()], [L(*labels[4]), doc.serial()],
             [L(*labels[5]), vdate], [L(*labels[6]), fault]]
    if cause:
        rows.append([L(*labels[7]), cause])
    rows += [[L(*labels[8]), [("split", action)]], [L(*labels[9]), eng]]
    d.table(rows, widths=[2600, 6400], bold_first_col=True)
    d.p("客戶簽署：＿＿＿＿＿＿＿＿")
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return f"{'Macau' if macau else 'HK Office'}/Service Reports/{v.date.year}", f"SR_{v.seq:05d}.docx", d


@template("S16", "repair", "zh-Hant", ("tw",), (".md",), 1.2)
def s16(doc, v):
    """HackMD note of a Taiwan repair with :::info containers."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    fault, cause, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, r.choice(["iso", "roc", "slash0"]))
    model = doc.model(fullwidth_ok=False)
    lines = ["---", f"title: 維修紀錄 {u.model}", f"tags: 維修, {u.family}", "---", "", "# 維修紀錄", "",
             ":::info", f"**客戶**：{cust}  ", f"**機型**：{model}　**製造號碼**：{doc.serial(fullwidth_ok=False)}  ",
             f"**到場日期**：{vdate}  ", f"**維修技師**：{eng}", ":::", "", "## 異常描述", fault, ""]
    if cause:
        lines += ["## 研判原因", cause, ""]
    lines += ["## 修復作業", action, "", ":::success", "已修復，客戶確認", ":::"]
    doc.top_from_visit(v, vdate, fault, cause, action, eng, None)
    return "台灣分公司/HackMD", f"repair-{v.seq:05d}.md", "\n".join(lines)


# =============================================================================================
# Service reports (maintenance, calibration, inspection, installation, upgrade, relocation)
# =============================================================================================
def _follow(doc, v, months, style, month_only_p=0.35):
    """Next maintenance date: a full date (follow_up) or only a month."""
    r = doc.r
    from s6_world import add_months
    nd = add_months(v.date, months)
    if r.random() < month_only_p:
        if doc.lang == "en":
            return f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][nd.month - 1]} {nd.year}"
        if doc.lang == "zh-Hant" and doc.region == "tw":
            return f"{nd.year - 1911}年{nd.month}月"
        return f"{nd.year}年{nd.month}月"
    w = fmt_date(nd, style)
    doc.other("follow_up", nd, w)
    return w


@template("S20", "service_report", "zh-Hans", ("cn",), (".docx",), 4.0, vtypes=("pm", "inspect", "calib"))
def s20(doc, v):
    """Preventive maintenance record in Word with a measured-value checklist."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "cn0", "cn_fw", "dot0"])
    d = Docx()
    d.set_rng(r)
    d.head(f"{CO_CN}　技术服务中心")
    kind_zh = {"pm": "预防性维护", "inspect": "巡检", "calib": "校准"}[v.type]
    d.p(f"{kind_zh}记录", style="Title")
    place = r.random() < 0.4
    cust = doc.customer(place=place)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    rows = [["设备使用方", {"p": cust, "span": 3}]]
    if place:
        rows.append(["地址", {"p": doc.address(), "span": 3}])
    rows += [["设备名称", doc.fam_name(), "设备型号", doc.model()],
             ["铭牌编号", [("split", doc.serial())], "本次维护日期", vdate]]
    if r.random() < 0.5:
        inst = fmt_date(u.install, dstyle)
        doc.other("install", u.install, inst)
        rows.insert(1 + place, ["投入使用日期", inst, "维护周期", f"{FAMILIES[u.family]['pm']}个月"])
    d.table(rows, widths=[1800, 2700, 1800, 2700], bold_first_col=True)
    checks = [["检查项目", "标准/要求", "结果"]]
    group = FAMILIES[u.family]["group"]
    if group == "lab":
        checks += [["外观及清洁", "无污渍、无漏液", "合格"], ["温度控制", "设定值±1.0 ℃", f"{r.uniform(-0.6, 0.6):+.1f} ℃"],
                   ["质控检测", "在控", "在控"], ["耗材余量", "≥20%", f"{r.randint(30, 90)}%"]]
    elif group == "it":
        checks += [["运行状态", "无告警", "正常"], ["CPU利用率", "<70%", f"{r.randint(8, 55)}%"],
                   ["风扇/电源", "冗余正常", "正常"], ["配置备份", "已备份", "已备份"]]
    else:
        checks += [["输入电压", "380 V ±10%", f"{r.randint(372, 396)} V"], ["电池浮充电压", "符合厂家要求", "合格"],
                   ["接线端子温度", "<60 ℃", f"{r.randint(28, 45)} ℃"], ["告警记录", "无未处理告警", "无"]]
    d.p("一、检查内容", style="Heading1")
    d.table(checks, widths=[3000, 3000, 3000], header_row=True)
    d.p("二、维护工作", style="Heading1")
    d.p(action)
    nd = _follow(doc, v, FAMILIES[u.family]["pm"], dstyle)
    d.p(f"下次维护日期：{nd}")
    d.p(f"维护工程师：{eng}　　　　用户确认：＿＿＿＿")
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"售后服务部/维护记录/{v.date.year}", f"PM_{_short_serial(u)}_{v.seq:05d}.docx", d


@template("S21", "service_report", "zh-Hans", ("cn",), (".pdf",), 3.0, groups=("lab",), vtypes=("calib",))
def s21(doc, v):
    """校准证书 (calibration certificate) in Chinese, PDF."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "cn0", "iso"])
    cust = doc.customer(place=True)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    num = f"JZ{(v.seq * 37) % 90000 + 10000:05d}"
    p = Pdf(cjk="gb")
    p.writeln(CO_CN + "　计量校准室", size=10, center=True)
    p.writeln("校 准 证 书", size=18, center=True, gap=34)
    p.writeln(f"证书编号：{num}", size=10)
    p.pairs([("送校单位：", cust)], cols=1, label_w=70)
    p.pairs([("单位地址：", doc.address())], cols=1, label_w=70)
    p.pairs([("仪器名称：", doc.fam_name()), ("型　　号：", doc.model())], cols=2, label_w=70)
    p.pairs([("仪器编号：", doc.serial()), ("校准地点：", "用户现场")], cols=2, label_w=70)
    p.pairs([("校准日期：", vdate), ("环境条件：", f"温度 {r.uniform(20, 25):.1f} ℃　湿度 {r.randint(35, 60)} %RH")],
            cols=2, label_w=70)
    due = _follow(doc, v, 12, dstyle, month_only_p=0.0)
    p.pairs([("建议复校日期：", due)], cols=1, label_w=90)
    p.writeln("")
    p.writeln("校准结果：", bold=False)
    res = [["项目", "标称值", "实测值", "允差", "结论"]]
    for item in ["温度", "重复性", "示值误差"]:
        res.append([item, "—", f"{r.uniform(0.1, 2.0):.2f}", "±2.0", "合格"])
    p.grid(res, [2, 1.5, 1.5, 1.5, 1.2], size=9)
    p.writeln(f"结论：{action}")
    p.pairs([("校准员：", eng), ("核验员：", r.choice(STAFF["cn"]).split()[-1])], cols=2)
    doc.top_from_visit(v, vdate, None, None, action, eng, num)
    return f"计量校准/证书/{v.date.year}", f"{num}.pdf", p


@template("S22", "service_report", "en", ("*",), (".md",), 1.0)
def s22(doc, v):
    """Engineer's Obsidian note: [[wikilink]] customer, Dataview `key:: value` fields."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, "iso")
    lines = ["---", "type: site-visit", f"tags: [site-visit, {u.family}]", "---", "",
             f"# {u.model} {_vtype_en(v)}", "",
             f"visit-date:: {vdate}", f"customer:: [[{cust}]]",
             f"unit:: {doc.model()} / {doc.serial()}", f"engineer:: {eng}",
             f"visit-type:: {_vtype_en(v)}", "", "## Work", f"- {action}", ""]
    if v.type == "relocate":
        lines += ["## Note", "- Unit now belongs to the new site; asset tag changed.", ""]
    if v.type in ("pm", "inspect", "calib", "install"):
        months = 12 if v.type == "calib" else FAMILIES[u.family]["pm"]
        nd = _follow(doc, v, months, "iso", month_only_p=0.3)
        lines += ["## Next", f"next-due:: {nd}"]
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"Notes/{eng.split()[0]}/visits", f"{v.date.year}-{v.seq:05d} {u.model}.md", "\n".join(lines)


@template("S23", "service_report", "zh-Hant", ("tw",), (".txt",), 2.5, vtypes=("pm", "inspect", "calib", "install", "upgrade", "relocate"))
def s23(doc, v):
    """Taiwan 保養/服務工作單 with ROC dash dates and service class."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["roc_dash", "roc", "roc_min"])
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    _, _, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    title = "保養工作單" if v.type in ("pm", "inspect", "calib") else "服務工作單"
    cls = "Ｂ　合約服務" if v.date > u.warranty_until else "Ｃ　免費服務（保固期內）"
    lines = [CO_TW, f"　　　　{title}", "", f"院所名稱　：{cust}"]
    if place:
        lines.append(f"地　　址　：{doc.address()}")
    lines += [f"機　　型　：{doc.model()}", f"出廠序號　：{doc.serial()}",
              f"服務項目　：{_vtype_zh(v, doc)}", f"服務類別　：{cls}", f"服務日期　：{vdate}",
              f"工作內容　：{action}", f"保養技師　：{eng}"]
    if v.type in ("pm", "inspect", "calib"):
        nd = _follow(doc, v, 12 if v.type == "calib" else FAMILIES[u.family]["pm"], dstyle)
        lines.append(f"下次保養日：{nd}")
    lines += ["", "客戶簽章：＿＿＿＿＿＿　　　服務主任：＿＿＿＿＿＿"]
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"台灣分公司/保養工作單/{v.date.year - 1911}年", f"工作單_{v.seq:05d}.txt", "\n".join(lines)


@template("S24", "service_report", "en", ("sg", "my", "hk", "mo"), (".pdf",), 2.5, vtypes=("pm", "inspect", "calib", "install", "upgrade", "relocate"))
def s24(doc, v):
    """Preventive-maintenance / service certificate, day-first dates with a marker."""
    r, u = doc.r, doc.unit
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, "dmy_slash")
    p = Pdf(cjk="cns")
    p.writeln(CO_EN + " – Service Division", size=9)
    title = "PREVENTIVE MAINTENANCE CERTIFICATE" if v.type in ("pm", "inspect") else "SERVICE CERTIFICATE"
    p.writeln(title, size=15, bold=True, center=True, gap=30)
    p.writeln("All dates in this certificate are dd/mm/yyyy.", size=8)
    items = [("Customer", cust)]
    if place:
        items.append(("Address", doc.address()))
    items += [("Equipment", doc.fam_name()), ("Model", doc.model()), ("Serial No.", doc.serial()),
              ("Service type", _vtype_en(v).capitalize()), ("Date of service", vdate)]
    for lab, val in items:
        p.pairs([(lab + ":", val)], cols=1, label_w=105)
    p.writeln("")
    p.writeln("Work performed", bold=True)
    p.writeln(action, indent=12)
    p.writeln("")
    p.writeln("Result: PASSED", bold=True)
    if v.type in ("pm", "inspect", "calib"):
        nd = _follow(doc, v, 12 if v.type == "calib" else FAMILIES[u.family]["pm"], "dmy_slash", month_only_p=0.4)
        p.writeln(f"Next due: {nd}")
    p.pairs([("Serviced by:", eng), ("Acknowledged:", doc.contact())], cols=2)
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"Certificates/{v.date.year}", f"CERT-{v.seq:05d}.pdf", p


@template("S25", "service_report", "zh-Hans", ("cn",), (".xlsx",), 2.0, groups=("it", "power"), vtypes=("pm", "inspect"))
def s25(doc, v):
    """巡检记录表 in Excel, two sheets; dates as Excel date cells half of the time."""
    r, u = doc.r, doc.unit
    xl = r.random() < 0.5
    cust = doc.customer(place=False)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    if xl:
        vdate = str(excel_serial(v.date))
        vcell = XDate(excel_serial(v.date), "cn")
    else:
        vdate = fmt_date(v.date, "slash")
        vcell = vdate
    x = Xlsx()
    sh = x.sheet("巡检记录")
    sh.widths = [16, 28, 16, 28]
    sh.add([XBold("机房设备巡检记录表")])
    sh.merge("A1:D1")
    sh.add(["客户", cust, "巡检日期", vcell])
    sh.add(["设备", doc.fam_name(), "型号", doc.model(fullwidth_ok=False)])
    sh.add(["序列号", doc.serial(fullwidth_ok=False), "巡检人", eng])
    sh.add([])
    sh.add([XBold("序号"), XBold("检查项"), XBold("结果"), XBold("备注")])
    items = ["运行指示灯", "告警记录", "温度", "风扇", "电源冗余", "线缆标识"]
    for k, it in enumerate(items, 1):
        sh.add([k, it, "正常", ""])
    sh.add(["结论", action])
    nd_d = None
    if r.random() < 0.6:
        from s6_world import add_months
        nd_d = add_months(v.date, FAMILIES[u.family]["pm"])
        if xl:
            w = str(excel_serial(nd_d))
            sh.add(["下次巡检", XDate(excel_serial(nd_d), "cn")])
        else:
            w = fmt_date(nd_d, "slash")
            sh.add(["下次巡检", w])
        doc.other("follow_up", nd_d, w)
    s2 = x.sheet("说明")
    s2.add(["巡检结果填写“正常/异常”，异常项须在备注说明。"])
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"运维/巡检记录/{v.date.year}", f"巡检_{_short_serial(u)}_{v.seq:05d}.xlsx", x


def _box(rows, widths):
    """A table drawn with box-drawing characters; widths in display columns."""
    def cellpad(s, w):
        dw = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
        return s + " " * max(0, w - dw)
    top = "┌" + "┬".join("─" * w for w in widths) + "┐"
    mid = "├" + "┼".join("─" * w for w in widths) + "┤"
    bot = "└" + "┴".join("─" * w for w in widths) + "┘"
    out = [top]
    for i, row in enumerate(rows):
        out.append("│" + "│".join(cellpad(c, w) for c, w in zip(row, widths)) + "│")
        out.append(mid if i < len(rows) - 1 else bot)
    return out


@template("S26", "service_report", "zh-Hans", ("cn",), (".txt",), 4.0, vtypes=("install",))
def s26(doc, v):
    """Installation report as a box-drawing table (arrival = purchase date, warranty end)."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "iso", "dot"])
    cust = doc.customer(place=r.random() < 0.5)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    pur = fmt_date(u.purchase, dstyle)
    war = fmt_date(u.warranty_until, dstyle)
    doc.other("purchase", u.purchase, pur)
    doc.other("warranty_until", u.warranty_until, war)
    rows = [["用户单位", cust]]
    if doc.place:
        rows.append(["地址", doc.address()])
    rows += [["设备名称", doc.fam_name()], ["型号", doc.model(fullwidth_ok=False)],
             ["整机编号", doc.serial(fullwidth_ok=False)],
             ["到货日期", pur], ["安装日期", vdate], ["保修期至", war],
             ["安装调试情况", action], ["安装工程师", eng], ["验收结论", "☑合格　☐不合格"]]
    w2 = max(sum(2 if ord(c) > 0x2E80 else 1 for c in row[1]) for row in rows) + 2
    lines = [f"{CO_CN}", "设备安装调试报告", ""] + _box(rows, [14, w2]) + ["", "用户签字：　　　　　　工程师签字："]
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"售后服务部/安装报告/{v.date.year}", f"安装_{_short_serial(u)}.txt", "\n".join(lines)


@template("S27", "service_report", "zh-Hans", ("cn",), (".md",), 4.0, vtypes=("upgrade",))
def s27(doc, v):
    """Software upgrade record in Markdown with a version table."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, r.choice(["iso", "cn"]))
    v1, v2 = v.extra["versions"]
    lines = [f"# 软件升级记录 — {u.model}", "", f"- 客户：{cust}", f"- 设备：{doc.fam_name()}（{doc.model()}）",
             f"- 序列号：`{doc.serial(fullwidth_ok=False)}`", f"- 升级日期：{vdate}", f"- 实施工程师：{eng}", "",
             "| 项目 | 升级前 | 升级后 |", "|:--|:--|:--|", f"| 软件版本 | {v1} | {v2} |",
             "| 配置备份 | — | 已备份 |", "", "## 结果", "", action, "", "## 回退方案", "",
             "保留旧版本安装包及配置备份，如异常可在30分钟内回退。"]
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"售后服务部/升级记录/{v.date.year}", f"升级_{_short_serial(u)}_{v.seq:05d}.md", "\n".join(lines)


@template("S28", "service_report", "en", ("*",), (".txt",), 1.0)
def s28(doc, v):
    """Field-service app activity timeline with ISO 8601 timestamps (+08:00), all on one day."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=r.random() < 0.4)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    h = r.randint(8, 10)
    times = [f"{h:02d}:{r.randint(0, 29):02d}", f"{h + 1:02d}:{r.randint(0, 59):02d}",
             f"{h + 2:02d}:{r.randint(0, 59):02d}", f"{h + 3:02d}:{r.randint(0, 59):02d}"]
    stamps = [fmt_date(v.date, "iso_tz", t) for t in times]
    num = slip_number(v.seq, "wo")
    lines = [f"Work Order {num} — Activity", f"Type: {_vtype_en(v)}", f"Account: {cust}"]
    if doc.place:
        lines.append(f"Site address: {doc.address()}")
    lines += [f"Asset: {doc.fam_name()} {doc.model()} (S/N {doc.serial()})", "",
              f"{stamps[0]}  Dispatched to {eng}",
              f"{stamps[1]}  Checked in on site",
              f"{stamps[2]}  Note: {action}",
              f"{stamps[3]}  Completed; customer signature captured"]
    doc.top_from_visit(v, stamps[1], None, None, action, eng, num)
    return f"FSM export/{v.date.year}", f"{num}-activity.txt", "\n".join(lines)


@template("S29", "service_report", "zh-Hant", ("hk", "mo"), (".docx",), 2.5)
def s29(doc, v):
    """Hong Kong bilingual maintenance report with tick boxes and a DD-MM-YYYY marker."""
    r, u = doc.r, doc.unit
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    _, _, action = visit_texts(v, doc.lang, doc.variant, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, "dmy_dash")
    d = Docx(font_east="新細明體", lang="zh-HK")
    d.head(CO_HK)
    d.p("保養報告 MAINTENANCE REPORT", style="Title")
    box = {"pm": 0, "inspect": 0, "calib": 1, "install": 2, "upgrade": 3, "relocate": 3}[v.type]
    names = ["保養 Maintenance", "校準 Calibration", "安裝 Installation", "其他 Others"]
    d.p("　".join(("☑ " if k == box else "☐ ") + n for k, n in enumerate(names)))
    rows = [["客戶 Customer", cust]]
    if place:
        rows.append(["地址 Address", doc.address()])
    rows += [["日期 Date (DD-MM-YYYY)", vdate], ["儀器 Equipment", doc.fam_name()],
             ["型號 Model", doc.model()], ["序號 S/N", [("split", doc.serial())]],
             ["工作內容 Work Done", action], ["工程師 Engineer", eng]]
    d.table(rows, widths=[3000, 6000], bold_first_col=True)
    if v.type in ("pm", "inspect", "calib"):
        nd = _follow(doc, v, 12 if v.type == "calib" else FAMILIES[u.family]["pm"], "dmy_dash")
        d.p(f"下次保養 Next Maintenance：{nd}")
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"HK Office/Maintenance/{v.date.year}", f"MR_{v.seq:05d}.docx", d


@template("S30", "service_report", "zh-Hans", ("cn",), (".pdf",), 30.0, vtypes=("relocate",))
def s30(doc, v):
    """Relocation report naming the releasing owner (调出单位) and the receiving one (调入单位)."""
    r, u = doc.r, doc.unit
    old = doc.world.by_id[v.extra["from"]]
    cust = doc.customer(place=False)
    old_form = old.pick_form("S", v.date, False, r, registered=r.random() < 0.5)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, r.choice(["cn", "iso"]))
    p = Pdf(cjk="gb")
    p.writeln(CO_CN, size=10, center=True)
    p.writeln("设备移机服务报告", size=16, center=True, gap=30)
    rows = [["调出单位", old_form], ["调入单位", cust], ["设备名称", doc.fam_name()], ["型号", doc.model()],
            ["机身编号", doc.serial()], ["移机日期", vdate], ["实施情况", action], ["实施工程师", eng],
            ["备注", "设备资产关系自移机之日起转入调入单位"]]
    p.grid(rows, [1, 4], size=10, header=False)
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"售后服务部/移机/{v.date.year}", f"移机_{_short_serial(u)}.pdf", p


@template("S31", "service_report", "en", ("cn", "tw"), (".docx",), 0.8, vtypes=("install", "pm", "calib", "upgrade"))
def s31(doc, v):
    """English visit record for a mainland or Taiwan customer written by the regional office."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["en_mdy_ord", "en_mdy", "en_dmy"])
    cust = doc.customer(place=r.random() < 0.5)
    _, _, action = visit_texts(v, doc.lang, None, r)
    eng = doc.eng(v.eng)
    vdate = fmt_date(v.date, dstyle)
    d = Docx(font_east="SimSun", lang="en-US")
    d.head(f"{CO_EN} – Regional Service Office")
    title = "Installation & Training Record" if v.type == "install" else "Service Visit Record"
    d.p(title, style="Title")
    rows = [["Customer", cust]]
    if doc.place:
        rows.append(["Address", doc.address()])
    rows += [["Instrument", f"{doc.fam_name()} – {doc.model()}"], ["Serial number", doc.serial()],
             ["Date of visit", vdate], ["Engineer", eng]]
    if v.type == "install":
        wd = fmt_date(u.warranty_until, dstyle)
        doc.other("warranty_until", u.warranty_until, wd)
        rows.append(["Warranty end", wd])
    elif r.random() < 0.5:
        inst = fmt_date(u.install, dstyle)
        doc.other("install", u.install, inst)
        rows.append(["Installed", inst])
    d.table(rows, widths=[2500, 6500], bold_first_col=True)
    d.p("Work performed", style="Heading1")
    d.p(action)
    if v.type == "install":
        d.p("Attendees", style="Heading1")
        for k in range(r.randint(2, 4)):
            d.p(f"{k + 1}. Operator {k + 1} (signed)")
    doc.top_from_visit(v, vdate, None, None, action, eng, None)
    return f"Regional Office/Visit Records/{v.date.year}", f"VR-{v.seq:05d}.docx", d


# =============================================================================================
# Complaints
# =============================================================================================
def _complaint_visit(doc, cp, date_style, lang=None):
    """Fault/cause/action of the complaint's site visit, or the remote settlement."""
    r = doc.r
    lang = lang or doc.lang
    if cp.visit:
        f, c, a = visit_texts(cp.visit, lang, doc.variant, r, wrap=False)
        return f, c, a, fmt_date(cp.visit.date, date_style)
    return None, None, remote_action(cp, lang, doc.variant), None


def _complaint_truth(doc, cp, recv_w, cfault, cause, action, handler_w, visit_w, number=None, visit_fault=None):
    t = doc.t
    t.update(visit_date=cp.received.isoformat(), visit_date_as_written=recv_w, fault=cfault, cause=cause,
             action=action, engineer=handler_w, engineer_id=cp.handler, number=number)
    t["visits"] = []
    if cp.visit:
        doc.add_visit(cp.visit, visit_w, visit_fault if visit_fault is not None else cfault, cause, action,
                      handler_w, number)


@template("S40", "complaint", "zh-Hans", ("cn",), (".txt",), 2.5)
def s40(doc, cp):
    """QQ group message-record export: the complaint, our replies, the visit (if any)."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    contact = doc.contact()
    qq = lambda: str(r.randint(10000000, 2999999999))
    cq, sq, eq = qq(), qq(), qq()
    staff = r.choice(STAFF["cn"]).split()[-1]
    handler = doc.eng(cp.handler, "i")
    cfault = complaint_text(cp, doc.lang, None, r)
    f, c, a, vw = _complaint_visit(doc, cp, "iso")
    rd = fmt_date(cp.received, "iso")
    stamp = lambda d, h, m, s: f"{d} {h}:{m:02d}:{s:02d}"
    serial = doc.serial(fullwidth_ok=False)
    lines = ["消息记录（此消息记录为文本格式，不支持重新导入）", "",
             "================================================================",
             "消息分组:我的QQ群", "================================================================",
             f"消息对象:{cust}设备售后群", "================================================================", "",
             f"{stamp(rd, 9, r.randint(0, 30), r.randint(0, 59))} {contact}({cq})",
             f"{doc.model(fullwidth_ok=False)}（{r.choice(['SN ', 'SN:', 'S/N ', '机号'])}{serial}）{cfault}", "",
             f"{stamp(rd, 9, r.randint(31, 59), r.randint(0, 59))} 瀚川客服-{staff}({sq})",
             f"收到，已安排{handler}跟进", ""]
    if cp.visit:
        vd = cp.visit.date
        if vd == cp.received:
            lines += [f"{stamp(rd, 10, r.randint(0, 59), r.randint(0, 59))} {handler}({eq})", "下午过去看", ""]
        else:
            lines += [f"{stamp(rd, 11, r.randint(0, 59), r.randint(0, 59))} {handler}({eq})",
                      "今天排满了，明天上午过去", ""]
        lines += [f"{stamp(vw, 14, r.randint(0, 59), r.randint(0, 59))} {handler}({eq})", "已到现场", "",
                  f"{stamp(vw, 16, r.randint(0, 59), r.randint(0, 59))} {handler}({eq})",
                  f"处理好了：{a}。" + (f"原因：{c}。" if c else ""), "",
                  f"{stamp(vw, 16, r.randint(0, 59), r.randint(0, 59))} {contact}({cq})", "好的，谢谢", ""]
        action, cause = a, c
    else:
        lines += [f"{stamp(rd, 10, r.randint(0, 59), r.randint(0, 59))} {handler}({eq})",
                  f"电话联系过了：{a}", "",
                  f"{stamp(rd, 11, r.randint(0, 59), r.randint(0, 59))} {contact}({cq})", "可以了，谢谢", ""]
        action, cause = a, None
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw)
    return f"客服中心/QQ群记录/{cp.received.year}", f"QQ消息记录_{cp.seq:05d}.txt", "\n".join(lines)


@template("S41", "complaint", "zh-Hant", ("tw",), (".txt",), 3.0)
def s41(doc, cp):
    """LINE chat export (Taiwan): day headers 2024/03/05（二）, 儲存日期 = printed."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    contact = doc.contact()
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, doc.variant, r)
    f, c, a, vw = _complaint_visit(doc, cp, "tw_wk")
    rd = fmt_date(cp.received, "tw_wk")
    last = cp.visit.date if cp.visit else cp.received
    saved = _later(r, last, 0, 5)
    sw = fmt_date(saved, "slash0")
    if saved != last and saved != cp.received:
        doc.other("report_printed", saved, sw)
    clock = [9 * 60 + r.randint(0, 40)]

    def tick(lo=3, hi=35):
        clock[0] += r.randint(lo, hi)
        return f"{clock[0] // 60:02d}:{clock[0] % 60:02d}"
    lines = [f"[LINE] 與{cust}-儀器報修的聊天記錄", f"儲存日期：{sw} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}", "",
             rd, f"{tick()}\t{contact}\t{cfault}",
             f"{tick()}\t瀚川客服\t收到，請提供機器製造號碼",
             f"{tick()}\t{contact}\t{r.choice(['機號', '機號：', 'S/N:', ''])}{doc.serial(fullwidth_ok=False)}"]
    if cp.visit:
        if cp.visit.date != cp.received:
            lines += [f"{tick()}\t{handler}\t明天上午過去處理", "", vw]
            clock[0] = 9 * 60 + r.randint(0, 50)
        else:
            clock[0] = max(clock[0], 13 * 60 + r.randint(0, 50))
        lines += [f"{tick()}\t{handler}\t已到現場",
                  f"{tick(40, 120)}\t{handler}\t{a}" + (f"（原因：{c}）" if c else ""),
                  f"{tick()}\t{contact}\t謝謝"]
        action, cause = a, c
    else:
        lines += [f"{tick(20, 60)}\t{handler}\t{a}", f"{tick()}\t{contact}\t好了 謝謝"]
        action, cause = a, None
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw)
    return "台灣分公司/LINE記錄", f"[LINE]{cp.seq:05d}.txt", "\n".join(lines)


@template("S42", "complaint", "en", ("*",), (".txt",), 1.5)
def s42(doc, cp):
    """Our reply on top, the customer's complaint quoted below a `---- On …, … wrote ----` line."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=r.random() < 0.3)
    contact = doc.contact()
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, None, r)
    f, c, a, vw = _complaint_visit(doc, cp, r.choice(["en_dmy", "en_mdy", "en_wk3"]))
    recv = fmt_date(cp.received, "rfc", time=f"{r.randint(8, 11):02d}:{r.randint(0, 59):02d}")
    last = cp.visit.date if cp.visit else cp.received
    sent = _later(r, last, 0, 3)
    sw = fmt_date(sent, "rfc", time=f"{r.randint(13, 19)}:{r.randint(10, 59)}")
    if sent != last and sent != cp.received:
        doc.other("report_printed", sent, sw)
    serial = doc.serial()
    lines = [f"From: Customer Care <care@hanchuan-instruments.com>", f"To: {contact}", f"Date: {sw}",
             f"Subject: RE: Complaint – {u.model} S/N {serial}", "", f"Dear {contact},", "",
             f"Thank you for your message about the {doc.fam_name()} at {cust}."]
    if cp.visit:
        lines.append(f"Our engineer {handler} attended on {vw}.")
        if c:
            lines.append(f"Cause: {c}.")
        lines.append(f"Action: {a}.")
        action, cause = a, c
    else:
        lines.append(f"{handler} called your team the same day. {a}.")
        action, cause = a, None
    lines += ["", "Kind regards,", "Customer Care Team", CO_EN, "",
              f"---- On {recv} {contact} wrote ----", "", "> Hello,", ">",
              f"> {cfault}.", f"> Model {doc.model()}, serial {serial}.", "> Please advise.", ">",
              f"> {contact}"]
    _complaint_truth(doc, cp, recv, cfault, cause, action, handler, vw)
    return f"Customer Care/Complaints/{cp.received.year}", f"RE-complaint-{cp.seq:05d}.txt", "\n".join(lines)


@template("S43", "complaint", "zh-Hans", ("cn",), (".docx",), 2.0)
def s43(doc, cp):
    """客户投诉受理单 (Word): channel, urgency class, on-site or remote, follow-up call date."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "cn0", "iso"])
    place = r.random() < 0.4
    cust = doc.customer(place=place)
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, None, r)
    f, c, a, vw = _complaint_visit(doc, cp, dstyle)
    rd = fmt_date(cp.received, dstyle)
    num = slip_number(cp.seq, "cp")
    ch = {"phone": 0, "email": 1, "chat": 2, "letter": 3, "form": 3}[cp.channel]
    chans = ["电话", "邮件", "微信/QQ", "书面"]
    d = Docx()
    d.set_rng(r)
    d.head(f"{CO_CN}　客户服务中心")
    d.p("客户投诉受理单", style="Title")
    d.p(f"投诉编号：{num}", align="right")
    rows = [["投诉方", {"p": cust, "span": 3}]]
    if place:
        rows.append(["地址", {"p": doc.address(), "span": 3}])
    rows += [["受理日期", rd, "投诉渠道", "　".join(("☑" if k == ch else "☐") + n for k, n in enumerate(chans))],
             ["设备", f"{doc.fam_name()} {doc.model()}", "序列号", [("split", doc.serial())]],
             ["投诉内容", {"p": cfault, "span": 3}],
             ["紧急程度", {"p": r.choice(["☑一般（3个工作日）　☐紧急（1个工作日）　☐复杂（10个工作日）",
                                       "☐一般（3个工作日）　☑紧急（1个工作日）　☐复杂（10个工作日）"]), "span": 3}]]
    if cp.visit:
        rows += [["处理方式", {"p": "☑上门　☐远程/电话", "span": 3}], ["上门日期", vw, "责任工程师", handler]]
        if c:
            rows.append(["原因分析", {"p": c, "span": 3}])
        rows.append(["处理结果", {"p": a, "span": 3}])
        cause, action = c, a
    else:
        rows += [["处理方式", {"p": "☐上门　☑远程/电话", "span": 3}], ["责任工程师", {"p": handler, "span": 3}],
                 ["处理结果", {"p": a, "span": 3}]]
        cause, action = None, a
    if r.random() < 0.6:
        base = cp.visit.date if cp.visit else cp.received
        fu = _later(r, base, 2, 7)
        fw = fmt_date(fu, dstyle)
        doc.other("follow_up", fu, fw)
        rows.append(["回访日期", fw, "回访结果", "客户满意"])
    d.table(rows, widths=[1600, 2900, 1600, 2900], bold_first_col=True)
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw, num)
    return f"客服中心/投诉受理单/{cp.received.year}", f"{num}.docx", d


@template("S44", "complaint", "zh-Hans", ("cn",), (".txt",), 2.0)
def s44(doc, cp):
    """The customer's 告知函 (letter) and our 回执 below it."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False, registered=r.random() < 0.5)
    handler = doc.eng(cp.handler, "f")
    fam = doc.fam_name()
    _, _, _, _ = None, None, None, None
    f, c, a, vw = _complaint_visit(doc, cp, "cn")
    letter_style = r.choice(["cn_num", "cn"])
    rd = fmt_date(cp.received, letter_style)
    zf = FAMILIES[u.family]["faults"][cp.fault][1]
    cfault = f"近期{zf}" if r.random() < 0.5 else zf
    serial = doc.serial()
    lines = [f"关于{fam}（{doc.model()}）故障问题的告知函", "", f"{CO_CN}：",
             f"　　我单位使用的{fam}（机身号：{serial}）{cfault}，影响正常工作。现函告贵公司，请于收函后3个工作日内派员处理。",
             f"　　联系人：{doc.contact()}　电话：{r.randint(130, 189)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
             "", " " * 24 + f"{cust}（盖章）", " " * 24 + rd, "", "-" * 48, "回　执", ""]
    if cp.visit:
        who = handler if handler.endswith("工程师") else "工程师" + handler
        lines.append(f"　　来函收悉。我公司已于{vw}派{who}到现场处理：{a}。" + (f"经查，{c}。" if c else ""))
        cause, action = c, a
    else:
        who = handler if handler.endswith("工程师") else "工程师" + handler
        lines.append(f"　　来函收悉。我公司{who}已电话联系贵单位：{a}。")
        cause, action = None, a
    last = cp.visit.date if cp.visit else cp.received
    rep = _later(r, last, 0, 3)
    rw = fmt_date(rep, "cn")
    if rep != last and rep != cp.received:
        doc.other("report_printed", rep, rw)
    lines += ["", " " * 24 + f"{CO_CN}售后服务部", " " * 24 + rw]
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw)
    return f"客服中心/来函/{cp.received.year}", f"告知函_{cp.seq:05d}.txt", "\n".join(lines)


@template("S45", "complaint", "en", ("sg", "my", "hk"), (".pdf",), 3.0)
def s45(doc, cp):
    """Hospital quality office's customer feedback form with the vendor's response."""
    r, u = doc.r, doc.unit
    place = r.random() < 0.5
    cust = doc.customer(place=place)
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, None, r)
    dstyle = r.choice(["en_brit", "en_dmy", "ms" if doc.region == "my" else "en_dmy3"])
    f, c, a, vw = _complaint_visit(doc, cp, dstyle)
    rd = fmt_date(cp.received, dstyle)
    p = Pdf(cjk="cns")
    p.writeln("FEEDBACK / COMPLAINT FORM", size=15, bold=True, center=True, gap=28)
    p.writeln("Quality Management Office", size=9, center=True)
    items = [("Facility:", cust)]
    if place:
        items.append(("Address:", doc.address()))
    items += [("Date received:", rd), ("Category:", "Equipment performance"),
              ("Equipment:", f"{doc.fam_name()} / {doc.model()}"), ("Serial:", doc.serial())]
    for it in items:
        p.pairs([it], cols=1, label_w=95)
    p.writeln("Details", bold=True)
    p.writeln(cfault, indent=12)
    p.writeln("Vendor response", bold=True)
    if cp.visit:
        p.pairs([("Site visit:", vw), ("Engineer:", handler)], cols=2)
        if c:
            p.writeln(f"Cause: {c}", indent=12)
        p.writeln(a, indent=12)
        cause, action = c, a
    else:
        p.pairs([("Resolved remotely by:", handler)], cols=1, label_w=130)
        p.writeln(a, indent=12)
        cause, action = None, a
    p.writeln("Status: Closed")
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw)
    return f"Customer Care/Feedback Forms/{cp.received.year}", f"FB-{cp.seq:05d}.pdf", p


@template("S46", "complaint", "zh-Hant", ("hk", "mo"), (".md",), 3.0)
def s46(doc, cp):
    """Hong Kong / Macau complaint record in bilingual Markdown, DD-MM-YYYY with a marker."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=r.random() < 0.4)
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, doc.variant, r)
    f, c, a, vw = _complaint_visit(doc, cp, "dmy_dash")
    rd = fmt_date(cp.received, "dmy_dash")
    lines = ["# 客戶投訴記錄 Customer Complaint Record", "", "_日期格式 Date format: DD-MM-YYYY_", "",
             f"- **客戶 Customer**：{cust}"]
    if doc.place:
        lines.append(f"- **地址 Address**：{doc.address()}")
    lines += [f"- **接獲日期 Received**：{rd}", f"- **儀器 Equipment**：{doc.fam_name()}（{doc.model()}）",
              f"- **序號 S/N**：{doc.serial()}", "", "## 投訴內容 Complaint", "", cfault, "", "## 跟進 Follow-up", ""]
    if cp.visit:
        lines += [f"- 到場日期 Site visit：{vw}", f"- 工程師 Engineer：{handler}"]
        if c:
            lines.append(f"- 原因 Cause：{c}")
        lines.append(f"- 處理 Action：{a}")
        cause, action = c, a
    else:
        lines += [f"- 電話跟進 By phone：{handler}", f"- 處理 Action：{a}"]
        cause, action = None, a
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw)
    return f"HK Office/Complaints/{cp.received.year}", f"CC-{cp.seq:05d}.md", "\n".join(lines)


@template("S47", "complaint", "zh-Hans", ("cn",), (".csv",), 1.5)
def s47(doc, cp):
    """Ticket event log: one row per event (created, call-back, dispatch, on site, closed)."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    handler = doc.eng(cp.handler, "f")
    cfault = complaint_text(cp, doc.lang, None, r)
    f, c, a, vw = _complaint_visit(doc, cp, "iso")
    rd = fmt_date(cp.received, "iso")
    num = slip_number(cp.seq, "cp")
    staff = r.choice(STAFF["cn"]).split()[-1]
    t = lambda d, h: f"{d} {h:02d}:{r.randint(0, 59):02d}"
    rows = [["工单号", "时间", "操作人", "动作", "内容"],
            [num, t(rd, 9), staff, "创建", f"{cust}：{doc.model(fullwidth_ok=False)} {doc.serial(fullwidth_ok=False)} {cfault}"],
            [num, t(rd, 10), staff, "派工", f"指派{handler}"]]
    if cp.visit:
        rows += [[num, t(vw, 14), handler, "到场", "已到现场"],
                 [num, t(vw, 16), handler, "完成", a + (f"（原因：{c}）" if c else "")],
                 [num, t(vw, 17), staff, "关闭", "客户确认"]]
        cause, action = c, a
    else:
        rows += [[num, t(rd, 11), handler, "电话处理", a], [num, t(rd, 15), staff, "关闭", "客户确认"]]
        cause, action = None, a
    _complaint_truth(doc, cp, rd, cfault, cause, action, handler, vw, num)
    return f"CRM导出/客诉工单/{cp.received.year}", f"{num}_事件.csv", rows


# =============================================================================================
# Equipment histories: entries is a list of visits (oldest first)
# =============================================================================================
def _entry_texts(doc, v, with_cause=True):
    f, c, a = visit_texts(v, doc.lang, doc.variant, doc.r, wrap=False)
    return f, (c if with_cause else None), a


@template("S50", "equipment_history", "zh-Hans", ("cn",), (".txt",), 2.0)
def s50(doc, entries):
    """MySQL command-line output of the service log of one unit."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    serial = doc.serial(plain_only=True)
    acct = f"C{(hash_str(doc.cust.id) % 9000) + 1000}"
    out = ["mysql> SELECT acct_no, name FROM customer WHERE acct_no = '" + acct + "';",
           "+---------+" + "-" * 40 + "+", f"| acct_no | {'name'.ljust(38)} |", "+---------+" + "-" * 40 + "+",
           f"| {acct}   | {cust} |", "+---------+" + "-" * 40 + "+", "1 row in set (0.00 sec)", "",
           f"mysql> SELECT id, visit_date, type, fault, cause, action, engineer FROM service_log "
           f"WHERE sn = '{serial}' ORDER BY visit_date{' DESC' if r.random() < 0.4 else ''};"]
    desc = "DESC" in out[-1]
    sep = "+------+------------+----------+------+-------+--------+----------+"
    out += [sep, "| id   | visit_date | type     | fault | cause | action | engineer |", sep]
    rows = []
    for v in entries:
        f, c, a = _entry_texts(doc, v)
        dw = fmt_date(v.date, "iso")
        e = doc.eng(v.eng)
        rows.append((v, dw, f, c, a, e))
    for v, dw, f, c, a, e in (reversed(rows) if desc else rows):
        out.append(f"| {v.seq:<4} | {dw} | {_vtype_zh(v, doc)} | {f or 'NULL'} | {c or 'NULL'} | {a} | {e} |")
        doc.add_visit(v, dw, f, c, a, e, None)
    out += [sep, f"{len(rows)} rows in set (0.01 sec)", "", "mysql> exit", "Bye"]
    doc.t["visits"].sort(key=lambda x: x["date"], reverse=desc)
    doc.top_from_last()
    return "运维/数据库查询", f"service_log_{_short_serial(u)}.txt", "\n".join(out)


def hash_str(s):
    """A stable small hash (Python's hash() depends on PYTHONHASHSEED)."""
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


@template("S51", "equipment_history", "zh-Hans", ("cn",), (".xlsx",), 2.0)
def s51(doc, entries):
    """设备维修保养台账 in Excel: unit block on top, record rows; Excel date cells or text."""
    r, u = doc.r, doc.unit
    xl = r.random() < 0.5
    cust = doc.customer(place=False)

    def dc(d, role=None):
        if xl:
            w, cell = str(excel_serial(d)), XDate(excel_serial(d), "ymd")
        else:
            w = fmt_date(d, r.choice(["iso", "slash"]))
            cell = w
        if role:
            doc.other(role, d, w)
        return w, cell

    x = Xlsx()
    sh = x.sheet("台账")
    sh.widths = [8, 14, 10, 30, 26, 34, 10]
    sh.add([XBold("设备维修保养台账")])
    sh.merge("A1:G1")
    _, ic = dc(u.install, "install")
    sh.add(["设备名称", doc.fam_name(), "", "型号", doc.model(fullwidth_ok=False)])
    sh.add(["出厂序列号", doc.serial(fullwidth_ok=False), "", "使用单位", cust])
    wrow = ["启用日期", ic]
    if r.random() < 0.5:
        _, wc = dc(u.warranty_until, "warranty_until")
        wrow += ["", "保修期至", wc]
    sh.add(wrow)
    sh.add([])
    sh.add([XBold(h) for h in ["序号", "日期", "类别", "故障/内容", "原因", "处理", "工程师"]])
    for k, v in enumerate(entries, 1):
        f, c, a = _entry_texts(doc, v)
        dw, cell = dc(v.date)
        e = doc.eng(v.eng)
        sh.add([k, cell, _vtype_zh(v, doc), f or "—", c or "", a, e])
        doc.add_visit(v, dw, f, c, a, e, None)
    doc.top_from_last()
    return f"设备档案/台账/{doc.cust.id}", f"台账_{_short_serial(u)}.xlsx", x


@template("S52", "equipment_history", "zh-Hant", ("tw",), (".docx",), 2.5)
def s52(doc, entries):
    """Taiwan 儀器保養維修履歷表 (Word) with ROC compact dates."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["roc_cmp", "roc_slash", "roc0"])
    cust = doc.customer(place=False)
    d = Docx(font_east="新細明體", lang="zh-TW")
    d.set_rng(r)
    d.p("儀器保養維修履歷表", style="Title")
    inst = fmt_date(u.install, dstyle)
    doc.other("install", u.install, inst)
    d.table([["使用單位", cust, "機型", doc.model()],
             ["機器製造號碼", [("split", doc.serial())], "裝機日期", inst]], widths=[1800, 2700, 1800, 2700],
            bold_first_col=True)
    rows = [["日期", "項目", "異常描述／內容", "處理", "技師"]]
    newest_first = r.random() < 0.4
    seq = list(reversed(entries)) if newest_first else entries
    for v in seq:
        f, c, a = _entry_texts(doc, v, with_cause=False)
        dw = fmt_date(v.date, dstyle)
        e = doc.eng(v.eng)
        rows.append([dw, _vtype_zh(v, doc), f or "—", a, e])
        doc.add_visit(v, dw, f, None, a, e, None)
    d.table(rows, widths=[1300, 1200, 2800, 2800, 1100], header_row=True)
    doc.top_from_last()
    return "台灣分公司/履歷表", f"履歷_{_short_serial(u)}.docx", d


@template("S53", "equipment_history", "en", ("*",), (".csv",), 1.2)
def s53(doc, entries):
    """CMMS work-order export (Maximo-like columns), 5-Mar-24 dates, multi-line long descriptions."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    serial = doc.serial(fullwidth_ok=False)
    asset = f"AS{hash_str(u.serial) % 90000 + 10000}"
    rows = [["WONUM", "STATUS", "WORKTYPE", "REPORTDATE", "LOCATION", "ASSETNUM", "SERIALNUM", "DESCRIPTION",
             "LONGDESCRIPTION", "LEAD"]]
    wt = {"repair": "CM", "pm": "PM", "calib": "CAL", "install": "INST", "upgrade": "UPG", "relocate": "MOVE",
          "inspect": "INSP"}
    for v in entries:
        f, c, a = _entry_texts(doc, v)
        dw = fmt_date(v.date, "en_dmyy")
        e = doc.eng(v.eng)
        num = slip_number(v.seq, "wo")
        desc = f if f else _vtype_en(v).capitalize()
        long = (f"Cause: {c}\nAction: {a}" if c else f"Action: {a}")
        rows.append([num, "COMP", wt[v.type], dw, cust, asset, serial, desc, long, e])
        doc.add_visit(v, dw, f, c, a, e, num)
    doc.top_from_last()
    return "CMMS exports", f"WO_history_{asset}.csv", rows


@template("S54", "equipment_history", "zh-Hans", ("cn",), (".md",), 2.0)
def s54(doc, entries):
    """Markdown equipment file with one <details> block per entry."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["cn", "iso", "dot"])
    cust = doc.customer(place=False)
    inst = fmt_date(u.install, dstyle)
    doc.other("install", u.install, inst)
    lines = [f"# 设备档案：{doc.fam_name()}", "", f"- 使用单位：{cust}", f"- 型号：{doc.model()}",
             f"- 机身编号：{doc.serial()}", f"- 装机时间：{inst}", "", "## 服务记录", ""]
    newest_first = r.random() < 0.5
    for v in (list(reversed(entries)) if newest_first else entries):
        f, c, a = _entry_texts(doc, v)
        dw = fmt_date(v.date, dstyle)
        e = doc.eng(v.eng)
        lines.append(f"<details><summary>{dw} {_vtype_zh(v, doc)}</summary>")
        lines.append("")
        if f:
            lines.append(f"- 现象：{f}")
        if c:
            lines.append(f"- 原因：{c}")
        lines += [f"- 处理：{a}", f"- 工程师：{e}", "", "</details>", ""]
        doc.add_visit(v, dw, f, c, a, e, None)
    doc.top_from_last()
    return f"设备档案/{doc.cust.id}", f"{_short_serial(u)}.md", "\n".join(lines)


@template("S55", "equipment_history", "en", ("sg", "my", "hk", "mo"), (".pdf",), 3.0)
def s55(doc, entries):
    """Equipment service record (PDF), newest first, dd/mm/yyyy with a marker line."""
    r, u = doc.r, doc.unit
    cust = doc.customer(place=False)
    p = Pdf(cjk="cns", landscape=True)
    p.writeln("EQUIPMENT SERVICE RECORD", size=14, bold=True, center=True, gap=26)
    p.writeln("Dates: dd/mm/yyyy", size=8)
    p.pairs([("Customer:", cust), ("Equipment:", f"{doc.fam_name()} {doc.model()}")], cols=2)
    p.pairs([("Serial No.:", doc.serial())], cols=2)
    rows = [["Date", "Type", "Problem", "Work done", "Engineer"]]
    for v in reversed(entries):
        f, c, a = _entry_texts(doc, v, with_cause=False)
        dw = fmt_date(v.date, "dmy_slash")
        e = doc.eng(v.eng)
        rows.append([dw, _vtype_en(v), f or "-", a, e])
        doc.add_visit(v, dw, f, None, a, e, None)
    p.grid(rows, [1.2, 1.4, 3.2, 4.2, 1.6], size=8)
    pd = _later(r, entries[-1].date, 1, 60)
    from s6_world import END
    if pd <= END + TD(days=30):
        pw = fmt_date(pd, "dmy_slash")
        doc.other("report_printed", pd, pw)
        p.writeln(f"Printed: {pw}", size=8)
    doc.top_from_last()
    return "Service Records", f"ESR-{_short_serial(u)}.pdf", p


@template("S56", "equipment_history", "zh-Hans", ("cn", "my", "sg"), (".docx",), 1.5)
def s56(doc, entries):
    """设备档案 in Word: header paragraphs, then one dated paragraph per entry (2024.3.5　维修：…)."""
    r, u = doc.r, doc.unit
    dstyle = r.choice(["dot", "dot0", "cn"]) if doc.region == "cn" else "dmy_slash"
    cust = doc.customer(place=False)
    d = Docx()
    d.set_rng(r)
    d.p("设备档案", style="Title")
    pur = fmt_date(u.purchase, dstyle)
    doc.other("purchase", u.purchase, pur)
    if doc.region != "cn":
        d.p("（日期格式：日/月/年）")
    d.p(["使用单位：", cust])
    d.p(["设备：", doc.fam_name(), "　型号：", doc.model()])
    d.p(["机身编号：", ("split", doc.serial())])
    d.p(["购置日期：", pur])
    d.p("维修保养记录", style="Heading1")
    for v in entries:
        f, c, a = _entry_texts(doc, v)
        dw = fmt_date(v.date, dstyle)
        e = doc.eng(v.eng)
        body = (f"{f}；" if f else "") + (f"原因：{c}；" if c else "") + f"处理：{a}"
        d.p([dw, ("tab",), _vtype_zh(v, doc) + "：", body, f"（{e}）"])
        doc.add_visit(v, dw, f, c, a, e, None)
    doc.top_from_last()
    return f"设备档案/{doc.cust.id}", f"档案_{_short_serial(u)}.docx", d


@template("S57", "equipment_history", "zh-Hant", ("hk", "mo", "tw"), (".txt",), 2.0)
def s57(doc, entries):
    """Repair log lines: DD-MM-YYYY with a marker (HK/Macau) or ROC dashes (Taiwan)."""
    r, u = doc.r, doc.unit
    tw = doc.region == "tw"
    dstyle = "roc_dash" if tw else "dmy_dash"
    cust = doc.customer(place=False)
    lines = ["機器維修紀錄" if not tw else "儀器維修紀錄", "", f"客戶：{cust}",
             f"儀器：{doc.fam_name()}　型號：{doc.model()}　序號：{doc.serial()}"]
    lines.append("（日期格式 DD-MM-YYYY）" if not tw else "（日期為民國年）")
    lines.append("")
    for v in entries:
        f, c, a = _entry_texts(doc, v, with_cause=False)
        dw = fmt_date(v.date, dstyle)
        e = doc.eng(v.eng)
        lines.append(f"{dw}  {_vtype_zh(v, doc)}  " + (f"{f} → " if f else "") + f"{a}  [{e}]")
        doc.add_visit(v, dw, f, None, a, e, None)
    doc.top_from_last()
    return ("台灣分公司" if tw else "HK Office") + "/維修紀錄", f"log_{_short_serial(u)}.txt", "\n".join(lines)


# =============================================================================================
# Customer files: subject = (customer, units listed, as-of date)
# =============================================================================================
def _cfile_units(doc, units, fw_ok=True):
    out = []
    for u in units:
        s = serial_form(u.serial, doc.r, fw_ok and doc.lang != "en")
        doc.t["serials"].append(u.serial)
        doc.t["serials_as_written"].append(s)
        out.append((u, s))
    return out


@template("S60", "customer_file", "zh-Hans", ("cn", "my", "sg"), (".docx",), 3.0)
def s60(doc, units, asof):
    """Master 客户档案 (Word): registered name, former name, short names, unit table, 制表日期."""
    r, c = doc.r, doc.cust
    dstyle = r.choice(["cn", "iso", "dot0"]) if c.region == "cn" else "dmy_slash"
    name = doc.customer(registered=True, place=True)
    d = Docx()
    d.head(f"{CO_CN}　客户服务中心")
    d.p("客 户 档 案", style="Title")
    if c.region != "cn":
        d.p("（日期格式：日/月/年）")
    rows = [["客户名称", {"p": name, "span": 3}]]
    if c.rename_date and asof >= c.rename_date:
        rows.append(["曾用名", {"p": c.inst["old"]["zh"] + (c.dept_zh or ""), "span": 3}])
    rows += [["英文名称", {"p": c.english, "span": 3}], ["地址", {"p": doc.address(), "span": 3}],
             ["客户类别", r.choice(["A类", "B类", "C类"]), "维保合同", "有" if c.contract else "无"],
             ["联系人", c.contacts[0], "电话", f"{r.randint(130, 189)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"]]
    d.table(rows, widths=[1700, 2800, 1700, 2800], bold_first_col=True)
    d.p("在用设备", style="Heading1")
    t = [["设备名称", "型号", "出厂序列号", "装机日期", "保修截止"]]
    for u, s in _cfile_units(doc, units):
        iw, ww = fmt_date(u.install, dstyle), fmt_date(u.warranty_until, dstyle)
        doc.other("install", u.install, iw)
        doc.other("warranty_until", u.warranty_until, ww)
        t.append([family_name(u.family, doc.lang, None), u.model, s, iw, ww])
    d.table(t, widths=[2200, 1600, 2200, 1500, 1500], header_row=True)
    aw = fmt_date(asof, dstyle)
    doc.other("report_printed", asof, aw)
    d.p(f"制表日期：{aw}", align="right")
    return f"客户档案/{c.city}", f"{c.id}_客户档案.docx", d


@template("S61", "customer_file", "en", ("*",), (".xlsx",), 2.0)
def s61(doc, units, asof):
    """Installed-base export in Excel, Excel date cells, an 'Exported' cell."""
    r, c = doc.r, doc.cust
    name = doc.customer(place=True)
    x = Xlsx(inline=r.random() < 0.4)
    sh = x.sheet("Installed Base")
    sh.widths = [40, 16, 30, 16, 20, 14, 14, 10]
    ex = str(excel_serial(asof))
    doc.other("report_printed", asof, ex)
    sh.add(["Installed Base Report", "Exported", XDate(excel_serial(asof), "dmmmyy")])
    sh.add(["Account", name])
    sh.add(["Address", doc.address()])
    sh.add([])
    sh.add([XBold(h) for h in ["Account", "City", "Product", "Model", "Serial", "Install Date", "Warranty End",
                                "Status"]])
    for u, s in _cfile_units(doc, units):
        iw, ww = str(excel_serial(u.install)), str(excel_serial(u.warranty_until))
        doc.other("install", u.install, iw)
        doc.other("warranty_until", u.warranty_until, ww)
        sh.add([name, c.city_en, family_name(u.family, "en", None), u.model, s, XDate(excel_serial(u.install), "dmmmyy"),
                XDate(excel_serial(u.warranty_until), "dmmmyy"),
                "In warranty" if asof <= u.warranty_until else ("Contract" if c.contract else "Expired")])
    return "CRM exports/Installed base", f"IB_{c.id}_{asof.year}.xlsx", x


@template("S62", "customer_file", "zh-Hant", ("tw", "hk", "mo"), (".md",), 3.0)
def s62(doc, units, asof):
    """客戶主檔 in Markdown (ROC dates in Taiwan, DD-MM-YYYY with a marker elsewhere)."""
    r, c = doc.r, doc.cust
    tw = c.region == "tw"
    dstyle = "roc" if tw else "dmy_dash"
    name = doc.customer(registered=r.random() < 0.6, place=True)
    lines = ["# 客戶主檔", ""]
    if not tw:
        lines += ["> 日期格式 DD-MM-YYYY", ""]
    lines += [f"**客戶**：{name}  ", f"**英文名稱**：{c.english}  ", f"**地址**：{doc.address()}  ",
              f"**{'統一編號' if tw else '商業登記號碼'}**：{r.randint(30000000, 99999999)}",
              "", "## 已安裝儀器", "", "| # | 儀器 | 型號 | 序號 | 裝機日期 |", "|---|---|---|---|---|"]
    for k, (u, s) in enumerate(_cfile_units(doc, units), 1):
        iw = fmt_date(u.install, dstyle)
        doc.other("install", u.install, iw)
        lines.append(f"| {k} | {family_name(u.family, doc.lang, doc.variant)} | {u.model} | {s} | {iw} |")
    aw = fmt_date(asof, dstyle)
    doc.other("report_printed", asof, aw)
    lines += ["", f"更新日期：{aw}"]
    return ("台灣分公司" if tw else "HK Office") + "/客戶主檔", f"{c.id}.md", "\n".join(lines)


@template("S63", "customer_file", "zh-Hans", ("cn",), (".csv",), 2.0, dated=False)
def s63(doc, units, asof):
    """装机设备清单 export: the everyday customer name in every row, ISO install dates."""
    r, c = doc.r, doc.cust
    name = doc.customer(registered=False, place=False)
    rows = [["客户", "设备名称", "型号", "序列号", "装机日期", "保修状态"]]
    for u, s in _cfile_units(doc, units, fw_ok=False):
        iw = fmt_date(u.install, "iso")
        doc.other("install", u.install, iw)
        rows.append([name, family_name(u.family, doc.lang, None), u.model, s, iw,
                     "在保" if asof <= u.warranty_until else "已过保"])
    return "CRM导出/装机清单", f"装机清单_{c.id}.csv", rows


@template("S64", "customer_file", "en", ("*",), (".txt",), 2.0, dated=False)
def s64(doc, units, asof):
    """Account plan notes: the installed base with install months only (no full dates)."""
    r, c = doc.r, doc.cust
    name = doc.customer(registered=False, place=r.random() < 0.5)
    lines = [f"ACCOUNT PLAN – {name}", "=" * 40, ""]
    if doc.place:
        lines += [f"Site: {doc.address()}", ""]
    lines += [f"Contract: {'yes' if c.contract else 'no'}", f"Key contact: {doc.contact()}", "",
              "Installed base:"]
    for u, s in _cfile_units(doc, units):
        lines.append(f"  * {family_name(u.family, 'en', None)} {u.model}, S/N {s}, installed "
                     f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][u.install.month - 1]} {u.install.year}")
    lines += ["", "Opportunities:", "  - renew service contract before year end",
              "  - offer operator refresher training"]
    return "Sales/Account plans", f"{c.id}-account-plan.txt", "\n".join(lines)


@template("S65", "customer_file", "zh-Hans", ("cn",), (".txt",), 2.0, dated=False)
def s65(doc, units, asof):
    """客户资料卡（简）: short name, address, units with the install year only."""
    r, c = doc.r, doc.cust
    name = doc.customer(registered=False, place=True)
    lines = ["客户资料卡", "-" * 30, f"客户简称：{name}", f"地址：{doc.address()}",
             f"主要联系人：{c.contacts[0]}", "", "设备："]
    for k, (u, s) in enumerate(_cfile_units(doc, units), 1):
        lines.append(f"  {k}. {family_name(u.family, doc.lang, None)}　{u.model}　SN：{s}　{u.install.year}年装机")
    return f"客户档案/简卡", f"{c.id}_简卡.txt", "\n".join(lines)


# =============================================================================================
# Training: subject = (family, model)
# =============================================================================================
@template("S70", "training", "zh-Hans", ("*",), (".docx",), 1.0)
def s70(doc, fam, model):
    """维修案例分析 (anonymised case study)."""
    r = doc.r
    f = FAMILIES[fam]
    code, zf, zc, za = f["faults"][r.randrange(len(f["faults"]))][:4]
    mw = doc.model()
    d = Docx()
    d.p(f"维修案例分析：{mw} {zf}", style="Title")
    d.p("案例背景", style="Heading1")
    d.p(f"某三甲医院使用的{f['zh']}（型号{mw}）在日常运行中出现异常。")
    d.p("故障现象", style="Heading1")
    d.p(zf + (f"，屏幕显示{code}" if code else ""))
    d.p("排查思路", style="Heading1")
    d.p("先查看报警日志和运行记录，再按由外到内、由简到繁的顺序逐项检查。")
    d.p("原因", style="Heading1")
    d.p(zc)
    d.p("处理结果", style="Heading1")
    d.p(za)
    d.p("经验总结", style="Heading1")
    d.p("同类故障多与日常保养不到位有关，应督促用户按周期保养。")
    return "培训资料/案例分析", f"案例_{model.replace(' ', '')}_{doc.i:05d}.docx", d


@template("S71", "training", "en", ("*",), (".pdf",), 1.0)
def s71(doc, fam, model):
    """Troubleshooting steps per fault (PDF)."""
    r = doc.r
    f = FAMILIES[fam]
    mw = doc.model()
    p = Pdf(cjk="gb")
    p.writeln(f"{mw} – Troubleshooting Guide", size=15, bold=True, gap=28)
    p.writeln(f"{f['en'][0].upper() + f['en'][1:]}. For trained service engineers only.", size=9)
    for k, (code, zf, zc, za, ef, ec, ea) in enumerate(f["faults"], 1):
        p.writeln("")
        p.writeln(f"{k}. {ef[0].upper() + ef[1:]}" + (f" (code {code})" if code else ""), bold=True)
        p.writeln(f"Step 1: confirm the symptom and read the alarm log.", indent=14)
        p.writeln(f"Step 2: most likely cause – {ec}.", indent=14)
        p.writeln(f"Step 3: {ea}.", indent=14)
    return "Training/Troubleshooting", f"TSG_{model.replace(' ', '')}.pdf", p


@template("S72", "training", "zh-Hant", ("*",), (".md",), 1.0)
def s72(doc, fam, model):
    """常見錯誤碼與排除 (Taiwan or Hong Kong wording), a Markdown table."""
    r = doc.r
    doc.variant = r.choice(["tw", "hk"])
    f = FAMILIES[fam]
    mw = doc.model()
    lines = [f"# {mw} 常見錯誤碼與排除", "", "| 錯誤碼 | 現象 | 可能原因 | 排除方法 |", "|---|---|---|---|"]
    for code, zf, zc, za, *_ in f["faults"]:
        lines.append(f"| {code or '—'} | {doc.z(zf)} | {doc.z(zc)} | {doc.z(za)} |")
    lines += ["", doc.z("如以上方法无法排除，请联络原厂工程师。")]
    return "教育訓練/錯誤碼", f"{model.replace(' ', '')}_錯誤碼.md", "\n".join(lines)


@template("S73", "training", "zh-Hans", ("*",), (".md",), 1.0)
def s73(doc, fam, model):
    """Forum post in the engineers' internal forum, with replies (nicknames, not engineer names)."""
    r = doc.r
    f = FAMILIES[fam]
    code, zf, zc, za = f["faults"][r.randrange(len(f["faults"]))][:4]
    mw = doc.model()
    nick = r.sample(["老司机", "小白求带", "扳手侠", "夜班维修", "光路君", "电源老炮"], 3)
    lines = [f"## 【经验分享】{mw} {zf}怎么办", "", f"**{nick[0]}**　#1楼", "",
             f"最近碰到{mw}{zf}" + (f"（{code}）" if code else "") + f"，最后查出来是{zc}。{za}。", "",
             f"**{nick[1]}**　#2楼", "", "收藏了，上周刚遇到一样的。", "", f"**{nick[2]}**　#3楼", "",
             "补充一点：处理完记得让用户做一次质控/功能验证再交付。"]
    return "内部论坛/经验分享", f"thread_{doc.i:05d}.md", "\n".join(lines)


@template("S74", "training", "en", ("*",), (".md",), 1.0)
def s74(doc, fam, model):
    """Firmware / software release notes listing the fixed issues."""
    r = doc.r
    f = FAMILIES[fam]
    mw = doc.model()
    ver = r.choice(["V2.4.206", "V3.1.117", "V2.0.031", "Build 4630"])
    lines = [f"# {mw} software {ver} – release notes", "", "## Fixed issues", ""]
    for code, zf, zc, za, ef, ec, ea in f["faults"][:3]:
        lines.append(f"- {ef[0].upper() + ef[1:]}" + (f" ({code})" if code else "") + f": {ec} is now detected earlier.")
    last = f["faults"][-1]
    lines += ["", "## Known issues", "", f"- {last[4][0].upper() + last[4][1:]} may still occur; workaround: {last[6]}.",
              "", "## Upgrade", "", "Back up the configuration before upgrading. The upgrade takes about 20 minutes."]
    return "Training/Release notes", f"{model.replace(' ', '')}-{ver.replace(' ', '')}.md", "\n".join(lines)
