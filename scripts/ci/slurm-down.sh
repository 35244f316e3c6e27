#!/usr/bin/env bash
# Stop the one-node Slurm cluster that scripts/ci/slurm-up.sh started.
#
# Usage: sudo scripts/ci/slurm-down.sh
#
# Stops only the daemons slurm-up.sh recorded as started by itself (in
# /var/spool/slurm-ci/*.pid): slurmctld and slurmd through `scontrol shutdown`, then
# munged with SIGTERM; any recorded daemon still alive after 10 s gets SIGKILL.
# Idempotent: always exits 0, also when nothing runs, so that a CI cleanup step never
# fails the build. Package installation, configuration, munge key and Slurm state are
# kept, so the next slurm-up.sh is fast.
set -uo pipefail

readonly STATE_DIR=/var/spool/slurm-ci

log() { printf 'slurm-down: %s\n' "$*"; }

# Prints the recorded pid of daemon $1 if that process is still alive (not a zombie)
# under that name.
recorded_pid() {
  local pid
  pid=$(cat "$STATE_DIR/$1.pid" 2>/dev/null) || return 0
  [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == "$1" ]] || return 0
  [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) == Z ]] && return 0
  echo "$pid"
}

# Waits up to $2 tenths of a second for daemon $1 to exit; true when it has.
wait_gone() {
  for _ in $(seq 1 "$2"); do
    [[ -z $(recorded_pid "$1") ]] && return 0
    sleep 0.1
  done
  [[ -z $(recorded_pid "$1") ]]
}

declare -A started
for name in slurmd slurmctld munged; do started[$name]=$(recorded_pid "$name"); done

if [[ -n ${started[slurmctld]}${started[slurmd]} ]]; then
  log "scontrol shutdown"
  scontrol shutdown >/dev/null 2>&1 || log "scontrol shutdown failed; signalling the daemons"
fi

for name in slurmd slurmctld munged; do
  pid=${started[$name]}
  if [[ -z $pid ]]; then
    log "$name: not running (or not started by slurm-up.sh)"
  else
    if [[ $name == munged ]] || ! wait_gone "$name" 100; then
      log "$name: sending SIGTERM to pid $pid"
      kill -TERM "$pid" 2>/dev/null
      if ! wait_gone "$name" 100; then
        kill -KILL "$pid" 2>/dev/null
        wait_gone "$name" 20
      fi
    fi
    if [[ -z $(recorded_pid "$name") ]]; then
      log "$name: stopped (pid $pid)"
    else
      log "$name: still running (pid $pid), giving up"
    fi
  fi
  rm -f "$STATE_DIR/$name.pid"
done
# slurmctld runs as user slurm and cannot delete its root-owned /run pid file; a stale
# one makes the Debian package's prerm script (scancel) fail on removal.
for name in slurmctld slurmd; do
  if [[ -f /run/$name.pid ]] && ! pgrep -x "$name" >/dev/null; then rm -f "/run/$name.pid"; fi
done
exit 0
