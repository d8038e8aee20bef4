"""The command line, run as a user runs it: ``python -m timeline ...`` in a subprocess."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from timeline import export, read_document, render
from timeline.cli import EXTRACT_COLUMNS, build_parser, main
from timeline.pipeline import extract_document
from timeline.schema import column_names
from timeline.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_192722d517445595.txt"

STABLE = ["doc", "date", "start", "end", "granularity", "approximate", "anchor", "explanation",
          "title", "type", "actors", "place", "quote", "quote_start", "quote_end", "timex",
          "timex_start", "timex_end", "source", "url", "how"]  # "how" came last: the rest kept their place
TIMEX3_TYPES = {"DATE", "TIME", "DURATION", "SET"}

ENGLISH = (
    "date: 2019-04-26\nlang: en\n\n"
    "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok "
    "on Thursday. The six-party talks collapsed in April 2009.\n"
)


def run(*args: str | Path, cwd: Path = ROOT, timeout: float = 300,
        stdin: bytes | None = None, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m timeline ARGS`` (or ``python -c CODE ARGS``), as a user runs it."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    command = ["-c", code] if code else ["-m", "timeline"]
    raw = subprocess.run(
        [sys.executable, *command, *map(str, args)],
        cwd=cwd, env=env, capture_output=True, timeout=timeout, input=stdin,
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
    # Every format has the stable columns first, then the rest of the schema.
    assert columns == STABLE + [c for c in column_names() if c not in STABLE]
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


def test_csv_is_default_and_is_the_apps_csv() -> None:
    output = ok("extract", SEED)
    frame = extract_document(read_document(SEED))
    # One CSV writer: the app's export, with the stable columns first.
    sources = Workspace.from_files([SEED]).sources()
    assert output.encode("utf-8") == export.to_csv(frame, sources=sources)
    back = export.from_csv(output.encode("utf-8"))
    pd.testing.assert_frame_equal(back, frame, check_exact=True)
    assert any("Nord-Korea" in actors for actors in back["actors"])
    columns, rows = parse(output, "csv")
    assert columns[: len(STABLE)] == STABLE
    # actors as a person reads them, not as JSON
    assert all(r["actors"] == "; ".join(a) for r, a in zip(rows, frame["actors"], strict=True))
    assert any(r["actors"] == "Nord-Korea; USA; Russland; Kina; Japan; Sør-Korea" for r in rows)


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
    # The Vladivostok meeting is told by both files: one row, with both quotes and the
    # English report's day ("on Thursday" in a text dated 26 April).
    assert len(both) == len(one) + len(two) - 1
    texts = {SEED.name: seed_text, "english.txt": read_document(english).text}
    for row in both:
        for m in row["mentions"]:
            assert texts[m["doc"]][m["quote_start"]:m["quote_end"]] == m["quote"]
    shared = [r for r in both if {m["doc"] for m in r["mentions"]} == set(texts)]
    assert len(shared) == 1 and shared[0]["type"] == "meeting"
    assert shared[0]["date"] == "2019-04-25"
    assert set(shared[0]["actor_ids"]) >= {"vladimir-putin", "kim-jong-un", "russia"}
    assert "2009-04" in {r["date"] for r in both if r["doc"] == "english.txt"}


@pytest.mark.parametrize(
    ("content", "why"),
    [(b"", "is empty"), (b" \n\n\t\n", "is empty"), (b"date 2019-04 utenriks\n\n", "has only a header"),
     (b"---\ndate: 2019\ntitle: T\n---\n", "has only a header"),
     (b"Ingen datoer her, bare tekst.", "no dated events found")],
)
def test_a_file_without_events_is_said_on_stderr(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "nothing.txt"
    path.write_bytes(content)
    result = run("extract", path)
    assert result.returncode == 0, result.stderr
    columns, rows = parse(result.stdout, "csv")
    assert rows == [] and columns[: len(STABLE)] == STABLE
    assert result.stderr.startswith("warning: ") and why in result.stderr
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    for fmt, empty in (("jsonl", ""), ("json", "[]\n")):
        result = run("extract", path, "--format", fmt)
        assert (result.returncode, result.stdout) == (0, empty)
        assert why in result.stderr
    result = run("timex", path)
    assert result.returncode == 0 and result.stdout == ""
    assert "no temporal expressions" in result.stderr


def test_a_file_with_events_gives_no_warning() -> None:
    result = run("extract", SEED, "--format", "jsonl")
    assert result.returncode == 0 and result.stderr == ""


def test_only_the_empty_file_among_several_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", SEED, empty, "--format", "jsonl")
    assert result.returncode == 0 and len(result.stdout.splitlines()) >= 5
    assert result.stderr.strip().splitlines() == [f"warning: {empty} is empty: no dated events"]


# --- CSV that a spreadsheet opens safely -------------------------------------------------------

FORMULAS = (
    "date: 2019-04-26\nlang: nb\n\n"
    '=HYPERLINK("evil"&A1) Putin møtte Kim 25. april 2019.\n\n'
    "+cmd|' /C calc'!A0 Sanksjonene kom i april 2009.\n\n"
    "@SUM(1+1)*cmd|' /C calc'!A0 Nord-Korea trakk seg i 2003.\n\n"
    "-2+3+cmd|' /C calc'!A0 Toppmøtet i Hanoi var i februar 2019.\n"
)


def _cells(output: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(output)) for cell in row]


@pytest.mark.parametrize("command", ["extract", "timex"])
def test_csv_defuses_formula_cells(tmp_path: Path, command: str) -> None:
    path = tmp_path / "=cmd|' calc'!A0.txt"
    path.write_text(FORMULAS, encoding="utf-8")
    output = ok(command, path, "--format", "csv")
    cells = _cells(output)
    assert len(cells) > 20
    # No cell starts a formula; signed numbers and BC dates are the only "-" cells.
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert risky == []
    assert all(c.lstrip("-").replace("-", "").replace(".", "").isdigit() for c in cells
               if c.startswith("-"))
    assert "'" + path.name in cells  # the file name too
    if command == "extract":
        quotes = list(export.from_csv(output.encode("utf-8"))["quote"])
        assert any(q.startswith("=HYPERLINK(") for q in quotes)  # read back as written
        assert any(q.startswith("+cmd|") for q in quotes) and any(q.startswith("@SUM(") for q in quotes)


NTB = (
    "date: 2019-04-26\nsource: NTB\nurl: https://www.example.org/nyheter/putin-kim\n"
    "title: Putin og Kim i Vladivostok\n\n"
    "Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok "
    "torsdag. Nord-Korea og Russland undertegnet en avtale 25. april 2019.\n"
)
NTB_URL = "https://www.example.org/nyheter/putin-kim"


@pytest.fixture
def ntb(tmp_path: Path) -> Path:
    path = tmp_path / "ntb.txt"
    path.write_text(NTB, encoding="utf-8")
    return path


def extract_to(tmp_path: Path, *args: str | Path) -> bytes:
    out = tmp_path / "out"
    assert main(["extract", *map(str, args), "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_every_row_names_its_source_and_url(tmp_path: Path, ntb: Path, fmt: str) -> None:
    columns, rows = parse(extract_to(tmp_path, ntb, "--format", fmt).decode("utf-8"), fmt)
    assert columns[: len(STABLE)] == STABLE and rows
    assert all(r["source"] == "NTB" and r["url"] == NTB_URL for r in rows)


def test_timelinejs_format(tmp_path: Path, ntb: Path) -> None:
    data = json.loads(extract_to(tmp_path, SEED, ntb, "--format", "timelinejs", "--title", "Korea"))
    frame = Workspace.from_files([SEED, ntb]).timeline()[0]
    assert data["title"]["text"]["headline"] == "Korea"
    assert len(data["events"]) == int((frame["start"] != "").sum())
    assert any(f'<a href="{NTB_URL}"' in e["text"]["text"] for e in data["events"])
    assert any(e["display_date"] == "april 2009" for e in data["events"])  # Norwegian slides


def test_timelinejs_csv_format(tmp_path: Path, ntb: Path) -> None:
    text = extract_to(tmp_path, ntb, "--format", "timelinejs-csv", "--title", "=Korea").decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[:4] == ["Year", "Month", "Day", "Time"]
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "'=Korea"  # defused
    assert {(r["Year"], r["Month"], r["Day"]) for r in rows[1:]} == {("2019", "4", "25")}
    assert all(r["Media Credit"] == "NTB" for r in rows[1:])


def test_embed_format(tmp_path: Path, ntb: Path) -> None:
    page = extract_to(tmp_path, ntb, "--format", "embed", "--title", "</script>").decode()
    assert '"language": "nb"' in page and "cdn.knightlab.com/libs/timeline3" in page
    assert page.count("</script>") == 3 and "<title>&lt;/script&gt;</title>" in page


def test_extract_timelinejs_to_stdout() -> None:
    assert json.loads(ok("extract", SEED, "--format", "timelinejs"))["events"]


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
@pytest.mark.parametrize("dct", ["2019-13", "abc", "2019-02-30", "31.02.2019", "", "0000",
                                 "0000-01-01", "-0044"])
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


# --- inputs that are not files, encodings -----------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused_at_once(device: str) -> None:
    result = run("extract", device, timeout=60)
    assert result.returncode == 2
    assert result.stderr == f"error: {device}: is a device or socket, not a text file\n"
    assert result.stdout == ""


_SHORT_WAIT = (
    "import sys, timeline.ingest as d; d.PIPE_WAIT_SECONDS = 0.5; "
    "from timeline.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_with_no_writer_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "inbox"
    os.mkfifo(fifo)
    result = run("extract", fifo, code=_SHORT_WAIT, timeout=60)  # the timeout guards the suite
    assert result.returncode == 2
    assert result.stderr == (f"error: {fifo}: nothing arrived for 0.5 seconds "
                             "(a pipe that nothing writes to?)\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "inbox"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as f:  # blocks until the command opens it
            f.write(ENGLISH.encode("utf-8"))

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    result = run("extract", fifo, "--format", "jsonl", timeout=120)
    writer.join(timeout=10)
    assert result.returncode == 0, result.stderr
    assert "2019-04-25" in {json.loads(line)["date"] for line in result.stdout.splitlines()}


def test_standard_input_is_read_through_dev_stdin() -> None:
    result = run("timex", "/dev/stdin", stdin=ENGLISH.encode("utf-8"), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "April 2009" in [json.loads(line)["text"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16"])
def test_utf32_and_utf16_with_a_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    bom = {"utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((bom + ENGLISH).encode(encoding))
    result = run("extract", path, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["date"] for r in rows} >= {"2019-04-25", "2009-04"}
    assert not any("\x00" in r["quote"] for r in rows)


# --- png sizes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [("--width", "100000"), ("--width", "0"), ("--width", "-1"), ("--width", "99"),
     ("--width", "wide"), ("--height", "0"), ("--height", "-600"), ("--height", "20000"),
     ("--scale", "0"), ("--scale", "-2"), ("--scale", "nan"), ("--scale", "inf"),
     ("--scale", "100")],
)
def test_png_sizes_out_of_range_are_usage_errors(tmp_path: Path, option: str, value: str) -> None:
    out = tmp_path / "chart.png"
    result = run("png", SEED, "-o", out, f"{option}={value}", timeout=120)
    assert result.returncode == 2
    assert "usage:" in result.stderr and f"argument {option}:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_png_image_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    result = run("png", SEED, "-o", out, "--width", "10000", "--scale", "3", timeout=120)
    assert result.returncode == 2
    assert result.stderr == ("error: the PNG would be 30,000 pixels a side (10000 × scale 3); "
                             "the limit is 20,000\n")
    assert not out.exists()


def test_png_that_chromium_does_not_render_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(render, "png_available", lambda: (True, "ready"))
    monkeypatch.setattr(render, "_render", lambda fig, **size: b"u\xabZ")  # what Chromium gave
    out = tmp_path / "chart.png"
    assert main(["png", str(SEED), "-o", str(out)]) == 3
    assert "not a PNG image" in capsys.readouterr().err
    assert not out.exists()


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


def test_png_help_states_the_limits() -> None:
    output = ok("png", "--help")
    for limit in (render.PNG_MIN_SIDE, render.PNG_MAX_SIDE, render.PNG_MAX_PIXELS):
        assert str(limit) in output
    assert f"{render.PNG_MIN_SCALE:g} to {render.PNG_MAX_SCALE:g}" in output


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
