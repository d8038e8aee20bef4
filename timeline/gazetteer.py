"""The world the texts are about, kept once for every language.

States, organisations, places and people live in ``timeline/world/*.json``: one entry
per thing, under a language-neutral id (``north-korea``), with its names in each
language. The first name is the one shown; the others are the forms running text uses
("Nord-Koreas", "nordkoreanske", "North Korean"). A place or person also says which
state it is ``in``. ``words.json`` holds the words that are not things: titles before a
name ("president") and capitalised words that are never names.

Each language's ``Gazetteer`` (the lookup tables the actor finder uses) is built from
these files on first use. Adding a language adds its names to the same entries.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .lang.base import Gazetteer

__all__ = ["Entity", "entities", "for_language", "id_of", "name_of", "slug"]

KINDS = {"states": "state", "organisations": "organisation", "places": "place",
         "people": "person"}
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A",
                       "ß": "ss", "ı": "i", "ł": "l", "Ł": "L"})


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # state, organisation, place, person
    names: dict[str, tuple[str, ...]]  # language -> (shown name, *other forms)
    within: str = ""  # for places and people: the id of their state


def slug(name: str) -> str:
    """The id a name would have: "Kim Jong-un" and "Kim Jong Un" are both kim-jong-un."""
    ascii_ = unicodedata.normalize("NFKD", name.translate(_FOLD)).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]+", "-", ascii_.decode().lower()).strip("-")


def _load(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("world", f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    data.pop("_about", None)
    return data


@cache
def entities() -> dict[str, Entity]:
    """Every entity by id, read once."""
    out: dict[str, Entity] = {}
    for file, kind in KINDS.items():
        for id_, entry in _load(file).items():
            names = {k: tuple(v) for k, v in entry.items() if k != "in"}
            out[id_] = Entity(id_, kind, names, entry.get("in", ""))
    return out


def name_of(id_: str, lang: str) -> str:
    """The name shown for ``id_`` in ``lang``; another language's when it has none; ''
    for an id the world does not know (a person only the text named)."""
    entity = entities().get(id_)
    if entity is None:
        return ""
    names = entity.names.get(lang) or next(iter(entity.names.values()), ())
    return names[0] if names else ""


@cache
def for_language(code: str) -> Gazetteer:
    """The lookup tables for one language, with every name's id."""
    words = _load("words")
    states: dict[str, tuple[str, ...]] = {}
    organisations: dict[str, tuple[str, ...]] = {}
    places: dict[str, str] = {}
    place_forms: dict[str, str] = {}
    people: dict[str, str] = {}
    ids: dict[str, str] = {}
    world = entities()
    for e in world.values():
        names = e.names.get(code)
        if not names:
            continue
        shown, forms = names[0], names[1:]
        ids[shown] = e.id
        state = name_of(e.within, code) if e.within else ""
        if e.kind == "state":
            states[shown] = names
        elif e.kind == "organisation":
            organisations[shown] = names
        elif e.kind == "place":
            places[shown] = state
            place_forms.update((f, shown) for f in forms)
        else:
            people[shown] = state
    for e in world.values():  # other forms name their entity too, unless a name is theirs
        for form in e.names.get(code, ())[1:]:
            ids.setdefault(form, e.id)
    return Gazetteer(
        states=states,
        organisations=organisations,
        places={p: s for p, s in places.items() if s},
        place_forms=place_forms,
        titles=tuple(words["titles"].get(code, ())),
        people=people,
        not_names=frozenset(words["not_names"].get(code, ())),
        ids=ids,
    )


@lru_cache(maxsize=4096)  # the world is read once and never changes; texts repeat names
def id_of(name: str, lang: str, kind: str = "") -> str:
    """The id of a name as ``lang`` shows it, else as another language shows it (a
    hand-typed actor); a name the world does not know (a person only the text
    introduces) gets the id its spelling makes, the same in every language. With
    ``kind`` ("place"), a thing of that kind wins: "Peking" is the city there, though
    it also stands for the state."""
    if not name:
        return ""
    if kind:
        known = _ids_of_kind(lang, kind).get(name)
        if known:
            return known
    return for_language(lang).ids.get(name) or _shown_anywhere().get(name) or slug(name)


@cache
def _ids_of_kind(lang: str, kind: str) -> dict[str, str]:
    return {n: e.id for e in entities().values() if e.kind == kind
            for n in e.names.get(lang, ())}


@cache
def _shown_anywhere() -> dict[str, str]:
    return {names[0]: e.id for e in entities().values() for names in e.names.values() if names}
