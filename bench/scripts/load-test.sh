#!/usr/bin/env bash
# Load test of `indivisible serve` on loopback (issue 10, item 4; results in docs/reliability.md).
#
# What it does, in order:
#   1. starts `java -jar cli/target/indivisible.jar serve` on 127.0.0.1:$PORT with a fresh output
#      folder, and runs one tiny study (1 replication) so that /api/runs and /api/jobs/{id} have
#      something to answer;
#   2. idle: wrk against the endpoints the dashboard polls (GET /api/jobs/{id}, /api/runs,
#      /api/scenarios) at each connection count in $CONNS, $DURATION each, with --latency;
#   3. starts a study run through the API (POST /api/runs: $STUDY, $REPS replications per cell,
#      seed $SEED), then sends a burst of $BURST simultaneous POST /api/runs: with the default
#      --queue 2, exactly 2 must be queued (202) and the rest refused with 429, each answered
#      within 10 s (a hang fails the check);
#   4. loaded: the same wrk runs while that run is in progress (checked before and after);
#   5. starts the same study with `indivisible run` (same replications and seed, no server) beside
#      the rest of the served run, and compares the two summary.json files byte for byte.
# Any 5xx, socket error, wrong burst answer, run that ends before the loaded phase does, or
# summary difference makes the script exit 1. Results: $WORK/results.md (a markdown table),
# the raw wrk outputs, server.log and /proc/loadavg samples beside it.
#
# Needs: the jar (rm -f cli/target/indivisible.jar; mvn -B -ntp -q -pl cli -am package -DskipTests),
# wrk (Debian: apt-get install -y wrk; a measurement tool only, not a build dependency), curl,
# python3. Not part of `mvn verify`. Run from the repository root:
#
#   bench/scripts/load-test.sh                        # 3 endpoints x (1, 8, 32) connections x 30 s, twice
#   DURATION=10s CONNS="1 8" REPS=50 bench/scripts/load-test.sh      # a quick look
#
# The run must outlast the loaded phase (3 x |CONNS| x DURATION plus a few seconds), or the script
# fails: REPS=150 on the default study (30 cells, 4,500 replications) took 16 minutes on 2 shared
# cores at load average 11 to 18 (1,928 done when wrk ended); on a faster machine raise REPS.
# The whole script took 26 minutes there.
set -euo pipefail

JAR=${JAR:-cli/target/indivisible.jar}
PORT=${PORT:-17070}
DURATION=${DURATION:-30s}
CONNS=${CONNS:-"1 8 32"}
THREADS=${THREADS:-2}
STUDY=${STUDY:-default-study.yaml}
REPS=${REPS:-150}
SEED=${SEED:-20261128}
BURST=${BURST:-10}
SCENARIOS=${SCENARIOS:-scenarios}
WORK=${WORK:-$(mktemp -d /tmp/indivisible-load-XXXXXX)}

for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "load-test: '$tool' is not installed (wrk: apt-get install -y wrk)" >&2; exit 3; }
done
[ -f "$JAR" ] || { echo "load-test: no $JAR; build it: mvn -B -ntp -q -pl cli -am package -DskipTests" >&2; exit 3; }
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"
FAIL=0
fail() { echo "FAIL: $*" | tee -a "$WORK/checks.txt" >&2; FAIL=1; }
note() { echo "$*" | tee -a "$WORK/checks.txt"; }
loadavg() { echo "$(date -u +%H:%M:%S) $1 $(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/loadavg.txt"; }

java --add-modules=jdk.incubator.vector -jar "$JAR" serve --port "$PORT" --scenarios "$SCENARIOS" -o "$WORK/out" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$BASE/api/openapi" && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log" >&2; exit 2; }
  sleep 0.5
done
note "server pid $SERVER on $BASE, work folder $WORK"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post_run() { # body -> prints the HTTP status, the answer goes to $WORK/post.json
  curl -s -m 10 -o "$WORK/post.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "$1" "$BASE/api/runs"
}
job_state() { curl -fs "$BASE/api/jobs/$1" | json "['state']"; }
wait_job() {
  while :; do
    s=$(job_state "$1")
    case "$s" in done) return 0 ;; failed) curl -s "$BASE/api/jobs/$1" >&2; return 1 ;; esac
    sleep 1
  done
}

# A tiny finished run, so the idle phase reads a real job and a non-empty run list.
TINY='{"file":"'"$STUDY"'","replications":1,"seed":1}'
[ "$(post_run "$TINY")" = 202 ] || { cat "$WORK/post.json" >&2; exit 2; }
TINY_JOB=$(json "['id']" < "$WORK/post.json")
wait_job "$TINY_JOB"

measure() { # phase job-id
  local phase=$1 job=$2 name url c t
  for name in jobs runs scenarios; do
    case $name in
      jobs) url="$BASE/api/jobs/$job" ;;
      runs) url="$BASE/api/runs" ;;
      scenarios) url="$BASE/api/scenarios" ;;
    esac
    for c in $CONNS; do
      t=$(( c < THREADS ? c : THREADS ))
      loadavg "$phase $name c=$c start"
      wrk -t "$t" -c "$c" -d "$DURATION" --timeout 10s --latency "$url" > "$WORK/wrk-$phase-$name-c$c.txt"
      loadavg "$phase $name c=$c end"
      grep -q 'Non-2xx' "$WORK/wrk-$phase-$name-c$c.txt" && fail "$phase $name c=$c: non-2xx answers"
      grep -q 'Socket errors' "$WORK/wrk-$phase-$name-c$c.txt" && fail "$phase $name c=$c: socket errors"
      echo "$phase $name c=$c: $(grep 'Requests/sec' "$WORK/wrk-$phase-$name-c$c.txt")"
    done
  done
}

note "idle phase (no run in progress)"
measure idle "$TINY_JOB"

MAIN='{"file":"'"$STUDY"'","replications":'"$REPS"',"seed":'"$SEED"'}'
[ "$(post_run "$MAIN")" = 202 ] || { cat "$WORK/post.json" >&2; exit 2; }
MAIN_JOB=$(json "['id']" < "$WORK/post.json")
RUN_START=$(date +%s)
for _ in $(seq 1 50); do [ "$(job_state "$MAIN_JOB")" = running ] && break; sleep 0.2; done
[ "$(job_state "$MAIN_JOB")" = running ] || fail "the main run is not running"

# Burst: $BURST simultaneous small submissions while the main run holds the queue's only worker.
BURST_PIDS=()
for i in $(seq 1 "$BURST"); do
  curl -s -m 10 -o "$WORK/burst-$i.json" -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
       -d "$TINY" "$BASE/api/runs" > "$WORK/burst-$i.code" &
  BURST_PIDS+=($!)
done
wait "${BURST_PIDS[@]}" || true
codes=$(cat "$WORK"/burst-*.code | cut -d' ' -f1 | sort | uniq -c | tr -s ' ' | tr '\n' ';')
slowest=$(cat "$WORK"/burst-*.code | cut -d' ' -f2 | sort -g | tail -1)
note "burst of $BURST POST /api/runs during the run: $codes slowest answer ${slowest}s"
n202=$(grep -c '^202 ' "$WORK"/burst-*.code | awk -F: '{s+=$2} END {print s}')
n429=$(grep -c '^429 ' "$WORK"/burst-*.code | awk -F: '{s+=$2} END {print s}')
[ "$n202" = 2 ] && [ "$n429" = $((BURST - 2)) ] || fail "burst: expected 2 x 202 and $((BURST - 2)) x 429"
grep -l '^429 ' "$WORK"/burst-*.code | head -1 | sed 's/code$/json/' | xargs cat >> "$WORK/checks.txt"; echo >> "$WORK/checks.txt"

note "loaded phase (run $MAIN_JOB in progress)"
measure loaded "$MAIN_JOB"
curl -fs "$BASE/api/jobs/$MAIN_JOB" > "$WORK/job-after-load.json"
note "after the loaded phase: $(cat "$WORK/job-after-load.json")"
[ "$(json "['state']" < "$WORK/job-after-load.json")" = running ] || fail "the run ended before the loaded phase did: raise REPS"

# The reference run starts now, beside the rest of the served run (nothing is measured any more).
note "reference: indivisible run $SCENARIOS/$STUDY -n $REPS --seed $SEED (no server)"
REF_START=$(date +%s)
java --add-modules=jdk.incubator.vector -jar "$JAR" run "$SCENARIOS/$STUDY" -n "$REPS" --seed "$SEED" -q -o "$WORK/cli-out" > "$WORK/cli-run.log" 2>&1 &
REF=$!
wait_job "$MAIN_JOB" || fail "the run failed"
RUN_END=$(date +%s)
RUN_ID=$(curl -fs "$BASE/api/jobs/$MAIN_JOB" | json "['runId']")
note "run $RUN_ID done in $((RUN_END - RUN_START)) s under the loaded phase and the queued burst"
for j in $(curl -fs "$BASE/api/jobs" | json "" | python3 -c "import ast,sys; [print(j['id']) for j in ast.literal_eval(sys.stdin.read())]"); do
  wait_job "$j" || true
done
kill $SERVER; wait $SERVER 2>/dev/null || true
grep -E 'Exception|ERROR' "$WORK/server.log" && fail "the server logged errors" || true

wait $REF || fail "the reference run failed"
note "reference run done in $(( $(date +%s) - REF_START )) s"
REF_DIR=$(ls -d "$WORK"/cli-out/*/ | head -1)
if cmp "$WORK/out/$RUN_ID/summary.json" "$REF_DIR/summary.json"; then
  note "summary.json of the served run under load is byte-identical to indivisible run's ($(wc -c < "$REF_DIR/summary.json") bytes)"
else
  fail "summary.json differs between the served run and indivisible run"
fi

python3 - "$WORK" > "$WORK/results.md" <<'EOF'
import glob, os, re, sys
work = sys.argv[1]
def ms(s):
    v, u = re.match(r'([\d.]+)(us|ms|s)', s).groups()
    return float(v) * {'us': 1e-3, 'ms': 1.0, 's': 1e3}[u]
rows = {}
for f in glob.glob(os.path.join(work, 'wrk-*.txt')):
    phase, name, c = re.match(r'wrk-(\w+)-(\w+)-c(\d+)\.txt', os.path.basename(f)).groups()
    t = open(f).read()
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', t).group(1))
    p50 = ms(re.search(r'^\s+50%\s+(\S+)', t, re.M).group(1))
    p99 = ms(re.search(r'^\s+99%\s+(\S+)', t, re.M).group(1))
    n = int(re.search(r'(\d+) requests in', t).group(1))
    bad = re.search(r'Non-2xx or 3xx responses: (\d+)', t)
    rows[(name, int(c), phase)] = (rps, p50, p99, n, int(bad.group(1)) if bad else 0)
print('| endpoint | connections | idle req/s | idle p50 ms | idle p99 ms | in-run req/s | in-run p50 ms | in-run p99 ms | non-2xx |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
path = {'jobs': 'GET /api/jobs/{id}', 'runs': 'GET /api/runs', 'scenarios': 'GET /api/scenarios'}
for name in ['jobs', 'runs', 'scenarios']:
    for c in sorted({k[1] for k in rows if k[0] == name}):
        i, l = rows.get((name, c, 'idle')), rows.get((name, c, 'loaded'))
        f = lambda r: ('%.0f | %.2f | %.2f' % r[:3]) if r else '- | - | -'
        print('| %s | %d | %s | %s | %d |' % (path[name], c, f(i), f(l), (i[4] if i else 0) + (l[4] if l else 0)))
EOF
cat "$WORK/results.md"
echo "load averages:"; cat "$WORK/loadavg.txt"
exit $FAIL
