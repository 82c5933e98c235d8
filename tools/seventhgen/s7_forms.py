"""seventhgen: written forms of dates, serials, models, engineers and fault texts; the Doc truth collector."""
import datetime as dt

from s7_families import FAULTS, FAMILIES
from s7_world import ENG, canon_serial, END, PRINT_END, owner_on
from s7_zh import s2t

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MON]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_CN = "一二三四五六日"
CN_DIG = "〇一二三四五六七八九"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN_DIG[n]
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fw(s):
    """full width digits and letters"""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def fd(d, style):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    if style == "cn": return "%d年%d月%d日" % (y, m, dd)
    if style == "cn0": return "%d年%02d月%02d日" % (y, m, dd)
    if style == "cnwk": return "%d年%d月%d日（星期%s）" % (y, m, dd, WD_CN[d.weekday()])
    if style == "cnwk2": return "%d年%d月%d日 周%s" % (y, m, dd, WD_CN[d.weekday()])
    if style == "cnnum": return "".join(CN_DIG[int(x)] for x in str(y)) + "年" + cn_num(m) + "月" + cn_num(dd) + "日"
    if style == "cnsp": return "%d 年 %d 月 %d 日" % (y, m, dd)
    if style == "cnhao": return "%d年%d月%d号" % (y, m, dd)
    if style == "iso": return "%d-%02d-%02d" % (y, m, dd)
    if style == "iso1": return "%d-%d-%d" % (y, m, dd)
    if style == "sl": return "%d/%d/%d" % (y, m, dd)
    if style == "sl0": return "%d/%02d/%02d" % (y, m, dd)
    if style == "dot": return "%d.%d.%d" % (y, m, dd)
    if style == "dot0": return "%d.%02d.%02d" % (y, m, dd)
    if style == "roc": return "民國%d年%d月%d日" % (roc, m, dd)
    if style == "roc2": return "%d年%d月%d日" % (roc, m, dd)
    if style == "roc0": return "%d年%02d月%02d日" % (roc, m, dd)
    if style == "rocsl": return "%d/%02d/%02d" % (roc, m, dd)
    if style == "rocsl1": return "%d/%d/%d" % (roc, m, dd)
    if style == "rocdot": return "%d.%02d.%02d" % (roc, m, dd)
    if style == "en_of": return "%s of %s %d" % (ordinal(dd), MON[m - 1], y)
    if style == "en_ord": return "%s %s %d" % (ordinal(dd), MON[m - 1], y)
    if style == "en_dmy": return "%d %s %d" % (dd, MON[m - 1], y)
    if style == "en_dmy3": return "%d %s %d" % (dd, MON3[m - 1], y)
    if style == "en_ddmonyy": return "%02d-%s-%02d" % (dd, MON3[m - 1], y % 100)
    if style == "en_dmony": return "%d-%s-%d" % (dd, MON3[m - 1], y)
    if style == "en_mdy": return "%s %d, %d" % (MON[m - 1], dd, y)
    if style == "en_mdy3": return "%s %d, %d" % (MON3[m - 1], dd, y)
    if style == "en_wk": return "%s, %d %s %d" % (WD[d.weekday()], dd, MON[m - 1], y)
    if style == "en_wkus": return "%s, %s %d, %d" % (WD[d.weekday()], MON[m - 1], dd, y)
    if style == "en_upper": return "%02d %s %d" % (dd, MON3[m - 1].upper(), y)
    if style == "jira": return "%02d/%s/%02d" % (dd, MON3[m - 1], y % 100)
    if style == "dmy_sl": return "%02d/%02d/%d" % (dd, m, y)
    if style == "dmy_sl1": return "%d/%d/%d" % (dd, m, y)
    raise KeyError(style)


CN_STYLES = ["cn", "cn0", "iso", "iso1", "sl", "sl0", "dot", "dot0", "cnwk", "cnhao"]
TW_STYLES = ["roc", "roc2", "roc0", "rocsl", "rocsl1", "rocdot"]
EN_STYLES = ["en_of", "en_ord", "en_dmy", "en_dmy3", "en_ddmonyy", "en_dmony", "en_mdy", "en_mdy3", "en_upper"]


def serial_form(serial, rng, zh=False, pdf=False, ocr=False, allow_fw=True):
    r = rng.random()
    s = serial
    if r < 0.5:
        out = s
    elif r < 0.62:
        out = s.lower()
    elif r < 0.74:
        out = s.replace("-", "")
    elif r < 0.84:
        out = s.replace("-", " ")
    elif r < 0.92 and zh and not pdf and allow_fw:
        out = fw(s)
    else:
        # regroup: a space after the leading letters
        i = 0
        while i < len(s) and s[i].isalpha():
            i += 1
        out = (s[:i] + " " + s[i:].replace("-", "")) if 0 < i < len(s) else s
    if ocr and "0" in out and rng.random() < 0.6:
        k = [i for i, ch in enumerate(out) if ch == "0"]
        j = k[rng.randrange(len(k))]
        out = out[:j] + "O" + out[j + 1:]
    return out


def model_form(model, rng, zh=False, pdf=False):
    r = rng.random()
    if r < 0.6:
        return model
    if r < 0.72:
        return model.upper()
    if r < 0.82:
        return model.replace("-", "").replace(" ", "")
    if r < 0.9:
        return model.replace("-", " ")
    if zh and not pdf and r < 0.96:
        return fw(model)
    return model.lower()


def eng_form(eid, script, rng, formal=False):
    e = ENG[eid]
    fs = e.forms(script)
    if formal:
        return fs[0]
    return fs[rng.randrange(len(fs))]


def fam_name(fam, lang, variant="tw"):
    zh, en = FAMILIES[fam][0], FAMILIES[fam][1]
    if lang == "en":
        return en
    if lang == "zh-Hant":
        return s2t(zh, variant)
    return zh


def cap(s):
    return s[:1].upper() + s[1:] if s else s


ZH_FW = ["{f}", "{f}", "{f}（故障码：{c}）", "{f}，现场复现", "{f}，设备已暂停使用", "据使用人员讲，{f}", "面板显示{c}，{f}", "{f}，近一周出现三次"]
EN_FW = ["{f}", "{f}", "{f} (fault code {c})", "{f}; reproduced on site", "{f}, unit taken out of use", "operator says {f}",
         "display shows {c}: {f}", "{f}, three times in the past week"]
ZH_AW = ["{a}", "{a}", "{a}，交付使用", "{a}，请使用方继续观察", "{a}，运行两小时无异常"]
EN_AW = ["{a}", "{a}", "{a}; handed back to the user", "{a}; customer to keep an eye on it", "{a}; ran two hours without fault"]
ZH_CW = ["{c}", "{c}", "初步判断{c}", "经检查为{c}"]
EN_CW = ["{c}", "{c}", "found {c}", "likely {c}"]
ZH_CMPW = ["{f}，影响正常使用，请尽快安排", "又出现{f}，对售后响应不满意", "{f}，已经是第二次报修"]
EN_CMPW = ["{f} – please send someone urgently", "{f} again, not happy with the response time", "repeat problem: {f}"]
REMOTE_ZH = ["电话指导操作人员重启并复位，恢复正常", "远程连接后重新加载配置，故障消除", "指导客户清洁相关部件后恢复使用", "电话确认为操作不当，已指导正确操作"]
REMOTE_EN = ["talked the user through a restart and reset, working again", "reloaded the configuration over a remote session",
             "guided the customer to clean the part, back in use", "operator error confirmed by phone, correct procedure explained"]


def texts(visit, lang, rng, variant="tw", plain=False, complaint=False):
    """fault, cause, action strings for a visit, with wrappers (None where the visit has none)."""
    u = visit.unit
    if visit.fault is None:
        return None, None, None
    code, zf, zc, za, ef, ec, ea = FAULTS[u.family][visit.fault]
    if lang == "en":
        f = ef if plain else rng.choice(EN_CMPW if complaint else EN_FW).format(f=ef, c=code)
        c = (ec if plain else rng.choice(EN_CW).format(c=ec)) if visit.has_cause else None
        a = rng.choice(REMOTE_EN) if visit.remote else (ea if plain else rng.choice(EN_AW).format(a=ea))
        return cap(f), cap(c) if c else None, cap(a)
    f = zf if plain else rng.choice(ZH_CMPW if complaint else ZH_FW).format(f=zf, c=code)
    c = (zc if plain else rng.choice(ZH_CW).format(c=zc)) if visit.has_cause else None
    a = rng.choice(REMOTE_ZH) if visit.remote else (za if plain else rng.choice(ZH_AW).format(a=za))
    if lang == "zh-Hant":
        return s2t(f, variant), s2t(c, variant) if c else None, s2t(a, variant)
    return f, c, a


VT_ZH = {"install": "安装调试", "maintenance": "预防性维护", "calibration": "质控校准", "inspection": "巡检",
         "repair": "故障维修", "upgrade": "软件升级", "relocation": "移机", "phone": "电话支持"}
VT_EN = {"install": "Installation", "maintenance": "Preventive maintenance", "calibration": "Calibration / QC",
         "inspection": "Inspection", "repair": "Corrective repair", "upgrade": "Software upgrade", "relocation": "Relocation", "phone": "Phone support"}
SVC_ZH = {"install": "设备安装调试完成，开机测试正常，已对操作人员进行培训", "maintenance": "按保养规程完成清洁、检查和功能测试，各项指标正常",
          "calibration": "按质控规程完成校准与性能检测，结果合格", "inspection": "例行巡检，运行参数正常，未发现异常",
          "upgrade": "升级软件/固件版本，升级后功能测试正常", "relocation": "拆机、搬运并在新位置重新安装调试，运行正常"}
SVC_EN = {"install": "unit installed and commissioned, tests passed, operators trained", "maintenance": "cleaning, checks and function tests done per PM procedure, all within limits",
          "calibration": "calibration and performance checks done, results within tolerance", "inspection": "routine inspection, running parameters normal, nothing found",
          "upgrade": "software / firmware upgraded, function tests passed after the upgrade", "relocation": "dismantled, moved and re-commissioned at the new location"}


def svc_action(visit, lang, variant="tw"):
    if visit.type == "repair" or visit.type == "phone":
        return None
    if lang == "en":
        return cap(SVC_EN[visit.type])
    a = SVC_ZH[visit.type]
    return s2t(a, variant) if lang == "zh-Hant" else a


def vtype(visit, lang, variant="tw"):
    if lang == "en":
        return VT_EN[visit.type]
    return s2t(VT_ZH[visit.type], variant) if lang == "zh-Hant" else VT_ZH[visit.type]


class Doc:
    """Collects a document's truth while a template writes it."""

    def __init__(self, kind, tid, lang):
        self.kind = kind
        self.tid = tid
        self.lang = lang
        self.customer = None
        self.cust_w = None
        self.serial = None
        self.serial_w = None
        self.model = None
        self.model_w = None
        self.vdate = None
        self.vdate_w = None
        self.other = []
        self.fault = self.cause = self.action = None
        self.engineer = self.eid = None
        self.number = None
        self.visits = []
        self.serials = []
        self.serials_w = []
        self.ext = None
        self.content = None      # str for text formats; structure for docx/xlsx/pdf
        self.plain = None        # plain text used by the self-check
        self.cjk = "gb"
        self.folder = None
        self.fname = None
        self.prints_address = False

    def od(self, role, d, w):
        self.other.append({"role": role, "date": d.isoformat(), "as_written": w})
        return w

    def add_visit(self, d, dw, fault, cause, action, eng, eid, number):
        self.visits.append({"date": d.isoformat(), "date_as_written": dw, "fault": fault, "cause": cause,
                            "action": action, "engineer": eng, "engineer_id": eid, "number": number})

    def top_from_visit(self, i=-1):
        v = self.visits[i]
        self.vdate = v["date"]
        self.vdate_w = v["date_as_written"]
        self.fault, self.cause, self.action = v["fault"], v["cause"], v["action"]
        self.engineer, self.eid, self.number = v["engineer"], v["engineer_id"], v["number"]
