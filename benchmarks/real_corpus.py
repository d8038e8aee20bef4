#!/usr/bin/env python3
"""Distinct real text for the speed benchmarks: nothing repeated, nothing shuffled.

    python benchmarks/real_corpus.py          # what is there, per language

- Norwegian: ``benchmarks/data/nb_real.txt.gz``, about 1 MB of bokmål prose from
  Debian's translated manuals (see ``benchmarks/data/README.md``).
- English: the raw texts of TimeBank and AQUAINT (``../shared/data/timebank``), read
  with ``timeline.timeml``: about 0.4 MB, so larger English sizes must repeat it.

``distinct_text(paragraphs, size)`` takes whole paragraphs in their order until ``size``
bytes of UTF-8, and refuses a size the corpus cannot give without repeating itself.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NB_REAL = REPO / "benchmarks" / "data" / "nb_real.txt.gz"
TIMEBANK = REPO.parent / "shared" / "data" / "timebank"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

_PARAGRAPHS = re.compile(r"\n\s*\n")


class NotEnoughText(ValueError):
    """The corpus is smaller than the size asked for."""


def norwegian_paragraphs(path: Path = NB_REAL) -> list[str]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()]


def english_paragraphs(timebank: Path = TIMEBANK) -> list[str]:
    """Paragraphs of at least five words, each once, in corpus order."""
    from timeline.timeml import iter_timeml_paths, read_timeml

    dirs = [timebank / "TimeBank", timebank / "AQUAINT"]
    missing = [str(d) for d in dirs if not d.is_dir()]
    if missing:
        raise FileNotFoundError(f"no TimeBank/AQUAINT data in {', '.join(missing)}")
    seen: set[str] = set()
    out: list[str] = []
    for path in iter_timeml_paths(dirs):
        for p in _PARAGRAPHS.split(read_timeml(path).text):
            p = p.strip()
            if len(p.split()) >= 5 and p not in seen:
                seen.add(p)
                out.append(p)
    return out


def distinct_text(paragraphs: list[str], size: int) -> str:
    """Whole paragraphs, in order, until ``size`` bytes of UTF-8 (never repeating one)."""
    out: list[str] = []
    n = 0
    for p in paragraphs:
        if n >= size:
            break
        out.append(p)
        n += len(p.encode("utf-8")) + 2
    if n < size:
        raise NotEnoughText(f"the corpus has {n:,} bytes, fewer than the {size:,} asked for")
    return "\n\n".join(out) + "\n"


def main() -> int:
    for lang, load in (("nb", norwegian_paragraphs), ("en", english_paragraphs)):
        try:
            paras = load()
        except (OSError, FileNotFoundError) as e:
            print(f"{lang}: not available ({e})")
            continue
        text = "\n\n".join(paras)
        print(f"{lang}: {len(paras):,} paragraphs, {len(text.encode('utf-8')):,} bytes, "
              f"{len(text.split()):,} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
