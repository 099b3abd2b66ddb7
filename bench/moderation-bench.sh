#!/usr/bin/env bash
# Fills the moderation queue with 10 000 submissions and times the queue and the claim (issue 5); see bench/README.md.
# Usage: bench/moderation-bench.sh [submissions (10000)] [timed requests each (200)]; MAVEN_ARGS=-o to build offline.
exec "$(dirname "$0")/run.sh" ModerationBench "$@"
