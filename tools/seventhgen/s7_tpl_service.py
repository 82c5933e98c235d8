"""seventhgen: service-report templates S7-20 … S7-33."""
import csv
import io

from s7_base import CO, CO_EN
from s7_families import FAMILIES, CHECKS
from s7_forms import fd, vtype, MON, cap
from s7_world import ENG, add_months, PRINT_END
from s7_writers import Page
from s7_zh import s2t


def next_due(ctx, d, v, style, months=None):
    """next due date (follow_up) after the visit; sometimes written as a month only"""
    m = months or (12 if v.type == "calibration" else 6)
    nd = add_months(v.date, m)
    return d.od("follow_up", nd, fd(nd, style))


def checks_rows(ctx, lang):
    rows = []
    for zh, en, val in CHECKS[ctx.u.family]:
        if lang == "en":
            val = val.replace("正常", "OK").replace("合格", "pass").replace("通过", "pass")
            rows.append((en, val, "OK"))
        else:
            rows.append((ctx.z(zh), ctx.z(val), ctx.z("合格")))
    return rows


# S7-20 医用显示器/设备质量控制检测报告 (.docx; labels in the first row, values in the second)
def s720(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-20", "zh-Hans")
    no = ctx.number("QC")
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    st = r.choice(["cn", "iso", "cn0"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    head = [[{"t": "受检单位", "bold": True}, {"t": "设备名称", "bold": True}, {"t": "型号", "bold": True}, {"t": "出厂编号", "bold": True}, {"t": "检测日期", "bold": True}],
            [cw, ctx.fam(), mw, sw, dw]]
    meas = [[{"t": "检测项目", "bold": True}, {"t": "实测值", "bold": True}, {"t": "判定", "bold": True}]] + [list(x) for x in checks_rows(ctx, "zh-Hans")]
    nd = next_due(ctx, d, v, st, 12)
    blocks = [("h", "设备质量控制检测报告"), ("p", "报告编号：" + no), ("table", head),
              ("p", "检测依据：厂家维护手册及本院质控规程；环境温度 %d ℃，相对湿度 %d%%" % (r.randint(19, 26), r.randint(35, 60))),
              ("table", meas), ("p", "结论：" + a), ("p", "检测人：%s　　复核：葛主管" % e), ("p", "下次检测日期：" + nd)]
    d.ext = "docx"
    d.content = ("docx", blocks, CO["cn"][0] + "　质控检测", None)
    d.folder = "质控检测/%s/%d" % (ctx.fam(), v.date.year)
    d.fname = no
    return d


# S7-21 Certificate of verification / calibration (.pdf, English)
def s721(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-21", "en")
    no = "QTS-CV-%02d%04d" % (v.date.year % 100, v.seq)
    d.number = no
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, v.date, addr=True)
    st = r.choice(["en_ddmonyy", "en_dmy", "en_upper"])
    dw = fd(v.date, st)
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    p = Page()
    p.line("CERTIFICATE OF VERIFICATION", 16, x=150)
    p.line(CO_EN + " – Calibration Services", 9, x=180)
    p.skip(14)
    for lab, val in [("Certificate no.", no), ("Issued to", cw), ("Address", ctx.addr()), ("Instrument", FAMILIES[u.family][1]),
                     ("Model / Serial", "%s / %s" % (mw, sw)), ("Date of verification", dw)]:
        p.line(lab, 10, x=60, gap=0)
        p.at(210, val, 10, maxw=340)
        p.skip(18)
    p.skip(6)
    p.line("Results", 11, x=60)
    for it, val, ok in checks_rows(ctx, "en"):
        p.line(it, 9, x=70, gap=0)
        p.at(260, val, 9)
        p.at(420, "PASS", 9)
        p.skip(15)
    p.skip(8)
    p.line("Statement: " + a, 9, x=60)
    nd = next_due(ctx, d, v, st, 12)
    p.line("Recommended re-verification: " + nd, 9, x=60)
    p.skip(10)
    p.line("Verified by: " + ew, 10, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "Certificates/%d" % v.date.year
    d.fname = no
    return d


# S7-22 Confluence wiki-markup export of a PM page
def s722(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-22", "en")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["en_dmy", "en_mdy", "iso"]))
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, None, eng_w=ew)
    d.top_from_visit()
    md = ctx.later(v.date, 0, 9)
    mdw = "%s %02d, %d" % (MON[md.month - 1][:3], md.day, md.year)
    if md > v.date:
        d.od("report_printed", md, mdw)
    lines = ["Title: %s – %s %s" % (vtype(v, "en"), cw, sw), "Space: FIELD / Site visits",
             "Created by %s, last modified on %s" % (ew, mdw if md > v.date else "%s %02d, %d" % (MON[v.date.month - 1][:3], v.date.day, v.date.year)), "",
             "h1. %s" % vtype(v, "en"), "", "||Field||Value||", "|Customer|%s|" % cw, "|Equipment|%s|" % FAMILIES[u.family][1],
             "|Model|%s|" % mw, "|Serial|%s|" % sw, "|Visit date|%s|" % dw, "|Engineer|[~%s]|" % ew, "",
             "h2. Checks", "||Item||Reading||Result||"] + ["|%s|%s|(/)|" % (it, val) for it, val, ok in checks_rows(ctx, "en")] + \
            ["", "h2. Summary", a, "", "{info}Next visit as per contract schedule.{info}"]
    if md == v.date:
        pass
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "exports/confluence/FIELD"
    d.fname = "FIELD-%d" % (40000 + v.vid)
    return d


# S7-23 洁净空调 / 冷库 运行维护记录 (.xlsx) with a readings grid; next maintenance as a month only
def s723(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-23", "zh-Hans")
    no = ctx.number("WB")
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "sl0", "cn"]))
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    nm = add_months(v.date, 6)
    rows = [["%s运行维护记录" % ctx.fam()], [None], ["记录编号", no, "维护日期", dw], ["使用单位", cw, "维护类型", vtype(v, "zh-Hans")],
            ["设备型号", mw, "机组编号", sw], [None], ["序号", "检查项目", "实测", "判定"]]
    for k, (it, val, ok) in enumerate(checks_rows(ctx, "zh-Hans")):
        rows.append([k + 1, it, val, "√"])
    rows += [[None], ["维护结论", a], ["维护人员", e, "使用方确认", ""], ["下次维护", "%d年%d月" % (nm.year, nm.month)]]
    d.ext = "xlsx"
    d.content = ("xlsx", [("维护记录", rows, ["A1:D1", "B%d:D%d" % (len(rows) - 2, len(rows) - 2)], [10, 30, 14, 16])])
    d.folder = "设施设备/运行维护记录/%d" % v.date.year
    d.fname = no
    return d


# S7-24 冷库 / 设备 保养报告 (.docx; label row over value row, merged title row)
def s724(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-24", "zh-Hans")
    no = ctx.number("BY")
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.5)
    st = r.choice(["cn", "dot", "iso"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    rows = [[{"t": "%s保养报告" % ctx.fam(), "span": 4, "bold": True}],
            [{"t": "用户单位", "bold": True}, {"t": "保养日期", "bold": True}, {"t": "型号", "bold": True}, {"t": "出厂编号", "bold": True}],
            [cw, dw, mw, sw]]
    if d.prints_address:
        rows.append([{"t": "地址", "bold": True}, {"t": ctx.addr(), "span": 3}])
    rows.append([{"t": "保养项目", "bold": True, "span": 2}, {"t": "实测值", "bold": True}, {"t": "结果", "bold": True}])
    for it, val, ok in checks_rows(ctx, "zh-Hans"):
        rows.append([{"t": it, "span": 2}, val, "正常"])
    rows.append([{"t": "保养内容", "bold": True}, {"t": a, "span": 3}])
    blocks = [("p", "编号：" + no, {"align": "right"}), ("table", rows)]
    if r.random() < 0.5:
        blocks.append(("p", "下次保养日期：" + next_due(ctx, d, v, st)))
    if r.random() < 0.35:
        blocks.append(("p", "质保截止：" + d.od("warranty_until", u.warranty, fd(u.warranty, st))))
    blocks.append(("p", "保养工程师：%s　　　用户签字：" % e))
    d.ext = "docx"
    d.content = ("docx", blocks, None, "%s %s" % (CO["cn"][0], CO["cn"][2]))
    d.folder = "售后服务部/保养报告/%s" % c.city
    d.fname = no
    return d


# S7-25 充电桩巡检工单 (.md with task-list checkboxes)
def s725(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-25", "zh-Hans")
    no = ctx.number("XJ")
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.5)
    dw = fd(v.date, r.choice(["iso", "cn", "sl"]))
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    lines = ["# %s工单 %s" % (vtype(v, "zh-Hans"), no), "", "- 站点/客户：" + cw]
    if d.prints_address:
        lines.append("- 地址：" + ctx.addr())
    lines += ["- 设备：%s %s" % (ctx.fam(), mw), "- 桩号/序列号：`%s`" % sw, "- 执行日期：" + dw, "- 执行人：" + e, "", "## 检查项", ""]
    for it, val, ok in checks_rows(ctx, "zh-Hans"):
        lines.append("- [x] %s：%s" % (it, val))
    lines += ["- [x] 外观、标识、防撞设施完好", "- [ ] 需更换：无", "", "## 结论", "", a, "", "> 照片 %d 张已上传运维平台" % r.randint(3, 8)]
    d.ext = "md"
    d.content = "\n".join(lines) + "\n"
    d.folder = "运维平台/巡检工单/%d-%02d" % (v.date.year, v.date.month)
    d.fname = no
    return d


# S7-26 银行 ATM 机具维护登记簿 (the bank's own register; one line is ours)
def s726(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-26", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "dot", "sl"]))
    ew = ctx.eng(v.eng)
    f, ca, a, e = ctx.entry(d, v, dw, None, eng_w=ew)
    d.top_from_visit()
    lines = ["%s  自助设备维护登记簿" % cw, "机具型号：%s　　机具编号：%s　　资产编号：%s" % (mw, sw, u.asset), "",
             "日期\t维护单位\t维护人员\t维护类别\t维护内容\t网点签字",
             "%s\t%s\t%s\t%s\t%s\t%s" % (dw, CO["cn"][0], ew, vtype(v, "zh-Hans"), a, c.contacts[0]), "",
             "（本页其余各行为空）", "注：外包人员进入加钞间须双人陪同，登记后方可作业。"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "客户资料/%s/机具维护登记簿" % c.city
    d.fname = "登记簿_%s_%d" % (u.serial.replace("/", ""), ctx.i)
    return d


# S7-27 资产调拨单 (relocation; .xlsx)
def s727(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-27", "zh-Hans")
    no = ctx.number("DB")
    d.number = no
    sw, mw = ctx.unit(d)
    mv = [m for m in u.moves if m["date"] == v.date][0]
    src = mv["from"]
    cw = ctx.cw(d, v.date)
    srcw = src.name
    dw = fd(v.date, r.choice(["iso", "cn", "sl0"]))
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    rows = [["固定资产调拨单"], [None], ["调拨单号", no, "调拨日期", dw], ["调出单位", srcw, "调入单位", cw],
            ["资产名称", ctx.fam(), "资产编号", u.asset], ["规格型号", mw, "出厂编号", sw],
            ["调拨原因", r.choice(["科室调整", "业务合并", "网点撤并", "产线搬迁", "借用转正式调拨"]), None, None],
            ["移机服务", a, None, None], ["实施工程师", e, "接收人", c.contacts[0]], [None], ["调出方签章", "", "调入方签章", ""]]
    d.ext = "xlsx"
    d.content = ("xlsx", [("调拨单", rows, ["A1:D1", "B7:D7", "B8:D8"], [12, 34, 12, 30])])
    d.folder = "资产管理/调拨单/%d" % v.date.year
    d.fname = no
    return d


# S7-28 钉钉 变更审批 (upgrade)
def s728(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-28", "zh-Hans")
    no = "BG%02d%05d" % (v.date.year % 100, v.vid % 100000)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "sl0"]))
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    v1 = "V%d.%d.%03d" % (r.randint(2, 5), r.randint(0, 9), r.randint(100, 399))
    v2 = "V%d.%d.%03d" % (int(v1[1]) + 1, r.randint(0, 3), r.randint(100, 399))
    mmdd = "%02d-%02d" % (v.date.month, v.date.day)
    lines = ["变更申请", "审批编号：" + no, "标题：%s %s 软件升级" % (cw, ctx.fam()), "申请人：" + ew, "",
             "变更对象：%s %s（SN：%s）" % (ctx.fam(), mw, sw), "当前版本：" + v1, "目标版本：" + v2,
             "计划实施时间：%s %s-%s" % (dw, ctx.hm(18, 19), ctx.hm(20, 22)), "影响范围：升级期间设备停用约1小时",
             "回退方案：保留原版本安装包，失败时回退至" + v1, "实施结果：" + a, "",
             "审批记录", "%s（发起）%s %s" % (ew, mmdd, ctx.hm(9, 11)), "葛主管（同意）%s %s" % (mmdd, ctx.hm(11, 13)),
             "客户方 %s（同意）%s %s" % (c.contacts[0], mmdd, ctx.hm(13, 16))]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "审批导出/变更审批"
    d.fname = "变更_" + no
    return d


# S7-29 Taiwan 保養紀錄表 (.txt, ROC dates, 下次保養日)
def s729(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-29", "zh-Hant")
    no = "PM%03d-%04d" % (v.date.year - 1911, v.seq)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    st = r.choice(["rocsl", "rocdot", "rocsl1"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    lines = ["%s  %s紀錄表" % (CO["tw"][0], vtype(v, "zh-Hant")), "表單編號：" + no, "",
             "客　　戶：" + cw, "儀　　器：" + ctx.fam(), "型　　號：" + mw, "機器序號：" + sw, "保養日期：" + dw, ""]
    for it, val, ok in checks_rows(ctx, "zh-Hant"):
        lines.append("　%s　%s　%s" % (it, val, "ˇ"))
    lines += ["", "處理情形：" + a, "技術員：" + e]
    if r.random() < 0.7:
        lines.append("下次保養日：" + next_due(ctx, d, v, st))
    if r.random() < 0.3:
        lines.append("保固到期日：" + d.od("warranty_until", u.warranty, fd(u.warranty, st)))
    lines.append("客戶簽章：")
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "台灣分公司/保養紀錄/%s" % c.city_hant
    d.fname = no
    return d


# S7-30 Hong Kong / Macau bilingual service report (.docx) with a DD/MM/YYYY marker
def s730(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-30", "zh-Hant")
    no = ctx.number("HKS")
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.4)
    dw = fd(v.date, "dmy_sl")
    ew = ctx.eng(v.eng)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    kinds = ["install", "maintenance", "calibration", "inspection", "upgrade", "relocation"]
    box = "  ".join(("☑" if k == v.type else "☐") + vtype(type("V", (), {"type": k})(), "zh-Hant", "hk") for k in kinds)
    rows = [["客戶 Client", cw], ["儀器 Equipment", "%s / %s" % (ctx.fam(), FAMILIES[u.family][1])], ["型號 Model", mw],
            ["序號 S/N", sw], ["日期 Date (DD/MM/YYYY)", dw], ["服務類別 Type", box], ["工作內容 Work done", a],
            ["工程師 Engineer", ew], ["客戶簽署 Client signature", ""]]
    if d.prints_address:
        rows.insert(1, ["地址 Address", ctx.addr()])
    blocks = [("h", "服務報告 SERVICE REPORT"), ("p", "Report no.: " + no), ("table", rows),
              ("p", "備註 Remarks: 部機運作正常，如有問題請致電 %s。" % CO[c.region][2])]
    d.ext = "docx"
    d.content = ("docx", blocks, CO[c.region][0], None)
    d.folder = "HK Office/Service Reports/%d" % v.date.year
    d.fname = no
    return d


# S7-31 Installation handover certificate (.pdf, English)
def s731(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-31", "en")
    no = ctx.number("HO")
    d.number = no
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, v.date, addr=True)
    st = r.choice(["en_dmy", "en_mdy", "en_of"])
    dw = fd(v.date, st)
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    p = Page()
    p.line("EQUIPMENT HANDOVER CERTIFICATE", 15, x=140)
    p.skip(10)
    items = [("Certificate no.", no), ("Customer", cw), ("Site", ctx.addr()), ("Equipment", FAMILIES[u.family][1]), ("Model", mw), ("Serial no.", sw),
             ("Goods delivered", d.od("purchase", u.purchase, fd(u.purchase, st))), ("Commissioned on", dw),
             ("Warranty ends", d.od("warranty_until", u.warranty, fd(u.warranty, st))), ("Work done", a), ("Commissioning engineer", ew)]
    for lab, val in items:
        p.line(lab, 10, x=60, gap=0)
        p.at(220, val, 10, maxw=330)
        p.skip(19)
    p.skip(16)
    p.line("The customer confirms receipt of the equipment in good working order and that operators were trained.", 9, x=60)
    p.line("Accepted by (customer): ____________________      Name: %s" % c.contacts[0], 9, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "Installations/%d" % v.date.year
    d.fname = no
    return d


# S7-32 engineer's installation notes in Markdown (headings per step)
def s732(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-32", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    st = r.choice(["iso", "cn", "dot0"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, None)
    d.top_from_visit()
    lines = ["# 装机记录：%s %s" % (cw, ctx.fam()), "", "## 设备", "", "- 型号：" + mw, "- 出厂编号：" + sw, "",
             "## 到货", "", "到货日期 %s，外箱完好，随机附件齐全。" % d.od("purchase", u.purchase, fd(u.purchase, st)), "",
             "## 安装", "", "安装日期：" + dw + "。" + a + "。", "", "## 培训", "",
             "培训对象：%s 等 %d 人，内容：日常操作、清洁保养、常见报警处理。" % (c.contacts[0], r.randint(2, 6)), "",
             "## 保修", "", "保修截止 %s。" % d.od("warranty_until", u.warranty, fd(u.warranty, st)), "", "—— " + e]
    d.ext = "md"
    d.content = "\n".join(lines) + "\n"
    d.folder = "工程师笔记/%s/装机" % ENG[v.eng].sur
    d.fname = "装机_%s" % u.serial.replace("/", "-")
    return d


# S7-33 Service Visit Report (.pdf, English; SG / MY / HK / MO); next PM as a month only
def s733(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("service_report", "S7-33", "en")
    no = ctx.number("SVR")
    d.number = no
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.5)
    dw = fd(v.date, r.choice(["en_ddmonyy", "en_dmony", "en_dmy3"]))
    ew = ctx.eng(v.eng)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    nm = add_months(v.date, 6)
    p = Page(landscape=True)
    p.line("SERVICE VISIT REPORT", 14, x=60)
    p.line(CO[c.region][0] if c.region in ("sg", "my") else CO_EN, 9, x=60)
    p.skip(8)
    p.line("Report No: " + no, 10, x=60, gap=0)
    p.at(420, "Visit date: " + dw, 10)
    p.skip(18)
    p.line("Customer: " + cw, 10, x=60, gap=0)
    p.at(420, "Visit type: " + vtype(v, "en"), 10)
    p.skip(18)
    if d.prints_address:
        p.line("Address: " + ctx.addr(), 10, x=60)
    p.line("Equipment: %s   Model: %s   S/N: %s" % (FAMILIES[u.family][1], mw, sw), 10, x=60)
    p.skip(6)
    p.line("Checklist", 11, x=60)
    for it, val, ok in checks_rows(ctx, "en"):
        p.line(it, 9, x=70, gap=0)
        p.at(300, val, 9)
        p.at(480, "OK", 9)
        p.skip(15)
    p.line("Remarks: " + a, 10, x=60)
    p.line("Next PM due: %s %d" % (MON[nm.month - 1][:3], nm.year), 10, x=60)
    p.line("Engineer: " + ew + "        Customer signature: ____________", 10, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", True)
    d.folder = "Service Reports/%s/%d" % (c.city_en, v.date.year)
    d.fname = no
    return d
