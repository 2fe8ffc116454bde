#!/usr/bin/env python3
"""HTTP side of the composite benchmark: creates a framework of 7 pillars, 21 sub-pillars and INDICATORS indicators
through the API, then POSTs runs over UNITS units (4 % missing values, heavy-tailed indicators) and times each answer
(the whole request: JSON in, computation, jsonb insert, read back, JSON out).
Usage: python3 bench/composite/api_runs.py BASE_URL [units=200] [indicators=100] [runs=20]
Signs in as the demo officer (password innoport-demo) through POST /api/v1/auth/tokens."""
import json, math, random, statistics, sys, time, urllib.request

base = sys.argv[1]
units = int(sys.argv[2]) if len(sys.argv) > 2 else 200
indicators = int(sys.argv[3]) if len(sys.argv) > 3 else 100
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20


def call(method, path, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    start = time.perf_counter()
    with urllib.request.urlopen(req) as resp:
        payload = resp.read()
    return json.loads(payload), (time.perf_counter() - start) * 1000, len(payload)


token = call("POST", "/api/v1/auth/tokens", {"username": "officer", "password": "innoport-demo", "name": "bench"})[0]["token"]
nodes = [{"code": "X", "kind": "INDEX"}, {"code": "IN", "parent": "X", "kind": "SUB_INDEX", "role": "INPUT"},
         {"code": "OUT", "parent": "X", "kind": "SUB_INDEX", "role": "OUTPUT"}]
subs = []
for p in range(1, 8):
    nodes.append({"code": f"P{p}", "parent": "IN" if p <= 5 else "OUT", "kind": "PILLAR"})
    for s in range(1, 4):
        nodes.append({"code": f"P{p}.{s}", "parent": f"P{p}", "kind": "SUB_PILLAR"})
        subs.append(f"P{p}.{s}")
for i in range(indicators):
    nodes.append({"code": f"i{i}", "parent": subs[i % len(subs)], "kind": "INDICATOR",
                  "direction": "LOWER" if i % 7 == 3 else "HIGHER", "weight": 0.5 if i % 9 == 4 else 1})
framework = call("POST", "/api/v1/composite-indices", {"code": f"BENCH-{int(time.time())}", "name": "bench",
                                                       "nodes": nodes}, token)[0]
rnd = random.Random(42)
values = {}
for u in range(units):
    row = {}
    for i in range(indicators):
        if rnd.random() < 0.04:
            continue
        row[f"i{i}"] = [50 + 12 * rnd.gauss(0, 1), 100 * rnd.random(), math.exp(1 + 1.5 * rnd.gauss(0, 1))][i % 3]
    values[f"U{u}"] = row
request = {"label": "bench", "values": values, "published": {f"U{u}": {"X": 50} for u in range(units)}}
times = []
for r in range(runs + 1):
    result, ms, size = call("POST", f"/api/v1/composite-indices/{framework['id']}/runs", request, token)
    if r > 0:
        times.append(ms)
    else:
        first = ms
read_times = [call("GET", f"/api/v1/composite-indices/{framework['id']}/runs/{result['id']}", None, token)[1]
              for _ in range(runs)]
times.sort()
read_times.sort()
p95 = lambda xs: xs[math.ceil(len(xs) * 0.95) - 1]
print(f"units={units} indicators={indicators} request={len(json.dumps(request)) // 1024} KiB response={size // 1024} KiB")
print(f"POST run: first {first:.1f} ms; then n={runs} min {times[0]:.1f} median {statistics.median(times):.1f} "
      f"p95 {p95(times):.1f} max {times[-1]:.1f} ms")
print(f"GET run: n={runs} min {read_times[0]:.1f} median {statistics.median(read_times):.1f} p95 {p95(read_times):.1f} ms")
