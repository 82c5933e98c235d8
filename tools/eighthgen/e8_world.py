# -*- coding: utf-8 -*-
"""eighthgen world: customers and their written names, units, moves, service lives, complaints."""
import datetime as dt
import hashlib
import random
import unicodedata

import e8_data as D
from e8_zh import to_trad, to_simp

END = dt.date(2025, 10, 10)


def R(*parts):
    h = hashlib.sha256('/'.join(str(p) for p in parts).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def key(s):
    s = to_simp(unicodedata.normalize('NFKC', s)).casefold()
    return ''.join(ch for ch in s if ch.isalnum())


def workday(d, r):
    while d.weekday() == 6 or (d.weekday() == 5 and r.random() < 0.8):
        d += dt.timedelta(days=1)
    return d


class Customer:
    pass


def make_customers(seed, n):
    out = []
    cur = list(D.CUSTOMERS)
    # order: keep look-alike groups first, then others
    for i, c in enumerate(cur):
        if len(out) >= n:
            break
        out.append(_curated(c))
    fi = 0
    while len(out) < n:
        r = R('eighthgen', seed, 'filler', fi)
        city, cp = D.FILLER_CITIES[fi % len(D.FILLER_CITIES)]
        kind = D.FILLER_KINDS[(fi * 7 + fi // len(D.FILLER_CITIES)) % len(D.FILLER_KINDS)]
        b, bp = D.FILLER_BRANDS[fi % len(D.FILLER_BRANDS)]
        fi += 1
        name_t, dept, sector, en_t, shorts = kind
        inst = name_t.format(c=city, b=b)
        en = en_t.format(C=cp, B=bp)
        if dept:
            en = en
        cc = dict(region='cn', inst=inst, dept=dept, city=city, cp=cp, sector=sector, en=en,
                  short=[s.format(c=city, b=b) for s in shorts], en_forms=[], brand=b if '{b}' in name_t else None,
                  addr='%s市%s路%d号' % (city, r.choice(['建设', '人民', '解放', '新华', '滨河', '科技', '工业']), r.randint(3, 399)))
        if any(o.inst == inst and o.dept == dept for o in out):
            continue
        out.append(_curated(cc))
    for i, c in enumerate(out):
        c.id = 'KH%03d' % (i + 1)
    _forms(out, seed)
    return out


def _curated(c):
    o = Customer()
    o.region = c['region']
    o.inst = c['inst']
    o.dept = c.get('dept')
    o.city = c['city']
    o.cp = c['cp']
    o.sector = c['sector']
    o.english = c['en']
    o.brand = c.get('brand')
    o.number = c.get('number')
    o.address = c['addr']
    if o.region in ('tw', 'hk'):
        o.trad = c['trad']
        o.name = to_simp(o.trad)
        o.inst_s = to_simp(o.inst)
    else:
        o.name = o.inst + (o.dept or '') if o.region != 'intl' else c['en']
        o.trad = to_trad(o.name) if o.region == 'cn' else o.name
        o.inst_s = o.inst
    o.short = c.get('short', [])
    o.hant = c.get('hant', [])
    o.en_forms = c.get('en_forms', [])
    o.placeless = c.get('placeless', [])
    o.former = []
    for nm, en, until, shorts in c.get('former', []):
        o.former.append({'name': nm, 'english': en, 'until': until, 'short': shorts})
    return o


def _forms(custs, seed):
    """Build written forms per customer and script; drop forms two customers could write."""
    cand = {}
    for c in custs:
        zh, hant, en, old = [], [], [], []
        if c.region == 'cn':
            zh.append(c.name)
            if c.dept:
                zh += [c.inst + ' ' + c.dept, c.inst + '（' + c.dept + '）', c.dept + '（' + c.short[0] + '）' if c.short else c.inst + c.dept,
                       c.inst + '·' + c.dept, c.inst + '-' + c.dept]
            base = c.inst.replace('有限公司', '').replace('有限责任公司', '')
            if base != c.inst:
                zh.append(base + (c.dept or ''))
            if c.inst.startswith(c.city + '市'):
                zh.append(c.inst[len(c.city) + 1:].join([c.city, '']) + (c.dept or ''))
            for p in ('江苏省', '山东省', '陕西省', '湖南省', '浙江省'):
                if c.inst.startswith(p):
                    zh.append(c.inst[len(p):] + (c.dept or ''))
            zh += c.short
            hant.append(c.trad)
            hant += [to_trad(s) for s in c.short[:2]]
            en.append(c.english)
            en.append(c.english.upper())
            en += c.en_forms
            en.append(c.name)  # the Chinese registered name in an English document
        elif c.region in ('tw', 'hk'):
            hant.append(c.trad)
            hant += c.hant
            if c.dept:
                hant += [c.inst + ' ' + c.dept, c.inst + '（' + c.dept + '）', c.dept + '（' + c.hant[0] + '）']
            zh += [c.name, to_simp(c.hant[0])]
            en += [c.english, c.english.upper()] + c.en_forms
            en.append(c.english + ' (' + c.trad + ')')
        else:
            en += [c.english, c.english.upper()] + c.en_forms
            if c.dept:
                en += [c.inst + ', ' + c.dept, c.dept + ' – ' + c.inst, c.dept + ', ' + c.inst]
        for f in c.former:
            old.append(f['name'])
            old += f['short']
        c._cand = {'zh': zh, 'hant': hant, 'en': en, 'old': old,
                   'plz': c.placeless, 'plt': [to_trad(p) for p in c.placeless]}
        for script, lst in c._cand.items():
            for s in lst:
                cand.setdefault(key(s), set()).add(c.id)
    # department-first English forms
    for c in custs:
        for script, lst in c._cand.items():
            seen = []
            for s in lst:
                if len(cand[key(s)]) == 1 and s not in seen and s.strip():
                    seen.append(s)
            setattr(c, 'f_' + script, seen)
        if not c.f_zh and c.region == 'cn':
            c.f_zh = [c.name]


def cust_json(c):
    return {'id': c.id, 'name': c.name, 'city': c.city, 'city_pinyin': c.cp, 'number': c.number,
            'institution': c.inst_s, 'department': to_simp(c.dept) if c.dept else None, 'english': c.english,
            'brand': c.brand, 'traditional': c.trad, 'address': c.address,
            'former_names': [{'name': f['name'] if c.region != 'tw' else to_simp(f['name']), 'english': f['english'], 'until': f['until']} for f in c.former]}


class Unit:
    pass


class Visit:
    pass


def make_units(seed, custs):
    units = []
    seqs = {f: 300 + i * 37 for i, f in enumerate(D.FAM_ORDER)}
    for c in custs:
        r = R('eighthgen', seed, 'units', c.id)
        fams = D.SECTOR_FAMS[c.sector]
        k = r.randint(2, 6)
        for j in range(k):
            fam = fams[j % len(fams)] if r.random() < 0.7 else r.choice(fams)
            u = Unit()
            u.family = fam
            u.model = r.choice(D.FAMILIES[fam][2])
            inst = dt.date(2017, 6, 1) + dt.timedelta(days=r.randint(0, 2680))
            inst = workday(inst, r)
            u.install = inst
            u.purchase = inst - dt.timedelta(days=r.randint(3, 75))
            wy = r.choice([1, 1, 2, 3, 3, 5])
            u.warranty = dt.date(inst.year + wy, inst.month, min(inst.day, 28)) - dt.timedelta(days=1)
            seqs[fam] += r.randint(3, 90)
            u.serial = D.serial_for(fam, inst.year % 100, seqs[fam], r)
            u.owner0 = c.id
            u.moves = []
            u.contract = r.random() < 0.65
            units.append(u)
    serials = set()
    for u in units:
        assert u.serial not in serials, u.serial
        serials.add(u.serial)
    return units


def plan_moves(seed, custs, units):
    r = R('eighthgen', seed, 'moves')
    byid = {c.id: c for c in custs}
    cand = [u for u in units if u.install < dt.date(2023, 6, 1)]
    r.shuffle(cand)
    nmoves = max(2, len(units) // 30)
    done = 0
    for u in cand:
        if done >= nmoves:
            break
        src = byid[u.owner0]
        targets = [c for c in custs if c.id != src.id and c.region == src.region and u.family in D.SECTOR_FAMS[c.sector]]
        same = [c for c in targets if c.city == src.city]
        if same and r.random() < 0.6:
            dst = r.choice(same)
        elif targets:
            dst = r.choice(targets)
        else:
            continue
        lo = u.install + dt.timedelta(days=200)
        d = workday(lo + dt.timedelta(days=r.randint(0, max(1, (END - lo).days - 200))), r)
        u.moves.append({'date': d, 'from': src.id, 'to': dst.id})
        if r.random() < 0.2 and (END - d).days > 500:
            tgt2 = [c for c in targets if c.id != dst.id]
            if tgt2:
                d2 = workday(d + dt.timedelta(days=r.randint(250, (END - d).days - 60)), r)
                u.moves.append({'date': d2, 'from': dst.id, 'to': r.choice(tgt2).id if r.random() < 0.5 else src.id})
        done += 1


def owner_on(u, d):
    o = u.owner0
    for m in u.moves:
        if d >= m['date']:
            o = m['to']
    return o


def period_of(u, d):
    """(start, end) of the ownership period containing d"""
    bounds = [u.install] + [m['date'] for m in u.moves] + [END + dt.timedelta(days=1)]
    for a, b in zip(bounds, bounds[1:]):
        if a <= d < b:
            return a, b
    return bounds[-2], bounds[-1]


def make_lives(seed, custs, units):
    byid = {c.id: c for c in custs}
    visits, complaints = [], []
    ctr = [0]

    def newv(u, d, typ, r, fault=None):
        v = Visit()
        v.unit = u
        v.date = d
        v.type = typ
        v.fault = fault
        v.has_cause = r.random() < 0.8
        v.owner = owner_on(u, d)
        reg = byid[v.owner].region
        pool = [e for e in D.ENGINEERS if e[5] == reg] or [e for e in D.ENGINEERS if e[5] == 'cn']
        if r.random() < 0.08:
            pool = [e for e in D.ENGINEERS if e[5] == 'all']
        v.eng = r.choice(pool)[0]
        ctr[0] += 1
        v.seq = ctr[0]
        v.complaint = None
        return v

    for u in units:
        r = R('eighthgen', seed, 'life', u.serial)
        used = set()
        uv = []

        def add(d, typ, fault=None):
            d = workday(d, r)
            while d in used:
                d = workday(d + dt.timedelta(days=1), r)
            if d > END:
                return None
            used.add(d)
            v = newv(u, d, typ, r, fault)
            uv.append(v)
            return v
        add(u.install, 'install')
        for m in u.moves:
            add(m['date'], 'relocation')
        fam = D.FAMILIES[u.family]
        online = fam[5]
        step = fam[3]
        # PM under warranty or contract
        d = u.install
        while True:
            d = d + dt.timedelta(days=int(step * 30.4) + r.randint(-10, 10))
            if d > END:
                break
            if d <= u.warranty or u.contract:
                add(d, 'pm')
        # calibration yearly
        d = u.install
        while True:
            d = d + dt.timedelta(days=365 + r.randint(-20, 20))
            if d > END:
                break
            if r.random() < 0.85:
                add(d, 'calibration' if u.family not in ('diss', 'stab') or r.random() < 0.5 else 'qualification')
        if online and u.contract:
            d = u.install
            while True:
                d = d + dt.timedelta(days=91 + r.randint(-7, 7))
                if d > END:
                    break
                if r.random() < 0.6:
                    add(d, 'inspection')
        # repairs
        d = u.install
        while True:
            d = d + dt.timedelta(days=int(r.expovariate(1 / 200.0)) + 15)
            if d > END:
                break
            v = add(d, 'repair', r.randrange(5))
            if v and r.random() < 0.3:
                cd = v.date - dt.timedelta(days=r.randint(0, 4))
                if cd >= u.install and period_of(u, cd) == period_of(u, v.date):
                    complaints.append(_complaint(u, cd, v, r, byid))
        for _ in range(r.randint(0, 2) if u.family in ('gcms', 'icp', 'ftir', 'ic', 'uv', 'cod', 'cems') else 0):
            d = workday(u.install + dt.timedelta(days=r.randint(100, 2000)), r)
            if d <= END:
                add(d, 'upgrade')
        for _ in range(r.randint(0, 2)):
            d = workday(u.install + dt.timedelta(days=r.randint(60, 2200)), r)
            if d <= END:
                complaints.append(_complaint(u, d, None, r, byid))
        uv.sort(key=lambda v: v.date)
        u.visits = uv
        visits += uv
    return visits, complaints


class Complaint:
    pass


def _complaint(u, d, v, r, byid):
    c = Complaint()
    c.unit = u
    c.date = d
    c.visit = v
    c.owner = owner_on(u, d)
    c.fault = v.fault if v else r.randrange(5)
    reg = byid[c.owner].region
    if v is not None:
        c.handler = v.eng if r.random() < 0.75 else None
        v.complaint = c
    else:
        c.handler = None
    if c.handler is None:
        pool = [e for e in D.ENGINEERS if e[5] == reg] or [e for e in D.ENGINEERS if e[5] == 'cn']
        c.handler = r.choice(pool)[0]
    c.urgency = r.choice([1, 3, 3, 10])
    return c
