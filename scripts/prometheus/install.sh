#!/usr/bin/env bash
# Installs Debian's `prometheus` package. Idempotent. The package's own service (port 9090) is kept from
# starting: start.sh runs Prometheus itself on loopback with its own port and state.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

debian_install prometheus --stop prometheus prometheus
echo "prometheus/install: $(prometheus --version 2>&1 | head -n1)"
