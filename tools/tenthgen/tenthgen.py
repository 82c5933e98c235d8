#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""tenthgen: a synthetic after-sales archive of an industrial equipment service company, with its truth.

python3 tenthgen.py --docs N --seed S --out DIR
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t10_data as D                      # noqa: E402
import t10_world as W                     # noqa: E402
import t10_writers as WR                  # noqa: E402
from t10_forms import Ctx, KEYS           # noqa: E402
from t10_zh import to_trad                # noqa: E402
import t10_tpl_a                          # noqa: E402
import t10_tpl_b                          # noqa: E402
import t10_tpl_c                          # noqa: E402

TEMPLATES = {}
for _m in (t10_tpl_a, t10_tpl_b, t10_tpl_c):
    TEMPLATES.update(_m.TEMPLATES)

KIND_SHARE = [("r", "repair", 0.35), ("s", "service_report", 0.22), ("c", "complaint", 0.10),
              ("h", "equipment_history", 0.10), ("f", "customer_file", 0.18), ("t", "training", 0.05)]
FOREIGN_PREF = {"TEN-08", "TEN-09", "TEN-10", "TEN-18", "TEN-41", "TEN-25", "TEN-61", "TEN-67"}
PAPERWORK = {"TEN-64", "TEN-65", "TEN-66", "TEN-67", "TEN-68"}
MARKER = ".tenthgen"


def largest_remainder(total, weights):
    s = float(sum(w for _, w in weights))
    raw = [(k, total * w / s) for k, w in weights]
    out = {k: int(x) for k, x in raw}
    rest = total - sum(out.values())
    for k, x in sorted(raw, key=lambda kx: (-(kx[1] - int(kx[1])), kx[0]))[:rest]:
        out[k] += 1
    return out


def plan(n, seed):
    kinds = largest_remainder(n, [(k, sh) for k, _, sh in KIND_SHARE])
    seq = []
    for k, kname, _ in KIND_SHARE:
        tws = [(tid, t[3]) for tid, t in sorted(TEMPLATES.items()) if k in t[0]]
        per = largest_remainder(kinds[k], tws)
        for tid, _ in tws:
            seq += [(kname, tid)] * per[tid]
    W.rng(seed, "plan").shuffle(seq)
    return seq


class World:
    def __init__(self, n, seed):
        self.seed = seed
        ncust = max(12, min(120, n // 22))
        self.customers = W.build_customers(seed, ncust)
        self.byid = {c.id: c for c in self.customers}
        self.units = W.build_units(seed, self.customers)
        self.complaints = W.build_lives(seed, self.customers, self.units)
        self.visits = [v for u in self.units for v in u.visits]
        self.used = set()
        self.segments = []
        for u in self.units:
            per = {}
            for v in u.visits:
                per.setdefault(v.owner, []).append(v)
            for owner, vs in sorted(per.items()):
                if len(vs) >= 2:
                    self.segments.append((u, owner, vs))


def _region_ok(tpl, region):
    regs = TEMPLATES[tpl][2].split()
    return not regs or region in regs


def pick_subject(world, kind, tpl, r):
    t = TEMPLATES[tpl]
    byid = world.byid
    if kind in ("repair", "service_report"):
        types = {"repair"} if kind == "repair" else set(t[4].split())
        pool = [v for v in world.visits if v.type in types and _region_ok(tpl, byid[v.owner].region)]
        if tpl in FOREIGN_PREF and r.random() < 0.7:
            fp = [v for v in pool if byid[v.owner].foreign]
            pool = fp or pool
        if not pool:
            return None
        fresh = [v for v in pool if id(v) not in world.used]
        v = r.choice(fresh if fresh and r.random() < 0.85 else pool)
        world.used.add(id(v))
        return v
    if kind == "complaint":
        pool = [c for c in world.complaints if _region_ok(tpl, byid[c["owner"]].region)]
        if tpl in FOREIGN_PREF and r.random() < 0.7:
            pool = [c for c in pool if byid[c["owner"]].foreign] or pool
        return r.choice(pool) if pool else None
    if kind == "equipment_history":
        pool = [s for s in world.segments if _region_ok(tpl, byid[s[1]].region)]
        if not pool:
            return None
        u, owner, vs = r.choice(pool)
        k = r.randint(2, min(10, len(vs)))
        st = r.randrange(0, len(vs) - k + 1)
        return (u, owner, vs[st:st + k])
    if kind == "customer_file":
        pool = [c for c in world.customers if _region_ok(tpl, c.region)]
        if tpl in FOREIGN_PREF and r.random() < 0.5:
            pool = [c for c in pool if c.foreign or c.region == "hk"] or pool
        for _ in range(40 if pool else 0):
            cu = r.choice(pool)
            d = W.workday(W.dt.date(2017, 1, 2) + W.dt.timedelta(days=r.randrange(0, (W.END - W.dt.date(2017, 1, 2)).days)),
                          forward=False)
            units = [u for u in world.units if u.owner_on(d) == cu.id and u.install <= d]
            if units:
                return (cu, d, units)
        return None
    models = sorted(m for f in D.FAMILIES.values() for m in f[3])
    return r.choice(models)


def render(world, i, kind, tpl):
    r = W.rng(world.seed, "doc", i)
    t = TEMPLATES[tpl]
    subj = pick_subject(world, kind, tpl, r)
    if subj is None:
        alts = sorted(tid for tid, tt in TEMPLATES.items() if tt[0].find(kind_letter(kind)) >= 0 and tid != tpl)
        for alt in alts:
            subj = pick_subject(world, kind, alt, r)
            if subj is not None:
                tpl, t = alt, TEMPLATES[alt]
                break
    rt = W.rng(world.seed, "text", i)
    lang = t[1]
    if kind in ("repair", "service_report"):
        v = subj
        cu = world.byid[v.owner]
        ctx = Ctx(rt, kind, tpl, lang, cu, v.unit, cu.region, v.date)
        if v.type == "relocation":
            m = [mv for mv in v.unit.moves if mv["date"] == v.date]
            ctx.old_owner = world.byid[m[0]["from"]] if m else cu
        out = t[5](ctx, v)
    elif kind == "complaint":
        cu = world.byid[subj["owner"]]
        ctx = Ctx(rt, kind, tpl, lang, cu, subj["unit"], cu.region, subj["received"])
        out = t[5](ctx, subj)
    elif kind == "equipment_history":
        u, owner, vs = subj
        cu = world.byid[owner]
        ctx = Ctx(rt, kind, tpl, lang, cu, u, cu.region, vs[-1].date)
        out = t[5](ctx, (u, vs))
    elif kind == "customer_file":
        cu, d, units = subj
        ctx = Ctx(rt, kind, tpl, lang, cu, None, cu.region, d)
        out = t[5](ctx, subj)
    else:
        ctx = Ctx(rt, kind, tpl, lang, None, None, "tw", None)
        fam = next(k for k, f in D.FAMILIES.items() if subj in f[3])
        ctx.unit = W.Unit(serial=None, model=subj, family=fam)
        ctx.t["model"] = subj
        out = t[5](ctx, subj)
    return ctx, out, tpl


def kind_letter(kind):
    return {k2: k1 for k1, k2, _ in KIND_SHARE}[kind]


# ------------------------------------------------------------------ serialisation
def units_of(out):
    """The text units (lines, cells, paragraphs) a reader sees, plus the full text."""
    f = out["fmt"]
    if f in ("txt", "md", "pdf"):
        return list(out["lines"])
    if f == "csv":
        return [str(c) for row in out["rows"] for c in row if c is not None]
    if f == "xlsx":
        return [str(c) for _, rows in out["sheets"] for row in rows for c in row if c is not None]
    units = []
    for b in out["blocks"]:
        if b[0] in ("h", "p"):
            units += b[1].replace("\v", "\n").split("\n")
        else:
            for row in b[1]:
                for c in row:
                    c = c[0] if isinstance(c, tuple) else c
                    units += str(c).replace("\v", "\n").split("\n")
    return units


def encode(out, rf, lang, region):
    f = out["fmt"]
    crlf = f in ("txt", "md", "csv") and rf.random() < 0.3
    nl = "\r\n" if crlf else "\n"
    if f in ("txt", "md"):
        text = nl.join(out["lines"]) + nl
    elif f == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator=nl)
        for row in out["rows"]:
            w.writerow(["" if c is None else c for c in row])
        text = buf.getvalue()
    elif f == "docx":
        return WR.docx(out["blocks"]), "utf-8"
    elif f == "xlsx":
        return WR.xlsx(out["sheets"]), "utf-8"
    else:
        return WR.pdf(out["lines"], trad=(lang == "zh-Hant")), "utf-8"
    enc = "utf-8"
    x = rf.random()
    if lang == "zh-Hans":
        if f == "txt":
            enc = "gb18030" if x < 0.36 else "gbk" if x < 0.40 else "utf-16" if x < 0.47 else "utf-8"
        elif f == "csv":
            enc = "gb18030" if x < 0.40 else "gbk" if x < 0.45 else "utf-8-sig" if x < 0.65 else "utf-16" if x < 0.70 else "utf-8"
    elif lang == "zh-Hant" and f == "txt":
        if x < (0.4 if region == "tw" else 0.2):
            enc = "big5"
        elif x < 0.5:
            enc = "utf-16"
    elif lang == "en" and f == "csv" and x < 0.25:
        enc = "utf-8-sig"
    if enc in ("big5", "gbk"):
        try:
            text.encode(enc)
        except UnicodeEncodeError:
            enc = "utf-8"
    if enc == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le"), enc
    return text.encode(enc), enc


AMB_MARK = re.compile(r"(dd|mm)\s*[/.\-]\s*(mm|dd)\s*[/.\-]\s*yy(yy)?|日\s*/\s*月\s*/\s*年", re.I)
NUMDATE = re.compile(r"(?<![\d.:/\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/\-]|\.\d)")


def ambiguous(truth, text):
    w = truth["visit_date_as_written"]
    if not w:
        return False
    m = NUMDATE.fullmatch(w)
    if not m or AMB_MARK.search(text):
        return False
    a, b = int(m.group(1)), int(m.group(3))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    for m2 in NUMDATE.finditer(text):
        if int(m2.group(1)) > 12 or int(m2.group(3)) > 12:
            return False
    return True


def truth_strings(t):
    out = [("customer", t["customer_as_written"]), ("serial", t["serial_as_written"]), ("model", t["model_as_written"]),
           ("visit_date", t["visit_date_as_written"])]
    for v in t["visits"]:
        for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
            out.append(("visit." + k, v[k]))
    out += [("other." + o["role"], o["as_written"]) for o in t["other_dates"]]
    out += [("serials", s) for s in t["serials_as_written"]]
    return [(k, s) for k, s in out if s]


def folder(ctx, kind, tpl, out):
    lang = ctx.lang
    if kind == "training":
        fam = ctx.unit.family
        if lang == "en":
            return "Training/%s" % D.FAMILIES[fam][2]
        return ("教育訓練/%s" % D.FAMILIES[fam][1]) if lang == "zh-Hant" else "培训资料/%s" % D.FAMILIES[fam][0]
    cu = ctx.cust
    if lang == "en":
        sub = {"repair": "Service", "service_report": "Service", "complaint": "Complaints",
               "equipment_history": "History", "customer_file": "Contracts" if tpl in PAPERWORK else "Account"}[kind]
        city = "Hong Kong/" + cu.city_pinyin if cu.region == "hk" else cu.city_pinyin
        return "Customers/%s/%s %s/%s" % (city, cu.eng_base.replace("/", "-"), cu.id, sub)
    if lang == "zh-Hant":
        sub = {"repair": "維修", "service_report": "保養檢驗", "complaint": "客訴", "equipment_history": "履歷",
               "customer_file": "合約" if tpl in PAPERWORK else "客戶資料"}[kind]
        top = "台灣客戶" if cu.region == "tw" else "香港客戶"
        return "%s/%s/%s/%s" % (top, cu.city, cu.traditional, sub)
    sub = {"repair": "维修记录", "service_report": "服务记录", "complaint": "客诉", "equipment_history": "机台档案",
           "customer_file": "商务文件" if tpl in PAPERWORK else "客户资料"}[kind]
    base = cu.reg + ("-" + cu.dept[0] if cu.dept else "")
    return "客户/%s/%s/%s" % (cu.city, base, sub)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--queries", action="store_true", help="accepted and ignored")
    a = ap.parse_args(argv)
    out_dir = a.out
    if os.path.exists(out_dir):
        if os.listdir(out_dir) and not os.path.exists(os.path.join(out_dir, MARKER)):
            print("tenthgen: %s is not empty and not a tenthgen output" % out_dir, file=sys.stderr)
            return 1
    world = World(a.docs, a.seed)
    seq = plan(a.docs, a.seed)
    files, truths, errors = [], [], []
    width = max(4, len(str(a.docs)))
    for i, (kind, tpl) in enumerate(seq):
        ctx, out, tpl = render(world, i, kind, tpl)
        rf = W.rng(a.seed, "file", i)
        data, enc = encode(out, rf, ctx.lang, ctx.region)
        title = out["title"].replace("/", "-")
        path = "%s/%0*d_%s.%s" % (folder(ctx, kind, tpl, out), width, i + 1, title, out["fmt"])
        t = ctx.t
        t["path"], t["encoding"] = path, enc
        t["template"] = tpl
        units = units_of(out)
        text = "\n".join(units)
        t["date_ambiguous"] = ambiguous(t, text)
        for k, s in truth_strings(t):
            if not any(s in u for u in units):
                errors.append("%s %s: %r not in one line/cell" % (path, k, s))
        if kind in ("repair", "service_report") and len(t["visits"]) != 1:
            errors.append("%s: %d visits" % (path, len(t["visits"])))
        files.append((path, data))
        truths.append({k: t[k] for k in KEYS})
    if errors:
        for e in errors[:40]:
            print("self-check:", e, file=sys.stderr)
        print("tenthgen: %d self-check errors, nothing written" % len(errors), file=sys.stderr)
        return 1
    docs = os.path.join(out_dir, "docs")
    if os.path.exists(docs):
        shutil.rmtree(docs)
    os.makedirs(docs, exist_ok=True)
    for path, data in files:
        full = os.path.join(docs, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    with open(os.path.join(out_dir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "customers.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": [c.json() for c in world.customers]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out_dir, "units.json"), "w", encoding="utf-8") as f:
        json.dump({"units": [u.json() for u in world.units]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out_dir, MARKER), "w", encoding="utf-8") as f:
        f.write("tenthgen output; --docs %d --seed %d\n" % (a.docs, a.seed))
    print("tenthgen: %d documents, %d customers, %d units, %d moved -> %s" % (
        len(files), len(world.customers), len(world.units), sum(1 for u in world.units if u.moves), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
