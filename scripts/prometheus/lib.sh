# shellcheck shell=bash disable=SC2034
# Shared by start.sh and stop.sh (sourced, not run).
PROM_HOST=127.0.0.1
PROM_PORT=${PROMETHEUS_PORT:-19090}
if ! [[ "$PROM_PORT" =~ ^[0-9]+$ ]] || [ "$PROM_PORT" -lt 1 ] || [ "$PROM_PORT" -gt 65535 ]; then
  echo "prometheus: ERROR: invalid port '$PROM_PORT' (PROMETHEUS_PORT)" >&2
  exit 1
fi
PROM_URL="http://$PROM_HOST:$PROM_PORT"
PROM_STATE=${PROMETHEUS_STATE_DIR:-$PWD/.prometheus}
mkdir -p "$PROM_STATE"
PROM_STATE=$(cd "$PROM_STATE" && pwd)
PROM_PIDFILE="$PROM_STATE/prometheus.pid"

# True while our Prometheus runs: the PID is alive, not a zombie, and is a prometheus binary.
prom_pid() {
  [ -f "$PROM_PIDFILE" ] || return 1
  local pid state
  pid=$(cat "$PROM_PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ] || return 1
  grep -q prometheus "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}
