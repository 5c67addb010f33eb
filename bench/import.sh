#!/usr/bin/env bash
# Import benchmark: starts the packaged app on a fresh H2 file with the seed or the large dataset, then, as an
# editor over real HTTP, previews and commits a file of 10,000 fact rows and prints the seconds of each.
# Target (issue 15): under 30 s together on this machine. Not a test. See bench/README.md.
# Usage: bench/import.sh [seed|large] [rows, default 10000]
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-seed}
ROWS=${2:-10000}
case "$MODE" in seed | large) ;; *) echo "usage: $0 [seed|large] [rows]" >&2; exit 2 ;; esac
[[ "$ROWS" =~ ^[1-9][0-9]*$ ]] || { echo "rows must be a positive integer" >&2; exit 2; }

HOST=127.0.0.1 # the only address this script ever sends requests to
# As deploy/jvm.options asks: two malloc arenas, not one per thread (tens of megabytes of resident memory).
export MALLOC_ARENA_MAX=2
READY_TIMEOUT_SECONDS=300
PASSWORD="import-$RANDOM-$RANDOM-password"
WORK=$(mktemp -d /tmp/scorecard-import-bench.XXXXXX)
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

# 1. The jar: the one in target/ when it is newer than the sources, else built under the build lock.
JAR=$(ls -t target/scorecard-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$JAR" || -n "$(find src/main pom.xml -newer "$JAR" -type f | head -1)" ]]; then
    echo "== building the jar"
    flock -w 1200 /tmp/mvn.lock sh -c \
        "timeout --foreground 900 ./mvnw -q -B -ntp -o -DskipTests package && cp target/scorecard-*.jar '$WORK/app.jar'"
else
    cp "$JAR" "$WORK/app.jar"
fi

# 2. The large dataset, generated once and cached as bench/run.sh does.
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

# 3. The app, on a fresh H2 file and a free port of 127.0.0.1, with the administrator's password known.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://$HOST:$PORT"
echo "== starting the app ($MODE dataset) at $BASE"
SCORECARD_ADMIN_PASSWORD="$PASSWORD" java @deploy/jvm.options ${IMPORT_BENCH_JAVA_OPTS:-} -jar "$WORK/app.jar" --server.address=$HOST \
    --server.port="$PORT" \
    "--spring.datasource.url=jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    --scorecard.seed.enabled=true "${SEED_ARGS[@]}" --management.endpoint.health.probes.enabled=true \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
started=$SECONDS
until [[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/actuator/health" || true)" == 200 ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during start-up" >&2; exit 1; }
    ((SECONDS - started < READY_TIMEOUT_SECONDS)) || { echo "not ready after ${READY_TIMEOUT_SECONDS}s" >&2; exit 1; }
    sleep 0.5
done
echo "ready after $((SECONDS - started)) s"

# 4. Preview and commit, timed by the client.
echo "== importing $ROWS fact rows"
echo "(load average before: $(cut -d" " -f1-3 /proc/loadavg), $(nproc) cores)"
timeout --foreground 900 python3 bench/import_load.py "$BASE" "$PASSWORD" "$ROWS" "$APP_PID"
