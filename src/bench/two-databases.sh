#!/usr/bin/env bash
# H2 and PostgreSQL side by side (issue 15 §3): the same import and `analyze pareto --by region` through the
# app's services, in one JVM, on a new H2 workspace and on a new database of an embedded PostgreSQL (the test
# fixture's server: no Docker, no network). Prints each run, the minimum of each and the ratios PG / H2.
# Usage: src/bench/two-databases.sh [medium|large|small] [runs]      (needs python3; compiles the tests)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-medium}
runs=${2:-3}
shared=${SHARED_DIR:-../shared}
data=${DATA_ROOT:-/tmp/kam-bench}/$size
case "$size" in
  small)  args=(--accounts 2000 --lines 100000) ;;
  medium) args=(--accounts 20000 --lines 1000000) ;;
  large)  args=(--accounts 100000 --lines 5000000) ;;
  *) echo "size must be small, medium or large" >&2; exit 2 ;;
esac
[ -f "$data/invoices.csv" ] || python3 "$shared/bench/gen_portfolio.py" "${args[@]}" --out "$data"
mvn -o -q -B test-compile
cp=target/two-databases.classpath
[ -f "$cp" ] && [ "$cp" -nt pom.xml ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp"
java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$cp")" org.kamworkbench.app.TwoDatabaseBench "$data" "$runs"
