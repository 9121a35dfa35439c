#!/usr/bin/env python3
"""How long `parley serve` takes from saving a lesson to telling the open pages to reload.

Generates a course of 1,000 lessons (20 modules of 50), starts a release build of
`parley serve` on it, listens to its event stream like a browser does, then saves lessons
and measures the time from each save to the `reload` event. Two kinds of save are timed:
a change to a lesson's text (the usual edit: only that page is rendered again) and a
change to its title (other pages show titles: the whole site is built again).

    python3 bench/serve_latency.py                  # build parley (release), run, report
    python3 bench/serve_latency.py --saves 50 --no-build

Standard library only. The course is written to bench/out/serve-latency/ (ignored by git).
"""
import argparse
import os
import pathlib
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOAL_MS = 200


def lesson_text(module: int, lesson: int, title: str, note: str = "") -> str:
    """A lesson of a realistic size (about 3 kB) with the usual parts."""
    next_link = f"\nGo on to [the next lesson]({lesson + 1:02d}-lesson-{lesson + 1}.md).\n" if lesson < 50 else ""
    check = ""
    if lesson % 5 == 0:
        check = (
            "\n```quiz\n## What comes first?\n\n"
            "- [x] Listening to the whole story\n  > Right: it lowers the tension.\n"
            "- [ ] Explaining the policy\n  > Policy before feelings makes people feel processed.\n"
            "\nAcknowledging first makes the rest of the call shorter.\n```\n")
    paragraph = ("A customer who feels heard is far easier to help. Let them finish, recap what you "
                 "heard in a sentence, name the feeling, and only then move to what happens next. "
                 "Short cues such as \"I see\" tell them you are following without interrupting. ")
    return f"""---
title: "{title}"
summary: Lesson {lesson} of module {module}, generated for the latency benchmark.
objectives:
  - Recap a problem in one or two sentences
  - Name the customer's feeling before solving
duration: {3 + lesson % 7}
---

## Why it matters

{paragraph * 2}{note}

> [!TIP]
> Summarise before you solve: "So the order arrived late and the refund has not shown up."

## What to do

1. Listen to the whole story.
2. Recap the facts and the feeling.
3. Offer the next step and a time.

{paragraph}

> [!AVOID]
> "Calm down."

## Practice

{paragraph}
{next_link}{check}"""


def generate(content: pathlib.Path, modules: int = 20, lessons: int = 50) -> None:
    if content.exists():
        shutil.rmtree(content)
    content.mkdir(parents=True)
    (content / "course.yaml").write_text(
        "title: Latency benchmark course\ndescription: A generated course of a thousand lessons.\n"
        "base_url: https://example.org/bench/\n")
    for module in range(1, modules + 1):
        folder = content / f"{module:02d}-module-{module}"
        folder.mkdir()
        (folder / "index.md").write_text(f"---\ntitle: Module {module}\nsummary: Generated module {module}.\n---\n\nLessons {module}.1 to {module}.{lessons}.\n")
        for lesson in range(1, lessons + 1):
            (folder / f"{lesson:02d}-lesson-{lesson}.md").write_text(lesson_text(module, lesson, f"Lesson {module}.{lesson}"))


class EventStream:
    """Reads /__parley/events (chunked Server-Sent Events) on a thread of its own."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /__parley/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.file = self.sock.makefile("rb")
        self.events = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while self.file.readline() not in (b"\r\n", b""):
            pass
        buffer = b""
        while True:
            size_line = self.file.readline()
            if not size_line:
                return
            size = int(size_line.strip() or b"0", 16)
            data = self.file.read(size)
            self.file.read(2)
            if size == 0:
                return
            buffer += data
            while b"\n\n" in buffer:
                block, buffer = buffer.split(b"\n\n", 1)
                now = time.perf_counter()
                name = re.search(rb"^event: (.*)$", block, re.M)
                if name:
                    with self.cond:
                        self.events.append((name.group(1).decode(), now))
                        self.cond.notify_all()

    def next(self, name: str, timeout: float = 30.0):
        """Time at which the next event called `name` arrived."""
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for index, (event, at) in enumerate(self.events):
                    if event == name:
                        del self.events[:index + 1]
                        return at
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError(f"no {name} event within {timeout} s")
                self.cond.wait(left)

    def close(self):
        self.sock.close()


def measure(stream: EventStream, path: pathlib.Path, texts):
    timings = []
    for text in texts:
        # A pause of random length, so saves land anywhere between two looks at the files.
        time.sleep(random.uniform(0.2, 0.4))
        start = time.perf_counter()
        path.write_text(text)
        timings.append((stream.next("reload") - start) * 1000)
    return timings


def summary(label: str, timings) -> str:
    ordered = sorted(timings)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return (f"{label:<34} median {statistics.median(ordered):6.1f} ms   p90 {p90:6.1f} ms   "
            f"max {ordered[-1]:6.1f} ms   ({len(ordered)} saves)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=30, help="saves of each kind (default 30)")
    parser.add_argument("--no-build", action="store_true", help="use .build/release/parley as it is")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "bench/out/serve-latency")
    args = parser.parse_args()

    parley = ROOT / ".build/release/parley"
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "parley"], cwd=ROOT, check=True)
    content = args.out / "content"
    generate(content)
    print(f"generated 1,000 lessons in {content}")

    server = subprocess.Popen([str(parley), "serve", "--port", "0", "--source", str(content), "--themes", str(ROOT / "themes")],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = None
        for line in server.stdout:
            print("  parley:", line.rstrip())
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if found:
                url, port = found.group(0), int(found.group(1))
                break
        if not url:
            print("parley serve did not start", file=sys.stderr)
            return 1
        reported = []  # build times parley prints for each save, in ms

        def read_log():
            for line in server.stdout:
                found = re.search(r"rebuilt .*?in (\d+) ms", line)
                if found:
                    reported.append(int(found.group(1)))
        threading.Thread(target=read_log, daemon=True).start()
        stream = EventStream(port)
        stream.next("hello")
        lesson = content / "10-module-10" / "25-lesson-25.md"
        texts = [lesson_text(10, 25, "Lesson 10.25", f"Edit number {n}.") for n in range(args.saves)]
        titles = [lesson_text(10, 25, f"Lesson 10.25, take {n}") for n in range(args.saves)]
        text_timings = measure(stream, lesson, texts)
        time.sleep(0.2)
        text_builds = list(reported)
        title_timings = measure(stream, lesson, titles)
        time.sleep(0.2)
        title_builds = reported[len(text_builds):]
        stream.close()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(summary("save of a lesson's text", text_timings))
    print(f"{'':<34} of which building: median {statistics.median(text_builds or [0]):.0f} ms (the page and the files that gather pages)")
    print(summary("save of a lesson's title", title_timings))
    print(f"{'':<34} of which building: median {statistics.median(title_builds or [0]):.0f} ms (the whole site)")
    median = statistics.median(text_timings)
    print(f"goal: a text save under {GOAL_MS} ms: {'met' if median < GOAL_MS else 'NOT met'} (median {median:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
