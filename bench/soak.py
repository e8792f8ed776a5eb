#!/usr/bin/env python3
"""Soak: mixed reads and writes at a steady rate for a set time, as the synthetic manager (API token) and as the
employers of the open survey (private links). Every write the server acknowledges is remembered and checked in the
database afterwards by soak.sh; the server's resident memory is sampled all along.
Usage: soak.py BASE TOKEN SURVEY_ID SERVER_PID SECONDS RATE FIRST_EMPLOYER LAST_EMPLOYER FIRST_COLLAB LAST_COLLAB SOC [SOC ...]"""
import concurrent.futures, json, random, statistics, sys, threading, time, urllib.parse, urllib.request

(base, token, survey, pid, seconds, rate, first_employer, last_employer, first_collab, last_collab), socs = sys.argv[1:11], sys.argv[11:]
seconds, rate = int(seconds), float(rate)
first_employer, last_employer, first_collab, last_collab = map(int, (first_employer, last_employer, first_collab, last_collab))
auth = {"Authorization": f"Bearer {token}"}
invitations = json.load(urllib.request.urlopen(urllib.request.Request(f"{base}/api/v1/surveys/{survey}/invitations", headers=auth)))
links = [i["link"][i["link"].index("/s/"):] for i in invitations]
versions = {link: 0 for link in links}          # the version each link's page would show now
answered = {}                                    # link -> growth last acknowledged
link_locks = {link: threading.Lock() for link in links}
created = []                                     # names of employers the API acknowledged
lock = threading.Lock()
latencies, failures, memory = {"read": [], "write": []}, [], []
rng = random.Random(7)

def call(kind, request):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    except Exception as error:  # noqa: BLE001 - every failure is counted
        with lock:
            failures.append(f"{kind}: {error}")
        return None, None
    with lock:
        latencies[kind].append((time.perf_counter() - started) * 1000)
    return status, body

def read(n):
    choice = n % 4
    if choice == 0:
        url = f"{base}/api/v1/employers?size=25&page={n % 40}"
    elif choice == 1:
        url = f"{base}/api/v1/employers/{rng.randint(first_employer, last_employer)}"
    elif choice == 2:
        url = f"{base}/api/v1/collaboratives/{rng.randint(first_collab, last_collab)}/demand"
    else:
        url = f"{base}/api/v1/collaboratives/{rng.randint(first_collab, last_collab)}"
    status, _ = call("read", urllib.request.Request(url, headers=auth))
    if status is not None and status != 200:
        with lock:
            failures.append(f"read {url}: {status}")

def write(n):
    if n % 2 == 0:
        name = f"Synthetic soak employer {n}"
        data = json.dumps({"name": name, "sector": "PRIVATE_FOR_PROFIT", "foreign": False, "naicsCode": "332710"}).encode()
        status, body = call("write", urllib.request.Request(f"{base}/api/v1/employers", data=data,
                                                            headers={**auth, "Content-Type": "application/json"}))
        if status == 201 or status == 200:
            with lock:
                created.append(name)
        elif status is not None:
            with lock:
                failures.append(f"create employer: {status} {body[:200]!r}")
        return
    link = links[n % len(links)]
    with link_locks[link]:   # one person per employer at a time, as in life; the page carries the version it read
        growth = n % 97
        form = {"action": "submit", "version": str(versions[link])}
        for soc in socs:
            form[f"head-{soc}"] = "200"
            form[f"growth-{soc}-1"] = str(growth)
            form[f"replacement-{soc}-1"] = "1"
        status, body = call("write", urllib.request.Request(base + link, data=urllib.parse.urlencode(form).encode()))
        if status == 200 and b"your answers are submitted" in body:
            versions[link] += 1
            answered[link] = growth
        elif status is not None:
            with lock:
                failures.append(f"answer {link[:12]}: {status} {body[:120]!r}")

def sample_memory():
    while not stop.is_set():
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS"):
                memory.append(int(line.split()[1]) // 1024)
        stop.wait(10)

stop = threading.Event()
threading.Thread(target=sample_memory, daemon=True).start()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=16)
started = time.perf_counter()
n = 0
while time.perf_counter() - started < seconds:
    due = started + n / rate
    pause = due - time.perf_counter()
    if pause > 0:
        time.sleep(pause)
    pool.submit(write if n % 10 < 4 else read, n)   # 40% writes, 60% reads
    n += 1
pool.shutdown(wait=True)
stop.set()
elapsed = time.perf_counter() - started
for kind, values in latencies.items():
    values.sort()
    if values:
        print(f"SOAK {kind}: {len(values)} requests, p50_ms={statistics.median(values):.1f} p95_ms={values[int(len(values) * 0.95) - 1]:.1f} max_ms={values[-1]:.0f}")
print(f"SOAK total={n} in {elapsed:.0f} s ({n / elapsed:.1f}/s) failures={len(failures)} "
      f"rss_mb first={memory[0] if memory else 0} max={max(memory) if memory else 0} last={memory[-1] if memory else 0}")
for failure in failures[:10]:
    print("FAILED", failure)
with open("/tmp/soak-acknowledged.json", "w") as out:
    json.dump({"employers": created, "answers": {link[3:link.index('.')]: growth for link, growth in answered.items()}}, out)
