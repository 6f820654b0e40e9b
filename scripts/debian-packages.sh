# shellcheck shell=bash
# Installs Debian packages that are missing, without letting their maintainer scripts start the
# system services they ship (postgresql's `main` cluster, nginx on port 80): while we install, a
# policy-rc.d says "no" unless the machine already has one; and the services they enable for the
# next boot are disabled again (`disable_boot_service`) by the caller. Sourced, never run.
#   install_debian_packages LOGFILE PACKAGE...   sets JUST_INSTALLED to the packages it installed
#   disable_boot_service SERVICE

install_debian_packages() {
  local logfile=$1
  shift
  local missing=() pkg
  JUST_INSTALLED=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  if ((EUID != 0)); then
    printf 'Missing Debian packages: %s. Install them (as root: apt-get install %s) and run again.\n' \
      "${missing[*]}" "${missing[*]}" >&2
    return 1
  fi
  echo "Installing ${missing[*]} from Debian (log: $logfile)"
  local own_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  local rc=0
  # apt-get update only when the package lists do not know a package yet.
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
    apt-get update >"$logfile" 2>&1 || rc=$?
  fi
  if ((rc == 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >>"$logfile" 2>&1 || rc=$?
  fi
  ((own_policy)) && rm -f /usr/sbin/policy-rc.d
  if ((rc != 0)); then
    echo "Installing ${missing[*]} failed, see $logfile" >&2
    return 1
  fi
  JUST_INSTALLED=("${missing[@]}")
}

# The package's maintainer scripts enabled its service for the next boot; the project runs its own
# instance instead, so the machine's stays off (systemd and SysV links both).
disable_boot_service() {
  deb-systemd-helper disable "$1.service" >/dev/null 2>&1 || true
  update-rc.d "$1" disable >/dev/null 2>&1 || true
  echo "Debian's $1 service is installed but disabled: the project runs its own instance."
}
