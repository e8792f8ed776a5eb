#!/usr/bin/env bash
# Start-up to ready and resident memory of the packaged app on an already-initialised embedded database.
# Usage: bench/startup.sh [runs]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data=$(mktemp -d)
export PATHWAYS_DATA_DIR="$data"
unset PATHWAYS_DB_URL
port=18080
# First start initialises the database and loads the demo region; it is not counted.
java -jar target/pathways.jar --server.port=$port > "$data/first.log" 2>&1 &
pid=$!
until grep -q "Pathways is ready" "$data/first.log"; do sleep 0.5; done
kill $pid; wait $pid 2>/dev/null || true
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    java -jar target/pathways.jar --server.port=$port > "$data/run.log" 2>&1 &
    pid=$!
    until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.05; done
    end=$(date +%s%N)
    echo "run $i: ready in $(( (end - start) / 1000000 )) ms (Spring: $(grep -o 'started in [0-9]* ms' "$data/run.log"))"
    if [ "$i" = "$runs" ]; then
        # Visit the pages the browser tests visit, signed in, then read the resident set size.
        jar=$(mktemp); curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" > "$data/login.html"
        csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$data/login.html" | head -1 | sed 's/.*value="//; s/"$//')
        curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=pathways-demo-2026" --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
        for page in / /admin/organizations /admin/audit /profile /admin/organizations/1 /admin/organizations/new /webjars/bootstrap/css/bootstrap.min.css /webjars/chart.js/dist/chart.umd.min.js; do
            for n in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "http://localhost:$port$page"; done
        done
        echo "resident memory after visiting the pages: $(( $(grep VmRSS /proc/$pid/status | awk '{print $2}') / 1024 )) MB"
    fi
    kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$data"
