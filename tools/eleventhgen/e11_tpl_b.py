# eleventhgen templates: complaints E11-40…44, histories E11-50…54, customer files E11-60…65, training E11-70…74.
import datetime as dt
from e11_data import CO, OEM, FAULTS, FAMILIES
from e11_forms import fdate, fmonth, feng, fault_text, fam_name, model_desc, fserial, fmodel
from e11_tpl_a import TYPE_ZH, TYPE_TW, TYPE_EN
from e11_zh import s2t

D = dt.timedelta
REMOTE = {'zh-Hans': ['电话指导用户重启后恢复正常', '远程登录调整配置后恢复', '寄送耗材，用户自行更换后正常'],
          'zh-Hant': ['電話指導客戶重新開機後恢復', '遠端連線調整設定後恢復', '寄送耗材，客戶自行更換後正常'],
          'en': ['talked the user through a restart by phone', 'fixed remotely by adjusting the configuration', 'sent consumables; user replaced them']}


def _comp(g, d, c, u, cp, lang, dst, vst, region='cn', model=True):
    r = d.rng
    cw = d.cust(c, g.name(c, cp['date'], lang, r))
    sw, mw = d.unit(u, model=model)
    dw = d.vdate(cp['date'], dst)
    f = fault_text(u['family'], cp['fault'], cp['wz'], lang, r, region)
    style = 'en' if lang == 'en' else 'hant' if lang == 'zh-Hant' else 'zh'
    ew = feng(cp['eng'], style, r)
    v = cp['visit']
    if v:
        fa = FAULTS[u['family']][v['fault']]
        ac = fa[6] if lang == 'en' else s2t(fa[5], region) if lang == 'zh-Hant' else fa[5]
        vw = fdate(v['date'], vst) if v['date'] != cp['date'] else fdate(v['date'], dst)
        d.visit(v['date'], vw, f, None, ac, ew, cp['eng'], None, top=False)
    else:
        ac = REMOTE[lang][cp['seq'] % 3 if 'seq' in cp else r.randrange(3)]
        vw = None
    d.t.update(fault=f, cause=None, action=ac, engineer=ew, engineer_id=cp['eng'], number=None)
    return cw, sw, mw, dw, f, ac, ew, vw


def t40(g, d, c, u, cp):  # 客诉处理单 docx
    r = d.rng
    cw, sw, mw, dw, f, ac, ew, vw = _comp(g, d, c, u, cp, 'zh-Hans', r.choice(['cn', 'iso']), r.choice(['cn', 'iso']))
    d.title = '客诉处理单'
    rows = [['受理日期', dw, '紧急程度', {1: '紧急（1个工作日）', 3: '一般（3个工作日）', 10: '复杂（10个工作日）'}[cp['urg']]],
            ['投诉单位', cw, '联系人', g.contact(c, 'zh-Hans', r)], ['设备型号', mw, 'S/N', sw], ['投诉内容', f],
            ['处理方式', '上门处理' if vw else '电话/远程'], ['上门日期', vw or '—'], ['处理结果', ac], ['责任工程师', ew]]
    d.blocks += [('h', '%s 客诉处理单' % CO['cn_short']), ('t', rows), ('p', '回访：一周内由客服中心电话回访。')]


def t41(g, d, c, u, cp):  # 400热线来电记录 txt
    r = d.rng
    cw, sw, mw, dw, f, ac, ew, vw = _comp(g, d, c, u, cp, 'zh-Hans', 'iso', 'iso', model=False)
    d.title = '热线来电记录'
    L = d.lines
    L += ['%s 热线来电记录' % CO['hotline'], '来电日期：%s %02d:%02d' % (dw, r.randint(8, 17), r.randint(0, 59)),
          '来电单位：%s' % cw, '来电人：%s' % g.contact(c, 'zh-Hans', r), '设备序列号：%s' % sw, '来电内容：%s' % f]
    if vw:
        L += ['处理：派工上门', '上门时间：%s' % vw]
    L += ['结果：%s' % ac, '受理/处理人：%s' % ew, '客户满意度：满意']


def t42(g, d, c, u, cp):  # English complaint e-mail thread
    r = d.rng
    reg = c['region']
    cw, sw, mw, dw, f, ac, ew, vw = _comp(g, d, c, u, cp, 'en', 'enlong', 'endmy', reg)
    d.title = 'RE Equipment complaint'
    later = cp['visit']['date'] if cp['visit'] else cp['date'] + D(days=1)
    sent2 = fdate(later, 'enlong')
    if later != cp['date']:
        d.t['other_dates'].append({'role': 'report_printed', 'date': later.isoformat(), 'as_written': sent2})
    L = d.lines
    L += ['From: %s <service@peilan-digital.com>' % ew, 'Sent: %s 17:05' % sent2, 'Subject: RE: %s %s - complaint' % (mw, sw), '',
          'Dear customer,', '']
    L += (['Our engineer attended on %s. %s.' % (vw, ac)] if vw else ['This was resolved remotely: %s.' % ac])
    L += ['', 'Regards,', ew, CO['sg'] if reg == 'sg' else CO['en'], '', '-----Original Message-----', 'From: IT helpdesk, %s' % cw,
          'Sent: %s 09:12' % dw, 'Subject: %s %s - complaint' % (mw, sw), '', 'Our %s (S/N %s) has a problem: %s. Please arrange support.' % (mw, sw, f)]


def t43(g, d, c, u, cp):  # 客訴紀錄 (Taiwan ROC, Hong Kong)
    r = d.rng
    reg = c['region']
    st = 'roc' if reg == 'tw' else 'hkzh'
    cw, sw, mw, dw, f, ac, ew, vw = _comp(g, d, c, u, cp, 'zh-Hant', st, st, reg)
    d.title = '客訴紀錄'
    L = d.lines
    L += ['%s 客訴紀錄' % (CO['tw_short'] if reg == 'tw' else CO['hk']), '受理日期：%s' % dw, '客戶：%s' % cw, '機型：%s　序號：%s' % (mw, sw),
          '客訴內容：%s' % f, '處理方式：%s' % ('派員到場' if vw else '電話/遠端')]
    if vw:
        L.append('到場日期：%s' % vw)
    L += ['處理結果：%s' % ac, '處理人員：%s' % ew]


def t44(g, d, c, u, cp):  # 客诉台账 xlsx row
    r = d.rng
    cw, sw, mw, dw, f, ac, ew, vw = _comp(g, d, c, u, cp, 'zh-Hans', 'slash0', 'slash0')
    d.title = '客诉台账'
    d.sheets = [('台账', [['受理日期', '客户', '型号', '序列号', '投诉内容', '处理方式', '上门日期', '处理结果', '责任人'],
                         [dw, cw, mw, sw, f, '上门' if vw else '电话/远程', vw or '', ac, ew]])]


def _hist(g, d, c, u, evs, lang, dst, region='cn', num=None, model=True):
    """Writes the unit's truth; returns per-entry (ev, dw, f, ca, ac, ew, no)."""
    r = d.rng
    cw = d.cust(c, g.name(c, evs[-1]['date'], lang, r))
    sw, mw = d.unit(u, model=model)
    out = []
    style = 'en' if lang == 'en' else 'hant' if lang == 'zh-Hant' else 'zh'
    for e in evs:
        f, ca, ac = d.ev_texts(u, e, lang, region)
        ew = feng(e['eng'], style, r)
        no = num(e) if num else None
        out.append((e, fdate(e['date'], dst), f, ca, ac, ew, no))
    order = out[::-1] if r.random() < .5 else out
    for e, dw, f, ca, ac, ew, no in order:
        d.visit(e['date'], dw, f, ca, ac, ew, e['eng'], no, top=False)
    e, dw, f, ca, ac, ew, no = out[-1]
    d.t.update(visit_date=e['date'].isoformat(), visit_date_as_written=dw, fault=f, cause=ca, action=ac, engineer=ew,
               engineer_id=e['eng'], number=no)
    return cw, sw, mw, order


def t50(g, d, c, u, evs):  # ITSM export, one row per ticket
    cw, sw, mw, order = _hist(g, d, c, u, evs, 'zh-Hans', 'isot', num=lambda e: 'INC%07d' % (e['seq'] * 7 + 100000))
    d.title = '工单导出'
    d.rows = [['工单号', '创建时间', '报障单位', '型号', '序列号', '类别', '描述', '根因', '解决方案', '处理人']]
    d.rows += [[no, dw, cw, mw, sw, TYPE_ZH[e['type']], f or '', ca or '', ac, ew] for e, dw, f, ca, ac, ew, no in order]


def t51(g, d, c, u, evs):  # 设备履历卡 docx
    r = d.rng
    cw, sw, mw, order = _hist(g, d, c, u, evs, 'zh-Hans', r.choice(['cn', 'iso', 'slash0']), num=lambda e: 'PL%s-%04d' % (e['date'].strftime('%y%m'), e['no']))
    d.title = '设备履历卡'
    d.blocks += [('h', '设备履历卡'), ('t', [['使用单位', cw], ['设备', '%s %s' % (model_desc(u['model'], 'zh-Hans'), mw)], ['机身序列号', sw],
                                         ['资产编号', u['asset']], ['启用日期', d.other('install', u['install'], 'cn')],
                                         ['保修截止', d.other('warranty_until', u['warranty'], 'cn')]])]
    d.blocks.append(('t', [['日期', '类别', '故障', '原因', '处理', '工程师', '单号']] +
                     [[dw, TYPE_ZH[e['type']], f or '', ca or '', ac, ew, no] for e, dw, f, ca, ac, ew, no in order]))


def t52(g, d, c, u, evs):  # 资产卡片 md, dated bullets
    r = d.rng
    cw, sw, mw, order = _hist(g, d, c, u, evs, 'zh-Hans', r.choice(['dot', 'iso']))
    d.title = '资产卡片'
    L = d.lines
    L += ['# 资产卡片 · %s' % sw, '', '- 使用单位：%s' % cw, '- 型号：%s' % mw, '- 资产编号：%s' % u['asset'], '', '## 服务记录', '']
    for e, dw, f, ca, ac, ew, no in order:
        L.append('- %s ｜ %s ｜ %s%s%s ｜ %s' % (dw, TYPE_ZH[e['type']], (f + ' → ') if f else '', (ca + '；') if ca else '', ac, ew))


def t53(g, d, c, u, evs):  # English asset service log xlsx
    r = d.rng
    reg = c['region']
    cw, sw, mw, order = _hist(g, d, c, u, evs, 'en', 'endmy', reg, num=lambda e: 'JS-%06d' % (e['seq'] + 300000) if reg == 'sg' else None)
    d.title = 'Asset Service Log'
    rows = [['ASSET SERVICE LOG'], ['Site', cw], ['Model', mw], ['Serial', sw], ['Asset tag', u['asset']], [],
            ['Date', 'Type', 'Problem', 'Cause', 'Work done', 'Engineer', 'Job no.']]
    rows += [[dw, TYPE_EN[e['type']], f or '', ca or '', ac, ew, no or ''] for e, dw, f, ca, ac, ew, no in order]
    d.sheets = [('Log', rows)]


def t54(g, d, c, u, evs):  # 設備維護履歷 txt (ROC for Taiwan)
    r = d.rng
    reg = c['region']
    cw, sw, mw, order = _hist(g, d, c, u, evs, 'zh-Hant', 'rocslash' if reg == 'tw' else 'dmy', reg)
    d.marker = reg == 'hk'
    d.title = '設備維護履歷'
    L = d.lines
    L += ['設備維護履歷', '客戶：%s' % cw, '型號：%s　序號：%s' % (mw, sw)]
    if reg == 'hk':
        L.append('（日期格式：日/月/年）')
    L.append('')
    for e, dw, f, ca, ac, ew, no in order:
        L += ['%s　%s' % (dw, TYPE_TW[e['type']])]
        if f:
            L.append('　問題：%s' % f)
        if ca:
            L.append('　原因：%s' % ca)
        L += ['　處理：%s' % ac, '　工程師：%s' % ew]


def _file(g, d, c, fd, us, lang, dst, region='cn'):
    r = d.rng
    cw = d.cust(c, g.name(c, fd, lang, r))
    pw = d.other('report_printed', fd, dst)
    sws = []
    for u in us:
        sw = fserial(u['serial'], r.choice([0, 0, 1, 2, 3]))
        d.t['serials'].append(u['serial'])
        d.t['serials_as_written'].append(sw)
        sws.append(sw)
    return cw, pw, sws


def t60(g, d, c, fd, us):  # 资产清单 xlsx
    r = d.rng
    cw, pw, sws = _file(g, d, c, fd, us, 'zh-Hans', 'iso')
    d.title = '资产清单'
    rows = [['%s 在保设备资产清单' % cw], ['导出日期', pw], [], ['序号', '资产编号', '设备名称', '型号', '序列号', '存放位置', '启用年月']]
    for k, (u, sw) in enumerate(zip(us, sws)):
        rows.append([k + 1, u['asset'], model_desc(u['model'], 'zh-Hans'), u['model'], sw, r.choice(['机房', '营业厅', '办公室', '前台', '教室']),
                     fmonth(u['install'], 'iso')])
    d.sheets = [('清单', rows)]


def t61(g, d, c, fd, us):  # 维保服务合同 docx: contract start/end, schedule
    r = d.rng
    cw, pw, sws = _file(g, d, c, fd, us, 'zh-Hans', 'cn')
    st = fd + D(days=r.randint(3, 20))
    en = st.replace(year=st.year + 1) - D(days=1) if not (st.month == 2 and st.day == 29) else st + D(days=364)
    d.title = '维保服务合同'
    sw_ = d.other('contract_start', st, 'cn')
    ew_ = d.other('contract_end', en, 'cn')
    d.blocks += [('h', 'IT设备维保服务合同'), ('p', '甲方：%s' % cw), ('p', '乙方：%s' % CO['cn']),
                 ('p', '合同期限：自%s起至%s止。' % (sw_, ew_)), ('p', '服务内容：故障维修、预防性维护、备件更换；响应时间4小时。'),
                 ('p', '附件一：设备清单'),
                 ('t', [['序号', '设备', '型号', '序列号']] + [[str(k + 1), model_desc(u['model'], 'zh-Hans'), u['model'], sw] for k, (u, sw) in enumerate(zip(us, sws))]),
                 ('p', '签订日期：%s' % pw)]


def t62(g, d, c, fd, us):  # 客户档案 md
    r = d.rng
    cw, pw, sws = _file(g, d, c, fd, us, 'zh-Hans', r.choice(['iso', 'cn']))
    d.title = '客户档案'
    L = d.lines
    L += ['# 客户档案：%s' % cw, '', '| 项目 | 内容 |', '|---|---|', '| 地址 | %s |' % c['address'], '| 客户等级 | %s |' % r.choice('ABC'),
          '| 联系人 | %s |' % g.contact(c, 'zh-Hans', r), '| 渠道 | %s |' % c['dealer'], '', '## 在用设备', '', '| 型号 | 序列号 | 启用 |', '|---|---|---|']
    L += ['| %s | %s | %s |' % (u['model'], sw, fmonth(u['install'], 'cn')) for u, sw in zip(us, sws)]
    L += ['', '更新日期：%s' % pw]


def t63(g, d, c, fd, us):  # Maintenance Agreement Schedule pdf
    r = d.rng
    cw, pw, sws = _file(g, d, c, fd, us, 'en', 'enth', c['region'])
    d.title = 'Maintenance Agreement Schedule'
    L = d.lines
    L += ['MAINTENANCE AGREEMENT - SCHEDULE A (EQUIPMENT)', 'Provider: %s' % (CO['sg'] if c['region'] == 'sg' else CO['en']),
          'Customer: %s' % cw, 'Date of agreement: %s' % pw, '', 'Item  Model  Serial number  Coverage']
    L += ['%d  %s  %s  %s' % (k + 1, u['model'], sw, r.choice(['Comprehensive', 'Labour only', 'Parts and labour'])) for k, (u, sw) in enumerate(zip(us, sws))]
    L += ['', 'Preventive maintenance visits per the Orvane schedule.']


def t64(g, d, c, fd, us):  # 客戶資料卡 docx (Taiwan / Hong Kong)
    r = d.rng
    reg = c['region']
    cw, pw, sws = _file(g, d, c, fd, us, 'zh-Hant', 'rocmg' if reg == 'tw' else 'hkzh', reg)
    d.title = '客戶資料卡'
    d.blocks += [('h', '客戶資料卡'), ('t', [['客戶名稱', cw], ['地址', c['address']], ['經銷/合作廠商', c['dealer']], ['建檔更新', pw]]),
                 ('t', [['型號', '序號', '裝機年月']] + [[u['model'], sw, fmonth(u['install'], 'roc' if reg == 'tw' else 'cn')] for u, sw in zip(us, sws)])]


def t65(g, d, c, fd, us):  # 报价单 csv
    r = d.rng
    cw, pw, sws = _file(g, d, c, fd, us, 'zh-Hans', 'slash0')
    d.title = '维保报价单'
    d.rows = [['报价单位', CO['cn']], ['客户', cw], ['报价日期', pw], ['有效期', '30天'], [], ['序号', '型号', '序列号', '年度维保费(元)']]
    d.rows += [[str(k + 1), u['model'], sw, str(r.randint(8, 60) * 100)] for k, (u, sw) in enumerate(zip(us, sws))]


def _train(d, fam, lang, region='cn'):
    m = d.rng.choice(FAMILIES[fam][3])
    mw = fmodel(m, d.rng.choice([0, 0, 1]))
    d.t['model'], d.t['model_as_written'] = m, mw
    return mw


def t70(g, d, fam):
    mw = _train(d, fam, 'zh-Hans')
    d.title = '常见故障处理讲义'
    L = d.lines
    L += ['# %s 常见故障处理讲义（%s）' % (fam_name(fam, 'zh-Hans'), mw), '']
    for code, zh, en, cz, ce, az, ae in FAULTS[fam]:
        L += ['## %s %s' % (code, zh[0]), '', '- 现象：%s；%s' % (zh[1], zh[2]), '- 原因：%s' % cz, '- 处理：%s' % az, '']


def t71(g, d, fam):
    mw = _train(d, fam, 'en')
    d.title = 'Technical Bulletin'
    L = d.lines
    L += ['%s TECHNICAL BULLETIN - %s (%s)' % (OEM.upper(), fam_name(fam, 'en'), mw), '']
    for code, zh, en, cz, ce, az, ae in FAULTS[fam]:
        L += ['Code %s: %s' % (code, en[0]), '  Cause: %s' % ce, '  Fix: %s' % ae, '']


def t72(g, d, fam):
    mw = _train(d, fam, 'zh-Hant')
    d.title = '維修要點'
    d.blocks += [('h', '%s 維修要點（%s）' % (fam_name(fam, 'zh-Hant'), mw)),
                 ('t', [['代碼', '現象', '原因', '處理']] + [[f[0], s2t(f[1][0]), s2t(f[3]), s2t(f[5])] for f in FAULTS[fam]])]


def t73(g, d, fam):
    mw = _train(d, fam, 'zh-Hans')
    d.title = '培训考核题'
    L = d.lines
    L += ['%s 工程师培训考核题（%s）' % (fam_name(fam, 'zh-Hans'), mw), '']
    for k, f in enumerate(FAULTS[fam]):
        L += ['%d. 设备出现“%s”，最可能的原因是什么？' % (k + 1, f[1][0]), '   答：%s。处理：%s。' % (f[3], f[5])]


def t74(g, d, fam):
    mw = _train(d, fam, 'zh-Hans')
    d.title = '故障代码表'
    d.sheets = [('代码', [['故障代码表 %s' % mw], ['代码', '中文描述', 'English', '处理']] + [[f[0], f[1][0], f[2][0], f[5]] for f in FAULTS[fam]])]


OTHER = {
    '40': (t40, 'complaint', 'zh-Hans', 'cn', 'docx', 4), '41': (t41, 'complaint', 'zh-Hans', 'cn', 'txt', 3),
    '42': (t42, 'complaint', 'en', 'cn hk sg', 'txt', 2), '43': (t43, 'complaint', 'zh-Hant', 'tw hk', 'txt', 2),
    '44': (t44, 'complaint', 'zh-Hans', 'cn', 'xlsx', 2),
    '50': (t50, 'equipment_history', 'zh-Hans', 'cn', 'csv', 3), '51': (t51, 'equipment_history', 'zh-Hans', 'cn', 'docx', 3),
    '52': (t52, 'equipment_history', 'zh-Hans', 'cn', 'md', 2), '53': (t53, 'equipment_history', 'en', 'cn hk sg', 'xlsx', 1.5),
    '54': (t54, 'equipment_history', 'zh-Hant', 'tw hk', 'txt', 1.5),
    '60': (t60, 'customer_file', 'zh-Hans', 'cn', 'xlsx', 4), '61': (t61, 'customer_file', 'zh-Hans', 'cn', 'docx', 4),
    '62': (t62, 'customer_file', 'zh-Hans', 'cn', 'md', 3), '63': (t63, 'customer_file', 'en', 'cn hk sg', 'pdf', 2),
    '64': (t64, 'customer_file', 'zh-Hant', 'tw hk', 'docx', 2), '65': (t65, 'customer_file', 'zh-Hans', 'cn', 'csv', 3),
    '70': (t70, 'training', 'zh-Hans', '', 'md', 2), '71': (t71, 'training', 'en', '', 'txt', 1.5), '72': (t72, 'training', 'zh-Hant', '', 'docx', 1),
    '73': (t73, 'training', 'zh-Hans', '', 'pdf', 1), '74': (t74, 'training', 'zh-Hans', '', 'xlsx', 1),
}
