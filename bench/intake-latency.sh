#!/bin/sh
# Latency from IMAP APPEND to committed case, with the packaged daemon listening by IDLE on the
# test Dovecot, on its own H2 settings (WRITE_DELAY=0): p50, p90, p99, and the share of it between
# the IDLE wake and the commit. Usage: bench/intake-latency.sh [letters, default 40] [fast-poll,
# e.g. 200ms; default off]
# Needs the test services: scripts/test-services.sh start (their env is read here).
set -e
cd "$(dirname "$0")/.."
eval "$(scripts/test-services.sh env)"
[ -f target/escalation-router.jar ] || mvn -q -o package -DskipTests -Djacoco.skip=true
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Djacoco.skip=true
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.escalationrouter.intake.IntakeLatencyBench "${1:-40}" ${2:+"$2"}
