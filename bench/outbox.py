"""Issue 20's outbox bench: N webhook deliveries drained by the dispatchers of one or two instances on one SQLite file.
N subscriptions to one local receiver, then one event: the fan-out writes N deliveries in one transaction and the
dispatchers drain them. Prints deliveries/s (from the event's commit to the last delivery received) and checks
exactly-once: every webhook-id received once, none twice. Python's standard library only.

  python3 bench/outbox.py PORTS KEY N      (PORTS comma-separated)
"""
import http.client, http.server, json, sys, threading, time, uuid

ports = [int(p) for p in sys.argv[1].split(",")]
key, n = sys.argv[2], int(sys.argv[3])
lock, seen, posts = threading.Lock(), {}, [0]
last = [0.0]

class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        wid = self.headers.get("webhook-id")
        with lock:
            posts[0] += 1
            seen[wid] = seen.get(wid, 0) + 1
            last[0] = time.perf_counter()
        self.send_response(204); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args): pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}/hook"

def call(port, method, path, body):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request(method, path, json.dumps(body), {"X-Api-Key": key, "Content-Type": "application/json"})
    r = c.getresponse(); text = r.read(); c.close()
    if r.status >= 300: raise SystemExit(f"{method} {path} -> {r.status} {text[:300]!r}")
    return r.status

# N subscribers (not measured), spread over the instances.
def subscribe(offset):
    for i in range(offset, n, 4):
        call(ports[i % len(ports)], "POST", "/api/v1/webhooks", {"url": f"{url}?s={i}", "eventTypes": ["cooperative.registered"]})
threads = [threading.Thread(target=subscribe, args=(o,)) for o in range(4)]
for t in threads: t.start()
for t in threads: t.join()

cooperative = {
    "registrationNumber": f"BENCH-{uuid.uuid4().hex[:8]}", "nameAr": "تعاونية الكرامة للنسيج", "nameFr": "Coopérative Al Karama",
    "legalForm": "cooperative", "sectors": ["handicraft"], "activities": "Tissage", "products": ["Tapis"], "regionCode": "MA-02",
    "provinceCode": "MA-OUJ", "commune": "Oujda", "address": "Oujda", "foundedOn": "2019-03-08",
    "members": {"total": 20, "women": 15, "youth": 5}, "womenLed": True, "board": {"size": 5, "managerRole": "Présidente"},
}
start = time.perf_counter()
call(ports[0], "POST", "/api/v1/cooperatives", cooperative)
deadline = start + 600
while time.perf_counter() < deadline:
    with lock:
        if len(seen) >= n: break
    time.sleep(0.02)
time.sleep(1.0)  # a late duplicate would show here
with lock:
    unique, total, twice = len(seen), posts[0], sum(1 for c in seen.values() if c > 1)
    elapsed = last[0] - start
print(f"| {len(ports)} | {n} | {elapsed:.1f} | {unique / elapsed:.0f} | {unique}/{n} once, {twice} twice, {total} POSTs |", flush=True)
server.shutdown()
if unique != n or twice: sys.exit(1)
