#!/usr/bin/env bash
# The portfolio review pack (PDF) in a warm process (BENCH.md: the medium set under 3 s): imports the data set
# once into a new workspace, then renders the pack of its newest year RUNS times in ONE JVM (test scope's
# org.kamworkbench.bench.ReportBench), printing each run (gather + PDF) and the minimum of the warm runs.
# Usage: src/bench/report-pack.sh [small|medium|large] [runs] [en|it]      (needs python3; compiles the tests)
# Figures drift on shared machines: the script prints the load average beside them.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-medium}
runs=${2:-5}
lang=${3:-en}
shared=${SHARED_DIR:-../shared}
data=${DATA_ROOT:-/tmp/kam-bench}/$size
case "$size" in
  small)  args=(--accounts 2000 --lines 100000) ;;
  medium) args=(--accounts 20000 --lines 1000000) ;;
  large)  args=(--accounts 100000 --lines 5000000) ;;
  *) echo "size must be small, medium or large" >&2; exit 2 ;;
esac
[ "$runs" -ge 2 ] || { echo "runs must be at least 2 (the first run is the cold one)" >&2; exit 2; }
[ -f "$data/invoices.csv" ] || python3 "$shared/bench/gen_portfolio.py" "${args[@]}" --out "$data"
mvn -o -q -B test-compile
cp=target/report-bench.classpath
[ -f "$cp" ] && [ "$cp" -nt pom.xml ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp"
out=$(mktemp -d "${TMPDIR:-/tmp}/report-pack.XXXXXX")
trap 'rm -rf "$out"' EXIT
java -Xmx1g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat "$cp")" \
  org.kamworkbench.bench.ReportBench "$data" "$runs" "$out" "$lang"
