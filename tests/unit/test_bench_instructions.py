"""`bench/instructions.py`: counting a build's instructions under Valgrind, and its report.

Valgrind is not part of the test environment, so the whole run is tested with a stand-in
that runs the build it is given, as Valgrind does, and then prints cachegrind's summary line.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_instructions", BENCH / "instructions.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


instructions = _load()


def test_the_summary_line_is_read_with_its_thousands_separators() -> None:
    stderr = "==7022== \n==7022== I   refs:      10,993,950,100\n==7022== \n"
    assert instructions.parse_instructions(stderr) == 10_993_950_100
    assert instructions.parse_instructions("==1== ERROR SUMMARY: 0 errors") is None


def test_the_build_runs_under_cachegrind_without_cache_simulation() -> None:
    command = instructions.valgrind_command("valgrind", "python3", ["build", "m.yml", "site"])
    assert command[:4] == [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]
    assert command[4] == "python3"
    assert command[5].endswith("_measure.py")
    assert command[6:] == ["build", "m.yml", "site"]


def test_the_report_gives_each_size_its_ratio_and_names_failures() -> None:
    count = instructions.Count
    lines = instructions.report(
        [
            count(1000, "plain", 30_000_000_000),
            count(1000, "blogposts", 36_000_000_000),
            count(10000, "plain", 300_000_000_000),
            count(10000, "blogposts", None, "exit code 1\nboom"),
        ],
        280_000_000,
    )
    assert "| 1,000 | 30.00 | 36.00 | 1.200x |" in lines
    assert "| 10,000 | 300.00 | FAILED | n/a |" in lines
    assert "| start-up | 0.28 | | |" in lines
    assert "N=10,000 blogposts failed:" in lines
    assert "exit code 1\nboom" in lines


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for Valgrind")
def test_a_run_builds_both_flavours_and_reports_their_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "bin" / "valgrind"
    fake.parent.mkdir()
    # Drop Valgrind's own options, run the build, then report as cachegrind does.
    fake.write_text(
        "#!/bin/sh\n"
        'while [ "${1#--}" != "$1" ]; do shift; done\n'
        '"$@" || exit $?\n'
        "echo '==1== I   refs:      1,000' >&2\n",
        encoding="utf-8",
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    path = f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PATH", path)
        status = instructions.main(["--sizes", "3", "--workdir", str(tmp_path / "work")])
    output = capsys.readouterr().out
    assert status == 0, output
    assert "| 3 | 0.00 | 0.00 | 1.000x |" in output
    assert not list((tmp_path / "work" / "sites").iterdir())  # every site folder removed
