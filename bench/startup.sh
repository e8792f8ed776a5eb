#!/usr/bin/env bash
# Start-up to healthy, side by side in one run: the packaged jar as built, and the same build extracted with a class
# data sharing archive (tools/cds.sh). Each is started on a fresh embedded database (migrations, reference starter
# set and demo region included) and then several times on that initialised database; runs alternate so that the
# machine's noise falls on both alike. Ends with the resident memory after the browser tests' pages.
# Usage: bench/startup.sh [runs]   (after ./mvnw package -DskipTests; the recommended JVM settings come from
# JAVA_TOOL_OPTIONS, e.g. "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m")
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
unset PATHWAYS_DB_URL
tools/cds.sh
declare -A launch=([jar]="-jar target/pathways.jar" [cds]="-XX:SharedArchiveFile=target/app/pathways.jsa -Xlog:cds=off -jar target/app/pathways.jar")
declare -A data=([jar]=$(mktemp -d) [cds]=$(mktemp -d))
trap 'pkill -f "${data[jar]}" 2>/dev/null || true; pkill -f "${data[cds]}" 2>/dev/null || true; rm -rf "${data[jar]}" "${data[cds]}"' EXIT

# start KIND LABEL: launches, waits (at most 90 s) for /actuator/health, prints the time, leaves pid in $pid
start() {
    local kind=$1 label=$2 begin end
    begin=$(date +%s%N)
    # shellcheck disable=SC2086
    PATHWAYS_DATA_DIR="${data[$kind]}" java ${launch[$kind]} --server.port=$port > "${data[$kind]}/run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1800); do curl -sf "http://localhost:$port/actuator/health" > /dev/null && break; sleep 0.05; done
    end=$(date +%s%N)
    echo "$kind $label: ready in $(( (end - begin) / 1000000 )) ms (Spring: $(grep -o 'Started PathwaysApplication in [0-9.]* seconds' "${data[$kind]}/run.log" | head -1))"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

for kind in jar cds; do start "$kind" "fresh database"; stop; done
for i in $(seq "$runs"); do
    for kind in jar cds; do start "$kind" "run $i"; stop; done
done
start cds "for memory"
# Visit the pages the browser tests visit, signed in, then read the resident set size.
jar=$(mktemp); curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" > "${data[cds]}/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "${data[cds]}/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=pathways-demo-2026" \
    --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
for page in / /admin/organizations /admin/audit /profile /admin/organizations/1 /admin/organizations/new /webjars/bootstrap/css/bootstrap.min.css /webjars/chart.js/dist/chart.umd.min.js; do
    for n in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "http://localhost:$port$page"; done
done
echo "resident memory after visiting the pages: $(( $(grep VmRSS /proc/$pid/status | awk '{print $2}') / 1024 )) MB"
stop
