#!/usr/bin/env python3
"""How `parley serve` stands up to hostile requests from the same machine.

Starts `parley serve` on a copy of a test course and, one after another: sends long request
lines and headers, a duplicated Host header, leaves a connection idle, fills the server's
file descriptors, and stops the server with SIGTERM while a long request is being read.
Each line of the report says what was sent, what came back and how long it took; for the
long requests also the CPU time the server spent on them.

    python3 bench/serve_attacks.py                          # .build/release/parley
    python3 bench/serve_attacks.py --parley .build/debug/parley --skip-idle

Standard library only; every connection goes to 127.0.0.1 and every loop is bounded.
"""
import argparse
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
COURSE = ROOT / "Tests/browser/fixtures/quiz-course"
TICKS = os.sysconf("SC_CLK_TCK")


class Serve:
    """`parley serve --port 0` on a copy of the test course, optionally under `ulimit -n`."""

    def __init__(self, parley: pathlib.Path, descriptors: int | None = None):
        self.folder = pathlib.Path(tempfile.mkdtemp(prefix="parley-attacks-"))
        shutil.copytree(COURSE, self.folder / "content")
        command = [str(parley), "serve", "--port", "0", "--source", str(self.folder / "content"),
                   "--themes", str(ROOT / "themes")]
        if descriptors:
            command = ["sh", "-c", f"ulimit -n {descriptors} && exec \"$@\"", "sh"] + command
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        while line and "serving the course at" not in line:
            line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            raise SystemExit("parley serve did not start")
        self.port = int(match.group(1))
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def cpu_seconds(self) -> float:
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def connect(port: int, timeout: float = 5) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return connection


def exchange(port: int, request: bytes, timeout: float = 120) -> tuple[str, float]:
    """Sends `request` and reads until the server closes or `timeout`: the status line (or
    what happened instead) and the seconds it took."""
    start = time.monotonic()
    data = b""
    try:
        with connect(port, timeout) as connection:
            try:
                connection.sendall(request)
            except OSError:
                pass  # the server may answer and close before it has read everything
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
    except socket.timeout:
        if not data:
            return "no answer", time.monotonic() - start
    except OSError as error:
        if not data:
            return f"connection error ({error.strerror})", time.monotonic() - start
    status = data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed without an answer"
    return status, time.monotonic() - start


def get(port: int, host: str = "127.0.0.1", timeout: float = 120) -> tuple[str, float]:
    return exchange(port, f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode(), timeout)


def long_line(port: int, size: int) -> bytes:
    return b"GET /" + b"a" * size + f" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode()


def report(what: str, outcome: str, seconds: float, extra: str = ""):
    print(f"{what:<44} {outcome:<46} {seconds:8.2f} s {extra}", flush=True)


def attacks(parley: pathlib.Path, skip_idle: bool):
    serve = Serve(parley)
    port = serve.port
    try:
        for label, size in [("9 KB request line", 9 * 1024), ("128 KB request line", 128 * 1024)]:
            cpu = serve.cpu_seconds()
            status, seconds = exchange(port, long_line(port, size))
            time.sleep(0.5)
            report(label, status, seconds, f"(server CPU {serve.cpu_seconds() - cpu:.2f} s)")

        request = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nX-Long: {'b' * 9 * 1024}\r\n\r\n".encode()
        report("9 KB header", *exchange(port, request))
        lines = "".join(f"X-Header-{n}: {'c' * 60}\r\n" for n in range(1000))
        request = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{lines}\r\n".encode()
        report(f"{len(lines) // 1024} KB of headers in 1,000 lines", *exchange(port, request))
        request = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".encode()
        report("duplicated Host", *exchange(port, request))

        # Two large requests sent without waiting for an answer, then a normal page.
        cpu = serve.cpu_seconds()
        senders = []
        for _ in range(2):
            connection = connect(port)
            senders.append(connection)
            threading.Thread(target=lambda c=connection: _send_quietly(c, long_line(port, 300 * 1024)), daemon=True).start()
        time.sleep(0.2)
        status, seconds = get(port)
        for connection in senders:
            connection.close()
        report("a GET after two 300 KB request lines", status, seconds)
        time.sleep(2)
        report("", "(server CPU since the two requests)", serve.cpu_seconds() - cpu)

        if not skip_idle:
            with connect(port, timeout=60) as idle:
                start = time.monotonic()
                try:
                    closed = idle.recv(1) == b""
                    outcome = "closed by the server" if closed else "data"
                except socket.timeout:
                    outcome = "still open"
                except OSError:
                    outcome = "reset by the server"
                report("an idle connection (waiting up to 60 s)", outcome, time.monotonic() - start)
    finally:
        serve.stop()


def _send_quietly(connection: socket.socket, data: bytes):
    try:
        connection.sendall(data)
    except OSError:
        pass


def descriptor_limit(parley: pathlib.Path):
    serve = Serve(parley, descriptors=128)
    try:
        connections = []
        start = time.monotonic()
        for _ in range(600):
            try:
                connections.append(connect(serve.port, timeout=0.3))
            except OSError:
                break
        opened = time.monotonic() - start
        for connection in connections:
            connection.close()
        report(f"ulimit -n 128: {len(connections)} connections opened", "then closed", opened)
        status, seconds = "not tried", 0.0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            status, seconds = get(serve.port, timeout=2)
            if status.startswith("HTTP/1.1 200"):
                break
            time.sleep(0.5)
        alive = "alive" if serve.process.poll() is None else "exited"
        report("  a GET after they are closed", status, seconds, f"(process {alive})")
    finally:
        serve.stop()


def sigterm(parley: pathlib.Path):
    serve = Serve(parley)
    try:
        serve.process.send_signal(signal.SIGTERM)
        start = time.monotonic()
        report("SIGTERM while idle", _exit_of(serve.process), time.monotonic() - start)
    finally:
        serve.stop()
    serve = Serve(parley)
    try:
        connections = [connect(serve.port) for _ in range(2)]
        for connection in connections:
            threading.Thread(target=_send_quietly, args=(connection, long_line(serve.port, 300 * 1024)), daemon=True).start()
        time.sleep(0.5)
        serve.process.send_signal(signal.SIGTERM)
        start = time.monotonic()
        report("SIGTERM while two 300 KB requests are read", _exit_of(serve.process), time.monotonic() - start)
        for connection in connections:
            connection.close()
    finally:
        serve.stop()


def _exit_of(process: subprocess.Popen) -> str:
    try:
        return f"exited with {process.wait(timeout=60)}"
    except subprocess.TimeoutExpired:
        return "still running after 60 s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parley", type=pathlib.Path, default=ROOT / ".build/release/parley")
    parser.add_argument("--skip-idle", action="store_true", help="do not wait for an idle connection to be closed")
    arguments = parser.parse_args()
    attacks(arguments.parley, arguments.skip_idle)
    descriptor_limit(arguments.parley)
    sigterm(arguments.parley)


if __name__ == "__main__":
    main()
