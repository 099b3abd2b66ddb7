#!/usr/bin/env bash
# Runs one benchmark program of this folder on the test classpath: bench/run.sh ChecksBench [args…].
# MAVEN_ARGS=-o builds offline; SOUK_BENCH_BUILD_DIR moves the build (default /tmp/souk-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
program="$1"
shift
build="${SOUK_BENCH_BUILD_DIR:-/tmp/souk-bench}"
./mvnw -q ${MAVEN_ARGS:-} test-compile -Dsouk.build.dir="$build"
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dsouk.build.dir="$build" -Dmdep.includeScope=test \
    -Dmdep.outputFile="$build/bench-classpath.txt"
exec java -cp "$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")" "bench/$program.java" "$@"
