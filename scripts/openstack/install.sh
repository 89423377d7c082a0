#!/usr/bin/env bash
# Installs the Debian packages for a loopback Keystone + Glance. Idempotent: does nothing when they are present.
# start.sh must own the Keystone/Glance processes, so the packages must not start their own services on ports
# 5000/9292, configure databases or register endpoints: start.sh does that under its own state directory.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

# python3-glanceclient and python3-openstacksdk: the client integration suite (test/integration/clients.test.ts)
# runs the real `glance` CLI and openstacksdk against the simulator and real Glance.
PACKAGES=(keystone glance-api python3-openstackclient python3-glanceclient python3-openstacksdk)

SELECTIONS='keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
keystone keystone/configure_ksat boolean false
glance-common glance/configure_db boolean false
glance-common glance/configure_ksat boolean false
glance-api glance/register-endpoint boolean false
glance-api glance/configure_ksat boolean false'

debian_install openstack --debconf "$SELECTIONS" --stop "keystone glance-api apache2" "${PACKAGES[@]}"
