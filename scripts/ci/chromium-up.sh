#!/usr/bin/env bash
# Make Debian's headless-capable Chromium available for the report rendering test
# (ReportRenderingTest, which runs when NEGSIM_CHROMIUM=1).
#
# Usage: scripts/ci/chromium-up.sh        (as root, or as a user with password-less sudo)
#
# Idempotent: does nothing when `chromium` is already on the PATH; otherwise runs
# `apt-get update` (only if the package is unknown to apt) and
# `apt-get install -y --no-install-recommends chromium`. Prints the installed version.
# Exit code 0 when chromium runs afterwards, non-zero otherwise.
set -euo pipefail

log() { printf 'chromium-up: %s\n' "$*"; }

if command -v chromium >/dev/null 2>&1; then
  log "already installed: $(chromium --version 2>/dev/null || echo chromium)"
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { log "not root and no sudo: cannot install chromium"; exit 1; }
  as_root=(sudo -n)
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show chromium >/dev/null 2>&1; then
  log "apt-get update"
  "${as_root[@]}" apt-get update -q
fi
log "apt-get install -y --no-install-recommends chromium"
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium

command -v chromium >/dev/null 2>&1 || { log "chromium is still not on the PATH"; exit 1; }
log "installed: $(chromium --version 2>/dev/null || echo chromium)"
