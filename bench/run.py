#!/usr/bin/env python3
"""Run the Mica benchmark suite beside CPython and MicroPython's unix port.

Every bench/bm_*.py program takes two optional arguments N (size of the data)
and M (repetitions), prints one or more checksum lines and then a final line
``elapsed_ms <float>`` holding the time it measured around its own workload.
This script runs each program under CPython, MicroPython (when available) and
Mica, keeps the best (smallest) elapsed time of ``--repeat`` runs for each,
checks that the checksum lines agree with CPython's, and prints a table with
the ratios mica/cpython and mica/micropython, their geometric means and the
worst program for each.

Usage:
    python3 bench/run.py [--mica PATH] [--python PATH] [--micropython PATH]
                         [--repeat N] [--filter SUBSTR] [--device-size]
                         [--args "N M"] [--markdown] ...

Only the Python standard library is used.
"""

import argparse
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_MICA = os.path.join("target", "release", "mica")
DEFAULT_MICROPYTHON = os.path.join(os.path.dirname(REPO_ROOT), "shared", "reference", "micropython")


class RunResult:
    def __init__(self, ok, lines=None, elapsed_ms=None, wall_ms=None, error=None):
        self.ok = ok
        self.lines = lines or []
        self.elapsed_ms = elapsed_ms
        self.wall_ms = wall_ms
        self.error = error


def program_args(path):
    """The (default, device) argument lists declared in a program's header.

    Each program says `# default args: N M` and `# device args: N M`.
    """
    default = device = None
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"# (default|device) args: (.*)$", line.rstrip())
            if m:
                if m.group(1) == "default":
                    default = m.group(2).split()
                else:
                    device = m.group(2).split()
    return default, device


def resolve_command(spec, relative_to_repo):
    """Turn a --mica/--python/--micropython value into an argv prefix list.

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


def executable(cmd):
    return os.path.isfile(cmd[0]) and os.access(cmd[0], os.X_OK)


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


class Best:
    """The best of several runs of one program under one interpreter."""

    def __init__(self, use_wall):
        self.use_wall = use_wall
        self.result = None

    def add(self, res):
        if self.result is not None and not self.result.ok:
            return
        if not res.ok:
            self.result = res
            return
        if self.result is not None and res.lines != self.result.lines:
            self.result = RunResult(False, error="output differs between repetitions (nondeterministic)")
            return
        if self.result is None or self.key(res) < self.key(self.result):
            self.result = res

    def key(self, res):
        return res.wall_ms if self.use_wall else res.elapsed_ms

    def ms(self):
        r = self.result
        return self.key(r) if r is not None and r.ok else None


def first_difference(a, b, name_a, name_b):
    n = max(len(a), len(b))
    for i in range(n):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            return "line %d: %s %r vs %s %r" % (i + 1, name_a, x[:60], name_b, y[:60])
    return ""


def fmt_ms(v):
    return "-" if v is None else "%.1f" % v


def fmt_ratio(v):
    return "-" if v is None else "%.2f" % v


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None, 0
    return math.exp(sum(math.log(v) for v in values) / len(values)), len(values)


def worst(rows, key):
    cand = [r for r in rows if r[key] is not None]
    if not cand:
        return None
    return max(cand, key=lambda r: r[key])


def print_table(rows, with_mp, markdown, time_label):
    headers = ["program", "args", "cpython ms"]
    if with_mp:
        headers.append("micropython ms")
    headers += ["mica ms", "mica/cpython"]
    if with_mp:
        headers.append("mica/micropython")
    headers.append("status")
    body = []
    for r in rows:
        cells = [r["name"], " ".join(r["args"]) or "-", fmt_ms(r["cpy"])]
        if with_mp:
            cells.append(fmt_ms(r["mp"]))
        cells += [fmt_ms(r["mica"]), fmt_ratio(r["r_cpy"])]
        if with_mp:
            cells.append(fmt_ratio(r["r_mp"]))
        cells.append(r["status"])
        body.append(cells)
    numeric = set(range(2, len(headers) - 1))

    summary = []
    g_cpy, n_cpy = geomean([r["r_cpy"] for r in rows])
    w_cpy = worst(rows, "r_cpy")
    if with_mp:
        g_mp, n_mp = geomean([r["r_mp"] for r in rows])
        w_mp = worst(rows, "r_mp")

    def summary_cells(label, g_c, g_m):
        cells = [label, "", ""]
        if with_mp:
            cells.append("")
        cells += ["", g_c]
        if with_mp:
            cells.append(g_m)
        cells.append("")
        return cells

    summary.append(summary_cells("geometric mean", fmt_ratio(g_cpy), fmt_ratio(g_mp) if with_mp else ""))
    summary.append(summary_cells(
        "worst",
        "%s (%s)" % (fmt_ratio(w_cpy["r_cpy"]), w_cpy["name"]) if w_cpy else "-",
        ("%s (%s)" % (fmt_ratio(w_mp["r_mp"]), w_mp["name"]) if w_mp else "-") if with_mp else ""))

    if markdown:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join(["---:" if i in numeric else "---" for i in range(len(headers))]) + "|")
        for b in body:
            print("| " + " | ".join(b) + " |")
        for s in summary:
            print("| " + " | ".join(["**%s**" % c if c else "" for c in s]) + " |")
        print("")
        text = ("Times are the best of the runs (%s); args - means the program's defaults; "
                "ratios are mica / cpython%s "
                "(lower is better for Mica); geometric means over %d programs%s."
                % (time_label, " and mica / micropython" if with_mp else "", n_cpy,
                   " (mica/cpython) and %d (mica/micropython)" % n_mp if with_mp else ""))
        print(text)
        return
    widths = [len(h) for h in headers]
    for b in body + summary:
        for i, cell in enumerate(b):
            widths[i] = max(widths[i], len(cell))

    def line(cells):
        out = []
        for i, cell in enumerate(cells):
            out.append(cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    print(line(headers))
    rule = "  ".join(["-" * w for w in widths])
    print(rule)
    for b in body:
        print(line(b))
    print(rule)
    for s in summary:
        print(line(s))
    print("(%s; best of runs; ratios = mica / cpython%s; geomeans over %d%s programs)"
          % (time_label, ", mica / micropython" if with_mp else "", n_cpy,
             " and %d" % n_mp if with_mp else ""))


def main():
    ap = argparse.ArgumentParser(
        description="Run the Mica benchmark suite beside CPython and MicroPython.")
    ap.add_argument("--mica", default=DEFAULT_MICA,
                    help="Mica binary (default: %(default)s, relative to the repo root)")
    ap.add_argument("--python", default="python3",
                    help="reference CPython interpreter (default: %(default)s)")
    ap.add_argument("--micropython", default=None, metavar="PATH",
                    help="MicroPython unix port (default: %s if it exists)" % DEFAULT_MICROPYTHON)
    ap.add_argument("--no-micropython", action="store_true",
                    help="leave out the MicroPython column")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per program and interpreter; the best is kept (default: 3)")
    ap.add_argument("--filter", action="append", default=[], metavar="SUBSTR",
                    help="only run programs whose file name contains SUBSTR (may be repeated)")
    ap.add_argument("--args", default=None, metavar='"N M"',
                    help="pass these arguments to every program (default: each program's own)")
    ap.add_argument("--device-size", action="store_true",
                    help="run each program with its device arguments (its '# device args:' line)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default: 300)")
    ap.add_argument("--wall", action="store_true",
                    help="compare whole-process wall time instead of the self-reported elapsed_ms")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--list", action="store_true",
                    help="list the benchmark programs with their default and device arguments")
    ap.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any program fails, mismatches or is skipped")
    args = ap.parse_args()

    programs = sorted(f for f in os.listdir(BENCH_DIR)
                      if f.startswith("bm_") and f.endswith(".py"))
    if args.filter:
        programs = [p for p in programs if any(s in p for s in args.filter)]
    if args.list:
        print("%-22s %-14s %s" % ("program", "default N M", "device N M"))
        for p in programs:
            default, device = program_args(os.path.join(BENCH_DIR, p))
            print("%-22s %-14s %s" % (p, " ".join(default or ["?"]), " ".join(device or ["?"])))
        return 0
    if not programs:
        print("no benchmark programs match", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return 2
    if args.args is not None and args.device_size:
        print("--args and --device-size exclude each other", file=sys.stderr)
        return 2

    py_cmd = resolve_command(args.python, relative_to_repo=False)
    mica_cmd = resolve_command(args.mica, relative_to_repo=True)
    if not executable(mica_cmd):
        print("error: Mica binary not found or not executable: %s" % mica_cmd[0], file=sys.stderr)
        print("build it first with `cargo build --release`, or pass --mica PATH", file=sys.stderr)
        return 2
    if not executable(py_cmd):
        print("error: CPython interpreter not found: %s" % args.python, file=sys.stderr)
        return 2
    mp_cmd = None
    if not args.no_micropython:
        if args.micropython is not None:
            mp_cmd = resolve_command(args.micropython, relative_to_repo=False)
            if not executable(mp_cmd):
                print("error: MicroPython not found: %s" % args.micropython, file=sys.stderr)
                return 2
        elif os.path.isfile(DEFAULT_MICROPYTHON) and os.access(DEFAULT_MICROPYTHON, os.X_OK):
            mp_cmd = [DEFAULT_MICROPYTHON]

    print("cpython:     %s" % " ".join(py_cmd), file=sys.stderr)
    print("micropython: %s" % (" ".join(mp_cmd) if mp_cmd else "(none)"), file=sys.stderr)
    print("mica:        %s" % " ".join(mica_cmd), file=sys.stderr)

    interpreters = [("cpython", py_cmd)]
    if mp_cmd:
        interpreters.append(("micropython", mp_cmd))
    interpreters.append(("mica", mica_cmd))

    rows = []
    notes = []
    for prog in programs:
        name = prog[:-3]
        script = os.path.join(BENCH_DIR, prog)
        if args.args is not None:
            extra = args.args.split()
        elif args.device_size:
            extra = program_args(script)[1] or []
        else:
            extra = []
        sys.stderr.write("%-20s" % name)
        sys.stderr.flush()
        best = dict((label, Best(args.wall)) for label, _ in interpreters)
        # Interleave the interpreters, so that a change of load on the machine
        # affects them alike.
        for i in range(args.repeat):
            for label, cmd in interpreters:
                if best[label].result is not None and not best[label].result.ok:
                    continue
                best[label].add(run_once(cmd, script, extra, args.timeout))
                sys.stderr.write(".")
                sys.stderr.flush()
        cres = best["cpython"].result
        mres = best["mica"].result
        pres = best["micropython"].result if mp_cmd else None
        row = {"name": name, "args": extra, "cpy": best["cpython"].ms(), "mica": best["mica"].ms(),
               "mp": best["micropython"].ms() if mp_cmd else None, "r_cpy": None, "r_mp": None}
        if not cres.ok:
            row["status"] = "CPYTHON-FAIL"
            notes.append("%s: cpython failed: %s" % (name, cres.error))
        elif not mres.ok:
            row["status"] = "SKIPPED"
            notes.append("%s: mica failed: %s" % (name, mres.error))
        elif mres.lines != cres.lines:
            row["status"] = "MISMATCH"
            notes.append("%s: checksum MISMATCH, %s"
                         % (name, first_difference(cres.lines, mres.lines, "cpython", "mica")))
        else:
            row["status"] = "ok"
            if row["cpy"]:
                row["r_cpy"] = row["mica"] / row["cpy"]
        if pres is not None:
            if not pres.ok:
                row["mp"] = None
                notes.append("%s: micropython failed: %s" % (name, pres.error))
                if row["status"] == "ok":
                    row["status"] = "ok (no mp)"
            elif cres.ok and pres.lines != cres.lines:
                notes.append("%s: micropython's checksums differ from cpython's, %s"
                             % (name, first_difference(cres.lines, pres.lines, "cpython", "micropython")))
                if row["status"] == "ok":
                    row["status"] = "ok (mp differs)"
            elif row["status"] == "ok" and row["mp"]:
                row["r_mp"] = row["mica"] / row["mp"]
        sys.stderr.write(" %s\n" % row["status"])
        rows.append(row)

    time_label = "process wall time" if args.wall else "self-reported elapsed_ms"
    print_table(rows, mp_cmd is not None, args.markdown, time_label)
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
