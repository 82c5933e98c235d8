# -*- coding: utf-8 -*-
"""Own writers for .docx, .xlsx and .pdf (text layer), deterministic."""
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZDATE = (2008, 8, 8, 8, 8, 8)


def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return b.getvalue()


def x(s):
    return escape(s, {'"': '&quot;'})

# ---------------- docx -----------------
# blocks: ('p', text, {'b':bool,'size':pt,'center':bool}) | ('table', rows) where a cell is str or (str, span)


def _run(t, b=False, size=None):
    rp = ''
    if b or size:
        rp = '<w:rPr>' + ('<w:b/>' if b else '') + ('<w:sz w:val="%d"/>' % (size * 2) if size else '') + '</w:rPr>'
    parts = t.split('\t')
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append('<w:r>%s<w:tab/></w:r>' % rp)
        if p:
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, x(p)))
    return ''.join(out)


def _para(t, o=None):
    o = o or {}
    pp = '<w:pPr><w:jc w:val="center"/></w:pPr>' if o.get('center') else ''
    lines = t.split('\n')
    body = '<w:r><w:br/></w:r>'.join(_run(l, o.get('b'), o.get('size')) for l in lines)
    return '<w:p>%s%s</w:p>' % (pp, body)


def docx_bytes(blocks, footer=None):
    body = []
    for blk in blocks:
        if blk[0] == 'p':
            body.append(_para(blk[1], blk[2] if len(blk) > 2 else None))
        else:
            rows = blk[1]
            ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in row) for row in rows)
            w = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                 '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                 '<w:tblGrid>' + ''.join('<w:gridCol w:w="%d"/>' % w for _ in range(ncol)) + '</w:tblGrid>']
            for row in rows:
                t.append('<w:tr>')
                for c in row:
                    span = 1
                    if isinstance(c, tuple):
                        c, span = c
                    tc = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (w * span, '<w:gridSpan w:val="%d"/>' % span if span > 1 else '')
                    t.append('<w:tc>%s%s</w:tc>' % (tc, ''.join(_para(l) for l in c.split('\n'))))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append('<w:p/>')
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sect = '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>' % (
        '<w:footerReference w:type="default" r:id="rId2"/>' if footer else '')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (ns, ''.join(body), sect)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if footer else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if footer else '')
             + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="SimSun"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
             ('word/_rels/document.xml.rels', drels), ('word/styles.xml', styles)]
    if footer:
        files.append(('word/footer1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (ns, _para(footer))))
    return _zip(files)


def docx_text(blocks, footer=None):
    out = []
    for blk in blocks:
        if blk[0] == 'p':
            out.append(blk[1])
        else:
            for row in blk[1]:
                out.append('\t'.join((c[0] if isinstance(c, tuple) else c) for c in row))
    if footer:
        out.append(footer)
    return '\n'.join(out)

# ---------------- xlsx -----------------


def _col(i):
    s = ''
    i += 1
    while i:
        i, m = divmod(i - 1, 26)
        s = chr(65 + m) + s
    return s


def xlsx_bytes(sheets):
    """sheets: [(name, rows, merges)] ; cells str or None"""
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    files = []
    for i, (name, rows, merges) in enumerate(sheets, 1):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), i, i))
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        sd = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                if v is None or v == '':
                    continue
                ref = '%s%d' % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(str(v))))
            sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        mg = ''
        if merges:
            mg = '<mergeCells count="%d">%s</mergeCells>' % (len(merges), ''.join('<mergeCell ref="%s"/>' % m for m in merges))
        files.append(('xl/worksheets/sheet%d.xml' % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData>%s</worksheet>' % (''.join(sd), mg)))
    wb.append('</sheets></workbook>')
    n = len(sheets)
    wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' % (n + 1))
    ct.append('</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    return _zip([('[Content_Types].xml', ''.join(ct)), ('_rels/.rels', rels), ('xl/workbook.xml', ''.join(wb)),
                 ('xl/_rels/workbook.xml.rels', ''.join(wrels)), ('xl/styles.xml', styles)] + files)


def xlsx_text(sheets):
    out = []
    for name, rows, merges in sheets:
        for row in rows:
            out.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)

# ---------------- pdf -----------------


def _tounicode():
    lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
             '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
             '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def', '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange']
    rng = [(h, ) for h in range(256) if not (0xD8 <= h <= 0xDF)]
    for i in range(0, len(rng), 100):
        chunk = rng[i:i + 100]
        lines.append('%d beginbfrange' % len(chunk))
        for (h,) in chunk:
            lines.append('<%02X00> <%02XFF> <%02X00>' % (h, h, h))
        lines.append('endbfrange')
    lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
    return '\n'.join(lines).encode('ascii')


def _pstr(s):
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def pdf_bytes(pages, trad=False, landscape=False):
    """pages: list of list of (text, size, bold?) lines laid top-down; or (x, y, text, size) tuples."""
    W, H = (842, 595) if landscape else (595, 842)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    cid = add(None)  # catalog placeholder
    pagesid = add(None)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    f1b = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    if trad:
        fname, ordering, sup, cmap = 'MSung-Light', 'CNS1', 4, 'UniCNS-UCS2-H'
    else:
        fname, ordering, sup, cmap = 'STSong-Light', 'GB1', 4, 'UniGB-UCS2-H'
    desc = add(('<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 '
                '/Descent -120 /CapHeight 880 /StemV 93 >>' % fname).encode())
    cidf = add(('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement %d >> '
                '/FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>' % (fname, ordering, sup, desc)).encode())
    tu = _tounicode()
    tuz = zlib.compress(tu, 6)
    tuid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(tuz) + tuz + b'\nendstream')
    f2 = add(('<< /Type /Font /Subtype /Type0 /BaseFont /%s-%s /Encoding /%s /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>'
              % (fname, cmap, cmap, cidf, tuid)).encode())
    kids = []
    for lines in pages:
        ops = []
        y = H - 56
        for ln in lines:
            text, size, bold = ln[0], ln[1], ln[2] if len(ln) > 2 else False
            xpos = ln[3] if len(ln) > 3 else 50
            if text == '':
                y -= size * 0.8
                continue
            avail = W - xpos - 40
            asc = all(32 <= ord(ch) < 127 for ch in text)
            width = (len(text) * size * 0.56) if asc else sum((size if ord(ch) > 127 else size * 0.5) for ch in text)
            if width > avail:
                size = max(4.0, size * avail / width)
            if asc:
                ops.append('BT /%s %.2f Tf %.2f %.2f Td %s Tj ET' % ('F1B' if bold else 'F1', size, xpos, y, _pstr(text)))
            else:
                hx = ''.join('%04X' % ord(ch) for ch in text)
                ops.append('BT /F2 %.2f Tf %.2f %.2f Td <%s> Tj ET' % (size, xpos, y, hx))
            y -= size * 1.45
        cs = zlib.compress('\n'.join(ops).encode('latin-1'), 6)
        sid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cs) + cs + b'\nendstream')
        pid = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F1B %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                   % (pagesid, W, H, f1, f1b, f2, sid)).encode())
        kids.append(pid)
    objs[cid - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pagesid).encode()
    objs[pagesid - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cid, xref)
    return bytes(out)


def pdf_text(pages):
    return '\n'.join(ln[0] for p in pages for ln in p)


def paginate(lines, per=52):
    pages = []
    for i in range(0, len(lines), per):
        pages.append(lines[i:i + per])
    return pages or [[]]
