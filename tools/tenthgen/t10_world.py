# -*- coding: utf-8 -*-
"""tenthgen world: customers and their written names, units, moves, service lives, complaints."""
import datetime as dt
import hashlib
import random
import unicodedata

import t10_data as D
from t10_zh import to_simp, to_trad

END = dt.date(2025, 10, 10)
FOREIGN = {"sanwa", "kraemer", "hungsheng"}


def rng(*parts):
    h = hashlib.sha256("/".join(str(p) for p in ("tenthgen",) + parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def norm_form(s):
    s = to_simp(unicodedata.normalize("NFKC", s)).casefold()
    return "".join(c for c in s if c.isalnum())


def workday(d, forward=True):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1 if forward else -1)
    return d


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1])
    return dt.date(y, mo, day)


class Customer:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.forms = {"zh": [], "en": []}      # (form, needs_address) ; zh in the customer's own script
        self.old_forms = {"zh": [], "en": []}

    def json(self):
        return {"id": self.id, "name": self.name, "city": self.city, "city_pinyin": self.city_pinyin, "number": None,
                "institution": self.institution, "department": self.department, "english": self.english,
                "brand": self.brand, "traditional": self.traditional, "address": self.address,
                "former_names": [{"name": n, "english": e, "until": u} for n, e, u in self.former]}


def _dept_forms(base, dept, region):
    return [base + dept, base + " " + dept, base + "·" + dept, base + "-" + dept,
            dept + ("（%s）" % base)]


def build_customers(seed, n):
    r = rng(seed, "filler")
    custs = []
    for row in D.CURATED:
        key, region, city, cpy, reg, dept, eng, brand, extra, sector, addr, group, former = row
        custs.append(dict(key=key, region=region, city=city, city_pinyin=cpy, reg=reg, dept=dept, english=eng,
                          brand=brand, extra=extra, sector=sector, address=addr, group=group, former=former))
    brands = list(D.FILLER_BRANDS)
    r.shuffle(brands)
    k = 0
    while len(custs) < n:
        city, cpy = D.FILLER_CITIES[r.randrange(len(D.FILLER_CITIES))]
        b, bp = brands[k % len(brands)]
        ind = D.FILLER_INDUSTRY[r.randrange(len(D.FILLER_INDUSTRY))]
        k += 1
        reg = city + b + ind[0]
        if any(c["reg"] == reg for c in custs):
            continue
        dept = D.FILLER_DEPTS[r.randrange(len(D.FILLER_DEPTS))] if r.random() < 0.35 else None
        eng = "%s %s %s" % (cpy, bp, ind[2])
        road = r.choice(["工业大道", "兴业路", "创业路", "经一路", "科技园路", "港城路"])
        custs.append(dict(key="f%d" % k, region="cn", city=city, city_pinyin=cpy, reg=reg, dept=dept, english=eng,
                          brand=b + ind[1], extra=[city + b, "%s %s" % (bp, ind[2].split(" Co.")[0])],
                          sector=ind[3], address="%s市%s%d号" % (city, road, r.randrange(1, 400)), group=None, former=[]))
    if n < len(custs):   # small runs: an even spread of the curated list (all regions)
        n = max(n, 6)
        custs = [custs[k * len(custs) // n] for k in range(n)]
    out = []
    for i, c in enumerate(custs, 1):
        region = c["region"]
        dept = c["dept"]
        reg = c["reg"]
        if region == "cn":
            name = reg + (dept[0] if dept else "")
            trad = to_trad(name, "tw")
        else:
            trad = reg + (dept[0] if dept else "")
            name = to_simp(trad)
        cu = Customer(id="C%03d" % i, key=c["key"], region=region, city=c["city"], city_pinyin=c["city_pinyin"],
                      name=name, institution=to_simp(reg) if region != "cn" else reg,
                      department=(to_simp(dept[0]) if dept else None), dept=dept, reg=reg,
                      english=c["english"] + (" – " + dept[1] if dept else ""), eng_base=c["english"],
                      brand=c["brand"], traditional=trad, address=c["address"], former=c["former"],
                      sector=c["sector"], group=c["group"], foreign=c["key"] in FOREIGN, extra=c["extra"])
        zh = [reg] + [c["brand"]] + [e for e in c["extra"] if not e.isascii()]
        en = [c["english"], c["english"].upper()] + [e for e in c["extra"] if e.isascii()]
        if dept:
            zhf = []
            for base in zh:
                zhf += _dept_forms(base, dept[0], region)
            zhf += zh
            enf = [e + " – " + dept[1] for e in en[:1]] + ["%s, %s" % (dept[1], e) for e in en[:1]]
            enf += ["%s %s" % (e, dept[1]) for e in en[2:]] + en
            zh, en = zhf, enf
        en.append("%s (%s)" % (c["english"], reg))
        cu.forms = {"zh": zh, "en": en}
        cu.old_forms = {"zh": [], "en": []}
        for oname, oeng, until in c["former"]:
            cu.old_forms["zh"].append(oname + (dept[0] if dept else ""))
            cu.old_forms["en"].append(oeng)
        out.append(cu)
    # drop any form two customers could write
    seen = {}
    for cu in out:
        for lang in ("zh", "en"):
            for f in cu.forms[lang] + cu.old_forms[lang]:
                seen.setdefault(norm_form(f), set()).add(cu.id)
    for cu in out:
        for lang in ("zh", "en"):
            cu.forms[lang] = [f for f in dict.fromkeys(cu.forms[lang]) if len(seen[norm_form(f)]) == 1]
            cu.old_forms[lang] = [f for f in dict.fromkeys(cu.old_forms[lang]) if len(seen[norm_form(f)]) == 1]
        assert cu.forms["zh"] and cu.forms["en"], cu.id
    return out


class Unit:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def owner_on(self, d):
        o = self.moves[0]["from"] if self.moves else self.owner
        for m in self.moves:
            if d >= m["date"]:
                o = m["to"]
        return o

    def json(self):
        return {"serial": self.serial, "model": self.model, "owner": self.owner, "install_date": self.install.isoformat(),
                "purchase_date": self.purchase.isoformat(), "warranty_until": self.warranty.isoformat(),
                "family": self.family, "moves": [{"date": m["date"].isoformat(), "from": m["from"], "to": m["to"]}
                                                 for m in self.moves]}


def build_units(seed, customers):
    units = []
    used = set()
    for cu in customers:
        r = rng(seed, "units", cu.id)
        fams = D.SECTOR_FAMILIES[cu.sector]
        nunits = r.choice([2, 3, 3, 4, 4, 5, 6])
        for _ in range(nunits):
            fam = r.choices(sorted(fams), [fams[k] for k in sorted(fams)])[0]
            model = r.choice(D.FAMILIES[fam][3])
            inst = workday(dt.date(2016, 3, 1) + dt.timedelta(days=r.randrange(0, 2800)))
            while True:
                s = D.make_serial(model, inst.year % 100, max(1, inst.month - r.randrange(0, 2)), r.randrange(1000, 99999))
                if s not in used:
                    used.add(s)
                    break
            purchase = inst - dt.timedelta(days=r.randrange(5, 45))
            warranty = add_months(inst, r.choice([12, 12, 18, 24, 36])) - dt.timedelta(days=1)
            units.append(Unit(serial=s, model=model, family=fam, owner=cu.id, install=inst, purchase=purchase,
                              warranty=warranty, moves=[], contract=r.random() < 0.65))
    # moves: between plants of a group / company, and sales between customers
    r = rng(seed, "moves")
    byid = {c.id: c for c in customers}
    pairs = []
    for a in customers:
        for b in customers:
            if a.id != b.id and ((a.group and a.group == b.group) or (a.reg == b.reg)):
                pairs.append((a.id, b.id))
    cands = [u for u in units if u.install < dt.date(2022, 1, 1)]
    r.shuffle(cands)
    nmove = 0
    for u in cands:
        if nmove >= 11:
            break
        src = u.owner
        opts = [b for a, b in pairs if a == src]
        if not opts or r.random() < 0.45:
            sect = byid[src].sector
            opts = [c.id for c in customers if c.id != src and c.region == byid[src].region
                    and c.sector == sect]
        if not opts:
            continue
        dst = r.choice(sorted(opts))
        md = workday(u.install + dt.timedelta(days=r.randrange(500, 1300)))
        if md >= END - dt.timedelta(days=60):
            continue
        u.moves = [{"date": md, "from": src, "to": dst}]
        u.owner = dst
        nmove += 1
    return units


class Visit:
    def __init__(self, **kw):
        self.complaint = None
        self.__dict__.update(kw)


def build_lives(seed, customers, units):
    """Every unit's visits (sorted) and complaints. Engineers per customer."""
    byid = {c.id: c for c in customers}
    cn_eng = [e for e in D.ENGINEERS if e[4] == "cn"]
    for cu in customers:
        r = rng(seed, "eng", cu.id)
        if cu.region == "cn":
            cu.engineers = [e[0] for e in r.sample(cn_eng, 3)]
        elif cu.region == "tw":
            cu.engineers = ["E11", "E12"]
        else:
            cu.engineers = ["E13"]
    numbers = set()
    complaints = []
    for u in units:
        r = rng(seed, "life", u.serial)
        taken = set()
        visits = []

        def num():
            while True:
                n = "LT%06d" % r.randrange(100000, 999999)
                if n not in numbers:
                    numbers.add(n)
                    return n

        def add(d, typ, fault=None):
            d = workday(d)
            while d in taken:
                d = workday(d + dt.timedelta(days=1))
            if d > END:
                return None
            owner = u.owner_on(d)
            engs = byid[owner].engineers
            eng = r.choice(engs)
            if typ == "repair" and byid[owner].foreign and r.random() < 0.2:
                eng = r.choice(["E14", "E15"])
            taken.add(d)
            v = Visit(unit=u, date=d, type=typ, fault=fault, eng=eng, number=num(), owner=owner,
                      cause=(r.random() < 0.8), days=1)
            visits.append(v)
            return v
        add(u.install, "install")
        for m in u.moves:
            taken.discard(m["date"])
            add(m["date"], "relocation")
        under = u.contract
        step = 6 if u.family in ("compressor", "ups", "battery", "forklift", "chiller") else 12
        d = add_months(u.install, step)
        while d <= END:
            if d <= u.warranty or under:
                if r.random() < 0.85 and not any(m["date"] == workday(d) for m in u.moves):
                    add(d + dt.timedelta(days=r.randrange(-5, 10)), "pm")
            d = add_months(d, step)
        if u.family in ("forklift", "battery"):
            d = add_months(u.install, 12)
            while d <= END:
                add(d + dt.timedelta(days=r.randrange(0, 20)), "inspection" if u.family == "forklift" else "captest")
                d = add_months(d, 12)
        d = u.install + dt.timedelta(days=int(r.expovariate(1 / 240.0)) + 20)
        nf = len(D.FAULTS[u.family])
        while d <= END:
            add(d, "repair", r.randrange(nf))
            d += dt.timedelta(days=int(r.expovariate(1 / 240.0)) + 15)
        visits.sort(key=lambda v: v.date)
        u.visits = visits
        for v in visits:
            if v.type == "repair" and r.random() < 0.3:
                rd = v.date - dt.timedelta(days=r.randrange(0, 5))
                if rd >= u.install and u.owner_on(rd) == v.owner:
                    c = {"unit": u, "received": rd, "visit": v, "fault": v.fault, "owner": v.owner,
                         "handler": v.eng, "channel": r.choice(["phone", "mail", "wechat"])}
                    v.complaint = c
                    complaints.append(c)
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            rd = workday(u.install + dt.timedelta(days=r.randrange(60, max(61, (END - u.install).days))))
            if rd > END:
                continue
            owner = u.owner_on(rd)
            complaints.append({"unit": u, "received": rd, "visit": None, "fault": r.randrange(len(D.FAULTS[u.family])),
                               "owner": owner, "handler": r.choice(byid[owner].engineers),
                               "channel": r.choice(["phone", "mail", "wechat"])})
    complaints.sort(key=lambda c: (c["received"], c["unit"].serial))
    return complaints
