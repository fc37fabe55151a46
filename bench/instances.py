"""Issue 20's bench driver: requests/s and p95 for list, search and registration against one or two instances
(round robin), with N concurrent clients. Python's standard library only; one keep-alive connection per worker."""
import http.client, json, sys, threading, time, itertools

def run(ports, name, method, path_of, body_of, total, workers, key):
    latencies, statuses, lock, counter = [], {}, threading.Lock(), itertools.count()
    def worker(w):
        conns = [http.client.HTTPConnection("127.0.0.1", p, timeout=60) for p in ports]
        while True:
            i = next(counter)
            if i >= total: return
            c = conns[i % len(conns)]
            body = body_of(i)
            headers = {"X-Api-Key": key}
            if body is not None: headers["Content-Type"] = "application/json"
            t = time.perf_counter()
            c.request(method, path_of(i), json.dumps(body) if body is not None else None, headers)
            r = c.getresponse(); r.read()
            ms = (time.perf_counter() - t) * 1000
            with lock:
                latencies.append(ms); statuses[r.status] = statuses.get(r.status, 0) + 1
    start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(f"| {len(ports)} | {name} | {total / elapsed:.0f} | {p95:.0f} | {statuses} |", flush=True)

def main():
    ports = [int(p) for p in sys.argv[1].split(",")]
    event_id, key, total, workers = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    run(ports, "list", "GET", lambda i: f"/api/v1/cooperatives?page={1 + i % 20}&pageSize=20", lambda i: None, total, workers, key)
    run(ports, "search", "GET", lambda i: "/api/v1/cooperatives?q=" + ["argan", "tissage", "miel", "safran", "couscous"][i % 5], lambda i: None, total, workers, key)
    run(ports, "registration", "POST", lambda i: f"/api/v1/events/{event_id}/registrations",
        lambda i: {"attendeeName": f"Participante {i}", "attendeeRole": "Présidente"}, total, workers, key)

main()
