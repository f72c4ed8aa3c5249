#!/usr/bin/env python3
"""An hour-shaped load on the mock server, compressed into minutes (driven by soak.sh, not a test).

Phases: fill (creates of long names over many Deployments, 8 threads, until and past the store's
bound), serve (reads, lists of full and of empty Deployments, deletes of half), refill (creates in the
room the deletes made), drain (delete the rest). Every answer must be a documented status with the
documented body (a token, a page, or an Error whose statusCode equals the status); the heap is printed
after each phase. Exit 1 when any answer was not documented.
"""
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter

HOST, PORT, PID = "127.0.0.1", int(sys.argv[1]), sys.argv[2]
CREATES = int(os.environ.get("CREATES", "40000"))
NAME_CHARS = int(os.environ.get("NAME_CHARS", "10000"))
THREADS = int(os.environ.get("THREADS", "8"))
ORG = "clmsoakorg000000000000001"
AUTH = {"Authorization": "Bearer dev-token", "Accept": "application/json"}

lock = threading.Lock()
answers = Counter()
undocumented = []
store_full = Counter()


def check(method, path, status, body):
    """Counts the answer; keeps the first few that are not documented."""
    ok = True
    try:
        parsed = json.loads(body) if body else None
    except ValueError:
        parsed, ok = None, False
    if status >= 400:
        ok = ok and isinstance(parsed, dict) and parsed.get("statusCode") == status and "message" in parsed and "requestId" in parsed
    elif status == 200:
        ok = ok and isinstance(parsed, dict)
    elif status != 204:
        ok = False
    with lock:
        answers[(method, status)] += 1
        if status == 400 and parsed and "store is full" in str(parsed.get("message", "")):
            store_full[method] += 1
        if not ok and len(undocumented) < 5:
            undocumented.append((method, path, status, body[:200]))
        elif not ok:
            undocumented.append(None)
    return parsed


def request(conn, method, path, body=None):
    headers = dict(AUTH)
    if body is not None:
        headers["Content-Type"] = "application/json"
    for attempt in range(3):
        try:
            conn.request(method, path, body=body, headers=headers)
            res = conn.getresponse()
            data = res.read().decode("utf-8", "replace")
            return res.status, data
        except (http.client.HTTPException, OSError):
            conn.close()
            time.sleep(0.05)
    with lock:
        undocumented.append((method, path, "no answer", ""))
    return None, ""


def tokens_path(deployment):
    return f"/organizations/{ORG}/deployments/{deployment}/agent-tokens"


def run_threads(work):
    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


created = [[] for _ in range(THREADS)]


def fill(thread, count, phase):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    name = ("%s-" % phase) + "n" * (NAME_CHARS - len(phase) - 1)
    for i in range(thread, count, THREADS):
        deployment = f"soak{phase}{i // 40}"
        status, body = request(conn, "POST", tokens_path(deployment), json.dumps({"name": name, "description": "d" * 100}))
        if status is None:
            continue
        parsed = check("POST", deployment, status, body)
        if status == 200 and parsed:
            created[thread].append((deployment, parsed["id"]))
    conn.close()


def serve(thread):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    mine = created[thread]
    for n, (deployment, token_id) in enumerate(mine):
        if n % 4 == 0:
            status, body = request(conn, "GET", tokens_path(deployment) + "/" + token_id)
            if status:
                check("GET", deployment, status, body)
        if n % 8 == 0:
            status, body = request(conn, "GET", tokens_path(deployment) + "?limit=5")
            if status:
                check("LIST", deployment, status, body)
            status, body = request(conn, "GET", tokens_path(f"soakempty{thread}x{n}"))
            if status:
                check("LIST-EMPTY", deployment, status, body)
    keep = []
    for n, (deployment, token_id) in enumerate(mine):
        if n % 2 == 0:
            status, body = request(conn, "DELETE", tokens_path(deployment) + "/" + token_id)
            if status:
                check("DELETE", deployment, status, body)
        else:
            keep.append((deployment, token_id))
    created[thread] = keep
    conn.close()


def drain(thread):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    for deployment, token_id in created[thread]:
        status, body = request(conn, "DELETE", tokens_path(deployment) + "/" + token_id)
        if status:
            check("DELETE", deployment, status, body)
    created[thread] = []
    conn.close()


def heap():
    subprocess.run(["jcmd", PID, "GC.run"], capture_output=True)
    out = subprocess.run(["jcmd", PID, "GC.heap_info"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "total" in line and "used" in line:
            return " ".join(line.split())
    return out.strip().splitlines()[-1] if out.strip() else "(no heap info)"


def phase(name, work):
    before = sum(answers.values())
    started = time.time()
    run_threads(work)
    took = time.time() - started
    done = sum(answers.values()) - before
    held = sum(len(c) for c in created)
    print(f"{name:8s} {done:7d} answers in {took:6.1f} s ({done / max(took, 0.001):7.0f}/s); tokens held {held:6d}; "
          f"creates refused as store full so far {store_full['POST']:6d}; heap after GC: {heap()}", flush=True)


phase("fill", lambda t: fill(t, CREATES, "a"))
phase("serve", serve)
phase("refill", lambda t: fill(t, CREATES // 4, "b"))
phase("serve", serve)
phase("drain", drain)
phase("refill", lambda t: fill(t, CREATES // 4, "c"))
phase("drain", drain)

print("answers by method and status:", dict(sorted(((f"{m} {s}", n) for (m, s), n in answers.items()))))
bad = [u for u in undocumented if u is not None]
print(f"undocumented answers: {len(undocumented)}" + ("" if not bad else f"; first: {bad}"))
sys.exit(1 if undocumented else 0)
