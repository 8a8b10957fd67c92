#!/usr/bin/env bash
# Cold command-line calls against the sqlite3 anchors of the team's BENCH.md, each call in its own
# process (the default: KAM_SERVER is unset here), measured side by side in the same run:
#   1. import: `import accounts`, `import fx`, `import revenue` into a new workspace (3 processes)
#      vs `run_sqlite.sh` (sqlite3 loads the 3 CSV files and runs the analytics)   target: ratio <= 1.0
#   2. `analyze pareto --by region --json` on that workspace
#      vs sqlite3 running sql/analytics.sql on its already loaded database          target: ratio <= 0.8
# Usage: src/bench/cold-cli.sh [medium|large] [runs]      (KAM_LAUNCH=jar: time java -jar, not installer/kam)
#   needs python3, sqlite3, hyperfine; builds the jar when missing; SHARED_DIR (default ../shared) holds
#   bench/gen_portfolio.py, bench/run_sqlite.sh and bench/sql/. Figures drift on a shared machine: read
#   the ratios, and rerun on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-medium}
runs=${2:-5}
shared=$(cd "${SHARED_DIR:-../shared}" && pwd)
work=${BENCH_DIR:-/tmp/kam-cold-bench}
case "$size" in
  medium) gen=(--accounts 20000 --lines 1000000); heap= ;;
  large)  gen=(--accounts 100000 --lines 5000000); heap=-Xmx512m ;;
  *) echo "size must be medium or large" >&2; exit 2 ;;
esac
unset KAM_SERVER KAM_FAST_START
data=$work/$size
mkdir -p "$work"
[ -f "$data/invoices.csv" ] || python3 "$shared/bench/gen_portfolio.py" "${gen[@]}" --out "$data"
jar=${KAM_JAR:-$PWD/target/kam-workbench.jar}   # KAM_JAR: time another build of the jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
# a home of its own: the class-data archive and the new-workspace template live in its cache, as a
# user's would after their first call
home=$work/home
mkdir -p "$home"
# what a user types: the kam script (one JVM per call once its first call wrote the options file);
# KAM_LAUNCH=jar times `java -jar` instead (a launcher JVM, then the call's JVM)
if [ "${KAM_LAUNCH:-script}" = jar ]; then
  kam="java $heap -Duser.home=$home -jar $jar"
else
  kam="env HOME=$home KAM_JAR=$jar KAM_JAVA_OPTIONS=$heap $PWD/installer/kam"
fi
ws=$work/ws-$size
sqlite_db=$work/sqlite-$size.db
sql=$work/analytics-sqlite.sql
sed "s#EXTRACT(YEAR FROM inv_date)#CAST(substr(inv_date, 1, 4) AS INTEGER)#g" "$shared/bench/sql/analytics.sql" > "$sql"

import_all="rm -rf $ws.mv.db $ws.mv.db.state $ws.backups \
 && $kam import accounts $data/accounts.csv --workspace $ws >/dev/null \
 && $kam import fx $data/fx.csv --workspace $ws >/dev/null \
 && $kam import revenue $data/invoices.csv --workspace $ws >/dev/null"
sqlite_job="bash $shared/bench/run_sqlite.sh $data $work/sqlite-$size.csv $sqlite_db"
pareto="$kam analyze pareto --by region --json --workspace $ws >/dev/null"
sqlite_query="sqlite3 $sqlite_db < $sql >/dev/null"

# the first call ever writes the class-data archive, the first new workspace the template: not timed
bash -c "$import_all"
bash -c "$sqlite_job"

hyperfine --runs "$runs" --warmup 1 --export-json "$work/import-$size.json" \
  -n "kam import x3 ($size)" "$import_all" -n "sqlite3 load+analyse ($size)" "$sqlite_job"
bash -c "$import_all" # the workspace the analysis reads
hyperfine --runs "$runs" --warmup 1 --export-json "$work/pareto-$size.json" \
  -n "kam analyze pareto --by region ($size)" "$pareto" -n "sqlite3 analytics.sql ($size)" "$sqlite_query"

python3 - "$work/import-$size.json" "$work/pareto-$size.json" <<'PY'
import json, sys
def ratio(path):
    r = json.load(open(path))["results"]
    return r[0]["median"], r[1]["median"], r[0]["median"] / r[1]["median"]
print("hyperfine (each command's runs one after the other):")
for path, what, target in ((sys.argv[1], "import (3 calls) / sqlite3 job", 1.0),
                           (sys.argv[2], "pareto / sqlite3 query", 0.8)):
    ours, anchor, q = ratio(path)
    print(f"  {what:32s} {ours:6.2f} s / {anchor:6.2f} s = {q:4.2f}  (target <= {target}){'' if q <= target else '  MISSED'}")
PY

# The host's speed drifts within a minute (the sqlite3 job takes 2.1 s, then 3.3 s): also time each of
# ours right beside its anchor, alternating, and read the median of the pairs' ratios.
python3 - "$runs" "$import_all" "$sqlite_job" "$pareto" "$sqlite_query" <<'PY'
import statistics, subprocess, sys, time
runs, import_all, sqlite_job, pareto, sqlite_query = int(sys.argv[1]), *sys.argv[2:]
def timed(command):
    start = time.perf_counter()
    subprocess.run(["bash", "-c", command], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start
print("side by side (ours, then the anchor, alternating):")
for what, ours_cmd, anchor_cmd, target in (("import (3 calls) / sqlite3 job", import_all, sqlite_job, 1.0),
                                           ("pareto / sqlite3 query", pareto, sqlite_query, 0.8)):
    pairs = [(timed(ours_cmd), timed(anchor_cmd)) for _ in range(runs)]
    q = statistics.median(o / a for o, a in pairs)
    ours = statistics.median(o for o, _ in pairs)
    anchor = statistics.median(a for _, a in pairs)
    print(f"  {what:32s} {ours:6.2f} s / {anchor:6.2f} s, median pair ratio {q:4.2f}  (target <= {target})"
          f"{'' if q <= target else '  MISSED'}   pairs: " + " ".join(f"{o:.2f}/{a:.2f}" for o, a in pairs))
PY
