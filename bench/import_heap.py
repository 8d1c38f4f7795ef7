#!/usr/bin/env python3
"""Heap cost of importing the core's modules on the device (QEMU mps2-an385).

    python3 bench/import_heap.py [--elf FIRMWARE] [MODULE ...]

For each module (default: asyncio collections re json): the heap in use after boot and
after the import (`gc.mem_alloc()`, the allocator's real bytes, after `gc.collect()`),
and the smallest heap the import runs in (boot option heap limit, bisection to 1 KB),
which bounds its peak. Also the firmware's flash (text + data).
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "device"))
sys.path.insert(0, HERE)
import qemu_board  # noqa: E402
from device import bisect_heap, elf_sizes  # noqa: E402


def run(elf, src, heap=None):
    try:
        with qemu_board.Board(elf, heap=heap, boot_timeout=30) as b:
            b.enter_raw()
            return b.exec(src.encode(), timeout=120)
    except qemu_board.BoardError:
        return None


def smallest_heap(elf, mod, hi=2048 * 1024):
    src = "import %s\nprint('ok')\n" % mod

    def fits(n):
        r = run(elf, src, heap=n)
        return r is not None and not r[1] and r[0].strip() == b"ok"

    return bisect_heap(fits, 1024, hi)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--elf", default=qemu_board.FIRMWARE)
    ap.add_argument("modules", nargs="*", default=["asyncio", "collections", "re", "json"])
    a = ap.parse_args()
    text, data, _bss, _ = elf_sizes(a.elf)
    print("firmware %s: flash %d B (text %d + data %d)" % (a.elf, text + data, text, data))
    print("| module | heap after boot | after import | retained | smallest heap for the import |")
    print("|---|---|---|---|---|")
    for mod in a.modules:
        src = ("import gc\ngc.collect()\na = gc.mem_alloc()\nimport %s\ngc.collect()\n"
               "print(a, gc.mem_alloc())\n" % mod)
        r = run(a.elf, src)
        before, after = (int(x) for x in r[0].split()) if r and not r[1] else (None, None)
        small = smallest_heap(a.elf, mod)
        print("| %s | %s | %s | %s | %s |" % (
            mod, before, after, None if before is None else after - before,
            None if small is None else "%d KB" % (small // 1024)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
