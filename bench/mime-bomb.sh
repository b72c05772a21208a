#!/bin/sh
# Milliseconds to read a letter of many tiny parts: Jakarta Mail splitting every part (what the
# walk did before it counted delimiters) beside the bounded MimeTree walk and the whole parse.
# Usage: bench/mime-bomb.sh [parts, default 20000] [runs, default 3]
set -e
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Djacoco.skip=true
uptime
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.escalationrouter.parse.ManyPartsBench "${1:-20000}" "${2:-3}"
