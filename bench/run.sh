#!/usr/bin/env bash
# Load benchmark: starts the packaged app on a fresh H2 file with the seed or a large dataset, warms it
# up, then measures each page with wrk and the server's CPU time per request. See bench/README.md.
# Usage: bench/run.sh [seed|large] [seconds per URL, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-seed}
SECONDS_PER_URL=${2:-20}
case "$MODE" in seed | large) ;; *) echo "usage: $0 [seed|large] [seconds per URL]" >&2; exit 2 ;; esac
[[ "$SECONDS_PER_URL" =~ ^[1-9][0-9]*$ ]] || { echo "seconds per URL must be a positive integer" >&2; exit 2; }

HOST=127.0.0.1 # the only address this script ever sends requests to
# As deploy/jvm.options asks: two malloc arenas, not one per thread (tens of megabytes of resident memory).
export MALLOC_ARENA_MAX=2
WARM_UP_SECONDS=30
READY_TIMEOUT_SECONDS=${READY_TIMEOUT_SECONDS:-300} # longer on a busy machine
URLS=(/compare /styles /rankings /products /webjars/bootstrap/css/bootstrap.min.css)
# Not a URL: /compare with a random pair of companies and lens on every request, so that on the large
# dataset (39,600 combinations) nearly every comparison is drawn afresh instead of served as kept.
EVERY_PAIR="/compare?(every pair)"
REFERENCE=/webjars/bootstrap/css/bootstrap.min.css
TICKS_PER_SECOND=$(getconf CLK_TCK)

WORK=$(mktemp -d /tmp/scorecard-bench.XXXXXX)
APP_PID=
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && $status -ne 130 && -s "$WORK/app.log" ]]; then
        echo "--- last lines of the app's log ---" >&2
        tail -n 30 "$WORK/app.log" >&2
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The jar, copied out of target/ under the build lock (other builds rebuild target/).
echo "== building the jar"
build() {
    flock -w 1200 /tmp/mvn.lock sh -c \
        "timeout --foreground 900 ./mvnw -q $1 -DskipTests package && cp target/scorecard-*.jar '$WORK/app.jar'"
}
if ! build -o; then
    echo "offline build failed; trying once more with dependency downloads" >&2
    build ""
fi

# 2. wrk, from Debian's packages.
if ! command -v wrk >/dev/null; then
    echo "== installing wrk"
    timeout --foreground 300 apt-get update -qq
    timeout --foreground 300 apt-get install -y -qq wrk >/dev/null
fi

# 3. The large dataset, generated once and cached (keyed by the generator's content).
SEED_ARGS=()
if [[ "$MODE" == large ]]; then
    DATA="bench/.data/large-$(sha1sum bench/generate-dataset.py | cut -c1-12)"
    if [[ ! -f "$DATA/facts.csv" ]]; then
        echo "== generating the large dataset into $DATA"
        mkdir -p bench/.data
        TMP_DATA=$(mktemp -d bench/.data/tmp.XXXXXX)
        timeout --foreground 600 python3 bench/generate-dataset.py "$TMP_DATA" 100 10000 100000
        mv "$TMP_DATA" "$DATA"
    fi
    SEED_ARGS=("--scorecard.seed.location=file:$(cd "$DATA" && pwd)/")
fi

# 4. The app, on a fresh H2 file and a free port of 127.0.0.1.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://$HOST:$PORT"
echo "== starting the app ($MODE dataset) at $BASE"
START=$(date +%s.%N)
PASSWORD="bench-$RANDOM-$RANDOM-password"
SCORECARD_ADMIN_PASSWORD="$PASSWORD" java @deploy/jvm.options -jar "$WORK/app.jar" --server.address=$HOST --server.port="$PORT" \
    "--spring.datasource.url=jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;CACHE_SIZE=8192" \
    --scorecard.seed.enabled=true "${SEED_ARGS[@]}" \
    --management.endpoint.health.probes.enabled=true \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!

status_of() { curl -s -o /dev/null -m "${2:-5}" -w '%{http_code}' "$BASE$1" || true; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
holds() { awk "BEGIN { exit !($1) }"; }
elapsed() { calc "$(date +%s.%N) - $START"; }
# With the probes enabled, /actuator/health includes readiness: it answers 503 as soon as the server
# listens and 200 only after the start-up runners, that is once the dataset is loaded and committed.
wait_for() { # a status pattern
    while [[ ! "$(status_of /actuator/health)" =~ ^$1$ ]]; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during start-up" >&2; exit 1; }
        holds "$(elapsed) > $READY_TIMEOUT_SECONDS" && { echo "not ready after ${READY_TIMEOUT_SECONDS}s" >&2; exit 1; }
        sleep 0.5
    done
}
wait_for '[1-5][0-9][0-9]'
printf 'server answering after %.1f s\n' "$(elapsed)"
wait_for 200
printf 'ready, dataset loaded (/actuator/health UP) after %.1f s\n' "$(elapsed)"
grep -o 'Started ScorecardApplication in .*' "$WORK/app.log" || true
grep -o 'Seeded .*\|Seed loaded and committed in .*' "$WORK/app.log" || true

# 4b. The ledger spread over time. Every fact was just recorded by the loader, so a score history would have one
# point, today. As if the ledger had been kept for years by editors working through the week's reports each Monday:
# each fact recorded on the second Monday after its as-of date (never later than it was), and a superseded fact
# superseded when the fact that replaced it was recorded. Only histories
# read these moments; the data version moves on so nothing kept from before is served. AUTO_SERVER lets this
# second process write to the app's H2 file while the app runs.
unzip -q -j -o "$WORK/app.jar" 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
cat >"$WORK/spread.sql" <<'SQL'
UPDATE fact SET recorded_at = LEAST(recorded_at,
    DATEADD('HOUR', 9 + MOD(id, 8), DATEADD('DAY', 15 - ISO_DAY_OF_WEEK(as_of), CAST(as_of AS TIMESTAMP))));
UPDATE fact f SET superseded_at = (SELECT n.recorded_at FROM fact n WHERE n.id = f.superseded_by)
    WHERE superseded_by IS NOT NULL;
UPDATE data_version SET version = version + 1 WHERE id = 1;
SQL
java -cp "$(ls "$WORK"/h2-*.jar)" org.h2.tools.RunScript -user sa -script "$WORK/spread.sql" \
    -url "jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
echo "ledger spread over time (facts recorded after their as-of dates)"

# The company whose score history is timed: the one with the most products (bytedance on the seed).
HISTORY_SLUG=bytedance
if [[ "$MODE" == large ]]; then
    HISTORY_SLUG=$(python3 -c 'import csv, collections, sys
counts = collections.Counter(row["company"] for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
print(counts.most_common(1)[0][0])' "$DATA/products.csv")
fi
HISTORY=/companies/$HISTORY_SLUG/score-history
URLS+=("$HISTORY")
# Its first request replays the ledger; every later one draws the history kept under the data version.
HISTORY_FIRST=$(curl -s -o /dev/null -m 120 -w '%{time_total}' "$BASE$HISTORY")
HISTORY_POINTS=$(curl -s -m 60 "$BASE$HISTORY" | grep -c '<time datetime=' || true)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; } # utime + stime of the server process
run_wrk() { timeout --foreground $(($2 + 60)) wrk "${@:3}" -d"$2"s --timeout 10s "$BASE$1"; }
# Requests that wrk gave up on are still being served after it stops: before measuring, wait (at
# most 120 s) until the server spends less than a tenth of a CPU-second per second.
settle() {
    local previous current
    previous=$(cpu_ticks)
    for _ in $(seq 1 120); do
        sleep 1
        current=$(cpu_ticks)
        ((current - previous < TICKS_PER_SECOND / 10)) && return 0
        previous=$current
    done
    echo "  (the server was still busy after 120 s)" >&2
}

# The every-pair script, with the companies the app lists; each wrk thread draws its own sequence.
slugs=$(curl -s -m 30 "$BASE/companies" | grep -o 'href="/companies/[a-z0-9-]*"' | sed 's:.*/companies/\([a-z0-9-]*\)":"\1",:' | sort -u | tr -d '\n')
cat >"$WORK/every-pair.lua" <<LUA
local slugs = {$slugs}
local lenses = {"official", "growth-first", "monetization-first", "capability-first"}
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(seed * 7919) end
function request()
  local a = math.random(#slugs)
  local b = math.random(#slugs - 1)
  if b >= a then b = b + 1 end
  return wrk.format("GET", "/compare?left=" .. slugs[a] .. "&right=" .. slugs[b] .. "&lens=" .. lenses[math.random(#lenses)])
end
LUA
[[ "$MODE" == large ]] && URLS+=("$EVERY_PAIR")

# 5. Warm-up: all URLs in turn, for 30 s.
echo "== warming up for ${WARM_UP_SECONDS}s"
printf 'local paths = {%s}\nlocal i = 0\nrequest = function()\n  i = i %% #paths + 1\n  return wrk.format("GET", paths[i])\nend\n' \
    "$(printf '"%s",' "${URLS[@]/"$EVERY_PAIR"/\/compare}")" >"$WORK/all-urls.lua"
run_wrk / $WARM_UP_SECONDS -t2 -c8 -s "$WORK/all-urls.lua" >"$WORK/warm-up.txt"
PAIRS_WARM_UP_SECONDS=60
if [[ "$MODE" == large ]]; then
    # Every lens's standings are scored once per data version, each company's comparison summaries made in the
    # background after them, and each company's side of a comparison drawn once per lens and kept (four hundred
    # sides): the measured run then joins comparisons from kept sides, it does not score standings or draw sides.
    # What that costs is printed too.
    echo "== warming up the comparisons of every lens for ${PAIRS_WARM_UP_SECONDS}s"
    before=$(cpu_ticks)
    run_wrk / $PAIRS_WARM_UP_SECONDS -t2 -c8 -s "$WORK/every-pair.lua" >"$WORK/warm-up-pairs.txt"
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$WORK/warm-up-pairs.txt")
    ((${requests:-0} > 0)) && printf 'every-pair warm-up (standings scored, sides drawn): %s requests, %s ms CPU per request\n' \
        "$requests" "$(calc "($after - $before) * 1000 / $TICKS_PER_SECOND / $requests")"
fi

# 6. Each URL on its own.
echo "== measuring each URL for ${SECONDS_PER_URL}s (wrk -t2 -c8)"
declare -A CPU_PER_REQUEST
RESULTS=()
for url in "${URLS[@]}"; do
    settle
    if [[ "$url" == "$EVERY_PAIR" ]]; then
        code=$(status_of /compare 60)
        before=$(cpu_ticks)
        run_wrk / "$SECONDS_PER_URL" -t2 -c8 --latency -s "$WORK/every-pair.lua" >"$WORK/wrk.txt"
    else
        code=$(status_of "$url" 60)
        before=$(cpu_ticks)
        run_wrk "$url" "$SECONDS_PER_URL" -t2 -c8 --latency >"$WORK/wrk.txt"
    fi
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
    rate=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$WORK/wrk.txt")
    errors=$(grep -o 'Socket errors: .*' "$WORK/wrk.txt" || true)
    if ((${requests:-0} > 0)); then
        cpu=$(calc "($after - $before) * 1000 / $TICKS_PER_SECOND / $requests")
    else
        cpu=n/a p50=- p99=- errors="no request completed within ${SECONDS_PER_URL}s $errors"
    fi
    CPU_PER_REQUEST[$url]=$cpu
    RESULTS+=("$(printf '%-42s %6s %8s %9s %10s %10s %11s %11s  %s' "$url" "$code" "${requests:-0}" "${rate:-?}" \
        "${p50:-?}" "${p99:-?}" "${non2xx:-0}" "$cpu" "$errors")")
done

# 7. The figures.
echo
echo "== $MODE dataset, ${SECONDS_PER_URL}s per URL after a ${WARM_UP_SECONDS}s warm-up"
printf '%-42s %6s %8s %9s %10s %10s %11s %11s\n' URL status requests req/s p50 p99 non-2xx/3xx 'CPU ms/req'
printf '%s\n' "${RESULTS[@]}"
echo
reference=${CPU_PER_REQUEST[$REFERENCE]}
echo "server CPU per request relative to the stylesheet ($REFERENCE, $reference ms):"
# The issue's targets: a kept comparison at most 4x (the first round's), a comparison drawn afresh at most 10x,
# /styles, /rankings and /products at most 3x.
target_of() {
    case "$1" in
        /compare) echo 4 ;;
        "$EVERY_PAIR") echo 10 ;;
        /styles | /rankings | /products) echo 3 ;;
        *) echo "" ;;
    esac
}
for url in "${URLS[@]}"; do
    [[ "$url" == "$REFERENCE" ]] && continue
    target=$(target_of "$url")
    if [[ "${CPU_PER_REQUEST[$url]}" != n/a && "$reference" != n/a ]] && holds "$reference > 0"; then
        ratio=$(calc "${CPU_PER_REQUEST[$url]} / $reference")
        verdict=
        if [[ -n "$target" ]]; then
            verdict="  (target <= ${target}x: $(holds "$ratio <= $target" && echo met || echo NOT met))"
        fi
        printf '  %-12s %6.1fx%s\n' "$url" "$ratio" "$verdict"
    else
        printf '  %-12s    n/a\n' "$url"
    fi
done
printf 'score history of %s (%s points): first request %.0f ms (replays the ledger), then %s ms server CPU per request\n' \
    "$HISTORY_SLUG" "$HISTORY_POINTS" "$(calc "$HISTORY_FIRST * 1000")" "${CPU_PER_REQUEST[$HISTORY]}"
resident() { # when
    grep VmRSS "/proc/$APP_PID/status" | awk -v when="$1" '{ mb = int($2 / 1024);
        printf "server resident memory %s: %d MB (target <= 600 MB with -Xmx512m: %s)\n", when, mb, mb <= 600 ? "met" : "NOT met" }'
}
resident "after the run"

# 8. After a write: one fact recorded through the form, then the first comparison and rankings.
echo
settle
python3 bench/after_write.py "$BASE" "$PASSWORD" "$APP_PID" || echo "(the after-write figures could not be taken)" >&2
resident "after the write"

# 9. On the wire: what a browser transfers for a first and a repeat view of /compare.
echo
bench/wire.sh "$BASE" /compare
