#!/usr/bin/env bash
# Installs Debian's `prometheus` package. Idempotent. The package's own service (port 9090) is kept from
# starting: start.sh runs Prometheus itself on loopback with its own port and state.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1; then
  echo "prometheus/install: already installed ($(prometheus --version 2>&1 | head -n1))"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "prometheus/install: must run as root to install the prometheus package" >&2
  exit 1
fi

POLICY=/usr/sbin/policy-rc.d
policy_installed_here=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  policy_installed_here=1
fi
trap '[ "$policy_installed_here" -eq 1 ] && rm -f "$POLICY"' EXIT

export DEBIAN_FRONTEND=noninteractive
install() { apt-get install -y --no-install-recommends prometheus >/dev/null; }
install || { apt-get update >/dev/null && install; }
echo "prometheus/install: $(prometheus --version 2>&1 | head -n1)"
