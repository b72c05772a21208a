#!/usr/bin/env bash
# The project's test command: installs and starts the throwaway Dovecot and PostgreSQL that the
# integration tests need (scripts/test-services.sh), runs `mvn -B verify`, and stops them again.
# Extra arguments go to Maven, e.g. scripts/test.sh -Dit.test='org.escalationrouter.intake.*IT'
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES="$ROOT/scripts/test-services.sh"
cd "$ROOT"

# `clean` would delete target/test-services under the running servers: clean first instead.
args=()
for arg in "$@"; do
  if [[ "$arg" == clean ]]; then
    mvn -B -q clean
  else
    args+=("$arg")
  fi
done

trap 'bash "$SERVICES" stop' EXIT
bash "$SERVICES" start
eval "$(bash "$SERVICES" env)"

mvn -B verify ${args[@]+"${args[@]}"}
