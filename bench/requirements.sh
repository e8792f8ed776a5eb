#!/usr/bin/env bash
# Hiring requirements benchmarks (issue 14) on the statewide synthetic network, which carries about eight items and a
# practices record on each of its ~60,000 critical jobs: a job's requirements page (signed in), a collaborative's
# roll-up through the API against its own SQL in psql (pgbench, same run), and a collaborative's JobPosting export.
# Usage: bench/requirements.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data, wrk, pgbench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
source bench/lib.sh
bench_database "pathways_bench_requirements_$$"
bench_network
server_opts=(-Xmx512m -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18096 /tmp/bench-requirements-server.log "${server_opts[@]}"
echo "requirements: $("${PSQL[@]}" -d "$db" -At -c "select count(*) || ' jobs, ' || (select count(*) from job_requirement_item) || ' items'
    from job_requirements")"
board=$("${PSQL[@]}" -d "$db" -At -c "select id from organization where name = 'Synthetic Statewide Workforce Board'")
read -r first last <<< "$("${PSQL[@]}" -d "$db" -At -F ' ' -c "
    select min(id), max(id) from collaborative where organization_id = $board and name like 'Synthetic Collaborative %'")"
job=$("${PSQL[@]}" -d "$db" -At -c "select min(critical_job_id) from job_requirements where organization_id = $board")

jar=$(mktemp)
curl -s -c "$jar" -b "$jar" "$base/login" > /tmp/bench-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=synthetic-manager" --data-urlencode "password=synthetic-bench-2026" \
    --data-urlencode "_csrf=$csrf" "$base/login"
cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"

echo "== /critical-jobs/{id}/requirements: eight items, the check against the occupation, the practices explained (HTML, one connection)"
COOKIE=$cookie wrk -t1 -c1 -d10s -s bench/page.lua "$base/critical-jobs/$job/requirements" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(COOKIE=$cookie PAGE=requirements wrk -t1 -c1 -d"${seconds}s" -s bench/page.lua "$base/critical-jobs/$job/requirements" | grep RESULT)"
done

echo "== a collaborative's requirements roll-up (~50 members, ~300 jobs) through the API, then its SQL in psql (pgbench)"
TOKEN=$token IDS=$first-$last wrk -t1 -c1 -d10s -s bench/rotate.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$token IDS=$first-$last NAME=rollup wrk -t1 -c1 -d"${seconds}s" -s bench/rotate.lua "$base" | grep RESULT)"
    rm -f /tmp/pgbench_log.*
    (cd /tmp && pgbench -h 127.0.0.1 -U postgres -n -c1 -T"$seconds" -D first="$first" -D last="$last" -D board="$board" \
        -f "$OLDPWD/bench/requirements-rollup.sql" -l --log-prefix=/tmp/pgbench_log "$db" > /dev/null 2>&1)
    python3 - <<'PY'
import glob, statistics
values = sorted(int(line.split()[2]) / 1000 for f in glob.glob("/tmp/pgbench_log*") for line in open(f))
print(f"psql RESULT mode=rollup-sql requests={len(values)} p50_ms={statistics.median(values):.2f} p95_ms={values[int(len(values) * 0.95) - 1]:.2f}")
PY
done

echo "== a collaborative's JobPosting export: every member job of its shared critical jobs"
for i in $(seq "$runs"); do
    collaborative=$((first + i))
    out=$(curl -s -o /tmp/bench-postings.json -w '%{time_total}' -H "Authorization: Bearer $token" \
        "$base/api/v1/collaboratives/$collaborative/job-postings")
    echo "postings RESULT collaborative=$collaborative postings=$(python3 -c 'import json; print(len(json.load(open("/tmp/bench-postings.json"))))') seconds=$out"
done
echo "server errors logged: $(grep -c ' ERROR ' /tmp/bench-requirements-server.log || true)"
