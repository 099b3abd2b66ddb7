#!/usr/bin/env bash
# token-bench.sh: the refresh grant of Souk (PostgreSQL, rotation on), of Keycloak (rotation on) and the
# pgbench ceiling of the same SQL, side by side at 16 and 64 connections, plus /rest/app.info and memory.
# One command; about 13 minutes. See bench/README.md ("TokenBench").
#
# 1. builds Souk (target classes into $SOUK_BENCH_BUILD_DIR) and starts it on a new PostgreSQL database
#    (dropped at the end) with the default JVM flags ($SOUK_JAVA_OPTS);
# 2. bench/TokenSeeds.java makes $SEEDS installations through the public API and keeps the tokens of their
#    ONAPPINSTALL events; the token table is then filled to $TOKENS rows (a million by default);
# 3. Keycloak (bench/oauth-refresh/keycloak.sh, rotation on), then Souk (souk.sh), both with wrk and
#    refresh.lua; then app.info (wrk, Bearer tokens); then pgbench running bench/token-refresh.pgbench;
# 4. Souk again as a storefront-and-tokens node (profile storefront, $STOREFRONT_JAVA_OPTS): its storefront
#    pages once (home, search, the solution), then one 64-connection run, for its memory; then as a token node
#    (SOUK_NODE=tokens, $TOKEN_NODE_JAVA_OPTS: the token endpoint and /rest/ only), one 64-connection run;
# 5. prints the table and the ratios.
#
# Settings (environment): DURATION=30 WARMUP=10 CONNS="16 64" SEEDS=600 TOKENS=1000000 PORT=18080
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres  MAVEN_ARGS (e.g. -o)  SKIP_KEYCLOAK=1 (Souk and pgbench only)
#   SOUK_JAVA_OPTS, STOREFRONT_JAVA_OPTS, TOKEN_NODE_JAVA_OPTS (the JVM flags of the three kinds of node)  JFR=file.jfr  KEEP=1 (keep the work folder)
# Needs: wrk, pgbench, psql, curl, bc, python3, unzip, ss, mvn, JDK 17 (Souk) and Temurin 25 (Keycloak).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
H=$ROOT/bench/oauth-refresh
export DURATION=${DURATION:-30} WARMUP=${WARMUP:-10} CONNS=${CONNS:-"16 64"} THREADS=1
SEEDS=${SEEDS:-600}
TOKENS=${TOKENS:-1000000}
PORT=${PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
# the documented defaults (README, docs/deploy.md): the full market, language tools on
SOUK_JAVA_OPTS=${SOUK_JAVA_OPTS:-"-Xms256m -Xmx600m -XX:InitiatingHeapOccupancyPercent=70 -XX:-G1UseAdaptiveIHOP -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -Xss512k"}
# glibc's malloc keeps one arena per core and thread burst otherwise: part of the documented defaults
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# JFR=file.jfr: a profile of the default node over the whole run (settings=profile)
[ -n "${JFR:-}" ] && SOUK_JAVA_OPTS="$SOUK_JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$JFR,settings=profile"
# a node serving the storefront and the token endpoint only (SPRING_PROFILES_ACTIVE=storefront)
STOREFRONT_JAVA_OPTS=${STOREFRONT_JAVA_OPTS:-"-Xms96m -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=64m -Xss512k"}
# a token node (SOUK_NODE=tokens): the token endpoint and /rest/ without the ORM, search and templates
TOKEN_NODE_JAVA_OPTS=${TOKEN_NODE_JAVA_OPTS:-"-Xms64m -Xmx128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k"}
BUILD=${SOUK_BENCH_BUILD_DIR:-/tmp/souk-token-bench}
DB=souk_tokenbench_$$
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/tokenbench.XXXXXX)
export RESULTS=$WORK/results.tsv
SOUK_PID=""

log() { printf '[token-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for cmd in wrk pgbench psql curl bc python3; do command -v "$cmd" >/dev/null || die "$cmd not found"; done

stop_souk() {
  if [ -n "$SOUK_PID" ] && kill -0 "$SOUK_PID" 2>/dev/null; then
    kill -TERM "$SOUK_PID"
    for _ in $(seq 60); do kill -0 "$SOUK_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SOUK_PID" 2>/dev/null && kill -KILL "$SOUK_PID"
  fi
  SOUK_PID=""
}
cleanup() {
  local rc=$?
  set +e
  stop_souk
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  case "$WORK" in /tmp/tokenbench.*) [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK" ;; esac
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_souk() { # PROFILE JAVA_OPTS [NODE]
  log "starting Souk on $BASE (profile ${1:-default}${3:+, SOUK_NODE=$3}; $2)"
  # shellcheck disable=SC2086
  env SOUK_NODE="${3:-}" SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_PROFILES_ACTIVE="$1" PORT="$PORT" SOUK_DATA_DIR="$WORK/data" SOUK_DEMO_DATA=false \
    SOUK_ADMIN_EMAIL=admin@bench.example.com SOUK_ADMIN_PASSWORD=bench-admin-password-1 \
    SOUK_OUTBOUND_ALLOWED_HOSTS=127.0.0.1:${SEEDS_HANDLER_PORT:-18090} SOUK_INSTALL_TEST_ACCOUNTS=$((SEEDS + 10)) \
    SOUK_INSTALL_REST_RATE=1000000000 SOUK_INSTALL_REST_BURST=1000000000 \
    java $2 -cp "$BUILD/classes:$(cat "$BUILD/runtime-classpath.txt")" org.souk.SoukApplication \
    >"$WORK/souk-${3:-${1:-default}}.log" 2>&1 </dev/null &
  SOUK_PID=$!
  local t0; t0=$(date +%s)
  until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
    kill -0 "$SOUK_PID" 2>/dev/null || { tail -30 "$WORK/souk-${3:-${1:-default}}.log" >&2; die "Souk exited"; }
    [ $(($(date +%s) - t0)) -lt 900 ] || die "Souk not ready after 900 s"
    sleep 1
  done
  log "Souk (pid $SOUK_PID) ready after $(($(date +%s) - t0)) s"
}

# --- 1. build and start ------------------------------------------------------------------------------
log "building into $BUILD"
./mvnw -q ${MAVEN_ARGS:-} compile -Dsouk.build.dir="$BUILD"
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dsouk.build.dir="$BUILD" -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$BUILD/runtime-classpath.txt"
PG_PID=$(ss -ltnpH "sport = :$PGPORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$PG_PID" ] || die "no PostgreSQL listening on $PGPORT"
psql -qX -d postgres -c "CREATE DATABASE $DB" >/dev/null
start_souk "" "$SOUK_JAVA_OPTS"

# --- 2. seeds, and a token table of $TOKENS rows -----------------------------------------------------
log "making $SEEDS installations through the API (ONAPPINSTALL to a local handler)"
java -cp "$BUILD/classes:$(cat "$BUILD/runtime-classpath.txt")" bench/TokenSeeds.java "$BASE" \
  admin@bench.example.com bench-admin-password-1 "$SEEDS" "$WORK"
# shellcheck disable=SC1091
. "$WORK/client.env"
have=$(psql -AtX -d "$DB" -c "SELECT count(*) FROM oauth_token")
synthetic=$((TOKENS - have))
log "filling oauth_token from $have to $TOKENS rows (spare live refresh tokens of installations of the app)"
psql -qX -d "$DB" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO oauth_token (installation_id, kind, token_hash, chain, user_id, created_at, expires_at)
SELECT i.id, 'REFRESH', lpad(g::text, 64, '0'), md5(g::text), i.installed_by, now(), now() + interval '180 days'
FROM generate_series(1, $synthetic) g
JOIN installation i ON i.id = (SELECT min(id) FROM installation WHERE solution_code = '$SOLUTION') + g % $SEEDS;
VACUUM ANALYZE oauth_token;
SQL

# --- 3. Keycloak, Souk, app.info, pgbench --------------------------------------------------------------
if [ "${SKIP_KEYCLOAK:-0}" != 1 ]; then
  ROTATE=1 "$H/keycloak.sh" 2>&1 | tee "$WORK/keycloak.log" | grep -E '^(RESULT|rotation|server|CPU|WARNING)|keycloak.sh' || true
fi
ROTATE=1 NAME=souk "$H/souk.sh" "$BASE" "$CLIENT_ID" "$CLIENT_SECRET" "$WORK/seeds.txt" "$SOUK_PID,$PG_PID" \
  2>&1 | tee "$WORK/souk.log" | grep -E '^(RESULT|rotation|server|CPU|WARNING)|souk.sh' || true
used=$(grep -o 'SKIP=[0-9]*' "$WORK/souk.log" | tail -1 | cut -d= -f2)
# app.info takes the access tokens of chains no wrk run touches (the rotation checks revoke whole chains):
# the lines after those of the Souk runs and of the storefront and token nodes' runs (2 x 64 each)
tail -n +$((used + 257)) "$WORK/access.txt" >"$WORK/access-unused.txt"
[ -s "$WORK/access-unused.txt" ] || die "no access tokens left for app.info: raise SEEDS"

HZ=$(getconf CLK_TCK)
jvm_ticks() { sed 's/.*) //' "/proc/$SOUK_PID/stat" | awk '{print $12 + $13}'; }
rss() { awk '$1 == "VmRSS:" {printf "%.0f", $2 / 1024}' "/proc/$SOUK_PID/status"; }
for c in $CONNS; do
  ACCESS=$WORK/access-unused.txt wrk -t1 -c"$c" -d"${WARMUP}s" -s "$H/app-info.lua" "$BASE/rest/app.info" >/dev/null
  t0=$(jvm_ticks)
  out=$(ACCESS=$WORK/access-unused.txt wrk -t1 -c"$c" -d"${DURATION}s" --latency -s "$H/app-info.lua" "$BASE/rest/app.info")
  t1=$(jvm_ticks)
  echo "$out" >"$WORK/appinfo-$c.log"
  python3 - "$c" "$((t1 - t0))" "$HZ" "$(rss)" "$WORK/appinfo-$c.log" >>"$RESULTS" <<'EOF'
import re, sys
c, ticks, hz, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
out = open(sys.argv[5]).read()
def ms(v):
    n, u = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[u]
total = int(re.search(r"(\d+) requests in", out)[1])
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M)[1]); p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M)[1])
print(f"app.info c={c}\tok_rps={rps:.0f} p50_ms={p50:.1f} p99_ms={p99:.1f} non200={bad[1] if bad else 0}\t"
      f"cpu_ms_per_call={ticks / hz * 1000 / total:.3f} rss_mb={rss}")
EOF
done

for c in $CONNS; do
  pgbench -n -M prepared -c "$c" -j 2 -T "$DURATION" -D tokens="$synthetic" -D client="$CLIENT_ID" \
    -f bench/token-refresh.pgbench "$DB" >"$WORK/pgbench-$c.log" 2>&1 || { cat "$WORK/pgbench-$c.log"; die pgbench; }
  python3 - "$c" "$WORK/pgbench-$c.log" >>"$RESULTS" <<'EOF'
import re, sys
out = open(sys.argv[2]).read()
tps = float(re.search(r"tps = ([\d.]+)", out)[1]); lat = float(re.search(r"latency average = ([\d.]+)", out)[1])
failed = re.search(r"number of failed transactions: (\d+)", out)
print(f"pgbench c={sys.argv[1]}\tok_rps={tps:.0f} avg_ms={lat:.1f} failed={failed[1] if failed else 0}")
EOF
done

# --- 4. the storefront-and-tokens node --------------------------------------------------------------
stop_souk
start_souk storefront "$STOREFRONT_JAVA_OPTS"
# the node's other half, so that its memory is that of a node serving both: the home page, searches, a solution
for q in "" crm "task tracker" telephony; do
  curl -s -o /dev/null -G --data-urlencode "q=$q" "$BASE/search"; curl -s -o /dev/null "$BASE/"
done
curl -s -o /dev/null "$BASE/apps/$SOLUTION"
CONNS=64 ROTATE=1 NAME=souk-storefront SKIP=$used "$H/souk.sh" "$BASE" "$CLIENT_ID" "$CLIENT_SECRET" \
  "$WORK/seeds.txt" "$SOUK_PID,$PG_PID" 2>&1 | tee "$WORK/storefront.log" | grep -E '^(RESULT|rotation|server|CPU|WARNING)' || true
stop_souk
start_souk "" "$TOKEN_NODE_JAVA_OPTS" tokens
CONNS=64 ROTATE=1 NAME=souk-tokens SKIP=$((used + 128)) "$H/souk.sh" "$BASE" "$CLIENT_ID" "$CLIENT_SECRET" \
  "$WORK/seeds.txt" "$SOUK_PID,$PG_PID" 2>&1 | tee "$WORK/tokens.log" | grep -E '^(RESULT|rotation|server|CPU|WARNING)' || true

# --- 5. the table --------------------------------------------------------------------------------------
echo
echo "=== token-bench $(date -u +%FT%TZ), load average before the table: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/token-table.py "$RESULTS"
