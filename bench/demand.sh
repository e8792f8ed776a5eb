#!/usr/bin/env bash
# Demand planning benchmarks (issue 7) on the statewide synthetic network: 200 collaboratives of 50 employers
# each with a closed survey, about 100,000 answers (one per employer, occupation and period), and one open survey
# with 1,000 invited employers for the concurrent-answers test.
# Usage: bench/demand.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data, wrk, pgbench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
source bench/lib.sh
bench_database "pathways_bench_demand_$$"
bench_network
server_opts=(-Xmx512m -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18092 /tmp/bench-demand-server.log "${server_opts[@]}"
read -r first last open_survey <<< "$("${PSQL[@]}" -d "$db" -At -F ' ' -c "
    select min(c.id), max(c.id), (select s.id from demand_survey s where s.status = 'OPEN' and s.title = 'Synthetic hiring needs')
    from collaborative c join demand_survey s on s.collaborative_id = c.id where s.status = 'CLOSED'")"
read -r sfirst slast <<< "$("${PSQL[@]}" -d "$db" -At -F ' ' -c "select min(id), max(id) from demand_survey where status = 'CLOSED'")"
echo "answers: $("${PSQL[@]}" -d "$db" -At -c "select count(*) from demand_opening")"

echo "== roll-up of one collaborative through the API (server time, one connection), then the same SQL in psql (pgbench)"
TOKEN=$token IDS=$first-$last wrk -t1 -c2 -d15s -s bench/demand.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do
    echo "c1 $(TOKEN=$token IDS=$first-$last wrk -t1 -c1 -d"${seconds}s" -s bench/demand.lua "$base" | grep RESULT)"
    rm -f /tmp/pgbench_log.*
    (cd /tmp && pgbench -h 127.0.0.1 -U postgres -n -c1 -T"$seconds" -D first="$sfirst" -D last="$slast" -f "$OLDPWD/bench/rollup.sql" \
        -l --log-prefix=/tmp/pgbench_log "$db" > /dev/null 2>&1)
    python3 - <<'PY'
import glob, statistics
values = sorted(int(line.split()[2]) / 1000 for f in glob.glob("/tmp/pgbench_log*") for line in open(f))
print(f"psql RESULT mode=rollup-sql requests={len(values)} p50_ms={statistics.median(values):.2f} p95_ms={values[int(len(values) * 0.95) - 1]:.2f}")
PY
done

echo "== the disclosure check over every closed survey: no published figure can be worked out from the others"
found=0; figures=0
for survey in $(seq "$sfirst" "$slast"); do
    report=$(curl -s "$base/api/v1/surveys/$survey/disclosure-check" -H "Authorization: Bearer $token")
    figures=$((figures + $(echo "$report" | python3 -c 'import json,sys; print(json.load(sys.stdin)["figuresShown"])')))
    found=$((found + $(echo "$report" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["isolatable"]))')))
done
echo "disclosure RESULT surveys=$((slast - sfirst + 1)) figures_shown=$figures isolatable=$found"

echo "== 1,000 employers answer at the same moment through their private links"
socs=$("${PSQL[@]}" -d "$db" -At -c "select string_agg(soc_code, ' ') from demand_job where survey_id = $open_survey")
python3 bench/submit.py "$base" "$token" "$open_survey" $socs | tee /tmp/bench-submit.log
expected=$(grep -o 'expected_growth=[0-9]*' /tmp/bench-submit.log | cut -d= -f2)
stored=$("${PSQL[@]}" -d "$db" -At -c "
    select count(distinct i.id) || ' submitted, growth ' || coalesce(sum(o.growth), 0)
    from demand_invitation i left join demand_opening o on o.invitation_id = i.id
    where i.survey_id = $open_survey and i.status = 'SUBMITTED'")
echo "stored: $stored (growth expected $expected)"
echo "server errors logged: $(grep -c ' ERROR ' /tmp/bench-demand-server.log || true)"
