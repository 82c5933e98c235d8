#!/usr/bin/env python3
"""How fast each page answers, beside the JSON API route that carries the same object: one
client at a time on one keep-alive connection, each page kind asked for N different objects
(queries, documents, units, briefs, customers) after one warm-up round.

    python3 tools/load/pages.py BASE_URL QUERIES_FILE [N=60]

Logs in as `bench-supervisor` and `bench-admin` (password `load-benchmark-password`, made by
tools/load/pages.sh). Prints one JSON line per page kind: p50, p95, max in ms, for the page and
for its API peer, and the number of answers that were not 200 (must be 0)."""
import http.client, json, random, statistics, sys, time, urllib.parse

base, queries_file = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 60
host = urllib.parse.urlparse(base)
password = "load-benchmark-password"


def connect():
    return http.client.HTTPConnection(host.hostname, host.port, timeout=30)


def login(name):
    c = connect()
    c.request("POST", "/api/v1/login", json.dumps({"name": name, "password": password}), {"Content-Type": "application/json"})
    r = c.getresponse()
    r.read()
    assert r.status == 200, f"login {name}: {r.status}"
    return c, r.getheader("Set-Cookie").split(";")[0]


def get(c, cookie, path):
    t = time.perf_counter()
    c.request("GET", path, headers={"Cookie": cookie})
    r = c.getresponse()
    body = r.read()
    return (time.perf_counter() - t) * 1000, r.status, body


def figures(times):
    times = sorted(times)
    return {"p50": round(statistics.median(times), 1), "p95": round(times[int(0.95 * (len(times) - 1))], 1), "max": round(times[-1], 1)}


conn, cookie = login("bench-supervisor")
admin_conn, admin_cookie = login("bench-admin")
rng = random.Random(11)
queries = [urllib.parse.unquote(l.strip()) for l in open(queries_file, encoding="utf-8") if l.strip()]
rng.shuffle(queries)
queries = queries[:n]
customers = json.loads(get(conn, cookie, "/api/v1/customers")[2])["customers"]
rng.shuffle(customers)
serials = [u for c in customers for u in c["units"]]
rng.shuffle(serials)
documents = []
for q in queries:
    hits = json.loads(get(conn, cookie, "/api/v1/search?limit=3&q=" + urllib.parse.quote(q))[2]).get("hits", [])
    documents += [h["id"] for h in hits[:1]]
q = urllib.parse.quote
kinds = [
    ("search", [(f"/search?q={q(x)}", f"/api/v1/search?limit=10&q={q(x)}") for x in queries]),
    ("document", [(f"/documents/{d}", f"/api/v1/documents/{d}") for d in documents[:n]]),
    ("unit", [(f"/units/{q(s)}", f"/api/v1/units/{q(s)}") for s in serials[:n]]),
    ("brief", [(f"/briefs/{q(s)}", f"/api/v1/briefs?serial={q(s)}") for s in serials[:n]]),
    ("customer", [(f"/customers/{c['id']}", f"/api/v1/customers/%23{c['id']}") for c in customers[:n]]),
    ("customers", [("/customers", "/api/v1/customers")] * 10),
    ("articles", [("/articles", "/api/v1/articles")] * 10),
    ("slips", [("/slips", "/api/v1/slips")] * 10),
    ("links", [("/links", "/api/v1/link-proposals")] * 10),
    ("audit", [("/audit", "/api/v1/audit")] * 10),
    ("admin", [("/admin", "/api/v1/users")] * 10),
]
for kind, pairs in kinds:
    c, k = (admin_conn, admin_cookie) if kind == "admin" else (conn, cookie)
    for page, api in pairs[:3]:  # warm-up
        get(c, k, page), get(c, k, api)
    page_times, api_times, bad = [], [], 0
    for page, api in pairs:
        t, status, _ = get(c, k, page)
        page_times.append(t)
        bad += status != 200
        t, status, _ = get(c, k, api)
        api_times.append(t)
        bad += status != 200
    print(json.dumps({"page": kind, "asked": len(pairs), "ms": figures(page_times), "api_ms": figures(api_times), "not_200": bad}), flush=True)
