#!/usr/bin/env python3
"""Run the Mica benchmark suite and compare Mica against CPython.

Every bench/bm_*.py program prints one or more checksum lines followed by a
final line ``elapsed_ms <float>`` holding the time it measured around its
own workload.  This script runs each program under CPython and under Mica,
keeps the best (smallest) elapsed time of ``--repeat`` runs for each,
checks that the checksum lines agree, and prints a table with the ratio
mica/cpython plus the geometric mean of the ratios.

Usage:
    python3 bench/run.py [--mica PATH] [--python PATH] [--repeat N]
                         [--filter SUBSTR] [--scale N] [--markdown] ...

Only the Python standard library is used.
"""

import argparse
import math
import os
import shlex
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_MICA = os.path.join("target", "release", "mica")


class RunResult:
    def __init__(self, ok, lines=None, elapsed_ms=None, wall_ms=None, error=None):
        self.ok = ok
        self.lines = lines or []
        self.elapsed_ms = elapsed_ms
        self.wall_ms = wall_ms
        self.error = error


def resolve_command(spec, relative_to_repo):
    """Turn a --mica/--python value into an argv prefix list.

    A bare name (no path separator) is looked up on PATH; a relative path is
    taken relative to the repository root first (for --mica) and then to the
    current directory.  A value with spaces that is not an existing file is
    split like a shell command line (e.g. "valgrind target/release/mica").
    """
    if " " in spec and not os.path.exists(spec) \
            and not os.path.exists(os.path.join(REPO_ROOT, spec)):
        parts = shlex.split(spec)
    else:
        parts = [spec]
    exe = parts[0]
    rest = parts[1:]
    if os.path.isabs(exe):
        path = exe
    elif os.sep not in exe and (os.altsep is None or os.altsep not in exe):
        path = shutil.which(exe)
        if path is None and relative_to_repo:
            path = os.path.join(REPO_ROOT, exe)
        if path is None:
            path = exe
    else:
        in_repo = os.path.join(REPO_ROOT, exe)
        in_cwd = os.path.abspath(exe)
        if relative_to_repo and os.path.exists(in_repo):
            path = in_repo
        elif os.path.exists(in_cwd):
            path = in_cwd
        else:
            path = in_repo if relative_to_repo else in_cwd
    return [path] + rest


def last_error_line(text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return ""
    msg = lines[-1]
    if len(msg) > 160:
        msg = msg[:157] + "..."
    return msg


def run_once(cmd, script, extra_args, timeout):
    argv = cmd + [script] + extra_args
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=BENCH_DIR, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return RunResult(False, error="timeout after %gs" % timeout)
    except OSError as exc:
        return RunResult(False, error="cannot execute: %s" % exc)
    wall_ms = (time.perf_counter() - t0) * 1000.0
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        detail = last_error_line(err) or last_error_line(out)
        if proc.returncode < 0:
            why = "killed by signal %d" % -proc.returncode
        else:
            why = "exit status %d" % proc.returncode
        return RunResult(False, error=why + (": " + detail if detail else ""))
    lines = [ln.rstrip() for ln in out.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        return RunResult(False, error="no output")
    fields = lines[-1].split()
    if len(fields) != 2 or fields[0] != "elapsed_ms":
        return RunResult(False, error="last line is not 'elapsed_ms <float>': %r" % lines[-1][:80])
    try:
        elapsed = float(fields[1])
    except ValueError:
        return RunResult(False, error="bad elapsed_ms value: %r" % fields[1])
    return RunResult(True, lines[:-1], elapsed, wall_ms)


def run_best(cmd, script, extra_args, repeat, timeout, use_wall):
    """Run `repeat` times; return the best result (or the first failure)."""
    best = None
    for i in range(repeat):
        res = run_once(cmd, script, extra_args, timeout)
        if not res.ok:
            return res
        if best is not None and res.lines != best.lines:
            return RunResult(False, error="output differs between repetitions (nondeterministic)")
        key = res.wall_ms if use_wall else res.elapsed_ms
        if best is None or key < (best.wall_ms if use_wall else best.elapsed_ms):
            if best is not None:
                res.lines = best.lines
            best = res
    return best


def first_difference(a, b):
    n = max(len(a), len(b))
    for i in range(n):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            return "line %d: cpython %r vs mica %r" % (i + 1, x[:60], y[:60])
    return ""


def fmt_ms(v):
    return "-" if v is None else "%.1f" % v


def fmt_ratio(v):
    return "-" if v is None else "%.2f" % v


def print_table(rows, geo, geo_count, markdown, time_label):
    headers = ["program", "cpython ms", "mica ms", "ratio", "status"]
    body = []
    for r in rows:
        body.append([r["name"], fmt_ms(r["cpy"]), fmt_ms(r["mica"]), fmt_ratio(r["ratio"]), r["status"]])
    if markdown:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join(["---", "---:", "---:", "---:", "---"]) + "|")
        for b in body:
            print("| " + " | ".join(b) + " |")
        if geo is not None:
            print("| **geometric mean** (%d) | | | **%.2f** | |" % (geo_count, geo))
        else:
            print("| **geometric mean** | | | - | |")
        print("")
        print("Times are the best of the runs (%s); ratio is mica / cpython (lower is better for Mica)." % time_label)
        return
    widths = [len(h) for h in headers]
    for b in body:
        for i, cell in enumerate(b):
            widths[i] = max(widths[i], len(cell))
    widths[0] = max(widths[0], len("geometric mean"))

    def line(cells):
        out = []
        for i, cell in enumerate(cells):
            if i in (1, 2, 3):
                out.append(cell.rjust(widths[i]))
            else:
                out.append(cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    print(line(headers))
    print("  ".join(["-" * w for w in widths]))
    for b in body:
        print(line(b))
    print("  ".join(["-" * w for w in widths]))
    geo_cell = "-" if geo is None else "%.2f" % geo
    print(line(["geometric mean", "", "", geo_cell, "(%d programs)" % geo_count]))
    print("(%s; best of runs; ratio = mica / cpython)" % time_label)


def main():
    ap = argparse.ArgumentParser(description="Run the Mica benchmark suite against CPython.")
    ap.add_argument("--mica", default=DEFAULT_MICA,
                    help="Mica binary (default: %(default)s, relative to the repo root)")
    ap.add_argument("--python", default="python3",
                    help="reference CPython interpreter (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per program and interpreter; the best is kept (default: 3)")
    ap.add_argument("--filter", action="append", default=[], metavar="SUBSTR",
                    help="only run programs whose file name contains SUBSTR (may be repeated)")
    ap.add_argument("--scale", type=int, default=None, metavar="N",
                    help="pass N as the scale argument to every program (default: each program's own)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default: 300)")
    ap.add_argument("--wall", action="store_true",
                    help="compare whole-process wall time instead of the self-reported elapsed_ms")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--list", action="store_true", help="list the benchmark programs and exit")
    ap.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any program fails, mismatches or is skipped")
    args = ap.parse_args()

    programs = sorted(f for f in os.listdir(BENCH_DIR)
                      if f.startswith("bm_") and f.endswith(".py"))
    if args.filter:
        programs = [p for p in programs if any(s in p for s in args.filter)]
    if args.list:
        for p in programs:
            print(p)
        return 0
    if not programs:
        print("no benchmark programs match", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return 2

    py_cmd = resolve_command(args.python, relative_to_repo=False)
    mica_cmd = resolve_command(args.mica, relative_to_repo=True)
    if not (os.path.isfile(mica_cmd[0]) and os.access(mica_cmd[0], os.X_OK)):
        print("error: Mica binary not found or not executable: %s" % mica_cmd[0], file=sys.stderr)
        print("build it first with `cargo build --release`, or pass --mica PATH", file=sys.stderr)
        return 2
    if not (os.path.isfile(py_cmd[0]) and os.access(py_cmd[0], os.X_OK)):
        print("error: CPython interpreter not found: %s" % args.python, file=sys.stderr)
        return 2

    extra = [] if args.scale is None else [str(args.scale)]
    print("cpython: %s" % " ".join(py_cmd), file=sys.stderr)
    print("mica:    %s" % " ".join(mica_cmd), file=sys.stderr)

    rows = []
    notes = []
    for prog in programs:
        name = prog[:-3]
        script = os.path.join(BENCH_DIR, prog)
        sys.stderr.write("%-20s cpython..." % name)
        sys.stderr.flush()
        cres = run_best(py_cmd, script, extra, args.repeat, args.timeout, args.wall)
        if not cres.ok:
            sys.stderr.write(" FAILED\n")
            rows.append({"name": name, "cpy": None, "mica": None, "ratio": None,
                         "status": "CPYTHON-FAIL"})
            notes.append("%s: cpython failed: %s" % (name, cres.error))
            continue
        sys.stderr.write(" mica...")
        sys.stderr.flush()
        mres = run_best(mica_cmd, script, extra, args.repeat, args.timeout, args.wall)
        cpy_ms = cres.wall_ms if args.wall else cres.elapsed_ms
        if not mres.ok:
            sys.stderr.write(" SKIPPED\n")
            rows.append({"name": name, "cpy": cpy_ms, "mica": None, "ratio": None,
                         "status": "SKIPPED"})
            notes.append("%s: mica failed: %s" % (name, mres.error))
            continue
        mica_ms = mres.wall_ms if args.wall else mres.elapsed_ms
        ratio = mica_ms / cpy_ms if cpy_ms > 0 else None
        if mres.lines != cres.lines:
            status = "MISMATCH"
            notes.append("%s: checksum MISMATCH, %s" % (name, first_difference(cres.lines, mres.lines)))
        else:
            status = "ok"
        sys.stderr.write(" %s\n" % status)
        rows.append({"name": name, "cpy": cpy_ms, "mica": mica_ms, "ratio": ratio,
                     "status": status})

    good = [r["ratio"] for r in rows if r["status"] == "ok" and r["ratio"] and r["ratio"] > 0]
    geo = math.exp(sum(math.log(r) for r in good) / len(good)) if good else None
    time_label = "process wall time" if args.wall else "self-reported elapsed_ms"
    print_table(rows, geo, len(good), args.markdown, time_label)
    if notes:
        print("")
        for n in notes:
            print(("- " if args.markdown else "") + n)
    bad = [r for r in rows if r["status"] != "ok"]
    if args.strict and bad:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
