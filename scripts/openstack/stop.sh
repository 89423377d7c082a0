#!/usr/bin/env bash
# Stops the Keystone and Glance that start.sh started, by the PIDs it recorded; leaves data and logs.
# Idempotent: with nothing running it only removes stale PID files.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

STOP_TIMEOUT=${OPENSTACK_STOP_TIMEOUT:-15}

stop_service() {
  local name=$1 pid deadline
  if ! pid=$(live_pid "$name"); then
    [ -f "$RUN/$name.pid" ] && log "$name not running; removing stale PID file"
    rm -f "$RUN/$name.pid"
    return 0
  fi
  log "stopping $name (pid $pid)"
  # Each server leads its own session (start.sh uses setsid), so signalling the group also reaches any
  # child it forked. SIGTERM, not SIGINT: these are plain Python servers (wsgiref, eventlet), and a
  # process started in the background of a non-interactive shell inherits SIGINT as ignored.
  # (SIGINT is what a uwsgi server would need, as uwsgi treats SIGTERM as "reload"; none is used here.)
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while is_running "$pid"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name did not exit within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$RUN/$name.pid"
}

# Glance first: it talks to Keystone, never the other way round.
stop_service glance
stop_service keystone
