# -*- coding: utf-8 -*-
"""Written forms: dates, serials, models, engineers, fault texts; the Doc truth collector."""
import datetime as dt

import e8_data as D
from e8_zh import to_trad

CN_NUM = '〇一二三四五六七八九'
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']
WK_ZH = '一二三四五六日'
WK_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def cn_small(n):
    if n < 10:
        return CN_NUM[n] if n else '〇'
    if n == 10:
        return '十'
    if n < 20:
        return '十' + CN_NUM[n - 10]
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')


def ordn(n):
    return str(n) + ('th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    f = {
        'cn1': lambda: '%d年%d月%d日' % (y, m, dd),
        'cn2': lambda: '%d年%02d月%02d日' % (y, m, dd),
        'cnw': lambda: '%d年%d月%d日（星期%s）' % (y, m, dd, WK_ZH[d.weekday()]),
        'cnnum': lambda: ''.join(CN_NUM[int(c)] for c in str(y)) + '年' + cn_small(m) + '月' + cn_small(dd) + '日',
        'iso': lambda: '%d-%02d-%02d' % (y, m, dd),
        'iso1': lambda: '%d-%d-%d' % (y, m, dd),
        'sl': lambda: '%d/%d/%d' % (y, m, dd),
        'sl2': lambda: '%d/%02d/%02d' % (y, m, dd),
        'dot': lambda: '%d.%d.%d' % (y, m, dd),
        'dot2': lambda: '%d.%02d.%02d' % (y, m, dd),
        'yy': lambda: '%02d.%d.%d' % (y % 100, m, dd),
        'roc1': lambda: '%d/%02d/%02d' % (roc, m, dd),
        'roc2': lambda: '%d年%d月%d日' % (roc, m, dd),
        'roc3': lambda: '民國%d年%d月%d日' % (roc, m, dd),
        'roc4': lambda: '%d.%d.%d' % (roc, m, dd),
        'dmy': lambda: '%d %s %d' % (dd, MON[m - 1], y),
        'dmyf': lambda: '%d %s %d' % (dd, MONTH[m - 1], y),
        'dMy': lambda: '%d-%s-%02d' % (dd, MON[m - 1], y % 100),
        'dMY': lambda: '%02d-%s-%d' % (dd, MON[m - 1], y),
        'mdy': lambda: '%s %d, %d' % (MONTH[m - 1], dd, y),
        'Mdy': lambda: '%s %d, %d' % (MON[m - 1], dd, y),
        'us': lambda: '%02d/%02d/%d' % (m, dd, y),
        'uk': lambda: '%02d/%02d/%d' % (dd, m, y),
        'ukn': lambda: '%d/%d/%d' % (dd, m, y),
        'ord': lambda: '%s %s %d' % (ordn(dd), MONTH[m - 1], y),
        'wd': lambda: '%s, %d %s %d' % (WK_EN[d.weekday()], dd, MONTH[m - 1], y),
    }[style]
    return f()


ZH_STYLES = ['cn1', 'cn1', 'cn2', 'cnw', 'iso', 'iso', 'iso1', 'sl', 'sl2', 'dot', 'dot2', 'cnnum', 'yy']
ZH_FORMAL = ['cn1', 'cn1', 'cn2', 'iso', 'cnnum']
TW_STYLES = ['roc1', 'roc1', 'roc2', 'roc3', 'roc4', 'sl2']
EN_STYLES = ['dmy', 'dmyf', 'dMy', 'dMY', 'mdy', 'Mdy', 'iso', 'ord']


def month_only(d, lang):
    if lang == 'en':
        return '%s %d' % (MON[d.month - 1], d.year)
    return '%d年%d月' % (d.year, d.month)


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(s):
    return ''.join(FW.get(ch, ch) for ch in s)


def fserial(s, r, lang, allow_fw=True):
    k = r.random()
    if k < 0.45:
        return s
    if k < 0.58:
        return s.lower()
    if k < 0.70:
        return s.replace('-', '')
    if k < 0.80 and '-' in s:
        return s.replace('-', ' ')
    if k < 0.88:
        i = 0
        while i < len(s) and s[i].isalpha():
            i += 1
        if 0 < i < len(s) and s[i] != '-':
            return s[:i] + ' ' + s[i:]
        return s
    if k < 0.95 and allow_fw and lang != 'en':
        return fullwidth(s)
    if len(s) >= 8 and '-' not in s:
        return s[:4] + ' ' + s[4:8] + (' ' + s[8:] if len(s) > 8 else '')
    return s


def fmodel(m, r, lang, allow_fw=True):
    k = r.random()
    if k < 0.55:
        return m
    if k < 0.68:
        return m.replace('-', '').replace(' ', '')
    if k < 0.78:
        return m.replace('-', ' ')
    if k < 0.88:
        return m.upper() if m.upper() != m else m.lower()
    if k < 0.94 and allow_fw and lang != 'en':
        return fullwidth(m)
    return m.replace(' ', '-') if ' ' in m else m


ENG = {e[0]: e for e in D.ENGINEERS}


def feng(eid, r, lang, informal=False, script='zh'):
    e = ENG[eid]
    _, zh, given, sur, eng_name, reg, emp = e
    if reg in ('intl', 'all'):
        opts = [zh, eng_name, sur.upper() + ', ' + zh.split()[0] if reg == 'all' else zh, emp + ' ' + sur]
        if lang != 'en':
            opts.append(zh + '工程师' if lang == 'zh-Hans' else zh + '工程師')
        return r.choice(opts)
    if lang == 'en':
        if reg == 'hk':
            opts = ['Ricky Mo', 'MO Kwok Keung', 'K.K. Mo', 'Ricky MO Kwok-keung']
        elif reg == 'tw':
            opts = [given and ('%s %s' % (sur, given)), eng_name, '%s, %s' % (sur.upper(), given), eng_name]
        else:
            opts = ['%s %s' % (sur, given), '%s %s' % (given, sur), '%s %s' % (sur.upper(), given),
                    '%s. %s' % (given[0], sur), zh + ' (%s %s)' % (sur, given)]
            if eng_name:
                opts.append(eng_name)
        return r.choice([o for o in opts if o])
    if reg in ('tw', 'hk') or lang == 'zh-Hant':
        t = D.ENG_TRAD.get(eid) or to_trad(zh)
        opts = [t, t + '工程師', t[0] + '工程師', t + '（%s）' % (eng_name or sur)]
        if reg == 'hk':
            opts += ['巫生', 'Ricky']
        if reg == 'tw':
            opts += [t[0] + '技師']
        if informal:
            return r.choice(opts)
        return r.choice(opts[:3])
    opts = [zh, zh, zh + '工程师', zh[0] + '工', emp, zh + '（%s）' % emp]
    if informal:
        opts += [zh[0] + '工', zh[0] + '师傅', '小' + zh[0] if len(zh) == 3 else zh[0] + '工']
    if eng_name:
        opts.append(zh + ' ' + eng_name)
    return r.choice(opts)


def faulttext(fam, idx, lang, r, variant='tw'):
    code, zf, zc, za, ef, ec, ea = D.FAULTS[fam][idx]
    if lang == 'en':
        f = r.choice([ef[0].upper() + ef[1:], 'Customer reports ' + ef, ef[0].upper() + ef[1:] + ' (code %s)' % code,
                      'Error %s – %s' % (code, ef), 'User says: ' + ef, ef[0].upper() + ef[1:] + ', intermittent'])
        c = r.choice([ec[0].upper() + ec[1:], 'Found ' + ec, 'Cause: ' + ec, 'On inspection: ' + ec])
        a = r.choice([ea[0].upper() + ea[1:], ea[0].upper() + ea[1:] + '; unit returned to service',
                      ea[0].upper() + ea[1:] + '. Test samples OK.'])
        return f, c, a
    f = r.choice([zf, '用户反映' + zf, zf + '（报警代码%s）' % code, '仪器提示%s，%s' % (code, zf),
                  '据操作人员讲，' + zf, zf + '，影响样品检测', zf + '，近两周反复出现'])
    c = r.choice([zc, '经检查，' + zc, '检查发现' + zc, '初步判断为' + zc])
    a = r.choice([za, za + '，试机正常', za + '，用标样复测合格', za + '，交付使用'])
    if lang == 'zh-Hant':
        f, c, a = to_trad(f, variant), to_trad(c, variant), to_trad(a, variant)
    return f, c, a


def routine(typ, lang, r, variant='tw'):
    zh, en = D.ROUTINE[typ]
    alts = D.ROUTINE_ALT.get(typ, [])
    if alts and r.random() < 0.4:
        zh, en = r.choice(alts)
    if lang == 'en':
        return en[0].upper() + en[1:]
    if lang == 'zh-Hant':
        return to_trad(zh, variant)
    return zh


class Doc:
    """Truth collector.  Templates put every truth string through here."""
    KEYS = ['path', 'kind', 'template', 'lang', 'encoding', 'customer', 'customer_as_written', 'serial',
            'serial_as_written', 'model', 'model_as_written', 'visit_date', 'visit_date_as_written', 'other_dates',
            'date_ambiguous', 'fault', 'cause', 'action', 'engineer', 'engineer_id', 'number', 'visits', 'serials',
            'serials_as_written']

    def __init__(self, kind, template, lang):
        self.t = {k: None for k in self.KEYS}
        self.t.update(kind=kind, template=template, lang=lang, other_dates=[], date_ambiguous=False, visits=[],
                      serials=[], serials_as_written=[])

    def set(self, **kw):
        self.t.update(kw)

    def other(self, role, d, s):
        self.t['other_dates'].append({'role': role, 'date': d.isoformat(), 'as_written': s})
        return s

    def visit(self, d, s, fault, cause, action, eng, eid, number):
        self.t['visits'].append({'date': d.isoformat(), 'date_as_written': s, 'fault': fault, 'cause': cause,
                                 'action': action, 'engineer': eng, 'engineer_id': eid, 'number': number})

    def top_from_visit(self, i=-1):
        v = self.t['visits'][i]
        self.t.update(visit_date=v['date'], visit_date_as_written=v['date_as_written'], fault=v['fault'],
                      cause=v['cause'], action=v['action'], engineer=v['engineer'], engineer_id=v['engineer_id'],
                      number=v['number'])

    def truth(self):
        return {k: self.t[k] for k in self.KEYS}
