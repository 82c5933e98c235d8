"""sixthgen written forms: dates, serials, models, engineers, slip numbers, fault texts, and the
Doc object that collects a document's truth while a template writes it.
"""
import datetime as dt
import unicodedata

from s6_text import FAMILIES, ENGINEERS, PM_WORK, CONTACTS, CONTACTS_EN
from s6_zh import to_trad

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_PT = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro",
             "Outubro", "Novembro", "Dezembro"]
MONTHS_MS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
             "Oktober", "November", "Disember"]
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEK_ZH = "一二三四五六日"
CN_DIGITS = "〇一二三四五六七八九"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def cn_number(n):
    """Chinese numeral for 1..31 as used in dates (十, 二十一)."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def excel_serial(d):
    return (d - dt.date(1899, 12, 30)).days


def fmt_date(d, style, time=None):
    """A full date written in `style`.  time "HH:MM" is used by the styles that carry one."""
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    wk = d.weekday()
    if style == "cn":
        return f"{y}年{m}月{dd}日"
    if style == "cn0":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "cn_wk":
        return f"{y}年{m}月{dd}日(星期{WEEK_ZH[wk]})"
    if style == "cn_zhou":
        return f"{y}年{m}月{dd}日（周{WEEK_ZH[wk]}）"
    if style == "cn_fw":
        return fullwidth(f"{y}") + "年" + fullwidth(f"{m}") + "月" + fullwidth(f"{dd}") + "日"
    if style == "cn_num":
        return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_number(m) + "月" + cn_number(dd) + "日"
    if style == "dot":
        return f"{y}.{m}.{dd}"
    if style == "dot0":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "slash":
        return f"{y}/{m}/{dd}"
    if style == "slash0":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "roc":
        return f"{roc}年{m}月{dd}日"
    if style == "roc0":
        return f"{roc}年{m:02d}月{dd:02d}日"
    if style == "roc_min":
        return f"民國{roc}年{m}月{dd}日"
    if style == "roc_dash":
        return f"{roc}-{m:02d}-{dd:02d}"
    if style == "roc_cmp":
        return f"{roc}{m:02d}{dd:02d}"
    if style == "roc_slash":
        return f"{roc}/{m:02d}/{dd:02d}"
    if style == "tw_wk":
        return f"{y}/{m:02d}/{dd:02d}（{WEEK_ZH[wk]}）"
    if style == "en_dmy":
        return f"{dd} {MONTHS_EN[m - 1]} {y}"
    if style == "en_dmy3":
        return f"{dd} {MONTHS_EN[m - 1][:3]} {y}"
    if style == "en_dmyy":
        return f"{dd}-{MONTHS_EN[m - 1][:3]}-{y % 100:02d}"
    if style == "en_brit":
        return f"{WEEK_EN[wk]} {ordinal(dd)} {MONTHS_EN[m - 1]} {y}"
    if style == "en_mdy_ord":
        return f"{MONTHS_EN[m - 1]} {ordinal(dd)}, {y}"
    if style == "en_mdy":
        return f"{MONTHS_EN[m - 1]} {dd}, {y}"
    if style == "en_wk3":
        return f"{WEEK_EN[wk][:3]} {dd:02d} {MONTHS_EN[m - 1][:3]} {y}"
    if style == "iso_tz":
        return f"{y}-{m:02d}-{dd:02d}T{time or '09:00'}:00+08:00"
    if style == "rfc":
        return f"{WEEK_EN[wk][:3]}, {dd:02d} {MONTHS_EN[m - 1][:3]} {y} {time or '09:00'}:{(dd * 7) % 60:02d} +0800"
    if style == "dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_slash_nz":
        return f"{dd}/{m}/{y}"
    if style == "dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "pt":
        return f"{dd} de {MONTHS_PT[m - 1]} de {y}"
    if style == "ms":
        return f"{dd} {MONTHS_MS[m - 1]} {y}"
    if style == "excel":
        return str(excel_serial(d))
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------
# Serials, models, slip numbers
# ---------------------------------------------------------------------------------------------
def serial_form(serial, r, fullwidth_ok=False, ocr=False, plain_only=False):
    """One way of writing a nameplate serial.  All forms canonicalise (NFKC, upper case, letters
    and digits; O read as 0) to the nameplate."""
    core = serial.replace("-", "")
    choices = ["as", "as", "lower", "nosep", "space", "rehyphen"]
    if fullwidth_ok:
        choices.append("full")
    kind = "as" if plain_only else r.choice(choices)
    if kind == "as":
        s = serial
    elif kind == "lower":
        s = serial.lower()
    elif kind == "nosep":
        s = core
    elif kind == "space":
        s = serial.replace("-", " ") if "-" in serial else core[:4] + " " + core[4:]
    elif kind == "rehyphen":
        # hyphen after the leading letters, and before the last four characters
        k = 0
        while k < len(core) and core[k].isalpha():
            k += 1
        k = max(k, 2)
        s = core[:k] + "-" + core[k:-4] + "-" + core[-4:] if len(core) - k > 5 else core[:k] + "-" + core[k:]
    else:
        s = fullwidth(serial)
    if ocr and "0" in s:
        idx = [i for i, c in enumerate(s) if c == "0"]
        i = idx[r.randrange(len(idx))]
        s = s[:i] + "O" + s[i + 1:]
    return s


def model_form(model, r, fullwidth_ok=False):
    choices = ["as", "as", "as", "upper", "nosep", "space"]
    if fullwidth_ok:
        choices.append("full")
    k = r.choice(choices)
    if k == "upper":
        return model.upper()
    if k == "nosep":
        return model.replace("-", "").replace(" ", "")
    if k == "space":
        return model.replace("-", " ")
    if k == "full":
        return fullwidth(model)
    return model


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper().replace("O", "0")
    return "".join(c for c in s if c.isascii() and c.isalnum())


def slip_number(seq, style):
    """Slip numbers never contain anything that reads as a date (at most six digits in a row)."""
    n = (seq * 7919) % 90000 + 10000
    if style == "fu":
        return f"服字第{n:05d}号"
    if style == "fu_t":
        return f"服字第{n:05d}號"
    if style == "xs":
        return f"XS-{n:05d}"
    if style == "no":
        return f"No.{n % 1000000:06d}"
    if style == "wo":
        return f"WO-{n + 30000}"
    if style == "sr":
        return f"SR-{n:05d}-{'ABCDEFGHJK'[n % 10]}"
    if style == "tw":
        return f"A{n:05d}"
    if style == "hk":
        return f"HK/JS/{n:05d}"
    if style == "my":
        return f"BEMS/WO/{n:05d}"
    if style == "cp":
        return f"TS-{n:05d}"
    if style == "zt":
        return f"#{n % 100000}"
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------
# Engineers
# ---------------------------------------------------------------------------------------------
_ENG = {e[0]: e for e in ENGINEERS}


def engineer_form(eid, lang, r, register="f"):
    forms = _ENG[eid][3]
    fam = "en" if lang == "en" else "zh"
    cands = [t for (l, t, reg) in forms if l == fam and (reg == register or register == "any")]
    if not cands:
        cands = [t for (l, t, reg) in forms if l == fam]
    if not cands:
        cands = [t for (l, t, reg) in forms if l == "en" and reg == "f"]
    return r.choice(cands)


# ---------------------------------------------------------------------------------------------
# Fault texts
# ---------------------------------------------------------------------------------------------
def _z(text, lang, variant):
    return to_trad(text, variant) if lang == "zh-Hant" else text


def visit_texts(v, lang, variant, r, wrap=True, contact=None):
    """(fault, cause, action) as written for a visit, in lang."""
    fam = FAMILIES[v.unit.family]
    if v.type == "repair":
        code, zf, zc, za, ef, ec, ea = fam["faults"][v.fault]
        if lang == "en":
            f, c, a = ef, ec, ea
            f = f[0].upper() + f[1:]
            c = c[0].upper() + c[1:]
            a = a[0].upper() + a[1:]
            if wrap:
                ws = ["{f}", "{f}", "{f}, intermittent", "Night shift reported: {f_l}"]
                if code:
                    ws += ["{f} (code {code})", "Alarm {code} – {f_l}"]
                f = r.choice(ws).format(f=f, f_l=ef, code=code)
                a = r.choice(["{a}", "{a}", "{a}; unit back in service", "{a}. Observed 30 min, no recurrence"]).format(a=a)
        else:
            f, c, a = zf, zc, za
            if wrap:
                ws = ["{f}", "{f}", "{f}，时好时坏", "值班人员发现{f}", "{f}，科室要求尽快处理"]
                if code:
                    ws += ["{f}（报警代码{code}）", "屏幕提示{code}，{f}"]
                if contact:
                    ws.append(contact + "来电称{f}")
                f = r.choice(ws).format(f=f, code=code)
                a = r.choice(["{a}", "{a}", "{a}，运行观察正常", "{a}，已交付使用"]).format(a=a)
            f, c, a = _z(f, lang, variant), _z(c, lang, variant), _z(a, lang, variant)
        return f, (c if v.has_cause else None), a
    return None, None, visit_action(v, lang, variant, r)


def visit_action(v, lang, variant, r):
    fam = v.unit.family
    work_zh, work_en = PM_WORK[fam]
    t = v.type
    if lang == "en":
        if t == "install":
            a = "Installed and commissioned; performance checks passed; operators trained"
        elif t == "pm":
            a = "Preventive maintenance: " + work_en
        elif t == "calib":
            a = "Annual calibration completed; all deviations within tolerance"
        elif t == "upgrade":
            v1, v2 = v.extra["versions"]
            a = f"Software upgraded from {v1} to {v2}; functions verified"
        elif t == "relocate":
            a = "Dismantled, moved to the new site and recommissioned; running normally"
        else:
            a = "Inspection: " + work_en + "; all normal"
        return a
    if t == "install":
        a = "完成安装调试及性能验证，并对操作人员进行培训"
    elif t == "pm":
        a = r.choice(["完成定期保养：", "预防性维护：", "按规程保养："]) + work_zh
    elif t == "calib":
        a = "完成年度校准，各项指标偏差均在允许范围内"
    elif t == "upgrade":
        v1, v2 = v.extra["versions"]
        a = f"软件由{v1}升级至{v2}，功能验证正常"
    elif t == "relocate":
        a = "拆机搬运至新址并重新安装调试，运行正常"
    else:
        a = "巡检：" + work_zh + "，运行正常"
    return _z(a, lang, variant)


def complaint_text(cp, lang, variant, r):
    fam = FAMILIES[cp.unit.family]
    code, zf, zc, za, ef, ec, ea = fam["faults"][cp.fault]
    if lang == "en":
        w = r.choice(["{F} – second time this month", "{F}; please send someone urgently", "{F}",
                      "Our staff report that the {f}" if not ef[0].isupper() else "{F}"])
        return w.format(F=ef[0].upper() + ef[1:], f=ef)
    w = r.choice(["{f}，已经是本月第二次了，请尽快派人", "{f}，严重影响科室工作", "{f}", "反映{f}，要求尽快上门"])
    return _z(w.format(f=zf), lang, variant)


REMOTE = {
    "lab": ("电话指导操作人员执行冲洗和重新定标，问题解决",
            "Talked the operator through a flush and recalibration by phone; resolved"),
    "it": ("远程登录检查并调整配置，业务恢复", "Remote session: checked and corrected the configuration; service restored"),
    "power": ("电话指导值班人员复位告警并核对参数，恢复正常",
              "Guided the duty staff by phone to reset the alarm and check the settings; back to normal"),
}


def remote_action(cp, lang, variant):
    zh, en = REMOTE[FAMILIES[cp.unit.family]["group"]]
    return en if lang == "en" else _z(zh, lang, variant)


def family_name(fam, lang, variant):
    f = FAMILIES[fam]
    return f["en"][0].upper() + f["en"][1:] if lang == "en" else _z(f["zh"], lang, variant)


# ---------------------------------------------------------------------------------------------
# The document being written
# ---------------------------------------------------------------------------------------------
class Doc:
    """Collects what a template writes about and the truth about it."""

    def __init__(self, world, i, kind, tid, lang, r, cust=None, unit=None, date=None):
        self.world = world
        self.i = i
        self.kind = kind
        self.tid = tid
        self.lang = lang
        self.r = r
        self.cust = cust
        self.unit = unit
        self.date = date
        self.region = cust.region if cust else None
        self.variant = ("tw" if self.region == "tw" else "hk") if lang == "zh-Hant" else None
        self.script = {"zh-Hans": "S", "zh-Hant": "T", "en": "E"}[lang]
        self.place = False
        self.t = dict(customer=cust.id if cust else None, customer_as_written=None,
                      serial=unit.serial if unit else None, serial_as_written=None,
                      model=unit.model if unit else None, model_as_written=None,
                      visit_date=None, visit_date_as_written=None, other_dates=[], date_ambiguous=False,
                      fault=None, cause=None, action=None, engineer=None, engineer_id=None, number=None,
                      visits=[], serials=[], serials_as_written=[])
        self.ext = None
        self.path = None

    # -- written forms -------------------------------------------------------------------
    def z(self, text):
        """Simplified source text in the document's script."""
        return to_trad(text, self.variant) if self.lang == "zh-Hant" else text

    def address(self):
        """The customer's address in the document's script; marks the document as placed."""
        self.place = True
        c = self.cust
        if self.lang == "en":
            return c.addr_en
        return c.addr_zh

    def customer(self, registered=None, place=None):
        if place is not None:
            self.place = place
        form = self.cust.pick_form(self.script, self.date, self.place, self.r, registered)
        self.t["customer_as_written"] = form
        return form

    def serial(self, fullwidth_ok=None, ocr=False, plain_only=False):
        if fullwidth_ok is None:          # full width only in Chinese documents that are not PDFs
            fullwidth_ok = self.lang != "en" and self.ext != ".pdf"
        s = serial_form(self.unit.serial, self.r, fullwidth_ok, ocr, plain_only)
        self.t["serial_as_written"] = s
        return s

    def model(self, fullwidth_ok=None):
        if fullwidth_ok is None:
            fullwidth_ok = self.lang != "en" and self.ext != ".pdf"
        m = model_form(self.unit.model if self.unit else self.t["model"], self.r, fullwidth_ok)
        self.t["model_as_written"] = m
        return m

    def eng(self, eid, register="f"):
        return engineer_form(eid, self.lang, self.r, register)

    def contact(self):
        c = self.cust
        if self.lang == "en" and c.region in CONTACTS_EN:
            return self.r.choice(CONTACTS_EN[c.region])
        name = self.r.choice(c.contacts)
        return self.z(name) if self.lang != "en" else name

    def fam_name(self):
        return family_name(self.unit.family, self.lang, self.variant)

    # -- truth ---------------------------------------------------------------------------
    def other(self, role, d, written):
        self.t["other_dates"].append({"role": role, "date": d.isoformat(), "as_written": written})

    def add_visit(self, v, date_w, fault, cause, action, eng_w, number):
        self.t["visits"].append({"date": v.date.isoformat(), "date_as_written": date_w, "fault": fault,
                                 "cause": cause, "action": action, "engineer": eng_w, "engineer_id": v.eng,
                                 "number": number})

    def top_from_visit(self, v, date_w, fault, cause, action, eng_w, number):
        """repair / service report: the one visit is also the top level."""
        self.t.update(visit_date=v.date.isoformat(), visit_date_as_written=date_w, fault=fault, cause=cause,
                      action=action, engineer=eng_w, engineer_id=v.eng, number=number)
        self.t["visits"] = []
        self.add_visit(v, date_w, fault, cause, action, eng_w, number)

    def top_from_last(self):
        """equipment history: the top level is the newest entry."""
        newest = max(self.t["visits"], key=lambda e: e["date"])
        self.t.update(visit_date=newest["date"], visit_date_as_written=newest["date_as_written"],
                      fault=newest["fault"], cause=newest["cause"], action=newest["action"],
                      engineer=newest["engineer"], engineer_id=newest["engineer_id"], number=newest["number"])

    def truth(self, path, encoding):
        t = self.t
        out = {"path": path, "kind": self.kind, "template": self.tid, "lang": self.lang, "encoding": encoding}
        for k in ("customer", "customer_as_written", "serial", "serial_as_written", "model", "model_as_written",
                  "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault", "cause", "action",
                  "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"):
            out[k] = t[k]
        return out
