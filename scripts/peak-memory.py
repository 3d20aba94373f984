#!/usr/bin/env python3
"""Peak resident memory (VmHWM / ru_maxrss) of one `handshake doctor` run against a scenario store
started as a separate process. Usage: scripts/peak-memory.py [SCENARIO ...] (default: healthy gzip-bomb
never-ending-body). Needs `cargo build -p handshake-cli -p handshake-demo` first. Bounded: the
doctor gets --timeout 10, the store is stopped at the end."""
import os, resource, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bin_dir = os.path.join(root, "target", "debug")
scenarios = sys.argv[1:] or ["healthy", "gzip-bomb", "never-ending-body"]
for scenario in scenarios:
    with tempfile.TemporaryDirectory() as tmp:
        ca = os.path.join(tmp, "ca.pem")
        store = subprocess.Popen([os.path.join(bin_dir, "handshake-demo"), "--scenario", scenario, "--tls", "--write-ca", ca],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = store.stdout.readline().strip()
            url = line.split("listening on ", 1)[1]
            env = dict(os.environ, HANDSHAKE_CONSUMER_KEY="ck_4f1c2a9e7b3d5f60812a4c6e8b0d2f4a6c8e0b1d",
                       HANDSHAKE_CONSUMER_SECRET="cs_9a7b5c3d1e2f4a6b8c0d9e7f5a3b1c2d4e6f8a0b")
            started = time.monotonic()
            # A fresh child per run: RUSAGE_CHILDREN's max is over all children waited for, so run
            # the doctor through a tiny wrapper that reports its own child's peak.
            wrapper = ("import resource,subprocess,sys;"
                       "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
                       "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            out = subprocess.run([sys.executable, "-c", wrapper, os.path.join(bin_dir, "handshake"), "doctor", url, "--json",
                                  "--ca-cert", ca, "--timeout", "10"], env=env, capture_output=True, text=True, timeout=30)
            took = time.monotonic() - started
            code, peak = out.stdout.split()
            print(f"{scenario:<20} doctor exit {code}, {took:5.1f} s, peak RSS {int(peak) / 1024:6.1f} MiB")
        finally:
            store.terminate()
            store.wait(timeout=10)
