#!/usr/bin/env bash
# In-process benchmarks with JMH (src/test/java/org/pathways/bench). Usage: bench/jmh.sh [JMH options]
# e.g. bench/jmh.sh -f 1 -wi 2 -i 5     (needs ../shared/data; compiles the tests first)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
[ $# -eq 0 ] && set -- -f 1 -wi 2 -i 5
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" org.openjdk.jmh.Main "org.pathways.bench" "$@"
