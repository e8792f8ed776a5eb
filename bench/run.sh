#!/usr/bin/env bash
# The whole benchmark suite: start-up, reference data, employer profiles. Writes every script's output and a
# results table (medians and ranges of the runs) to target/bench/. Needs the machine's PostgreSQL server,
# wrk, and ../shared/data; takes about a quarter of an hour. Usage: bench/run.sh [runs]
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
python3 - "$out" "$stamp" <<'PY'
import re, statistics, sys, pathlib
out, stamp = pathlib.Path(sys.argv[1]), sys.argv[2]
rows = []
def summarize(label, values, unit):
    if values:
        rows.append(f"| {label} | {statistics.median(values):.2f} {unit} | {min(values):.2f}–{max(values):.2f} | {len(values)} |")
log = (out / f"startup-{stamp}.log").read_text()
summarize("start-up to ready", [int(m) / 1000 for m in re.findall(r"ready in (\d+) ms", log)], "s")
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
table = "\n".join(["| measure | median | range | runs |", "|---|---|---|---|"] + rows)
(out / f"results-{stamp}.md").write_text(f"# Benchmark results {stamp}\n\n{table}\n")
print(table)
PY
