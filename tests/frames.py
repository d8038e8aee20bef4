"""Schema-valid event frames from a few dicts, for the figure and export tests.

``make_frame([{"when": "2003"}, {"when": ("2003", "2009"), "approximate": True}])``
fills every other column of ``timeline.schema`` with a plain default. ``when`` takes
"YYYY", "YYYY-MM", "YYYY-MM-DD" (signed for BC: "-0043-03-15") or a (first, last) pair
of those; ``start``/``end`` may be given directly instead.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from timeline.calendar import Day, days_in_month
from timeline.gazetteer import id_of
from timeline.schema import coerce, column_names, empty_frame


def _bounds(value: str) -> tuple[Day, Day, str]:
    sign = -1 if value.startswith("-") else 1
    parts = value.lstrip("+-").split("-")
    year = sign * int(parts[0])
    if len(parts) == 1:
        return Day(year, 1, 1), Day(year, 12, 31), "year"
    month = int(parts[1])
    if len(parts) == 2:
        return Day(year, month, 1), Day(year, month, days_in_month(year, month)), "month"
    day = Day(year, month, int(parts[2]))
    return day, day, "day"


def when(value: str | tuple[str, str]) -> dict[str, Any]:
    """start, end, start_year, end_year, granularity and date for a written value."""
    if isinstance(value, tuple):
        first, _, grain = _bounds(value[0])
        _, last, _ = _bounds(value[1])
        date = f"{value[0]}/{value[1]}"
    else:
        first, last, grain = _bounds(value)
        date = value
    return {
        "date": date,
        "start": first.iso(),
        "end": last.iso(),
        "start_year": first.decimal_year(),
        "end_year": last.end_decimal_year(),
        "granularity": grain,
    }


def make_row(i: int, spec: dict[str, Any]) -> dict[str, Any]:
    spec = dict(spec)
    doc = spec.get("doc", "doc")
    row: dict[str, Any] = {
        "event_id": f"{doc}#{i}",
        "doc": doc,
        "lang": "en",
        "mod": "",
        "approximate": False,
        "anchor": "absolute",
        "anchor_text": "",
        "explanation": "",
        "timex_type": "DATE",
        "title": f"Event {i}",
        "type": "other",
        "modality": "actual",
        "actors": [],
        "place": "",
        "quote": f"Something happened, sentence {i}.",
        "quote_start": 0,
        "quote_end": 0,
        "timex": "",
        "timex_start": 0,
        "timex_end": 0,
        "sentence": i,
    }
    if "when" in spec:
        row.update(when(spec.pop("when")))
    elif "start" in spec:
        first = Day.parse_iso(spec["start"])
        last = Day.parse_iso(spec.get("end", spec["start"]))
        row.update(
            date=spec["start"],
            end=last.iso(),
            start_year=first.decimal_year(),
            end_year=last.end_decimal_year(),
            granularity="day" if first == last else "year",
        )
    row.update(spec)
    row.setdefault("timex", row.get("date", ""))
    row["quote_end"] = row["quote_start"] + len(row["quote"])
    row.setdefault(
        "mentions",
        [
            {
                "doc": row["doc"],
                "quote": row["quote"],
                "quote_start": row["quote_start"],
                "quote_end": row["quote_end"],
                "timex": row["timex"],
                "timex_start": row["timex_start"],
                "timex_end": row["timex_end"],
                "sentence": row["sentence"],
            }
        ],
    )
    row.setdefault("n_mentions", len(row["mentions"]))
    row.setdefault("actor_ids", [id_of(a, row["lang"]) for a in row["actors"]])
    row.setdefault("place_id", id_of(row["place"], row["lang"], "place"))
    return row


def make_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A frame with every schema column and dtype, one row per spec dict."""
    if not rows:
        return empty_frame()
    frame = pd.DataFrame([make_row(i, spec) for i, spec in enumerate(rows)])
    missing = [c for c in column_names() if c not in frame.columns]
    assert not missing, f"make_row misses columns {missing}"
    return coerce(frame)


def sample_frame() -> pd.DataFrame:
    """A realistic handful: the seed article's story, 2003-2019, with every kind of date."""
    return make_frame([
        {"when": "2003", "title": "North Korea leaves the NPT", "type": "withdrawal",
         "actors": ["North Korea"], "timex": "i 2003", "doc": "000_seed",
         "quote": "… etter at landet trakk seg fra den internasjonale ikkespredningsavtalen i 2003.",
         "explanation": "year written in full"},
        {"when": ("2003-08", "2009-04"), "title": "Six-party talks", "type": "negotiations",
         "actors": ["North Korea", "USA", "Russia", "China", "Japan", "South Korea"],
         "timex": "2003–2009", "doc": "000_seed", "granularity": "month",
         "quote": "Foruten Nord-Korea deltok USA, Russland, Kina, Japan og Sør-Korea i forhandlingene."},
        {"when": "2009-04", "title": "UN Security Council tightens sanctions", "type": "sanctions",
         "actors": ["UN Security Council", "North Korea"], "timex": "i april 2009",
         "doc": "000_seed", "place": "New York",
         "quote": "De brøt sammen etter at FNs sikkerhetsråd i april 2009 varslet skjerpede sanksjoner mot landet."},
        {"start": "2009-04-14", "end": "2009-05-10", "approximate": True, "granularity": "day",
         "title": "IAEA inspectors expelled", "type": "expulsion", "actors": ["North Korea", "IAEA"],
         "timex": "Få dager senere", "doc": "000_seed", "anchor": "previous event",
         "explanation": "a few days after April 2009",
         "quote": "Få dager senere kastet Nord-Korea ut inspektørene fra Det internasjonale atomenergibyrået (IAEA)."},
        {"when": "2018-06-12", "title": "Trump and Kim meet in Singapore", "type": "meeting",
         "actors": ["USA", "North Korea"], "place": "Singapore", "doc": "en_wire",
         "quote": "Trump and Kim met in Singapore on 12 June 2018."},
        {"when": "2019-02", "approximate": True, "title": "Hanoi summit", "type": "meeting",
         "actors": ["USA", "North Korea"], "place": "Hanoi", "timex": "i februar",
         "doc": "000_seed", "anchor": "document date", "explanation": "February of the document year 2019",
         "quote": "… toppmøtet mellom den nordkoreanske lederen og Trump i Vietnam i februar ikke var."},
        {"when": "2019-04-25", "title": "Putin and Kim meet in Vladivostok", "type": "meeting",
         "actors": ["Russia", "North Korea"], "place": "Vladivostok", "timex": "torsdag",
         "doc": "000_seed", "anchor": "document date",
         "quote": "Russlands president Vladimir Putin kom med utspillet etter sitt møte med Nord-Koreas leder Kim Jong-un i Vladivostok torsdag."},
        {"when": "2019-04-25", "title": "Putin calls for resuming six-party talks", "type": "statement",
         "actors": ["Russia"], "timex": "torsdag", "doc": "000_seed", "anchor": "document date",
         "quote": "Putin opplyste at han har bedt Kim orientere USA om at også Russland heretter vil ha en plass ved forhandlingsbordet."},
    ])
