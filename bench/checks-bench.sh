#!/usr/bin/env bash
# Times a full check of a typical card (issue 4: "under a second after warm-up"); see bench/README.md.
# Usage: bench/checks-bench.sh [runs (50)] [warm-up runs (10)]; MAVEN_ARGS=-o to build offline.
exec "$(dirname "$0")/run.sh" ChecksBench "$@"
