# eleventhgen forms: dates, serials, models, engineers, fault texts, and the Doc truth collector.
import datetime as dt
from e11_data import ENGINEERS, FAULTS, FAMILIES, MODEL_NAMES, PM_WORDS
from e11_zh import s2t

WK = '一二三四五六日'
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
DAYL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ENG = {e[0]: e for e in ENGINEERS}


def fdate(d, st, rng=None):
    y, m, dd = d.year, d.month, d.day
    r = y - 1911
    th = 'th' if 11 <= dd <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')
    return {
        'iso': '%d-%02d-%02d' % (y, m, dd), 'slash': '%d/%d/%d' % (y, m, dd), 'slash0': '%d/%02d/%02d' % (y, m, dd),
        'dot': '%d.%d.%d' % (y, m, dd), 'cn': '%d年%d月%d日' % (y, m, dd), 'cn0': '%d年%02d月%02d日' % (y, m, dd),
        'cnwk': '%d年%d月%d日 星期%s' % (y, m, dd, WK[d.weekday()]), 'roc': '%d年%02d月%02d日' % (r, m, dd),
        'rocslash': '%d/%d/%d' % (r, m, dd), 'rocmg': '民國%d年%d月%d日' % (r, m, dd), 'rocdot': '%d.%02d.%02d' % (r, m, dd),
        'enmon': '%d-%s-%02d' % (y, MON[m - 1], dd), 'enus': '%s %d, %d' % (MON[m - 1], dd, y),
        'enth': '%d%s %s %d' % (dd, th, MONL[m - 1], y), 'enlong': '%s, %d %s %d' % (DAYL[d.weekday()], dd, MONL[m - 1], y),
        'endmy': '%02d %s %d' % (dd, MON[m - 1], y), 'dmy': '%02d/%02d/%d' % (dd, m, y), 'dmyd': '%02d-%02d-%d' % (dd, m, y),
        'isot': '%d-%02d-%02d %02d:%02d' % (y, m, dd, 8 + (dd * 7 + m) % 9, (dd * 13) % 60),
        'hkzh': '%d年%d月%d日' % (y, m, dd),
    }[st]


def fmonth(d, st):
    return {'cn': '%d年%d月' % (d.year, d.month), 'iso': '%d-%02d' % (d.year, d.month), 'en': '%s %d' % (MON[d.month - 1], d.year),
            'roc': '%d年%d月' % (d.year - 1911, d.month)}[st]


def fserial(s, k):
    if k == 0:
        return s
    if k == 1:
        return s.lower()
    if k == 2:
        return s.replace('-', '')
    if k == 3:
        return s.replace('-', ' ') if '-' in s else s[:4] + ' ' + s[4:]
    c = s.replace('-', '')
    return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))


def fmodel(m, k):
    return [m, m.replace('-', ''), m.replace('-', ' '), m.lower(), m.lower().replace('-', '')][k]


def feng(eid, style, rng):
    e = ENG[eid]
    name, reg, en = e[1], e[2], e[3]
    if reg in ('cn', 'tw', 'hk') and style in ('zh', 'hant'):
        sn = name[:2] if name.startswith('歐陽') else name[0]
        if reg == 'cn':
            opts = [name, name, sn + '工', sn + '工程师', '%s(%s)' % (name, e[4])]
        elif reg == 'tw':
            opts = [name, name, sn + '工程師', '%s（%s）' % (name, e[4])]
        else:
            opts = [name, '%s %s' % (en, name), sn + '生', en]
        return rng.choice(opts)
    if reg == 'sg':
        return rng.choice([name, name.upper(), name.split()[0]])
    parts = en.split()
    return rng.choice([en, en, '%s %s' % (parts[-1].upper(), ' '.join(parts[:-1])), '%s.%s' % (parts[0][0], parts[-1])])


def wrap_zh(txt, code, k):
    return [txt, '%s（代码%s）' % (txt, code), '报%s，%s' % (code, txt), '用户反映%s' % txt, txt + '，影响业务办理'][k]


def fault_text(fam, fi, wz, lang, rng, region='cn'):
    code, zh, en, cz, ce, az, ae = FAULTS[fam][fi]
    if lang == 'en':
        return rng.choice([en[wz % 2], '%s (code %s)' % (en[wz % 2], code), en[wz % 2].capitalize()])
    t = wrap_zh(zh[wz], code, rng.randrange(5))
    return s2t(t, region) if lang == 'zh-Hant' else t


def cause_text(fam, fi, lang, region='cn'):
    f = FAULTS[fam][fi]
    return f[4] if lang == 'en' else s2t(f[3], region) if lang == 'zh-Hant' else f[3]


def action_text(fam, fi, lang, region='cn'):
    f = FAULTS[fam][fi]
    return f[6] if lang == 'en' else s2t(f[5], region) if lang == 'zh-Hant' else f[5]


def work_text(typ, lang, region='cn'):
    z, t, e = PM_WORDS[typ]
    return e if lang == 'en' else t if lang == 'zh-Hant' else z


def fam_name(fam, lang):
    f = FAMILIES[fam]
    return f[2] if lang == 'en' else f[1] if lang == 'zh-Hant' else f[0]


def model_desc(model, lang, region='cn'):
    z, e = MODEL_NAMES[model]
    return e if lang == 'en' else s2t(z, region) if lang == 'zh-Hant' else z


KEYS = ['path', 'kind', 'template', 'lang', 'encoding', 'customer', 'customer_as_written', 'serial', 'serial_as_written', 'model',
        'model_as_written', 'visit_date', 'visit_date_as_written', 'other_dates', 'date_ambiguous', 'fault', 'cause', 'action',
        'engineer', 'engineer_id', 'number', 'visits', 'serials', 'serials_as_written']


class Doc:
    def __init__(self, tpl, kind, lang, fmt, rng):
        self.t = {k: None for k in KEYS}
        self.t.update(template=tpl, kind=kind, lang=lang, other_dates=[], date_ambiguous=False, visits=[], serials=[], serials_as_written=[])
        self.fmt, self.rng = fmt, rng
        self.lines, self.rows, self.blocks, self.sheets = [], [], [], []
        self.title = ''
        self.folder = None
        self.marker = False  # a day-first / month-first marker is printed

    def cust(self, c, w):
        self.t['customer'], self.t['customer_as_written'] = c['id'], w
        return w

    def unit(self, u, sk=None, mk=None, model=True):
        r = self.rng
        sk = r.choice([0, 0, 0, 1, 2, 3, 4]) if sk is None else sk
        sw = fserial(u['serial'], sk)
        self.t['serial'], self.t['serial_as_written'] = u['serial'], sw
        self.t['model'] = u['model']
        mw = None
        if model:
            mk = r.choice([0, 0, 0, 1, 2, 3, 4]) if mk is None else mk
            mw = fmodel(u['model'], mk)
            self.t['model_as_written'] = mw
        return sw, mw

    def vdate(self, d, st):
        w = fdate(d, st)
        self.t['visit_date'], self.t['visit_date_as_written'] = d.isoformat(), w
        return w

    def other(self, role, d, st):
        w = fdate(d, st)
        self.t['other_dates'].append({'role': role, 'date': d.isoformat(), 'as_written': w})
        return w

    def visit(self, d, dw, fault, cause, action, eng, eid, number, top=True):
        v = {'date': d.isoformat(), 'date_as_written': dw, 'fault': fault, 'cause': cause, 'action': action, 'engineer': eng,
             'engineer_id': eid, 'number': number}
        self.t['visits'].append(v)
        if top:
            self.t.update(fault=fault, cause=cause, action=action, engineer=eng, engineer_id=eid, number=number)
        return v

    def ev_texts(self, u, e, lang, region='cn'):
        """fault, cause, action written for a visit event."""
        r = self.rng
        if e['type'] == 'repair':
            f = fault_text(u['family'], e['fault'], e['wz'], lang, r, region)
            c = cause_text(u['family'], e['fault'], lang, region) if e['cause'] else None
            return f, c, action_text(u['family'], e['fault'], lang, region)
        return None, None, work_text(e['type'], lang, region)
