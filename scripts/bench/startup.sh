#!/usr/bin/env bash
# The compiled gateway's start: time from launch to the first GraphQL answer, and RSS after 2 s idle.
#   npm run build && bash scripts/bench/startup.sh        (BENCH_RUNS=3, PORT=4777 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-4777}
for _ in $(seq "${BENCH_RUNS:-3}"); do
  PORT=$port node dist/main.js >/dev/null 2>&1 &
  pid=$!
  start=$(date +%s%N)
  until curl -s -o /dev/null -X POST "127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{__typename}"}'; do
    sleep 0.01
  done
  end=$(date +%s%N)
  sleep 2
  echo "first answer $(((end - start) / 1000000)) ms, idle RSS $(($(ps -o rss= -p "$pid") / 1024)) MiB"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
