#!/usr/bin/env python3
"""eleventhgen — an eleventh hand's service archive (IT and office equipment). Standard library only."""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e11_data import CONTACT_TITLES_CN, FAMILIES  # noqa: E402
from e11_world import R, build, cust_json, END, workday  # noqa: E402
from e11_units import build_units, build_lives, unit_json, owner_on  # noqa: E402
from e11_forms import Doc, KEYS  # noqa: E402
from e11_zh import s2t  # noqa: E402
from e11_tpl_a import VISIT  # noqa: E402
from e11_tpl_b import OTHER  # noqa: E402
import e11_writers as W  # noqa: E402

SHARES = {'visit': .56, 'complaint': .10, 'equipment_history': .10, 'customer_file': .18, 'training': .06}
SUB = {'repair': '维修记录', 'service_report': '服务记录', 'complaint': '客诉', 'equipment_history': '设备履历', 'customer_file': '客户资料'}
SUB_TW = {'repair': '維修紀錄', 'service_report': '服務紀錄', 'complaint': '客訴', 'equipment_history': '設備履歷', 'customer_file': '客戶資料'}
SUB_EN = {'repair': 'Service', 'service_report': 'Service', 'complaint': 'Complaints', 'equipment_history': 'History', 'customer_file': 'Account'}


class G:
    def __init__(self, seed, ndocs):
        self.seed, self.n = seed, ndocs
        self.custs = build(seed, ndocs)
        self.cust_by_id = {c['id']: c for c in self.custs}
        self.units = build_lives(seed, build_units(seed, self.custs), self.custs)
        self.used = set()
        self.cache = {}

    def name(self, c, d, lang, r):
        for o in c['former']:
            if o['forms'] and (d.isoformat() <= o['until'] or r.random() < .125):
                if lang == 'en':
                    return o['english']
                return s2t(r.choice(o['forms'])) if lang == 'zh-Hant' else r.choice(o['forms'])
        pool = c['en'] if lang == 'en' else (c['hant'] if c['region'] in ('tw', 'hk') else c['zh'])
        if lang == 'zh-Hant' and not c['hant']:
            pool = [s2t(f) for f in c['zh']]
        if not pool:
            pool = [c['english'] or c['name']]
        return pool[0] if r.random() < .3 else r.choice(pool)

    def contact(self, c, lang, r):
        sn = c['contact_sn']
        t = r.choice(CONTACT_TITLES_CN[c['sector']])
        w = '%s %s%s' % (t, sn, r.choice(['女士', '先生', '老师' if c['sector'] == 'school' else '经理']))
        return s2t(w, c['region']) if lang == 'zh-Hant' else w


def regions_of(spec):
    return spec.split()


def plan(g):
    n = g.n
    want = []
    have = {c['region'] for c in g.custs}
    for kind, share in SHARES.items():
        tpls = [(k, v) for k, v in (VISIT.items() if kind == 'visit' else OTHER.items()) if (kind == 'visit' or v[1] == kind) and (not v[3] or set(v[3].split()) & have)]
        tot = sum(v[5] for k, v in tpls)
        for k, v in tpls:
            want.append([k, n * share * v[5] / tot])
    counts = {k: int(x) for k, x in want}
    rest = n - sum(counts.values())
    for k, x in sorted(want, key=lambda kx: (-(kx[1] - int(kx[1])), kx[0]))[:rest]:
        counts[k] += 1
    seq = [k for k in sorted(counts) for _ in range(counts[k])]
    R('e11', g.seed, 'plan').shuffle(seq)
    return seq


def pick_visit(g, tid, code, regions, r):
    want_repair = code == 'r' or (code == 'rs' and r.random() < .6)
    key = (code, tuple(regions), want_repair)
    if key in g.cache:
        return _take(g, g.cache[key], r)
    evs = g.cache[key] = []
    for u in g.units:
        for e in u['events']:
            if g.cust_by_id[e['owner']]['region'] not in regions:
                continue
            t = e['type']
            ok = {'r': t == 'repair', 'rs': (t == 'repair') == want_repair, 's': t in ('pm', 'patrol'), 'm': t == 'meter',
                  'p': t in ('pm', 'patrol') and u['family'] in ('server', 'net', 'ups', 'crac'), 'i': t in ('install', 'reloc')}[code]
            if ok:
                evs.append((u, e))
    return _take(g, evs, r)


def _take(g, evs, r):
    if not evs:
        return None
    fresh = [x for x in evs if ('e', x[1]['seq']) not in g.used]
    u, e = r.choice(fresh if fresh and r.random() < .85 else evs)
    g.used.add(('e', e['seq']))
    return u, e


def make_doc(g, i, tid):
    r = R('e11', g.seed, 'doc', i)
    if tid in VISIT:
        fn, code, lang, regs, fmt, _ = VISIT[tid]
        got = pick_visit(g, tid, code, regions_of(regs), r)
        if got is None:  # e.g. no meter reading or relocation in a small world
            tid = '03'
            fn, code, lang, regs, fmt, _ = VISIT[tid]
            got = pick_visit(g, tid, 'rs', ['cn'], r)
        u, e = got
        kind = 'repair' if e['type'] == 'repair' else 'service_report'
        d = Doc('E11-' + tid, kind, lang, fmt, R('e11', g.seed, 'text', i))
        c = g.cust_by_id[e['owner']]
        fn(g, d, c, u, e)
        return d, c
    fn, kind, lang, regs, fmt, _ = OTHER[tid]
    d = Doc('E11-' + tid, kind, lang, fmt, R('e11', g.seed, 'text', i))
    regions = regions_of(regs)
    if kind == 'complaint':
        key = ('c', tuple(regions))
        if key not in g.cache:
            g.cache[key] = [(u, cp) for u in g.units for cp in u['complaints'] if g.cust_by_id[cp['owner']]['region'] in regions]
        pool = g.cache[key]
        fresh = [x for x in pool if ('c', x[0]['serial'], x[1]['date']) not in g.used]
        u, cp = r.choice(fresh or pool)
        g.used.add(('c', u['serial'], cp['date']))
        c = g.cust_by_id[cp['owner']]
        fn(g, d, c, u, cp)
        return d, c
    if kind == 'equipment_history':
        pool = g.cache.setdefault(('h', tuple(regions)), [])
        for u in (g.units if not pool else []):
            groups = {}
            for e in u['events']:
                groups.setdefault(e['owner'], []).append(e)
            for o, evs in groups.items():
                if len(evs) >= 2 and g.cust_by_id[o]['region'] in regions:
                    pool.append((u, o, evs))
        fresh = [x for x in pool if ('h', x[0]['serial'], x[1]) not in g.used]
        u, o, evs = r.choice(fresh or pool)
        g.used.add(('h', u['serial'], o))
        k = r.randint(2, min(10, len(evs)))
        st = r.randint(0, len(evs) - k)
        c = g.cust_by_id[o]
        fn(g, d, c, u, evs[st:st + k])
        return d, c
    if kind == 'customer_file':
        cs = [c for c in g.custs if c['region'] in regions]
        fresh = [c for c in cs if ('f', c['id']) not in g.used]
        for _ in range(50):
            c = r.choice(fresh if fresh and r.random() < .8 else cs)
            mine = [u for u in g.units if c['id'] in [u['first_owner']] + [m['to'] for m in u['moves']]]
            if not mine:
                continue
            lo = min(u['install'] for u in mine) + dt.timedelta(days=20)
            fd = workday(lo + dt.timedelta(days=r.randint(0, max(0, (END - lo).days))))
            if fd > END:
                continue
            us = [u for u in mine if owner_on(u, fd) == c['id'] and u['install'] <= fd]
            if us:
                g.used.add(('f', c['id']))
                fn(g, d, c, fd, us)
                return d, c
        raise RuntimeError('no customer file subject')
    fams = sorted(FAMILIES)
    fn(g, d, fams[i % len(fams)])
    return d, None


def folder(g, d, c):
    kind, lang = d.t['kind'], d.t['lang']
    safe = lambda s: s.replace('/', '_').replace('\\', '_')
    if c is None:
        f = sorted(FAMILIES)[0]
        fam = FAMILIES.get(d.t['model'] and next(k for k, v in FAMILIES.items() if d.t['model'] in v[3]))
        return ['培训资料', fam[0]] if lang == 'zh-Hans' else ['教育訓練', fam[1]] if lang == 'zh-Hant' else ['Training', fam[2].replace('/', '-')]
    if lang == 'en':
        city = 'Hong Kong/' + c['city_pinyin'] if c['region'] == 'hk' else c['city_pinyin']
        return ['Customers'] + city.split('/') + [safe('%s %s' % (c['english'], c['id'])), SUB_EN[kind]]
    if c['region'] == 'tw':
        return ['台灣客戶', c['city'], safe(c['traditional']), SUB_TW[kind]]
    if c['region'] == 'hk':
        return ['香港客戶', c['city'], safe(c['traditional']), SUB_TW[kind]]
    return ['客户', c['city'], safe(c['name']), SUB[kind]]


def choose_encoding(d, c, r):
    fmt, lang = d.fmt, d.t['lang']
    if fmt not in ('txt', 'md', 'csv'):
        return 'utf-8'
    x = r.random()
    if lang == 'zh-Hans':
        if fmt == 'csv':
            return 'gb18030' if x < .35 else 'utf-8-sig' if x < .55 else 'utf-16' if x < .60 else 'utf-8'
        return 'gb18030' if x < .30 else 'gbk' if x < .35 else 'utf-16' if (x < .42 and fmt == 'txt') else 'utf-8'
    if lang == 'zh-Hant':
        hk = c is not None and c['region'] == 'hk'
        if fmt == 'txt':
            return ('utf-16' if x < .25 else 'big5' if x < .40 else 'utf-8') if hk else ('big5' if x < .40 else 'utf-16' if x < .50 else 'utf-8')
        return 'utf-8'
    return 'utf-8-sig' if fmt == 'csv' and x < .25 else 'utf-8'


def csv_text(rows):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            cells.append('"%s"' % v.replace('"', '""') if any(ch in v for ch in ',"\n') else v)
        out.append(','.join(cells))
    return '\n'.join(out) + '\n'


def units_of(d):
    """Lines / cells / paragraph lines of the body, as the checker will see them."""
    if d.fmt in ('txt', 'md', 'pdf'):
        return [re.sub(r'\s+', ' ', x).strip() if d.fmt == 'pdf' else x for x in d.lines]
    if d.fmt == 'csv':
        return [str(v) for row in d.rows for v in row]
    if d.fmt == 'xlsx':
        return [str(v) for _, rows in d.sheets for row in rows for v in row]
    out = []
    for b in d.blocks:
        if b[0] in ('p', 'h'):
            out += b[1].split('\n')
        else:
            out += [ln for row in b[1] for cell in row for p in str(cell).split('\n\n') for ln in p.split('\n')]
    return out


def truth_strings(t):
    s = [t['customer_as_written'], t['serial_as_written'], t['model_as_written'], t['visit_date_as_written'], t['fault'], t['cause'],
         t['action'], t['engineer'], t['number']]
    for v in t['visits']:
        s += [v['date_as_written'], v['fault'], v['cause'], v['action'], v['engineer'], v['number']]
    s += [o['as_written'] for o in t['other_dates']] + t['serials_as_written']
    return [x for x in s if x]


NUMDATE = re.compile(r'(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])')


def ambiguous(d, text):
    w = d.t['visit_date_as_written']
    m = NUMDATE.fullmatch(w or '')
    if not m or d.marker:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    return not any(int(x.group(1)) > 12 or int(x.group(2)) > 12 for x in NUMDATE.finditer(text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--queries', default=None)
    a = ap.parse_args()
    out = a.out
    if os.path.exists(out) and os.listdir(out) and not os.path.exists(os.path.join(out, '.eleventhgen')):
        print('refusing: %s is not empty and not an eleventhgen output' % out, file=sys.stderr)
        return 1
    g = G(a.seed, a.docs)
    seq = plan(g)
    files, truths, errors, paths = [], [], [], set()
    for i, tid in enumerate(seq):
        d, c = make_doc(g, i, tid)
        fr = R('e11', g.seed, 'file', i)
        enc = choose_encoding(d, c, fr)
        crlf = d.fmt in ('txt', 'md', 'csv') and fr.random() < .3
        ext = d.fmt
        title = d.title.replace('/', '-')
        rel = '/'.join(folder(g, d, c) + ['%04d_%s.%s' % (i + 1, title, ext)])
        if d.fmt in ('txt', 'md'):
            text = '\n'.join(d.lines) + '\n'
        elif d.fmt == 'csv':
            text = csv_text(d.rows)
        else:
            text = '\n'.join(units_of(d))
        if d.fmt in ('txt', 'md', 'csv'):
            if crlf:
                text = text.replace('\n', '\r\n')
            if enc in ('gbk', 'big5'):
                try:
                    if text.encode(enc).decode(enc) != text:
                        raise UnicodeError
                except UnicodeError:
                    enc = 'utf-8'
            data = (b'\xff\xfe' + text.encode('utf-16-le')) if enc == 'utf-16' else text.encode(enc)
        elif d.fmt == 'docx':
            data = W.docx(d.blocks)
        elif d.fmt == 'xlsx':
            data = W.xlsx(d.sheets, shared=fr.random() < .5)
        else:
            data = W.pdf(d.lines, hant=d.t['lang'] == 'zh-Hant')
        d.t['path'], d.t['encoding'] = rel, enc
        d.t['date_ambiguous'] = ambiguous(d, text)
        us = units_of(d)
        for s in truth_strings(d.t):
            ss = re.sub(r'\s+', ' ', s).strip() if d.fmt == 'pdf' else s
            if not any(ss in x for x in us):
                errors.append('%s: %r not in one line' % (rel, s))
        if d.t['kind'] in ('repair', 'service_report') and len(d.t['visits']) != 1:
            errors.append('%s: visits %d' % (rel, len(d.t['visits'])))
        if rel in paths:
            errors.append('duplicate path ' + rel)
        paths.add(rel)
        files.append((rel, data))
        truths.append({k: d.t[k] for k in KEYS})
    if errors:
        print('\n'.join(errors[:40]), file=sys.stderr)
        print('%d self-check errors' % len(errors), file=sys.stderr)
        return 1
    os.makedirs(out, exist_ok=True)
    if os.path.exists(os.path.join(out, 'docs')):
        shutil.rmtree(os.path.join(out, 'docs'))
    for rel, data in files:
        p = os.path.join(out, 'docs', rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data)
    with open(os.path.join(out, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'customers.json'), 'w', encoding='utf-8') as f:
        json.dump({'customers': [cust_json(c) for c in g.custs]}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(out, 'units.json'), 'w', encoding='utf-8') as f:
        json.dump({'units': [unit_json(u) for u in g.units]}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(out, '.eleventhgen'), 'w') as f:
        f.write('eleventhgen output; --docs %d --seed %d\n' % (a.docs, a.seed))
    print('%d documents, %d customers, %d units -> %s' % (len(files), len(g.custs), len(g.units), out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
