#!/usr/bin/env bash
# Starts Prometheus on loopback under its own state directory, scraping the gateways listed in
# $PROMETHEUS_STATE_DIR/targets/*.json (file-based discovery, so a test can add a gateway on any port), every
# second. Writes $PROMETHEUS_STATE_DIR/env (PROMETHEUS_URL, PROMETHEUS_TARGETS_DIR). Idempotent.
#
#   PROMETHEUS_STATE_DIR  (default $PWD/.prometheus)
#   PROMETHEUS_PORT       (default 19090)
#   GATEWAY_METRICS_TARGET  optional host:port of a gateway to scrape from the start (e.g. 127.0.0.1:4000)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

command -v prometheus >/dev/null || { echo "prometheus: ERROR: prometheus not found; run scripts/prometheus/install.sh first" >&2; exit 1; }
TARGETS="$PROM_STATE/targets"
mkdir -p "$TARGETS" "$PROM_STATE/data"
if [ -n "${GATEWAY_METRICS_TARGET:-}" ]; then
  printf '[{"targets":["%s"],"labels":{"gateway":"default"}}]\n' "$GATEWAY_METRICS_TARGET" >"$TARGETS/default.json"
fi

cat >"$PROM_STATE/prometheus.yml" <<YML
global:
  scrape_interval: 1s
  evaluation_interval: 5s
scrape_configs:
  - job_name: ims-glance-gateway
    metrics_path: /metrics
    # With METRICS_TOKEN set on the gateway, add:  authorization: { credentials_file: /path/to/token }
    file_sd_configs:
      - files: ['$TARGETS/*.json']
        refresh_interval: 1s
YML

write_env() {
  printf 'export PROMETHEUS_URL=%s\nexport PROMETHEUS_TARGETS_DIR=%s\n' "$PROM_URL" "$TARGETS" >"$PROM_STATE/env"
}

if pid=$(prom_pid); then
  # Already ours: reload the configuration we just wrote.
  kill -HUP "$pid"
  write_env
  echo "prometheus: already running (pid $pid) at $PROM_URL"
  exit 0
fi

nohup prometheus \
  --config.file="$PROM_STATE/prometheus.yml" \
  --storage.tsdb.path="$PROM_STATE/data" \
  --storage.tsdb.retention.time=1d \
  --web.listen-address="$PROM_HOST:$PROM_PORT" \
  >"$PROM_STATE/prometheus.log" 2>&1 </dev/null &
echo $! >"$PROM_PIDFILE"

for _ in $(seq 1 120); do
  if curl -fsS "$PROM_URL/-/ready" >/dev/null 2>&1; then
    write_env
    echo "prometheus: ready at $PROM_URL (pid $(cat "$PROM_PIDFILE")), targets in $TARGETS"
    exit 0
  fi
  if ! prom_pid >/dev/null; then break; fi
  sleep 0.5
done
echo "prometheus: ERROR: not ready; last lines of $PROM_STATE/prometheus.log:" >&2
tail -n 30 "$PROM_STATE/prometheus.log" >&2 || true
if pid=$(prom_pid); then kill "$pid" || true; fi
rm -f "$PROM_PIDFILE"
exit 1
