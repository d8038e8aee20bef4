"""Reading documents: header metadata, decoding, refusals, and bad input through the public API."""

from __future__ import annotations

import os
import random
import re
import threading
from pathlib import Path

import pandas as pd
import pytest

import timeline
import timeline.ingest
from timeline import (
    DocDate,
    DocumentError,
    decode,
    extract,
    extract_document,
    parse_document,
    read_document,
    timexes,
    validate,
)
from timeline.schema import column_names

SEED = Path(__file__).resolve().parent.parent / "data" / "000_192722d517445595.txt"
SEED_BODY_START = "Russlands president Vladimir Putin"


def _assert_empty_frame(frame: pd.DataFrame) -> None:
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 0
    assert list(frame.columns) == column_names()
    assert validate(frame) == []


# --- header parsing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "dct", "lang", "desk", "title", "meta"),
    [
        # The wire form of the bundled article, with and without the leading space.
        (" date 2019-04 utenriks\n\nTekst her.", "Tekst her.", DocDate(2019, 4), None,
         "utenriks", "", {"date": "2019-04", "desk": "utenriks"}),
        ("date 2019-04 utenriks\n\nTekst her.", "Tekst her.", DocDate(2019, 4), None,
         "utenriks", "", {"date": "2019-04", "desk": "utenriks"}),
        ("\tdate 2019-04 utenriks  \n\nTekst her.", "Tekst her.", DocDate(2019, 4), None,
         "utenriks", "", {"date": "2019-04", "desk": "utenriks"}),
        # Day and year precision, no desk, no blank line after the header.
        ("date 2019-04-26\nTekst her.", "Tekst her.", DocDate(2019, 4, 26), None, "", "",
         {"date": "2019-04-26"}),
        ("date 2019\n\nTekst her.", "Tekst her.", DocDate(2019), None, "", "",
         {"date": "2019"}),
        ("Date 1648 historie\n\nTekst her.", "Tekst her.", DocDate(1648), None, "historie",
         "", {"date": "1648", "desk": "historie"}),
        # key: value lines, plain at the top.
        ("date: 2019-04-26\nlang: en\ntitle: Putin meets Kim\n\nText here.", "Text here.",
         DocDate(2019, 4, 26), "en", "", "Putin meets Kim",
         {"date": "2019-04-26", "lang": "en", "title": "Putin meets Kim"}),
        ("dato: 2019-04\nspråk: nb\nkilde: NTB\ndesk: utenriks\n\nTekst.", "Tekst.",
         DocDate(2019, 4), "nb", "utenriks", "",
         {"date": "2019-04", "lang": "nb", "source": "NTB", "desk": "utenriks"}),
        ("Title:   Møtet i Vladivostok  \nDATE: 2019-04-25\n\nTekst.", "Tekst.",
         DocDate(2019, 4, 25), None, "", "Møtet i Vladivostok",
         {"title": "Møtet i Vladivostok", "date": "2019-04-25"}),
        # The wire line followed by key: value lines.
        (" date 2019-04 utenriks\ntitle: Putin og Kim\n\nTekst.", "Tekst.", DocDate(2019, 4),
         None, "utenriks", "Putin og Kim",
         {"date": "2019-04", "desk": "utenriks", "title": "Putin og Kim"}),
        # Markdown front matter.
        ("---\ndate: 2019-04-26\nlang: nb\ntitle: T\n---\n\nTekst.", "Tekst.",
         DocDate(2019, 4, 26), "nb", "", "T", {"date": "2019-04-26", "lang": "nb", "title": "T"}),
        ("---\ntittel: Toppmøtet\nlanguage: en\nurl: https://example.org/a?b=c\n---\nText.",
         "Text.", None, "en", "", "Toppmøtet",
         {"title": "Toppmøtet", "lang": "en", "url": "https://example.org/a?b=c"}),
        # No header at all.
        ("Tekst uten header.", "Tekst uten header.", None, None, "", "", {}),
        ("Datoen 2019 var fin.\n\nTekst.", "Datoen 2019 var fin.\n\nTekst.", None, None, "",
         "", {}),
        ("Putin møtte Kim 25. april 2019.\ndate 2019-04 utenriks",
         "Putin møtte Kim 25. april 2019.\ndate 2019-04 utenriks", None, None, "", "", {}),
        # An unterminated front matter is text, not a header.
        ("---\ntitle: no end\nTekst", "---\ntitle: no end\nTekst", None, None, "", "", {}),
        # An impossible header date is kept in meta but gives no document date.
        ("date 2019-13 x\n\nTekst", "Tekst", None, None, "x", "", {"date": "2019-13", "desk": "x"}),
        # Only a header: no text.
        (" date 2019-04 utenriks\n\n", "", DocDate(2019, 4), None, "utenriks", "",
         {"date": "2019-04", "desk": "utenriks"}),
        (" date 2019-04 utenriks", "", DocDate(2019, 4), None, "utenriks", "",
         {"date": "2019-04", "desk": "utenriks"}),
    ],
)
def test_header(raw: str, text: str, dct: DocDate | None, lang: str | None, desk: str,
                title: str, meta: dict[str, str]) -> None:
    doc = parse_document(raw, name="x.txt")
    assert doc.name == "x.txt"
    assert doc.text == text
    assert doc.dct == dct
    assert doc.lang == lang
    assert doc.desk == desk
    assert doc.title == title
    assert dict(doc.meta) == meta
    # Offsets: the text is exactly what follows the header in the (LF) source.
    assert raw[doc.header_chars:] == doc.text
    assert not doc.text.startswith("\n")


@pytest.mark.parametrize(
    "prefix",
    [
        "\ufeff",  # a BOM left in a string read with encoding="utf-8" instead of "utf-8-sig"
        "\n",  # pasted text that opens with an empty line
        "  \n\n",
    ],
)
def test_header_after_bom_or_blank_lines_is_still_a_header(prefix: str) -> None:
    raw = prefix + SEED.read_text(encoding="utf-8")
    doc = parse_document(raw)
    assert doc.dct == DocDate(2019, 4)
    assert doc.desk == "utenriks"
    assert doc.text.startswith(SEED_BODY_START)
    assert raw[doc.header_chars:] == doc.text
    frame = extract(raw)
    assert "utenriks" not in " ".join(frame["quote"].str.slice(0, 30))
    thursday = frame[frame["timex"] == "torsdag"]
    assert list(thursday["date"]) == ["2019-04"]


@pytest.mark.parametrize(
    ("raw", "lang", "dct", "want_lang", "want_dct"),
    [
        (" date 2019-04 utenriks\n\nTekst.", "en", "2019-04-26", "en", DocDate(2019, 4, 26)),
        (" date 2019-04 utenriks\n\nTekst.", None, DocDate(2018, 1, 2), None,
         DocDate(2018, 1, 2)),
        ("lang: en\ndate: 2019\n\nText.", "nb", "2019-04-26", "nb", DocDate(2019, 4, 26)),
        ("---\nlang: en\ndate: 2019\n---\nText.", "nb", None, "nb", DocDate(2019)),
        ("lang: en\ndate: 2019\n\nText.", None, None, "en", DocDate(2019)),
        ("Tekst.", "nb", "2019-04-26", "nb", DocDate(2019, 4, 26)),
    ],
)
def test_explicit_lang_and_dct_override_header(raw: str, lang: str | None,
                                               dct: DocDate | str | None,
                                               want_lang: str | None,
                                               want_dct: DocDate | None) -> None:
    doc = parse_document(raw, lang=lang, dct=dct)
    assert doc.lang == want_lang
    assert doc.dct == want_dct


def test_bad_explicit_dct_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_document("Tekst.", dct="2019-13")
    with pytest.raises(ValueError, match="year must be 1 or later"):
        parse_document("Tekst.", dct="0000")


@pytest.mark.parametrize("header", ["date 0000 utenriks", "date: 0000-00-00", "date: 0000-01-01",
                                    "date -0044"])
def test_a_placeholder_header_date_is_no_date(header: str) -> None:
    doc = parse_document(f"{header}\n\nMøtet var i februar.")
    assert doc.dct is None and doc.text == "Møtet var i februar."
    assert list(extract_document(doc)["date"]) == ["XXXX-02"]  # unresolved, not year 0


@pytest.mark.parametrize(("text", "dct"), [("0001", DocDate(1)), ("2019-04", DocDate(2019, 4)),
                                           (" 2019-04-26 ", DocDate(2019, 4, 26))])
def test_parse_dct(text: str, dct: DocDate) -> None:
    assert timeline.ingest.parse_dct(text) == dct


def test_explicit_dct_overrides_header_through_extract() -> None:
    raw = SEED.read_text(encoding="utf-8")
    with_header = extract(raw)
    overridden = extract(raw, dct="2019-04-26")
    assert list(with_header.loc[with_header["timex"] == "torsdag", "date"]) == ["2019-04"]
    assert list(overridden.loc[overridden["timex"] == "torsdag", "date"]) == ["2019-04-25"]


def test_seed_document_offsets() -> None:
    raw = SEED.read_text(encoding="utf-8")
    doc = read_document(SEED)
    assert doc.name == SEED.name
    assert doc.dct == DocDate(2019, 4)
    assert doc.desk == "utenriks"
    assert doc.header_chars == len(" date 2019-04 utenriks\n\n")
    assert raw[doc.header_chars:] == doc.text
    assert doc.text.startswith(SEED_BODY_START)
    assert "utenriks\n" not in doc.text[:50]
    frame = extract_document(doc)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert doc.text[row.quote_start:row.quote_end] == row.quote
        assert doc.text[row.timex_start:row.timex_end] == row.timex
        assert row.quote_start <= row.timex_start < row.timex_end <= row.quote_end


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Linje én.\r\nLinje to.\r\n\r\nAvsnitt to.", "Linje én.\nLinje to.\n\nAvsnitt to."),
        ("Linje én.\rLinje to.\r\rAvsnitt to.", "Linje én.\nLinje to.\n\nAvsnitt to."),
        ("Blandet.\r\nLinje.\rSiste.\n", "Blandet.\nLinje.\nSiste.\n"),
        (" date 2019-04 utenriks\r\n\r\nTekst her.\r\nMer.", "Tekst her.\nMer."),
        ("---\r\ndate: 2019-04-26\r\n---\r\nTekst.", "Tekst."),
    ],
)
def test_crlf_normalised(raw: str, text: str) -> None:
    doc = parse_document(raw)
    assert doc.text == text
    assert "\r" not in doc.text


def test_crlf_header_chars_counts_source_characters(tmp_path: Path) -> None:
    # ``Document.header_chars`` is documented as "characters of the source file before
    # ``text`` starts"; in a CRLF file the header's line breaks are two characters each.
    raw = " date 2019-04 utenriks\r\n\r\nTekst her.\r\nMer."
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == "Tekst her.\nMer."
    assert doc.dct == DocDate(2019, 4)
    assert raw[:doc.header_chars] == " date 2019-04 utenriks\r\n\r\n"
    assert raw[doc.header_chars:].replace("\r\n", "\n") == doc.text


def test_crlf_offsets_index_normalised_text() -> None:
    raw = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    lf = extract(SEED.read_text(encoding="utf-8"))
    crlf = extract(raw)
    cols = ["date", "quote", "quote_start", "quote_end", "timex", "timex_start", "timex_end"]
    pd.testing.assert_frame_equal(lf[cols], crlf[cols])


# --- decode ---------------------------------------------------------------------------------

_SAMPLE = " date 2019-04 utenriks\n\nMøtet i Tromsø fant sted 25. april 2019. «Ja» – sa hun."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (_SAMPLE.encode("utf-8"), _SAMPLE),
        (b"\xef\xbb\xbf" + _SAMPLE.encode("utf-8"), _SAMPLE),
        (_SAMPLE.encode("utf-16"), _SAMPLE),  # with the platform's BOM
        (b"\xff\xfe" + _SAMPLE.encode("utf-16-le"), _SAMPLE),
        (b"\xfe\xff" + _SAMPLE.encode("utf-16-be"), _SAMPLE),
        (_SAMPLE.encode("utf-32"), _SAMPLE),  # its BOM starts with UTF-16's
        (b"\xff\xfe\x00\x00" + _SAMPLE.encode("utf-32-le"), _SAMPLE),
        (b"\x00\x00\xfe\xff" + _SAMPLE.encode("utf-32-be"), _SAMPLE),
        (_SAMPLE.encode("cp1252"), _SAMPLE),
        ("Tromsø".encode("cp1252"), "Tromsø"),
        (b"Troms\xf8", "Tromsø"),
        ("«Tromsø» – “ja” €".encode("cp1252"), "«Tromsø» – “ja” €"),
        (b"", ""),
        (b"\xef\xbb\xbf", ""),
        (b"Plain ASCII.\r\n", "Plain ASCII.\r\n"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data, "a.txt") == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
        pytest.param(b"%PDF-1.4\n\x00\x01\x02\x03binary", "binary", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "binary", id="zip"),
        pytest.param("Tromsø".encode("utf-16-le"), "binary", id="utf16-no-bom"),
        pytest.param(random.Random(0).randbytes(4096), None, id="random"),
        pytest.param(bytes(b or 1 for b in random.Random(1).randbytes(4096)), None,
                     id="random-no-nul"),
        pytest.param(bytes(range(1, 32)) * 20, "not readable", id="control-chars"),
        pytest.param(b"\x81\x8d\x8f\x90\x9d" * 4 + b"abc", "not readable",
                     id="cp1252-undefined"),
        pytest.param(b"\xff\xfea", "UTF-16", id="utf16-odd-length"),
        pytest.param(b"\xff\xfe\x00\xd8", "UTF-16", id="utf16-lone-surrogate"),
        pytest.param(b"\xff\xfe\x00\x00a\x00\x00", "UTF-32", id="utf32-truncated"),
        pytest.param(b"\x00\x00\xfe\xff\x00\x11\x00\x00", "UTF-32", id="utf32-beyond-unicode"),
        pytest.param("\x01\x02\x03\x04".encode("utf-32") * 50, "binary", id="utf32-controls"),
    ],
)
def test_decode_refuses_binary(data: bytes, reason: str | None) -> None:
    with pytest.raises(DocumentError, match=reason) as info:
        decode(data, "upload/evil.bin")
    assert "upload/evil.bin" in str(info.value)


@pytest.mark.parametrize("size", [100, 1000])
def test_decode_refuses_short_random_bytes(size: int) -> None:
    # Random bytes with no NUL are not text at any length; a few hundred bytes of them
    # (a truncated image, a key file) must be refused like 4 KB of them are.
    accepted = []
    for seed in range(20):
        data = bytes(b or 1 for b in random.Random(seed).randbytes(size))
        try:
            decode(data, "blob.bin")
        except DocumentError:
            continue
        accepted.append(seed)
    assert accepted == [], f"random {size}-byte blobs accepted as text for seeds {accepted}"


# --- read_document --------------------------------------------------------------------------


def test_read_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(DocumentError, match="missing.txt") as info:
        read_document(path)
    assert "cannot be read" in str(info.value)


def test_read_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder") as info:
        read_document(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_read_binary_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError, match="picture.png"):
        read_document(path)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_read_device_is_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(DocumentError, match="is a device or socket, not a text file"):
        read_document(device)


def _in_thread(work: object, timeout: float = 30) -> object:
    """Run ``work()`` in a thread so that a hang fails the test instead of the suite."""
    result: list[object] = []

    def target() -> None:
        try:
            result.append(work())  # type: ignore[operator]
        except BaseException as err:  # noqa: BLE001 - handed back to the test
            result.append(err)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading hung"
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_fifo_without_writer_gives_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.ingest, "PIPE_WAIT_SECONDS", 0.2)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    outcome = _in_thread(lambda: read_document(fifo))
    assert isinstance(outcome, DocumentError)
    assert str(outcome) == f"{fifo}: nothing arrived for 0.2 seconds (a pipe that nothing writes to?)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_fifo_stops_at_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.ingest, "MAX_DOCUMENT_BYTES", 100_000)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    stop = threading.Event()

    def endless_writer() -> None:  # like /dev/zero behind a pipe: it never ends
        try:
            with open(fifo, "wb") as f:
                while not stop.is_set():
                    f.write(b"a" * 4096)
        except BrokenPipeError:  # the reader gave up, as it should
            return

    threading.Thread(target=endless_writer, daemon=True).start()
    try:
        outcome = _in_thread(lambda: read_document(fifo))
    finally:
        stop.set()
    assert isinstance(outcome, DocumentError)
    assert "the limit is 100.0 kB" in str(outcome)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"   \n\n\t\n"])
def test_read_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    doc = read_document(path)
    assert doc.text.strip() == ""
    assert doc.name == "empty.txt"
    assert doc.dct is None
    _assert_empty_frame(extract_document(doc))
    _assert_empty_frame(extract_document(doc, lang="en", dct="2019-04-26"))


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Møtet i Tromsø.".encode("cp1252"), "Møtet i Tromsø."),
        ("\ufeffMøtet i Tromsø.".encode(), "Møtet i Tromsø."),
        ("Møtet i Tromsø.".encode("utf-16"), "Møtet i Tromsø."),
        (b"date 2019-04 utenriks\r\n\r\nM\xf8tet i Troms\xf8.\r\n", "Møtet i Tromsø.\n"),
    ],
)
def test_read_encodings(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_document(path).text == text


def test_read_document_lang_and_dct(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2019-04 utenriks\n\nPutin møtte Kim torsdag.", encoding="utf-8")
    doc = read_document(path, lang="nb", dct="2019-04-26")
    assert doc.lang == "nb"
    assert doc.dct == DocDate(2019, 4, 26)
    frame = extract_document(doc)
    assert list(frame["date"]) == ["2019-04-25"]


@pytest.mark.parametrize(("limit", "size", "ok"), [(100, 100, True), (100, 101, False),
                                                   (1000, 1500, False), (10, 11, False)])
def test_size_limit_boundary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int,
                             size: int, ok: bool) -> None:
    monkeypatch.setattr(timeline.ingest, "MAX_DOCUMENT_BYTES", limit)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * size)
    if ok:
        assert read_document(path).text == "a" * size
    else:
        with pytest.raises(DocumentError, match="big.txt"):
            read_document(path)


def _numbers(message: str) -> list[float]:
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", message)]


@pytest.mark.parametrize(("limit", "size"), [(1000, 1500), (10, 11), (2_000_000, 3_000_000)])
def test_size_limit_message_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int,
                                     size: int) -> None:
    monkeypatch.setattr(timeline.ingest, "MAX_DOCUMENT_BYTES", limit)
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(size)  # sparse: no need to write the bytes
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value).removeprefix(str(path))
    assert "big.txt" in str(info.value)
    assert "limit" in message
    # The message states the file's size and the limit, and the size it states is larger.
    size_stated, limit_stated = _numbers(message)[:2]
    assert size_stated > limit_stated, message


def test_default_size_limit_message(tmp_path: Path) -> None:
    # Just over the real limit (ingest.MAX_DOCUMENT_BYTES, 5 MB, as for an upload): a
    # sparse file, so nothing big is written.
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(timeline.ingest.MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value).removeprefix(str(path))
    size_stated, limit_stated = _numbers(message)[:2]
    assert size_stated > limit_stated, message


# --- bad input through the public API -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "   \n\t\n  ", "\n\n\n", "\r\n\r\n", "\ufeff", " date 2019-04 utenriks\n\n",
     " date 2019-04 utenriks", "---\ndate: 2019\n---\n", "...", "Ingen datoer her."],
)
def test_extract_of_nothing_is_an_empty_valid_frame(text: str) -> None:
    _assert_empty_frame(extract(text))
    _assert_empty_frame(extract(text, lang="en", dct="2019-04-26"))
    assert timexes(parse_document(text).text) == []


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("<script>alert(1)</script> Møtet fant sted 25. april 2019.", None, "25. april 2019"),
        ("<b>Møtet</b> fant sted 25. april 2019 &amp; det var fint.", None, "25. april 2019"),
        ("Møtet fant sted 25. april 2019.<img src=x onerror=alert(1)>", None, "25. april 2019"),
        ("<!-- 1. januar 1900 --> Møtet fant sted 25. april 2019.", "nb", "25. april 2019"),
        ("=cmd|' /C calc'!A0 Møtet fant sted 25. april 2019.", "nb", "25. april 2019"),
        ("{{7*7}} ${jndi:ldap://x} Møtet fant sted 25. april 2019.", None, "25. april 2019"),
        ("<p>The meeting took place on 25 April 2019.</p>", "en", "25 April 2019"),
    ],
)
def test_hostile_markup_is_plain_text(text: str, lang: str | None, timex: str) -> None:
    frame = extract(text, lang=lang)
    assert validate(frame) == []
    hits = frame[frame["timex"] == timex]
    assert len(hits) == 1, frame[["date", "timex", "quote"]]
    row = hits.iloc[0]
    assert row["date"] == "2019-04-25"
    assert row["granularity"] == "day"
    # The quote is the raw text: nothing was unescaped, stripped or interpreted.
    assert text[row["quote_start"]:row["quote_end"]] == row["quote"]
    assert text[row["timex_start"]:row["timex_end"]] == timex


def test_script_tag_kept_in_quote() -> None:
    text = "<script>alert(1)</script> Møtet fant sted 25. april 2019."
    frame = extract(text)
    assert list(frame["date"]) == ["2019-04-25"]
    assert "<script>alert(1)</script>" in frame["quote"].iloc[0]
    assert "&lt;" not in frame["quote"].iloc[0]


def test_control_characters_and_odd_unicode_do_not_break_offsets() -> None:
    text = "Møtet\u200b fant\u00a0sted 25.\u00a0april 2019.\x0c Neste\u2028linje 3. mai 2019."
    frame = extract(text, lang="nb")
    assert validate(frame) == []
    for row in frame.itertuples():
        assert text[row.quote_start:row.quote_end] == row.quote
        assert text[row.timex_start:row.timex_end] == row.timex
    for t in timexes(text, lang="nb"):
        assert text[t["start"]:t["end"]] == t["text"]


# --- ~10 MB of text -------------------------------------------------------------------------

_TIMEXES_PER_COPY = 8  # torsdag, 2003, april 2009, Få dager senere, torsdagens, februar,
# nylig, det siste året


def _big_body() -> tuple[str, int]:
    body = read_document(SEED).text.strip()
    assert len(timexes(body, lang="nb", dct="2019-04-26")) == _TIMEXES_PER_COPY
    parts: list[str] = []
    size = 0
    i = 0
    while size < 10_000_000:
        copy = body.replace("2003", str(1900 + i % 100)).replace(
            "2009", str(1900 + (7 * i + 3) % 100))
        parts.append(copy)
        size += len(copy.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts), i


def test_ten_megabytes_complete() -> None:
    body, copies = _big_body()
    assert len(body.encode("utf-8")) >= 10_000_000

    found = timexes(body, lang="nb", dct="2019-04-26")
    assert len(found) == _TIMEXES_PER_COPY * copies
    for t in found[:: max(1, len(found) // 500)]:
        assert body[t["start"]:t["end"]] == t["text"]
    years = {t["value"] for t in found if re.fullmatch(r"19\d\d", str(t["value"]))}
    assert years == {str(y) for y in range(1900, 2000)}

    frame = extract(" date 2019-04 utenriks\n\n" + body)
    assert validate(frame) == []
    # Every copy is read: the same event told in many copies is one row with a mention
    # from each (events.py merges what is told word for word again).
    assert frame["n_mentions"].sum() >= copies
    assert frame["doc"].eq("text").all()
    assert not frame["quote"].str.contains("utenriks\n").any()
    assert set(frame.loc[frame["timex"] == "torsdag", "date"]) == {"2019-04"}
    sample = frame.sample(n=200, random_state=0)
    text = body
    for row in sample.itertuples():
        assert text[row.quote_start:row.quote_end] == row.quote
        assert text[row.timex_start:row.timex_end] == row.timex


def test_public_names() -> None:
    for name in ["extract", "extract_document", "tag", "timexes", "read_document",
                 "parse_document", "decode", "DocumentError"]:
        assert hasattr(timeline, name)
        assert name in timeline.__all__
    assert issubclass(DocumentError, ValueError)
