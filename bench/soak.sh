#!/usr/bin/env bash
# Issue 12's soak: the market jar on a fresh embedded database, driven through its public HTTP API for a given
# time; prints requests by endpoint and status, exits 1 on any 5xx. See bench/README.md.
# Usage: bench/soak.sh [minutes (60)] [further arguments for the market, e.g. --spring.datasource.hikari.max-lifetime=30s]
# MAVEN_ARGS=-o builds offline; SOUK_BENCH_BUILD_DIR moves the build (default /tmp/souk-soak); SOAK_WORKERS (4).
set -euo pipefail
cd "$(dirname "$0")/.."
export SOUK_BENCH_BUILD_DIR="${SOUK_BENCH_BUILD_DIR:-/tmp/souk-soak}"
./mvnw -q ${MAVEN_ARGS:-} package -DskipTests -Dsouk.build.dir="$SOUK_BENCH_BUILD_DIR"
SOAK_JAR="$(ls "$SOUK_BENCH_BUILD_DIR"/souk-*.jar | head -1)"
export SOAK_JAR
exec bench/run.sh Soak "$@"
