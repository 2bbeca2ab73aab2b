#!/usr/bin/env python3
"""Turns bench/run's wrk JSON lines into bench/results/<date>-<host>.md: figures beside same-run baselines, targets."""
import datetime, json, os, platform, re, socket, subprocess, sys

work, scale, duration, rss_mb, cold, warm, pdf_ms, pdf_kb, java, city, reader, writers, jvm_opts, loadavg = sys.argv[1:15]


def load(name):
    try:
        with open(os.path.join(work, name + ".json")) as f:
            return json.loads(f.read().strip() or "null")
    except (OSError, ValueError):
        return None


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return "?"


rows = []


def row(label, name, base, target, check, per=1):
    w, b = load(name), load(base) if base else None
    if w is None:
        rows.append(f"| {label} | n/a | | | | | | {target} | no run |")
        return
    ratio = w["rps"] / per / b["rps"] if b and b["rps"] else None
    met = check(w, ratio)
    errors = w["non2xx3xx"] + w["socket_errors"]
    rows.append("| {} | {:.0f} | {:.1f} | {:.1f} | {:.1f} | {} | {} | {} | {}{} |".format(
        label, w["rps"], w["p50_ms"], w["p95_ms"], w["p99_ms"], f"{b['rps']:.0f}" if b else "—",
        f"{ratio:.2f}" if ratio is not None else "—", target, "yes" if met else "**no**",
        f" ({errors} errors)" if errors else ""))


row("Reviewer queue `/city/queue` (filter + keyset page 2), 32 conn.", "queue", "queue-base",
    "ratio ≥ 0.8, p99 ≤ 50 ms", lambda w, r: r is not None and r >= 0.8 and w["p99_ms"] <= 50)
row("Applicant list `/applicant/applications`, 16 conn.", "list", "list-base", "ratio ≥ 0.7",
    lambda w, r: r is not None and r >= 0.7)
row("Tracking page `/applicant/applications/{id}`, 16 conn.", "track", "track-base", "ratio ≥ 0.7",
    lambda w, r: r is not None and r >= 0.7)
row(f"Save 个人信息 section (POST, {writers} applicant(s), 1 conn. each)", "save", "save-base",
    "throughput and p99 (no target)", lambda w, r: True)
row("Public certificate lookup (POST by number), 16 conn.", "cert", "cert-base", "ratio ≥ 0.8",
    lambda w, r: r is not None and r >= 0.8)
row("Login (GET form + POST /login; req/s counts both, ratio = logins ÷ BCrypt checks), 4 conn.", "login", "login-base",
    "logins ≥ 0.9 × BCrypt", lambda w, r: r is not None and r >= 0.9, per=2)
row("Mixed busy day, 32 conn.", "mixed", None, "≥ 1,000 req/s, p95 ≤ 100 ms",
    lambda w, r: w["rps"] >= 1000 and w["p95_ms"] <= 100)

# CPU ms of one core per request, measured over the same wrk run: the portal's JVM, its PostgreSQL, and the rest of the
# machine (wrk itself, the kernel, other tenants).
cpu_rows = []
for label, name, base in [("Reviewer queue", "queue", "queue-base"), ("Applicant list", "list", "list-base"),
                          ("Tracking page", "track", "track-base"), ("Save section", "save", "save-base"),
                          ("Certificate lookup", "cert", "cert-base"), ("Mixed busy day", "mixed", None)]:
    w, b = load(name), load(base) if base else None
    if not w or "jvm_ms" not in w:
        continue
    fmt = lambda r: f"{r['jvm_ms']:.2f} | {r['pg_ms']:.2f} | {r['rest_ms']:.2f}" if r and "jvm_ms" in r else "— | — | —"
    cpu_rows.append(f"| {label} | {fmt(w)} | {fmt(b)} |")

phase_names, profiles = [], {}
for label, name in [("Reviewer queue", "queue"), ("Applicant list", "list"), ("Tracking page", "track"),
                    ("Certificate lookup", "cert")]:
    p = load(name + ".profile")
    if p and p.get("samples"):
        profiles[label] = p
        phase_names += [k for k in p["phases"] if k not in phase_names]
profile_table = ""
if profiles:
    labels = list(profiles)
    profile_table = ("| Phase | " + " | ".join(labels) + " |\n|---|" + "---|" * len(labels) + "\n" + "\n".join(
        f"| {ph} | " + " | ".join(f"{profiles[l]['phases'].get(ph, 0):.1f} %" for l in labels) + " |"
        for ph in phase_names) + "\n| JFR samples | " + " | ".join(str(profiles[l]["samples"]) for l in labels) + " |")

login, bcrypt = load("login"), load("login-base")
login_note = ""
if login and bcrypt and bcrypt["rps"]:
    login_note = (f"Logins per second = {login['rps'] / 2:.1f} (half of the requests are the GET of the form), "
                  f"raw BCrypt {bcrypt['rps']:.1f}/s: login ratio **{login['rps'] / 2 / bcrypt['rps']:.2f}** (target ≥ 0.9).")

host = socket.gethostname().split(".")[0]
now = datetime.datetime.now(datetime.timezone.utc)
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
cores = os.cpu_count()
ram = sh("awk '/MemTotal/ {printf \"%.1f GB\", $2/1048576}' /proc/meminfo")
jdk = sh(f"'{java}' -version 2>&1 | head -1")
pg = sh(f"grep -o 'PostgreSQL [0-9.]*' {work}/app.log | head -1") or "PostgreSQL 17 (embedded)"
commit = sh("git rev-parse --short HEAD") + (" (+ uncommitted changes)" if sh("git status --porcelain") else "")
rss_ok = "yes" if rss_mb.isdigit() and 0 < int(rss_mb) <= 512 else "**no**"
try:
    pdf_ok = "yes" if float(pdf_ms) <= 30 and float(pdf_kb) <= 150 else "**no**"
except ValueError:
    pdf_ok = "n/a"

out = f"""# Benchmark {now:%Y-%m-%d} on {host}

Produced by `bench/run` (issue #9). Each workload ran {duration} with wrk beside its baseline in the same JVM and run:
a bare endpoint under `/bench/baseline/**` (profile `bench`, outside Spring Security) running the page's SQL through
JdbcClient with no template, security or JPA. Ratio = page req/s ÷ baseline req/s. Latencies in ms.

| Workload | req/s | p50 | p95 | p99 | baseline req/s | ratio | target | met? |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""
| Resident memory during the mixed run (max of `ps -o rss` each second) | {rss_mb} MB | | | | | | ≤ 512 MB | {rss_ok} |
| Start to first response, embedded default, cold (fresh data directory) | {cold} s | | | | | | — | — |
| Start to first response, embedded default, warm (existing data directory) | {warm} s | | | | | | — | — |
| Review-form PDF (JMH `ReviewFormBenchmark`, median) | {pdf_ms} ms, {pdf_kb} KB | | | | | | ≤ 30 ms, ≤ 150 KB | {pdf_ok} |

{login_note}

Mixed workload weights (of 100): certificate lookup 30, applicant list 20, tracking page 20, queue page 1 15, queue
page 2 5, public home 5, section save 5. wrk is closed-loop: the req/s is what 32 connections reached, not a fixed rate.

## Where the time goes

CPU per request, in ms of one core, over the same runs (`/proc` before and after each wrk run): the portal's JVM, its
PostgreSQL (postmaster and backends), and the rest of the machine (wrk itself, the kernel, anything else running).
A page and its baseline run the same SQL, so the difference in JVM time is what the page adds (template, security,
session, MVC, JPA).

| Workload | page JVM | page PostgreSQL | page rest | baseline JVM | baseline PostgreSQL | baseline rest |
|---|---|---|---|---|---|---|
""" + "\n".join(cpu_rows) + f"""

The page's JVM time by phase (JFR execution samples of each page workload run again for 10 s, by `bench/profile.py`; a
sample counts in the first of these phases found on its stack, in the table's order of definition: rendering, SQL
driver and pool, JPA, controller, MVC, security, Tomcat):

{profile_table}

## Set-up

- Data set: {scale} applications{" (demo world only)" if scale == "0" else ""} (`bench/data/pg`, generated with profile `bench-data`, seed 2026).
- Accounts: city reviewer `{city}`, applicant `{reader}`, {writers} writer applicant(s) (one per wrk thread).
- JVM: `{jvm_opts}`; embedded PostgreSQL runs as its own processes (not in the RSS figure).
- Lookup limit raised for the run: `--portal.certificate.lookups-per-client-per-hour=100000000`; the hit table is
  emptied before the page and before its baseline (every lookup comes from one address, so its hourly count grows).
- Load average (1, 5, 15 min) when the run started: {loadavg} (other processes share the machine: compare ratios).
- Machine: {cpu}, {cores} cores, {ram} RAM, kernel {platform.release()}; {jdk}; {pg}.
- Date: {now:%Y-%m-%d %H:%M} UTC; commit {commit}.
"""
os.makedirs("bench/results", exist_ok=True)
path = f"bench/results/{now:%Y-%m-%d}-{host}.md"
with open(path, "w") as f:
    f.write(out)
print(out)
print("written to", path)
