#!/usr/bin/env bash
# Engagement benchmarks (issue 6): an employer of the statewide synthetic network with 100 engagements (a third
# of them with open next steps); the workbook page, the timeline and the partnership fit, signed in.
# Usage: bench/engagement.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data and wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
source bench/lib.sh
bench_database "pathways_bench_engagement_$$"
bench_network
server_opts=(-Xmx512m -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18094 /tmp/bench-engagement-server.log "${server_opts[@]}"
employer=$("${PSQL[@]}" -d "$db" -At -c "select min(e.id) from employer e join critical_job j on j.employer_id = e.id")
"${PSQL[@]}" -d "$db" -c "
    insert into engagement (organization_id, employer_id, kind, occurred_on, subject, notes, next_step, next_step_due, next_step_owner, created_by)
    select e.organization_id, e.id, (array['MEETING','CALL','EVENT','VISIT','EMAIL'])[1 + g % 5], current_date - g, 'Engagement ' || g,
           'Notes of engagement ' || g, case when g % 3 = 0 then 'Follow up ' || g end,
           case when g % 3 = 0 then current_date + (g % 20) - 10 end,
           case when g % 3 = 0 then (select id from user_account where username = 'synthetic-manager') end, 'bench'
    from employer e, generate_series(1, 100) g where e.id = $employer"
jar=$(mktemp)
curl -s -c "$jar" -b "$jar" "$base/login" > /tmp/bench-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=synthetic-manager" --data-urlencode "password=synthetic-bench-2026" \
    --data-urlencode "_csrf=$csrf" "$base/login"
cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
for page in workbook engagements fit; do
    echo "== /employers/{id}/$page with 100 engagements (HTML, signed in, one connection)"
    COOKIE=$cookie wrk -t1 -c1 -d10s -s bench/page.lua "$base/employers/$employer/$page" > /dev/null   # warm-up
    for i in $(seq "$runs"); do echo "c1 $(COOKIE=$cookie PAGE=$page wrk -t1 -c1 -d"${seconds}s" -s bench/page.lua "$base/employers/$employer/$page" | grep RESULT)"; done
done
