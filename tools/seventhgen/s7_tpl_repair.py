"""seventhgen: repair templates S7-01 … S7-15."""
import datetime as dt
import re

from s7_base import CO, CO_EN
from s7_forms import fd, cap, CN_STYLES, EN_STYLES, MON3
from s7_families import FAULTS, FAMILIES
from s7_world import ENG
from s7_writers import Page

PARTS_ZH = {"dental_chair": "升降继电器", "ios": "扫描头连接线", "oct": "光纤耦合器", "refractor": "打印头排线", "film_printer": "搓片轮组件",
            "med_display": "背光模组", "endo_washer": "密封圈套件", "cold_room": "交流接触器", "clean_ahu": "中效过滤器", "ev_charger": "枪头电子锁",
            "atm": "出钞皮带", "cnc": "主轴轴承", "plc": "24V开关电源", "pneumatic": "光电传感器"}
PARTS_EN = {"dental_chair": "lift relay", "ios": "tip cable", "oct": "fibre coupler", "refractor": "print head cable", "film_printer": "pick-up roller kit",
            "med_display": "backlight module", "endo_washer": "seal kit", "cold_room": "AC contactor", "clean_ahu": "medium filter", "ev_charger": "connector lock",
            "atm": "dispenser belt", "cnc": "spindle bearing set", "plc": "24 V power supply", "pneumatic": "photo sensor"}


def part_of(ctx):
    """the part named in the visit's catalogue action (更换X…), else the family's wear part"""
    v = ctx.v
    za = FAULTS[ctx.u.family][v.fault][3] if v.fault is not None else ""
    m = re.search(r"更换([^，。、并和及]+)", za)
    return m.group(1) if m else PARTS_ZH[ctx.u.family]


def pn(ctx):
    return "%s-%d%03d" % (ctx.rng.choice(["QH", "SP", "PN"]), ctx.rng.randint(10, 99), ctx.rng.randint(0, 999))


# S7-01 维修费用确认单: Word tables with labels in the first row and values in the second, merged cells
def s701(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-01", "zh-Hans")
    no = "WXQR-%02d%05d" % (v.date.year % 100, v.seq * 7 % 100000)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.5)
    dw = fd(v.date, r.choice(["cn", "cn0", "iso", "cnsp"]))
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    co = CO["cn"]
    rows1 = [[{"t": "客户单位", "bold": True}, {"t": "联系人", "bold": True}, {"t": "服务日期", "bold": True}, {"t": "工单号", "bold": True}],
             [cw, c.contacts[0], dw, no]]
    rows2 = [[{"t": "设备名称", "bold": True}, {"t": "型号", "bold": True}, {"t": "机身编号", "bold": True}, {"t": "保修状态", "bold": True}],
             [ctx.fam(), mw, sw, "□保内 ■保外" if v.date > u.warranty else "■保内 □保外"]]
    blocks = [("h", "维修费用确认单"), ("p", "№ " + no, {"align": "right"}), ("table", rows1), ("table", rows2)]
    if d.prints_address:
        blocks.insert(2, ("p", "客户地址：" + ctx.addr()))
    body = [[{"t": "故障现象", "bold": True}, {"t": f, "span": 3}]]
    if ca:
        body.append([{"t": "检测结果", "bold": True}, {"t": ca, "span": 3}])
    body.append([{"t": "维修内容", "bold": True}, {"t": a, "span": 3}])
    blocks.append(("table", body))
    price = r.randint(3, 60) * 100
    labour = r.choice([300, 400, 500, 600, 800])
    fee = [[{"t": "费用项目", "bold": True}, {"t": "数量", "bold": True}, {"t": "单价（元）", "bold": True}, {"t": "金额（元）", "bold": True}],
           [part_of(ctx), "1", "%d.00" % price, "%d.00" % price],
           ["人工费", "1", "%d.00" % labour, "%d.00" % labour],
           [{"t": "合计（大写）：见金额栏", "span": 3}, "%d.00" % (price + labour)]]
    if v.date <= u.warranty:
        fee.append([{"t": "保修期内，以上费用免收", "span": 4}])
    blocks.append(("table", fee))
    if r.random() < 0.4:
        iw = fd(u.install, "iso" if "-" in dw else "cn")
        blocks.append(("p", "设备装机日期：" + d.od("install", u.install, iw)))
    blocks.append(("p", "服务工程师：%s\t客户确认（签字/盖章）：________" % e))
    blocks.append(("p", "说明：本确认单一式两联，客户确认后作为结算依据。"))
    d.ext = "docx"
    d.content = ("docx", blocks, "%s　%s　服务热线 %s" % co, "表单编号 QH-SF-012 第1版")
    d.folder = "售后服务部/维修费用确认单/%d" % v.date.year
    d.fname = no
    return d


# S7-02 维修结算清单 (.xlsx)
def s702(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-02", "zh-Hans")
    no = "JS%d%04d" % (v.date.year % 100 * 100 + v.date.month, v.seq)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    st = r.choice(["iso", "sl0", "cn"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    pd = ctx.later(v.date, 2, 20)
    pw = d.od("report_printed", pd, fd(pd, st)) if pd > v.date else None
    price = r.randint(2, 45) * 100
    rows = [["维修结算清单", None, None, None], [None], ["结算单号", no, "结算日期", pw or dw],
            ["客户名称", cw, "服务日期", dw], ["设备", ctx.fam(), "规格型号", mw], ["出厂编号", sw, "服务工程师", e],
            ["故障描述", f, None, None]]
    if ca:
        rows.append(["原因", ca, None, None])
    rows += [["处理结果", a, None, None], [None], ["序号", "项目", "数量", "金额"],
             [1, part_of(ctx), 1, price], [2, "上门服务费", 1, 350], [None, "合计", None, price + 350],
             [None], ["备注", "保修期内免收配件费" if v.date <= u.warranty else "请于收到清单后30日内付款", None, None]]
    merges = ["A1:D1"] + ["B%d:D%d" % (i + 1, i + 1) for i, rw in enumerate(rows) if rw and rw[0] in ("故障描述", "原因", "处理结果", "备注")]
    d.ext = "xlsx"
    d.content = ("xlsx", [("结算单", rows, merges, [12, 40, 12, 24])])
    d.folder = "财务/维修结算/%d年" % v.date.year
    d.fname = "结算清单_" + no
    return d


# S7-03 备件申领单 (钉钉审批导出)
def s703(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-03", "zh-Hans")
    no = "SP%02d%06d" % (v.date.year % 100, v.vid * 13 % 1000000)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "sl0"]))
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    t1, t2 = ctx.hm(9, 16), ctx.hm(17, 19)
    mmdd = "%02d-%02d" % (v.date.month, v.date.day)
    lines = ["备件申领单", "审批编号：" + no, "发起人：" + ew, "发起人部门：%s/技术服务组" % CO["cn"][1],
             "提交时间：%s %s" % (dw, t1), "当前状态：已通过", "", "【申领信息】",
             "关联客户：" + cw, "设备类型：" + ctx.fam(), "设备型号：" + mw, "机身号：" + sw,
             "故障描述：" + f]
    if ca:
        lines.append("故障原因：" + ca)
    lines += ["申领备件：%s ×1（物料号 %s）" % (part_of(ctx), pn(ctx)), "领用方式：从区域备件库直接领用",
              "更换情况：" + a, "旧件处理：旧件已贴标签，返回备件库", "",
              "【审批流程】", "%s 发起申请 %s %s" % (ew, mmdd, t1), "仓库管理员 柏静 同意 %s %s" % (mmdd, t2),
              "服务经理 庞经理 同意 %s %s" % (mmdd, t2), "抄送：财务部"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "审批导出/备件申领/%d" % v.date.year
    d.fname = "备件申领_" + no
    return d


# S7-04 服务台交接班记录 (.md)
def s704(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-04", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["cnwk", "cn", "iso"]))
    f, ca, a, e = ctx.entry(d, v, dw, None)
    d.top_from_visit()
    shift = r.choice(["白班 → 夜班", "夜班 → 白班", "早班 → 中班"])
    others = ["400热线来电 %d 个，均已答复或转派" % r.randint(3, 14), "备件库：%s 库存不足，已提采购" % r.choice(list(PARTS_ZH.values())),
              "区域群通知：本周五下午部门例会", "两张工单待客户签字回传", "回访 %d 户，满意 %d 户" % (r.randint(4, 9), r.randint(3, 4))]
    r.shuffle(others)
    lines = ["# 服务台交接班记录", "", "**日期：** " + dw + "　**班次：** " + shift, "",
             "**交班人：** 闵小燕　**接班人：** 柏静", "", "## 一、当班工单", "",
             "| 客户 | 设备 / 机身号 | 事项 | 工程师 | 状态 |", "|---|---|---|---|---|",
             "| %s | %s %s / %s | %s | %s | 已完成 |" % (cw, ctx.fam(), mw, sw, f, e), ""]
    lines.append("> 处理：" + a + ("（原因：" + ca + "）" if ca else ""))
    lines += ["", "## 二、其他事项", ""] + ["- " + o for o in others[:3]] + ["", "## 三、需接班跟进", "", "- 无"]
    d.ext = "md"
    d.content = "\n".join(lines) + "\n"
    d.folder = "服务台/交接班/%d-%02d" % (v.date.year, v.date.month)
    d.fname = "交接班_%d%02d%02d_%d" % (v.date.year, v.date.month, v.date.day, ctx.i)
    return d


OCR_LABEL = {"维修单": "维 修 単", "客户名称": "客 户 名 称", "设备名称": "设 备 名 称", "型号": "型 亏", "机身编号": "机 身 編 号",
             "维修日期": "维 修 日 朗", "故障现象": "故 障 现 象", "原因": "原 因", "处理情况": "处 理 情 況", "工程师": "工 程 师", "客户签字": "客 户 签 孛"}


# S7-05 OCR of a scanned 维修单
def s705(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-05", "zh-Hans")
    no = "N0 %06d" % (v.seq * 37 % 1000000)
    sw, mw = ctx.unit(d, ocr=True)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["cnsp", "cn", "dot"]))
    f, ca, a, e = ctx.entry(d, v, dw, None)
    d.top_from_visit()
    L = OCR_LABEL
    junk = lambda: r.choice(["", " |", " _", " ..", " 丨", "'"])
    lines = ["  " + CO["cn"][0].replace("技", "技 ") + junk(), "        " + L["维修单"] + "      " + no, "",
             L["客户名称"] + " ：" + cw + junk(), L["设备名称"] + " ：" + ctx.fam() + "   " + L["型号"] + "：" + mw,
             L["机身编号"] + " ：" + sw + junk(), L["维修日期"] + " ：" + dw, "",
             L["故障现象"] + "：", f + junk(), ""]
    if ca:
        lines += [L["原因"] + "：" + ca, ""]
    # a broken line: the action on its own line, then a stray wrap of boilerplate
    lines += [L["处理情况"] + "：", a, "（客户对以上处理结果确认无", "误）", "", L["工程师"] + "：" + e + "      " + L["客户签字"] + "：" + r.choice(["", "（签名无法识别）", "~~"]),
              "", "——第 l 页 共 l 页——"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "扫描件/维修单OCR/%d" % v.date.year
    d.fname = "scan_%05d" % (ctx.i * 7 % 100000)
    return d


# S7-06 two-column PDF report: every label in the left column, every value in the right
def s706(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-06", "zh-Hans")
    no = ctx.number("FW")
    d.number = no
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.6)
    st = r.choice(["cn", "iso", "dot0"])
    dw = fd(v.date, st)
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    pairs = [("报告编号", no), ("客户", cw)]
    if d.prints_address:
        pairs.append(("地址", ctx.addr()))
    pairs += [("设备", ctx.fam()), ("型号", mw), ("序列号", sw)]
    if r.random() < 0.5:
        pairs.append(("保修截止", d.od("warranty_until", u.warranty, fd(u.warranty, st))))
    pairs += [("到场日期", dw), ("工程师", e), ("报修内容", f)]
    if ca:
        pairs.append(("故障原因", ca))
    pairs.append(("处理结果", a))
    p = Page()
    p.line(CO["cn"][0] + " 维修服务报告", 15, x=150)
    p.skip(12)
    y0 = p.y
    for lab, _ in pairs:
        p.line(lab + "：", 10, x=60, gap=22)
    p.y = y0
    for _, val in pairs:
        p.line(val, 10, x=230, gap=22, maxw=320)
    p.skip(20)
    pd = ctx.later(v.date, 0, 6)
    p.line("客户签字：______________        打印：" + (d.od("report_printed", pd, fd(pd, st)) if pd > v.date else dw), 9, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "售后服务部/维修报告PDF/%d" % v.date.year
    d.fname = no
    return d


# S7-07 Jira export (.csv)
def s707(ctx):
    import csv, io
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-07", "en")
    key = "FSV-%d" % (1000 + v.vid % 9000)
    d.number = key
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, "jira")
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, key, eng_w=ew)
    d.top_from_visit()
    t1 = "%d:%02d %s" % (r.randint(8, 11), r.randint(0, 59), "AM")
    t2 = "%d:%02d %s" % (r.randint(1, 6), r.randint(0, 59), "PM")
    head = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Assignee", "Reporter", "Created", "Resolved",
            "Custom field (Customer)", "Custom field (Serial Number)", "Custom field (Model)", "Description", "Custom field (Root Cause)", "Comment"]
    row = ["%s – %s" % (FAMILIES[u.family][1], f[:40]), key, str(20000 + v.vid), "Field Repair", "Done", r.choice(["High", "Medium"]),
           ew, r.choice(["Cindy Zhou", "Rachel Hu"]), "%s %s" % (dw, t1), "%s %s" % (dw, t2), cw, sw, mw, f, ca or "",
           "%s;%s;%s" % (dw + " " + t2, ew, a)]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(head)
    wr.writerow(row)
    d.ext = "csv"
    d.content = buf.getvalue()
    d.folder = "exports/jira/FSV"
    d.fname = "jira_%s" % key
    return d


# S7-08 letter by a foreign engineer (Anders Lindqvist writes "3rd of March 2023", Park Jae-won "2023.03.03")
def s708(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-08", "en")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=True)
    st = "dot0" if v.eng == "E19" else r.choice(["en_of", "en_ord"])
    dw = fd(v.date, st)
    ew = ctx.eng(v.eng)
    f, ca, a, e = ctx.entry(d, v, dw, None, plain=True, eng_w=ew)
    d.top_from_visit()
    ld = ctx.later(v.date, 0, 5)
    lw = d.od("report_printed", ld, fd(ld, st)) if ld > v.date else dw
    contact = c.contacts[0]
    lines = [CO_EN, "Field Service", "", lw, "", cw, ctx.addr(), "", "Attn: %s" % contact, "",
             "Re: %s %s, serial number %s" % (FAMILIES[u.family][1], mw, sw), "", "Dear %s," % contact, "",
             "Further to my visit on %s, please find below a short account of what I found and what was done." % dw, "",
             "What the users reported: %s." % f.rstrip(".")]
    if ca:
        lines.append("What I found: %s." % ca.rstrip("."))
    lines += ["What was done: %s." % a.rstrip("."), "",
              "The unit was left in working order. Should the problem come back, please call our hotline and quote the serial number above.", "",
              "Kind regards,", "", ew, "Senior Field Service Engineer, %s" % CO_EN]
    if v.eng == "E18":
        lines.append("(seconded from our Gothenburg office)")
    d.ext = r.choice(["txt", "docx"])
    if d.ext == "docx":
        d.content = ("docx", [("p", l) for l in lines], None, None)
    else:
        d.content = "\n".join(lines) + "\n"
    d.folder = "Correspondence/Engineers/%s" % ENG[v.eng].sur
    d.fname = "letter_%s_%s" % (u.serial.replace("/", "-"), v.date.isoformat())
    return d


# S7-09 Taiwan 維修完工報告 (.docx, merged cells, ROC dates)
def s709(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-09", "zh-Hant")
    no = "TW-R%03d%04d" % (v.date.year - 1911, v.seq)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.5)
    dw = fd(v.date, r.choice(["roc", "roc2", "roc0"]))
    f, ca, a, e = ctx.entry(d, v, dw, no)
    d.top_from_visit()
    iw = d.od("install", u.install, fd(u.install, "rocsl"))
    ww = d.od("warranty_until", u.warranty, fd(u.warranty, "rocsl"))
    rows = [[{"t": "客戶名稱", "bold": True}, {"t": cw, "span": 3}],
            [{"t": "儀器名稱", "bold": True}, ctx.fam(), {"t": "型號", "bold": True}, mw],
            [{"t": "機器序號", "bold": True}, sw, {"t": "裝機日", "bold": True}, iw],
            [{"t": "保固到期", "bold": True}, ww, {"t": "完工日期", "bold": True}, dw],
            [{"t": "故障情形", "bold": True, "vmerge": "restart"}, {"t": f, "span": 3}],
            [{"t": "", "vmerge": "continue"}, {"t": "原因：" + ca if ca else "原因：待觀察", "span": 3}],
            [{"t": "處理說明", "bold": True}, {"t": a, "span": 3}],
            [{"t": "服務類別", "bold": True}, {"t": "□有費服務(A) □合約服務(B) ■免費服務(C)" if v.date <= u.warranty else "■有費服務(A) □合約服務(B) □免費服務(C)", "span": 3}],
            [{"t": "技術員", "bold": True}, e, {"t": "客戶簽章", "bold": True}, ""]]
    if not ca:
        d.visits[-1]["cause"] = None
        d.cause = None
    blocks = [("h", "維修完工報告"), ("p", "單號：" + no, {"align": "right"})]
    if d.prints_address:
        blocks.append(("p", "地址：" + ctx.addr()))
    blocks += [("table", rows), ("p", "本報告一式三聯：白聯客戶存查、黃聯公司存查、紅聯技術員留存。")]
    d.ext = "docx"
    d.content = ("docx", blocks, "%s　%s　免付費專線 %s" % CO["tw"], None)
    d.folder = "台灣分公司/維修報告/%d年" % (v.date.year - 1911)
    d.fname = no
    return d


# S7-10 Hong Kong engineer's Cantonese/English memo
def s710(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-10", "zh-Hant")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date, addr=r.random() < 0.3)
    dw = fd(v.date, r.choice(["en_dmy3", "en_dmy", "cn"]))
    ew = ctx.eng(v.eng)
    fz, cz, az = FAULTS[u.family][v.fault][1:4]
    f, ca, a, e = ctx.entry(d, v, dw, None, plain=True, eng_w=ew)
    d.top_from_visit()
    code = FAULTS[u.family][v.fault][0]
    lines = ["Service memo", "Date: " + dw, "To: Service Desk / 陳姑娘", "From: " + ew, "Re: " + cw + " – " + ctx.fam("zh-Hant") + " " + mw, ""]
    if d.prints_address:
        lines.insert(5, "Site: " + ctx.addr())
    lines += ["今日去咗 %s 睇部機 (S/N %s)。" % (cw, sw),
              "佢哋話：" + f + "，個 display 出 code " + code + "。",
              ("check 完發現係 " + ca + "。") if ca else "暫時搵唔到明顯原因，要再觀察。",
              "已經 " + a + "，user test 咗幾次都 OK。", "",
              "P.S. 收咗 service charge 未？如果係保養期內就唔使收。", "", "Thanks,", ew]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "HK Office/Engineer memos/%d" % v.date.year
    d.fname = "memo_%s_%d" % (v.date.isoformat(), ctx.i)
    return d


# S7-11 Outlook "Save As .txt": tab headers, quoted first mail, signature
def s711(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-11", "en")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    ew = ctx.eng(v.eng, formal=True)
    sent = "%s %d:%02d PM" % (fd(v.date, "en_wkus"), r.randint(4, 7), r.randint(0, 59))
    dw = fd(v.date, "en_wkus")
    f, ca, a, e = ctx.entry(d, v, dw, None, eng_w=ew)
    d.top_from_visit()
    cust_mail = c.contacts[0]
    ref = "SR-%05d" % (v.vid * 3 % 100000)
    d.number = ref
    d.visits[-1]["number"] = ref
    lines = ["From:\t%s <%s@qiheng-service.com>" % (ew, ENG[v.eng].sur.lower().replace(" ", "")),
             "Sent:\t" + sent, "To:\t%s" % cust_mail, "Cc:\tservice.desk@qiheng-service.com",
             "Subject:\tRE: [%s] %s %s – %s" % (ref, FAMILIES[u.family][1], sw, cw), "",
             "Hi %s," % cust_mail.split()[-1], "",
             "I was on site today. Summary for your records:", "", "  Unit:      %s %s, S/N %s" % (FAMILIES[u.family][1], mw, sw),
             "  Complaint: " + f]
    if ca:
        lines.append("  Cause:     " + ca)
    lines += ["  Done:      " + a, "", "Please let me know if anything else comes up.", "", "Best regards,", ew,
              "Field Service Engineer | %s" % CO_EN, "M: +%d %d %04d %04d" % (r.choice([86, 852, 65, 60]), r.randint(130, 199), r.randint(0, 9999), r.randint(0, 9999)),
              "", "________________________________", "From: %s" % cust_mail, "Sent: %s %d:%02d AM" % (dw, r.randint(8, 10), r.randint(0, 59)),
              "To: service.desk@qiheng-service.com", "Subject: %s %s" % (FAMILIES[u.family][1], "not working" if r.random() < 0.5 else "fault"), "",
              "Dear Service,", "", "Our %s (S/N %s) has a problem: %s. Please arrange an engineer today if possible." % (FAMILIES[u.family][1], sw, FAULTS[u.family][v.fault][4]),
              "", "Regards,", cust_mail, cw]
    d.ext = "txt"
    d.content = "\r\n".join(lines) + "\r\n"
    d.crlf_fixed = True
    d.folder = "Mail archive/Service Requests/%d" % v.date.year
    d.fname = "RE %s %s" % (ref, FAMILIES[u.family][1])
    return d


# S7-12 visitor logbook at the customer's guard post, OCR'd (Singapore / Malaysia): the only unmarked d/m/yyyy
def s712(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-12", "en")
    sw, mw = ctx.unit(d, ocr=True)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, "dmy_sl1")
    ew = ctx.eng(v.eng)
    f, ca, a, e = ctx.entry(d, v, dw, None, plain=True, eng_w=ew)
    d.top_from_visit()
    tin, tout = ctx.hm(9, 12), ctx.hm(13, 17)
    pass_no = "V%03d" % r.randint(1, 999)
    lines = ["VISITOR / CONTRACTOR LOG BOOK     pg %d" % r.randint(12, 98), cw, "",
             "Date: " + dw + "     Pass No: " + pass_no, "Name: " + ew + "     Company: " + CO_EN,
             "Time In: " + tin + "   Time 0ut: " + tout, "Purpose of visit: repair " + FAMILIES[u.family][1] + " " + mw,
             "Equipment S/N: " + sw, "", "Work done (contractor to fill):", f + " -"] + (["cause: " + ca] if ca else []) + [a,
             "", "Escorted by: security  /  Host sign: ________", "[stamp unreadable]"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "Scans/Site logbooks/%s" % c.city_en
    d.fname = "logbook_%d" % ctx.i
    return d


# S7-13 企业微信 工作日报 (daily report) export
def s713(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-13", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "cnwk2", "cn"]))
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, None, eng_w=ew)
    d.top_from_visit()
    lines = ["【工作汇报】日报", "汇报人：" + ew, "汇报日期：" + dw, "所在部门：" + CO["cn"][1], "",
             "今日完成工作：", "1. %s %s %s（%s）上门维修：%s。" % (cw, ctx.fam(), mw, sw, f)]
    if ca:
        lines.append("   原因：" + ca)
    lines += ["   处理：" + a, "2. 整理%s备件，补录出入库。" % r.choice(["区域", "车载"]), "3. 回复客户微信咨询 %d 条。" % r.randint(2, 9), "",
              "未完成工作：无", "需协调事项：" + r.choice(["无", "下周需要一台备用机", "申请补充%s两件" % r.choice(list(PARTS_ZH.values()))]), "",
              "接收人：庞经理、葛主管", "已读 %d 人" % r.randint(1, 5)]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "企业微信/汇报导出/%s" % ENG[v.eng].sur
    d.fname = "日报_%d_%d" % (v.vid, ctx.i)
    return d


# S7-14 RMA / return-to-depot form (.pdf, English)
def s714(ctx):
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-14", "en")
    rma = "RMA%02d-%05d" % (v.date.year % 100, v.vid * 11 % 100000)
    d.number = rma
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, v.date, addr=True)
    st = r.choice(["en_dmy3", "en_ddmonyy", "en_dmony"])
    dw = fd(v.date, st)
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, rma, eng_w=ew)
    d.top_from_visit()
    p = Page()
    p.line("RETURN MATERIAL AUTHORISATION / DEPOT REPAIR", 14, x=90)
    p.line(CO_EN + "  ·  Central Repair Depot", 9, x=90)
    p.skip(10)
    for lab, val in [("RMA no.", rma), ("Customer", cw), ("Ship-from address", ctx.addr()), ("Product", FAMILIES[u.family][1]),
                     ("Model", mw), ("Serial no.", sw), ("Warranty", "In warranty" if v.date <= u.warranty else "Out of warranty – chargeable"),
                     ("Reported failure", f), ("Depot findings", ca or "No fault found on the returned module; replaced as a precaution"),
                     ("Repair action", a), ("Repaired and tested on", dw), ("Repaired by", ew), ("Return shipment", "courier, tracking %s" % ("SF%d" % r.randint(10**11, 10**12 - 1)))]:
        p.line(lab, 10, x=60, gap=0)
        p.at(200, val, 10, maxw=350)
        p.skip(20)
    if not ca:
        d.visits[-1]["cause"] = None
        d.cause = None
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "Depot/RMA/%d" % v.date.year
    d.fname = rma
    return d


# S7-15 用友U8 服务单 export (.csv)
def s715(ctx):
    import csv, io
    c, u, v, r = ctx.c, ctx.u, ctx.v, ctx.rng
    d = ctx.new("repair", "S7-15", "zh-Hans")
    no = "0000%06d" % (v.vid * 17 % 1000000)
    d.number = no
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, v.date)
    dw = fd(v.date, r.choice(["iso", "sl"]))
    ew = ctx.eng(v.eng, formal=True)
    f, ca, a, e = ctx.entry(d, v, dw, no, eng_w=ew)
    d.top_from_visit()
    head = ["单据号", "单据日期", "客户编码", "客户名称", "存货编码", "存货名称", "规格型号", "序列号", "服务类型", "故障现象", "故障原因", "处理结果", "服务人员", "收费标志"]
    row = [no, dw, "%s%04d" % (c.region.upper(), int(c.id[2:]) * 7), cw, "0%d.%03d" % (r.randint(10, 99), r.randint(0, 999)), ctx.fam(), mw, sw,
           "上门维修", f, ca or "", a, ew, "免费" if v.date <= u.warranty else "收费"]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(head)
    wr.writerow(row)
    d.ext = "csv"
    d.content = buf.getvalue()
    d.folder = "ERP导出/U8服务单"
    d.fname = "服务单_%s" % no
    return d
