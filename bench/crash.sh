#!/usr/bin/env bash
# Crash test: an editor who saw "saved" must find the fact after any crash. Starts the packaged app on a
# fresh database, signs in through the real form, has 4 writers record facts through the real fact form,
# kill -9s the JVM in the middle of the load, starts it again on the same database and checks that every
# acknowledged write (a 302 to the product page) is stored. Exits non-zero when one is lost.
# Usage: bench/crash.sh [h2|postgres] [seconds of load, default 30]
#   h2:       the app's own default datasource (application.properties), run in a temporary folder,
#             so the H2 file ./data/scorecard lands there: the settings tested are the shipped ones.
#   postgres: the postgres profile on a fresh database at 127.0.0.1:5432 (user postgres, trust auth).
# CRASH_APP_ARGS adds arguments to the app's command line (to compare settings, e.g. another H2 URL).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DB=${1:-h2}
LOAD_SECONDS=${2:-30}
case "$DB" in h2 | postgres) ;; *) echo "usage: $0 [h2|postgres] [seconds]" >&2; exit 2 ;; esac
[[ "$LOAD_SECONDS" =~ ^[1-9][0-9]*$ ]] || { echo "seconds must be a positive integer" >&2; exit 2; }

HOST=127.0.0.1 # the only address this script ever sends requests to
# As deploy/jvm.options asks: two malloc arenas, not one per thread (tens of megabytes of resident memory).
export MALLOC_ARENA_MAX=2
READY_TIMEOUT_SECONDS=180
PASSWORD="crash-$RANDOM-$RANDOM-password"
WORK=$(mktemp -d /tmp/scorecard-crash.XXXXXX)
PG_DB=
APP_PID=

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && -s "$WORK/app.log" ]]; then
        echo "--- last lines of the app's log ---" >&2
        tail -n 30 "$WORK/app.log" >&2
    fi
    if [[ -n "$PG_DB" ]]; then
        psql -q -h $HOST -U postgres -d postgres -c "drop database if exists $PG_DB" || true
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
    flock -w 1200 /tmp/scorecard-build.lock sh -c \
        "timeout --foreground 900 ./mvnw -q -B -ntp -DskipTests package && cp target/scorecard-*.jar '$WORK/app.jar'"
else
    cp "$JAR" "$WORK/app.jar"
fi

# 2. A fresh database.
DB_ARGS=()
if [[ "$DB" == postgres ]]; then
    PG_DB="scorecard_crash_$(date +%s)_$$"
    psql -q -h $HOST -U postgres -d postgres -c "create database $PG_DB"
    export SPRING_PROFILES_ACTIVE=postgres SCORECARD_DB_URL="jdbc:postgresql://$HOST:5432/$PG_DB" \
        SCORECARD_DB_USER=postgres SCORECARD_DB_PASSWORD="${PGPASSWORD:-}"
fi
export SCORECARD_ADMIN_PASSWORD="$PASSWORD"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://$HOST:$PORT"
read -r -a EXTRA_ARGS <<<"${CRASH_APP_ARGS:-}"

start_app() {
    (cd "$WORK" && exec java @"$ROOT/deploy/jvm.options" -jar app.jar --server.address=$HOST --server.port="$PORT" \
        --scorecard.seed.enabled=true --management.endpoint.health.probes.enabled=true \
        "${DB_ARGS[@]}" "${EXTRA_ARGS[@]}" >>"$WORK/app.log" 2>&1) &
    APP_PID=$!
    local started=$SECONDS
    until [[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/actuator/health" || true)" == 200 ]]; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during start-up" >&2; exit 1; }
        ((SECONDS - started < READY_TIMEOUT_SECONDS)) || { echo "not ready after ${READY_TIMEOUT_SECONDS}s" >&2; exit 1; }
        sleep 0.5
    done
    echo "ready after $((SECONDS - started)) s"
}

echo "== $DB: starting the app at $BASE"
start_app

# 3. The load, and kill -9 in the middle of it: the writers run for longer than the app lives.
echo "== 4 writers for ${LOAD_SECONDS}s, then kill -9 while they write"
python3 bench/crash_load.py load "$BASE" "$PASSWORD" $((LOAD_SECONDS + 30)) "$WORK/acks.tsv" &
LOAD_PID=$!
sleep "$LOAD_SECONDS"
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
wait "$LOAD_PID"
echo "killed the JVM after ${LOAD_SECONDS}s of load"

# 4. The same database again; every acknowledged fact must be there.
echo "== restarting on the same database"
start_app
python3 "$ROOT/bench/crash_load.py" check "$BASE" "$WORK/acks.tsv"
echo "== $DB: no acknowledged write lost"
