#!/usr/bin/env bash
# Engagement benchmarks (issue 6): an employer of the statewide synthetic network with 100 engagements (a third
# of them with open next steps) and a value proposition of six full steps and six success measures; the workbook
# page, the timeline, the partnership fit and the value proposition builder, signed in, then the proposition and the
# workbook as PDF and Word files (the first PDF after start-up is timed on its own: it loads the fonts).
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
# Six steps of about 700 characters each, with accents, and six measures: a long proposition, not a toy one.
"${PSQL[@]}" -d "$db" -q -c "
    insert into value_proposition (employer_id, organization_id, latest_version, created_by)
    select id, organization_id, 1, 'bench' from employer where id = $employer;
    insert into value_proposition_version (employer_id, version, stage, pain_points, acknowledge, proposal, success, benefits, first_meeting, saved_by)
    select $employer, 1, 'SHARED', t, t, t, t, t, t, 'bench'
    from (select string_agg('Paso ' || g || ': la rotación del primer año y las vacantes sin cubrir cuestan dinero cada mes; ', '') as t
          from generate_series(1, 8) g) texts;
    insert into success_measure (employer_id, version, position, kind, unit, target, period_days, critical_job_id, pain_point)
    select $employer, 1, g, (array['RETENTION','HIRES','TIME_TO_FILL','COMPLETION','CREDENTIALS','ADVANCEMENT'])[g],
           (array['PERCENT','COUNT','DAYS','PERCENT','COUNT','PERCENT'])[g], 10 + g, 90 * g,
           (select min(id) from critical_job where employer_id = $employer), 'TURNOVER'
    from generate_series(1, 6) g"
jar=$(mktemp)
curl -s -c "$jar" -b "$jar" "$base/login" > /tmp/bench-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=synthetic-manager" --data-urlencode "password=synthetic-bench-2026" \
    --data-urlencode "_csrf=$csrf" "$base/login"
cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
for page in workbook engagements fit value-proposition; do
    echo "== /employers/{id}/$page with 100 engagements (HTML, signed in, one connection)"
    COOKIE=$cookie wrk -t1 -c1 -d10s -s bench/page.lua "$base/employers/$employer/$page" > /dev/null   # warm-up
    for i in $(seq "$runs"); do echo "c1 $(COOKIE=$cookie PAGE=$page wrk -t1 -c1 -d"${seconds}s" -s bench/page.lua "$base/employers/$employer/$page" | grep RESULT)"; done
done
# The documents come last: the first PDF loads the fonts and compiles much new code, which would slow the pages above.
echo "== the first value proposition PDF after start-up (fonts loaded, templates compiled): $(curl -s -o /tmp/bench-first.pdf \
    -w '%{time_total}' -H "Cookie: $cookie" "$base/employers/$employer/value-proposition/document?format=PDF") s, $(stat -c %s /tmp/bench-first.pdf) bytes"
for page in "value-proposition/document?format=PDF" "value-proposition/document?format=DOCX" "workbook/document?format=PDF"; do
    echo "== /employers/{id}/$page (a six-step proposition, six measures; the workbook with 100 engagements; signed in, one connection)"
    COOKIE=$cookie wrk -t1 -c1 -d10s -s bench/page.lua "$base/employers/$employer/$page" > /dev/null   # warm-up
    for i in $(seq "$runs"); do echo "c1 $(COOKIE=$cookie PAGE=$page wrk -t1 -c1 -d"${seconds}s" -s bench/page.lua "$base/employers/$employer/$page" | grep RESULT)"; done
done
