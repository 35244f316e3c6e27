#!/usr/bin/env bash
# Start a virtual X display (Debian's Xvfb) for the GUI test, installing it when missing.
#
# Usage:  scripts/ci/xvfb-up.sh            (as root when xvfb still has to be installed)
#         export DISPLAY=:99 NEGSIM_XVFB=1
#
# Idempotent: installs the `xvfb` package with apt-get only when the Xvfb binary is missing, and
# starts `Xvfb :99` (1280x1024, 24-bit, no TCP) only when display :99 is not already served. Waits
# until the display's socket exists, then prints the DISPLAY value (":99") on standard output;
# progress goes to standard error. The server keeps running after the script exits; its pid is in
# /tmp/negsim-xvfb.pid and its log in /tmp/negsim-xvfb.log. Exit code 0 when :99 is up, 1 otherwise.
set -euo pipefail

readonly DISPLAY_NUM=99
readonly SOCKET=/tmp/.X11-unix/X${DISPLAY_NUM}
readonly PID_FILE=/tmp/negsim-xvfb.pid
readonly LOG_FILE=/tmp/negsim-xvfb.log

log() { printf 'xvfb-up: %s\n' "$*" >&2; }

# True when a live process serves display :99 (its lock file names a running pid).
served() {
  local pid
  [[ -S $SOCKET ]] || return 1
  pid=$(tr -d ' ' < /tmp/.X${DISPLAY_NUM}-lock 2>/dev/null) || return 1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

if ! command -v Xvfb >/dev/null 2>&1; then
  log "installing xvfb with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends xvfb >&2
fi

if served; then
  log "display :${DISPLAY_NUM} is already served"
else
  # A stale lock or socket from a server that died would make Xvfb refuse to start.
  rm -f /tmp/.X${DISPLAY_NUM}-lock "$SOCKET"
  log "starting Xvfb :${DISPLAY_NUM} (log: $LOG_FILE)"
  setsid Xvfb :${DISPLAY_NUM} -screen 0 1280x1024x24 -nolisten tcp >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 100); do
    served && break
    sleep 0.1
  done
  if ! served; then
    log "Xvfb did not come up within 10 s; its log:"
    cat "$LOG_FILE" >&2 || true
    exit 1
  fi
fi
echo ":${DISPLAY_NUM}"
