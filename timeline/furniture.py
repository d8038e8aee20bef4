"""Page furniture: the parts of a web page that are not the story.

Photo credits ("Foto: NTB scanpix", "(Photo: AP)"), bylines and time stamps ("July 08,
2017 4:09 AM", "Nyhet • sep 15, 2010 08:52 CEST"), "Les også" and "Updated:" lines,
copyright lines, press-contact lines with an e-mail address or a telephone number, and
citations of where a document was printed ("Printed in ...", "ibid."). They carry dates,
but those dates are the page's, not events'; a reader never puts them on a timeline.
They are told by their words, never by numbers alone: "12 500 000 kroner" is no phone.

A *dateline* ("BISSAU, 10 Aug 2005 (IRIN) - ...", "MOSCOW, May 17. /TASS/.") opens a
story: its date is the day the report was filed, the sentence after it is the news.
A *section dateline* is a line of its own that ends in the date of the document below it
("Joint Communiqué on the Establishment of Diplomatic Relations, September 4, 1974"): a page that collects several documents dates each by such a line.

The words are the language's (``Lang.furniture_openers``, ``furniture_marks``,
``clock_marks``); the shapes (an e-mail address, a clock time, a capitalised place
before a date) are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .lang.base import Lang
from .rules import alternation, trie
from .types import Sentence

__all__ = ["DATELINE_AFTER", "DATELINE_REACH", "Furniture", "date_heading", "dateline_end",
           "furniture", "is_dateline", "section_dateline", "undated_dateline_end"]

_EMAIL = r"[\w.+-]+(?:@|\(at\))[\w-]+\.[\w.]+"
_URL = r"(?:https?://|www\.)\S+"
# "22 24 40 07", "+47 995 22 026", "(202) 555-0100": digits in three groups or more.
_PHONE = r"\b\d{2,4}\)?(?:[ -]\d{2,4}){2,4}\b(?![.,]\d)"
_CLOCK = r"(?<![\d.:,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?![\d,])"
# The story's own shape after a dateline: "(IRIN) -", "/TASS/.", "(Reuters) —", " - ".
_AFTER_DATELINE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:/[^/\n]{1,20}/\.?|[-–—:])\s*")
# A wire-service dateline names the place in capitals: "BISSAU,", "NEW YORK —".
_DATELINE_PLACE = re.compile(r"[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ.'/ -]{1,40}(?:,\s*[A-ZÆØÅ][\w.' -]{1,30})?,\s*")
# A press release's dateline names the place as a name: "Brasilia, November 27, 2017. –",
# "Oslo, 12. mars 2014 –". Its date is followed by a dash (a full stop may come first).
_RELEASE_PLACE = re.compile(r"[A-ZÆØÅÄÖÜ][\w.'-]+(?:\s+[A-ZÆØÅÄÖÜ][\w.'-]+){0,2},\s*")
_AFTER_RELEASE_DATELINE = re.compile(r"\.?\s*[–—-]\s+(?=\S)")
# What may stand between a section heading's words and its date: "..., 4 September 1974".
_BEFORE_SECTION_DATE = re.compile(r"(?:,|\s[-–—])\s*$")
# A list item's mark: "•", "-", "1.", "a)".
_LIST_ITEM = re.compile(r"\s*(?:[•*·▪–—-]|\w{1,3}[.)]\s)")
# A section heading of more words than this is a sentence, not a heading.
_SECTION_WORDS = 40
# A line this short is a label, not a sentence of the story.
_SHORT = 12


@dataclass(frozen=True)
class Furniture:
    """The language's furniture cues compiled once."""

    opener: re.Pattern[str] | None  # at the start of a line: "Foto:", "Les også", "Updated"
    marks: re.Pattern[str]  # anywhere, lower case: "©", "all rights reserved"
    address: re.Pattern[str]  # an e-mail or a web address
    phone: re.Pattern[str]  # a telephone number
    phone_words: re.Pattern[str]  # anywhere, lower case: "telefon", "phone"
    clock: re.Pattern[str]  # a clock time, with the language's words for it
    counter: re.Pattern[str] | None  # a page's counter: "Read: 677", "Lest: 1 234"


@lru_cache(maxsize=8)
def _compiled(lang: Lang) -> Furniture:
    clock = _CLOCK
    if lang.clock_marks:  # "4 PM", "9:16 PM": the words count only after a number
        clock += rf"|(?<![\w.])\d{{1,2}}\s*(?:{alternation(lang.clock_marks)})(?![\w-])"
    return Furniture(
        # after a bullet, or inside brackets: "(Source: Department of State Bulletin, ...)"
        opener=re.compile(rf"\s*[•|*>(\[-]?\s*(?:{alternation(lang.furniture_openers)})(?![\w-])",
                          re.IGNORECASE) if lang.furniture_openers else None,
        marks=re.compile(trie(m.lower() for m in lang.furniture_marks)),
        address=re.compile(rf"{_EMAIL}|{_URL}"),
        phone=re.compile(_PHONE),
        phone_words=re.compile(trie(w.lower() for w in lang.phone_words)),
        clock=re.compile(clock),
        counter=re.compile(rf"(?<![\w-])(?:{alternation(lang.counter_words)})\s*:\s*\d")
        if lang.counter_words else None,
    )


def furniture(text: str, s: Sentence, lang: Lang) -> bool:
    """Whether sentence ``s`` of ``text`` is page furniture rather than the story."""
    f = _compiled(lang)
    body = s.text
    if f.opener is not None and f.opener.match(body):
        return True
    # Plain substring tests first: most sentences have no "@" and no run of digits. The
    # marks and the phone words are each one tree: one pass, not one test per word.
    low = body.lower()
    if f.marks.search(low):
        return True
    if ("@" in body or "(at)" in low or "www." in low or "http" in low) and \
            f.address.search(body):
        return True
    if f.phone_words.search(low) and f.phone.search(body):
        return True  # "på telefon 22 24 40 07", not "12 500 000 kroner"
    # A time stamp or a counter in a line too short to tell anything ("9:16 PM",
    # "Nyhet • sep 15, 2010 08:52 CEST", "16 August 2014  Read: 677"); "Trump ringte
    # klokka 19.30 mandag." is a sentence of the story.
    if body.rstrip().endswith((".", "!", "?")) or len(body.split()) > _SHORT:
        return False
    return f.clock.search(body) is not None or \
        (f.counter is not None and f.counter.search(body) is not None)


# A dateline with no date: a place in capitals, perhaps its agency, then a dash ("AUCKLAND,
# AAP - ", "SEOUL (Yonhap) -- ", "OSLO (NTB): ").
_UNDATED_DATELINE = re.compile(
    r"(?P<place>[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ.' -]{2,30}?)(?:,\s*[A-Z][\w./-]{1,15})?\s*"
    r"(?:\([^()\n]{1,30}\)\s*)?(?:[-–—]{1,2}|:)\s+(?=\S)")


def undated_dateline_end(text: str, s: Sentence, places: Mapping[str, object]) -> int:
    """Where the story starts after a dateline with no date at the head of a paragraph
    ("AUCKLAND, AAP - Improving ties ..."): its place must be one the world knows, so
    that "EU: Norge slutter seg til" or "NATO - Russland" keep their words. ``s.start``
    when there is none."""
    if s.start and text[s.start - 1] != "\n":
        return s.start
    m = _UNDATED_DATELINE.match(text, s.start, min(s.end, s.start + 60))
    if m is None or m["place"].strip().title() not in places:
        return s.start
    return m.end()


def dateline_end(text: str, s: Sentence, start: int, end: int) -> int:
    """Where the story starts after the dateline whose date is at [start, end) ("SEOUL,
    Nov. 1 (Yonhap) -- " ends before "North Korea"); ``s.start`` when it is no dateline."""
    if not is_dateline(text, s, start, end):
        return s.start
    m = _AFTER_DATELINE.match(text, end, min(s.end, end + DATELINE_AFTER))
    return m.end() if m else s.start


# A dateline's date stands at most this far into its sentence, and its agency or dash at
# most DATELINE_AFTER after it.
DATELINE_REACH = 60
DATELINE_AFTER = 50


def is_dateline(text: str, s: Sentence, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is the dateline of a report: right after a
    capitalised place and a comma at the start of the sentence, and followed by the
    agency or a dash ("BISSAU, 10 Aug 2005 (IRIN) - ...")."""
    if start - s.start > DATELINE_REACH:
        return False  # measured before the head is copied: a long sentence has many dates
    head = text[s.start:start]
    if not head.strip():
        return False
    if _DATELINE_PLACE.fullmatch(head):
        return bool(_AFTER_DATELINE.match(text, end, min(s.end, end + DATELINE_AFTER)))
    # the dash may open the next sentence: "Brasilia, November 27, 2017. – Ministers ..."
    return _RELEASE_PLACE.fullmatch(head) is not None and \
        _AFTER_RELEASE_DATELINE.match(text, end, end + DATELINE_AFTER) is not None


# What may stand around a date heading's date on its line: "September 5, 1978:", "– 1914 –".
_AROUND_HEADING_DATE = re.compile(r"[\s:.,–—-]*")
# The paragraph under a date heading is prose: it ends as a sentence does, in this many
# words or more.
_HEADED_WORDS = 6


def date_heading(text: str, s: Sentence, start: int, end: int, below: Sentence | None) -> bool:
    """Whether sentence ``s`` is a line that holds only the expression at [start, end)
    and heads a paragraph of prose, ``below`` ("September 5, 1978\n\nThe Camp David
    Summit begins ..."): the date of the chronicle entry told under it. A date line over
    a headline or a label (a page's time stamp, a caption) heads no prose."""
    if below is None or not ((s.start == 0 or text[s.start - 1] == "\n") and
                             (s.end == len(text) or text[s.end] == "\n")):
        return False
    if not (_AROUND_HEADING_DATE.fullmatch(text, s.start, start) and
            _AROUND_HEADING_DATE.fullmatch(text, end, s.end)):
        return False
    if "\n" not in text[s.end:below.start]:
        return False
    body = below.text.rstrip(" \t\n\"'»”)]")
    return body.endswith((".", "!", "?")) and len(body.split()) >= _HEADED_WORDS


def section_dateline(text: str, s: Sentence, start: int, end: int) -> bool:
    """Whether sentence ``s`` is a line of its own that ends in the expression at [start,
    end), after a comma or a dash: the dateline of the document
    below it ("Announcement by the Department of State ..., August 30, 1974"). Not a list
    item or a table row ("• Oslo-avtalen, 13. september 1993" is an event of a list).
    Whether the expression is a whole date is the caller's to judge."""
    if s.end - s.start > 20 * _SECTION_WORDS or text[end:s.end].strip():
        return False
    if not ((s.start == 0 or text[s.start - 1] == "\n") and
            (s.end == len(text) or text[s.end] == "\n")):
        return False
    head = text[s.start:start]
    if not head.strip() or "|" in head or _LIST_ITEM.match(head) or \
            len(head.split()) > _SECTION_WORDS:
        return False
    return _BEFORE_SECTION_DATE.search(head) is not None
