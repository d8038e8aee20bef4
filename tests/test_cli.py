"""The command line, run as a user runs it: ``python -m timeline ...`` in a subprocess."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import read_document
from timeline.cli import EXTRACT_COLUMNS, build_parser

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_192722d517445595.txt"

STABLE = ["doc", "date", "start", "end", "granularity", "approximate", "anchor", "explanation",
          "title", "type", "actors", "place", "quote", "quote_start", "quote_end", "timex",
          "timex_start", "timex_end"]
TIMEX3_TYPES = {"DATE", "TIME", "DURATION", "SET"}

ENGLISH = (
    "date: 2019-04-26\nlang: en\n\n"
    "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok "
    "on Thursday. The six-party talks collapsed in April 2009.\n"
)


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    raw = subprocess.run(
        [sys.executable, "-m", "timeline", *map(str, args)],
        cwd=cwd, env=env, capture_output=True, timeout=300,
    )
    # Decoded by hand: no newline translation, so stdout is byte-for-byte what a file gets.
    return subprocess.CompletedProcess(raw.args, raw.returncode, raw.stdout.decode("utf-8"),
                                       raw.stderr.decode("utf-8"))


def ok(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def parse(output: str, fmt: str) -> tuple[list[str], list[dict[str, object]]]:
    """Column names and rows of an ``extract`` output, whatever its format."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(output))
        rows: list[dict[str, object]] = []
        for r in reader:
            row: dict[str, object] = dict(r)
            for key in ("quote_start", "quote_end", "timex_start", "timex_end"):
                row[key] = int(r[key])
            rows.append(row)
        return list(reader.fieldnames or []), rows
    if fmt == "jsonl":
        lines = output.splitlines()
        records = [json.loads(line) for line in lines]
        assert len(records) == len(lines)
        return (list(records[0]) if records else []), records
    records = json.loads(output)
    assert isinstance(records, list)
    return (list(records[0]) if records else []), records


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_document(SEED).text


# --- extract ----------------------------------------------------------------------------------


def test_stable_columns_match_the_module() -> None:
    assert EXTRACT_COLUMNS == STABLE


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
@pytest.mark.parametrize("extra", [[], ["--dct", "2019-04-26"], ["--lang", "nb"],
                                   ["--dct", "2019-04-26", "--lang", "nb"]])
def test_extract_formats(fmt: str, extra: list[str], seed_text: str) -> None:
    output = ok("extract", SEED, "--format", fmt, *extra)
    columns, rows = parse(output, fmt)
    assert columns[: len(STABLE)] == STABLE
    assert "mentions" not in columns or fmt != "csv"
    assert len(rows) >= 5
    if fmt == "csv":
        assert output.count("\n") >= len(rows) + 1  # a header, then a row per event
    if fmt == "jsonl":
        assert len(output.splitlines()) == len(rows)  # one line per event
    for row in rows:
        assert list(row)[: len(STABLE)] == STABLE
        assert row["doc"] == SEED.name
        start, end, t_start, t_end = (row["quote_start"], row["quote_end"], row["timex_start"],
                                      row["timex_end"])
        assert isinstance(start, int) and isinstance(end, int)
        assert isinstance(t_start, int) and isinstance(t_end, int)
        assert seed_text[start:end] == row["quote"]
        assert seed_text[t_start:t_end] == row["timex"]
        assert start <= t_start < t_end <= end
        # The header line is metadata, never an event, and "nå" is not a date.
        assert "utenriks\n" not in str(row["quote"])
        assert not str(row["quote"]).lstrip().startswith("date ")
        assert str(row["timex"]).lower() != "nå"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_extract_output_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = run("extract", SEED, "--format", fmt, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert out.exists()
    written = out.read_bytes().decode("utf-8")
    assert written == ok("extract", SEED, "--format", fmt)
    columns, rows = parse(written, fmt)
    assert columns[: len(STABLE)] == STABLE
    assert rows

    long_out = tmp_path / f"long.{fmt}"
    assert run("extract", SEED, "--format", fmt, "--output", long_out).returncode == 0
    assert long_out.read_bytes().decode("utf-8") == written


def test_csv_is_default_and_actors_are_readable() -> None:
    output = ok("extract", SEED)
    columns, rows = parse(output, "csv")
    assert columns[: len(STABLE)] == STABLE
    actors = {a for r in rows for a in str(r["actors"]).split("; ") if a}
    assert "Nord-Korea" in actors
    assert not any(str(r["actors"]).startswith("[") for r in rows)


def _vladivostok(rows: list[dict[str, object]]) -> dict[str, object]:
    hits = [r for r in rows if r["timex"] == "torsdag"]
    assert len(hits) == 1, [r["timex"] for r in rows]
    assert "Vladivostok" in str(hits[0]["quote"])
    return hits[0]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_dct_resolves_thursday(fmt: str) -> None:
    _, rows = parse(ok("extract", SEED, "--format", fmt, "--dct", "2019-04-26"), fmt)
    meeting = _vladivostok(rows)
    assert meeting["date"] == "2019-04-25"
    assert meeting["granularity"] == "day"
    assert meeting["start"] == meeting["end"] == "2019-04-25"
    assert meeting["anchor"] == "document date"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_without_dct_the_header_month_is_used(fmt: str) -> None:
    _, rows = parse(ok("extract", SEED, "--format", fmt), fmt)
    meeting = _vladivostok(rows)
    assert meeting["date"] == "2019-04"
    assert meeting["granularity"] == "month"
    assert meeting["start"] == "2019-04-01"
    assert meeting["end"] == "2019-04-30"


def test_json_types() -> None:
    _, rows = parse(ok("extract", SEED, "--format", "json"), "json")
    for row in rows:
        assert isinstance(row["approximate"], bool)
        assert isinstance(row["actors"], list)
        for key in ("quote_start", "quote_end", "timex_start", "timex_end"):
            assert isinstance(row[key], int) and not isinstance(row[key], bool)
        assert isinstance(row["date"], str)


def test_several_files_merge(tmp_path: Path, seed_text: str) -> None:
    english = tmp_path / "english.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    _, one = parse(ok("extract", SEED, "--format", "jsonl"), "jsonl")
    _, two = parse(ok("extract", english, "--format", "jsonl"), "jsonl")
    _, both = parse(ok("extract", SEED, english, "--format", "jsonl"), "jsonl")
    assert len(both) == len(one) + len(two)
    assert {r["doc"] for r in both} == {SEED.name, "english.txt"}
    texts = {SEED.name: seed_text, "english.txt": read_document(english).text}
    for row in both:
        text = texts[str(row["doc"])]
        start, end = row["quote_start"], row["quote_end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == row["quote"]
    english_rows = [r for r in both if r["doc"] == "english.txt"]
    assert "2019-04-25" in {r["date"] for r in english_rows}  # "on Thursday", header dct
    assert "2009-04" in {r["date"] for r in english_rows}


def test_empty_file_gives_header_only_csv(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    output = ok("extract", empty)
    columns, rows = parse(output, "csv")
    assert rows == []
    assert columns[: len(STABLE)] == STABLE
    assert ok("extract", empty, "--format", "jsonl") == ""
    assert json.loads(ok("extract", empty, "--format", "json")) == []


# --- timex ------------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [[], ["--dct", "2019-04-26"], ["--lang", "nb"]])
def test_timex_jsonl(extra: list[str], seed_text: str) -> None:
    output = ok("timex", SEED, *extra)
    records = [json.loads(line) for line in output.splitlines()]
    assert len(records) >= 5
    for r in records:
        assert list(r) == ["doc", "start", "end", "text", "type", "value"]
        assert r["doc"] == SEED.name
        assert r["type"] in TIMEX3_TYPES
        assert isinstance(r["start"], int) and isinstance(r["end"], int)
        assert seed_text[r["start"]:r["end"]] == r["text"]
        assert r["text"].lower() != "nå"
        assert isinstance(r["value"], str) and r["value"]
    texts = [r["text"] for r in records]
    assert "torsdag" in texts and "2003" in texts and "april 2009" in texts
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    thursday = next(r for r in records if r["text"] == "torsdag")
    assert thursday["value"] == ("2019-04-25" if "--dct" in extra else "2019-04")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_timex_other_formats(fmt: str, seed_text: str) -> None:
    jsonl = [json.loads(line) for line in ok("timex", SEED).splitlines()]
    output = ok("timex", SEED, "--format", fmt)
    if fmt == "json":
        records = json.loads(output)
    else:
        reader = csv.DictReader(io.StringIO(output))
        assert reader.fieldnames == ["doc", "start", "end", "text", "type", "value"]
        records = [dict(r, start=int(r["start"]), end=int(r["end"])) for r in reader]
    assert records == jsonl


def test_timex_several_files(tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    records = [json.loads(line) for line in ok("timex", SEED, english).splitlines()]
    assert {r["doc"] for r in records} == {SEED.name, "english.txt"}
    text = read_document(english).text
    for r in records:
        if r["doc"] == "english.txt":
            assert text[r["start"]:r["end"]] == r["text"]
            assert r["type"] in TIMEX3_TYPES


# --- errors -----------------------------------------------------------------------------------


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


@pytest.mark.parametrize("command", ["extract", "timex"])
@pytest.mark.parametrize("bad", ["binary", "missing", "folder"])
def test_unreadable_file_is_a_message(tmp_path: Path, command: str, bad: str) -> None:
    path = {"binary": _binary(tmp_path), "missing": tmp_path / "missing.txt",
            "folder": tmp_path}[bad]
    result = run(command, path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.name in result.stderr
    assert result.stdout == ""


def test_binary_among_good_files_fails_without_partial_output(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("extract", SEED, _binary(tmp_path), "-o", out)
    assert result.returncode == 2
    assert "picture.png" in result.stderr
    assert "binary" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("command", ["extract", "timex"])
@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_unwritable_output_is_a_message(tmp_path: Path, command: str, where: str) -> None:
    out = tmp_path / "no" / "such" / "out.txt" if where == "missing-folder" else tmp_path
    result = run(command, SEED, "-o", out)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode != 0
    assert result.stderr.startswith("error: ")
    assert str(out) in result.stderr


def test_too_large_file_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: nothing is written
    result = run("extract", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "huge.txt" in result.stderr
    assert "limit" in result.stderr


@pytest.mark.parametrize("command", ["extract", "timex"])
@pytest.mark.parametrize("dct", ["2019-13", "abc", "2019-02-30", "31.02.2019", ""])
def test_bad_dct_is_an_argparse_error(command: str, dct: str) -> None:
    result = run(command, SEED, "--dct", dct)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "usage:" in result.stderr
    assert "--dct" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--lang", "fr", str(SEED)],
        ["extract", "--format", "xml", str(SEED)],
        ["extract"],
        ["timex"],
        ["nonsense"],
        [],
    ],
)
def test_usage_errors(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_unsupported_language_in_header_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_text("lang: fr\n\nLa réunion a eu lieu le 25 avril 2019.", encoding="utf-8")
    result = run("extract", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "fr" in result.stderr


# --- help -------------------------------------------------------------------------------------


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def test_subcommands() -> None:
    assert set(_subcommands()) >= {"extract", "timex", "png", "html"}
    top = ok("--help")
    for name in _subcommands():
        assert name in top


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_help_mentions_every_option(command: str) -> None:
    output = ok(command, "--help")
    assert output.startswith("usage:")
    sub = _subcommands()[command]
    for action in sub._actions:
        for option in action.option_strings:
            assert option in output, f"{command} --help does not mention {option}"
        if not action.option_strings:
            assert (action.metavar or action.dest) in output
        if isinstance(action.choices, list | tuple):
            for choice in action.choices:
                assert str(choice) in output
