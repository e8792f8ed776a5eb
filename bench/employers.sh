#!/usr/bin/env bash
# Employer profile benchmarks (issue 5) on the statewide synthetic network: 10,000 employers, ~30,000
# establishments, ~60,000 critical jobs, all kept by one organization (the worst case for its list).
# Usage: bench/employers.sh [runs] [seconds]   (after ./mvnw package -DskipTests; needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}

source bench/lib.sh
bench_database "pathways_bench_employers_$$"
bench_network
# The server runs with the full JIT (C2): request latency at steady state is what this measures; the
# start-up settings' C1-only compiler roughly doubles the time of a page here (docs/performance.md).
server_opts=(-Xmx512m -XX:+UseSerialGC)
bench_server 18091 /tmp/bench-employers-server.log "${server_opts[@]}"
jar=$(mktemp)
curl -s -c "$jar" -b "$jar" "$base/login" > /tmp/bench-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=synthetic-manager" --data-urlencode "password=synthetic-bench-2026" \
    --data-urlencode "_csrf=$csrf" "$base/login"
cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
ids=$("${PSQL[@]}" -d "$db" -At -c "select min(id) || '-' || max(id) from employer where name like 'Synthetic %'")

echo "== employer list, twelve filter combinations in turn; one connection (server time) then four"
TOKEN=$token MODE=list wrk -t1 -c2 -d15s -s bench/employers.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do echo "c1 $(TOKEN=$token MODE=list wrk -t1 -c1 -d"${seconds}s" -s bench/employers.lua "$base" | grep RESULT)"; done
echo "c4 $(TOKEN=$token MODE=list wrk -t2 -c4 -d"${seconds}s" -s bench/employers.lua "$base" | grep RESULT)"
echo "== employer detail page (HTML, signed in), employers chosen across the whole range"
COOKIE=$cookie MODE=detail IDS=$ids wrk -t1 -c2 -d15s -s bench/employers.lua "$base" > /dev/null   # warm-up
for i in $(seq "$runs"); do echo "c1 $(COOKIE=$cookie MODE=detail IDS=$ids wrk -t1 -c1 -d"${seconds}s" -s bench/employers.lua "$base" | grep RESULT)"; done
echo "== CSV export of all employers"
for i in $(seq "$runs"); do
    curl -s -o /tmp/bench-employers.csv -w "export: %{time_total} s, %{size_download} bytes, first byte after %{time_starttransfer} s\n" \
        -H "Authorization: Bearer $token" "$base/api/v1/employers.csv"
done
echo "rows: $(($(wc -l < /tmp/bench-employers.csv) - 1))"
