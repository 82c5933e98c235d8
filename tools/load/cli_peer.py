#!/usr/bin/env python3
"""The peer of the server's load benchmark: the same queries through `kb search` processes,
CLIENTS at a time for SECONDS, each process a whole search as a shell user runs it.
Prints one JSON line: requests, rps, p50/p95/p99 in ms, errors."""
import json, subprocess, sys, threading, time, urllib.parse

kb, store, queries_file, clients, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
queries = [urllib.parse.unquote(l.strip()) for l in open(queries_file, encoding="utf-8") if l.strip()]
latencies, errors, lock = [], [0], threading.Lock()
deadline = time.monotonic() + seconds

def worker(n):
    i = n * 97
    while time.monotonic() < deadline:
        q = queries[i % len(queries)]
        i += 1
        t = time.monotonic()
        r = subprocess.run([kb, "search", q, "--limit", "10", "--json", "--store", store], capture_output=True)
        d = time.monotonic() - t
        with lock:
            latencies.append(d)
            if r.returncode != 0:
                errors[0] += 1

start = time.monotonic()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - start
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000
print(json.dumps({"requests": len(latencies), "seconds": round(elapsed, 2), "rps": round(len(latencies) / elapsed, 1),
                  "p50_ms": round(pct(50), 2), "p95_ms": round(pct(95), 2), "p99_ms": round(pct(99), 2), "errors": errors[0]}))
