#!/usr/bin/env bash
# Reproducible performance measurements of negsim (issue 5; docs/performance.md shows the results).
#
#   scripts/bench.sh [all|jmh|paired|jmh-1m|heap|e2e|sweep|power|tables|discover|round2|input|ties]  (default: all)
#
# round2 (issue 17, about 10 minutes) prints every figure of performance round two as a ratio to a
# floor or ceiling measured in the same run: sweeps against two independent shard processes side by
# side, group ties against the floor, PRIM against reading its CSV, a 1M-actor sweep's heap
# against the tree plus bound scenario.
#
# ties (issue 17, about 10 minutes on an idle machine) prints the engine's loop against its floor
# for random explicit ties (RandomTieFloor) and for group ties (FloorRound), at 100 000 actors, in
# alternating pairs, each with the load average before and after.
#
# Environment:
#   BENCH_DIR   where workload files, JMH results and run outputs go (default: a new temp dir)
#   JMH_OPTS    extra JMH options (default settings are stated below)
#   HYPERFINE   set to 0 to time end-to-end runs with /usr/bin/time even when hyperfine exists
#
# Nothing here is run by `mvn test`: the benchmarks live in src/bench/java and are compiled only in
# the Maven profile `bench`, which builds target/benchmarks.jar (JMH 1.37, shaded).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WHAT=${1:-all}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d -t negsim-bench.XXXXXX)}
mkdir -p "$BENCH_DIR"
JAR=target/benchmarks.jar
SIZES=(10000 100000 1000000)

log() { printf '\n== %s\n' "$*"; }

build() {
  log "build target/benchmarks.jar (mvn -Pbench, tests skipped)"
  mvn -B -q -Pbench -DskipTests package
}

machine() {
  log "machine"
  echo "cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)"
  free -m | head -2
  java -version 2>&1 | head -1
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

generate() {
  log "workload files (streamed with Gson JsonWriter; -Xmx64m suffices at every size)"
  for n in "${SIZES[@]}"; do
    f="$BENCH_DIR/large-$n.json"
    [ -s "$f" ] || java -Xmx64m -cp "$JAR" org.negsim.bench.LargeScenario "$n" "$f"
    ls -l "$f"
  done
}

# JMH settings of record: 1 fork, 2 warmup iterations of 5 s, 5 measurement iterations of 10 s,
# average time per run (one op = one 200-round run of the whole workload). The trial setup checks that
# the floor joins exactly the actors the engine joins before anything is measured.
jmh() {
  log "JMH: engine vs floor at 10 000 and 100 000 actors"
  java -jar "$JAR" EngineVsFloor -f 1 -wi 2 -w 5s -i 5 -r 10s -p actors=10000,100000 \
    -rf json -rff "$BENCH_DIR/jmh.json" ${JMH_OPTS:-} | tail -n 8
  java -cp "$JAR" org.negsim.bench.BenchReport "$BENCH_DIR/jmh.json"
}

# Engine and floor (and the engine at 10 000 and 100 000 actors) in alternating pairs, in one JVM:
# robust to this virtual machine's drift in speed, which JMH's blocks of iterations are not.
# Under both collectors: the launcher's serial one (machines of up to 4 CPUs) and the JVM's default G1,
# which costs the engine (not the floor) about a quarter more on this machine.
paired() {
  for gc in -XX:+UseSerialGC -XX:+UseG1GC; do
    log "paired ($gc): engine / floor, one pair after the other (median [quartiles])"
    java "$gc" -cp "$JAR" org.negsim.bench.PairedRatio 10000 60
    java "$gc" -cp "$JAR" org.negsim.bench.PairedRatio 100000 20
    java "$gc" -Xmx4g -cp "$JAR" org.negsim.bench.PairedRatio 1000000 4 1
    log "paired ($gc): linearity, the engine at 100 000 actors against 10 000"
    java "$gc" -cp "$JAR" org.negsim.bench.PairedRatio linearity 10000 100000 30
  done
}

# 1 000 000 actors: single-shot runs (one run is tens of seconds), in a 4 GB heap.
jmh_1m() {
  log "JMH: engine vs floor at 1 000 000 actors (single shot, -Xmx4g)"
  java -jar "$JAR" EngineVsFloor -f 1 -bm ss -tu ms -wi 1 -i 3 -p actors=1000000 -jvmArgs -Xmx4g \
    -rf json -rff "$BENCH_DIR/jmh-1m.json" ${JMH_OPTS:-} | tail -n 4
  java -cp "$JAR" org.negsim.bench.BenchReport "$BENCH_DIR/jmh-1m.json"
}

# Voting power (issue 15): one whole power table per op, EU27 and an IMF-style 190-member game.
power() {
  log "JMH: power tables (EU27 by generating functions and by enumeration; IMF-style 190 exact and Monte Carlo)"
  java -jar "$JAR" PowerBench -f 1 -wi 1 -w 5s -i 3 -r 10s -rf json -rff "$BENCH_DIR/power.json" ${JMH_OPTS:-} \
    | tail -n 6
}

# Input from CSV tables: 100 000 actors and 1 000 000 ties read, checked and bound (single shot).
tables() {
  log "JMH: input of a 100 000-actor, 1 000 000-tie table scenario (single shot, -Xmx3g, serial GC)"
  java -jar "$JAR" TableInput -rf json -rff "$BENCH_DIR/jmh-tables.json" ${JMH_OPTS:-} | tail -n 4
}

heap() {
  log "heap at 1 000 000 actors"
  /usr/bin/time -f "engine-only, 2 runs: max RSS %M KB" \
    java -Xmx4g -cp "$JAR" org.negsim.bench.EngineLoop 1000000 2
  log "Gson tree of the 1 000 000-actor file (what a tree-building scenario reader holds)"
  java -Xmx4g -cp "$JAR" org.negsim.bench.JsonTreeHeap "$BENCH_DIR/large-1000000.json" \
    || echo "(does not fit in -Xmx4g)"
}

has_cli() { [ -x ./negsim ] && ./negsim --help 2>/dev/null | grep -qw run; }

# End to end: JSON reading, the run, CSV writing, as a user runs it. Needs the CLI (`negsim run`).
e2e() {
  if ! has_cli; then
    log "end-to-end: skipped, ./negsim run is not available on this branch yet"
    return 0
  fi
  log "end-to-end: ./negsim run FILE --quiet --out DIR --overwrite"
  mvn -B -q -DskipTests package   # the launcher's jar, so the timing excludes the build
  for n in "${SIZES[@]}"; do
    f="$BENCH_DIR/large-$n.json"
    out="$BENCH_DIR/out-$n"
    heapopt=""
    [ "$n" -ge 1000000 ] && heapopt="-Xmx4g"
    if command -v hyperfine >/dev/null && [ "${HYPERFINE:-1}" != 0 ]; then
      runs=5; [ "$n" -ge 1000000 ] && runs=2
      JAVA_OPTS="$heapopt" hyperfine --warmup 1 --runs "$runs" --export-json "$BENCH_DIR/e2e-$n.json" \
        "./negsim run $f --quiet --out $out --overwrite" || echo "$n actors: FAILED"
    else
      JAVA_OPTS="$heapopt" /usr/bin/time -f "$n actors: %e s wall, max RSS %M KB" \
        ./negsim run "$f" --quiet --out "$out" --overwrite || echo "$n actors: FAILED (exit $?)"
    fi
  done
}

# PRIM scenario discovery on 1 000 000 rows × 10 inputs: JMH single shots of reading the CSV and of
# the search, then the whole command as a user runs it.
discover() {
  log "JMH: discover at 1 000 000 rows x 10 inputs (single shot, 2 warmups, 5 measurements)"
  java -jar "$JAR" DiscoverBench -f 1 -bm ss -tu ms -wi 2 -i 5 -jvmArgs -Xmx2g \
    -rf json -rff "$BENCH_DIR/jmh-discover.json" ${JMH_OPTS:-} | tail -n 4
  log "end to end: ./negsim discover FILE.csv --outcome hit --inputs x0,...,x9"
  local f="$BENCH_DIR/discover-1m.csv"
  [ -s "$f" ] || java -cp "$JAR" org.negsim.bench.DiscoverBench 1000000 "$f"
  mvn -B -q -DskipTests package
  /usr/bin/time -f "%e s wall, max RSS %M KB" ./negsim discover "$f" --outcome hit \
    --inputs x0,x1,x2,x3,x4,x5,x6,x7,x8,x9 >/dev/null
}

# A sweep of the shipped Paris Call scenario on 1 and 2 threads: the speed-up, and the machine's own
# ceiling for it (two independent 1-thread sweeps side by side against one alone).
sweep() {
  local scenario=scenarios/paris-call-2018.json
  if ! has_cli || [ ! -f "$scenario" ] || ! ./negsim --help 2>/dev/null | grep -qw sweep; then
    log "sweep: skipped, ./negsim sweep or $scenario is not available on this branch yet"
    return 0
  fi
  log "sweep of $scenario, 108 000 runs (9 points × 12 000), on 1 and 2 threads"
  mvn -B -q -DskipTests package
  local cmd="./negsim sweep $scenario --replications 12000 --quiet --overwrite"
  if command -v hyperfine >/dev/null && [ "${HYPERFINE:-1}" != 0 ]; then
    hyperfine --warmup 1 --runs 3 --export-json "$BENCH_DIR/sweep.json" \
      "$cmd --threads 1 --out $BENCH_DIR/sweep-1" "$cmd --threads 2 --out $BENCH_DIR/sweep-2"
  else
    for t in 1 2; do
      /usr/bin/time -f "$t thread(s): %e s wall" $cmd --threads "$t" --out "$BENCH_DIR/sweep-$t"
    done
  fi
  cmp "$BENCH_DIR/sweep-1/runs.csv" "$BENCH_DIR/sweep-2/runs.csv" && echo "runs.csv identical on 1 and 2 threads"
  log "the machine's ceiling: two independent 1-thread sweeps (54 000 runs each) side by side vs one alone"
  local half="./negsim sweep $scenario --replications 6000 --threads 1 --quiet --overwrite"
  for k in 1 2; do
    /usr/bin/time -f "alone: %e s" $half --out "$BENCH_DIR/pair-a"
    ( /usr/bin/time -f "side by side (a): %e s" $half --out "$BENCH_DIR/pair-a" &
      /usr/bin/time -f "side by side (b): %e s" $half --out "$BENCH_DIR/pair-b" & wait )
  done
}

# --- round two (issue 17) -----------------------------------------------------------------------

now() { date +%s.%N; }
# wall seconds of a command, its output discarded
wall() { local t0; t0=$(now); "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; return 1; }; echo "$(now) - $t0" | bc -l; }
ratio() { echo "scale=3; $1 / $2" | bc -l; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# A sweep on 2 threads against its ceiling: the same runs as two independent 1-thread processes
# side by side (shards 0/2 and 1/2, the same work split in two), and one 1-thread process alone.
# fraction of ceiling = wall(two shards side by side) / wall(2 threads); the target is >= 0.9.
sweep_vs_ceiling() { # label scenario reps repetitions
  local label=$1 scenario=$2 reps=$3 k=${4:-3}
  local cmd=(./negsim sweep "$scenario" --replications "$reps" --quiet --overwrite)
  local fr=() sp=() ce=()
  log "round2 sweep ($label): $scenario --replications $reps; 2 threads vs two shard processes side by side"
  wall "${cmd[@]}" --threads 1 --out "$BENCH_DIR/r2-$label-1" >/dev/null   # warm the file cache
  for i in $(seq "$k"); do
    local t2 t1 tp t0
    t2=$(wall "${cmd[@]}" --threads 2 --out "$BENCH_DIR/r2-$label-2")
    t0=$(now)
    "${cmd[@]}" --threads 1 --shard 0/2 --out "$BENCH_DIR/r2-$label-s0" >/dev/null 2>&1 &
    "${cmd[@]}" --threads 1 --shard 1/2 --out "$BENCH_DIR/r2-$label-s1" >/dev/null 2>&1 &
    wait
    tp=$(echo "$(now) - $t0" | bc -l)
    t1=$(wall "${cmd[@]}" --threads 1 --out "$BENCH_DIR/r2-$label-1")
    printf '  %d: 1 thread %.2f s, 2 threads %.2f s, two shards side by side %.2f s: speed-up %.2f, ceiling %.2f, fraction of ceiling %.3f\n' \
      "$i" "$t1" "$t2" "$tp" "$(ratio "$t1" "$t2")" "$(ratio "$t1" "$tp")" "$(ratio "$tp" "$t2")"
    fr+=("$(ratio "$tp" "$t2")"); sp+=("$(ratio "$t1" "$t2")"); ce+=("$(ratio "$t1" "$tp")")
  done
  cmp -s "$BENCH_DIR/r2-$label-1/runs.csv" "$BENCH_DIR/r2-$label-2/runs.csv" \
    && echo "  runs.csv identical on 1 and 2 threads" || echo "  runs.csv DIFFERS between 1 and 2 threads"
  printf '  %s: median fraction of the ceiling %.3f (target >= 0.9); speed-up %.2f, ceiling %.2f\n' "$label" \
    "$(echo "${fr[*]}" | median)" "$(echo "${sp[*]}" | median)" "$(echo "${ce[*]}" | median)"
}

# The largest heap after a collection in a -Xlog:gc file, in MB.
# the largest live heap: after full collections when there were any (a young pause that frees nothing
# reports everything still in the heap, garbage included), else after any collection
peak_after_gc() {
  local lines; lines=$(grep 'Pause Full' "$1" || cat "$1")
  grep -o -- '->[0-9]*M' <<<"$lines" | tr -d '>M-' | sort -n | tail -1
}

round2() {
  mvn -B -q -DskipTests package   # the launcher's jar
  local small="$BENCH_DIR/small-200x20.json"
  [ -s "$small" ] || { java -cp "$JAR" org.negsim.bench.LargeScenario 200 "$BENCH_DIR/large-200.json" >/dev/null \
    && sed 's/"rounds":200/"rounds":20/' "$BENCH_DIR/large-200.json" >"$small"; }
  sweep_vs_ceiling small "$small" 30000 3
  sweep_vs_ceiling paris scenarios/paris-call-2018.json 4000 3

  log "round2 group ties: engine / floor at 100 000 actors, alternating pairs (serial collector, as the launcher)"
  java -XX:+UseSerialGC -cp "$JAR" org.negsim.bench.PairedRatio 100000 12

  log "round2 discover: PRIM at 1 000 000 rows x 10 inputs against reading its CSV (JMH single shots, same fork)"
  java -jar "$JAR" DiscoverBench -f 1 -bm ss -tu ms -wi 2 -i 5 -jvmArgs -Xmx2g \
    -rf json -rff "$BENCH_DIR/jmh-discover.json" ${JMH_OPTS:-} | grep -E "^(Benchmark|DiscoverBench)" | tee "$BENCH_DIR/discover.txt"
  awk '$1 ~ /\.prim$/ {p=$(NF-3)} $1 ~ /\.read$/ {r=$(NF-3)} END {if (r > 0) printf "  prim / read = %.2f\n", p / r}' \
    "$BENCH_DIR/discover.txt"
  local f="$BENCH_DIR/discover-1m.csv"
  [ -s "$f" ] || java -cp "$JAR" org.negsim.bench.DiscoverBench 1000000 "$f"
  printf '  end to end (./negsim discover, JVM start and reading included): %.2f s\n' \
    "$(wall ./negsim discover "$f" --outcome hit --inputs x0,x1,x2,x3,x4,x5,x6,x7,x8,x9)"

  log "round2 memory: a 1 000 000-actor sweep on 2 threads (4 runs of 5 rounds) in -Xmx4g, against the tree + bound scenario"
  local big="$BENCH_DIR/large-1000000.json" big5="$BENCH_DIR/large-1000000-5rounds.json"
  [ -s "$big" ] || java -Xmx64m -cp "$JAR" org.negsim.bench.LargeScenario 1000000 "$big"
  [ -s "$big5" ] || sed 's/"rounds":200/"rounds":5/' "$big" >"$big5"
  java -Xmx4g -cp "$JAR" org.negsim.bench.JsonTreeHeap "$big5" | tee "$BENCH_DIR/tree-heap.txt"
  if JAVA_OPTS="-Xmx4g -Xlog:gc:file=$BENCH_DIR/sweep-1m-gc.log" /usr/bin/time -f "  %e s wall, max RSS %M KB" \
      ./negsim sweep "$big5" --replications 4 --threads 2 --quiet --overwrite --out "$BENCH_DIR/sweep-1m"; then
    local peak both
    peak=$(peak_after_gc "$BENCH_DIR/sweep-1m-gc.log")
    both=$(sed -n 's/.*tree + bound scenario: *\([0-9]*\) MB.*/\1/p' "$BENCH_DIR/tree-heap.txt")
    echo "  largest heap after a collection: $peak MB; tree + bound scenario: $both MB; ratio $(ratio "$peak" "$both")"
  else
    echo "  the 1 000 000-actor sweep FAILED in -Xmx4g"
  fi
}

# The engine's loop against the floor measured in the same JVM, random explicit ties and group ties.
load1() { cut -d' ' -f1 /proc/loadavg; }
ties_pair() { # label file PairedRatio-arguments...
  local label=$1 file=$2; shift 2
  local before after
  before=$(load1)
  java -XX:+UseSerialGC -cp "$JAR" org.negsim.bench.PairedRatio "$@" | tee "$file"
  after=$(load1)
  echo "  load average (1 min) before $before, after $after" | tee -a "$file"
  printf '  %-12s engine / floor %s  (load %s -> %s)\n' "$label" \
    "$(sed -n 's|^ *engine / floor *||p' "$file")" "$before" "$after" >>"$BENCH_DIR/ties-summary.txt"
}
ties() {
  : >"$BENCH_DIR/ties-summary.txt"
  log "random ties: engine / RandomTieFloor, 100 000 actors, 1 000 000 explicit ties, alternating pairs (serial collector)"
  ties_pair "random ties" "$BENCH_DIR/ties-random.txt" ties 100000 "${TIES_PAIRS:-10}"
  log "group ties: engine / FloorRound, 100 000 actors, groups of 11, alternating pairs (serial collector)"
  ties_pair "group ties" "$BENCH_DIR/ties-group.txt" 100000 "${TIES_PAIRS:-10}"
  log "ties: engine / floor, median [quartiles] (targets: random ties <= 2; groups <= 2, aim 1.5)"
  cat "$BENCH_DIR/ties-summary.txt"
}

echo "results in $BENCH_DIR"
machine
build
# Input (issue 17): 100 000 actors and 1 000 000 ties from JSON and from tables, read, checked and
# bound by `validate` and by a 1-round `run`, against the floor measured in the same minute: a JVM
# that only decodes, tokenizes and parses the same files (InputFloor). Alternating, 3 rounds; wall
# seconds and max RSS from /usr/bin/time; every figure also as a ratio to the floor of its round.
input() {
  local dir="$BENCH_DIR/input"
  [ -s "$dir/ties.json" ] || java -Xmx1g -cp "$JAR" org.negsim.bench.InputWorkload 100000 "$dir"
  mvn -B -q -DskipTests package   # the launcher's jar
  log "input: 100 000 actors, 1 000 000 ties; floor = InputFloor on the same files (serial collector, as the launcher)"
  ls -l "$dir/ties.json" "$dir/tables/actors.csv" "$dir/tables/ties.csv"
  local t="/usr/bin/time -f %e:%M"
  for round in 1 2 3; do
    for form in json tables; do
      local file floor_files
      if [ "$form" = json ]; then file="$dir/ties.json"; floor_files="$dir/ties.json"
      else file="$dir/tables/large.json"; floor_files="$dir/tables/large.json $dir/tables/actors.csv $dir/tables/ties.csv"; fi
      # shellcheck disable=SC2086
      local floor val run
      floor=$($t java -XX:+UseSerialGC -cp "$JAR" org.negsim.bench.InputFloor $floor_files 2>&1 >/dev/null | tail -1)
      val=$($t ./negsim validate "$file" 2>&1 >/dev/null | tail -1)
      run=$($t ./negsim run "$file" --set 'stages[0].rounds=1' --quiet --out "$dir/out" --overwrite 2>&1 >/dev/null | tail -1)
      echo "round $round $form: floor ${floor%%:*} s; validate ${val%%:*} s, $(( ${val##*:} / 1024 )) MB RSS," \
        "$(ratio "${val%%:*}" "${floor%%:*}")x floor; run (1 round) ${run%%:*} s, $(( ${run##*:} / 1024 )) MB RSS," \
        "$(ratio "${run%%:*}" "${floor%%:*}")x floor; load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  log "end to end with random ties (issue 17): the JSON file with group ties off, 200 rounds, against the input floor + RandomTieFloor's run"
  for round in 1 2 3; do
    local e2e inf eng
    e2e=$($t ./negsim run "$dir/ties.json" --set behavior.groupTieWeight=0 --quiet --out "$dir/out" --overwrite 2>&1 >/dev/null | tail -1)
    inf=$($t java -XX:+UseSerialGC -cp "$JAR" org.negsim.bench.InputFloor "$dir/ties.json" 2>&1 >/dev/null | tail -1)
    eng=$(java -XX:+UseSerialGC -cp "$JAR" org.negsim.bench.RandomTieFloor 100000 | sed -n 's/.*after the check: \([0-9.]*\) s.*/\1/p')
    local both
    both=$(echo "${inf%%:*} + $eng" | bc -l)
    echo "round $round: run ${e2e%%:*} s ($(( ${e2e##*:} / 1024 )) MB RSS, $(awk -F, 'NR==1{for(i=1;i<=NF;i++) if($i=="rounds") c=i} NR==2{print $c}' "$dir/out/runs.csv") rounds);" \
      "floor: input ${inf%%:*} s + engine $eng s = $both s; run / floor $(ratio "${e2e%%:*}" "$both"); load $(cut -d' ' -f1 /proc/loadavg)"
  done
}

case "$WHAT" in
  all) generate; jmh; paired; jmh_1m; heap; e2e; sweep; power; tables; discover ;;
  tables) tables ;;
  jmh) jmh ;;
  paired) paired ;;
  jmh-1m) jmh_1m ;;
  heap) generate; heap ;;
  e2e) generate; e2e ;;
  sweep) sweep ;;
  power) power ;;
  discover) discover ;;
  round2) round2 ;;
  input) input ;;
  ties) ties ;;
  *) echo "usage: scripts/bench.sh [all|jmh|paired|jmh-1m|heap|e2e|sweep|power|tables|discover|round2|input|ties]" >&2; exit 2 ;;
esac
