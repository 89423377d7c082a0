#!/usr/bin/env bash
# Stops the Keystone and Glance that start.sh started, by the PIDs it recorded; leaves data and logs.
# Idempotent: with nothing running it only removes stale PID files.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

# Glance first: it talks to Keystone, never the other way round.
stop_service glance
stop_service keystone
