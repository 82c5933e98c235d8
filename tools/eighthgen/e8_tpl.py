# -*- coding: utf-8 -*-
"""eighthgen templates EIGHT-01 ... EIGHT-75.  Each returns (format, payload, folder, name)."""
import datetime as dt

import e8_data as D
import e8_forms as F
from e8_zh import to_trad

TD = dt.timedelta


def P(*a):
    return a

# =====================================================================  repair


def t01(x, v):  # 仪器维修记录表, Word 4-column table
    r = x.r
    no = x.num('WX-')
    ds = x.ds(v.date, F.ZH_FORMAL)
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    inst = x.other('install', v.unit.install) if r.random() < 0.6 else None
    war = x.other('warranty_until', v.unit.warranty) if r.random() < 0.5 else None
    rows = [['送修单位', x.cname(v.date), '维修单号', no],
            ['仪器名称', x.fam_name(), '规格型号', x.mod()],
            ['出厂编号', x.ser(), '维修日期', ds]]
    if inst or war:
        rows.append(['装机日期', inst or '—', '保修截止', war or '—'])
    rows += [['故障现象', (f, 3)], ['原因分析', (c or '—', 3)], ['处理措施', (a, 3)],
             ['更换配件', (r.choice(['无', '见附页', '密封圈一套', '灯一只', '滤芯两支']), 3)],
             ['维修工程师', e, '用户确认', '（签字）']]
    x.rec(v, ds, e, no, f, c, a)
    blocks = [('p', D.COMPANY['cn'], {'center': True}), ('p', '仪器维修记录表', {'b': True, 'size': 16, 'center': True}), ('table', rows),
              ('p', '备注：本表一式两联，第一联交用户，第二联服务部存档。')]
    return 'docx', (blocks, '表单编号 LC/QR-SV-07  版本A/2'), '维修记录/' + x.cust.city, '维修记录表_%s' % no


def t02(x, v):  # forwarded e-mail in Chinese
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['cn1', 'iso', 'sl'])
    fwd = x.printed_after(v.date, 1, 6)
    fs = x.other('report_printed', fwd, ['iso', 'sl2'])
    cn = x.cname(v.date)
    no = x.num('FW')
    lines = ['发件人: %s <lc.service@lichuan-ai.cn>' % r.choice(D.COORDINATORS[:2]),
             '发送时间: %s %02d:%02d' % (fs, r.randint(8, 19), r.randint(0, 59)),
             '收件人: %s' % D.MANAGERS[0], '主题: 转发: %s %s维修完成' % (cn, x.fam_name()), '',
             '单经理：', '转发工程师现场报告，请阅。', '', '-------- 原始邮件 --------',
             '发件人: %s' % e, '收件人: 服务部', '主题: 维修报告 %s' % no, '',
             '%s，我到%s处理%s（型号%s，编号%s）故障。' % (ds, cn, x.fam_name(), x.mod(), x.ser()),
             '故障：' + f]
    if c:
        lines.append('原因：' + c)
    lines += ['处理：' + a, '现场联系人%s已确认。' % x.contact(), '', e]
    x.rec(v, ds, e, no, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', '邮件存档', '转发_维修报告_%s' % no


def t03(x, v):  # WeChat group chat export, all on the visit day
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng, informal=True)
    d = v.date
    dstr = F.fdate(d, 'iso')
    exp = x.printed_after(d, 1, 30)
    es = x.other('report_printed', exp, ['iso'])
    cn = x.cname(d)
    contact = x.contact()
    t0 = r.randint(8, 10)
    lines = ['微信群聊「%s-仪器售后群」聊天记录' % cn, '导出时间：%s 17:%02d' % (es, r.randint(0, 59)), '',
             '%s %02d:%02d %s' % (dstr, t0, r.randint(0, 59), contact), '%s又报警了，%s' % (x.fam_name(), f), '',
             '%s %02d:%02d %s' % (dstr, t0, r.randint(0, 59), e), '收到，我上午过来，麻烦提供下机身号', '',
             '%s %02d:%02d %s' % (dstr, t0 + 1, r.randint(0, 59), contact), '序列号 %s' % x.ser(), '',
             '%s %02d:%02d %s' % (dstr, t0 + 4, r.randint(0, 59), e)]
    if c:
        lines.append(c)
    lines += [a, '', '%s %02d:%02d %s' % (dstr, t0 + 5, r.randint(0, 59), contact), '好的谢谢 👍', '']
    x.rec(v, dstr, e, None, f, c, a)
    x.mod_silent = True
    x.doc.set(model=v.unit.model)
    return 'txt', '\n'.join(lines), '微信记录', '群聊_%s_%d' % (x.cust.city, r.randint(1000, 9999))


def t04(x, v):  # Kingdee service work-order CSV, one record
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = x.num('FWGD-')
    ds = x.ds(v.date, ['iso', 'sl'])
    head = ['单据编号', '单据状态', '业务日期', '客户', '物料名称', '规格型号', '序列号', '服务类型', '故障描述', '故障原因', '处理结果', '服务人员', '保修状态']
    row = [no, '已审核', ds, x.cname(v.date), x.fam_name(), x.mod(), x.ser(), '维修', f, c or '', a, e,
           '保内' if v.date <= v.unit.warranty else '保外']
    x.rec(v, ds, e, no, f, c, a)
    return 'csv', [head, row], 'ERP导出/金蝶', '服务工单_%s' % no


def t05(x, v):  # SAP PM order xlsx (Chinese labels)
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = str(r.randint(4000000, 4999999))
    ds = x.ds(v.date, ['dot2', 'iso'])
    rows = [['SAP PM 维护工单 (IW33)'], [], ['订单', no, '订单类型', 'PM01 故障维修'],
            ['功能位置', 'LAB-%s' % r.randint(100, 999), '设备', x.fam_name()],
            ['制造商序列号', x.ser(allow_fw=False), '型号', x.mod(allow_fw=False)],
            ['客户', x.cname(v.date)], ['基本开始日期', ds], ['故障描述', f]]
    if c:
        rows.append(['损坏原因', c])
    rows += [['维修活动', a], ['执行人', e]]
    if r.random() < 0.5:
        rows.append(['保修结束', x.other('warranty_until', v.unit.warranty, ['dot2', 'iso'])])
    x.rec(v, ds, e, no, f, c, a)
    return 'xlsx', [('工单', rows, ['A1:D1'])], 'SAP导出', 'IW33_%s' % no


def t06(x, v):  # Freshdesk ticket export (en), replies on top
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = '#%d' % r.randint(20000, 89999)
    ds = x.ds(v.date, ['Mdy', 'dmy', 'wd'])
    cn = x.cname(v.date)
    lines = ['Ticket %s: %s – %s' % (no, x.fam_name(), cn), 'Status: Closed   Priority: Medium   Type: Field Repair', '',
             '--- Reply from %s (agent) ---' % e, 'Visited on %s.' % ds]
    if c:
        lines.append(c + '.')
    lines += [a + '.', 'S/N ' + x.ser() + ', model ' + x.mod() + '.', 'Closing the ticket, please reopen if it happens again.', '',
              '--- Original request from %s ---' % x.contact(), f + '.', 'Could you send someone?', '',
              'Requester: %s' % cn]
    x.rec(v, ds, e, no, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', 'freshdesk', 'ticket_%s' % no[1:]


def t07(x, v):  # US-style field service report PDF (Philippines) with MM/DD/YYYY marker
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = 'FSR-%d' % r.randint(10000, 99999)
    ds = F.fdate(v.date, 'us')
    lines = [('FIELD SERVICE REPORT', 15, True), (x.company(), 9), ('All dates MM/DD/YYYY', 8), ('', 8),
             ('Report No.: ' + no, 10), ('Customer: ' + x.cname(v.date, addr=True), 10), ('Site address: ' + x.address(), 9),
             ('Instrument: ' + x.fam_name(), 10), ('Model: ' + x.mod(), 10), ('Serial No.: ' + x.ser(), 10),
             ('Date of service: ' + ds, 10)]
    if r.random() < 0.6:
        lines.append(('Installed: ' + x.other('install', v.unit.install, ['us']), 10))
    lines += [('', 8), ('Problem reported:', 10, True), (f, 9), ('', 6)]
    if c:
        lines += [('Root cause:', 10, True), (c, 9), ('', 6)]
    lines += [('Corrective action:', 10, True), (a, 9), ('', 8), ('Field engineer: ' + e, 10),
              ('Customer signature: ____________________', 10)]
    x.rec(v, ds, e, no, f, c, a)
    return 'pdf', ([lines], False), 'field_service_reports', no


def t08(x, v):  # Taiwan 儀器維修紀錄 docx, ROC dates
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = x.num('TW-R')
    ds = x.ds(v.date, ['roc1', 'roc2', 'roc3'])
    rows = [['客戶名稱', x.cname(v.date)], ['儀器', x.fam_name()], ['型號', x.mod()], ['機身序號', x.ser()],
            ['維修日期', ds], ['異常現象', f]]
    if c:
        rows.append(['研判原因', c])
    rows += [['處理情形', a], ['服務類別', r.choice(['☑A 有費服務 ☐B 合約服務 ☐C 免費服務', '☐A 有費服務 ☑B 合約服務 ☐C 免費服務', '☐A 有費服務 ☐B 合約服務 ☑C 免費服務'])],
             ['維修工程師', e]]
    if r.random() < 0.5:
        rows.append(['保固到期', x.other('warranty_until', v.unit.warranty, ['roc1', 'roc2'])])
    x.rec(v, ds, e, no, f, c, a)
    return 'docx', ([('p', D.COMPANY['tw'], {'center': True}), ('p', '儀器維修紀錄  No. ' + no, {'b': True, 'center': True}), ('table', rows)], '一式三聯'), '維修紀錄', no


def t09(x, v):  # Taiwan e-mail: our reply on top, customer's 叫修 mail quoted
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['roc1', 'roc2', 'sl2'])
    cn = x.cname(v.date)
    lines = ['寄件者: %s' % e, '收件者: %s' % x.contact(), '主旨: RE: %s 叫修' % x.fam_name(), '', '您好：',
             '%s已至貴單位完成維修。' % ds]
    if c:
        lines.append('原因：' + c)
    lines += ['處理：' + a, '如有問題請再與我們聯絡。', '', e, D.COMPANY['tw'], '',
              '-----原始郵件-----', '寄件者: %s' % cn, '主旨: %s 叫修' % x.fam_name(), '',
              '儀器型號 %s，序號 %s，%s，麻煩派員處理，謝謝。' % (x.mod(), x.ser(), f)]
    x.rec(v, ds, e, None, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', '郵件', 'RE_叫修_%d' % r.randint(10000, 99999)


def t10(x, v):  # Zoho Desk print view in markdown (en)
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = 'ZD-%d' % r.randint(100000, 999999)
    ds = x.ds(v.date, ['dMY', 'dmy', 'iso'])
    lines = ['# Ticket %s' % no, '', '| Field | Value |', '|---|---|', '| Account | %s |' % x.cname(v.date),
             '| Product | %s %s |' % (x.fam_name(), x.mod()), '| Serial Number | %s |' % x.ser(), '| Visit Date | %s |' % ds,
             '| Technician | %s |' % e, '', '## Issue', '', f, '']
    if c:
        lines += ['## Diagnosis', '', c, '']
    lines += ['## Resolution', '', a, '']
    if r.random() < 0.5:
        lines += ['_Warranty expires %s_' % x.other('warranty_until', v.unit.warranty, ['dMY', 'dmy']), '']
    x.rec(v, ds, e, no, f, c, a)
    return 'md', '\n'.join(lines), 'zoho_desk', no


def t11(x, v):  # engineer's markdown repair note with tags
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng, informal=True)
    ds = x.ds(v.date, ['iso', 'cn1', 'dot'])
    lines = ['# %s %s 维修' % (x.cname(v.date), x.fam_name()), '', '#维修 #%s' % D.FAM_SHORT[v.unit.family], '',
             '- 日期：%s' % ds, '- 型号：%s' % x.mod(), '- 机身号：%s' % x.ser(), '- 工程师：%s' % e, '',
             '## 现象', f, '']
    if c:
        lines += ['## 原因', c, '']
    lines += ['## 处理', a, '', '- [x] 用标样验证', '- [x] 用户签字', '- [ ] 回访']
    x.rec(v, ds, e, None, f, c, a)
    return 'md', '\n'.join(lines) + '\n', '工程师笔记/' + x.cust.city, '%s_%s' % (D.FAM_SHORT[v.unit.family], r.randint(100, 999))


def t12(x, v):  # 维修服务报告 PDF with signature block
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = x.num('SR')
    ds = x.ds(v.date, ['cn1', 'cn2', 'iso'])
    lines = [(D.COMPANY['cn'], 10), ('维修服务报告', 16, True), ('报告编号：' + no, 9), ('', 6),
             ('客户单位：' + x.cname(v.date, addr=True), 10), ('地址：' + x.address(), 9), ('仪器：' + x.fam_name(), 10),
             ('型号：' + x.mod(allow_fw=False), 10), ('出厂编号：' + x.ser(allow_fw=False), 10), ('服务日期：' + ds, 10), ('', 6),
             ('故障现象：' + f, 10)]
    if c:
        lines.append(('原因分析：' + c, 10))
    lines += [('处理结果：' + a, 10), ('', 10), ('服务工程师：' + e, 10), ('客户签字：__________    日期：________', 10)]
    if r.random() < 0.5:
        lines.append(('打印日期：' + x.other('report_printed', x.printed_after(v.date, 0, 9), ['iso']), 8))
    x.rec(v, ds, e, no, f, c, a)
    return 'pdf', ([lines], False), '服务报告PDF', no


def t13(x, v):  # DingTalk 派工单 approval export
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = str(r.randint(10 ** 8, 10 ** 9 - 1))
    ds = x.ds(v.date, ['iso'])
    pm = v.date - TD(days=r.randint(0, 2))
    lines = ['审批编号：' + no, '标题：%s提交的维修派工' % r.choice(D.COORDINATORS[:2]), '所在部门：客户服务部', '',
             '客户名称：' + x.cname(v.date), '设备名称：' + x.fam_name(), '设备型号：' + x.mod(), '序列号：' + x.ser(),
             '故障描述：' + f, '派工工程师：' + e, '上门日期：' + ds, '']
    if c:
        lines.append('完工反馈：%s；%s' % (c, a))
    else:
        lines.append('完工反馈：' + a)
    lines += ['', '审批流程', '%s 发起 %02d-%02d 09:%02d' % (D.COORDINATORS[0], pm.month, pm.day, r.randint(0, 59)),
              '%s 同意 %02d-%02d 10:%02d' % (D.MANAGERS[0], pm.month, pm.day, r.randint(0, 59)),
              '%s 已完成 %02d-%02d 17:%02d' % (e, v.date.month, v.date.day, r.randint(0, 59))]
    x.rec(v, ds, e, no, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', '钉钉审批', '派工_%s' % no


def t14(x, v):  # HK English service report docx with DD/MM/YYYY marker
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = 'HK-SR-%d' % r.randint(10000, 99999)
    ds = F.fdate(v.date, 'uk')
    rows = [['Customer', x.cname(v.date)], ['Equipment', x.fam_name()], ['Model', x.mod()], ['Serial No.', x.ser()],
            ['Date (DD/MM/YYYY)', ds], ['Fault reported', f]]
    if c:
        rows.append(['Cause', c])
    rows += [['Work done', a], ['Engineer', e], ['Customer chop / signature', '']]
    x.rec(v, ds, e, no, f, c, a)
    return 'docx', ([('p', x.company(), {'center': True}), ('p', 'SERVICE REPORT  ' + no, {'b': True, 'center': True}), ('table', rows)], None), 'HK_service', no


def t15(x, v):  # 配件出库单 (parts issue) txt
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = x.num('CK')
    ds = x.ds(v.date, ['iso', 'sl', 'cn1'])
    part = r.choice(['密封圈组件', '灯组件', '滤芯', '泵管', '电极', '控制板', '加热器'])
    lines = ['%s  配件出库单' % D.COMPANY['cn_short'], '出库单号：%s    出库日期：%s' % (no, ds), '',
             '领用人：%s' % e, '使用客户：%s' % x.cname(v.date), '对应设备：%s  %s  SN：%s' % (x.fam_name(), x.mod(), x.ser()),
             '', '物料编码\t名称\t数量\t单位', 'P%d\t%s\t1\t套' % (r.randint(10000, 99999), part), '',
             '用途说明：' + f]
    if c:
        lines.append('故障原因：' + c)
    lines += ['处理结果：' + a, '', '仓管员：%s    审核：%s' % (r.choice(['何静', '骆燕']), D.MANAGERS[1])]
    x.rec(v, ds, e, no, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', '仓库/出库单', no


def t16(x, v):  # ServiceNow incident CSV (en)
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = 'INC%07d' % r.randint(100000, 999999)
    ds = F.fdate(v.date, 'iso')
    head = ['number', 'company', 'cmdb_ci', 'u_serial_number', 'u_model', 'short_description', 'u_cause', 'close_notes', 'assigned_to', 'u_onsite_date']
    row = [no, x.cname(v.date), x.fam_name(), x.ser(), x.mod(), f, c or '', a, e, ds]
    x.rec(v, ds, e, no, f, c, a)
    return 'csv', [head, row], 'servicenow', no


def t17(x, v):  # 客户回访记录 after a repair
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['cn1', 'iso', 'sl'])
    fu = x.other('follow_up', v.date + TD(days=r.randint(3, 9)), ['cn1', 'iso'])
    lines = ['客户回访记录', '', '回访日期：' + fu, '回访人：' + r.choice(D.COORDINATORS[:2]), '客户：' + x.cname(v.date),
             '被访人：' + x.contact(), '', '回访事项：%s维修（%s，序列号%s）' % (x.fam_name(), x.mod(), x.ser()),
             '维修日期：' + ds, '维修工程师：' + e, '原故障：' + f, '处理情况：' + a]
    if c:
        lines.insert(-1, '原因：' + c)
    lines += ['', '客户评价：%s' % r.choice(['满意', '非常满意', '基本满意，希望响应更快']), '是否需要再次上门：否']
    x.rec(v, ds, e, None, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', '回访记录', '回访_%d' % r.randint(10000, 99999)


def t18(x, v):  # English narrative e-mail
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['ukn'] if x.cust.region == 'hk' and r.random() < 0.4 else ['dmyf', 'ord', 'mdy'])
    cn = x.cname(v.date)
    lines = ['From: %s' % e, 'To: service@lichuan-ai.com', 'Subject: Visit report – %s, S/N %s' % (cn, x.ser()), '',
             'Hi team,', '', 'I attended %s on %s for the %s (%s).' % (cn, ds, x.fam_name(), x.mod()),
             'Complaint: %s.' % f]
    if c:
        lines.append('%s.' % c)
    lines += ['%s.' % a, '', 'Regards,', e]
    x.rec(v, ds, e, None, f, c, a)
    return 'txt', '\n'.join(lines) + '\n', 'mail_en', 'visit_report_%d' % r.randint(1000, 99999)


def t19(x, v):  # 维修报价单 xlsx
    r = x.r
    f, c, a = x.texts(v)
    e = x.eng(v.eng)
    no = x.num('BJ')
    ds = x.ds(v.date, ['iso', 'cn1'])
    pq = x.other('report_printed', x.printed_after(v.date, 0, 5), ['iso', 'cn1'])
    price = r.randint(8, 160) * 100
    rows = [['维修报价单'], ['报价单号', no, '报价日期', pq], ['客户', x.cname(v.date)],
            ['设备', x.fam_name(), '型号', x.mod()], ['序列号', x.ser()], ['检测日期', ds], ['检测工程师', e],
            ['故障现象', f]]
    if c:
        rows.append(['检测结论', c])
    rows += [['建议处理', a], [], ['序号', '项目', '数量', '金额（元）'], ['1', '配件', '1', str(price)], ['2', '人工及差旅', '1', '800'],
             ['合计', '', '', str(price + 800)], ['报价有效期：30天，含税。']]
    x.rec(v, ds, e, no, f, c, a)
    return 'xlsx', [('报价', rows, ['A1:D1'])], '报价单', no

# =====================================================================  service reports


def s20(x, v):  # 计量校准证书 PDF
    r = x.r
    e = x.eng(v.eng)
    no = x.num('JZ')
    ds = x.ds(v.date, ['cn1', 'cn2'])
    iss = x.other('report_printed', x.printed_after(v.date, 0, 7), ['cn1', 'cn2'])
    due = x.other('follow_up', v.date + TD(days=364), ['cn1', 'cn2'])
    a = F.routine('calibration', 'zh-Hans', r)
    lines = [(D.COMPANY['cn'] + ' 计量室', 9), ('校 准 证 书', 18, True), ('证书编号：' + no, 9), ('', 8),
             ('委托单位：' + x.cname(v.date, addr=True), 10), ('单位地址：' + x.address(), 9), ('器具名称：' + x.fam_name(), 10),
             ('型号/规格：' + x.mod(allow_fw=False), 10), ('出厂编号：' + x.ser(allow_fw=False), 10), ('校准日期：' + ds, 10),
             ('签发日期：' + iss, 10), ('建议复校日期：' + due, 10), ('', 8), ('校准依据：JJF 1059.1 及制造商规程', 9),
             ('环境条件：温度 %d ℃，相对湿度 %d %%' % (r.randint(19, 25), r.randint(35, 65)), 9), ('结论：' + a, 10), ('', 8),
             ('校准员：' + e, 10), ('核验员：' + D.MANAGERS[1], 10)]
    x.rec(v, ds, e, no, None, None, a)
    return 'pdf', ([lines], False), '校准证书/' + x.cust.city, no


def s21(x, v):  # English calibration certificate PDF
    r = x.r
    e = x.eng(v.eng)
    no = 'CAL-%d' % r.randint(10000, 99999)
    ds = x.ds(v.date, ['dmy', 'dMY', 'mdy'])
    iss = x.other('report_printed', x.printed_after(v.date, 0, 7), ['dmy', 'dMY', 'mdy'])
    due = x.other('follow_up', v.date + TD(days=364), ['dmy', 'dMY', 'mdy'])
    a = F.routine('calibration', 'en', r)
    lines = [('CERTIFICATE OF CALIBRATION', 16, True), (x.company(), 9), ('Certificate No. ' + no, 9), ('', 8),
             ('Customer: ' + x.cname(v.date, addr=True), 10), ('Address: ' + x.address(), 9), ('Instrument: ' + x.fam_name(), 10),
             ('Model: ' + x.mod(False), 10), ('Serial number: ' + x.ser(False), 10), ('Date of calibration: ' + ds, 10),
             ('Date of issue: ' + iss, 10), ('Recommended due date: ' + due, 10), ('', 8), ('Result: ' + a, 10),
             ('Calibrated by: ' + e, 10)]
    x.rec(v, ds, e, no, None, None, a)
    return 'pdf', ([lines], False), 'certificates', no


def s22(x, v):  # IQ/OQ report docx (install / qualification)
    r = x.r
    e = x.eng(v.eng)
    no = x.num('IQOQ-')
    ds = x.ds(v.date, ['cn1', 'iso'])
    a = x.texts(v)[2]
    rows = [['使用单位', x.cname(v.date)], ['仪器名称', x.fam_name()], ['型号', x.mod()], ['出厂编号', x.ser()],
            ['确认类型', 'IQ/OQ 安装确认与运行确认' if v.type == 'install' else 'OQ/PQ 运行与性能确认'], ['执行日期', ds]]
    if v.type == 'install':
        rows.append(['到货日期', x.other('purchase', v.unit.purchase, ['cn1', 'iso'])])
    rows += [['结论', a], ['执行人', e], ['使用单位确认', '']]
    tests = [['序号', '测试项目', '标准', '结果'], ['1', '电源与环境', '符合要求', '合格'], ['2', '软件版本', '与清单一致', '合格'],
             ['3', '性能测试', '制造商规格', '合格']]
    x.rec(v, ds, e, no, None, None, a)
    return 'docx', ([('p', '仪器确认报告', {'b': True, 'size': 15, 'center': True}), ('p', '文件编号：' + no), ('table', rows), ('p', '测试记录'), ('table', tests)], None), '验证确认', no


def s23(x, v):  # English OQ/IQ docx
    r = x.r
    e = x.eng(v.eng)
    no = 'OQ-%d' % r.randint(1000, 9999)
    ds = x.ds(v.date, ['dMY', 'dmy', 'iso'])
    a = x.texts(v)[2]
    rows = [['Site', x.cname(v.date)], ['System', x.fam_name()], ['Model', x.mod()], ['Serial No.', x.ser()],
            ['Protocol', 'IQ/OQ' if v.type == 'install' else 'OQ/PQ requalification'], ['Executed on', ds], ['Outcome', a],
            ['Executed by', e]]
    if v.type == 'install' and r.random() < 0.7:
        rows.append(['Warranty end', x.other('warranty_until', v.unit.warranty, ['dMY', 'dmy'])])
    x.rec(v, ds, e, no, None, None, a)
    return 'docx', ([('p', 'QUALIFICATION REPORT', {'b': True, 'center': True}), ('table', rows), ('p', 'Deviations: none.')], 'Doc ' + no), 'qualification', no


def s24(x, v):  # 预防性维护保养记录 xlsx checklist
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['iso', 'sl', 'cn1'])
    a = x.texts(v)[2]
    nxt = v.date + TD(days=int(D.FAMILIES[v.unit.family][3] * 30.4))
    rows = [['%s 预防性维护保养记录' % x.fam_name()], ['客户', x.cname(v.date)], ['型号', x.mod()], ['出厂编号', x.ser()],
            ['保养日期', ds], ['保养类型', x.vtype(v)], [], ['检查项目', '标准', '结果']]
    for it in ['外观及清洁', '气路/液路密封', '光源能量', '温控精度', '软件通讯']:
        rows.append([it, '正常', r.choice(['√', '√', '正常'])])
    rows += [[], ['工作内容', a], ['工程师', e]]
    if r.random() < 0.5:
        rows.append(['下次保养', x.other('follow_up', nxt, ['iso', 'cn1'])])
    else:
        rows.append(['下次保养', F.month_only(nxt, 'zh')])
    x.rec(v, ds, e, None, None, None, a)
    return 'xlsx', [('保养记录', rows, ['A1:C1'])], '保养记录/' + x.cust.city, 'PM_%s_%d' % (v.unit.serial[-4:], r.randint(100, 999))


def s25(x, v):  # Taiwan 定期保養報告 docx
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['roc1', 'roc2', 'roc3'])
    a = x.texts(v)[2]
    rows = [['客戶', x.cname(v.date)], ['儀器', x.fam_name()], ['型號', x.mod()], ['序號 S/N', x.ser()], ['保養日期', ds],
            ['作業內容', a], ['工程師', e]]
    if r.random() < 0.6:
        rows.append(['下次保養日', x.other('follow_up', v.date + TD(days=182), ['roc1', 'roc2'])])
    if r.random() < 0.4:
        rows.append(['裝機日', x.other('install', v.unit.install, ['roc1', 'roc2'])])
    x.rec(v, ds, e, None, None, None, a)
    return 'docx', ([('p', D.COMPANY['tw']), ('p', '定期保養報告', {'b': True, 'center': True}), ('table', rows)], None), '保養報告', 'PM_%d' % r.randint(10000, 99999)


def s26(x, v):  # 在线监测运维巡检记录 txt
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['cn1', 'iso', 'yy', 'dot'])
    a = x.texts(v)[2]
    lines = ['污染源自动监控设施运维巡检记录', '', '运维单位：' + D.COMPANY['cn'], '排污单位/站点：' + x.cname(v.date),
             '监测仪器：%s（%s）' % (x.fam_name(), x.mod()), '仪器编号：' + x.ser(), '巡检日期：' + ds, '',
             '1. 站房温湿度：正常', '2. 采样管路：%s' % r.choice(['已清洗', '正常']), '3. 试剂余量：充足',
             '4. 标液核查：相对误差 %.1f%%，合格' % (r.uniform(0.5, 8)), '5. 数据传输：正常', '', '运维内容：' + a,
             '运维人员：' + e, '下次巡检：' + F.month_only(v.date + TD(days=91), 'zh')]
    x.rec(v, ds, e, None, None, None, a)
    return 'txt', '\n'.join(lines) + '\n', '运维巡检/' + x.cust.city, '巡检_%s_%d' % (v.unit.serial[-4:], r.randint(100, 999))


def s27(x, v):  # 安装验收单 md
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['cn1', 'iso', 'sl2'])
    a = x.texts(v)[2]
    lines = ['# 仪器安装验收单', '', '**客户**：' + x.cname(v.date), '', '**仪器**：%s　**型号**：%s' % (x.fam_name(), x.mod()),
             '', '**出厂编号**：' + x.ser(), '', '| 项目 | 日期 |', '|---|---|', '| 到货 | %s |' % x.other('purchase', v.unit.purchase, ['cn1', 'iso', 'sl2']),
             '| 安装调试 | %s |' % ds, '| 保修截止 | %s |' % x.other('warranty_until', v.unit.warranty, ['cn1', 'iso', 'sl2']),
             '', '## 验收结论', '', a, '', '安装工程师：' + e, '', '用户签字：']
    x.rec(v, ds, e, None, None, None, a)
    return 'md', '\n'.join(lines) + '\n', '安装验收', '验收_%s' % v.unit.serial[-5:]


def s28(x, v):  # Zoho FSM export csv (en)
    r = x.r
    e = x.eng(v.eng)
    no = 'SA-%d' % r.randint(10000, 99999)
    ds = x.ds(v.date, ['dMY', 'iso', 'Mdy'])
    a = x.texts(v)[2]
    head = ['Appointment ID', 'Account Name', 'Asset Name', 'Asset Serial', 'Work Type', 'Scheduled Start', 'Technician', 'Summary']
    row = [no, x.cname(v.date), '%s %s' % (x.fam_name(), x.mod()), x.ser(), x.vtype(v), ds, e, a]
    x.rec(v, ds, e, no, None, None, a)
    return 'csv', [head, row], 'zoho_fsm', no


def s29(x, v):  # 服务报告 plain text, signature block
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, F.ZH_STYLES)
    a = x.texts(v)[2]
    no = x.num('FW')
    lines = ['━' * 20, '服 务 报 告', '━' * 20, '编号：' + no, '客户：' + x.cname(v.date), '仪器：%s　型号：%s' % (x.fam_name(), x.mod()),
             '出厂编号：' + x.ser(), '服务类型：' + x.vtype(v), '服务日期：' + ds, '', '工作内容：', a, '']
    if r.random() < 0.5:
        lines.append('装机日期：' + x.other('install', v.unit.install))
    lines += ['', '工程师：%s　　　用户签字：__________' % e]
    x.rec(v, ds, e, no, None, None, a)
    return 'txt', '\n'.join(lines) + '\n', '服务报告', no


def s30(x, v):  # HK bilingual txt with DD/MM/YYYY marker
    r = x.r
    e = x.eng(v.eng)
    ds = F.fdate(v.date, 'uk')
    a = x.texts(v)[2]
    no = 'HK%d' % r.randint(10000, 99999)
    lines = ['服務報告 SERVICE REPORT', '編號 No.: ' + no, '客戶 Customer: ' + x.cname(v.date), '儀器 Equipment: ' + x.fam_name(),
             '型號 Model: ' + x.mod(), '機身編號 S/N: ' + x.ser(), '日期 Date (DD/MM/YYYY): ' + ds, '服務類別 Type: ' + x.vtype(v),
             '', '工作內容 Work done:', a, '', '工程師 Engineer: ' + e]
    x.rec(v, ds, e, no, None, None, a)
    return 'txt', '\n'.join(lines) + '\n', '服務報告', no


def s31(x, v):  # 移机记录 docx (relocation)
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, ['cn1', 'iso'])
    a = x.texts(v)[2]
    prev = [m for m in v.unit.moves if m['date'] == v.date][0]['from']
    pc = x.w['byid'][prev]
    rows = [['原使用单位', pc.name], ['新使用单位', x.cname(v.date)], ['仪器', x.fam_name()], ['型号', x.mod()], ['出厂编号', x.ser()],
            ['移机日期', ds], ['移机后调试', a], ['工程师', e]]
    x.rec(v, ds, e, None, None, None, a)
    return 'docx', ([('p', '仪器移机记录', {'b': True, 'center': True}), ('table', rows)], None), '移机', '移机_%s' % v.unit.serial[-5:]


def s32(x, v):  # upgrade note (en)
    r = x.r
    e = x.eng(v.eng)
    ds = x.ds(v.date, F.EN_STYLES)
    a = x.texts(v)[2]
    no = 'CHG%d' % r.randint(10000, 99999)
    lines = ['Change %s – software/firmware upgrade' % no, 'Customer: ' + x.cname(v.date), 'CI: %s %s, S/N %s' % (x.fam_name(), x.mod(), x.ser()),
             'From version: %d.%d.%d' % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 99)),
             'To version: %d.%d.%d' % (r.randint(5, 7), r.randint(0, 9), r.randint(0, 99)), 'Implemented: ' + ds,
             'Implementer: ' + e, 'Backout plan: restore previous image', '', a]
    x.rec(v, ds, e, no, None, None, a)
    return 'txt', '\n'.join(lines) + '\n', 'changes', no


def s33(x, v):  # PM checklist PDF (en), Vietnam / Philippines / Thailand / HK
    r = x.r
    e = x.eng(v.eng)
    us = x.cust.cp in ('Laguna', 'Manila')
    ds = F.fdate(v.date, 'us') if us else x.ds(v.date, ['dMY', 'dmy'])
    a = x.texts(v)[2]
    lines = [('PREVENTIVE MAINTENANCE CHECKLIST', 14, True), (x.company(), 9)]
    if us:
        lines.append(('Dates: MM/DD/YYYY', 8))
    lines += [('Customer: ' + x.cname(v.date), 10), ('Instrument: %s' % x.fam_name(), 10), ('Model: ' + x.mod(False), 10),
              ('S/N: ' + x.ser(False), 10), ('Service date: ' + ds, 10), ('', 6)]
    for it in ['Visual inspection', 'Leak test', 'Source / lamp check', 'Temperature check', 'Software backup']:
        lines.append(('[x] ' + it, 9))
    lines += [('', 6), ('Remarks: ' + a, 9), ('Next PM due: ' + F.month_only(v.date + TD(days=182), 'en'), 9), ('Engineer: ' + e, 10)]
    x.rec(v, ds, e, None, None, None, a)
    return 'pdf', ([lines], False), 'pm_checklists', 'PM_%s_%d' % (v.unit.serial[-4:], r.randint(100, 999))

# =====================================================================  complaints


def _cvisit(x, cp):
    """site visit of a complaint (or None)"""
    return cp.visit


def c40(x, cp):  # 客户投诉处理单 / 8D docx (zh)
    r = x.r
    no = x.num('TS')
    u = cp.unit
    ds = x.ds(cp.date, ['cn1', 'iso'])
    f, c, a = F.faulttext(u.family, cp.fault, 'zh-Hans', r)
    ftxt = '又出现' + D.FAULTS[u.family][cp.fault][1] + '，对售后响应不满意'
    h = x.eng(cp.handler)
    rows = [['投诉编号', no, '投诉日期', ds], ['客户', (x.cname(cp.date), 3)], ['设备', x.fam_name(), '序列号', x.ser()],
            ['型号', (x.mod(), 3)], ['D2 问题描述', (ftxt, 3)], ['紧急程度', ('%d个工作日' % cp.urgency, 3)]]
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['cn1', 'iso'])
        ve = x.eng(v.eng)
        rows.append(['D3 临时措施', ('%s %s到现场处理' % (vs, ve), 3)])
        act = a
        x.rec(v, vs, ve, None, ftxt, c if v.has_cause else None, a)
        if v.has_cause:
            rows.append(['D4 根本原因', (c, 3)])
        else:
            c = None
    else:
        act = r.choice(['电话指导用户重新设置参数后恢复', '远程协助排查，更新方法文件后恢复正常'])
        c = None
    rows += [['D5/D6 纠正措施', (act, 3)], ['D7 预防措施', ('纳入季度巡检检查项', 3)], ['处理人', h, '关闭', '是']]
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=c, action=act, engineer=h,
              engineer_id=cp.handler, number=no)
    return 'docx', ([('p', '客户投诉处理报告（8D）', {'b': True, 'center': True}), ('table', rows)], None), '投诉/8D', no


def c41(x, cp):  # English 8D docx
    r = x.r
    no = '8D-%d' % r.randint(1000, 9999)
    u = cp.unit
    ds = x.ds(cp.date, ['dMY', 'dmy', 'iso'])
    f, c, a = F.faulttext(u.family, cp.fault, 'en', r)
    ftxt = 'Repeat problem: ' + f[0].lower() + f[1:]
    h = x.eng(cp.handler)
    rows = [['8D No.', no], ['Complaint received', ds], ['Customer', x.cname(cp.date)], ['Product', '%s %s' % (x.fam_name(), x.mod())],
            ['Serial', x.ser()], ['D2 Problem', ftxt]]
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['dMY', 'dmy', 'iso'])
        ve = x.eng(v.eng)
        rows.append(['D3 Containment', 'Site visit on %s by %s' % (vs, ve)])
        x.rec(v, vs, ve, None, ftxt, c if v.has_cause else None, a)
        if v.has_cause:
            rows.append(['D4 Root cause', c])
        else:
            c = None
        act = a
    else:
        act = 'Resolved remotely: method file corrected over a remote session'
        c = None
    rows += [['D5 Corrective action', act], ['Owner', h]]
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=c, action=act, engineer=h,
              engineer_id=cp.handler, number=no)
    return 'docx', ([('p', '8D REPORT', {'b': True, 'center': True}), ('table', rows)], None), 'complaints_8D', no


def c42(x, cp):  # complaint letter + reply note (zh txt)
    r = x.r
    u = cp.unit
    ds = x.ds(cp.date, ['cnnum', 'cn1'])
    f, c, a = F.faulttext(u.family, cp.fault, 'zh-Hans', r)
    ftxt = f + '，已严重影响检测任务'
    cn = x.cname(cp.date, registered=r.random() < 0.5)
    h = x.eng(cp.handler)
    lines = ['关于%s售后服务问题的函' % x.fam_name(), '', '%s：' % D.COMPANY['cn'],
             '我单位使用的贵公司%s（型号%s，出厂编号%s）%s。多次电话联系未能及时解决，特致函，请贵公司尽快安排处理。' % (x.fam_name(), x.mod(), x.ser(), ftxt),
             '', cn, ds, '', '——以下为服务部处理记录——', '处理人：' + h]
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['cn1', 'iso'])
        ve = x.eng(v.eng)
        cc = c if v.has_cause else None
        lines += ['上门日期：' + vs, '上门工程师：' + ve]
        if cc:
            lines.append('原因：' + cc)
        lines.append('处理：' + a)
        x.rec(v, vs, ve, None, ftxt, cc, a)
        act = a
    else:
        act = '电话沟通并远程指导，用户确认恢复'
        cc = None
        lines.append('处理：' + act)
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=cc, action=act, engineer=h,
              engineer_id=cp.handler)
    return 'txt', '\n'.join(lines) + '\n', '投诉/来函', '投诉函_%d' % r.randint(1000, 99999)


def c43(x, cp):  # English complaint e-mail thread, replies on top
    r = x.r
    u = cp.unit
    ds = x.ds(cp.date, ['wd', 'dmy', 'mdy'])
    f, c, a = F.faulttext(u.family, cp.fault, 'en', r)
    ftxt = f + ' – second time this quarter'
    cn = x.cname(cp.date)
    h = x.eng(cp.handler)
    top = ['From: %s' % h, 'To: %s' % x.contact(), 'Subject: RE: Complaint – %s S/N %s' % (x.fam_name(), x.ser()), '', 'Dear customer,', '']
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['dmy', 'mdy', 'dMY'])
        ve = x.eng(v.eng)
        cc = c if v.has_cause else None
        top.append('Our engineer %s attended on %s.' % (ve, vs))
        if cc:
            top.append(cc + '.')
        top.append(a + '.')
        x.rec(v, vs, ve, None, ftxt, cc, a)
        act = a
    else:
        act = 'Walked the user through a re-initialisation by phone; instrument back to normal'
        cc = None
        top.append(act + '.')
    top += ['', 'Best regards,', h, '', '-----Original Message-----', 'From: %s' % x.contact(), 'Sent: ' + ds,
            'Subject: Complaint – %s S/N %s' % (x.fam_name(), x.ser()), '', 'We at %s have a problem with the %s (%s): %s.' % (cn, x.fam_name(), x.mod(), ftxt),
            'Please escalate.']
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=cc, action=act, engineer=h,
              engineer_id=cp.handler)
    return 'txt', '\n'.join(top) + '\n', 'complaints_mail', 'RE_complaint_%d' % r.randint(1000, 99999)


def c44(x, cp):  # Taiwan 客訴 txt
    r = x.r
    u = cp.unit
    ds = x.ds(cp.date, ['roc1', 'roc2', 'roc3'])
    f, c, a = F.faulttext(u.family, cp.fault, 'zh-Hant', r, x.variant)
    ftxt = f + '，請儘速派員'
    h = x.eng(cp.handler)
    lines = ['客訴紀錄單', '受理日期：' + ds, '客戶：' + x.cname(cp.date), '儀器：%s %s' % (x.fam_name(), x.mod()), '序號：' + x.ser(),
             '客訴內容：' + ftxt, '承辦人：' + h]
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['roc1', 'roc2'])
        ve = x.eng(v.eng)
        cc = c if v.has_cause else None
        lines += ['到場日期：' + vs, '到場工程師：' + ve] + (['原因：' + cc] if cc else []) + ['處理情形：' + a]
        x.rec(v, vs, ve, None, ftxt, cc, a)
        act = a
    else:
        act = '電話說明操作方式，客戶確認恢復正常'
        cc = None
        lines.append('處理情形：' + act)
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=cc, action=act, engineer=h,
              engineer_id=cp.handler)
    return 'txt', '\n'.join(lines) + '\n', '客訴', '客訴_%d' % r.randint(1000, 99999)


def c45(x, cp):  # 客服中心投诉工单 xlsx
    r = x.r
    u = cp.unit
    ds = x.ds(cp.date, ['iso', 'sl'])
    f, c, a = F.faulttext(u.family, cp.fault, 'zh-Hans', r)
    ftxt = '客户投诉：' + f
    no = x.num('KF')
    h = x.eng(cp.handler)
    rows = [['工单号', '来电日期', '客户', '设备', '型号', '序列号', '投诉内容', '处理方式', '上门日期', '上门工程师', '处理结果', '受理人'],
            [no, ds, x.cname(cp.date), x.fam_name(), x.mod(), x.ser(), ftxt]]
    if cp.visit:
        v = cp.visit
        vs = x.ds(v.date, ['iso', 'sl'])
        ve = x.eng(v.eng)
        rows[1] += ['上门', vs, ve, a, h]
        x.rec(v, vs, ve, no, ftxt, None, a)
        act = a
    else:
        act = '远程处理，已恢复'
        rows[1] += ['电话/远程', '', '', act, h]
    x.doc.set(visit_date=cp.date.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=None, action=act, engineer=h,
              engineer_id=cp.handler, number=no)
    return 'xlsx', [('投诉', rows, [])], '客服中心', no


def c46(x, cp):  # WeChat complaint chat, over received day and visit day
    r = x.r
    u = cp.unit
    d0 = cp.date
    f, c, a = F.faulttext(u.family, cp.fault, 'zh-Hans', r)
    ftxt = f + '，这个月第二次了'
    contact = x.contact()
    h = x.eng(cp.handler, informal=True)
    ds = F.fdate(d0, 'iso')
    lines = ['—————  %s  —————' % ds, '%s 09:%02d' % (contact, r.randint(10, 59)), '%s（%s，编号%s）%s' % (x.fam_name(), x.mod(), x.ser(), ftxt),
             '%s 09:%02d' % (h, r.randint(10, 59)), '收到，马上安排']
    if cp.visit:
        v = cp.visit
        ve = x.eng(v.eng, informal=True) if v.eng != cp.handler else h
        vs = F.fdate(v.date, 'iso')
        cc = c if v.has_cause else None
        if v.date != d0:
            lines += ['—————  %s  —————' % vs]
            vs_w = vs
        else:
            vs_w = ds
        lines += ['%s 15:%02d' % (ve, r.randint(10, 59)), '现场处理好了：' + (cc + '，' if cc else '') + a]
        x.rec(v, vs_w, ve, None, ftxt, cc, a)
        act = a
    else:
        act = '远程看了下方法参数设错了，已改好'
        cc = None
        lines += ['%s 11:%02d' % (h, r.randint(10, 59)), act]
    lines.insert(0, '与“%s”的聊天记录' % x.cname(d0))
    x.doc.set(visit_date=d0.isoformat(), visit_date_as_written=ds, fault=ftxt, cause=cc, action=act, engineer=h,
              engineer_id=cp.handler)
    return 'txt', '\n'.join(lines) + '\n', '微信记录/投诉', '聊天_%d' % r.randint(1000, 99999)

# =====================================================================  histories


def _hist_entries(x, vs, lang, dstyles, informal=False, with_cause=True):
    out = []
    for v in vs:
        ds = x.ds(v.date, dstyles)
        e = x.eng(v.eng, informal)
        f, c, a = x.texts(v)
        if not with_cause:
            c = None
        out.append((v, ds, e, f, c, a))
    return out


def h50(x, vs):  # 使用登记与维护记录 logbook txt, varied layouts
    r = x.r
    u = vs[0].unit
    styles = r.choice([['cnnum'], ['yy'], ['dot'], ['iso', 'sl'], ['cn1']])
    ents = _hist_entries(x, vs, 'zh-Hans', styles, informal=True)
    layout = r.randrange(3)
    lines = ['%s使用登记与维护记录' % x.fam_name(), '使用单位：' + x.cname(vs[-1].date), '仪器型号：%s    出厂编号：%s' % (x.mod(), x.ser()), '']
    if layout == 2:
        lines += ['日期\t内容\t原因\t处理\t签名']
    for v, ds, e, f, c, a in ents:
        what = f or x.vtype(v)
        if r.random() < 0.4:
            lines.append('%02d-%02d 样品测定 正常  %s' % (((v.date.month + 1) % 12) + 1, r.randint(1, 28), r.choice(['周', '刘', '陈'])))
        if layout == 0:
            lines.append('%s  %s；%s%s  %s' % (ds, what, (c + '；') if c else '', a, e))
        elif layout == 1:
            lines.append('%s。%s%s（%s，%s）' % (what, (c + '，') if c else '', a, e, ds))
        else:
            lines.append('%s\t%s\t%s\t%s\t%s' % (ds, what, c or '', a, e))
        x.rec(v, ds, e, None, f, c, a)
    x.doc.top_from_visit(-1)
    return 'txt', '\n'.join(lines) + '\n', '仪器档案/' + x.cust.city, '使用登记_%s' % u.serial[-5:]


def h51(x, vs):  # 设备维修履历卡 docx
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'zh-Hans', ['cn1', 'iso', 'dot2'])
    head = [['设备名称', x.fam_name(), '型号', x.mod()], ['出厂编号', x.ser(), '使用单位', x.cname(vs[-1].date)]]
    if r.random() < 0.6:
        head.append(['启用日期', x.other('install', u.install, ['cn1', 'iso']), '保修截止', x.other('warranty_until', u.warranty, ['cn1', 'iso'])])
    rows = [['日期', '类别', '故障/内容', '处理', '工程师']]
    if r.random() < 0.5:
        ents = ents[::-1]
    for v, ds, e, f, c, a in ents:
        rows.append([ds, x.vtype(v), f or '—', ((c + '；') if c else '') + a, e])
        x.rec(v, ds, e, None, f, c, a)
    _newest(x)
    return 'docx', ([('p', '设备维修履历卡', {'b': True, 'center': True}), ('table', head), ('table', rows)], None), '履历卡', '履历_%s' % u.serial[-5:]


def _newest(x):
    vis = x.doc.t['visits']
    i = max(range(len(vis)), key=lambda k: vis[k]['date'])
    x.doc.top_from_visit(i)


def h52(x, vs):  # CMMS asset history xlsx (en)
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'en', ['dMY', 'iso', 'dmy'])
    rows = [['Asset history report'], ['Asset', '%s %s' % (x.fam_name(), x.mod())], ['Serial', x.ser()], ['Site', x.cname(vs[-1].date)],
            ['Printed', x.other('report_printed', x.printed_after(vs[-1].date, 1, 40), ['dMY', 'iso'])], [],
            ['WO', 'Date', 'Type', 'Problem', 'Cause', 'Work done', 'Technician']]
    for v, ds, e, f, c, a in ents[::-1]:
        no = 'WO%d' % r.randint(100000, 999999)
        rows.append([no, ds, x.vtype(v), f or '', c or '', a, e])
        x.rec(v, ds, e, no, f, c, a)
    _newest(x)
    return 'xlsx', [('History', rows, ['A1:G1'])], 'cmms_exports', 'asset_%s' % u.serial


def h53(x, vs):  # Taiwan 儀器履歷 md, ROC
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'zh-Hant', ['roc1', 'roc4', 'roc2'])
    lines = ['# 儀器保養維修履歷', '', '- 客戶：' + x.cname(vs[-1].date), '- 型號：' + x.mod(), '- 序號：' + x.ser(), '']
    for i, (v, ds, e, f, c, a) in enumerate(ents, 1):
        lines.append('%d. **%s** %s：%s%s%s（%s）' % (i, ds, x.vtype(v), (f + '。') if f else '', (c + '，') if c else '', a, e))
        x.rec(v, ds, e, None, f, c, a)
    _newest(x)
    return 'md', '\n'.join(lines) + '\n', '履歷', '履歷_%s' % u.serial[-5:]


def h54(x, vs):  # 年度维保总结 xlsx of one unit
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'zh-Hans', ['iso', 'sl2', 'cn2'])
    y = vs[-1].date.year
    rows = [['%d年度维保总结' % y], ['客户', x.cname(vs[-1].date)], ['设备', '%s %s' % (x.fam_name(), x.mod())], ['序列号', x.ser()],
            ['报告日期', x.other('report_printed', x.printed_after(vs[-1].date, 3, 30), ['iso', 'cn1'])], [],
            ['序号', '日期', '服务类别', '故障现象', '原因', '处理', '工程师']]
    for i, (v, ds, e, f, c, a) in enumerate(ents, 1):
        rows.append([str(i), ds, x.vtype(v), f or '', c or '', a, e])
        x.rec(v, ds, e, None, f, c, a)
    rows += [[], ['小结', '全年服务%d次，设备运行%s。' % (len(ents), r.choice(['稳定', '基本稳定', '良好']))]]
    _newest(x)
    return 'xlsx', [('总结', rows, ['A1:G1'])], '年度总结/' + x.cust.city, '%d年度维保总结_%s' % (y, u.serial[-5:])


def h55(x, vs):  # English logbook, date last
    r = x.r
    u = vs[0].unit
    hk = x.cust.region == 'hk' and r.random() < 0.35
    ents = _hist_entries(x, vs, 'en', ['ukn'] if hk else ['dMy', 'dMY'])
    lines = ['INSTRUMENT LOG – SERVICE ENTRIES', 'Site: ' + x.cname(vs[-1].date), 'Instrument: %s  Model: %s  S/N: %s' % (x.fam_name(), x.mod(), x.ser()), '']
    for v, ds, e, f, c, a in ents:
        lines.append('%s%s%s. Sign: %s   %s' % ((f + '. ') if f else (x.vtype(v) + '. '), (c + '. ') if c else '', a, e, ds))
        x.rec(v, ds, e, None, f, c, a)
    _newest(x)
    return 'txt', '\n'.join(lines) + '\n', 'logbooks', 'log_%s' % u.serial


def h56(x, vs):  # 设备维修保养履历 PDF (zh)
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'zh-Hans', ['iso', 'dot2', 'cn1'])
    lines = [('设备维修保养履历', 15, True), ('使用单位：' + x.cname(vs[-1].date), 10), ('型号：%s' % x.mod(False), 10), ('出厂编号：' + x.ser(False), 10), ('', 6)]
    for v, ds, e, f, c, a in ents[::-1]:
        lines.append(('%s  %s  工程师：%s' % (ds, x.vtype(v), e), 10, True))
        if f:
            lines.append(('    现象：' + f, 9))
        if c:
            lines.append(('    原因：' + c, 9))
        lines.append(('    处理：' + a, 9))
        x.rec(v, ds, e, None, f, c, a)
    pr = x.other('report_printed', x.printed_after(vs[-1].date, 1, 25), ['iso'])
    lines += [('', 6), ('打印：' + pr, 8)]
    _newest(x)
    from e8_writers import paginate
    return 'pdf', (paginate(lines, 48), False), '履历PDF', '履历_%s' % u.serial[-5:]


def h57(x, vs):  # 金蝶 设备维修记录 csv of one unit
    r = x.r
    u = vs[0].unit
    ents = _hist_entries(x, vs, 'zh-Hans', ['iso', 'sl'])
    head = ['客户', '序列号', '规格型号', '服务日期', '服务类型', '故障描述', '处理结果', '服务人员', '单据编号']
    cn = x.cname(vs[-1].date)
    sr = x.ser()
    m = x.mod()
    rows = [head]
    for v, ds, e, f, c, a in ents:
        no = 'FWGD-%d' % r.randint(100000, 999999)
        rows.append([cn, sr, m, ds, x.vtype(v), f or '', a, e, no])
        x.rec(v, ds, e, no, f, None, a)
    _newest(x)
    return 'csv', rows, 'ERP导出/设备履历', '履历_%s' % u.serial

# =====================================================================  customer files


def f60(x, c, d, units):  # 客户档案 docx
    r = x.r
    ds = x.other('report_printed', d, ['cn1', 'iso']) if d else None
    rows = [['客户名称', x.cname(d, registered=True)], ['英文名称', c.english], ['地址', x.address()], ['客户等级', r.choice(['A', 'B', 'C'])],
            ['联系人', x.contact()], ['服务合同', r.choice(['年度维保合同', '无', '按次收费'])]]
    if c.former:
        rows.insert(1, ['曾用名', '；'.join(f['name'] for f in c.former)])
    ut = [['仪器', '型号', '出厂编号', '装机日期', '保修截止']]
    for u in units:
        s = F.fserial(u.serial, r, 'zh-Hans')
        x.doc.t['serials'].append(u.serial)
        x.doc.t['serials_as_written'].append(s)
        ut.append([D.FAMILIES[u.family][0], u.model, s, x.other('install', u.install, ['iso', 'cn1']), x.other('warranty_until', u.warranty, ['iso', 'cn1'])])
    blocks = [('p', '客户档案', {'b': True, 'center': True}), ('table', rows), ('p', '在用仪器'), ('table', ut)]
    if ds:
        blocks.append(('p', '更新日期：' + ds))
    return 'docx', (blocks, None), '客户档案', '客户档案_%s' % c.id


def f61(x, c, d, units):  # Taiwan / HK 客戶資料卡 txt
    r = x.r
    lines = ['客戶資料卡', '客戶名稱：' + x.cname(d, registered=True), '地址：' + x.address(), '聯絡人：' + x.contact()]
    if c.former:
        lines.append('舊名稱：' + '、'.join(to_trad(f['name']) if c.region == 'cn' else f['name'] for f in c.former))
    lines += ['', '設備清單：']
    for u in units:
        s = F.fserial(u.serial, r, 'zh-Hant')
        x.doc.t['serials'].append(u.serial)
        x.doc.t['serials_as_written'].append(s)
        lines.append('  %s  %s  序號 %s  裝機 %s' % (u.model, to_trad(D.FAMILIES[u.family][0]), s,
                                                 x.other('install', u.install, ['roc1', 'roc2'] if c.region == 'tw' else ['iso'])))
    if d:
        lines += ['', '更新日期：' + x.other('report_printed', d, ['roc1', 'roc2'] if c.region == 'tw' else ['iso'])]
    return 'txt', '\n'.join(lines) + '\n', '客戶資料', '客戶資料_%s' % c.id


def f62(x, c, d, units):  # account sheet xlsx (en)
    r = x.r
    rows = [['Account', x.cname(d, registered=True)], ['Address', x.address()]]
    if c.former:
        rows.append(['Former name', '; '.join(f['english'] for f in c.former)])
    rows += [[], ['Product', 'Model', 'Serial', 'Installed', 'Warranty end']]
    for u in units:
        s = F.fserial(u.serial, r, 'en')
        x.doc.t['serials'].append(u.serial)
        x.doc.t['serials_as_written'].append(s)
        rows.append([D.FAMILIES[u.family][1], u.model, s, x.other('install', u.install, ['dMY', 'iso']),
                     x.other('warranty_until', u.warranty, ['dMY', 'iso'])])
    if d:
        rows += [[], ['Generated', x.other('report_printed', d, ['dMY', 'iso'])]]
    return 'xlsx', [('Account', rows, [])], 'accounts', 'account_%s' % c.id


def f63(x, c, d, units):  # 客户设备台账 csv
    r = x.r
    cn = x.cname(d, registered=True)
    rows = [['客户名称', '设备名称', '规格型号', '出厂编号', '到货日期', '装机日期', '保修截止', '导出日期']]
    ex = x.other('report_printed', d, ['iso']) if d else ''
    for u in units:
        s = F.fserial(u.serial, r, 'zh-Hans', allow_fw=False)
        x.doc.t['serials'].append(u.serial)
        x.doc.t['serials_as_written'].append(s)
        rows.append([cn, D.FAMILIES[u.family][0], u.model, s, x.other('purchase', u.purchase, ['iso']), x.other('install', u.install, ['iso']),
                     x.other('warranty_until', u.warranty, ['iso']), ex])
    return 'csv', rows, '台账导出', '设备台账_%s' % c.id


def f64(x, c, d, units):  # account overview md (en), no dates
    r = x.r
    lines = ['# Account overview: ' + x.cname(None, registered=True), '', 'City: %s' % c.cp, '', '## Installed base', '']
    for u in units:
        s = F.fserial(u.serial, r, 'en')
        x.doc.t['serials'].append(u.serial)
        x.doc.t['serials_as_written'].append(s)
        lines.append('- %s %s, S/N %s (installed %s)' % (D.FAMILIES[u.family][1], u.model, s, F.month_only(u.install, 'en')))
    lines += ['', 'Contract: %s' % r.choice(['annual PM + calibration', 'time and material', 'extended warranty'])]
    return 'md', '\n'.join(lines) + '\n', 'accounts', 'overview_%s' % c.id

# =====================================================================  training


def _tf(x, fam, model):
    x.doc.set(model=model, model_as_written=F.fmodel(model, x.r, x.lang))
    return x.doc.t['model_as_written']


def t70(x, fam, model):  # 培训课件备注 md
    m = _tf(x, fam, model)
    lines = ['# %s %s 常见故障培训 — 讲稿备注' % (D.FAMILIES[fam][0], m), '']
    for i, (code, zf, zc, za, *_rest) in enumerate(D.FAULTS[fam], 3):
        lines += ['## 第%d页 %s（%s）' % (i, zf, code), '', '- 讲解：' + zc, '- 处理：' + za, '']
    return 'md', '\n'.join(lines), '培训资料', '%s_培训讲稿' % model.replace(' ', '_')


def t71(x, fam, model):  # English slide notes PDF
    m = _tf(x, fam, model)
    lines = [('%s %s – service training' % (D.FAMILIES[fam][1], m), 14, True), ('', 6)]
    for i, (code, zf, zc, za, ef, ec, ea) in enumerate(D.FAULTS[fam], 2):
        lines += [('Slide %d – %s (%s)' % (i, ef, code), 10, True), ('Why: ' + ec, 9), ('Fix: ' + ea, 9), ('', 5)]
    return 'pdf', ([lines], False), 'training', '%s_slides' % model.replace(' ', '_')


def t72(x, fam, model):  # 故障排除指引 zh-Hant txt
    m = _tf(x, fam, model)
    lines = ['%s %s 故障排除指引' % (to_trad(D.FAMILIES[fam][0]), m), '']
    for code, zf, zc, za, *_ in D.FAULTS[fam]:
        lines += ['【%s】%s' % (code, to_trad(zf)), '  可能原因：' + to_trad(zc), '  處理方式：' + to_trad(za), '']
    return 'txt', '\n'.join(lines), '教育訓練', '%s_故障排除' % model.replace(' ', '_')


def t73(x, fam, model):  # 知识库文章 txt
    r = x.r
    m = _tf(x, fam, model)
    code, zf, zc, za, *_ = r.choice(D.FAULTS[fam])
    lines = ['【知识库】%s：%s' % (m, zf), '适用型号：' + m, '故障代码：' + code, '关键词：%s；%s' % (D.FAM_SHORT[fam], code), '',
             '现象：' + zf, '原因：' + zc, '处理步骤：', '1. 断电并做好防护', '2. ' + za, '3. 用标准样品验证', '']
    return 'txt', '\n'.join(lines), '知识库', 'KB_%s_%s' % (model.replace(' ', '_'), code)


def t74(x, fam, model):  # troubleshooting matrix csv (en)
    m = _tf(x, fam, model)
    rows = [['Model', 'Code', 'Symptom', 'Probable cause', 'Corrective action']]
    for code, zf, zc, za, ef, ec, ea in D.FAULTS[fam]:
        rows.append([m, code, ef, ec, ea])
    return 'csv', rows, 'training', '%s_troubleshooting' % model.replace(' ', '_')


def t75(x, fam, model):  # 培训考核题 docx
    m = _tf(x, fam, model)
    blocks = [('p', '%s（%s）维修培训考核' % (D.FAMILIES[fam][0], m), {'b': True, 'center': True})]
    for i, (code, zf, zc, za, *_) in enumerate(D.FAULTS[fam], 1):
        blocks.append(('p', '%d. 出现“%s”时，最可能的原因是什么？应如何处理？' % (i, zf)))
        blocks.append(('p', '参考答案：%s；%s。' % (zc, za)))
    return 'docx', (blocks, None), '培训资料', '%s_考核题' % model.replace(' ', '_')

# =====================================================================  registry
# id, kind, lang, regions, func, weight, visit types (service) or None
ALL_SVC = ('install', 'pm', 'calibration', 'inspection', 'upgrade', 'relocation', 'qualification')
REG = [
    ('EIGHT-01', 'repair', 'zh-Hans', 'cn', t01, 5), ('EIGHT-02', 'repair', 'zh-Hans', 'cn', t02, 3),
    ('EIGHT-03', 'repair', 'zh-Hans', 'cn', t03, 3), ('EIGHT-04', 'repair', 'zh-Hans', 'cn', t04, 3),
    ('EIGHT-05', 'repair', 'zh-Hans', 'cn', t05, 2), ('EIGHT-06', 'repair', 'en', 'cn tw hk intl', t06, 2),
    ('EIGHT-07', 'repair', 'en', 'ph', t07, 6), ('EIGHT-08', 'repair', 'zh-Hant', 'tw', t08, 4),
    ('EIGHT-09', 'repair', 'zh-Hant', 'tw', t09, 3), ('EIGHT-10', 'repair', 'en', 'cn intl hk', t10, 2),
    ('EIGHT-11', 'repair', 'zh-Hans', 'cn', t11, 3), ('EIGHT-12', 'repair', 'zh-Hans', 'cn', t12, 3),
    ('EIGHT-13', 'repair', 'zh-Hans', 'cn', t13, 2), ('EIGHT-14', 'repair', 'en', 'hk', t14, 5),
    ('EIGHT-15', 'repair', 'zh-Hans', 'cn', t15, 2), ('EIGHT-16', 'repair', 'en', 'cn intl tw', t16, 2),
    ('EIGHT-17', 'repair', 'zh-Hans', 'cn', t17, 2), ('EIGHT-18', 'repair', 'en', 'cn tw hk intl', t18, 3),
    ('EIGHT-19', 'repair', 'zh-Hans', 'cn', t19, 2),
    ('EIGHT-20', 'service_report', 'zh-Hans', 'cn', s20, 4, ('calibration',)),
    ('EIGHT-21', 'service_report', 'en', 'hk intl cn', s21, 2, ('calibration',)),
    ('EIGHT-22', 'service_report', 'zh-Hans', 'cn', s22, 4, ('install', 'qualification')),
    ('EIGHT-23', 'service_report', 'en', 'intl hk cn tw', s23, 2, ('install', 'qualification')),
    ('EIGHT-24', 'service_report', 'zh-Hans', 'cn', s24, 4, ('pm',)),
    ('EIGHT-25', 'service_report', 'zh-Hant', 'tw', s25, 5, ('pm', 'calibration', 'qualification', 'install', 'inspection')),
    ('EIGHT-26', 'service_report', 'zh-Hans', 'cn', s26, 6, ('inspection',)),
    ('EIGHT-27', 'service_report', 'zh-Hans', 'cn', s27, 3, ('install',)),
    ('EIGHT-28', 'service_report', 'en', 'cn intl tw hk', s28, 2, ALL_SVC),
    ('EIGHT-29', 'service_report', 'zh-Hans', 'cn', s29, 3, ALL_SVC),
    ('EIGHT-30', 'service_report', 'zh-Hant', 'hk', s30, 6, ALL_SVC),
    ('EIGHT-31', 'service_report', 'zh-Hans', 'cn', s31, 20, ('relocation',)),
    ('EIGHT-32', 'service_report', 'en', 'cn tw hk intl', s32, 8, ('upgrade',)),
    ('EIGHT-33', 'service_report', 'en', 'intl hk', s33, 5, ('pm', 'calibration', 'inspection', 'qualification', 'relocation', 'upgrade', 'install')),
    ('EIGHT-40', 'complaint', 'zh-Hans', 'cn', c40, 3), ('EIGHT-41', 'complaint', 'en', 'intl hk cn tw', c41, 2),
    ('EIGHT-42', 'complaint', 'zh-Hans', 'cn', c42, 3), ('EIGHT-43', 'complaint', 'en', 'intl hk cn', c43, 2),
    ('EIGHT-44', 'complaint', 'zh-Hant', 'tw hk', c44, 6), ('EIGHT-45', 'complaint', 'zh-Hans', 'cn', c45, 2),
    ('EIGHT-46', 'complaint', 'zh-Hans', 'cn', c46, 2),
    ('EIGHT-50', 'equipment_history', 'zh-Hans', 'cn', h50, 4), ('EIGHT-51', 'equipment_history', 'zh-Hans', 'cn', h51, 3),
    ('EIGHT-52', 'equipment_history', 'en', 'intl hk cn tw', h52, 3), ('EIGHT-53', 'equipment_history', 'zh-Hant', 'tw hk', h53, 6),
    ('EIGHT-54', 'equipment_history', 'zh-Hans', 'cn', h54, 2), ('EIGHT-55', 'equipment_history', 'en', 'intl hk cn', h55, 3),
    ('EIGHT-56', 'equipment_history', 'zh-Hans', 'cn', h56, 2), ('EIGHT-57', 'equipment_history', 'zh-Hans', 'cn', h57, 2),
    ('EIGHT-60', 'customer_file', 'zh-Hans', 'cn', f60, 3), ('EIGHT-61', 'customer_file', 'zh-Hant', 'tw hk', f61, 3),
    ('EIGHT-62', 'customer_file', 'en', 'intl hk tw cn', f62, 2), ('EIGHT-63', 'customer_file', 'zh-Hans', 'cn', f63, 2),
    ('EIGHT-64', 'customer_file', 'en', 'intl cn', f64, 1),
    ('EIGHT-70', 'training', 'zh-Hans', '', t70, 1), ('EIGHT-71', 'training', 'en', '', t71, 1), ('EIGHT-72', 'training', 'zh-Hant', '', t72, 1),
    ('EIGHT-73', 'training', 'zh-Hans', '', t73, 1), ('EIGHT-74', 'training', 'en', '', t74, 1), ('EIGHT-75', 'training', 'zh-Hans', '', t75, 1),
]
