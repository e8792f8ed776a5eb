#!/usr/bin/env bash
# The whole benchmark suite: start-up, reference data, employer profiles, demand planning (roll-up against psql,
# 1,000 concurrent answers), the readers under JMH, and with SOAK=1 the 10-minute soak. Writes every script's
# output and a results table (medians and ranges of the runs) to target/bench/. Needs the machine's PostgreSQL
# server, wrk, pgbench and ../shared/data; takes about a quarter of an hour (25 minutes with the soak).
# Usage: bench/run.sh [runs]        SOAK=1 bench/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=target/bench
mkdir -p "$out"
stamp=$(date -u +%Y-%m-%dT%H%MZ)
./mvnw -q -B -ntp package -DskipTests
JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m" bench/startup.sh "$runs" \
    2>&1 | tee "$out/startup-$stamp.log"
bench/reference.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/reference-$stamp.log"
bench/employers.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/employers-$stamp.log"
bench/demand.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/demand-$stamp.log"
bench/engagement.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/engagement-$stamp.log"
bench/requirements.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/requirements-$stamp.log"
bench/participants.sh "$runs" 10 2>&1 | grep -v NOTICE | tee "$out/participants-$stamp.log"
bench/participant-import.sh 100000 "$runs" 2>&1 | grep -v NOTICE | tee "$out/participant-import-$stamp.log"
bench/talentflow.sh "$runs" 10 100000 2>&1 | grep -v NOTICE | tee "$out/talentflow-$stamp.log"
bench/jmh.sh -f 1 -wi 2 -i "$runs" 2>&1 | tee "$out/jmh-$stamp.log"
if [ "${SOAK:-0}" = 1 ]; then bench/soak.sh 600 40 450 2>&1 | grep -v NOTICE | tee "$out/soak-$stamp.log"; fi
python3 - "$out" "$stamp" "$runs" <<'PY'
import re, statistics, sys, pathlib
out, stamp, runs = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
rows = []
def summarize(label, values, unit):
    if values:
        rows.append(f"| {label} | {statistics.median(values):.2f} {unit} | {min(values):.2f}–{max(values):.2f} | {len(values)} |")
log = (out / f"startup-{stamp}.log").read_text()
summarize("start-up to ready, jar as built", [int(m) / 1000 for m in re.findall(r"jar run \d+: ready in (\d+) ms", log)], "s")
summarize("start-up to ready, extracted with CDS", [int(m) / 1000 for m in re.findall(r"cds run \d+: ready in (\d+) ms", log)], "s")
summarize("start-up on a fresh database, extracted with CDS", [int(m) / 1000 for m in re.findall(r"cds fresh database: ready in (\d+) ms", log)], "s")
log = (out / f"reference-{stamp}.log").read_text()
summarize("import of the converted files", [float(m) for m in re.findall(r"import of the converted files ([\d.]+) s", log)], "s")
summarize("ratio to psql \\copy, same rows and tables", [float(m) for m in re.findall(r"same tables \d+ ms \(ratio ([\d.]+)\)", log)], "×")
for endpoint in ["naics", "soc", "counties", "job-titles/suggest"]:
    values = [float(m) for m in re.findall(rf"c1 RESULT endpoint={re.escape(endpoint)} .*?p95_ms=([\d.]+)", log)]
    summarize(f"{endpoint} p95, one connection", values, "ms")
log = (out / f"employers-{stamp}.log").read_text()
summarize("employer list p95, one connection", [float(m) for m in re.findall(r"c1 RESULT mode=list .*?p95_ms=([\d.]+)", log)], "ms")
summarize("employer detail page p95, one connection", [float(m) for m in re.findall(r"c1 RESULT mode=detail .*?p95_ms=([\d.]+)", log)], "ms")
summarize("CSV export of 10,000 employers", [float(m) for m in re.findall(r"export: ([\d.]+) s", log)], "s")
log = (out / f"demand-{stamp}.log").read_text()
summarize("generate the statewide network (command)", [int(m) / 1000 for m in re.findall(r"generate command incl. JVM start: (\d+) ms", log)], "s")
api = [float(m) for m in re.findall(r"c1 RESULT mode=rollup .*? p95_ms=([\d.]+)", log)]
inside = [float(m) for m in re.findall(r"c1 RESULT mode=rollup .*?rollup_p95_ms=([\d.]+)", log)]
sql = [float(m) for m in re.findall(r"psql RESULT mode=rollup-sql .*?p95_ms=([\d.]+)", log)]
summarize("demand roll-up API p95, one connection", api, "ms")
summarize("demand roll-up inside the server p95", inside, "ms")
summarize("the same SQL in psql (pgbench) p95", sql, "ms")
summarize("ratio roll-up inside the server / psql, p95", [a / b for a, b in zip(inside, sql)], "×")
summarize("ratio whole API request / psql, p95", [a / b for a, b in zip(api, sql)], "×")
for m in re.findall(r"SUBMIT employers=(\d+) acknowledged=(\d+) failed=(\d+) wall_s=([\d.]+)", log):
    rows.append(f"| concurrent answers: {m[0]} employers at once | {m[1]} acknowledged, {m[2]} failed, {m[3]} s | | 1 |")
for m in re.findall(r"stored: (.*)", log):
    rows.append(f"| answers found in the database afterwards | {m} | | 1 |")
log = (out / f"requirements-{stamp}.log").read_text()
summarize("requirements page p95, one connection", [float(m) for m in re.findall(r"c1 RESULT page=requirements .*?p95_ms=([\d.]+)", log)], "ms")
api = [float(m) for m in re.findall(r"c1 RESULT name=rollup .*? p95_ms=([\d.]+)", log)]
sql = [float(m) for m in re.findall(r"psql RESULT mode=rollup-sql .*?p95_ms=([\d.]+)", log)]
summarize("requirements roll-up API p95, one connection", api, "ms")
summarize("its SQL in psql (pgbench) p95", sql, "ms")
summarize("ratio roll-up API / psql, p95", [a / b for a, b in zip(api, sql)], "×")
summarize("JobPosting export of a collaborative", [float(m) for m in re.findall(r"postings RESULT .*?seconds=([\d.]+)", log)], "s")
log = (out / f"engagement-{stamp}.log").read_text()
for page in ["workbook", "engagements", "fit", "value-proposition"]:
    summarize(f"{page} page with 100 engagements p95", [float(m) for m in re.findall(rf"c1 RESULT page={page} .*?p95_ms=([\d.]+)", log)], "ms")
for page, label in [("value-proposition/document?format=PDF", "value proposition PDF"), ("value-proposition/document?format=DOCX",
                    "value proposition Word file"), ("workbook/document?format=PDF", "workbook PDF (100 engagements)")]:
    summarize(f"{label} p95", [float(m) for m in re.findall(rf"c1 RESULT page={re.escape(page)} .*?p95_ms=([\d.]+)", log)], "ms")
for first in re.findall(r"the first value proposition PDF after start-up.*?: ([\d.]+) s", log):
    rows.append(f"| first value proposition PDF after start-up | {float(first) * 1000:.0f} ms | | 1 |")
log = (out / f"jmh-{stamp}.log").read_text()
for file, score, error in re.findall(r"SpreadsheetReadingBenchmark.read\s+(\S+)\s+avgt\s+\d+\s+([\d.]+)\s+±\s+([\d.]+)\s+ms/op", log):
    rows.append(f"| JMH: read {file} | {score} ms | ± {error} | {runs} |")
soak = out / f"soak-{stamp}.log"
if soak.exists():
    for line in re.findall(r"(SOAK .*|CHECK .*)", soak.read_text()):
        rows.append(f"| soak | {line} | | 1 |")
table = "\n".join(["| measure | median | range | runs |", "|---|---|---|---|"] + rows)
(out / f"results-{stamp}.md").write_text(f"# Benchmark results {stamp}\n\n{table}\n")
print(table)
PY
