#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""eighthgen: an eighth hand's after-sales archive (analytical & environmental instruments).

python3 tools/eighthgen/eighthgen.py --docs N --out DIR [--seed S] [--queries]
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import e8_data as D  # noqa: E402
import e8_forms as F  # noqa: E402
import e8_tpl as T  # noqa: E402
import e8_world as W  # noqa: E402
import e8_writers as WR  # noqa: E402
from e8_ctx import Ctx  # noqa: E402

MARKER = '.eighthgen'
KIND_SHARE = [('repair', 0.30), ('service_report', 0.25), ('complaint', 0.12), ('equipment_history', 0.13),
              ('customer_file', 0.10), ('training', 0.10)]


def tags(c):
    t = {c.region}
    if c.cp in ('Laguna', 'Manila'):
        t.add('ph')
    return t


def build_world(seed, ndocs):
    n = min(120, max(12, ndocs // 22))
    custs = W.make_customers(seed, n)
    units = W.make_units(seed, custs)
    W.plan_moves(seed, custs, units)
    visits, complaints = W.make_lives(seed, custs, units)
    byid = {c.id: c for c in custs}
    return {'custs': custs, 'units': units, 'visits': visits, 'complaints': complaints, 'byid': byid}


def pick(pool, used, rd, keyf):
    cand = None
    for _ in range(12):
        cand = pool[rd.randrange(len(pool))]
        if keyf(cand) not in used or rd.random() > 0.85:
            break
    used.add(keyf(cand))
    return cand


def wchoice(rd, items, weights):
    tot = sum(weights)
    x = rd.random() * tot
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


def amb(text, t):
    s = t['visit_date_as_written']
    if not s:
        return False
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    if re.search(r'DD/MM/YYYY|MM/DD/YYYY|dd/mm/yyyy|mm/dd/yyyy', text):
        return False
    for m2 in re.finditer(r'(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])', text):
        if int(m2.group(1)) > 12 or int(m2.group(2)) > 12:
            return False
    return True


def make_doc(i, seed, world, kind, used):
    rd = W.R('eighthgen', seed, 'doc', i)
    rt = W.R('eighthgen', seed, 'text', i)
    byid = world['byid']
    regs = [t for t in T.REG if t[1] == kind]
    if kind in ('repair', 'service_report'):
        pool = [v for v in world['visits'] if (v.type == 'repair') == (kind == 'repair')]
        v = pick(pool, used, rd, lambda q: ('v', q.unit.serial, q.date))
        c = byid[v.owner]
        ok = [t for t in regs if (tags(c) & set(t[3].split())) and (kind == 'repair' or v.type in t[6])]
        tp = wchoice(rd, ok, [t[5] for t in ok])
        doc = F.Doc(kind, tp[0], tp[2])
        x = Ctx(rt, doc, world, c, v.unit, tp[2])
        out = tp[4](x, v)
        if kind in ('repair', 'service_report'):
            doc.top_from_visit(0)
    elif kind == 'complaint':
        cp = pick(world['complaints'], used, rd, lambda q: ('c', q.unit.serial, q.date))
        c = byid[cp.owner]
        ok = [t for t in regs if tags(c) & set(t[3].split())]
        tp = wchoice(rd, ok, [t[5] for t in ok])
        doc = F.Doc(kind, tp[0], tp[2])
        x = Ctx(rt, doc, world, c, cp.unit, tp[2])
        out = tp[4](x, cp)
    elif kind == 'equipment_history':
        while True:
            u = world['units'][rd.randrange(len(world['units']))]
            per = {}
            for v in u.visits:
                per.setdefault(W.period_of(u, v.date), []).append(v)
            groups = [g for g in per.values() if len(g) >= 2]
            if groups:
                break
        g = groups[rd.randrange(len(groups))]
        k = rd.randint(2, min(10, len(g)))
        st = rd.randint(0, len(g) - k)
        vs = g[st:st + k]
        c = byid[vs[0].owner]
        ok = [t for t in regs if tags(c) & set(t[3].split())]
        tp = wchoice(rd, ok, [t[5] for t in ok])
        doc = F.Doc(kind, tp[0], tp[2])
        x = Ctx(rt, doc, world, c, u, tp[2])
        out = tp[4](x, vs)
    elif kind == 'customer_file':
        order = world['cfile_order']
        c = order[world['cfile_i'][0] % len(order)]
        world['cfile_i'][0] += 1
        ok = [t for t in regs if tags(c) & set(t[3].split())]
        tp = wchoice(rd, ok, [t[5] for t in ok])
        if tp[0] == 'EIGHT-64':
            d = None
            units = [u for u in world['units'] if W.owner_on(u, W.END) == c.id]
        else:
            d = None
            for _ in range(20):
                d = W.END - dt.timedelta(days=rd.randint(0, 1500))
                units = [u for u in world['units'] if u.install <= d and W.owner_on(u, d) == c.id]
                if units:
                    break
            if not units:
                d = W.END
                units = [u for u in world['units'] if W.owner_on(u, d) == c.id]
        doc = F.Doc(kind, tp[0], tp[2])
        x = Ctx(rt, doc, world, c, None, tp[2])
        out = tp[4](x, c, d, units)
    else:
        fam = D.FAM_ORDER[rd.randrange(len(D.FAM_ORDER))]
        model = D.FAMILIES[fam][2][rd.randrange(2)]
        tp = regs[rd.randrange(len(regs))]
        doc = F.Doc(kind, tp[0], tp[2])
        x = Ctx(rt, doc, world, None, None, tp[2])
        out = tp[4](x, fam, model)
    return doc, out, x


def render(fmt, payload, rf, lang, region):
    """bytes, encoding, extracted text"""
    if fmt == 'docx':
        blocks, footer = payload
        return WR.docx_bytes(blocks, footer), 'utf-8', WR.docx_text(blocks, footer)
    if fmt == 'xlsx':
        return WR.xlsx_bytes(payload), 'utf-8', WR.xlsx_text(payload)
    if fmt == 'pdf':
        pages, land = payload
        return WR.pdf_bytes(pages, trad=(lang == 'zh-Hant'), landscape=land), 'utf-8', WR.pdf_text(pages)
    crlf = rf.random() < 0.3
    if fmt == 'csv':
        b = io.StringIO()
        w = csv.writer(b, lineterminator='\r\n' if crlf else '\n')
        for row in payload:
            w.writerow(row)
        text = b.getvalue()
        plain = '\n'.join('\t'.join(row) for row in payload)
    else:
        text = payload.replace('\n', '\r\n') if crlf else payload
        plain = payload
    enc = 'utf-8'
    k = rf.random()
    if lang == 'zh-Hans' and region == 'cn':
        if (fmt == 'txt' and k < 0.4) or (fmt == 'csv' and k < 0.45):
            enc = 'gb18030'
        elif fmt == 'csv' and k < 0.75:
            enc = 'utf-8-sig'
    elif lang == 'zh-Hant' and fmt == 'txt' and ((region == 'tw' and k < 0.4) or (region == 'hk' and k < 0.2)):
        try:
            text.encode('big5')
            enc = 'big5'
        except UnicodeEncodeError:
            enc = 'utf-8'
    elif fmt == 'csv' and k < 0.3:
        enc = 'utf-8-sig'
    return text.encode(enc), enc, plain


def truth_strings(t):
    out = []
    for k in ('customer_as_written', 'serial_as_written', 'model_as_written', 'visit_date_as_written', 'fault', 'cause',
              'action', 'engineer', 'number'):
        if t[k]:
            out.append((k, t[k]))
    for v in t['visits']:
        for k in ('date_as_written', 'fault', 'cause', 'action', 'engineer', 'number'):
            if v[k]:
                out.append(('visit.' + k, v[k]))
    for o in t['other_dates']:
        out.append(('other.' + o['role'], o['as_written']))
    for s in t['serials_as_written']:
        out.append(('serials', s))
    return out


def safe(s):
    return re.sub(r'[\\/:*?"<>|\s]+', '_', s)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', type=int, default=2000)
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--queries', action='store_true')
    a = ap.parse_args(argv)
    out = a.out
    if os.path.exists(out):
        if not os.path.isdir(out):
            print('eighthgen: %s is not a directory' % out, file=sys.stderr)
            return 1
        if os.listdir(out) and not os.path.exists(os.path.join(out, MARKER)):
            print('eighthgen: refusing to write into non-empty %s (not an eighthgen output)' % out, file=sys.stderr)
            return 1
    seed = a.seed
    world = build_world(seed, a.docs)
    ro = W.R('eighthgen', seed, 'cfile-order')
    order = list(world['custs'])
    ro.shuffle(order)
    master = order[:int(len(order) * 0.7)]
    world['cfile_order'] = master + order[int(len(order) * 0.7):]
    world['cfile_i'] = [0]
    counts = []
    tot = 0
    for k, s in KIND_SHARE[:-1]:
        n = int(round(a.docs * s))
        counts.append((k, n))
        tot += n
    counts.append(('training', a.docs - tot))
    kinds = [k for k, n in counts for _ in range(n)]
    W.R('eighthgen', seed, 'plan').shuffle(kinds)
    used = set()
    files = []
    truths = []
    names = set()
    errors = []
    for i, kind in enumerate(kinds):
        doc, (fmt, payload, folder, name), x = make_doc(i, seed, world, kind, used)
        rf = W.R('eighthgen', seed, 'file', i)
        region = x.cust.region if x.cust is not None else 'cn'
        data, enc, plain = render(fmt, payload, rf, doc.t['lang'], region)
        rel = '%s/%s.%s' % (folder, safe(name), fmt)
        j = 2
        while rel in names:
            rel = '%s/%s_%d.%s' % (folder, safe(name), j, fmt)
            j += 1
        names.add(rel)
        doc.set(path=rel, encoding=enc)
        t = doc.truth()
        t['date_ambiguous'] = amb(plain, t)
        if doc.t['kind'] in ('repair', 'service_report') and len(t['visits']) != 1:
            errors.append('%s: visits %d' % (rel, len(t['visits'])))
        for k, s in truth_strings(t):
            if s not in plain:
                errors.append('%s [%s]: %r not in text' % (rel, k, s))
        files.append((rel, data))
        truths.append(t)
    if errors:
        for e in errors[:40]:
            print('self-check:', e, file=sys.stderr)
        print('eighthgen: %d self-check errors, nothing written' % len(errors), file=sys.stderr)
        return 1
    os.makedirs(out, exist_ok=True)
    if os.path.isdir(os.path.join(out, 'docs')):
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
        json.dump({'customers': [W.cust_json(c) for c in world['custs']]}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    units = []
    for u in world['units']:
        units.append({'serial': u.serial, 'model': u.model, 'owner': W.owner_on(u, dt.date(2100, 1, 1)),
                      'install_date': u.install.isoformat(), 'purchase_date': u.purchase.isoformat(),
                      'warranty_until': u.warranty.isoformat(), 'family': u.family,
                      'moves': [{'date': m['date'].isoformat(), 'from': m['from'], 'to': m['to']} for m in u.moves]})
    with open(os.path.join(out, 'units.json'), 'w', encoding='utf-8') as f:
        json.dump({'units': units}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(out, MARKER), 'w', encoding='utf-8') as f:
        f.write('eighthgen output; --docs %d --seed %d\n' % (a.docs, seed))
    print('eighthgen: %d documents, %d customers, %d units (%d moved) -> %s' % (
        len(files), len(world['custs']), len(world['units']), sum(1 for u in world['units'] if u.moves), out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
