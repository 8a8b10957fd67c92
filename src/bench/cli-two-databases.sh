#!/usr/bin/env bash
# Whole command-line calls on H2 and on PostgreSQL side by side (issue 15 §3), each call its own process (the
# default): the medium set imported once into a new H2 workspace and once into a new team database of a
# throw-away PostgreSQL (the tests' embedded server, password login as a team's server has), then
# `analyze pareto --by region --json` and `status` timed on both in the same run, taking turns. Prints the
# median and minimum of each and the ratios PostgreSQL / H2 of the medians (target: at most 2).
# Usage: src/bench/cli-two-databases.sh [medium|small] [runs]   (needs python3; builds what is missing)
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
# the four calls take turns, round after round, so that a change of load on a shared machine hits them alike
python3 - "$runs" "$kam" "$h2" "$pg" <<'PY'
import os, shlex, statistics, subprocess, sys, time
runs, kam, h2, pg = int(sys.argv[1]), shlex.split(sys.argv[2]), sys.argv[3], sys.argv[4]
calls = {f"{db} {what}": kam + args + ["--workspace", ws]
         for db, ws in (("H2", h2), ("PostgreSQL", pg))
         for what, args in (("analyze pareto", ["analyze", "pareto", "--by", "region", "--json"]),
                            ("status", ["status"]))}
times = {name: [] for name in calls}
for run in range(runs + 1):  # the first round warms the file cache and is not counted
    for name, command in calls.items():
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        if run > 0:
            times[name].append(time.perf_counter() - start)
for name, t in times.items():
    print(f"{name:28s} median {statistics.median(t):6.3f} s  min {min(t):6.3f} s  ({runs} runs)")
for what in ("analyze pareto", "status"):
    h, p = statistics.median(times["H2 " + what]), statistics.median(times["PostgreSQL " + what])
    print(f"{what}: PostgreSQL / H2 = {p / h:.2f} (medians)")
print(f"load average {os.getloadavg()[0]:.1f}")
PY
