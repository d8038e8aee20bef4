#!/usr/bin/env python3
"""A real-text corpus of any size, for the corpus tests and benchmarks.

    python benchmarks/corpus_gen.py 10000 -o /tmp/corpus.jsonl     # one JSONL table
    python benchmarks/corpus_gen.py 500 -o /tmp/corpus --files     # a folder of .txt

The documents are real: English news from TimeBank and AQUAINT
(``../shared/data/timebank``, with their creation dates), the Norwegian news and
history texts of ``tests/data/real/nb`` and chunks of the Norwegian prose in
``benchmarks/data/nb_real.txt.gz``. Document ``i`` is base document ``i % B`` in variant
``v = i // B``. Variant 0 is the text as it is; a later variant moves every year from
1900 to 2039 in the text and in the document date by the same number of years, moves
the document date by ``v // 21`` more days (an undated text gets 2000-01-01 moved so), and swaps the names of states (the world's
first name of each, in the text's language) by a permutation seeded with ``v``. So
every document is distinct and the same ``N`` always gives the same corpus. Nothing is
written to the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TIMEBANK = REPO.parent / "shared" / "data" / "timebank"
if not TIMEBANK.is_dir():  # a worktree beside the main checkout
    TIMEBANK = Path("/work/shared/data/timebank")
NB_NEWS = REPO / "tests" / "data" / "real" / "nb"
NB_REAL = REPO / "benchmarks" / "data" / "nb_real.txt.gz"
NB_CHUNKS = 60  # Norwegian prose chunks of about 2 kB
_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-3]\d)(?!\d)")


@dataclass(frozen=True)
class Base:
    name: str
    text: str
    date: str  # YYYY-MM-DD or ""
    lang: str
    source: str


@cache
def bases() -> tuple[Base, ...]:
    from timeline.ingest import parse_document
    from timeline.timeml import iter_timeml_paths, read_timeml

    out: list[Base] = []
    for path in iter_timeml_paths([TIMEBANK / "TimeBank", TIMEBANK / "AQUAINT"]):
        doc = read_timeml(path)
        out.append(Base(path.stem, doc.text.strip(), str(doc.dct or "")[:10], "en", "timebank"))
    for path in sorted(NB_NEWS.glob("*.txt")):
        doc = parse_document(path.read_text(encoding="utf-8"), path.name)
        out.append(
            Base(path.stem, doc.text.strip(), doc.dct.iso() if doc.dct else "", "nb", "nb-news")
        )
    paragraphs = [
        p.strip()
        for p in re.split(r"\n\s*\n", gzip.decompress(NB_REAL.read_bytes()).decode())
        if p.strip()
    ]
    chunk: list[str] = []
    size = 0
    for p in paragraphs:
        chunk.append(p)
        size += len(p)
        if size > 2000:
            out.append(
                Base(f"nb_real_{len(out)}", "\n\n".join(chunk), "2023-01-15", "nb", "nb-prose")
            )
            chunk, size = [], 0
            if sum(b.source == "nb-prose" for b in out) >= NB_CHUNKS:
                break
    return tuple(out)


@cache
def _states(lang: str) -> tuple[str, ...]:
    from timeline.gazetteer import entities

    names = []
    for e in entities().values():
        forms = e.names.get(lang)
        if e.kind == "state" and forms and " " not in forms[0]:
            names.append(forms[0])
    return tuple(sorted(set(names)))


@cache
def _swap(lang: str, variant: int) -> tuple[re.Pattern[str], dict[str, str]]:
    names = list(_states(lang))
    shuffled = names[:]
    random.Random(variant).shuffle(shuffled)
    mapping = dict(zip(names, shuffled, strict=True))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return pattern, mapping


def _shift_date(date: str, years: int, days: int) -> str:
    """The date ``years`` later, then ``days`` later when it is a day ("2019", "2019-04"
    keep their width)."""
    from timeline.calendar import Day

    if not date:
        return ""
    parts = [int(x) for x in date.split("-")]
    parts[0] += years
    if len(parts) < 3:
        return "-".join([f"{parts[0]:04d}", *(f"{x:02d}" for x in parts[1:])])
    y, m, d = parts
    return Day(y, m, min(d, 28) if m == 2 else d).plus_days(days).iso()


def document(i: int) -> dict[str, str]:
    """The ``i``-th document of the corpus (a pure function of ``i``)."""
    all_bases = bases()
    base = all_bases[i % len(all_bases)]
    v = i // len(all_bases)
    text, date = base.text, base.date
    if v:
        years = (v % 21) - 10 or 11
        text = _YEAR.sub(lambda m: str(int(m[1]) + years), text)
        pattern, mapping = _swap(base.lang, v)
        text = pattern.sub(lambda m: mapping[m[1]], text)
        # An undated text gets a document date in its variants, so that no two are equal.
        date = _shift_date(date or "2000-01-01", years, v // 21)
    return {
        "text": text,
        "date": date,
        "lang": base.lang,
        "title": f"{base.name} ({v})",
        "url": f"https://corpus.invalid/{base.source}/{base.name}/{v}",
        "source": base.source,
    }


def documents(n: int) -> Iterator[dict[str, str]]:
    for i in range(n):
        yield document(i)


def write_jsonl(n: int, path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in documents(n):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def write_files(n: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(documents(n)):
        header = f"date: {d['date']}\nlang: {d['lang']}\n\n" if d["date"] else ""
        (folder / f"{i:07d}.txt").write_text(header + d["text"] + "\n", encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--files", action="store_true", help="a folder of .txt files")
    args = parser.parse_args()
    out = write_files(args.n, args.output) if args.files else write_jsonl(args.n, args.output)
    print(f"{args.n} documents from {len(bases())} real ones -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
