"""The TimeML reader (exact offsets) and the TempEval-3 scorer (figures computed by hand)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.timeml import (
    GoldTimex,
    Scores,
    align,
    evaluate,
    evaluate_detailed,
    iter_timeml_paths,
    read_timeml,
    score,
)

TIMEBANK = Path(__file__).resolve().parents[2] / "shared" / "data" / "timebank"


def timebank_dir() -> Path:
    """The data directory; a missing one fails the test under CI and skips it elsewhere."""
    if not (TIMEBANK / "TimeBank").is_dir() or not (TIMEBANK / "AQUAINT").is_dir():
        msg = (
            f"TimeBank/AQUAINT data not found at {TIMEBANK} "
            "(expected shared/data/timebank/{TimeBank,AQUAINT} beside the repository)"
        )
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return TIMEBANK


# --------------------------------------------------------------------------- reader

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-12-05T09:42" functionInDocument="CREATION_TIME">12/05/1998 09:42</TIMEX3></DCT>
<TEXT>
AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-12-04">Friday</TIMEX3> that <EVENT eid="e1" class="OCCURRENCE">profits</EVENT> &lt;rose&gt; in <TIMEX3 tid="t2" type="DATE" value="1998-Q3">the third quarter</TIMEX3> <SIGNAL sid="s1">of</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="1998">1998</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"""


@pytest.fixture()
def sample_path(tmp_path: Path) -> Path:
    p = tmp_path / "X1.tml"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_reader_on_a_hand_made_document(sample_path: Path) -> None:
    doc = read_timeml(sample_path)
    assert doc.name == "X1"
    assert doc.dct == "1998-12-05"  # the time of day is dropped
    assert doc.text == "\nAT&T said Friday that profits <rose> in the third quarter of 1998.\n"
    assert doc.gold == [
        GoldTimex(11, 17, "Friday", "DATE", "1998-12-04", "t1"),
        GoldTimex(41, 58, "the third quarter", "DATE", "1998-Q3", "t2"),
        GoldTimex(62, 66, "1998", "DATE", "1998", "t3"),
    ]


def test_partial_dct_is_kept(tmp_path: Path) -> None:
    p = tmp_path / "y.tml"
    p.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01" '
        'functionInDocument="CREATION_TIME">January 1998</TIMEX3></DCT>'
        "<TEXT>no dates</TEXT></TimeML>",
        encoding="utf-8",
    )
    doc = read_timeml(p)
    assert (doc.name, doc.dct, doc.text, doc.gold) == ("y", "1998-01", "no dates", [])


def test_offsets_are_exact_over_the_whole_data_set() -> None:
    data = timebank_dir()
    expected = {"TimeBank": (183, 1243), "AQUAINT": (73, 579)}  # from the data README
    for folder, (n_docs, n_timex) in expected.items():
        paths = iter_timeml_paths([data / folder])
        assert len(paths) == n_docs, folder
        total = 0
        for path in paths:
            doc = read_timeml(path)
            root = ET.parse(path).getroot()
            text_elem = root.find("TEXT")
            assert text_elem is not None
            # an independent reading of the raw text: the parser's own itertext()
            assert doc.text == "".join(text_elem.itertext()), path.name
            assert doc.text.startswith("\n"), path.name
            timexes = list(text_elem.iter("TIMEX3"))
            assert len(doc.gold) == len(timexes), path.name
            for gold, elem in zip(doc.gold, timexes, strict=True):
                assert doc.text[gold.start : gold.end] == gold.text, (path.name, gold)
                assert gold.text == "".join(elem.itertext()), (path.name, gold)
                assert (gold.tid, gold.type, gold.value) == (
                    elem.get("tid"),
                    elem.get("type"),
                    elem.get("value"),
                )
                assert gold.type in {"DATE", "TIME", "DURATION", "SET"}
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", doc.dct), (path.name, doc.dct)
            total += len(doc.gold)
        assert total == n_timex, folder


# --------------------------------------------------------------------------- scorer


def t(start: int, end: int, type_: str = "DATE", value: str = "") -> dict[str, object]:
    return {"start": start, "end": end, "type": type_, "value": value}


# Document A: one strict hit, one relaxed-only hit, one strict hit with the wrong
# value, one miss and one spurious.
GOLD_A = [
    t(0, 10, "DATE", "1998-01-08"),
    t(20, 30, "DURATION", "P1W"),
    t(40, 50, "DATE", "1998"),
    t(60, 70, "TIME", "1998-01-08T10:00"),  # missed
]
SYS_A = [
    t(0, 10, "DATE", "1998-01-08"),  # strict, type ok, value ok
    t(22, 30, "DURATION", "P1W"),  # relaxed only, type ok, value ok
    t(40, 50, "DATE", "1999"),  # strict, type ok, value WRONG
    t(80, 85, "DATE", "2000"),  # spurious
]
# Document B: a relaxed match whose value differs only in case/space (counts as
# right) but whose type is wrong; a second gold timex is missed.
GOLD_B = [t(0, 3, "DATE", "PRESENT_REF"), t(10, 20, "DATE", "1998-W02")]
SYS_B = [t(0, 3, "TIME", " present_ref ")]


def test_score_one_document_by_hand() -> None:
    s = score([GOLD_A], [SYS_A])
    assert (s.n_gold, s.n_system, s.strict_matches, s.relaxed_matches) == (4, 4, 2, 3)
    assert (s.type_matches, s.value_matches, s.documents) == (3, 2, 1)
    assert s.strict_precision == pytest.approx(0.5)
    assert s.strict_recall == pytest.approx(0.5)
    assert s.strict_f1 == pytest.approx(0.5)
    assert s.relaxed_precision == pytest.approx(0.75)
    assert s.relaxed_recall == pytest.approx(0.75)
    assert s.relaxed_f1 == pytest.approx(0.75)
    assert s.type_accuracy == pytest.approx(1.0)
    assert s.type_f1 == pytest.approx(0.75)
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(0.5)


def test_score_is_micro_averaged_over_documents() -> None:
    s = score([GOLD_A, GOLD_B], [SYS_A, SYS_B], names=["A", "B"])
    assert (s.n_gold, s.n_system, s.strict_matches, s.relaxed_matches) == (6, 5, 3, 4)
    assert (s.type_matches, s.value_matches, s.documents) == (3, 3, 2)
    assert s.strict_precision == pytest.approx(3 / 5)
    assert s.strict_recall == pytest.approx(3 / 6)
    assert s.strict_f1 == pytest.approx(6 / 11)
    assert s.relaxed_precision == pytest.approx(4 / 5)
    assert s.relaxed_recall == pytest.approx(4 / 6)
    assert s.relaxed_f1 == pytest.approx(8 / 11)
    assert s.type_accuracy == pytest.approx(3 / 4)
    assert s.value_accuracy == pytest.approx(3 / 4)
    assert s.type_f1 == pytest.approx(6 / 11)
    assert s.value_f1 == pytest.approx(6 / 11)
    assert set(s.per_document) == {"A", "B"}
    assert s.per_document["B"].relaxed_matches == 1
    assert s.per_document["B"].type_matches == 0
    assert s.per_document["B"].value_matches == 1
    assert s == score([GOLD_A], [SYS_A]) + score([GOLD_B], [SYS_B])


def test_perfect_and_empty() -> None:
    perfect = score([GOLD_A, GOLD_B], [GOLD_A, GOLD_B])
    assert perfect.strict_f1 == perfect.relaxed_f1 == perfect.value_f1 == pytest.approx(1.0)
    empty = score([[]], [[]])
    assert empty.strict_f1 == empty.relaxed_f1 == empty.value_f1 == 0.0
    nothing_found = score([GOLD_A], [[]])
    assert (nothing_found.relaxed_recall, nothing_found.relaxed_precision) == (0.0, 0.0)
    with pytest.raises(ValueError):
        score([GOLD_A], [])


def test_each_timex_is_matched_at_most_once_greedily_by_overlap() -> None:
    # one system span overlapping two gold spans equally: one match, one miss
    al = align([t(0, 10), t(10, 20)], [t(5, 15)])
    assert (al.matches, al.missed, al.spurious) == ([(0, 0)], [1], [])
    # the larger overlap wins; the other system span is spurious
    al = align([t(0, 10)], [t(0, 3), t(2, 10)])
    assert (al.matches, al.missed, al.spurious) == ([(0, 1)], [], [0])
    # an identical span wins over an equally overlapping longer one
    al = align([t(0, 10)], [t(0, 12), t(0, 10)])
    assert (al.matches, al.strict, al.spurious) == ([(0, 1)], 1, [0])
    # touching spans do not overlap
    al = align([t(0, 10)], [t(10, 12)])
    assert (al.matches, al.strict, al.missed, al.spurious) == ([], 0, [0], [0])


def test_format_is_a_small_table() -> None:
    text = score([GOLD_A], [SYS_A]).format("demo")
    assert text.splitlines()[0].startswith("demo: 1 docs, gold 4, system 4")
    assert "strict" in text and "relaxed" in text and "value" in text
    assert " 50.00" in text and " 75.00" in text
    assert Scores().format()  # no division by zero


def test_evaluate_with_a_fake_tagger(sample_path: Path) -> None:
    year = re.compile(r"\b\d{4}\b")
    seen: list[str] = []

    def tagger(text: str, dct: str) -> list[dict[str, object]]:
        seen.append(dct)
        return [
            {
                "start": m.start(),
                "end": m.end(),
                "text": m.group(),
                "type": "DATE",
                "value": m.group(),
            }
            for m in year.finditer(text)
        ]

    s = evaluate([sample_path], tagger)
    assert seen == ["1998-12-05"]
    assert (s.n_gold, s.n_system, s.strict_matches, s.value_matches) == (3, 1, 1, 1)
    assert s.per_document["X1"].strict_matches == 1

    def wrong_text(text: str, dct: str) -> list[dict[str, object]]:
        return [{"start": 11, "end": 17, "text": "Friday ", "type": "DATE", "value": "1998-12-04"}]

    ev = evaluate_detailed([sample_path], wrong_text)
    assert ev.scores.strict_matches == 1
    assert len(ev.offset_errors) == 1 and "Friday " in ev.offset_errors[0]
