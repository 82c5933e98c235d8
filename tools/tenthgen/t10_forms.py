# -*- coding: utf-8 -*-
"""tenthgen forms: dates, serials, models, engineers, faults, customer names; the Ctx truth collector."""
import datetime as dt

import t10_data as D
from t10_zh import to_trad

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WD_ZH = "一二三四五六日"
WD_JP = "月火水木金土日"
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ENG = {e[0]: e for e in D.ENGINEERS}


def fd(d, style):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "cn": "%d年%d月%d日" % (y, m, dd),
        "cn0": "%d年%02d月%02d日" % (y, m, dd),
        "cnhao": "%d年%d月%d号" % (y, m, dd),
        "cnwk": "%d年%d月%d日(%s)" % (y, m, dd, WD_ZH[d.weekday()]),
        "slash": "%d/%d/%d" % (y, m, dd),
        "slash0": "%04d/%02d/%02d" % (y, m, dd),
        "dot0": "%04d.%02d.%02d" % (y, m, dd),
        "dot": "%d.%d.%d" % (y, m, dd),
        "roc": "%d/%02d/%02d" % (roc, m, dd),
        "roccn": "民國%d年%d月%d日" % (roc, m, dd),
        "roccn2": "%d年%d月%d日" % (roc, m, dd),
        "rocdot": "%d.%02d.%02d" % (roc, m, dd),
        "dmy_mon": "%02d-%s-%04d" % (dd, MON[m - 1], y),
        "d_mon_y": "%d %s %d" % (dd, MON[m - 1], y),
        "d_month_y": "%d %s %d" % (dd, MONTH[m - 1], y),
        "month_d_y": "%s %d, %d" % (MONTH[m - 1], dd, y),
        "us2": "%d/%d/%02d" % (m, dd, y % 100),
        "us4": "%02d/%02d/%04d" % (m, dd, y),
        "eu4": "%02d/%02d/%04d" % (dd, m, y),
        "eu_dot": "%02d.%02d.%04d" % (dd, m, y),
        "hk_dash": "%02d-%02d-%04d" % (dd, m, y),
        "reiwa": ("令和%d年%d月%d日" % (y - 2018, m, dd)) if d >= dt.date(2019, 5, 1) else "平成%d年%d月%d日" % (y - 1988, m, dd),
        "jp_wd": "%04d/%02d/%02d(%s)" % (y, m, dd, WD_JP[d.weekday()]),
        "en_wd": "%s, %d %s %d" % (WD_EN[d.weekday()], dd, MON[m - 1], y),
    }[style]


def month_form(d, lang):
    if lang == "en":
        return "%s %d" % (MON[d.month - 1], d.year)
    return "%d年%d月" % (d.year, d.month)


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"}


def serial_form(s, style):
    bare = s.replace("-", "")
    if style == "plate":
        return s
    if style == "lower":
        return s.lower()
    if style == "nosep":
        return bare
    if style == "space":
        return s.replace("-", " ")
    if style == "group4":
        return " ".join(bare[i:i + 4] for i in range(0, len(bare), 4))
    if style == "dash3":
        return "-".join(bare[i:i + 3] for i in range(0, len(bare), 3))
    if style == "full":
        return "".join(FW.get(c, c) for c in s)
    if style == "ocr":   # a scan read 0 as O and 1 as l in the digits
        out, k = [], 0
        for c in s:
            if c == "0" and k % 2 == 0:
                out.append("O")
                k += 1
            elif c == "1" and k % 2 == 1:
                out.append("l")
                k += 1
            else:
                out.append(c)
        res = "".join(out)
        if res == s:
            res = s.replace("0", "O", 1) if "0" in s else s.replace("1", "l", 1)
        return res
    raise KeyError(style)


def model_form(m, style):
    bare = m.replace("-", "")
    if style == "plate":
        return m
    if style == "nohy":
        return bare
    if style == "space":
        return m.replace("-", " ")
    if style == "split":   # SK37 VF
        i = len(bare)
        while i > 0 and bare[i - 1].isalpha():
            i -= 1
        return bare if i in (0, len(bare)) else bare[:i] + " " + bare[i:]
    if style == "lower":
        return m.lower()
    if style == "lowsp":
        return m.replace("-", " ").lower()
    raise KeyError(style)


def eng_form(eid, lang, r, region="cn"):
    e = ENG[eid]
    name, py, en, reg, empno = e[1], e[2], e[3], e[4], e[5]
    if reg == "hq":
        first, last = name.split()
        return r.choice([name, name, "%s. %s" % (first[0], last), "%s, %s" % (last, first)])
    if lang == "en":
        opts = ["%s %s" % py, "%s %s" % (py[1].upper(), py[0]), "%s. %s" % (py[0][0], py[1])]
        if en:
            opts += [en, en]
        return r.choice(opts)
    sur = name[0]
    if reg == "tw":
        return r.choice([name, name, sur + "工程師", sur + "技術員", "%s %s" % (en or "", name) if en else name + "（" + empno + "）"])
    if reg == "hk":
        return r.choice([name, name, sur + "生", en or name, "%s %s" % (name, en)])
    opts = [name, name, name, sur + "工", sur + "工程师", sur + "师傅", "%s(%s)" % (name, empno), "%s %s" % py]
    if en:
        opts.append(en)
    return r.choice(opts)


ZH_WRAP = ["{f}", "{f}", "客户反映{f}", "{f}（代码{c}）", "报{c}，{f}", "{f}，影响生产", "操作工说{f}", "{f}，这周出现好几次"]
EN_WRAP = ["{f}", "{f}", "Customer reports {f}", "Alarm {c}: {f}", "{f}, intermittent", "{f} ({c})"]


def fault_text(fam, idx, lang, r, region="cn", wrap=True):
    code, zh, en, cz, ce, az, ae = D.FAULTS[fam][idx]
    if lang == "en":
        f = r.choice(en)
        w = r.choice(EN_WRAP) if wrap else "{f}"
        s = w.format(f=f, c=code)
        return s[0].upper() + s[1:]
    f = r.choice(zh)
    s = (r.choice(ZH_WRAP) if wrap else "{f}").format(f=f, c=code)
    return to_trad(s, region) if lang == "zht" else s


def cause_text(fam, idx, lang, region="cn"):
    code, zh, en, cz, ce, az, ae = D.FAULTS[fam][idx]
    if lang == "en":
        return ce[0].upper() + ce[1:]
    return to_trad(cz, region) if lang == "zht" else cz


def action_text(v, lang, r, region="cn"):
    fam = v.unit.family
    if v.type == "repair":
        a = D.FAULTS[fam][v.fault][6 if lang == "en" else 5]
        if lang == "en":
            a = a[0].upper() + a[1:] + r.choice(["", ".", "; machine handed back to production."])
        else:
            a = a + r.choice(["", "，交付生产使用", "，客户确认"])
    elif v.type == "pm":
        a = D.PM_WORK[fam][1 if lang == "en" else 0]
        if lang == "en":
            a = a[0].upper() + a[1:]
    else:
        a = D.WORK[v.type][1 if lang == "en" else 0]
        if lang == "en":
            a = a[0].upper() + a[1:]
    return to_trad(a, region) if lang == "zht" else a


TYPE_ZH = {"repair": "故障维修", "pm": "定期保养", "install": "安装调试", "inspection": "定期检验", "relocation": "移机",
           "captest": "容量测试"}
TYPE_EN = {"repair": "Repair", "pm": "Preventive maintenance", "install": "Installation", "inspection": "Inspection",
           "relocation": "Relocation", "captest": "Capacity test"}

KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written",
        "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault",
        "cause", "action", "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]


class Ctx:
    """Collects a document's truth while a template writes it."""

    def __init__(self, r, kind, tpl, lang, cust=None, unit=None, region="cn", docdate=None):
        self.r = r
        self.kind, self.tpl, self.lang, self.region = kind, tpl, lang, region
        self.cust, self.unit = cust, unit
        self.docdate = docdate
        self.t = {k: None for k in KEYS}
        self.t.update(kind=kind, template=tpl, lang=lang, other_dates=[], date_ambiguous=False, visits=[],
                      serials=[], serials_as_written=[])
        if cust is not None:
            self.t["customer"] = cust.id
        if unit is not None:
            self.t["serial"] = unit.serial
            self.t["model"] = unit.model
        self.markers = []

    # ---- strings that go into the truth
    def cust_form(self, lang=None, script=None, old=None):
        """A written name of the customer. lang 'zh' or 'en'."""
        lang = lang or ("en" if self.lang == "en" else "zh")
        c = self.cust
        forms = c.forms[lang]
        if c.former and self.docdate is not None:
            until = dt.date.fromisoformat(c.former[0][2])
            if (self.docdate <= until or self.r.random() < 0.125) and c.old_forms[lang]:
                forms = c.old_forms[lang]
        f = self.r.choice(forms)
        self.t["customer_as_written"] = f
        return f

    def sn(self, styles=("plate", "plate", "lower", "nosep", "space", "group4")):
        st = self.r.choice(styles)
        s = serial_form(self.unit.serial, st)
        self.t["serial_as_written"] = s
        return s

    def mdl(self, styles=("plate", "plate", "nohy", "space", "split", "lower", "lowsp")):
        s = model_form(self.unit.model, self.r.choice(styles))
        self.t["model_as_written"] = s
        return s

    def vdate(self, d, style):
        s = fd(d, style) if isinstance(style, str) else style
        self.t["visit_date"] = d.isoformat()
        self.t["visit_date_as_written"] = s
        return s

    def other(self, role, d, style):
        s = fd(d, style)
        self.t["other_dates"].append({"role": role, "date": d.isoformat(), "as_written": s})
        return s

    def eng(self, eid, lang=None):
        return eng_form(eid, lang or ("en" if self.lang == "en" else "zh"), self.r, self.region)

    def fault(self, v, lang=None, wrap=True):
        return fault_text(v.unit.family, v.fault, lang or self._l(), self.r, self.region, wrap)

    def cause(self, v, lang=None):
        return cause_text(v.unit.family, v.fault, lang or self._l(), self.region)

    def action(self, v, lang=None):
        return action_text(v, lang or self._l(), self.r, self.region)

    def _l(self):
        return {"zh-Hans": "zh", "zh-Hant": "zht", "en": "en"}[self.lang]

    def add_visit(self, v, date_w, fault=None, cause=None, action=None, eng=None, number=None, top=True):
        e = {"date": v.date.isoformat(), "date_as_written": date_w, "fault": fault, "cause": cause, "action": action,
             "engineer": eng, "engineer_id": v.eng if eng else None, "number": number}
        self.t["visits"].append(e)
        if top:
            self.set_top(e)
        return e

    def set_top(self, e):
        self.t["visit_date"] = e["date"]
        self.t["visit_date_as_written"] = e["date_as_written"]
        for k in ("fault", "cause", "action", "engineer", "engineer_id", "number"):
            self.t[k] = e[k]

    def wd(self, v, style):
        """written date of a visit (no truth side effect)"""
        return fd(v.date, style)
