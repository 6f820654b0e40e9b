#!/usr/bin/env bash
# npm run test:replicas — the replica tier: several dashboard server processes on one PostgreSQL.
#   1. the project's own PostgreSQL   (scripts/postgres/up.sh, database dashboard_replicas; installed
#                                      when missing; stopped afterwards if this script started it)
#   2. nginx                          (Debian's, installed when missing; the test runs its own)
#   3. tests/replicas/                (the three-replica kill test, the reverse-proxy example test)
# DATABASE_URL is always the project's own test database: the tests empty its schema, so one set
# in the environment (perhaps a real one) is never used. Each step's time is printed.
set -uo pipefail
cd "$(dirname "$0")/../.."

T0=$SECONDS
failed=()
summary=()

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "=== test:replicas — ${name} ==="
  if "$@"; then
    summary+=("$(printf '%-44s passed in %4d s' "$name" $((SECONDS - start)))")
    return 0
  fi
  summary+=("$(printf '%-44s FAILED after %4d s' "$name" $((SECONDS - start)))")
  failed+=("$name")
  return 1
}

started_db=0
finish() {
  if ((started_db)); then
    step "stop PostgreSQL (this run started it)" bash scripts/postgres/down.sh || true
  fi
  echo
  echo "=== test:replicas summary ==="
  printf '  %s\n' "${summary[@]}"
  printf '  %-44s %4d s\n' "total" $((SECONDS - T0))
  if ((${#failed[@]})); then
    echo "  failed: ${failed[*]}"
    exit 1
  fi
}

if [[ ! -d node_modules ]]; then
  echo "node_modules is missing: run npm ci first." >&2
  exit 1
fi

bash scripts/postgres/status.sh >/dev/null 2>&1 || started_db=1
db_up() {
  local out
  out=$(DB_NAME=dashboard_replicas bash scripts/postgres/up.sh) || return 1
  printf '%s\n' "$out" | grep -v '^DATABASE_URL='
  DATABASE_URL=$(printf '%s\n' "$out" | sed -n 's/^DATABASE_URL=//p')
  [[ -n $DATABASE_URL ]] && export DATABASE_URL
}
if ! step "PostgreSQL up (npm run db:up)" db_up; then
  finish
fi
if ! step "nginx installed" bash scripts/replicas/install-nginx.sh; then
  finish
fi
step "replica tests (tests/replicas/)" npx vitest run -c tests/replicas/vitest.config.ts
finish
