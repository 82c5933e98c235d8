# -*- coding: utf-8 -*-
"""TEN-50..55 equipment histories, TEN-60..68 customer files and paperwork, TEN-70..74 training."""
from t10_common import *  # noqa: F401,F403
import t10_forms as F


def _entries(ctx, visits, style, lang=None, newest_first=False, eng=True, number=True):
    """Register history entries in document order; the top level is the newest."""
    seq = list(reversed(visits)) if newest_first else list(visits)
    out = []
    for v in seq:
        out.append((v, V(ctx, v, style, lang=lang, top=False, eng=eng, number=number)))
    newest = max(range(len(seq)), key=lambda k: seq[k].date)
    ctx.set_top(ctx.t["visits"][newest])
    return out


def t50(ctx, s):
    """Ticket system export (CSV), one row per ticket, customer and serial repeated."""
    r = ctx.r
    u, vs = s
    cf, sn, md = ctx.cust_form(), ctx.sn(), ctx.mdl()
    ent = _entries(ctx, vs, r.choice(["iso", "slash"]), newest_first=r.random() < 0.5)
    head = ["工单号", "客户名称", "序列号", "型号", "工单类型", "完工日期", "故障描述", "原因", "处理结果", "处理人", "状态"]
    rows = [head] + [[x["n"], cf, sn, md, TYPE_ZH[v.type], x["d"], x["f"] or "", x["c"] or "", x["a"], x["e"], "已关闭"]
                     for v, x in ent]
    return {"fmt": "csv", "title": "报修工单导出", "rows": rows}


def t51(ctx, s):
    """机台履历卡 (Word) with a repair log table, oldest first."""
    r = ctx.r
    u, vs = s
    st = r.choice(["iso", "cn", "slash0"])
    head = [["客户", ctx.cust_form(), "设备", fam_name(u, "zh")], ["型号", ctx.mdl(), "出厂编号", ctx.sn()],
            ["安装日期", ctx.other("install", u.install, st), "保修到期", ctx.other("warranty_until", u.warranty, st)]]
    ent = _entries(ctx, vs, st)
    log = [["日期", "类别", "故障现象", "原因", "处理内容", "工程师", "单号"]]
    log += [[x["d"], TYPE_ZH[v.type], x["f"] or "—", x["c"] or "—", x["a"], x["e"], x["n"]] for v, x in ent]
    pr = printed(ctx, vs[-1].date, st, lo=1, hi=30)[0]
    return {"fmt": "docx", "title": "机台履历卡", "blocks": [("h", "机台履历卡"), ("t", head), ("p", "维修保养记录"), ("t", log),
                                                         ("p", "打印日期：" + pr)]}


def t52(ctx, s):
    """English asset service log (xlsx)."""
    r = ctx.r
    u, vs = s
    ent = _entries(ctx, vs, "dmy_mon", lang="en", newest_first=True)
    rows = [["Asset service log"], ["Site", ctx.cust_form("en")], ["Asset", "%s %s" % (ctx.mdl(), fam_name(u, "en"))],
            ["Serial", ctx.sn()], ["Printed", printed(ctx, vs[-1].date, "dmy_mon", lo=1, hi=20)[0]], [],
            ["Date", "Type", "Problem", "Cause", "Action", "Engineer", "WO"]]
    rows += [[x["d"], TYPE_EN[v.type], x["f"] or "", x["c"] or "", x["a"], x["e"], x["n"]] for v, x in ent]
    return {"fmt": "xlsx", "title": "Asset service log", "sheets": [("Log", rows)]}


def t53(ctx, s):
    """設備保修履歷 Markdown table (Taiwan ROC / Hong Kong)."""
    r = ctx.r
    u, vs = s
    st = "roc" if ctx.region == "tw" else "cn"
    ent = _entries(ctx, vs, st, lang="zht", number=False)
    L = ["# 設備保修履歷", "", "- 客戶：" + ctx.cust_form(), "- 機型：" + ctx.mdl(), "- 序號：" + ctx.sn(), "",
         "| 日期 | 類別 | 故障 | 原因 | 處理 | 工程師 |", "|---|---|---|---|---|---|"]
    L += ["| %s | %s | %s | %s | %s | %s |" % (x["d"], to_trad(TYPE_ZH[v.type], ctx.region), x["f"] or "-", x["c"] or "-",
                                             x["a"], x["e"]) for v, x in ent]
    return {"fmt": "md", "title": "設備保修履歷", "lines": L}


def t54(ctx, s):
    """机台档案 plain text, one paragraph per entry, newest first or oldest first."""
    r = ctx.r
    u, vs = s
    L = ["机台档案", "使用单位：" + ctx.cust_form(), "设备：%s  型号 %s" % (fam_name(u, "zh"), ctx.mdl()), "编号：" + ctx.sn(),
         "启用日期：" + ctx.other("install", u.install, "cn"), "", "—— 维修保养记录 ——"]
    ent = _entries(ctx, vs, r.choice(["cn", "cn0", "iso"]), newest_first=r.random() < 0.5)
    for v, x in ent:
        L += ["【%s】%s" % (x["d"], TYPE_ZH[v.type])]
        if x["f"]:
            L.append("  现象：" + x["f"])
        if x["c"]:
            L.append("  原因：" + x["c"])
        L += ["  处理：" + x["a"], "  工程师：%s  单号：%s" % (x["e"], x["n"]), ""]
    return {"fmt": "txt", "title": "机台档案", "lines": L}


def t55(ctx, s):
    """Engineer's notebook: one machine over several visits (Markdown)."""
    r = ctx.r
    u, vs = s
    L = ["# %s · %s" % (ctx.cust_form(), ctx.mdl()), "", "序列号 `%s`" % ctx.sn(), ""]
    ent = _entries(ctx, vs, "iso", number=False)
    for v, x in ent:
        L += ["### %s %s" % (x["d"], TYPE_ZH[v.type])]
        if x["f"]:
            L.append("- 现象：" + x["f"])
        if x["c"]:
            L.append("- 原因：" + x["c"])
        L += ["- 处理：" + x["a"], "- 人：" + x["e"], ""]
    return {"fmt": "md", "title": "机台笔记", "lines": L}


# ------------------------------------------------------------------ customer files and paperwork
def _units(ctx, units, lang, serial_styles=("plate", "plate", "nosep", "lower")):
    out = []
    for u in units:
        sw = F.serial_form(u.serial, ctx.r.choice(serial_styles))
        ctx.t["serials"].append(u.serial)
        ctx.t["serials_as_written"].append(sw)
        out.append((u, sw))
    return out


def t60(ctx, s):
    cu, d, units = s
    r = ctx.r
    rows = [["客户信息表"], ["客户名称", ctx.cust_form()], ["地址", cu.address], ["客户等级", r.choice(["A类", "B类", "C类"])],
            ["联系人", contact(ctx)], ["更新日期", ctx.other("report_printed", d, r.choice(["iso", "cn"]))], [],
            ["序号", "设备名称", "型号", "出厂编号", "安装年月", "保修状态"]]
    for i, (u, sw) in enumerate(_units(ctx, units, "zh"), 1):
        rows.append([i, fam_name(u, "zh"), u.model, sw, month_form(u.install, "zh"), "保内" if d <= u.warranty else "保外"])
    return {"fmt": "xlsx", "title": "客户信息表", "sheets": [("客户", rows)]}


def t61(ctx, s):
    cu, d, units = s
    r = ctx.r
    rows = [["Account", ctx.cust_form("en")], ["Local name", cu.traditional if cu.region != "cn" else cu.name],
            ["Address", cu.address], ["Last updated", ctx.other("report_printed", d, "d_mon_y")]]
    ib = [["Equipment", "Model", "Serial", "Installed", "Under warranty"]]
    ib += [[fam_name(u, "en"), u.model, sw, month_form(u.install, "en"), "yes" if d <= u.warranty else "no"]
           for u, sw in _units(ctx, units, "en")]
    return {"fmt": "docx", "title": "Account Fact Sheet", "blocks": [("h", "ACCOUNT FACT SHEET"), ("t", rows),
                                                                   ("p", "Installed base"), ("t", ib)]}


def t62(ctx, s):
    cu, d, units = s
    r = ctx.r
    st = "roc" if cu.region == "tw" else "cn"
    L = ["客戶建檔資料表", "客戶名稱：" + ctx.cust_form(), "英文名稱：" + cu.english, "地址：" + cu.address]
    if cu.former:
        L.append("舊名稱：%s（至%d年）" % (ctx.cust.old_forms["zh"][0] if cu.old_forms["zh"] else cu.former[0][0],
                                      int(cu.former[0][2][:4]) - (1911 if cu.region == "tw" else 0)))
    L += ["更新日期：" + ctx.other("report_printed", d, st), "", "設備清單："]
    for u, sw in _units(ctx, units, "zht"):
        L.append("  %s\t%s\t%s\t裝機 %s" % (fam_name(u, "zht"), u.model, sw, month_form(u.install, "zh")))
    return {"fmt": "txt", "title": "客戶建檔資料表", "lines": L}


def t63(ctx, s):
    cu, d, units = s
    r = ctx.r
    L = ["# %s" % ctx.cust_form(), "", "地址：%s" % cu.address, "导出日期：%s" % ctx.other("report_printed", d, "iso"), "",
         "| 设备 | 型号 | 编号 | 安装 |", "|---|---|---|---|"]
    L += ["| %s | %s | %s | %s |" % (fam_name(u, "zh"), u.model, sw, month_form(u.install, "zh")) for u, sw in _units(ctx, units, "zh")]
    return {"fmt": "md", "title": "客户设备清单", "lines": L}


def t64(ctx, s):
    """Service contract (Word): 甲方 customer, 乙方 us; contract term dates."""
    cu, d, units = s
    r = ctx.r
    st = r.choice(["cn", "iso"])
    start = d + dt.timedelta(days=r.randrange(1, 20))
    end = add_months(start, 12) - dt.timedelta(days=1)
    blocks = [("h", "设备维保服务合同"), ("p", "合同编号：LTHT-%05d" % r.randrange(10000, 99999)),
              ("p", "甲方（委托方）：" + ctx.cust_form()), ("p", "乙方（服务方）：" + D.COMPANY["zh"]),
              ("p", "合同期限：自%s起至%s止" % (ctx.other("contract_start", start, st), ctx.other("contract_end", end, st))),
              ("p", "服务内容：定期保养%s次/年，故障响应4小时，备件八折。" % r.choice(["2", "4"])), ("p", "附件一：维保设备清单")]
    rows = [["序号", "设备名称", "型号", "出厂编号"]]
    rows += [[str(i), fam_name(u, "zh"), u.model, sw] for i, (u, sw) in enumerate(_units(ctx, units, "zh"), 1)]
    blocks += [("t", rows), ("p", "签订日期：" + ctx.other("report_printed", d, st)), ("p", "甲方盖章：            乙方盖章：")]
    return {"fmt": "docx", "title": "维保服务合同", "blocks": blocks}


def t65(ctx, s):
    """Annual PM parts quotation for all units (xlsx)."""
    cu, d, units = s
    r = ctx.r
    rows = [["年度保养备件报价书"], ["致", ctx.cust_form()], ["报价方", D.COMPANY["zh"]],
            ["报价日期", ctx.other("report_printed", d, r.choice(["iso", "cn"]))], ["有效期", "自报价日起30天"], [],
            ["设备", "型号", "出厂编号", "保养套件", "数量", "单价(元)", "小计(元)"]]
    total = 0
    for u, sw in _units(ctx, units, "zh"):
        p = r.randrange(8, 60) * 100
        q = r.choice([1, 2])
        total += p * q
        rows.append([fam_name(u, "zh"), u.model, sw, "%s保养包" % u.model, q, p, p * q])
    rows += [[], ["合计", "", "", "", "", "", total], ["备注", "含税13%，运费另计"]]
    return {"fmt": "xlsx", "title": "保养备件报价书", "sheets": [("报价", rows)]}


def t66(ctx, s):
    """Parts shipment note (CSV): consignee may be the dealer, end user is the truth."""
    cu, d, units = s
    r = ctx.r
    ship = d + dt.timedelta(days=r.randrange(1, 6))
    dl = dealer(ctx) if r.random() < 0.5 else None
    rows = [["备件发货单"], ["制单日期", ctx.other("report_printed", d, "iso")], ["发货日期", ctx.other("shipment", ship, "iso")],
            ["收货单位", dl[0] if dl else "同最终用户"], ["最终用户", ctx.cust_form()], ["物流", r.choice(["顺丰", "德邦", "自提"])],
            ["设备型号", "出厂编号", "备件号", "名称", "数量"]]
    for u, sw in _units(ctx, units, "zh"):
        rows.append([u.model, sw, "P%s-%03d" % (u.model.split("-")[0], r.randrange(1, 999)), "保养件", r.choice([1, 2, 4])])
    return {"fmt": "csv", "title": "备件发货单", "rows": rows}


def t67(ctx, s):
    """English service agreement (PDF)."""
    cu, d, units = s
    r = ctx.r
    start = d + dt.timedelta(days=r.randrange(1, 20))
    end = add_months(start, 12) - dt.timedelta(days=1)
    L = ["MAINTENANCE SERVICES AGREEMENT", "Between: " + ctx.cust_form("en") + " (the Customer)", "and: " + company(cu.region, "en"),
         "Date of agreement: " + ctx.other("report_printed", d, "d_month_y"),
         "Term: from %s to %s" % (ctx.other("contract_start", start, "d_month_y"), ctx.other("contract_end", end, "d_month_y")),
         "Scope: %d scheduled visits per year, 8 h response" % r.choice([2, 4]), "Schedule 1 - Equipment covered"]
    L += ["  %s  %s  S/N %s" % (fam_name(u, "en"), u.model, sw) for u, sw in _units(ctx, units, "en")]
    L += ["Signed for the Customer: ____________", "Signed for the Contractor: ____________"]
    return {"fmt": "pdf", "title": "Maintenance Services Agreement", "lines": L}


def t68(ctx, s):
    """Taiwan maintenance contract (Word), ROC dates."""
    cu, d, units = s
    r = ctx.r
    start = d + dt.timedelta(days=r.randrange(1, 20))
    end = add_months(start, 12) - dt.timedelta(days=1)
    blocks = [("h", "設備維護合約書"), ("p", "甲方：" + ctx.cust_form()), ("p", "乙方：" + D.COMPANY["tw"]),
              ("p", "合約期間：%s 至 %s" % (ctx.other("contract_start", start, "roccn"), ctx.other("contract_end", end, "roccn"))),
              ("p", "立約日期：" + ctx.other("report_printed", d, "roccn"))]
    rows = [["設備", "型號", "序號"]] + [[fam_name(u, "zht"), u.model, sw] for u, sw in _units(ctx, units, "zht")]
    return {"fmt": "docx", "title": "設備維護合約書", "blocks": blocks + [("t", rows)]}


# ------------------------------------------------------------------ training
def _faults(model):
    fam = next(k for k, v in D.FAMILIES.items() if model in v[3])
    return fam, D.FAULTS[fam]


def t70(ctx, m):
    fam, fl = _faults(m)
    mw = ctx.mdl()
    L = ["# %s（%s）常见故障培训讲义" % (D.FAMILIES[fam][0], mw), "", "适用型号：" + mw, ""]
    for code, zh, en, cz, ce, az, ae in fl:
        L += ["## %s %s" % (code, zh[0]), "- 现象：" + "；".join(zh), "- 原因：" + cz, "- 处理：" + az, ""]
    return {"fmt": "md", "title": "故障培训讲义", "lines": L}


def t71(ctx, m):
    fam, fl = _faults(m)
    mw = ctx.mdl()
    L = ["FIELD TECHNICAL NOTICE FTN-%03d" % ctx.r.randrange(1, 300), "Product: %s %s" % (D.FAMILIES[fam][2], mw), ""]
    for code, zh, en, cz, ce, az, ae in fl:
        L += ["%s - %s" % (code, en[0]), "  Cause: " + ce, "  Fix: " + ae]
    return {"fmt": "txt", "title": "Field Technical Notice", "lines": L}


def t72(ctx, m):
    fam, fl = _faults(m)
    mw = ctx.mdl()
    rows = [["代碼", "現象", "原因", "處理"]] + [[c, to_trad(z[0]), to_trad(cz), to_trad(az)] for c, z, e, cz, ce, az, ae in fl]
    return {"fmt": "docx", "title": "維修要點手冊", "blocks": [("h", "維修要點手冊"), ("p", "機型：" + mw), ("t", rows)]}


def t73(ctx, m):
    fam, fl = _faults(m)
    mw = ctx.mdl()
    L = ["技能认证题库（%s）" % D.FAMILIES[fam][0], "适用机型：" + mw, ""]
    for i, (code, zh, en, cz, ce, az, ae) in enumerate(fl, 1):
        L += ["%d. 设备出现“%s”，最可能的原因是？" % (i, zh[0]), "   答案：" + cz]
    return {"fmt": "pdf", "title": "技能认证题库", "lines": L}


def t74(ctx, m):
    fam, fl = _faults(m)
    mw = ctx.mdl()
    rows = [["故障代码对照表", mw], ["代码", "中文", "English", "处理"]] + [[c, z[0], e[0], az] for c, z, e, cz, ce, az, ae in fl]
    return {"fmt": "xlsx", "title": "故障代码对照表", "sheets": [("代码", rows)]}


TEMPLATES = {
    "TEN-50": ("h", "zh-Hans", "cn", 9, "", t50),
    "TEN-51": ("h", "zh-Hans", "cn", 7, "", t51),
    "TEN-52": ("h", "en", "cn hk", 5, "", t52),
    "TEN-53": ("h", "zh-Hant", "tw hk", 4, "", t53),
    "TEN-54": ("h", "zh-Hans", "cn", 6, "", t54),
    "TEN-55": ("h", "zh-Hans", "cn", 4, "", t55),
    "TEN-60": ("f", "zh-Hans", "cn", 6, "", t60),
    "TEN-61": ("f", "en", "cn hk", 4, "", t61),
    "TEN-62": ("f", "zh-Hant", "tw hk", 3, "", t62),
    "TEN-63": ("f", "zh-Hans", "cn", 4, "", t63),
    "TEN-64": ("f", "zh-Hans", "cn", 5, "", t64),
    "TEN-65": ("f", "zh-Hans", "cn", 5, "", t65),
    "TEN-66": ("f", "zh-Hans", "cn", 5, "", t66),
    "TEN-67": ("f", "en", "cn hk", 3, "", t67),
    "TEN-68": ("f", "zh-Hant", "tw", 2, "", t68),
    "TEN-70": ("t", "zh-Hans", "", 5, "", t70),
    "TEN-71": ("t", "en", "", 4, "", t71),
    "TEN-72": ("t", "zh-Hant", "", 3, "", t72),
    "TEN-73": ("t", "zh-Hans", "", 4, "", t73),
    "TEN-74": ("t", "zh-Hans", "", 4, "", t74),
}
