#!/usr/bin/env python3
"""Benchmark: parley against Hugo and against the cmark floor, side by side.

    bench/run.py [--sizes 1000,10000] [--runs 5] [--work /tmp/parley-bench]

Installs hugo, cmark and GNU time from Debian's packages when they are missing, builds
parley in release mode, generates the synthetic courses (bench/generate.py), then for
each size runs, alternating so that machine noise hits every tool alike:
  - parley build  vs  hugo (build to disk)
  - parley check  vs  cmark on all lesson bodies concatenated into one file (the floor)
and prints medians of wall time and peak memory, and the ratios."""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def ensure_tools():
    missing = [package for command, package in (("hugo", "hugo"), ("cmark", "cmark"), ("/usr/bin/time", "time"))
               if shutil.which(command) is None]
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "parley"], cwd=ROOT, check=True)


def timed(command, cwd=None, stdout=subprocess.DEVNULL):
    """Wall seconds and peak resident memory (MB) of one run, from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], cwd=cwd, stdout=stdout,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    wall, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kilobytes) / 1024


def measure(size, runs, work):
    folder = work / str(size)
    if not (folder / "bodies.md").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(size), str(folder)], check=True)
    parley = str(ROOT / ".build" / "release" / "parley")
    source = str(folder / "parley" / "content")
    tasks = {
        "parley build": ([parley, "build", "--source", source, "--output", str(folder / "parley-out")], None),
        "hugo build": (["hugo", "--quiet", "-d", str(folder / "hugo-out")], folder / "hugo"),
        "parley check": ([parley, "check", "--source", source], None),
        "cmark floor": (["cmark", "--smart", str(folder / "bodies.md")], None),
    }
    results = {name: [] for name in tasks}
    for _ in range(runs):
        for name, (command, cwd) in tasks.items():
            results[name].append(timed(command, cwd=cwd))
    return {name: (statistics.median(w for w, _ in runs_), statistics.median(m for _, m in runs_))
            for name, runs_ in results.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/parley-bench")
    options = parser.parse_args()
    ensure_tools()
    work = pathlib.Path(options.work)
    work.mkdir(parents=True, exist_ok=True)
    table = {}
    for size in (int(s) for s in options.sizes.split(",")):
        table[size] = measure(size, options.runs, work)
        print(f"\nN = {size} lessons, medians of {options.runs} alternating runs")
        for name, (wall, memory) in table[size].items():
            print(f"  {name:13} {wall:7.2f} s  {memory:8.0f} MB")
        t = table[size]
        print(f"  hugo build / parley build   {t['hugo build'][0] / t['parley build'][0]:.2f}x time, "
              f"{t['hugo build'][1] / t['parley build'][1]:.2f}x memory")
        print(f"  parley check / cmark floor  {t['parley check'][0] / t['cmark floor'][0]:.2f}x")
    sizes = sorted(table)
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\ngrowth {small} -> {large}: parley build {table[large]['parley build'][0] / table[small]['parley build'][0]:.1f}x, "
              f"hugo {table[large]['hugo build'][0] / table[small]['hugo build'][0]:.1f}x")


if __name__ == "__main__":
    main()
