"""Sentences and tokens with exact character offsets.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital letter, digit,
quote or dash, unless the word before the dot is a known abbreviation ("bl.a.", "kl.",
"f.eks.", "Mr.") or a single initial. An ordinal such as "15. mars" never ends a sentence
because the next word is lower case. Blank lines end paragraphs; a line without final
punctuation on its own (a heading) is a sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .types import Sentence

__all__ = ["sentences", "tokens", "paragraphs"]

_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")  # a blank line, CRLF ("\r\n\r\n") too
# Candidate ends: terminal punctuation (and closing quotes/brackets) then whitespace.
_END = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'`«“(\[–—-]*\s*[A-ZÆØÅÄÖÜÉ0-9])")
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


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph at line breaks only where the line is complete on its own
    (a heading or a list item); hard-wrapped prose stays one block."""
    pos = start
    i = text.find("\n", pos, end)
    while i != -1:
        line = text[pos:i].rstrip()
        nxt = text[i + 1:end].lstrip()
        if line and (not line[-1].isalnum() and line[-1] not in ",;-–" or
                     (len(line) < 60 and line[-1].isalnum() and nxt[:1].isupper()
                      and not line[:1].islower())):
            yield from _trim(text, pos, i)
            pos = i + 1
        i = text.find("\n", i + 1, end)
    yield from _trim(text, pos, end)


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
