# shellcheck shell=bash
# Shared by up.sh, down.sh and status.sh: where things live and how a
# service we started is found again.  Sourced, never run.

CLOUD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$CLOUD_DIR/../.." && pwd)"
STATE="${CLOUD_STATE_DIR:-$REPO_DIR/.cloud}"
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd)"
RUN="$STATE/run"      # pid files (one process group per service) and markers
LOGS="$STATE/logs"
ETC="$STATE/etc"      # rendered configs
PY="$CLOUD_DIR/py"    # our drivers, launchers and the seeding script
PYBIN=/usr/bin/python3 # the system interpreter: it has the OpenStack libraries

# Every process we start carries this in its environment (handy with
# `grep -l CLOUD_STATE_MARK /proc/*/environ`).  Ownership is NOT decided by it:
# setproctitle (neutron, nova workers) wipes /proc/<pid>/environ.
MARK="CLOUD_STATE_MARK=$STATE"
BOOT_ID=$(</proc/sys/kernel/random/boot_id)

# name:port  (port "-" = no listening socket; checked by pid only).
# Start order; down.sh stops in reverse.
SERVICES=(
  mariadb:3306
  epmd:4369
  rabbitmq:5672
  keystone:5000
  glance-api:9292
  placement:8778
  nova-api:8774
  nova-conductor:-
  nova-scheduler:-
  nova-compute:-
  cinder-api:8776
  cinder-scheduler:-
  cinder-volume:-
  neutron-server:9696
)

log() { printf '[cloud] %s\n' "$*"; }
die() { printf '[cloud] ERROR: %s\n' "$*" >&2; exit 1; }

# pids of every process whose process group is $1 (bash only: works even when
# python is broken).  /proc/<pid>/stat: "pid (comm) state ppid pgrp ...";
# comm may hold spaces, so cut after the last ")".
group_members() {
  local pg=$1 f s rest
  for f in /proc/[0-9]*/stat; do
    read -r s 2>/dev/null <"$f" || continue
    rest=${s##*) }
    set -- $rest
    [[ "$3" == "$pg" ]] && { s=${f#/proc/}; echo "${s%/stat}"; }
  done
}

# start time (clock ticks since boot) of process $1, field 22 of its stat
starttime() {
  local s rest
  read -r s 2>/dev/null <"/proc/$1/stat" || return 1
  rest=${s##*) }
  set -- $rest
  echo "${20}"
}

# A pid file holds "pgid starttime boot_id" of the process group leader.
# The group is ours if its leader is alive with the same start time in the
# same boot, or if the leader is gone but members of the group remain (a
# pgid is never reused while a process is still in that group).
group_is_ours() {
  local pg=$1 st=$2 boot=$3
  [[ "$pg" =~ ^[0-9]+$ && "$boot" == "$BOOT_ID" ]] || return 1
  if [[ -e /proc/$pg ]]; then
    [[ "$(starttime "$pg")" == "$st" ]]
  else
    [[ -n "$(group_members "$pg")" ]]
  fi
}

# pgid of a running service we started, or nothing.
svc_pid() {
  local f="$RUN/$1.pid" pg st boot
  [[ -f "$f" ]] || return 1
  read -r pg st boot <"$f" || return 1
  group_is_ours "$pg" "$st" "$boot" && echo "$pg"
}

port_listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

# Any HTTP answer at all (even 401/404/300) means the service is serving.
http_answers() {
  local code
  code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$1/" 2>/dev/null)
  [[ -n "$code" && "$code" != 000 ]]
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
