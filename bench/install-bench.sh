#!/usr/bin/env bash
# Issue 7's figures: the token endpoint (refresh grant with rotation) and app.info at 64 connections from a
# second JVM; see bench/README.md. Usage: bench/install-bench.sh [seconds per phase (20)].
exec "$(dirname "$0")/run.sh" InstallBench "$@"
