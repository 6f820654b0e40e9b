#!/usr/bin/env bash
# npm run db:down — stops the project's own cluster (pg_ctl -D <repo>/.postgres/data), nothing else:
# never a system cluster. Its data stays; `rm -rf .postgres` after this forgets it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if ! cluster_running; then
  log "down (not running)"
  exit 0
fi
as_owner "$(pg_bin)/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null || die "pg_ctl stop failed, see $PG_LOG"
log "stopped"
