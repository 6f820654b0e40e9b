#!/usr/bin/env bash
# npm run test:cloud — the integration tier against a real OpenStack on loopback:
#   1. npm run cloud:up            (idempotent; installs and seeds on a fresh machine, as root)
#   2. the contract suite          (the same scenarios through the typed client against the mock
#                                   cloud and the real one, the policy API against the policy
#                                   server it starts; fails on any difference)
#   3. the real-cloud e2e          (Chromium through the gateway; Debian's chromium, never a download)
#   4. snapshot policies           (the server's scheduler, every minute for ~4 min, a restart
#                                   between runs; resources named pol-*)
# Each step's time is printed. The cloud is left running unless CLOUD_STOP_AFTER=1.
# Exit status: non-zero if any step failed (steps 2 to 4 all run once the cloud is up).
# OS_AUTH_URL overrides the cloud (default http://127.0.0.1:5000/v3, the local one).
set -uo pipefail
cd "$(dirname "$0")/../.."

export OS_AUTH_URL=${OS_AUTH_URL:-http://127.0.0.1:5000/v3}
T0=$SECONDS
failed=()
summary=()

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "=== test:cloud — ${name} ==="
  if "$@"; then
    summary+=("$(printf '%-44s passed in %4d s' "$name" $((SECONDS - start)))")
    return 0
  fi
  summary+=("$(printf '%-44s FAILED after %4d s' "$name" $((SECONDS - start)))")
  failed+=("$name")
  return 1
}

finish() {
  if [[ ${CLOUD_STOP_AFTER:-0} == 1 ]]; then
    step "stop the cloud (CLOUD_STOP_AFTER=1)" bash scripts/cloud/down.sh || true
  fi
  echo
  echo "=== test:cloud summary ==="
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

if ! step "cloud up (npm run cloud:up)" bash scripts/cloud/up.sh; then
  finish
fi
step "contract suite: mock cloud vs real cloud" npx vitest run -c tests/cloud/vitest.config.ts
step "e2e in Chromium through the gateway" bash -c \
  'node scripts/ensure-chromium.mjs && npx playwright test -c tests/cloud/e2e/playwright.config.ts'
step "snapshot policies: scheduler on the real cloud" npx vitest run -c tests/cloud/policies/vitest.config.ts
finish
