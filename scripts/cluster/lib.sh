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

log() { echo "cluster [${SECONDS}s]: $*"; }

show_log_tail() {
  local file=$1
  if [ -f "$file" ]; then
    echo "---- last 30 lines of $file ----" >&2
    tail -n 30 "$file" >&2
    echo "---- end of $file ----" >&2
  fi
}

# True while the process exists and is not a zombie (PID 1 may not reap in containers).
is_running() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

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

live_pid() {
  local name=$1 pidfile="$RUN/$1.pid" pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  is_running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE -- "$(service_program "$name")" || return 1
  echo "$pid"
}

port_in_use() {
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

wait_for_port() {
  local name=$1 port=$2 logfile=$3 timeout=${4:-60} deadline
  deadline=$((SECONDS + timeout))
  until port_in_use "$port"; do
    if ! live_pid "$name" >/dev/null; then
      echo "cluster: ERROR: $name exited during startup" >&2
      show_log_tail "$logfile"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "cluster: ERROR: $name did not listen on $HOST:$port within ${timeout}s" >&2
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

STOP_TIMEOUT=${CLUSTER_STOP_TIMEOUT:-15}

stop_service() {
  local name=$1 pid deadline
  if ! pid=$(live_pid "$name"); then
    rm -f "$RUN/$name.pid"
    return 0
  fi
  log "stopping $name (pid $pid)"
  # Each service leads its own session (spawn uses setsid): the group signal also reaches tsx's child node.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while is_running "$pid"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name did not exit within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.3
      break
    fi
    sleep 0.1
  done
  rm -f "$RUN/$name.pid"
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
