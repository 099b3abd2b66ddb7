#!/usr/bin/env bash
# Issue 15's figures for the reviews: a million reviews on a PostgreSQL database of the bench's own (made here,
# dropped at the end), the busy solution's page, the reviews API and the catalog sorted by rating under wrk at 64
# connections beside nginx serving the same bytes; see bench/README.md.
# Usage: bench/review-bench.sh [reviews (1000000)] [solutions (20000)] [seconds per phase (30)].
# PGHOST/PGPORT/PGUSER as for psql (127.0.0.1, 5432, postgres); JFR=/tmp/review.jfr records a profile.
# Needs: wrk, nginx (apt-get install wrk nginx-light), psql, JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=souk_reviewbench_$$
for cmd in wrk psql; do command -v "$cmd" >/dev/null || { echo "$cmd not found" >&2; exit 1; }; done
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx not found (apt-get install nginx-light)" >&2; exit 1; }
export PATH="$PATH:/usr/sbin"
psql -qX -d postgres -c "CREATE DATABASE $DB" >/dev/null
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT
if [ -n "${JFR:-}" ]; then
  export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$JFR -XX:FlightRecorderOptions=stackdepth=512"
fi
SOUK_BENCH_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" bench/run.sh ReviewBench "$@"
