#!/usr/bin/env bash
# Times a full check of a typical card (issue 4: "under a second after warm-up"); see bench/README.md.
# Usage: bench/checks-bench.sh [runs (50)] [warm-up runs (10)]; MAVEN_ARGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${SOUK_BENCH_BUILD_DIR:-/tmp/souk-bench}"
./mvnw -q ${MAVEN_ARGS:-} test-compile -Dsouk.build.dir="$build"
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dsouk.build.dir="$build" -Dmdep.includeScope=test \
    -Dmdep.outputFile="$build/bench-classpath.txt"
exec java -cp "$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")" bench/ChecksBench.java "$@"
