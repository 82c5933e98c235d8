"""Decode corpus files to text and find serial numbers in them (used by readme.py and verify.py)."""
import re
import subprocess
import unicodedata
import zipfile

SEP_ALL = set("-/:")          # removed besides whitespace


def decode_bytes(data, enc_hint=None):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if enc_hint in ("gb18030", "big5"):
        return data.decode(enc_hint), enc_hint
    raise ValueError("not UTF-8 and no usable encoding hint (%r)" % enc_hint)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", "\t", xml)
    parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)|(\t)", xml)
    out = "".join(a or b or c for a, b, c in parts)
    return (out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("&apos;", "'"))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def file_text(path, enc_hint=None):
    if path.endswith(".docx"):
        return docx_text(path), "docx"
    if path.endswith(".pdf"):
        return pdf_text(path), "pdf"
    with open(path, "rb") as f:
        return decode_bytes(f.read(), enc_hint)


def normalize_with_map(text, spaces_only=False):
    """NFKC + upper case + drop separators. Returns (normalized, index map to original)."""
    out, idx = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).upper():
            if spaces_only:
                drop = c == " " or c in SEP_ALL
            else:
                drop = c.isspace() or c in SEP_ALL
            if not drop:
                out.append(c)
                idx.append(i)
    return "".join(out), idx


def canon(s):
    return normalize_with_map(s)[0]


PREFIX_RE = re.compile(r"(?:S\s*/?\s*N|ＳＮ|Ｓ／Ｎ)\s*[:：]?\s*$", re.I)


def describe(raw, before):
    nf = unicodedata.normalize("NFKC", raw)
    traits = []
    if any(0xFF01 <= ord(c) <= 0xFF5E for c in raw):
        traits.append("full-width")
    if any(c.islower() for c in nf):
        traits.append("lower-case")
    seps = {c for c in nf if not c.isalnum()}
    if not seps:
        traits.append("no separators")
    elif seps == {"-"}:
        traits.append("dashes")
    elif seps == {" "}:
        traits.append("spaces")
    elif seps == {"/"}:
        traits.append("slashes")
    else:
        traits.append("mixed separators")
    if PREFIX_RE.search(before):
        traits.append("SN prefix")
    return ", ".join(traits)


def find_serial(text, serial_canon, spaces_only=False):
    """Return list of (raw form, description) for each occurrence."""
    norm, idx = normalize_with_map(text, spaces_only)
    res, start = [], 0
    while True:
        k = norm.find(serial_canon, start)
        if k < 0:
            return res
        a, b = idx[k], idx[k + len(serial_canon) - 1] + 1
        line_start = text.rfind("\n", 0, a) + 1
        raw = text[a:b]
        res.append((raw, describe(raw, text[line_start:a])))
        start = k + 1
