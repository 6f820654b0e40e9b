#!/usr/bin/env bash
# Start a real OpenStack (Zed, Debian 12 packages) on 127.0.0.1, all state in
# $CLOUD_STATE_DIR (default <repo>/.cloud).  Idempotent: installs only what is
# missing, skips database set-up already done, leaves running services alone.
# See scripts/cloud/README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

T0=$(now)
SVC_PASS=${CLOUD_SVC_PASS:-cloud-service}
DB="mysql+pymysql://openstack:openstack@127.0.0.1:3306"
NEUTRON=${CLOUD_NEUTRON:-1}
PKGS=(python3-keystone python3-glance python3-nova python3-cinder
      python3-placement python3-neutron python3-openstackclient
      python3-pymysql mariadb-server rabbitmq-server uwsgi-core
      uwsgi-plugin-python3 curl iproute2)
# Service packages we only take files from (paste ini, resource_filters.json)
FILE_PKGS=(glance-common nova-common cinder-common neutron-common)

mkdir -p "$RUN" "$LOGS" "$ETC"
export CLOUD_SVC_PASS=$SVC_PASS CLOUD_NEUTRON=$NEUTRON CLOUD_RUN_DIR=$RUN
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ inside scripts/cloud/py

all_up() {
  local entry name port
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    [[ $name == neutron-server && $NEUTRON != 1 ]] && continue
    svc_pid "$name" >/dev/null || return 1
    [[ $port == - ]] || port_listening "$port" || return 1
  done
  [[ -f $RUN/seeded ]]
}

if all_up; then
  log "already up (state: $STATE)"
  bash "$CLOUD_DIR/status.sh" || true
  exit 0
fi
log "state folder: $STATE"

# --- 1. packages ---------------------------------------------------------------
missing=()
for p in "${PKGS[@]}"; do
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || die "missing packages (${missing[*]}); run as root"
  log "installing ${#missing[@]} packages (${missing[*]}) ..."
  t=$(now)
  # Keep the packages' init scripts from starting system-wide MariaDB and
  # RabbitMQ on our ports: a policy-rc.d that says "no" while we install.
  own_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update >"$LOGS/apt.log" 2>&1 || die "apt-get update failed, see $LOGS/apt.log"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}" >>"$LOGS/apt.log" 2>&1 || die "apt-get install failed, see $LOGS/apt.log"
  if ((own_policy)); then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  log "packages installed ($(since "$t"))"
fi

PKGX="$STATE/pkg/x"
if [[ ! -f $PKGX/usr/share/neutron-common/api-paste.ini ]]; then
  log "extracting paste/filter files from ${FILE_PKGS[*]}"
  mkdir -p "$STATE/pkg" && rm -f "$STATE/pkg"/*.deb
  (cd "$STATE/pkg" && apt-get download "${FILE_PKGS[@]}" >"$LOGS/apt-download.log" 2>&1) ||
    die "apt-get download failed, see $LOGS/apt-download.log"
  for deb in "$STATE/pkg"/*.deb; do dpkg-deb -x "$deb" "$PKGX"; done
fi

# --- 2. configs ------------------------------------------------------------------
render() { # template -> destination
  mkdir -p "$(dirname "$2")"
  sed -e "s#@STATE@#$STATE#g" -e "s#@ETC@#$ETC#g" -e "s#@DB@#$DB#g" \
      -e "s#@SVC_PASS@#$SVC_PASS#g" "$CLOUD_DIR/templates/$1" >"$2"
}
render my.cnf "$ETC/my.cnf"
render keystone.conf "$ETC/keystone/keystone.conf"
render glance-api.conf "$ETC/glance/glance-api.conf"
render placement.conf "$ETC/placement/placement.conf"
render nova.conf "$ETC/nova/nova.conf"
render cinder.conf "$ETC/cinder/cinder.conf"
render neutron.conf "$ETC/neutron/neutron.conf"
render ml2_conf.ini "$ETC/neutron/ml2_conf.ini"
cp "$PKGX/usr/share/glance-common/glance-api-paste.ini" "$ETC/glance/"
cp "$PKGX/usr/share/nova-common/api-paste.ini" "$ETC/nova/"
cp "$PKGX/usr/share/cinder-common/api-paste.ini" "$ETC/cinder/"
cp "$PKGX/etc/cinder/resource_filters.json" "$ETC/cinder/"
cp "$PKGX/usr/share/neutron-common/api-paste.ini" "$ETC/neutron/"
mkdir -p "$STATE"/{keystone,glance/images,placement,nova/instances,cinder,neutron} \
         "$STATE"/{mysql,rabbitmq/home,rabbitmq/mnesia,rabbitmq/log}

# Extra environment for every OpenStack service
SVC_ENV=()
[[ -n ${CLOUD_CORS_ORIGIN:-} ]] && SVC_ENV+=("OS_CORS__ALLOWED_ORIGIN=$CLOUD_CORS_ORIGIN")

# --- helpers --------------------------------------------------------------------
declare -A STARTED_AT
# launch NAME [VAR=value ...] command ...: own session and process group, its
# pgid in run/NAME.pid, output in logs/NAME.log.  Skips a running service.
launch() {
  local name=$1 pg; shift
  if pg=$(svc_pid "$name"); then
    log "$name already running (pgid $pg)"
    return 0
  fi
  STARTED_AT[$name]=$(now)
  printf '\n===== %s start\n' "$(date -Is)" >>"$LOGS/$name.log"
  rm -f "$RUN/$name.pid"
  setsid bash -c 'echo $$ >"$0"; exec env "$@"' "$RUN/$name.pid" "$MARK" PYTHONDONTWRITEBYTECODE=1 \
    "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  local i
  for i in $(seq 50); do [[ -s $RUN/$name.pid ]] && break; sleep 0.1; done
  [[ -s $RUN/$name.pid ]] || die "$name did not start"
  pg=$(<"$RUN/$name.pid")
  echo "$pg $(starttime "$pg") $BOOT_ID" >"$RUN/$name.pid"
}

failed() { # name
  log "$1 FAILED; last lines of $LOGS/$1.log:"
  tail -n 25 "$LOGS/$1.log" >&2 || true
  exit 1
}

# wait_up NAME PORT http|tcp [TIMEOUT]
wait_up() {
  local name=$1 port=$2 kind=$3 timeout=${4:-180} t=${STARTED_AT[$1]:-$(now)}
  local end=$((SECONDS + timeout))
  while :; do
    if [[ $kind == http ]]; then http_answers "$port" && break
    else port_listening "$port" && break; fi
    svc_pid "$name" >/dev/null || failed "$name"
    ((SECONDS < end)) || { log "$name: no answer on $port after ${timeout}s"; failed "$name"; }
    sleep 0.3
  done
  log "$name up on 127.0.0.1:$port ($(since "$t"), at $(since "$T0"))"
}

# seed_while SEED-COMMAND SERVICE...: run a seed.py step, failing fast (with
# the service's log) if one of the services it waits for dies meanwhile.
seed_while() {
  local step=$1 name; shift
  "$PYBIN" "$PY/seed.py" "$step" &
  local sp=$!
  while kill -0 "$sp" 2>/dev/null; do
    for name in "$@"; do
      svc_pid "$name" >/dev/null || { kill "$sp" 2>/dev/null; failed "$name"; }
    done
    sleep 1
  done
  wait "$sp" || die "seed.py $step failed"
}

# A database set-up step that runs once per package version.
pkgver() { dpkg-query -W -f='${Version}' "$1"; }
done_once() { [[ -f $RUN/$1.synced && $(<"$RUN/$1.synced") == "$2" ]]; }

py() { "$PYBIN" -c "import sys; from $1 import main; sys.exit(main())" "${@:2}"; }

sqlite_wal() { "$PYBIN" -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")' "$1"; }

# Run "NAME-sync" steps in the background; collect them with join.
declare -A JOBS JOB_T
bg() {
  local name=$1; shift
  JOB_T[$name]=$(now)
  ( "$@" ) >>"$LOGS/$name-sync.log" 2>&1 &
  JOBS[$name]=$!
}
join() { # a no-op when that set-up was done before
  local name=$1
  [[ -n ${JOBS[$name]:-} ]] || return 0
  wait "${JOBS[$name]}" || { log "$name database set-up FAILED:"; tail -n 25 "$LOGS/$name-sync.log" >&2; exit 1; }
  log "$name database ready ($(since "${JOB_T[$name]}"), at $(since "$T0"))"
  unset "JOBS[$name]"
}

# --- 3. MariaDB, epmd, RabbitMQ -------------------------------------------------------
for entry in mariadb:3306 epmd:4369 rabbitmq:5672 "${SERVICES[@]:3}"; do
  name=${entry%%:*} port=${entry##*:}
  [[ $port == - ]] && continue
  [[ $name == neutron-server && $NEUTRON != 1 ]] && continue
  if ! svc_pid "$name" >/dev/null && port_listening "$port"; then
    [[ $name == epmd ]] && continue   # somebody's epmd: RabbitMQ just uses it
    die "port $port (for $name) is taken by a process we did not start"
  fi
done

if [[ ! -d $STATE/mysql/mysql ]]; then
  log "initialising MariaDB data"
  mariadb-install-db --defaults-file="$ETC/my.cnf" --skip-test-db \
    --auth-root-authentication-method=socket >"$LOGS/mariadb-install.log" 2>&1 ||
    die "mariadb-install-db failed, see $LOGS/mariadb-install.log"
fi
launch mariadb /usr/sbin/mariadbd --defaults-file="$ETC/my.cnf"

# Our own epmd in the foreground, so it is in a process group we record;
# otherwise RabbitMQ starts one that daemonizes itself out of our reach.
if ! port_listening 4369; then
  launch epmd ERL_EPMD_ADDRESS=127.0.0.1 /usr/bin/epmd -address 127.0.0.1
  wait_up epmd 4369 tcp 15
fi
printf '[].\n' >"$STATE/rabbitmq/enabled_plugins"
launch rabbitmq HOME="$STATE/rabbitmq/home" \
  RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
  RABBITMQ_NODE_PORT=5672 ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" \
  RABBITMQ_LOG_BASE="$STATE/rabbitmq/log" \
  RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/rabbitmq/enabled_plugins" \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
  /usr/lib/rabbitmq/bin/rabbitmq-server

# --- 4. Keystone, Glance and Placement databases (sqlite), meanwhile ----------------
KS_CONF="$ETC/keystone/keystone.conf"
v=$(pkgver python3-keystone)
if ! done_once keystone "$v"; then
  bg keystone eval '"$PYBIN" "$PY/keystone_setup.py" "$KS_CONF" "$STATE/keystone/keystone.sqlite" &&
    echo "$v" >"$RUN/keystone.synced"'
fi
v_glance=$(pkgver python3-glance)
if ! done_once glance "$v_glance"; then
  bg glance eval '
    py glance.cmd.manage --config-file "$ETC/glance/glance-api.conf" db_sync &&
    sqlite_wal "$STATE/glance/glance.sqlite" && echo "$v_glance" >"$RUN/glance.synced"'
fi
v_placement=$(pkgver python3-placement)
if ! done_once placement "$v_placement"; then
  bg placement eval '
    py placement.cmd.manage --config-file "$ETC/placement/placement.conf" db sync &&
    sqlite_wal "$STATE/placement/placement.sqlite" &&
    echo "$v_placement" >"$RUN/placement.synced"'
fi

# --- 5. MariaDB databases, then Nova/Cinder/Neutron schemas in the background -------
wait_up mariadb 3306 tcp 60
mariadb --defaults-file="$ETC/my.cnf" -uroot <<'SQL' || die "creating databases failed"
CREATE DATABASE IF NOT EXISTS nova_api;
CREATE DATABASE IF NOT EXISTS nova;
CREATE DATABASE IF NOT EXISTS nova_cell0;
CREATE DATABASE IF NOT EXISTS cinder;
CREATE DATABASE IF NOT EXISTS neutron;
CREATE USER IF NOT EXISTS 'openstack'@'127.0.0.1' IDENTIFIED BY 'openstack';
CREATE USER IF NOT EXISTS 'openstack'@'localhost' IDENTIFIED BY 'openstack';
GRANT ALL PRIVILEGES ON *.* TO 'openstack'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'openstack'@'localhost';
SQL

NOVA_CONF="$ETC/nova/nova.conf"
v_nova=$(pkgver python3-nova)
if ! done_once nova "$v_nova"; then
  bg nova eval '"$PYBIN" "$PY/nova_setup.py" "$NOVA_CONF" setup "$DB/nova_cell0?charset=utf8" &&
    echo "$v_nova" >"$RUN/nova.synced"'
fi
v_cinder=$(pkgver python3-cinder)
if ! done_once cinder "$v_cinder"; then
  bg cinder eval '
    py cinder.cmd.manage --config-file "$ETC/cinder/cinder.conf" db sync &&
    echo "$v_cinder" >"$RUN/cinder.synced"'
fi
NEUTRON_ARGS=(--config-file "$ETC/neutron/neutron.conf" --config-file "$ETC/neutron/ml2_conf.ini")
v_neutron=$(pkgver python3-neutron)
if [[ $NEUTRON == 1 ]] && ! done_once neutron "$v_neutron"; then
  bg neutron eval '
    py neutron.db.migration.cli "${NEUTRON_ARGS[@]}" upgrade heads &&
    echo "$v_neutron" >"$RUN/neutron.synced"'
fi

# --- 6. launch everything as soon as its database is ready ---------------------------
# Most services do not need Keystone to start, only to answer requests, so
# they start at once; nova-conductor, -scheduler and -compute log in as they
# start (Placement client), so on a cold start they wait for their users.
UWSGI=(uwsgi --plugins corerouter,http,python3 --master --processes 2 --threads 1
       --http-keepalive --http-auto-chunked --die-on-term --need-app
       --buffer-size 32768 --http-timeout 300 --disable-logging)
pycmd() { echo "import sys; from $1 import main; sys.exit(main())"; }

join keystone
launch keystone "${SVC_ENV[@]}" OS_KEYSTONE_CONFIG_FILES="$KS_CONF" \
  "${UWSGI[@]}" --http 127.0.0.1:5000 --wsgi-file "$PY/wsgi_keystone.py"
join glance
launch glance-api "${SVC_ENV[@]}" "$PYBIN" -c "$(pycmd glance.cmd.api)" \
  --config-file "$ETC/glance/glance-api.conf"
join placement
launch placement "${SVC_ENV[@]}" OS_PLACEMENT_CONFIG_DIR="$ETC/placement" \
  "${UWSGI[@]}" --http 127.0.0.1:8778 --wsgi-file "$PY/wsgi_placement.py"

# The rest talk to RabbitMQ from the start.  Started together with it they
# slow its (CPU-bound) boot down more than they gain: measured 30 s vs 37 s.
wait_up rabbitmq 5672 tcp 120
join nova
launch nova-api "${SVC_ENV[@]}" "$PYBIN" -c "$(pycmd nova.cmd.api)" --config-file "$NOVA_CONF"
launch_nova_workers() {
  local n
  for n in conductor scheduler; do
    svc_pid nova-$n >/dev/null ||
      launch nova-$n "$PYBIN" -c "$(pycmd nova.cmd.$n)" --config-file "$NOVA_CONF"
  done
  # PYTHONPATH not needed: nova_compute.py puts py/nova_virt on nova.virt.__path__
  svc_pid nova-compute >/dev/null ||
    launch nova-compute "$PYBIN" "$PY/nova_compute.py" --config-file "$NOVA_CONF"
}
# once per version of seed.py and settings: a warm restart skips ~30 requests
seed_id="$(sha256sum "$PY/seed.py" | cut -c1-16) $SVC_PASS $NEUTRON"
done_once identity "$seed_id" && launch_nova_workers   # warm: users exist

CINDER_CONF="$ETC/cinder/cinder.conf"
join cinder
launch cinder-api "${SVC_ENV[@]}" "$PYBIN" -c "$(pycmd cinder.cmd.api)" --config-file "$CINDER_CONF"
launch cinder-scheduler "$PYBIN" -c "$(pycmd cinder.cmd.scheduler)" --config-file "$CINDER_CONF"
# PYTHONPATH: our fake volume driver (py/cloud_cinder_fake.py)
launch cinder-volume PYTHONPATH="$PY" "$PYBIN" -c "$(pycmd cinder.cmd.volume)" --config-file "$CINDER_CONF"

if [[ $NEUTRON == 1 ]]; then
  join neutron
  # PYTHONPATH: our "bindall" ML2 mechanism driver and its entry point
  launch neutron-server "${SVC_ENV[@]}" PYTHONPATH="$PY" \
    "$PYBIN" -c "$(pycmd neutron.cmd.eventlet.server)" "${NEUTRON_ARGS[@]}"
fi

# --- 7. Keystone answers: users, projects, catalog; then nova-compute ------------------
wait_up keystone 5000 http
if ! done_once identity "$seed_id"; then
  t=$(now)
  "$PYBIN" "$PY/seed.py" identity || die "seeding Keystone failed"
  echo "$seed_id" >"$RUN/identity.synced"
  log "users, projects and catalog ready ($(since "$t"))"
fi
launch_nova_workers

# --- 8. every API answers -----------------------------------------------------------
wait_up glance-api 9292 http
wait_up placement 8778 http
wait_up nova-api 8774 http
wait_up cinder-api 8776 http
[[ $NEUTRON == 1 ]] && wait_up neutron-server 9696 http

# --- 9. compute host mapping, resources, readiness ------------------------------------
if [[ ! -f $RUN/nova.hosts-discovered ]]; then
  t=$(now)
  seed_while wait-compute nova-compute nova-conductor
  "$PYBIN" "$PY/nova_setup.py" "$NOVA_CONF" discover >>"$LOGS/nova-sync.log" 2>&1 ||
    die "nova_setup.py discover (cell_v2 discover_hosts) failed, see $LOGS/nova-sync.log"
  touch "$RUN/nova.hosts-discovered"
  log "compute host mapped to cell1 ($(since "$t"))"
fi
t=$(now)
"$PYBIN" "$PY/seed.py" resources || die "seeding resources failed"
log "flavors, cirros image, public-net, volume type ready ($(since "$t"))"
# "up" must come from a heartbeat newer than the pid file: after a quick
# restart, the last run's heartbeat still counts as up for 60 s.
t=$(now)
seed_while wait-ready nova-compute nova-conductor cinder-volume cinder-scheduler
touch "$RUN/seeded"
log "nova-compute and cinder-volume report up, Cinder's scheduler knows the backend ($(since "$t"))"

# --- 10. summary -----------------------------------------------------------------------
bash "$CLOUD_DIR/status.sh" || true
pgids=()
for entry in "${SERVICES[@]}"; do
  pg=$(svc_pid "${entry%%:*}") && pgids+=("$pg")
done
n=0 rss=0 pss=0
for pg in "${pgids[@]}"; do
  for p in $(group_members "$pg"); do
    read -r r s < <(awk '/^Rss:/{r=$2} /^Pss:/{s=$2} END{print r+0, s+0}' \
      "/proc/$p/smaps_rollup" 2>/dev/null || echo "0 0")
    n=$((n + 1)) rss=$((rss + r)) pss=$((pss + s))
  done
done
log "cloud up in $(since "$T0"): $n processes, RSS $(awk -v k=$rss 'BEGIN{printf "%.2f", k/1048576}') GiB, PSS $(awk -v k=$pss 'BEGIN{printf "%.2f", k/1048576}') GiB"
log "credentials: demo/demo (project demo, member), admin/admin (project admin); Keystone http://127.0.0.1:5000/v3"
