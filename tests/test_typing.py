"""The code type-checks: mypy runs clean on ``timeline/`` and on the app's modules
(configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ["streamlit_app.py", "doc_view.py", "store_view.py", "chart_zoom.py"]


def test_mypy_is_clean_on_the_library_and_the_app() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "timeline", *APP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
