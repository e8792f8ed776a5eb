#!/usr/bin/env bash
# Soak (issue 8): mixed reads and writes at a steady rate on loopback for a set time (default 10 minutes at 40
# requests a second) against the statewide synthetic network; then checks that there were no errors, that the
# server's memory stayed under the bound, and that every write the server acknowledged is in the database.
# Usage: bench/soak.sh [seconds] [rate] [memory bound in MB]   (after ./mvnw package -DskipTests; needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
rate=${2:-40}
bound=${3:-450}
source bench/lib.sh
bench_database "pathways_bench_soak_$$"
bench_network
server_opts=("${JAVA_OPTS[@]}")   # the recommended production settings, so the memory bound is the one a deployment sees
bench_server 18093 /tmp/bench-soak-server.log "${server_opts[@]}"
read -r efirst elast <<< "$("${PSQL[@]}" -d "$db" -At -F ' ' -c "select min(id), max(id) from employer")"
read -r cfirst clast <<< "$("${PSQL[@]}" -d "$db" -At -F ' ' -c "select min(id), max(id) from collaborative")"
survey=$("${PSQL[@]}" -d "$db" -At -c "select id from demand_survey where status = 'OPEN'")
socs=$("${PSQL[@]}" -d "$db" -At -c "select string_agg(soc_code, ' ') from (select soc_code from demand_job where survey_id = $survey order by soc_code limit 3) j")
python3 bench/soak.py "$base" "$token" "$survey" "$server" "$seconds" "$rate" "$efirst" "$elast" "$cfirst" "$clast" $socs | tee /tmp/bench-soak.log
python3 - "$db" "$survey" "$bound" <<'PY'
import json, re, subprocess, sys
db, survey, bound = sys.argv[1], sys.argv[2], int(sys.argv[3])
acknowledged = json.load(open("/tmp/soak-acknowledged.json"))
def sql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-At", "-c", query], check=True,
                          capture_output=True, text=True).stdout.split("\n")
names = set(sql("select name from employer where name like 'Synthetic soak employer %'"))
missing_employers = [n for n in acknowledged["employers"] if n not in names]
stored = {}
for line in sql(f"""select i.id, max(o.growth) from demand_invitation i join demand_opening o on o.invitation_id = i.id
                   where i.survey_id = {survey} and o.period_no = 1 group by i.id"""):
    if line:
        invitation, growth = line.split("|")
        stored[invitation] = int(growth)
wrong_answers = [i for i, g in acknowledged["answers"].items() if stored.get(i) != g]
log = open("/tmp/bench-soak.log").read()
rss = int(re.search(r"max=(\d+)", log).group(1))
failures = int(re.search(r"failures=(\d+)", log).group(1))
print(f"CHECK acknowledged employers={len(acknowledged['employers'])} missing={len(missing_employers)}; "
      f"acknowledged answers={len(acknowledged['answers'])} not as acknowledged={len(wrong_answers)}; "
      f"errors={failures}; max rss {rss} MB (bound {bound} MB)")
ok = not missing_employers and not wrong_answers and failures == 0 and rss <= bound
print("SOAK PASSED" if ok else "SOAK FAILED")
sys.exit(0 if ok else 1)
PY
echo "server errors logged: $(grep -c ' ERROR ' /tmp/bench-soak-server.log || true)"
