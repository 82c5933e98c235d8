# eleventhgen writers: .docx, .xlsx (zip + XML by hand) and .pdf (text layer, non-embedded CJK fonts, ToUnicode).
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZT = (2010, 10, 10, 10, 10, 10)


def _zip(parts):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return b.getvalue()


def _x(s):
    return escape(s, {'"': '&quot;'})


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _runs(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    out = []
    for k, line in enumerate(text.split('\n')):
        if k:
            out.append('<w:r><w:br/></w:r>')
        for j, seg in enumerate(line.split('\t')):
            if j:
                out.append('<w:r><w:tab/></w:r>')
            if seg:
                out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(seg)))
    return ''.join(out)


def _para(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ''
    return '<w:p>%s%s</w:p>' % (ppr, _runs(text, bold))


def docx(blocks):
    """blocks: ('p', text) ('h', text) ('t', rows) — a table cell may hold '\n\n' for separate paragraphs."""
    body = []
    for b in blocks:
        if b[0] in ('p', 'h'):
            body.append(_para(b[1], b[0] == 'h', b[0] == 'h'))
        else:
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>' +
                  ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s for s in
                          ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders></w:tblPr><w:tblGrid>' +
                  '<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol + '</w:tblGrid>']
            for r in rows:
                tb.append('<w:tr>')
                for k, cell in enumerate(r):
                    span = ncol - len(r) + 1 if k == len(r) - 1 and len(r) < ncol else 1
                    tcpr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ''
                    paras = ''.join(_para(p) for p in str(cell).split('\n\n'))
                    tb.append('<w:tc>%s%s</w:tc>' % (tcpr, paras))
                tb.append('</w:tr>')
            tb.append('</w:tbl>')
            body.append(''.join(tb))
            body.append('<w:p/>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1100" w:bottom="1200" w:left="1100" '
           'w:header="600" w:footer="600" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W, ''.join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, shared=False):
    """sheets: [(name, rows)]; cells are str or int/float. shared=True puts strings in sharedStrings.xml."""
    sst, idx = [], {}
    parts = []
    for si, (name, rows) in enumerate(sheets):
        xr = []
        for ri, row in enumerate(rows):
            cs = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri + 1)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cs.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif shared:
                    if v not in idx:
                        idx[v] = len(sst)
                        sst.append(v)
                    cs.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, idx[v]))
                else:
                    cs.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri + 1, ''.join(cs)))
        parts.append(('xl/worksheets/sheet%d.xml' % (si + 1),
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % ''.join(xr)))
    ov = ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                 for i in range(len(sheets)))
    if shared:
        ov += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>') % ov
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>') % ''.join(
        '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets))
    wrels = ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                    for i in range(len(sheets)))
    if shared:
        wrels += '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (len(sheets) + 1)
    out = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
           ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % wrels)]
    out += parts
    if shared:
        out.append(('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                    % (len(sst), len(sst), ''.join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in sst))))
    return _zip(out)


def _tounicode():
    lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
             '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /E11-UCS2 def', '/CMapType 2 def',
             '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange']
    rng = [hb for hb in range(256) if not 0xD8 <= hb <= 0xDF]
    for k in range(0, len(rng), 100):
        chunk = rng[k:k + 100]
        lines.append('%d beginbfrange' % len(chunk))
        lines += ['<%02X00> <%02XFF> <%02X00>' % (h, h, h) for h in chunk]
        lines.append('endbfrange')
    lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
    return '\n'.join(lines).encode()


def pdf(lines, hant=False):
    """lines: list of str; 50 lines a page; CJK lines in STSong-Light / MSung-Light, ASCII lines in Helvetica."""
    objs = []

    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode('latin-1'))
        return len(objs)
    font, enc, order = ('MSung-Light', 'UniCNS-UCS2-H', 'CNS1') if hant else ('STSong-Light', 'UniGB-UCS2-H', 'GB1')
    catalog = add('')
    pages = add('')
    helv = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    fd = add('<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 '
             '/Descent -120 /CapHeight 880 /StemV 93 >>' % font)
    cid = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 4 >> '
              '/FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>' % (font, order, fd))
    tu = _tounicode()
    tuo = add(b'<< /Length %d >>\nstream\n' % len(tu) + tu + b'\nendstream')
    cjk = add('<< /Type /Font /Subtype /Type0 /BaseFont /%s-%s /Encoding /%s /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>'
              % (font, enc, enc, cid, tuo))
    kids = []
    for p0 in range(0, max(1, len(lines)), 50):
        ops = []
        y = 800
        for ln in lines[p0:p0 + 50]:
            if ln.strip():
                if all(ord(c) < 128 for c in ln):
                    w = len(ln) * 0.56
                    size = min(10.0, 515 / w) if w else 10.0
                    t = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
                    ops.append('BT /F1 %.2f Tf 40 %d Td (%s) Tj ET' % (size, y, t))
                else:
                    w = sum(0.5 if ord(c) < 128 else 1.0 for c in ln)
                    size = min(10.0, 515 / w)
                    hx = ''.join('%04X' % ord(c) if ord(c) < 0x10000 else '003F' for c in ln)
                    ops.append('BT /F2 %.2f Tf 40 %d Td <%s> Tj ET' % (size, y, hx))
            y -= 15
        data = zlib.compress('\n'.join(ops).encode('latin-1'), 6)
        st = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        kids.append(add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> '
                        '/Contents %d 0 R >>' % (pages, helv, cjk, st)))
    objs[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages).encode()
    objs[pages - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, catalog, xref)
    return bytes(out)
