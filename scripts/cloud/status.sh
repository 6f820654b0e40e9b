#!/usr/bin/env bash
# One line per service of the local cloud: up/down, port, process group id.
# Exit 0 when every service is up, 1 otherwise.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rc=0
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry##*:}
  if [[ $name == neutron-server && ${CLOUD_NEUTRON:-1} != 1 ]]; then
    printf '%-17s %-5s %-6s %s\n' "$name" off "$port" "(CLOUD_NEUTRON=0)"
    continue
  fi
  state=down pid=-
  if pg=$(svc_pid "$name"); then
    pid=$pg state=up
    if [[ $port != - ]]; then
      case $name in
        mariadb|epmd|rabbitmq) port_listening "$port" || state="down(no port)" ;;
        *) http_answers "$port" || state="down(no HTTP)" ;;
      esac
    fi
  elif [[ $name == epmd ]] && port_listening 4369; then
    state=up pid="(not ours)"
  fi
  [[ $state == up ]] || rc=1
  printf '%-17s %-13s %-6s %s\n' "$name" "$state" "$port" "$pid"
done
exit $rc
