#!/usr/bin/env python3
"""seventhgen — a seventh hand's service archive (Qiheng Technical Services / 启衡技术服务).

usage: python3 tools/seventhgen/seventhgen.py --docs N --out DIR [--seed S] [--queries]
"""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import s7_customers as CU                                   # noqa: E402
from s7_base import Ctx                                     # noqa: E402
from s7_families import FAMILIES, FAULTS, CALIBRATED        # noqa: E402
from s7_world import (R, build_customers, build_units, build_lives, owner_on, END, PRINT_END,  # noqa: E402
                      canon_serial)
import s7_writers as W                                      # noqa: E402
import s7_tpl_repair as TR                                  # noqa: E402
import s7_tpl_service as TS                                 # noqa: E402
import s7_tpl_other as TO                                   # noqa: E402

ALL = ("cn", "tw", "hk", "mo", "sg", "my")
SVC_ALL = ("install", "maintenance", "calibration", "inspection", "upgrade", "relocation")
HOSP = ("dental", "eye", "radiology", "endo", "hosp_fac")

# (id, function, kind, lang, regions, condition(c, u, v), weight)
TEMPLATES = [
    ("S7-01", TR.s701, "repair", "zh-Hans", ("cn",), None, 3),
    ("S7-02", TR.s702, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-03", TR.s703, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-04", TR.s704, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-05", TR.s705, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-06", TR.s706, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-07", TR.s707, "repair", "en", ("cn", "sg", "my", "hk"), None, 1.5),
    ("S7-08", TR.s708, "repair", "en", ALL, lambda c, u, v: v.eng in ("E18", "E19"), 8),
    ("S7-09", TR.s709, "repair", "zh-Hant", ("tw",), None, 5),
    ("S7-10", TR.s710, "repair", "zh-Hant", ("hk", "mo"), None, 4),
    ("S7-11", TR.s711, "repair", "en", ALL, None, 1.6),
    ("S7-12", TR.s712, "repair", "en", ("sg", "my"), None, 2.5),
    ("S7-13", TR.s713, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-14", TR.s714, "repair", "en", ALL, None, 1.2),
    ("S7-15", TR.s715, "repair", "zh-Hans", ("cn",), None, 2),
    ("S7-20", TS.s720, "service_report", "zh-Hans", ("cn",), lambda c, u, v: v.type == "calibration" or (v.type == "maintenance" and u.family in CALIBRATED), 3),
    ("S7-21", TS.s721, "service_report", "en", ALL, lambda c, u, v: v.type == "calibration", 2),
    ("S7-22", TS.s722, "service_report", "en", ALL, None, 0.6),
    ("S7-23", TS.s723, "service_report", "zh-Hans", ("cn",), lambda c, u, v: u.family in ("clean_ahu", "cold_room", "pneumatic") and v.type in ("maintenance", "inspection"), 3),
    ("S7-24", TS.s724, "service_report", "zh-Hans", ("cn",), lambda c, u, v: v.type in ("maintenance", "inspection"), 1.5),
    ("S7-25", TS.s725, "service_report", "zh-Hans", ("cn",), lambda c, u, v: u.family == "ev_charger" and v.type in ("maintenance", "inspection"), 4),
    ("S7-26", TS.s726, "service_report", "zh-Hans", ("cn",), lambda c, u, v: u.family == "atm" and v.type in ("maintenance", "inspection", "upgrade"), 4),
    ("S7-27", TS.s727, "service_report", "zh-Hans", ("cn",), lambda c, u, v: v.type == "relocation", 40),
    ("S7-28", TS.s728, "service_report", "zh-Hans", ("cn",), lambda c, u, v: v.type == "upgrade", 4),
    ("S7-29", TS.s729, "service_report", "zh-Hant", ("tw",), lambda c, u, v: v.type in ("maintenance", "inspection", "calibration"), 4),
    ("S7-30", TS.s730, "service_report", "zh-Hant", ("hk", "mo"), None, 4),
    ("S7-31", TS.s731, "service_report", "en", ALL, lambda c, u, v: v.type == "install", 3),
    ("S7-32", TS.s732, "service_report", "zh-Hans", ("cn",), lambda c, u, v: v.type == "install", 3),
    ("S7-33", TS.s733, "service_report", "en", ("sg", "my", "hk", "mo"), lambda c, u, v: v.type in ("maintenance", "inspection", "calibration", "install"), 3),
    ("S7-40", TO.s740, "complaint", "en", ALL, None, 1.5),
    ("S7-41", TO.s741, "complaint", "en", ALL, None, 1.5),
    ("S7-42", TO.s742, "complaint", "zh-Hans", ("cn",), None, 3),
    ("S7-43", TO.s743, "complaint", "zh-Hant", ("tw",), None, 5),
    ("S7-44", TO.s744, "complaint", "en", ("hk", "mo", "sg", "my"), None, 4),
    ("S7-45", TO.s745, "complaint", "zh-Hans", ("cn",), lambda c, u, v: c.sector in HOSP, 3),
    ("S7-46", TO.s746, "complaint", "zh-Hans", ("cn",), None, 3),
    ("S7-50", TO.s750, "equipment_history", "zh-Hans", ("cn",), None, 2.5),
    ("S7-51", TO.s751, "equipment_history", "zh-Hans", ("cn",), None, 3),
    ("S7-52", TO.s752, "equipment_history", "zh-Hans", ("cn",), None, 3),
    ("S7-53", TO.s753, "equipment_history", "en", ALL, None, 1.5),
    ("S7-54", TO.s754, "equipment_history", "zh-Hant", ("tw", "hk", "mo"), None, 5),
    ("S7-55", TO.s755, "equipment_history", "zh-Hans", ("cn",), None, 2),
    ("S7-56", TO.s756, "equipment_history", "en", ALL, None, 1.5),
    ("S7-60", TO.s760, "customer_file", "zh-Hans", ("cn",), None, 0),
    ("S7-61", TO.s761, "customer_file", "zh-Hans", ("cn",), None, 3),
    ("S7-62", TO.s762, "customer_file", "en", ALL, None, 2),
    ("S7-63", TO.s763, "customer_file", "zh-Hant", ("tw", "hk", "mo"), None, 3),
    ("S7-64", TO.s764, "customer_file", "en", ALL, None, 2),
    ("S7-70", TO.s770, "training", "zh-Hans", None, None, 1),
    ("S7-71", TO.s771, "training", "en", None, None, 1),
    ("S7-72", TO.s772, "training", "zh-Hant", None, None, 1),
    ("S7-73", TO.s773, "training", "zh-Hans", None, None, 1),
    ("S7-74", TO.s774, "training", "en", None, None, 1),
]
KIND_SHARE = [("repair", 0.30), ("service_report", 0.25), ("complaint", 0.12), ("equipment_history", 0.13),
              ("customer_file", 0.10), ("training", 0.10)]
KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial", "serial_as_written", "model",
        "model_as_written", "visit_date", "visit_date_as_written", "other_dates", "date_ambiguous", "fault", "cause", "action",
        "engineer", "engineer_id", "number", "visits", "serials", "serials_as_written"]


class World:
    pass


def build_world(n, seed):
    w = World()
    w.customers = build_customers(n, seed)
    w.units = build_units(w.customers, seed)
    w.phone = build_lives(w.units, seed)
    w.visits = [v for u in w.units for v in u.visits]
    return w


def pick_template(kind, c, u, v, rng):
    cands = []
    for t in TEMPLATES:
        tid, fn, k, lang, regions, cond, wt = t
        if k != kind or wt <= 0:
            continue
        if regions is not None and c is not None and c.region not in regions:
            continue
        if cond is not None and not cond(c, u, v):
            continue
        cands.append(t)
    if not cands:
        return None
    tot = sum(t[6] for t in cands)
    x = rng.random() * tot
    for t in cands:
        x -= t[6]
        if x <= 0:
            return t
    return cands[-1]


def choose(pool, used, rng, fresh=0.85):
    if rng.random() < fresh:
        for _ in range(40):
            it = pool[rng.randrange(len(pool))]
            if it.vid not in used:
                return it
    return pool[rng.randrange(len(pool))]


def plan_and_render(n, seed):
    w = build_world(n, seed)
    prng = R("seventhgen", seed, "plan")
    counts = {k: int(round(n * s)) for k, s in KIND_SHARE}
    counts["repair"] += n - sum(counts.values())
    kinds = []
    for k, _ in KIND_SHARE:
        kinds += [k] * counts[k]
    prng.shuffle(kinds)
    repairs = [v for v in w.visits if v.type == "repair"]
    services = [v for v in w.visits if v.type not in ("repair",)]
    relocs = [v for v in w.visits if v.type == "relocation"]
    installs = [v for v in w.visits if v.type == "install"]
    comps = [v for v in w.visits if v.complaint and owner_on(v.unit, v.complaint["received"]) is v.owner] + list(w.phone)
    hist_units = [u for u in w.units if len(u.visits) >= 3]
    corder = list(w.customers)
    R("seventhgen", seed, "cfile-order").shuffle(corder)
    masters = corder[:int(round(0.7 * len(corder)))]
    used = set()
    docs = []
    mi = 0
    for i, kind in enumerate(kinds):
        rng = R("seventhgen", seed, "doc", i)
        ctx = Ctx(w, seed, i, R("seventhgen", seed, "text", i))
        tpl = None
        for attempt in range(200):
            if kind in ("repair", "service_report"):
                pool = repairs if kind == "repair" else services
                if kind == "service_report":
                    x = rng.random()
                    if x < 0.05 and relocs:
                        pool = relocs
                    elif x < 0.12:
                        pool = installs
                v = choose(pool, used, rng)
                c, u = v.owner, v.unit
                tpl = pick_template(kind, c, u, v, rng)
                if tpl:
                    ctx.c, ctx.u, ctx.v = c, u, v
                    used.add(v.vid)
                    break
            elif kind == "complaint":
                pc = choose(comps, used, rng)
                c, u = pc.owner, pc.unit
                tpl = pick_template(kind, c, u, pc, rng)
                if tpl:
                    ctx.c, ctx.u, ctx.pc, ctx.v = c, u, pc, pc
                    used.add(pc.vid)
                    break
            elif kind == "equipment_history":
                u = hist_units[rng.randrange(len(hist_units))]
                # one owner's period
                periods = []
                cur = []
                for v in u.visits:
                    if cur and v.owner is not cur[-1].owner:
                        periods.append(cur)
                        cur = []
                    cur.append(v)
                periods.append(cur)
                per = max(periods, key=len) if rng.random() < 0.7 else periods[rng.randrange(len(periods))]
                if len(per) < 2:
                    continue
                c = per[0].owner
                tpl = pick_template(kind, c, u, None, rng)
                if not tpl:
                    continue
                if tpl[0] == "S7-50":
                    years = sorted(set(v.date.year for v in per))
                    rng.shuffle(years)
                    vs = None
                    for y in years:
                        yv = [v for v in per if v.date.year == y]
                        if len(yv) >= 2:
                            vs = yv[:10]
                            break
                    if not vs:
                        continue
                else:
                    k = rng.randint(2, min(10, len(per)))
                    st = rng.randint(0, len(per) - k)
                    vs = per[st:st + k]
                ctx.c, ctx.u, ctx.vs = c, u, vs
                break
            elif kind == "customer_file":
                if mi < len(masters):
                    c = masters[mi]
                    mi += 1
                    tid = {"cn": "S7-60", "tw": "S7-63", "hk": "S7-63", "mo": "S7-63"}.get(c.region, "S7-62")
                    tpl = [t for t in TEMPLATES if t[0] == tid][0]
                else:
                    c = w.customers[rng.randrange(len(w.customers))]
                    tpl = pick_template(kind, c, None, None, rng)
                    if not tpl:
                        continue
                ctx.c = c
                cus = [u for u in w.units if u.owner0 is c or any(m["to"] is c for m in u.moves)]
                first = min(u.install for u in cus) if cus else dt.date(2019, 1, 1)
                if tpl[0] == "S7-61":
                    ys = list(range(first.year, 2025))
                    if not ys:
                        tpl = None
                        continue
                    ctx.year = ys[rng.randrange(len(ys))]
                    ctx.fdate = dt.date(ctx.year + 1, 1, 6) + dt.timedelta(days=rng.randint(0, 80))
                else:
                    lo = first + dt.timedelta(days=20)
                    ctx.fdate = lo + dt.timedelta(days=rng.randint(0, max(0, (PRINT_END - lo).days)))
                ctx.fdate = min(ctx.fdate, PRINT_END)
                if not TO.listed_units(ctx, ctx.fdate) and tpl[0] != "S7-64":
                    ctx.fdate = PRINT_END
                    if not TO.listed_units(ctx, ctx.fdate):
                        tpl = None
                        continue
                break
            else:
                fam = list(FAMILIES)[rng.randrange(len(FAMILIES))]
                ctx.fam_t = fam
                ctx.model_t = FAMILIES[fam][3][rng.randrange(2)]
                tpl = pick_template(kind, None, None, None, rng)
                break
        if tpl is None:
            raise SystemExit("seventhgen: could not plan document %d (%s)" % (i, kind))
        d = tpl[1](ctx)
        d.kind = tpl[2]
        docs.append(d)
    return w, docs


# ------------------------------------------------------------------ files
def to_bytes(d, i, seed):
    frng = R("seventhgen", seed, "file", i)
    if d.ext in ("docx",):
        _, blocks, header, footer = d.content
        data, plain = W.docx(blocks, header, footer)
        return data, "utf-8", plain
    if d.ext == "xlsx":
        data, plain = W.xlsx(d.content[1])
        return data, "utf-8", plain
    if d.ext == "pdf":
        _, pages, cjk, land = d.content
        if d.lang == "zh-Hant":
            cjk = "cns"
        data, plain = W.pdf(pages, cjk, land)
        return data, "utf-8", plain
    text = d.content
    region = None
    enc = "utf-8"
    r = frng.random()
    if d.lang == "zh-Hans":
        if d.ext == "txt" and r < 0.4:
            enc = "gb18030"
        elif d.ext == "csv":
            enc = "gb18030" if r < 0.45 else ("utf-8-sig" if r < 0.7 else "utf-8")
    elif d.lang == "zh-Hant" and d.ext == "txt":
        share = 0.4 if d.tw else 0.2
        if r < share:
            try:
                text.encode("big5")
                enc = "big5"
            except UnicodeEncodeError:
                pass
    elif d.ext == "csv" and r < 0.3:
        enc = "utf-8-sig"
    if not getattr(d, "crlf_fixed", False) and frng.random() < 0.3:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(enc)
    return data, enc, text


MARK_RE = re.compile(r"DD/MM/YYYY|dd/mm/yyyy|日/月/年")
SLASHDOT = re.compile(r"(?<![\d/.])(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})(?![\d/.])")


def ambiguous(d, plain):
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", d.vdate_w or "")
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    if MARK_RE.search(plain):
        return False
    for x in SLASHDOT.finditer(plain):
        parts = [int(p) for p in x.groups()]
        if len(x.group(1)) == 4:
            parts = parts[1:]
        elif len(x.group(3)) == 4:
            parts = parts[:2]
        else:
            continue
        if any(p > 12 for p in parts):
            return False
    return True


def selfcheck(d, plain, path):
    flat = plain.replace("\r\n", "\n")
    need = []
    for k in ("cust_w", "serial_w", "model_w", "vdate_w", "fault", "cause", "action", "engineer", "number"):
        val = getattr(d, k)
        if val:
            need.append((k, val))
    for o in d.other:
        need.append(("other_dates", o["as_written"]))
    for v in d.visits:
        for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
            if v[k]:
                need.append(("visit." + k, v[k]))
    for s in d.serials_w:
        need.append(("serials_as_written", s))
    for k, val in need:
        if val not in flat:
            raise SystemExit("seventhgen: self-check failed for %s (%s): %r not in the text" % (path, k, val))


def safe(s):
    return re.sub(r'[\\/:*?"<>|\s]+', "_", s).strip("_") or "doc"


def main():
    ap = argparse.ArgumentParser(description="seventhgen: synthetic after-sales service archive")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", action="store_true", help="accepted and ignored")
    a = ap.parse_args()
    out = a.out
    if os.path.exists(out):
        if not os.path.isdir(out):
            sys.exit("seventhgen: %s is not a directory" % out)
        if os.listdir(out) and not os.path.exists(os.path.join(out, ".seventhgen")):
            sys.exit("seventhgen: %s is not empty and not an earlier seventhgen output; refusing to write" % out)
    w, docs = plan_and_render(a.docs, a.seed)
    if os.path.exists(os.path.join(out, "docs")):
        shutil.rmtree(os.path.join(out, "docs"))
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    paths = set()
    lines = []
    for i, d in enumerate(docs):
        d.tw = False
        if d.customer is not None:
            d.tw = next(c.region for c in w.customers if c.id == d.customer) == "tw"
        data, enc, plain = to_bytes(d, i, a.seed)
        rel = "/".join(safe(p) for p in d.folder.split("/")) + "/" + safe(d.fname) + "." + d.ext
        if rel in paths:
            rel = rel[: -len(d.ext) - 1] + "_%d.%s" % (i, d.ext)
        paths.add(rel)
        selfcheck(d, plain, rel)
        full = os.path.join(out, "docs", rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        amb = ambiguous(d, plain) if d.kind in ("repair", "service_report", "complaint") else False
        t = {"path": rel, "kind": d.kind, "template": d.tid, "lang": d.lang, "encoding": enc, "customer": d.customer,
             "customer_as_written": d.cust_w, "serial": d.serial, "serial_as_written": d.serial_w, "model": d.model,
             "model_as_written": d.model_w, "visit_date": d.vdate, "visit_date_as_written": d.vdate_w, "other_dates": d.other,
             "date_ambiguous": amb, "fault": d.fault, "cause": d.cause, "action": d.action, "engineer": d.engineer,
             "engineer_id": d.eid, "number": d.number, "visits": d.visits, "serials": d.serials, "serials_as_written": d.serials_w}
        lines.append(json.dumps({k: t[k] for k in KEYS}, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    custs = []
    for c in w.customers:
        custs.append({"id": c.id, "name": c.name, "city": c.city, "city_pinyin": c.city_en, "number": c.number, "institution": c.inst,
                      "department": c.dept, "english": c.english, "brand": c.brand, "traditional": c.traditional, "address": c.address,
                      "former_names": [{"name": f["name"], "english": f["english"], "until": f["until"]} for f in c.former]})
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": custs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    units = []
    for u in w.units:
        units.append({"serial": u.serial, "model": u.model, "owner": u.owner.id, "install_date": u.install.isoformat(),
                      "purchase_date": u.purchase.isoformat(), "warranty_until": u.warranty.isoformat(), "family": u.family,
                      "moves": [{"date": m["date"].isoformat(), "from": m["from"].id, "to": m["to"].id} for m in u.moves]})
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8") as f:
        json.dump({"units": units}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, ".seventhgen"), "w", encoding="utf-8") as f:
        f.write("seventhgen output; --docs %d --seed %d\n" % (a.docs, a.seed))


if __name__ == "__main__":
    main()
