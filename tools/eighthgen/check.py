#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py DIR [--no-pdftotext] : re-read an eighthgen output and verify it against its truth.

Does not import the generator: own extraction of .docx/.xlsx (unzip + XML), .pdf (pdftotext), own date finder."""
import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

KEYS = ['path', 'kind', 'template', 'lang', 'encoding', 'customer', 'customer_as_written', 'serial', 'serial_as_written',
        'model', 'model_as_written', 'visit_date', 'visit_date_as_written', 'other_dates', 'date_ambiguous', 'fault',
        'cause', 'action', 'engineer', 'engineer_id', 'number', 'visits', 'serials', 'serials_as_written']
VKEYS = ['date', 'date_as_written', 'fault', 'cause', 'action', 'engineer', 'engineer_id', 'number']
ROLES = {'install', 'purchase', 'warranty_until', 'follow_up', 'report_printed'}
KINDS = {'repair', 'service_report', 'complaint', 'equipment_history', 'customer_file', 'training'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
S = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def docx_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    out = []
    for n in sorted(z.namelist()):
        if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'footer' in n or 'header' in n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                s = []
                for el in p.iter():
                    if el.tag == W + 't':
                        s.append(el.text or '')
                    elif el.tag == W + 'tab':
                        s.append('\t')
                    elif el.tag == W + 'br':
                        s.append('\n')
                out.append(''.join(s))
        elif n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    return '\n'.join(out)


def xlsx_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(S + 'si'):
            shared.append(''.join(t.text or '' for t in si.iter(S + 't')))
    out = []
    for n in sorted(z.namelist()):
        if n.startswith('xl/worksheets/') and n.endswith('.xml'):
            for row in ET.fromstring(z.read(n)).iter(S + 'row'):
                cells = []
                for c in row.iter(S + 'c'):
                    if c.get('t') == 'inlineStr':
                        cells.append(''.join(t.text or '' for t in c.iter(S + 't')))
                    elif c.get('t') == 's':
                        cells.append(shared[int(c.find(S + 'v').text)])
                    else:
                        v = c.find(S + 'v')
                        cells.append(v.text if v is not None else '')
                out.append('\t'.join(cells))
        elif n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    return '\n'.join(out)


def pdf_text(path):
    raw = subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
    lay = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
    lay = re.sub(r'[ \t]+', ' ', lay)
    return raw, lay


def canon(s):
    s = unicodedata.normalize('NFKC', s).upper()
    return re.sub(r'[^0-9A-Z]', '', s)


MON = {m: i + 1 for i, m in enumerate(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'])}
CN = {'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def cnnum(s):
    if all(c in CN for c in s):
        return int(''.join(str(CN[c]) for c in s))
    if s == '十':
        return 10
    if s.startswith('十'):
        return 10 + CN[s[1]]
    a, _, b = s.partition('十')
    return CN[a] * 10 + (CN[b] if b else 0)


def mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text, us=False):
    """yield (string, date) for every full date found"""
    res = []
    pats = [
        (r'(?<!\d)(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]', lambda m: mk(int(m[1]), int(m[2]), int(m[3]))),
        (r'民國\s*(\d{2,3})年(\d{1,2})月(\d{1,2})日', lambda m: mk(int(m[1]) + 1911, int(m[2]), int(m[3]))),
        (r'(?<![\d民國])(1[01]\d)年(\d{1,2})月(\d{1,2})日', lambda m: mk(int(m[1]) + 1911, int(m[2]), int(m[3]))),
        (r'([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日', lambda m: mk(cnnum(m[1]), cnnum(m[2]), cnnum(m[3]))),
        (r'(?<![\d.\-/A-Za-z])(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.\-/])', lambda m: mk(int(m[1]), int(m[2]), int(m[3]))),
        (r'(?<![\d./A-Za-z])(1[01]\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d./])', lambda m: mk(int(m[1]) + 1911, int(m[2]), int(m[3]))),
        (r'(?<![\d./A-Za-z\-])(\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])', lambda m: mk(2000 + int(m[1]), int(m[2]), int(m[3]))),
        (r'(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)(?!\d)', lambda m: (mk(int(m[3]), int(m[1]), int(m[2])) if us else mk(int(m[3]), int(m[2]), int(m[1])))),
        (r'(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ -](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,?[ -](20\d\d|\d\d)(?!\d)',
         lambda m: mk(int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3]), MON[m[2].upper()], int(m[1]))),
        (r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2}), (20\d\d)', lambda m: mk(int(m[3]), MON[m[1].upper()], int(m[2]))),
    ]
    for p, f in pats:
        for m in re.finditer(p, text):
            res.append((m.group(0), f(m), m.start()))
    return res


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    use_pdf = '--no-pdftotext' not in sys.argv
    if not args:
        print(__doc__)
        return 2
    d = args[0]
    errs = []

    def err(s):
        errs.append(s)
    if not os.path.exists(os.path.join(d, '.eighthgen')):
        err('marker missing')
    custs = json.load(open(os.path.join(d, 'customers.json'), encoding='utf-8'))['customers']
    units = json.load(open(os.path.join(d, 'units.json'), encoding='utf-8'))['units']
    cid = {c['id']: c for c in custs}
    ck = ['id', 'name', 'city', 'city_pinyin', 'number', 'institution', 'department', 'english', 'brand', 'traditional', 'address', 'former_names']
    for c in custs:
        if list(c) != ck:
            err('customer keys %s' % c['id'])
    if len(cid) != len(custs):
        err('duplicate customer ids')
    byser = {u['serial']: u for u in units}
    if len(byser) != len(units):
        err('duplicate serials')
    for u in units:
        if list(u) != ['serial', 'model', 'owner', 'install_date', 'purchase_date', 'warranty_until', 'family', 'moves']:
            err('unit keys %s' % u['serial'])
        if not (u['purchase_date'] <= u['install_date'] < u['warranty_until']):
            err('unit dates %s' % u['serial'])
        o = u['owner'] if not u['moves'] else u['moves'][-1]['to']
        if o != u['owner'] or o not in cid:
            err('unit owner %s' % u['serial'])
        prev = u['moves'][0]['from'] if u['moves'] else u['owner']
        for m in u['moves']:
            if m['from'] != prev or m['date'] <= u['install_date']:
                err('moves %s' % u['serial'])
            prev = m['to']

    def owner_on(u, day):
        o = u['moves'][0]['from'] if u['moves'] else u['owner']
        for m in u['moves']:
            if day >= m['date']:
                o = m['to']
        return o
    truths = [json.loads(l) for l in open(os.path.join(d, 'truth.jsonl'), encoding='utf-8')]
    seen = set()
    npdf = 0
    forms = {}
    for t in truths:
        p = t['path']
        if list(t) != KEYS:
            err('%s: keys' % p)
        if p in seen:
            err('%s listed twice' % p)
        seen.add(p)
        if t['kind'] not in KINDS:
            err('%s kind' % p)
        fp = os.path.join(d, 'docs', p)
        if not os.path.exists(fp):
            err('%s missing' % p)
            continue
        b = open(fp, 'rb').read()
        ext = p.rsplit('.', 1)[1]
        texts = []
        try:
            if ext == 'docx':
                texts = [docx_text(b)]
            elif ext == 'xlsx':
                texts = [xlsx_text(b)]
            elif ext == 'pdf':
                if not b.rstrip().endswith(b'%%EOF'):
                    err('%s: pdf incomplete' % p)
                if use_pdf:
                    texts = list(pdf_text(fp))
                    npdf += 1
            else:
                enc = t['encoding']
                if enc == 'utf-8-sig' and not b.startswith(b'\xef\xbb\xbf'):
                    err('%s: no BOM' % p)
                if enc == 'utf-8' and b.startswith(b'\xef\xbb\xbf'):
                    err('%s: unexpected BOM' % p)
                s = b.decode(enc)
                s = s.replace('\r\n', '\n')
                if ext == 'csv':
                    rows = list(csv.reader(io.StringIO(s)))
                    texts = ['\n'.join('\t'.join(r) for r in rows)]
                else:
                    texts = [s]
        except Exception as e:  # noqa
            err('%s: cannot read (%s)' % (p, e))
            continue
        for k, v in vis_strings(t):
            if texts and not all(v in tx or re.sub(r'\s+', ' ', v) in tx for tx in texts):
                err('%s: %s %r not in text' % (p, k, v))
        text = texts[0] if texts else ''
        # customer, unit
        kind = t['kind']
        if kind == 'training':
            if t['customer'] is not None or t['visit_date'] or t['visits'] or t['other_dates']:
                err('%s: training with customer/dates' % p)
            continue
        if t['customer'] not in cid:
            err('%s: unknown customer' % p)
        forms.setdefault(t['customer_as_written'], set()).add(t['customer'])
        vdays = [v['date'] for v in t['visits']]
        if t['serial']:
            u = byser.get(t['serial'])
            if not u:
                err('%s: unknown serial' % p)
            else:
                if t['model'] != u['model']:
                    err('%s: model' % p)
                if t['serial_as_written'] and canon(t['serial_as_written']) != canon(u['serial']):
                    err('%s: serial form %r' % (p, t['serial_as_written']))
                if t['model_as_written'] and canon(t['model_as_written']) != canon(u['model']):
                    err('%s: model form' % p)
                for day in vdays + ([t['visit_date']] if kind == 'complaint' else []):
                    if owner_on(u, day) != t['customer']:
                        err('%s: unit not owned by customer on %s' % (p, day))
                    if day < u['install_date']:
                        err('%s: visit before install' % p)
                for o in t['other_dates']:
                    if o['role'] in ('install', 'purchase', 'warranty_until'):
                        want = u[{'install': 'install_date', 'purchase': 'purchase_date', 'warranty_until': 'warranty_until'}[o['role']]]
                        if o['date'] != want:
                            err('%s: %s date mismatch' % (p, o['role']))
        # kind rules
        if kind in ('repair', 'service_report'):
            if len(t['visits']) != 1 or t['visits'][0]['date'] != t['visit_date']:
                err('%s: visits rule' % p)
            v = t['visits'][0]
            for k in ('fault', 'cause', 'action', 'engineer', 'engineer_id', 'number'):
                if v[k] != t[k]:
                    err('%s: top != visit %s' % (p, k))
            if kind == 'service_report' and (t['fault'] or t['cause']):
                err('%s: service with fault' % p)
        elif kind == 'complaint':
            for v in t['visits']:
                if v['date'] < t['visit_date']:
                    err('%s: complaint visit before receipt' % p)
        elif kind == 'equipment_history':
            if not 2 <= len(t['visits']) <= 10 or t['visit_date'] != max(vdays):
                err('%s: history rule' % p)
        elif kind == 'customer_file':
            if t['visit_date'] or t['visits'] or t['engineer']:
                err('%s: customer file with visit' % p)
            pr = [o['date'] for o in t['other_dates'] if o['role'] == 'report_printed']
            day = pr[0] if pr else '2100-01-01'
            for s in t['serials']:
                u = byser.get(s)
                if not u or owner_on(u, day) != t['customer'] or (pr and u['install_date'] > day):
                    err('%s: listed unit %s not owned' % (p, s))
            if len(t['serials']) != len(t['serials_as_written']):
                err('%s: serial lists' % p)
        for o in t['other_dates']:
            if o['role'] not in ROLES:
                err('%s: role' % p)
            if o['role'] == 'follow_up' and vdays and o['date'] <= max(vdays):
                err('%s: follow-up not after visit' % p)
            if o['role'] == 'report_printed' and vdays and o['date'] < max(vdays):
                err('%s: printed before visit' % p)
        # every full date has a role
        known = set(vdays + ([t['visit_date']] if t['visit_date'] else []) + [o['date'] for o in t['other_dates']])
        us = 'MM/DD/YYYY' in text
        masked = text
        for s in [t['serial_as_written'], t['number'], t['model_as_written']] + t['serials_as_written'] + [v['number'] for v in t['visits']]:
            if s:
                masked = masked.replace(s, ' ')
        for s, day, pos in find_dates(masked, us):
            if day is None:
                err('%s: bad date %r' % (p, s))
            elif day.isoformat() not in known:
                err('%s: date %r (%s) has no role' % (p, s, day))
            elif not 2010 <= day.year <= 2030:
                err('%s: date out of range' % p)
        for v in [t] + t['visits']:
            w = v.get('visit_date_as_written', v.get('date_as_written'))
            iso = v.get('visit_date', v.get('date'))
            if w:
                got = [x[1] for x in find_dates(w, us)]
                if not got or got[0].isoformat() != iso:
                    err('%s: date %r does not read as %s' % (p, w, iso))
        # scripts
        if t['lang'] == 'zh-Hans' and re.search('[們與屬區機號電腦儀器記錄維護]', text.replace(t['customer_as_written'] or '', '')):
            if re.search('[儀維護錄]', text):
                err('%s: traditional characters in zh-Hans' % p)
        if t['lang'] == 'zh-Hant' and re.search('[仪维护录检测]', text):
            err('%s: simplified characters in zh-Hant' % p)
    for dp, dn, fn in os.walk(os.path.join(d, 'docs')):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), os.path.join(d, 'docs'))
            if rel not in seen:
                err('%s has no truth line' % rel)
    for f, ids in forms.items():
        if len(ids) > 1:
            err('customer form %r used for %s' % (f, sorted(ids)))
    amb = sum(1 for t in truths if t['date_ambiguous'])
    if amb > 0.02 * len(truths):
        err('too many ambiguous dates')
    for e in errs[:60]:
        print('ERROR', e)
    print('%d documents, %d PDFs through pdftotext, %d errors' % (len(truths), npdf, len(errs)))
    print('OK' if not errs else 'FAILED')
    return 1 if errs else 0


def vis_strings(t):
    out = []
    for k in ('customer_as_written', 'serial_as_written', 'model_as_written', 'visit_date_as_written', 'fault', 'cause',
              'action', 'engineer', 'number'):
        if t[k]:
            out.append((k, t[k]))
    for v in t['visits']:
        if list(v) != VKEYS:
            out.append(('visit keys', '\x00'))
        for k in ('date_as_written', 'fault', 'cause', 'action', 'engineer', 'number'):
            if v[k]:
                out.append(('visit.' + k, v[k]))
    for o in t['other_dates']:
        if list(o) != ['role', 'date', 'as_written']:
            out.append(('other keys', '\x00'))
        out.append(('other.' + o['role'], o['as_written']))
    for s in t['serials_as_written']:
        out.append(('serials', s))
    return out


if __name__ == '__main__':
    sys.exit(main())
