"""Shared registry of handwritten documents."""

DOCS = []


def doc(id, path, kind, lang, enc, units, text, fmt="txt"):
    """Register one document.

    kind: repair | equipment | customer | complaint | quality | training | kb | ledger
    lang: zh-Hans | zh-Hant | en | mixed
    enc:  utf-8 | utf-8-sig | gb18030 | big5 | utf-16 | docx | pdf
    units: unit ids (see meta.UNITS) whose serial the document carries
    """
    DOCS.append(dict(id=id, path=path, kind=kind, lang=lang, enc=enc, units=units,
                     text=None if text is None else text.lstrip("\n"), fmt=fmt))
