"""Instruction counts: the build cost of mkdocs-blogposts against plain MkDocs, without noise.

Wall-clock ratios from ``run.py`` are the budget's own measure, but on a shared virtual
machine one build of the same site can take 1.0x or 1.5x the time of the next, so a change
worth 3% hides in the noise of even nine interleaved pairs. Counting the instructions a build
executes (Valgrind's cachegrind, without its cache simulation) gives the same number on every
run, however busy the machine is: the right yardstick for "did this change make the build do
less work". What it cannot see is time the work takes beyond its instructions (cache misses,
page faults, the kernel writing files), so it complements the timed runs and never replaces
them.

Each build runs ``_measure.py build`` (what ``mkdocs build`` does) under Valgrind, in a fresh
process, on the corpora ``run.py`` generates and caches. The count covers the whole process:
interpreter start-up and imports are in it for both flavours, which lowers the ratio a little
at small N (see the ``start-up`` row). Builds run side by side, ``--jobs`` at a time: counts
do not depend on load.

Example::

    python bench/instructions.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from run import MEASURE, _tail, compile_plugin, ensure_project  # noqa: E402

FLAVOURS = ("plain", "blogposts")
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


@dataclass(frozen=True)
class Count:
    """The instructions one build executed, or why it has none."""

    n: int
    flavour: str
    instructions: int | None
    failure: str | None = None


def parse_instructions(stderr: str) -> int | None:
    """The `I refs` total cachegrind prints when the process ends, None if it is missing."""
    match = _IREFS.search(stderr)
    return int(match.group(1).replace(",", "")) if match else None


def valgrind_command(valgrind: str, python: str, args: Sequence[str]) -> list[str]:
    """`python _measure.py ARGS` under cachegrind, counting instructions only."""
    return [
        valgrind,
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        python,
        str(MEASURE),
        *args,
    ]


def count(valgrind: str, python: str, project: Path, n: int, flavour: str, sites: Path) -> Count:
    """Build `project` once under cachegrind, into a site folder that does not exist yet."""
    site = Path(tempfile.mkdtemp(prefix=f"ir-n{n}-{flavour}-", dir=sites))
    shutil.rmtree(site)
    args = ["build", str(project / "mkdocs.yml"), str(site)]
    try:
        proc = subprocess.run(
            valgrind_command(valgrind, python, args),
            cwd=project,
            capture_output=True,
            text=True,
            env=_environment(),
            check=False,
        )
    finally:
        shutil.rmtree(site, ignore_errors=True)
    instructions = parse_instructions(proc.stderr)
    if proc.returncode != 0 or instructions is None:
        return Count(n, flavour, None, f"exit code {proc.returncode}\n{_tail(proc.stderr, 5)}")
    return Count(n, flavour, instructions)


def start_up(valgrind: str, python: str) -> int | None:
    """Instructions of a process that only starts and reports versions (imports MkDocs)."""
    proc = subprocess.run(
        valgrind_command(valgrind, python, ["versions"]),
        capture_output=True,
        text=True,
        env=_environment(),
        check=False,
    )
    return parse_instructions(proc.stderr)


def _environment() -> dict[str, str]:
    """The same hash seed every run: set and dict orders, and so the work, repeat exactly."""
    return {**os.environ, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}


def report(counts: Sequence[Count], base: int | None) -> list[str]:
    """A Markdown table: instructions per flavour and N, and blogposts / plain."""
    lines = [
        "| N | plain (G instructions) | blogposts (G instructions) | ratio |",
        "|---:|---:|---:|---:|",
    ]
    by_key = {(c.n, c.flavour): c for c in counts}
    for n in sorted({c.n for c in counts}):
        plain, blog = by_key.get((n, "plain")), by_key.get((n, "blogposts"))
        cells = [f"{n:,}"]
        for item in (plain, blog):
            if item is None or item.instructions is None:
                cells.append("FAILED" if item else "not run")
            else:
                cells.append(f"{item.instructions / 1e9:.2f}")
        if plain and blog and plain.instructions and blog.instructions:
            cells.append(f"{blog.instructions / plain.instructions:.3f}x")
        else:
            cells.append("n/a")
        lines.append("| " + " | ".join(cells) + " |")
    if base is not None:
        lines.append(f"| start-up | {base / 1e9:.2f} | | |")
    for item in counts:
        if item.failure:
            lines += ["", f"N={item.n:,} {item.flavour} failed:", "", "```", item.failure, "```"]
    return lines


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000], metavar="N")
    parser.add_argument("--flavours", nargs="+", choices=FLAVOURS, default=list(FLAVOURS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--workdir", type=Path, default=BENCH_DIR / ".work")
    parser.add_argument("--python", default=sys.executable, help="interpreter that builds")
    parser.add_argument("--output", type=Path, help="also write the Markdown table here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    sites = opts.workdir / "sites"
    sites.mkdir(parents=True, exist_ok=True)
    compile_plugin(opts.python)
    jobs = [
        (ensure_project(opts.workdir, n, flavour), n, flavour)
        for n in opts.sizes
        for flavour in opts.flavours
    ]
    with ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        base = pool.submit(start_up, valgrind, opts.python)
        counts = list(
            pool.map(lambda job: count(valgrind, opts.python, job[0], job[1], job[2], sites), jobs)
        )
    lines = report(counts, base.result())
    print("\n".join(lines))
    if opts.output:
        opts.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if any(c.failure for c in counts) else 0


if __name__ == "__main__":
    sys.exit(main())
