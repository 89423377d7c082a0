#!/usr/bin/env bash
# Stops the redis-server that redis-start.sh (or start.sh) started, by its recorded PID. Idempotent.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
stop_service redis
