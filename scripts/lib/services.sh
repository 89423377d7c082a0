# shellcheck shell=bash
# Running the project's real components as plain processes on loopback (sourced by scripts/cluster/lib.sh and
# scripts/openstack/lib.sh): each in its own session, with a PID file, told apart from an unrelated process that
# reused its PID, and stopped by that PID.
#
# The sourcing file sets, before calling these:
#   SERVICES_NAME   the prefix of log lines ("cluster", "openstack")
#   SERVICES_HOST   the address port_in_use checks (127.0.0.1)
#   RUN             the directory of the PID files
#   STOP_TIMEOUT    seconds stop_service waits for SIGTERM before SIGKILL
# and defines service_program NAME: an extended regular expression its command line must match.

log() { echo "$SERVICES_NAME [${SECONDS}s]: $*"; }

# Prints the last lines of a log so a CI failure explains itself without shell access to the machine.
show_log_tail() {
  local file=$1
  if [ -f "$file" ]; then
    echo "---- last 40 lines of $file ----" >&2
    tail -n 40 "$file" >&2
    echo "---- end of $file ----" >&2
  fi
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

# True when something accepts connections on the port.
port_in_use() {
  (exec 3<>"/dev/tcp/$SERVICES_HOST/$1") 2>/dev/null
}

# Waits until the service listens on the port; fails, with its log's tail, if it exits or takes too long.
wait_for_port() {
  local name=$1 port=$2 logfile=$3 timeout=${4:-60} deadline
  deadline=$((SECONDS + timeout))
  until port_in_use "$port"; do
    if ! live_pid "$name" >/dev/null; then
      echo "$SERVICES_NAME: ERROR: $name exited during startup" >&2
      show_log_tail "$logfile"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$SERVICES_NAME: ERROR: $name did not listen on $SERVICES_HOST:$port within ${timeout}s" >&2
      show_log_tail "$logfile"
      return 1
    fi
    sleep 0.2
  done
}

# Starts a server in its own session (it outlives this shell and a terminal's Ctrl-C) and records its PID.
spawn() {
  local name=$1 logfile=$2
  shift 2
  echo "==== $(date -u +%FT%TZ) starting: $*" >>"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

# Stops a service by its recorded PID: SIGTERM to its process group (each leads its own session, so the signal
# also reaches any child it forked, e.g. tsx's node), SIGKILL after STOP_TIMEOUT seconds. SIGTERM, not SIGINT:
# a process started in the background of a non-interactive shell inherits SIGINT as ignored.
stop_service() {
  local name=$1 pid deadline
  if ! pid=$(live_pid "$name"); then
    [ -f "$RUN/$name.pid" ] && log "$name not running; removing stale PID file"
    rm -f "$RUN/$name.pid"
    return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while is_running "$pid"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name did not exit within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
  done
  rm -f "$RUN/$name.pid"
}
