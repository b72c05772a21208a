#!/bin/sh
# Throughput of the judge on the dev set, one thread. Usage: bench/judge.sh [seconds]
set -e
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Djacoco.skip=true
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.escalationrouter.judge.JudgeBenchmark eval/judge-dev.jsonl "${CORPUS_DIR:-../shared/corpus}" "${1:-5}"
