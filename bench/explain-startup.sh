#!/bin/sh
# Wall time of a one-shot `explain` on one letter with the packaged jar: JVM start, judge and
# parser set-up, parse, judge, route, print. Issue 23 asks for under 3 s.
# Usage: bench/explain-startup.sh [runs, default 5] [letter, default a generated e-mail]
set -e
cd "$(dirname "$0")/.."
[ -f target/escalation-router.jar ] || mvn -q -o package -DskipTests -Djacoco.skip=true
runs="${1:-5}"
letter="${2:-}"
if [ -z "$letter" ]; then
  letter="$(mktemp --suffix=.eml)"
  printf 'From: jane@example.com\r\nTo: support@localhost\r\nSubject: Cancellation fee\r\n\r\nI was charged a $149 fee I never agreed to. Please forward this letter to the principals of the firm.\r\n' >"$letter"
fi
i=0
while [ "$i" -lt "$runs" ]; do
  start="$(date +%s%N)"
  java -jar target/escalation-router.jar explain "$letter" >/dev/null
  end="$(date +%s%N)"
  echo "run $((i + 1)): $(((end - start) / 1000000)) ms"
  i=$((i + 1))
done
