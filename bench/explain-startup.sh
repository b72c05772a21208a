#!/bin/sh
# Wall and CPU time of a one-shot `explain` on one letter: JVM start, judge and parser set-up,
# parse, judge, route, print. Issue 23 asks for under 3 s. Each run is timed twice: with plain
# `java -jar` and through the dist launcher (bin/escalation-router: extracted jar, AppCDS archive,
# client compiler only; its first run makes the archive and is not timed). The load average is
# printed with the figures: on a busy machine wall time is mostly waiting for a core.
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
dist/bin/escalation-router --version >/dev/null # makes the launcher's archive if the jar is new
timed() {
  label="$1"
  shift
  start="$(date +%s%N)"
  if [ -x /usr/bin/time ]; then
    cpu="$(/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%d", ($1 + $2) * 1000}')"
  else
    "$@" >/dev/null
    cpu="?"
  fi
  end="$(date +%s%N)"
  printf '  %-10s %6d ms wall %6s ms CPU\n' "$label" "$(((end - start) / 1000000))" "$cpu"
}
i=0
while [ "$i" -lt "$runs" ]; do
  echo "run $((i + 1)) (load $(cut -d' ' -f1 /proc/loadavg)):"
  timed "java -jar" java -jar target/escalation-router.jar explain "$letter"
  timed "launcher" dist/bin/escalation-router explain "$letter"
  i=$((i + 1))
done
