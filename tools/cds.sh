#!/usr/bin/env bash
# Prepares the packaged app for a fast start (Spring Boot's documented recipe): the jar is extracted, so the JVM does
# not open a 190 MB jar of nested jars at every start, and a training run records the classes the app loads into a
# class data sharing archive. Start it afterwards with:
#   java -XX:SharedArchiveFile=target/app/pathways.jsa -Xlog:cds=off -jar target/app/pathways.jar
# The archive belongs to this build and this JVM: run the script again after every package or JDK change (the JVM
# ignores a stale archive and says so). Usage: tools/cds.sh   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/app
java -Djarmode=tools -jar target/pathways.jar extract --destination target/app > /dev/null
# The training run starts the app on a throw-away embedded database and stops once the context is refreshed.
training=$(mktemp -d)
trap 'pkill -f "$training" 2>/dev/null || true; rm -rf "$training"' EXIT
PATHWAYS_DATA_DIR="$training" PATHWAYS_DB_URL= PATHWAYS_DEMO=false \
    java -XX:ArchiveClassesAtExit=target/app/pathways.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
    -jar target/app/pathways.jar --server.port=0 > "$training/training.log" 2>&1 \
    || { tail -20 "$training/training.log"; exit 1; }
echo "target/app/pathways.jar and its archive target/app/pathways.jsa ($(( $(stat -c %s target/app/pathways.jsa) / 1048576 )) MB) are ready"
