#!/usr/bin/env bash
# Whole command-line calls on H2 and on PostgreSQL side by side (issue 15 §3), each call its own process (the
# default): the medium set imported once into a new H2 workspace and once into a new team database of a
# throw-away PostgreSQL (the tests' embedded server, password login as a team's server has), then
# `analyze pareto --by region --json` and `status` timed on both in the same run. Prints hyperfine's table and
# the ratios PostgreSQL / H2 of the means (target: at most 2).
# Usage: src/bench/cli-two-databases.sh [medium|small] [runs]   (needs python3, hyperfine; builds what is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-medium}
runs=${2:-5}
shared=${SHARED_DIR:-../shared}
work=${BENCH_DIR:-/tmp/kam-cli-twodb}
data=${DATA_ROOT:-/tmp/kam-bench}/$size
case "$size" in
  small)  gen=(--accounts 2000 --lines 100000) ;;
  medium) gen=(--accounts 20000 --lines 1000000) ;;
  *) echo "size must be small or medium" >&2; exit 2 ;;
esac
unset KAM_SERVER KAM_FAST_START
[ -f "$data/invoices.csv" ] || python3 "$shared/bench/gen_portfolio.py" "${gen[@]}" --out "$data"
jar=${KAM_JAR:-$PWD/target/kam-workbench.jar}
[ -f "$jar" ] || mvn -o -q -B -DskipTests package
mvn -o -q -B test-compile
cp=target/two-databases.classpath
[ -f "$cp" ] && [ "$cp" -nt pom.xml ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp"
rm -rf "$work" && mkdir -p "$work/home"
kam="java -Duser.home=$work/home -jar $jar"
h2=$work/h2-$size

# the server runs until its input closes (at the end of this script)
mkfifo "$work/server.in"
java -cp "target/classes:target/test-classes:$(cat "$cp")" org.kamworkbench.app.TeamServerForBench \
  < "$work/server.in" > "$work/server.out" 2> "$work/server.err" &
server=$!
exec 3> "$work/server.in"
trap 'exec 3>&-; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do [ -s "$work/server.out" ] && break; sleep 1; done
pg=$(head -1 "$work/server.out")
[ -n "$pg" ] || { echo "the PostgreSQL server did not start: $work/server.err" >&2; exit 1; }
export KAM_DB_PASSWORD='s3cret pässword' # TeamServer.PASSWORD

# a user's first call is on their own (H2) workspace: it writes the class-data archive, not timed
for ws in "$h2" "$pg"; do
  for kind in accounts fx revenue; do
    file=$data/$kind.csv; [ "$kind" = revenue ] && file=$data/invoices.csv
    $kam import "$kind" "$file" --workspace "$ws" > /dev/null
  done
done
echo "PostgreSQL workspace: $pg"
hyperfine --runs "$runs" --warmup 1 --export-json "$work/cli.json" \
  -n "H2 analyze pareto" "$kam analyze pareto --by region --json --workspace $h2 >/dev/null" \
  -n "PostgreSQL analyze pareto" "$kam analyze pareto --by region --json --workspace '$pg' >/dev/null" \
  -n "H2 status" "$kam status --workspace $h2 >/dev/null" \
  -n "PostgreSQL status" "$kam status --workspace '$pg' >/dev/null"
python3 - "$work/cli.json" <<'PY'
import json, os, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for what in ("analyze pareto", "status"):
    h, p = r["H2 " + what], r["PostgreSQL " + what]
    print(f"{what}: H2 mean {h['mean']:.3f} s (min {h['min']:.3f}), PostgreSQL mean {p['mean']:.3f} s "
          f"(min {p['min']:.3f}), ratio of means {p['mean'] / h['mean']:.2f}")
print(f"load average {os.getloadavg()[0]:.1f}")
PY
