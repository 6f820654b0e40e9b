#!/usr/bin/env bash
# Stop exactly the processes up.sh started: the process group recorded in each
# run/<service>.pid (checked to be ours), SIGTERM, a short wait, then SIGKILL.
# OpenStack services first, then RabbitMQ and MariaDB, then epmd.
# Data stays unless --purge is given (then the state folder is removed).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=0
for a in "$@"; do
  case $a in
    --purge) purge=1 ;;
    *) die "usage: down.sh [--purge]" ;;
  esac
done

stop_groups() { # timeout name...
  local timeout=$1; shift
  local name pg pgs=() names=()
  for name in "$@"; do
    if pg=$(svc_pid "$name"); then
      kill -TERM -- "-$pg" 2>/dev/null
      pgs+=("$pg") names+=("$name")
    fi
    rm -f "$RUN/$name.pid"
  done
  ((${#pgs[@]})) || return 0
  log "stopping ${names[*]}"
  local end=$((SECONDS + timeout)) alive i t0
  t0=$(now)
  while :; do
    alive=0
    for pg in "${pgs[@]}"; do
      kill -0 -- "-$pg" 2>/dev/null && alive=1
    done
    ((alive)) || { log "  stopped ($(since "$t0"))"; return 0; }
    ((SECONDS < end)) || break
    sleep 0.2
  done
  for i in "${!pgs[@]}"; do
    if kill -0 -- "-${pgs[$i]}" 2>/dev/null; then
      log "${names[$i]} still running after ${timeout}s: SIGKILL"
      kill -KILL -- "-${pgs[$i]}" 2>/dev/null
    fi
  done
}

t=$(now)
# Reverse start order, in three waves.
openstack=()
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
  name=${SERVICES[$i]%%:*}
  case $name in mariadb|epmd|rabbitmq) ;; *) openstack+=("$name") ;; esac
done
stop_groups 10 "${openstack[@]}"
stop_groups 30 rabbitmq mariadb
stop_groups 5 epmd
rm -f "$RUN/seeded"
log "down ($(since "$t"))"

if ((purge)); then
  # refuse to remove anything that does not look like our state folder
  [[ -d $STATE/run && -d $STATE/etc ]] || die "$STATE does not look like a cloud state folder"
  rm -rf -- "$STATE"
  log "purged $STATE"
fi
