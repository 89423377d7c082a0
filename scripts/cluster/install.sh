#!/usr/bin/env bash
# Installs the Debian packages for a loopback cluster: redis-server (coordination) and nginx (the load
# balancer in front of the replicas). Idempotent. start.sh owns the redis-server and nginx processes (own ports,
# own state dir): the packages must not start system services on 6379/80.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

debian_install cluster --stop "redis-server nginx" redis-server nginx
