#!/usr/bin/env python3
"""sixthgen — a sixth hand's after-sales service archive, with its truth.

    python3 tools/sixthgen/sixthgen.py --docs N --out DIR [--seed S] [--queries]

Writes DIR/docs/..., DIR/truth.jsonl, DIR/customers.json, DIR/units.json and the marker
DIR/.sixthgen.  See README.md next to this file.
"""
import argparse
import bisect
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from s6_world import World, rng, END, START   # noqa: E402
from s6_forms import Doc                      # noqa: E402
from s6_templates import TEMPLATES            # noqa: E402
from s6_text import FAMILIES, FAMILY_ORDER    # noqa: E402
from s6_writers import Docx, Xlsx, Pdf, encode_text  # noqa: E402

MARKER = ".sixthgen"
KIND_SHARES = [("repair", 0.30), ("service_report", 0.25), ("complaint", 0.12), ("equipment_history", 0.13),
               ("customer_file", 0.10), ("training", 0.10)]
SERVICE_TYPE_WEIGHT = {"pm": 1.0, "inspect": 1.3, "calib": 1.3, "install": 2.0, "upgrade": 2.5, "relocate": 4.0}
# How often a region's paperwork is in English rather than Chinese (template weight factors)
LANG_FACTOR = {"cn": {"en": 0.75}, "tw": {"en": 0.35}, "hk": {"en": 0.7}, "mo": {"en": 0.6},
               "sg": {"zh-Hans": 1.5}, "my": {"zh-Hans": 2.0}}
MASTER_TEMPLATES = {"cn": ["S60", "S60", "S61"], "my": ["S60", "S61"], "sg": ["S61", "S60"],
                    "tw": ["S62", "S62", "S61"], "hk": ["S62", "S61"], "mo": ["S62", "S61"]}
EVERYDAY_TEMPLATES = {"cn": ["S63", "S65", "S63", "S64"], "my": ["S64"], "sg": ["S64"], "tw": ["S62", "S64"],
                      "hk": ["S64", "S62"], "mo": ["S64"]}


# ---------------------------------------------------------------------------------------------
def kind_counts(n):
    raw = [(k, n * s) for k, s in KIND_SHARES]
    counts = {k: int(v) for k, v in raw}
    rest = n - sum(counts.values())
    for k, v in sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))[:rest]:
        counts[k] += 1
    return counts


def weighted(r, items, weights):
    total = sum(weights)
    x = r.random() * total
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


AMBIG_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
NUM_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])")
MARKER_RE = re.compile(r"dd[/-]mm[/-]yyyy|mm[/-]dd[/-]yyyy|日/月/年", re.I)


def date_ambiguous(text, visit_w):
    """othergen's definition: a numeric d/m/yyyy visit date with both parts <= 12 and different,
    no other numeric date with a part > 12, and no format marker."""
    if not visit_w:
        return False
    m = AMBIG_DATE.match(visit_w)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 or b > 12 or a == b:
        return False
    if MARKER_RE.search(text):
        return False
    for x in NUM_DATE.finditer(text):
        if int(x.group(1)) > 12 or int(x.group(2)) > 12:
            return False
    return True


# ---------------------------------------------------------------------------------------------
class Planner:
    """Chooses each document's subject (visit, complaint, unit history, customer, model)."""

    def __init__(self, world, seed):
        self.w = world
        self.seed = seed
        self.repairs = [v for u in world.units for v in u.visits if v.type == "repair"]
        self.services = {}
        for u in world.units:
            for v in u.visits:
                if v.type != "repair":
                    self.services.setdefault(v.type, []).append(v)
        self.service_pool = [v for t in ("pm", "inspect", "calib", "install", "upgrade", "relocate")
                             for v in self.services.get(t, [])]
        self.service_cum = []
        acc = 0.0
        for v in self.service_pool:
            acc += SERVICE_TYPE_WEIGHT[v.type]
            self.service_cum.append(acc)
        self.complaints = [c for u in world.units for c in u.complaints]
        self.history_units = [u for u in world.units if len(u.visits) >= 2]
        self.used = set()
        self.used_c = set()

    def _pick(self, r, pool, used, key):
        want_new = r.random() < 0.85
        cand = pool[r.randrange(len(pool))]
        if want_new:
            for _ in range(25):
                if key(cand) not in used:
                    break
                cand = pool[r.randrange(len(pool))]
        used.add(key(cand))
        return cand

    def repair(self, r):
        return self._pick(r, self.repairs, self.used, lambda v: v.seq)

    def service(self, r):
        """A maintenance-type visit; installations, upgrades and relocations weigh more."""
        def draw():
            return self.service_pool[bisect.bisect_right(self.service_cum, r.random() * self.service_cum[-1])]
        cand = draw()
        if r.random() < 0.85:
            for _ in range(25):
                if cand.seq not in self.used:
                    break
                cand = draw()
        self.used.add(cand.seq)
        return cand

    def complaint(self, r):
        return self._pick(r, self.complaints, self.used_c, lambda c: c.seq)

    def history(self, r):
        u = self.history_units[r.randrange(len(self.history_units))]
        # one owner's period
        owner_runs = []
        for v in u.visits:
            if not owner_runs or owner_runs[-1][0] != v.customer:
                owner_runs.append((v.customer, []))
            owner_runs[-1][1].append(v)
        runs = [run for run in owner_runs if len(run[1]) >= 2] or [owner_runs[-1]]
        cid, visits = runs[r.randrange(len(runs))]
        k = min(len(visits), r.choice([2, 3, 4, 4, 5, 6, 6, 7, 8, 10]))
        start = r.randrange(len(visits) - k + 1)
        return u, cid, visits[start:start + k]


# ---------------------------------------------------------------------------------------------
def choose_template(r, kind, region, group=None, vtype=None):
    cands = []
    for t in TEMPLATES.values():
        if t["kind"] != kind:
            continue
        if t["regions"] != ("*",) and region not in t["regions"]:
            continue
        if t["groups"] and group not in t["groups"]:
            continue
        if kind == "service_report" and t["vtypes"] and vtype not in t["vtypes"]:
            continue
        cands.append(t)
    factors = LANG_FACTOR.get(region, {})
    return weighted(r, cands, [t["weight"] * factors.get(t["lang"], 1.0) for t in cands])


def pick_encoding(r, ext, lang, region):
    if ext in (".docx", ".xlsx", ".pdf"):
        return "utf-8", False
    crlf = r.random() < 0.3
    if ext == ".csv":
        if lang == "zh-Hans":
            return weighted(r, ["gb18030", "utf-8-sig", "utf-8"], [45, 35, 20]), crlf or r.random() < 0.3
        return weighted(r, ["utf-8", "utf-8-sig"], [70, 30]), crlf
    if ext == ".txt":
        if lang == "zh-Hans" and region == "cn":
            return ("gb18030" if r.random() < 0.4 else "utf-8"), crlf
        if lang == "zh-Hant" and region == "tw":
            return ("big5" if r.random() < 0.45 else "utf-8"), crlf
        if lang == "zh-Hant":
            return ("big5" if r.random() < 0.2 else "utf-8"), crlf
    return "utf-8", crlf


def render(content, ext, delim=","):
    """(bytes or text, plain text) for a template's content."""
    if isinstance(content, (Docx,)):
        return content.build(company="瀚川仪器技术服务有限公司")
    if isinstance(content, Xlsx):
        return content.build()
    if isinstance(content, Pdf):
        return content.build()
    if isinstance(content, list):
        buf = io.StringIO()
        csv.writer(buf, delimiter=delim, lineterminator="\n").writerows(content)
        text = buf.getvalue()
        return text, text
    return content, content


def self_check(truth, plain):
    missing = []

    def need(s, what):
        if s is not None and s not in plain:
            missing.append((what, s))
    for k in ("customer_as_written", "serial_as_written", "model_as_written", "visit_date_as_written",
              "fault", "cause", "action", "engineer", "number"):
        need(truth[k], k)
    for od in truth["other_dates"]:
        need(od["as_written"], "other_date")
    for v in truth["visits"]:
        for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
            need(v[k], "visit." + k)
    for s in truth["serials_as_written"]:
        need(s, "serials_as_written")
    if missing:
        raise AssertionError(f"{truth['path']} ({truth['template']}): not in text: {missing}")


# ---------------------------------------------------------------------------------------------
def generate(n_docs, out, seed):
    world = World(n_docs, seed)
    planner = Planner(world, seed)
    counts = kind_counts(n_docs)
    kinds = []
    for k, _ in KIND_SHARES:
        kinds += [k] * counts[k]
    rng(seed, "plan").shuffle(kinds)

    # customer files: masters first (about 70 % of customers), then everyday files
    cf_rng = rng(seed, "cfile-order")
    master_order = list(world.customers)
    cf_rng.shuffle(master_order)
    n_master = min(len(master_order), int(round(0.7 * len(master_order))), counts["customer_file"])
    cf_index = 0
    families_present = [f for f in FAMILY_ORDER if any(u.family == f for u in world.units)]

    docs_dir = os.path.join(out, "docs")
    paths = set()
    truth_lines = []
    for i, kind in enumerate(kinds):
        r = rng(seed, "doc", i)
        tr = rng(seed, "text", i)
        if kind in ("repair", "service_report"):
            v = planner.repair(r) if kind == "repair" else planner.service(r)
            cust = world.by_id[v.customer]
            tpl = choose_template(r, kind, cust.region, FAMILIES[v.unit.family]["group"], v.type)
            doc = Doc(world, i, kind, tpl["id"], tpl["lang"], tr, cust, v.unit, v.date)
            doc.ext = r.choice(tpl["exts"])
            folder, name, content = tpl["fn"](doc, v)
        elif kind == "complaint":
            cp = planner.complaint(r)
            cust = world.by_id[cp.customer]
            tpl = choose_template(r, kind, cust.region)
            doc = Doc(world, i, kind, tpl["id"], tpl["lang"], tr, cust, cp.unit, cp.received)
            doc.ext = r.choice(tpl["exts"])
            folder, name, content = tpl["fn"](doc, cp)
        elif kind == "equipment_history":
            u, cid, entries = planner.history(r)
            cust = world.by_id[cid]
            tpl = choose_template(r, kind, cust.region)
            doc = Doc(world, i, kind, tpl["id"], tpl["lang"], tr, cust, u, entries[-1].date)
            doc.ext = r.choice(tpl["exts"])
            folder, name, content = tpl["fn"](doc, entries)
        elif kind == "customer_file":
            if cf_index < n_master:
                cust = master_order[cf_index]
                tid = r.choice(MASTER_TEMPLATES[cust.region])
            else:
                cust = world.customers[r.randrange(len(world.customers))]
                tid = r.choice(EVERYDAY_TEMPLATES[cust.region])
            cf_index += 1
            tpl = TEMPLATES[tid]
            asof = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange((END - dt.date(2019, 1, 1)).days + 20))
            if not tpl["dated"]:
                asof = END + dt.timedelta(days=r.randrange(1, 20))
            units = world.units_of(cust.id, asof)
            if not units:
                asof = END + dt.timedelta(days=r.randrange(1, 20))
                units = world.units_of(cust.id, asof)
            doc = Doc(world, i, kind, tpl["id"], tpl["lang"], tr, cust, None, asof)
            doc.ext = tpl["exts"][0]
            folder, name, content = tpl["fn"](doc, units, asof)
        else:
            fam = families_present[r.randrange(len(families_present))]
            model = FAMILIES[fam]["models"][r.randrange(2)]
            tpl = choose_template(r, kind, None)
            doc = Doc(world, i, kind, tpl["id"], tpl["lang"], tr)
            doc.t["model"] = model
            doc.train_model = model
            doc.ext = r.choice(tpl["exts"])
            folder, name, content = tpl["fn"](doc, fam, model)

        ext = os.path.splitext(name)[1]
        rel = f"{folder}/{name}"
        k = 2
        while rel in paths:
            rel = f"{folder}/{os.path.splitext(name)[0]}_{k}{ext}"
            k += 1
        paths.add(rel)
        data, plain = render(content, ext)
        fr = rng(seed, "file", i)
        enc, crlf = pick_encoding(fr, ext, doc.lang, doc.region)
        if isinstance(data, str):
            data, enc = encode_text(data, enc, crlf)
        doc.t["date_ambiguous"] = date_ambiguous(plain, doc.t["visit_date_as_written"])
        truth = doc.truth(rel, enc)
        self_check(truth, plain)
        full = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        truth_lines.append(json.dumps(truth, ensure_ascii=False))

    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(truth_lines) + "\n")
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": [c.json() for c in world.customers]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8") as f:
        json.dump({"units": [u.json() for u in world.units]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, MARKER), "w", encoding="utf-8") as f:
        f.write(f"sixthgen output; --docs {n_docs} --seed {seed}\n")


def prepare_out(out):
    if os.path.exists(out):
        if not os.path.isdir(out):
            sys.exit(f"sixthgen: {out} is not a directory")
        entries = sorted(os.listdir(out))
        if entries and MARKER not in entries:
            sys.exit(f"sixthgen: {out} is not empty and not a sixthgen output (no {MARKER}); refusing to write")
        for name in ("docs", "truth.jsonl", "customers.json", "units.json", MARKER):
            p = os.path.join(out, name)
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description="sixthgen: synthetic after-sales service archive with truth")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", action="store_true", help="accepted and ignored")
    a = ap.parse_args(argv)
    if a.docs < 1:
        sys.exit("sixthgen: --docs must be at least 1")
    prepare_out(a.out)
    generate(a.docs, a.out, a.seed)


if __name__ == "__main__":
    main()
