"""Sentences and tokens with exact character offsets.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital letter, digit,
quote or dash, unless the word before the dot is a known abbreviation ("bl.a.", "kl.",
"f.eks.", "Mr.") or a single initial. An ordinal such as "15. mars" never ends a sentence
because the next word is lower case. Blank lines end paragraphs; a line without final
punctuation on its own (a heading) is a sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .types import Sentence

__all__ = ["NEIGHBOURS", "REACH", "paragraphs", "reach", "reach_among", "sentences", "tokens"]

_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")  # a blank line, CRLF ("\r\n\r\n") too
# Candidate ends: terminal punctuation (and closing quotes/brackets) then whitespace.
# Only the first mark of a run can start a match, and the quantifiers are possessive: a
# run of 100,000 dots or spaces is read once, not once per position (linear time). The
# pattern opens with the mark itself, the check that no mark precedes it just after: so
# the engine skips to the next mark at once instead of trying every position.
_END = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[\"'»”)\]]*+(?=\s++[\"'`«“(\[–—-]*+\s*+[A-ZÆØÅÄÖÜÉ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph, blank-line separated, whitespace trimmed."""
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        yield from _trim(text, pos, m.start())
        pos = m.end()
    yield from _trim(text, pos, len(text))


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        for line_start, line_end in _lines(text, p_start, p_end):
            start = line_start
            for m in _END.finditer(text, line_start, line_end):
                if m.group().startswith(".") and _is_abbreviation(text, line_start, m.start(),
                                                                  abbreviations):
                    continue
                end = m.end()
                out.append(Sentence(len(out), start, end, text[start:end], p_index))
                start = end
                while start < line_end and text[start].isspace():
                    start += 1
            if start < line_end:
                out.append(Sentence(len(out), start, line_end, text[start:line_end], p_index))
    return out


_NOT_SPACE = re.compile(r"\S")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph at line breaks only where the line is complete on its own
    (a heading or a list item); hard-wrapped prose stays one block.

    Each line break looks only at its own line's last character and the next line's
    first, never at the whole block so far: linear in the paragraph, however it wraps."""
    pos = start
    line_start = start
    i = text.find("\n", pos, end)
    while i != -1:
        last = i  # one past the last non-space character of this line
        while last > line_start and text[last - 1].isspace():
            last -= 1
        if last > line_start:
            final = text[last - 1]
            nxt = _NOT_SPACE.search(text, i + 1, end)
            if not final.isalnum() and final not in ",;-–" or (
                    last - pos < 60 and final.isalnum() and nxt is not None
                    and nxt.group().isupper() and not text[pos].islower()):
                yield from _trim(text, pos, i)
                pos = i + 1
        line_start = i + 1
        i = text.find("\n", i + 1, end)
    yield from _trim(text, pos, end)


# How far the context of one expression reaches into its sentence, each way. A clause
# is seldom longer; the bound keeps the work per event constant, so that one endless
# "sentence" holding thousands of dates costs linear time, not quadratic.
REACH = 300


# The context of one expression reaches at most this many other expressions each way:
# "møttes i mai og undertegnet i juni" keeps its subject, and a "sentence" that is
# nothing but dates still costs constant work per date.
NEIGHBOURS = 6


def reach_among(text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]],
                j: int) -> tuple[int, int]:
    """[lo, hi) narrowed around ``spans[j]``, one of the expressions (in text order)
    ``spans``: to ``NEIGHBOURS`` other expressions and ``REACH`` characters each way."""
    # Called once or twice per expression: plain comparisons, not max() and min().
    if j >= NEIGHBOURS:
        before = spans[j - NEIGHBOURS][0]
        if before > lo:
            lo = before
    if j + NEIGHBOURS < len(spans):
        after = spans[j + NEIGHBOURS][1]
        if after < hi:
            hi = after
    start, end = spans[j]
    return reach(text, lo, hi, start, end)


def reach(text: str, lo: int, hi: int, start: int, end: int,
          limit: int = REACH) -> tuple[int, int]:
    """[lo, hi) narrowed to at most ``limit`` characters each side of [start, end),
    cut at white space so that no word is split."""
    a = start - limit
    if a > lo:
        while a < start and not text[a - 1].isspace():
            a += 1
    else:
        a = lo
    b = end + limit
    if b < hi:
        while b > end and not text[b].isspace():
            b -= 1
    else:
        b = hi
    return a, b


def _is_abbreviation(text: str, line_start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    m = _WORD_BEFORE.search(text, max(line_start, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "George W. Bush"
    return word in abbreviations or word.split(".")[-1] in abbreviations and "." in word


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of each word or punctuation mark."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
