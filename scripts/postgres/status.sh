#!/usr/bin/env bash
# npm run db:status — whether the project's own cluster runs, and its DATABASE_URL.
# Exit 0 when it is up and answers, 1 otherwise.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if ! cluster_running; then
  log "down"
  exit 1
fi
port=$(running_port)
if ! "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  log "running but not accepting connections on 127.0.0.1:$port (see $PG_LOG)"
  exit 1
fi
log "up on 127.0.0.1:$port (data: $DATA)"
echo "DATABASE_URL=$(database_url "$port")"
