#!/usr/bin/env bash
# Issue 15's analytics figures on the local PostgreSQL (database souk_analytics_bench, made anew): N solutions with R
# daily rows and a day of events, the roll-up of that day, the busy solution's Analytics tab and API; see
# bench/README.md. Usage: bench/analytics-bench.sh [solutions (100000)] [daily rows (10000000)] [requests (300)].
exec "$(dirname "$0")/run.sh" AnalyticsBench "$@"
