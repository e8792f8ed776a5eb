#!/usr/bin/env bash
# Participant import (issue 15) against PostgreSQL's own \copy of the same rows, in one run: a CSV of N participants (names,
# language, email, county, dates, strengths, skills by O*NET name, goals by SOC, and the confidential populations and
# barriers, sealed on the way in) imported through POST /api/v1/participants/import by an OPSO's staff, then the same file
# \copy-ed into a table of its columns. Each is timed from the outside; the import is checked to have written every row.
# Usage: bench/participant-import.sh [rows] [runs]   (after ./mvnw package -DskipTests; needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
runs=${2:-2}
source bench/lib.sh
bench_database "pathways_bench_import_$$"
bench_network
server_opts=(-Xmx1g -XX:+UseSerialGC)
bench_server 18098 /tmp/bench-import-server.log "${server_opts[@]}"
staff_token=$(curl -s -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"synthetic-staff-01","password":"synthetic-bench-2026","name":"bench","expiresInDays":1}' \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
opso=$("${PSQL[@]}" -d "$db" -At -c "select organization_id from user_account where username = 'synthetic-staff-01'")
file=/tmp/bench-participants-$rows.csv
# real codes and names of the loaded release: counties, occupations, skills
"${PSQL[@]}" -d "$db" -At -c "select county_fips from participant group by 1 order by count(*) desc limit 200" > /tmp/bench-counties.txt
"${PSQL[@]}" -d "$db" -At -c "select soc_code from participant_goal group by 1 order by count(*) desc limit 200" > /tmp/bench-socs.txt
"${PSQL[@]}" -d "$db" -At -c "select name from participant_skill where element_id is not null group by 1 order by count(*) desc limit 100" \
    > /tmp/bench-skills.txt
python3 - "$rows" "$file" <<'PY'
import csv, random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
counties = [l.strip() for l in open('/tmp/bench-counties.txt') if l.strip()]
socs = [l.strip() for l in open('/tmp/bench-socs.txt') if l.strip()]
skills = [l.strip() for l in open('/tmp/bench-skills.txt') if l.strip() and ';' not in l]
given = ['Ana', 'Luis', 'Mei', 'Tomás', 'Grace', 'Andre', 'Keisha', 'Samuel', 'Priya', 'Jordan', 'Sofía', 'Kevin']
family = ['Reed', 'Brooks', 'Hernández', 'Carver', 'Hall', 'Chen', 'Okafor', 'Lawson', 'Gaines', 'Ortega', 'Kim', 'Moore']
populations = ['JUSTICE_INVOLVED', 'OPPORTUNITY_YOUTH', 'ENGLISH_LEARNERS', 'VETERANS_MILITARY_SPOUSES', '']
barriers = ['TRANSPORTATION', 'CHILD_CARE', 'HOUSING', 'JUSTICE_RECORD', 'HEALTH', '']
with open(path, 'w', newline='', encoding='utf-8') as out:
    w = csv.writer(out)
    w.writerow(['Given name', 'Family name', 'Language', 'Email', 'County FIPS', 'Birth date', 'Program entry', 'Strengths',
                'Skills', 'Goals', 'Populations', 'Barriers'])
    for i in range(rows):
        g, f = random.choice(given), random.choice(family)
        w.writerow([g, f, random.choice(['en', 'es']), f'{g.lower()}.{i}@bench.invalid', random.choice(counties),
                    f'{random.randint(1960, 2006)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}',
                    f'2026-{random.randint(1, 11):02d}-{random.randint(1, 28):02d}', 'Reliable and quick to learn',
                    '; '.join(random.sample(skills, 3)), random.choice(socs), random.choice(populations),
                    '; '.join(b for b in random.sample(barriers, 2) if b)])
PY
echo "file: $rows rows, $(du -h "$file" | cut -f1)"
for i in $(seq "$runs"); do
    before=$("${PSQL[@]}" -d "$db" -At -c "select count(*) from participant where organization_id = $opso")
    start=$(date +%s%N)
    status=$(curl -s -o /tmp/bench-import-answer.json -w '%{http_code}' -H "Authorization: Bearer $staff_token" -F "file=@$file" \
        "$base/api/v1/participants/import")
    import_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    after=$("${PSQL[@]}" -d "$db" -At -c "select count(*) from participant where organization_id = $opso")
    start=$(date +%s%N)
    "${PSQL[@]}" -d "$db" -q -c "create table bench_copy (given text, family text, language text, email text, county text,
        born text, entry text, strengths text, skills text, goals text, populations text, barriers text)" \
        -c "\\copy bench_copy from '$file' with (format csv, header)"
    copy_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    "${PSQL[@]}" -d "$db" -q -c "drop table bench_copy"
    # the same rows \copy-ed into the participant tables themselves, with their indexes and foreign keys (rolled back):
    # what PostgreSQL alone needs to store them where the import does, without checks or sealing
    first=$("${PSQL[@]}" -d "$db" -At -c "select max(id) + 1000000 from participant")
    python3 - "$file" "$first" "$opso" <<'PY'
import csv, sys
path, first, opso = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.reader(open(path, encoding='utf-8')))[1:]
with open('/tmp/bench-copy-people.csv', 'w', newline='') as people, open('/tmp/bench-copy-skills.csv', 'w', newline='') as skills, \
        open('/tmp/bench-copy-goals.csv', 'w', newline='') as goals:
    p, s, g = csv.writer(people), csv.writer(skills), csv.writer(goals)
    for i, r in enumerate(rows):
        p.writerow([first + i, opso, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], 'bench', 'bench'])
        for j, skill in enumerate(r[8].split('; ')):
            s.writerow([first + i, j, None, skill])
        g.writerow([first + i, 0, r[9]])
PY
    start=$(date +%s%N)
    "${PSQL[@]}" -d "$db" -q -c "begin" \
        -c "\\copy participant (id, organization_id, given_name, family_name, preferred_language, email, county_fips, birth_date, program_entry, strengths, created_by, updated_by) from '/tmp/bench-copy-people.csv' with (format csv)" \
        -c "\\copy participant_skill (participant_id, position, element_id, name) from '/tmp/bench-copy-skills.csv' with (format csv)" \
        -c "\\copy participant_goal (participant_id, position, soc_code) from '/tmp/bench-copy-goals.csv' with (format csv)" \
        -c "rollback"
    tables_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "RESULT run=$i status=$status written=$((after - before)) import_ms=$import_ms copy_ms=$copy_ms" \
         "ratio=$(python3 -c "print(round($import_ms / max($copy_ms, 1), 2))")" \
         "copy_into_tables_ms=$tables_ms ratio_tables=$(python3 -c "print(round($import_ms / max($tables_ms, 1), 2))")"
done
echo "server errors logged: $(grep -c ' ERROR ' /tmp/bench-import-server.log || true)"
