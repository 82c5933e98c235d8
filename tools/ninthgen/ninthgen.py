#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""ninthgen — a ninth hand's synthetic after-sales archive (medical imaging and patient-care equipment).

    python3 tools/ninthgen/ninthgen.py --docs N --seed S --out DIR [--queries]
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import n9_data as D  # noqa: E402
from n9_forms import Ctx  # noqa: E402
from n9_tpl import TEMPLATES  # noqa: E402
from n9_world import World, rng, iso, pdate, workday  # noqa: E402
from n9_writers import docx_bytes, docx_units, xlsx_bytes, xlsx_units, pdf_bytes  # noqa: E402

KIND_SHARE = [("repair", 0.30), ("service_report", 0.25), ("complaint", 0.12), ("equipment_history", 0.13),
              ("customer_file", 0.10), ("training", 0.10)]
TRUTH_KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial",
              "serial_as_written", "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates",
              "date_ambiguous", "fault", "cause", "action", "engineer", "engineer_id", "number", "visits", "serials",
              "serials_as_written"]
SERVICE_TYPES = {"22": ("install",), "21": ("qc", "pm"), "24": ("qc", "pm", "install"),
                 "26": ("upgrade", "relocation", "install", "pm")}
KIND_DIR = {"repair": ("维修", "Repairs"), "service_report": ("服务报告", "Service reports"),
            "complaint": ("投诉", "Complaints"), "equipment_history": ("设备档案", "Equipment history"),
            "customer_file": ("客户资料", "Account files"), "training": ("培训资料", "Training")}
TITLE = {"01": "维修记录单", "02": "维修情况说明", "03": "OA报修流程导出", "04": "售后宝工单", "05": "飞书通知", "06": "Joplin笔记",
         "07": "维修服务确认书", "08": "repair-mail", "09": "work-order", "10": "job-sheet", "11": "維修單", "12": "維修服務紀錄",
         "13": "wo-export", "14": "多维表格记录", "15": "上门服务登记单", "56": "维修登记簿", "20": "服务记录表", "21": "性能与安全检测报告", "22": "到货安装验收单",
         "23": "PM-service-sheet", "24": "EST-record", "25": "預防保養檢查表", "26": "服务记录", "27": "visit-summary", "28": "派工导出",
         "29": "保養工作紀錄", "40": "客户意见登记表", "41": "投诉处理记录", "42": "complaint-thread", "43": "意見反映處理表",
         "44": "投诉台账", "45": "concern-log", "50": "维修保养档案", "51": "设备履历本", "52": "asset-history",
         "53": "履歷", "54": "维修记录导出", "55": "service-history", "60": "资产盘点表", "61": "site-profile",
         "62": "往來客戶概況", "63": "客户主数据", "70": "培训讲义", "71": "service-tips", "72": "疑難排解", "73": "考试题"}
REL_PHRASES = ["当天下午", "次日上午", "次日", "两天后", "the same afternoon", "the following morning", "the next day",
               "two days later"]
MARKER = re.compile(r"DD/MM|MM/DD|dd/mm|mm/dd|日/月/年")
NUMDATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/.])")


def die(msg):
    print("ninthgen: " + msg, file=sys.stderr)
    sys.exit(1)


def region_of(cust):
    return cust["region"]


def pick_template(r, kind, region, evtype=None):
    cands = []
    for t in TEMPLATES.values():
        if t["kind"] != kind or region not in t["regions"]:
            continue
        if kind == "service_report" and t["id"] in SERVICE_TYPES and evtype not in SERVICE_TYPES[t["id"]]:
            continue
        if kind == "service_report" and evtype == "relocation" and region == "cn" and t["id"] != "26":
            continue
        w = t["weight"]
        if t["lang"] == "en" and region == "cn":
            w *= 0.45
        if t["lang"] == "en" and region == "tw":
            w *= 0.4
        cands.append((t["id"], w))
    cands.sort()
    tot = sum(w for _, w in cands)
    x = r.random() * tot
    for tid, w in cands:
        x -= w
        if x <= 0:
            return tid
    return cands[-1][0]


def weighted_unused(r, items, used, key):
    if not items:
        return None
    fresh = [x for x in items if key(x) not in used]
    if fresh and r.random() < 0.85:
        x = fresh[r.randrange(len(fresh))]
    else:
        x = items[r.randrange(len(items))]
    used.add(key(x))
    return x


def text_units(fmt, content):
    if fmt in ("txt", "md"):
        return content.split("\n")
    if fmt == "csv":
        return [str(x) for row in content for x in row]
    if fmt == "xlsx":
        return xlsx_units(content)
    if fmt == "docx":
        return docx_units(*content)
    if fmt == "pdf":
        return list(content)
    raise ValueError(fmt)


def truth_strings(t):
    out = []
    for k in ("customer_as_written", "serial_as_written", "model_as_written", "visit_date_as_written", "fault", "cause",
              "action", "engineer", "number"):
        if t[k]:
            out.append((k, t[k]))
    for v in t["visits"]:
        for k in ("date_as_written", "fault", "cause", "action", "engineer", "number"):
            if v[k]:
                out.append(("visit." + k, v[k]))
    for o in t["other_dates"]:
        out.append(("other." + o["role"], o["as_written"]))
    for s in t["serials_as_written"]:
        out.append(("serials", s))
    return out


def ambiguous(t, whole):
    va = t["visit_date_as_written"]
    if not va:
        return False
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", va)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if not (a <= 12 and b <= 12 and a != b):
        return False
    if MARKER.search(whole):
        return False
    for m2 in NUMDATE.finditer(whole):
        if int(m2.group(1)) > 12 or int(m2.group(2)) > 12:
            return False
    return True


def serialize(fmt, content, enc, crlf):
    if fmt in ("txt", "md"):
        s = content
        if crlf:
            s = s.replace("\n", "\r\n")
        return s.encode("utf-8-sig" if enc == "utf-8-sig" else enc)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
        for row in content:
            w.writerow(row)
        return buf.getvalue().encode(enc)
    if fmt == "xlsx":
        return xlsx_bytes(content)
    if fmt == "docx":
        return docx_bytes(*content)
    raise ValueError(fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--queries", action="store_true")
    a = ap.parse_args()
    out = a.out
    if os.path.exists(out):
        if not os.path.isdir(out):
            die("%s is not a directory" % out)
        if os.listdir(out) and not os.path.exists(os.path.join(out, ".ninthgen")):
            die("%s is neither empty nor an earlier ninthgen output" % out)
    if a.docs < 1:
        die("--docs must be positive")
    seed = a.seed
    W = World(seed, a.docs)

    # plan
    counts = [(k, int(round(a.docs * p))) for k, p in KIND_SHARE]
    tot = sum(n for _, n in counts)
    counts[0] = (counts[0][0], counts[0][1] + a.docs - tot)
    plan = [k for k, n in counts for _ in range(max(0, n))][:a.docs]
    rng("ninthgen", seed, "plan").shuffle(plan)

    repairs = [e for e in W.events if e["type"] == "repair"]
    services = [e for e in W.events if e["type"] != "repair"]
    used_ev, used_cp, used_hist, used_cf = set(), set(), set(), set()
    # ownership periods with >= 2 events
    periods = []
    for u in W.units:
        evs = W.unit_events(u)
        by = {}
        order = []
        for e in evs:
            key = e["customer"] + "|" + str(sum(1 for m in u["moves"] if pdate(m["date"]) <= e["date"]))
            if key not in by:
                by[key] = []
                order.append(key)
            by[key].append(e)
        for key in order:
            if len(by[key]) >= 2:
                periods.append((u, by[key]))

    docs = []
    truths = []
    seen_paths = set()
    for i, kind in enumerate(plan):
        r = rng("ninthgen", seed, "doc", i)
        rt = rng("ninthgen", seed, "text", i)
        cust = unit = None
        ctx_extra = {}
        if kind in ("repair", "service_report"):
            pool = repairs if kind == "repair" else services
            ev = weighted_unused(r, pool, used_ev, lambda e: e["id"])
            cust = W.cust[ev["customer"]]
            unit = ev["unit"]
            tid = pick_template(r, kind, cust["region"], ev["type"])
            ctx_extra["ev"] = ev
        elif kind == "complaint":
            cp = weighted_unused(r, W.complaints, used_cp, lambda x: x["id"])
            cust = W.cust[cp["customer"]]
            unit = cp["unit"]
            tid = pick_template(r, kind, cust["region"])
            ctx_extra["cp"] = cp
        elif kind == "equipment_history":
            u, evs = weighted_unused(r, periods, used_hist, lambda p: (p[0]["serial"], p[1][0]["id"]))
            k = r.randint(2, min(10, len(evs)))
            st = r.randint(0, len(evs) - k)
            sel = evs[st:st + k]
            cust = W.cust[sel[0]["customer"]]
            unit = u
            tid = pick_template(r, kind, cust["region"])
            ctx_extra["evs"] = sel
        elif kind == "customer_file":
            for _ in range(50):
                cust = W.customers[r.randrange(len(W.customers))]
                lo = dt.date(2019, 1, 1)
                d = workday(lo + dt.timedelta(days=r.randrange((dt.date(2025, 10, 20) - lo).days)))
                if any(W.owner_at(u, d) == cust["id"] and pdate(u["install_date"]) <= d for u in W.units):
                    break
            tid = pick_template(r, kind, cust["region"])
            ctx_extra["printed"] = d
        else:
            fam = D.FAMILY_ORDER[r.randrange(len(D.FAMILY_ORDER))]
            tws = sorted((t["id"], t["weight"]) for t in TEMPLATES.values() if t["kind"] == "training")
            tid = tws[r.randrange(len(tws))][0]
            ctx_extra["fam"] = fam
        tp = TEMPLATES[tid]
        region = cust["region"] if cust else {"zh-Hans": "cn", "zh-Hant": "tw", "en": "au"}[tp["lang"]]
        c = Ctx(W, kind, tid, tp["lang"], region, rt, cust, unit)
        c.fmt = tp["fmt"]
        for k2, v2 in ctx_extra.items():
            setattr(c, k2, v2)
        if kind == "training":
            def tmodel(c=c):
                m = D.FAMILIES[c.fam][2][c.r.randrange(2)]
                from n9_forms import model_form
                w = model_form(m, c.r)
                c.t["model"] = m
                c.t["model_as_written"] = w
                return w
            c.tmodel = tmodel
        content = tp["f"](c)
        t = c.t
        if kind in ("repair", "service_report"):
            assert len(t["visits"]) == 1, tid
        fmt = tp["fmt"]
        units = text_units(fmt, content)
        whole = "\n".join(units)
        for key, s in truth_strings(t):
            if not any(s in u for u in units):
                die("self-check: template %s doc %d: %s %r not in text" % (tid, i, key, s))
        if t["serial"] and unit and t["serial"] != unit["serial"]:
            die("self-check: serial mismatch %s" % tid)
        t["date_ambiguous"] = ambiguous(t, whole)
        # encoding
        rf = rng("ninthgen", seed, "file", i)
        enc = "utf-8"
        crlf = False
        if fmt in ("txt", "md", "csv"):
            crlf = rf.random() < 0.3
            x = rf.random()
            if tp["lang"] == "zh-Hans" and fmt == "txt" and x < 0.4:
                enc = "gb18030"
            elif tp["lang"] == "zh-Hans" and fmt == "csv":
                enc = "gb18030" if x < 0.45 else ("utf-8-sig" if x < 0.65 else "utf-8")
            elif tp["lang"] == "en" and fmt == "csv" and x < 0.25:
                enc = "utf-8-sig"
            elif tp["lang"] == "zh-Hant" and fmt == "txt" and x < (0.4 if region == "tw" else 0.2):
                enc = "big5"
            if enc in ("gb18030", "big5"):
                probe = whole if fmt != "csv" else whole
                try:
                    probe.encode(enc)
                    if enc == "big5" and probe.encode(enc).decode(enc) != probe:
                        enc = "utf-8"
                except UnicodeEncodeError:
                    enc = "utf-8"
        # path
        zh = tp["lang"] != "en"
        kd = KIND_DIR[kind][0 if zh else 1]
        if cust:
            if cust["region"] == "cn":
                top = "客户/%s/%s" % (cust["city"], cust["name"] + (cust["dept"] and "-" + cust["dept"] or "")) if zh else \
                    "Customers/%s/%s" % (cust["city_pinyin"], cust["english"].replace("'", "").replace("/", "-") + (" " + cust["id"]))
            elif cust["region"] in ("tw", "hk"):
                top = ("台灣客戶/" if cust["region"] == "tw" else "香港客戶/") + cust["name"]
            else:
                top = "Overseas/%s/%s" % (cust["city_pinyin"], cust["english"])
        else:
            top = "培训资料/" + fam if zh else "Training/" + fam
        name = "%04d_%s.%s" % (i + 1, TITLE[tid], fmt)
        path = "%s/%s/%s" % (top, kd, name)
        assert path not in seen_paths
        seen_paths.add(path)
        if fmt == "pdf":
            data = pdf_bytes(content, hant=tp["lang"] == "zh-Hant")
        else:
            data = serialize(fmt, content, enc, crlf)
        docs.append((path, data))
        t["path"] = path
        t["kind"] = kind
        t["template"] = "NINE-" + tid
        t["lang"] = tp["lang"]
        t["encoding"] = enc
        truths.append({k: t[k] for k in TRUTH_KEYS})

    # write
    os.makedirs(out, exist_ok=True)
    for x in ("docs",):
        if os.path.exists(os.path.join(out, x)):
            shutil.rmtree(os.path.join(out, x))
    for path, data in docs:
        full = os.path.join(out, "docs", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(W.customers_json(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(W.units_json(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, ".ninthgen"), "w", encoding="utf-8", newline="\n") as f:
        f.write("ninthgen output; --docs %d --seed %d\n" % (a.docs, seed))
    print("ninthgen: %d documents, %d customers, %d units -> %s" % (len(docs), len(W.customers), len(W.units), out))


if __name__ == "__main__":
    main()
