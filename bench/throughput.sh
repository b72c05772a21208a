#!/bin/sh
# Messages per second end to end (packaged daemon on the test Dovecot, H2 and PostgreSQL) against
# Tika alone on the same messages with the same thread count, measured in the same run; CPU and
# heap of the daemon. See docs/adr/0012-throughput.md.
# Usage: bench/throughput.sh [messages, default 1000] [workers settings, default "1,0" (0: one per
# core)] [databases, default "h2,postgres"]
# Needs the test services (scripts/test-services.sh start) and ../shared/corpus.
# BENCH_JAR=path measures that jar instead of packaging this tree (a before/after comparison run
# back to back); BENCH_DAEMON_ARGS adds options to the daemon's command line (e.g.
# "--escalation.intake.window=4"); BENCH_HEAP sets the daemon's heap (default 512m); BENCH_LARGE=true
# adds a 25 MB PDF attachment and 25 MB of random bytes among the messages (run once with and once
# without, same heap, to see what large mail costs the others); BENCH_JVM_ARGS adds JVM options to
# the daemon (e.g. "-XX:StartFlightRecording=filename=/tmp/d.jfr,settings=profile" to profile it).
# CPU is printed for the daemon's JVM and, apart, for the OCR processes it started (Tesseract).
set -e
cd "$(dirname "$0")/.."
eval "$(scripts/test-services.sh env)"
# packaged again when a source is newer than the jar: a stale jar would measure old code
# (online: the SBOM plugin needs it)
if [ -z "$BENCH_JAR" ] && { [ ! -f target/escalation-router.jar ] || [ -n "$(find src pom.xml -newer target/escalation-router.jar | head -1)" ]; }; then
  mvn -q package -DskipTests -Djacoco.skip=true
fi
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Djacoco.skip=true
java -Dbench.jar="${BENCH_JAR:-target/escalation-router.jar}" -Dbench.daemon-args="$BENCH_DAEMON_ARGS" \
  -Dbench.heap="${BENCH_HEAP:-512m}" -Dbench.large="${BENCH_LARGE:-false}" -Dbench.jvm-args="$BENCH_JVM_ARGS" \
  -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.escalationrouter.intake.ThroughputBench "${1:-1000}" "${2:-1,0}" "${3:-h2,postgres}"
