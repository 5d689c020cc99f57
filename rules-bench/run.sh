#!/usr/bin/env bash
# Runs every measurement of the performance issue and writes rules-bench/target/results/results.md:
# warm latency and throughput (JMH, engine against the hand-written baseline), engine build times, cold start of the
# CLI with and without AppCDS and where it spends its time, a batch of 10,000 profiles, retained heap and allocation,
# and the large isolation run. About 10 minutes on 2 cores.
#
#   rules-bench/run.sh              # builds what is missing (mvn package -DskipTests), then measures
#   SKIP_BUILD=1 rules-bench/run.sh # measures the jars as they are
#
# Knobs: COLD_RUNS (default 7), BATCH_RUNS (2), BATCH_PROFILES (10000), ISOLATION_THREADS (8),
# ISOLATION_PER_THREAD (10000); QUICK=1 shortens every JMH run to check the script itself, not to measure.
# Numbers are only as quiet as the machine: the table records the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=rules-bench/target/results
BENCH=rules-bench/target/benchmarks.jar
CLI=rules-cli/target/kijun.jar
PROFILE=rules-examples/profiles/compliant-saas.yaml
COLD_RUNS=${COLD_RUNS:-7}
BATCH_RUNS=${BATCH_RUNS:-2}
BATCH_PROFILES=${BATCH_PROFILES:-10000}
ISOLATION_THREADS=${ISOLATION_THREADS:-8}
ISOLATION_PER_THREAD=${ISOLATION_PER_THREAD:-10000}

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$BENCH" ] || [ ! -f "$CLI" ]; then
  mvn -B -q -pl rules-bench,rules-cli -am package -DskipTests
fi
mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.properties "$OUT"/results.md "$OUT"/classes*.txt*

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { tr ' ' '\n' | grep -v '^$' | sort -g | head -1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
prop() { echo "$1=$2" >> "$OUT/$3.properties"; }

# --- machine ---------------------------------------------------------------------------------------------------
prop machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" machine
prop machine.cores "$(nproc)" machine
prop machine.memory "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)" machine
prop machine.java "$(java -version 2>&1 | head -2 | tail -1 | xargs)" machine
prop machine.date "$(date -u +%Y-%m-%dT%H:%MZ)" machine
prop machine.load.before "$(load)" machine
log "load average $(load)"

# --- warm latency, throughput, allocation (JMH) ----------------------------------------------------------------
JMH_QUICK=""
if [ -n "${QUICK:-}" ]; then JMH_QUICK="-wi 1 -w 1s -i 1 -r 1s"; fi
# shellcheck disable=SC2086
JMH="java -jar $BENCH -f 1 -tu us $JMH_QUICK"
log "assess: sample mode, 1 thread, with -prof gc"
$JMH 'AssessBenchmark' -bm sample -t 1 -prof gc -rf json -rff "$OUT/assess-sample-t1.json" > "$OUT/assess-sample-t1.log"
log "assess: sample mode, 2 threads"
$JMH 'AssessBenchmark' -bm sample -t 2 -rf json -rff "$OUT/assess-sample-t2.json" > "$OUT/assess-sample-t2.log"
log "assess: throughput, 1 thread"
$JMH 'AssessBenchmark' -bm thrpt -t 1 -rf json -rff "$OUT/assess-thrpt-t1.json" > "$OUT/assess-thrpt-t1.log"
log "assess: throughput, 2 threads"
$JMH 'AssessBenchmark' -bm thrpt -t 2 -rf json -rff "$OUT/assess-thrpt-t2.json" > "$OUT/assess-thrpt-t2.log"
log "engine build: precompiled, from DRL, with one custom DRL file"
if [ -n "${QUICK:-}" ]; then build_quick="-wi 1 -i 1"; else build_quick=""; fi
# shellcheck disable=SC2086
java -jar "$BENCH" 'BuildBenchmark' $build_quick -rf json -rff "$OUT/build.json" > "$OUT/build.log"

# --- memory ----------------------------------------------------------------------------------------------------
log "retained heap"
java -Xmx1g -cp "$BENCH" dev.kijun.bench.RetainedHeap 8 >> "$OUT/heap.properties"

# --- cold start --------------------------------------------------------------------------------------------------
log "cold start: $COLD_RUNS runs each, without and with AppCDS"
CDS_CLI="$OUT/kijun.jsa"
CDS_PROBE="$OUT/probe.jsa"
rm -f "$CDS_CLI" "$CDS_PROBE"
java -XX:ArchiveClassesAtExit="$CDS_CLI" -jar "$CLI" assess "$PROFILE" --format json > /dev/null 2>&1 || true
java -XX:ArchiveClassesAtExit="$CDS_PROBE" -cp "$BENCH" dev.kijun.bench.ColdStartProbe "$PROFILE" > /dev/null 2>&1
plain=""; cds=""; jvm=""
for _ in $(seq "$COLD_RUNS"); do
  t0=$(now); java -jar "$CLI" assess "$PROFILE" --format json > /dev/null 2>&1 || true; t1=$(now)
  plain="$plain $(elapsed "$t0" "$t1")"
  t0=$(now); java -XX:SharedArchiveFile="$CDS_CLI" -jar "$CLI" assess "$PROFILE" --format json > /dev/null 2>&1 || true; t1=$(now)
  cds="$cds $(elapsed "$t0" "$t1")"
  t0=$(now); java -version > /dev/null 2>&1; t1=$(now)
  jvm="$jvm $(elapsed "$t0" "$t1")"
done
prop cold.profile "$PROFILE" cold
prop cold.runs "$COLD_RUNS" cold
prop cold.all.s "$plain" cold
prop cold.median.s "$(echo "$plain" | median)" cold
prop cold.min.s "$(echo "$plain" | minimum)" cold
prop cold.cds.all.s "$cds" cold
prop cold.cds.median.s "$(echo "$cds" | median)" cold
prop cold.jvm.median.s "$(echo "$jvm" | median)" cold
java -Xlog:class+load:file="$OUT/classes.txt" -jar "$CLI" assess "$PROFILE" --format json > /dev/null 2>&1 || true
prop cold.classes "$(wc -l < "$OUT/classes.txt")" cold
java -XX:SharedArchiveFile="$CDS_CLI" -Xlog:class+load:file="$OUT/classes-cds.txt" -jar "$CLI" assess "$PROFILE" \
  --format json > /dev/null 2>&1 || true
prop cold.classes.cds "$(grep -c 'shared objects file' "$OUT/classes-cds.txt")" cold
log "cold start: in-process breakdown"
PROBE_RUNS=5
prop probe.runs "$PROBE_RUNS" cold
for variant in plain cds; do
  flags=""; prefix="probe"
  if [ "$variant" = cds ]; then flags="-XX:SharedArchiveFile=$CDS_PROBE"; prefix="probe.cds"; fi
  rm -f "$OUT/probe-$variant.txt"
  for _ in $(seq "$PROBE_RUNS"); do
    # shellcheck disable=SC2086
    java $flags -cp "$BENCH" dev.kijun.bench.ColdStartProbe "$PROFILE" >> "$OUT/probe-$variant.txt"
  done
  for step in jvmToMain catalog engine read firstAssessment json total; do
    prop "$prefix.$step.ms" "$(grep "^cold.$step.ms=" "$OUT/probe-$variant.txt" | cut -d= -f2 | tr '\n' ' ' | median)" cold
  done
done

# --- batch -------------------------------------------------------------------------------------------------------
BATCH_DIR="$OUT/batch-profiles"
if [ "$(find "$BATCH_DIR" -name '*.yaml' 2>/dev/null | wc -l)" -ne "$BATCH_PROFILES" ]; then
  rm -rf "$BATCH_DIR"
  log "generating $BATCH_PROFILES profiles"
  java -cp "$BENCH" dev.kijun.bench.ProfileGenerator "$BATCH_DIR" "$BATCH_PROFILES"
fi
BATCH_JSON="$OUT/batch-report.json"
batch_once() {
  # $1: extra JVM flags; output to a file, with --output when the CLI has it
  if java -jar "$CLI" assess --help 2>/dev/null | grep -q -- '--output'; then
    # shellcheck disable=SC2086
    java $1 -jar "$CLI" assess "$BATCH_DIR" --format json --output "$BATCH_JSON" > /dev/null 2>&1 || true
  else
    # shellcheck disable=SC2086
    java $1 -jar "$CLI" assess "$BATCH_DIR" --format json > "$BATCH_JSON" 2> /dev/null || true
  fi
}
log "batch: $BATCH_RUNS runs of $BATCH_PROFILES profiles"
runs=""
for _ in $(seq "$BATCH_RUNS"); do
  t0=$(now); batch_once ""; t1=$(now)
  runs="$runs $(elapsed "$t0" "$t1")"
done
prop batch.output.mb "$(du -m "$BATCH_JSON" | cut -f1)" batch
rm -f "$BATCH_JSON"
prop batch.profiles "$BATCH_PROFILES" batch
prop batch.runs "$BATCH_RUNS" batch
prop batch.all.s "$(echo $runs)" batch
prop batch.median.s "$(echo "$runs" | median)" batch

# --- isolation ---------------------------------------------------------------------------------------------------
log "isolation: $ISOLATION_THREADS threads x $ISOLATION_PER_THREAD assessments"
java -Xmx2g -cp "$BENCH" dev.kijun.bench.IsolationCheck "$ISOLATION_THREADS" "$ISOLATION_PER_THREAD" 10000 \
  >> "$OUT/isolation.properties" || true
prop isolation.perThread "$ISOLATION_PER_THREAD" isolation

prop machine.load.after "$(load)" machine
java -cp "$BENCH" dev.kijun.bench.ResultsTable "$OUT" > "$OUT/results.md"
log "done: $OUT/results.md"
cat "$OUT/results.md"
