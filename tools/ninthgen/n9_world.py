# -*- coding: utf-8 -*-
"""ninthgen world: customers and their written names, units, moves, service lives, complaints."""
import datetime as dt
import hashlib
import random
import unicodedata

import n9_data as D
from n9_zh import to_hant, to_hans

END = dt.date(2025, 10, 10)


def rng(*parts):
    h = hashlib.sha256("/".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def iso(d):
    return d.isoformat()


def pdate(s):
    return dt.date.fromisoformat(s)


def workday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def norm_form(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = to_hans(s)
    return "".join(ch for ch in s if ch.isalnum())


class World:
    def __init__(self, seed, ndocs):
        self.seed = seed
        self.ndocs = ndocs
        self.engineers = {e[0]: e for e in D.ENGINEERS}
        self._customers()
        self._units()
        self._moves()
        self._lives()

    # ------------------------------------------------------------ customers
    def _customers(self):
        n = max(12, min(120, self.ndocs // 22))
        cur = D.CURATED[:n] if n < len(D.CURATED) else list(D.CURATED)
        custs = []
        for row in cur:
            (key, region, city, name, dept, inst, english, abbr, shorts, enforms, hant, addr, fams, former) = row
            custs.append(dict(key=key, region=region, city=city, name=name, dept=dept, inst=inst, english=english,
                              abbr=abbr, shorts=list(shorts), enforms=list(enforms), addr=addr, fams=list(fams),
                              former=former or []))
        r = rng("ninthgen", self.seed, "filler")
        combos = [(c, k) for c in D.FILLER_CITIES for k in range(len(D.FILLER_KINDS))]
        r.shuffle(combos)
        used = set()
        i = 0
        while len(custs) < n and i < len(combos):
            c, k = combos[i]
            i += 1
            if (c, k) in used:
                continue
            used.add((c, k))
            suf, enp, inst, short, fams = D.FILLER_KINDS[k]
            dept = D.FILLER_DEPTS[r.randrange(len(D.FILLER_DEPTS))]
            name = c + suf
            cpy = D.CITY_PINYIN[c]
            english = enp.format(c=cpy.split(" (")[0])
            district = r.choice(["人民路", "解放路", "建设路", "文化路", "健康路", "新华路", "滨江路"])
            custs.append(dict(key="f%d" % i, region="cn", city=c, name=name, dept=dept, inst=inst, english=english,
                              abbr=None, shorts=[c + short], enforms=[], fams=list(fams),
                              addr="%s市%s%d号" % (c, district, r.randint(3, 399)), former=[]))
        self.customers = []
        for idx, c in enumerate(custs):
            cid = "C%03d" % (idx + 1)
            c["id"] = cid
            c["number"] = "CH-%s-%04d" % ({"cn": "M", "tw": "T", "hk": "H"}.get(c["region"], "X"),
                                          1000 + (int(hashlib.sha256((cid + str(self.seed)).encode()).hexdigest()[:6], 16) % 9000))
            c["city_pinyin"] = D.CITY_PINYIN[c["city"]]
            c["traditional"] = c["name"] if c["region"] in ("tw", "hk") else (
                to_hant(c["name"], "tw") if c["region"] == "cn" else None)
            c["brand"] = c["shorts"][0] if c["shorts"] else c["abbr"]
            self.customers.append(c)
        self.cust = {c["id"]: c for c in self.customers}
        self._forms()

    def _forms(self):
        """forms[cid][lang] -> list of written forms (current name); former forms in fforms."""
        raw = {}
        for c in self.customers:
            f = {"zh-Hans": [], "zh-Hant": [], "en": []}
            name, dept, reg = c["name"], c["dept"], c["region"]
            if reg in ("cn", "tw", "hk"):
                zl = "zh-Hans" if reg == "cn" else "zh-Hant"
                f[zl].append(name)
                if dept:
                    f[zl] += [name + dept, name + " " + dept, dept + "（" + name + "）", name + "·" + dept,
                              name + "-" + dept]
                for s in c["shorts"]:
                    f[zl].append(s)
                    if dept and dept not in s and reg == "cn":
                        f[zl].append(s + dept)
                f[zl] = [x if zl == "zh-Hans" else x for x in f[zl]]
                if reg == "cn" and c["key"].startswith("f") is False and c["inst"] != "private":
                    pass
            # english
            en = c["english"]
            den = D.DEPT_EN.get(dept, "") if reg == "cn" else ""
            f["en"].append(en)
            f["en"].append(en.upper())
            if den:
                f["en"] += ["%s, %s" % (den, en), "%s – %s" % (en, den)]
            if c["abbr"]:
                f["en"].append(c["abbr"])
                if den:
                    f["en"].append("%s %s" % (c["abbr"], den))
            f["en"] += c["enforms"]
            if reg in ("cn", "tw", "hk"):
                f["en"].append("%s (%s)" % (en, name if reg == "cn" else name))
            raw[c["id"]] = f
        # drop forms shared by two customers
        owner = {}
        for cid, f in raw.items():
            for lang in f:
                for x in f[lang]:
                    owner.setdefault(norm_form(x), set()).add(cid)
        # former names compete too
        for c in self.customers:
            for fn in c["former"]:
                for x in (fn[0], fn[1]):
                    owner.setdefault(norm_form(x), set()).add(c["id"])
        self.forms = {}
        for cid, f in raw.items():
            out = {}
            for lang, xs in f.items():
                seen = []
                for x in xs:
                    if len(owner[norm_form(x)]) == 1 and x not in seen:
                        seen.append(x)
                out[lang] = seen
            self.forms[cid] = out
        for c in self.customers:
            fo = self.forms[c["id"]]
            if c["region"] == "cn":
                assert fo["zh-Hans"], c["name"]
            if c["region"] in ("tw", "hk"):
                assert fo["zh-Hant"], c["name"]
            assert fo["en"], c["name"]

    # ------------------------------------------------------------ units
    def _units(self):
        self.units = []
        r = rng("ninthgen", self.seed, "units")
        seqs = set()
        for c in self.customers:
            ru = rng("ninthgen", self.seed, "units", c["id"])
            k = ru.randint(3, 6) if not c["key"].startswith("f") else ru.randint(2, 4)
            for j in range(k):
                fam = ru.choice(c["fams"])
                fz, fe, models, style, pm, qc, multi = D.FAMILIES[fam]
                model = ru.choice(models)
                start = dt.date(2016, 3, 1)
                inst = workday(start + dt.timedelta(days=ru.randrange((dt.date(2024, 12, 20) - start).days)))
                purchase = inst - dt.timedelta(days=ru.randint(6, 45))
                wy = ru.choice([1, 2, 2, 3])
                try:
                    wu = inst.replace(year=inst.year + wy) - dt.timedelta(days=1)
                except ValueError:
                    wu = dt.date(inst.year + wy, 2, 28)
                while True:
                    s = r.randrange(100, 99999)
                    if s not in seqs:
                        seqs.add(s)
                        break
                L = D.SERIAL_LETTERS[r.randrange(len(D.SERIAL_LETTERS))]
                yy = "%02d" % (inst.year % 100)
                serial = style.format(yy=yy, L=L, s5="%05d" % s, s4="%04d" % (s % 10000), s3="%03d" % (s % 1000))
                if s % 10000 < 100 or serial in [u["serial"] for u in self.units]:
                    serial = style.format(yy=yy, L=L, s5="%05d" % s, s4="%04d" % (1000 + s % 9000), s3="%03d" % (100 + s % 900))
                self.units.append(dict(serial=serial, model=model, owner=c["id"], install_date=iso(inst),
                                       purchase_date=iso(purchase), warranty_until=iso(wu), family=fam, moves=[],
                                       _orig=c["id"], _contract=ru.random() < 0.65))
        # unique serials
        seen = set()
        for u in self.units:
            assert u["serial"] not in seen, u["serial"]
            seen.add(u["serial"])
        self.unit = {u["serial"]: u for u in self.units}

    def _moves(self):
        r = rng("ninthgen", self.seed, "moves")
        mobile = [u for u in self.units if u["family"] in ("MON", "INF", "VENT", "DEF", "US", "ECG", "CARM")
                  and self.cust[u["owner"]]["region"] == "cn"
                  and pdate(u["install_date"]) < dt.date(2023, 6, 1)]
        nmove = max(2, self.ndocs // 180)
        r.shuffle(mobile)
        cn = [c for c in self.customers if c["region"] == "cn"]
        for u in mobile[:nmove]:
            frm = u["owner"]
            fam = u["family"]
            cand = [c for c in cn if c["id"] != frm and fam in c["fams"]]
            same = [c for c in cand if c["city"] == self.cust[frm]["city"]]
            if not cand:
                continue
            to = (same or cand)[r.randrange(len(same or cand))]
            inst = pdate(u["install_date"])
            lo = inst + dt.timedelta(days=300)
            hi = dt.date(2025, 6, 30)
            d = workday(lo + dt.timedelta(days=r.randrange((hi - lo).days)))
            u["moves"].append({"date": iso(d), "from": frm, "to": to["id"]})
            u["owner"] = to["id"]

    def owner_at(self, u, d):
        if isinstance(d, str):
            d = pdate(d)
        o = u["moves"][0]["from"] if u["moves"] else u["owner"]
        for m in u["moves"]:
            if pdate(m["date"]) <= d:
                o = m["to"]
        return o

    def engineers_for(self, cid):
        c = self.cust[cid]
        reg = c["region"]
        if reg == "cn":
            pool = [e for e in D.ENGINEERS if e[5] == "cn"]
            rr = rng("ninthgen", self.seed, "eng", cid)
            rr.shuffle(pool)
            return [e[0] for e in pool[:3]]
        return {"tw": ["E11"], "hk": ["E12"], "au": ["E13"], "nz": ["E13"], "us": ["E14"]}[reg]

    # ------------------------------------------------------------ lives
    def _lives(self):
        self.events = []   # all visits
        self.complaints = []
        wo = rng("ninthgen", self.seed, "wo")
        used_numbers = set()

        def number():
            while True:
                n = wo.randrange(100000, 999999)
                if n not in used_numbers:
                    used_numbers.add(n)
                    return n

        for u in self.units:
            r = rng("ninthgen", self.seed, "life", u["serial"])
            fam = u["family"]
            fz, fe, models, style, pmm, qc, multi = D.FAMILIES[fam]
            inst = pdate(u["install_date"])
            wu = pdate(u["warranty_until"])
            evs = [dict(type="install", date=inst, span=(r.randint(2, 3) if multi else 1))]
            # pm
            if u["_contract"] or True:
                d = inst
                while True:
                    d = d + dt.timedelta(days=int(pmm * 30.4) + r.randint(-12, 12))
                    if d > END:
                        break
                    if d <= wu or u["_contract"]:
                        evs.append(dict(type="pm", date=d, span=1))
            if qc and (u["_contract"] or r.random() < 0.5):
                d = inst
                while True:
                    d = d + dt.timedelta(days=365 + r.randint(-20, 20))
                    if d > END:
                        break
                    evs.append(dict(type="qc", date=d, span=1))
            d = inst
            while True:
                d = d + dt.timedelta(days=max(12, int(r.expovariate(1 / 230.0))))
                if d > END:
                    break
                fi = r.randrange(len(D.FAULTS[fam]))
                sp = 2 if (fam in ("CT", "DR", "MG") and r.random() < 0.25) else 1
                evs.append(dict(type="repair", date=d, span=sp, fault=fi, has_cause=r.random() < 0.8))
            if fam in ("DR", "CT", "US", "MG", "MON"):
                for k in range(r.randint(0, 2)):
                    d = inst + dt.timedelta(days=r.randint(120, max(121, (END - inst).days)))
                    if d <= END:
                        evs.append(dict(type="upgrade", date=d, span=1,
                                        version="%d.%d.%d" % (r.randint(2, 6), r.randint(0, 9), r.randint(1, 30))))
            for m in u["moves"]:
                evs.append(dict(type="relocation", date=pdate(m["date"]), span=1, fixed=True))
            # working days, distinct days
            evs.sort(key=lambda e: (e["date"], e["type"]))
            taken = set()
            out = []
            movedays = set(pdate(m["date"]) for m in u["moves"])
            for e in evs:
                if e.get("fixed") or e["type"] == "install":
                    dd = e["date"]
                else:
                    dd = workday(e["date"])
                    while dd in taken or dd in movedays:
                        dd = workday(dd + dt.timedelta(days=1))
                if dd > END or dd in taken:
                    continue
                e["date"] = dd
                taken.add(dd)
                for k in range(1, e["span"]):
                    taken.add(dd + dt.timedelta(days=k))
                out.append(e)
            out.sort(key=lambda e: e["date"])
            for e in out:
                if e["span"] > 1:
                    end = e["date"] + dt.timedelta(days=e["span"] - 1)
                    if end.month != e["date"].month or end > END:
                        e["span"] = 1
                e["serial"] = u["serial"]
                e["unit"] = u
                e["customer"] = self.owner_at(u, e["date"])
                pool = self.engineers_for(e["customer"])
                if e["type"] in ("install", "upgrade") and r.random() < 0.12:
                    e["engineer"] = "E15"
                else:
                    e["engineer"] = pool[r.randrange(len(pool))]
                e["number"] = number()
                e["id"] = len(self.events)
                self.events.append(e)
                if e["type"] == "repair" and r.random() < 0.3:
                    rec = e["date"] - dt.timedelta(days=r.randint(0, 4))
                    if rec >= inst and (not u["moves"] or self.owner_at(u, rec) == e["customer"]):
                        self.complaints.append(dict(date=rec, visit=e, unit=u, customer=e["customer"],
                                                    fault=e["fault"], handler=e["engineer"], id=len(self.complaints)))
            for k in range(r.randint(0, 2)):
                d = inst + dt.timedelta(days=r.randint(30, max(31, (END - inst).days)))
                if d > END:
                    continue
                cid = self.owner_at(u, d)
                pool = self.engineers_for(cid)
                self.complaints.append(dict(date=d, visit=None, unit=u, customer=cid,
                                            fault=r.randrange(len(D.FAULTS[fam])), handler=pool[r.randrange(len(pool))],
                                            id=len(self.complaints)))

    def unit_events(self, u):
        return [e for e in self.events if e["serial"] == u["serial"]]

    def customers_json(self):
        out = []
        for c in self.customers:
            out.append({"id": c["id"], "name": c["name"], "city": c["city"], "city_pinyin": c["city_pinyin"],
                        "number": c["number"], "institution": c["inst"], "department": c["dept"] or None,
                        "english": c["english"], "brand": c["brand"], "traditional": c["traditional"],
                        "address": c["addr"],
                        "former_names": [{"name": f[0], "english": f[1], "until": f[2]} for f in c["former"]]})
        return {"customers": out}

    def units_json(self):
        out = []
        for u in self.units:
            out.append({k: u[k] for k in ("serial", "model", "owner", "install_date", "purchase_date",
                                           "warranty_until", "family", "moves")})
        return {"units": out}
