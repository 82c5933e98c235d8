#!/usr/bin/env python3
"""check.py DIR [--no-pdftotext] — validates an eleventhgen output; exit 1 on any error. Does not import the generator."""
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import zlib

KEYS = ['path', 'kind', 'template', 'lang', 'encoding', 'customer', 'customer_as_written', 'serial', 'serial_as_written', 'model',
        'model_as_written', 'visit_date', 'visit_date_as_written', 'other_dates', 'date_ambiguous', 'fault', 'cause', 'action',
        'engineer', 'engineer_id', 'number', 'visits', 'serials', 'serials_as_written']
VKEYS = ['date', 'date_as_written', 'fault', 'cause', 'action', 'engineer', 'engineer_id', 'number']
CKEYS = ['id', 'name', 'city', 'city_pinyin', 'number', 'institution', 'department', 'english', 'brand', 'traditional', 'address', 'former_names']
UKEYS = ['serial', 'model', 'owner', 'install_date', 'purchase_date', 'warranty_until', 'family', 'moves']
KINDS = {'repair', 'service_report', 'complaint', 'equipment_history', 'customer_file', 'training'}
ROLES = {'install', 'purchase', 'warranty_until', 'follow_up', 'report_printed', 'contract_start', 'contract_end'}
MON = {m: i + 1 for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}
MONTHS = r'(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*'
DATE_RES = [
    ('ymd', re.compile(r'(?<![\d.])(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])')),
    ('ymdzh', re.compile(r'(?<!\d)(20\d\d)年(\d{1,2})月(\d{1,2})[日号]')),
    ('roczh', re.compile(r'(?<!\d)(1[01]\d)年(\d{1,2})月(\d{1,2})日')),
    ('rocnum', re.compile(r'(?<![\d/.\-])(1[01]\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])')),
    ('dmy', re.compile(r'(?<![\d/.\-])(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)(?!\d)')),
    ('ymon', re.compile(r'(20\d\d)-(%s)-(\d{1,2})' % MONTHS)),
    ('dmon', re.compile(r'(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ -](%s)[ -](20\d\d)' % MONTHS)),
    ('mond', re.compile(r'(%s) (\d{1,2}), (20\d\d)' % MONTHS)),
]


def find_dates(text, dayfirst=True):
    out = []
    for kind, rx in DATE_RES:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind in ('ymd', 'ymdzh'):
                    d = dt.date(int(g[0]), int(g[1]), int(g[2]))
                elif kind in ('roczh', 'rocnum'):
                    d = dt.date(int(g[0]) + 1911, int(g[1]), int(g[2]))
                elif kind == 'dmy':
                    d = dt.date(int(g[2]), int(g[1]), int(g[0])) if dayfirst else dt.date(int(g[2]), int(g[0]), int(g[1]))
                elif kind == 'ymon':
                    d = dt.date(int(g[0]), MON[g[1][:3].lower()], int(g[2]))
                elif kind == 'dmon':
                    d = dt.date(int(g[2]), MON[g[1][:3].lower()], int(g[0]))
                else:
                    d = dt.date(int(g[2]), MON[g[0][:3].lower()], int(g[1]))
            except ValueError:
                continue
            out.append((m.group(0), d.isoformat()))
    return out


def docx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read('word/document.xml').decode('utf-8')
    out = []
    for p in re.findall(r'<w:p[ >].*?</w:p>|<w:p/>', xml, re.S):
        t = ''.join('\t' if tok.startswith('<w:tab') else '\n' if tok.startswith('<w:br') else unesc(tok[tok.index('>') + 1:-6])
                    for tok in re.findall(r'<w:t[ >][^<]*</w:t>|<w:tab/>|<w:br/>', p))
        out += t.split('\n')
    return out


def unesc(s):
    return s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&amp;', '&')


def xlsx_units(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    sst = []
    if 'xl/sharedStrings.xml' in z.namelist():
        sst = [unesc(x) for x in re.findall(r'<t[^>]*>(.*?)</t>', z.read('xl/sharedStrings.xml').decode('utf-8'), re.S)]
    out = []
    for n in sorted(x for x in z.namelist() if x.startswith('xl/worksheets/')):
        for c in re.findall(r'<c [^>]*>.*?</c>', z.read(n).decode('utf-8'), re.S):
            if 't="s"' in c:
                out.append(sst[int(re.search(r'<v>(\d+)</v>', c).group(1))])
            elif 'inlineStr' in c:
                out.append(unesc(re.search(r'<t[^>]*>(.*?)</t>', c, re.S).group(1)))
            else:
                out.append(re.search(r'<v>(.*?)</v>', c).group(1))
    return out


def pdf_own(data):
    out = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        try:
            s = zlib.decompress(m.group(1)).decode('latin-1')
        except zlib.error:
            continue
        for hx in re.finditer(r'<([0-9A-F]+)> Tj|\(((?:\\.|[^\\)])*)\) Tj', s):
            if hx.group(1):
                out.append(bytes.fromhex(hx.group(1)).decode('utf-16-be'))
            else:
                out.append(re.sub(r'\\(.)', r'\1', hx.group(2)))
    return out


def pdf_units(path, data, use_tool):
    if not use_tool:
        return [pdf_own(data)]
    res = []
    for mode in ('-raw', '-layout'):
        t = subprocess.run(['pdftotext', mode, '-enc', 'UTF-8', path, '-'], capture_output=True).stdout.decode('utf-8')
        res.append([re.sub(r'\s+', ' ', x).strip() for x in t.split('\n')])
    return res


def canon(s):
    return re.sub(r'[^0-9A-Z]', '', s.upper())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    use_tool = '--no-pdftotext' not in sys.argv and shutil.which('pdftotext') is not None
    root = args[0]
    err = []
    E = err.append
    if not os.path.exists(os.path.join(root, '.eleventhgen')):
        E('marker missing')
    custs = json.load(open(os.path.join(root, 'customers.json'), encoding='utf-8'))['customers']
    units = json.load(open(os.path.join(root, 'units.json'), encoding='utf-8'))['units']
    cid = {}
    for c in custs:
        if list(c) != CKEYS:
            E('customer keys %s' % c.get('id'))
        if c['id'] in cid:
            E('dup customer ' + c['id'])
        cid[c['id']] = c
    ud = {}
    for u in units:
        if list(u) != UKEYS:
            E('unit keys ' + u['serial'])
        if u['serial'] in ud:
            E('dup serial ' + u['serial'])
        ud[u['serial']] = u
        if not u['purchase_date'] <= u['install_date'] < u['warranty_until']:
            E('unit dates ' + u['serial'])
        if u['owner'] not in cid or any(m['from'] not in cid or m['to'] not in cid for m in u['moves']):
            E('unit owner ' + u['serial'])
        if u['moves'] and u['moves'][-1]['to'] != u['owner']:
            E('move chain ' + u['serial'])

    def owner_on(u, day):
        o = u['moves'][0]['from'] if u['moves'] else u['owner']
        for m in u['moves']:
            if day >= m['date']:
                o = m['to']
        return o
    truths = [json.loads(l) for l in open(os.path.join(root, 'truth.jsonl'), encoding='utf-8')]
    seen, forms, namb = set(), {}, 0
    counts = {}
    for t in truths:
        p = t['path']
        where = p
        if list(t) != KEYS:
            E('%s: keys' % where)
            continue
        if t['kind'] not in KINDS:
            E('%s: kind' % where)
        if p in seen:
            E('%s: duplicate' % where)
        seen.add(p)
        for v in t['visits']:
            if list(v) != VKEYS:
                E('%s: visit keys' % where)
        for o in t['other_dates']:
            if list(o) != ['role', 'date', 'as_written'] or o['role'] not in ROLES:
                E('%s: other date %s' % (where, o))
        fp = os.path.join(root, 'docs', p)
        if not os.path.exists(fp):
            E('%s: missing file' % where)
            continue
        data = open(fp, 'rb').read()
        ext = p.rsplit('.', 1)[1]
        enc = t['encoding']
        for k in ('lang', 'template', 'kind'):
            counts.setdefault(k, {}).setdefault(t[k], 0)
            counts[k][t[k]] += 1
        counts.setdefault('fmt', {}).setdefault(ext, 0)
        counts['fmt'][ext] += 1
        counts.setdefault('enc', {}).setdefault(enc, 0)
        counts['enc'][enc] += 1
        if ext in ('txt', 'md', 'csv'):
            try:
                if enc == 'utf-16':
                    if data[:2] != b'\xff\xfe':
                        raise ValueError('no BOM')
                    text = data[2:].decode('utf-16-le')
                elif enc == 'utf-8-sig':
                    if data[:3] != b'\xef\xbb\xbf':
                        raise ValueError('no BOM')
                    text = data[3:].decode('utf-8')
                else:
                    if data[:3] == b'\xef\xbb\xbf':
                        raise ValueError('unexpected BOM')
                    text = data.decode(enc)
            except (ValueError, UnicodeDecodeError) as e:
                E('%s: decode %s: %s' % (where, enc, e))
                continue
            text = text.replace('\r\n', '\n')
            if ext == 'csv':
                sets = [[c for row in csv.reader(io.StringIO(text)) for c in row]]
            else:
                sets = [text.split('\n')]
        elif ext == 'docx':
            sets = [docx_units(data)]
        elif ext == 'xlsx':
            sets = [xlsx_units(data)]
        else:
            sets = pdf_units(fp, data, use_tool)
        strings = [t['customer_as_written'], t['serial_as_written'], t['model_as_written'], t['visit_date_as_written'], t['fault'],
                   t['cause'], t['action'], t['engineer'], t['number']] + t['serials_as_written'] + [o['as_written'] for o in t['other_dates']]
        for v in t['visits']:
            strings += [v['date_as_written'], v['fault'], v['cause'], v['action'], v['engineer'], v['number']]
        for us in sets:
            for s in strings:
                if s is None:
                    continue
                ss = re.sub(r'\s+', ' ', s).strip() if ext == 'pdf' else s
                if not any(ss in x for x in us):
                    E('%s: %r not in one line/cell' % (where, s))
        full = '\n'.join(sets[0])
        # customer, unit
        if t['kind'] == 'training':
            if t['customer'] or t['visit_date'] or t['other_dates'] or t['visits']:
                E('%s: training with customer or dates' % where)
            continue
        c = cid.get(t['customer'])
        if c is None:
            E('%s: unknown customer' % where)
            continue
        f = re.sub(r'\W', '', t['customer_as_written'].casefold())
        forms.setdefault(f, set()).add(t['customer'])
        u = ud.get(t['serial']) if t['serial'] else None
        if t['serial']:
            if u is None:
                E('%s: unknown serial' % where)
                continue
            if canon(t['serial_as_written']) != canon(u['serial']):
                E('%s: serial form' % where)
            if t['model'] != u['model'] or (t['model_as_written'] and canon(t['model_as_written']) != canon(u['model'])):
                E('%s: model' % where)
            for o in t['other_dates']:
                want = {'install': u['install_date'], 'purchase': u['purchase_date'], 'warranty_until': u['warranty_until']}.get(o['role'])
                if want and want != o['date']:
                    E('%s: %s date' % (where, o['role']))
        known = {t['visit_date']} | {v['date'] for v in t['visits']} | {o['date'] for o in t['other_dates']}
        dayfirst = t['lang'] != 'en' or t['template'] not in ()
        masked = full
        for s in [t['serial_as_written'], t['number']] + t['serials_as_written'] + [v['number'] for v in t['visits']]:
            if s:
                masked = masked.replace(s, '#')
        for w, iso in find_dates(masked, dayfirst):
            if iso not in known:
                E('%s: stray date %r' % (where, w))
        allw = [(t['visit_date_as_written'], t['visit_date'])] + [(v['date_as_written'], v['date']) for v in t['visits']] + \
               [(o['as_written'], o['date']) for o in t['other_dates']]
        for w, iso in allw:
            if w and iso not in [x[1] for x in find_dates(w, True)]:
                E('%s: date %r does not read as %s' % (where, w, iso))
        k = t['kind']
        if k in ('repair', 'service_report'):
            if len(t['visits']) != 1:
                E('%s: %d visits' % (where, len(t['visits'])))
            else:
                v = t['visits'][0]
                top = [t['visit_date'], t['visit_date_as_written'], t['fault'], t['cause'], t['action'], t['engineer'], t['engineer_id'], t['number']]
                if [v[x] for x in VKEYS] != top:
                    E('%s: visit differs from top level' % where)
        if k in ('repair', 'service_report', 'complaint', 'equipment_history'):
            days = [v['date'] for v in t['visits']] + ([t['visit_date']] if k == 'complaint' else [])
            for day in days:
                if owner_on(u, day) != t['customer']:
                    E('%s: %s not owner on %s' % (where, t['customer'], day))
                if day < u['install_date']:
                    E('%s: visit before installation' % where)
            for o in t['other_dates']:
                if o['role'] == 'follow_up' and o['date'] <= max(days):
                    E('%s: follow-up not after visit' % where)
                if o['role'] == 'report_printed' and o['date'] < max(days):
                    E('%s: printed before visit' % where)
        if k == 'complaint':
            if len(t['visits']) > 1 or any(v['date'] < t['visit_date'] for v in t['visits']):
                E('%s: complaint visits' % where)
        if k == 'equipment_history':
            ds = [v['date'] for v in t['visits']]
            if not 2 <= len(ds) <= 10 or (ds != sorted(ds) and ds != sorted(ds, reverse=True)) or t['visit_date'] != max(ds):
                E('%s: history entries' % where)
        if k == 'customer_file':
            pd = [o['date'] for o in t['other_dates'] if o['role'] == 'report_printed']
            if len(pd) != 1:
                E('%s: customer file date' % where)
            else:
                want = sorted(s for s, x in ud.items() if owner_on(x, pd[0]) == t['customer'] and x['install_date'] <= pd[0])
                if sorted(t['serials']) != want:
                    E('%s: serials %s != %s' % (where, t['serials'], want))
                for s, w in zip(t['serials'], t['serials_as_written']):
                    if canon(s) != canon(w):
                        E('%s: listed serial form' % where)
        # date_ambiguous
        w = t['visit_date_as_written'] or ''
        m = re.fullmatch(r'(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})', w)
        amb = False
        if m and not re.search(r'DD/MM/YYYY|MM/DD/YY|dd/mm/yyyy|DD\.MM\.YYYY|日/月/年', full):
            a, b = int(m.group(1)), int(m.group(2))
            others = re.findall(r'(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])', full)
            amb = a <= 12 and b <= 12 and a != b and not any(int(x) > 12 or int(y) > 12 for x, y in others)
        if amb != t['date_ambiguous']:
            E('%s: date_ambiguous should be %s' % (where, amb))
        namb += amb
    files = set()
    for dp, dn, fn in os.walk(os.path.join(root, 'docs')):
        for f in fn:
            files.add(os.path.relpath(os.path.join(dp, f), os.path.join(root, 'docs')).replace(os.sep, '/'))
    if files != seen:
        E('files without truth: %s' % sorted(files - seen)[:5])
    for f, ids in forms.items():
        if len(ids) > 1:
            E('form %r used for %s' % (f, sorted(ids)))
    if namb > 0.02 * len(truths):
        E('too many ambiguous dates: %d' % namb)
    for k in ('kind', 'lang', 'fmt', 'enc'):
        print(k, json.dumps(dict(sorted(counts.get(k, {}).items(), key=lambda x: -x[1])), ensure_ascii=False))
    print('documents %d, customers %d, units %d, moved %d, ambiguous %d, pdftotext %s' % (
        len(truths), len(custs), len(units), sum(1 for u in units if u['moves']), namb, use_tool))
    if err:
        print('\n'.join(err[:60]))
        print('%d errors' % len(err))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
