"""The library type-checks: mypy runs clean on ``timeline/`` (configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_is_clean_on_the_library() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "timeline"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
