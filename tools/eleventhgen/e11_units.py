# eleventhgen units: serials, moves, service lives (visits) and complaints.
import datetime as dt
from e11_data import FAMILIES, FAULTS, SECTOR_FAMILIES
from e11_world import R, workday, END

D = dt.timedelta
SERIAL_PAT = {
    'BZ-C3525': 'CNAAYYDDDDD', 'BZ-M6040': 'CNAAYYDDDDD', 'VP-9100': 'VPYYMM-DDDD', 'VP-C7200': 'VCYYMM-DDDD',
    'TQ-580': 'TQYYADDDDDD', 'RX-80U': 'RX80-YYMM-DDD', 'QK-22T': 'QKYY-DDDD-A', 'KD-410': 'KD4YYADDDD',
    'SR-2650': 'SRVYYMMADDDD', 'SA-5300': 'SA53AYYDDDD', 'NX-5448': 'NXGYYDDDDDD', 'FV-3160': 'FV31AYYDDDDD',
    'WC-760': 'WC7-YYDDDDD', 'UH-20K': 'UHYYMMDDDDDA', 'UH-60K': 'UMYYMMDDDDDA', 'PC-25HA': 'PCA-YY-DDDDD',
    'PC-40HW': 'PCW-YY-DDDDD', 'PJ-5280W': 'PJWYYMMDDDD', 'IF-86E': 'IF86AYYDDDD',
}
LETTERS = 'ABCDEFGHJKMNPRSTUVWXYZ'  # no I, L, O


def make_serial(model, d, rng, used):
    while True:
        s = ''
        pat = SERIAL_PAT[model]
        i = 0
        while i < len(pat):
            ch = pat[i]
            if pat[i:i + 2] == 'YY':
                s += '%02d' % (d.year % 100); i += 2; continue
            if pat[i:i + 2] == 'MM':
                s += '%02d' % d.month; i += 2; continue
            s += rng.choice('0123456789') if ch == 'D' else rng.choice(LETTERS) if ch == 'A' else ch
            i += 1
        if s not in used:
            used.add(s)
            return s


def rand_date(rng, a, b):
    return a + D(days=rng.randint(0, max(0, (b - a).days)))


def build_units(seed, custs):
    used, units = set(), []
    for c in custs:
        r = R('e11', seed, 'units', c['id'])
        fams = SECTOR_FAMILIES[c['sector']]
        n = r.randint(2, 5)
        for k in range(n):
            fam = fams[k] if k < len(fams) and r.random() < .6 else r.choice(fams)
            model = r.choice(FAMILIES[fam][3])
            inst = workday(rand_date(r, dt.date(2016, 3, 1), dt.date(2024, 12, 20)))
            pur = inst - D(days=r.randint(5, 75))
            wy = r.choice([1, 1, 2, 3, 3, 5])
            try:
                wu = inst.replace(year=inst.year + wy) - D(days=1)
            except ValueError:
                wu = inst.replace(year=inst.year + wy, day=28)
            serial = make_serial(model, inst - D(days=r.randint(20, 120)), r, used)
            units.append(dict(serial=serial, model=model, owner=c['id'], install=inst, purchase=pur, warranty=wu, family=fam,
                              moves=[], contract=r.random() < .6, billing=(fam in ('mfp', 'prod') and r.random() < .4),
                              asset='%s-%d-%04d' % (c['asset_prefix'], inst.year, r.randint(1, 9999)) if c['region'] != 'sg' else 'AT-%05d' % r.randint(1, 99999),
                              first_owner=c['id']))
    # moves: between customers of one institution/chain/bank in one region, or to another customer of the same sector
    byid = {c['id']: c for c in custs}
    r = R('e11', seed, 'moves')
    cand = [u for u in units if (END - u['install']).days > 700]
    r.shuffle(cand)
    nmoves = 0
    for u in cand:
        if nmoves >= max(3, len(custs) // 9):
            break
        c = byid[u['owner']]
        sib = [x for x in custs if x['id'] != c['id'] and x['region'] == c['region'] and
               (x['institution'] == c['institution'] or (x['brand'] and x['brand'] == c['brand']) or
                (x['sector'] == c['sector'] and x['city'] == c['city']))]
        sib = [x for x in sib if u['family'] in SECTOR_FAMILIES[x['sector']]]
        if not sib:
            continue
        to = r.choice(sib)
        md = workday(rand_date(r, u['install'] + D(days=300), END - D(days=250)))
        u['moves'] = [dict(date=md.isoformat(), **{'from': c['id'], 'to': to['id']})]
        u['owner'] = to['id']
        nmoves += 1
    return units


def owner_on(u, d):
    o = u['first_owner']
    for m in u['moves']:
        if d.isoformat() >= m['date']:
            o = m['to']
    return o


def build_lives(seed, units, custs):
    """Every unit gets a list of visits (events) and complaints."""
    byid = {c['id']: c for c in custs}
    seq = [0]
    for u in units:
        r = R('e11', seed, 'life', u['serial'])
        busy = set()
        ev = []

        def add(d, typ, **kw):
            d = workday(d)
            while d in busy:
                d = workday(d + D(days=1))
            if d > END:
                return None
            busy.add(d)
            seq[0] += 1
            e = dict(date=d, type=typ, unit=u['serial'], owner=owner_on(u, d), fault=None, cause=False, seq=seq[0])
            e.update(kw)
            ev.append(e)
            return e
        add(u['install'], 'install')
        for m in u['moves']:
            add(dt.date.fromisoformat(m['date']), 'reloc')
        period = FAMILIES[u['family']][4]
        if u['contract'] or u['warranty'] > u['install']:
            d = u['install']
            lim = END if u['contract'] else u['warranty']
            while True:
                d = d + D(days=int(period * 30.4) + r.randint(-6, 6))
                if d > lim:
                    break
                t = 'patrol' if u['family'] in ('server', 'net', 'ups', 'crac') and r.random() < .5 else 'pm'
                add(d, t)
        if u['billing']:
            d = u['install'] + D(days=45)
            while d <= END:
                if r.random() < .5:
                    add(d, 'meter')
                d += D(days=91)
        d = u['install']
        while True:
            d = d + D(days=int(r.expovariate(1 / 250)) + 7)
            if d > END:
                break
            fi = r.randrange(len(FAULTS[u['family']]))
            add(d, 'repair', fault=fi, cause=r.random() < .8, wz=r.randrange(3))
        ev.sort(key=lambda e: e['date'])
        for e in ev:
            c = byid[e['owner']]
            e['eng'] = c['engs'][0] if r.random() < .55 else r.choice(c['engs'])
            e['no'] = r.randint(1000, 9999)
        # complaints: before 30 % of repairs, plus phone-settled ones
        comps = []
        for e in ev:
            if e['type'] == 'repair' and r.random() < .3:
                rd = e['date'] - D(days=r.randint(0, 4))
                while rd.weekday() >= 5:
                    rd -= D(days=1)
                if rd >= u['install'] and owner_on(u, rd) == e['owner'] and not any(x['date'] == rd for x in comps):
                    comps.append(dict(date=rd, unit=u['serial'], owner=e['owner'], fault=e['fault'], visit=e, eng=e['eng'],
                                      urg=r.choice([1, 3, 3, 10]), wz=(e['wz'] + 1) % 3))
        for k in range(r.randint(0, 2)):
            rd = workday(rand_date(r, u['install'] + D(days=30), END))
            if rd > END or any(x['date'] == rd for x in comps):
                continue
            o = owner_on(u, rd)
            comps.append(dict(date=rd, unit=u['serial'], owner=o, fault=r.randrange(len(FAULTS[u['family']])), visit=None,
                              eng=r.choice(byid[o]['engs']), urg=r.choice([1, 3, 3]), wz=r.randrange(3)))
        comps.sort(key=lambda x: x['date'])
        u['events'], u['complaints'] = ev, comps
    return units


def unit_json(u):
    return {'serial': u['serial'], 'model': u['model'], 'owner': u['owner'], 'install_date': u['install'].isoformat(),
            'purchase_date': u['purchase'].isoformat(), 'warranty_until': u['warranty'].isoformat(), 'family': u['family'],
            'moves': u['moves']}
