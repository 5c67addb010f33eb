#!/usr/bin/env bash
# Times the scoring core: 10,000 products with 100,000 facts, warm, single-threaded.
# Usage: bench/scoring-benchmark.sh [warm-up rounds] [timed runs]
set -euo pipefail
cd "$(dirname "$0")/.."

# Other builds share this machine; Maven runs one at a time.
flock /tmp/mvn.lock ./mvnw -q -o test-compile
flock /tmp/mvn.lock ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/scoring-benchmark.classpath >/dev/null

exec java -Xms1g -Xmx1g -cp "target/classes:target/test-classes:$(cat target/scoring-benchmark.classpath)" \
    ai.scorecard.scoring.ScoringBenchmark "$@"
