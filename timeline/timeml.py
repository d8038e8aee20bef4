"""TimeML reading and TempEval-3 style TIMEX3 scoring.

The development data are the TimeBank and AQUAINT documents of the TempEval-3
"TBAQ-cleaned" release (``shared/data/timebank``). Conventions, as in its README:

* the *raw text* of a document is the character content of ``<TEXT>`` as an XML
  parser returns it: tags dropped, entities decoded, the leading newline kept;
* spans are ``[start, end)`` character offsets into that string;
* the document creation time is the ``TIMEX3`` inside ``<DCT>``.

Scoring follows TempEval-3 (SemEval-2013 Task 1), micro-averaged over all
TIMEX3s of all documents:

* *strict* match: the system span is identical to the gold span;
* *relaxed* match: the spans overlap; every gold and every system timex takes part
  in at most one match, paired greedily (identical spans first, then by the size of
  the overlap, then left to right);
* type and value *accuracy* are computed over the relaxed matches, and the
  attribute F1 is ``relaxed F1 x accuracy``. Values are compared after
  ``strip().upper()``.

Only the standard library is used (``xml.etree.ElementTree``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Alignment",
    "DocResult",
    "Evaluation",
    "GoldTimex",
    "Scores",
    "SystemTimex",
    "Tagger",
    "TimeMLDoc",
    "align",
    "as_timex",
    "evaluate",
    "evaluate_detailed",
    "iter_timeml_paths",
    "normalise_value",
    "read_timeml",
    "score",
]


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: ``raw_text[start:end] == text``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    text: str  # the raw text of <TEXT>, leading newline included
    dct: str  # date part of the DCT value: "1998-01-08" (may be partial: "1998-01")
    gold: list[GoldTimex]
    path: str = ""


def _date_part(value: str) -> str:
    """``"1998-12-05T09:42"`` -> ``"1998-12-05"``; partial dates are kept as they are."""
    return value.strip().split("T", 1)[0]


def _walk(elem: ET.Element, parts: list[str], pos: int, gold: list[GoldTimex]) -> int:
    """Append the character content of ``elem`` (not its tail) to ``parts``.

    Returns the offset after it; records every TIMEX3 met on the way, nested or not.
    """
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _walk(child, parts, pos, gold)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        gold.append(
            GoldTimex(
                start=start,
                end=pos,
                text="",  # filled in by read_timeml once the raw text is joined
                type=elem.get("type", ""),
                value=elem.get("value", ""),
                tid=elem.get("tid", ""),
            )
        )
    return pos


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Read one TimeML file: raw text, document date and gold TIMEX3s (in text order)."""
    path = Path(path)
    root = ET.parse(path).getroot()
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    found: list[GoldTimex] = []
    # Walk the children of <TEXT> (the TEXT element itself is not a timex).
    pos = 0
    if text_elem.text:
        parts.append(text_elem.text)
        pos += len(text_elem.text)
    for child in text_elem:
        pos = _walk(child, parts, pos, found)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    raw = "".join(parts)
    if len(raw) != pos:  # pragma: no cover - internal consistency
        raise AssertionError(f"{path}: offset walk out of step ({len(raw)} != {pos})")
    gold = sorted(
        (GoldTimex(g.start, g.end, raw[g.start : g.end], g.type, g.value, g.tid) for g in found),
        key=lambda g: (g.start, g.end),
    )

    dct = ""
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None:  # some TimeML variants put the DCT timex elsewhere
        for t in root.iter("TIMEX3"):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct_timex = t
                break
    if dct_timex is not None:
        dct = _date_part(dct_timex.get("value", ""))

    docid = root.findtext("DOCID")
    name = docid.strip() if docid and docid.strip() else path.stem
    return TimeMLDoc(name=name, text=raw, dct=dct, gold=gold, path=str(path))


def iter_timeml_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories to their ``*.tml`` files (sorted); keep files as given."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.glob("*.tml") if f.is_file() and not f.name.startswith("._"))
            )
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such TimeML file or directory: {p}")
    return out


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class SystemTimex:
    """A timex as the scorer sees it (gold or system)."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


def normalise_value(value: object) -> str:
    return "" if value is None else str(value).strip().upper()


def as_timex(item: Any) -> SystemTimex:
    """Accept a mapping (``{"start", "end", "type", "value", "text"?}``) or any
    object with those attributes (e.g. :class:`GoldTimex`)."""
    if isinstance(item, SystemTimex):
        return item
    if isinstance(item, Mapping):
        get = item.get
    else:

        def get(key: str, default: Any = None) -> Any:
            return getattr(item, key, default)

    start, end = get("start"), get("end")
    if start is None or end is None:
        raise ValueError(f"timex without start/end: {item!r}")
    t = get("type", "")
    return SystemTimex(
        start=int(start),
        end=int(end),
        type="" if t is None else str(getattr(t, "value", t)),
        value="" if get("value") is None else str(get("value")),
        text="" if get("text") is None else str(get("text")),
    )


@dataclass(frozen=True)
class Alignment:
    """How the timexes of one document pair up (indices into the gold / system lists)."""

    matches: list[tuple[int, int]]  # relaxed matches (overlapping spans)
    strict: int  # number of identical spans
    missed: list[int]  # gold timexes with no relaxed match
    spurious: list[int]  # system timexes with no relaxed match


def align(gold: Sequence[Any], system: Sequence[Any]) -> Alignment:
    """Pair one document's gold and system timexes (see the module docstring)."""
    g = [as_timex(x) for x in gold]
    s = [as_timex(x) for x in system]
    # strict: identical spans, each used once (a multiset intersection)
    gc = Counter((x.start, x.end) for x in g)
    sc = Counter((x.start, x.end) for x in s)
    strict = sum((gc & sc).values())

    candidates: list[tuple[int, int, int, int, int, int]] = []
    for i, a in enumerate(g):
        for j, b in enumerate(s):
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap > 0 or (a.start == b.start and a.end == b.end):
                exact = 0 if (a.start, a.end) == (b.start, b.end) else 1
                candidates.append((exact, -overlap, a.start, b.start, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    matches: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        matches.append((i, j))
    matches.sort()
    return Alignment(
        matches=matches,
        strict=strict,
        missed=[i for i in range(len(g)) if i not in used_g],
        spurious=[j for j in range(len(s)) if j not in used_s],
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Counts and TempEval-3 figures; ``+`` adds the counts (micro-average)."""

    n_gold: int = 0
    n_system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    type_matches: int = 0
    value_matches: int = 0
    documents: int = 0
    per_document: dict[str, Scores] = field(default_factory=dict, repr=False, compare=False)

    # --- strict
    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict_matches, self.n_system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict_matches, self.n_gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    # --- relaxed
    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed_matches, self.n_system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed_matches, self.n_gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    # --- attributes
    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_matches, self.relaxed_matches)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_matches, self.relaxed_matches)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def __add__(self, other: Scores) -> Scores:
        if not isinstance(other, Scores):
            return NotImplemented
        per_doc = {**self.per_document, **other.per_document}
        return Scores(
            n_gold=self.n_gold + other.n_gold,
            n_system=self.n_system + other.n_system,
            strict_matches=self.strict_matches + other.strict_matches,
            relaxed_matches=self.relaxed_matches + other.relaxed_matches,
            type_matches=self.type_matches + other.type_matches,
            value_matches=self.value_matches + other.value_matches,
            documents=self.documents + other.documents,
            per_document=per_doc,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "documents": self.documents,
            "n_gold": self.n_gold,
            "n_system": self.n_system,
            "strict_matches": self.strict_matches,
            "relaxed_matches": self.relaxed_matches,
            "type_matches": self.type_matches,
            "value_matches": self.value_matches,
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "relaxed_precision": self.relaxed_precision,
            "relaxed_recall": self.relaxed_recall,
            "relaxed_f1": self.relaxed_f1,
            "type_accuracy": self.type_accuracy,
            "value_accuracy": self.value_accuracy,
            "type_f1": self.type_f1,
            "value_f1": self.value_f1,
        }

    def format(self, title: str = "") -> str:
        """A small fixed-width table (figures in percent)."""

        def pct(x: float) -> str:
            return f"{100 * x:6.2f}"

        head = f"{title}: " if title else ""
        lines = [
            f"{head}{self.documents} docs, gold {self.n_gold}, system {self.n_system}, "
            f"strict {self.strict_matches}, relaxed {self.relaxed_matches}",
            f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}",
            f"{'strict':10} {pct(self.strict_precision)} {pct(self.strict_recall)} "
            f"{pct(self.strict_f1)} {'':>6}",
            f"{'relaxed':10} {pct(self.relaxed_precision)} {pct(self.relaxed_recall)} "
            f"{pct(self.relaxed_f1)} {'':>6}",
            f"{'type':10} {'':>6} {'':>6} {pct(self.type_f1)} {pct(self.type_accuracy)}",
            f"{'value':10} {'':>6} {'':>6} {pct(self.value_f1)} {pct(self.value_accuracy)}",
        ]
        return "\n".join(line.rstrip() for line in lines)

    def __str__(self) -> str:
        return self.format()


def _score_one(gold: Sequence[Any], system: Sequence[Any]) -> tuple[Scores, Alignment]:
    g = [as_timex(x) for x in gold]
    s = [as_timex(x) for x in system]
    al = align(g, s)
    type_ok = sum(
        1 for i, j in al.matches if normalise_value(g[i].type) == normalise_value(s[j].type)
    )
    value_ok = sum(
        1 for i, j in al.matches if normalise_value(g[i].value) == normalise_value(s[j].value)
    )
    return (
        Scores(
            n_gold=len(g),
            n_system=len(s),
            strict_matches=al.strict,
            relaxed_matches=len(al.matches),
            type_matches=type_ok,
            value_matches=value_ok,
            documents=1,
        ),
        al,
    )


def score(
    gold: Sequence[Sequence[Any]],
    system: Sequence[Sequence[Any]],
    names: Sequence[str] | None = None,
) -> Scores:
    """Score documents: ``gold[k]`` and ``system[k]`` are the timexes of document k.

    A timex is a mapping or object with ``start``, ``end``, ``type``, ``value``.
    With ``names`` the per-document scores are kept in ``Scores.per_document``.
    """
    if len(gold) != len(system):
        raise ValueError(f"{len(gold)} gold documents but {len(system)} system documents")
    if names is not None and len(names) != len(gold):
        raise ValueError("names must have one entry per document")
    total = Scores()
    per_doc: dict[str, Scores] = {}
    for k, (g, s) in enumerate(zip(gold, system, strict=True)):
        one, _ = _score_one(g, s)
        total = total + one
        if names is not None:
            per_doc[names[k]] = one
    total.per_document = per_doc
    return total


# --------------------------------------------------------------------------- evaluation

Tagger = Callable[[str, str], Sequence[Mapping[str, Any]]]


@dataclass
class DocResult:
    doc: TimeMLDoc
    system: list[SystemTimex]
    alignment: Alignment
    scores: Scores
    offset_errors: list[str] = field(default_factory=list)

    @property
    def gold(self) -> list[GoldTimex]:
        return self.doc.gold


@dataclass
class Evaluation:
    documents: list[DocResult]
    scores: Scores

    @property
    def offset_errors(self) -> list[str]:
        return [e for d in self.documents for e in d.offset_errors]


def _check_offsets(doc: TimeMLDoc, system: list[SystemTimex]) -> list[str]:
    errors = []
    n = len(doc.text)
    for t in system:
        if not 0 <= t.start < t.end <= n:
            errors.append(f"{doc.name}: bad span [{t.start}, {t.end}) for text of length {n}")
        elif t.text and doc.text[t.start : t.end] != t.text:
            errors.append(
                f"{doc.name}: [{t.start}, {t.end}) is {doc.text[t.start : t.end]!r} "
                f"but the tagger said {t.text!r}"
            )
    return errors


def evaluate_detailed(
    paths: str | Path | TimeMLDoc | Iterable[str | Path | TimeMLDoc], tagger: Tagger
) -> Evaluation:
    """Tag every document with ``tagger(text, dct)`` and keep everything for error analysis.

    ``paths`` may hold ``.tml`` files, directories of them, or already read documents.
    Spans whose ``text`` disagrees with the raw text are reported in ``offset_errors``
    (and still scored by their offsets).
    """
    if isinstance(paths, str | Path | TimeMLDoc):
        paths = [paths]  # one file, directory or document
    docs: list[TimeMLDoc] = []
    files: list[str | Path] = []
    for p in paths:
        if isinstance(p, TimeMLDoc):
            docs.append(p)
        else:
            files.append(p)
    docs.extend(read_timeml(f) for f in iter_timeml_paths(files))

    results: list[DocResult] = []
    total = Scores()
    per_doc: dict[str, Scores] = {}
    for doc in docs:
        try:
            raw_out = tagger(doc.text, doc.dct)
        except Exception as exc:
            raise RuntimeError(
                f"the tagger failed on {doc.name} (dct {doc.dct!r}): {exc!r}"
            ) from exc
        system = sorted((as_timex(x) for x in raw_out), key=lambda t: (t.start, t.end))
        one, al = _score_one(doc.gold, system)
        results.append(DocResult(doc, system, al, one, _check_offsets(doc, system)))
        total = total + one
        per_doc[doc.name] = one
    total.per_document = per_doc
    return Evaluation(results, total)


def evaluate(
    paths: str | Path | TimeMLDoc | Iterable[str | Path | TimeMLDoc], tagger: Tagger
) -> Scores:
    """Micro-averaged scores of ``tagger`` over the documents (``per_document`` filled)."""
    return evaluate_detailed(paths, tagger).scores
