# -*- coding: utf-8 -*-
"""ninthgen templates NINE-01 … NINE-73. Each returns (content) for its format:
txt/md -> str; csv -> rows; xlsx -> [(sheet, rows)]; docx -> (blocks, footer); pdf -> lines."""
import datetime as dt

import n9_data as D
from n9_forms import (ZH_FORMS, TW_FORMS, EN_FORMS, TYPE_ZH, TYPE_EN, fault_text, cause_text, action_text,
                      eng_form, fmt_date, MON_EN)
from n9_zh import to_hant
from n9_world import iso, pdate

TEMPLATES = {}


def T(tid, kind, lang, regions, fmt, weight, desc):
    def deco(f):
        TEMPLATES[tid] = dict(id=tid, kind=kind, lang=lang, regions=regions, fmt=fmt, weight=weight, desc=desc, f=f)
        return f
    return deco


ALL = ("cn", "tw", "hk", "au", "nz", "us")
DEPT_OF = {}
for _d, _fs in D.DEPT_FAMILY.items():
    for _f in _fs:
        DEPT_OF.setdefault(_f, _d)


def days(d, n):
    return d + dt.timedelta(days=n)


def later(c, d, lo, hi):
    return days(d, c.r.randint(lo, hi))


def en_forms(c):
    """English date forms for the customer's region (numeric only with a marker, added by the template)."""
    return EN_FORMS


def hant(c, s):
    return to_hant(s, c.region)


def usedept(c):
    return DEPT_OF.get(c.unit["family"], "设备科")


def month_zh(d):
    return "%d年%d月" % (d.year, d.month)


def month_en(d):
    return "%s %d" % (MON_EN[d.month - 1][:3], d.year)


# =============================================================== REPAIR
@T("01", "repair", "zh-Hans", ("cn",), "docx", 8, "院内设备科《医疗设备维修记录单》Word 表格, 报修时间无年份, 装机/保修日期, 表单编号页脚")
def t01(c):
    ev = c.ev
    f = c.r.choice(ZH_FORMS)
    v = c.visit(ev, f, number_fmt="WX{n}")
    c.top_from(v)
    rows = [["使用科室", usedept(c), "设备名称", c.famname()],
            ["规格型号", c.model(), "出厂编号", c.serial()]]
    if c.r.random() < 0.6:
        rows.append(["装机日期", c.other("install", c.unit["install_date"], f), "保修期至",
                     c.other("warranty_until", c.unit["warranty_until"], f)])
    call = days(ev["date"], -c.r.randint(0, 2))
    rows += [["报修时间", "%02d-%02d %02d:%02d" % (call.month, call.day, c.r.randint(7, 17), c.r.randint(0, 59)),
              "维修日期", v["date_as_written"]],
             ["故障现象", v["fault"]], ["原因分析", v["cause"] or "—"], ["处理措施", v["action"]],
             ["厂家工程师", v["engineer"], "科室验收", "（签字）"], ["维修单号", v["number"]]]
    blocks = [("h", c.cname() + " 医疗设备维修记录单"), ("t", rows),
              ("p", "备注：请科室验收后交设备科存档。")]
    return blocks, "表单编号：SBK-WX-03　第%d版" % c.r.randint(2, 5)


REL_ZH = [(0, "当天下午"), (1, "次日上午"), (1, "次日"), (2, "隔天"), (2, "两天后")]
REL_ZH_FIX = {"隔天": 2}


@T("02", "repair", "zh-Hans", ("cn",), "txt", 6, "设备科维修情况说明：'3月14日接到放射科电话…次日上午到场'，到场日须从叙述推算, 报告日期定年份")
def t02(c):
    ev = c.ev
    k, rel = c.r.choice([(0, "当天下午"), (1, "次日上午"), (1, "次日"), (2, "两天后")])
    call = days(ev["date"], -k)
    v = c.visit(ev, None, number_fmt=None, use_span=False, date_w=rel)
    c.top_from(v)
    pr = later(c, ev["date"], 1, 9)
    f = c.r.choice(["cn_ymd", "iso", "cn_ymd0"])
    lines = ["维修情况说明", "", "报告日期：" + c.other("report_printed", pr, f), "",
             "%d月%d日接到%s电话，%s的%s（型号%s，出厂编号%s）故障：%s。" % (
                 call.month, call.day, usedept(c), c.cname(on=ev["date"]), c.famname(), c.model(), c.serial(), v["fault"]),
             "%s%s%s到场检查%s，%s。" % (c.r.choice(["厂家工程师", "澄衡", "厂家"]), v["engineer"], rel, ("，确认为" + v["cause"]) if v["cause"] else "", v["action"]),
             "", "设备科 " + c.r.choice(["邱科长", "殷工", "吕干事"])]
    return "\n".join(lines) + "\n"


@T("03", "repair", "zh-Hans", ("cn",), "csv", 7, "泛微OA《设备报修流程》导出 CSV, 到场日期 + 完工时间")
def t03(c):
    ev = c.ev
    f = c.r.choice(["slash0", "iso", "slash"])
    v = c.visit(ev, f, number_fmt="WX-OA{n}", use_span=False)
    c.top_from(v)
    done = fmt_date(ev["date"], "iso") + " %02d:%02d" % (c.r.randint(10, 18), c.r.randint(0, 59))
    head = ["流程编号", "申请单位", "申请科室", "设备名称", "规格型号", "出厂编号", "故障描述", "维修厂家", "厂家工程师",
            "到场日期", "完工时间", "原因分析", "维修结果", "流程状态"]
    row = [v["number"], c.cname(on=ev["date"]), usedept(c), c.famname(), c.model(), c.serial(), v["fault"],
           D.COMPANY["cn"], v["engineer"], v["date_as_written"], done, v["cause"] or "", v["action"], "已归档"]
    return [head, row]


@T("04", "repair", "zh-Hans", ("cn",), "xlsx", 7, "售后宝工单导出 (工单列表 + 配件 两个工作表), 完成时间带时分")
def t04(c):
    ev = c.ev
    f = c.r.choice(["slash0", "iso"])
    dw = fmt_date(ev["date"], f)
    v = c.visit(ev, None, number_fmt="SHB{n}", use_span=False, date_w=dw)
    c.top_from(v)
    head = ["工单编号", "客户名称", "联系人", "产品名称", "产品型号", "序列号", "服务类型", "故障描述", "故障原因",
            "处理结果", "服务工程师", "完成时间", "客户评价"]
    row = [v["number"], c.cname(on=ev["date"]), c.r.choice(D.CONTACTS_CN), c.famname(), c.model(), c.serial(), "维修",
           v["fault"], v["cause"] or "", v["action"], v["engineer"], "%s %02d:%02d" % (dw, c.r.randint(9, 18), c.r.randint(0, 59)),
           c.r.choice(["五星", "四星", "满意"])]
    parts = [["工单编号", "配件名称", "数量", "是否保内"], [v["number"], c.r.choice(["主板", "电源模块", "传感器", "线缆", "—"]), 1,
                                                      "是" if ev["date"] <= pdate(c.unit["warranty_until"]) else "否"]]
    return [("工单列表", [head, row]), ("配件", parts)]


@T("05", "repair", "zh-Hans", ("cn",), "txt", 6, "飞书群机器人【维修完工通知】, 完工日期带星期")
def t05(c):
    ev = c.ev
    v = c.visit(ev, c.r.choice(["cn_wk", "cn_wk2", "slash_wk"]), number_fmt="FS{n}")
    c.top_from(v)
    lines = ["澄衡售后助手  机器人", "【维修完工通知】", "客户：" + c.cname(on=ev["date"]),
             "设备：%s %s" % (c.famname(), c.model()), "序列号：" + c.serial(), "故障：" + v["fault"]]
    if v["cause"]:
        lines.append("原因：" + v["cause"])
    lines += ["处理：" + v["action"], "工程师：@" + v["engineer"], "完工日期：" + v["date_as_written"],
              "工单号：" + v["number"], "—— 请相关同事及时回访 ——"]
    return "\n".join(lines) + "\n"


@T("06", "repair", "zh-Hans", ("cn",), "md", 5, "工程师 Joplin 笔记导出 Markdown：YAML 头 date:, 标签, 当日行程")
def t06(c):
    ev = c.ev
    v = c.visit(ev, "iso", number_fmt=None, use_span=False)
    c.top_from(v)
    lines = ["---", "date: " + v["date_as_written"], "tags: [维修, %s]" % c.unit["family"], "engineer: " + v["engineer"], "---",
             "", "## 上午 " + c.cname(on=ev["date"]), "", "- 设备：%s，型号 %s，S/N %s" % (c.famname(), c.model(), c.serial()),
             "- 现象：" + v["fault"]]
    if v["cause"]:
        lines.append("- 原因：" + v["cause"])
    lines += ["- 处理：" + v["action"], "- [x] 科室签字", "- [ ] 旧件寄回", "", "## 下午", "", "- 整理报告，路上约两小时"]
    return "\n".join(lines) + "\n"


@T("07", "repair", "zh-Hans", ("cn",), "pdf", 7, "公司《维修服务确认书》PDF：报告编号, 地址, 服务日期(可为区间), 下次保养, 打印日期")
def t07(c):
    ev = c.ev
    f = c.r.choice(ZH_FORMS)
    v = c.visit(ev, f, number_fmt="RS{n}")
    c.top_from(v)
    lines = [D.COMPANY["cn"], "维修服务确认书", "确认书编号：" + v["number"], "客户名称：" + c.cname(on=ev["date"]),
             "地址：" + c.cust["addr"], "设备名称：" + c.famname(), "型号：" + c.model(), "序列号：" + c.serial(),
             "服务日期：" + v["date_as_written"], "故障现象：" + v["fault"], "检查情况：" + (v["cause"] or "未见明显异常"),
             "处理措施：" + v["action"]]
    prev = [e for e in c.w.unit_events(c.unit) if e["date"] < ev["date"] and e["type"] == "pm"]
    if prev and c.r.random() < 0.6:
        lines.append("上次保养：" + month_zh(prev[-1]["date"]))
    if c.r.random() < 0.5:
        lines.append("下次保养：" + c.other("follow_up", later(c, ev["date"], 60, 180), f))
    lines += ["服务工程师：" + v["engineer"], "客户签字：__________", "",
              "打印日期：" + c.other("report_printed", later(c, ev["date"], 0, 5), f)]
    return lines


@T("08", "repair", "en", ALL, "txt", 6, "engineer's e-mail narrative 'On 14 March the ward called … I attended the following morning'; visit worked out, Date: header gives the year")
def t08(c):
    ev = c.ev
    k, rel = c.r.choice([(0, "the same afternoon"), (1, "the following morning"), (1, "the next day"), (2, "two days later")])
    call = days(ev["date"], -k)
    v = c.visit(ev, None, number_fmt=None, use_span=False, date_w=rel)
    c.top_from(v)
    sent = later(c, ev["date"], 0, 6)
    callw = ("%s %d" % (MON_EN[call.month - 1], call.day)) if c.region == "us" else ("%d %s" % (call.day, MON_EN[call.month - 1]))
    lines = ["From: %s" % v["engineer"], "To: service-admin@chengheng-med.example", "Date: " + c.other("report_printed", sent, c.r.choice(["wk_en", "d_month_y", "mon_d_y"])),
             "Subject: %s – %s %s repair" % (c.cname(on=ev["date"]), c.model(), c.serial()), "",
             "Hi team,", "",
             "On %s the %s called about the %s: %s." % (callw, c.r.choice(["ward", "imaging department", "biomed office", "clinic"]), c.famname(), v["fault"]),
             "I attended %s." % rel + ((" Found: " + v["cause"] + ".") if v["cause"] else ""),
             "Work done: " + v["action"] + ".", "", "Regards,", v["engineer"]]
    return "\n".join(lines) + "\n"


@T("09", "repair", "en", ("us",), "pdf", 10, "US FIELD SERVICE WORK ORDER PDF, 'Dates: MM/DD/YYYY', warranty expiry")
def t09(c):
    ev = c.ev
    f = c.r.choice(["mdy_slash", "mdy2"])
    v = c.visit(ev, f, number_fmt="FSWO-{n}", use_span=False)
    c.top_from(v)
    lines = [D.COMPANY["en"], "FIELD SERVICE WORK ORDER", "Dates: MM/DD/YYYY", "Work Order: " + v["number"],
             "Customer: " + c.cname(on=ev["date"]), "Site address: " + c.cust["addr"],
             "Equipment: %s   Model: %s" % (c.famname(), c.model()), "Serial Number: " + c.serial(),
             "Warranty Exp.: " + c.other("warranty_until", c.unit["warranty_until"], "mdy_slash"),
             "Service Date: " + v["date_as_written"], "Complaint: " + v["fault"], "Root cause: " + (v["cause"] or "n/a"),
             "Corrective action: " + v["action"], "Field Engineer: " + v["engineer"], "Customer signature: ______________"]
    return lines


@T("10", "repair", "en", ("au", "nz", "hk"), "docx", 10, "Australian-style Service Job Sheet, 'Date (dd/mm/yyyy)', travel/labour hours")
def t10(c):
    ev = c.ev
    v = c.visit(ev, c.r.choice(["dmy_slash", "dmy2"]), number_fmt="JS{n}", use_span=False)
    c.top_from(v)
    rows = [["Job No.", v["number"], "Date (dd/mm/yyyy)", v["date_as_written"]],
            ["Site", c.cname(on=ev["date"])], ["Equipment", c.famname()], ["Model", c.model()],
            ["Serial", c.serial()], ["Problem reported", v["fault"]], ["Diagnosis", v["cause"] or "No fault found on arrival"],
            ["Work performed", v["action"]], ["Technician", v["engineer"]],
            ["Travel (h)", "%.1f" % (c.r.randint(1, 6) / 2), "Labour (h)", "%.1f" % (c.r.randint(2, 12) / 2)]]
    return [("h", "SERVICE JOB SHEET"), ("p", D.COMPANY["en_intl"]), ("t", rows)], "Customer copy – white / Office copy – yellow"


@T("11", "repair", "zh-Hant", ("tw",), "docx", 10, "醫療儀器維修單 (Taiwan), 民國日期, 財產編號, 報修時間無年份, 保固期限")
def t11(c):
    ev = c.ev
    f = c.r.choice(TW_FORMS)
    v = c.visit(ev, f, number_fmt="TW{n}")
    c.top_from(v)
    call = days(ev["date"], -c.r.randint(0, 2))
    rows = [["使用單位", c.cname(on=ev["date"])], ["儀器名稱", c.famname(), "廠牌型號", c.model()],
            ["機身序號", c.serial(), "財產編號", "%d-%05d" % (c.r.randint(3010101, 3019999), c.r.randint(1, 99999))],
            ["報修時間", "%d/%d %02d:%02d" % (call.month, call.day, c.r.randint(8, 17), c.r.randint(0, 59)), "維修日期", v["date_as_written"]],
            ["故障情形", v["fault"]], ["原因", v["cause"] or "—"], ["處理情形", v["action"]],
            ["保固期限", c.other("warranty_until", c.unit["warranty_until"], f)],
            ["維修工程師", v["engineer"], "單號", v["number"]]]
    return [("h", "醫療儀器維修單"), ("p", D.COMPANY["tw"]), ("t", rows), ("p", "服務類別：□保固內 □合約 □計次收費")], "一式二聯：白聯客戶　黃聯公司"


@T("12", "repair", "zh-Hant", ("hk",), "txt", 10, "香港 維修服務紀錄 REPAIR SERVICE RECORD, '日期（日/月/年）' 15-03-2024")
def t12(c):
    ev = c.ev
    v = c.visit(ev, c.r.choice(["dmy_dash", "dmy_slash"]), number_fmt="HKR{n}", use_span=False)
    c.top_from(v)
    lines = [D.COMPANY["hk"], "維修服務紀錄 REPAIR SERVICE RECORD", "", "報告編號 Report No.: " + v["number"],
             "日期（日/月/年）Date: " + v["date_as_written"], "客戶 Customer: " + c.cname(on=ev["date"]),
             "儀器 Equipment: %s  型號 Model: %s" % (c.famname(), c.model()), "序號 S/N: " + c.serial(),
             "故障 Fault: " + v["fault"], "原因 Cause: " + (v["cause"] or "—"), "處理 Action: " + v["action"],
             "工程師 Engineer: " + v["engineer"], "", "客戶簽署 Customer signature: ________"]
    return "\n".join(lines) + "\n"


@T("13", "repair", "en", ALL, "csv", 8, "field-service platform work-order export, ISO date-time 'Actual Start'")
def t13(c):
    ev = c.ev
    v = c.visit(ev, "iso_t", number_fmt="WO-{n}", use_span=False)
    c.top_from(v)
    head = ["Work Order", "Account", "Asset Serial", "Product", "Subject", "Root Cause", "Resolution", "Technician",
            "Actual Start", "Status"]
    return [head, [v["number"], c.cname(on=ev["date"]), c.serial(), c.model(), v["fault"], v["cause"] or "",
                   v["action"], v["engineer"], v["date_as_written"], "Closed"]]


@T("14", "repair", "zh-Hans", ("cn",), "txt", 5, "飞书多维表格记录复制 '字段：值', 日期 2024/3/15 周五")
def t14(c):
    ev = c.ev
    v = c.visit(ev, "slash_wk", number_fmt="REC{n}", use_span=False)
    c.top_from(v)
    lines = ["记录 " + v["number"], "客户：" + c.cname(on=ev["date"]), "设备型号：" + c.model(), "SN：" + c.serial(),
             "上门日期：" + v["date_as_written"], "问题描述：" + v["fault"], "原因：" + (v["cause"] or ""),
             "解决方案：" + v["action"], "负责人：" + v["engineer"], "状态：已解决"]
    return "\n".join(lines) + "\n"


@T("15", "repair", "zh-Hans", ("cn",), "txt", 6, "手填《上门服务登记单》扫描转录：☑/□ 勾选框, 下划线空格, '2024 年 3 月 15 日' 带空格, 到达/离开时间")
def t15(c):
    ev = c.ev
    v = c.visit(ev, "cn_space", number_fmt="No.{n}", use_span=False)
    c.top_from(v)
    h = c.r.randint(8, 15)
    box = lambda on: "☑" if on else "□"
    wty = ev["date"] <= pdate(c.unit["warranty_until"])
    lines = [D.COMPANY["cn"] + "　上门服务登记单", "                                      " + v["number"], "",
             "用户单位：__%s__" % c.cname(on=ev["date"]),
             "设备名称：__%s__　型号：__%s__" % (c.famname(), c.model()), "机身编号：__%s__" % c.serial(),
             "服务类别：%s维修　□保养　□安装　□培训" % box(True), "收费类别：%s保修　%s合同　%s收费" % (box(wty), box(not wty and c.unit["_contract"]), box(not wty and not c.unit["_contract"])),
             "服务日期：%s　到达 %d:%02d　离开 %d:%02d" % (v["date_as_written"], h, c.r.randint(0, 59), h + 2, c.r.randint(0, 59)),
             "故障描述：" + v["fault"]]
    if v["cause"]:
        lines.append("故障原因：" + v["cause"])
    lines += ["处理结果：" + v["action"], "工程师：" + v["engineer"] + "　　　用户签字：（已签）", "",
              "（本单一式三联：白联存根 红联用户 黄联财务）"]
    return "\n".join(lines) + "\n"


# =============================================================== SERVICE REPORTS
CHECK_ZH = ["外观及附件", "电源及接地", "报警功能", "参数准确性", "机械部件", "软件及日志", "清洁除尘"]
CHECK_EN = ["Visual inspection", "Mains and earth", "Alarms", "Parameter accuracy", "Mechanics", "Software and logs", "Cleaning"]


@T("20", "service_report", "zh-Hans", ("cn",), "xlsx", 11, "预防性维护/检测记录 Excel 检查表, 下次保养为日期或月份")
def t20(c):
    ev = c.ev
    f = c.r.choice(ZH_FORMS)
    v = c.visit(ev, f, number_fmt="PM{n}")
    c.top_from(v)
    rows = [["%s 服务记录表" % TYPE_ZH[ev["type"]]], ["客户", c.cname(on=ev["date"])], ["设备", c.famname(), "型号", c.model()],
            ["序列号", c.serial(), "单号", v["number"]], ["服务日期", v["date_as_written"], "工程师", v["engineer"]], [],
            ["检查项目", "结果", "备注"]]
    for it in c.r.sample(CHECK_ZH, 5):
        rows.append([it, "√", ""])
    rows.append(["工作内容", v["action"]])
    nd = later(c, ev["date"], 150, 200)
    if c.r.random() < 0.5:
        rows.append(["下次保养", c.other("follow_up", nd, f)])
    else:
        rows.append(["下次保养", month_zh(nd)])
    return [("记录", rows)]


@T("21", "service_report", "zh-Hans", ("cn",), "pdf", 9, "医疗设备性能与安全检测报告 PDF：检测日期, 报告日期, 下次检测日期, 测量表")
def t21(c):
    ev = c.ev
    f = c.r.choice(["cn_ymd", "cn_ymd0", "iso"])
    v = c.visit(ev, f, number_fmt="QC{n}", use_span=False)
    c.top_from(v)
    lines = ["医疗设备性能与安全检测报告", "报告编号：" + v["number"], "委托单位：" + c.cname(on=ev["date"]),
             "设备名称：" + c.famname(), "型号规格：" + c.model(), "出厂编号：" + c.serial(),
             "检测日期：" + v["date_as_written"], "检测依据：WS/T 系列及厂家技术要求", "",
             "检测项目            标准要求        实测        结论"]
    for it in ("电气安全 对地漏电流", "保护接地电阻", "功能及报警"):
        lines.append("%-16s  符合要求        %s        合格" % (it, c.r.choice(["0.06 Ω", "42 μA", "正常"])))
    lines += ["", "检测结论：" + v["action"], "检测人：" + v["engineer"],
              "报告日期：" + c.other("report_printed", later(c, ev["date"], 1, 8), f),
              "下次检测日期：" + c.other("follow_up", later(c, ev["date"], 330, 365), f)]
    return lines


@T("22", "service_report", "zh-Hans", ("cn",), "docx", 30, "到货安装验收单 Word：到货日期, 安装日期(多日区间), 保修期至, 验收结论")
def t22(c):
    ev = c.ev
    f = c.r.choice(["cn_ymd", "iso", "cn_ymd0"])
    v = c.visit(ev, f, number_fmt="AZ{n}")
    c.top_from(v)
    rows = [["用户单位", c.cname(on=ev["date"])], ["设备名称", c.famname(), "型号", c.model()], ["出厂编号", c.serial(), "合同号", "HT-%d" % c.r.randint(20000, 99999)],
            ["到货日期", c.other("purchase", c.unit["purchase_date"], f), "安装日期", v["date_as_written"]],
            ["保修期至", c.other("warranty_until", c.unit["warranty_until"], f)],
            ["安装内容", v["action"]], ["安装工程师", v["engineer"], "验收单号", v["number"]], ["验收结论", "合格，同意交付使用"]]
    return [("h", "医疗设备到货安装验收单"), ("t", rows), ("p", "用户签字：            厂家签字：")], None


@T("23", "service_report", "en", ("au", "nz", "hk"), "docx", 12, "Planned Maintenance Service Sheet (dd/mm/yyyy marked), next service as a month")
def t23(c):
    ev = c.ev
    v = c.visit(ev, c.r.choice(["dmy_slash", "dmy2"]), number_fmt="PMR-{n}", use_span=False)
    c.top_from(v)
    rows = [["Report No.", v["number"]], ["Customer", c.cname(on=ev["date"])], ["Equipment", c.famname()],
            ["Model", c.model()], ["Serial No.", c.serial()], ["Visit date (dd/mm/yyyy)", v["date_as_written"]],
            ["Service type", TYPE_EN[ev["type"]]], ["Work carried out", v["action"]], ["Engineer", v["engineer"]],
            ["Next service due", month_en(later(c, ev["date"], 170, 200))]]
    prev = [e for e in c.w.unit_events(c.unit) if e["date"] < ev["date"]]
    if prev:
        rows.insert(7, ["Previous visit", month_en(prev[-1]["date"])])
    chk = [["Check", "Pass/Fail"]] + [[x, "Pass"] for x in c.r.sample(CHECK_EN, 4)]
    return [("h", "PLANNED MAINTENANCE SERVICE SHEET"), ("t", rows), ("t", chk)], D.COMPANY["en_intl"]


@T("24", "service_report", "en", ALL, "txt", 7, "Electrical Safety Test Record (IEC 62353), Next test due date")
def t24(c):
    ev = c.ev
    f = c.r.choice(EN_FORMS)
    if c.region in ("au", "nz", "hk") and c.r.random() < 0.3:
        f = "dmy_plain"
    v = c.visit(ev, f, number_fmt="EST{n}", use_span=False)
    c.top_from(v)
    lines = ["ELECTRICAL SAFETY TEST RECORD – IEC 62353", "", "Record: " + v["number"], "Customer: " + c.cname(on=ev["date"]),
             "Device: %s, model %s" % (c.famname(), c.model()), "S/N: " + c.serial(), "Test date: " + v["date_as_written"],
             "Visit type: " + TYPE_EN[ev["type"]], "",
             "Protective earth resistance ..... %.2f ohm  PASS" % (c.r.randint(3, 19) / 100),
             "Equipment leakage (alt.) ........ %d uA    PASS" % c.r.randint(20, 180),
             "Insulation resistance ........... >200 Mohm PASS", "",
             "Notes: " + v["action"], "Tested by: " + v["engineer"],
             "Next test due: " + c.other("follow_up", later(c, ev["date"], 330, 366), f)]
    return "\n".join(lines) + "\n"


@T("25", "service_report", "zh-Hant", ("tw",), "xlsx", 12, "預防保養檢查表 (Taiwan) 民國日期, 下次保養日")
def t25(c):
    ev = c.ev
    f = c.r.choice(TW_FORMS)
    v = c.visit(ev, f, number_fmt="TWP{n}")
    c.top_from(v)
    rows = [["預防保養檢查表"], ["醫院", c.cname(on=ev["date"])], ["儀器", c.famname(), "型號", c.model()],
            ["序號", c.serial()], ["保養日期", v["date_as_written"], "工程師", v["engineer"]], ["工作內容", v["action"]],
            ["下次保養日", c.other("follow_up", later(c, ev["date"], 150, 190), f)], ["單號", v["number"]]]
    return [("保養", rows)]


@T("26", "service_report", "zh-Hans", ("cn",), "txt", 8, "软件升级 / 设备迁移 / 现场服务记录 纯文本; 移机写原使用单位(旧户注册名)与新使用单位")
def t26(c):
    ev = c.ev
    f = c.r.choice(ZH_FORMS)
    v = c.visit(ev, f, number_fmt="FW{n}")
    c.top_from(v)
    title = {"upgrade": "软件升级记录", "relocation": "设备迁移记录"}.get(ev["type"], "现场服务记录")
    lines = [title, "=" * 12, "单号：" + v["number"]]
    if ev["type"] == "relocation":
        mv = [m for m in c.unit["moves"] if m["date"] == iso(ev["date"])][0]
        old = c.w.cust[mv["from"]]
        lines += ["原使用单位：" + old["name"] + (old["dept"] and " " + old["dept"] or ""),
                  "新使用单位：" + c.cname(on=ev["date"])]
    else:
        lines.append("客户：" + c.cname(on=ev["date"]))
    lines += ["设备：%s  型号：%s  序列号：%s" % (c.famname(), c.model(), c.serial()), "日期：" + v["date_as_written"],
              "内容：" + v["action"], "工程师：" + v["engineer"], "", "客户确认：__________"]
    return "\n".join(lines) + "\n"


@T("27", "service_report", "en", ALL, "md", 8, "service-desk visit summary in Markdown, field table, 'Visit window' (ranges)")
def t27(c):
    ev = c.ev
    v = c.visit(ev, c.r.choice(["d_mon_y", "d_month_y", "mon_d_y", "iso"]), number_fmt="SVC-{n}")
    c.top_from(v)
    lines = ["# Visit summary " + v["number"], "", "| Field | Value |", "|---|---|", "| Account | %s |" % c.cname(on=ev["date"]),
             "| Asset | %s %s |" % (c.famname(), c.model()), "| Serial | %s |" % c.serial(), "| Visit window | %s |" % v["date_as_written"],
             "| Type | %s |" % TYPE_EN[ev["type"]], "| Engineer | %s |" % v["engineer"], "", "**Work performed:** " + v["action"], ""]
    return "\n".join(lines)


@T("28", "service_report", "zh-Hans", ("cn",), "csv", 8, "售后宝派工导出 CSV: 服务时间 '2024-03-05 09:00~11:30'")
def t28(c):
    ev = c.ev
    dw = fmt_date(ev["date"], "iso")
    v = c.visit(ev, None, number_fmt="PG{n}", use_span=False, date_w=dw)
    c.top_from(v)
    h1 = c.r.randint(8, 13)
    head = ["派工单号", "客户", "服务类型", "产品型号", "序列号", "服务时间", "服务内容", "服务人员", "回单状态"]
    return [head, [v["number"], c.cname(on=ev["date"]), TYPE_ZH[ev["type"]], c.model(), c.serial(),
                   "%s %02d:00~%02d:30" % (dw, h1, h1 + 2), v["action"], v["engineer"], "已回单"]]


@T("29", "service_report", "zh-Hant", ("hk",), "pdf", 10, "香港 保養工作紀錄 MAINTENANCE WORKSHEET PDF, '日期 Date (DD/MM/YYYY)'")
def t29(c):
    ev = c.ev
    v = c.visit(ev, "dmy_slash", number_fmt="HKM{n}", use_span=False)
    c.top_from(v)
    lines = [D.COMPANY["hk"], "保養工作紀錄 MAINTENANCE WORKSHEET", "編號 No.: " + v["number"],
             "日期 Date (DD/MM/YYYY): " + v["date_as_written"], "客戶 Customer: " + c.cname(on=ev["date"]),
             "儀器 Equipment: " + c.famname(), "型號 Model: " + c.model(), "序號 Serial: " + c.serial(),
             "工作內容 Work done: " + v["action"], "工程師 Engineer: " + v["engineer"], "客戶簽署 Signature: ________"]
    return lines


# =============================================================== COMPLAINTS
def comp_common(c, fforms, numfmt=None):
    cp = c.cp
    fam = c.unit["family"]
    recv = c.date(cp["date"], fforms)
    c.t["visit_date"] = iso(cp["date"])
    c.t["visit_date_as_written"] = recv
    ftxt = fault_text(fam, cp["fault"], c.lang, c.region, c.r)
    c.t["fault"] = ftxt
    c.t["engineer_id"] = cp["handler"] if not cp["visit"] else cp["visit"]["engineer"]
    c.t["engineer"] = eng_form(c.t["engineer_id"], c.r, c.lang, c.region)
    v = None
    if cp["visit"]:
        ev = cp["visit"]
        v = c.visit(ev, fforms, number_fmt=numfmt, use_span=False)
        v["fault"] = ftxt
        v["cause"] = None
        v["engineer"] = c.t["engineer"]
        c.t["action"] = v["action"]
    else:
        f = D.FAULTS[fam][cp["fault"]]
        if c.lang == "en":
            c.t["action"] = c.r.choice(["Talked the user through a restart and checked the settings by phone", "Remote session: settings restored, user confirmed OK"])
        else:
            s = c.r.choice(["电话指导科室重启并检查设置，恢复正常", "远程协助恢复参数设置，科室确认正常"])
            c.t["action"] = hant(c, s) if c.lang == "zh-Hant" else s
    return recv, ftxt, v


@T("40", "complaint", "zh-Hans", ("cn",), "docx", 8, "客户意见登记及处理表 Word：受理日期, 投诉方式, 上门日期, 回访日期")
def t40(c):
    f = c.r.choice(ZH_FORMS)
    recv, ftxt, v = comp_common(c, f)
    cp = c.cp
    rows = [["受理日期", recv, "投诉方式", c.r.choice(["电话", "微信", "来函", "400热线"])],
            ["客户名称", c.cname(on=cp["date"])], ["设备", c.famname(), "型号", c.model()], ["序列号", c.serial()],
            ["投诉内容", ftxt], ["处理人", c.t["engineer"]]]
    if v:
        rows.append(["上门日期", v["date_as_written"]])
    rows.append(["处理结果", c.t["action"]])
    last = v and pdate(v["date"]) or cp["date"]
    rows.append(["回访日期", c.other("follow_up", later(c, last, 3, 14), f)])
    return [("h", "客户意见登记及处理表"), ("t", rows), ("p", "紧急程度：□一般（10个工作日） □较急（3个工作日） □紧急（1个工作日）")], "客服中心 ・ " + D.COMPANY["cn_short"]


@T("41", "complaint", "zh-Hans", ("cn",), "txt", 7, "投诉处理记录 纯文本, 受理时间带时分, 处理经过叙述")
def t41(c):
    f = c.r.choice(["cn_ymd", "cn_ymd0", "iso", "dot"])
    recv, ftxt, v = comp_common(c, f)
    cp = c.cp
    lines = ["投诉处理记录", "", "受理时间：%s %02d:%02d" % (recv, c.r.randint(8, 20), c.r.randint(0, 59)),
             "投诉单位：" + c.cname(on=cp["date"]), "涉及设备：%s（%s，SN %s）" % (c.famname(), c.model(), c.serial()),
             "投诉内容：" + ftxt, "受理人：" + c.r.choice(D.COORD), ""]
    if v:
        lines.append("处理经过：%s安排%s到场，%s。" % (v["date_as_written"], c.t["engineer"], c.t["action"]))
    else:
        lines.append("处理经过：%s，%s。" % (c.t["engineer"], c.t["action"]))
    lines += ["", "审核：" + c.r.choice(D.MANAGERS)]
    return "\n".join(lines) + "\n"


@T("42", "complaint", "en", ALL, "txt", 8, "complaint e-mail thread: our reply on top, the customer's mail quoted with 'Sent:' (received day)")
def t42(c):
    f = "wk_en" if c.region != "us" else "mon_d_y"
    recv, ftxt, v = comp_common(c, f)
    cp = c.cp
    last = v and pdate(v["date"]) or cp["date"]
    reply = c.other("report_printed", later(c, last, 0, 3), c.r.choice(["d_month_y", "mon_d_y", "wk_en"]))
    lines = ["From: Chengheng Service Desk", "Date: " + reply, "Subject: RE: problem with our " + c.famname(), "",
             "Dear customer,", ""]
    if v:
        lines.append("Our engineer %s attended on %s. %s." % (c.t["engineer"], v["date_as_written"], c.t["action"]))
    else:
        lines.append("%s (%s)." % (c.t["action"], c.t["engineer"]))
    lines += ["", "Kind regards", "Service Desk", "", "-----Original Message-----",
              "From: " + c.r.choice(D.CONTACTS_EN), "Sent: %s %02d:%02d" % (recv, c.r.randint(7, 19), c.r.randint(0, 59)),
              "Subject: problem with our " + c.famname(), "", "Hello, this is " + c.cname(on=cp["date"]) + ".",
              "Our %s (S/N %s, model %s): %s. Please send someone." % (c.famname(), c.serial(), c.model(), ftxt)]
    return "\n".join(lines) + "\n"


@T("43", "complaint", "zh-Hant", ("tw", "hk"), "txt", 12, "客戶意見反映處理表 (台灣民國日期 / 香港 年月日)")
def t43(c):
    f = c.r.choice(TW_FORMS) if c.region == "tw" else c.r.choice(["cn_ymd", "cn_ymd0", "iso"])
    recv, ftxt, v = comp_common(c, f)
    cp = c.cp
    lines = ["客戶意見反映處理表", "受理日期：" + recv, "客戶：" + c.cname(on=cp["date"]), "儀器：%s　型號：%s" % (c.famname(), c.model()),
             "序號：" + c.serial(), "客訴內容：" + ftxt, "處理人員：" + c.t["engineer"]]
    if v:
        lines.append("到場日期：" + v["date_as_written"])
    lines += ["處理結果：" + c.t["action"], "結案：是"]
    return "\n".join(lines) + "\n"


@T("44", "complaint", "zh-Hans", ("cn",), "xlsx", 6, "投诉台账 Excel 一行, 日期紧凑写法 20240315")
def t44(c):
    recv, ftxt, v = comp_common(c, "compact")
    cp = c.cp
    head = ["序号", "受理日期", "客户", "设备型号", "序列号", "投诉内容", "处理方式", "上门日期", "处理人", "处理结果", "状态"]
    row = [c.r.randint(1, 300), recv, c.cname(on=cp["date"]), c.model(), c.serial(), ftxt, "上门" if v else "电话/远程",
           v["date_as_written"] if v else "", c.t["engineer"], c.t["action"], "已关闭"]
    return [("投诉台账", [head, row])]


@T("45", "complaint", "en", ("us", "au", "nz"), "md", 10, "Customer Concern Log entry in Markdown; US sites month-first with 'Dates: MM/DD/YYYY'")
def t45(c):
    f = "mdy_slash" if c.region == "us" else c.r.choice(["d_mon_y", "wk_short"])
    recv, ftxt, v = comp_common(c, f)
    cp = c.cp
    lines = ["## Customer Concern Log", ""]
    if c.region == "us":
        lines += ["_Dates: MM/DD/YYYY_", ""]
    lines += ["- **Received:** " + recv, "- **Account:** " + c.cname(on=cp["date"]),
              "- **Device:** %s / %s / SN %s" % (c.famname(), c.model(), c.serial()), "- **Issue:** " + ftxt,
              "- **Owner:** " + c.t["engineer"]]
    if v:
        lines.append("- **On-site:** " + v["date_as_written"])
    lines += ["- **Outcome:** " + c.t["action"], ""]
    return "\n".join(lines)


# =============================================================== HISTORIES
def hist_visits(c, forms, numfmt=None, per_entry=False):
    vs = []
    for ev in c.evs:
        f = forms[c.r.randrange(len(forms))] if per_entry else forms[0]
        vs.append(c.visit(ev, f, number_fmt=numfmt, add=False))
    return vs


def hist_finish(c, vs, order_newest_first):
    seq = list(reversed(vs)) if order_newest_first else vs
    c.t["visits"] = seq
    newest = max(vs, key=lambda v: v["date"])
    c.top_from(newest)
    return seq


@T("50", "equipment_history", "zh-Hans", ("cn",), "docx", 9, "设备维修保养档案 Word：装机/保修, 表格 日期/类别/内容/故障原因/工程师/单号, 旧→新, 打印日期")
def t50(c):
    f = c.r.choice(ZH_FORMS)
    vs = hist_visits(c, [f], numfmt="D{n}")
    seq = hist_finish(c, vs, False)
    newest = pdate(seq[-1]["date"])
    rows = [["日期", "类别", "内容", "故障/原因", "工程师", "单号"]]
    for ev, v in zip(c.evs, seq):
        fc = (v["fault"] or "") + ("；" + v["cause"] if v["cause"] else "")
        rows.append([v["date_as_written"], TYPE_ZH[ev["type"]], v["action"], fc or "—", v["engineer"], v["number"]])
    head = [["使用单位", c.cname(on=newest)], ["设备名称", c.famname(), "型号", c.model()], ["出厂编号", c.serial()],
            ["装机日期", c.other("install", c.unit["install_date"], f), "保修截止", c.other("warranty_until", c.unit["warranty_until"], f)]]
    return [("h", "设备维修保养档案"), ("t", head), ("b", "维修保养记录"), ("t", rows),
            ("p", "打印日期：" + c.other("report_printed", later(c, newest, 1, 60), f))], None


@T("51", "equipment_history", "zh-Hans", ("cn",), "txt", 8, "设备履历本维修记录：每次一段叙述, 新→旧, 跨页'（续上页）', 日期写法逐段不同(含中文数字)")
def t51(c):
    vs = hist_visits(c, ["cn_ymd", "dot", "cn_num", "cn_ymd0", "iso"], per_entry=True)
    seq = hist_finish(c, vs, True)
    evs = list(reversed(c.evs))
    lines = ["%s　设备履历本（维修记录）" % c.cname(on=pdate(seq[0]["date"])), "设备：%s　型号：%s　编号：%s" % (c.famname(), c.model(), c.serial()), ""]
    for i, (ev, v) in enumerate(zip(evs, seq)):
        if i and i % 3 == 0:
            lines += ["", "—— 第%d页 ——" % (i // 3 + 1), "（续上页）", ""]
        s = "%s，%s到场%s。" % (v["date_as_written"], v["engineer"], TYPE_ZH[ev["type"]])
        if v["fault"]:
            s += "故障：%s。" % v["fault"]
        if v["cause"]:
            s += "原因：%s。" % v["cause"]
        s += "处理：%s。" % v["action"]
        lines += [s, ""]
    return "\n".join(lines)


@T("52", "equipment_history", "en", ALL, "xlsx", 9, "CMMS work history by asset, Oracle-style dates 15-MAR-2024, WO numbers, Printed")
def t52(c):
    vs = hist_visits(c, ["oracle"], numfmt="{n}")
    newest_first = c.r.random() < 0.5
    seq = hist_finish(c, vs, newest_first)
    evs = list(reversed(c.evs)) if newest_first else c.evs
    newest = pdate(max(v["date"] for v in vs))
    rows = [["WORK HISTORY BY ASSET"], ["Site", c.cname(on=newest)], ["Model", c.model()], ["Serial", c.serial()],
            ["Printed", c.other("report_printed", later(c, newest, 1, 90), "oracle")], [],
            ["WO #", "Date", "Type", "Problem", "Cause", "Remedy", "Tech"]]
    for ev, v in zip(evs, seq):
        rows.append([v["number"], v["date_as_written"], TYPE_EN[ev["type"]], v["fault"] or "", v["cause"] or "", v["action"], v["engineer"]])
    return [("History", rows)]


@T("53", "equipment_history", "zh-Hant", ("tw", "hk"), "md", 12, "儀器保養維修履歷 Markdown 表格 (台灣民國日期 / 香港 年月日)")
def t53(c):
    forms = [c.r.choice(TW_FORMS)] if c.region == "tw" else [c.r.choice(["cn_ymd", "iso"])]
    vs = hist_visits(c, forms)
    seq = hist_finish(c, vs, False)
    lines = ["# 儀器保養維修履歷", "", "- 單位：" + c.cname(on=pdate(seq[-1]["date"])), "- 儀器：%s %s" % (c.famname(), c.model()),
             "- 序號：" + c.serial(), "", "| 日期 | 項目 | 內容 | 工程師 |", "|---|---|---|---|"]
    for ev, v in zip(c.evs, seq):
        item = hant(c, TYPE_ZH[ev["type"]]) + ("：" + v["fault"] if v["fault"] else "") + (
            "<br>原因：" + v["cause"] if v["cause"] else "")
        lines.append("| %s | %s | %s | %s |" % (v["date_as_written"], item, v["action"], v["engineer"]))
    return "\n".join(lines) + "\n"


@T("54", "equipment_history", "zh-Hans", ("cn",), "csv", 8, "设备管理系统 维修记录导出 CSV, 每行重复客户与编号")
def t54(c):
    vs = hist_visits(c, [c.r.choice(["slash", "slash0", "iso"])], numfmt="HIS{n}")
    seq = hist_finish(c, vs, c.r.random() < 0.5)
    evs = c.evs if seq[0]["date"] == iso(c.evs[0]["date"]) else list(reversed(c.evs))
    cn = c.cname(on=pdate(max(v["date"] for v in vs)))
    sn, md = c.serial(), c.model()
    rows = [["使用单位", "设备名称", "型号", "出厂编号", "维修日期", "维修类型", "故障描述", "原因", "维修内容", "维修人", "单号"]]
    for ev, v in zip(evs, seq):
        rows.append([cn, c.famname(), md, sn, v["date_as_written"], TYPE_ZH[ev["type"]], v["fault"] or "", v["cause"] or "",
                     v["action"], v["engineer"], v["number"]])
    return rows


@T("55", "equipment_history", "en", ALL, "pdf", 8, "Equipment Service History PDF, newest first, continued across pages ('Page 1 of 2')")
def t55(c):
    vs = hist_visits(c, [c.r.choice(["d_mon_y", "mon_d_y", "d_month_y"])], numfmt="SR{n}")
    seq = hist_finish(c, vs, True)
    evs = list(reversed(c.evs))
    newest = pdate(seq[0]["date"])
    head = ["EQUIPMENT SERVICE HISTORY", "Customer: " + c.cname(on=newest), "Model: %s   Serial: %s" % (c.model(), c.serial()),
            "Installed: " + c.other("install", c.unit["install_date"], "d_mon_y"), ""]
    body = []
    for ev, v in zip(evs, seq):
        body += ["%s  %s  %s" % (v["date_as_written"], TYPE_EN[ev["type"]], v["number"])]
        if v["fault"]:
            body.append("   Problem: " + v["fault"])
        if v["cause"]:
            body.append("   Cause: " + v["cause"])
        body += ["   Action: " + v["action"], "   Engineer: " + v["engineer"], ""]
    npages = 2 if len(body) > 26 else 1
    if npages == 1:
        return head + body + ["Page 1 of 1"]
    half = len(body) // 2
    while body[half - 1] != "":
        half += 1
    return head + body[:half] + ["Page 1 of 2 - continued", "\f", "EQUIPMENT SERVICE HISTORY (continued)"] + body[half:] + ["Page 2 of 2"]


@T("56", "equipment_history", "zh-Hans", ("cn",), "txt", 6, "手抄《维修登记簿》定宽列, 两位年份 '24年3月15日', 新→旧或旧→新")
def t56(c):
    vs = hist_visits(c, ["cn_yy"], numfmt=None)
    nf = c.r.random() < 0.5
    seq = hist_finish(c, vs, nf)
    evs = list(reversed(c.evs)) if nf else c.evs
    lines = ["维修登记簿（%s）" % c.cname(on=pdate(max(v["date"] for v in vs))),
             "仪器：%s　型号：%s　出厂号：%s" % (c.famname(), c.model(), c.serial()), "",
             "日期            类别    情况                                    经手人"]
    for ev, v in zip(evs, seq):
        desc = (v["fault"] + "；" if v["fault"] else "") + (v["cause"] + "；" if v["cause"] else "")
        lines.append("%-14s  %-6s  %s" % (v["date_as_written"], TYPE_ZH[ev["type"]], desc + v["action"]))
        lines.append(" " * 58 + v["engineer"])
    return "\n".join(lines) + "\n"


# =============================================================== CUSTOMER FILES
def cf_units(c):
    d = c.printed
    us = [u for u in c.w.units if c.w.owner_at(u, d) == c.cust["id"] and pdate(u["install_date"]) <= d]
    c.t["serials"] = [u["serial"] for u in us]
    return us


@T("60", "customer_file", "zh-Hans", ("cn",), "xlsx", 10, "客户资产盘点表 Excel, 装机月份, 保修/合同, 更新日期")
def t60(c):
    us = cf_units(c)
    rows = [["客户资产盘点表"], ["客户", c.cname(on=c.printed)], ["客户编号", c.cust["number"]],
            ["更新日期", c.other("report_printed", c.printed, c.r.choice(ZH_FORMS))], [], ["设备名称", "型号", "序列号", "装机", "合同"]]
    for u in us:
        s = c.serial(u, top=False)
        c.t["serials_as_written"].append(s)
        rows.append([D.FAMILIES[u["family"]][0], u["model"], s, "%d年%d月" % (pdate(u["install_date"]).year, pdate(u["install_date"]).month),
                     "保修" if pdate(u["warranty_until"]) >= c.printed else ("合同" if u["_contract"] else "—")])
    return [("清单", rows)]


@T("61", "customer_file", "en", ALL, "docx", 10, "Site Profile: account no., address, installed base table, 'Last updated'")
def t61(c):
    us = cf_units(c)
    rows = [["Model", "Serial", "Installed", "Cover"]]
    for u in us:
        s = c.serial(u, top=False)
        c.t["serials_as_written"].append(s)
        rows.append([u["model"], s, month_en(pdate(u["install_date"])), "Warranty" if pdate(u["warranty_until"]) >= c.printed else "Contract"])
    return [("h", "SITE PROFILE"), ("p", "Account: " + c.cname(on=c.printed)), ("p", "Account No.: " + c.cust["number"]),
            ("p", "Address: " + c.cust["addr"]), ("b", "Installed base"), ("t", rows),
            ("p", "Last updated: " + c.other("report_printed", c.printed, c.r.choice(EN_FORMS)))], None


@T("62", "customer_file", "zh-Hant", ("tw", "hk"), "txt", 12, "往來客戶概況 純文字, 舊名稱, 更新日期")
def t62(c):
    us = cf_units(c)
    f = c.r.choice(TW_FORMS) if c.region == "tw" else "cn_ymd"
    lines = ["往來客戶概況", "客戶名稱：" + c.cname(on=c.printed), "客戶編號：" + c.cust["number"], "地址：" + c.cust["addr"]]
    if c.cust["former"]:
        lines.append("舊名稱：" + c.cust["former"][0][0])
    lines += ["更新日期：" + c.other("report_printed", c.printed, f), "", "在用儀器："]
    for u in us:
        s = c.serial(u, top=False)
        c.t["serials_as_written"].append(s)
        lines.append("　- %s %s　序號 %s" % (hant(c, D.FAMILIES[u["family"]][0]), u["model"], s))
    return "\n".join(lines) + "\n"


@T("63", "customer_file", "zh-Hans", ("cn",), "md", 8, "客户主数据页 Markdown (wiki 导出)：曾用名, 地址, 设备表, 导出日期")
def t63(c):
    us = cf_units(c)
    lines = ["# 客户主数据：" + c.cname(on=c.printed), "", "- 客户编号：" + c.cust["number"], "- 地址：" + c.cust["addr"]]
    if c.cust["former"]:
        lines.append("- 曾用名：" + "、".join(f[0] for f in c.cust["former"]))
    lines += ["- 导出日期：" + c.other("report_printed", c.printed, c.r.choice(["iso", "cn_ymd", "slash0"])), "",
              "| 设备 | 型号 | 序列号 | 装机 |", "|---|---|---|---|"]
    for u in us:
        s = c.serial(u, top=False)
        c.t["serials_as_written"].append(s)
        lines.append("| %s | %s | %s | %s |" % (D.FAMILIES[u["family"]][0], u["model"], s, u["install_date"][:7]))
    return "\n".join(lines) + "\n"


# =============================================================== TRAINING
def tr_faults(c):
    return D.FAULTS[c.fam]


@T("70", "training", "zh-Hans", ("cn",), "md", 10, "维修培训讲义 Markdown：常见故障 代码/现象/原因/处理")
def t70(c):
    m = c.tmodel()
    lines = ["# %s 维修培训讲义（%s）" % (D.FAMILIES[c.fam][0], m), "", "## 常见故障", ""]
    for code, fz, fe, cz, ce, az, ae in tr_faults(c):
        lines += ["### %s %s" % (code, fz), "- 可能原因：" + cz, "- 处理方法：" + az, ""]
    return "\n".join(lines)


@T("71", "training", "en", ("au",), "txt", 10, "service bulletin / tech tips (no dates)")
def t71(c):
    m = c.tmodel()
    lines = ["SERVICE TIPS – %s %s" % (D.FAMILIES[c.fam][1], m), ""]
    for i, (code, fz, fe, cz, ce, az, ae) in enumerate(tr_faults(c), 1):
        lines += ["%d. %s (%s)" % (i, fe[0].upper() + fe[1:], code), "   Likely cause: " + ce, "   Fix: " + ae, ""]
    return "\n".join(lines)


@T("72", "training", "zh-Hant", ("tw",), "docx", 10, "疑難排解速查表 Word 表格")
def t72(c):
    m = c.tmodel()
    rows = [["代碼", "現象", "原因", "處理"]]
    for code, fz, fe, cz, ce, az, ae in tr_faults(c):
        rows.append([code, to_hant(fz), to_hant(cz), to_hant(az)])
    return [("h", "疑難排解速查表"), ("p", "適用機型：" + m), ("t", rows)], None


@T("73", "training", "zh-Hans", ("cn",), "pdf", 10, "培训考试题 PDF（附答案）")
def t73(c):
    m = c.tmodel()
    lines = ["%s（%s）维修培训考试题" % (D.FAMILIES[c.fam][0], m), "姓名：________  成绩：______", ""]
    for i, (code, fz, fe, cz, ce, az, ae) in enumerate(tr_faults(c), 1):
        lines += ["%d. 设备提示%s，%s，最可能的原因是什么？" % (i, code, fz), "   答：" + cz + "；" + az, ""]
    return lines
