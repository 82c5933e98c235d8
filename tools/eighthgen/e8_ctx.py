# -*- coding: utf-8 -*-
"""Per-document context: the choices a template makes, each one recorded in the truth."""
import datetime as dt

import e8_data as D
import e8_forms as F
from e8_zh import to_trad


class Ctx:
    def __init__(self, r, doc, world, cust=None, unit=None, lang='zh-Hans'):
        self.r = r
        self.doc = doc
        self.w = world
        self.cust = cust
        self.unit = unit
        self.lang = lang
        self.variant = 'hk' if cust is not None and cust.region == 'hk' else 'tw'
        self.addr_shown = False

    # ---- customer
    def cname(self, on_date=None, addr=False, registered=False):
        c, r = self.cust, self.r
        self.doc.set(customer=c.id)
        old = [f for f in c.former if on_date is not None and on_date.isoformat() < f['until']]
        late = [f for f in c.former if on_date is not None and on_date.isoformat() >= f['until']]
        if old or (late and r.random() < 0.125):
            f = (old or late)[0]
            opts = [f['name']] + [s for s in f['short'] if s in c.f_old]
            if self.lang == 'en' and c.region != 'intl':
                opts = [f['english']] if r.random() < 0.6 else opts
            if self.lang == 'zh-Hant' and c.region == 'cn':
                opts = [to_trad(o, self.variant) for o in opts]
            s = opts[0] if registered else r.choice(opts)
        else:
            if self.lang == 'en':
                pool = c.f_en
            elif self.lang == 'zh-Hant':
                pool = c.f_hant
            else:
                pool = c.f_zh
            if registered:
                s = pool[0]
            else:
                s = r.choice(pool[:1] * 3 + pool)
                pl = c.f_plz if self.lang == 'zh-Hans' else (c.f_plt if self.lang == 'zh-Hant' else [])
                if addr and pl and r.random() < 0.35:
                    s = r.choice(pl)
        self.doc.set(customer_as_written=s)
        return s

    def address(self):
        self.addr_shown = True
        return self.cust.address

    # ---- unit
    def ser(self, allow_fw=True):
        s = F.fserial(self.unit.serial, self.r, self.lang, allow_fw)
        self.doc.set(serial=self.unit.serial, serial_as_written=s)
        return s

    def mod(self, allow_fw=True):
        m = F.fmodel(self.unit.model, self.r, self.lang, allow_fw)
        self.doc.set(model=self.unit.model, model_as_written=m)
        return m

    def model_only(self):
        self.doc.set(model=self.unit.model)

    def fam_name(self):
        zh, en = D.FAMILIES[self.unit.family][:2]
        if self.lang == 'en':
            return en
        if self.lang == 'zh-Hant':
            return to_trad(zh, self.variant)
        return zh

    # ---- dates
    def ds(self, d, styles=None):
        if styles is None:
            styles = {'en': F.EN_STYLES, 'zh-Hant': F.TW_STYLES if self.cust is None or self.cust.region == 'tw' else ['cn1', 'dmy', 'iso']}.get(self.lang, F.ZH_STYLES)
        return F.fdate(d, self.r.choice(styles))

    def other(self, role, d, styles=None):
        s = self.ds(d, styles)
        return self.doc.other(role, d, s)

    def printed_after(self, d, lo=0, hi=12):
        return d + dt.timedelta(days=self.r.randint(lo, hi))

    # ---- engineers & text
    def eng(self, eid, informal=False):
        return F.feng(eid, self.r, self.lang, informal)

    def texts(self, v):
        """fault, cause, action for a visit in this document's language"""
        if v.type == 'repair':
            f, c, a = F.faulttext(v.unit.family, v.fault, self.lang, self.r, self.variant)
            if not v.has_cause:
                c = None
            return f, c, a
        return None, None, F.routine(v.type, self.lang, self.r, self.variant)

    def num(self, prefix, lo=100000, hi=999999):
        return '%s%d' % (prefix, self.r.randint(lo, hi))

    def rec(self, v, dstr, eng, number, f, c, a):
        self.doc.visit(v.date, dstr, f, c, a, eng, v.eng, number)

    def vtype(self, v):
        if self.lang == 'en':
            return D.VISIT_EN[v.type]
        t = D.VISIT_ZH[v.type]
        return to_trad(t, self.variant) if self.lang == 'zh-Hant' else t

    def contact(self):
        c = self.cust
        if c is None:
            return ''
        if c.region == 'tw':
            return self.r.choice(D.CONTACTS_TW)
        if c.region == 'hk':
            return self.r.choice(D.CONTACTS_HK)
        if c.region == 'intl' or self.lang == 'en':
            return self.r.choice(D.CONTACTS_EN if c.region == 'intl' else ['Dr. Zhou', 'Ms. Liu', 'Mr. Chen', 'Prof. Zhang'])
        return self.r.choice(D.CONTACTS_CN)

    def company(self):
        c = self.cust
        if self.lang == 'en':
            return D.COMPANY['en_intl'] if c is not None and c.region == 'intl' else D.COMPANY['en']
        if self.lang == 'zh-Hant':
            return D.COMPANY['hk'] if self.variant == 'hk' else D.COMPANY['tw']
        return D.COMPANY['cn']

    def t(self, s):
        """simplified source text in this document's script"""
        return to_trad(s, self.variant) if self.lang == 'zh-Hant' else s
