#!/usr/bin/env python3
"""check.py — consistency check of a tunegen output folder.

    python3 tools/tunegen/check.py DIR

Re-reads DIR without importing the generator: it has its own date parser, serial
canonicaliser and .docx text extraction.  Exit status 1 on any error.
"""

import collections
import datetime as dt
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

# common characters that exist in only one of the two scripts (simplified, traditional)
PAIRS = ('们們个個这這来來时時为為说說国國会會对對后後发發检檢应應机機与與术術还還实實点點电電维維设設备備'
         '号號单單务務护護处處员員据據码碼仪儀显顯离離测測关關问問题題换換断斷联聯络絡场場录錄户戶项項报報'
         '询詢础礎级級传傳页頁书書门門东東车車长長马馬见見风風厂廠广廣业業产產亲親从從优優伤傷价價动動内內'
         '两兩压壓图圖块塊坏壞复復头頭导導层層师師带帶帮幫库庫废廢开開异異张張强強归歸总總执執扩擴扫掃损損'
         '数數无無旧舊杂雜权權条條极極构構标標样樣楼樓气氣没沒济濟润潤渐漸灯燈热熱环環现現疗療盘盤监監盖蓋'
         '确確种種积積称稱稳穩简簡类類纠糾红紅约約纸紙线線练練组組细細终終经經结結给給统統继繼续續综綜网網'
         '职職脑腦节節药藥补補装裝规規视視订訂认認让讓议議记記讲講许許论論设設证證识識诉訴试試诊診该該请請'
         '读讀调調质質购購费費资資转轉软軟较較边邊过過运運进進远遠连連适適选選递遞钟鐘铁鐵错錯锁鎖闭閉间間'
         '阀閥阵陣际際险險随隨难難须須领領频頻验驗黄黃齐齊历歷')
SIMP_ONLY = set(PAIRS[0::2])
TRAD_ONLY = set(PAIRS[1::2])
assert not (SIMP_ONLY & TRAD_ONLY)

ENGINEERS = {  # id: (simplified, traditional, surname pinyin)
    'E01': ('张伟', '張偉', 'Zhang'), 'E02': ('李强', '李強', 'Li'), 'E03': ('王磊', '王磊', 'Wang'),
    'E04': ('刘洋', '劉洋', 'Liu'), 'E05': ('陈静', '陳靜', 'Chen'), 'E06': ('杨帆', '楊帆', 'Yang'),
    'E07': ('赵敏', '趙敏', 'Zhao'), 'E08': ('黄涛', '黃濤', 'Huang'), 'E09': ('周杰', '周杰', 'Zhou'),
    'E10': ('吴昊', '吳昊', 'Wu'), 'E11': ('徐明', '徐明', 'Xu'), 'E12': ('孙丽', '孫麗', 'Sun'),
    'E13': ('林志豪', '林志豪', 'Lin'), 'E14': (None, None, 'Hughes'), 'E15': (None, None, 'Tan'),
}

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
MONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
MONRE = '|'.join(MONS)
CNUM = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def cn_small(s):
    """一..三十一"""
    if '十' in s:
        a, _, b = s.partition('十')
        return (CNUM[a] if a else 1) * 10 + (CNUM[b] if b else 0)
    return CNUM[s]


def cn_digits(s):
    return int(''.join(str(CNUM[c]) for c in s))


P_ISO = re.compile(r'(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)')
P_CN = re.compile(r'(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]')
P_CNNUM = re.compile(r'([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日')
P_ROCCN = re.compile(r'中華民國([〇零一二三四五六七八九]{2,3})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日')
P_ROC = re.compile(r'(?<![\d/.])(\d{2,3})年(\d{1,2})月(\d{1,2})日')
P_ROCSL = re.compile(r'(?<![\d/.])(\d{2,3})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])')
P_NUM = re.compile(r'(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])')
P_COMPACT = re.compile(r'(?<![\w-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\w)')
P_DMY = re.compile(r'(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ -](' + MONRE + r')[a-z]*\.?,?[ -]((?:19|20)\d{2})(?!\d)', re.I)
P_MDY = re.compile(r'\b(' + MONRE + r')[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d{2})(?!\d)', re.I)


def mk(y, m, d):
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def locale_of(text):
    if re.search(r'DD/MM/YYYY', text, re.I):
        return 'dm'
    if re.search(r'MM/DD/YYYY', text, re.I):
        return 'md'
    a = b = False
    for m in P_NUM.finditer(text):
        if int(m.group(1)) > 12:
            a = True
        if int(m.group(2)) > 12:
            b = True
    if a and not b:
        return 'dm'
    if b and not a:
        return 'md'
    return None


def find_dates(text, lang, loc):
    """[(start, end, {iso candidates})] for every full date in text."""
    out = []
    taken = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(m, isos):
        isos = {x for x in isos if x}
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), isos))

    for m in P_ROCCN.finditer(text):
        add(m, [mk(cn_digits(m.group(1)) + 1911, cn_small(m.group(2)), cn_small(m.group(3)))])
    for m in P_CNNUM.finditer(text):
        add(m, [mk(cn_digits(m.group(1)), cn_small(m.group(2)), cn_small(m.group(3)))])
    for m in P_CN.finditer(text):
        add(m, [mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))])
    for m in P_ISO.finditer(text):
        add(m, [mk(int(m.group(1)), int(m.group(3)), int(m.group(4)))])
    for m in P_DMY.finditer(text):
        add(m, [mk(int(m.group(3)), MONS.index(m.group(2).lower()[:3]) + 1, int(m.group(1)))])
    for m in P_MDY.finditer(text):
        add(m, [mk(int(m.group(3)), MONS.index(m.group(1).lower()[:3]) + 1, int(m.group(2)))])
    for m in P_NUM.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if loc == 'dm':
            add(m, [mk(y, b, a)])
        elif loc == 'md':
            add(m, [mk(y, a, b)])
        else:
            add(m, [mk(y, b, a), mk(y, a, b)])
    for m in P_COMPACT.finditer(text):
        add(m, [mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))])
    if lang == 'zh-Hant':
        for m in P_ROC.finditer(text):
            y = int(m.group(1))
            if 80 <= y <= 130:
                add(m, [mk(y + 1911, int(m.group(2)), int(m.group(3)))])
        for m in P_ROCSL.finditer(text):
            y = int(m.group(1))
            if 80 <= y <= 130:
                add(m, [mk(y + 1911, int(m.group(3)), int(m.group(4)))])
    out.sort()
    return out


def parse_written(s, lang, loc):
    ds = find_dates(s, lang, loc)
    return ds[0][2] if ds else set()


# ---------------------------------------------------------------------------
# other helpers
# ---------------------------------------------------------------------------
def canon(s):
    s = unicodedata.normalize('NFKC', s).upper()
    return ''.join(ch for ch in s if ch.isalnum())


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        for need in ('[Content_Types].xml', '_rels/.rels', 'word/document.xml'):
            if need not in names:
                raise ValueError(f'missing {need}')
        ET.fromstring(z.read('[Content_Types].xml'))
        ET.fromstring(z.read('_rels/.rels'))
        root = ET.fromstring(z.read('word/document.xml'))
    return '\n'.join(''.join(t.text or '' for t in p.iter(W + 't')) for p in root.iter(W + 'p'))


def norm(s):
    return unicodedata.normalize('NFKC', s).lower()


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check.py DIR')
    root = sys.argv[1]
    errors = []

    def err(msg):
        errors.append(msg)

    customers = json.load(open(os.path.join(root, 'customers.json'), encoding='utf-8'))['customers']
    units = json.load(open(os.path.join(root, 'units.json'), encoding='utf-8'))['units']
    truth = [json.loads(x) for x in open(os.path.join(root, 'truth.jsonl'), encoding='utf-8') if x.strip()]
    C = {}
    for c in customers:
        if c['id'] in C:
            err(f'duplicate customer id {c["id"]}')
        C[c['id']] = c
        for k in ('id', 'name', 'city', 'city_pinyin', 'number', 'institution', 'department', 'english', 'brand',
                  'traditional', 'address'):
            if k not in c:
                err(f'customer {c["id"]} lacks {k}')
    U = {}
    for u in units:
        k = canon(u['serial'])
        if k in U:
            err(f'duplicate serial {u["serial"]}')
        U[k] = u
        if u['owner'] not in C:
            err(f'unit {u["serial"]} owner {u["owner"]} unknown')
        if not (u['purchase_date'] <= u['install_date'] < u['warranty_until']):
            err(f'unit {u["serial"]} dates out of order')
    models = {u['model'] for u in units}
    trad_city = collections.defaultdict(list)  # the city as traditional names write it
    for c in customers:
        if c['name'].startswith(c['city']):
            tc = c['traditional'][:len(c['city'])]
            if tc not in trad_city[c['city']]:
                trad_city[c['city']].append(tc)

    docs_root = os.path.join(root, 'docs')
    on_disk = set()
    for dp, _, fs in os.walk(docs_root):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(dp, f), docs_root).replace(os.sep, '/'))
    seen = set()
    counts = {k: collections.Counter() for k in ('kind', 'lang', 'template', 'encoding', 'ext')}
    amb = 0
    svc = 0
    first_other = 0
    forms_by_cust = collections.defaultdict(set)
    form_owner = collections.defaultdict(set)
    EXPECT_KEYS = ['path', 'kind', 'template', 'lang', 'encoding', 'customer', 'customer_as_written', 'serial',
                   'serial_as_written', 'model', 'model_as_written', 'visit_date', 'visit_date_as_written', 'other_dates',
                   'date_ambiguous', 'fault', 'cause', 'action', 'engineer', 'engineer_id', 'number', 'visits', 'serials',
                   'serials_as_written']
    for t in truth:
        p = t.get('path')
        where = f'{p} ({t.get("template")})'
        if list(t.keys()) != EXPECT_KEYS:
            err(f'{where}: keys {list(t.keys())}')
            continue
        if p in seen:
            err(f'{where}: listed twice')
        seen.add(p)
        fp = os.path.join(docs_root, p)
        if not os.path.isfile(fp):
            err(f'{where}: missing file')
            continue
        raw = open(fp, 'rb').read()
        enc = t['encoding']
        for k, v in (('kind', t['kind']), ('lang', t['lang']), ('template', t['template']), ('encoding', enc),
                     ('ext', p.rsplit('.', 1)[-1])):
            counts[k][v] += 1
        try:
            if p.endswith('.docx'):
                if enc != 'utf-8':
                    err(f'{where}: docx encoding {enc}')
                text = docx_text(raw)
            else:
                if enc == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'):
                    err(f'{where}: utf-8-sig without BOM')
                if enc == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
                    err(f'{where}: BOM but utf-8')
                text = raw.decode(enc).replace('\r\n', '\n')
        except Exception as e:  # noqa: BLE001
            err(f'{where}: cannot decode as {enc}: {e}')
            continue
        lang = t['lang']
        loc = locale_of(text)

        def present(s, what):
            if s is not None and s not in text:
                err(f'{where}: {what} {s!r} not in text')

        for k in ('customer_as_written', 'serial_as_written', 'model_as_written', 'visit_date_as_written', 'fault',
                  'cause', 'action', 'engineer', 'number'):
            present(t[k], k)
        # customer
        kind = t['kind']
        cid = t['customer']
        if kind == 'training':
            if cid is not None or t['customer_as_written'] is not None:
                err(f'{where}: training with a customer')
        else:
            if cid not in C:
                err(f'{where}: customer {cid} unknown')
                continue
            if not t['customer_as_written']:
                err(f'{where}: no customer_as_written')
            else:
                c = C[cid]
                f = t['customer_as_written']
                forms_by_cust[cid].add(f)
                names = [c['city'], c['city_pinyin'], c['city'].replace('台', '臺')]
                names += trad_city.get(c['city'], [])
                anchors = names + [x for x in (c['brand'],) if x]
                if c['institution'] == '省人民医院':  # provincial hospital: the province names it
                    k = c['name'].index('省')
                    anchors += [c['name'][:k], c['traditional'][:k], c['english'].split()[0]]
                anchors_n = [norm(a) for a in anchors]
                has_anchor = any(a in norm(f) for a in anchors_n)
                if c['brand'] is None and not has_anchor:
                    if not any(norm(a) in norm(text) for a in names):
                        err(f'{where}: city-less customer form {f!r} without the city in the text')
                    form_owner[(norm(f), c['city'])].add(cid)
                else:
                    form_owner[(norm(f), None)].add(cid)
        # unit
        if t['serial'] is not None:
            u = U.get(canon(t['serial']))
            if u is None:
                err(f'{where}: serial {t["serial"]} unknown')
                continue
            if u['owner'] != cid:
                err(f'{where}: unit {t["serial"]} not owned by {cid}')
            if t['model'] != u['model']:
                err(f'{where}: model {t["model"]} != unit model {u["model"]}')
            if t['serial_as_written'] is not None and canon(t['serial_as_written']) != canon(t['serial']):
                err(f'{where}: serial_as_written {t["serial_as_written"]!r} does not canonicalise to {t["serial"]}')
        else:
            u = None
        if t['model'] is not None:
            if t['model'] not in models:
                err(f'{where}: model {t["model"]} unknown')
            if t['model_as_written'] is not None and canon(t['model_as_written']) != canon(t['model']):
                err(f'{where}: model_as_written {t["model_as_written"]!r} does not match {t["model"]}')
        elif kind in ('repair', 'service_report', 'complaint', 'equipment_history', 'training'):
            err(f'{where}: no model')
        if kind in ('repair', 'service_report', 'complaint', 'equipment_history') and u is None:
            err(f'{where}: no unit')
        # serial lists
        if len(t['serials']) != len(t['serials_as_written']):
            err(f'{where}: serials / serials_as_written length differ')
        for s, sw in zip(t['serials'], t['serials_as_written']):
            present(sw, 'serials_as_written')
            if canon(s) != canon(sw):
                err(f'{where}: listed serial {sw!r} != {s}')
            uu = U.get(canon(s))
            if uu is None or uu['owner'] != cid:
                err(f'{where}: listed serial {s} not owned by {cid}')
        if kind == 'customer_file' and not t['serials'] and t['template'] not in ():
            err(f'{where}: customer file without units')
        # engineers
        eids = [(t['engineer'], t['engineer_id'])] + [(v['engineer'], v['engineer_id']) for v in t['visits']]
        for ew, eid in eids:
            if ew is None and eid is None:
                continue
            if eid not in ENGINEERS:
                err(f'{where}: engineer id {eid}')
                continue
            zh, zt, py = ENGINEERS[eid]
            ok = (py.lower() in ew.lower()) or (zh and (zh[0] in ew or zt[0] in ew))
            if not ok:
                err(f'{where}: engineer {ew!r} does not look like {eid}')
        # dates
        known = set()

        def chk_date(iso, w, what):
            if iso is None:
                return
            known.add(iso)
            if w is None:
                err(f'{where}: {what} without written form')
                return
            present(w, what)
            cands = parse_written(w, lang, loc)
            if iso not in cands:
                err(f'{where}: {what} {w!r} parses to {sorted(cands)} not {iso}')

        chk_date(t['visit_date'], t['visit_date_as_written'], 'visit date')
        for v in t['visits']:
            chk_date(v['date'], v['date_as_written'], 'visit')
            for k in ('fault', 'cause', 'action', 'engineer', 'number'):
                present(v[k], 'visit ' + k)
        for o in t['other_dates']:
            if o['role'] not in ('install', 'purchase', 'warranty_until', 'follow_up', 'report_printed'):
                err(f'{where}: role {o["role"]}')
            chk_date(o['date'], o['as_written'], o['role'])
            if o['role'] in ('install', 'purchase', 'warranty_until'):
                field = {'install': 'install_date', 'purchase': 'purchase_date', 'warranty_until': 'warranty_until'}[o['role']]
                pool = [u] if u else [U.get(canon(s)) for s in t['serials']]
                if not any(x and x[field] == o['date'] for x in pool):
                    err(f'{where}: {o["role"]} {o["date"]} matches no unit of the document')
            if o['role'] in ('follow_up', 'report_printed') and t['visit_date'] and o['date'] < t['visit_date']:
                err(f'{where}: {o["role"]} before the visit')
        for s, e, isos in find_dates(text, lang, loc):
            if not (isos & known):
                err(f'{where}: date {text[s:e]!r} in text has no role in the truth')
        # kind rules
        vs = t['visits']
        if kind in ('repair', 'service_report'):
            if len(vs) != 1:
                err(f'{where}: {kind} with {len(vs)} visits')
            else:
                v = vs[0]
                if v['date'] != t['visit_date']:
                    err(f'{where}: visit date differs from visit_date')
                for k in ('fault', 'cause', 'action', 'engineer', 'engineer_id', 'number'):
                    if v[k] != t[k]:
                        err(f'{where}: visit {k} differs from top level')
            if t['action'] is None or t['engineer'] is None:
                err(f'{where}: no action or engineer')
            svc += 1
            vw = t['visit_date_as_written']
            pos_v = text.find(vw) if vw else -1
            pos_o = [text.find(o['as_written']) for o in t['other_dates']
                     if o['role'] in ('install', 'purchase', 'warranty_until', 'follow_up')]
            if pos_o and min(pos_o) < pos_v:
                first_other += 1
        elif kind == 'complaint':
            if len(vs) > 1:
                err(f'{where}: complaint with {len(vs)} visits')
            if vs and vs[0]['date'] < t['visit_date']:
                err(f'{where}: site visit before the complaint')
            if t['fault'] is None:
                err(f'{where}: complaint without fault')
        elif kind == 'equipment_history':
            if not (1 <= len(vs) <= 10):
                err(f'{where}: history with {len(vs)} entries')
            elif vs:
                newest = max(vs, key=lambda x: x['date'])
                if newest['date'] != t['visit_date']:
                    err(f'{where}: visit_date is not the newest entry')
                for k in ('fault', 'cause', 'action', 'engineer', 'engineer_id'):
                    if newest[k] != t[k]:
                        err(f'{where}: top-level {k} is not the newest entry\'s')
                ds = [x['date'] for x in vs]
                if ds != sorted(ds) and ds != sorted(ds, reverse=True):
                    err(f'{where}: history entries not in date order')
        else:
            if t['visit_date'] is not None or vs:
                err(f'{where}: {kind} with a visit')
        if u is not None:
            for v in vs:
                if v['date'] < u['install_date']:
                    err(f'{where}: visit {v["date"]} before installation {u["install_date"]}')
            if t['visit_date'] and t['visit_date'] < u['install_date']:
                err(f'{where}: visit_date before installation')
        # ambiguity
        a = False
        vw = t['visit_date_as_written']
        if vw:
            m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: .*)?', vw)
            if m:
                x, y = int(m.group(1)), int(m.group(2))
                a = x <= 12 and y <= 12 and x != y and loc is None
        if a != t['date_ambiguous']:
            err(f'{where}: date_ambiguous {t["date_ambiguous"]} but text says {a}')
        amb += bool(t['date_ambiguous'])
        # scripts
        if lang == 'zh-Hans':
            bad = sorted(set(ch for ch in text if ch in TRAD_ONLY))
            if bad:
                err(f'{where}: traditional characters in zh-Hans: {"".join(bad)}')
        elif lang == 'zh-Hant':
            bad = sorted(set(ch for ch in text if ch in SIMP_ONLY))
            if bad:
                err(f'{where}: simplified characters in zh-Hant: {"".join(bad)}')
    for p in sorted(on_disk - seen):
        err(f'{p}: file without a truth line')
    for (f, city), owners in sorted(form_owner.items(), key=lambda x: (x[0][0], x[0][1] or '')):
        if len(owners) > 1:
            err(f'customer form {f!r} ({city or "any city"}) used for {sorted(owners)}')
    n = len(truth)
    share = amb / n if n else 0
    if share > 0.02:
        err(f'date_ambiguous share {share:.2%} > 2%')

    print(f'{n} documents, {len(customers)} customers, {len(units)} units')
    for k in ('kind', 'lang', 'encoding', 'ext', 'template'):
        items = sorted(counts[k].items())
        print(f'by {k}: ' + ', '.join(f'{a} {b}' for a, b in items))
    print(f'date_ambiguous: {amb} ({share:.2%})')
    if svc:
        print(f'repair/service documents with install/purchase/warranty/follow-up date before the visit date: '
              f'{first_other}/{svc} ({first_other / svc:.0%})')
    nf = [len(v) for v in forms_by_cust.values()]
    if nf:
        print(f'customer names: {sum(nf)} distinct written forms over {len(nf)} customers '
              f'(avg {sum(nf) / len(nf):.1f}, max {max(nf)})')
    if errors:
        print(f'\n{len(errors)} ERRORS')
        for e in errors[:60]:
            print('  ' + e)
        if len(errors) > 60:
            print(f'  ... {len(errors) - 60} more')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
