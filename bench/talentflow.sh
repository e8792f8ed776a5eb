#!/usr/bin/env bash
# Talent-flow benchmarks (issue 16) on the statewide synthetic network: 200,000 hire records over 300 providers at the
# network's critical jobs. A collaborative's talent flow and its capture rates through the API (each request another
# collaborative of the 200, one connection), against the flow's own SQL in psql (pgbench, same run); then an import of N
# hires from an applicant-tracking export through the API against PostgreSQL's own \copy of the same rows into the hire
# table (rolled back), each timed from the outside.
# Usage: bench/talentflow.sh [runs] [seconds] [import rows]   (after ./mvnw package -DskipTests; needs ../shared/data, wrk, pgbench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
rows=${3:-100000}
source bench/lib.sh
bench_database "pathways_bench_talentflow_$$"
bench_network
server_opts=(-Xmx1g -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18099 /tmp/bench-talentflow-server.log "${server_opts[@]}"
first=$("${PSQL[@]}" -d "$db" -At -c "select min(id) from collaborative")
last=$("${PSQL[@]}" -d "$db" -At -c "select max(id) from collaborative")
from=$(date -d '-1 year' +%F)
to=$(date +%F)
echo "hires: $("${PSQL[@]}" -d "$db" -At -c "select count(*) || ' in all, ' || (select count(*) from provider) || ' providers; '
    || round(count(*) filter (where hired_on >= '$from') / ($last - $first + 1.0) * 0.25) || ' in a collaborative''s last year (about)'
    from hire")"

echo "== a collaborative's talent flow over its last year, through the API, then its SQL in psql (pgbench)"
flow="/api/v1/collaboratives/%d/talent-flow?from=$from&to=$to"
TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$flow wrk -t1 -c1 -d10s -s bench/rotate.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$flow NAME=talent-flow wrk -t1 -c1 -d"${seconds}s" -s bench/rotate.lua "$base" \
        | grep RESULT)"
    rm -f /tmp/pgbench_log.*
    (cd /tmp && pgbench -h 127.0.0.1 -U postgres -n -c1 -T"$seconds" -D first="$first" -D last="$last" -D from="'$from'::date" \
        -D to="'$to'::date" -f "$OLDPWD/bench/talentflow-hires.sql" -l --log-prefix=/tmp/pgbench_log "$db" > /dev/null 2>&1)
    python3 - <<'PY'
import glob, statistics
values = sorted(int(line.split()[2]) / 1000 for f in glob.glob("/tmp/pgbench_log*") for line in open(f))
print(f"psql RESULT mode=talent-flow-sql requests={len(values)} p50_ms={statistics.median(values):.2f} p95_ms={values[int(len(values) * 0.95) - 1]:.2f}")
PY
done
echo "== capture rates at 90 days over the last year, through the API"
rates="/api/v1/collaboratives/%d/capture-rates?checkpointDays=90&from=$from&to=$to"
TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$rates wrk -t1 -c1 -d5s -s bench/rotate.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$token IDS=$first-$last PATH_TEMPLATE=$rates NAME=capture-rates wrk -t1 -c1 -d"${seconds}s" -s bench/rotate.lua \
        "$base" | grep RESULT)"
done

echo "== the county map page of one collaborative (HTML with 88 county outlines) and its talent-flow page, signed in"
bench_session
for page in "talent-flow/map" "talent-flow"; do
    url="$base/collaboratives/$((first + 16))/$page?from=$from&to=$to"
    COOKIE=$cookie wrk -t1 -c1 -d5s -s bench/page.lua "$url" > /dev/null   # warm-up
    for i in $(seq "$runs"); do
        echo "c1 $(COOKIE=$cookie PAGE=$page wrk -t1 -c1 -d"${seconds}s" -s bench/page.lua "$url" | grep RESULT)"
    done
done

echo "== import of $rows hires for one employer, then \\copy of the same rows into the hire table (rolled back)"
employer=$("${PSQL[@]}" -d "$db" -At -c "select employer_id from critical_job group by 1 having count(distinct employer_title) = count(*)
    order by count(*) desc, employer_id limit 1")
"${PSQL[@]}" -d "$db" -At -c "select employer_title from critical_job where employer_id = $employer" > /tmp/bench-titles.txt
"${PSQL[@]}" -d "$db" -At -c "select name from provider order by id limit 120" > /tmp/bench-providers.txt
"${PSQL[@]}" -d "$db" -At -c "select county_fips from hire group by 1 order by count(*) desc limit 100" > /tmp/bench-counties.txt
file=/tmp/bench-hires-$rows.csv
python3 - "$rows" "$file" <<'PY'
import csv, datetime, random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(11)
titles = [l.rstrip('\n') for l in open('/tmp/bench-titles.txt') if l.strip()]
providers = [l.rstrip('\n') for l in open('/tmp/bench-providers.txt') if l.strip()]
counties = [l.strip() for l in open('/tmp/bench-counties.txt') if l.strip()]
today = datetime.date.today()
with open(path, 'w', newline='', encoding='utf-8') as out:
    w = csv.writer(out)
    w.writerow(['Employee ID', 'Job Title', 'Start Date', 'Source', 'Termination Date', 'County', 'Hourly Rate'])
    for i in range(rows):
        hired = today - datetime.timedelta(days=random.randint(1, 700))
        left = hired + datetime.timedelta(days=random.randint(1, 300)) if random.random() < 0.3 else None
        w.writerow([f'E{i:07d}', random.choice(titles), hired.isoformat(), random.choice(providers),
                    left.isoformat() if left and left <= today else '', random.choice(counties), f'{random.randint(15, 40)}.50'])
PY
echo "file: $rows rows, $(du -h "$file" | cut -f1)"
for i in $(seq "$runs"); do
    "${PSQL[@]}" -d "$db" -q -c "delete from hire where employer_id = $employer and source = 'IMPORTED' and person_label like 'E%'"
    start=$(date +%s%N)
    status=$(curl -s -o /tmp/bench-hire-import.json -w '%{http_code}' -H "Authorization: Bearer $token" -F "file=@$file" \
        "$base/api/v1/employers/$employer/hires/import")
    import_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    added=$(python3 -c 'import json; print(json.load(open("/tmp/bench-hire-import.json")).get("added"))')
    keeper=$("${PSQL[@]}" -d "$db" -At -c "select organization_id from employer where id = $employer")
    job=$("${PSQL[@]}" -d "$db" -At -c "select min(id) from critical_job where employer_id = $employer")
    python3 - "$file" "$employer" "$keeper" "$job" <<'PY'
import csv, sys
path, employer, keeper, job = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
rows = list(csv.reader(open(path, encoding='utf-8')))[1:]
with open('/tmp/bench-copy-hires.csv', 'w', newline='') as out:
    w = csv.writer(out)
    for r in rows:
        w.writerow([keeper, employer, job, r[2], r[4] or None, r[0], r[5], r[6], 'IMPORTED', 'bench:' + r[0], 'bench'])
PY
    start=$(date +%s%N)
    # the same rows into the hire table itself, with its indexes and foreign keys: what PostgreSQL alone needs to store them
    "${PSQL[@]}" -d "$db" -q -c "begin" \
        -c "\\copy hire (organization_id, employer_id, critical_job_id, hired_on, separated_on, person_label, county_fips, wage, source, dedupe_key, recorded_by) from '/tmp/bench-copy-hires.csv' with (format csv)" \
        -c "rollback"
    copy_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "RESULT import status=$status rows=$rows added=$added import_ms=$import_ms copy_into_hire_ms=$copy_ms ratio=$(python3 -c "print(round($import_ms / $copy_ms, 1))")"
done
