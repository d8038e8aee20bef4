"""Sentences, paragraphs and tokens with exact character offsets (``timeline.segment``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline import lang as languages
from timeline import read_document
from timeline.segment import _END, paragraphs, sentences, tokens

SEED = Path(__file__).resolve().parent.parent / "data" / "000_192722d517445595.txt"


def _split(text: str, code: str) -> list[str]:
    found = sentences(text, languages.get(code).abbreviations)
    for i, s in enumerate(found):
        assert s.index == i
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text, s
        assert s.text == s.text.strip(), s
    starts = [s.start for s in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    return [s.text for s in found]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # Norwegian abbreviations followed by a capital or a digit do not end a sentence.
        ("nb", "Flere land, bl.a. Norge og Sverige, protesterte. Andre tidde.",
         ["Flere land, bl.a. Norge og Sverige, protesterte.", "Andre tidde."]),
        ("nb", "Regjeringen vil bl.a. møte Kina. Det skjer i dag.",
         ["Regjeringen vil bl.a. møte Kina.", "Det skjer i dag."]),
        ("nb", "Noen land, f.eks. Norge, protesterte. Andre tidde.",
         ["Noen land, f.eks. Norge, protesterte.", "Andre tidde."]),
        ("nb", "Møtet starter kl. 14.30 i Oslo. Det varer to timer.",
         ["Møtet starter kl. 14.30 i Oslo.", "Det varer to timer."]),
        ("nb", "Møtet starter kl. 14.30. Det varer to timer.",
         ["Møtet starter kl. 14.30.", "Det varer to timer."]),
        ("nb", "Saken står som nr. 5 på listen. Den behandles i morgen.",
         ["Saken står som nr. 5 på listen.", "Den behandles i morgen."]),
        ("nb", "Det kom ca. 200 demonstranter. Politiet var til stede.",
         ["Det kom ca. 200 demonstranter.", "Politiet var til stede."]),
        ("nb", "Møtet er i St. Petersburg. Det varer.",
         ["Møtet er i St. Petersburg.", "Det varer."]),
        # Ordinals: "15. mars" goes on; a year at the end of a sentence ends it.
        ("nb", "Møtet fant sted 15. mars i Oslo. Deretter reiste han hjem.",
         ["Møtet fant sted 15. mars i Oslo.", "Deretter reiste han hjem."]),
        ("nb", "Han ble født 15. mars 1950. Han døde 3. april 2001.",
         ["Han ble født 15. mars 1950.", "Han døde 3. april 2001."]),
        ("nb", "Landet trakk seg fra avtalen i 2003. Foruten Nord-Korea deltok USA.",
         ["Landet trakk seg fra avtalen i 2003.", "Foruten Nord-Korea deltok USA."]),
        ("nb", "Det skjedde i 2003. 2004 ble verre.",
         ["Det skjedde i 2003.", "2004 ble verre."]),
        # Initials.
        ("en", "President George W. Bush met Putin. They talked.",
         ["President George W. Bush met Putin.", "They talked."]),
        ("nb", "President George W. Bush møtte Putin. De snakket lenge.",
         ["President George W. Bush møtte Putin.", "De snakket lenge."]),
        ("en", "J. R. R. Tolkien wrote it. It sold well.",
         ["J. R. R. Tolkien wrote it.", "It sold well."]),
        # English titles and dotted abbreviations.
        ("en", "Mr. Smith arrived in Oslo. He left on Monday.",
         ["Mr. Smith arrived in Oslo.", "He left on Monday."]),
        ("en", "Mr. Smith arrived. Mrs. Jones left. Dr. Who stayed.",
         ["Mr. Smith arrived.", "Mrs. Jones left.", "Dr. Who stayed."]),
        ("en", "U.S. officials said so. Others disagreed.",
         ["U.S. officials said so.", "Others disagreed."]),
        ("en", "U.S. President Joe Biden arrived. He met Støre.",
         ["U.S. President Joe Biden arrived.", "He met Støre."]),
        ("en", "Talks with the U.N. Security Council failed. Nothing happened.",
         ["Talks with the U.N. Security Council failed.", "Nothing happened."]),
        # Other terminal punctuation, quotes and dashes.
        ("nb", "Er det sant? Ja! Det er det.", ["Er det sant?", "Ja!", "Det er det."]),
        ("nb", "Han sa: «Det er over.» Deretter gikk han.",
         ["Han sa: «Det er over.»", "Deretter gikk han."]),
        ("nb", "Han sa: – Vi kommer. – Bra, sa hun.", ["Han sa: – Vi kommer.", "– Bra, sa hun."]),
        ("en", "It was 1984... Then things changed.", ["It was 1984...", "Then things changed."]),
        ("nb", "Ingen punktum til slutt", ["Ingen punktum til slutt"]),
    ],
)
def test_sentences(code: str, text: str, expected: list[str]) -> None:
    assert _split(text, code) == expected


@pytest.mark.parametrize(
    ("text", "expected", "paragraph_of"),
    [
        # A heading on its own line, then its paragraph, no blank line between.
        ("Sikkerhetsgarantier\nEtter møtet sa Putin noe.",
         ["Sikkerhetsgarantier", "Etter møtet sa Putin noe."], [0, 0]),
        # A heading as its own paragraph.
        ("Forhandlinger i stampe\n\nAtomsamtalene har stått i stampe. Ingen ting skjer.",
         ["Forhandlinger i stampe", "Atomsamtalene har stått i stampe.", "Ingen ting skjer."],
         [0, 1, 1]),
        ("Overskrift\n\nFørste avsnitt her. Andre setning.\n\nAndre avsnitt.",
         ["Overskrift", "Første avsnitt her.", "Andre setning.", "Andre avsnitt."],
         [0, 1, 1, 2]),
        # Hard-wrapped prose stays one sentence across the line break.
        ("Dette er en lang linje som er brutt\nmidt i setningen. Neste setning.",
         ["Dette er en lang linje som er brutt\nmidt i setningen.", "Neste setning."], [0, 0]),
        # A paragraph that ends without a full stop still ends at the blank line.
        ("Første avsnitt uten punktum\n\nAndre avsnitt.",
         ["Første avsnitt uten punktum", "Andre avsnitt."], [0, 1]),
        # Blank lines with spaces in them separate paragraphs too.
        ("Ett.\n  \t\nTo.\n\n\n\nTre.", ["Ett.", "To.", "Tre."], [0, 1, 2]),
        # Leading and trailing whitespace is not part of any sentence.
        ("\n\n   Første.  Andre.   \n\n", ["Første.", "Andre."], [0, 0]),
    ],
)
def test_headings_and_paragraphs(text: str, expected: list[str], paragraph_of: list[int]) -> None:
    assert _split(text, "nb") == expected
    found = sentences(text, languages.get("nb").abbreviations)
    assert [s.paragraph for s in found] == paragraph_of


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t \n "])
def test_no_sentences_in_blank_text(text: str) -> None:
    assert sentences(text, languages.get("nb").abbreviations) == []
    assert list(paragraphs(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ett avsnitt.", [(0, 12)]),
        ("Ett.\n\nTo.", [(0, 4), (6, 9)]),
        ("  Ett.  \n \n\t To.  ", [(2, 6), (13, 16)]),
        ("Linje én\nlinje to\n\nTo.", [(0, 17), (19, 22)]),
    ],
)
def test_paragraph_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert list(paragraphs(text)) == expected


def test_seed_document_sentences() -> None:
    doc = read_document(SEED)
    found = _split(doc.text, "nb")
    assert found[0] == ("Russlands president Vladimir Putin kom med utspillet etter sitt møte med "
                        "Nord-Koreas leder Kim Jong-un i Vladivostok torsdag.")
    assert "Sikkerhetsgarantier" in found
    assert "Forhandlinger i stampe" in found
    assert ("Sekspartsforhandlingene var et diplomatisk forsøk på å løse striden rundt "
            "Nord-Koreas atom- og rakettprogram etter at landet trakk seg fra den "
            "internasjonale ikkespredningsavtalen i 2003.") in found
    assert "De brøt sammen etter at FNs sikkerhetsråd i april 2009 varslet skjerpede " \
           "sanksjoner mot landet." in found
    assert not any("utenriks\n" in s or s.startswith("date") for s in found)
    assert len(found) == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nord-Koreas leder Kim Jong-un",
         [(0, 11, "Nord-Koreas"), (12, 17, "leder"), (18, 21, "Kim"), (22, 29, "Jong-un")]),
        ("kl. 14.30.", [(0, 2, "kl"), (2, 3, "."), (4, 9, "14.30"), (9, 10, ".")]),
        ("25. april 2019,", [(0, 2, "25"), (2, 3, "."), (4, 9, "april"), (10, 14, "2019"),
                             (14, 15, ",")]),
        ("«Ja», sa hun – igjen!", [(0, 1, "«"), (1, 3, "Ja"), (3, 4, "»"), (4, 5, ","),
                                   (6, 8, "sa"), (9, 12, "hun"), (13, 14, "–"),
                                   (15, 20, "igjen"), (20, 21, "!")]),
        ("O'Brien's", [(0, 9, "O'Brien's")]),
        ("", []),
        ("   ", []),
    ],
)
def test_tokens(text: str, expected: list[tuple[int, int, str]]) -> None:
    found = tokens(text)
    assert found == expected
    for start, end, word in found:
        assert text[start:end] == word


def test_token_offsets_in_a_window_are_absolute() -> None:
    text = "Innledning. Putin møtte Kim i Vladivostok torsdag."
    start = text.index("Putin")
    found = tokens(text, start, len(text) - 1)
    assert found[0] == (start, start + 5, "Putin")
    assert found[-1][2] == "torsdag"
    for a, b, word in found:
        assert text[a:b] == word
        assert start <= a < b <= len(text) - 1


def test_tokens_cover_every_word_of_the_seed() -> None:
    text = read_document(SEED).text
    found = tokens(text)
    for a, b, word in found:
        assert text[a:b] == word
    covered = "".join(text[a:b] for a, b, _ in found)
    assert covered == "".join(text.split())


# The sentence end as first written: no mark before the run, then the run. The pattern in
# use opens with the mark (the engine then skips to marks); it must match the same.
_END_AS_WRITTEN = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'»”)\]]*+(?=\s++[\"'`«“(\[–—-]*+\s*+[A-ZÆØÅÄÖÜÉ0-9])"
)


@settings(max_examples=400, deadline=None)
@given(st.text(".!?… \n\"')A0a-«", max_size=60), st.integers(0, 60))
@example("a.. B", 2)  # a run is one end, wherever the search begins
@example(".!? A", 0)
@example("x.y. Z", 2)
def test_sentence_end_pattern_matches_as_written(text: str, pos: int) -> None:
    assert [m.span() for m in _END.finditer(text, pos)] == [
        m.span() for m in _END_AS_WRITTEN.finditer(text, pos)
    ]
