"""In-process MkDocs build wrapper used by ``bench/run.py`` (one build per fresh process).

Modes (the result is printed as one JSON object on the last line of stdout):

``build CONFIG SITE_DIR``
    What ``mkdocs build -q -f CONFIG -d SITE_DIR`` does: ``load_config``, ``on_startup``
    (command ``build``), ``build``, ``on_shutdown``. Reports the build time (from
    ``load_config`` to the end of the build, so plugin import and configuration are included,
    interpreter start-up and ``import mkdocs`` are not), the wall time of the whole process so
    far and the peak RSS of this process (``ru_maxrss``).

``rebuild CONFIG SITE_DIR EDIT_FILE``
    What ``mkdocs serve`` does on a change: a first build with ``on_startup(command="serve")``,
    then EDIT_FILE is modified (a paragraph is appended), then a fresh ``load_config`` and a
    second full (non-dirty) build, which is the one timed. EDIT_FILE is restored afterwards.

``versions``
    Python / MkDocs / Material / mkdocs-blogposts versions of this interpreter.

Warnings logged by MkDocs or plugins are counted and the first few are included in the JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import resource
import sys
import time
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()  # as close to process start as we can get without -X importtime

EDIT_MARKER = "\n\nThis paragraph was appended by the rebuild benchmark.\n"
SERVE_URL = "http://127.0.0.1:8000/"
MAX_KEPT_WARNINGS = 5


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.messages) < MAX_KEPT_WARNINGS:
            try:
                message = record.getMessage()
            except Exception:  # pragma: no cover - a broken log call must not break the bench
                message = str(record.msg)
            self.messages.append(f"{record.levelname} {record.name}: {message}")


def _install_logging() -> _WarningCollector:
    collector = _WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    # Like `mkdocs build -q`: only errors reach stderr (they end up in the runner's report).
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.ERROR)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger.addHandler(stderr)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    return collector


def peak_rss_bytes() -> int:
    """Peak resident set size of this process (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss if sys.platform == "darwin" else rss * 1024)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "mkdocs": _version("mkdocs"),
        "mkdocs-material": _version("mkdocs-material"),
        "mkdocs-blogposts": _version("mkdocs-blogposts"),
        "platform": platform.platform(),
    }


def run_build(config_file: Path, site_dir: Path) -> dict[str, Any]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    collector = _install_logging()
    start = time.perf_counter()
    config = load_config(config_file=str(config_file), site_dir=str(site_dir))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config, dirty=False)
    finally:
        config.plugins.on_shutdown()
    end = time.perf_counter()
    return {
        "mode": "build",
        "seconds": end - start,
        "process_seconds": end - _T0,
        "peak_rss_bytes": peak_rss_bytes(),
        "warnings": collector.count,
        "warning_messages": collector.messages,
    }


def run_rebuild(config_file: Path, site_dir: Path, edit_file: Path) -> dict[str, Any]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    collector = _install_logging()

    def get_config() -> MkDocsConfig:
        # mkdocs serve: a fresh load_config per build; plugins that define on_startup are
        # cached by MkDocs across loads (same process), the others are re-instantiated.
        config = load_config(config_file=str(config_file), site_dir=str(site_dir))
        config.site_url = SERVE_URL
        return config

    original = edit_file.read_bytes()
    start = time.perf_counter()
    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url=SERVE_URL, dirty=False)
        first = time.perf_counter()
        edit_file.write_bytes(original + EDIT_MARKER.encode("utf-8"))
        second_start = time.perf_counter()
        build(get_config(), serve_url=SERVE_URL, dirty=False)
        end = time.perf_counter()
    finally:
        edit_file.write_bytes(original)
        config.plugins.on_shutdown()
    return {
        "mode": "rebuild",
        "first_seconds": first - start,
        "seconds": end - second_start,
        "process_seconds": end - _T0,
        "peak_rss_bytes": peak_rss_bytes(),
        "warnings": collector.count,
        "warning_messages": collector.messages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one measured MkDocs build.")
    sub = parser.add_subparsers(dest="mode", required=True)
    p_build = sub.add_parser("build")
    p_build.add_argument("config", type=Path)
    p_build.add_argument("site_dir", type=Path)
    p_rebuild = sub.add_parser("rebuild")
    p_rebuild.add_argument("config", type=Path)
    p_rebuild.add_argument("site_dir", type=Path)
    p_rebuild.add_argument("edit_file", type=Path)
    sub.add_parser("versions")
    args = parser.parse_args(argv)

    result: dict[str, Any]
    try:
        if args.mode == "build":
            result = run_build(args.config, args.site_dir)
        elif args.mode == "rebuild":
            result = run_rebuild(args.config, args.site_dir, args.edit_file)
        else:
            result = versions()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # includes mkdocs' Abort, which is a SystemExit
        # mkdocs' Abort carries its message in .message (click), others in str().
        message = getattr(exc, "message", None) or str(exc) or repr(exc)
        if not isinstance(exc, SystemExit):
            traceback.print_exc(file=sys.stderr)
        print(f"BUILD FAILED: {type(exc).__name__}: {message}", file=sys.stderr)
        sys.stdout.flush()
        print(json.dumps({"mode": args.mode, "error": f"{type(exc).__name__}: {message}"}))
        return 1
    sys.stdout.flush()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
