"""The project's promises about itself: dependency files agree, the README's commands are
the ones CI runs, every CLI option is documented, the library stays free of the UI and of
clocks, and the public API is what ``__all__`` says."""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import timeline
from timeline.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement.strip(), maxsplit=1)[0].lower()


def test_requirements_txt_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r): r.replace(" ", "") for r in project["dependencies"]}
    lines = [ln.split("#")[0].strip() for ln in (ROOT / "requirements.txt").read_text().splitlines()]
    listed = {_name(r): r.replace(" ", "") for r in lines if r}
    assert listed == declared


def test_hosting_files() -> None:
    assert "chromium" in (ROOT / "packages.txt").read_text().split()
    assert (ROOT / ".streamlit" / "config.toml").is_file()


def _readme_commands() -> list[str]:
    block = re.search(r"## Set-up\n(.*?)\n## ", README, re.S)
    assert block, "README has a '## Set-up' section"
    return [ln.strip() for ln in re.findall(r"```(?:bash|sh)\n(.*?)```", block.group(1), re.S)]


def test_readme_setup_is_two_commands_and_ci_runs_the_test_one() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    app, tests = commands
    assert "streamlit run streamlit_app.py" in app
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text()
    assert tests in ci, "CI must run exactly the README's test command"


def _options(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for action in parser._actions:  # argparse keeps its structure here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[name] = [s for a in sub._actions for s in a.option_strings
                             if s.startswith("--") and s != "--help"]
    return out


def test_every_cli_command_and_option_is_documented() -> None:
    for command, options in _options(build_parser()).items():
        assert f"python -m timeline {command}" in README, command
        for option in options:
            assert option in README, f"{command} {option} is not in the README"


def test_cli_help_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    assert "extract" in out.stdout and "timex" in out.stdout


def test_public_api_is_all_and_only_all() -> None:
    for name in timeline.__all__:
        assert hasattr(timeline, name), name
    public = {n for n in vars(timeline) if not n.startswith("_") and n != "annotations"}
    modules = {n for n in public if type(getattr(timeline, n)).__name__ == "module"}
    assert public - modules == set(timeline.__all__)


def test_library_imports_no_ui_and_reads_no_clock() -> None:
    banned_imports = {"streamlit"}
    banned_calls = {"today", "now", "utcnow"}
    for path in (ROOT / "timeline").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & banned_imports, path
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in banned_imports, path
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in banned_calls, f"{path}: .{node.func.attr}()"


def test_importing_the_library_does_not_import_streamlit_or_plotly() -> None:
    code = "import sys, timeline; print('streamlit' in sys.modules, 'plotly' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False"]


def test_the_tagger_loads_no_dataframe_library() -> None:
    """tag() and timexes() build no frame: pandas, plotly and streamlit stay unloaded, so
    the tagger starts in about the time dateparser takes to import."""
    import subprocess
    import sys

    code = ("import sys, timeline; timeline.tag('Putin møtte Kim 25. april 2019.', lang='nb'); "
            "timeline.timexes('They met on May 3, 2019.', lang='en'); "
            "print(sorted(m for m in ('pandas', 'plotly', 'streamlit', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def test_the_frame_side_loads_on_first_use() -> None:
    import timeline

    assert [c.name for c in timeline.COLUMNS][:2] == ["event_id", "doc"]
    assert timeline.validate(timeline.empty_frame()) == []


def test_the_frame_builder_names_every_schema_column() -> None:
    from timeline import pipeline, schema

    assert list(pipeline._COLUMN_NAMES) == schema.column_names()
