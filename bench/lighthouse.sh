#!/usr/bin/env bash
# Issue 19's storefront targets: Lighthouse (mobile, its default simulated throttling) on the seven pages of the
# issue, with the demo data; prints each page's four scores (the median of the runs) and the load average of the
# machine around each run. See bench/README.md ("Lighthouse").
#
# Usage: bench/lighthouse.sh [runs (3)]
#   SOUK_URL=http://localhost:8080  measure a Souk that is running (with its demo data); else one is built and
#                                   started on SOUK_PORT (18181) with a fresh data folder under bench/out/, and stopped
#   LH_TOOLS=folder                 where lighthouse is (node_modules/.bin/lighthouse), else npm installs it there
#                                   (default bench/out/lh-tools); MAVEN_ARGS=-o builds offline
# Chromium is Debian's, headless, kept off the network (no background, component or sync traffic).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out="bench/out/lighthouse"
tools="${LH_TOOLS:-bench/out/lh-tools}"
lighthouse_version="12.8.2"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
chrome_flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
mkdir -p "$out"

if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$tools"
    (cd "$tools" && npm install --silent --no-audit --no-fund "lighthouse@$lighthouse_version" >/dev/null)
fi
lighthouse="$tools/node_modules/.bin/lighthouse"

url="${SOUK_URL:-}"
souk_pid=""
stop() {
    if [ -n "$souk_pid" ]; then
        kill "$souk_pid" 2>/dev/null || true
        wait "$souk_pid" 2>/dev/null || true
    fi
}
trap stop EXIT
if [ -z "$url" ]; then
    port="${SOUK_PORT:-18181}"
    build="${SOUK_BENCH_BUILD_DIR:-/tmp/souk-lighthouse}"
    data="$PWD/$out/data"
    ./mvnw -q ${MAVEN_ARGS:-} package -Dmaven.test.skip=true -Dsouk.build.dir="$build"
    rm -rf "$data"
    jar="$(ls "$build"/souk-*.jar | grep -v -e sources -e plain | head -1)"
    java -jar "$jar" --server.port="$port" --souk.data-dir="$data" --souk.demo-data=true >"$out/souk.log" 2>&1 &
    souk_pid=$!
    url="http://localhost:$port"
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null "$url/partners/examplewidgets"; then
            break
        fi
        kill -0 "$souk_pid" 2>/dev/null || { echo "Souk did not start: see $out/souk.log" >&2; exit 1; }
        sleep 1
    done
fi

pages=(
    "home /"
    "search /search?q=sms"
    "category /catalog/categories/integrations"
    "solution /apps/examplewidgets.sms_reminders"
    "partner /partners/examplewidgets"
    "register /register"
    "sign-in /login"
)
# a started JVM is slow at first: every page (and what it loads) a few times before measuring
for page in "${pages[@]}"; do
    for _ in 1 2 3; do
        curl -sf -o /dev/null -H 'Accept-Language: en-US' "$url${page#* }" || { echo "no answer: $url${page#* }" >&2; exit 1; }
    done
done

for run in $(seq 1 "$runs"); do
    for page in "${pages[@]}"; do
        name="${page%% *}"
        load="$(cut -d' ' -f1-3 /proc/loadavg)"
        "$lighthouse" "$url${page#* }" --quiet --output=json --output-path="$out/$name-$run.json" \
            --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$chrome_flags"
        echo "$load" >"$out/$name-$run.load"
    done
done

# the table: each score the median of the runs; the load average (1, 5, 15 min) when each page's runs began
node - "$out" "$runs" "${pages[@]%% *}" <<'EOF'
const fs = require('fs');
const [out, runs, ...names] = process.argv.slice(2);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('| page | performance | accessibility | best practices | SEO | load average at each run |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
const failing = [];
for (const name of names) {
  const reports = [], loads = [];
  for (let run = 1; run <= Number(runs); run++) {
    reports.push(JSON.parse(fs.readFileSync(`${out}/${name}-${run}.json`, 'utf8')));
    loads.push(fs.readFileSync(`${out}/${name}-${run}.load`, 'utf8').trim().split(' ')[0]);
  }
  const scores = categories.map(c => median(reports.map(r => Math.round(r.categories[c].score * 100))));
  categories.forEach((c, i) => { if (scores[i] < 95) failing.push(`${name} ${c} ${scores[i]}`); });
  console.log(`| ${name} | ${scores.join(' | ')} | ${loads.join(', ')} |`);
}
console.log(`\nLoad average now: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
  + ` (${require('os').cpus().length} cores); reports in ${out}/`);
if (failing.length) {
  console.log('Under 95: ' + failing.join('; '));
}
// what cost points, per page (first run): the audits of the four categories that did not pass
const lost = [];
for (const name of names) {
  const report = JSON.parse(fs.readFileSync(`${out}/${name}-1.json`, 'utf8'));
  for (const c of categories) {
    for (const ref of report.categories[c].auditRefs) {
      const audit = report.audits[ref.id];
      if (audit.score !== null && audit.score < 1 && (ref.weight > 0 || c === 'performance')
          && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
        lost.push(`${name}\t${c}\t${ref.id}\t${audit.score}\t${audit.displayValue || ''}`);
      }
    }
  }
}
fs.writeFileSync(`${out}/lost.tsv`, lost.join('\n') + '\n');
EOF
