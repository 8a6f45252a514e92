"""The release tests' shared products: the sdist and wheel, built once per session."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .support import ROOT, run


@dataclass(frozen=True)
class Dist:
    sdist: Path
    wheel: Path


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """`python -m build` of this source tree, as a release makes it: the sdist, then the
    wheel built from that sdist (so the wheel also proves the sdist builds), each in an
    isolated environment with the build backend from the package index."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return Dist(sdist, wheel)
