"""Uploads and pasted text: decoding, HTML to text, limits and clear refusals."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from timeline import ingest


def test_utf8_text_upload() -> None:
    assert (
        ingest.text_from_upload("a.txt", "Møtet i Vladivostok.\r\n".encode())
        == "Møtet i Vladivostok.\n"
    )
    assert ingest.text_from_upload("a.md", "\ufeff# Tittel".encode()) == "# Tittel"


def test_legacy_encodings() -> None:
    assert (
        ingest.text_from_upload("a.txt", "Møtet på Østlandet".encode("cp1252"))
        == "Møtet på Østlandet"
    )
    assert ingest.text_from_upload("a.txt", "Møtet".encode("utf-16")) == "Møtet"
    # A UTF-32 BOM begins with the UTF-16 one: read as UTF-16 it would be full of NULs.
    for encoding in ("utf-32", "utf-32-be"):
        data = ("\ufeff" if encoding.endswith("be") else "") + "Møtet i Tromsø."
        assert ingest.text_from_upload("a.txt", data.encode(encoding)) == "Møtet i Tromsø."
    with pytest.raises(ingest.IngestError, match="says it is UTF-32 text but is not valid"):
        ingest.text_from_upload("a.txt", b"\xff\xfe\x00\x00ab")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("x.txt", bytes(range(256)) * 4, "binary"),
        ("x.txt", b"\x01\x02\x03\x04\x05abc" * 50, "control characters"),
        ("x.pdf", b"%PDF-1.4", "not supported"),
        ("x", b"text", "not supported"),
        ("x.txt", b"", "empty"),
        ("x.txt", b"   \n ", "empty"),
        ("x.html", b"<html><script>x()</script></html>", "no readable text"),
    ],
)
def test_refusals_are_messages(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ingest.IngestError, match=message):
        ingest.text_from_upload(name, data)


def test_size_limit_names_both_sizes() -> None:
    with pytest.raises(ingest.IngestError, match=r"2\.0 MB; the limit is 1\.0 MB"):
        ingest.text_from_upload("big.txt", b"a" * 2_000_000, max_bytes=1_000_000)


def test_html_to_text_keeps_paragraphs_drops_markup() -> None:
    page = (
        "<html><head><title>Putin &amp; Kim</title><style>p{}</style></head><body>"
        "<h1>Møte</h1><p>Putin møtte Kim <b>torsdag</b>.</p><script>alert('x')</script>"
        "<p>I april&nbsp;2009 &lt;script&gt; kom sanksjonene.<br>Ny linje.</p></body></html>"
    )
    text = ingest.html_to_text(page)
    assert (
        text
        == "Møte\n\nPutin møtte Kim torsdag.\n\nI april 2009 <script> kom sanksjonene.\nNy linje.\n"
    )
    assert "alert" not in text and "p{}" not in text
    assert ingest.html_title(page) == "Putin & Kim"
    assert ingest.text_from_upload("a.HTML", page.encode()) == text


def test_pasted_text() -> None:
    assert ingest.check_pasted("Tekst\r\n") == "Tekst\n"
    with pytest.raises(ingest.IngestError, match="empty"):
        ingest.check_pasted("  ")
    with pytest.raises(ingest.IngestError, match="limit"):
        ingest.check_pasted("a" * 20, max_bytes=10)
    with pytest.raises(ingest.IngestError, match="control"):
        ingest.check_pasted("a\x00b")
    with pytest.raises(ingest.IngestError, match="lone surrogates"):
        ingest.check_pasted("a\ud800b")


def test_parse_json_refuses_deep_nesting_with_a_message() -> None:
    assert ingest.parse_json('{"a": [1, {"b": [2]}]}') == {"a": [1, {"b": [2]}]}
    assert ingest.parse_json('"x"') == "x"
    depth = ingest.MAX_JSON_DEPTH
    assert ingest.parse_json("[" * depth + "]" * depth) is not None
    for deep in ("[" * (depth + 1) + "]" * (depth + 1), "[" * 100_000 + "]" * 100_000,
                 '{"a":' * 200 + "0" + "}" * 200):
        with pytest.raises(ingest.IngestError, match=f"nested more than {depth} levels"):
            ingest.parse_json(deep)


def test_names() -> None:
    assert ingest.display_name("C:\\Users\\x\\rapport.txt") == "rapport.txt"
    assert ingest.display_name("../../a\x1b[31m.txt") == "a[31m.txt"
    assert ingest.display_name("") == "document"
    assert len(ingest.display_name("x" * 300)) == 80
    assert ingest.unique_name("a.txt", ["a.txt", "a (2).txt"]) == "a (3).txt"
    assert ingest.unique_name("b", ["a"]) == "b"
    assert ingest.human_size(999) == "999 bytes" and ingest.human_size(5_000_000) == "5.0 MB"


def test_default_title() -> None:
    text = "\n\nRusslands president Vladimir Putin kom med utspillet etter sitt møte med Kim. Mer."
    assert (
        ingest.default_title(text) == "Russlands president Vladimir Putin kom med utspillet etter…"
    )
    assert ingest.default_title("Kort tittel. Mer tekst.") == "Kort tittel"
    assert ingest.default_title("  ", "dir/rapport.txt") == "rapport"
    assert ingest.default_title("") == "Untitled"


_SAME_BYTES = [
    pytest.param("date: 2019-04-26\n\nMøtet i Tromsø.\r\n".encode(), id="utf8-crlf"),
    pytest.param("Møtet i Tromsø, «ja».".encode("cp1252"), id="cp1252"),
    pytest.param("\ufeffMøtet i Tromsø.".encode("utf-32-be"), id="utf32-be-bom"),
    pytest.param("Møtet i Tromsø.".encode("utf-32"), id="utf32"),
    pytest.param("Møtet i Tromsø.".encode("utf-16"), id="utf16"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
    pytest.param(bytes(b or 1 for b in random.Random(3).randbytes(600)), id="random"),
    pytest.param(b"\x01\x02\x03 binary " * 20, id="controls"),
    pytest.param(b"a" * 2_001, id="over-the-limit"),
]


@pytest.mark.parametrize("data", _SAME_BYTES)
def test_a_file_and_an_upload_are_read_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    # One decoder, one set of limits: the command line reading a file and the app reading
    # the same bytes uploaded give the same text, or both refuse them.
    monkeypatch.setattr(ingest, "MAX_DOCUMENT_BYTES", 2_000)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    outcomes = []
    for read in (lambda: ingest.read_document(path),
                 lambda: ingest.parse_document(ingest.text_from_upload("a.txt", data), "a.txt")):
        try:
            doc = read()
        except ingest.IngestError as err:
            outcomes.append(("refused", "limit" in str(err)))
        else:
            outcomes.append(("read", (doc.text, doc.dct)))
    assert outcomes[0] == outcomes[1]
