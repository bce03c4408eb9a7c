#!/bin/sh
# Runs a command (the end-to-end suites) in its own user and mount namespace, where /etc and the home folder are
# read-only and the project folder and the temp folder stay writable. Any test that writes outside the project
# or the temp folder then fails on the spot, and no browser the suite starts can change the machine (issue #18).
# It needs no root: an ordinary user gets these namespaces on Debian and most Linux systems.
set -eu

project=$(cd "$(dirname "$0")/../.." && pwd)
home=${HOME:-}
tmp=${TMPDIR:-/tmp}

if ! unshare --user --map-root-user --mount true 2>/dev/null; then
  echo "run-isolated: user namespaces are not available here (unshare --user --map-root-user --mount failed), so the end-to-end suites cannot run without being able to write into /etc and the home folder; enable them (Debian: sysctl kernel.unprivileged_userns_clone=1; Ubuntu 24.04+: sysctl kernel.apparmor_restrict_unprivileged_userns=0) and run again." >&2
  exit 1
fi

exec unshare --user --map-root-user --mount sh -c '
  set -eu
  project=$1 home=$2 tmp=$3
  shift 3
  readonly_view() { mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"; }
  readonly_view /etc
  # The home folder may hold the project (a clone in ~/src) or the temp folder: those are bound back writable.
  if [ -n "$home" ] && [ -d "$home" ] && [ "$home" != / ]; then readonly_view "$home"; fi
  for writable in "$project" "$tmp"; do
    case "$writable" in "$home"/*) mount --bind "$writable" "$writable" && mount -o remount,bind,rw "$writable" ;; esac
  done
  export SIGNOFF_ISOLATED=1
  # Inside the namespace every user is uid 0, so tools that name their temp folders by uid
  # (/tmp/playwright-transform-cache-0) would meet the folders root made: temp files go into the project instead.
  export TMPDIR="$project/.tmp/tmp"
  mkdir -p "$TMPDIR"
  exec "$@"
' run-isolated "$project" "$home" "$tmp" "$@"
