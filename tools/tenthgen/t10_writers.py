# -*- coding: utf-8 -*-
"""Minimal hand-written writers: .docx, .xlsx (zip, fixed timestamps) and .pdf (text only)."""
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZIP_TIME = (2010, 10, 10, 10, 10, 10)


def _zip(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def _x(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------- docx
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text, bold=False):
    out = []
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    pieces = text.split("\v")
    for i, piece in enumerate(pieces):
        if i:
            out.append("<w:r>%s<w:br/></w:r>" % rpr)
        segs = piece.split("\t")
        for j, seg in enumerate(segs):
            if j:
                out.append("<w:r>%s<w:tab/></w:r>" % rpr)
            if seg:
                out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(seg)))
    return "".join(out)


def _para(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return "<w:p>%s%s</w:p>" % (ppr, _run(text, bold))


def _table(rows):
    ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>']
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        out.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side)
    out.append("</w:tblBorders></w:tblPr><w:tblGrid>")
    out.append('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
    out.append("</w:tblGrid>")
    for r in rows:
        out.append("<w:tr>")
        for c in r:
            span = 1
            if isinstance(c, tuple):
                c, span = c
            tcpr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ""
            paras = "".join(_para(p) for p in str(c).split("\n"))
            out.append("<w:tc>%s%s</w:tc>" % (tcpr, paras))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(blocks):
    """blocks: ('h', text) | ('p', text) | ('t', rows); rows of cells (str or (str, span)).
    In a paragraph '\\v' is a line break, '\\t' a tab; in a cell '\\n' starts a new paragraph."""
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append(_para(b[1], bold=True, center=True))
        elif b[0] == "p":
            body.append(_para(b[1]))
        elif b[0] == "t":
            body.append(_table(b[1]))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
           'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W_NS, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ---------------------------------------------------------------- xlsx
def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: [(name, rows)], rows of cells: str, int, float or None."""
    parts = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
               'openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for ri, row in enumerate(rows, 1):
            out.append('<row r="%d">' % ri)
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        parts.append(("xl/worksheets/sheet%d.xml" % k, "".join(out)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), k, k))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                       'officedocument.spreadsheetml.worksheet+xml"/>' % k)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.'
          'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
          'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wrels)] + parts)


# ---------------------------------------------------------------- pdf
PAGE_LINES = 50


def _pdf_str_ascii(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
             "endcodespacerange"]
    ranges = ["<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in range(256) if not 0xD8 <= h <= 0xDF]
    for k in range(0, len(ranges), 100):
        chunk = ranges[k:k + 100]
        lines.append("%d beginbfrange" % len(chunk))
        lines.extend(chunk)
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def pdf(lines, trad=False):
    """lines: list of str; '\\f' as a line forces a new page. Non-ASCII lines use a CID font."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= PAGE_LINES:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    if cur or not pages:
        pages.append(cur)
    objs = {}
    font_cid = 3
    objs[3] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /%s /DescendantFonts [5 0 R] "
               b"/ToUnicode 6 0 R >>" % ((b"MSung-Light", b"UniCNS-UCS2-H") if trad else (b"STSong-Light", b"UniGB-UCS2-H")))
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (%s) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>"
               % ((b"MSung-Light", b"CNS1") if trad else (b"STSong-Light", b"GB1")))
    tu = zlib.compress(_tounicode(), 6)
    objs[6] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream"
    objs[7] = (b"<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
               b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % (b"MSung-Light" if trad else b"STSong-Light"))
    kids = []
    n = 8
    for pg in pages:
        ops = [b"BT"]
        y = 800
        for ln in pg:
            size = 10.0
            width = sum(1.0 if ord(ch) > 127 else 0.55 for ch in ln) * size
            if width > 520:
                size = max(4.0, size * 520 / width)
            if all(ord(ch) < 128 for ch in ln):
                ops.append(b"/F2 %.1f Tf 1 0 0 1 40 %d Tm %s Tj" % (size, y, _pdf_str_ascii(ln)))
            else:
                hexs = "".join("%04X" % ord(ch) for ch in ln if ord(ch) < 0x10000)
                ops.append(b"/F1 %.1f Tf 1 0 0 1 40 %d Tm <%s> Tj" % (size, y, hexs.encode("ascii")))
            y -= 15
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 6)
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                       b"/F2 4 0 R >> >> /Contents %d 0 R >>" % (font_cid, n))
        kids.append(n + 1)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    total = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for k in range(1, total):
        out.write(b"%010d 00000 n \n" % offs[k])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    return out.getvalue()
