#!/usr/bin/env bash
# Runs one benchmark program of this folder on the test classpath: bench/run.sh ChecksBench [args…].
# MAVEN_ARGS=-o builds offline; SOUK_BENCH_BUILD_DIR moves the build (default /tmp/souk-bench); BENCH_JAVA_OPTS go
# to the program's JVM (e.g. a JFR recording). The helpers the programs share (bench/lib) are compiled beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
program="$1"
shift
build="${SOUK_BENCH_BUILD_DIR:-/tmp/souk-bench}"
./mvnw -q ${MAVEN_ARGS:-} test-compile -Dsouk.build.dir="$build"
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dsouk.build.dir="$build" -Dmdep.includeScope=test \
    -Dmdep.outputFile="$build/bench-classpath.txt"
classpath="$build/test-classes:$build/classes:$(cat "$build/bench-classpath.txt")"
rm -rf "$build/bench-lib"
javac -nowarn -d "$build/bench-lib" -cp "$classpath" bench/lib/*.java
exec java ${BENCH_JAVA_OPTS:-} -cp "$build/bench-lib:$classpath" "bench/$program.java" "$@"
