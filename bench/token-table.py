"""The table of token-bench.sh: Souk, Keycloak and the pgbench ceiling side by side, with the ratios.

Reads the RESULTS file (one tab-separated line per measured run: bench/oauth-refresh/lib.sh writes the wrk
runs, token-bench.sh the app.info and pgbench runs). Usage: python3 bench/token-table.py RESULTS.
"""
import re
import sys

runs = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    label, fields = parts[0], dict(re.findall(r"(\w+)=(\S+)", " ".join(parts[1:])))
    m = re.match(r"(\S+)(?: rotate=\d)? c=(\d+)", label)
    if not m:
        continue
    server = m[1].split("-2")[0] if m[1].startswith("keycloak") else m[1]
    runs[(server, int(m[2]))] = fields


def num(fields, key):
    try:
        return float(fields.get(key))
    except (TypeError, ValueError):
        return None


def mem(fields):
    rss = num(fields, "rss_mb")
    return "-" if rss is None else "%.0f" % rss


conns = sorted({c for _, c in runs})
# "CPU ms/op": the server's cores over the run per answer (Souk: its JVM and PostgreSQL; pgbench: none measured);
# unlike ok/s it hardly depends on what else the machine runs
print("%-36s %5s %9s %8s %8s %7s %8s %9s %7s %10s" % ("", "conns", "ok/s", "p50 ms", "p99 ms", "errors", "RSS MB",
                                                       "srv cores", "other", "CPU ms/op"))
names = [("souk", "Souk refresh grant (default node)"), ("souk-storefront", "Souk refresh grant (storefront node)"),
         ("souk-tokens", "Souk refresh grant (token node)"),
         ("keycloak", "Keycloak 26.7.3 refresh (rotation)"), ("pgbench", "pgbench, Souk's refresh SQL"),
         ("app.info", "Souk /rest/app.info")]
for key, title in names:
    for c in conns:
        f = runs.get((key, c))
        if f is None:
            continue
        errors = sum(int(float(f.get(k, 0) or 0)) for k in ("non200", "no_rt", "starved", "sock_err", "failed")
                     if f.get(k, "-") != "-")
        cores = num(f, "cpu_srv")
        per_op = "%.2f" % (1000 * cores / num(f, "ok_rps")) if cores and num(f, "ok_rps") else f.get(
            "cpu_ms_per_call", "-")
        print("%-36s %5d %9.0f %8s %8s %7d %8s %9s %7s %10s" % (
            title, c, num(f, "ok_rps"), f.get("p50_ms", f.get("avg_ms", "-") + " avg"), f.get("p99_ms", "-"),
            errors, mem(f), f.get("cpu_srv", "-"), f.get("cpu_other", "-"), per_op))
print()
for c in conns:
    souk, kc, pg, info = (runs.get((k, c)) for k in ("souk", "keycloak", "pgbench", "app.info"))
    if not souk:
        continue
    line = []
    if pg:
        line.append("Souk %.0f%% of the pgbench ceiling" % (100 * num(souk, "ok_rps") / num(pg, "ok_rps")))
    if kc:
        line.append("%.1fx Keycloak" % (num(souk, "ok_rps") / num(kc, "ok_rps")))
    if info:
        line.append("app.info %.1fx the refresh figure, %s ms of Souk's CPU a call" % (
            num(info, "ok_rps") / num(souk, "ok_rps"), info.get("cpu_ms_per_call")))
    print("  c=%d: %s" % (c, "; ".join(line)))
kc = runs.get(("keycloak", 64)) or runs.get(("keycloak", 16))
for key, title in (("souk", "default node"), ("souk-storefront", "storefront node"), ("souk-tokens", "token node")):
    f = runs.get((key, 64))
    if f and num(f, "rss_mb"):
        text = "  memory, %s: RSS %s MB (peak %s MB)" % (title, mem(f), f.get("peak_rss_mb", "-"))
        if kc and num(kc, "rss_mb"):
            text += ", %.2fx Keycloak's %s MB" % (num(f, "rss_mb") / num(kc, "rss_mb"), mem(kc))
        print(text)
others = [k for k, f in runs.items() if (num(f, "cpu_other") or 0) > 0.15 or (num(f, "cpu_steal") or 0) > 0.10]
if others:
    print("  WARNING: other load on the machine during %s: these figures are not clean" % ", ".join(
        "%s c=%d" % k for k in others))
