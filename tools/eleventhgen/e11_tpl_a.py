# eleventhgen visit templates (repair / service_report): E11-01 … E11-17.
import datetime as dt
from e11_data import CO, OEM
from e11_forms import fdate, fmonth, feng, fam_name, model_desc, ENG

D = dt.timedelta
TYPE_ZH = {'repair': '故障维修', 'pm': '预防性维护', 'patrol': '巡检', 'meter': '抄表', 'install': '新机安装', 'reloc': '移机'}
TYPE_TW = {'repair': '故障叫修', 'pm': '定期保養', 'patrol': '巡檢', 'meter': '抄表', 'install': '新機安裝', 'reloc': '移機'}
TYPE_EN = {'repair': 'Corrective', 'pm': 'Preventive maintenance', 'patrol': 'Site inspection', 'meter': 'Meter reading',
           'install': 'Installation', 'reloc': 'Relocation'}


def _visit(g, d, c, u, e, lang, dst, num, estyle, region='cn', sk=None, mk=None, model=True):
    r = d.rng
    cw = d.cust(c, g.name(c, e['date'], lang, r))
    sw, mw = d.unit(u, sk, mk, model)
    dw = d.vdate(e['date'], dst)
    f, ca, ac = d.ev_texts(u, e, lang, region)
    ew = feng(e['eng'], estyle, r)
    d.visit(e['date'], dw, f, ca, ac, ew, e['eng'], num)
    return cw, sw, mw, dw, f, ca, ac, ew


def t01(g, d, c, u, e):  # 现场服务报告 docx, two pairs per row
    r = d.rng
    num = 'PL%s-%04d' % (e['date'].strftime('%y%m'), e['no'])
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['cn', 'iso', 'slash0']), num, 'zh')
    d.title = '现场服务报告'
    d.blocks.append(('h', CO['cn'] + '\n现场服务报告'))
    d.blocks.append(('p', '服务热线：%s　　报告编号：%s' % (CO['hotline'], num)))
    rows = [['报障单位', cw, '使用部门', g.contact(c, 'zh-Hans', r)], ['设备名称', model_desc(u['model'], 'zh-Hans'), '设备型号', mw],
            ['机身序列号', sw, '资产编号', u['asset']], ['服务类型', TYPE_ZH[e['type']], '服务日期', dw]]
    if r.random() < .5:
        rows.append(['保修截止', d.other('warranty_until', u['warranty'], 'cn'), '是否保内', '是' if e['date'] <= u['warranty'] else '否'])
    rows += [['故障描述', f or '无（%s）' % TYPE_ZH[e['type']]], ['原因分析', ca or '—'], ['处理过程', ac],
             ['工程师签字', ew, '客户确认', '（签字/盖章）']]
    d.blocks.append(('t', rows))
    if r.random() < .6:
        d.blocks.append(('p', '打印时间：%s 17:%02d' % (d.other('report_printed', e['date'] + D(days=r.randint(0, 6)), 'iso'), r.randint(0, 59))))


def t02(g, d, c, u, e):  # ITSM 工单导出, one row
    r = d.rng
    num = 'INC%07d' % (e['seq'] * 7 + 100000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', 'isot', num, 'zh')
    d.title = '工单导出'
    head = ['工单编号', '创建时间', '报障单位', '配置项', '型号', 'S/N', '故障描述', '根因', '解决方案', '处理人', '状态']
    d.rows = [head, [num, dw, cw, model_desc(u['model'], 'zh-Hans'), mw, sw, f, ca or '', ac, ew, '已关闭']]


def t03(g, d, c, u, e):  # 服务派工单 plain text with dealer and next PM month
    r = d.rng
    num = '派%s%04d' % (e['date'].strftime('%y'), e['no'])
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['cn', 'dot', 'slash']), num, 'zh')
    d.title = '服务派工单'
    L = d.lines
    L += ['%s  服务派工单' % CO['cn_short'], '派工单号：%s' % num, '']
    if r.random() < .5:
        L.append('销售渠道：%s（经销商）' % c['dealer'])
    L += ['报障单位：%s' % cw, '联系人：%s' % g.contact(c, 'zh-Hans', r), '设备：%s %s' % (model_desc(u['model'], 'zh-Hans'), mw),
          '序列号：%s' % sw, '到场日期：%s' % dw, '服务类别：%s' % TYPE_ZH[e['type']]]
    if f:
        L.append('故障现象：%s' % f)
    if ca:
        L.append('原因：%s' % ca)
    L += ['处理结果：%s' % ac, '服务工程师：%s' % ew]
    if r.random() < .5:
        L.append('下次保养：%s' % fmonth(e['date'] + D(days=180), 'cn'))
    L.append('客户意见：□满意 □基本满意 □不满意')


def t04(g, d, c, u, e):  # 企业微信群聊导出: dated header, 今天
    r = d.rng
    if e['type'] != 'repair':
        return t03(g, d, c, u, e)
    cw = d.cust(c, g.name(c, e['date'], 'zh-Hans', r))
    sw, _ = d.unit(u, r.choice([0, 1, 2]), model=False)
    dw = d.vdate(e['date'], r.choice(['cnwk', 'cn']))
    f, ca, ac = d.ev_texts(u, e, 'zh-Hans')
    ew = feng(e['eng'], 'zh', r)
    d.visit(e['date'], dw, f, ca, ac, ew, e['eng'], None)
    d.title = '企业微信群聊记录'
    ct = g.contact(c, 'zh-Hans', r)
    d.lines += ['群聊：%s 设备报修群' % cw, '—————— %s ——————' % dw,
                '%s 08:4%d' % (ct, r.randint(0, 9)), '今天一早机器又不行了，%s' % f, '机身上的序列号是 %s' % sw,
                '%s客服 08:5%d' % (CO['cn_short'], r.randint(0, 9)), '收到，已派%s今天上午过去' % ew,
                '%s 11:2%d' % (ew, r.randint(0, 9))]
    if ca:
        d.lines.append('到现场看了，%s' % ca)
    d.lines += ['%s，已经恢复正常' % ac, '%s 11:4%d' % (ct, r.randint(0, 9)), '好的，辛苦了👍']


def t05(g, d, c, u, e):  # Taiwan 服務紀錄單 docx, ROC dates
    r = d.rng
    num = 'TW-%05d' % (e['seq'] % 90000 + 10000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hant', r.choice(['roc', 'rocmg', 'rocslash']), num, 'hant', 'tw')
    d.title = '服務紀錄單'
    d.blocks.append(('h', CO['tw'] + '\n服務紀錄單'))
    rows = [['單號', num], ['叫修單位', cw], ['機型', mw], ['機身序號', sw], ['財產編號', u['asset']], ['到場日期', dw],
            ['服務項目', {'repair': '故障叫修', 'pm': '定期保養', 'patrol': '巡檢', 'meter': '抄表', 'install': '新機安裝', 'reloc': '移機'}[e['type']]]]
    if f:
        rows.append(['故障狀況', f])
    if ca:
        rows.append(['原因', ca])
    rows += [['處理情形', ac], ['服務工程師', ew], ['客戶簽認', '']]
    if r.random() < .5:
        rows.insert(5, ['保固期限', d.other('warranty_until', u['warranty'], 'roc')])
    d.blocks.append(('t', rows))
    d.blocks.append(('p', '本單一式兩聯：第一聯客戶存查，第二聯%s存查' % CO['tw_short']))


def t06(g, d, c, u, e):  # Hong Kong 現場服務紀錄 / FIELD ATTENDANCE NOTE, dd/mm/yyyy with marker
    r = d.rng
    num = 'HK/%s/%04d' % (e['date'].strftime('%y'), e['no'])
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hant', r.choice(['dmy', 'dmyd']), num, 'hant', 'hk')
    d.marker = True
    d.title = '現場服務紀錄'
    L = d.lines
    L += [CO['hk'], '現場服務紀錄 FIELD ATTENDANCE NOTE', '編號 Ref.: %s' % num, '日期 Date (日/月/年): %s' % dw,
          '客戶 Client: %s' % cw, '型號 Model: %s' % mw, '序號 S/N: %s' % sw, '類別 Type: %s' % TYPE_TW[e['type']]]
    if f:
        L.append('問題 Problem: %s' % f)
    if ca:
        L.append('成因 Cause: %s' % ca)
    L += ['工作內容 Work done: %s' % ac, '工程師 Engineer: %s' % ew, '客戶簽署 Client signature: ________']


def t07(g, d, c, u, e):  # Orvane SERVICE CALL REPORT pdf (global template)
    r = d.rng
    num = 'OSC-%06d' % (e['seq'] * 3 + 200000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'en', r.choice(['enmon', 'endmy', 'enus']), num, 'en',
                                           c['region'])
    d.title = 'Service Call Report'
    L = d.lines
    L += ['%s - SERVICE CALL REPORT' % OEM.upper(), 'Service partner: %s' % (CO['en'] if c['region'] == 'cn' else CO['sg']),
          'Call no.: %s' % num, 'Account: %s' % cw, 'Product: %s  Model: %s' % (model_desc(u['model'], 'en'), mw),
          'Serial no.: %s' % sw, 'Call type: %s' % TYPE_EN[e['type']], 'Date attended: %s' % dw]
    if r.random() < .5:
        L.append('Installed: %s' % d.other('install', u['install'], 'enmon'))
        L.append('Warranty expiry: %s' % d.other('warranty_until', u['warranty'], 'enmon'))
    if f:
        L.append('Symptom: %s' % f)
    if ca:
        L.append('Root cause: %s' % ca)
    L += ['Resolution: %s' % ac, 'Technician: %s' % ew, '', 'This report is generated from the Orvane global service template.']


def t08(g, d, c, u, e):  # Singapore / Malaysia JOB SHEET, day-first; marker on 80 %
    r = d.rng
    num = 'JS-%06d' % (e['seq'] + 300000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'en', 'dmy', num, 'en', 'sg')
    d.title = 'Job Sheet'
    L = d.lines
    L += [CO['sg'] if c['city'] == '新加坡' else CO['my'], 'JOB SHEET', 'Job No: %s' % num]
    if r.random() < .8:
        d.marker = True
        L.append('(All dates DD/MM/YYYY)')
    L += ['Customer: %s' % cw, 'Equipment: %s %s' % (model_desc(u['model'], 'en'), mw), 'S/N: %s   Asset tag: %s' % (sw, u['asset']),
          'Date of visit: %s' % dw, 'Nature of job: %s' % TYPE_EN[e['type']]]
    if f:
        L.append('Reported problem: %s' % f)
    if ca:
        L.append('Finding: %s' % ca)
    L += ['Action taken: %s' % ac, 'Serviced by: %s' % ew, 'Customer acknowledgement: ____________']


def t09(g, d, c, u, e):  # 预防性维护检查表 xlsx (pm / patrol)
    r = d.rng
    num = 'PM-%s-%03d' % (e['date'].strftime('%y%m'), e['no'] % 1000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['iso', 'slash0', 'cn0']), num, 'zh')
    d.title = '预防性维护检查表'
    items = {'mfp': ['搓纸轮', '定影单元', '扫描玻璃', '废粉盒', '计数器'], 'prod': ['供粉系统', '转印带', '双面单元', '装订单元', '计数器'],
             'ups': ['电池电压', '输入输出', '旁路切换', '风扇', '告警记录'], 'crac': ['回风温度', '高低压', '冷凝器', '加湿器', '排水'],
             'server': ['硬盘状态', '电源冗余', '风扇', '系统日志', '固件版本'], 'net': ['端口状态', 'CPU/内存', '光模块', '风扇', '配置备份'],
             'pos': ['打印头', '钱箱', '扫码枪', '系统', '网络'], 'kiosk': ['切刀', '触摸屏', '出票', '网络', '外壳'],
             'av': ['光源', '滤网', '触控', '信号', 'OPS']}[u['family']]
    rows = [['%s 预防性维护检查表' % CO['cn_short']], ['记录编号', num], ['客户名称', cw], ['设备型号', mw], ['序列号', sw],
            ['保养日期', dw], [], ['序号', '检查项目', '结果', '备注']]
    rows += [[k + 1, it, 'OK', ''] for k, it in enumerate(items)]
    rows += [[], ['总结', ac], ['维护工程师', ew], ['使用单位签字', '']]
    if r.random() < .5:
        rows.append(['下次保养日期', d.other('follow_up', e['date'] + D(days=r.choice([91, 182, 183])), 'iso')])
    d.sheets = [('检查表', rows)]


def t10(g, d, c, u, e):  # 抄表计费确认单 docx (meter)
    r = d.rng
    num = 'CB%s%04d' % (e['date'].strftime('%y'), e['no'])
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['cn', 'iso']), num, 'zh')
    d.title = '抄表计费确认单'
    bw = r.randint(20000, 900000)
    d.blocks += [('h', '抄表计费确认单'), ('p', '单号：%s' % num),
                 ('t', [['客户', cw], ['机型', mw], ['机号', sw], ['抄表日期', dw],
                        ['黑白计数', str(bw)], ['彩色计数', str(r.randint(0, bw // 3))], ['上期抄表', fmonth(e['date'] - D(days=91), 'cn')],
                        ['说明', ac], ['抄表人', ew], ['客户确认', '']]),
                 ('p', '注：本单仅用于按张计费结算，不属于维修服务。')]


def t11(g, d, c, u, e):  # 技术服务确认单 pdf
    r = d.rng
    num = 'FW%s%05d' % (e['date'].strftime('%y'), e['seq'] % 100000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['cn', 'cn0', 'iso']), num, 'zh')
    d.title = '技术服务确认单'
    L = d.lines
    L += [CO['cn'], '技术服务确认单', '确认单号：%s' % num, '客户单位：%s' % cw, '地址：%s' % c['address'],
          '设备：%s  型号：%s' % (model_desc(u['model'], 'zh-Hans'), mw), '出厂序列号：%s' % sw, '资产标签：%s（客户资产编号）' % u['asset'],
          '服务日期：%s' % dw, '服务类型：%s' % TYPE_ZH[e['type']]]
    if r.random() < .5:
        L.append('装机日期：%s' % d.other('install', u['install'], 'cn'))
    if f:
        L.append('故障描述：%s' % f)
    if ca:
        L.append('故障原因：%s' % ca)
    L += ['处理过程：%s' % ac, '服务工程师：%s' % ew, '客户确认（签章）：']


def t12(g, d, c, u, e):  # 工程师工作日志 md
    r = d.rng
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['cnwk', 'iso']), None, 'zh')
    d.title = '工作日志'
    L = d.lines
    L += ['# 工作日志 %s' % dw, '', '记录人：%s' % ew, '', '## %s' % cw, '', '- 设备：%s / %s' % (mw, sw), '- 类别：%s' % TYPE_ZH[e['type']]]
    if f:
        L.append('- 现象：%s' % f)
    if ca:
        L.append('- 原因：%s' % ca)
    L += ['- 处理：%s' % ac, '', '#%s #%s' % (fam_name(u['family'], 'zh-Hans'), u['model'])]


def t13(g, d, c, u, e):  # 机房巡检记录 txt
    r = d.rng
    num = 'XJ-%04d' % e['no']
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['iso', 'cn']), num, 'zh')
    d.title = '机房巡检记录'
    L = d.lines
    L += ['机房巡检记录  %s' % num, '巡检单位：%s' % CO['cn_short'], '用户单位：%s' % cw, '巡检日期：%s' % dw, '',
          '设备          型号          序列号', '%s  %s  %s' % (model_desc(u['model'], 'zh-Hans'), mw, sw), '',
          '环境温度 %d℃  湿度 %d%%  市电 %dV' % (r.randint(19, 26), r.randint(38, 60), r.randint(216, 232))]
    if f:
        L.append('异常：%s' % f)
    if ca:
        L.append('分析：%s' % ca)
    L += ['结论：%s' % ac, '巡检人：%s' % ew, '机房管理员：%s' % g.contact(c, 'zh-Hans', r)]


def t14(g, d, c, u, e):  # 装机/移机记录 csv; on a relocation the previous owner is written as 原使用单位
    r = d.rng
    num = 'YJ%05d' % (e['seq'] % 100000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['iso', 'slash']), num, 'zh')
    d.title = '移机记录' if e['type'] == 'reloc' else '装机记录'
    prev = ''
    if e['type'] == 'reloc':
        m = [m for m in u['moves'] if m['date'] == e['date'].isoformat()][0]
        pc = g.cust_by_id[m['from']]
        prev = g.name(pc, e['date'], 'zh-Hans', r)
    d.rows = [['记录号', '日期', '原使用单位', '新使用单位', '型号', '序列号', '资产编号', '工作内容', '工程师'],
              [num, dw, prev, cw, mw, sw, u['asset'], ac, ew]]


def t15(g, d, c, u, e):  # Incident Resolution Summary docx (English)
    r = d.rng
    num = 'IR-%06d' % (e['seq'] + 500000)
    reg = c['region']
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'en', r.choice(['enth', 'enlong', 'enmon']), num, 'en', reg)
    d.title = 'Incident Resolution Summary'
    d.blocks += [('h', 'Incident Resolution Summary'), ('p', 'Prepared by %s' % (CO['en'] if reg == 'cn' else CO['sg'])),
                 ('t', [['Incident', num], ['Site', cw], ['Configuration item', '%s (%s)' % (mw, model_desc(u['model'], 'en'))],
                        ['Serial', sw], ['On site', dw], ['Issue', f or TYPE_EN[e['type']]], ['Root cause', ca or 'n/a'],
                        ['Resolution', ac], ['Field engineer', ew]])]


def t16(g, d, c, u, e):  # 維修報告 pdf (Taiwan / Hong Kong)
    r = d.rng
    reg = c['region']
    num = ('TW-%05d' if reg == 'tw' else 'HK-R%05d') % (e['seq'] % 90000 + 10000)
    st = r.choice(['roc', 'rocdot']) if reg == 'tw' else 'hkzh'
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hant', st, num, 'hant', reg)
    d.title = '維修報告'
    L = d.lines
    L += [CO['tw'] if reg == 'tw' else CO['hk'], '維修報告' if e['type'] == 'repair' else '服務報告', '報告編號：%s' % num,
          '客戶：%s' % cw, '設備型號：%s' % mw, '序號：%s' % sw, '服務日期：%s' % dw]
    if f:
        L.append('故障現象：%s' % f)
    if ca:
        L.append('故障原因：%s' % ca)
    L += ['處理方法：%s' % ac, '工程師：%s' % ew]
    if r.random() < .4:
        L.append('列印日期：%s' % d.other('report_printed', e['date'] + D(days=r.randint(1, 5)), st))


def t17(g, d, c, u, e):  # 报修登记表 xlsx
    r = d.rng
    num = 'BX%s-%03d' % (e['date'].strftime('%y%m'), e['no'] % 1000)
    cw, sw, mw, dw, f, ca, ac, ew = _visit(g, d, c, u, e, 'zh-Hans', r.choice(['slash0', 'iso', 'dot']), num, 'zh')
    d.title = '报修登记表'
    d.sheets = [('登记', [['报修登记表'], ['编号', '报修日期', '报修单位', '设备', '型号', '机器编号', '故障', '原因', '维修措施', '维修人'],
                         [num, dw, cw, model_desc(u['model'], 'zh-Hans'), mw, sw, f or '', ca or '', ac, ew]])]


# id: (func, kind rs, lang, regions, fmt, weight)
VISIT = {
    '01': (t01, 'rs', 'zh-Hans', 'cn', 'docx', 9), '02': (t02, 'r', 'zh-Hans', 'cn', 'csv', 6), '03': (t03, 'rs', 'zh-Hans', 'cn', 'txt', 8),
    '04': (t04, 'r', 'zh-Hans', 'cn', 'txt', 4), '05': (t05, 'rs', 'zh-Hant', 'tw', 'docx', 4), '06': (t06, 'rs', 'zh-Hant', 'hk', 'txt', 3),
    '07': (t07, 'rs', 'en', 'cn hk sg', 'pdf', 4), '08': (t08, 'rs', 'en', 'sg', 'txt', 3), '09': (t09, 's', 'zh-Hans', 'cn', 'xlsx', 4),
    '10': (t10, 'm', 'zh-Hans', 'cn', 'docx', 2), '11': (t11, 'rs', 'zh-Hans', 'cn', 'pdf', 5), '12': (t12, 'rs', 'zh-Hans', 'cn', 'md', 4),
    '13': (t13, 'p', 'zh-Hans', 'cn', 'txt', 2), '14': (t14, 'i', 'zh-Hans', 'cn', 'csv', 2), '15': (t15, 'r', 'en', 'cn sg', 'docx', 3),
    '16': (t16, 'rs', 'zh-Hant', 'tw hk', 'pdf', 3), '17': (t17, 'r', 'zh-Hans', 'cn', 'xlsx', 5),
}
