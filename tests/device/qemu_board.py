"""A firmware running in qemu-system-arm on the mps2-an385 board, driven over its UART.

Used by the device test runner (`run.py`) and the device report (`bench/device.py`).
The UART is a TCP socket on 127.0.0.1 (QEMU waits for the connection before the board
starts, so nothing printed at boot is lost). `Board.exec()` runs code through the raw
REPL, the way `mpremote` does.
"""

import os
import socket
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PORT_DIR = os.path.join(ROOT, "ports", "qemu-arm")
FIRMWARE = os.path.join(PORT_DIR, "target", "thumbv7m-none-eabi", "release", "mica-qemu-arm")
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "reference")
MICROPYTHON_FIRMWARE = os.path.join(REFERENCE, "micropython-qemu-mps2-an385.elf")

# Boot options (see ports/qemu-arm/src/bootopts.rs): written into RAM by QEMU's loader.
BOOTOPTS_ADDR = 0x203FFFC0
BOOTOPTS_MAGIC = 0x4D494341


class BoardError(Exception):
    pass


class Timeout(BoardError):
    pass


def build_firmware(env_extra=None, quiet=True):
    """Build the firmware (release profile); returns the ELF's path."""
    env = dict(os.environ)
    env.update(env_extra or {})
    # The host workspace's cargo may have set these for its own target.
    for k in ("CARGO_TARGET_DIR", "CARGO_BUILD_TARGET", "RUSTFLAGS"):
        env.pop(k, None)
    cmd = ["cargo", "build", "--release"]
    if quiet:
        cmd.append("--quiet")
    subprocess.run(cmd, cwd=PORT_DIR, env=env, check=True)
    return FIRMWARE


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Board:
    def __init__(self, firmware=FIRMWARE, heap=None, icount=False, boot_timeout=60):
        self.firmware = firmware
        self.port = free_port()
        cmd = [
            "qemu-system-arm", "-machine", "mps2-an385", "-nographic", "-monitor", "none",
            "-semihosting",
            "-serial", "tcp:127.0.0.1:%d,server=on,wait=on" % self.port,
            "-kernel", firmware,
        ]
        if icount:
            cmd += ["-icount", "shift=0"]
        if heap is not None:
            cmd += [
                "-device", "loader,addr=0x%X,data=0x%X,data-len=4" % (BOOTOPTS_ADDR, BOOTOPTS_MAGIC),
                "-device", "loader,addr=0x%X,data=%d,data-len=4" % (BOOTOPTS_ADDR + 4, heap),
            ]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        deadline = time.time() + 10
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=1)
                break
            except OSError:
                if self.proc.poll() is not None or time.time() > deadline:
                    out = self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
                    raise BoardError("qemu did not start: " + out)
                time.sleep(0.05)
        self.buf = b""
        self.boot_timeout = boot_timeout

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def write(self, data):
        self.sock.sendall(data)

    def read_until(self, ending, timeout):
        """Read until `ending` arrives; returns what came before it."""
        deadline = time.time() + timeout
        while ending not in self.buf:
            if b"FATAL: " in self.buf:
                # The firmware panicked or faulted and restarts: no point waiting.
                time.sleep(0.2)
                try:
                    self.sock.settimeout(0.2)
                    self.buf += self.sock.recv(65536)
                except OSError:
                    pass
                raise BoardError("the board crashed: %r" % self.buf[-400:])
            left = deadline - time.time()
            if left <= 0:
                raise Timeout("timed out waiting for %r; got %r" % (ending, self.buf[-300:]))
            self.sock.settimeout(min(left, 1.0))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                continue
            if not chunk:
                raise BoardError("the board closed the line; got %r" % self.buf[-300:])
            self.buf += chunk
        i = self.buf.index(ending)
        out = self.buf[:i]
        self.buf = self.buf[i + len(ending):]
        return out

    def enter_raw(self):
        self.write(b"\r\x03\x03")
        time.sleep(0.05)
        self.buf = b""
        self.write(b"\x01")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>", self.boot_timeout)

    def soft_reset(self):
        """Soft reset from the raw REPL (a fresh heap); stays in the raw REPL."""
        self.write(b"\x04")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>", self.boot_timeout)

    def exec(self, source, timeout=60):
        """Run `source` in the raw REPL: returns (stdout, stderr) as bytes."""
        if isinstance(source, str):
            source = source.encode()
        self.write(source + b"\x04")
        self.read_until(b"OK", timeout)
        out = self.read_until(b"\x04", timeout)
        err = self.read_until(b"\x04", timeout)
        self.read_until(b">", timeout)
        return out, err

    def interrupt(self):
        self.write(b"\x03")
