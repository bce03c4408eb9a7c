#!/bin/sh
# Starts Chromium in its own user and mount namespace in which /etc/chromium is a private copy holding a managed
# policy (SIGNOFF_POLICY_ETC, prepared by managed-policy.ts). Only this browser sees the policy: the machine's
# /etc is never written, and other browsers started meanwhile are not affected (issue #18).
set -eu
exec unshare --user --map-root-user --mount sh -c '
  mount --bind "$SIGNOFF_POLICY_ETC" /etc/chromium
  exec "$SIGNOFF_CHROMIUM" "$@"
' chromium-with-policy "$@"
