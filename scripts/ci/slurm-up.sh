#!/usr/bin/env bash
# Bring up a one-node Slurm cluster on this machine, for CI and local testing of
# scripts/slurm-sweep.sbatch.
#
# Usage: sudo scripts/ci/slurm-up.sh        (must run as root)
#
# Idempotent: installs Debian's slurm-wlm and munge only when missing, creates a munge
# key only when absent, rewrites /etc/slurm/slurm.conf for this host, starts munged,
# slurmctld and slurmd directly (no systemd needed) unless they already run with the
# same configuration, then waits until `sinfo` shows the node idle.
#
# The cluster: one node named `hostname -s`, reached at 127.0.0.1 (no DNS needed), with
# the CPUs and memory that `slurmd -C` finds; one default partition `local`; no
# accounting, no cgroups. Daemons started here are recorded in $STATE_DIR so that
# scripts/ci/slurm-down.sh stops exactly those.
#
# Exit codes: 0 node idle; 1 setup failed (daemon logs are printed); 2 not root or not
# a Debian-like system.
#
# Environment: SLURM_UP_TIMEOUT  seconds to wait for the node to become idle (default 60).
set -euo pipefail

readonly CONF_DIR=/etc/slurm
readonly CONF=$CONF_DIR/slurm.conf
readonly STATE_DIR=/var/spool/slurm-ci
readonly LOG_DIR=/var/log/slurm
readonly MUNGE_KEY=/etc/munge/munge.key
readonly TIMEOUT=${SLURM_UP_TIMEOUT:-60}
readonly MARKER='# Written by negsim scripts/ci/slurm-up.sh'

T0=$(date +%s)
log() { printf 'slurm-up [%3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die() { log "FAILED: $*"; dump_logs; exit 1; }

dump_logs() {
  local f
  for f in "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmd.log" /var/log/munge/munged.log; do
    [[ -f $f ]] || continue
    echo "----- last 40 lines of $f -----"
    tail -n 40 "$f"
  done
  command -v sinfo >/dev/null && { echo "----- sinfo -----"; sinfo -N -l 2>&1 || true; }
}

# Prints the pid of a live (not zombie) process whose command name is exactly $1.
running_pid() {
  local pid
  for pid in $(pgrep -x "$1"); do
    if [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
      echo "$pid"
      return
    fi
  done
}

# Waits up to 5 s for daemon $1 to write pid file $2 naming a live process called $1;
# prints that pid, or nothing. (The daemons fork, so the pid of the launched command is
# not the daemon's.)
daemon_pid() {
  local pid
  for _ in $(seq 1 50); do
    pid=$(cat "$2" 2>/dev/null || true)
    if [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == "$1" &&
          $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
      echo "$pid"
      return
    fi
    sleep 0.1
  done
}

trap 'die "command failed at line $LINENO"' ERR

[[ $(id -u) -eq 0 ]] || { echo "slurm-up: must run as root" >&2; exit 2; }
command -v apt-get >/dev/null || { echo "slurm-up: needs apt-get (Debian/Ubuntu)" >&2; exit 2; }

# --- 1. packages -------------------------------------------------------------------
apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 -o Dpkg::Use-Pty=0 slurm-wlm munge >/tmp/slurm-up-apt.log 2>&1
}

install_packages() {
  local missing=() p
  for p in slurmctld slurmd slurm-client munge; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    log "packages: slurm-wlm and munge already installed ($(dpkg-query -W -f='${Version}' slurmctld))"
    return
  fi
  # apt-get update only when the package lists do not know the packages, or when
  # installing from them fails (stale lists name superseded .deb files).
  local updated=0
  if ! apt-cache show slurmctld munge >/dev/null 2>&1; then
    log "packages: apt-get update (package lists lack slurm)"
    apt-get -o DPkg::Lock::Timeout=120 update -qq || die "apt-get update failed"
    updated=1
  fi
  # Keep postinst scripts from trying to start services (no init system here); only
  # installs a policy-rc.d when none exists, and removes it again.
  local own_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  log "packages: installing slurm-wlm munge (missing: ${missing[*]})"
  local rc=0
  apt_install || rc=$?
  if ((rc != 0 && updated == 0)); then
    log "packages: install failed ($rc), apt-get update and retry"
    rc=0
    apt-get -o DPkg::Lock::Timeout=120 update -qq && apt_install || rc=$?
  fi
  ((own_policy)) && rm -f /usr/sbin/policy-rc.d
  if ((rc != 0)); then
    cat /tmp/slurm-up-apt.log
    die "apt-get install exited with $rc"
  fi
  log "packages: installed $(dpkg-query -W -f='${Version}' slurmctld)"
}
install_packages

# --- 2. users, directories, munge key ----------------------------------------------
getent passwd slurm >/dev/null || die "user 'slurm' missing after install"
getent passwd munge >/dev/null || die "user 'munge' missing after install"
install -d -o slurm -g slurm -m 755 /var/spool/slurmctld /var/spool/slurmd "$LOG_DIR"
install -d -o munge -g munge -m 700 /etc/munge /var/lib/munge /var/log/munge
install -d -o munge -g munge -m 755 /run/munge
install -d -m 755 "$STATE_DIR" "$CONF_DIR"
if [[ -s $MUNGE_KEY ]]; then
  log "munge: key exists"
else
  mungekey --create --keyfile="$MUNGE_KEY" 2>/dev/null \
    || dd if=/dev/urandom of="$MUNGE_KEY" bs=1024 count=1 status=none
  log "munge: created key $MUNGE_KEY"
fi
chown munge:munge "$MUNGE_KEY"
chmod 400 "$MUNGE_KEY"

# --- 3. slurm.conf ------------------------------------------------------------------
HOST=$(hostname -s)
# `slurmd -C` prints this machine's real layout: CPUs, sockets, cores, threads, memory.
HW=$(slurmd -C | head -n 1 | sed -e "s/^NodeName=[^ ]*//")
[[ $HW == *CPUs=* && $HW == *RealMemory=* ]] || die "unexpected 'slurmd -C' output: $HW"
NEW_CONF=$(cat <<EOF
$MARKER; rewritten on every run.
ClusterName=negsim-ci
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=slurm
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=10
Waittime=0
NodeName=$HOST NodeAddr=127.0.0.1 NodeHostname=$HOST$HW State=UNKNOWN
PartitionName=local Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
)
CONF_CHANGED=0
if [[ -f $CONF ]] && [[ $(cat "$CONF") == "$NEW_CONF" ]]; then
  log "config: $CONF unchanged (node $HOST:$HW)"
else
  if [[ -f $CONF ]] && ! grep -qF "$MARKER" "$CONF"; then
    cp -p "$CONF" "$CONF.before-negsim"
    log "config: saved the existing foreign $CONF as $CONF.before-negsim"
  fi
  printf '%s\n' "$NEW_CONF" >"$CONF"
  chmod 644 "$CONF"
  CONF_CHANGED=1
  log "config: wrote $CONF (node $HOST:$HW)"
fi

# --- 4. daemons ---------------------------------------------------------------------
# Records that this script started daemon $1 (pid $2), for slurm-down.sh.
record_started() { echo "$2" >"$STATE_DIR/$1.pid"; }

if [[ -n $(running_pid munged) ]]; then
  log "munged: already running (pid $(running_pid munged))"
else
  rm -f /run/munge/munged.pid
  runuser -u munge -- /usr/sbin/munged || die "munged exited with $?"
  pid=$(daemon_pid munged /run/munge/munged.pid)
  [[ -n $pid ]] || die "munged did not start"
  record_started munged "$pid"
  log "munged: started (pid $pid)"
fi
munge -n | unmunge >/dev/null 2>&1 || die "munge credential round trip failed"

if ((CONF_CHANGED)) && [[ -n $(running_pid slurmctld)$(running_pid slurmd) ]]; then
  log "slurm: configuration changed, restarting the running daemons"
  scontrol shutdown >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do
    [[ -z $(running_pid slurmctld)$(running_pid slurmd) ]] && break
    sleep 0.1
  done
  # A slurmd whose slurmctld was already gone ignores `scontrol shutdown`.
  for name in slurmctld slurmd; do
    pid=$(running_pid "$name")
    [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && sleep 1
  done
  [[ -z $(running_pid slurmctld)$(running_pid slurmd) ]] || die "old slurm daemons did not stop"
fi

start_daemon() { # name
  local name=$1 pid
  pid=$(running_pid "$name")
  if [[ -n $pid ]]; then
    log "$name: already running (pid $pid)"
    return
  fi
  # Both daemons fork into the background and write the pid file named in slurm.conf.
  rm -f "/run/$name.pid"
  "/usr/sbin/$name" || die "$name exited with $?"
  pid=$(daemon_pid "$name" "/run/$name.pid")
  [[ -n $pid ]] || die "$name did not start"
  record_started "$name" "$pid"
  log "$name: started (pid $pid)"
}
start_daemon slurmctld
start_daemon slurmd

# --- 5. wait for the node ---------------------------------------------------------
resumed=0
state=
for _ in $(seq 1 $((TIMEOUT * 2))); do
  state=$(sinfo -h -N -n "$HOST" -o '%T' 2>/dev/null | head -n 1 || true)
  case $state in
    idle | mixed | allocated | completing)
      log "ready: node $HOST is $state, partition $(sinfo -h -o '%P %c CPUs %m MB' | head -n 1)"
      exit 0 ;;
    drained* | draining* | down*)
      # A node drained by an earlier configuration stays drained across restarts.
      if ((resumed == 0)); then
        log "node $HOST is $state ($(sinfo -h -N -n "$HOST" -o '%E')), resuming it"
        scontrol update NodeName="$HOST" State=RESUME >/dev/null 2>&1 || true
        resumed=1
      fi ;;
  esac
  sleep 0.5
done
die "node $HOST not idle after ${TIMEOUT}s (state: ${state:-unknown})"
