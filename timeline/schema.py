"""The events dataframe: every column, its dtype and what it means.

One row is one event. Dates are ISO 8601 strings (``start``/``end`` inclusive days,
signed years for BC such as ``-0043-03-15``) because pandas' nanosecond timestamps
stop at 1677 and 2262; ``start_year``/``end_year`` are the same bounds as decimal years
(``end_year`` is the *end* of the last day) for plotting any era on one numeric axis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from .types import EVENT_TYPES

if TYPE_CHECKING:  # numpy and pandas load with the first frame: the columns need neither
    import pandas as pd

__all__ = ["COLUMNS", "Column", "column_names", "empty_frame", "from_columns", "from_rows",
           "validate"]


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    meaning: str


COLUMNS: tuple[Column, ...] = (
    Column("event_id", "string", "Stable id within one extraction: '<doc>#<n>'."),
    Column("doc", "string", "Name of the document the first mention comes from."),
    Column("lang", "string", "Language of that document: 'nb' or 'en'."),
    Column("date", "string", "TIMEX3 value as resolved: '2003', '2009-04', '2019-04-25', "
           "'2018-SP' (spring), '199' (the 1990s), '18' (the 1800s), 'BC0044'."),
    Column("start", "string", "First day the date can mean, ISO 8601 (signed year before 0)."),
    Column("end", "string", "Last day the date can mean (inclusive), ISO 8601."),
    Column("start_year", "float64", "`start` as a decimal year, for plotting across eras."),
    Column("end_year", "float64", "End of the `end` day as a decimal year."),
    Column("granularity", "string", "Width the text gave: day, week, month, season, quarter, "
           "half-year, year, decade, century, millennium."),
    Column("approximate", "bool", "True when the text hedges or is vague ('rundt 1905', "
           "'få dager senere', 'nylig')."),
    Column("mod", "string", "TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER or ''."),
    Column("anchor", "string", "What the date was computed from: 'absolute', 'document date', "
           "'previous event', 'named event' or 'unresolved'."),
    Column("anchor_text", "string", "The date or event it was anchored to, as a reader sees it."),
    Column("explanation", "string", "One line a reader can check: how the date was reached."),
    Column("timex_type", "string", "TIMEX3 type of the expression: DATE, TIME, DURATION."),
    Column("title", "string", "Short title in the source language, drawn from the clause."),
    Column("type", "string", f"Event type: {', '.join(EVENT_TYPES)}."),
    Column("modality", "string", "Whether it happened: 'actual'; 'planned' (announced or "
           "scheduled, still to come at the document date); 'possible' (a hope, a forecast, "
           "a condition). '' when not known (an event typed in by hand)."),
    Column("actors", "object", "List of actors (states, organisations, people)."),
    Column("place", "string", "Where it happened, if the text says; else ''."),
    Column("quote", "string", "The sentence of the first mention: the proof."),
    Column("quote_start", "int64", "Offset of `quote` in the document text (after the header)."),
    Column("quote_end", "int64", "End offset (exclusive) of `quote`."),
    Column("timex", "string", "The temporal expression as written."),
    Column("timex_start", "int64", "Offset of `timex` in the document text."),
    Column("timex_end", "int64", "End offset (exclusive) of `timex`."),
    Column("mentions", "object", "Every mention as a dict: doc, quote, quote_start, quote_end, "
           "timex, timex_start, timex_end, sentence."),
    Column("n_mentions", "int64", "Number of mentions (sources) of the event."),
    Column("sentence", "int64", "Index of the first mention's sentence in its document."),
    Column("actor_ids", "object", "The `actors` as language-neutral ids (timeline/world): "
           "'north-korea' whether the text says Nord-Korea or North Korea."),
    Column("place_id", "string", "The `place` as a language-neutral id, or ''."),
)


def column_names() -> list[str]:
    return [c.name for c in COLUMNS]


def empty_frame() -> pd.DataFrame:
    """A frame with every column and dtype and no rows."""
    import pandas as pd

    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in COLUMNS})


def from_rows(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A frame from rows (dicts keyed by column name; a key that is no column is left out,
    a missing one is None), made column by column as :func:`from_columns` makes it."""
    if not rows:
        return empty_frame()
    return from_columns({c.name: [row.get(c.name) for row in rows] for c in COLUMNS})


def from_columns(columns: Mapping[str, Sequence[object]]) -> pd.DataFrame:
    """A frame from one list of values per schema column, each made into its schema
    dtype once (no frame of objects cast column by column afterwards).

    The columns of one dtype are one block from the start: every string column is cut
    from one Arrow array, the numbers, flags and lists are one 2-D array per dtype, and
    pandas is handed the blocks as they are (``pandas.api.internals``, pandas 3) instead
    of sorting a dict of 31 columns into them again."""
    import numpy as np
    import pandas as pd

    missing = [c.name for c in COLUMNS if c.name not in columns]
    if missing:
        raise ValueError(f"missing columns: {', '.join(missing)}")
    n = len(columns[COLUMNS[0].name])
    uneven = [c.name for c in COLUMNS if len(columns[c.name]) != n]
    if uneven:
        raise ValueError(f"columns of another length than {COLUMNS[0].name}'s ({n}): "
                         f"{', '.join(uneven)}")
    strings, others = _layout()
    texts = _strings([columns[name] for _, name in strings])
    blocks: list[tuple[Any, Any]] = [(array, np.array([i]))
                                     for (i, _), array in zip(strings, texts, strict=True)]
    for dtype, where, names in others:
        block = np.empty((len(names), n), dtype=dtype)
        for row, name in enumerate(names):
            block[row, :] = columns[name]
        blocks.append((block, np.array(where)))
    internals = getattr(pd.api, "internals", None)  # pandas >= 3
    if internals is not None:
        return cast(pd.DataFrame, internals.create_dataframe_from_blocks(
            blocks, index=pd.RangeIndex(n), columns=_column_index().view()))
    arrays: dict[int, object] = {i: array for (i, _), array in zip(strings, texts, strict=True)}
    for block, where in blocks[len(strings):]:
        arrays.update(zip(where.tolist(), block, strict=True))
    return pd.DataFrame({c.name: arrays[i] for i, c in enumerate(COLUMNS)}, copy=False)


@cache
def _layout() -> tuple[tuple[tuple[int, str], ...],
                       tuple[tuple[str, tuple[int, ...], tuple[str, ...]], ...]]:
    """Where the schema's columns go: the string columns as (position, name), and for
    every other dtype, in the schema's order, the positions and names of its columns
    (one block each). The schema never changes: it is read once."""
    strings = tuple((i, c.name) for i, c in enumerate(COLUMNS) if c.dtype == "string")
    others = tuple(
        (dtype, tuple(i for i, c in enumerate(COLUMNS) if c.dtype == dtype),
         tuple(c.name for c in COLUMNS if c.dtype == dtype))
        for dtype in dict.fromkeys(c.dtype for c in COLUMNS if c.dtype != "string"))
    return strings, others


@cache
def _column_index() -> pd.Index:
    """The schema's column names as pandas' Index. They never change, and inferring the
    names' dtype costs more than the rest of a small frame: each frame takes a view."""
    import pandas as pd

    return pd.Index(column_names())


def _strings(values: Sequence[Sequence[object]]) -> list[object]:
    """The string columns ``values``. When pandas keeps strings in Arrow and every value
    is a str or None, Arrow builds them all in one step and each column is a slice of
    that one array; otherwise pandas converts them value by value."""
    import pandas as pd

    dtype = pd.StringDtype()  # "string": storage as pandas' options say
    if dtype.storage == "pyarrow":
        import pyarrow as pa

        flat = [v for column in values for v in column]
        try:
            whole = pa.array(flat, type=pa.large_string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            return [_string(column, dtype) for column in values]  # some value is no str
        # pandas cuts a slice of its own array for less than it builds one afresh
        strings = pd.arrays.ArrowStringArray(whole)
        out: list[object] = []
        at = 0
        for column in values:
            out.append(strings[at:at + len(column)])
            at += len(column)
        return out
    return [_string(column, dtype) for column in values]


def _string(values: Sequence[object], dtype: pd.StringDtype) -> object:
    """One string column: by Arrow when every value is a str or None, else by pandas'
    conversion value by value (pandas' NA, a number in a row read from a file)."""
    import pandas as pd

    if dtype.storage == "pyarrow":
        import pyarrow as pa

        try:
            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    return pd.array(cast(Any, list(values)), dtype=cast(Any, dtype))


def coerce(frame: pd.DataFrame) -> pd.DataFrame:
    """Put the columns in schema order with schema dtypes (rows built as dicts)."""
    if frame.empty:
        return empty_frame()
    out = frame.reindex(columns=column_names())
    # A column already of its dtype stays as it is (casting it would copy it unchanged):
    # a frame the engine made is cast nowhere.
    for c, dtype, wanted in zip(COLUMNS, out.dtypes, _dtypes(), strict=True):
        if dtype != wanted:
            out[c.name] = out[c.name].astype(cast(Any, c.dtype))
    return out.reset_index(drop=True)


def _dtypes() -> list[object]:
    """The schema's dtypes as pandas resolves them now ("string": in the storage that
    pandas' options say)."""
    import pandas as pd

    resolved = {name: pd.api.types.pandas_dtype(name)
                for name in dict.fromkeys(c.dtype for c in COLUMNS)}
    return [resolved[c.dtype] for c in COLUMNS]


def validate(frame: pd.DataFrame) -> list[str]:
    """Problems with a frame against the schema; an empty list means it conforms."""
    problems: list[str] = []
    names = column_names()
    missing = [n for n in names if n not in frame.columns]
    if missing:
        problems.append(f"missing columns: {', '.join(missing)}")
    for c in COLUMNS:
        if c.name in frame.columns and str(frame[c.name].dtype) != c.dtype:
            problems.append(f"{c.name}: dtype {frame[c.name].dtype}, expected {c.dtype}")
    return problems
