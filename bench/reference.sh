#!/usr/bin/env bash
# Reference data benchmarks (issue C16), against the machine's PostgreSQL server:
#  1. importing every official file under ../shared/data into an empty database, beside psql's own \copy of
#     the same rows (the converted CSVs) into plain text tables, in the same run;
#  2. type-ahead and job-title suggestion latency with wrk (loopback, bearer token), after the import.
# Usage: bench/reference.sh [runs] [seconds-per-endpoint]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-20}
data=$(cd ../shared/data && pwd)
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)
# the JVM settings the README recommends (docs/performance.md, start-up)
JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m)
db="pathways_bench_$$"
cleanup() {
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
    for d in "$db" "${db}_copy"; do "${PSQL[@]}" -d postgres -c "drop database if exists $d with (force)" >/dev/null || true; done
}
trap cleanup EXIT

# The rows Pathways loads, as psql would load them: each converted file into a table of text columns.
files=(naics/naics_2022_2-6digit_codes.csv naics/naics_2017_2-6digit_codes.csv crosswalks/naics_year_concordance_2002-2022_epa_flowsa.csv
       soc/soc_2018_structure_and_definitions.csv soc/soc_2018_direct_match_titles.csv
       onet/28.2/occupation_data.csv onet/28.2/alternate_titles.csv onet/28.2/sample_of_reported_titles.csv onet/28.2/skills.csv
       onet/28.2/knowledge.csv onet/28.2/technology_skills.csv onet/28.2/job_zones.csv onet/28.2/job_zone_reference.csv
       onet/28.2/related_occupations.csv onet/28.2/education_training_experience.csv
       onet/28.2/education_training_experience_categories.csv
       bls_employment_projections/ep_occupation_projections_2024_2034.csv bls_oews/oews_national_may2024.csv
       crosswalks/bls_onet_soc_to_nem_ooh_crosswalk_2023.csv geo/counties_fips_2024.csv geo/states_fips_2024.csv
       geo/cbsa_county_delineation_2023.csv)
copy_script=$(mktemp)
for f in "${files[@]}"; do
    t="t_$(basename "$f" .csv | tr -c 'a-z0-9\n' '_')"
    cols=$(head -1 "$data/$f" | python3 -c 'import csv,sys; print(", ".join(f"c{i} text" for i,_ in enumerate(next(csv.reader(sys.stdin)))))')
    echo "create table $t ($cols);" >> "$copy_script"
    echo "\\copy $t from '$data/$f' with (format csv, header true)" >> "$copy_script"
done
copy_rows=0
for f in "${files[@]}"; do copy_rows=$((copy_rows + $(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8", errors="replace"))) - 1)' "$data/$f"))); done
converted=$(mktemp -d)
for f in "${files[@]}"; do mkdir -p "$converted/$(dirname "$f")"; cp "$data/$f" "$converted/$f"; done
cp "$data/onet/28.2/Read Me.txt" "$converted/onet/28.2/" 2>/dev/null || true

echo "== import of the official files into an empty database ($runs runs), and psql \\copy of the same $copy_rows rows"
for i in $(seq "$runs"); do
    for d in "$db" "${db}_copy"; do "${PSQL[@]}" -d postgres -c "drop database if exists $d" -c "create database $d" >/dev/null; done
    # create the schema and the starter set first, so the import itself is what is timed
    PATHWAYS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" java "${JAVA_OPTS[@]}" -jar target/pathways.jar import-reference --dir "$converted" > /tmp/bench-import-converted.log 2>&1
    converted_s=$(grep -o 'Import done in [0-9.]* s' /tmp/bench-import-converted.log | grep -o '[0-9.]*')
    "${PSQL[@]}" -d postgres -c "drop database $db" -c "create database $db" >/dev/null
    start=$(date +%s%N)
    PATHWAYS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" java "${JAVA_OPTS[@]}" -jar target/pathways.jar import-reference --dir "$data" > /tmp/bench-import.log 2>&1
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    all_s=$(grep -o 'Import done in [0-9.]* s' /tmp/bench-import.log | grep -o '[0-9.]*')
    start=$(date +%s%N)
    "${PSQL[@]}" -d "${db}_copy" -f "$copy_script" >/dev/null
    copy_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    # The stricter floor: psql \copy of exactly the rows Pathways wrote, into the same tables and indexes.
    "${PSQL[@]}" -d postgres -c "drop database ${db}_copy" -c "create database ${db}_copy" >/dev/null
    pg_dump -h 127.0.0.1 -U postgres -s "$db" | "${PSQL[@]}" -d "${db}_copy" >/dev/null 2>&1
    pg_dump -h 127.0.0.1 -U postgres -a -t ref_release "$db" | "${PSQL[@]}" -d "${db}_copy" >/dev/null 2>&1
    same_script=$(mktemp); exported=$(mktemp -d)
    for t in $("${PSQL[@]}" -d "$db" -At -c "select table_name from information_schema.tables where table_name like 'ref\_%' and table_name <> 'ref_release'"); do
        "${PSQL[@]}" -d "$db" -c "\copy $t to '$exported/$t.csv' with (format csv)"
        echo "\copy $t from '$exported/$t.csv' with (format csv)" >> "$same_script"
    done
    start=$(date +%s%N)
    "${PSQL[@]}" -d "${db}_copy" -f "$same_script" >/dev/null
    same_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    rm -rf "$same_script" "$exported"
    echo "run $i: import of the converted files ${converted_s} s | import of all of shared/data ${all_s} s (command incl. JVM start ${wall} ms)" \
         "| psql \\copy of the CSVs into text tables ${copy_ms} ms (ratio $(python3 -c "print(round($converted_s*1000/$copy_ms, 2))"))" \
         "| psql \\copy of the same rows into the same tables ${same_ms} ms (ratio $(python3 -c "print(round($converted_s*1000/$same_ms, 2))"))"
done
rm -rf "$converted" "$copy_script"

echo "== type-ahead and job-title suggestion, ${seconds} s a run, loopback, bearer token"
port=18090
PATHWAYS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PATHWAYS_DEMO=true java "${JAVA_OPTS[@]}" -jar target/pathways.jar --server.port=$port > /tmp/bench-server.log 2>&1 &
server=$!
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
token=$(curl -s -X POST "http://localhost:$port/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"pathways-demo-2026","name":"bench","expiresInDays":1}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
# One connection measures the server's own time per request (nothing queues); four connections on two
# cores show what concurrent typists see.
for endpoint in naics soc counties job-titles/suggest; do
    TOKEN=$token ENDPOINT=$endpoint wrk -t1 -c2 -d5s -s bench/typeahead.lua "http://localhost:$port" > /dev/null   # warm-up
    for i in $(seq "$runs"); do
        echo "c1 $(TOKEN=$token ENDPOINT=$endpoint wrk -t1 -c1 -d"${seconds}s" -s bench/typeahead.lua "http://localhost:$port" | grep RESULT)"
    done
    echo "c4 $(TOKEN=$token ENDPOINT=$endpoint wrk -t2 -c4 -d"${seconds}s" -s bench/typeahead.lua "http://localhost:$port" | grep RESULT)"
done
