"""Realistic text of any size for the benchmarks: real paragraphs, shuffled.

The Norwegian seed article bodies in ``data/*.txt`` (first line = metadata, skipped) and
the English paragraphs of the TimeBank/AQUAINT raw texts (``../shared/data/timebank``),
reshuffled each round until the size asked for.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Pool", "build_text", "english_pool", "norwegian_pool"]


def fail(msg: str) -> None:
    raise SystemExit(f"bench: {msg}")


@dataclass
class Pool:
    lang: str
    dct: str
    paragraphs: list[str]
    source: str


_PARA_SPLIT = re.compile(r"\n\s*\n")
_META_DATE = re.compile(r"\bdate\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)")


def norwegian_pool(seed_dir: Path) -> Pool:
    files = sorted(seed_dir.glob("*.txt"))
    if not files:
        fail(f"no Norwegian seed articles in {seed_dir}/*.txt")
    paras: list[str] = []
    dates: list[str] = []
    for f in files:
        first, _, body = f.read_text(encoding="utf-8").partition("\n")
        m = _META_DATE.search(first)
        if m:
            dates.append(m.group(1))
        paras.extend(p.strip() for p in _PARA_SPLIT.split(body) if p.strip())
    dct = dates[0] if dates else "2019-04-25"
    return Pool("nb", dct, paras, f"{len(files)} seed article(s) in {seed_dir}")


def english_pool(timebank: Path) -> Pool:
    from timeline.timeml import iter_timeml_paths, read_timeml

    dirs = [timebank / "TimeBank", timebank / "AQUAINT"]
    if not all(d.is_dir() for d in dirs):
        fail(f"no TimeBank/AQUAINT data in {timebank} (give --timebank DIR)")
    docs = [read_timeml(p) for p in iter_timeml_paths(dirs)]
    paras: list[str] = []
    for d in docs:
        paras.extend(p.strip() for p in _PARA_SPLIT.split(d.text) if len(p.split()) >= 5)
    dcts = sorted(d.dct for d in docs if d.dct)
    dct = max(set(dcts), key=dcts.count) if dcts else "1998-02-13"  # the most common DCT
    return Pool("en", dct, paras, f"{len(docs)} TimeBank/AQUAINT documents")


def build_text(pool: Pool, size: int, rng: random.Random) -> str:
    """Shuffled paragraphs (reshuffled each round) until ``size`` bytes of UTF-8."""
    out: list[str] = []
    n = 0
    while n < size:
        batch = pool.paragraphs[:]
        rng.shuffle(batch)
        for p in batch:
            out.append(p)
            n += len(p.encode("utf-8")) + 2
            if n >= size:
                break
    return "\n\n".join(out) + "\n"
