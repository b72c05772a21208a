#!/usr/bin/env bash
# Throwaway Dovecot (IMAP/POP3) and PostgreSQL for the integration tests.
# Usage: scripts/test-services.sh start|stop|restart-dovecot|env
# Why throwaway processes and these ports: docs/adr/0001-test-services.md
set -euo pipefail

SCRIPT_PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
REPO_ROOT="$(cd "$(dirname "$SCRIPT_PATH")/.." && pwd)"
SERVICES_DIR="$REPO_ROOT/target/test-services"

readonly HOST=127.0.0.1 IMAP_PORT=10143 POP3_PORT=10110 PG_PORT=15432
# A second Dovecot that takes OAuth2 tokens (XOAUTH2, OAUTHBEARER) only, on the same maildirs: it
# asks the token introspection endpoint that the test serves, and its submission service relays
# to the SMTP server the test runs (see docs/adr/0010-oauth2-mail.md).
readonly OAUTH_IMAP_PORT=10144 OAUTH_POP3_PORT=10111 OAUTH_SUBMISSION_PORT=10587
readonly OAUTH_INTROSPECTION_PORT=10180 OAUTH_RELAY_PORT=10026
readonly PG_ROLE=escalation PG_PASSWORD=escalation
readonly PG_DATABASES=(escalation escalation_sla)
# Test mailboxes; each password is the user name (a throwaway server on loopback).
readonly MAIL_USERS=(support support2 ceo deputy oauth)
readonly PACKAGES=(dovecot-imapd dovecot-pop3d dovecot-submissiond postgresql
  tesseract-ocr tesseract-ocr-pol tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa
  chromium chromium-driver)

log() { echo "test-services: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}
is_root() { [[ $EUID -eq 0 ]]; }

# ---------------------------------------------------------------- packages

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
      echo "$p"
    fi
  done
}

install_missing() {
  command -v dpkg-query >/dev/null || die "no dpkg-query: this script installs its servers from Debian packages"
  local missing
  mapfile -t missing < <(missing_packages)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  is_root || die "missing Debian packages: ${missing[*]}
  install them as root:  apt-get install -y ${missing[*]}
  (or run scripts/test.sh as root, which installs them)"
  local apt_log
  apt_log="$(mktemp -t escalation-apt.XXXXXX.log)"
  log "installing ${missing[*]} (log: $apt_log)"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } \
    </dev/null >"$apt_log" 2>&1; then
    tail -n 40 "$apt_log" >&2
    die "apt-get failed; see $apt_log"
  fi
  rm -f "$apt_log"
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$dir/initdb" ]] || die "initdb not found under /usr/lib/postgresql/*/bin (is postgresql installed?)"
  echo "$dir"
}

# ---------------------------------------------------------------- users and paths

# As root the servers run as unprivileged users; otherwise as the caller.
mail_user() { if is_root; then echo nobody; else id -un; fi; }
pg_user() { if is_root; then echo postgres; else id -un; fi; }
as_user() {
  local user=$1
  shift
  # from / so a service user need not enter the caller's working directory
  if [[ "$user" == "$(id -un)" ]]; then "$@"; else (cd / && runuser -u "$user" -- "$@"); fi
}

can_reach() { as_user "$1" test -x "$2" 2>/dev/null; }

# target/test-services, or, when the checkout sits somewhere the service users
# cannot enter (a 0700 home, say), a folder in /var/tmp that target/ links to.
prepare_services_dir() {
  if [[ -d "$SERVICES_DIR" ]]; then return 0; fi
  mkdir -p "$SERVICES_DIR"
  chmod 0755 "$SERVICES_DIR"
  local user
  for user in "$(mail_user)" "$(pg_user)"; do
    if ! can_reach "$user" "$SERVICES_DIR"; then
      local outside
      outside="/var/tmp/escalation-router-test-services.$(printf '%s' "$REPO_ROOT" | md5sum | cut -c1-12)"
      log "user $user cannot enter $REPO_ROOT; keeping the service files in $outside"
      rmdir "$SERVICES_DIR"
      mkdir -p "$outside"
      chmod 0755 "$outside"
      ln -sfn "$outside" "$SERVICES_DIR"
      return 0
    fi
  done
}

# Dovecot greets only once its auth process is ready, so wait for "+OK"/"* OK".
wait_for_greeting() {
  local name=$1 port=$2 i line
  for i in $(seq 1 100); do
    if line="$(timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$port && head -n 1 <&3" 2>/dev/null)" &&
      [[ "$line" == "* OK"* || "$line" == "+OK"* || "$line" == "220 "* ]]; then
      return 0
    fi
    sleep 0.1
  done
  die "$name did not answer on $HOST:$port within 10 s; see the dovecot.log files under $SERVICES_DIR"
}

port_is_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# ---------------------------------------------------------------- dovecot

DOVECOT_DIR="$SERVICES_DIR/dovecot"
DOVECOT_CONF="$DOVECOT_DIR/dovecot.conf"

write_dovecot_config() {
  local muser mgroup
  muser="$(mail_user)"
  mgroup="$(id -gn "$muser")"
  mkdir -p "$DOVECOT_DIR/run" "$DOVECOT_DIR/state" "$SERVICES_DIR/mail"
  chown "$muser:$mgroup" "$SERVICES_DIR/mail"
  local u
  for u in "${MAIL_USERS[@]}"; do echo "$u:{PLAIN}$u::::::"; done >"$DOVECOT_DIR/users"
  chmod 0644 "$DOVECOT_DIR/users"
  {
    cat <<EOF
# Generated by scripts/test-services.sh; throwaway test server, not the system one.
instance_name = escalation-test
base_dir = $DOVECOT_DIR/run
state_dir = $DOVECOT_DIR/state
log_path = $DOVECOT_DIR/dovecot.log
protocols = imap pop3
listen = $HOST
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
EOF
    mail_store_config "$muser" "$mgroup"
    cat <<EOF

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DOVECOT_DIR/users
}
userdb {
  driver = static
  args = uid=$muser gid=$mgroup home=$SERVICES_DIR/mail/%u
}

service imap-login {
  inet_listener imap {
    address = $HOST
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    address = $HOST
    port = $POP3_PORT
  }
  inet_listener pop3s {
    port = 0
  }
}
EOF
    service_users_config "$muser" "$mgroup" imap-login pop3-login
  } >"$DOVECOT_CONF"
}

# The maildirs both test Dovecots serve, and how failed logins are answered.
mail_store_config() {
  cat <<EOF
mail_location = maildir:$SERVICES_DIR/mail/%u
mail_uid = $muser
mail_gid = $mgroup
first_valid_uid = 1
first_valid_gid = 1
pop3_uidl_format = %08Xu%08Xv
# Tests log in with wrong passwords on purpose: answer at once, and keep no per-IP penalty
# (anvil-auth-penalty below) that would slow down the next test's logins.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
}

# The users Dovecot's processes run as; $3… are the login services to keep out of a chroot.
service_users_config() {
  local muser=$1 mgroup=$2 service
  shift 2
  if is_root; then
    # dovenull and dovecot come with the dovecot-core package.
    cat <<EOF
default_login_user = dovenull
default_internal_user = dovecot
EOF
    return 0
  fi
  # Rootless: one user for everything, and no chroot (that needs root).
  cat <<EOF
default_login_user = $muser
default_internal_user = $muser
default_internal_group = $mgroup
EOF
  for service in anvil "$@"; do
    printf 'service %s {\n  chroot =\n}\n' "$service"
  done
}

dovecot_pid() {
  local pidfile="${1:-$DOVECOT_DIR}/run/master.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  # a stale pid file may name a pid that some other program has by now
  grep -qs dovecot "/proc/$pid/cmdline" || return 1
  echo "$pid"
}

# start_dovecot fresh|keep: a fresh start empties every mailbox; a restart keeps the mail.
start_dovecot() {
  if dovecot_pid >/dev/null; then
    log "dovecot already running"
    return 0
  fi
  port_is_open "$IMAP_PORT" && die "port $IMAP_PORT is taken by another process: $(ss -ltnp "sport = :$IMAP_PORT" 2>/dev/null | tail -n +2)"
  if [[ "$1" == fresh ]]; then rm -rf "$SERVICES_DIR/mail"; fi
  write_dovecot_config
  # The daemon must not keep our caller's stdout open (a test reading it would wait forever).
  /usr/sbin/dovecot -c "$DOVECOT_CONF" </dev/null >"$DOVECOT_DIR/startup.log" 2>&1 ||
    die "dovecot failed to start; see $DOVECOT_DIR/startup.log and $DOVECOT_DIR/dovecot.log"
  wait_for_greeting "dovecot IMAP" "$IMAP_PORT"
  wait_for_greeting "dovecot POP3" "$POP3_PORT"
  log "dovecot listening on $HOST:$IMAP_PORT (IMAP) and $HOST:$POP3_PORT (POP3)"
}

stop_dovecot() {
  local dir=${1:-$DOVECOT_DIR} imap=${2:-$IMAP_PORT} pop3=${3:-$POP3_PORT} pid i
  pid="$(dovecot_pid "$dir")" || return 0
  kill "$pid"
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && die "dovecot ($pid) did not stop"
  # the listeners close with the master, but wait so a restart can bind again
  for i in $(seq 1 50); do
    port_is_open "$imap" || port_is_open "$pop3" || break
    sleep 0.1
  done
  log "dovecot stopped ($dir)"
}

OAUTH_DIR="$SERVICES_DIR/dovecot-oauth2"

write_oauth_dovecot_config() {
  local muser mgroup
  muser="$(mail_user)"
  mgroup="$(id -gn "$muser")"
  mkdir -p "$OAUTH_DIR/run" "$OAUTH_DIR/state"
  cat >"$OAUTH_DIR/oauth2.conf.ext" <<EOF
# RFC 7662 introspection, served by the integration test itself (AuthorizationServer)
introspection_url = http://$HOST:$OAUTH_INTROSPECTION_PORT/introspect
introspection_mode = post
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
EOF
  chmod 0644 "$OAUTH_DIR/oauth2.conf.ext"
  {
    cat <<EOF
# Generated by scripts/test-services.sh; throwaway OAuth2-only test server on the same maildirs.
instance_name = escalation-test-oauth2
base_dir = $OAUTH_DIR/run
state_dir = $OAUTH_DIR/state
log_path = $OAUTH_DIR/dovecot.log
protocols = imap pop3 submission
listen = $HOST
ssl = no
disable_plaintext_auth = no
auth_mechanisms = xoauth2 oauthbearer
EOF
    mail_store_config "$muser" "$mgroup"
    cat <<EOF
hostname = localhost
submission_relay_host = $HOST
submission_relay_port = $OAUTH_RELAY_PORT
submission_relay_ssl = no

passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $OAUTH_DIR/oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=$muser gid=$mgroup home=$SERVICES_DIR/mail/%u
}

service imap-login {
  inet_listener imap {
    address = $HOST
    port = $OAUTH_IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    address = $HOST
    port = $OAUTH_POP3_PORT
  }
  inet_listener pop3s {
    port = 0
  }
}
service submission-login {
  inet_listener submission {
    address = $HOST
    port = $OAUTH_SUBMISSION_PORT
  }
}
EOF
    service_users_config "$muser" "$mgroup" imap-login pop3-login submission-login
  } >"$OAUTH_DIR/dovecot.conf"
}

start_oauth_dovecot() {
  if dovecot_pid "$OAUTH_DIR" >/dev/null; then
    log "oauth2 dovecot already running"
    return 0
  fi
  port_is_open "$OAUTH_IMAP_PORT" && die "port $OAUTH_IMAP_PORT is taken by another process"
  write_oauth_dovecot_config
  /usr/sbin/dovecot -c "$OAUTH_DIR/dovecot.conf" </dev/null >"$OAUTH_DIR/startup.log" 2>&1 ||
    die "oauth2 dovecot failed to start; see $OAUTH_DIR/startup.log and $OAUTH_DIR/dovecot.log"
  wait_for_greeting "oauth2 dovecot IMAP" "$OAUTH_IMAP_PORT"
  wait_for_greeting "oauth2 dovecot POP3" "$OAUTH_POP3_PORT"
  wait_for_greeting "oauth2 dovecot submission" "$OAUTH_SUBMISSION_PORT"
  log "oauth2 dovecot on $HOST:$OAUTH_IMAP_PORT (IMAP), $OAUTH_POP3_PORT (POP3)," \
    "$OAUTH_SUBMISSION_PORT (submission); introspection expected on $OAUTH_INTROSPECTION_PORT"
}

# ---------------------------------------------------------------- postgresql

PG_DIR="$SERVICES_DIR/pg"
PG_DATA="$PG_DIR/data"
PG_SOCKETS="$PG_DIR/sockets"

pg_running() { [[ -f "$PG_DATA/postmaster.pid" ]] && as_user "$(pg_user)" "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

psql_admin() { as_user "$(pg_user)" "$(pg_bin)/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

start_postgres() {
  if pg_running; then
    log "postgresql already running"
    return 0
  fi
  port_is_open "$PG_PORT" && die "port $PG_PORT is taken by another process: $(ss -ltnp "sport = :$PG_PORT" 2>/dev/null | tail -n +2)"
  local user bin
  user="$(pg_user)"
  bin="$(pg_bin)"
  # a new cluster each start: no schema left over from an earlier branch or run
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  chown "$user:" "$PG_DIR"
  as_user "$user" mkdir -p "$PG_SOCKETS"
  as_user "$user" "$bin/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 ||
    die "initdb failed; see $PG_DIR/initdb.log"
  as_user "$user" "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/postgresql.log" -w -t 30 \
    -o "-c listen_addresses=$HOST -c port=$PG_PORT -c unix_socket_directories=$PG_SOCKETS -c fsync=off" \
    start </dev/null >/dev/null 2>&1 || die "postgresql failed to start; see $PG_DIR/postgresql.log"
  psql_admin -c "create role $PG_ROLE login password '$PG_PASSWORD'"
  local db
  for db in "${PG_DATABASES[@]}"; do
    psql_admin -c "create database $db owner $PG_ROLE"
  done
  log "postgresql listening on $HOST:$PG_PORT (databases ${PG_DATABASES[*]})"
}

stop_postgres() {
  pg_running || return 0
  as_user "$(pg_user)" "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  log "postgresql stopped"
}

# ---------------------------------------------------------------- commands

print_env() {
  cat <<EOF
export ESCALATION_IT_IMAP_HOST=$HOST
export ESCALATION_IT_IMAP_PORT=$IMAP_PORT
export ESCALATION_IT_POP3_PORT=$POP3_PORT
export ESCALATION_IT_PG_URL=jdbc:postgresql://$HOST:$PG_PORT/${PG_DATABASES[0]}
export ESCALATION_IT_PG_SLA_URL=jdbc:postgresql://$HOST:$PG_PORT/${PG_DATABASES[1]}
export ESCALATION_IT_PG_USER=$PG_ROLE
export ESCALATION_IT_PG_PASSWORD=$PG_PASSWORD
export ESCALATION_IT_OAUTH_IMAP_PORT=$OAUTH_IMAP_PORT
export ESCALATION_IT_OAUTH_POP3_PORT=$OAUTH_POP3_PORT
export ESCALATION_IT_OAUTH_SUBMISSION_PORT=$OAUTH_SUBMISSION_PORT
export ESCALATION_IT_OAUTH_INTROSPECTION_PORT=$OAUTH_INTROSPECTION_PORT
export ESCALATION_IT_OAUTH_RELAY_PORT=$OAUTH_RELAY_PORT
export ESCALATION_IT_SERVICES_SCRIPT=$(printf '%q' "$SCRIPT_PATH")
EOF
}

case "${1:-}" in
  start)
    install_missing
    prepare_services_dir
    start_dovecot fresh
    start_oauth_dovecot
    start_postgres
    ;;
  stop)
    stop_dovecot
    stop_dovecot "$OAUTH_DIR" "$OAUTH_IMAP_PORT" "$OAUTH_POP3_PORT"
    stop_postgres
    ;;
  restart-dovecot)
    prepare_services_dir
    stop_dovecot
    start_dovecot keep
    ;;
  env)
    print_env
    ;;
  *)
    echo "usage: $0 start|stop|restart-dovecot|env" >&2
    exit 2
    ;;
esac
