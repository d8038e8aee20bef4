"""Documents are named as a reader knows them: a title from the header, the page or the
first heading, never a machine's file name, with source and URL beside it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeline import figure, naming
from timeline.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
PAGES = Path(__file__).parent / "data" / "pages"


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        ("Putin møtte Kim i Vladivostok - NRK", "NRK", "", "Putin møtte Kim i Vladivostok"),
        ("Putin møtte Kim i Vladivostok - NRK", "", "www.nrk.no", "Putin møtte Kim i Vladivostok"),
        ("Putin møtte Kim – nrk.no", "", "", "Putin møtte Kim – nrk.no"),  # no site known
        ("Putin møtte Kim – nrk.no", "", "nrk.no", "Putin møtte Kim"),
        ("Talks resume | World news | The Guardian", "", "", "Talks resume"),
        (
            "NTB: Norge og Island får ikke fornye EØS-avtalen",
            "",
            "",
            "NTB: Norge og Island får ikke fornye EØS-avtalen",
        ),
        ("Aftenposten - Regjeringen vil forhandle", "Aftenposten", "", "Regjeringen vil forhandle"),
        # A dash inside a title is part of it when no site is named after it.
        ("Brexit - the final act", "", "bbc.co.uk", "Brexit - the final act"),
        ("Kim Jong-un møtte Putin", "NRK", "nrk.no", "Kim Jong-un møtte Putin"),
    ],
)
def test_site_suffix(title: str, site: str, host: str, expected: str) -> None:
    assert naming.strip_site_suffix(title, site=site, host=host) == expected


def test_page_title_from_title_else_h1() -> None:
    page = (PAGES / "highnorthnews_brende.html").read_text(encoding="utf-8")
    meta = naming.html_meta(page)
    assert meta.site == "High North News" and meta.lang == "nb"
    assert naming.page_title(meta) == "Børge Brende advarer mot ressurskappløp i Arktis"
    only_site = "<title>NRK</title><h1>Putin &amp; Kim «møttes»</h1><script>var t='x'</script>"
    assert naming.page_title(naming.html_meta(only_site), host="nrk.no") == "Putin & Kim «møttes»"
    assert naming.page_title(naming.html_meta("<p>Ingen tittel</p>")) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Putin og Kim møttes\n\nRusslands president ...", "Putin og Kim møttes"),
        ("\n\n## Bakgrunn ##\nTekst.", "Bakgrunn"),
        ("Forhandlingene i Genève\n=======\n\nTekst.", "Forhandlingene i Genève"),
        (
            "Putin og Kim møttes i Vladivostok\n\nRusslands president kom ...",
            "Putin og Kim møttes i Vladivostok",
        ),
        # A first sentence is not a heading.
        ("Putin kom med utspillet torsdag.\n\nDet var ventet.", ""),
        (
            "Putin kom med utspillet etter sitt møte med Nord-Koreas leder Kim Jong-un i "
            "Vladivostok torsdag og etter at han hadde snakket med pressen\n\nMer.",
            "",
        ),
        ("En linje uten noe etter", ""),
        ("", ""),
    ],
)
def test_text_heading(text: str, expected: str) -> None:
    assert naming.text_heading(text) == expected


@pytest.mark.parametrize(
    ("name", "machine"),
    [
        ("000_192722d517445595.txt", True),
        ("3f2a9c1e-8b7d-4c1a-9e2f-1a2b3c4d5e6f.html", True),
        ("20190426.txt", True),
        ("___.md", True),
        ("eos-avtalen_2003.md", False),
        ("Putin og Kim.txt", False),
        ("Innlimt tekst", False),
    ],
)
def test_machine_names(name: str, machine: bool) -> None:
    assert naming.is_machine_name(name) is machine


def test_readable_name() -> None:
    assert naming.readable_name("eos-avtalen_2003.md") == "Eos avtalen 2003"
    assert naming.readable_name("000_192722d517445595.txt") == ""
    assert naming.readable_name("Kim Jong-un i Vladivostok") == "Kim Jong-un i Vladivostok"


def test_title_order() -> None:
    text = "Putin kom med utspillet etter sitt møte med Kim Jong-un i Vladivostok torsdag.\n"
    name = "000_192722d517445595.txt"
    assert (
        naming.document_title(text=text, name=name, header_title="Fra headeren") == "Fra headeren"
    )
    page = "<title>Fra siden - NRK</title><h1>Overskrift</h1>"
    assert naming.document_title(text=text, name=name, html=page, host="nrk.no") == "Fra siden"
    assert naming.document_title(text="# Overskrift\n\n" + text, name=name) == "Overskrift"
    assert naming.document_title(text=text, name="putin-kim.txt") == "Putin kim"
    # A machine's file name is never the title: the first words are.
    first = naming.document_title(text=text, name=name)
    assert first == "Putin kom med utspillet etter sitt møte med …"
    # The app's name for a text nobody named is not a title either.
    assert (
        naming.document_title(text=text, name="Innlimt tekst", default_names=["Innlimt tekst"])
        == first
    )
    assert naming.document_title(text="– – –", name=name, number=3, lang="nb") == "Dokument 3"
    assert naming.document_title(text="– – –", name=name, number=3, lang="en") == "Document 3"


def test_the_bundled_article_is_not_named_by_its_file() -> None:
    ws = Workspace()
    path = DATA / "000_192722d517445595.txt"
    doc = ws.add_file(path)
    assert doc.title and "192722d517445595" not in doc.title and not doc.title.endswith(".txt")
    frame, _ = ws.timeline()
    assert not frame["doc_label"].str.contains("192722d517445595").any()
    fig = figure.build_figure(frame, lane_by="doc", color_by="doc")
    names = {t.name for t in fig.data if t.name}
    assert names and not any("192722d517445595" in n for n in names)
    hover = [str(h) for t in fig.data if t.hovertext is not None for h in list(t.hovertext)]
    assert hover and not any("192722d517445595" in h for h in hover)


def test_labels_add_the_source_where_it_fits_and_stay_unique() -> None:
    docs = [
        naming.DocInfo("a.txt", "Putin og Kim møttes", "NTB"),
        naming.DocInfo("b.txt", "Putin og Kim møttes", "NTB"),
        naming.DocInfo("c.txt", "Et langt navn på et dokument om forhandlingene", "Aftenposten"),
        naming.DocInfo("d.txt", "Talks resume", "", "https://www.bbc.co.uk/news/x"),
        naming.DocInfo("e.txt", "NTB melder", "NTB"),
    ]
    assert naming.labels(docs) == {
        "a.txt": "Putin og Kim møttes · NTB",
        "b.txt": "Putin og Kim møttes · NTB (2)",
        "c.txt": "Et langt navn på et dokument om forhandlingene",
        "d.txt": "Talks resume · bbc.co.uk",
        "e.txt": "NTB melder",  # the source is in the title already
    }


def test_document_columns() -> None:
    frame = pd.DataFrame({"event_id": ["a#1", "m#1"], "doc": ["a.txt", "manual"]})
    out = naming.with_document_columns(
        frame, [naming.DocInfo("a.txt", "Putin og Kim møttes", "NTB", "https://ntb.no/1")]
    )
    assert out["doc_title"].tolist() == ["Putin og Kim møttes", ""]
    assert out["doc_source"].tolist() == ["NTB", ""]
    assert out["doc_url"].tolist() == ["https://ntb.no/1", ""]
    assert out["doc_label"].tolist() == ["Putin og Kim møttes · NTB", "manual"]
    assert list(frame.columns) == ["event_id", "doc"]  # the input is left alone


def test_header_source_and_url_reach_the_timeline_and_a_saved_file() -> None:
    ws = Workspace()
    ws.add_text(
        "title: Putin og Kim møttes\nsource: NTB\nurl: https://ntb.no/a\n"
        "date: 2019-04-26\n\nPutin møtte Kim i Vladivostok torsdag.\n",
        "a.txt",
    )
    ws.add_text("Putin og Kim møttes igjen i 2020.\n", "000_aaaaaaaa11111111.txt", source="upload")
    frame, _ = ws.timeline()
    row = frame[frame["doc"] == "a.txt"].iloc[0]
    assert (row["doc_title"], row["doc_source"], row["doc_url"]) == (
        "Putin og Kim møttes",
        "NTB",
        "https://ntb.no/a",
    )
    other = frame[frame["doc"] != "a.txt"].iloc[0]
    assert other["doc_source"] == ""  # "upload" says how it came, not who published it
    again = Workspace.loads(ws.dumps())
    assert [(d.source, d.url) for d in again.documents] == [
        ("NTB", "https://ntb.no/a"),
        ("upload", ""),
    ]


def test_an_uploaded_html_page_is_titled_by_its_page() -> None:
    from timeline import ingest
    from timeline.ingest import parse_document

    data = (PAGES / "deccanherald_taliban.html").read_bytes()
    text = ingest.text_from_upload("922487.html", data)
    ws = Workspace()
    doc = ws.add(parse_document(text, "922487.html"), source="upload", html=data.decode("utf-8"))
    assert (
        doc.title == "Afghan govt, Taliban announce breakthrough deal to press on with peace talks"
    )
