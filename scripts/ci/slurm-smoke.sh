#!/usr/bin/env bash
# Self-check of the one-node Slurm cluster and of scripts/slurm-sweep.sbatch, for CI.
#
# Usage: sudo scripts/ci/slurm-smoke.sh        (as root, from anywhere)
#
#  1. scripts/ci/slurm-up.sh;
#  2. a 4-task job array of a stand-in script that writes SLURM_ARRAY_TASK_ID, _COUNT and
#     _MIN to files: checks all four;
#  3. scripts/slurm-sweep.sbatch against a stand-in repository whose `negsim` only records
#     its arguments: a 4-task array (repository found through the submitted path) must
#     call `negsim sweep SCENARIO --shard K/4 --threads 1 --out OUTDIR/shard-K OPTIONS`;
#     re-submitting --array=1,3 must add --resume and keep /4; bad arguments must fail
#     with a usage message, a jar older than the sources with a rebuild hint;
#  4. scripts/ci/slurm-down.sh, then slurm-up.sh again and one more job (restart works).
# The cluster is left running; stop it with scripts/ci/slurm-down.sh.
# Exit code 0 when every check passes, 1 otherwise (with the failing job's log).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/negsim-slurm-smoke.XXXXXX)
readonly JOB_TIMEOUT=${SLURM_SMOKE_JOB_TIMEOUT:-120}
# Small requests so that the jobs fit on a 2-CPU CI machine.
readonly SMALL=(--cpus-per-task=1 --mem=200M --time=00:05:00)

T0=$(date +%s)
log() { printf 'slurm-smoke [%3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
fail() {
  log "FAILED: $*"
  local f
  for f in "$work"/*.out "$work"/*/*.out; do
    [[ -f $f ]] && { echo "----- $f -----"; cat "$f"; }
  done
  exit 1
}
expect_eq() { [[ $2 == "$3" ]] || fail "$1: expected '$3', got '$2'"; }

# Waits until job $1 has left the queue, then fails unless every array task COMPLETED.
wait_job() {
  local job=$1 i states
  for ((i = 0; i < JOB_TIMEOUT * 2; i++)); do
    [[ -z $(squeue -h -j "$job" 2>/dev/null) ]] && break
    sleep 0.5
  done
  [[ -z $(squeue -h -j "$job" 2>/dev/null) ]] || fail "job $job still queued after ${JOB_TIMEOUT}s"
  # Without accounting, finished jobs stay visible to scontrol for MinJobAge seconds.
  states=$(scontrol -o show job "$job" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | xargs)
  [[ $states =~ ^[0-9]+\ JobState=COMPLETED$ ]] || fail "job $job ended with: $states"
}

# --- 1. cluster up -----------------------------------------------------------------------
"$here/slurm-up.sh"

# --- 2. a plain 4-task job array ----------------------------------------------------------
cat >"$work/stand-in.sh" <<'EOF'
#!/bin/bash
echo "ID=$SLURM_ARRAY_TASK_ID COUNT=$SLURM_ARRAY_TASK_COUNT MIN=$SLURM_ARRAY_TASK_MIN" >"$1/task-$SLURM_ARRAY_TASK_ID.txt"
EOF
job=$(cd "$work" && sbatch --parsable "${SMALL[@]}" --array=0-3 --job-name=smoke \
  --output="$work/%x-%A_%a.out" "$work/stand-in.sh" "$work")
log "submitted stand-in array job $job"
wait_job "$job"
for k in 0 1 2 3; do
  expect_eq "task $k" "$(cat "$work/task-$k.txt" 2>/dev/null)" "ID=$k COUNT=4 MIN=0"
done
log "stand-in array: 4 of 4 tasks wrote ID/COUNT/MIN correctly"

# --- 3. slurm-sweep.sbatch with a stand-in negsim ------------------------------------------
fake=$work/repo
mkdir -p "$fake/scripts" "$fake/target"
cp "$repo/scripts/slurm-sweep.sbatch" "$fake/scripts/"
: >"$fake/target/negsim.jar"
cat >"$fake/negsim" <<'EOF'
#!/bin/bash
# Stand-in launcher: records its arguments and leaves a manifest like a real sweep.
out=
for ((i = 1; i <= $#; i++)); do [[ ${!i} == --out ]] && { j=$((i + 1)); out=${!j}; }; done
mkdir -p "$out"
echo "$*" >>"$out/calls.txt"
echo '{}' >"$out/manifest.json"
EOF
chmod +x "$fake/negsim"
echo '{}' >"$work/scenario.json"
sweep=$fake/scripts/slurm-sweep.sbatch

# Submitted from outside the repository without NEGSIM_HOME: the script must find the
# repository through the path it was submitted with.
job=$(cd "$work" && env -u NEGSIM_HOME sbatch --parsable "${SMALL[@]}" --array=0-3 \
  --output="$work/%x-%A_%a.out" "$sweep" scenario.json out --replications 2)
log "submitted slurm-sweep.sbatch array job $job"
wait_job "$job"
for k in 0 1 2 3; do
  expect_eq "shard $k" "$(cat "$work/out/shard-$k/calls.txt" 2>/dev/null)" \
    "sweep scenario.json --shard $k/4 --threads 1 --out out/shard-$k --replications 2"
done
expect_eq "recorded shard count" "$(head -n 1 "$work/out/slurm-sweep.env")" "SHARDS=4"
log "slurm-sweep.sbatch: 4 shards called with --shard K/4 --threads 1 --out OUTDIR/shard-K"

job=$(cd "$work" && sbatch --parsable "${SMALL[@]}" --array=1,3 \
  --output="$work/%x-%A_%a.out" "$sweep" scenario.json out --replications 2)
log "re-submitted tasks 1,3 as job $job"
wait_job "$job"
for k in 1 3; do
  expect_eq "resumed shard $k" "$(tail -n 1 "$work/out/shard-$k/calls.txt")" \
    "sweep scenario.json --shard $k/4 --threads 1 --out out/shard-$k --resume --replications 2"
done
expect_eq "untouched shard 2" "$(wc -l <"$work/out/shard-2/calls.txt")" "1"
log "slurm-sweep.sbatch: re-submitted tasks resume with --resume and keep 4 shards"

# Argument checks, run outside Slurm with the array variables set by hand.
check_refused() { # expected-message-part, then environment assignments and arguments
  local want=$1 rc=0 err
  shift
  err=$(cd "$work" && env -u SLURM_ARRAY_TASK_ID -u SLURM_ARRAY_TASK_COUNT -u SLURM_ARRAY_TASK_MIN \
    -u SLURM_ARRAY_TASK_MAX -u NEGSIM_SHARDS NEGSIM_HOME="$fake" "$@" 2>&1 >/dev/null) || rc=$?
  ((rc == 2)) || fail "expected exit 2 for: $*; got $rc ($err)"
  [[ $err == *"$want"* ]] || fail "expected '$want' in the error for: $*; got: $err"
}
check_refused "SCENARIO and OUTDIR are required" bash "$sweep" scenario.json
check_refused "not a job-array task" bash "$sweep" scenario.json out
check_refused "scenario file not found" SLURM_ARRAY_TASK_ID=0 bash "$sweep" missing.json out
check_refused "do not pass --shard" SLURM_ARRAY_TASK_ID=0 bash "$sweep" scenario.json out --shard 0/2
check_refused "outside shards 0-3" SLURM_ARRAY_TASK_ID=4 bash "$sweep" scenario.json out
check_refused "first submission must be --array=0-(N-1)" SLURM_ARRAY_TASK_ID=3 \
  SLURM_ARRAY_TASK_COUNT=2 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_MAX=7 \
  bash "$sweep" scenario.json fresh-out
mkdir -p "$fake/src/main"
touch -d "@$(($(date +%s) + 60))" "$fake/src/main/Newer.java"
check_refused "negsim.jar is older than" SLURM_ARRAY_TASK_ID=0 bash "$sweep" scenario.json out
rm -r "$fake/src"
log "slurm-sweep.sbatch: bad arguments and a stale jar refused with exit 2 and a message"

# --- 4. restart ---------------------------------------------------------------------------
"$here/slurm-down.sh"
"$here/slurm-up.sh"
mkdir -p "$work/again"
job=$(cd "$work" && sbatch --parsable "${SMALL[@]}" --array=0-1 --job-name=smoke-again \
  --output="$work/%x-%A_%a.out" "$work/stand-in.sh" "$work/again") || fail "sbatch after restart"
wait_job "$job"
expect_eq "task after restart" "$(cat "$work/again/task-1.txt" 2>/dev/null)" "ID=1 COUNT=2 MIN=0"
log "restart: slurm-down then slurm-up, a new job array ran"

rm -rf "$work"
log "all checks passed"
