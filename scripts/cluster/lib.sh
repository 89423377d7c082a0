# shellcheck shell=bash disable=SC2034
# Shared by the scripts/cluster scripts (sourced, not run): ports, state directory, PID handling.
#
#   CLUSTER_STATE_DIR    (default $PWD/.cluster)  PID files, logs, generated configs, env file
#   CLUSTER_REDIS_PORT   (default 16379)          redis-server
#   CLUSTER_SIM_PORT     (default 14010)          the one simulator every replica shares
#   CLUSTER_NGINX_PORT   (default 14000)          the load balancer clients use
#   CLUSTER_BASE_PORT    (default 14001)          replica i listens on CLUSTER_BASE_PORT + i - 1
#   CLUSTER_REPLICAS     (default 3)

HOST=127.0.0.1
REDIS_PORT=${CLUSTER_REDIS_PORT:-16379}
SIM_PORT=${CLUSTER_SIM_PORT:-14010}
NGINX_PORT=${CLUSTER_NGINX_PORT:-14000}
BASE_PORT=${CLUSTER_BASE_PORT:-14001}
REPLICAS=${CLUSTER_REPLICAS:-3}
for value in "$REDIS_PORT" "$SIM_PORT" "$NGINX_PORT" "$BASE_PORT" "$REPLICAS"; do
  if ! [[ "$value" =~ ^[0-9]+$ ]] || [ "$value" -lt 1 ] || [ "$value" -gt 65535 ]; then
    echo "cluster: ERROR: invalid number '$value' (CLUSTER_*_PORT / CLUSTER_REPLICAS)" >&2
    exit 1
  fi
done

STATE=${CLUSTER_STATE_DIR:-$PWD/.cluster}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
RUN="$STATE/run"
LOG="$STATE/log"
mkdir -p "$RUN" "$LOG"

SERVICES_NAME=cluster
SERVICES_HOST=$HOST
STOP_TIMEOUT=${CLUSTER_STOP_TIMEOUT:-15}
# shellcheck source=../lib/services.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/services.sh"

# What each service runs as: tells our process from an unrelated one that reused its PID.
service_program() {
  case $1 in
    redis) echo 'redis-server' ;;
    nginx) echo 'nginx' ;;
    simulator) echo 'simulator/main\.ts' ;;
    gateway-*) echo 'src/main\.ts' ;;
    *) return 1 ;;
  esac
}

REDIS_URL_LOCAL="redis://$HOST:$REDIS_PORT"

start_redis() {
  local pid
  if pid=$(live_pid redis); then
    log "redis already running (pid $pid) on $REDIS_URL_LOCAL"
    return 0
  fi
  command -v redis-server >/dev/null || { echo "cluster: ERROR: redis-server not found; run scripts/cluster/install.sh" >&2; return 1; }
  if port_in_use "$REDIS_PORT"; then
    echo "cluster: ERROR: port $REDIS_PORT is taken by a process not started from $STATE; set CLUSTER_REDIS_PORT" >&2
    return 1
  fi
  mkdir -p "$STATE/redis"
  # No persistence: coordination state (leases, latest job states) is worth nothing after a restart, and
  # a restart that forgets everything is the case the gateway must survive anyway.
  spawn redis "$LOG/redis.log" redis-server --bind "$HOST" --port "$REDIS_PORT" --dir "$STATE/redis" \
    --save '' --appendonly no --daemonize no --protected-mode yes
  wait_for_port redis "$REDIS_PORT" "$LOG/redis.log" 30 || return 1
  log "redis: $REDIS_URL_LOCAL (pid $(cat "$RUN/redis.pid"))"
}
