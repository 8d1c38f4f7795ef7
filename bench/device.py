#!/usr/bin/env python3
"""The device report: Mica's firmware beside MicroPython's on QEMU's mps2-an385 (Cortex-M3).

    python3 bench/device.py                  # build, measure everything, print the tables
    python3 bench/device.py --filter mandel  # only some benchmark programs
    python3 bench/device.py --no-heap        # skip the smallest-heap search (slow)
    python3 bench/device.py --device-args "100 1" --filter fft   # other N M for all programs
    python3 bench/device.py --boot-only      # only flash, static RAM and RAM after boot
    python3 bench/device.py --boot-only --no-build --firmware OTHER.elf   # another build of Mica
    python3 bench/device.py --code-ram       # only the RAM of each program's compiled code

Prints, for both firmwares:
- flash (text + data) and static RAM (data + bss, the heap region and stack apart) from
  the ELF files;
- RAM in use after boot (`gc.mem_alloc()` at a fresh raw REPL: on Mica the allocator's
  real bytes in the heap region, on MicroPython its GC heap);
- for each `bench/bm_*.py` program at its device size (the N M of its `# device args:`
  header line, or `--device-args`): guest instructions under `qemu-system-arm -icount
  shift=0` (`time.ticks_us()` differences x 1000, taken around the program inside the
  guest) and the smallest heap it runs in; whether the checksum lines of both firmwares
  agree with CPython's on the host (same arguments); for a program that fails, the last
  line of its error.

Smallest heap: Mica boots with a heap limit (a boot option, see
`ports/qemu-arm/src/bootopts.rs`: the firmware then uses only the first N bytes of its
region, so N is the region a board must provide) and N is searched by bisection to 1 KB.
MicroPython's heap is fixed (143,360 B), so the program runs after a bytearray that
leaves only N bytes free (the usual way to shrink its heap), searched the same way.
A program "runs" when its output (without the `elapsed_ms` line) is the same as with
the full heap. Figures are ratios Mica / MicroPython from one run.
"""

import argparse
import math
import os
import re
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "device"))
import qemu_board  # noqa: E402

MP_HEAP = 143360


def elf_sizes(path):
    """(text, data, bss, sections) of an ELF32 file from its section headers."""
    with open(path, "rb") as f:
        elf = f.read()
    if elf[:4] != b"\x7fELF" or elf[4] != 1:
        raise ValueError("not an ELF32 file: " + path)
    shoff, = struct.unpack_from("<I", elf, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x2E)
    heads = [struct.unpack_from("<IIIIIIIIII", elf, shoff + i * shentsize) for i in range(shnum)]
    strtab = heads[shstrndx]
    names = {}
    text = data = bss = 0
    for h in heads:
        name_off, typ, flags, _addr, _off, size = h[:6]
        end = elf.index(b"\0", strtab[4] + name_off)
        name = elf[strtab[4] + name_off:end].decode()
        if not flags & 2:  # SHF_ALLOC
            continue
        names[name] = size
        if typ == 8:  # NOBITS
            bss += size
        elif flags & 1:  # SHF_WRITE
            data += size
        else:
            text += size
    return text, data, bss, names


def strip_elapsed(out):
    return b"\n".join(l for l in out.replace(b"\r\n", b"\n").split(b"\n")
                      if not l.startswith(b"elapsed_ms") and not l.startswith(b"device_us"))


def device_args(path):
    """The N M arguments of a program's `# device args:` header line (None if absent)."""
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"# device args: (.*)$", line.rstrip())
            if m:
                return m.group(1).split()
    return None


def program(path, args, blocker=None):
    """The program's source with a prelude that sets sys.argv to ['bm'] + args.

    MicroPython's firmware for this board has neither time.perf_counter nor time.time:
    the programs fall back to time.ticks_us for their own elapsed_ms line (not used here).
    """
    with open(path, "rb") as f:
        src = f.read()
    pre = b"import sys, time, gc\nsys.argv.clear()\nsys.argv.append('bm')\n"
    for a in args:
        pre += ("sys.argv.append(%r)\n" % a).encode()
    if blocker:
        pre += b"gc.collect()\n_blk = bytearray(max(0, gc.mem_free() - %d))\n" % blocker
    pre += b"_t0 = time.ticks_us()\n"
    post = b"\nprint('device_us', time.ticks_diff(time.ticks_us(), _t0))\n"
    return pre + src + post


class Firmware:
    def __init__(self, name, elf, mica):
        self.name, self.elf, self.mica = name, elf, mica

    def run(self, src, heap=None, icount=False, timeout=600):
        """(stdout, stderr) of `src` on a fresh board; None when the board crashed or hung
        (the reason is then in self.last_error)."""
        self.last_error = None
        try:
            with qemu_board.Board(self.elf, heap=heap if self.mica else None,
                                  icount=icount, boot_timeout=30) as b:
                b.enter_raw()
                return b.exec(src, timeout=timeout)
        except qemu_board.BoardError as e:
            self.last_error = str(e)
            return None


def boot_ram(fw):
    r = fw.run(b"import gc\nprint(gc.mem_alloc())\n")
    return int(r[0].split()[0]) if r else None


def smallest_heap(fw, path, args, reference, lo=1024, hi=None):
    """The smallest heap (bytes, 1 KB steps) the program runs in, or None."""
    def fits(n):
        if fw.mica:
            r = fw.run(program(path, args), heap=n, timeout=300)
        else:
            r = fw.run(program(path, args, blocker=n), timeout=300)
        return r is not None and not r[1] and strip_elapsed(r[0]) == reference
    return bisect_heap(fits, lo, hi or (2048 * 1024 if fw.mica else MP_HEAP))


def bisect_heap(fits, lo, hi):
    """The smallest heap in [lo, hi] (bytes, 1 KB steps) for which `fits` holds, or None
    when it does not hold at `hi`."""
    if not fits(hi):
        return None
    lo_k, hi_k = lo // 1024, hi // 1024
    while hi_k - lo_k > 1:
        mid = (lo_k + hi_k) // 2
        if fits(mid * 1024):
            hi_k = mid
        else:
            lo_k = mid
    return hi_k * 1024


def code_ram(fw, src):
    """Heap bytes the compiled code of `src` takes: `gc.mem_alloc()` after a collection,
    before and after `compile(src)` (the code object kept alive), at a fresh raw REPL.
    This is the RAM a program's own code needs before it runs a line (the source text
    is a constant of the measuring program, allocated before the first reading)."""
    prog = ("import gc\nS = %r\ngc.collect()\na = gc.mem_alloc()\n"
            "c = compile(S, 'p', 'exec')\ngc.collect()\nprint(gc.mem_alloc() - a)\n" % src)
    r = fw.run(prog.encode())
    try:
        return int(r[0].split()[0]) if r and not r[1] else None
    except (ValueError, IndexError):
        return None


def code_ram_table(mp, mica, progs):
    print("## RAM of each program's compiled code (heap bytes after compile(), source kept)\n")
    print("| program | source | MicroPython | Mica | ratio |")
    print("|---|---:|---:|---:|---:|")
    ratios = []
    for p in progs:
        with open(os.path.join(HERE, p)) as f:
            src = f.read()
        a, b = code_ram(mp, src), code_ram(mica, src)
        r = b / a if a and b else None
        if r:
            ratios.append((r, p[:-3]))
        print("| %s | %d B | %s B | %s B | %s |" % (
            p[:-3], len(src.encode()), a, b, "%.2f" % r if r else "-"))
        sys.stdout.flush()
    if ratios:
        w = max(ratios)
        print("\ncompiled code RAM Mica / MicroPython: geomean %.2f over %d programs, "
              "worst %.2f (%s)" % (geo(ratios), len(ratios), w[0], w[1]))


def geo(xs):
    """Geometric mean of the ratios of `(ratio, program)` pairs."""
    return math.exp(sum(math.log(x) for x, _ in xs) / len(xs)) if xs else float("nan")


def kb(n):
    return "-" if n is None else "%.1f KB" % (n / 1024)


def last_line(text, limit=70):
    lines = [ln.strip() for ln in text.replace("\r", "").splitlines() if ln.strip()]
    msg = lines[-1] if lines else "no output"
    msg = msg.replace("|", "/")
    return msg if len(msg) <= limit else msg[:limit - 3] + "..."


def host_output(python, path, args):
    """CPython's checksum lines for the program on the host, or None."""
    try:
        p = subprocess.run([python, path] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if p.returncode != 0:
        return None
    return strip_elapsed(p.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--filter")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--no-heap", action="store_true", help="skip the smallest-heap search")
    ap.add_argument("--device-args", metavar='"N M"',
                    help="arguments for every program (default: each one's `# device args:`)")
    ap.add_argument("--boot-only", action="store_true",
                    help="only the firmware table (flash, static RAM, RAM after boot)")
    ap.add_argument("--firmware", default=qemu_board.FIRMWARE,
                    help="Mica's ELF to measure (default: the port's release build)")
    ap.add_argument("--code-ram", action="store_true",
                    help="only the RAM each program's compiled code takes (see code_ram)")
    ap.add_argument("--python", default="python3",
                    help="CPython on the host for the reference output (default: %(default)s)")
    args = ap.parse_args()
    if not args.no_build:
        qemu_board.build_firmware()
    mica = Firmware("Mica", args.firmware, True)
    mp = Firmware("MicroPython", qemu_board.MICROPYTHON_FIRMWARE, False)

    print("## Firmware (mps2-an385)\n")
    print("| | MicroPython | Mica | ratio |")
    print("|---|---|---|---|")
    sizes = {}
    for fw in (mp, mica):
        text, data, bss, names = elf_sizes(fw.elf)
        heap = names.get(".uninit", 0) if fw.mica else MP_HEAP
        sizes[fw.name] = (text + data, data + bss - heap, heap)
    rows = [("flash (text + data)", 0), ("static RAM (data + bss, without the heap)", 1),
            ("heap region", 2)]
    for label, i in rows:
        a, b = sizes["MicroPython"][i], sizes["Mica"][i]
        print("| %s | %d B | %d B | %.2f |" % (label, a, b, b / a if a else float("nan")))
    ra, rb = boot_ram(mp), boot_ram(mica)
    print("| RAM in use after boot (heap) | %s B | %s B | %s |" % (
        ra, rb, "%.1f" % (rb / ra) if ra and rb else "-"))
    print()
    if args.boot_only:
        return

    progs = sorted(p for p in os.listdir(HERE) if p.startswith("bm_") and p.endswith(".py"))
    if args.filter:
        progs = [p for p in progs if args.filter in p]
    if args.code_ram:
        code_ram_table(mp, mica, progs)
        return
    print("## Benchmarks at device size (instructions under -icount shift=0; smallest heap)\n")
    print("| program | args | MicroPython insns | Mica insns | ratio | MicroPython heap | Mica heap | ratio | output |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    iratios, hratios = [], []
    failures = []
    for p in progs:
        path = os.path.join(HERE, p)
        pargs = args.device_args.split() if args.device_args is not None else device_args(path)
        if pargs is None:
            pargs = []
        res = {}
        for fw in (mp, mica):
            r = fw.run(program(path, pargs), icount=True, timeout=1200)
            insns = out = None
            if r is not None and not r[1]:
                for line in r[0].replace(b"\r\n", b"\n").split(b"\n"):
                    if line.startswith(b"device_us"):
                        insns = int(line.split()[1]) * 1000
                out = strip_elapsed(r[0])
                error = None
            elif r is None:
                error = "board crashed or hung: " + last_line(fw.last_error or "")
            else:
                error = last_line(r[1].decode("utf-8", "replace"))
            heap = None
            if out is not None and not args.no_heap:
                heap = smallest_heap(fw, path, pargs, out)
            res[fw.name] = (insns, heap, out, error)
            if error:
                failures.append("%s on %s: %s" % (p[:-3], fw.name, error))
        (mi, mh, mo, me), (ci, ch, co, ce) = res["MicroPython"], res["Mica"]
        ref = host_output(args.python, path, pargs)
        differ = [name for name, o in (("MicroPython", mo), ("Mica", co)) if o is not None and o != ref]
        if mo is None or co is None:
            same = "-"
        elif ref is None:
            same = "same (no CPython)" if mo == co else "DIFFERS"
        elif differ:
            same = "DIFFERS: " + ", ".join(differ)
        else:
            same = "same"
        ir = ci / mi if mi and ci else None
        hr = ch / mh if mh and ch else None
        if ir:
            iratios.append((ir, p[:-3]))
        if hr:
            hratios.append((hr, p[:-3]))
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            p[:-3], " ".join(pargs) or "-",
            "{:,}".format(mi) if mi else "fails: " + me,
            "{:,}".format(ci) if ci else "fails: " + ce,
            "%.2f" % ir if ir else "-", kb(mh), kb(ch), "%.2f" % hr if hr else "-", same))
        sys.stdout.flush()

    print()
    if iratios:
        w = max(iratios)
        print("instructions Mica / MicroPython: geomean %.2f over %d programs, worst %.2f (%s)"
              % (geo(iratios), len(iratios), w[0], w[1]))
    if hratios:
        w = max(hratios)
        print("smallest heap Mica / MicroPython: geomean %.2f over %d programs, worst %.2f (%s)"
              % (geo(hratios), len(hratios), w[0], w[1]))
    for f in failures:
        print("- fails: " + f)


if __name__ == "__main__":
    main()
