#!/usr/bin/env bash
# npm run db:up — the project's own PostgreSQL on 127.0.0.1 for trying several replicas locally and
# for the replica tests: Debian's `postgresql` (installed when missing, its system service never
# started), a cluster of our own in <repo>/.postgres run with Debian's initdb/pg_ctl (as the
# `postgres` user when run as root), a role and a database. Idempotent. The last line printed is
#   DATABASE_URL=postgres://dashboard:<password>@127.0.0.1:55432/dashboard
# Settings: DB_PORT, DB_NAME, DB_USER (see lib.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$PG_SCRIPTS/../debian-packages.sh"

mkdir -p "$STATE"
install_debian_packages "$STATE/apt.log" postgresql || die "PostgreSQL is not installed."
[[ " ${JUST_INSTALLED[*]} " == *" postgresql "* ]] && disable_boot_service postgresql
BIN=$(pg_bin) || die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin."
if ((EUID == 0)); then
  id postgres >/dev/null 2>&1 || die "the postgres system user is missing (Debian's postgresql package makes it)."
  runuser -u postgres -- test -x "$REPO_DIR" ||
    die "the postgres user cannot reach $REPO_DIR: give its folders o+x or move the repository."
fi

if [[ ! -f $PASSWORD_FILE ]]; then
  (umask 077 && od -An -N18 -tx1 /dev/urandom | tr -d ' \n' >"$PASSWORD_FILE")
fi

if [[ ! -f $DATA/PG_VERSION ]]; then
  log "initdb $DATA ($("$BIN/postgres" --version))"
  mkdir -p "$DATA" "$SOCKETS"
  ((EUID == 0)) && chown postgres:postgres "$DATA" "$SOCKETS"
  chmod 700 "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --no-locale >"$STATE/initdb.log" 2>&1 || die "initdb failed, see $STATE/initdb.log"
  echo "include_if_exists = 'dashboard.conf'" | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
fi
((EUID == 0)) && chown postgres:postgres "$SOCKETS" "$STATE" && touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
chmod 700 "$STATE"

if cluster_running; then
  port=$(running_port)
  [[ $port == "$DB_PORT" ]] || log "already running on port $port (DB_PORT=$DB_PORT is used at the next start)"
else
  port=$DB_PORT
  port_taken "$port" && die "port $port on this machine is taken by another process: set DB_PORT to a free one."
  # Loopback only, our own socket folder (never Debian's /var/run/postgresql), room for a few replicas' pools.
  as_owner tee "$DATA/dashboard.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$SOCKETS'
max_connections = 200
CONF
  log "starting on 127.0.0.1:$port (log: $PG_LOG)"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$PG_LOG" -w -t 60 start >/dev/null || die "pg_ctl start failed, see $PG_LOG"
fi

psql_admin() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$port" -U postgres -d postgres "$@"; }
# The password goes through a psql variable (:'password'), quoted by psql itself.
psql_admin -v password="$(cat "$PASSWORD_FILE")" <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$DB_USER')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') \gexec
ALTER ROLE $DB_USER WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', '$DB_NAME', '$DB_USER')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB_NAME') \gexec
SQL
log "up: database $DB_NAME, role $DB_USER"
echo "DATABASE_URL=$(database_url "$port")"
