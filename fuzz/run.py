#!/usr/bin/env python3
"""Mica's stable fuzzer: runs the `mica` binary on mutated corpus programs and on
generated hostile programs, under small heaps, a timeout and an address-space limit,
and reports every run that breaks Mica's promises (see docs/reliability.md).

    python3 fuzz/run.py --time 600                 # ten minutes, random seed
    python3 fuzz/run.py --seed 1 --runs 2000       # reproducible (what CI runs)
    python3 fuzz/run.py --seed 1 --only 1234 -v    # replay input 1234 of seed 1
    python3 fuzz/run.py --board-streams 200        # also fuzz `mica board`'s raw REPL

Each run is classified:
  ok        exit 0, or a Python exception (exit 1), KeyboardInterrupt (130), SystemExit
  panic     a Rust panic ("internal error", exit 70)
  signal    killed by a signal (SIGSEGV, SIGABRT from "memory allocation failed", ...)
  stack     a native stack overflow ("has overflowed its stack")
  hang      no exit within the timeout while CPython finishes the same program
  memory    peak RSS over the limit: baseline + FACTOR x heap + OVERHEAD
Inputs that time out under CPython too are counted as "slow", not failures.

Failures are minimized (line, then character delta reduction, keeping the class and
panic location) and written to the findings directory (default fuzz/findings) as
<class>-<hash>.py (minimized) with .orig.py (as generated) and .txt (details).
The exit status is 1 when a failure was found.

Input i of seed S is generated from (S, i) alone, so any input can be replayed with
--seed S --only i whatever the number of jobs or the time limit.
"""

import argparse
import concurrent.futures as cf
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FAILURES = ("panic", "signal", "stack", "hang", "memory")
HEAPS = ["16K", "24K", "32K", "64K", "128K", "256K", "512K", "1M"]


def heap_bytes(h):
    return int(h[:-1]) * (1024 if h.endswith("K") else 1024 * 1024)


class Outcome:
    def __init__(self, cls, status, peak_kib, stderr, detail=""):
        self.cls = cls
        self.status = status
        self.peak_kib = peak_kib
        self.stderr = stderr
        self.detail = detail

    def signature(self):
        """What must stay the same while minimizing: the class, and for a panic its
        location."""
        if self.cls == "panic":
            m = re.search(r"panicked at ([^\s:]+:\d+)", self.stderr)
            return "panic " + (m.group(1) if m else "")
        if self.cls == "signal":
            return "signal %d" % -self.status if self.status < 0 else "signal"
        return self.cls


class Runner:
    def __init__(self, args):
        self.mica = os.path.abspath(args.mica)
        self.timeout = args.timeout
        self.as_limit = args.as_limit * 1024 * 1024
        self.factor = args.rss_factor
        self.overhead_kib = args.rss_overhead * 1024
        self.python = shutil.which("python3") if not args.no_oracle else None
        self.baseline_kib = 0
        self.scratch = tempfile.mkdtemp(prefix="mica-fuzz-")
        self.lock = threading.Lock()
        self.counter = 0

    def _limits(self):
        # In the child before exec: cap the address space, no core files.
        resource.setrlimit(resource.RLIMIT_AS, (self.as_limit, self.as_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.setsid()

    def _tmp(self):
        with self.lock:
            self.counter += 1
            n = self.counter
        d = os.path.join(self.scratch, "w%d" % n)
        os.makedirs(d, exist_ok=True)
        return d

    def exec(self, argv, cwd, timeout, env=None, stdin_data=None):
        """Run argv; returns (status, timed_out, stderr text). A negative status is a
        signal."""
        p = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=self._limits)
        try:
            _, err = p.communicate(stdin_data, timeout=timeout)
            return p.returncode, False, err.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            _, err = p.communicate()
            return p.returncode, True, err.decode("utf-8", "replace")

    def run_mica(self, source, heap, timeout=None):
        timeout = timeout or self.timeout
        d = self._tmp()
        path = os.path.join(d, "prog.py")
        with open(path, "wb") as f:
            f.write(source.encode("utf-8", "surrogateescape") if isinstance(source, str) else source)
        peak_file = os.path.join(d, "peak")
        env = dict(os.environ, MICA_PEAK_RSS=peak_file, MICA_HISTORY=os.path.join(d, "hist"))
        status, timed_out, err = self.exec([self.mica, "-X", "heapsize=" + heap, "prog.py"], d, timeout, env)
        try:
            with open(peak_file) as f:
                peak = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            peak = -1
        shutil.rmtree(d, ignore_errors=True)
        return self.classify(status, timed_out, err, peak, heap, source)

    def classify(self, status, timed_out, err, peak, heap, source):
        limit = self.baseline_kib + self.factor * heap_bytes(heap) // 1024 + self.overhead_kib
        if timed_out:
            if self.cpython_finishes(source):
                return Outcome("hang", status, peak, err, "no exit in %ss; CPython finishes" % self.timeout)
            return Outcome("slow", status, peak, err, "CPython does not finish cleanly in time either")
        if "has overflowed its stack" in err:
            return Outcome("stack", status, peak, err)
        if "panicked at" in err or (status == 70 and "internal error" in err):
            return Outcome("panic", status, peak, err)
        if status < 0:
            return Outcome("signal", status, peak, err, "signal %d" % -status)
        if peak > limit:
            return Outcome("memory", status, peak, err, "peak %d KiB > limit %d KiB" % (peak, limit))
        # Any other exit status is the program's own (`exit(255)`, `exit(70)`...): a
        # crash is a signal (an abort is SIGABRT) or a panic message.
        return Outcome("ok", status, peak, err)

    def cpython_finishes(self, source):
        if not self.python:
            return False
        d = self._tmp()
        path = os.path.join(d, "prog.py")
        with open(path, "wb") as f:
            f.write(source.encode("utf-8", "surrogateescape") if isinstance(source, str) else source)
        status, timed_out, _ = self.exec([self.python, "prog.py"], d, self.timeout)
        shutil.rmtree(d, ignore_errors=True)
        # Only a clean exit counts: a program that fails early under CPython (a
        # MicroPython-only API) may legitimately take long under Mica.
        return not timed_out and status == 0

    def measure_baseline(self):
        d = self._tmp()
        peak_file = os.path.join(d, "peak")
        env = dict(os.environ, MICA_PEAK_RSS=peak_file)
        self.exec([self.mica, "-X", "heapsize=16K", "-c", "pass"], d, 30, env)
        try:
            with open(peak_file) as f:
                self.baseline_kib = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            print("fuzz: warning: %s does not report MICA_PEAK_RSS: no memory checks" % self.mica)
            self.baseline_kib = 1 << 40


def outcome_name(out):
    """A finer name than the class, for the figures: how an `ok` run ended."""
    if out.cls != "ok":
        return out.cls
    if out.status == 0:
        return "exit 0"
    if out.status == 1:
        if "MemoryError" in out.stderr[-300:]:
            return "MemoryError"
        if "RecursionError" in out.stderr[-300:]:
            return "RecursionError"
        return "other exception"
    if out.status == 130:
        return "KeyboardInterrupt"
    return "exit %d" % out.status


# ---------------------------------------------------------------------------------
# Inputs


def load_corpus(args):
    texts = []
    dirs = [os.path.join(HERE, "corpus")]
    if not args.no_tests_corpus:
        dirs.append(os.path.join(ROOT, "tests", "py"))
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                    texts.append((name, f.read()))
    return texts


def make_input(seed, i, corpus, heaps=HEAPS):
    """Input i of `seed`: (kind, heap, source)."""
    rng = random.Random("%d/%d" % (seed, i))
    heap = gen.choice(rng, heaps)
    if corpus and rng.random() < 0.45:
        name, text = gen.choice(rng, corpus)
        src = gen.mutate(rng, text, [t for _, t in corpus])
        kind = "mutated:" + name
    else:
        kind, src = gen.generated(rng)
    return kind, heap, src


# ---------------------------------------------------------------------------------
# Minimization


def ddmin(items, still_fails, budget):
    """Delta debugging: a small sublist of `items` for which `still_fails` holds."""
    n = 2
    while len(items) >= 2 and budget[0] > 0:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            if budget[0] <= 0:
                break
            candidate = items[:start] + items[start + chunk:]
            if candidate and still_fails(candidate):
                items = candidate
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if n >= len(items):
                break
            n = min(len(items), n * 2)
    return items


def minimize(runner, source, heap, outcome, max_runs, deadline):
    want = outcome.signature()
    budget = [max_runs]
    timeout = runner.timeout

    def fails(src):
        if budget[0] <= 0 or time.time() > deadline:
            budget[0] = 0
            return False
        budget[0] -= 1
        return runner.run_mica(src, heap, timeout).signature() == want

    lines = source.split("\n")
    lines = ddmin(lines, lambda ls: fails("\n".join(ls) + "\n"), budget)
    text = "\n".join(lines) + "\n"
    if len(text) < 3000:
        chars = ddmin(list(text), lambda cs: fails("".join(cs)), budget)
        text = "".join(chars)
    return text


# ---------------------------------------------------------------------------------
# The raw REPL of `mica board`


def board_streams(args, runner, findings, stats):
    """Feed random byte streams to `mica board --listen`; the board must never die,
    panic or stop answering."""
    import socket

    rng = random.Random("board/%d" % args.seed)
    d = tempfile.mkdtemp(prefix="mica-board-fuzz-")
    flash = os.path.join(d, "board.img")

    def start():
        p = subprocess.Popen([runner.mica, "board", "--listen", "127.0.0.1:0", "--flash", flash, "--heap", "64K"],
                             stdout=subprocess.PIPE, stderr=open(os.path.join(d, "stderr"), "ab"),
                             stdin=subprocess.DEVNULL, preexec_fn=runner._limits)
        line = p.stdout.readline().decode()
        m = re.search(r"listening on ([\d.]+):(\d+)", line)
        if not m:
            p.kill()
            raise SystemExit("fuzz: mica board did not start: %r" % line)
        return p, (m.group(1), int(m.group(2)))

    def connect(addr):
        s = socket.create_connection(addr, timeout=5)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return s

    def drain(s, secs):
        s.settimeout(secs)
        out = b""
        try:
            while True:
                b = s.recv(65536)
                if not b:
                    break
                out += b
        except (socket.timeout, OSError):
            pass
        return out

    def healthy(s):
        # Interrupt whatever runs, soft-reset (a program may have filled the heap with
        # its globals), then ask the raw REPL for a result.
        s.sendall(b"\x03\x03\x02\x03\x04")
        drain(s, 0.5)
        s.sendall(b"\x03\x01")
        drain(s, 0.3)
        s.sendall(b"print(6*7)\x04")
        deadline = time.time() + 10
        got = b""
        while time.time() < deadline and b"\x04>" not in got:
            got += drain(s, 0.5)
        s.sendall(b"\x02")
        return b"42" in got

    def stream():
        parts = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            if r < 0.2:
                parts.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))))
            elif r < 0.35:
                parts.append(bytes(rng.choice(b"\x01\x02\x03\x04\x05\x1b\r\n\x7fA[~") for _ in range(rng.randint(1, 30))))
            elif r < 0.6:
                _, src = gen.generated(rng)
                parts.append(b"\x01" + src.encode("utf-8", "replace")[:4000] + b"\x04")
            elif r < 0.75:
                # raw-paste with arbitrary flow control
                _, src = gen.generated(rng)
                parts.append(b"\x01\x05A\x01" + src.encode("utf-8", "replace")[: rng.randint(0, 3000)]
                             + rng.choice([b"\x04", b"", b"\x03", b"\x01\x01\x01"]))
            elif r < 0.85:
                parts.append(b"\x05" + b"x = 1\nwhile x: pass\n"[: rng.randint(0, 20)] + rng.choice([b"\x04", b"\x03"]))
            else:
                parts.append(rng.choice([b"\x04", b"\x03", b"\x02", b"\x01", b"import os\r", b"help()\r",
                                         b"\x1b[A\x1b[B\t\t", b"def f(:\r\r", b"\x01print(1)\x04\x02"]))
        parts.append(b"\x03\x03")
        return b"".join(parts)

    p, addr = start()
    s = connect(addr)
    for n in range(args.board_streams):
        data = stream()
        try:
            for k in range(0, len(data), 512):
                s.sendall(data[k:k + 512])
                drain(s, 0.005)
            got = drain(s, 0.05)
        except OSError:
            got = b""
            try:
                s.close()
                s = connect(addr)
            except OSError:
                pass
        stats["board"] = stats.get("board", 0) + 1
        problem = None
        if p.poll() is not None:
            problem = "board-died"
        elif b"internal error" in got:
            problem = "board-panic"
        elif n % 10 == 9 and not healthy(s):
            problem = "board-unresponsive"
        if problem:
            stats[problem] = stats.get(problem, 0) + 1
            h = hashlib.sha1(data).hexdigest()[:10]
            path = os.path.join(args.findings, "%s-%s.bin" % (problem, h))
            with open(path, "wb") as f:
                f.write(data)
            findings.append((problem, path))
            print("FINDING %s (stream %d) -> %s" % (problem, n, path), flush=True)
            try:
                s.close()
            except OSError:
                pass
            p.kill()
            p.wait()
            p, addr = start()
            s = connect(addr)
    s.close()
    p.kill()
    p.wait()
    with open(os.path.join(d, "stderr"), "rb") as f:
        text = f.read().decode("utf-8", "replace")
    if "panicked at" in text:
        stats["board-panic"] = stats.get("board-panic", 0) + 1
        path = os.path.join(args.findings, "board-panic-stderr.txt")
        with open(path, "w") as f:
            f.write(text[-20000:])
        findings.append(("board-panic", path))
        print("FINDING board-panic (stderr) -> %s" % path, flush=True)
    shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mica", default=os.path.join(ROOT, "target", "release", "mica"))
    ap.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    ap.add_argument("--runs", type=int, default=None, help="stop after this many inputs")
    ap.add_argument("--time", type=float, default=None, help="stop after this many seconds")
    ap.add_argument("--start", type=int, default=0, help="first input index")
    ap.add_argument("--only", type=int, default=None, help="run input N only (and print it with -v)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--heaps", default=",".join(HEAPS), help="heap sizes to pick from")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run")
    ap.add_argument("--as-limit", type=int, default=1024, help="address-space limit, MiB")
    ap.add_argument("--rss-factor", type=int, default=1, help="memory limit: FACTOR x heap ...")
    ap.add_argument("--rss-overhead", type=int, default=18, help="... + OVERHEAD MiB over the baseline (the 16 MiB native stack included)")
    ap.add_argument("--findings", default=os.path.join(HERE, "findings"))
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--min-runs", type=int, default=150, help="runs a minimization may take")
    ap.add_argument("--no-oracle", action="store_true", help="count every timeout as a hang")
    ap.add_argument("--no-tests-corpus", action="store_true", help="seed only with fuzz/corpus")
    ap.add_argument("--board-streams", type=int, default=0, help="raw-REPL byte streams for mica board")
    ap.add_argument("--summary", default=None, help="write the figures as JSON here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1 << 30)
    if args.runs is None and args.time is None and args.only is None:
        args.time = 120
    if not os.path.exists(args.mica):
        sys.exit("fuzz: no mica binary at %s (cargo build --release)" % args.mica)
    os.makedirs(args.findings, exist_ok=True)
    heaps = [h.strip().upper() for h in args.heaps.split(",") if h.strip()]
    runner = Runner(args)
    runner.measure_baseline()
    corpus = load_corpus(args)
    print("fuzz: seed %d, %d corpus programs, baseline %d KiB, jobs %d, timeout %ss"
          % (args.seed, len(corpus), runner.baseline_kib, args.jobs, args.timeout), flush=True)

    if args.only is not None:
        kind, heap, src = make_input(args.seed, args.only, corpus, heaps)
        out = runner.run_mica(src, heap)
        print("input %d: %s heap %s -> %s %s (status %s, peak %s KiB)"
              % (args.only, kind, heap, out.cls, out.detail, out.status, out.peak_kib))
        if args.verbose:
            print("----- source\n" + src + "\n----- stderr\n" + out.stderr[-3000:])
        return 0 if out.cls not in FAILURES else 1

    stats = {}
    outcomes = {}
    by_heap = {}
    by_kind = {}
    findings = []
    seen = {}
    start = time.time()
    stop_at = start + args.time if args.time else None
    lock = threading.Lock()

    def one(i):
        kind, heap, src = make_input(args.seed, i, corpus, heaps)
        out = runner.run_mica(src, heap)
        return i, kind, heap, src, out

    def record(i, kind, heap, src, out):
        with lock:
            stats[out.cls] = stats.get(out.cls, 0) + 1
            stats["inputs"] = stats.get("inputs", 0) + 1
            outcomes[outcome_name(out)] = outcomes.get(outcome_name(out), 0) + 1
            by_heap[heap] = by_heap.get(heap, 0) + 1
            k = kind.split(":")[0]
            by_kind[k] = by_kind.get(k, 0) + 1
            if out.cls == "slow" and args.verbose:
                print("slow: input %d (%s, heap %s)" % (i, kind, heap), flush=True)
            if out.cls not in FAILURES:
                return
            sig = out.signature()
            # A panic location is one bug; hangs and memory findings may be many.
            seen[sig] = seen.get(sig, 0) + 1
            new = seen[sig] <= (1 if out.cls in ("panic", "stack") else 3)
        print("FINDING %s: input %d (%s, heap %s) %s" % (sig, i, kind, heap, out.detail), flush=True)
        if not new and not args.verbose:
            return
        small = src
        if not args.no_minimize:
            small = minimize(runner, src, heap, out, args.min_runs if out.cls != "hang" else 15,
                             time.time() + (60 if out.cls != "hang" else 120))
        h = hashlib.sha1(small.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        base = os.path.join(args.findings, "%s-%s" % (out.cls, h))
        with open(base + ".py", "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(small)
        with open(base + ".orig.py", "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(src)
        with open(base + ".txt", "w") as f:
            f.write("class: %s\nsignature: %s\nseed: %d input: %d (%s)\nheap: %s\nstatus: %s\npeak: %s KiB\n%s\n"
                    "replay: python3 fuzz/run.py --seed %d --only %d -v\n"
                    "run: mica -X heapsize=%s %s.py\n----- stderr (tail)\n%s\n"
                    % (out.cls, sig, args.seed, i, kind, heap, out.status, out.peak_kib, out.detail,
                       args.seed, i, heap, base, out.stderr[-4000:]))
        with lock:
            findings.append((sig, base + ".py"))
        print("  minimized to %d bytes -> %s.py" % (len(small), base), flush=True)

    i = args.start
    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pending = set()
        while True:
            while len(pending) < args.jobs * 2:
                if args.runs is not None and i >= args.start + args.runs:
                    break
                if stop_at and time.time() >= stop_at:
                    break
                pending.add(pool.submit(one, i))
                i += 1
            if not pending:
                break
            done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                record(*fut.result())
            n = stats.get("inputs", 0)
            if args.verbose or n % 500 == 0:
                print("fuzz: %d inputs, %.0fs, %s" % (n, time.time() - start,
                      {k: v for k, v in sorted(stats.items()) if k != "inputs"}), flush=True)

    if args.board_streams:
        board_streams(args, runner, findings, stats)

    elapsed = time.time() - start
    shutil.rmtree(runner.scratch, ignore_errors=True)
    summary = {"seed": args.seed, "inputs": stats.get("inputs", 0), "seconds": round(elapsed),
               "classes": {k: v for k, v in sorted(stats.items()) if k != "inputs"},
               "outcomes": dict(sorted(outcomes.items())),
               "heaps": {h: by_heap[h] for h in sorted(by_heap, key=heap_bytes)},
               "kinds": dict(sorted(by_kind.items())),
               "findings": [p for _, p in findings]}
    print("fuzz: done: " + json.dumps(summary), flush=True)
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, indent=2)
    failed = [k for k in summary["classes"] if k in FAILURES or k.startswith("board-")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
