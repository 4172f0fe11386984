#!/usr/bin/env bash
#
# Builds the benchmarks jar and runs inference-econ's JMH benchmarks with settings that suit a
# small (2-core) machine. Benchmarks never run in the normal Maven build.
#
#   inference-econ-benchmarks/run-benchmarks.sh
#       all of them, each with the settings annotated on its class: ApiCostBenchmark,
#       AdapterCostBenchmark, ResponseBodyBenchmark, SelfHostedEstimateBenchmark,
#       PlannerBenchmark and ConfigRangeBenchmark (1 fork, 3 warm-up (the planner 10) and 5 measured iterations
#       of 2 s, one thread), then CatalogLoadBenchmark (one cold call
#       in each of 10 fresh JVMs); JSON results in inference-econ-benchmarks/target/jmh/
#   inference-econ-benchmarks/run-benchmarks.sh ApiCostBenchmark
#   inference-econ-benchmarks/run-benchmarks.sh 'SelfHostedEstimateBenchmark.estimate$' -prof gc
#       one benchmark (a JMH regular expression over class.method), with its annotated
#       settings and any further JMH options (-h lists them)
#
# SKIP_BUILD=1 reuses the jar from an earlier run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar="$here/target/benchmarks.jar"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -q -pl inference-econ-benchmarks -am -Pbenchmarks-jar package \
    -DskipTests -Djacoco.skip=true)
fi

if [[ $# -gt 0 ]]; then
  exec java -jar "$jar" "$@"
fi

results="$here/target/jmh"
mkdir -p "$results"
java -jar "$jar" \
  'ApiCostBenchmark|AdapterCostBenchmark|ResponseBodyBenchmark|SelfHostedEstimateBenchmark|PlannerBenchmark|ConfigRangeBenchmark' \
  -rf json -rff "$results/per-call.json"
java -jar "$jar" CatalogLoadBenchmark -rf json -rff "$results/catalog-load.json"
