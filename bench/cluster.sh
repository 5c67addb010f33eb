#!/usr/bin/env bash
# Two instances of the app on one PostgreSQL behind nginx, a caching reverse proxy (deploy/nginx), all on
# 127.0.0.1. Shows, with figures, and exits non-zero when one fails:
#   a) a sign-in on instance A is valid on instance B (sessions in the database, Spring Session JDBC);
#   b) a fact recorded through A shows on B and through the proxy within 1 s (the proxy revalidates by ETag);
#   c) a mixed load through the proxy, readers (wrk, 64 connections) and 4 editors recording facts through the
#      real form, ends with 0 errors, and the database holds exactly the acknowledged writes;
#   d) the same load with kill -9 of instance B in the middle: the proxy sends readers to A (no error), and
#      every acknowledged write is there after B starts again.
# Usage: bench/cluster.sh [seconds of each load, default 60]
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; a fresh database is created and dropped),
# nginx and wrk (Debian's packages, installed if missing), java, curl, python3. Everything it starts is
# stopped, and its database and temporary folder removed, on exit (also on an error or Ctrl-C).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

LOAD_SECONDS=${1:-60}
[[ "$LOAD_SECONDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [seconds]" >&2; exit 2; }
((LOAD_SECONDS >= 4)) || { echo "at least 4 seconds of load" >&2; exit 2; }

PATH="$PATH:/usr/sbin" # where Debian puts nginx
HOST=127.0.0.1 # the only address this script ever sends requests to
# As deploy/jvm.options asks: two malloc arenas, not one per thread (tens of megabytes of resident memory).
export MALLOC_ARENA_MAX=2
READY_TIMEOUT_SECONDS=180
READERS=64
# Seconds the editors' requests may take (bench/crash_load.py): beyond the proxy's own 60 s, so that a busy
# machine makes them slow, not failed.
export CRASH_TIMEOUT=90
PASSWORD="cluster-$RANDOM-$RANDOM-password"
WORK=$(mktemp -d /tmp/scorecard-cluster.XXXXXX)
PG_DB=
NGINX_PID=
declare -A APP_PID=()
FAILED=()

stop() { # pid [signal]: sends the signal, waits up to 20 s, then kill -9
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    [[ -n "$NGINX_PID" ]] && stop "$NGINX_PID" QUIT
    for name in "${!APP_PID[@]}"; do stop "${APP_PID[$name]}"; done
    wait 2>/dev/null || true
    if [[ $status -ne 0 ]]; then
        for log in "$WORK"/app-*.log "$WORK"/nginx/error.log; do
            [[ -s "$log" ]] || continue
            echo "--- last lines of $(basename "$log") ---" >&2
            tail -n 20 "$log" >&2
        done
    fi
    if [[ -n "$PG_DB" ]]; then
        psql -q -h $HOST -U postgres -d postgres -c "drop database if exists $PG_DB with (force)" || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

check() { # condition text: records a failed check, prints it either way
    if eval "$1"; then echo "  ok: $2"; else echo "  FAILED: $2"; FAILED+=("$2"); fi
}

# 1. Tools: Debian's nginx and wrk.
missing=()
command -v nginx >/dev/null || missing+=(nginx-light)
command -v wrk >/dev/null || missing+=(wrk)
if ((${#missing[@]})); then
    echo "== installing ${missing[*]}"
    timeout --foreground 300 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout --foreground 300 apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# 2. The jar, built once under the build lock and copied out of target/ (other builds rebuild it).
echo "== building the jar"
build() {
    flock -w 1200 /tmp/mvn.lock sh -c \
        "timeout --foreground 900 ./mvnw -q -B -ntp $1 -DskipTests package && cp target/scorecard-*.jar '$WORK/app.jar'"
}
if ! build -o; then
    echo "offline build failed; trying once more with dependency downloads" >&2
    build ""
fi

# 3. A fresh database, shared by both instances.
PG_DB="scorecard_cluster_$(date +%s)_$$"
psql -q -h $HOST -U postgres -d postgres -c "create database $PG_DB"
export SPRING_PROFILES_ACTIVE=postgres SCORECARD_DB_URL="jdbc:postgresql://$HOST:5432/$PG_DB" \
    SCORECARD_DB_USER=postgres SCORECARD_DB_PASSWORD="${PGPASSWORD:-}" SCORECARD_ADMIN_PASSWORD="$PASSWORD"
sql() { psql -qtA -h $HOST -U postgres -d "$PG_DB" -c "$1"; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
declare -A PORT=([A]=$(free_port) [B]=$(free_port))
PROXY_PORT=$(free_port)
A="http://$HOST:${PORT[A]}" B="http://$HOST:${PORT[B]}" PROXY="http://$HOST:$PROXY_PORT"

start_instance() { # A or B
    local name=$1 started=$SECONDS
    (cd "$WORK" && exec java @"$ROOT/deploy/jvm.options" -jar app.jar --server.address=$HOST --server.port="${PORT[$name]}" \
        --scorecard.seed.enabled=true --management.endpoint.health.probes.enabled=true \
        >>"$WORK/app-$name.log" 2>&1) &
    APP_PID[$name]=$!
    until [[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://$HOST:${PORT[$name]}/actuator/health" || true)" == 200 ]]; do
        kill -0 "${APP_PID[$name]}" 2>/dev/null || { echo "instance $name stopped during start-up" >&2; exit 1; }
        ((SECONDS - started < READY_TIMEOUT_SECONDS)) || { echo "instance $name not ready after ${READY_TIMEOUT_SECONDS}s" >&2; exit 1; }
        sleep 0.5
    done
    echo "instance $name (pid ${APP_PID[$name]}) ready at http://$HOST:${PORT[$name]} after $((SECONDS - started)) s"
}

# 4. The instances, one after the other: the first loads the seed into the empty database.
echo "== two instances on database $PG_DB"
start_instance A
start_instance B

# 5. nginx, as the current user, with everything under a temporary prefix: the repository's configuration
# (deploy/nginx/scorecard.conf.template) inside a minimal main file.
echo "== nginx at $PROXY"
NGINX="$WORK/nginx"
mkdir -p "$NGINX/cache" "$NGINX/temp"
sed -e "s|\${SCORECARD_APP_A}|$HOST:${PORT[A]}|; s|\${SCORECARD_APP_B}|$HOST:${PORT[B]}|" \
    -e "s|\${SCORECARD_PROXY_PORT}|$HOST:$PROXY_PORT|; s|\${SCORECARD_CACHE_DIR}|$NGINX/cache|" \
    -e "s|\${SCORECARD_ACCESS_LOG}|$NGINX/access.log|" deploy/nginx/scorecard.conf.template >"$NGINX/scorecard.conf"
if grep -q '\${SCORECARD_' "$NGINX/scorecard.conf"; then echo "a placeholder left in the nginx configuration" >&2; exit 1; fi
{
    # nginx started by root hands its workers to "nobody" unless told otherwise.
    [[ $(id -u) -eq 0 ]] && echo "user root;"
    cat <<NGINX_MAIN
worker_processes 2;
pid $NGINX/nginx.pid;
error_log $NGINX/error.log warn;
events { worker_connections 4096; }
http {
    client_body_temp_path $NGINX/temp/body;
    proxy_temp_path $NGINX/temp/proxy;
    fastcgi_temp_path $NGINX/temp/fastcgi;
    uwsgi_temp_path $NGINX/temp/uwsgi;
    scgi_temp_path $NGINX/temp/scgi;
    include $NGINX/scorecard.conf;
}
NGINX_MAIN
} >"$NGINX/nginx.conf"
nginx -q -t -p "$NGINX" -c "$NGINX/nginx.conf"
nginx -p "$NGINX" -c "$NGINX/nginx.conf" -g 'daemon off;' 2>>"$NGINX/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do
    [[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$PROXY/actuator/health" || true)" == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx stopped" >&2; exit 1; }
    sleep 0.2
done
nginx -v 2>&1 | sed 's/^/  /'

# a) and b)
echo
echo "== a) a sign-in on A is valid on B"
if python3 bench/cluster_checks.py session "$A" "$B" "$PASSWORD"; then
    check true "the session made on A is valid on B"
else
    check false "the session made on A is valid on B"
fi
echo
echo "== b) a fact recorded through A shows on B and through the proxy within 1 s"
if python3 bench/cluster_checks.py visibility "$A" "$B" "$PROXY" "$PASSWORD"; then
    check true "visible on B and through the proxy within 1 s; signed-in pages not cached"
else
    check false "visible on B and through the proxy within 1 s; signed-in pages not cached"
fi

# The readers' pages, in turn, plus the stylesheet under its content-hashed address.
stylesheet=$(curl -s -m 30 "$PROXY/" | grep -o '/webjars/bootstrap/[^"]*\.css' | head -1)
PAGES=(/ /compare /rankings /styles /products /products/doubao /companies /sources "$stylesheet")
printf 'local paths = {%s}\nlocal i = 0\nfunction request()\n  i = i %% #paths + 1\n  return wrk.format("GET", paths[i])\nend\n' \
    "$(printf '"%s",' "${PAGES[@]}")" >"$WORK/readers.lua"

facts_in_db() { sql "select count(*) from fact where claim like 'cluster-$1 %'"; } # c or d

# One run of readers and writers through the proxy for LOAD_SECONDS; with "kill", B gets kill -9 halfway.
# Sets READ_REQUESTS READ_ERRORS ACKED REFUSED, prints the figures.
mixed_load() { # name [kill]
    local name=$1 log_from wrk_pid writers_pid killed_at=
    log_from=$(($(wc -l <"$NGINX/access.log") + 1))
    # wrk's own timeout is set beyond the proxy's (60 s, then a 504, which counts): an error here is an answer
    # that went wrong, not a slow one on a busy machine; the latencies are printed as figures.
    timeout --foreground $((LOAD_SECONDS + 150)) wrk -t2 -c$READERS -d"${LOAD_SECONDS}s" --timeout 90s --latency \
        -s "$WORK/readers.lua" "$PROXY" >"$WORK/wrk-$name.txt" 2>&1 &
    wrk_pid=$!
    CRASH_CLAIM_PREFIX="cluster-$name" python3 bench/crash_load.py load "$PROXY" "$PASSWORD" "$LOAD_SECONDS" "$WORK/acks-$name.tsv" \
        >"$WORK/writers-$name.txt" 2>&1 &
    writers_pid=$!
    if [[ "${2:-}" == kill ]]; then
        sleep $((LOAD_SECONDS / 2))
        kill -9 "${APP_PID[B]}"
        wait "${APP_PID[B]}" 2>/dev/null || true
        unset 'APP_PID[B]'
        killed_at=$(date +%s.%N)
        echo "kill -9 of instance B after $((LOAD_SECONDS / 2)) s of load"
    fi
    wait "$wrk_pid" || { cat "$WORK/wrk-$name.txt"; echo "wrk failed" >&2; exit 1; }
    wait "$writers_pid" || { cat "$WORK/writers-$name.txt"; echo "the writers failed" >&2; exit 1; }

    local wrk_out="$WORK/wrk-$name.txt"
    READ_REQUESTS=$(awk '/requests in/ {print $1}' "$wrk_out")
    local non2xx socket
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$wrk_out")
    socket=$(grep -o 'Socket errors: .*' "$wrk_out" || true)
    READ_ERRORS=$((${non2xx:-0} + $(echo "$socket" | { grep -o '[0-9]\+' || true; } | awk '{ s += $1 } END { print s + 0 }')))
    printf 'readers (wrk -c%d, %d URLs in turn): %s requests, %s req/s, p50 %s, p99 %s, max %s, %s non-2xx/3xx, %s\n' \
        $READERS ${#PAGES[@]} "$READ_REQUESTS" "$(awk '/^Requests\/sec:/ {print $2}' "$wrk_out")" \
        "$(awk '$1 == "50%" {print $2}' "$wrk_out")" "$(awk '$1 == "99%" {print $2}' "$wrk_out")" \
        "$(awk '$1 == "Latency" && NF >= 4 {print $4; exit}' "$wrk_out")" "${non2xx:-0}" "${socket:-no socket errors}"
    echo "machine load average at the end (2 cores here: $(nproc)): $(cut -d' ' -f1-3 /proc/loadavg)"
    cat "$WORK/writers-$name.txt"
    ACKED=$(wc -l <"$WORK/acks-$name.tsv")
    REFUSED=$(sed -n 's/.* acknowledged, \([0-9]*\) not, \([0-9]*\) without.*/\1 + \2/p' "$WORK/writers-$name.txt")
    REFUSED=$((${REFUSED:-1}))
    # What nginx did: how the cache served the reads, and which instance answered.
    tail -n +"$log_from" "$NGINX/access.log" | awk -v a="$HOST:${PORT[A]}" -v b="$HOST:${PORT[B]}" '
        / "GET / { n++; split($0, f, "cache="); split(f[2], c, " "); cache[c[1]]++
                   if (index($0, ", ")) retried++ }
        / "POST / { posts++; if ($7 != 302) badposts++ }
        { if (index($0, "upstream=" a)) viaA++; else if (index($0, "upstream=" b)) viaB++ }
        END {
            printf "proxy: %d GETs, cache:", n; for (k in cache) printf " %s %d", k, cache[k]
            printf "; %d GETs sent on to the other instance after a failure\n", retried
            printf "proxy: %d POSTs, %d not answered 302; first tried on A: %d requests, on B: %d\n", posts, badposts, viaA, viaB
        }'
}

echo
echo "== c) ${LOAD_SECONDS} s of mixed load through the proxy: $READERS readers and 4 writers"
mixed_load c
stored=$(facts_in_db c)
echo "facts in the database: $stored, acknowledged writes: $ACKED"
check "((READ_ERRORS == 0 && READ_REQUESTS > 0))" "0 reader errors in $READ_REQUESTS requests"
check "((REFUSED == 0 && ACKED > 0))" "every write acknowledged ($ACKED)"
check "((stored == ACKED))" "facts in the database ($stored) = acknowledged writes ($ACKED)"

echo
echo "== d) the same load, kill -9 of instance B in the middle"
mixed_load d kill
echo "== restarting instance B"
start_instance B
stored=$(facts_in_db d)
echo "facts in the database: $stored, acknowledged writes: $ACKED, not acknowledged: $REFUSED (the POSTs B died on: nginx does not send a POST twice)"
check "((READ_ERRORS == 0 && READ_REQUESTS > 0))" "0 reader errors in $READ_REQUESTS requests across the kill"
check "((stored >= ACKED && ACKED > 0))" "at least every acknowledged write in the database ($stored >= $ACKED)"
if CRASH_CLAIM_PREFIX=cluster-d python3 bench/crash_load.py check "$B" "$WORK/acks-d.tsv"; then
    check true "every acknowledged write shown by the restarted B"
else
    check false "every acknowledged write shown by the restarted B"
fi
if CRASH_CLAIM_PREFIX=cluster-d python3 bench/crash_load.py check "$PROXY" "$WORK/acks-d.tsv" >/dev/null; then
    check true "every acknowledged write shown through the proxy"
else
    check false "every acknowledged write shown through the proxy"
fi

echo
if ((${#FAILED[@]})); then
    echo "== cluster: ${#FAILED[@]} check(s) FAILED"
    printf '  %s\n' "${FAILED[@]}"
    exit 1
fi
echo "== cluster: every check passed"
