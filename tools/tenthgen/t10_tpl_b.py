# -*- coding: utf-8 -*-
"""TEN-20..30 service visits (PM, tests, inspection, installation, relocation) and TEN-40..46 complaints."""
from t10_common import *  # noqa: F401,F403

CHECK_ITEMS = {
    "compressor": ["排气压力", "排气温度", "油位", "油滤压差", "空滤压差", "皮带张紧", "冷却器清洁", "电机电流", "泄漏检查", "自动排水"],
    "cnc": ["导轨润滑", "主轴跳动", "气源压力", "冷却液浓度", "刀库动作", "防护门联锁", "电柜风扇", "水平校验"],
    "imm": ["液压油位", "油温", "加热圈电流", "安全门开关", "锁模润滑", "射嘴对中", "冷却水路", "急停按钮"],
    "chiller": ["冷媒高压", "冷媒低压", "出水温度", "水流开关", "冷凝器清洁", "压缩机电流", "电气接线"],
    "laser": ["保护镜片", "冷却水电导率", "导轨润滑", "齿条清洁", "切割头气密", "排烟除尘", "激光功率"],
    "ups": ["输入电压", "输出电压", "负载率", "风扇运行", "电容外观", "电池单体电压", "告警记录"],
    "battery": ["总电压", "单体电压", "内阻", "连接条力矩", "柜内温度", "BMS通讯", "外观漏液"],
    "robot": ["各轴原点", "减速机油位", "电缆磨损", "编码器电池", "示教器按键", "安全围栏"],
    "forklift": ["制动", "转向", "门架链条", "货叉磨损", "喇叭灯光", "蓄电池液位", "充电机"],
}


def _found(ctx, v):
    """A PM that found a defect: the fault is buried in the remark row."""
    import t10_forms as F
    idx = ctx.r.randrange(len(D.FAULTS[v.unit.family]))
    f = F.fault_text(v.unit.family, idx, "zh", ctx.r, wrap=False)
    a = D.FAULTS[v.unit.family][idx][5]
    return "保养中发现" + f, a


def t20(ctx, v):
    """PM checklist (xlsx): many OK/NG rows, the real finding in the remark row."""
    r = ctx.r
    dw = fd(v.date, r.choice(["iso", "slash0", "cn"]))
    items = CHECK_ITEMS[v.unit.family]
    found = r.random() < 0.35
    if found:
        f, a = _found(ctx, v)
        e = ctx.eng(v.eng)
        ctx.add_visit(v, dw, f, None, a, e, v.number)
    else:
        x = V(ctx, v, None, dw=dw)
        a, e = x["a"], x["e"]
    rows = [["设备点检保养表"], ["客户", ctx.cust_form(), "设备型号", ctx.mdl()], ["出厂编号", ctx.sn(), "保养日期", dw],
            ["工单号", v.number], [], ["序号", "检查项目", "标准", "结果", "说明"]]
    bad = r.randrange(len(items)) if found else -1
    for i, it in enumerate(items, 1):
        rows.append([i, it, "符合要求", "NG" if i - 1 == bad else "OK", ""])
    rows += [[], ["备注", f if found else r.choice(["无", "各项正常", "/"])], ["处理", a], ["保养人员", e],
             ["下次保养", next_pm(ctx, v, "iso") if r.random() < 0.6 else month_form(add_months(v.date, 6), "zh")]]
    return {"fmt": "xlsx", "title": "设备点检保养表", "sheets": [("检查表", rows)]}


def t21(ctx, v):
    """Run-hour maintenance record for compressors/chillers (xlsx)."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "cn", "dot0"]))
    hours = (v.date - v.unit.install).days * r.choice([14, 16, 20])
    rows = [["%s 保养记录" % fam_name(v.unit, "zh")], ["用户", ctx.cust_form()], ["机型", ctx.mdl()], ["机号", ctx.sn()],
            ["本次保养日期", x["d"]], ["运行小时", hours], ["加载小时", int(hours * 0.7)], ["保养内容", x["a"]],
            ["更换配件", r.choice(["油滤×1、空滤×1", "油分芯×1、冷却液20L", "滤网一套", "无"])], ["执行人", x["e"]],
            ["下次保养日期", next_pm(ctx, v, "iso")], ["单号", x["n"]]]
    return {"fmt": "xlsx", "title": "运行小时保养记录", "sheets": [("保养", rows)]}


def t22(ctx, v):
    """Battery capacity (discharge) test report (PDF): many numbers, only one date is the visit."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso"]))
    mf = v.unit.purchase - dt.timedelta(days=r.randrange(30, 120))
    L = ["蓄电池核对性放电测试报告", "委托单位：" + ctx.cust_form(), "电池组型号：" + ctx.mdl(), "电池组编号：" + ctx.sn(),
         "测试日期：" + x["d"], "电池生产日期：" + ctx.other("manufacture", mf, "iso"),
         "投运日期：" + ctx.other("install", v.unit.install, "iso"), "放电电流：%dA  终止电压：1.80V/单体" % r.choice([80, 100, 120]),
         "时间    总电压(V)   最低单体(V)   温度(℃)"]
    volt = 537.6
    for h in range(0, 10):
        volt -= r.uniform(2.0, 4.5)
        L.append("%02d:%02d   %.1f   %.3f   %.1f" % (9 + h // 2, 30 * (h % 2), volt, volt / 240 - r.uniform(0, .04),
                                               25 + r.uniform(0, 3)))
    L += ["实测容量：%d%% 额定容量" % r.randrange(82, 99), "结论：" + x["a"], "测试人员：" + x["e"], "报告编号：" + x["n"],
          "报告日期：" + printed(ctx, v.date, "cn", lo=1, hi=8)[0], "下次测试：" + month_form(add_months(v.date, 12), "zh")]
    return {"fmt": "pdf", "title": "蓄电池放电测试报告", "lines": L}


def t23(ctx, v):
    """Forklift annual inspection card (Word)."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso"]))
    mf = v.unit.purchase - dt.timedelta(days=r.randrange(30, 150))
    rows = [["使用单位", ctx.cust_form()], ["车辆型号", ctx.mdl()], ["车架号/出厂编号", ctx.sn()],
            ["厂内编号", "CC-%02d" % r.randrange(1, 40)], ["出厂日期", ctx.other("manufacture", mf, "cn")],
            ["检验日期", x["d"]], ["检验结论", x["a"]], ["检验员", x["e"]],
            ["下次检验日期", ctx.other("follow_up", add_months(v.date, 12), "cn")], ["记录编号", x["n"]]]
    items = [["制动性能", "合格"], ["转向系统", "合格"], ["液压系统", "合格"], ["牵引蓄电池", r.choice(["合格", "液位偏低已补液"])],
             ["安全装置", "合格"]]
    return {"fmt": "docx", "title": "叉车年检记录卡", "blocks": [("h", "场（厂）内机动车辆定期检验记录卡"), ("t", rows),
                                                             ("t", [["检验项目", "结果"]] + items)]}


def t24(ctx, v):
    """Installation and acceptance record (Word)."""
    r = ctx.r
    st = r.choice(["cn", "iso", "cn0"])
    x = V(ctx, v, st)
    rows = [["客户名称", ctx.cust_form(), "设备名称", fam_name(v.unit, "zh")], ["型号", ctx.mdl(), "出厂编号", ctx.sn()],
            ["到货日期", ctx.other("purchase", v.unit.purchase, st), "安装日期", x["d"]],
            ["保修期至", ctx.other("warranty_until", v.unit.warranty, st), "安装工程师", x["e"]],
            ["安装内容", (x["a"], 3)], ["验收结论", ("合格，同意验收", 3)], ["单号", (x["n"], 3)]]
    if r.random() < 0.4:
        rows.insert(2, ["经销商", (dealer(ctx)[0], 3)])
    return {"fmt": "docx", "title": "设备进场安装验收记录", "blocks": [("h", "设备进场安装验收记录"), ("t", rows)]}


def t25(ctx, v):
    """HQ Preventive Maintenance Report (English PDF), dotted ISO-like dates."""
    r = ctx.r
    x = V(ctx, v, "dot0", lang="en")
    L = [D.COMPANY["hq"], "SCHEDULED MAINTENANCE PROTOCOL", "Service partner: " + D.COMPANY["en_short"],
         "Site: " + ctx.cust_form("en"), "Model / Serial: %s / %s" % (ctx.mdl(), ctx.sn()), "Date performed: " + x["d"],
         "Work order: " + x["n"], "Tasks: " + x["a"], "Engineer: " + x["e"],
         "Next PM: " + month_form(add_months(v.date, 6), "en"), "Checklist: see attachment A (%d items)" % r.randrange(8, 20)]
    return {"fmt": "pdf", "title": "Scheduled Maintenance Protocol", "lines": L}


def t26(ctx, v):
    """Taiwan PM record (xlsx), ROC dates."""
    r = ctx.r
    x = V(ctx, v, r.choice(["roc", "rocdot", "roccn2"]), lang="zht")
    items = [to_trad(i, "tw") for i in CHECK_ITEMS[v.unit.family]]
    rows = [["定期保養紀錄表"], ["客戶", ctx.cust_form(), "機型", ctx.mdl()], ["序號", ctx.sn(("plate", "nosep")), "保養日期", x["d"]],
            ["單號", x["n"]], ["項目", "結果"]] + [[i, "V"] for i in items]
    rows += [["保養內容", x["a"]], ["工程師", x["e"]], ["下次保養日", next_pm(ctx, v, "roc")]]
    return {"fmt": "xlsx", "title": "定期保養紀錄表", "sheets": [("保養", rows)]}


def t27(ctx, v, customers=None):
    """Relocation record: former user (old owner) and new user (truth)."""
    r = ctx.r
    x = V(ctx, v, r.choice(["cn", "iso"]))
    old = ctx.old_owner
    L = ["设备移机服务记录", "单号：%s" % x["n"], "原使用单位：%s" % old.name, "新使用单位：%s" % ctx.cust_form(),
         "新安装地址：%s" % ctx.cust.address, "设备：%s %s" % (fam_name(v.unit, "zh"), ctx.mdl()), "出厂编号：%s" % ctx.sn(),
         "移机日期：%s" % x["d"], "工作内容：%s" % x["a"], "工程师：%s" % x["e"],
         "备注：设备产权随%s转移，保修条款%s" % (r.choice(["转让合同", "集团内部调拨"]), r.choice(["不变", "按原合同执行"]))]
    return {"fmt": "txt", "title": "移机服务记录", "lines": L}


def t28(ctx, v):
    """HK bilingual maintenance worksheet (Word), DD/MM/YYYY marked."""
    r = ctx.r
    x = V(ctx, v, "eu4", lang=r.choice(["en", "zht"]))
    rows = [["客戶 Customer", ctx.cust_form(r.choice(["zh", "en"]))], ["型號 Model", ctx.mdl()], ["編號 Serial", ctx.sn()],
            ["日期 Date (DD/MM/YYYY)", x["d"]], ["工作 Work done", x["a"]], ["工程師 Engineer", x["e"]], ["編號 Job No.", x["n"]]]
    return {"fmt": "docx", "title": "定期維護報告 Periodic Maintenance Report", "blocks": [
        ("h", D.COMPANY["hk"]), ("h", "定期維護報告 PERIODIC MAINTENANCE REPORT"), ("t", rows)]}


def t29(ctx, v):
    """Dispatch export, one record (CSV)."""
    r = ctx.r
    x = V(ctx, v, "iso")
    head = ["派工单号", "客户", "产品", "型号", "SN", "服务类型", "计划日期", "完成情况", "执行工程师"]
    row = [x["n"], ctx.cust_form(), fam_name(v.unit, "zh"), ctx.mdl(), ctx.sn(), TYPE_ZH[v.type],
           x["d"] + " %02d:00~%02d:30" % (r.randrange(8, 12), r.randrange(13, 18)), x["a"], x["e"]]
    return {"fmt": "csv", "title": "服务派单明细", "rows": [head, row]}


def t30(ctx, v):
    """Engineer's PM note in Markdown."""
    r = ctx.r
    x = V(ctx, v, r.choice(["iso", "cn"]))
    L = ["## %s · %s" % (x["d"], TYPE_ZH[v.type]), "", "**客户** %s" % ctx.cust_form(), "",
         "| 项目 | 内容 |", "|---|---|", "| 型号 | %s |" % ctx.mdl(), "| 序列号 | %s |" % ctx.sn(), "| 内容 | %s |" % x["a"],
         "| 工单 | %s |" % x["n"], "", "—— %s" % x["e"]]
    return {"fmt": "md", "title": "巡检保养随手记", "lines": L}


# ------------------------------------------------------------------ complaints
def _cv(ctx, c, vstyle, lang=None):
    """complaint: received date is the top-level date; a site visit goes into visits."""
    v = c["visit"]
    lg = lang or ctx._l()
    import t10_forms as F
    fault = F.fault_text(c["unit"].family, c["fault"], lg, ctx.r, ctx.region)
    out = {"f": fault, "v": None}
    if v is not None:
        vd = fd(v.date, vstyle)
        a = ctx.action(v, lg)
        e = ctx.eng(v.eng, "en" if lg == "en" else "zh")
        out["v"] = {"d": vd, "a": a, "e": e}
    return out


def _ctop(ctx, c, rstyle, x, cause=None, number=None, phone_action=None):
    rw = fd(c["received"], rstyle)
    v = c["visit"]
    if v is not None:
        ctx.add_visit(v, x["v"]["d"], x["f"], cause, x["v"]["a"], x["v"]["e"], number, top=False)
        ctx.t.update(fault=x["f"], cause=cause, action=x["v"]["a"], engineer=x["v"]["e"], engineer_id=v.eng, number=number)
    else:
        e = ctx.eng(c["handler"])
        ctx.t.update(fault=x["f"], cause=None, action=phone_action, engineer=e, engineer_id=c["handler"], number=number)
    ctx.t["visit_date"] = c["received"].isoformat()
    ctx.t["visit_date_as_written"] = rw
    return rw


def t40(ctx, c):
    """8D complaint report (Word)."""
    r = ctx.r
    x = _cv(ctx, c, r.choice(["cn", "iso"]))
    v = c["visit"]
    fam, idx = c["unit"].family, c["fault"]
    cause = D.FAULTS[fam][idx][3] if v else None
    phone = "电话指导客户%s，问题解决" % r.choice(["复位报警", "清洁滤网", "调整参数"])
    rw = _ctop(ctx, c, r.choice(["cn", "iso"]), x, cause=cause, number=None, phone_action=phone)
    rows = [["客户", ctx.cust_form(), "投诉日期", rw], ["设备型号", ctx.mdl(), "序列号", ctx.sn()],
            ["D1 小组成员", ("%s、%s、品质部" % (ctx.t["engineer"], r.choice(D.COORD)), 3)],
            ["D2 问题描述", (x["f"], 3)],
            ["D3 临时措施", ("安排备机/降负荷运行" if v else phone, 3)]]
    if v:
        rows += [["现场确认日期", x["v"]["d"], "责任工程师", x["v"]["e"]], ["D4 根本原因", (cause, 3)],
                 ["D5/D6 纠正措施", (x["v"]["a"], 3)]]
    else:
        rows += [["处理人", (ctx.t["engineer"], 3)]]
    rows += [["D7 预防措施", ("纳入保养检查项目，保养周期缩短", 3)], ["D8 结案日期", (printed(ctx, c["received"] if not v else v.date,
                                                                             "cn", lo=3, hi=15)[0], 3)]]
    lvl = r.choice(["紧急（1个工作日）", "一般（3个工作日）", "复杂（10个工作日）"])
    return {"fmt": "docx", "title": "客户抱怨8D改善报告", "blocks": [("h", "客户抱怨8D改善报告"), ("p", "紧急程度：" + lvl), ("t", rows)]}


def t41(ctx, c):
    """English 8D report (PDF) for foreign-invested customers."""
    r = ctx.r
    x = _cv(ctx, c, "dmy_mon", "en")
    v = c["visit"]
    cause = D.FAULTS[c["unit"].family][c["fault"]][4] if v else None
    if cause:
        cause = cause[0].upper() + cause[1:]
    rw = _ctop(ctx, c, "dmy_mon", x, cause=cause, phone_action="Remote support: reset and parameter check by phone")
    L = ["8D CORRECTIVE ACTION REPORT", "Customer: " + ctx.cust_form("en"), "Complaint received: " + rw, "Product: %s  S/N %s" % (ctx.mdl(), ctx.sn()),
         "D1 Team: " + ctx.t["engineer"] + ", service desk", "D2 Problem: " + x["f"]]
    if v:
        L += ["D3 Containment: stand-by unit / reduced load", "On-site verification: " + x["v"]["d"], "D4 Root cause: " + cause,
              "D5-D6 Corrective action: " + x["v"]["a"], "Engineer: " + x["v"]["e"]]
    else:
        L += ["D3 Containment: " + ctx.t["action"]]
    L += ["D7 Prevent recurrence: added to PM checklist", "D8 Closure: " + printed(ctx, v.date if v else c["received"],
                                                                                   "dmy_mon", lo=3, hi=12)[0]]
    return {"fmt": "pdf", "title": "8D Corrective Action Report", "lines": L}


def t42(ctx, c):
    """Customer complaint mail with the service desk's reply on top."""
    r = ctx.r
    x = _cv(ctx, c, "cn")
    rw = _ctop(ctx, c, "cn", x, phone_action="电话远程指导处理，客户确认恢复")
    who = contact(ctx)
    L = ["主题: 回复: 投诉——%s故障" % fam_name(c["unit"], "zh"), "", "%s您好：" % who.split()[-1]]
    if c["visit"]:
        L += ["我司已安排工程师%s于%s到现场处理。" % (x["v"]["e"], x["v"]["d"]), "处理结果：%s" % x["v"]["a"]]
    else:
        L += ["处理方式：%s" % ctx.t["action"], "处理人：%s" % ctx.t["engineer"]]
    L += ["", "客服中心 %s" % r.choice(D.COORD), "", "-----原始邮件-----", "发件人：%s" % who, "发送时间：%s 08:%02d" % (rw, r.randrange(60)),
          "主题：投诉——%s故障" % fam_name(c["unit"], "zh"), "", "贵司设备（型号%s，编号%s）%s，" % (ctx.mdl(), ctx.sn(), "") ,
          x["f"], "请尽快处理。", ctx.cust_form()]
    return {"fmt": "txt", "title": "客诉邮件", "lines": L}


def t43(ctx, c):
    """WeChat complaint chat: the received day and the visit day."""
    r = ctx.r
    x = _cv(ctx, c, "iso")
    rw = _ctop(ctx, c, "iso", x, phone_action="远程指导操作工复位，恢复运行")
    who = contact(ctx).split()[-1]
    L = ["聊天记录 - %s" % ctx.cust_form(), "[%s 07:%02d] %s: %s" % (rw, r.randrange(60), who, x["f"]),
         "[%s 07:%02d] %s: 设备编号%s，再不处理要投诉了" % (rw, r.randrange(60), who, ctx.sn())]
    if c["visit"]:
        L.append("[%s 08:%02d] 客服%s: 已安排%s" % (rw, r.randrange(60), r.choice(D.COORD), x["v"]["e"]))
        L.append("[%s 15:%02d] %s: %s" % (x["v"]["d"], r.randrange(60), x["v"]["e"], x["v"]["a"]))
    else:
        L.append("[%s 08:%02d] %s: %s" % (rw, r.randrange(60), ctx.t["engineer"], ctx.t["action"]))
    return {"fmt": "txt", "title": "客诉聊天记录", "lines": L}


def t44(ctx, c):
    """Taiwan / Hong Kong 顧客抱怨處理紀錄."""
    r = ctx.r
    st = "roccn2" if ctx.region == "tw" else "cn"
    x = _cv(ctx, c, st)
    rw = _ctop(ctx, c, st, x, phone_action=to_trad("电话指导客户处理，已恢复", ctx.region))
    L = ["顧客抱怨處理紀錄", "受理日期：" + rw, "客戶：" + ctx.cust_form(), "機型：" + ctx.mdl(), "序號：" + ctx.sn(),
         "抱怨內容：" + x["f"]]
    if c["visit"]:
        L += ["到場日期：" + x["v"]["d"], "處理：" + x["v"]["a"], "工程師：" + x["v"]["e"]]
    else:
        L += ["處理：" + ctx.t["action"], "承辦：" + ctx.t["engineer"]]
    L.append("結案：□是 □否")
    return {"fmt": "txt", "title": "顧客抱怨處理紀錄", "lines": L}


def t45(ctx, c):
    """Complaint ledger row (xlsx)."""
    r = ctx.r
    x = _cv(ctx, c, "iso")
    rw = _ctop(ctx, c, "slash0", x, phone_action="电话/远程处理")
    head = ["序号", "受理日期", "客户", "型号", "编号", "投诉内容", "处理方式", "上门日期", "处理结果", "责任人"]
    row = [r.randrange(1, 300), rw, ctx.cust_form(), ctx.mdl(), ctx.sn(), x["f"], "上门" if c["visit"] else "电话/远程",
           x["v"]["d"] if c["visit"] else "", x["v"]["a"] if c["visit"] else ctx.t["action"], ctx.t["engineer"]]
    return {"fmt": "xlsx", "title": "客诉台账", "sheets": [("客诉", [head, row])]}


def t46(ctx, c):
    """English complaint mail thread."""
    r = ctx.r
    x = _cv(ctx, c, "d_month_y", "en")
    rw = _ctop(ctx, c, "en_wd", x, phone_action="Talked the operator through a reset by phone")
    L = ["Subject: RE: Complaint – %s" % fam_name(c["unit"], "en"), ""]
    if c["visit"]:
        L += ["Our engineer %s attended on %s." % (x["v"]["e"], x["v"]["d"]), "Result: " + x["v"]["a"]]
    else:
        L += ["Resolution: " + ctx.t["action"], "Handled by " + ctx.t["engineer"]]
    L += ["", "Service Desk, " + D.COMPANY["en"], "", "________________________________", "From: " + contact(ctx),
          "Sent: %s 09:%02d" % (rw, r.randrange(60)), "Subject: Complaint", "",
          "Our %s (S/N %s): %s." % (ctx.mdl(), ctx.sn(), x["f"]), "Please advise urgently.", ctx.cust_form("en")]
    return {"fmt": "txt", "title": "Complaint_mail", "lines": L}


TEMPLATES = {
    "TEN-20": ("s", "zh-Hans", "cn", 10, "pm", t20),
    "TEN-21": ("s", "zh-Hans", "cn", 5, "pm", t21),
    "TEN-22": ("s", "zh-Hans", "cn", 5, "captest", t22),
    "TEN-23": ("s", "zh-Hans", "cn", 5, "inspection", t23),
    "TEN-24": ("s", "zh-Hans", "cn", 5, "install", t24),
    "TEN-25": ("s", "en", "cn hk", 4, "pm captest inspection", t25),
    "TEN-26": ("s", "zh-Hant", "tw", 4, "pm inspection captest", t26),
    "TEN-27": ("s", "zh-Hans", "cn", 3, "relocation", t27),
    "TEN-28": ("s", "zh-Hant", "hk", 3, "pm inspection captest", t28),
    "TEN-29": ("s", "zh-Hans", "cn", 5, "pm inspection install captest", t29),
    "TEN-30": ("s", "zh-Hans", "cn", 4, "pm inspection", t30),
    "TEN-40": ("c", "zh-Hans", "cn", 8, "", t40),
    "TEN-41": ("c", "en", "cn hk", 4, "", t41),
    "TEN-42": ("c", "zh-Hans", "cn", 6, "", t42),
    "TEN-43": ("c", "zh-Hans", "cn", 5, "", t43),
    "TEN-44": ("c", "zh-Hant", "tw hk", 4, "", t44),
    "TEN-45": ("c", "zh-Hans", "cn", 5, "", t45),
    "TEN-46": ("c", "en", "cn hk", 4, "", t46),
}
