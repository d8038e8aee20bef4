"""Narrative time: the year a story is at, for dates the text gives without one.

A news article dates "i februar" or "Thursday" by its publication date. A history text
moves its own clock: "20. august" after "i 1993", "On 28 July" after "1914", "in
November" in a sentence that says "March 1917" all take the story's year. HeidelTime
asks the user which of the two a document is (its "news" and "narrative" modes); here
the text decides, expression by expression, and the choice is recorded in the value's
anchor and explanation:

- **A history text**: nothing in it is dated from a document date (no "i dag", "last
  week", bare "torsdag"), and, if it has a document date, every date told with a year
  lies years before it. The story's year, from the latest date told with a year; with
  no document date and before any such date, the first year the text names (flagged
  approximate: it comes later, as in an editorial note whose year is only in its
  citations). An undated *news* text stays unresolved: its "torsdag" is no story's.
- **A news text**: the document date, except where the same sentence has already told
  a past year ("I mars 1917 ... i november").
- **Under a date heading** ("September 5, 1978" on a line of its own over a paragraph),
  in a history text: the heading's year, unless a year was told before in the same
  paragraph. A flashback told in an earlier paragraph ("Sadat's visit in November
  1977 ...") does not move the entry's clock: "Sept. 17" below it is 1978.
- **The same day again**: "May 1" after "Sunday, May 1" (1960) is that day, in either
  mode.

Work per expression is constant: the story is the latest date, kept as the text is
read, and repeated days are found in a dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass

from .calendar import Day
from .types import Anchor, DocDate, Grain, Meaning, Resolved, Sentence, Timex

__all__ = ["StoryTime", "Story"]

# A history text: its dated past lies at least this many years before its document date.
HISTORY_GAP = 5
# In a news text, the story's year reaches only this far within its clause.
_CLOSE = 80
# Kinds of expression that are anchored on the document date when there is one. "Now"
# and "the future" are not: a history text says them of its own time.
_DEICTIC_KINDS = {"relative", "window"}


@dataclass(frozen=True)
class Story:
    """Where the story is: a date told with a year, and the expression that told it."""

    date: Resolved
    text: str
    approximate: bool = False  # the year comes from later in the text

    @property
    def year(self) -> int:
        assert self.date.start is not None
        return self.date.start.year


def _needs_year(t: Timex) -> bool:
    """A calendar date with no year of its own: "13. august", "in November", "Monday",
    "from October 27 to November 16"."""
    m = t.meaning
    if m.kind == "interval":
        return all(_no_year(p) for p in m.parts)
    return _no_year(m)


def _no_year(m: Meaning) -> bool:
    return m.kind == "date" and m.year is None and m.century is None and m.decade is None


def _tells_year(t: Timex) -> bool:
    """A date told with its year, precise enough to set the story's clock."""
    m = t.meaning
    if m.kind == "interval":
        return all(_tells_year_meaning(p) for p in m.parts)
    return _tells_year_meaning(m)


def _tells_year_meaning(m: object) -> bool:
    return getattr(m, "kind", "") == "date" and getattr(m, "year", None) is not None


class StoryTime:
    """Follows a document's story as its expressions are resolved in text order."""

    def __init__(self, found: list[Timex], dct: DocDate | None) -> None:
        self.dct = dct
        self.latest: Story | None = None
        self.latest_sentence = -1
        self.latest_end = -1
        self.latest_paragraph = -1
        self.heading: Story | None = None  # the date heading the text is under
        self.days: dict[tuple[int, int], Story] = {}
        self.first_year: Story | None = None
        self.history = _history_text(found, dct)

    def story_for(self, t: Timex, s: Sentence, first_year: Resolved | None, text: str = "",
                  future: bool = False) -> Story | None:
        """The story date to resolve ``t`` (in sentence ``s`` of ``text``) on, or None to
        use the document date. ``first_year`` is the first date told with a year anywhere
        in the text, for an undated text whose year is only given later; ``future`` says
        that tense points ahead of the document date, which a news text then keeps."""
        m = t.meaning
        if m.kind == "window":  # "de siste 20 årene" told in a history text with no date
            if not (self.history and self.dct is None):
                return None
        elif not _needs_year(t):
            return None
        if m.kind == "date" and m.month is not None and m.day is not None:
            repeated = self.days.get((m.month, m.day))
            if repeated is not None:
                return repeated
        latest = self.latest
        if latest is None:
            if self.history and self.dct is None and first_year is not None:
                return Story(first_year, "", approximate=True)
            return None
        if self.history:
            heading = self.heading
            if heading is not None and self.latest_paragraph < s.paragraph:
                return heading  # a flashback told in a paragraph before: the entry's year
            return latest
        # A news text: only "i mars 1917 og i november", the past year told just before in
        # the same clause; "a program approved in 1987, ... through Sept. 29" is not.
        if self.dct is not None and not future and self.latest_sentence == s.index and \
                latest.year < self.dct.year and 0 <= t.start - self.latest_end <= _CLOSE and \
                not any(c in text[self.latest_end:t.start] for c in ",;:"):
            return latest
        return None

    def saw(self, t: Timex, r: Resolved, s: Sentence) -> None:
        """Move the story on after ``t`` was resolved to ``r``."""
        if r.start is None or r.end is None or r.grain is None:
            return
        # A story is at one year: "fra 2003 til 2009" spans several and sets no clock.
        story: Story | None = None
        if _tells_year(t) and r.anchor == Anchor.ABSOLUTE and r.start.year == r.end.year and \
                r.grain not in (Grain.DECADE, Grain.CENTURY, Grain.MILLENNIUM):
            story = self._story(r, t.text)
            self.latest, self.latest_sentence = story, s.index
            self.latest_end = t.end
            self.latest_paragraph = s.paragraph
        if r.grain == Grain.DAY and r.start == r.end and r.anchor != Anchor.UNRESOLVED:
            day: Day = r.start
            key = (day.month, day.day)
            if key not in self.days:
                self.days[key] = story or self._story(r, t.text)

    def headed(self, r: Resolved, text: str, paragraph: int) -> None:
        """The text is under the date heading ``text`` (``r``), on a line of its own in
        ``paragraph``: see ``pipeline.date_headings``."""
        if r.start is not None and r.end is not None and r.start.year == r.end.year:
            self.heading = Story(r, text)
            self.latest_paragraph = paragraph

    def _story(self, r: Resolved, text: str) -> Story:
        """The story at ``r``, told by ``text``: the latest one again when it is the same
        (a text that tells one date again and again keeps one object, and a resolution
        that asks with it again is seen to be the same question at once)."""
        latest = self.latest
        if latest is not None and latest.date is r and latest.text == text and \
                not latest.approximate:
            return latest
        return Story(r, text)


def _history_text(found: list[Timex], dct: DocDate | None) -> bool:
    """No expression is anchored on the document date (no bare weekday, no "i dag", no
    "nylig"): the text keeps its own time. With a document date, also every date told
    with a year lies at least HISTORY_GAP years before it."""
    years = []
    for t in found:
        m = t.meaning
        if m.kind == "window" and dct is None:
            continue  # "de siste 20 årene" of a text with no date: the story's own past
        if m.kind in _DEICTIC_KINDS or (m.kind == "ref" and m.ref == "PAST_REF") or (
                m.kind == "date" and m.weekday is not None and m.month is None):
            return False
        if m.kind == "date" and m.year is not None:
            years.append(m.year)
    if dct is None:
        return True
    return bool(years) and max(years) <= dct.year - HISTORY_GAP
