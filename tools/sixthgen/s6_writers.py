"""sixthgen writers: .docx, .xlsx and .pdf written by hand, and text encoding.

Every writer is deterministic: zip entries carry a fixed timestamp (2003-03-03) and a fixed
order; PDFs have no info dictionary and compress with zlib level 6.  Each builder also returns
`plain` -- the text a careful reader would extract (used by the generator's self-check).
"""
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

ZIP_TIME = (2003, 3, 3, 0, 0, 0)


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=6)
    return buf.getvalue()


def x(s):
    return escape(s, {'"': "&quot;"})


# =============================================================================================
# Word
# =============================================================================================
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class Docx:
    """Build a Word document.

    A paragraph is a list of pieces: a plain string, or a tuple
      ("b", text)          bold run            ("tab",)            tab
      ("br",)              line break          ("nbh",)            non-breaking hyphen
      ("del", text)        tracked deletion    ("ins", text)       tracked insertion
      ("sdt", alias, text) content control     ("split", text)     text split over several runs
      ("proof", text)      run wrapped in spell-check marks
    """

    def __init__(self, font_east="宋体", lang="zh-CN"):
        self.body = []
        self.plain = []
        self.header = []
        self.footer = []
        self.font_east = font_east
        self.lang = lang
        self._rev = 0
        self._split_rng = None

    def set_rng(self, r):
        self._split_rng = r

    # -- runs ------------------------------------------------------------------------------
    def _run(self, text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'

    def _pieces(self, pieces, bold=False, size=None):
        xml, plain = [], []
        if isinstance(pieces, str):
            pieces = [pieces]
        for p in pieces:
            if isinstance(p, str):
                if p:
                    xml.append(self._run(p, bold, size))
                    plain.append(p)
                continue
            kind = p[0]
            if kind == "b":
                xml.append(self._run(p[1], True, size))
                plain.append(p[1])
            elif kind == "tab":
                xml.append("<w:r><w:tab/></w:r>")
                plain.append("\t")
            elif kind == "br":
                xml.append("<w:r><w:br/></w:r>")
                plain.append("\n")
            elif kind == "nbh":
                xml.append("<w:r><w:noBreakHyphen/></w:r>")
                plain.append("-")
            elif kind == "del":
                self._rev += 1
                xml.append(f'<w:del w:id="{self._rev}" w:author="sixthgen"><w:r><w:delText xml:space="preserve">'
                           f'{x(p[1])}</w:delText></w:r></w:del>')
            elif kind == "ins":
                self._rev += 1
                xml.append(f'<w:ins w:id="{self._rev}" w:author="sixthgen">{self._run(p[1], bold, size)}</w:ins>')
                plain.append(p[1])
            elif kind == "sdt":
                self._rev += 1
                xml.append(f'<w:sdt><w:sdtPr><w:alias w:val="{x(p[1])}"/><w:tag w:val="f{self._rev}"/>'
                           f'<w:id w:val="{1000 + self._rev}"/></w:sdtPr><w:sdtContent>{self._run(p[2], bold, size)}'
                           f'</w:sdtContent></w:sdt>')
                plain.append(p[2])
            elif kind == "split":
                t = p[1]
                r = self._split_rng
                if r is None or len(t) < 4:
                    xml.append(self._run(t, bold, size))
                else:
                    cut = sorted(r.sample(range(1, len(t)), 2 if len(t) > 6 else 1))
                    parts = [t[a:b] for a, b in zip([0] + cut, cut + [len(t)])]
                    for k, part in enumerate(parts):
                        if k == 1 and r.random() < 0.5:
                            xml.append('<w:proofErr w:type="spellStart"/>')
                            xml.append(self._run(part, bold, size))
                            xml.append('<w:proofErr w:type="spellEnd"/>')
                        else:
                            xml.append(self._run(part, bold, size))
                plain.append(t)
            elif kind == "proof":
                xml.append('<w:proofErr w:type="gramStart"/>' + self._run(p[1], bold, size) +
                           '<w:proofErr w:type="gramEnd"/>')
                plain.append(p[1])
            else:
                raise ValueError(kind)
        return "".join(xml), "".join(plain)

    def _para(self, pieces, style=None, align=None, bold=False, size=None):
        ppr = ""
        if style or align:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
                  (f'<w:jc w:val="{align}"/>' if align else "") + "</w:pPr>"
        runs, plain = self._pieces(pieces, bold, size)
        return f"<w:p>{ppr}{runs}</w:p>", plain

    # -- public API ----------------------------------------------------------------------
    def p(self, pieces="", style=None, align=None, bold=False, size=None):
        xml, plain = self._para(pieces, style, align, bold, size)
        self.body.append(xml)
        self.plain.append(plain)

    def head(self, pieces, align=None):
        xml, plain = self._para(pieces, None, align)
        self.header.append((xml, plain))

    def foot(self, pieces, align=None):
        xml, plain = self._para(pieces, None, align)
        self.footer.append((xml, plain))

    def table(self, rows, widths=None, bold_first_col=False, header_row=False):
        """rows: list of rows; a cell is pieces (str or list), or a dict
        {"p": pieces | [pieces, ...] (several paragraphs), "span": n, "vmerge": "restart"|"continue", "b": bool}."""
        ncols = max(sum((c.get("span", 1) if isinstance(c, dict) else 1) for c in row) for row in rows)
        widths = widths or [int(9000 / ncols)] * ncols
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               f'<w:tblBorders>{border}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        plain_rows = []
        for ri, row in enumerate(rows):
            out.append("<w:tr>")
            col = 0
            cells_plain = []
            for ci, cell in enumerate(row):
                if not isinstance(cell, dict):
                    cell = {"p": cell}
                span = cell.get("span", 1)
                w = sum(widths[col:col + span])
                col += span
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                if cell.get("vmerge"):
                    tcpr += '<w:vMerge w:val="restart"/>' if cell["vmerge"] == "restart" else "<w:vMerge/>"
                bold = cell.get("b", False) or (bold_first_col and ci == 0) or (header_row and ri == 0)
                paras = cell["p"]
                if not (isinstance(paras, list) and paras and isinstance(paras[0], list)):
                    paras = [paras]
                pxml, pplain = [], []
                for pieces in paras:
                    px, pp = self._para(pieces, bold=bold)
                    pxml.append(px)
                    pplain.append(pp)
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(pxml)}</w:tc>")
                if cell.get("vmerge") != "continue":
                    cells_plain.append("\n".join(pplain))
            out.append("</w:tr>")
            plain_rows.append("\t".join(cells_plain))
        out.append("</w:tbl>")
        self.body.append("".join(out))
        self.plain.append("\n".join(plain_rows))
        self.body.append("<w:p/>")

    def build(self, app="Microsoft Office Word", company=None):
        has_h, has_f = bool(self.header), bool(self.footer)
        sect = "<w:sectPr>" + ('<w:headerReference w:type="default" r:id="rIdH"/>' if has_h else "") + \
               ('<w:footerReference w:type="default" r:id="rIdF"/>' if has_f else "") + \
               '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" ' \
               'w:left="1247" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
               + "".join(self.body) + sect + "</w:body></w:document>")
        rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        entries = []
        if has_h:
            rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        if has_f:
            rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                     '</Relationships>')
        doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(rels) + "</Relationships>")
        app_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                   f'<Application>{x(app)}</Application>' + (f"<Company>{x(company)}</Company>" if company else "")
                   + "</Properties>")
        entries += [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                    ("docProps/app.xml", app_xml), ("word/document.xml", doc),
                    ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", self._styles())]
        if has_h:
            entries.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
                            + "".join(h[0] for h in self.header) + "</w:hdr>"))
        if has_f:
            entries.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>'
                            + "".join(f[0] for f in self.footer) + "</w:ftr>"))
        plain = "\n".join([h[1] for h in self.header] + self.plain + [f[1] for f in self.footer])
        return _zip(entries), plain

    def _styles(self):
        fonts = f'<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="{x(self.font_east)}"/>'
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>'
                f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="21"/><w:lang w:val="en-US" '
                f'w:eastAsia="{self.lang}"/></w:rPr></w:rPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
                '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
                '</w:styles>')


# =============================================================================================
# Excel
# =============================================================================================
class XDate:
    """A date cell: Excel serial number with a date format (key of Xlsx.DATE_FORMATS)."""
    __slots__ = ("serial", "fmt")

    def __init__(self, serial, fmt):
        self.serial, self.fmt = serial, fmt


class XBold:
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.widths = []

    def add(self, cells):
        self.rows.append(list(cells))

    def merge(self, ref):
        self.merges.append(ref)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


class Xlsx:
    DATE_FORMATS = {"ymd": (176, 'yyyy/m/d'), "cn": (177, 'yyyy"年"m"月"d"日"'),
                    "dmy": (178, 'dd/mm/yyyy'), "dmmmyy": (179, 'd-mmm-yy')}
    STYLE = {"bold": 1, "ymd": 2, "cn": 3, "dmy": 4, "dmmmyy": 5, "wrap": 6}

    def __init__(self, inline=False):
        self.sheets = []
        self.inline = inline       # inline strings instead of the shared-string table
        self.sst = []
        self.sst_index = {}

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def _si(self, text):
        if text not in self.sst_index:
            self.sst_index[text] = len(self.sst)
            self.sst.append(text)
        return self.sst_index[text]

    def _cell(self, ref, v):
        if v is None or v == "":
            return "", ""
        if isinstance(v, XDate):
            return f'<c r="{ref}" s="{self.STYLE[v.fmt]}"><v>{v.serial}</v></c>', str(v.serial)
        if isinstance(v, bool):
            v = str(v)
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>', str(v)
        style = ""
        if isinstance(v, XBold):
            v = v.text
            style = ' s="1"'
        elif "\n" in v:
            style = ' s="6"'
        if self.inline:
            return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{x(v)}</t></is></c>', v
        return f'<c r="{ref}"{style} t="s"><v>{self._si(v)}</v></c>', v

    def build(self):
        sheet_xml = []
        plain = []
        for s in self.sheets:
            rows_xml = []
            for ri, row in enumerate(s.rows):
                cells, texts = [], []
                for ci, v in enumerate(row):
                    cx, pt = self._cell(f"{col_name(ci)}{ri + 1}", v)
                    if cx:
                        cells.append(cx)
                    texts.append(pt)
                rows_xml.append(f'<row r="{ri + 1}">' + "".join(cells) + "</row>")
                plain.append("\t".join(texts).rstrip("\t"))
            cols = ""
            if s.widths:
                cols = "<cols>" + "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                                          for i, w in enumerate(s.widths)) + "</cols>"
            merges = ""
            if s.merges:
                merges = f'<mergeCells count="{len(s.merges)}">' + "".join(
                    f'<mergeCell ref="{m}"/>' for m in s.merges) + "</mergeCells>"
            sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                             + cols + "<sheetData>" + "".join(rows_xml) + "</sheetData>" + merges + "</worksheet>")
        n = len(self.sheets)
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              + ("" if self.inline else '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
              + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                        for i in range(n)) + "</Types>")
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '</Relationships>')
        wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
              + "".join(f'<sheet name="{x(s.name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, s in enumerate(self.sheets))
              + "</sheets></workbook>")
        wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                             for i in range(n))
                   + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   + ("" if self.inline else f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
                   + "</Relationships>")
        numfmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{x(code)}"/>' for i, code in self.DATE_FORMATS.values())
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
               '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>']
        for key in ("ymd", "cn", "dmy", "dmmmyy"):
            xfs.append(f'<xf numFmtId="{self.DATE_FORMATS[key][0]}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
        xfs.append('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>')
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  f'<numFmts count="{len(self.DATE_FORMATS)}">{numfmts}</numFmts>'
                  '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  f'<cellXfs count="{len(xfs)}">' + "".join(xfs) + "</cellXfs></styleSheet>")
        entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles)]
        for i, sx in enumerate(sheet_xml):
            entries.append((f"xl/worksheets/sheet{i + 1}.xml", sx))
        if not self.inline:
            sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(self.sst)}" '
                   f'uniqueCount="{len(self.sst)}">' + "".join(f'<si><t xml:space="preserve">{x(t)}</t></si>' for t in self.sst)
                   + "</sst>")
            entries.append(("xl/sharedStrings.xml", sst))
        return _zip(entries), "\n".join(plain)


# =============================================================================================
# PDF
# =============================================================================================
def _tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    highs = [h for h in range(256) if not 0xD8 <= h <= 0xDF]
    for i in range(0, len(highs), 100):
        chunk = highs[i:i + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines += [f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in chunk]
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


_TOUNICODE = _tounicode()
_HELV = {}
for _c in " ":
    _HELV[_c] = 0.278
for _c in "il.,:;|!'`":
    _HELV[_c] = 0.24
for _c in "fjtrI()[]-/":
    _HELV[_c] = 0.33
for _c in "mwMW@%":
    _HELV[_c] = 0.86


def _winansi(s):
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def text_width(s, size, cjk_font):
    w = 0.0
    for ch in s:
        o = ord(ch)
        if cjk_font:
            w += 0.5 if o < 0x2E80 and not 0xFF00 <= o <= 0xFFEF else 1.0
        else:
            w += _HELV.get(ch, 0.67 if ch.isupper() else 0.55)
    return w * size


class Pdf:
    def __init__(self, cjk="gb", landscape=False):
        self.cjk = cjk                       # "gb" (simplified) or "cns" (traditional)
        self.w, self.h = (842, 595) if landscape else (595, 842)
        self.pages = []
        self.plain_pages = []
        self.margin = 50
        self.new_page()

    def new_page(self):
        self.ops = []
        self.lines = {}                      # y -> [(x, text)] for the plain text
        self.pages.append(self.ops)
        self.plain_pages.append(self.lines)
        self.y = self.h - self.margin

    def text(self, x0, y, s, size=10, bold=False):
        if not s:
            return
        if _winansi(s):
            font = "F4" if bold else "F1"
            raw = s.encode("cp1252")
            esc = "".join(chr(b) if 32 <= b < 127 and chr(b) not in "\\()" else "\\%03o" % b for b in raw)
            self.ops.append(f"BT /{font} {size} Tf {x0:.1f} {y:.1f} Td ({esc}) Tj ET")
        else:
            font = "F2" if self.cjk == "gb" else "F3"
            hexs = s.encode("utf-16-be").hex().upper()
            self.ops.append(f"BT /{font} {size} Tf {x0:.1f} {y:.1f} Td <{hexs}> Tj ET")
        self.lines.setdefault(round(y, 1), []).append((x0, s))

    def width(self, s, size):
        return text_width(s, size, not _winansi(s))

    def fit(self, s, size, maxw):
        """Largest font size <= size at which s fits in maxw (a long line shrinks, never wraps)."""
        while size > 5 and self.width(s, size) > maxw:
            size -= 0.5
        return size

    def line(self, x1, y1, x2, y2, wdt=0.6):
        self.ops.append(f"{wdt} w {x1:.1f} {y1:.1f} m {x2:.1f} {y2:.1f} l S")

    def rect(self, x0, y0, w, h, wdt=0.6):
        self.ops.append(f"{wdt} w {x0:.1f} {y0:.1f} {w:.1f} {h:.1f} re S")

    # -- flowing layout ------------------------------------------------------------------
    def need(self, height):
        if self.y - height < self.margin:
            self.new_page()

    def writeln(self, s="", size=10, indent=0, bold=False, gap=None, center=False):
        gap = gap if gap is not None else size * 1.55
        self.need(gap)
        maxw = self.w - 2 * self.margin - indent
        size2 = self.fit(s, size, maxw)
        x0 = self.margin + indent
        if center:
            x0 = (self.w - self.width(s, size2)) / 2
        self.text(x0, self.y, s, size2, bold)
        self.y -= gap

    def pairs(self, items, size=10, cols=2, label_w=None):
        """Lines of label/value pairs, `cols` pairs per line; each value is one text object."""
        colw = (self.w - 2 * self.margin) / cols
        for i in range(0, len(items), cols):
            self.need(size * 1.7)
            for k, (lab, val) in enumerate(items[i:i + cols]):
                x0 = self.margin + k * colw
                lw = label_w or (self.width(lab, size) + 6)
                self.text(x0, self.y, lab, size, bold=_winansi(lab))
                if val:
                    vs = self.fit(val, size, colw - lw - 8)
                    self.text(x0 + lw, self.y, val, vs)
            self.y -= size * 1.7

    def grid(self, rows, widths, size=9, header=True):
        """A ruled table; each cell one line of text (shrunk to fit)."""
        rh = size * 2.0
        total = sum(widths)
        scale = (self.w - 2 * self.margin) / total
        widths = [w * scale for w in widths]
        for ri, row in enumerate(rows):
            if self.y - rh < self.margin:
                self.new_page()
            top = self.y + size * 0.9
            x0 = self.margin
            for ci, cell in enumerate(row):
                cw = widths[ci]
                self.rect(x0, top - rh, cw, rh)
                if cell:
                    cs = self.fit(str(cell), size, cw - 6)
                    self.text(x0 + 3, top - rh + size * 0.65, str(cell), cs, bold=(header and ri == 0 and _winansi(str(cell))))
                x0 += cw
            self.y -= rh
        self.y -= size

    def build(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        add(b"")      # 1 catalog (filled later)
        add(b"")      # 2 pages
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f4 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        tu_data = zlib.compress(_TOUNICODE, 6)
        tu = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu_data) + tu_data + b"\nendstream")
        if self.cjk == "gb":
            name, enc, order, bbox = b"STSong-Light", b"UniGB-UTF16-H", b"GB1", b"[-25 -254 1000 880]"
        else:
            name, enc, order, bbox = b"MSung-Light", b"UniCNS-UTF16-H", b"CNS1", b"[-160 -259 1015 888]"
        fd = add(b"<< /Type /FontDescriptor /FontName /" + name + b" /Flags 6 /FontBBox " + bbox +
                 b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /" + name +
                  b" /CIDSystemInfo << /Registry (Adobe) /Ordering (" + order + b") /Supplement 4 >> /FontDescriptor "
                  + str(fd).encode() + b" 0 R /DW 1000 /W [1 95 500] >>")
        f2 = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /" + name + b" /Encoding /" + enc +
                 b" /DescendantFonts [" + str(cid).encode() + b" 0 R] /ToUnicode " + str(tu).encode() + b" 0 R >>")
        fonts = b"<< /F1 %d 0 R /F4 %d 0 R /F2 %d 0 R /F3 %d 0 R >>" % (f1, f4, f2, f2)
        kids = []
        for ops in self.pages:
            data = zlib.compress("\n".join(ops).encode("ascii"), 6)
            c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            pg = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font " % (self.w, self.h)
                     + fonts + b" >> /Contents %d 0 R >>" % c)
            kids.append(pg)
        objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, o in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
        plain = []
        for lines in self.plain_pages:
            for y in sorted(lines, reverse=True):
                plain.append(" ".join(s for _, s in sorted(lines[y])))
        return bytes(out), "\n".join(plain)


# =============================================================================================
# Text files
# =============================================================================================
def encode_text(text, encoding, crlf):
    """Encode text; returns (bytes, encoding actually used).  big5 falls back to utf-8."""
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding == "big5":
        try:
            return text.encode("big5"), "big5"
        except UnicodeEncodeError:
            return text.encode("utf-8"), "utf-8"
    if encoding == "gb18030":
        return text.encode("gb18030"), "gb18030"
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"
    return text.encode("utf-8"), "utf-8"
