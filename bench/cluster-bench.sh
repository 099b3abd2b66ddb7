#!/usr/bin/env bash
# cluster-bench.sh: issue 14's load run through the balancer. The packaged jar as node A and node B on one
# PostgreSQL database of their own, HAProxy (round robin, no stickiness) in front; wrk through HAProxy on a
# search page, a solution page and the token endpoint (refresh grant with rotation), first with only node A
# behind the balancer, then with A and B. Prints requests/s, p99, errors and the factor two nodes / one node.
# About 10 minutes on the loaded 2 cores, most of it the starts. See bench/README.md ("ClusterBench").
#
# 1. builds the jar (package, into $SOUK_BENCH_BUILD_DIR) and the runtime classpath (for TokenSeeds.java);
# 2. node A on a new database (dropped at the end); $SOLUTIONS published solutions written into catalog_entry
#    as the publication events would, A's index rebuilt by the administrators' API; node B started with
#    SOUK_CATALOG_REINDEX_AT_START=true while TokenSeeds.java makes $SEEDS installations through node A;
# 3. both nodes warmed up together through HAProxy ($PREWARM s of each workload at $WARMUP_CONNS connections:
#    the JIT of both starts about equal; a first run with 10 s per node showed the CPU per answer still falling
#    2-3 fold over the phases); then phase "one node" (HAProxy with A only), "two nodes" (A and B), and "one node
#    again": the other builds on the machine come and go, and the repeat shows how far the machine moved under
#    the runs. Both nodes run in every phase (B idles in the one-node phases). Each workload gets $WARMUP s of
#    warm-up through HAProxy at $WARMUP_CONNS connections and $DURATION s measured at $CONNS connections;
# 4. prints the table; the factor is "two nodes" over the mean of the two one-node phases.
#
# The search index: one local Lucene index per node, both built from the same PostgreSQL rows at start
# (SOUK_SEARCH_BACKEND=lucene). docs/deploy.md's N nodes share an OpenSearch cluster; for this read-only load
# the answers are the same, and an OpenSearch JVM would take a third share of the 2 cores. Files stay in each
# node's folder (nothing is uploaded here). Every other setting is the N-node one: shared PostgreSQL (sessions,
# limits, locks), SOUK_BASE_URL the balancer's, X-Forwarded-For from a trusted proxy.
#
# Settings (environment): DURATION=20 WARMUP=10 PREWARM=40 CONNS=64 WARMUP_CONNS=16 SOLUTIONS=300 SEEDS=300 PORT=18580 (balancer; nodes on
#   PORT+1, PORT+2; HAProxy's stats page on PORT+3; TokenSeeds' event handler on PORT+4)  PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres  MAVEN_ARGS (-o)
#   NODE_JAVA_OPTS (default: docs/deploy.md's storefront-and-tokens node)  KEEP=1 (keep the work folder)
# Needs: wrk, haproxy (apt-get install wrk haproxy), psql, curl, python3, JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
WARMUP_CONNS=${WARMUP_CONNS:-16}
PREWARM=${PREWARM:-40}
CONNS=${CONNS:-64}
SOLUTIONS=${SOLUTIONS:-300}
SEEDS=${SEEDS:-300}
PORT=${PORT:-18580}
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
STATS=$((PORT + 3))
export SEEDS_HANDLER_PORT=$((PORT + 4))
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
# the storefront-and-tokens node of docs/deploy.md: the catalog, /oauth/token/ and /rest/, language tools off
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:-"-Xms96m -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=64m -Xss512k"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BUILD=${SOUK_BENCH_BUILD_DIR:-/tmp/souk-cluster-bench}
DB=souk_clusterbench_$$
ADMIN=admin@bench.example.com
ADMIN_PASSWORD=bench-admin-password-1
BALANCER=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/clusterbench.XXXXXX)
RESULTS=$WORK/results.tsv
HZ=$(getconf CLK_TCK)
PID_A="" PID_B="" PID_LB=""

log() { printf '[cluster-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for cmd in wrk haproxy psql curl python3; do
  command -v "$cmd" >/dev/null || [ -x "/usr/sbin/$cmd" ] || die "$cmd not found (apt-get install wrk haproxy)"
done
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
for p in $PORT $PORT_A $PORT_B $STATS $SEEDS_HANDLER_PORT; do
  ! ss -ltnH "sport = :$p" | grep -q . || die "port $p is taken (set PORT)"
done

stop() { # PID: TERM, then KILL after 30 s
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 0
  kill -TERM "$1"
  for _ in $(seq 60); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$1"
}
cleanup() {
  local rc=$?
  set +e
  stop "$PID_LB"; stop "$PID_B"; stop "$PID_A"
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  case "$WORK" in /tmp/clusterbench.*) [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK" ;; esac
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_node() { # NAME PORT [extra VAR=value …]; prints the pid
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_PROFILES_ACTIVE=storefront PORT="$port" SOUK_BASE_URL="$BALANCER" SOUK_TRUSTED_PROXIES=127.0.0.1 \
    SOUK_DATA_DIR="$WORK/data-$name" SOUK_SEARCH_BACKEND=lucene SOUK_DEMO_DATA=false \
    SOUK_ADMIN_EMAIL=$ADMIN SOUK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    SOUK_OUTBOUND_ALLOWED_HOSTS=127.0.0.1:$SEEDS_HANDLER_PORT SOUK_INSTALL_TEST_ACCOUNTS=$((SEEDS + 10)) "$@" \
    java $NODE_JAVA_OPTS -jar "$JAR" >"$WORK/node-$name.log" 2>&1 </dev/null &
  echo $!
}
await_ready() { # NAME PID PORT
  local t0; t0=$(date +%s)
  until curl -sf -o /dev/null "http://127.0.0.1:$3/actuator/health/readiness"; do
    kill -0 "$2" 2>/dev/null || { tail -30 "$WORK/node-$1.log" >&2; die "node $1 exited"; }
    [ $(($(date +%s) - t0)) -lt 900 ] || die "node $1 not ready after 900 s"
    sleep 1
  done
  log "node $1 (pid $2, port $3) ready after $(($(date +%s) - t0)) s"
}

# --- 1. build --------------------------------------------------------------------------------------------
log "building the jar into $BUILD"
./mvnw -q ${MAVEN_ARGS:-} package -DskipTests -Dsouk.build.dir="$BUILD"
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dsouk.build.dir="$BUILD" -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$BUILD/runtime-classpath.txt"
JAR=$(ls "$BUILD"/souk-*.jar | head -1)

# --- 2. node A, the data, node B -------------------------------------------------------------------------
psql -qX -d postgres -c "CREATE DATABASE $DB" >/dev/null
log "database $DB; starting node A (it migrates the schema)"
PID_A=$(start_node a $PORT_A)
await_ready a "$PID_A" $PORT_A

log "writing $SOLUTIONS published solutions into catalog_entry"
psql -qX -d "$DB" -v ON_ERROR_STOP=1 -v n="$SOLUTIONS" <<'SQL'
-- as Publication writes a listed solution (the snapshot JSON of CatalogSnapshot, the columns the catalog queries);
-- the texts from 45-word vocabularies as in CatalogBench
CREATE FUNCTION pg_temp.pick(words text[], n int) RETURNS text VOLATILE LANGUAGE sql AS
  $$ SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::int], ' ') FROM generate_series(1, n) $$;
CREATE FUNCTION pg_temp.texts(words text[], prefix text) RETURNS json VOLATILE LANGUAGE sql AS $$
  SELECT json_build_object('title', initcap(pg_temp.pick(words, 2)) || ' ' || pg_temp.pick(words, 1),
    'shortDescription', prefix || pg_temp.pick(words, 6) || '.',
    'fullDescription', '<p>' || pg_temp.pick(words, 40) || '.</p><p>' || pg_temp.pick(words, 30) || '.</p>',
    'keywords', replace(pg_temp.pick(words, 4), ' ', ', '), 'installation', pg_temp.pick(words, 12) || '.',
    'support', 'support@bench.example.com') $$;
SELECT setseed(0.42) \g /dev/null
WITH words AS (SELECT
  string_to_array('invoice reminder telephony calls deals pipeline report analytics chat bot calendar booking payments '
    || 'warehouse delivery forms leads contracts documents signature email marketing campaign survey tasks projects '
    || 'timesheet payroll inventory orders shipping loyalty coupons feedback support tickets knowledge sync import '
    || 'export backup dashboard sales quotes catalog', ' ') AS en,
  string_to_array('счета напоминания телефония звонки сделки воронка отчёт аналитика чат бот календарь бронирование '
    || 'платежи склад доставка формы лиды договоры документы подпись почта маркетинг рассылка опрос задачи проекты '
    || 'табель зарплата остатки заказы отгрузка лояльность купоны отзывы поддержка обращения синхронизация импорт '
    || 'экспорт сводка продажи', ' ') AS ru),
rows AS (SELECT g, 'benchpartner' || (g % 20) AS partner,
    (ARRAY['integrations.telephony', 'integrations.sms', 'integrations.payments', 'automation.workflows',
           'analytics.bi_reports', 'migration'])[1 + g % 6] AS category,
    (ARRAY['crm', 'telephony', 'sms', 'email', 'payments', 'analytics', 'sales'])[1 + g % 7] AS tag,
    now() - (random() * interval '1000 days') AS published
  FROM generate_series(1, :n) g)
INSERT INTO catalog_entry (code, partner_id, partner_code, snapshot, first_published_at, published_at, installs, updated_at)
SELECT r.partner || '.app' || r.g, r.g % 20, r.partner, json_build_object(
    'code', r.partner || '.app' || r.g, 'partnerCode', r.partner,
    'partnerName', 'Bench Partner ' || (r.g % 20) || ' (fictional)', 'technologyType', 'REST_API',
    'regions', json_build_array('global'), 'homeLanguage', 'en', 'categories', json_build_array(r.category),
    'categoryGroups', json_build_array(split_part(r.category, '.', 1)), 'tags', json_build_array(r.tag),
    'taxonomyNames', json_build_array(replace(r.category, '_', ' ')),
    'texts', json_build_object('en', pg_temp.texts(w.en, 'Fictional app ' || r.g || ': '),
                               'ru', pg_temp.texts(w.ru, 'Вымышленное приложение ' || r.g || ': ')),
    'screenshots', json_build_array(), 'licenseUrl', 'https://bench.example.com/license',
    'privacyUrl', 'https://bench.example.com/privacy', 'pricingPolicy', 'FREE', 'versionNumber', 1,
    'scopes', json_build_array('crm', 'user_brief'), 'recommended', false,
    'firstPublishedAt', r.published, 'publishedAt', r.published)::text,
  r.published, r.published, floor(random() * 5000)::bigint, now()
FROM rows r, words w;
SQL

# rows written by SQL are not indexed (as after a migration): A's index is rebuilt through the admin API
admin_token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" \
  "http://127.0.0.1:$PORT_A/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
rebuilt=$(curl -sf -X POST -H "Authorization: Bearer $admin_token" "http://127.0.0.1:$PORT_A/api/v1/admin/catalog/index/rebuild")
log "node A's index rebuilt: $rebuilt"

log "starting node B (SOUK_CATALOG_REINDEX_AT_START=true) while TokenSeeds makes $SEEDS installations through node A"
PID_B=$(start_node b $PORT_B SOUK_CATALOG_REINDEX_AT_START=true)
java -cp "$(cat "$BUILD/runtime-classpath.txt")" bench/TokenSeeds.java "http://127.0.0.1:$PORT_A" \
  "$ADMIN" "$ADMIN_PASSWORD" "$SEEDS" "$WORK" >"$WORK/seeds.log" 2>&1 || { cat "$WORK/seeds.log"; die TokenSeeds; }
# shellcheck disable=SC1091
. "$WORK/client.env"
await_ready b "$PID_B" $PORT_B
grep -h 'Catalog index rebuilt' "$WORK/node-b.log" | sed 's/^.*Catalog/node B: Catalog/' >&2 || die "node B rebuilt no index"

# the pages: a search page (queries in turn: English, Russian, a prefix, a typo) and 100 solution pages
CODES=$(psql -AtX -d "$DB" -c "SELECT code FROM catalog_entry ORDER BY md5(code) LIMIT 100")
paths_lua() { # FILE PATH…: wrk requests the paths in turn
  { printf 'paths = {'; printf '"%s",' "${@:2}"; printf '}\n'
    printf 'i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[i %% #paths + 1])\nend\n'; } >"$1"
}
paths_lua "$WORK/search.lua" '/search?q=invoice+reminder' '/search?q=telephony' \
  '/search?q=%D1%81%D1%87%D0%B5%D1%82%D0%B0' '/search?q=calend' '/search?q=warehuose'
# shellcheck disable=SC2046
paths_lua "$WORK/solution.lua" $(printf '/apps/%s\n' $CODES)
for f in search solution; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_B$(grep -o '"/[^"]*"' "$WORK/$f.lua" | head -1 | tr -d '"')")
  [ "$code" = 200 ] || die "node B answers $code to the first $f page"
done
grep . "$WORK/seeds.txt" >"$WORK/seeds-all.txt"

# --- 3. the phases -----------------------------------------------------------------------------------------
balancer() { # SERVER… (name:port)
  stop "$PID_LB"
  { cat <<EOF
global
    maxconn 1024
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    option forwardfor
frontend souk
    bind 127.0.0.1:$PORT
    default_backend nodes
listen stats
    bind 127.0.0.1:$STATS
    stats enable
    stats uri /stats
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
EOF
    for s in "$@"; do echo "    server ${s%%:*} 127.0.0.1:${s##*:} check inter 2s"; done; } >"$WORK/haproxy.cfg"
  "$HAPROXY" -db -f "$WORK/haproxy.cfg" >>"$WORK/haproxy.log" 2>&1 </dev/null &
  PID_LB=$!
  for _ in $(seq 40); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BALANCER/actuator/health/readiness")" = 200 ] && return 0
    sleep 0.5
  done
  die "HAProxy does not answer; its log: $(tail -5 "$WORK/haproxy.log")"
}
served() { # answers each server of the backend has given since HAProxy started (its hrsp_* counters): a=N b=N
  curl -s "http://127.0.0.1:$STATS/stats;csv" | awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^hrsp_/) col[i] = 1 }
    $1 == "nodes" && $2 != "BACKEND" { n = 0; for (i in col) n += $i; printf "%s=%d ", $2, n }'
}
ticks() { # utime + stime of the given pids
  local p s=0
  for p in "$@"; do s=$((s + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}'))); done
  echo $s
}
busy() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
next_seed=0
take_seeds() { # COUNT -> $WORK/chains.txt: chain heads no run has used
  sed -n "$((next_seed + 1)),$((next_seed + $1))p" "$WORK/seeds-all.txt" >"$WORK/chains.txt"
  next_seed=$((next_seed + $1))
  [ "$(grep -c . "$WORK/chains.txt")" -eq "$1" ] || die "out of seed tokens: raise SEEDS"
}
wrk_run() { # WORKLOAD SECONDS CONNECTIONS [BASE_URL]: wrk's output
  local base=${4:-$BALANCER}
  case $1 in
    search | solution) wrk -t2 -c"$3" -d"$2"s --timeout 10s --latency -s "$WORK/$1.lua" "$base" ;;
    token) take_seeds "$3"
      env SEEDS="$WORK/chains.txt" CLIENT_ID="$CLIENT_ID" CLIENT_SECRET="$CLIENT_SECRET" ROTATE=1 MODE=post \
        wrk -t2 -c"$3" -d"$2"s --timeout 10s --latency -s bench/oauth-refresh/refresh.lua "$base/oauth/token/" ;;
  esac
}
warmup_failures() { # LOG: say so when a warm-up had failed answers (they are in no table)
  grep -E 'Non-2xx|Socket errors|non-200: [1-9]' "$1" | sed "s|^|  WARNING in $(basename "$1"): |" >&2 || true
}
phase() { # NAME SERVER…
  local name=$1 workload out n0 n1 c0 c1 b0 b1 t0 t1 load
  shift
  balancer "$@"
  log "phase '$name': HAProxy (pid $PID_LB) in front of $*"
  for workload in search solution token; do
    wrk_run $workload "$WARMUP" "$WARMUP_CONNS" >"$WORK/warmup-$name-$workload.log" 2>&1
    warmup_failures "$WORK/warmup-$name-$workload.log"
    load=$(cut -d' ' -f1 /proc/loadavg)
    n0=$(served); c0=$(ticks "$PID_A" "$PID_B"); b0=$(busy); t0=$(date +%s.%N)
    # not in $(…): take_seeds must move next_seed in this shell
    wrk_run $workload "$DURATION" "$CONNS" >"$WORK/run-$name-$workload.log" 2>&1
    n1=$(served); c1=$(ticks "$PID_A" "$PID_B"); b1=$(busy); t1=$(date +%s.%N)
    out=$(cat "$WORK/run-$name-$workload.log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$workload" "$load" "$((c1 - c0))" "$((b1 - b0))" \
      "$(echo "$t1 - $t0" | bc -l)" "$n0" "$n1" "$WORK/run-$name-$workload.log" >>"$RESULTS"
    log "  $workload: $(grep -E 'Requests/sec|^RESULT' <<<"$out" | head -1)"
  done
  # rotation under load: a chain head spent in this phase's first second must be refused now
  reuse=$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=refresh_token --data-urlencode "client_id=$CLIENT_ID" \
    --data-urlencode "client_secret=$CLIENT_SECRET" --data-urlencode "refresh_token=$(head -1 "$WORK/chains.txt")" \
    "$BALANCER/oauth/token/")
  printf 'rotation\t%s\t%s\n' "$name" "$reuse" >>"$RESULTS"
}
balancer a:$PORT_A b:$PORT_B
log "warming both nodes up through HAProxy, $PREWARM s a workload"
for workload in search solution token; do
  wrk_run $workload "$PREWARM" "$WARMUP_CONNS" >"$WORK/prewarm-$workload.log" 2>&1
  warmup_failures "$WORK/prewarm-$workload.log"
done
phase "one node" a:$PORT_A
phase "two nodes" a:$PORT_A b:$PORT_B
phase "one again" a:$PORT_A

# --- 4. the table ------------------------------------------------------------------------------------------
echo
echo "=== cluster-bench $(date -u +%FT%TZ): $SOLUTIONS solutions, $SEEDS installations, $CONNS connections," \
  "${WARMUP} s warm-up + ${DURATION} s a run, nodes: $NODE_JAVA_OPTS"
python3 - "$RESULTS" "$HZ" <<'EOF'
import re, sys
rows, rotation = {}, {}
hz = int(sys.argv[2])
def ms(v):
    n, u = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[u]
def counts(s):
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", s)}
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    if f[0] == "rotation":
        rotation[f[1]] = f[2]
        continue
    phase, workload, load, node_ticks, busy_ticks, wall, n0, n1, log = f
    out = open(log).read()
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    timeouts = int(sock[4]) if sock else 0
    other_sock = sum(map(int, sock.groups()[:3])) if sock else 0
    result = re.search(r"^RESULT (.*)$", out, re.M)
    if result:  # refresh.lua: a 200 counts only with a new refresh token in it
        r = dict(kv.split("=") for kv in result[1].split())
        rps, p99, done = float(r["ok_rps"]), float(r["p99_ms"]), int(r["responses"])
        failed = int(r["non200"]) + int(r["no_rt"]) + other_sock
    else:
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])
        p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M)[1])
        done = int(re.search(r"(\d+) requests in", out)[1])
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        failed = (int(bad[1]) if bad else 0) + other_sock
    before, after = counts(n0), counts(n1)
    share = " / ".join(f"{k} {after[k] - before.get(k, 0)}" for k in sorted(after))
    wall = float(wall)
    rows[(workload, phase)] = dict(rps=rps, p99=p99, failed=failed, timeouts=timeouts, share=share,
        load=float(load), cpu=int(node_ticks) / hz * 1000 / max(done, 1), cores=int(node_ticks) / hz / wall)
names = {"search": "search page /search?q=", "solution": "solution page /apps/{code}",
         "token": "token endpoint (refresh, rotation)"}
phases = ("one node", "two nodes", "one again")
print(f"{'workload':35} {'phase':9} {'req/s':>6} {'p99 ms':>7} {'failed':>6} {'>10 s':>5} {'Souk CPU':>8} "
      f"{'Souk':>5} {'load':>5}  answers per node")
print(f"{'':35} {'':9} {'':>6} {'':>7} {'':>6} {'':>5} {'ms/req':>8} {'cores':>5} {'avg':>5}")
for w in names:
    for p in phases:
        r = rows[(w, p)]
        print(f"{names[w]:35} {p:9} {r['rps']:6.0f} {r['p99']:7.0f} {r['failed']:6d} {r['timeouts']:5d} "
              f"{r['cpu']:8.2f} {r['cores']:5.2f} {r['load']:5.1f}  {r['share']}")
print()
for w in names:
    first, again = rows[(w, "one node")]["rps"], rows[(w, "one again")]["rps"]
    one, two = (first + again) / 2, rows[(w, "two nodes")]["rps"]
    print(f"factor two nodes / one node, {names[w]}: {two / one:.2f} ({two:.0f} / {one:.0f} req/s, the mean of the "
          f"one-node phases, which differ by {abs(again / first - 1) * 100:.0f} %)")
print("rotation check (a chain head spent in the phase's first second, sent again): "
      + ", ".join(f"{p}: HTTP {c}" for p, c in rotation.items()) + " (400 expected)")
print("failed: answers not 2xx (token: not 200 with a new refresh token) and socket errors; >10 s: requests wrk gave")
print("  up on after 10 s (not in p99); Souk CPU: both JVMs' CPU time over the run per answer; Souk cores: the same")
print("  per second of the run; load avg: the machine's 1-minute load average before the run")
EOF
