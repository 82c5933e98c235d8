# -*- coding: utf-8 -*-
"""Minimal .docx / .xlsx (zipfile, fixed timestamps) and .pdf (text layer) writers; text units for self-check."""
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZDATE = (2009, 9, 9, 9, 9, 8)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _x(s):
    return escape(s)


# ------------------------------------------------------------------ docx
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(text, bold=False, center=False, size=None):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, _x(text))


def _table(rows):
    ncol = max(len(r) for r in rows)
    w = 9000 // ncol
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>']
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        out.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side)
    out.append("</w:tblBorders></w:tblPr><w:tblGrid>")
    out.append('<w:gridCol w:w="%d"/>' % w * ncol)
    out.append("</w:tblGrid>")
    for r in rows:
        out.append("<w:tr>")
        for i, cell in enumerate(r):
            span = ncol - len(r) + 1 if i == len(r) - 1 and len(r) < ncol else 1
            tcpr = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (w * span, '<w:gridSpan w:val="%d"/>' % span if span > 1 else "")
            out.append("<w:tc>%s%s</w:tc>" % (tcpr, _para(str(cell))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_bytes(blocks, footer=None):
    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(_para(b[1]))
        elif b[0] == "h":
            body.append(_para(b[1], bold=True, center=True, size=32))
        elif b[0] == "b":
            body.append(_para(b[1], bold=True))
        elif b[0] == "t":
            body.append(_table(b[1]))
            body.append("<w:p/>")
        elif b[0] == "pb":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    sect = '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if footer else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels)]
    if footer:
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                 '</Relationships>')
        sect = sect % '<w:footerReference w:type="default" r:id="rIdF1"/>'
        files.append(("word/_rels/document.xml.rels", drels))
        files.append(("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W_NS, _para(footer))))
    else:
        sect = sect % ""
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s%s</w:body></w:document>'
           % (W_NS, "".join(body), sect))
    files.insert(2, ("word/document.xml", doc))
    return _zip(files)


def docx_units(blocks, footer=None):
    u = []
    for b in blocks:
        if b[0] in ("p", "h", "b"):
            u.append(b[1])
        elif b[0] == "t":
            for r in b[1]:
                u.extend(str(x) for x in r)
    if footer:
        u.append(footer)
    return u


# ------------------------------------------------------------------ xlsx
def _col(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


def xlsx_bytes(sheets):
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    files = []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        sd = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
                      % "".join(sd)))
    ct.append("</Types>")
    wb.append("</sheets></workbook>")
    wrels.append("</Relationships>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("xl/workbook.xml", "".join(wb)),
                 ("xl/_rels/workbook.xml.rels", "".join(wrels))] + files)


def xlsx_units(sheets):
    u = []
    for _, rows in sheets:
        for r in rows:
            u.extend(str(v) for v in r if v is not None and v != "")
    return u


# ------------------------------------------------------------------ pdf
def _tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    hi = [h for h in range(256) if not 0xD8 <= h <= 0xDF]
    for k in range(0, len(hi), 100):
        chunk = hi[k:k + 100]
        lines.append("%d beginbfrange" % len(chunk))
        for h in chunk:
            lines.append("<%02X00> <%02XFF> <%02X00>" % (h, h, h))
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _width_em(s, cjk):
    w = 0.0
    for ch in s:
        if ord(ch) < 128:
            w += 0.5 if cjk else 0.56
        else:
            w += 1.0
    return w


def pdf_bytes(lines, hant=False):
    """lines: list of str; '\f' as a line starts a new page."""
    pages = [[]]
    for ln in lines:
        if ln == "\f":
            pages.append([])
            continue
        if len(pages[-1]) >= 52:
            pages.append([])
        pages[-1].append(ln)
    objs = {}
    # 1 catalog, 2 pages, 3 helvetica, 4 cjk type0, 5 cidfont, 6 descriptor, 7 tounicode
    fname = "MSung-Light" if hant else "STSong-Light"
    enc = "UniCNS-UCS2-H" if hant else "UniGB-UCS2-H"
    order, supp = ("CNS1", 0) if hant else ("GB1", 2)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /%s /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>"
               % (fname, enc)).encode()
    objs[5] = ("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) "
               "/Supplement %d >> /FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>" % (fname, order, supp)).encode()
    objs[6] = ("<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
               "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % fname).encode()
    tu = zlib.compress(_tounicode(), 6)
    objs[7] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream"
    kids = []
    n = 8
    for pl in pages:
        ops = []
        y = 800
        for ln in pl:
            cjk = any(ord(ch) >= 128 for ch in ln)
            em = _width_em(ln, cjk) or 1
            size = min(10.5, 495.0 / em)
            if ln.strip():
                if cjk:
                    hexs = "".join("%04X" % ord(ch) for ch in ln if ord(ch) <= 0xFFFF)
                    ops.append("BT /F2 %.2f Tf 50 %d Td <%s> Tj ET" % (size, y, hexs))
                else:
                    t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    ops.append("BT /F1 %.2f Tf 50 %d Td (%s) Tj ET" % (size, y, t))
            y -= 14.5
        data = zlib.compress("\n".join(ops).encode("latin-1"), 6)
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[n + 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % n).encode()
        kids.append(n + 1)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)
