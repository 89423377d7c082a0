# shellcheck shell=bash
# Installing Debian packages for the project's real components (sourced by scripts/*/install.sh):
#
#   debian_install NAME [--debconf SELECTIONS] [--stop "svc ..."] PKG...
#
# Idempotent: nothing happens when every package is installed. Otherwise it must run as root. The packages'
# maintainer scripts are kept from starting system services (policy-rc.d exit 101 means "not allowed" to
# invoke-rc.d): our start scripts run the servers themselves, on their own loopback ports and state. Services
# named with --stop are stopped afterwards in case one started anyway. Waits for another installer's dpkg lock
# rather than failing (the installers may run one after the other in CI).

debian_missing() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

debian_install() {
  local name=$1 selections='' stop='' missing=()
  shift
  while [ $# -gt 0 ]; do
    case $1 in
      --debconf) selections=$2; shift 2 ;;
      --stop) stop=$2; shift 2 ;;
      *) break ;;
    esac
  done
  mapfile -t missing < <(debian_missing "$@")
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "$name/install: packages already installed ($*)"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "$name/install: must run as root to install ${missing[*]}" >&2
    return 1
  fi

  local policy=/usr/sbin/policy-rc.d policy_here=0 status=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    policy_here=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # man-db's index rebuild adds seconds to every install and nothing here reads manual pages.
  printf 'man-db man-db/auto-update boolean false\n%s\n' "$selections" | debconf-set-selections || true

  echo "$name/install: installing ${missing[*]}"
  {
    apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      echo "$name/install: [${SECONDS}s] package lists updated" &&
      apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" >/dev/null
  } || status=$?
  if [ "$policy_here" -eq 1 ]; then rm -f "$policy"; fi
  [ "$status" -eq 0 ] || return "$status"

  local svc
  for svc in $stop; do
    if [ -x "/etc/init.d/$svc" ]; then "/etc/init.d/$svc" stop >/dev/null 2>&1 || true; fi
  done
  echo "$name/install: [${SECONDS}s] done"
}
