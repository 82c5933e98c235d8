"""seventhgen: complaint (S7-40…46), equipment history (S7-50…56), customer file (S7-60…64) and
training (S7-70…74) templates."""
import csv
import datetime as dt
import io

from s7_base import CO, CO_EN
from s7_families import FAMILIES, FAULTS, CHECKS
from s7_forms import fd, vtype, MON, cap, texts, svc_action, fam_name, serial_form, model_form, fw
from s7_world import ENG, PRINT_END, owner_on, add_months
from s7_writers import Page
from s7_zh import s2t

CHANNEL_ZH = ["400热线", "微信公众号", "邮件", "销售转达", "院内OA", "现场口头"]
CHANNEL_EN = ["Hotline", "Email", "Web form", "Sales rep", "Phone", "Letter"]
URG_ZH = ["紧急（1个工作日）", "一般（3个工作日）", "复杂（10个工作日）"]


def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def complaint_core(ctx, d, rw, vst=None, plain=False, with_cause=True):
    """fills the top level of a complaint: received date, complaint text, handler, action, site visit.
    The site visit's fault is the complaint as written; the cause only where the template writes it."""
    pc = ctx.pc
    rec = pc.complaint["received"]
    d.vdate = rec.isoformat()
    d.vdate_w = rw
    f, c, a = texts(pc, d.lang, ctx.rng, ctx.variant, plain=plain, complaint=True)
    d.fault = f
    d.cause = None
    if pc.type == "repair":
        vf, vc, va, ve = ctx.entry(d, pc, vst, d.number, cause=with_cause)
        d.visits[-1]["fault"] = f
        d.action = va
        d.engineer = ve
        d.eid = pc.eng
        d.cause = vc
    else:
        d.action = a
        d.engineer = ctx.eng(pc.eng)
        d.eid = pc.eng
    return d.fault, d.cause, d.action, d.engineer


# S7-40 Zendesk ticket export (.txt)
def s740(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-40", "en")
    tk = "#%d" % (40000 + pc.vid)
    d.number = tk
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    rw = fd(rec, "en_mdy3")
    vst = fd(pc.date, "en_mdy3")
    f, ca, a, e = complaint_core(ctx, d, rw, vst)
    if pc.type == "repair":
        d.visits[-1]["number"] = tk
    req = c.contacts[0]
    lines = ["Ticket %s  %s" % (tk, "Solved"), "Subject: %s %s – complaint" % (FAMILIES[u.family][1], sw),
             "Requester: %s (%s)" % (req, cw), "Assignee: %s" % e, "Group: Field Service", "Priority: %s" % r.choice(["High", "Urgent", "Normal"]),
             "Tags: complaint %s" % u.family, "Created: %s %d:%02d" % (rw, r.randint(8, 11), r.randint(0, 59)), "",
             "---- %s, %s %d:%02d" % (req, rw, r.randint(8, 11), r.randint(0, 59)), f + ".",
             "Model %s, serial %s." % (mw, sw), ""]
    if pc.type == "repair":
        lines += ["---- %s, %s %d:%02d" % (e, rw, r.randint(12, 17), r.randint(0, 59)),
                  "Sorry for the trouble. An engineer will come on site." if pc.date > rec else "I am on my way to your site now.", "",
                  "---- %s, %s %d:%02d" % (e, vst, r.randint(14, 18), r.randint(0, 59)),
                  "Attended on %s. %s" % (vst, ("Cause: " + ca + ". ") if ca else "") + a + ".", "Setting this ticket to solved."]
    else:
        lines += ["---- %s, %s %d:%02d" % (e, rw, r.randint(12, 17), r.randint(0, 59)),
                  "Resolved remotely: " + a + ".", "No site visit needed. Setting this ticket to solved."]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "exports/zendesk/%d" % rec.year
    d.fname = "ticket_%d" % (40000 + pc.vid)
    return d


# S7-41 Salesforce Case export (.csv)
def s741(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-41", "en")
    cn = "%08d" % (1000000 + pc.vid)
    d.number = cn
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    h1 = r.randint(1, 7)
    rw = "%d-%02d-%02d" % (rec.year, rec.month, rec.day)
    vst = "%d-%02d-%02d" % (pc.date.year, pc.date.month, pc.date.day)
    f, ca, a, e = complaint_core(ctx, d, rw, vst, with_cause=False)
    if pc.type == "repair":
        d.visits[-1]["number"] = cn
    head = ["CaseNumber", "Account.Name", "Asset.SerialNumber", "Asset.Product2.Name", "Origin", "Priority", "Type", "Subject", "Description",
            "CreatedDate", "Owner.Name", "Site_Visit_Date__c", "Resolution__c", "Status"]
    row = [cn, cw, sw, mw, CHANNEL_EN[pc.complaint["channel"]], r.choice(["High", "Medium"]), "Complaint", "%s – %s" % (FAMILIES[u.family][1], "complaint"),
           f, "%sT%02d:%02d:00.000Z" % (rw, h1, r.randint(0, 59)), e, vst if pc.type == "repair" else "", a, "Closed"]
    d.ext = "csv"
    d.content = csv_text([head, row])
    d.folder = "exports/salesforce/cases"
    d.fname = "case_%s" % cn
    return d


# S7-42 投诉处理会议纪要 (.docx), mentions other units by model only
def s742(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-42", "zh-Hans")
    no = "HY%02d-%03d" % (pc.date.year % 100, pc.vid % 1000)
    d.number = no
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    st = r.choice(["cn", "iso"])
    rw = fd(rec, st)
    vst = fd(pc.date, st)
    f, ca, a, e = complaint_core(ctx, d, rw, vst)
    md = ctx.later(pc.date, 1, 12)
    mw_ = d.od("report_printed", md, fd(md, st))
    others = [x for x in ctx.w.units if x is not u and owner_on(x, md) is c]
    blocks = [("h", "客户投诉处理专题会议纪要"), ("p", "会议编号：%s　　会议时间：%s %s" % (no, mw_, ctx.hm(14, 16))),
              ("p", "地点：服务部二楼会议室　主持：庞经理　记录：闵小燕"), ("p", "参会：%s、葛主管、质量部代表" % e), ("p", "一、投诉情况"),
              ("p", "%s 于%s通过%s投诉：%s。涉及设备 %s %s，机身号 %s。" % (cw, rw, CHANNEL_ZH[pc.complaint["channel"]], f, ctx.fam(), mw, sw)),
              ("p", "二、处理经过")]
    if pc.type == "repair":
        blocks.append(("p", "%s于%s到现场处理。%s处理措施：%s。" % (e, vst, ("原因：" + ca + "。") if ca else "", a)))
    else:
        blocks.append(("p", "经%s电话/远程处理：%s。未安排上门。" % (e, a)))
    if others:
        o = others[0]
        blocks.append(("p", "同时了解到该客户另一台%s（型号%s）运行正常，本次不作处理。" % (fam_name(o.family, "zh-Hans"), o.model)))
    blocks += [("p", "三、决议"), ("p", "1. 由%s在一周内电话回访；2. 将该故障纳入月度质量分析；3. 备件库增加常用备件库存。" % e)]
    d.ext = "docx"
    d.content = ("docx", blocks, CO["cn"][0] + " 会议纪要", None)
    d.folder = "客服中心/投诉/会议纪要/%d" % md.year
    d.fname = "纪要_%s" % no
    return d


# S7-43 Taiwan complaint by Outlook mail (zh-Hant), our reply on top
def s743(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-43", "zh-Hant")
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    rw = fd(rec, "cn")
    vst = fd(pc.date, r.choice(["cn", "rocsl"]))
    f, ca, a, e = complaint_core(ctx, d, rw, vst)
    wd = "一二三四五六日"
    send = max(pc.date, rec) + dt.timedelta(days=r.randint(0, 2))
    send = min(send, PRINT_END)
    sw_ = fd(send, "cn")
    if send > pc.date and send > rec:
        d.od("report_printed", send, sw_)
    ampm = lambda: r.choice(["上午 10:%02d" % r.randint(0, 59), "下午 3:%02d" % r.randint(0, 59)])
    lines = ["寄件者: %s <service.tw@qiheng-service.com>" % e, "寄件日期: %s 星期%s %s" % (sw_, wd[send.weekday()], ampm()),
             "收件者: %s" % c.contacts[0], "主旨: 回覆: %s %s 異常反映" % (ctx.fam(), sw), "",
             "%s 您好：" % c.contacts[0], ""]
    if pc.type == "repair":
        lines.append("本公司技術員已於 %s 到場處理，%s處理內容：%s。" % (vst, ("原因為" + ca + "。") if ca else "", a))
    else:
        lines.append("經電話/遠端協助：%s，無需派員到場。" % a)
    lines += ["造成不便，敬請見諒。", "", "%s %s" % (CO["tw"][0], CO["tw"][1]), "",
              "-----原始郵件-----", "寄件者: %s" % c.contacts[0], "寄件日期: %s 星期%s %s" % (rw, wd[rec.weekday()], ampm()),
              "主旨: %s %s 異常反映" % (ctx.fam(), sw), "", "貴公司您好：", "本單位 %s（型號 %s，機器序號 %s）%s。" % (cw, mw, sw, f), "請儘速派員處理。"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "台灣分公司/客訴郵件/%d" % (rec.year - 1911)
    d.fname = "回覆_%s_%d" % (u.serial.replace("/", ""), pc.vid)
    return d


# S7-44 complaint letter (English, HK / MO / SG / MY) with the service note typed below (.pdf)
def s744(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-44", "en")
    ref = "%s/ENG/%d/%03d" % (c.brand_en or "FM", pc.complaint["received"].year, pc.vid % 1000)
    ref = ref.replace(" ", "")
    d.number = ref
    sw, mw = ctx.unit(d, pdf=True)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec, addr=True)
    st = r.choice(["en_dmy", "en_ord", "en_mdy"])
    rw = fd(rec, st)
    vst = fd(pc.date, st)
    f, ca, a, e = complaint_core(ctx, d, rw, vst, plain=False)
    if pc.type == "repair":
        d.visits[-1]["number"] = ref
    p = Page()
    p.line(cw, 11, x=60)
    p.line(ctx.addr(), 9, x=60)
    p.skip(8)
    p.line("Our ref: " + ref, 9, x=60)
    p.line(rw, 10, x=60)
    p.skip(6)
    p.line("The Service Manager, " + CO[c.region][0] if c.region in ("sg", "my") else "The Service Manager, " + CO_EN, 10, x=60)
    p.skip(6)
    p.line("Re: complaint – %s model %s, serial no. %s" % (FAMILIES[u.family][1], mw, sw), 10, x=60)
    p.skip(4)
    p.line("We wish to complain about the following: " + f + ".", 10, x=60)
    p.line("Please arrange a qualified engineer and let us have your written reply.", 10, x=60)
    p.line("Yours faithfully,  " + c.contacts[0], 10, x=60)
    p.skip(20)
    p.line("--- Service note (for office use) ---", 9, x=60)
    if pc.type == "repair":
        p.line("Attended on %s by %s. %s" % (vst, e, ("Cause: " + ca + ".") if ca else ""), 9, x=60)
        p.line("Action: " + a, 9, x=60)
    else:
        p.line("Handled by %s without a site visit: %s." % (e, a), 9, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "Complaints/Letters/%s" % c.city_en
    d.fname = "complaint_%d" % pc.vid
    return d


# S7-45 医院OA 设备故障督办单 (.txt)
def s745(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-45", "zh-Hans")
    no = "DB-%d-%04d" % (pc.complaint["received"].year, pc.vid % 10000)
    d.number = no
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    st = r.choice(["iso", "cn", "sl"])
    rw = fd(rec, st)
    vst = fd(pc.date, st)
    f, ca, a, e = complaint_core(ctx, d, rw, vst)
    lines = ["%s  设备故障督办单" % cw, "督办编号：" + no, "发起科室：" + (c.dept or c.inst), "发起人：" + c.contacts[0],
             "发起时间：%s %s" % (rw, ctx.hm()), "紧急程度：" + URG_ZH[pc.complaint["urgency"]], "",
             "督办事项：%s（型号%s，机身号%s）%s。" % (ctx.fam(), mw, sw, f), "承办单位：" + CO["cn"][0], "", "—— 厂家反馈 ——"]
    if pc.type == "repair":
        lines += ["上门日期：" + vst, "处理人：" + e]
        if ca:
            lines.append("原因分析：" + ca)
        lines.append("处理结果：" + a)
    else:
        lines += ["处理方式：电话/远程", "处理人：" + e, "处理结果：" + a]
    lines += ["", "科室评价：□满意 □基本满意 □不满意", "办结状态：已办结"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "客户来文/督办单/%s" % c.city
    d.fname = no
    return d


# S7-46 呼叫中心投诉登记 export (.csv), with 回访日期
def s746(ctx):
    pc, u, c, r = ctx.pc, ctx.u, ctx.c, ctx.rng
    d = ctx.new("complaint", "S7-46", "zh-Hans")
    no = "TS%02d%06d" % (pc.complaint["received"].year % 100, pc.vid * 19 % 1000000)
    d.number = no
    sw, mw = ctx.unit(d)
    rec = pc.complaint["received"]
    cw = ctx.cw(d, rec)
    rw = fd(rec, "iso")
    vst = fd(pc.date, "iso")
    f, ca, a, e = complaint_core(ctx, d, rw, vst, with_cause=False)
    fu = ctx.later(pc.date, 2, 7)
    fuw = d.od("follow_up", fu, fd(fu, "iso")) if fu > pc.date else ""
    head = ["工单号", "来电时间", "来电号码", "客户名称", "设备", "机身号", "投诉内容", "等级", "处理方式", "上门日期", "处理人", "处理结果", "回访日期", "回访结果"]
    row = [no, "%s %s:%02d" % (rw, ctx.hm(8, 17), r.randint(0, 59)), "1%d****%04d" % (r.randint(30, 99), r.randint(0, 9999)), cw, "%s %s" % (ctx.fam(), mw), sw, f,
           URG_ZH[pc.complaint["urgency"]], "上门" if pc.type == "repair" else "远程", vst if pc.type == "repair" else "", e, a, fuw,
           r.choice(["满意", "满意", "基本满意"]) if fuw else ""]
    d.ext = "csv"
    d.content = csv_text([head, row])
    d.folder = "呼叫中心/投诉登记/%d" % rec.year
    d.fname = no
    return d


# ------------------------------------------------------------------ equipment history
def hist_order(ctx, vs):
    newest_first = ctx.rng.random() < 0.4
    return (list(reversed(vs)) if newest_first else list(vs)), newest_first


def hist_top(d, newest_first):
    d.top_from_visit(0 if newest_first else -1)


# S7-50 年度维保合同执行表 (.xlsx): plan months vs dates done
def s750(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    vs = ctx.vs
    d = ctx.new("equipment_history", "S7-50", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, vs[-1].date)
    st = r.choice(["iso", "sl0", "dot0"])
    year = vs[-1].date.year
    rows = [["%d年度维保合同执行表" % year], [None], ["客户", cw, "设备", ctx.fam()], ["型号", mw, "序列号", sw], ["合同年度", str(year), "服务商", CO["cn"][0]],
            [None], ["序号", "计划月份", "实际日期", "服务类型", "工作内容", "工程师", "状态"]]
    for k, v in enumerate(vs):
        dw = fd(v.date, st)
        f, ca, a, e = ctx.entry(d, v, dw, None, cause=False)
        plan = "%d年%d月" % (v.date.year, v.date.month) if v.type != "repair" else "—"
        rows.append([k + 1, plan, dw, vtype(v, "zh-Hans"), f + "；" + a if f else a, e, "已完成"])
    d.top_from_visit()
    rows += [[None], ["说明", "计划月份按合同附件执行，维修为合同内响应，不计入计划次数"]]
    d.ext = "xlsx"
    d.content = ("xlsx", [("执行情况", rows, ["A1:G1"], [6, 12, 14, 12, 50, 10, 8])])
    d.folder = "合同管理/执行表/%d" % year
    d.fname = "执行表_%s_%d" % (u.serial.replace("/", ""), year)
    return d


# S7-51 engineer's Markdown notes, one heading per visit
def s751(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-51", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, ctx.vs[-1].date)
    vs, nf = hist_order(ctx, ctx.vs)
    lines = ["# %s %s 服务笔记" % (cw, ctx.fam()), "", "> 型号 %s · SN %s" % (mw, sw), ""]
    st = r.choice(["iso", "cnwk2", "cn"])
    for v in vs:
        dw = fd(v.date, st)
        f, ca, a, e = ctx.entry(d, v, dw, None)
        lines += ["## %s · %s" % (dw, vtype(v, "zh-Hans")), ""]
        if f:
            lines.append("- 现象：" + f)
        if ca:
            lines.append("- 原因：" + ca)
        lines += ["- 处理：" + a, "- 人员：" + e, ""]
    hist_top(d, nf)
    d.ext = "md"
    d.content = "\n".join(lines)
    d.folder = "工程师笔记/设备/%s" % c.city
    d.fname = "notes_%s" % u.serial.replace("/", "-")
    return d


# S7-52 设备服务履历 (.docx): unit block with label row over value row; history with a merged year column
def s752(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-52", "zh-Hans")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, ctx.vs[-1].date)
    st = r.choice(["dot", "iso", "cn"])
    vs, nf = hist_order(ctx, ctx.vs)
    iw = d.od("install", u.install, fd(u.install, st))
    head = [[{"t": "使用单位", "bold": True}, {"t": "设备名称", "bold": True}, {"t": "型号", "bold": True}, {"t": "出厂编号", "bold": True}, {"t": "启用日期", "bold": True}],
            [cw, ctx.fam(), mw, sw, iw]]
    rows = [[{"t": "年度", "bold": True}, {"t": "日期", "bold": True}, {"t": "类别", "bold": True}, {"t": "内容", "bold": True}, {"t": "工程师", "bold": True}]]
    prev = None
    for v in vs:
        dw = fd(v.date, st)
        f, ca, a, e = ctx.entry(d, v, dw, None)
        txt = "\n".join(x for x in [("故障：" + f) if f else None, ("原因：" + ca) if ca else None, ("处理：" if f else "") + a] if x)
        yc = {"t": str(v.date.year), "vmerge": "restart"} if v.date.year != prev else {"t": "", "vmerge": "continue"}
        prev = v.date.year
        rows.append([yc, dw, vtype(v, "zh-Hans"), txt, e])
    hist_top(d, nf)
    d.ext = "docx"
    d.content = ("docx", [("h", "设备服务履历"), ("table", head), ("p", "服务记录"), ("table", rows)], CO["cn"][0], None)
    d.folder = "设备档案/履历/%s" % c.city
    d.fname = "履历_%s" % u.serial.replace("/", "-")
    return d


# S7-53 Asset Service History (.pdf, English)
def s753(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-53", "en")
    sw, mw = ctx.unit(d, pdf=True)
    cw = ctx.cw(d, ctx.vs[-1].date, addr=r.random() < 0.4)
    st = r.choice(["en_ddmonyy", "en_dmy3"])
    vs, nf = hist_order(ctx, ctx.vs)
    p = Page(landscape=True)
    p.line("ASSET SERVICE HISTORY", 14, x=40)
    p.line("Customer: " + cw, 10, x=40)
    if d.prints_address:
        p.line("Site: " + ctx.addr(), 9, x=40)
    p.line("Asset: %s   Model: %s   Serial: %s" % (FAMILIES[u.family][1], mw, sw), 10, x=40)
    p.skip(6)
    p.line("Date", 9, x=40, gap=0)
    for xx, h in [(120, "Type"), (250, "Work order"), (340, "Details"), (700, "Engineer")]:
        p.at(xx, h, 9)
    p.skip(16)
    for v in vs:
        dw = fd(v.date, st)
        wo = "WO-%06d" % (v.vid * 7 % 1000000)
        f, ca, a, e = ctx.entry(d, v, dw, wo, cause=False, eng_w=ctx.eng(v.eng, formal=True))
        p.line(dw, 8, x=40, gap=0)
        p.at(120, vtype(v, "en"), 8, maxw=125)
        p.at(250, wo, 8)
        p.at(340, ((f + " / ") if f else "") + a, 8, maxw=350)
        p.at(700, e, 8, maxw=110)
        p.skip(14)
    hist_top(d, nf)
    pd = ctx.later(max(v.date for v in vs), 0, 30)
    p.skip(10)
    p.line("Printed: " + (d.od("report_printed", pd, fd(pd, st)) if pd > max(v.date for v in vs) else fd(pd, st)), 8, x=40)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", True)
    d.folder = "CMMS printouts/%s" % c.city_en
    d.fname = "history_%s" % u.serial.replace("/", "-")
    return d


# S7-54 Taiwan / Hong Kong 儀器履歷 (.md)
def s754(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-54", "zh-Hant")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, ctx.vs[-1].date)
    tw = c.region == "tw"
    st = r.choice(["rocdot", "roc2"]) if tw else "dmy_sl"
    vs, nf = hist_order(ctx, ctx.vs)
    lines = ["# %s 儀器履歷" % ctx.fam(), "", "* 客戶：" + cw, "* 型號：" + mw, "* 序號：" + sw]
    if not tw:
        lines.append("* 日期格式 Date format: DD/MM/YYYY")
    lines.append("")
    for k, v in enumerate(vs):
        dw = fd(v.date, st)
        f, ca, a, e = ctx.entry(d, v, dw, None, cause=False)
        lines.append("%d. **%s** %s：%s%s（%s）" % (k + 1, dw, vtype(v, "zh-Hant", ctx.variant), (f + " → ") if f else "", a, e))
    hist_top(d, nf)
    d.ext = "md"
    d.content = "\n".join(lines) + "\n"
    d.folder = ("台灣分公司/儀器履歷" if tw else "HK Office/儀器履歷")
    d.fname = "履歷_%s" % u.serial.replace("/", "-")
    return d


# S7-55 OCR of a handwritten 设备维修记录本 page
def s755(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-55", "zh-Hans")
    sw, mw = ctx.unit(d, ocr=True)
    cw = ctx.cw(d, ctx.vs[-1].date)
    vs = list(ctx.vs)
    lines = ["设 备 维 修 记 录 本        第 %d 页" % r.randint(2, 30), "单 位：" + cw, "设 备：" + ctx.fam() + "  型 亏：" + mw, "编 号：" + sw,
             "------------------------------------------"]
    for v in vs:
        dw = fd(v.date, r.choice(["dot", "cnsp"]))
        f, ca, a, e = ctx.entry(d, v, dw, None, plain=True, cause=False)
        lines.append(dw + "  " + (f + "，" if f else "") + a)
        lines.append("          签 名：" + e + r.choice(["", "  |", " 丶"]))
    d.top_from_visit()
    lines.append("（以下空白）")
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "扫描件/维修记录本OCR/%s" % c.city
    d.fname = "logbook_%s" % u.serial.replace("/", "-")
    return d


# S7-56 Salesforce Field Service: work orders of one asset (.csv)
def s756(ctx):
    u, c, r = ctx.u, ctx.c, ctx.rng
    d = ctx.new("equipment_history", "S7-56", "en")
    sw, mw = ctx.unit(d)
    cw = ctx.cw(d, ctx.vs[-1].date)
    vs, nf = hist_order(ctx, ctx.vs)
    rows = [["WorkOrderNumber", "Account", "Asset Serial", "Product", "Work Type", "Start Date", "Subject", "Root Cause", "Resolution", "Technician"]]
    for v in vs:
        dw = fd(v.date, "iso")
        wo = "%08d" % (200000 + v.vid)
        f, ca, a, e = ctx.entry(d, v, dw, wo, eng_w=ctx.eng(v.eng, formal=True))
        rows.append([wo, cw, sw, mw, vtype(v, "en"), "%s %02d:%02d" % (dw, r.randint(8, 16), r.randint(0, 59)), f or vtype(v, "en"), ca or "", a, e])
    hist_top(d, nf)
    d.ext = "csv"
    d.content = csv_text(rows)
    d.folder = "exports/salesforce/work-orders"
    d.fname = "WO_by_asset_%s" % u.serial.replace("/", "-")
    return d


# ------------------------------------------------------------------ customer files
def listed_units(ctx, when):
    return [u for u in ctx.w.units if owner_on(u, when) is ctx.c and u.install <= when]


# S7-60 master 客户档案 (.docx) with former names
def s760(ctx):
    c, r = ctx.c, ctx.rng
    d = ctx.new("customer_file", "S7-60", "zh-Hans")
    fdte = ctx.fdate
    st = r.choice(["cn", "iso"])
    cw = ctx.cw(d, fdte, registered=True)
    us = listed_units(ctx, fdte)
    rows = [[{"t": "单位全称", "bold": True}, {"t": cw, "span": 3}],
            [{"t": "曾用名", "bold": True}, {"t": "、".join(f["name"] for f in c.former) if c.former else "无", "span": 3}],
            [{"t": "英文名称", "bold": True}, {"t": c.english, "span": 3}],
            [{"t": "所在城市", "bold": True}, c.city, {"t": "客户等级", "bold": True}, c.cclass + "类"],
            [{"t": "地址", "bold": True}, {"t": c.address, "span": 3}],
            [{"t": "联系人", "bold": True}, c.contacts[0], {"t": "电话", "bold": True}, c.phone],
            [{"t": "维保合同", "bold": True}, {"t": "有（年度续签）" if c.contract else "无", "span": 3}]]
    d.prints_address = True
    eq = [[{"t": "设备名称", "bold": True}, {"t": "型号", "bold": True}, {"t": "出厂编号", "bold": True}, {"t": "装机日期", "bold": True}, {"t": "保修截止", "bold": True}]]
    for u in us:
        s = serial_form(u.serial, r, zh=True)
        d.serials.append(u.serial)
        d.serials_w.append(s)
        eq.append([fam_name(u.family, "zh-Hans"), u.model, s, d.od("install", u.install, fd(u.install, st)), d.od("warranty_until", u.warranty, fd(u.warranty, st))])
    pw = d.od("report_printed", fdte, fd(fdte, st))
    d.ext = "docx"
    d.content = ("docx", [("h", "客户档案"), ("p", "客户编号：%s　　更新日期：%s" % (c.id, pw)), ("table", rows), ("p", "在用设备"), ("table", eq)],
                 CO["cn"][0] + " 客户档案", None)
    d.folder = "客户档案/%s" % c.city
    d.fname = "客户档案_%s" % c.id
    return d


# S7-61 维保年报 (.pdf): a year of service for one customer, months only
def s761(ctx):
    c, r = ctx.c, ctx.rng
    d = ctx.new("customer_file", "S7-61", "zh-Hans")
    year = ctx.year
    fdte = ctx.fdate
    cw = ctx.cw(d, fdte)
    us = listed_units(ctx, fdte)
    p = Page()
    p.line("%d年度维保服务年报" % year, 16, x=180)
    p.line("客户：" + cw, 11, x=60)
    p.line("服务单位：" + CO["cn"][0], 10, x=60)
    p.skip(8)
    p.line("设备", 9, x=60, gap=0)
    for xx, h in [(200, "序列号"), (330, "保养"), (380, "维修"), (430, "最近一次服务")]:
        p.at(xx, h, 9)
    p.skip(16)
    tot_m = tot_r = 0
    for u in us:
        s = serial_form(u.serial, r, zh=True, pdf=True)
        d.serials.append(u.serial)
        d.serials_w.append(s)
        yv = [v for v in u.visits if v.date.year == year and owner_on(u, v.date) is c]
        m = sum(1 for v in yv if v.type in ("maintenance", "inspection", "calibration"))
        rp = sum(1 for v in yv if v.type == "repair")
        tot_m += m
        tot_r += rp
        last = "%d年%d月" % (yv[-1].date.year, yv[-1].date.month) if yv else "—"
        p.line("%s %s" % (fam_name(u.family, "zh-Hans"), u.model), 9, x=60, gap=0, maxw=135)
        p.at(200, s, 9)
        p.at(330, str(m), 9)
        p.at(380, str(rp), 9)
        p.at(430, last, 9)
        p.skip(15)
    p.skip(10)
    p.line("全年完成计划保养/巡检/校准 %d 次，故障维修 %d 次。" % (tot_m, tot_r), 10, x=60)
    p.line("建议：对使用年限较长的设备提前储备易损件。", 10, x=60)
    p.line("报告日期：" + d.od("report_printed", fdte, fd(fdte, "cn")), 10, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "维保年报/%d" % year
    d.fname = "年报_%s_%d" % (c.id, year)
    return d


# S7-62 Salesforce account + assets export (.csv)
def s762(ctx):
    c, r = ctx.c, ctx.rng
    d = ctx.new("customer_file", "S7-62", "en")
    fdte = ctx.fdate
    cw = ctx.cw(d, fdte, registered=r.random() < 0.6)
    us = listed_units(ctx, fdte)
    rows = [["Report: Accounts with Assets", "", "", "", "", ""], ["Generated", fd(fdte, "en_dmy"), "", "", "", ""], [],
            ["Account Name", "Former Name", "Billing City", "Asset Serial", "Product", "Install Date"]]
    d.od("report_printed", fdte, fd(fdte, "en_dmy"))
    for u in us:
        s = serial_form(u.serial, r)
        d.serials.append(u.serial)
        d.serials_w.append(s)
        rows.append([cw, c.former[0]["english"] if c.former else "", c.city_en, s, "%s %s" % (FAMILIES[u.family][1], u.model),
                     d.od("install", u.install, fd(u.install, "iso"))])
    d.ext = "csv"
    d.content = csv_text(rows)
    d.folder = "exports/salesforce/accounts"
    d.fname = "account_%s_%s" % (c.id, fdte.isoformat())
    return d


# S7-63 客戶資料 (zh-Hant)
def s763(ctx):
    c, r = ctx.c, ctx.rng
    d = ctx.new("customer_file", "S7-63", "zh-Hant")
    fdte = ctx.fdate
    cw = ctx.cw(d, fdte, registered=r.random() < 0.7)
    us = listed_units(ctx, fdte)
    tw = c.region == "tw"
    st = "rocsl" if tw else "cn"
    lines = ["客戶資料", "客戶編號：" + c.id, "登記名稱：" + cw]
    if c.former:
        lines.append("舊名稱：" + c.former[0]["name_raw"] + (c.dept_hant or ""))
    lines += ["英文名稱：" + c.english, ("統一編號：%08d" % (int(c.id[2:]) * 7919 % 10**8)) if tw else ("商業登記號碼：%08d" % (int(c.id[2:]) * 6113 % 10**8)),
              "地址：" + c.address, "聯絡人：" + (c.contacts[0]), "", "已安裝設備："]
    d.prints_address = True
    for k, u in enumerate(us):
        s = serial_form(u.serial, r, zh=True)
        d.serials.append(u.serial)
        d.serials_w.append(s)
        lines.append("  %d) %s %s　序號 %s　裝機 %s" % (k + 1, fam_name(u.family, "zh-Hant", "tw" if tw else "hk"), u.model, s, d.od("install", u.install, fd(u.install, st))))
    lines += ["", "更新日期：" + d.od("report_printed", fdte, fd(fdte, st))]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "客戶資料/%s" % c.city_hant
    d.fname = "客戶_%s" % c.id
    return d


# S7-64 account review letter (English): install months only, units owned now
def s764(ctx):
    c, r = ctx.c, ctx.rng
    d = ctx.new("customer_file", "S7-64", "en")
    cw = ctx.cw(d, None)
    us = [u for u in ctx.w.units if u.owner is c]
    lines = ["Account review – %s" % cw, "", "Prepared by the service office for the annual account review.", "",
             "Segment: %s    Contract: %s" % (c.sector, "yes" if c.contract else "no"), "", "Installed base:"]
    for u in us:
        s = serial_form(u.serial, r)
        d.serials.append(u.serial)
        d.serials_w.append(s)
        lines.append("- %s %s, S/N %s, installed %s %d" % (FAMILIES[u.family][1], u.model, s, MON[u.install.month - 1], u.install.year))
    lines += ["", "Points to raise: renewal of the maintenance contract, spare-parts stock, operator refresher training."]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "Accounts/reviews"
    d.fname = "review_%s_%d" % (c.id, ctx.i)
    return d


# ------------------------------------------------------------------ training
def s770(ctx):
    fam, r = ctx.fam_t, ctx.rng
    d = ctx.new("training", "S7-70", "zh-Hans")
    model = ctx.model_t
    d.model = model
    d.model_w = model_form(model, r, zh=True, pdf=True)
    p = Page()
    p.line("%s %s 维修培训（讲稿）" % (fam_name(fam, "zh-Hans"), d.model_w), 15, x=100)
    p.skip(10)
    for k, (code, zf, zc, za, *_e) in enumerate(FAULTS[fam]):
        p.line("第%d页  %s（代码 %s）" % (k + 2, zf, code), 11, x=60)
        p.line("讲解：常见原因是%s。" % zc, 10, x=80)
        p.line("处理：%s。" % za, 10, x=80)
        p.skip(6)
    p.line("小结：先看报警代码，再查易损件，最后才考虑更换主板。", 10, x=60)
    d.ext = "pdf"
    d.content = ("pdf", p.pages, "gb", False)
    d.folder = "培训资料/课件讲稿"
    d.fname = "讲稿_%s_%d" % (model.replace(" ", "_"), ctx.i)
    return d


def s771(ctx):
    fam, r = ctx.fam_t, ctx.rng
    d = ctx.new("training", "S7-71", "en")
    model = ctx.model_t
    d.model = model
    d.model_w = model_form(model, r)
    lines = ["# Runbook: %s %s" % (FAMILIES[fam][1], d.model_w), "", "Audience: field engineers, level 1 support.", ""]
    for code, zf, zc, za, ef, ec, ea in FAULTS[fam]:
        lines += ["## %s — %s" % (code, cap(ef)), "", "1. Confirm the symptom with the user.", "2. Most likely cause: %s." % ec,
                  "3. Fix: %s." % ea, ""]
    d.ext = "md"
    d.content = "\n".join(lines)
    d.folder = "Training/Runbooks"
    d.fname = "runbook_%s_%d" % (model.replace(" ", "_"), ctx.i)
    return d


def s772(ctx):
    fam, r = ctx.fam_t, ctx.rng
    d = ctx.new("training", "S7-72", "zh-Hant")
    model = ctx.model_t
    d.model = model
    d.model_w = model_form(model, r, zh=True)
    var = r.choice(["tw", "hk"])
    blocks = [("h", s2t("%s %s 教育训练问答" % (fam_name(fam, "zh-Hans"), d.model_w), var))]
    for k, (code, zf, zc, za, *_e) in enumerate(FAULTS[fam]):
        blocks.append(("p", s2t("问%d：设备出现%s（%s），怎么办？" % (k + 1, zf, code), var), {"bold": True}))
        blocks.append(("p", s2t("答：多为%s。处置：%s。" % (zc, za), var)))
    d.ext = "docx"
    d.content = ("docx", blocks, s2t("教育训练教材", var), None)
    d.folder = "教育訓練/問答"
    d.fname = "QA_%s_%d" % (model.replace(" ", "_"), ctx.i)
    return d


def s773(ctx):
    fam, r = ctx.fam_t, ctx.rng
    d = ctx.new("training", "S7-73", "zh-Hans")
    model = ctx.model_t
    d.model = model
    d.model_w = model_form(model, r, zh=True)
    code, zf, zc, za, *_e = FAULTS[fam][r.randrange(5)]
    lines = ["【知识库】%s %s：%s" % (fam_name(fam, "zh-Hans"), d.model_w, zf), "适用型号：" + d.model_w, "故障代码：" + code, "",
             "现象：" + zf, "原因：" + zc, "解决：" + za, "", "关键词：%s、%s、%s" % (fam_name(fam, "zh-Hans"), code, zf[:4]), "作者：技术支持组　审核：葛主管"]
    d.ext = "txt"
    d.content = "\n".join(lines) + "\n"
    d.folder = "企业微信/知识库导出"
    d.fname = "KB_%s_%s_%d" % (model.replace(" ", "_"), code, ctx.i)
    return d


def s774(ctx):
    fam, r = ctx.fam_t, ctx.rng
    d = ctx.new("training", "S7-74", "en")
    model = ctx.model_t
    d.model = model
    d.model_w = model_form(model, r)
    rows = [["Model", "Code", "Message", "Probable cause", "Corrective action"]]
    for code, zf, zc, za, ef, ec, ea in FAULTS[fam]:
        rows.append([d.model_w, code, cap(ef), cap(ec), cap(ea)])
    d.ext = "csv"
    d.content = csv_text(rows)
    d.folder = "Training/Error codes"
    d.fname = "codes_%s_%d" % (model.replace(" ", "_"), ctx.i)
    return d
