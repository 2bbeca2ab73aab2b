#!/usr/bin/env python3
"""Where a workload's JVM time goes (issue #9): reads a JFR recording of it (bench/run records one per page workload)
and prints the share of execution samples in each phase of a request as JSON. A sample belongs to the first phase of
PHASES found on its stack, so SQL run by a controller counts as SQL, not as the controller (no SQL runs while a view
renders: open-in-view is off).
Only the JVM's Java threads are sampled: PostgreSQL's share of the machine is in bench/run's CPU columns."""
import collections, json, re, subprocess, sys

jfr, recording = sys.argv[1:3]
text = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "1024", recording],
                      capture_output=True, text=True, check=True).stdout

# Phase, and a frame that marks it; the first phase whose frame is on the stack wins, so inner phases come first.
PHASES = [
    ("rendering (Thymeleaf)", "org.thymeleaf.spring6.view.ThymeleafView.render"),
    ("SQL: JDBC driver and pool", "org.postgresql."),
    ("SQL: JDBC driver and pool", "com.zaxxer.hikari."),
    ("JPA (Hibernate)", "org.hibernate."),
    ("controller and services", "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest"),
    ("MVC: mapping, binding, views", "org.springframework.web.servlet.DispatcherServlet.doDispatch"),
    ("security filters", "org.springframework.security.web.FilterChainProxy.doFilterInternal"),
    ("Tomcat and servlet filters", "org.apache.catalina.connector.CoyoteAdapter.service"),
    ("Tomcat network I/O", "org.apache.tomcat.util.net."),
]

counts = collections.Counter()
total = 0
for block in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(", block, re.M)
    if not frames:
        continue
    total += 1
    phase = "other"
    for name, marker in PHASES:
        if any(frame.startswith(marker) for frame in frames):
            phase = name
            break
    counts[phase] += 1

print(json.dumps({"samples": total, "phases": {k: round(v * 100 / total, 1) for k, v in counts.most_common()}}
                 if total else {"samples": 0, "phases": {}}, ensure_ascii=False))
