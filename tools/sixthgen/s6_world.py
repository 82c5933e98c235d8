"""sixthgen world: customers with their name forms, units with their service lives, complaints.

Everything is drawn from random.Random instances seeded with strings (rng(seed, ...)), so the
world is the same whatever PYTHONHASHSEED is.  Nothing iterates over a set.
"""
import datetime as dt
import random
import unicodedata

from s6_institutions import INSTITUTIONS, PRIORITY, filler_institution
from s6_text import (DEPTS, FAMILIES, ENGINEERS, REGION_ENGINEERS, FOREIGN_ENGINEER, CONTACTS)
from s6_zh import to_trad, to_simp

D = dt.date
START = D(2018, 1, 1)          # first visit written in the archive
END = D(2025, 10, 31)          # last visit
TRAD_REGIONS = ("tw", "hk", "mo")


def rng(seed, *parts):
    return random.Random("sixthgen/%s/%s" % (seed, "/".join(str(p) for p in parts)))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30,
            31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def norm_form(s):
    """Key for comparing customer names: NFKC, case-folded, simplified, letters and digits only."""
    s = to_simp(unicodedata.normalize("NFKC", s)).casefold()
    return "".join(ch for ch in s if ch.isalnum())


# ---------------------------------------------------------------------------------------------
class Form:
    __slots__ = ("text", "script", "placeless", "era", "registered")

    def __init__(self, text, script, placeless, era, registered=False):
        self.text, self.script, self.placeless, self.era, self.registered = text, script, placeless, era, registered

    def __repr__(self):
        return f"Form({self.text!r},{self.script},{'P' if self.placeless else ''}{self.era})"


class Customer:
    def __init__(self, cid, inst, dept):
        self.id = cid
        self.inst = inst
        self.region = inst["region"]
        self.dept_key, dept_zh, dept_en = dept
        self.dept_zh, self.dept_en = dept_zh, dept_en
        campus_zh, campus_en = inst.get("campus", ("", ""))
        trad = self.region in TRAD_REGIONS
        full_zh = inst["zh"] + campus_zh + (dept_zh or "")
        self.name = to_simp(full_zh) if trad else full_zh
        self.traditional = full_zh if trad else to_trad(full_zh, None)
        en_inst = inst["en"] + (f", {campus_en}" if campus_en else "")
        self.english = f"{dept_en}, {en_inst}" if dept_en else en_inst
        self.city = inst["city"]
        self.city_en = inst["city_en"]
        self.addr_zh, self.addr_en = inst["addr"]
        self.address = self.addr_en if self.region in ("sg", "my") else self.addr_zh
        self.number = inst.get("number")
        self.brand = inst.get("brand")
        self.department = (to_simp(dept_zh) if trad else dept_zh) if dept_zh else None
        self.families = inst.get("fam") or DEPTS[self.dept_key]["fam"]
        old = inst.get("old")
        self.rename_date = (D.fromisoformat(old["until"]) + dt.timedelta(days=1)) if old else None
        self.forms = []          # filled by World._make_forms
        self.contract = False
        self.usual = None
        self.contacts = []

    def json(self):
        return {
            "id": self.id, "name": self.name, "city": self.city, "city_pinyin": self.city_en,
            "number": self.number, "institution": self.inst["kind"], "department": self.department,
            "english": self.english, "brand": self.brand, "traditional": self.traditional,
            "address": self.address,
            "former_names": ([{"name": (to_simp(self.inst["old"]["zh"]) + (self.dept_zh and to_simp(self.dept_zh) or ""))
                               if self.region in TRAD_REGIONS else self.inst["old"]["zh"] + (self.dept_zh or ""),
                               "english": self.inst["old"]["en"], "until": self.inst["old"]["until"]}]
                             if self.rename_date else []),
        }

    @property
    def zh_script(self):
        return "T" if self.region in TRAD_REGIONS else "S"

    def eras_at(self, date, r):
        if not self.rename_date or date is None:
            return ("any", "new", "old") if not self.rename_date else ("any", "new")
        if date < self.rename_date:
            return ("any", "old")
        return ("any", "new", "old") if r.random() < 0.15 else ("any", "new")

    def pick_form(self, script, date, has_place, r, registered=None):
        """A written name for a document in `script` (S, T or E) dated `date`.
        registered=True: the registered name; False: an everyday name; None: either."""
        eras = self.eras_at(date, r)
        cands = [f for f in self.forms if f.script == script and f.era in eras
                 and (has_place or not f.placeless)]
        if registered is True:
            regs = [f for f in cands if f.registered]
            if regs:
                return regs[0].text
        elif registered is False:
            everyday = [f for f in cands if not f.registered]
            if everyday:
                cands = everyday
        if not cands:
            cands = [f for f in self.forms if f.script == script and f.registered] or \
                    [f for f in self.forms if f.registered]
        return r.choice(cands).text


class Visit:
    __slots__ = ("unit", "date", "type", "fault", "has_cause", "eng", "seq", "customer", "extra", "complaint")

    def __init__(self, unit, date, vtype):
        self.unit, self.date, self.type = unit, date, vtype
        self.fault = None          # index into the family's faults (repairs)
        self.has_cause = False
        self.eng = None
        self.seq = 0               # global visit number, used to make slip numbers
        self.customer = None       # owner on the visit day
        self.extra = {}
        self.complaint = None


class Complaint:
    __slots__ = ("unit", "received", "fault", "handler", "visit", "customer", "seq", "channel")

    def __init__(self, unit, received, fault, handler, visit, customer, seq, channel):
        self.unit, self.received, self.fault, self.handler = unit, received, fault, handler
        self.visit, self.customer, self.seq, self.channel = visit, customer, seq, channel


class Unit:
    def __init__(self, serial, model, family, install, purchase, warranty_until):
        self.serial, self.model, self.family = serial, model, family
        self.install, self.purchase, self.warranty_until = install, purchase, warranty_until
        self.owners = []           # [(from_date, customer id)]
        self.moves = []            # [{"date","from","to"}]
        self.visits = []
        self.complaints = []

    @property
    def owner(self):
        return self.owners[-1][1]

    def owner_at(self, d):
        cur = self.owners[0][1]
        for since, cid in self.owners:
            if d >= since:
                cur = cid
        return cur

    def json(self):
        return {"serial": self.serial, "model": self.model, "owner": self.owner,
                "install_date": self.install.isoformat(), "purchase_date": self.purchase.isoformat(),
                "warranty_until": self.warranty_until.isoformat(), "family": self.family,
                "moves": [{"date": m["date"].isoformat(), "from": m["from"], "to": m["to"]} for m in self.moves]}


# ---------------------------------------------------------------------------------------------
# Serial numbers: one nameplate style per family, never the letters I or O.
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_serial(family, model_idx, install, r):
    yy = install.year % 100
    ww = install.isocalendar()[1]
    mo = install.month
    n = r.randrange(1, 9999)
    L = lambda: r.choice(LETTERS)
    if family == "hba1c":
        return f"G{9 if model_idx == 0 else 3}H{yy:02d}{ww:02d}-{n:04d}"
    if family == "esr":
        return f"S{model_idx + 1}0{yy:02d}-{n:04d}{L()}"
    if family == "tissue":
        return f"TP{10 if model_idx == 0 else 30}N{yy:02d}{n:04d}"
    if family == "stainer":
        return f"{26 if model_idx == 0 else 28}SC{yy:02d}{L()}{n:04d}"
    if family == "water":
        return f"WQ{yy:02d}{mo:02d}{L()}{n:04d}"
    if family == "icpms":
        return f"JP{yy:02d}{ww:02d}{n:04d}"
    if family == "router":
        return f"R{'6608' if model_idx == 0 else '3200'}-{yy:02d}{L()}{L()}-{n:05d}"
    if family == "backup":
        return f"BKX{5 if model_idx == 0 else 8}-{yy:02d}Q{(mo - 1) // 3 + 1}-{n:04d}"
    if family == "poe":
        return f"G{L()}{L()}{yy:02d}{ww:02d}{n:04d}{L()}"
    if family == "envmon":
        return f"{'EM880' if model_idx == 0 else 'RSP'}-{yy:02d}-{n:04d}"
    if family == "lfups":
        return f"GF{33 if model_idx == 0 else 60}{yy:02d}{mo:02d}{n:04d}"
    if family == "dcsys":
        return f"DZ{110 if model_idx == 0 else 114}-{yy:02d}{mo:02d}-{n:04d}"
    if family == "nicd":
        return f"GNC{200 if model_idx == 0 else 300}-{yy:02d}-{n:04d}-{r.randrange(1, 4):02d}"
    if family == "inverter":
        return f"NB{5 if model_idx == 0 else 3}K{yy:02d}{n:05d}"
    raise KeyError(family)


# ---------------------------------------------------------------------------------------------
class World:
    def __init__(self, n_docs, seed):
        self.seed = seed
        self.n_customers = max(12, min(120, n_docs // 22))
        self.customers = []
        self.by_id = {}
        self.units = []
        self.unit_by_serial = {}
        self.engineers = {e[0]: e for e in ENGINEERS}
        self.visit_seq = 0
        self._make_customers()
        self._make_forms()
        self._make_units()
        self._make_moves()
        self._make_lives()
        self._make_complaints()

    # -- customers --------------------------------------------------------------------------
    def _make_customers(self):
        insts = {i["key"]: i for i in INSTITUTIONS}
        picks = []
        for key, di in PRIORITY[:self.n_customers]:
            picks.append((insts[key], insts[key]["depts"][di]))
        i = 0
        while len(picks) < self.n_customers:
            inst = filler_institution(i, rng(self.seed, "filler", i))
            picks.append((inst, inst["depts"][0]))
            i += 1
        for k, (inst, dept) in enumerate(picks):
            c = Customer("KH%03d" % (k + 1), inst, dept)
            r = rng(self.seed, "customer", c.id)
            c.contract = r.random() < 0.65
            pool = REGION_ENGINEERS[c.region]
            c.usual = pool[r.randrange(len(pool))] if c.region == "cn" else pool[0]
            c.contacts = r.sample(CONTACTS[c.region], 2)
            self.customers.append(c)
            self.by_id[c.id] = c
        self.inst_count = {}
        for c in self.customers:
            self.inst_count[c.inst["key"]] = self.inst_count.get(c.inst["key"], 0) + 1

    def _dept_writings(self, c, script):
        if not c.dept_key:
            return []
        d = DEPTS[c.dept_key]
        if script == "E":
            reg = [c.dept_en]
            rest = list(d["en"]) + (list(d["ms"]) if c.region == "my" else [])
        elif script == "T":
            reg = [c.dept_zh]
            rest = list(d["tw"] if c.region == "tw" else d["hk"])
        else:
            reg = [c.dept_zh]
            rest = list(d["zh"])
        out = []
        for w in reg + rest:
            if w and w not in out:
                out.append(w)
        return out

    def _make_forms(self):
        raw = {}   # customer id -> list of Form
        for c in self.customers:
            r = rng(self.seed, "forms", c.id)
            inst = c.inst
            old = inst.get("old")
            campus_zh, campus_en = inst.get("campus", ("", ""))
            forms = []

            def add(text, script, placeless, era, registered=False):
                text = " ".join(text.split()) if script == "E" else text
                for f in forms:
                    if f.text == text and f.script == script:
                        return
                forms.append(Form(text, script, placeless, era, registered))

            zh_script = c.zh_script
            new_era = "new" if old else "any"
            # registered names
            add(inst["zh"] + campus_zh + (c.dept_zh or ""), zh_script, False, new_era, True)
            add(c.english, "E", False, new_era, True)
            if old:
                add(old["zh"] + campus_zh + (c.dept_zh or ""), zh_script, False, "old", True)
                add((f"{c.dept_en}, " if c.dept_en else "") + old["en"] + (f", {campus_en}" if campus_en else ""),
                    "E", False, "old", True)
            # everyday Chinese names
            zh_names = [(inst["zh"] + campus_zh, False, new_era)] + list(inst["zs"])
            if old:
                zh_names.append((old["zh"] + campus_zh, False, "old"))
                zh_names += list(old.get("zs", []))
            depts = self._dept_writings(c, zh_script)
            for n, pl, era in zh_names:
                add(n, zh_script, pl, era)
                for d in r.sample(depts, min(3, len(depts))):
                    joins = [n + d, n + " " + d, n + "（" + d + "）", n + "(" + d + ")", d + "（" + n + "）",
                             n + "·" + d]
                    for j in r.sample(joins, 2):
                        add(j, zh_script, pl, era)
            # English, Malay, Portuguese names
            en_names = [(inst["en"] + (f" {campus_en}" if campus_en else ""), False, new_era)] + list(inst["es"])
            if old:
                en_names.append((old["en"], False, "old"))
                en_names += list(old.get("es", []))
            edepts = self._dept_writings(c, "E")
            eshort = list(DEPTS[c.dept_key]["en_short"]) if c.dept_key else []
            for n, pl, era in en_names:
                add(n, "E", pl, era)
                for d in r.sample(edepts, min(3, len(edepts))):
                    joins = [f"{n}, {d}", f"{d}, {n}", f"{n} – {d}", f"{n} ({d})", f"{n} - {d}"]
                    for j in r.sample(joins, 2):
                        add(j, "E", pl, era)
                if eshort:
                    add(f"{n} {r.choice(eshort)}", "E", pl, era)
                if r.random() < 0.25 and not pl:
                    add(n.upper(), "E", pl, era)
            raw[c.id] = forms
        # drop every form another customer could also write (placeless ones: in the same city)
        owners = {}
        for c in self.customers:
            for f in raw[c.id]:
                owners.setdefault(norm_form(f.text), []).append((c, f))
        for c in self.customers:
            keep = []
            for f in raw[c.id]:
                clash = False
                for oc, of in owners[norm_form(f.text)]:
                    if oc is c:
                        continue
                    if not (f.placeless and of.placeless) or oc.city == c.city:
                        clash = True
                        break
                if f.registered or not clash:
                    keep.append(f)
            c.forms = keep

    # -- units ------------------------------------------------------------------------------
    def _make_units(self):
        used = set()
        for c in self.customers:
            r = rng(self.seed, "units", c.id)
            n = r.choices([2, 3, 4, 5, 6], [15, 30, 30, 15, 10])[0]
            for k in range(n):
                fam = c.families[r.randrange(len(c.families))] if k >= len(c.families) or r.random() < 0.4 \
                    else c.families[k]
                mi = r.randrange(2)
                model = FAMILIES[fam]["models"][mi]
                install = D(2016, 3, 1) + dt.timedelta(days=r.randrange((D(2024, 10, 31) - D(2016, 3, 1)).days))
                while install.weekday() == 6:
                    install += dt.timedelta(days=1)
                purchase = install - dt.timedelta(days=r.randrange(3, 76))
                group = FAMILIES[fam]["group"]
                years = r.choice([1, 2, 3]) if group == "lab" else (3 if group == "it" else r.choice([2, 3, 5]))
                warranty = add_months(install, 12 * years) - dt.timedelta(days=1)
                while True:
                    serial = make_serial(fam, mi, install, r)
                    key = "".join(ch for ch in serial if ch.isalnum())
                    if key not in used:
                        used.add(key)
                        break
                u = Unit(serial, model, fam, install, purchase, warranty)
                u.owners.append((install, c.id))
                self.units.append(u)
                self.unit_by_serial[serial] = u

    def _make_moves(self):
        """About 8 % of the mainland and Taiwan units move once to a customer of the same kind."""
        for u in self.units:
            r = rng(self.seed, "move", u.serial)
            src = self.by_id[u.owner]
            if src.region not in ("cn", "tw") or r.random() >= 0.08:
                continue
            targets = [c for c in self.customers if c is not src and c.region == src.region
                       and u.family in c.families and c.dept_key == src.dept_key]
            if not targets:
                targets = [c for c in self.customers if c is not src and c.region == src.region
                           and u.family in c.families and c.inst["kind"] == src.inst["kind"]]
            first = max(add_months(u.install, 12), START + dt.timedelta(days=90))
            last = D(2025, 6, 30)
            if not targets or first >= last:
                continue
            dst = targets[r.randrange(len(targets))]
            d = first + dt.timedelta(days=r.randrange((last - first).days))
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            u.owners.append((d, dst.id))
            u.moves.append({"date": d, "from": src.id, "to": dst.id})

    # -- service lives ------------------------------------------------------------------------
    def _engineer(self, c, r):
        if r.random() < 0.03:
            return FOREIGN_ENGINEER
        if r.random() < 0.6:
            return c.usual
        pool = REGION_ENGINEERS[c.region]
        return pool[r.randrange(len(pool))]

    def _make_lives(self):
        for u in self.units:
            r = rng(self.seed, "life", u.serial)
            fam = FAMILIES[u.family]
            ev = []
            if u.install >= START:
                ev.append((u.install, "install"))
            step = fam["pm"]
            d = add_months(u.install, step)
            k = 0
            while d <= END:
                owner = self.by_id[u.owner_at(d)]
                if d <= u.warranty_until or owner.contract:
                    vt = "inspect" if fam.get("inspect") and k % 2 == 1 else "pm"
                    ev.append((d + dt.timedelta(days=r.randrange(-10, 15)), vt))
                k += 1
                d = add_months(u.install, step * (k + 1))
            if fam["calib"]:
                d = add_months(u.install, 12) + dt.timedelta(days=r.randrange(5, 40))
                while d <= END:
                    ev.append((d, "calib"))
                    d = add_months(d, 12) + dt.timedelta(days=r.randrange(-15, 15))
            d = u.install
            while True:
                d = d + dt.timedelta(days=int(r.expovariate(1 / 190.0)) + 7)
                if d > END:
                    break
                ev.append((d, "repair"))
            if fam["upgrade"]:
                for _ in range(r.choice([0, 1, 1, 2])):
                    d = u.install + dt.timedelta(days=r.randrange(120, max(121, (END - u.install).days)))
                    ev.append((d, "upgrade"))
            for m in u.moves:
                ev.append((m["date"], "relocate"))
            taken = {m["date"] for m in u.moves}   # a relocation day is fixed; others move aside
            ev.sort(key=lambda e: (e[0], e[1]))
            visits = []
            for d, vt in ev:
                if vt not in ("relocate", "install"):
                    if d.weekday() == 6:
                        d += dt.timedelta(days=1)
                    elif d.weekday() == 5 and r.random() < 0.7:
                        d -= dt.timedelta(days=1)
                    while d in taken or d.weekday() == 6:
                        d += dt.timedelta(days=1)
                    if d < START or d > END or d <= u.install:
                        continue
                if vt == "install" and d in taken:
                    continue
                if vt != "relocate":
                    taken.add(d)
                visits.append(Visit(u, d, vt))
            visits.sort(key=lambda v: v.date)
            # moves: visits right before a move keep the old owner; the relocation visit is the new
            versions = ([("V5R2C10SPC300", "V5R2C10SPC500"), ("V1.8.209", "V2.0.031"), ("V7.1.035", "V7.1.070")]
                        if fam["group"] == "it" else
                        [("V2.3.118", "V2.4.206"), ("V3.0.052", "V3.1.117"), ("Build 4471", "Build 4630")])
            for v in visits:
                self.visit_seq += 1
                v.seq = self.visit_seq
                v.customer = u.owner_at(v.date)
                c = self.by_id[v.customer]
                v.eng = self._engineer(c, r)
                if v.type == "repair":
                    v.fault = r.randrange(len(fam["faults"]))
                    v.has_cause = r.random() < 0.8
                elif v.type == "upgrade":
                    v.extra["versions"] = versions[r.randrange(len(versions))]
                elif v.type == "relocate":
                    m = [m for m in u.moves if m["date"] == v.date][0]
                    v.extra["from"], v.extra["to"] = m["from"], m["to"]
            u.visits = visits

    def _make_complaints(self):
        seq = 0
        channels = ["phone", "email", "chat", "letter", "form"]
        for u in self.units:
            r = rng(self.seed, "complaints", u.serial)
            days = {v.date for v in u.visits}
            comps = []
            for v in u.visits:
                if v.type == "repair" and r.random() < 0.30:
                    back = r.choice([0, 0, 1, 1, 2, 3, 4])
                    d = v.date - dt.timedelta(days=back)
                    while d != v.date and (d in days or d < u.install or d.weekday() == 6):
                        d += dt.timedelta(days=1)
                    if u.owner_at(d) != v.customer:
                        continue
                    seq += 1
                    cp = Complaint(u, d, v.fault, v.eng, v, v.customer, seq, r.choice(channels))
                    v.complaint = cp
                    comps.append(cp)
            lo = max(u.install, START)
            for _ in range(r.choice([0, 0, 1, 1, 2])):
                if (END - lo).days < 30:
                    break
                d = lo + dt.timedelta(days=r.randrange((END - lo).days))
                if d in days or d.weekday() == 6:
                    continue
                cust = self.by_id[u.owner_at(d)]
                pool = REGION_ENGINEERS[cust.region]
                seq += 1
                cp = Complaint(u, d, r.randrange(len(FAMILIES[u.family]["faults"])), pool[r.randrange(len(pool))],
                               None, cust.id, seq, r.choice(channels))
                comps.append(cp)
                days.add(d)
            comps.sort(key=lambda c: c.received)
            u.complaints = comps

    # -- helpers ------------------------------------------------------------------------------
    def units_of(self, cid, at=None):
        """Units the customer owns on `at` (default: now), installed by then."""
        out = []
        for u in self.units:
            if at is None:
                if u.owner == cid:
                    out.append(u)
            elif u.install <= at and u.owner_at(at) == cid:
                out.append(u)
        return out
