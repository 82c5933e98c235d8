"""seventhgen: the world — engineers, customers and their name forms, units, moves, service lives."""
import datetime as dt
import hashlib
import random
import re
import unicodedata

import s7_customers as CU
from s7_families import FAMILIES, make_serial, CALIBRATED, UPGRADABLE, INSPECTED, FAULTS
from s7_zh import s2t, t2s

START = dt.date(2017, 6, 1)
END = dt.date(2025, 10, 24)
PRINT_END = dt.date(2025, 10, 31)


def R(*parts):
    """A random.Random seeded from a string (never from hash())."""
    key = "/".join(str(p) for p in parts)
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16], 16))


def canon_serial(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isalnum())


def canon_name(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = t2s(s)
    return "".join(ch for ch in s if ch.isalnum())


# ---------------------------------------------------------------- engineers
class Engineer:
    def __init__(self, eid, region, zh, sur, given, en=(), zh_extra=(), hant=None, zh_forms=None, trad_forms=None):
        self.id = eid
        self.region = region
        self.zh = zh
        self.sur = sur
        self.given = given
        self.en = list(en)
        self.zh_extra = list(zh_extra)
        self.hant = hant
        self.zh_forms_override = zh_forms
        self.trad_forms_override = trad_forms

    def forms(self, script):
        if script == "en":
            return self.en
        if self.zh is None:
            return self.en
        if script == "hant":
            if self.trad_forms_override:
                return self.trad_forms_override
            z = s2t(self.zh) if self.hant is None else self.hant
            s = z[0] if len(z) <= 3 else z[:2]
            return [z, s + "工程師", z + "工程師", s + "技師" if self.region == "tw" else s + "生"]
        if self.zh_forms_override:
            return self.zh_forms_override
        s = self.zh[0]
        return [self.zh, s + "工", s + "师傅", self.zh + "工程师", "老" + s, self.zh + "（" + self.en[0] + "）"] + self.zh_extra


ENGINEERS = [
    Engineer("E01", "cn", "石磊", "Shi", "Lei", en=["Shi Lei", "SHI Lei", "Lei Shi", "L. Shi"]),
    Engineer("E02", "cn", "钱国庆", "Qian", "Guoqing", en=["Qian Guoqing", "Guoqing Qian", "G.Q. Qian", "QIAN Guoqing"]),
    Engineer("E03", "cn", "滕文博", "Teng", "Wenbo", en=["Teng Wenbo", "Wenbo Teng", "W.B. Teng", "TENG Wenbo"]),
    Engineer("E04", "cn", "聂明轩", "Nie", "Mingxuan", en=["Nie Mingxuan", "Mingxuan Nie", "M.X. Nie", "NIE Mingxuan"]),
    Engineer("E05", "cn", "贾春生", "Jia", "Chunsheng", en=["Jia Chunsheng", "Chunsheng Jia", "C.S. Jia", "JIA Chunsheng"]),
    Engineer("E06", "cn", "夏雨桐", "Xia", "Yutong", en=["Xia Yutong", "Yutong Xia", "Y.T. Xia", "Ms. Xia"], zh_extra=["夏工（女）"]),
    Engineer("E07", "cn", "孟凡超", "Meng", "Fanchao", en=["Meng Fanchao", "Fanchao Meng", "F.C. Meng", "MENG Fanchao"]),
    Engineer("E08", "cn", "尹德旺", "Yin", "Dewang", en=["Yin Dewang", "Dewang Yin", "D.W. Yin", "YIN Dewang"]),
    Engineer("E09", "cn", "熊一帆", "Xiong", "Yifan", en=["Xiong Yifan", "Yifan Xiong", "Y.F. Xiong", "Ivan Xiong"]),
    Engineer("E10", "cn", "鲍建平", "Bao", "Jianping", en=["Bao Jianping", "Jianping Bao", "J.P. Bao", "BAO Jianping"]),
    Engineer("E11", "cn", "邵佳琪", "Shao", "Jiaqi", en=["Shao Jiaqi", "Jiaqi Shao", "J.Q. Shao", "Ms. Shao"]),
    Engineer("E12", "tw", "柯俊宏", "Ko", "Chun-hung", hant="柯俊宏", en=["Ko Chun-hung", "Jason Ko", "C.H. Ko", "KO, Chun-Hung"],
             trad_forms=["柯俊宏", "柯技師", "柯俊宏工程師", "柯工程師", "Jason柯"]),
    Engineer("E13", "tw", "温淑芬", "Wen", "Shu-fen", hant="溫淑芬", en=["Wen Shu-fen", "Fanny Wen", "S.F. Wen", "WEN, Shu-Fen"],
             trad_forms=["溫淑芬", "溫技師", "溫淑芬工程師", "Fanny溫"]),
    Engineer("E14", "hk", "邝家乐", "Kwong", "Ka-lok", hant="鄺家樂", en=["Gary Kwong", "Kwong Ka-lok", "Gary KWONG Ka Lok", "K.L. Kwong"],
             trad_forms=["鄺家樂", "鄺生", "鄺家樂工程師", "Gary鄺"]),
    Engineer("E15", "mo", "欧阳永德", "Au Yeung", "Weng Tak", hant="歐陽永德", en=["Wilson Au Yeung", "Au Yeung Weng Tak", "W.T. Au-Yeung", "AU YEUNG Weng Tak"],
             trad_forms=["歐陽永德", "歐陽生", "歐陽永德工程師", "Wilson歐陽"]),
    Engineer("E16", "sg", None, "Seah", "Kok Leong", en=["Seah Kok Leong", "KL Seah", "Seah K.L.", "Mr Seah"]),
    Engineer("E17", "my", None, "Faizal", "bin Osman", en=["Faizal bin Osman", "En. Faizal", "Mohd Faizal Osman", "FAIZAL OSMAN"]),
    Engineer("E18", "all", None, "Lindqvist", "Anders", en=["Anders Lindqvist", "A. Lindqvist", "LINDQVIST, Anders", "Anders L."]),
    Engineer("E19", "all", None, "Park", "Jae-won", en=["Park Jae-won", "J.W. Park", "PARK Jae Won", "Jae-won Park"]),
]
ENG = {e.id: e for e in ENGINEERS}
REGION_POOL = {
    "cn": ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11"],
    "tw": ["E12", "E13"], "hk": ["E14"], "mo": ["E15", "E14"], "sg": ["E16"], "my": ["E17", "E16"],
}
REGION_OF_CITY = {}

# coordinators and contacts (never engineers)
CONTACTS_CN = ["蒋主任", "汪科长", "顾护士长", "卞老师", "庞经理", "葛主管", "楚工", "庄主任"]
CONTACTS_TW = ["黃組長", "涂主任", "洪護理長", "蕭小姐", "簡課長"]
CONTACTS_HK = ["Ms. Cheung", "Mr. Lau", "Sister Ho", "陳姑娘", "Miss Tsang"]
CONTACTS_EN = ["Ms. Tan Hui Min", "Mr. Raymond Lim", "Puan Rosnah", "Mr. Kumaresan", "Dr. Goh"]
COORD = ["闵小燕", "柏静", "Cindy Zhou", "Rachel Hu"]


# ---------------------------------------------------------------- customers
FORMER_SHORTS = {
    "皖南医学院弋矶山医院": ["弋矶山医院", "弋矶山"],
    "包商银行": ["包商银行", "包商行"],
    "绍兴凯瑞生物制药有限公司": ["绍兴凯瑞", "凯瑞制药"],
    "國立陽明大學附設醫院": ["陽明大學附設醫院", "陽大附醫"],
    "苗栗聯鋒精密工業股份有限公司": ["聯鋒精密", "聯鋒精工"],
    "福林牙科中心": ["福林牙科中心"],
    "泛亚冷链私人有限公司": [],
}
FORMER_EN = {
    "包商银行": ["Baoshang Bank"], "泛亚冷链私人有限公司": ["Pan-Asia Cold Chain", "PACC"],
    "福林牙科中心": ["Fook Lam Dental Centre"], "國立陽明大學附設醫院": ["NYMU Hospital", "Yang-Ming Univ. Hospital"],
    "苗栗聯鋒精密工業股份有限公司": ["Lien Feng Precision"], "绍兴凯瑞生物制药有限公司": ["Kairui Bio-Pharm"],
    "皖南医学院弋矶山医院": ["Yijishan Hospital"],
}


class Customer:
    pass


def _region_of(spec, group):
    if group == "mainland":
        return "cn"
    return {"tw": "tw", "hk": "hk", "mo": "mo", "sg": "sg", "my": "my"}[group]


def _placed(form, c):
    f = canon_name(form)
    toks = [c.city, c.city_hant, c.city_en] + ([c.brand, c.brand_en] if c.brand else []) + c.distinct
    for t in toks:
        if t and canon_name(t) and canon_name(t) in f:
            return True
    return False


def _forms_for(c, inst_s, inst_t, en, shorts_s, shorts_t, en_forms, typos):
    """Candidate forms: list of (text, script). script: hans / hant / en."""
    out = []
    dept_s, dept_t = c.dept, c.dept_hant
    alts_s = c.dept_alt_s
    alts_t = c.dept_alt_t
    den = c.dept_en
    if c.region in ("cn",):
        scripts = ["hans"]
    elif c.region in ("tw", "hk", "mo"):
        scripts = ["hant"]
    else:
        scripts = []
    for sc in scripts:
        inst = inst_s if sc == "hans" else inst_t
        shorts = shorts_s if sc == "hans" else shorts_t
        dept = dept_s if sc == "hans" else dept_t
        alts = alts_s if sc == "hans" else alts_t
        if dept:
            out += [(inst + dept, sc), (inst + " " + dept, sc), (inst + "（" + dept + "）", sc), (inst + "·" + dept, sc),
                    (dept + "（" + inst + "）", sc), (inst, sc)]
            for s in shorts:
                out += [(s + dept, sc), (s + " " + dept, sc), (dept + "（" + s + "）", sc), (s, sc), (s + "-" + dept, sc)]
            for a in alts:
                out += [(inst + a, sc)] + [(s + a, sc) for s in shorts[:2]]
        else:
            out += [(inst, sc)] + [(s, sc) for s in shorts]
        for t in typos:
            out.append((t + (dept or ""), sc))
    # English
    ens = [en] + list(en_forms)
    for e in ens:
        out.append((e, "en"))
        for d in den[:3]:
            out += [(e + " – " + d, "en"), (d + ", " + e, "en"), (e + " (" + d + ")", "en")]
    for e in en_forms[:1]:
        out.append((e.upper(), "en"))
    if c.region in ("sg", "my") and c.dept is None and den:
        pass
    # English typo: swap two letters in the longest word of the registered English name
    words = re.findall(r"[A-Za-z]{7,}", en)
    if words and c.region in ("cn", "sg", "my"):
        w = max(words, key=len)
        i = len(w) // 2
        wt = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        out.append((en.replace(w, wt, 1), "en"))
    # de-duplicate, keep order
    seen = set()
    res = []
    for f, sc in out:
        if (f, sc) not in seen:
            seen.add((f, sc))
            res.append((f, sc))
    return res


def build_customers(n, seed):
    n_cust = max(12, min(120, n // 22))
    frac = [("cn", 0.71), ("tw", 0.10), ("hk", 0.08), ("mo", 0.025), ("sg", 0.045), ("my", 0.045)]
    quota = {}
    for reg, f in frac:
        quota[reg] = max(1, int(round(n_cust * f)))
    quota["cn"] = n_cust - sum(v for k, v in quota.items() if k != "cn")
    pools = {"cn": CU.MAINLAND, "tw": CU.TAIWAN, "hk": CU.HONGKONG, "mo": CU.MACAU, "sg": CU.SINGAPORE, "my": CU.MALAYSIA}
    specs = []
    for reg in ["cn", "tw", "hk", "mo", "sg", "my"]:
        pool = pools[reg]
        take = pool[:quota[reg]]
        for sp in take:
            specs.append((reg, dict(sp)))
        missing = quota[reg] - len(take)
        if missing > 0:
            if reg != "cn":
                quota["cn"] += missing
    # mainland fillers
    n_cn = quota["cn"]
    have_cn = sum(1 for r, _ in specs if r == "cn")
    frng = R("seventhgen", seed, "fillers")
    i = 0
    patterns = ["hosp_num", "tcm", "dental", "bank", "factory", "coldchain", "county", "ev"]
    while have_cn < n_cn:
        city, cen, addr0 = CU.FILLER_CITIES[i % len(CU.FILLER_CITIES)]
        brand, ben = CU.FILLER_BRANDS[i % len(CU.FILLER_BRANDS)]
        pat = patterns[i % len(patterns)]
        num = 4 + (i // len(patterns)) % 5
        zn = CU.ZH_NUM[num]
        ordn = {4: "4th", 5: "5th", 6: "6th", 7: "7th", 8: "8th"}[num]
        st = "%s%d号" % (frng.choice(["建设路", "人民路", "解放路", "工业大道", "青年路", "滨江路", "文昌路"]), frng.randint(3, 480))
        if pat == "hosp_num":
            sp = CU.C(city=city, city_en=cen, inst="%s市第%s人民医院" % (city, zn), dept=frng.choice(["影像科", "眼科", "消化内镜中心"]),
                      sector=None, number=num, en="%s No.%d People's Hospital" % (cen, num),
                      shorts=["%s%s院" % (city, zn), "%s市%s院" % (city, zn), "市%s院" % zn],
                      en_forms=["The %s People's Hospital of %s" % (["Fourth", "Fifth", "Sixth", "Seventh", "Eighth"][num - 4], cen), "%s %s Hosp." % (cen, ordn)],
                      placeless=["市%s院" % zn], address=addr0 + st)
            sp["sector"] = {"影像科": "radiology", "眼科": "eye", "消化内镜中心": "endo"}[sp["dept"]]
        elif pat == "tcm":
            sp = CU.C(city=city, city_en=cen, inst="%s市中医医院" % city, dept="后勤保障部", sector="hosp_fac",
                      en="%s Hospital of Traditional Chinese Medicine" % cen, shorts=["%s中医院" % city, "%s市中医院" % city, "市中医院"],
                      en_forms=["%s TCM Hospital" % cen], placeless=["市中医院"], address=addr0 + st)
        elif pat == "dental":
            sp = CU.C(city=city, city_en=cen, inst="%s%s口腔门诊部" % (city, brand), sector="dental", brand=brand, brand_en=ben,
                      en="%s %s Dental Clinic" % (cen, ben), shorts=["%s口腔" % brand, "%s%s口腔" % (city, brand), "%s齿科" % brand],
                      en_forms=["%s Dental" % ben], address=addr0 + st)
        elif pat == "bank":
            sp = CU.C(city=city, city_en=cen, inst="%s%s农村商业银行" % (city, brand), dept="运营管理部", sector="bank", brand=brand, brand_en=ben,
                      en="%s %s Rural Commercial Bank" % (cen, ben), shorts=["%s农商行" % brand, "%s%s农商银行" % (city, brand), "%s农商行" % city],
                      en_forms=["%s RCB" % ben], address=addr0 + st)
        elif pat == "factory":
            sp = CU.C(city=city, city_en=cen, inst="%s%s精密机械有限公司" % (city, brand), dept="设备部", sector="factory", brand=brand, brand_en=ben,
                      en="%s %s Precision Machinery Co., Ltd." % (cen, ben), shorts=["%s精机" % brand, "%s%s" % (city, brand), "%s机械" % brand],
                      en_forms=["%s Precision" % ben], address=addr0 + st)
        elif pat == "coldchain":
            sp = CU.C(city=city, city_en=cen, inst="%s%s冷链物流有限公司" % (city, brand), dept="仓储部", sector="coldchain", brand=brand, brand_en=ben,
                      en="%s %s Cold Chain Logistics Co., Ltd." % (cen, ben), shorts=["%s冷链" % brand, "%s%s冷链" % (city, brand), "%s物流" % brand],
                      en_forms=["%s Cold Chain" % ben], address=addr0 + st)
        elif pat == "county":
            sp = CU.C(city=city, city_en=cen, inst="%s市%s医院" % (city, ["口腔", "眼科", "妇幼保健"][i % 3]), dept=None,
                      sector=["dental", "eye", "radiology"][i % 3], en="%s %s Hospital" % (cen, ["Stomatological", "Eye", "Maternal and Child Health"][i % 3]),
                      shorts=["%s%s医院" % (city, ["口腔", "眼科", "妇幼"][i % 3]), "市%s医院" % ["口腔", "眼科", "妇幼"][i % 3]],
                      en_forms=["%s %s Hosp." % (cen, ["Dental", "Eye", "MCH"][i % 3])], placeless=["市%s医院" % ["口腔", "眼科", "妇幼"][i % 3]],
                      address=addr0 + st)
        else:
            sp = CU.C(city=city, city_en=cen, inst="%s%s新能源科技有限公司" % (city, brand), dept="充电运维部", sector="ev", brand=brand, brand_en=ben,
                      en="%s %s New Energy Technology Co., Ltd." % (cen, ben), shorts=["%s新能源" % brand, "%s%s新能源" % (city, brand), "%s充电" % brand],
                      en_forms=["%s New Energy" % ben], address=addr0 + st)
        i += 1
        # skip a filler whose registered name already exists
        if any((s["inst"] + (s["dept"] or "")) == (sp["inst"] + (sp["dept"] or "")) for _, s in specs):
            continue
        specs.append(("cn", sp))
        have_cn += 1
    # order: mainland, tw, hk, mo, sg, my
    order = {"cn": 0, "tw": 1, "hk": 2, "mo": 3, "sg": 4, "my": 5}
    specs.sort(key=lambda rs: order[rs[0]])
    customers = []
    for k, (reg, sp) in enumerate(specs):
        c = Customer()
        c.id = "KH%03d" % (k + 1)
        c.region = reg
        c.sector = sp["sector"]
        c.city = sp["city"]
        c.city_en = sp["city_en"]
        c.number = sp["number"]
        c.brand = sp["brand"]
        c.brand_en = sp["brand_en"]
        c.distinct = list(sp["distinct"])
        if reg in ("tw", "hk", "mo"):
            c.city_hant = sp["city"] if reg == "tw" else {"香港": "香港", "澳门": "澳門"}[sp["city"]]
            c.city = t2s(sp["city"]) if reg == "tw" else sp["city"]
            c.inst_hant = sp["inst"]
            c.inst = t2s(sp["inst"])
            c.dept_hant = sp["dept"]
            c.dept = t2s(sp["dept"]) if sp["dept"] else None
            c.shorts_hant = list(sp["shorts"])
            c.shorts = [t2s(s) for s in sp["shorts"]]
            c.dept_alt_t = list(sp.get("dept_alt", []))
            c.dept_alt_s = [t2s(s) for s in c.dept_alt_t]
            c.dept_en = list(sp.get("dept_en", [])) or (["Dept."] if sp["dept"] else [])
            c.address = sp["address"]
            c.traditional = sp["inst"] + (sp["dept"] or "")
            c.brand_hant = sp["brand"]
            if c.brand:
                c.brand = t2s(c.brand)
        else:
            c.city_hant = s2t(sp["city"])
            c.inst = sp["inst"]
            c.dept = sp["dept"]
            c.inst_hant = s2t(sp["inst"])
            c.dept_hant = s2t(sp["dept"]) if sp["dept"] else None
            c.shorts = list(sp["shorts"])
            c.shorts_hant = [s2t(s) for s in sp["shorts"]]
            c.dept_alt_s = list(CU.DEPT_ALT.get(sp["dept"], [])) if sp["dept"] else []
            c.dept_alt_t = [s2t(s) for s in c.dept_alt_s]
            c.dept_en = list(sp.get("dept_en") or CU.DEPT_EN.get(sp["dept"], [])) if (sp["dept"] or sp.get("dept_en")) else []
            c.address = sp["address"]
            c.traditional = "".join(s2t(ch) if ch not in "台" else ch for ch in (sp["inst"] + (sp["dept"] or "")))
            c.brand_hant = s2t(sp["brand"]) if sp["brand"] else None
        c.name = c.inst + (c.dept or "")
        c.english = sp["en"] + ((" – " + c.dept_en[0]) if (c.dept and c.dept_en) else "")
        c.en = sp["en"]
        c.en_forms = list(sp["en_forms"])
        c.typos = list(sp["typo"])
        c.placeless_hint = list(sp["placeless"])
        c.former = []
        for fname, fen, until in sp["former"]:
            c.former.append({"name_raw": fname, "name": (t2s(fname) if reg in ("tw", "hk", "mo") else fname) + (c.dept or ""),
                             "english": fen, "until": until})
        rr = R("seventhgen", seed, "customer", c.id)
        c.contract = rr.random() < 0.65
        c.cclass = rr.choice(["A", "A", "B", "B", "C"])
        c.contacts = rr.sample({"cn": CONTACTS_CN, "tw": CONTACTS_TW, "hk": CONTACTS_HK, "mo": CONTACTS_HK}.get(reg, CONTACTS_EN), 2)
        pool = REGION_POOL[reg]
        c.usual = rr.choice(pool)
        c.phone = {"cn": "0%d-%d" % (rr.randint(10, 999), rr.randint(2000000, 89999999)), "tw": "0%d-%d" % (rr.randint(2, 8), rr.randint(2000000, 8999999)),
                   "hk": "+852 %d %d" % (rr.randint(2100, 3999), rr.randint(1000, 9999)), "mo": "+853 %d %d" % (rr.randint(2800, 2899), rr.randint(1000, 9999)),
                   "sg": "+65 %d %d" % (rr.randint(6100, 6999), rr.randint(1000, 9999)), "my": "+60 %d-%d %d" % (rr.randint(3, 9), rr.randint(200, 999), rr.randint(1000, 9999))}[reg]
        customers.append(c)
    _name_forms(customers)
    return customers


def _name_forms(customers):
    """Attach usable name forms; drop every form another customer could also write."""
    cand = {}
    for c in customers:
        cur = _forms_for(c, c.inst, c.inst_hant, c.en, c.shorts, c.shorts_hant, c.en_forms, c.typos)
        old = []
        for f in c.former:
            raw = f["name_raw"]
            if c.region in ("tw", "hk", "mo"):
                fs, ft = t2s(raw), raw
                sh_t = FORMER_SHORTS.get(raw, [])
                sh_s = [t2s(x) for x in sh_t]
            else:
                fs, ft = raw, s2t(raw)
                sh_s = FORMER_SHORTS.get(raw, [])
                sh_t = [s2t(x) for x in sh_s]
            old += [(x, sc, f["until"]) for x, sc in _forms_for(c, fs, ft, f["english"], sh_s, sh_t, FORMER_EN.get(raw, []), [])]
        c._cand = [(f, sc, None) for f, sc in cur] + old
        for f, sc, until in c._cand:
            cand.setdefault(canon_name(f), []).append(c)
    for c in customers:
        c.forms = {"hans": [], "hant": [], "en": []}
        c.old_forms = {"hans": [], "hant": [], "en": []}
        seen = set()
        for f, sc, until in c._cand:
            key = canon_name(f)
            if not key or (f, sc, until) in seen:
                continue
            seen.add((f, sc, until))
            placeless = not _placed(f, c)
            others = [o for o in cand[key] if o is not c]
            if placeless:
                if any(o.city == c.city for o in others):
                    continue
                # a placeless form must not be a placed form of another customer either
                if any(_placed(f, o) for o in others):
                    continue
            elif others:
                continue
            # the bare institution name of a multi-department institution is dropped by the rule above
            rec = (f, placeless)
            if until is None:
                c.forms[sc].append(rec)
            else:
                c.old_forms[sc].append(rec)
        c.registered = {"hans": c.name, "hant": c.traditional, "en": c.english}


# ---------------------------------------------------------------- units and lives
class Unit:
    pass


def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1])
    return dt.date(y, mo, day)


def workday(d, rng, sat=0.06):
    while d.weekday() == 6 or (d.weekday() == 5 and rng.random() > sat):
        d += dt.timedelta(days=1)
    return d


def build_units(customers, seed):
    units = []
    seen = set()
    for c in customers:
        rr = R("seventhgen", seed, "units", c.id)
        k = rr.randint(2, 6)
        fams = CU.SECTOR_FAMILIES[c.sector]
        for j in range(k):
            fam = fams[j % len(fams)] if j < len(fams) else rr.choice(fams)
            u = Unit()
            u.family = fam
            u.model = rr.choice(FAMILIES[fam][3])
            span = (dt.date(2024, 10, 15) - START).days
            inst = START + dt.timedelta(days=rr.randint(0, span))
            inst = workday(inst, rr, 0)
            u.install = inst
            u.purchase = inst - dt.timedelta(days=rr.randint(3, 75))
            yrs = rr.choice([1, 1, 2, 2, 3, 3, 5])
            u.warranty = add_months(inst, 12 * yrs) - dt.timedelta(days=1)
            mk = inst if rr.random() < 0.6 else add_months(inst, -rr.randint(1, 8))
            while True:
                s = make_serial(fam, rr, mk.year, mk.month)
                if canon_serial(s) not in seen:
                    break
            seen.add(canon_serial(s))
            u.serial = s
            u.owner0 = c
            u.moves = []
            u.asset = "%s-%04d" % (rr.choice(["ZC", "GZ", "SB", "FA"]), rr.randint(100, 9999))
            units.append(u)
    _moves(units, customers, seed)
    for u in units:
        u.owner = u.moves[-1]["to"] if u.moves else u.owner0
    return units


def _moves(units, customers, seed):
    for u in units:
        rr = R("seventhgen", seed, "move", u.serial)
        if rr.random() > 0.09:
            continue
        c = u.owner0
        if c.region in ("sg", "my", "mo"):
            continue
        targets = [o for o in customers if o is not c and o.region == c.region and u.family in CU.SECTOR_FAMILIES[o.sector]]
        if not targets:
            continue
        # prefer the same institution, brand or city
        best = [o for o in targets if o.inst == c.inst or (c.brand and o.brand == c.brand)] or \
               [o for o in targets if o.city == c.city] or \
               [o for o in targets if o.sector == c.sector and c.sector in ("factory", "ev", "coldchain", "dental")]
        if not best:
            continue
        to = rr.choice(best)
        lo = add_months(u.install, 12)
        hi = dt.date(2025, 6, 30)
        if lo >= hi:
            continue
        d = workday(lo + dt.timedelta(days=rr.randint(0, (hi - lo).days)), rr, 0)
        u.moves.append({"date": d, "from": c, "to": to})


def owner_on(u, d):
    o = u.owner0
    for m in u.moves:
        if d >= m["date"]:
            o = m["to"]
    return o


class Visit:
    __slots__ = ("unit", "date", "type", "eng", "fault", "has_cause", "vid", "complaint", "owner", "seq", "remote")


def build_lives(units, seed):
    vid = 0
    phone = []
    for u in units:
        rr = R("seventhgen", seed, "life", u.serial)
        c0 = u.owner0
        raw = [(u.install, "install")]
        interval = 12 if u.family in ("refractor", "ios") else 6
        d = add_months(u.install, interval)
        while d <= END:
            if d <= u.warranty or owner_on(u, d).contract:
                raw.append((d + dt.timedelta(days=rr.randint(-12, 12)), "maintenance"))
                if u.family in INSPECTED and owner_on(u, d).contract:
                    mid = add_months(d, interval // 2) if interval == 6 else add_months(d, 6)
                    if rr.random() < 0.7:
                        raw.append((add_months(d, 3) + dt.timedelta(days=rr.randint(-7, 7)), "inspection"))
            d = add_months(d, interval)
        if u.family in CALIBRATED:
            d = add_months(u.install, 12)
            while d <= END:
                if d <= u.warranty or owner_on(u, d).contract or rr.random() < 0.5:
                    raw.append((d + dt.timedelta(days=rr.randint(-20, 20)), "calibration"))
                d = add_months(d, 12)
        d = u.install
        while True:
            d = d + dt.timedelta(days=max(12, int(rr.expovariate(1 / 190.0))))
            if d > END:
                break
            raw.append((d, "repair"))
        if u.family in UPGRADABLE:
            for _ in range(rr.choice([0, 1, 1, 2])):
                raw.append((u.install + dt.timedelta(days=rr.randint(60, max(61, (END - u.install).days))), "upgrade"))
        for m in u.moves:
            raw.append((m["date"], "relocation"))
        raw.sort(key=lambda x: (x[0], x[1] not in ("install", "relocation"), x[1]))
        fixed = set(d for d, t in raw if t in ("install", "relocation"))
        used = set()
        visits = []
        for d, t in raw:
            if t not in ("install", "relocation"):
                d = workday(max(d, u.install + dt.timedelta(days=1)), rr)
                while d in used or d in fixed:
                    d = workday(d + dt.timedelta(days=1), rr)
            if d > END:
                continue
            used.add(d)
            v = Visit()
            v.unit = u
            v.date = d
            v.type = t
            owner = owner_on(u, d)
            v.owner = owner
            r = rr.random()
            if owner.region in ("cn", "hk", "sg") and r < 0.04:
                v.eng = "E19"
            elif r < 0.09:
                v.eng = "E18"
            elif r < 0.65:
                v.eng = owner.usual
            else:
                v.eng = rr.choice(REGION_POOL[owner.region])
            v.fault = rr.randrange(len(FAULTS[u.family])) if t == "repair" else None
            v.has_cause = t == "repair" and rr.random() < 0.8
            vid += 1
            v.vid = vid
            v.seq = rr.randint(100, 9999)
            v.complaint = None
            v.remote = False
            if t == "repair" and rr.random() < 0.3:
                rec = d - dt.timedelta(days=rr.choice([0, 0, 1, 1, 2, 3, 4]))
                if rec >= u.install:
                    v.complaint = {"received": rec, "channel": rr.randrange(6), "urgency": rr.randrange(3)}
            visits.append(v)
        visits.sort(key=lambda v: v.date)
        u.visits = visits
        # complaints settled by phone or remote session
        for k in range(rr.choice([0, 0, 1, 1, 2])):
            d = u.install + dt.timedelta(days=rr.randint(30, max(31, (END - u.install).days)))
            if d > END:
                continue
            d = workday(d, rr)
            vid += 1
            pc = Visit()
            pc.unit = u
            pc.date = d
            pc.type = "phone"
            pc.owner = owner_on(u, d)
            pc.eng = pc.owner.usual if rr.random() < 0.6 else rr.choice(REGION_POOL[pc.owner.region])
            pc.fault = rr.randrange(len(FAULTS[u.family]))
            pc.has_cause = rr.random() < 0.6
            pc.vid = vid
            pc.seq = rr.randint(100, 9999)
            pc.complaint = {"received": d, "channel": rr.randrange(6), "urgency": rr.randrange(3)}
            pc.remote = True
            phone.append(pc)
    return phone
