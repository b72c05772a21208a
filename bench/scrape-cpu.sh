#!/bin/sh
# CPU the daemon spends per scrape of /actuator/prometheus with HTTP Basic, with the Basic check
# remembered (escalation.web.remember-basic-auth, default 5m: "after") and checked with bcrypt on
# every request (=0: "before"). Issue 16 asks for under 5 ms per scrape.
# Usage: bench/scrape-cpu.sh [scrapes, default 200; a quarter of them with bcrypt]
# Also prints the floor: a static stylesheet without login, on the same daemon.
# The packaged daemon runs on the embedded mail server and an H2 file in a temporary folder.
set -e
cd "$(dirname "$0")/.."
repo="$(pwd)"
[ -f target/escalation-router.jar ] || mvn -q -o package -DskipTests -Djacoco.skip=true
scrapes="${1:-200}"
tick="$(getconf CLK_TCK)"
password="bench-secret-$$"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# user+system CPU ticks of a process so far
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$1/stat"
}

scrape() {
  curl -s -o /dev/null -w '%{http_code}' -u "admin:$password" "http://127.0.0.1:$http/actuator/prometheus"
}

run() {
  mode="$1"
  work="$(mktemp -d)"
  http="$(free_port)"
  smtp="$(free_port)"
  imap="$(free_port)"
  (cd "$work" && exec java -Xmx512m -jar "$repo/target/escalation-router.jar" \
    --server.port="$http" \
    --escalation.web.admin.password="$password" \
    --escalation.web.admin.password-file="$work/admin-password" \
    --escalation.web.remember-basic-auth="$mode" \
    --escalation.embedded-mail.enabled=true \
    --escalation.embedded-mail.smtp-port="$smtp" \
    --escalation.embedded-mail.imap-port="$imap" \
    --escalation.smtp.port="$smtp" \
    --escalation.routes.dir="$repo/routes" \
    --escalation.letters.dir="$work/letters" \
    "--spring.datasource.url=jdbc:h2:file:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
    >"$work/daemon.log" 2>&1) &
  pid=$!
  i=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/actuator/health")" != "000" ]; do
    i=$((i + 1))
    if [ "$i" -gt 240 ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "daemon did not start; log: $work/daemon.log" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
  # the JVM's pid: the subshell exec'd java, so $pid is it; warm up the JIT first
  n=0
  while [ "$n" -lt "$3" ]; do
    code="$(scrape)"
    [ "$code" = 200 ] || { echo "scrape answered $code" >&2; kill "$pid"; exit 1; }
    n=$((n + 1))
  done
  measure "$2" "$3" scrape
  if [ -n "$4" ]; then
    measure "$4" "$3" stylesheet
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}

stylesheet() {
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/css/app.css"
}

# CPU of the daemon over $2 requests made by $3, less what the idle daemon spends (IDLE, timers,
# the embedded mail server) over the same wall time right after
measure() {
  label="$1"
  count="$2"
  start_ticks="$(cpu_ticks "$pid")"
  start_ns="$(date +%s%N)"
  n=0
  while [ "$n" -lt "$count" ]; do
    "$3" >/dev/null
    n=$((n + 1))
  done
  end_ns="$(date +%s%N)"
  end_ticks="$(cpu_ticks "$pid")"
  wall_ms=$(((end_ns - start_ns) / 1000000))
  sleep "$(awk "BEGIN {print $wall_ms / 1000}")"
  idle_end="$(cpu_ticks "$pid")"
  awk -v label="$label" -v n="$count" -v t="$tick" -v busy=$((end_ticks - start_ticks)) \
    -v idle=$((idle_end - end_ticks)) -v wall="$wall_ms" 'BEGIN {
      printf "%-44s %4d requests in %6d ms: %6.2f ms CPU each, %6.2f ms less the idle daemon\n",
        label, n, wall, busy * 1000 / t / n, (busy - idle) * 1000 / t / n }'
}

echo "CPU per scrape of /actuator/prometheus with HTTP Basic ($(nproc) cores, $(java -version 2>&1 | head -1))"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
run 0s "before: bcrypt on every request (=0s)" $(((scrapes + 3) / 4))
run 5m "after: check remembered (=5m)" "$scrapes" "floor: a static stylesheet, no login"
