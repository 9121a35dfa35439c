#!/usr/bin/env python3
"""Times `parley check` on the shipped course with one very long lesson added: the shipped
lesson "Staying calm under pressure" (a knowledge check, callouts, links to other lessons
and to its own headings) repeated until the lesson is SIZE megabytes. Each stage must stay
linear in the size of the text.

    bench/long_lesson.py [--sizes 10,50] [--runs 3] [--no-build]

Prints the median of each stage's time (`parley check --timings`) per size."""
import argparse
import pathlib
import re
import shutil
import statistics
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
PARLEY = ROOT / ".build" / "release" / "parley"
LESSON = "01-why-conversations-escalate/02-staying-calm-under-pressure.md"


def long_lesson(megabytes):
    text = (ROOT / "content" / LESSON).read_text()
    end = text.index("\n---", 3) + 4
    head, body = text[:end], text[end:]
    # Links to a heading on the page and to another lesson, as a long lesson has many.
    body += "\n\nSee [the start](#top) and [the first lesson](01-what-sits-behind-an-angry-call.md).\n\n## Top\n\nText.\n"
    copies = max(1, megabytes * 1024 * 1024 // len(body.encode()))
    return head.replace("title:", "order: 99\ntitle:", 1) + body * copies


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,50")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "parley"], cwd=ROOT, check=True)
    for megabytes in [int(size) for size in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as folder:
            content = pathlib.Path(folder) / "content"
            shutil.copytree(ROOT / "content", content)
            (content / "01-why-conversations-escalate" / "99-long.md").write_text(long_lesson(megabytes))
            stages = {}
            for _ in range(args.runs):
                result = subprocess.run([str(PARLEY), "check", "--source", str(content), "--themes", str(ROOT / "themes"),
                                         "--timings"], capture_output=True, text=True)
                assert result.returncode == 0, result.stderr
                for stage, milliseconds in re.findall(r"(\w[\w ]*?) (\d+) ms", result.stderr.split("timings:")[1]):
                    stages.setdefault(stage.strip(), []).append(int(milliseconds))
            line = ", ".join(f"{stage} {statistics.median(times):.0f} ms" for stage, times in stages.items())
            print(f"{megabytes} MB lesson: {line}")


if __name__ == "__main__":
    main()
