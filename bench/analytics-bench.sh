#!/usr/bin/env bash
# Issue 15's analytics figures on the local PostgreSQL (database souk_analytics_bench, made anew): N solutions with R
# daily rows and a day of events, the roll-up of that day, the busy solution's Analytics tab and API; see
# bench/README.md. Usage: bench/analytics-bench.sh [solutions (100000)] [daily rows (10000000)] [requests (300)].
# JFR=/tmp/analytics.jfr records a profile of the run (settings=profile); each timed phase prints its UTC window,
# for `java bench/JfrTop.java /tmp/analytics.jfr 20 http-nio HH:MM:SS-HH:MM:SS`.
if [ -n "${JFR:-}" ]; then
  export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$JFR -XX:FlightRecorderOptions=stackdepth=512"
fi
exec "$(dirname "$0")/run.sh" AnalyticsBench "$@"
