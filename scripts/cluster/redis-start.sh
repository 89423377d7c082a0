#!/usr/bin/env bash
# Starts only redis-server on loopback (CLUSTER_REDIS_PORT, state under CLUSTER_STATE_DIR) and writes
# $CLUSTER_STATE_DIR/redis.env (REDIS_IT_URL) for the suites that need a real Redis. Idempotent.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
start_redis
echo "export REDIS_IT_URL=$REDIS_URL_LOCAL" >"$STATE/redis.env"
