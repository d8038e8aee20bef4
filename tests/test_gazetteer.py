"""Consistency of the world data (timeline/world/*.json) and of each language's
gazetteer built from it (timeline/gazetteer.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from timeline import gazetteer
from timeline import lang as languages
from timeline.actors import finder
from timeline.gazetteer import entities, for_language, name_of, slug


def _tables(code: str) -> SimpleNamespace:
    g = for_language(code)
    return SimpleNamespace(STATES=g.states, ORGANISATIONS=g.organisations, PLACES=g.places,
                           PLACE_FORMS=g.place_forms, TITLES=g.titles, PEOPLE=g.people,
                           NOT_NAMES=g.not_names)


ModuleType = SimpleNamespace
gazetteer_nb, gazetteer_en = _tables("nb"), _tables("en")
MODULES = {"nb": gazetteer_nb, "en": gazetteer_en}
NAMES = ("STATES", "ORGANISATIONS", "PLACES", "PLACE_FORMS", "TITLES", "PEOPLE", "NOT_NAMES")


@pytest.fixture(params=sorted(MODULES))
def g(request: pytest.FixtureRequest) -> ModuleType:
    return MODULES[request.param]


def state_forms(g: ModuleType) -> dict[str, set[str]]:
    """Surface form -> every state it is listed under (the canonical name counts as a form)."""
    out: dict[str, set[str]] = {}
    for state, forms in g.STATES.items():
        for form in (state, *forms):
            out.setdefault(form, set()).add(state)
    return out


def org_forms(g: ModuleType) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for org, forms in g.ORGANISATIONS.items():
        for form in (org, *forms):
            out.setdefault(form, set()).add(org)
    return out


def test_shapes(g: ModuleType) -> None:
    for name in NAMES:
        assert hasattr(g, name), name
    assert isinstance(g.STATES, dict) and isinstance(g.ORGANISATIONS, dict)
    assert isinstance(g.PLACES, dict) and isinstance(g.PLACE_FORMS, dict) and isinstance(g.PEOPLE, dict)
    assert isinstance(g.TITLES, tuple) and isinstance(g.NOT_NAMES, frozenset)
    for table in (g.STATES, g.ORGANISATIONS):
        for key, forms in table.items():
            assert isinstance(forms, tuple) and forms, key
            assert all(isinstance(f, str) and f == f.strip() and f for f in forms), key
    every = [*g.STATES, *g.ORGANISATIONS, *g.PLACES, *g.PLACE_FORMS, *g.PEOPLE, *g.TITLES, *g.NOT_NAMES]
    every += [f for forms in (*g.STATES.values(), *g.ORGANISATIONS.values()) for f in forms]
    bad = [s for s in every if not s or s != s.strip() or "  " in s]
    assert not bad, bad


def test_sizes(g: ModuleType) -> None:
    assert len(g.STATES) >= 190
    assert len(g.PLACES) >= 250
    assert len(g.ORGANISATIONS) >= 40
    assert len(g.PEOPLE) >= 120
    assert len(g.NOT_NAMES) >= 150


def test_no_duplicate_forms_within_an_entry(g: ModuleType) -> None:
    dups = {k: v for k, v in {**g.STATES, **g.ORGANISATIONS}.items() if len(set(v)) != len(v)}
    assert not dups, dups
    assert len(set(g.TITLES)) == len(g.TITLES), [t for t in g.TITLES if g.TITLES.count(t) > 1]


def test_no_form_names_two_states(g: ModuleType) -> None:
    collisions = {f: sorted(s) for f, s in state_forms(g).items() if len(s) > 1}
    assert not collisions, f"surface forms listed under several states: {collisions}"


def test_no_form_names_two_organisations_or_an_organisation_and_a_state(g: ModuleType) -> None:
    orgs = org_forms(g)
    collisions = {f: sorted(o) for f, o in orgs.items() if len(o) > 1}
    assert not collisions, collisions
    both = sorted(set(orgs) & set(state_forms(g)))
    assert not both, f"forms that are both a state and an organisation: {both}"


def test_places_lie_in_known_states(g: ModuleType) -> None:
    bad = {p: s for p, s in g.PLACES.items() if s not in g.STATES}
    assert not bad, bad


def test_place_forms_point_to_places(g: ModuleType) -> None:
    bad = {f: p for f, p in g.PLACE_FORMS.items() if p not in g.PLACES}
    assert not bad, bad
    shadow = sorted(set(g.PLACE_FORMS) & set(g.PLACES))
    assert not shadow, f"forms that are also canonical places: {shadow}"


def test_places_agree_with_state_metonyms(g: ModuleType) -> None:
    """A place that is also a state form ("Moskva", "Washington") names the same state."""
    forms = state_forms(g)
    bad = {}
    for place, state in g.PLACES.items():
        if place in forms and forms[place] != {state}:
            bad[place] = (state, sorted(forms[place]))
    for form, place in g.PLACE_FORMS.items():
        if form in forms and forms[form] != {g.PLACES[place]}:
            bad[form] = (g.PLACES[place], sorted(forms[form]))
    assert not bad, bad


def test_people_belong_to_known_states(g: ModuleType) -> None:
    bad = {p: s for p, s in g.PEOPLE.items() if s and s not in g.STATES}
    assert not bad, bad
    forms = state_forms(g)
    clash = [p for p in g.PEOPLE if p in forms or p in g.PLACES]
    assert not clash, clash


def test_not_names_are_not_surface_forms(g: ModuleType) -> None:
    known = set(state_forms(g)) | set(org_forms(g)) | set(g.PLACES) | set(g.PLACE_FORMS) | set(g.PEOPLE)
    bad = sorted(g.NOT_NAMES & known)
    assert not bad, f"NOT_NAMES entries that are surface forms: {bad}"
    assert all(w[:1].isupper() for w in g.NOT_NAMES), sorted(w for w in g.NOT_NAMES if not w[:1].isupper())


def test_nb_titles_are_lower_case() -> None:
    """Bokmål writes titles in lower case; only an organisation prefix ("FN-sjef") is capitalised."""
    odd = [t for t in gazetteer_nb.TITLES if t.split("-")[-1] != t.split("-")[-1].lower()]
    assert not odd, odd


def test_same_state_identities_in_both_languages() -> None:
    assert len(gazetteer_nb.STATES) == len(gazetteer_en.STATES)


def _paired(nb_map: dict[str, str], en_map: dict[str, str]) -> dict[str, set[str]]:
    """nb state -> the en states that the same key (person, place) is mapped to."""
    out: dict[str, set[str]] = {}
    for key in nb_map.keys() & en_map.keys():
        if nb_map[key] or en_map[key]:
            out.setdefault(nb_map[key], set()).add(en_map[key])
    return out


def test_people_and_places_map_to_corresponding_states() -> None:
    """Names shared by both files must induce a one-to-one nb <-> en state correspondence."""
    pairs = _paired(gazetteer_nb.PEOPLE, gazetteer_en.PEOPLE)
    for nb_state, en_states in _paired(gazetteer_nb.PLACES, gazetteer_en.PLACES).items():
        pairs.setdefault(nb_state, set()).update(en_states)
    ambiguous = {nb: sorted(en) for nb, en in pairs.items() if len(en) > 1}
    assert not ambiguous, ambiguous
    back: dict[str, set[str]] = {}
    for nb_state, en_states in pairs.items():
        for en_state in en_states:
            back.setdefault(en_state, set()).add(nb_state)
    assert not {en: sorted(nb) for en, nb in back.items() if len(nb) > 1}
    # Every state that any shared name reaches is covered, and most states are reached.
    assert "" not in pairs and "" not in back
    assert len(pairs) >= 150


def test_same_people_in_both_languages() -> None:
    assert len(gazetteer_nb.PEOPLE) == len(gazetteer_en.PEOPLE)
    nb_blank = sum(1 for s in gazetteer_nb.PEOPLE.values() if not s)
    en_blank = sum(1 for s in gazetteer_en.PEOPLE.values() if not s)
    assert nb_blank == en_blank


# --------------------------------------------------------------------------- one world


def test_every_entity_is_named_in_both_languages() -> None:
    one_sided = sorted(e.id for e in entities().values() if set(e.names) != {"nb", "en"})
    assert len(one_sided) <= 5, one_sided  # a few landmarks only one language names


def test_ids_are_slugs_and_within_points_to_a_state() -> None:
    world = entities()
    for e in world.values():
        assert e.id == slug(e.id) and e.id, e.id
        if e.within:
            assert world[e.within].kind == "state", (e.id, e.within)
    assert sum(1 for e in world.values() if e.kind == "person" and e.within) >= 250


@pytest.mark.parametrize("forms, id_", [
    ({"nb": ("Nord-Korea", "Nord-Koreas", "nordkoreanske"), "en": ("North Korea", "North Korean")},
     "north-korea"),
    ({"nb": ("Russland", "russisk"), "en": ("Russia", "Russian")}, "russia"),
    ({"nb": ("FNs sikkerhetsråd", "Sikkerhetsrådet"), "en": ("UN Security Council",)},
     "un-security-council"),
    ({"nb": ("Kim Jong-un",), "en": ("Kim Jong Un",)}, "kim-jong-un"),
    ({"nb": ("Hanoi",), "en": ("Hanoi",)}, "hanoi"),
    ({"nb": ("Mike Pompeo",), "en": ("Mike Pompeo",)}, "mike-pompeo"),
])
def test_names_in_both_languages_share_one_id(forms: dict[str, tuple[str, ...]],
                                              id_: str) -> None:
    found = set()
    for code, names in forms.items():
        for form in names:
            found |= {m.id for m in finder(languages.get(code)).find(f"Om {form} i går.")
                      if m.text == form}
    assert found == {id_}


def test_names_are_shown_in_the_language_asked_for() -> None:
    assert name_of("north-korea", "nb") == "Nord-Korea"
    assert name_of("north-korea", "en") == "North Korea"
    assert name_of("united-states", "nb") == "USA"
    assert name_of("whitehall", "nb") == "Whitehall"  # only English names it: that name
    assert name_of("nobody-known", "nb") == ""


def test_slug_folds_spelling_variants() -> None:
    assert slug("Kim Jong-un") == slug("Kim Jong Un") == "kim-jong-un"
    assert slug("Tromsø") == "tromso" and slug("Jonas Gahr Støre") == "jonas-gahr-store"
    assert gazetteer.KINDS["people"] == "person"
