#!/usr/bin/env bash
# Installs the Debian packages for a loopback Keystone + Glance. Idempotent: does nothing when they are present.
set -euo pipefail

# python3-glanceclient and python3-openstacksdk: the client integration suite (test/integration/clients.test.ts)
# runs the real `glance` CLI and openstacksdk against the simulator and real Glance.
PACKAGES=(keystone glance-api python3-openstackclient python3-glanceclient python3-openstacksdk)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "openstack/install: packages already installed (${PACKAGES[*]})"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "openstack/install: must run as root to install ${missing[*]}" >&2
  exit 1
fi

# start.sh must own the Keystone/Glance processes, so the packages' maintainer scripts must not start
# their own services on ports 5000/9292. policy-rc.d exit 101 tells invoke-rc.d "not allowed".
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
# man-db's index rebuild adds seconds to every install and nothing here reads manual pages.
# Keep the maintainer scripts from configuring databases or registering endpoints on their own;
# start.sh does that under its own state directory.
debconf-set-selections <<'SEL' || true
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
keystone keystone/configure_ksat boolean false
glance-common glance/configure_db boolean false
glance-common glance/configure_ksat boolean false
glance-api glance/register-endpoint boolean false
glance-api glance/configure_ksat boolean false
man-db man-db/auto-update boolean false
SEL

echo "openstack/install: installing ${missing[*]}"
apt-get update -qq
echo "openstack/install: [${SECONDS}s] package lists updated"
apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  "${PACKAGES[@]}" >/dev/null

# Belt and braces: if a service started anyway (no policy-rc.d honoured), stop it so the ports are free.
for svc in keystone glance-api apache2; do
  if [ -x "/etc/init.d/$svc" ]; then "/etc/init.d/$svc" stop >/dev/null 2>&1 || true; fi
done
echo "openstack/install: [${SECONDS}s] done"
