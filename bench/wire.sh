#!/usr/bin/env bash
# What a browser transfers for /compare: a first view (the page and every file it links, compressed as a
# browser asks) and a repeat view (the page asked again with its ETag; files kept as their Cache-Control
# allows). Prints the bytes of each answer, headers included, and the totals against issue 17's targets.
# Usage: bench/wire.sh BASE_URL [PATH]   (bench/run.sh calls it with the app it started)
set -euo pipefail

BASE=${1:?usage: bench/wire.sh BASE_URL [PATH]}
PAGE=${2:-/compare}
FIRST_TARGET=$((60 * 1024))
REPEAT_TARGET=$((5 * 1024))
WORK=$(mktemp -d /tmp/scorecard-wire.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# One request as Chromium makes it; prints "status bytes-received bytes-sent cache-control".
fetch() { # path, extra curl arguments...
    local path=$1
    shift
    curl -s -o "$WORK/body" -D "$WORK/headers" --compressed -H 'Accept-Encoding: gzip, deflate, br' \
        -w '%{http_code} %{size_header} %{size_download} %{size_request}' "$@" "$BASE$path" >"$WORK/sizes"
    read -r status header body sent <"$WORK/sizes"
    local cache
    cache=$(grep -i '^cache-control:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r' || true)
    echo "$status $((header + body)) $sent ${cache:--}"
}

row() { printf '  %-70s %6s %9s %9s  %s\n' "$@"; }

echo "== on the wire: $BASE$PAGE"
echo "first view"
row address status received sent cache-control
read -r status received sent cache < <(fetch "$PAGE")
etag=$(grep -i '^etag:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r' || true)
cp "$WORK/body" "$WORK/page.html"
row "$PAGE" "$status" "$received" "$sent" "$cache"
first=$((received + sent))
mapfile -t files < <(grep -o '<link[^>]*href="[^"]*"\|<script[^>]*src="[^"]*"' "$WORK/page.html" \
    | grep -v 'rel="canonical"\|rel="alternate"' | sed 's/.*\(href\|src\)="\([^"]*\)"/\2/' | sort -u)
declare -A KEPT
for file in "${files[@]}"; do
    read -r status received sent cache < <(fetch "$file")
    row "$file" "$status" "$received" "$sent" "$cache"
    first=$((first + received + sent))
    KEPT[$file]=$cache
done

echo "repeat view"
row address status received sent cache-control
read -r status received sent cache < <(fetch "$PAGE" -H "If-None-Match: $etag")
row "$PAGE (If-None-Match)" "$status" "$received" "$sent" "$cache"
repeat=$((received + sent))
for file in "${files[@]}"; do
    if [[ "${KEPT[$file]}" == *immutable* || "${KEPT[$file]}" =~ max-age=[1-9] ]]; then
        row "$file" kept 0 0 "(not asked: ${KEPT[$file]})"
    else
        read -r status received sent cache < <(fetch "$file" -H "If-Modified-Since: $(date -u -R)")
        row "$file (revalidated)" "$status" "$received" "$sent" "$cache"
        repeat=$((repeat + received + sent))
    fi
done

verdict() { (($1 <= $2)) && echo "within the target of $(($2 / 1024)) KB" || echo "OVER the target of $(($2 / 1024)) KB"; }
printf 'first view:  %7d bytes (%.1f KB), %s\n' "$first" "$(awk "BEGIN {print $first / 1024}")" "$(verdict "$first" "$FIRST_TARGET")"
printf 'repeat view: %7d bytes (%.1f KB), %s\n' "$repeat" "$(awk "BEGIN {print $repeat / 1024}")" "$(verdict "$repeat" "$REPEAT_TARGET")"
