#!/usr/bin/env bash
# Times the scoring core: 10,000 products with 100,000 facts, warm, single-threaded.
# Usage: bench/scoring-benchmark.sh [warm-up rounds] [timed runs]
set -euo pipefail
cd "$(dirname "$0")/.."

# Other builds share this machine; Maven runs one at a time.
# Offline first; a fresh machine may still lack a plugin's dependencies, fetched on the second try.
maven() { flock /tmp/mvn.lock ./mvnw -q -o "$@" >/dev/null 2>&1 || flock /tmp/mvn.lock ./mvnw -q "$@" >/dev/null; }
maven test-compile
maven dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/scoring-benchmark.classpath

exec java -Xms1g -Xmx1g -cp "target/classes:target/test-classes:$(cat target/scoring-benchmark.classpath)" \
    ai.scorecard.scoring.ScoringBenchmark "$@"
