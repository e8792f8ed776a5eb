#!/usr/bin/env bash
# Outcomes benchmarks (issue 17) on the statewide synthetic network (300,000 referrals, 200,000 hires): rebuilding the
# outcomes' read tables from the published views; a collaborative's KPI table through the API and its dashboard page
# signed in (each request another collaborative of the 200, one connection); the export of one line per hire of the
# statewide board's last year, streamed; and how long a hire recorded through the API takes to show in the KPIs.
# Usage: bench/outcomes.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data and wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
source bench/lib.sh
bench_database "pathways_bench_outcomes_$$"
bench_network
echo "== rebuilding the read tables from the published views (the command, JVM start included)"
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    java "${JAVA_OPTS[@]}" -jar "$JAR" rebuild-outcomes | tail -1
    echo "RESULT rebuild command_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
done
server_opts=(-Xmx1g -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18097 /tmp/bench-outcomes-server.log "${server_opts[@]}"
first=$("${PSQL[@]}" -d "$db" -At -c "select min(id) from collaborative")
last=$("${PSQL[@]}" -d "$db" -At -c "select max(id) from collaborative")
echo "read tables: $("${PSQL[@]}" -d "$db" -At -c "select (select count(*) from outcome_hire) || ' hires, '
    || (select count(*) from outcome_referral) || ' referrals'")"

echo "== a collaborative's KPI table over the last twelve months, through the API"
kpis="/api/v1/outcomes/kpis?scope=COLLABORATIVE&id=%d"
TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$kpis wrk -t1 -c1 -d10s -s bench/rotate.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$kpis NAME=kpi-table wrk -t1 -c1 -d"${seconds}s" -s bench/rotate.lua "$base" \
        | grep RESULT)"
done

echo "== a collaborative's dashboard page (targets, KPIs, charts), signed in"
bench_session
dashboard="/outcomes?scope=COLLABORATIVE&id=%d"
COOKIE=$cookie IDS=$first-$last PATH_TEMPLATE=$dashboard wrk -t1 -c1 -d5s -s bench/rotate.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(COOKIE=$cookie IDS=$first-$last PATH_TEMPLATE=$dashboard NAME=dashboard wrk -t1 -c1 -d"${seconds}s" -s bench/rotate.lua \
        "$base" | grep RESULT)"
done

echo "== one line per hire of the board's hires over the last twelve months (CSV, streamed)"
board=$("${PSQL[@]}" -d "$db" -At -c "select organization_id from person_directory where username = 'synthetic-manager'")
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    status=$(curl -s -o /tmp/bench-outcome-hires.csv -w '%{http_code}' -H "Authorization: Bearer $token" \
        "$base/api/v1/outcomes/reports/hires?scope=OPSO&id=$board")
    echo "RESULT export status=$status lines=$(($(wc -l < /tmp/bench-outcome-hires.csv) - 1)) bytes=$(wc -c < /tmp/bench-outcome-hires.csv)" \
        "ms=$(( ($(date +%s%N) - start) / 1000000 ))"
done

echo "== the largest OPSO's program exits of the last two years (WIOA's quarters after exit), through the API as its staff"
staff_token=$(curl -s -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"synthetic-staff-01","password":"synthetic-bench-2026","name":"bench","expiresInDays":1}' \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
echo "exits: $(curl -s -H "Authorization: Bearer $staff_token" "$base/api/v1/outcomes/program-exits" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["exits"], "left;", d["employedSecondQuarter"])')"
TOKEN=$staff_token IDS=1-1 PATH_TEMPLATE=/api/v1/outcomes/program-exits wrk -t1 -c1 -d5s -s bench/rotate.lua "$base" > /dev/null
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$staff_token IDS=1-1 PATH_TEMPLATE=/api/v1/outcomes/program-exits NAME=program-exits wrk -t1 -c1 -d"${seconds}s" \
        -s bench/rotate.lua "$base" | grep RESULT)"
done

echo "== a hire recorded through the API, until the employer's KPIs count it"
employer=$("${PSQL[@]}" -d "$db" -At -c "select employer_id from outcome_hire group by 1 order by count(*) desc limit 1")
job=$("${PSQL[@]}" -d "$db" -At -c "select min(id) from critical_job where employer_id = $employer")
python3 - "$base" "$token" "$employer" "$job" "$runs" <<'PY'
import datetime, json, sys, time, urllib.request
base, token, employer, job, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)
kpis = f"/api/v1/outcomes/kpis?scope=EMPLOYER&id={employer}"
seen = []
for i in range(runs * 5):
    before = call("GET", kpis)["total"]["hires"]
    start = time.monotonic()
    call("POST", f"/api/v1/employers/{employer}/hires", {"criticalJobId": job, "hiredOn": datetime.date.today().isoformat(),
                                                         "personLabel": f"bench-event-{i}-{time.time_ns()}"})
    while call("GET", kpis)["total"]["hires"] == before:
        if time.monotonic() - start > 10:
            raise SystemExit("the hire did not reach the KPIs within 10 s")
    seen.append((time.monotonic() - start) * 1000)
seen.sort()
print(f"RESULT event-to-kpis samples={len(seen)} p50_ms={seen[len(seen) // 2]:.0f} max_ms={seen[-1]:.0f}")
PY
