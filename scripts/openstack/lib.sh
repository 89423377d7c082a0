# shellcheck shell=bash disable=SC2034
# (SC2034: the variables set here are used by the scripts that source this file.)
# Shared by start.sh and stop.sh (sourced, not run).

OS_HOST=127.0.0.1
KEYSTONE_PORT=${OPENSTACK_KEYSTONE_PORT:-5000}
GLANCE_PORT=${OPENSTACK_GLANCE_PORT:-9292}
for port in "$KEYSTONE_PORT" "$GLANCE_PORT"; do
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
    echo "openstack: ERROR: invalid port '$port' (OPENSTACK_KEYSTONE_PORT / OPENSTACK_GLANCE_PORT)" >&2
    exit 1
  fi
done
KEYSTONE_URL="http://$OS_HOST:$KEYSTONE_PORT"
GLANCE_URL="http://$OS_HOST:$GLANCE_PORT"
# The distribution's interpreter: the OpenStack modules live there, not in a pyenv/venv python on PATH.
PY=/usr/bin/python3

STATE=${OPENSTACK_STATE_DIR:-$PWD/.openstack}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
RUN="$STATE/run"
LOG="$STATE/log"

SERVICES_NAME=openstack
SERVICES_HOST=$OS_HOST
STOP_TIMEOUT=${OPENSTACK_STOP_TIMEOUT:-15}
# shellcheck source=../lib/services.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/services.sh"

# The program each service runs as; used to tell our process from an unrelated one that reused its PID.
service_program() {
  case $1 in
    keystone) echo 'keystone_server\.py|keystone-wsgi-public' ;;
    glance) echo glance-api ;;
    *) return 1 ;;
  esac
}

# True when something answers HTTP on the URL (any status: Glance answers 300 on its root).
http_answers() {
  "$PY" - "$1" <<'PYEOF' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass
except Exception:
    sys.exit(1)
PYEOF
}
