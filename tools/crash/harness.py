#!/usr/bin/env python3
"""Cuts kb off in the middle of its work and checks that nothing is lost (docs/RELIABILITY.md).

For each operation, each trial starts from a known store and runs the operation, cut off
  --fault kill       by SIGKILL at a random moment within the time an uninterrupted run takes;
  --fault disk-full  by a disk that fills up after a random number of bytes, up to what an
                     uninterrupted run writes (tools/faults/enospc.c, preloaded);
then runs the same operation again to the end (the next command completes what the cut one
left), and checks:
  - `kb check` passes (SQLite, index and revisions, lexicon, links, slip originals, audit chain);
  - customers, units, every document's links, documents, slips and articles equal those of
    an uninterrupted run (a "clean build" from the same files);
  - search answers equal those of the clean build.

  tools/crash/harness.py --docs 20000 --trials 50                 (generates a scalegen corpus)
  tools/crash/harness.py --corpus DIR --trials 10 --ops ingest,reindex --fault disk-full

Operations: ingest, reindex, compact, slip-add, article-approve, purge. Prints one line per
trial and a summary; exit status 1 if any trial found a difference.
"""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUERIES = ["离心机", "转速不稳", "lxj", "E23", "加热", "centrifuge", "比色杯", "售后", "维修", "温度"]
SLIPS = os.path.join(ROOT, "corpus", "slips")


def run(kb, store, args, check=True, timeout=3600):
    p = subprocess.run([kb, "--store", store] + args, capture_output=True, text=True, timeout=timeout)
    if check and p.returncode != 0:
        raise RuntimeError(f"kb {' '.join(args)} failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
    return p


SHIM = None  # the full-disk shim, built on first use


def shim(work):
    global SHIM
    if SHIM is None:
        SHIM = os.path.join(work, "enospc.so")
        subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-o", SHIM, os.path.join(ROOT, "tools/faults/enospc.c"), "-ldl"], check=True)
    return SHIM


def timed(kb, store, args):
    """Seconds an uninterrupted run takes, and the bytes it writes under the store."""
    report = store.rstrip("/") + ".bytes"
    env = dict(os.environ, LD_PRELOAD=SHIM, KB_ENOSPC_PREFIX=os.path.abspath(store), KB_ENOSPC_REPORT=report) if SHIM else None
    t = time.monotonic()
    p = subprocess.run([kb, "--store", store] + args, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise RuntimeError(f"kb {' '.join(args)} failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
    took = time.monotonic() - t
    written = 0
    if os.path.exists(report):
        with open(report) as f:
            written = max([int(l) for l in f if l.strip()] or [0])
        os.remove(report)
    return took, written


def full_disk(kb, store, args, after):
    """Runs kb on a disk that is full after `after` bytes; whether it ran out of space."""
    env = dict(os.environ, LD_PRELOAD=SHIM, KB_ENOSPC_PREFIX=os.path.abspath(store), KB_ENOSPC_AFTER=str(int(after)))
    p = subprocess.run([kb, "--store", store] + args, capture_output=True, text=True, env=env)
    if p.returncode < 0:
        # A finding in itself; whether the store survived it is checked like any other trial.
        return True, f"kb died of signal {-p.returncode} on a full disk"
    said = p.stderr.strip()
    if p.returncode != 0 and "is full" not in said:
        return True, f"unclear error on a full disk: {said[-300:]}"
    return p.returncode != 0, None


def killed(kb, store, args, after):
    """Starts kb, kills it with SIGKILL after `after` seconds; whether it was still running."""
    p = subprocess.Popen([kb, "--store", store] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        p.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        p.send_signal(signal.SIGKILL)
        p.wait()
        return True


def snapshot(kb, store):
    """What must equal between a recovered store and a clean one."""
    db = sqlite3.connect(f"file:{os.path.join(store, 'kb.sqlite')}?mode=ro", uri=True)
    q = lambda sql: sorted(tuple(r) for r in db.execute(sql).fetchall())
    snap = {
        "documents": q("SELECT source, kind, contentHash FROM document"),
        "customers": q("SELECT name, provisional FROM customer"),
        "units": q("SELECT serial, model FROM unit"),
        "customer links": q("SELECT d.source, c.name FROM documentCustomer dc JOIN document d ON d.id = dc.docId JOIN customer c ON c.id = dc.customerId"),
        "unit links": q("SELECT d.source, u.serial FROM documentUnit du JOIN document d ON d.id = du.docId JOIN unit u ON u.id = du.unitId"),
        "slips": q("SELECT number, version, sha256 FROM slip"),
        "articles": q("SELECT a.id, a.state FROM article a"),
        "lexicon": db.execute("SELECT count(*) FROM lexiconWord").fetchone()[0],
    }
    db.close()
    for query in QUERIES:
        p = run(kb, store, ["search", query, "--json", "--limit", "20"], check=False)
        hits = json.loads(p.stdout).get("hits", []) if p.returncode == 0 else ["error"]
        snap["search " + query] = [h.get("source") if isinstance(h, dict) else h for h in hits]
    return snap


def differences(a, b):
    out = []
    for k in a:
        if a[k] != b.get(k):
            if isinstance(a[k], list):
                sa, sb = set(map(str, a[k])), set(map(str, b.get(k, [])))
                out.append(f"{k}: {len(sa - sb)} missing, {len(sb - sa)} extra" + ("" if sa != sb else " (order)"))
            else:
                out.append(f"{k}: {a[k]} vs {b.get(k)}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=None, help="kb binary (default: the release build)")
    ap.add_argument("--corpus", help="a folder of documents (default: generate one with scalegen)")
    ap.add_argument("--docs", type=int, default=2000, help="documents to generate (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--trials", type=int, default=10, help="trials per operation")
    ap.add_argument("--fault", choices=["kill", "disk-full"], default="kill")
    ap.add_argument("--ops", default="ingest,reindex,compact,slip-add,article-approve,purge")
    ap.add_argument("--work", help="working folder (default: a temporary one, removed)")
    args = ap.parse_args()
    kb = args.kb or os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                                capture_output=True, text=True, check=True).stdout.strip(), "kb")
    work = args.work or tempfile.mkdtemp(prefix="kb-kill-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(args.seed)
    corpus = args.corpus
    if not corpus:
        corpus = os.path.join(work, f"scalegen-{args.docs}-{args.seed}")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(ROOT, "tools/scalegen/scalegen.py"), "--docs", str(args.docs),
                            "--out", corpus, "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        corpus = os.path.join(corpus, "docs")
    ops = args.ops.split(",")
    if args.fault == "disk-full":
        shim(work)
    env_who = ["--as", "trainer"]

    # The clean build: an ingest, then each operation once, uninterrupted; a store kept at each stage.
    clean = os.path.join(work, "clean")
    shutil.rmtree(clean, ignore_errors=True)
    t_ingest = timed(kb, clean, ["ingest", corpus])
    stage_ingested = os.path.join(work, "stage-ingested")
    shutil.rmtree(stage_ingested, ignore_errors=True)
    shutil.copytree(clean, stage_ingested)
    t = {"ingest": t_ingest}
    t["reindex"] = timed(kb, clean, ["reindex"])
    t["compact"] = timed(kb, clean, ["compact"])
    slip = os.path.join(SLIPS, sorted(os.listdir(SLIPS))[0])  # the PDF: a text layer, no OCR
    t["slip-add"] = timed(kb, clean, ["slip", "add", slip] + env_who)
    # An article in review, then approved by another person.
    article = os.path.join(work, "article.md")
    with open(article, "w") as f:
        f.write("---\ntitle: 离心机转速不稳的处理\nmodels: [TDL5M]\n---\n转速不稳时先检查碳刷磨损，再校准转速传感器。\n")
    created = json.loads(run(kb, clean, ["article", "new", article, "--json"] + env_who).stdout)
    article_id = str(created.get("id"))
    run(kb, clean, ["article", "submit", article_id] + env_who)
    stage_review = os.path.join(work, "stage-review")
    shutil.rmtree(stage_review, ignore_errors=True)
    shutil.copytree(clean, stage_review)
    t["article-approve"] = timed(kb, clean, ["article", "approve", article_id, "--as", "reviewer"])
    # Service reports kept one year: the slip (dated 2023) is past retention, and purge removes it.
    run(kb, clean, ["slip", "retention", "service-report", "1", "--as", "supervisor"])
    stage_approved = os.path.join(work, "stage-approved")
    shutil.rmtree(stage_approved, ignore_errors=True)
    shutil.copytree(clean, stage_approved)
    purge = ["slip", "purge", "--expired", "--confirm", "--as", "supervisor"]
    t["purge"] = timed(kb, clean, purge)

    plans = {
        "ingest": (None, ["ingest", corpus]),
        "reindex": (stage_ingested, ["reindex"]),
        "compact": (stage_ingested, ["compact"]),
        "slip-add": (stage_ingested, ["slip", "add", slip] + env_who),
        "article-approve": (stage_review, ["article", "approve", article_id, "--as", "reviewer"]),
        "purge": (stage_approved, purge),
    }
    expected = {}
    for op in ops:
        start, command = plans[op]
        ref = os.path.join(work, f"ref-{op}")
        shutil.rmtree(ref, ignore_errors=True)
        if start:
            shutil.copytree(start, ref)
        run(kb, ref, command)
        expected[op] = snapshot(kb, ref)
        shutil.rmtree(ref)
    print(f"corpus {corpus}: uninterrupted " + ", ".join(f"{k} {v[0]:.1f} s" + (f", {v[1] / 1e6:.1f} MB written" if SHIM else "")
                                                      for k, v in t.items()), flush=True)

    failures = 0
    summary = {}
    for op in ops:
        start, command = plans[op]
        landed = 0
        for trial in range(args.trials):
            store = os.path.join(work, "trial")
            shutil.rmtree(store, ignore_errors=True)
            if start:
                shutil.copytree(start, store)
            unclear = None
            if args.fault == "kill":
                after = rng.uniform(0.0, max(t[op][0], 0.05) * 1.1)
                was_running = killed(kb, store, command, after)
                where = f"killed at {after:.2f} s"
            else:
                after = rng.uniform(0.0, max(t[op][1], 1) * 1.05)
                was_running, unclear = full_disk(kb, store, command, after)
                where = f"disk full after {after / 1e6:.2f} MB"
            landed += was_running
            # The same command again, to the end (an approve or purge already done says so).
            again = run(kb, store, command, check=False)
            check = run(kb, store, ["check"], check=False)
            problems = [unclear] if unclear else []
            if check.returncode != 0:
                problems.append("kb check: " + " | ".join(l for l in check.stdout.splitlines() if "PROBLEM" in l or l.strip().startswith("-")))
            if again.returncode != 0 and op not in ("article-approve",):
                problems.append(f"rerun failed: {again.stderr.strip()[-300:]}")
            problems += differences(expected[op], snapshot(kb, store))
            status = "ok" if not problems else "DIFFERENT"
            failures += bool(problems)
            print(f"{op} trial {trial + 1}: {where}{'' if was_running else ' (had finished)'}: {status}"
                  + ("" if not problems else "\n    " + "\n    ".join(problems)), flush=True)
        summary[op] = (args.trials, landed)
    print(f"summary ({args.fault}): " + "; ".join(f"{op} {n} trials, {k} cut off mid-run" for op, (n, k) in summary.items())
          + f"; {failures} trials with a difference")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
