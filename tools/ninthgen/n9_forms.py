# -*- coding: utf-8 -*-
"""ninthgen forms: dates, serials, models, engineers, fault texts, and the Ctx truth collector."""
import datetime as dt

import n9_data as D
from n9_zh import to_hant
from n9_world import iso, pdate

WK_ZH = "一二三四五六日"
WK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CN_DIG = "〇一二三四五六七八九"


def cn_small(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    t, o = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if o == 0 else "一二三四五六七八九"[o - 1])


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, form, span=1):
    y, m, dd = d.year, d.month, d.day
    e = d + dt.timedelta(days=span - 1)
    roc = y - 1911
    if span > 1:
        if form in ("cn_ymd", "cn_ymd0", "cn_wk", "cn_wk2", "slash_wk", "cn_num", "r_cn", "cn_space", "cn_yy"):
            return "%d年%d月%d日至%d日" % (y, m, dd, e.day)
        if form in ("iso", "iso_t", "slash", "slash0", "dot", "compact", "r_iso"):
            return "%d-%02d-%02d～%02d" % (y, m, dd, e.day)
        if form.startswith("roc"):
            return "%d年%d月%d日至%d日" % (roc, m, dd, e.day)
        if form in ("mon_d_y", "ordinal", "mdy_slash", "mdy2"):
            return "%s %d–%d, %d" % (MON_EN[m - 1], dd, e.day, y)
        return "%d–%d %s %d" % (dd, e.day, MON_EN[m - 1], y)
    if form == "cn_ymd":
        return "%d年%d月%d日" % (y, m, dd)
    if form == "cn_space":
        return "%d 年 %d 月 %d 日" % (y, m, dd)
    if form == "cn_yy":
        return "%02d年%d月%d日" % (y % 100, m, dd)
    if form == "cn_ymd0":
        return "%d年%02d月%02d日" % (y, m, dd)
    if form == "cn_wk":
        return "%d年%d月%d日（周%s）" % (y, m, dd, WK_ZH[d.weekday()])
    if form == "cn_wk2":
        return "%d年%d月%d日 星期%s" % (y, m, dd, WK_ZH[d.weekday()])
    if form == "slash_wk":
        return "%d/%d/%d 周%s" % (y, m, dd, WK_ZH[d.weekday()])
    if form == "cn_num":
        return "".join(CN_DIG[int(ch)] for ch in str(y)) + "年" + cn_small(m) + "月" + cn_small(dd) + "日"
    if form == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if form == "iso_t":
        return "%d-%02d-%02dT%02d:%02d" % (y, m, dd, 8 + (dd * 7) % 9, (m * 13) % 60)
    if form == "slash":
        return "%d/%d/%d" % (y, m, dd)
    if form == "slash0":
        return "%d/%02d/%02d" % (y, m, dd)
    if form == "dot":
        return "%d.%02d.%02d" % (y, m, dd)
    if form == "compact":
        return "%d%02d%02d" % (y, m, dd)
    if form == "roc_ymd":
        return "%d年%d月%d日" % (roc, m, dd)
    if form == "roc_slash":
        return "%d/%02d/%02d" % (roc, m, dd)
    if form == "roc_min":
        return "民國%d年%d月%d日" % (roc, m, dd)
    if form == "roc_dot":
        return "%d.%d.%d" % (roc, m, dd)
    if form == "d_mon_y":
        return "%d %s %d" % (dd, MON_EN[m - 1][:3], y)
    if form == "d_month_y":
        return "%d %s %d" % (dd, MON_EN[m - 1], y)
    if form == "mon_d_y":
        return "%s %d, %d" % (MON_EN[m - 1], dd, y)
    if form == "wk_en":
        return "%s, %d %s %d" % (WK_EN[d.weekday()], dd, MON_EN[m - 1], y)
    if form == "wk_short":
        return "%s %02d %s %d" % (WK_EN[d.weekday()][:3], dd, MON_EN[m - 1][:3], y)
    if form == "oracle":
        return "%02d-%s-%d" % (dd, MON_EN[m - 1][:3].upper(), y)
    if form == "ordinal":
        return "%s %s, %d" % (MON_EN[m - 1], ordinal(dd), y)
    if form == "dmy_slash":
        return "%02d/%02d/%d" % (dd, m, y)
    if form == "dmy_plain":
        return "%d/%d/%d" % (dd, m, y)
    if form == "dmy_dash":
        return "%02d-%02d-%d" % (dd, m, y)
    if form == "dmy2":
        return "%02d/%02d/%02d" % (dd, m, y % 100)
    if form == "mdy_slash":
        return "%02d/%02d/%d" % (m, dd, y)
    if form == "mdy2":
        return "%d/%d/%02d" % (m, dd, y % 100)
    raise ValueError(form)


ZH_FORMS = ["cn_ymd", "cn_ymd", "cn_ymd0", "iso", "iso", "slash", "slash0", "dot", "cn_wk", "cn_wk2", "slash_wk"]
TW_FORMS = ["roc_ymd", "roc_slash", "roc_min", "roc_dot", "roc_slash"]
EN_FORMS = ["d_mon_y", "d_month_y", "mon_d_y", "wk_en", "wk_short", "oracle", "iso", "ordinal"]


def serial_form(serial, r, lang, fmt):
    k = r.random()
    if k < 0.55:
        return serial
    if k < 0.68:
        return serial.lower()
    if k < 0.8:
        s = serial.replace("-", "")
        return s if s != serial else serial
    if k < 0.9 and "-" in serial:
        return serial.replace("-", " ")
    if lang.startswith("zh") and fmt != "pdf":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in serial)
    return serial


def model_form(model, r):
    k = r.random()
    if k < 0.6:
        return model
    if k < 0.85:
        return model.replace("-", "").replace(" ", "")
    return model.upper()


def eng_form(eid, r, lang, region):
    e = {x[0]: x for x in D.ENGINEERS}[eid]
    _, zh, en, sur, given, ereg, no = e
    if lang == "en" or zh is None:
        opts = []
        if en:
            opts += [en, en]
        opts += ["%s %s" % (given, sur), "%s %s" % (sur.upper(), given)]
        if "-" not in given and " " not in given:
            opts.append("%s. %s" % (given[0], sur))
        return r.choice(opts)
    if lang == "zh-Hant":
        z = to_hant(zh, region) if ereg == "cn" else zh
        opts = [z, z, z[0] + "工程師"]
        if ereg == "tw":
            opts.append(z[0] + "技師")
        if ereg == "hk":
            opts += [z[0] + "生", en]
        return r.choice(opts)
    opts = [zh, zh, zh, zh[0] + "工", zh[0] + "工程师", zh + "（工号%s）" % no]
    return r.choice(opts)


def fault_text(fam, fi, lang, region, r, wrap=True):
    f = D.FAULTS[fam][fi]
    code, fz, fe = f[0], f[1], f[2]
    if lang == "en":
        w = r.choice(["{f}", "{F}", "Ward reports {f}", "Error {c}: {f}", "{F}, intermittent", "{F} ({c})"]) if wrap else "{F}"
        return w.format(f=fe, F=fe[0].upper() + fe[1:], c=code)
    w = r.choice(["{f}", "{f}", "科室反映{f}", "{f}（报警代码{c}）", "报{c}，{f}", "{f}，影响临床使用", "{f}，近一周反复出现"]) if wrap else "{f}"
    s = w.format(f=fz, c=code)
    return to_hant(s, region) if lang == "zh-Hant" else s


def cause_text(fam, fi, lang, region):
    f = D.FAULTS[fam][fi]
    if lang == "en":
        return f[4][0].upper() + f[4][1:]
    return to_hant(f[3], region) if lang == "zh-Hant" else f[3]


def action_text(ev, lang, region, r):
    fam = ev["unit"]["family"]
    t = ev["type"]
    if t == "repair":
        f = D.FAULTS[fam][ev["fault"]]
        if lang == "en":
            s = f[6][0].upper() + f[6][1:]
            s += r.choice(["", "; tested OK", "; handed back to the ward", ". Function test passed."])
        else:
            s = f[5] + r.choice(["", "，试机正常", "，交科室使用", "，运行正常"])
    elif t == "pm":
        s = ("Preventive maintenance: " + D.PM_EN[fam]) if lang == "en" else ("预防性维护：" + D.PM_ZH[fam])
    elif t == "qc":
        s = D.QC_EN if lang == "en" else D.QC_ZH
    elif t == "install":
        s = D.INSTALL_EN if lang == "en" else D.INSTALL_ZH
    elif t == "upgrade":
        s = (D.UPGRADE_EN if lang == "en" else D.UPGRADE_ZH).format(v=ev["version"])
    else:
        s = D.RELOC_EN if lang == "en" else D.RELOC_ZH
    return to_hant(s, region) if lang == "zh-Hant" else s


TYPE_ZH = {"repair": "维修", "pm": "保养", "qc": "质控检测", "install": "安装", "upgrade": "升级", "relocation": "移机"}
TYPE_EN = {"repair": "Repair", "pm": "PM", "qc": "Safety/performance test", "install": "Installation",
           "upgrade": "Upgrade", "relocation": "Relocation"}


class Ctx:
    """Per-document choices and the truth collected while the template writes."""

    def __init__(self, world, kind, tpl, lang, region, r, cust=None, unit=None):
        self.w = world
        self.kind = kind
        self.tpl = tpl
        self.lang = lang
        self.region = region
        self.r = r
        self.cust = cust
        self.unit = unit
        self.fmt = None
        self.t = dict(customer=cust["id"] if cust else None, customer_as_written=None, serial=None,
                      serial_as_written=None, model=None, model_as_written=None, visit_date=None,
                      visit_date_as_written=None, other_dates=[], date_ambiguous=False, fault=None, cause=None,
                      action=None, engineer=None, engineer_id=None, number=None, visits=[], serials=[],
                      serials_as_written=[])
        self.extra = []   # other strings that must occur

    # customers
    def cname(self, on=None, lang=None, forms=None):
        lang = lang or self.lang
        c = self.cust
        if on is not None and c["former"]:
            for fn in c["former"]:
                if iso(on) <= fn[2] or self.r.random() < 0.125:
                    s = fn[1] if lang == "en" else fn[0]
                    self.t["customer_as_written"] = s
                    return s
        fo = self.w.forms[c["id"]][lang if lang in self.w.forms[c["id"]] else "en"]
        if not fo:
            fo = self.w.forms[c["id"]]["en"]
        s = forms if forms else fo[self.r.randrange(len(fo))]
        self.t["customer_as_written"] = s
        return s

    def cname_reg(self):
        """registered (first) form"""
        fo = self.w.forms[self.cust["id"]][self.lang]
        s = fo[0]
        self.t["customer_as_written"] = s
        return s

    def serial(self, unit=None, top=True):
        u = unit or self.unit
        s = serial_form(u["serial"], self.r, self.lang, self.fmt)
        if top:
            self.t["serial"] = u["serial"]
            self.t["serial_as_written"] = s
        return s

    def model(self, unit=None, top=True):
        u = unit or self.unit
        s = model_form(u["model"], self.r)
        if top:
            self.t["model"] = u["model"]
            self.t["model_as_written"] = s
        return s

    def famname(self, unit=None):
        fam = (unit or self.unit)["family"]
        if self.lang == "en":
            return D.FAMILIES[fam][1]
        z = D.FAMILIES[fam][0]
        return to_hant(z, self.region) if self.lang == "zh-Hant" else z

    def date(self, d, forms, span=1):
        f = forms[self.r.randrange(len(forms))] if isinstance(forms, list) else forms
        return fmt_date(d, f, span)

    def other(self, role, d, forms):
        if isinstance(d, str):
            d = pdate(d)
        s = self.date(d, forms)
        self.t["other_dates"].append({"role": role, "date": iso(d), "as_written": s})
        return s

    def visit(self, ev, forms, number_fmt="{n}", use_span=True, date_w=None, add=True):
        lang, region, r = self.lang, self.region, self.r
        span = ev["span"] if use_span and r.random() < 0.6 else 1
        dw = date_w if date_w is not None else self.date(ev["date"], forms, span)
        fam = ev["unit"]["family"]
        v = dict(date=iso(ev["date"]), date_as_written=dw, fault=None, cause=None, action=None, engineer=None,
                 engineer_id=ev["engineer"], number=None)
        if ev["type"] == "repair":
            v["fault"] = fault_text(fam, ev["fault"], lang, region, r)
            if ev["has_cause"]:
                v["cause"] = cause_text(fam, ev["fault"], lang, region)
        v["action"] = action_text(ev, lang, region, r)
        v["engineer"] = eng_form(ev["engineer"], r, lang, region)
        v["number"] = number_fmt.format(n=ev["number"]) if number_fmt else None
        if add:
            self.t["visits"].append(v)
        return v

    def top_from(self, v):
        for k in ("fault", "cause", "action", "engineer", "engineer_id", "number"):
            self.t[k] = v[k]
        self.t["visit_date"] = v["date"]
        self.t["visit_date_as_written"] = v["date_as_written"]

    def need(self, s):
        self.extra.append(s)
        return s
