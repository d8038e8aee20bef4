"""The interface catalog: every message in both languages, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from timeline import i18n, ingest
from timeline.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]


def _forms(entry: object) -> dict[str, str]:
    return dict(entry) if isinstance(entry, dict) else {"": entry}  # type: ignore[dict-item]


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(i18n.LANGUAGES), key
    shapes = {lang: isinstance(entry[lang], dict) for lang in i18n.LANGUAGES}
    assert len(set(shapes.values())) == 1, f"{key}: plural in one language only"
    fields = set()
    for lang in i18n.LANGUAGES:
        forms = _forms(entry[lang])
        assert all(isinstance(v, str) and v for v in forms.values()), (key, lang)
        if isinstance(entry[lang], dict):
            assert "other" in forms, (key, lang)
        fields.add(frozenset().union(*(i18n.placeholders(v) for v in forms.values())))
        for form in forms.values():  # each form of one language uses the same fields
            assert i18n.placeholders(form) == i18n.placeholders(
                forms["other" if "other" in forms else ""]
            )
    assert len(fields) == 1, f"{key}: placeholders differ between languages: {fields}"


def test_every_message_the_code_asks_for_exists() -> None:
    """A message id used in code but missing from the catalog would fail at run time;
    this finds them all (literal ids in calls to the catalog)."""
    used: set[str] = set()
    call = re.compile(
        r"""\b(?:text|plural|ordinal|_|t|t\.n|tr|tr\.n)\(\s*["']([a-z_]+\.[a-zA-Z0-9_.\- ]+)["']"""
    )
    apps = [ROOT / "streamlit_app.py", ROOT / "store_view.py", ROOT / "doc_view.py"]
    for path in [*apps, *sorted((ROOT / "timeline").glob("*.py"))]:
        used |= set(call.findall(path.read_text(encoding="utf-8")))
    assert used, "no catalog calls found"
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing


def test_text_fills_placeholders_in_each_language() -> None:
    assert i18n.text("date.bc", "nb", y=44) == "44 f.Kr."
    assert i18n.text("date.bc", "en", y=44) == "44 BC"
    assert i18n.text("chart.btn_all", "nb-NO") == "alt"  # a browser tag is understood


def test_plural_forms() -> None:
    assert i18n.plural("chart.events", 1, "en") == "1 event"
    assert i18n.plural("chart.events", 0, "en") == "0 events"
    assert i18n.plural("chart.events", 3, "en") == "3 events"
    assert i18n.plural("chart.events", 1, "nb") == "1 hendelse"
    assert i18n.plural("chart.events", 12345, "nb") == "12\u202f345 hendelser"
    assert i18n.plural("chart.events", 12345, "en") == "12,345 events"


def test_ordinals() -> None:
    got = [i18n.ordinal("date.century", n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)]
    assert got == [
        "the 1st century",
        "the 2nd century",
        "the 3rd century",
        "the 4th century",
        "the 11th century",
        "the 12th century",
        "the 13th century",
        "the 21st century",
        "the 22nd century",
    ]
    assert i18n.ordinal("date.century", 21, "nb") == "21. århundre"


def test_a_message_asked_the_wrong_way_says_so() -> None:
    with pytest.raises(TypeError):
        i18n.text("chart.events", "en")
    with pytest.raises(TypeError):
        i18n.plural("chart.empty", 2, "en")
    with pytest.raises(KeyError, match="no message"):
        i18n.text("no.such.message", "en")


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("nb-NO", "nb"),
        ("no", "nb"),
        ("nn-NO", "nb"),
        ("NB_no", "nb"),
        ("en-US", "en"),
        ("en", "en"),
        ("de-DE", None),
        ("", None),
        (None, None),
    ],
)
def test_language_of_a_browser_tag(tag: str | None, expected: str | None) -> None:
    assert i18n.language_of(tag) == expected


def test_choose_language_browser_first_then_documents_then_english() -> None:
    assert i18n.choose_language("en-GB", ["nb", "nb"]) == "en"
    assert i18n.choose_language("nb-NO", ["en"]) == "nb"
    assert i18n.choose_language("de-DE", ["nb", "en", "nb"]) == "nb"
    assert i18n.choose_language(None, ["en", "nb", "en"]) == "en"
    assert i18n.choose_language(None, ["nb", "en"]) == "nb"  # a tie: the first offered
    assert i18n.choose_language(None, []) == "en"
    assert i18n.choose_language(None, [None, "xx"]) == "en"


def test_translator_binds_a_language() -> None:
    t = i18n.translator("nb")
    assert t("chart.place") == "Sted" and t.n("chart.sources", 2) == "2 kilder"
    assert i18n.translator("fr").lang == "en"


def test_every_refusal_of_a_curation_step_has_its_message() -> None:
    """``CurationError("curate.…")`` looks its words up when raised: each id it is
    raised with is in the catalog."""
    source = (ROOT / "timeline" / "curate.py").read_text(encoding="utf-8")
    keys = set(re.findall(r"""(?:CurationError|DamagedChange)\(\s*["']([a-z_.]+)["']""", source))
    assert len(keys) >= 10
    assert sorted(k for k in keys if k not in MESSAGES) == []


def test_replay_notes_and_refusals_are_in_the_interface_language() -> None:
    """After re-extraction a saved change may no longer apply: the note that says so is
    in the reader's language, as is the reason a step is refused."""
    from timeline import curate, schema

    frame = schema.empty_frame()
    ops = [
        {"op": "edit", "id": "gone#1", "changes": {"title": "Ny"}},
        {"op": "delete", "ids": ["gone#2", "gone#3"]},
        "not an operation",
        {"op": "rename"},
        {"op": "merge", "ids": "gone#4"},
    ]
    _, nb = curate.apply_ops(frame, ops, lang="nb")
    _, en = curate.apply_ops(frame, ops, lang="en")
    assert nb == [
        "Endring 1 (redigering): hendelsen gone#1 finnes ikke lenger, hoppet over.",
        "Endring 2 (sletting): hendelsene gone#2, gone#3 finnes ikke lenger.",
        "Endring 3: ikke en endring, hoppet over.",
        "Endring 4: ukjent type 'rename', hoppet over.",
        "Endring 5 (sammenslåing) hoppet over: hendelsene er ikke en liste",
    ]
    assert en[0] == "Change 1 (edit): event gone#1 no longer exists, skipped."
    assert en[1] == "Change 2 (delete): events gone#2, gone#3 no longer exist."
    assert en[4] == "Change 5 (merge) skipped: its events are not a list"
    # an edit made in the app names its event by the title the person saw
    seen = [
        {"op": "edit", "id": "gone#1", "changes": {"title": "Ny"},
         "at": {"doc": "gone", "timex_start": 4, "timex": "1993", "title": "Oslo-avtalen undertegnet"}},
        {"op": "delete", "ids": ["gone#2", "gone#3"],
         "at": [{"doc": "gone", "timex_start": 9, "title": "Putin met Kim"}, None]},
    ]
    assert curate.apply_ops(frame, seen, lang="nb")[1] == [
        "Endring 1 (redigering): hendelsen «Oslo-avtalen undertegnet» finnes ikke lenger, "
        "hoppet over.",
        "Endring 2 (sletting): hendelsene «Putin met Kim», gone#3 finnes ikke lenger.",
    ]
    assert curate.apply_ops(frame, seen, lang="en")[1][0] == (
        "Change 1 (edit): event “Oslo-avtalen undertegnet” no longer exists, skipped."
    )
    with pytest.raises(curate.CurationError) as refused:
        curate.make_delete_op(frame, [])
    assert str(refused.value) == "Pick at least one event to delete."
    assert refused.value.words("nb") == "Velg minst én hendelse å slette."


@pytest.mark.parametrize(("call", "english"), [
    (lambda: ingest.check_pasted(" "), "The pasted text is empty."),
    (lambda: ingest.text_from_upload("notes.pdf", b"%PDF"), "files of type .pdf are not"),
    (lambda: ingest.text_from_upload("tom.txt", b"  "), "tom.txt is empty."),
    (lambda: ingest.text_from_upload("a.txt", b"PK\x03\x04\x00\x00"), "binary file"),
    (lambda: ingest.text_from_upload("a.txt", b"x" * 20, max_bytes=10), "the limit is"),
])
def test_a_refused_input_says_why_in_both_languages(call: Any, english: str) -> None:
    with pytest.raises(ingest.IngestError) as caught:
        call()
    err = caught.value
    assert english in str(err) and str(err) == err.words("en")
    nb = err.words("nb")
    assert nb and nb != str(err) and "{" not in nb


def test_a_refused_path_keeps_its_message_in_every_language(tmp_path: Path) -> None:
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read_document(tmp_path)
    assert caught.value.words("nb") == str(caught.value)
