#!/usr/bin/env bash
# Side-by-side benchmark of the headless CLI against the sqlite3 anchor of ../shared/BENCH.md.
# Usage: src/bench/run.sh [medium|large] [runs]      (needs python3, sqlite3, hyperfine; builds the jar)
# Figures drift on shared machines: read the ratios, measured in the same run.
# As is, every call runs in its own, cold JVM (the default; see cold-cli.sh for the ratios to the targets);
# with KAM_SERVER=on the warm-up run starts the command line's background process (app/CliServer), which
# the timed runs then use.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-medium}
runs=${2:-3}
shared=${SHARED_DIR:-../shared}
data=/tmp/kam-bench/$size
case "$size" in
  medium) args=(--accounts 20000 --lines 1000000); heap= ;;
  large)  args=(--accounts 100000 --lines 5000000); heap=-Xmx512m ;;
  *) echo "size must be medium or large" >&2; exit 2 ;;
esac
[ -f "$data/invoices.csv" ] || python3 "$shared/bench/gen_portfolio.py" "${args[@]}" --out "$data"
[ -f target/kam-workbench.jar ] || mvn -B -q -DskipTests package
jar="java $heap -jar target/kam-workbench.jar"
ws=/tmp/kam-bench/ws-$size

import_all="rm -f $ws.mv.db && $jar import accounts $data/accounts.csv --workspace $ws >/dev/null \
 && $jar import fx $data/fx.csv --workspace $ws >/dev/null \
 && $jar import revenue $data/invoices.csv --workspace $ws >/dev/null"
sqlite_job="bash $shared/bench/run_sqlite.sh $data /tmp/kam-bench/sqlite-$size.csv /tmp/kam-bench/sqlite-$size.db"

echo "== import (accounts + fx + invoices into a new workspace) vs sqlite3 load + analyse"
# one warm-up: the very first CLI call writes the class-data archive (app/FastStart) and is slower
# (with KAM_SERVER=on, the next one starts the background process)
hyperfine --runs "$runs" --warmup 1 --export-markdown "/tmp/kam-bench/import-$size.md" \
  -n "kam import ($size)" "$import_all" -n "sqlite3 load+analyse ($size)" "$sqlite_job"

if $jar analyze pareto --help >/dev/null 2>&1; then
  # sqlite3 analytics alone, on its already loaded database
  sql=$(mktemp)
  sed "s#EXTRACT(YEAR FROM inv_date)#CAST(substr(inv_date, 1, 4) AS INTEGER)#g" "$shared/bench/sql/analytics.sql" > "$sql"
  echo "== analyze pareto --by region --json vs sqlite3 analytics.sql on its loaded database"
  hyperfine --runs "$runs" --warmup 1 --export-markdown "/tmp/kam-bench/analyze-$size.md" \
    -n "kam analyze ($size)" "$jar analyze pareto --by region --json --workspace $ws >/dev/null" \
    -n "sqlite3 analytics ($size)" "sqlite3 /tmp/kam-bench/sqlite-$size.db < $sql >/dev/null"
fi
