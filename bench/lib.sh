# Shared by the benchmark scripts (source it): a throw-away database on the machine's PostgreSQL server, loaded
# with the official reference data and the statewide synthetic network, and the server started against it.
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)
JAR=${JAR:-target/pathways.jar}   # another copy lets a long run go on while the project is rebuilt
JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m)

# bench_database NAME: creates it, exports PATHWAYS_DB_URL, and drops it (and stops the server) on exit.
bench_database() {
    db="$1"
    trap 'bench_cleanup' EXIT
    "${PSQL[@]}" -d postgres -c "create database $db"
    export PATHWAYS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
}

bench_cleanup() {
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
    "${PSQL[@]}" -d postgres -c "drop database if exists $db with (force)" >/dev/null || true
}

# bench_network: imports ../shared/data and generates the statewide network, timing the generation.
bench_network() {
    java "${JAVA_OPTS[@]}" -jar "$JAR" import-reference --dir ../shared/data | head -1
    local start
    start=$(date +%s%N)
    java "${JAVA_OPTS[@]}" -jar "$JAR" generate --scale state --seed 42 | head -2
    echo "generate command incl. JVM start: $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

# bench_server PORT LOG [JAVA OPTION...]: starts the app without demo data, waits for health, sets base and
# server, and gets an API token for the synthetic manager in token.
bench_server() {
    local port="$1" log="$2"
    shift 2
    PATHWAYS_DEMO=false java "$@" -jar "$JAR" --server.port="$port" --pathways.public-url="http://localhost:$port" > "$log" 2>&1 &
    server=$!
    until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
    base="http://localhost:$port"
    token=$(curl -s -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
        -d '{"username":"synthetic-manager","password":"synthetic-bench-2026","name":"bench","expiresInDays":1}' \
        | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
}

# bench_session: signs the synthetic manager in through the sign-in page, as a browser would, and sets cookie to
# "SESSION=…" for wrk's page scripts.
bench_session() {
    local jar csrf
    jar=$(mktemp)
    curl -s -c "$jar" -b "$jar" "$base/login" > /tmp/bench-login.html
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=synthetic-manager" --data-urlencode "password=synthetic-bench-2026" \
        --data-urlencode "_csrf=$csrf" "$base/login"
    cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
}
