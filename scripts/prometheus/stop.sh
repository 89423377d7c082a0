#!/usr/bin/env bash
# Stops the Prometheus that start.sh started, by its recorded PID; keeps data and logs. Idempotent.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

if pid=$(prom_pid); then
  kill "$pid"
  for _ in $(seq 1 50); do
    prom_pid >/dev/null || break
    sleep 0.2
  done
  if prom_pid >/dev/null; then kill -9 "$pid" || true; fi
  echo "prometheus: stopped (pid $pid)"
fi
rm -f "$PROM_PIDFILE"
