#!/usr/bin/env bash
# Installs the Debian packages for a loopback cluster: redis-server (coordination) and nginx (the load
# balancer in front of the replicas). Idempotent: does nothing when they are present.
set -euo pipefail

PACKAGES=(redis-server nginx)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "cluster/install: packages already installed (${PACKAGES[*]})"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "cluster/install: must run as root to install ${missing[*]}" >&2
  exit 1
fi

# start.sh owns the redis-server and nginx processes (own ports, own state dir): the packages' maintainer
# scripts must not start system services on 6379/80. policy-rc.d exit 101 tells invoke-rc.d "not allowed".
POLICY=/usr/sbin/policy-rc.d
policy_installed_here=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  policy_installed_here=1
fi
cleanup() {
  if [ "$policy_installed_here" -eq 1 ]; then rm -f "$POLICY"; fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
debconf-set-selections <<'SEL' || true
man-db man-db/auto-update boolean false
SEL

echo "cluster/install: installing ${missing[*]}"
# Another installer (scripts/openstack/install.sh) may hold the dpkg lock: wait for it rather than fail.
apt_get() { apt-get -o DPkg::Lock::Timeout=300 "$@"; }
apt_get update -qq
apt_get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  "${PACKAGES[@]}" >/dev/null

# Belt and braces: if a service started anyway, stop it so the system ports are free.
for svc in redis-server nginx; do
  if [ -x "/etc/init.d/$svc" ]; then "/etc/init.d/$svc" stop >/dev/null 2>&1 || true; fi
done
echo "cluster/install: [${SECONDS}s] done"
