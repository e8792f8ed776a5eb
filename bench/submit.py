#!/usr/bin/env python3
"""Concurrent survey answers: every invited employer of the open synthetic survey submits through its own private
link at the same moment, one thread each. Reports errors and latency; demand.sh then checks in the database that
every acknowledged answer is there. Usage: submit.py BASE_URL TOKEN SURVEY_ID SOC [SOC ...]"""
import json, statistics, sys, threading, time, urllib.parse, urllib.request

base, token, survey, socs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
request = urllib.request.Request(f"{base}/api/v1/surveys/{survey}/invitations", headers={"Authorization": f"Bearer {token}"})
invitations = json.load(urllib.request.urlopen(request))
links = [i["link"][i["link"].index("/s/"):] for i in invitations]
barrier = threading.Barrier(len(links))
latencies, failures, acknowledged = [], [], []
lock = threading.Lock()

def answer(n, path):
    # each employer's numbers follow from its place in the list, so the database can be checked afterwards
    form = {"action": "submit", "version": "0"}
    for soc in socs:
        form[f"head-{soc}"] = str(50 + n % 7)
        form[f"growth-{soc}-1"] = str(n % 5)
        form[f"replacement-{soc}-1"] = str(3)
    data = urllib.parse.urlencode(form).encode()
    barrier.wait()
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(base + path, data=data), timeout=120) as response:
            body = response.read().decode()
            ok = response.status == 200 and "your answers are submitted" in body
    except Exception as error:  # noqa: BLE001 - every failure is reported
        ok, body = False, str(error)
    elapsed = (time.perf_counter() - started) * 1000
    with lock:
        latencies.append(elapsed)
        if ok:
            acknowledged.append(n)
        else:
            failures.append(body[:200])

threads = [threading.Thread(target=answer, args=(n, path)) for n, path in enumerate(links)]
wall = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - wall
latencies.sort()
expected_growth = sum(n % 5 for n in acknowledged) * len(socs)
print(f"SUBMIT employers={len(links)} acknowledged={len(acknowledged)} failed={len(failures)} wall_s={wall:.1f} "
      f"p50_ms={statistics.median(latencies):.0f} p95_ms={latencies[int(len(latencies) * 0.95) - 1]:.0f} max_ms={latencies[-1]:.0f} "
      f"expected_growth={expected_growth}")
for failure in failures[:5]:
    print("FAILED", failure)
