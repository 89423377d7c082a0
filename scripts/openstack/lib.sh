# shellcheck shell=bash disable=SC2034
# (SC2034: the variables set here are used by the scripts that source this file.)
# Shared by start.sh and stop.sh (sourced, not run).

OS_HOST=127.0.0.1
KEYSTONE_PORT=${OPENSTACK_KEYSTONE_PORT:-5000}
GLANCE_PORT=${OPENSTACK_GLANCE_PORT:-9292}
for port in "$KEYSTONE_PORT" "$GLANCE_PORT"; do
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
    echo "openstack: ERROR: invalid port '$port' (OPENSTACK_KEYSTONE_PORT / OPENSTACK_GLANCE_PORT)" >&2
    exit 1
  fi
done
KEYSTONE_URL="http://$OS_HOST:$KEYSTONE_PORT"
GLANCE_URL="http://$OS_HOST:$GLANCE_PORT"
# The distribution's interpreter: the OpenStack modules live there, not in a pyenv/venv python on PATH.
PY=/usr/bin/python3

STATE=${OPENSTACK_STATE_DIR:-$PWD/.openstack}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
RUN="$STATE/run"
LOG="$STATE/log"

log() { echo "openstack [${SECONDS}s]: $*"; }

# Prints the last lines of a log so a CI failure explains itself without shell access to the machine.
show_log_tail() {
  local file=$1
  if [ -f "$file" ]; then
    echo "---- last 40 lines of $file ----" >&2
    tail -n 40 "$file" >&2
    echo "---- end of $file ----" >&2
  fi
}

# The program each service runs as; used to tell our process from an unrelated one that reused its PID.
service_program() {
  case $1 in
    keystone) echo 'keystone_server\.py|keystone-wsgi-public' ;;
    glance) echo glance-api ;;
    *) return 1 ;;
  esac
}

# True while the process exists and has not exited. An exited child of a shell that is gone may stay a
# zombie when PID 1 does not reap (as in some containers); kill -0 alone would call it alive.
is_running() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# The PID recorded for a service, if that process is alive and still the one we started.
live_pid() {
  local name=$1 pidfile="$RUN/$1.pid" pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  is_running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE -- "$(service_program "$name")" || return 1
  echo "$pid"
}

# True when something answers HTTP on the URL (any status: Glance answers 300 on its root).
http_answers() {
  "$PY" - "$1" <<'PYEOF' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass
except Exception:
    sys.exit(1)
PYEOF
}

port_in_use() {
  "$PY" - "$OS_HOST" "$1" <<'PYEOF'
import socket, sys
s = socket.socket()
s.settimeout(1)
sys.exit(0 if s.connect_ex((sys.argv[1], int(sys.argv[2]))) == 0 else 1)
PYEOF
}

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
