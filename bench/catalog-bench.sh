#!/usr/bin/env bash
# Issue 6's figures: N published solutions, the index built by the mass indexer, then wrk at 64 connections on
# a keyword search, a filtered browse and a solution page; see bench/README.md.
# Usage: bench/catalog-bench.sh [solutions (100000)] [seconds per phase (30)].
exec "$(dirname "$0")/run.sh" CatalogBench "$@"
