"""Benchmark runner: build cost of mkdocs-blogposts vs plain MkDocs vs Material's blog plugin.

For each corpus size N the three projects (``plain``, ``blogposts``, ``material``) are generated
once by ``bench/generate.py`` (cached under the work directory), then full builds are run
interleaved -- plain, blogposts, material, plain, blogposts, material, ... -- each in a fresh
subprocess (``bench/_measure.py``), with an empty site directory every time. Optionally the
``mkdocs serve`` rebuild after editing one post is measured for plain and blogposts.

Example::

    python bench/run.py --sizes 100 1000 10000 --repeat 5 --output results.md
    python bench/run.py --quick        # CI smoke test: N=20, one repeat, exit 1 on failure
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:  # importable from tests, not only as a script
    sys.path.insert(0, str(BENCH_DIR))

from generate import FLAVOURS, generate, make_posts  # noqa: E402

MEASURE = BENCH_DIR / "_measure.py"
GENERATOR = BENCH_DIR / "generate.py"
STAMP = ".bench-stamp"
REBUILD_FLAVOURS: tuple[str, ...] = ("plain", "blogposts")
STDERR_TAIL_LINES = 20
QUICK_SIZES = [20]


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    process_seconds: float
    peak_rss_bytes: int
    warnings: int
    warning_messages: list[str]


@dataclass
class Series:
    """All runs of one (N, flavour, mode) combination."""

    n: int
    flavour: str
    mode: str  # "build" or "rebuild"
    samples: list[Sample] = field(default_factory=list)
    failure: str | None = None
    skipped: str | None = None

    @property
    def label(self) -> str:
        return self.flavour if self.mode == "build" else f"{self.flavour} rebuild"

    def median_seconds(self) -> float | None:
        if self.failure or not self.samples:
            return None
        return statistics.median(s.seconds for s in self.samples)

    def median_rss_mb(self) -> float | None:
        if self.failure or not self.samples:
            return None
        return statistics.median(s.peak_rss_bytes for s in self.samples) / (1024 * 1024)

    def max_warnings(self) -> int:
        return max((s.warnings for s in self.samples), default=0)


@dataclass
class Results:
    sizes: list[int]
    series: dict[tuple[int, str, str], Series] = field(default_factory=dict)

    def get(self, n: int, flavour: str, mode: str = "build") -> Series | None:
        return self.series.get((n, flavour, mode))

    def add(self, series: Series) -> Series:
        self.series[(series.n, series.flavour, series.mode)] = series
        return series

    def failures(self) -> list[Series]:
        return [s for s in self.series.values() if s.failure]


# --------------------------------------------------------------------------------------------
# Corpus cache
# --------------------------------------------------------------------------------------------


def _stamp_text(n: int, flavour: str) -> str:
    digest = sha256(GENERATOR.read_bytes()).hexdigest()
    return json.dumps({"generator_sha256": digest, "n": n, "flavour": flavour}) + "\n"


def ensure_project(workdir: Path, n: int, flavour: str) -> Path:
    """Generate (or reuse) the project for (n, flavour); returns its root directory.

    A project is reused only if its stamp file matches the current generator source.
    """
    root = workdir / f"n{n}" / flavour
    stamp = root / STAMP
    expected = _stamp_text(n, flavour)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == expected:
        return root
    _progress(f"[N={n}] generating {flavour} project in {root}")
    generate(root, n, flavour)
    stamp.write_text(expected, encoding="utf-8")
    return root


def fresh_copy(source: Path, target: Path) -> Path:
    """A scratch copy of a cached project (the rebuild benchmark edits a post)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def edited_post(project: Path, n: int, flavour: str) -> Path:
    """The post the rebuild benchmark edits: the middle post of the corpus."""
    slug = make_posts(n)[n // 2].slug
    posts = Path("docs/blog/posts") if flavour == "material" else Path("docs/posts")
    return project / posts / f"{slug}.md"


# --------------------------------------------------------------------------------------------
# Running builds
# --------------------------------------------------------------------------------------------


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _tail(text: str, lines: int = STDERR_TAIL_LINES) -> str:
    kept = text.strip().splitlines()[-lines:]
    return "\n".join(kept) if kept else "(no stderr output)"


def run_measure(
    python: str,
    args: Sequence[str],
    cwd: Path,
    timeout: float,
) -> tuple[dict[str, Any] | None, str | None]:
    """Run ``_measure.py`` in a fresh process; returns (result, failure description)."""
    cmd = [python, str(MEASURE), *args]
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return None, f"timed out after {timeout:.0f}s\n{_tail(stderr)}"
    result: dict[str, Any] | None = None
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if lines:
        try:
            parsed = json.loads(lines[-1])
            if isinstance(parsed, dict):
                result = parsed
        except json.JSONDecodeError:
            result = None
    if proc.returncode != 0 or result is None or "error" in result:
        error = result.get("error") if result else None
        head = f"exit code {proc.returncode}" + (f": {error}" if error else "")
        details = _tail(proc.stderr)
        if result is None and proc.stdout.strip():
            details += "\n(stdout tail)\n" + _tail(proc.stdout, 5)
        if "plugin is not installed" in details:
            details += "\n(hint: install the plugin into the build interpreter: pip install -e .)"
        return None, f"{head}\n{details}"
    return result, None


def _sample(result: dict[str, Any]) -> Sample:
    return Sample(
        seconds=float(result["seconds"]),
        process_seconds=float(result["process_seconds"]),
        peak_rss_bytes=int(result["peak_rss_bytes"]),
        warnings=int(result.get("warnings", 0)),
        warning_messages=[str(m) for m in result.get("warning_messages", [])],
    )


def run_one(
    series: Series,
    python: str,
    project: Path,
    sites: Path,
    timeout: float,
    edit: Path | None = None,
) -> None:
    """One measured build (or rebuild) of ``project``; appends to ``series``."""
    site = Path(tempfile.mkdtemp(prefix=f"n{series.n}-{series.flavour}-", dir=sites))
    shutil.rmtree(site)  # start from a missing site dir: a full build every time
    args = [series.mode, str(project / "mkdocs.yml"), str(site)]
    if edit is not None:
        args.append(str(edit))
    try:
        result, failure = run_measure(python, args, project, timeout)
    finally:
        shutil.rmtree(site, ignore_errors=True)
    rep = len(series.samples) + 1
    if failure is not None or result is None:
        series.failure = failure or "unknown failure"
        _progress(f"[N={series.n}] {series.label} run {rep}: FAILED\n{series.failure}")
        return
    sample = _sample(result)
    series.samples.append(sample)
    warn = f", {sample.warnings} warnings" if sample.warnings else ""
    _progress(
        f"[N={series.n}] {series.label} run {rep}: {sample.seconds:.2f}s, "
        f"{sample.peak_rss_bytes / 2**20:.0f} MB{warn}"
    )


def benchmark_size(n: int, opts: argparse.Namespace, results: Results) -> None:
    workdir: Path = opts.workdir
    sites = workdir / "sites"
    sites.mkdir(parents=True, exist_ok=True)

    build_series: list[tuple[Series, Path]] = []
    for flavour in FLAVOURS:
        series = results.add(Series(n, flavour, "build"))
        if flavour not in opts.flavours:
            series.skipped = "not run"
        elif flavour == "material" and n > opts.material_max:
            series.skipped = f"skipped (> {opts.material_max} posts)"
        else:
            build_series.append((series, ensure_project(workdir, n, flavour)))

    rebuild_series: list[tuple[Series, Path, Path]] = []
    for flavour in REBUILD_FLAVOURS:
        series = results.add(Series(n, flavour, "rebuild"))
        if opts.rebuild_repeat <= 0 or flavour not in opts.flavours or n < 1:
            series.skipped = "not run"
            continue
        source = ensure_project(workdir, n, flavour)
        project = fresh_copy(source, workdir / f"n{n}" / f"{flavour}-rebuild")
        rebuild_series.append((series, project, edited_post(project, n, flavour)))

    for rep in range(max(opts.repeat, opts.rebuild_repeat)):
        if rep < opts.repeat:
            for series, project in build_series:
                if series.failure is None:
                    run_one(series, opts.python, project, sites, opts.timeout)
        if rep < opts.rebuild_repeat:
            for series, project, edit in rebuild_series:
                if series.failure is None:
                    run_one(series, opts.python, project, sites, opts.timeout, edit)


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def _fmt_seconds(series: Series | None) -> str:
    if series is None:
        return "not run"
    if series.skipped:
        return series.skipped
    if series.failure:
        return "FAILED"
    value = series.median_seconds()
    return "n/a" if value is None else f"{value:.2f}"


def _fmt_mb(series: Series | None) -> str:
    if series is None or series.skipped:
        return series.skipped if series is not None and series.skipped else "not run"
    if series.failure:
        return "FAILED"
    value = series.median_rss_mb()
    return "n/a" if value is None else f"{value:.0f}"


def _ratio(num: float | None, den: float | None) -> str:
    if num is None or den is None or den <= 0:
        return "n/a"
    return f"{num / den:.2f}x"


def _ratio_cell(series: Series | None, base: Series | None, *, memory: bool = False) -> str:
    if series is not None and series.skipped:
        return series.skipped
    if series is None or base is None:
        return "n/a"
    if memory:
        return _ratio(series.median_rss_mb(), base.median_rss_mb())
    return _ratio(series.median_seconds(), base.median_seconds())


TABLE_COLUMNS = (
    "N",
    "plain (s)",
    "blogposts (s)",
    "ratio",
    "material (s)",
    "ratio",
    "plain peak MB",
    "blogposts peak MB",
    "mem ratio",
    "rebuild 1 edit: plain (s)",
    "rebuild 1 edit: blogposts (s)",
    "rebuild ratio",
)


def results_table(results: Results) -> list[str]:
    lines = [
        "| " + " | ".join(TABLE_COLUMNS) + " |",
        "|" + "|".join("---:" for _ in TABLE_COLUMNS) + "|",
    ]
    for n in results.sizes:
        plain, blog, mat = (results.get(n, f) for f in FLAVOURS)
        plain_rb, blog_rb = (results.get(n, f, "rebuild") for f in REBUILD_FLAVOURS)
        cells = [
            f"{n:,}",
            _fmt_seconds(plain),
            _fmt_seconds(blog),
            _ratio_cell(blog, plain),
            _fmt_seconds(mat),
            _ratio_cell(mat, plain),
            _fmt_mb(plain),
            _fmt_mb(blog),
            _ratio_cell(blog, plain, memory=True),
            _fmt_seconds(plain_rb),
            _fmt_seconds(blog_rb),
            _ratio_cell(blog_rb, plain_rb),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def growth_lines(results: Results) -> list[str]:
    sizes = sorted(set(results.sizes))
    if len(sizes) < 2:
        return ["Growth: needs at least two sizes."]
    lo, hi = sizes[0], sizes[-1]
    parts = []
    for flavour in FLAVOURS:
        a, b = results.get(lo, flavour), results.get(hi, flavour)
        t_lo = a.median_seconds() if a else None
        t_hi = b.median_seconds() if b else None
        if t_lo is not None and t_hi is not None:
            parts.append(f"{flavour} {t_hi / t_lo:.1f}x")
        else:
            parts.append(f"{flavour} n/a")
    return [
        f"Growth N={lo:,} -> N={hi:,} (N ratio {hi / lo:.1f}x): time(N={hi:,})/time(N={lo:,}) = "
        + ", ".join(parts)
        + " (linear growth: time ratio at most the N ratio; fixed start-up cost makes it lower)."
    ]


def detail_lines(results: Results) -> list[str]:
    lines = ["Samples (build seconds, in run order; peak RSS MB):", ""]
    for series in results.series.values():
        if series.skipped or (not series.samples and not series.failure):
            continue
        secs = ", ".join(f"{s.seconds:.2f}" for s in series.samples) or "-"
        mbs = ", ".join(f"{s.peak_rss_bytes / 2**20:.0f}" for s in series.samples) or "-"
        extra = ""
        if series.samples:
            proc = statistics.median(s.process_seconds for s in series.samples)
            extra = f"; whole process median {proc:.2f}s"
        if series.mode == "rebuild" and series.samples:
            extra += " (timed: 2nd build after the edit)"
        status = " FAILED" if series.failure else ""
        lines.append(f"- N={series.n:,} {series.label}{status}: [{secs}] s; [{mbs}] MB{extra}")
    warned = [s for s in results.series.values() if s.max_warnings()]
    if warned:
        lines += ["", "Warnings logged during builds (max per run, first messages):", ""]
        for series in warned:
            first = series.samples[0].warning_messages if series.samples else []
            shown = "; ".join(first[:3])
            lines.append(f"- N={series.n:,} {series.label}: {series.max_warnings()} ({shown})")
    failures = results.failures()
    if failures:
        lines += ["", "Failed builds (stderr tail):", ""]
        for series in failures:
            lines.append(f"- N={series.n:,} {series.label}:")
            lines.append("")
            lines.append("  ```")
            lines += [f"  {line}" for line in (series.failure or "").splitlines()]
            lines.append("  ```")
    return lines


def header_lines(command: str, python: str, repeat: int, rebuild_repeat: int) -> list[str]:
    result, failure = run_measure(python, ["versions"], BENCH_DIR, 120)
    info = result or {}
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        nproc = os.cpu_count() or 0
    lines = [
        "# mkdocs-blogposts build benchmark",
        "",
        f"- Command: `{command}`",
        f"- Date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Python {info.get('python', '?')} ({info.get('implementation', '?')}), "
        f"MkDocs {info.get('mkdocs', '?')}, mkdocs-material {info.get('mkdocs-material', '?')}, "
        f"mkdocs-blogposts {info.get('mkdocs-blogposts', '?')}",
        f"- Platform: {info.get('platform', '?')}; nproc: {nproc}",
        f"- Times: median of {repeat} full build(s) per cell, each in a fresh process "
        "(load_config + build, i.e. what `mkdocs build` spends after start-up); peak MB: "
        "ru_maxrss of that process. Ratios: median / median of plain at the same N.",
    ]
    if rebuild_repeat > 0:
        lines.append(
            f"- Rebuild 1 edit: median of {rebuild_repeat} run(s) of a `mkdocs serve`-style "
            "rebuild (fresh load_config, full build) after appending a paragraph to one post."
        )
    if failure:
        lines.append(f"- Could not query versions: {failure.splitlines()[0]}")
    return lines


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark mkdocs-blogposts against plain MkDocs and Material's blog plugin."
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], metavar="N")
    parser.add_argument("--repeat", type=int, default=5, help="full builds per flavour and N")
    parser.add_argument(
        "--rebuild-repeat",
        type=int,
        default=None,
        help="serve-rebuild runs per flavour and N (default: --repeat; 0 disables)",
    )
    parser.add_argument(
        "--material-max",
        type=int,
        default=3000,
        help="skip Material's blog plugin above this many posts (default 3000)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=BENCH_DIR / ".work",
        help="corpus cache and scratch site dirs (default bench/.work)",
    )
    parser.add_argument(
        "--flavours", nargs="+", choices=FLAVOURS, default=list(FLAVOURS), metavar="FLAVOUR"
    )
    parser.add_argument("--output", type=Path, help="also write the Markdown report here")
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for the builds (default: this one)"
    )
    parser.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds before a build is killed"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"CI smoke test: sizes {QUICK_SIZES}, one repeat; exit 1 if any build fails",
    )
    opts = parser.parse_args(list(argv))
    if opts.quick:
        opts.sizes = list(QUICK_SIZES)
        opts.repeat = 1
        opts.rebuild_repeat = 1
    if opts.rebuild_repeat is None:
        opts.rebuild_repeat = opts.repeat
    if opts.repeat < 1:
        parser.error("--repeat must be at least 1")
    if any(n < 1 for n in opts.sizes):
        parser.error("--sizes must be positive")
    opts.sizes = list(dict.fromkeys(opts.sizes))  # drop duplicates, keep order
    opts.workdir = opts.workdir.resolve()
    return opts


_COMPILE_PLUGIN = (
    "import compileall, os, sys, mkdocs_blogposts; "
    "sys.exit(not compileall.compile_dir(os.path.dirname(mkdocs_blogposts.__file__), quiet=1))"
)


def compile_plugin(python: str) -> None:
    """Write the plugin's bytecode, as `pip install` does for MkDocs and Material.

    An editable install under PYTHONDONTWRITEBYTECODE has none, and compiling the plugin's
    modules in every build would be measured as the plugin's cost (about 40 ms a build).
    """
    subprocess.run([python, "-c", _COMPILE_PLUGIN], capture_output=True, check=False)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        command = shlex.join(["python", *sys.argv])
        argv = sys.argv[1:]
    else:
        command = shlex.join(["python", str(Path(__file__)), *argv])
    opts = parse_args(argv)
    opts.workdir.mkdir(parents=True, exist_ok=True)
    compile_plugin(opts.python)

    header = header_lines(command, opts.python, opts.repeat, opts.rebuild_repeat)
    print("\n".join(header), flush=True)

    results = Results(sizes=opts.sizes)
    started = time.perf_counter()
    for n in opts.sizes:
        benchmark_size(n, opts, results)
    elapsed = time.perf_counter() - started

    body = [
        "",
        *results_table(results),
        "",
        *growth_lines(results),
        "",
        *detail_lines(results),
        "",
        f"Total benchmark time: {elapsed:.0f}s.",
    ]
    print("\n".join(body), flush=True)
    if opts.output:
        opts.output.parent.mkdir(parents=True, exist_ok=True)
        opts.output.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")

    failures = results.failures()
    if failures:
        names = ", ".join(f"N={s.n} {s.label}" for s in failures)
        _progress(f"{len(failures)} build series failed: {names}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
