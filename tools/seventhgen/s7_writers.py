"""seventhgen: hand-written .docx, .xlsx and .pdf writers (zipfile / zlib only), deterministic."""
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZIP_TIME = (2007, 7, 7, 7, 7, 8)


def _zip(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def x(s):
    return escape(s, {'"': "&quot;"})


# ------------------------------------------------------------------ docx
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _runs(text, bold=False, size=None, splits=()):
    """text -> runs; `splits` are cut positions (Word splits runs for no visible reason)."""
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    out = []
    lines = text.split("\n")
    for li, line in enumerate(lines):
        cuts = [0] + [c for c in splits if 0 < c < len(line)] + [len(line)]
        cuts = sorted(set(cuts))
        for a, b in zip(cuts, cuts[1:]):
            seg = line[a:b]
            parts = seg.split("\t")
            inner = []
            for pi, p in enumerate(parts):
                if pi:
                    inner.append("<w:tab/>")
                if p:
                    inner.append('<w:t xml:space="preserve">%s</w:t>' % x(p))
            out.append("<w:r>%s%s</w:r>" % (rpr, "".join(inner)))
        if li < len(lines) - 1:
            out.append("<w:r>%s<w:br/></w:r>" % rpr)
    return "".join(out)


def _para(text, style=None, bold=False, size=None, align=None, splits=()):
    ppr = ""
    bits = []
    if style:
        bits.append('<w:pStyle w:val="%s"/>' % style)
    if align:
        bits.append('<w:jc w:val="%s"/>' % align)
    if bits:
        ppr = "<w:pPr>%s</w:pPr>" % "".join(bits)
    return "<w:p>%s%s</w:p>" % (ppr, _runs(text, bold, size, splits))


def _table(rows, widths=None):
    """rows: list of rows; a cell is a str or a dict {t, span, vmerge ('restart'|'continue'), bold}."""
    ncols = max(sum((c.get("span", 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
    widths = widths or [int(9000 / ncols)] * ncols
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           '</w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for r in rows:
        out.append("<w:tr>")
        for c in r:
            if not isinstance(c, dict):
                c = {"t": c}
            tcpr = ""
            if c.get("span", 1) > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % c["span"]
            if c.get("vmerge") == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif c.get("vmerge") == "continue":
                tcpr += "<w:vMerge/>"
            out.append("<w:tc>%s" % ("<w:tcPr>%s</w:tcPr>" % tcpr if tcpr else ""))
            txt = c.get("t", "")
            for line in (txt.split("\n") if txt else [""]):
                out.append(_para(line, bold=c.get("bold", False), splits=c.get("splits", ())))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(blocks, header=None, footer=None, landscape=False):
    """blocks: ('p', text[, opts]) | ('h', text) | ('table', rows[, widths])."""
    body = []
    plain = []
    for b in blocks:
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else {}
            body.append(_para(b[1], **opts))
            plain.append(b[1])
        elif b[0] == "h":
            body.append(_para(b[1], style="Heading1", bold=True, size=30, align="center"))
            plain.append(b[1])
        elif b[0] == "table":
            body.append(_table(b[1], b[2] if len(b) > 2 else None))
            body.append("<w:p/>")
            for r in b[1]:
                plain.append("\t".join((c.get("t", "") if isinstance(c, dict) else c) for c in r))
    sect = '<w:sectPr>%s%s<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' % (
        '<w:headerReference w:type="default" r:id="rIdH"/>' if header else "",
        '<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "",
        16838 if landscape else 11906, 11906 if landscape else 16838, ' w:orient="landscape"' if landscape else "")
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(body), sect)
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct_extra = ""
    parts = []
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        parts.append(("word/header1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W_NS, "".join(_para(l) for l in header.split("\n")))))
        ct_extra += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        plain.insert(0, header)
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        parts.append(("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W_NS, "".join(_para(l) for l in footer.split("\n")))))
        ct_extra += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        plain.append(footer)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>%s</Types>' % ct_extra)
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="宋体" w:hAnsi="Calibri"/>'
              '<w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>' % W_NS)
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", doc),
                 ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", styles)] + parts)
    return data, "\n".join(plain)


# ------------------------------------------------------------------ xlsx
def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: [(name, rows, merges, widths)]; a cell is str, int/float or None. merges: ['A1:D1']"""
    sst = []
    sidx = {}
    parts = []
    plain = []
    for si, (name, rows, merges, widths) in enumerate(sheets):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if widths:
            out.append("<cols>%s</cols>" % "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths)))
        out.append("<sheetData>")
        for ri, row in enumerate(rows):
            cells = []
            pl = []
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(ci), ri + 1)
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                    pl.append(str(v))
                else:
                    if v not in sidx:
                        sidx[v] = len(sst)
                        sst.append(v)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
                    pl.append(v)
            out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
            plain.append("\t".join(pl))
        out.append("</sheetData>")
        if merges:
            out.append('<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
        out.append("</worksheet>")
        parts.append(("xl/worksheets/sheet%d.xml" % (si + 1), "".join(out)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>%s</Types>'
          % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(s[0]), i + 1, i + 1) for i, s in enumerate(sheets)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
              % "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))))
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    sstx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % x(s) for s in sst)))
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", rootrels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sstx)] + parts)
    return data, "\n".join(plain)


# ------------------------------------------------------------------ pdf
def _cp1252(s):
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def text_width(s, size):
    w = 0.0
    for ch in s:
        w += (0.55 if ord(ch) < 0x2E80 and not ("\uff00" <= ch <= "\uffef") else 1.0)
    return w * size


def pdf(pages, cjk="gb", landscape=False):
    """pages: list of pages; a page is a list of (x, y, size, text[, max_width]). Items are drawn in list order."""
    W, H = (842, 595) if landscape else (595, 842)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    base, ordering, enc = ("STSong-Light", "GB1", "UniGB-UCS2-H") if cjk == "gb" else ("MSung-Light", "CNS1", "UniCNS-UCS2-H")
    used = set()
    plain = []
    streams = []
    for page in pages:
        ops = []
        for it in page:
            xx, yy, size, txt = it[0], it[1], it[2], it[3]
            maxw = it[4] if len(it) > 4 else (W - xx - 36)
            if not txt:
                continue
            tw = text_width(txt, size)
            if tw > maxw:
                size = max(4.0, size * maxw / tw)
            plain.append(txt)
            if _cp1252(txt) and all(ord(c) < 0x2E80 for c in txt):
                b = txt.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                ops.append(b"BT /F1 %.2f Tf %.2f %.2f Td (" % (size, xx, yy) + b + b") Tj ET")
            else:
                codes = []
                for ch in txt:
                    o = ord(ch)
                    if o > 0xFFFF:
                        o = 0x3013
                    used.add(o)
                    codes.append("%04X" % o)
                ops.append(("BT /F2 %.2f Tf %.2f %.2f Td <%s> Tj ET" % (size, xx, yy, "".join(codes))).encode("ascii"))
        streams.append(b"\n".join(ops))
    # fonts
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def", "/CMapName /Adobe-Identity-UCS def",
                  "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    us = sorted(used)
    for i in range(0, len(us), 100):
        chunk = us[i:i + 100]
        cmap_lines.append("%d beginbfchar" % len(chunk))
        cmap_lines += ["<%04X> <%04X>" % (o, o) for o in chunk]
        cmap_lines.append("endbfchar")
    cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cm = zlib.compress("\n".join(cmap_lines).encode("ascii"), 6)
    tu = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cm) + cm + b"\nendstream")
    fdsc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % base).encode())
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 4 >> /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % (base, ordering, fdsc)).encode())
    f2 = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s-%s /Encoding /%s /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, enc, enc, cid, tu)).encode())
    pages_id = len(objs) + 1 + 2 * len(streams)
    kids = []
    for s in streams:
        c = zlib.compress(s, 6)
        cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(c) + c + b"\nendstream")
        pg = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, W, H, f1, f2, cs)).encode())
        kids.append(pg)
    pid = add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode())
    assert pid == pages_id
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pid).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref))
    return out.getvalue(), "\n".join(plain)


class Page:
    """A simple line layout helper for PDFs."""

    def __init__(self, landscape=False, top=800, left=50):
        self.W, self.H = (842, 595) if landscape else (595, 842)
        self.top = self.H - 42 if landscape else top
        self.left = left
        self.pages = [[]]
        self.y = self.top

    def line(self, text, size=10, x=None, gap=None, maxw=None):
        if self.y < 50:
            self.pages.append([])
            self.y = self.top
        xx = self.left if x is None else x
        self.pages[-1].append((xx, self.y, size, text, maxw if maxw else self.W - xx - 36))
        self.y -= gap if gap is not None else size * 1.6

    def at(self, x, text, size=10, maxw=None):
        """same line, another x (does not advance)"""
        self.pages[-1].append((x, self.y, size, text, maxw if maxw else self.W - x - 36))

    def skip(self, h=8):
        self.y -= h
