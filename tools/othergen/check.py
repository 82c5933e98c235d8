#!/usr/bin/env python3
"""Re-read an othergen output folder and verify that it is internally consistent.

    python3 tools/othergen/check.py DIR

Checks (each failure is printed; exit status 1 if any):
  * customers.json / units.json are well formed, ids and serials unique, every unit owner exists;
  * every truth line has the required fields, valid kind/lang/template/roles, and its path exists,
    decodes in the declared encoding and is listed once; no file under docs/ lacks a truth line;
  * every customer id is in customers.json, every serial in units.json, owned by that customer and
    of that model; serials/models as written canonicalise to the truth values;
  * every date is valid ISO; visit_date is null exactly for customer files and training;
  * every "as written" string (customer, serial, model, dates, fault, cause, action, engineer,
    each visit's date/fault/action/engineer) occurs in the document text, and every written date
    parses back to its ISO date; independently, each visit's date occurs in the text in at least
    one of the written forms this checker knows;
  * visits agree with the kind (one for repair cards and service reports, 3-10 for history files,
    at most one for complaints, none otherwise) and visit_date is the newest history entry;
  * date_ambiguous is set exactly when the visit date is a numeric dd/mm vs mm/dd date that neither
    another numeric date in the text nor a locale marker resolves; at most 2 % of documents;
  * zh-Hans documents contain no traditional-only and zh-Hant no simplified-only common characters.
It also prints counts by kind, language, template and encoding, and a few distribution figures.
"""

import datetime as dt
import json
import os
import re
import sys

KINDS = ("repair", "service_report", "complaint", "equipment_history", "customer_file", "training")
LANGS = ("zh-Hans", "zh-Hant", "en")
ROLES = ("install", "purchase", "warranty_until", "follow_up", "report_printed")
NO_VISIT_KINDS = ("customer_file", "training")
LOCALE_MARKERS = ("United Kingdom", "USA", "DD/MM/YYYY", "MM/DD/YYYY")
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
CN = "〇一二三四五六七八九"
SIMP_ONLY = "设维户检验医报电话发现时间务备应统线网络号单问题过个这们实经进换质处级类关门马运术机"
TRAD_ONLY = "設維戶檢驗醫報電話發現時間務備應統線網絡號單問題過個這們實經進換質處級類關門馬運術機"
REQUIRED = ("path", "kind", "template", "lang", "customer", "customer_as_written", "serial", "model",
            "visit_date", "other_dates", "date_ambiguous", "fault", "cause", "action", "engineer", "visits")


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


# ----------------------------------------------------------------------------- dates

def iso(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def cn_num(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def renderings(d):
    """Every written form of a date this checker knows."""
    y, m, dd, r = d.year, d.month, d.day, d.year - 1911
    mon, month = MON[m - 1].capitalize(), MONTHS[m - 1].capitalize()
    forms = {f"{y}-{m:02d}-{dd:02d}", f"{y}-{m}-{dd}", f"{y}/{m}/{dd}", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m:02d}.{dd:02d}",
             f"{y}.{m}.{dd}", f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}{m:02d}{dd:02d}",
             f"{r}年{m}月{dd}日", f"{r}/{m:02d}/{dd:02d}", f"{r}/{m}/{dd}", f"{dd} {mon} {y}", f"{dd} {month} {y}",
             f"{dd:02d}-{mon}-{y}", f"{mon} {dd}, {y}", f"{month} {dd}, {y}", f"{dd:02d}/{m:02d}/{y}",
             f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{m}/{dd}/{y}",
             "".join(CN[int(c)] for c in str(y)) + f"年{cn_num(m)}月{cn_num(dd)}日"}
    return forms


def cn_value(s):
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十")
        return (CN.index(a) if a else 1) * 10 + (CN.index(b) if b else 0)
    return CN.index(s)


def month_no(name):
    name = name.lower()
    for table in (MON, MONTHS):
        if name in table:
            return table.index(name) + 1
    return None


def _safe(y, m, d):
    try:
        return dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def parse_written(s):
    """All dates a written date string can mean (two for an ambiguous dd/mm vs mm/dd)."""
    s = s.strip()
    pats = [(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", lambda g: [(g[0], g[1], g[2])]),
            (r"(\d{4})(\d{2})(\d{2})", lambda g: [(g[0], g[1], g[2])]),
            (r"(\d{4})年(\d{1,2})月(\d{1,2})日", lambda g: [(g[0], g[1], g[2])]),
            (r"(?:民國)?(\d{2,3})[年/.](\d{1,2})[月/.](\d{1,2})日?", lambda g: [(int(g[0]) + 1911, g[1], g[2])]),
            (r"(\d{1,2})/(\d{1,2})/(\d{4})", lambda g: [(g[2], g[1], g[0]), (g[2], g[0], g[1])]),
            (r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})", lambda g: [(g[2], month_no(g[1]), g[0])]),
            (r"([A-Za-z]+) (\d{1,2}), (\d{4})", lambda g: [(g[2], month_no(g[0]), g[1])]),
            (r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
             lambda g: [("".join(str(CN.index(c)) for c in g[0]), cn_value(g[1]), cn_value(g[2]))])]
    for pat, fn in pats:
        m = re.fullmatch(pat, s)
        if m:
            return [d for d in (_safe(*t) for t in fn(m.groups())) if d]
    return []


def check_written_date(ck, where, text, written, isodate):
    d = iso(isodate)
    if d is None:
        ck.err(where, f"invalid ISO date {isodate!r}")
        return
    if not written or written not in text:
        ck.err(where, f"written date {written!r} not in text")
    elif d not in parse_written(written):
        ck.err(where, f"written date {written!r} does not parse to {isodate}")


def numeric_ambiguous_looking(written):
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", written or "")
    return bool(m) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2)


def resolvable(text):
    if any(mark in text for mark in LOCALE_MARKERS):
        return True
    return any(int(a) > 12 or int(b) > 12 for a, b in re.findall(r"\b(\d{1,2})/(\d{1,2})/\d{4}\b", text))


# ----------------------------------------------------------------------------- identifiers

def canon(s):
    out = []
    for ch in s or "":
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        if ch.isascii() and ch.isalnum():
            out.append(ch.upper())
    return "".join(out)


def load_world(ck):
    with open(os.path.join(ck.root, "customers.json"), encoding="utf-8") as fh:
        customers = json.load(fh)["customers"]
    with open(os.path.join(ck.root, "units.json"), encoding="utf-8") as fh:
        units = json.load(fh)["units"]
    cmap, umap = {}, {}
    for c in customers:
        for key in ("id", "name", "city", "city_pinyin", "number", "institution", "department", "english"):
            if key not in c:
                ck.err(f"customers.json {c.get('id')}", f"missing {key}")
        if c["id"] in cmap:
            ck.err("customers.json", f"duplicate id {c['id']}")
        cmap[c["id"]] = c
    names = [c["name"] for c in customers]
    if len(set(names)) != len(names):
        ck.err("customers.json", "duplicate registered names")
    for u in units:
        if u["serial"] in umap:
            ck.err("units.json", f"duplicate serial {u['serial']}")
        if u["owner"] not in cmap:
            ck.err("units.json", f"{u['serial']}: unknown owner {u['owner']}")
        if iso(u["install_date"]) is None:
            ck.err("units.json", f"{u['serial']}: bad install_date")
        umap[u["serial"]] = u
    return cmap, umap


# ----------------------------------------------------------------------------- per document

def read_doc(ck, t):
    full = os.path.join(ck.root, "docs", t["path"])
    if not os.path.isfile(full):
        ck.err(t["path"], "file missing")
        return None
    with open(full, "rb") as fh:
        data = fh.read()
    try:
        return data.decode(t.get("encoding") or "utf-8")
    except UnicodeDecodeError as e:
        ck.err(t["path"], f"does not decode as {t.get('encoding')}: {e}")
        return None


def check_fields(ck, t):
    where = t.get("path", "?")
    for key in REQUIRED:
        if key not in t:
            ck.err(where, f"missing field {key}")
    if t.get("kind") not in KINDS:
        ck.err(where, f"bad kind {t.get('kind')}")
    if t.get("lang") not in LANGS:
        ck.err(where, f"bad lang {t.get('lang')}")
    if not re.fullmatch(r"T\d\d", str(t.get("template"))):
        ck.err(where, f"bad template {t.get('template')}")
    for od in t.get("other_dates", []):
        if od.get("role") not in ROLES:
            ck.err(where, f"bad role {od.get('role')}")


def in_text(ck, where, text, label, value):
    if value is not None and value not in text:
        ck.err(where, f"{label} {value!r} not in text")


def check_links(ck, t, text, cmap, umap):
    where = t["path"]
    cid = t["customer"]
    if cid is not None:
        if cid not in cmap:
            ck.err(where, f"unknown customer {cid}")
        if not t["customer_as_written"]:
            ck.err(where, "customer without customer_as_written")
        in_text(ck, where, text, "customer_as_written", t["customer_as_written"])
    elif t["customer_as_written"] is not None:
        ck.err(where, "customer_as_written without customer")
    if (cid is None) != (t["kind"] == "training"):
        ck.err(where, "customer must be null exactly for training material")
    if t["serial"] is not None:
        u = umap.get(t["serial"])
        if u is None:
            ck.err(where, f"unknown serial {t['serial']}")
        else:
            if u["owner"] != cid:
                ck.err(where, f"serial {t['serial']} belongs to {u['owner']}, not {cid}")
            if u["model"] != t["model"]:
                ck.err(where, f"serial {t['serial']} is a {u['model']}, not {t['model']}")
        in_text(ck, where, text, "serial_as_written", t.get("serial_as_written"))
        if canon(t.get("serial_as_written")) != canon(t["serial"]):
            ck.err(where, f"serial as written {t.get('serial_as_written')!r} is not {t['serial']}")
    if t["model"] is not None and t.get("model_as_written") is not None:
        in_text(ck, where, text, "model_as_written", t["model_as_written"])
        if canon(t["model_as_written"]) != canon(t["model"]):
            ck.err(where, f"model as written {t['model_as_written']!r} is not {t['model']}")
    for s, sw in zip(t.get("serials", []), t.get("serials_as_written", [])):
        if s not in umap or umap[s]["owner"] != cid:
            ck.err(where, f"listed serial {s} not a unit of {cid}")
        in_text(ck, where, text, "listed serial", sw)
        if canon(sw) != canon(s):
            ck.err(where, f"listed serial {sw!r} is not {s}")


def check_dates(ck, t, text, umap):
    where = t["path"]
    if (t["visit_date"] is None) != (t["kind"] in NO_VISIT_KINDS):
        ck.err(where, "visit_date must be null exactly for customer files and training")
    if t["visit_date"] is not None:
        check_written_date(ck, where + " visit_date", text, t.get("visit_date_as_written"), t["visit_date"])
    for od in t["other_dates"]:
        check_written_date(ck, f"{where} {od['role']}", text, od.get("as_written"), od["date"])
    for i, v in enumerate(t["visits"]):
        w = f"{where} visit {i}"
        check_written_date(ck, w, text, v.get("date_as_written"), v["date"])
        d = iso(v["date"])
        if d and not any(f in text for f in renderings(d)):
            ck.err(w, f"date {v['date']} appears in no known written form")
        for key in ("fault", "action", "engineer"):
            if not v.get(key):
                ck.err(w, f"empty {key}")
            in_text(ck, w, text, key, v.get(key))
        u = umap.get(t["serial"]) if t["serial"] else None
        if u and d and d < dt.date.fromisoformat(u["install_date"]):
            ck.err(w, "visit before the unit was installed")


def check_visits(ck, t):
    where, kind, visits = t["path"], t["kind"], t["visits"]
    n = len(visits)
    if kind in ("repair", "service_report"):
        if n != 1 or visits[0]["date"] != t["visit_date"]:
            ck.err(where, "a repair card / service report records exactly its one visit")
    elif kind == "equipment_history":
        if not 3 <= n <= 10 or t["visit_date"] != max(v["date"] for v in visits):
            ck.err(where, "history: 3-10 visits and visit_date = newest entry")
    elif kind == "complaint":
        if n > 1 or (n == 1 and visits[0]["date"] < t["visit_date"]):
            ck.err(where, "complaint: at most one visit, not before the complaint")
    elif n:
        ck.err(where, f"{kind} must not record visits")
    if kind not in NO_VISIT_KINDS:
        for key in ("fault", "action", "engineer"):
            if not t[key]:
                ck.err(where, f"{kind} without {key}")


def check_ambiguity(ck, t, text):
    looks = numeric_ambiguous_looking(t.get("visit_date_as_written"))
    should = looks and not resolvable(text)
    if bool(t["date_ambiguous"]) != should:
        ck.err(t["path"], f"date_ambiguous={t['date_ambiguous']} but the text says {should}")


def check_script(ck, t, text):
    bad = TRAD_ONLY if t["lang"] == "zh-Hans" else SIMP_ONLY if t["lang"] == "zh-Hant" else ""
    found = sorted({ch for ch in text if ch in bad})
    if found:
        ck.err(t["path"], f"{t['lang']} document contains {''.join(found)}")


def check_doc(ck, t, cmap, umap, stats):
    check_fields(ck, t)
    if any(key not in t for key in REQUIRED):
        return
    text = read_doc(ck, t)
    if text is None:
        return
    check_links(ck, t, text, cmap, umap)
    check_dates(ck, t, text, umap)
    check_visits(ck, t)
    for key in ("fault", "cause", "action", "engineer"):
        in_text(ck, t["path"], text, key, t[key])
    check_ambiguity(ck, t, text)
    check_script(ck, t, text)
    collect(stats, t, text)


# ----------------------------------------------------------------------------- statistics

def collect(stats, t, text):
    for key in ("kind", "lang", "template", "encoding"):
        bucket = stats.setdefault(key, {})
        bucket[t.get(key)] = bucket.get(t.get(key), 0) + 1
    stats["ambiguous"] = stats.get("ambiguous", 0) + bool(t["date_ambiguous"])
    if t["kind"] in ("repair", "service_report", "complaint") and t["visit_date"]:
        stats["service_docs"] = stats.get("service_docs", 0) + 1
        vpos = text.find(t["visit_date_as_written"])
        early = [text.find(od["as_written"]) for od in t["other_dates"] if od["role"] in ("install", "purchase")]
        if any(0 <= p < vpos for p in early):
            stats["install_first"] = stats.get("install_first", 0) + 1
    if t["kind"] == "customer_file" and t["customer_as_written"] in (None,):
        return
    stats.setdefault("written_forms", set()).add((t["customer"], t["customer_as_written"]))


def report(stats, n, cmap, umap, truths):
    print(f"documents: {n}   customers: {len(cmap)}   units: {len(umap)}")
    for key in ("kind", "lang", "template", "encoding"):
        items = sorted(stats.get(key, {}).items(), key=lambda kv: str(kv[0]))
        print(f"{key:9s} " + "  ".join(f"{k}={v}" for k, v in items))
    sd = stats.get("service_docs", 0)
    print(f"date_ambiguous: {stats.get('ambiguous', 0)} ({100.0 * stats.get('ambiguous', 0) / max(n, 1):.2f} %)")
    print(f"install/purchase date written before the visit date: {stats.get('install_first', 0)} of {sd} "
          f"service documents ({100.0 * stats.get('install_first', 0) / max(sd, 1):.1f} %)")
    forms = stats.get("written_forms", set())
    per = {}
    for cid, form in forms:
        per.setdefault(cid, set()).add(form)
    registered = {cmap[c]["name"] for c in cmap} | {cmap[c].get("traditional") for c in cmap}
    masters = {t["customer"] for t in truths if t["kind"] == "customer_file" and t["customer_as_written"] in registered}
    print(f"distinct written customer names: {len(forms)} (avg {len(forms) / max(len(per), 1):.1f} per customer); "
          f"customers with a file under the registered name: {len(masters)} of {len(cmap)}")


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: check.py OUTPUT_DIR")
    ck = Checker(argv[1])
    cmap, umap = load_world(ck)
    truths, stats, paths = [], {}, set()
    with open(os.path.join(ck.root, "truth.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                truths.append(json.loads(line))
            except json.JSONDecodeError as e:
                ck.err(f"truth.jsonl:{n}", str(e))
    for t in truths:
        if t.get("path") in paths:
            ck.err(t.get("path"), "listed twice")
        paths.add(t.get("path"))
        check_doc(ck, t, cmap, umap, stats)
    docs_root = os.path.join(ck.root, "docs")
    for dirpath, _, files in os.walk(docs_root):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), docs_root).replace(os.sep, "/")
            if rel not in paths:
                ck.err(rel, "file has no truth line")
    if stats.get("ambiguous", 0) > 0.02 * max(len(truths), 1):
        ck.err("truth.jsonl", "more than 2 % of documents have date_ambiguous")
    report(stats, len(truths), cmap, umap, truths)
    for e in ck.errors[:40]:
        print("ERROR", e)
    print(f"{len(ck.errors)} error(s)" if ck.errors else "OK: no inconsistencies found")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
