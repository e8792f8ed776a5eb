#!/usr/bin/env bash
# Participant benchmarks (issue 15) on the statewide synthetic network: 150,000 participants over 60 OPSOs (the largest
# caseload first), 300,000 referrals. The largest OPSO's staff search its participants with each filter through the API,
# open one participant's matches, and a critical job's pipeline board with 500 referrals.
# Usage: bench/participants.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data and wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
source bench/lib.sh
bench_database "pathways_bench_participants_$$"
bench_network
server_opts=(-Xmx512m -XX:+UseSerialGC)   # the full JIT: steady-state latency
bench_server 18097 /tmp/bench-participants-server.log "${server_opts[@]}"
staff_token=$(curl -s -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"synthetic-staff-01","password":"synthetic-bench-2026","name":"bench","expiresInDays":1}' \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
opso=$("${PSQL[@]}" -d "$db" -At -c "select organization_id from user_account where username = 'synthetic-staff-01'")
echo "participants: $("${PSQL[@]}" -d "$db" -At -c "select count(*) || ' in all, ' || count(*) filter (where organization_id = $opso)
    || ' in the largest OPSO; ' || (select count(*) from referral) || ' referrals' from participant")"
staff=$("${PSQL[@]}" -d "$db" -At -c "select min(staff_user_id) from participant where organization_id = $opso")
element=$("${PSQL[@]}" -d "$db" -At -c "select element_id from participant_skill group by 1 order by count(*) desc limit 1")
soc=$("${PSQL[@]}" -d "$db" -At -c "select soc_code from participant_goal group by 1 order by count(*) desc limit 1")
someone=$("${PSQL[@]}" -d "$db" -At -c "select min(id) from participant where organization_id = $opso")
hot=$("${PSQL[@]}" -d "$db" -At -c "select critical_job_id from referral where organization_id = $opso group by 1 order by count(*) desc limit 1")

run() {   # NAME PATH [TOKEN]
    local name="$1" path="$2" auth="${3:-$staff_token}"
    TOKEN=$auth wrk -t1 -c1 -d5s -s bench/api.lua "$base$path" > /dev/null   # warm-up
    for i in $(seq "$runs"); do
        echo "c1 $(TOKEN=$auth NAME=$name wrk -t1 -c1 -d"${seconds}s" -s bench/api.lua "$base$path" | grep RESULT)"
    done
}
echo "== participant search in the largest OPSO, one filter at a time (first page of 25, with the total)"
run search-none "/api/v1/participants"
run search-name "/api/v1/participants?q=gom"
run search-skill "/api/v1/participants?skill=$element"
run search-credential "/api/v1/participants?credential=ASSOCIATE"
run search-goal "/api/v1/participants?soc=$soc"
run search-county "/api/v1/participants?county=39049"
run search-stage "/api/v1/participants?stage=RETAINED_90"
run search-staff "/api/v1/participants?staff=$staff"
run search-all "/api/v1/participants?q=a&county=39049&stage=REFERRED"
echo "== a job's pipeline board: 500 and more referrals by stage"
run board "/api/v1/critical-jobs/$hot/pipeline"
echo "== a participant's matches: every critical job of the employers the OPSO keeps (the largest OPSO keeps one)"
run matches "/api/v1/participants/$someone/matches"
# The statewide board keeps all ~60,000 critical jobs: a participant of its own (a copy of the busiest synthetic profile)
# is ranked against every one of them, the best 30 explained.
board=$("${PSQL[@]}" -d "$db" -At -c "select id from organization where name = 'Synthetic Statewide Workforce Board'")
source_id=$("${PSQL[@]}" -d "$db" -At -c "
    select p.id from participant p where organization_id = $opso
    order by (select count(*) from participant_skill s where s.participant_id = p.id)
           + (select count(*) from participant_work w where w.participant_id = p.id) desc, p.id limit 1")
board_participant=$("${PSQL[@]}" -d "$db" -At -c "
    with copy as (insert into participant (organization_id, given_name, family_name, preferred_language, shifts, weekends, has_car,
                      has_license, uses_transit, updated_by)
                  select $board, given_name, family_name, preferred_language, shifts, weekends, has_car, has_license, uses_transit,
                         'bench' from participant where id = $source_id returning id),
         skills as (insert into participant_skill select (select id from copy), position, element_id, name
                    from participant_skill where participant_id = $source_id),
         credentials as (insert into participant_credential select (select id from copy), position, kind, name, issuer, earned_on
                         from participant_credential where participant_id = $source_id),
         work as (insert into participant_work select (select id from copy), position, employer_name, title, soc_code, started_on,
                  ended_on from participant_work where participant_id = $source_id),
         goals as (insert into participant_goal select (select id from copy), position, soc_code
                   from participant_goal where participant_id = $source_id)
    select id from copy" | head -1)
echo "board: $("${PSQL[@]}" -d "$db" -At -c "select count(*) || ' critical jobs kept, ' || (select count(*) from job_requirement_item)
    || ' requirement items' from critical_job j join employer e on e.id = j.employer_id where e.organization_id = $board")"
echo "== a participant's matches against every critical job the statewide board keeps (ranked in SQL, the best 30 explained)"
run matches-60k "/api/v1/participants/$board_participant/matches" "$token"
echo "server errors logged: $(grep -c ' ERROR ' /tmp/bench-participants-server.log || true)"
