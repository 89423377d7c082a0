#!/usr/bin/env bash
# Stops what start.sh started, by recorded PID: nginx first (no new traffic), then the replicas (each gives its
# job leases back on SIGTERM), the simulator and Redis. Leaves logs. Idempotent.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

stop_service nginx
for pidfile in "$RUN"/gateway-*.pid; do
  [ -e "$pidfile" ] || continue
  name=$(basename "$pidfile" .pid)
  stop_service "$name"
done
stop_service simulator
stop_service redis
