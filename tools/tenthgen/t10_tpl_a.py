# -*- coding: utf-8 -*-
"""TEN-01..19: single-visit documents (repair, and non-repair visits for the generic ones)."""
from t10_common import *  # noqa: F401,F403


def _title(v, zh, svc_zh):
    return zh if v.type == "repair" else svc_zh


def t01(ctx, v):
    """现场服务报告, Word table with the label above the value."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso", "cn0"]))
    cu, sn, md = ctx.cust_form(), ctx.sn(), ctx.mdl()
    dd = inst_dates(ctx, v.unit, r.choice(["iso", "slash0"]))
    rows = [["客户名称", "设备型号", "出厂编号"], [cu, md, sn],
            ["服务日期", "服务类型", "报告编号"], [x["d"], TYPE_ZH[v.type], x["n"]],
            ["安装日期", "保修到期", "服务工程师"], [dd["install"], dd["warranty_until"], x["e"]]]
    if x["f"]:
        rows += [[("故障现象", 3)], [(x["f"], 3)]]
        if x["c"]:
            rows += [[("原因分析", 3)], [(x["c"], 3)]]
    rows += [[("处理措施", 3)], [(x["a"], 3)], ["客户签字", "日期", "满意度"], ["", "", r.choice(["满意", "非常满意", "一般"])]]
    blocks = [("p", "%s  服务热线 %s" % (D.COMPANY["zh"], D.COMPANY["hotline"])), ("h", "现场服务报告"), ("t", rows),
              ("p", "表单编号：LT-QR-0712 第%s版" % r.choice(["A", "B", "C"]))]
    return {"fmt": "docx", "title": "现场服务报告", "blocks": blocks}


def t02(ctx, v):
    """维修工单, each cell holds label and value separated by a line break."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "slash", "iso"]))
    cu, sn, md = ctx.cust_form(), ctx.sn(), ctx.mdl()
    sep = r.choice(["\v", "\n"])
    rows = [["使用单位" + sep + cu, "工单号" + sep + x["n"]],
            ["设备名称" + sep + fam_name(v.unit, "zh"), "型号规格" + sep + md],
            ["机身编号" + sep + sn, "到场日期" + sep + x["d"]]]
    if x["f"]:
        rows.append([("故障描述" + sep + x["f"], 2)])
    if x["c"]:
        rows.append([("故障原因" + sep + x["c"], 2)])
    rows.append([("维修内容" + sep + x["a"], 2)])
    rows.append(["维修人员" + sep + x["e"], "用户确认" + sep + r.choice(["同意", "已验收", ""])])
    pr, _ = printed(ctx, v.date, "iso")
    return {"fmt": "docx", "title": _title(v, "机修工单", "机务服务工单"),
            "blocks": [("h", _title(v, "机修工单", "机务服务工单")), ("t", rows), ("p", "打印时间：" + pr + " 16:20")]}


def t03(ctx, v):
    """Two label/value pairs per row; dealer and end user both named."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso", "slash0"]))
    dl = dealer(ctx)
    cu, sn, md = ctx.cust_form(), ctx.sn(), ctx.mdl()
    rows = [["经销商", dl[0], "最终用户", cu],
            ["设备型号", md, "序列号", sn],
            ["服务日期", x["d"], "服务单号", x["n"]],
            ["服务类别", TYPE_ZH[v.type], "保修状态", "保内" if v.date <= v.unit.warranty else "保外"]]
    if x["f"]:
        rows.append(["故障现象", (x["f"], 3)])
    if x["c"]:
        rows.append(["原因", (x["c"], 3)])
    rows.append(["处理结果", (x["a"], 3)])
    rows.append(["服务工程师", x["e"], "经销商联系人", r.choice(["周先生", "钱经理", "孙工"])])
    return {"fmt": "docx", "title": "经销商服务回执", "blocks": [("h", "售后服务回执（经销商渠道）"), ("t", rows)]}


def t04(ctx, v):
    """维修报告, plain text, contractor named near the customer."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "cnhao", "iso", "cn0"]))
    L = ["%s" % D.COMPANY["zh"], _title(v, "设备维修技术报告", "设备服务技术报告"), "",
         "报告编号：%s" % x["n"], "用户单位：%s" % ctx.cust_form()]
    if r.random() < 0.5:
        L.append("施工配合单位：%s" % r.choice(D.CONTRACTORS)[0])
    L += ["设备：%s  型号：%s" % (fam_name(v.unit, "zh"), ctx.mdl()), "出厂编号：%s" % ctx.sn(), "服务日期：%s" % x["d"],
          "服务类型：%s" % TYPE_ZH[v.type], ""]
    if x["f"]:
        L += ["一、故障现象", x["f"], ""]
    if x["c"]:
        L += ["二、原因分析", x["c"], ""]
    L += ["三、处理情况" if x["f"] else "工作内容", x["a"], "", "工程师：%s" % x["e"]]
    if r.random() < 0.6:
        L.append("下次保养：%s" % next_pm(ctx, v, "cn"))
    L.append("报告日期：%s" % printed(ctx, v.date, "cn")[0])
    return {"fmt": "txt", "title": _title(v, "设备维修技术报告", "设备服务技术报告"), "lines": L}


OCR_SWAP = {"0": "O", "o": "0", "1": "l", "l": "1", "：": ":", ":": "：", "S": "5", "号": "弓"}


def _ocr_label(r, s):
    """Noise only in labels: O/0, l/1, S/5, full/half width, spaced characters."""
    out = []
    for c in s:
        if c in OCR_SWAP and r.random() < 0.35:
            c = OCR_SWAP[c]
        elif c.isascii() and c.isalnum() and r.random() < 0.25:
            c = chr(ord(c) + 0xFEE0)
        out.append(c)
        if "\u4e00" <= c <= "\u9fff" and r.random() < 0.2:
            out.append(" ")
    return "".join(out)


def t05(ctx, v):
    """Scanned 维修单, OCR text: full/half width mix, O/0 and l/1 in labels, broken lines."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso", "slash"]))
    sn = ctx.sn(("ocr", "ocr", "plate", "nosep"))
    L = ["—— 扫描件识别结果（OCR）——", _ocr_label(r, "维 修 单"),
         _ocr_label(r, "单号 No.") + " " + x["n"], _ocr_label(r, "用户名称:"), ctx.cust_form(),
         _ocr_label(r, "型 号:") + " " + ctx.mdl(("plate", "nohy")), _ocr_label(r, "S/N No.:") + " " + sn,
         _ocr_label(r, "维修日期:") + x["d"]]
    if x["f"]:
        L += [_ocr_label(r, "故障现象:"), x["f"]]
    if x["c"]:
        L += [_ocr_label(r, "原因:") + " " + x["c"]]
    L += [_ocr_label(r, "处理:"), x["a"], _ocr_label(r, "维修人:") + " " + x["e"] + "   用户签名: ____",
          r.choice(["（印章模糊）", "[签名无法识别]", "（盖章）"])]
    return {"fmt": "txt", "title": "维修单扫描识别", "lines": L}


def t06(ctx, v):
    """WeChat group chat export; every message on the visit day; serial only."""
    r = ctx.r
    d = fd(v.date, "iso")
    x = V(ctx, v, None, dw=d, number=False)
    cf = ctx.cust_form()
    ex, _ = printed(ctx, v.date, "iso", lo=1, hi=20)
    who = contact(ctx).split()[-1]
    msgs = [(who, x["f"]), (x["e"], "收到，今天过来，设备编号发一下"), (who, "铭牌编号 %s" % ctx.sn())]
    if x["c"]:
        msgs.append((x["e"], "查了，%s" % x["c"]))
    msgs += [(x["e"], x["a"]), (x["e"], "[图片]"), (who, r.choice(["好的，辛苦", "收到，谢谢", "👍"]))]
    L = ["微信聊天记录导出", "群聊：%s-砺拓售后服务群" % cf, "导出时间：%s 18:05" % ex, ""]
    t = r.randrange(7 * 60 + 30, 9 * 60)
    for sender, text in msgs:
        L.append("[%s %02d:%02d] %s: %s" % (d, t // 60, t % 60, sender, text))
        t += r.randrange(1, 90)
    return {"fmt": "txt", "title": "微信群聊天记录", "lines": L}


def t07(ctx, v):
    """DingTalk work-order completion notice."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "slash0"]))
    L = ["【钉钉工作通知】服务工单已完工", "工单编号：%s" % x["n"], "客户：%s" % ctx.cust_form(),
         "设备：%s %s" % (ctx.mdl(), fam_name(v.unit, "zh")), "序列号：%s" % ctx.sn(), "完工日期：%s" % x["d"],
         "处理人：%s" % x["e"]]
    if x["f"]:
        L.append("问题描述：%s" % x["f"])
    if x["c"]:
        L.append("原因：%s" % x["c"])
    L += ["处理结果：%s" % x["a"], "审批流：%s → 客服 %s → 已归档" % (x["e"], r.choice(D.COORD)),
          "（本消息由钉钉自动推送，请勿回复）"]
    return {"fmt": "txt", "title": "钉钉完工通知", "lines": L}


def t08(ctx, v):
    """HQ FIELD SERVICE REPORT (English PDF), dd-Mon-yyyy dates."""
    r = ctx.r
    x = V(ctx, v, "dmy_mon", lang="en")
    L = [D.COMPANY["hq"].upper() + " - GLOBAL SERVICE", "GLOBAL SERVICE VISIT REPORT   (form GS-114 rev.%d)" % r.randrange(2, 7),
         "Service partner: " + D.COMPANY["en"], "", "Report no.: " + x["n"], "Customer: " + ctx.cust_form("en")]
    if r.random() < 0.5:
        L.append("Distributor: " + dealer(ctx)[1])
    L += ["Equipment: %s" % fam_name(v.unit, "en"), "Model: " + ctx.mdl(), "Serial no.: " + ctx.sn(),
          "Date of service: " + x["d"], "Type: " + TYPE_EN[v.type],
          "Commissioned: " + ctx.other("install", v.unit.install, "dmy_mon"),
          "Warranty end: " + ctx.other("warranty_until", v.unit.warranty, "dmy_mon"), ""]
    if x["f"]:
        L += ["Reported problem:", x["f"]]
    if x["c"]:
        L += ["Root cause:", x["c"]]
    L += ["Work performed:", x["a"], "", "Field engineer: " + x["e"], "Customer acceptance: ______________"]
    return {"fmt": "pdf", "title": "Global Service Visit Report", "lines": L}


def t09(ctx, v):
    """US-style service report text, m/d/yy dates, usually with a format marker."""
    r = ctx.r
    x = V(ctx, v, "us2", lang="en")
    marked = r.random() < 0.8
    L = ["FIELD TICKET #" + x["n"], "Prepared with the %s US field template" % D.COMPANY["hq"].split()[0]]
    if marked:
        L.append("(All dates MM/DD/YY)")
    L += ["Account: " + ctx.cust_form("en"), "Unit: %s  S/N %s" % (ctx.mdl(), ctx.sn()), "Service date: " + x["d"],
          "Call type: " + TYPE_EN[v.type]]
    if x["f"]:
        L.append("Complaint: " + x["f"])
    if x["c"]:
        L.append("Cause: " + x["c"])
    L += ["Correction: " + x["a"], "Tech: " + x["e"]]
    if r.random() < 0.5:
        L.append("Next PM due: " + month_form(add_months(v.date, 6), "en"))
    return {"fmt": "txt", "title": "Field Ticket", "lines": L}


def t10(ctx, v):
    """European-style service report (Word), day-first dates."""
    r = ctx.r
    st = r.choice(["eu4", "eu_dot"])
    x = V(ctx, v, st, lang="en")
    marker = r.random() < 0.8
    rows = [["Customer", ctx.cust_form("en")], ["Machine", "%s / %s" % (fam_name(v.unit, "en"), ctx.mdl())],
            ["Serial number", ctx.sn()], ["Visit date" + (" (dd/mm/yyyy)" if marker and st == "eu4" else
                                                          " (DD.MM.YYYY)" if marker else ""), x["d"]],
            ["Order no.", x["n"]], ["Technician", x["e"]]]
    if x["f"]:
        rows.append(["Fault description", x["f"]])
    if x["c"]:
        rows.append(["Cause", x["c"]])
    rows.append(["Measures taken", x["a"]])
    return {"fmt": "docx", "title": "Servicebericht", "blocks": [
        ("h", "SERVICEBERICHT / Service visit record"), ("p", D.COMPANY["hq"] + " – service partner " + D.COMPANY["en_short"]),
        ("t", rows), ("p", "Signature customer: ____________")]}


def t11(ctx, v):
    """Chinese e-mail: engineer's report, customer's reply quoted, signatures naming other firms."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso"]))
    sent, sd = printed(ctx, v.date, "cn", lo=0, hi=3)
    reply, _ = printed(ctx, sd, "cn", lo=0, hi=2)
    who = contact(ctx)
    L = ["发件人: %s <%s@lituo-svc.cn>" % (x["e"], "service"), "收件人: %s" % who,
         "发送时间: %s 17:42" % reply, "主题: 回复: %s设备%s情况" % (ctx.cust_form(), "维修" if x["f"] else "服务"), "",
         "%s您好，" % who.split()[-1], "附件是服务报告，请查收。", "", "%s" % D.COMPANY["short"] + " 客服中心 " + r.choice(D.COORD),
         "（%s 授权服务商）" % D.COMPANY["hq"], "", "------------------ 原始邮件 ------------------",
         "发件人: %s" % x["e"], "发送时间: %s 19:10" % sent, "", "现场服务情况如下：", "服务日期：%s" % x["d"],
         "设备：%s，编号 %s" % (ctx.mdl(), ctx.sn())]
    if x["f"]:
        L.append("故障：%s" % x["f"])
    if x["c"]:
        L.append("原因：%s" % x["c"])
    L += ["处理：%s" % x["a"], "单号：%s" % x["n"], "", "--", "%s | 华东区" % x["e"], D.COMPANY["zh"],
          "合作伙伴：%s / %s" % (D.DEALERS["cn"][0][0], D.CONTRACTORS[1][0])]
    return {"fmt": "txt", "title": "邮件_服务报告", "lines": L}


def t12(ctx, v):
    """English e-mail thread (Outlook save), our report on top of the customer's thanks."""
    r = ctx.r
    x = V(ctx, v, r.choice(["d_month_y", "month_d_y", "d_mon_y"]), lang="en")
    sent, sd = printed(ctx, v.date, "en_wd", lo=0, hi=3)
    L = ["From: %s <service@lituo-svc.com>" % x["e"], "Sent: %s 16:05" % sent, "To: %s" % contact(ctx),
         "Subject: RE: Service visit – %s" % ctx.cust_form("en"), "",
         "Dear %s," % r.choice(["Sir/Madam", "all", "colleagues"]), "",
         "Please find the summary of our visit on %s below." % x["d"], "Machine: %s, serial %s" % (ctx.mdl(), ctx.sn())]
    if x["f"]:
        L.append("Issue: " + x["f"])
    if x["c"]:
        L.append("Cause: " + x["c"])
    L += ["Action: " + x["a"], "Job no. " + x["n"], "", "Best regards", x["e"], D.COMPANY["en"],
          "Authorised service partner of " + D.COMPANY["hq"], "", "-----Original Message-----",
          "From: %s" % contact(ctx), "Subject: Service visit", "", "Thanks for coming over, the machine is fine now."]
    return {"fmt": "txt", "title": "Mail_Service_visit", "lines": L}


def t13(ctx, v):
    """Engineer's notebook page in Markdown."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "cnwk", "slash"]))
    L = ["# %s %s" % (x["d"], ctx.cust_form()), "", "- 设备：%s %s" % (ctx.mdl(), fam_name(v.unit, "zh")),
         "- 编号：`%s`" % ctx.sn(), "- 类型：%s" % TYPE_ZH[v.type]]
    if x["f"]:
        L.append("- 现象：%s" % x["f"])
    if x["c"]:
        L.append("- 原因：%s" % x["c"])
    L += ["- 处理：%s" % x["a"], "- 单号 %s" % x["n"], "", "> 记录人 %s" % x["e"], "",
          "#%s #%s" % (TYPE_ZH[v.type], v.unit.family)]
    return {"fmt": "md", "title": "工程师随手记", "lines": L}


def t14(ctx, v):
    """Taiwan 維修服務單 (Word), ROC dates, 使用單位."""
    r = ctx.r
    x = V(ctx, v, r.choice(["roc", "roccn", "roccn2"]), lang="zht")
    st = r.choice(["roc", "roccn2"])
    rows = [["使用單位", ctx.cust_form(), "服務單號", x["n"]],
            ["機型", ctx.mdl(), "機身序號", ctx.sn(("plate", "nosep", "lower"))],
            ["到廠日期", x["d"], "服務類別", to_trad(TYPE_ZH[v.type], "tw")],
            ["裝機日期", ctx.other("install", v.unit.install, st), "保固期限", ctx.other("warranty_until", v.unit.warranty, st)]]
    if x["f"]:
        rows.append(["故障情形", (x["f"], 3)])
    if x["c"]:
        rows.append(["故障原因", (x["c"], 3)])
    rows += [["處理說明", (x["a"], 3)], ["服務工程師", x["e"], "客戶簽認", ""]]
    return {"fmt": "docx", "title": "設備叫修服務單", "blocks": [("h", D.COMPANY["tw"]), ("h", "設備叫修服務單"), ("t", rows),
                                                         ("p", "一式三聯：白聯客戶 / 紅聯公司 / 黃聯工程師")]}


def t15(ctx, v):
    """Hong Kong bilingual service report, dd/mm/yyyy marked."""
    r = ctx.r
    x = V(ctx, v, r.choice(["eu4", "hk_dash"]), lang=r.choice(["zht", "en"]))
    L = [D.COMPANY["hk"], D.COMPANY["hk_en"], "現場工作報告 ON-SITE WORK REPORT", "報告編號 Report No.: " + x["n"],
         "客戶 Customer: " + ctx.cust_form(r.choice(["zh", "en"])), "機型 Model: " + ctx.mdl(),
         "機身編號 Serial No.: " + ctx.sn(), "日期 Date (DD/MM/YYYY): " + x["d"]]
    if x["f"]:
        L.append("故障 Fault: " + x["f"])
    if x["c"]:
        L.append("原因 Cause: " + x["c"])
    L += ["處理 Action: " + x["a"], "工程師 Engineer: " + x["e"], "客戶簽署 Customer signature: __________"]
    return {"fmt": "txt", "title": "現場工作報告 On-site Work Report", "lines": L}


def t16(ctx, v):
    """维修服务报告单 (PDF), 下次保养 and 打印日期."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso"]))
    L = [D.COMPANY["zh"], _title(v, "维修技术服务报告", "技术服务报告单"), "单号：" + x["n"], "客户：" + ctx.cust_form(),
         "地址：" + ctx.cust.address, "设备名称：" + fam_name(v.unit, "zh"), "规格型号：" + ctx.mdl(), "出厂编号：" + ctx.sn(),
         "服务日期：" + x["d"]]
    if x["f"]:
        L.append("故障现象：" + x["f"])
    if x["c"]:
        L.append("故障原因：" + x["c"])
    L += ["处理方法：" + x["a"], "服务工程师：" + x["e"], "下次保养日期：" + next_pm(ctx, v, "cn"),
          "打印日期：" + printed(ctx, v.date, "iso")[0], "客户签章：", "第一联 客户留存"]
    return {"fmt": "pdf", "title": _title(v, "维修技术服务报告", "技术服务报告单"), "lines": L}


def t17(ctx, v):
    """Work-order export (xlsx, one row), dealer and end user columns."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "slash0"]))
    dl = dealer(ctx)
    head = ["工单号", "经销商", "最终用户", "产品型号", "序列号", "服务类型", "完工日期", "故障描述", "原因", "处理结果", "工程师"]
    row = [x["n"], dl[0], ctx.cust_form(), ctx.mdl(), ctx.sn(), TYPE_ZH[v.type], x["d"] + " " + "%02d:%02d" %
           (r.randrange(9, 18), r.randrange(60)), x["f"] or "", x["c"] or "", x["a"], x["e"]]
    return {"fmt": "xlsx", "title": "售后工单明细导出", "sheets": [("工单", [head, row])]}


def t18(ctx, v):
    """Japanese-invested customer's own 设备异常处理报告 (Reiwa or weekday dates)."""
    r = ctx.r
    x = V(ctx, v, r.choice(["reiwa", "jp_wd"]))
    L = ["设备异常处理报告书", "", "部门：%s" % ctx.cust_form(), "起票：%s" % r.choice(["保全系 ", "设备课 "]) + r.choice(["闻课长", "森本"]),
         "对象设备：%s（%s）" % (fam_name(v.unit, "zh"), ctx.mdl()), "机号：%s" % ctx.sn(), "对应日：%s" % x["d"],
         "委托业者：%s" % D.COMPANY["zh"]]
    if x["f"]:
        L.append("异常内容：%s" % x["f"])
    if x["c"]:
        L.append("真因：%s" % x["c"])
    L += ["对策：%s" % x["a"], "业者担当：%s" % x["e"], "管理No.：%s" % x["n"], "承认 □  确认 □  担当 □"]
    return {"fmt": "txt", "title": "设备异常处理报告书", "lines": L}


def t19(ctx, v):
    """Service app export, one record (CSV)."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "slash"]))
    head = ["单据编号", "客户名称", "设备编号", "型号", "服务日期", "服务类型", "故障现象", "原因分析", "处理措施", "服务人员", "回访结果"]
    row = [x["n"], ctx.cust_form(), ctx.sn(), ctx.mdl(), x["d"], TYPE_ZH[v.type], x["f"] or "", x["c"] or "",
           x["a"], x["e"], r.choice(["满意", "未回访", "基本满意"])]
    return {"fmt": "csv", "title": "服务单导出", "rows": [head, row]}


# id: (kinds, lang, regions, fmt-weight, visit types allowed for service kind, func)
TEMPLATES = {
    "TEN-01": ("rs", "zh-Hans", "cn", 9, "pm install inspection captest relocation", t01),
    "TEN-02": ("rs", "zh-Hans", "cn", 7, "pm inspection relocation", t02),
    "TEN-03": ("rs", "zh-Hans", "cn", 5, "pm install", t03),
    "TEN-04": ("rs", "zh-Hans", "cn", 8, "pm install inspection captest", t04),
    "TEN-05": ("r", "zh-Hans", "cn", 5, "", t05),
    "TEN-06": ("r", "zh-Hans", "cn", 6, "", t06),
    "TEN-07": ("rs", "zh-Hans", "cn", 5, "pm install", t07),
    "TEN-08": ("rs", "en", "cn hk", 5, "pm install", t08),
    "TEN-09": ("r", "en", "cn", 3, "", t09),
    "TEN-10": ("rs", "en", "cn", 3, "pm", t10),
    "TEN-11": ("r", "zh-Hans", "cn", 5, "", t11),
    "TEN-12": ("rs", "en", "cn hk", 4, "pm install", t12),
    "TEN-13": ("rs", "zh-Hans", "cn", 5, "pm install relocation", t13),
    "TEN-14": ("rs", "zh-Hant", "tw", 4, "pm install", t14),
    "TEN-15": ("rs", "zh-Hant", "hk", 3, "pm install captest", t15),
    "TEN-16": ("rs", "zh-Hans", "cn", 7, "pm install inspection", t16),
    "TEN-17": ("r", "zh-Hans", "cn", 5, "", t17),
    "TEN-18": ("r", "zh-Hans", "cn", 3, "", t18),
    "TEN-19": ("rs", "zh-Hans", "cn", 5, "pm install", t19),
}
