#!/usr/bin/env bash
# Installs Debian's nginx when missing, for the reverse-proxy example's test. Its system service is
# never started (see ../debian-packages.sh): the test runs nginx with its own prefix and config.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../debian-packages.sh"
mkdir -p /tmp/dashboard-replicas
install_debian_packages /tmp/dashboard-replicas/apt-nginx.log nginx
[[ " ${JUST_INSTALLED[*]} " == *" nginx "* ]] && disable_boot_service nginx
exit 0
