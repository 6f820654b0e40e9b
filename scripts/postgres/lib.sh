# shellcheck shell=bash
# Shared by up.sh, down.sh and status.sh: where the project's own PostgreSQL cluster lives and how
# to reach it. Sourced, never run. Settings (environment):
#   DB_PORT  the port on 127.0.0.1 (default 55432)
#   DB_NAME  the database up.sh makes and prints the URL of (default dashboard)
#   DB_USER  its owner role (default dashboard); the password is made once, kept in .postgres/password

PG_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$PG_SCRIPTS/../.." && pwd)"
STATE="$REPO_DIR/.postgres"
DATA="$STATE/data"
SOCKETS="$STATE/run"
PG_LOG="$STATE/postgres.log"
PASSWORD_FILE="$STATE/password"
DB_PORT=${DB_PORT:-55432}
DB_NAME=${DB_NAME:-dashboard}
DB_USER=${DB_USER:-dashboard}

log() { printf '[db] %s\n' "$*"; }
die() { printf '[db] ERROR: %s\n' "$*" >&2; exit 1; }

for name in "$DB_NAME" "$DB_USER"; do
  [[ $name =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "\"$name\" is not a plain lower-case SQL name (DB_NAME, DB_USER)."
done
[[ $DB_PORT =~ ^[0-9]+$ ]] && ((DB_PORT > 0 && DB_PORT < 65536)) || die "DB_PORT \"$DB_PORT\" is not a port number."

# The newest PostgreSQL Debian installed (/usr/lib/postgresql/<version>/bin), or nothing.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $dir && -x $dir/pg_ctl ]] && echo "$dir"
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user.
as_owner() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

# Exit status 0 when our cluster (the one in $DATA, nothing else) is running.
cluster_running() {
  local bin
  bin=$(pg_bin) || return 1
  [[ -f $DATA/PG_VERSION ]] || return 1
  as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

# The port our running cluster listens on (line 4 of postmaster.pid).
running_port() { sed -n 4p "$DATA/postmaster.pid" 2>/dev/null; }

port_taken() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

database_url() {
  printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$DB_USER" "$(cat "$PASSWORD_FILE")" "$1" "$DB_NAME"
}
