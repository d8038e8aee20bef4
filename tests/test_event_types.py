"""The event types are one list (``types.EVENT_TYPES``): the catalog, the languages' rules,
the schema and the event store's weights name exactly those."""

from __future__ import annotations

import dataclasses

import pytest

from timeline import i18n, lang, schema
from timeline.eventstore import TYPE_WEIGHT
from timeline.messages import MESSAGES
from timeline.types import EVENT_TYPES


@pytest.mark.parametrize("ui", ["nb", "en"])
def test_the_catalog_names_every_type_in_both_languages(ui: str) -> None:
    labels = {kind: i18n.text(f"type.{kind}", ui) for kind in EVENT_TYPES}
    assert all(label.strip() for label in labels.values()), labels
    assert len(set(labels.values())) == len(EVENT_TYPES), labels  # no two types read alike
    assert {k.removeprefix("type.") for k in MESSAGES if k.startswith("type.")} == set(EVENT_TYPES)


def test_norwegian_labels_are_not_the_english_ones() -> None:
    nb = [i18n.text(f"type.{kind}", "nb") for kind in EVENT_TYPES]
    en = [i18n.text(f"type.{kind}", "en") for kind in EVENT_TYPES]
    assert sum(a != b for a, b in zip(nb, en, strict=True)) >= len(EVENT_TYPES) - 1


@pytest.mark.parametrize("code", ["nb", "en"])
def test_each_language_recognises_only_listed_types(code: str) -> None:
    rules = lang.get(code)
    assert set(rules.event_types) <= set(EVENT_TYPES)
    assert "other" not in rules.event_types  # what no rule recognises


def test_a_language_with_an_unknown_type_is_refused() -> None:
    rules = lang.get("en")
    with pytest.raises(ValueError, match="summitt"):
        dataclasses.replace(rules, event_types={**rules.event_types, "summitt": ("summit",)})


def test_store_weights_and_schema_cover_every_type() -> None:
    assert set(TYPE_WEIGHT) == set(EVENT_TYPES)
    described = next(c.meaning for c in schema.COLUMNS if c.name == "type")
    assert all(kind in described for kind in EVENT_TYPES)
