#!/usr/bin/env python3
"""Golden output: every ``timeline.extract`` / ``timeline.timexes`` result on the project's
texts, as JSON, so a speed change can prove it changed nothing.

    python scripts/golden.py dump golden.json      # before a change
    python scripts/golden.py check golden.json     # after it: exit 1 on any difference

Texts: TimeBank/AQUAINT (../shared/data/timebank), tests/corpus (every phrase, negative
and in-sentence case), tests/data/real/{nb,en}, the bundled data/ article, the first
300 KB of benchmarks/data/nb_real.txt.gz, and every shape of bench_adversarial at 20 KB.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import timeline  # noqa: E402


def _cell(v: Any) -> Any:
    if isinstance(v, float) and math.isnan(v):
        return "NaN"
    if v is None or isinstance(v, str | bool | int | float):
        return v
    if hasattr(v, "item"):
        return _cell(v.item())
    if isinstance(v, dict):
        return {k: _cell(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_cell(x) for x in v]
    return repr(v)


def _frame(frame: Any) -> dict[str, Any]:
    return {
        "dtypes": {c: str(t) for c, t in frame.dtypes.items()},
        "rows": [{c: _cell(v) for c, v in row.items()} for row in frame.to_dict("records")],
    }


def cases() -> Iterator[tuple[str, str, str, str | None]]:
    """(key, text, lang, dct)."""
    from timeline.timeml import iter_timeml_paths, read_timeml

    tb = REPO.parent / "shared" / "data" / "timebank"
    for path in iter_timeml_paths([tb / "TimeBank", tb / "AQUAINT"]):
        d = read_timeml(path)
        yield f"timebank/{path.name}", d.text, "en", d.dct
    from tests.corpus import LANGS, load

    for lang in LANGS:
        m = load(lang)
        for i, c in enumerate(m.CORPUS):
            for j, p in enumerate(c.phrases):
                yield f"corpus/{lang}/{i}/{j}", p, lang, c.dct or m.REF
        for i, n in enumerate(m.NEGATIVE):
            yield f"negative/{lang}/{i}", n.text, lang, m.REF
        for i, s in enumerate(m.IN_SENTENCE):
            yield f"insentence/{lang}/{i}", s.text, lang, s.dct or m.REF
    for lang in ("nb", "en"):
        for path in sorted((REPO / "tests" / "data" / "real" / lang).glob("*.txt")):
            yield f"real/{lang}/{path.name}", path.read_text(encoding="utf-8"), lang, None
    for path in sorted((REPO / "data").glob("*.txt")):
        yield f"data/{path.name}", path.read_text(encoding="utf-8"), None, None
    nb = gzip.decompress((REPO / "benchmarks/data/nb_real.txt.gz").read_bytes()).decode()
    yield "nb_real/300k", nb[:300_000], "nb", "2019-04-25"
    from bench_adversarial import SHAPES

    for name, (lang, make) in SHAPES.items():
        yield f"adversarial/{name}", make(20_000), lang, "2019-04-25"


def dump() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, text, lang, dct in cases():
        out[key] = {
            "extract": _frame(timeline.extract(text, lang=lang, dct=dct)),
            "timexes": _cell(timeline.timexes(text, lang=lang, dct=dct)),
        }
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("dump", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    got = dump()
    path = Path(argv[1])
    if argv[0] == "dump":
        path.write_text(json.dumps(got, ensure_ascii=False, sort_keys=True))
        print(f"{len(got)} texts written to {path}")
        return 0
    want = json.loads(path.read_text())
    got = json.loads(json.dumps(got, ensure_ascii=False, sort_keys=True))
    bad = 0
    for key in sorted(set(want) | set(got)):
        if want.get(key) == got.get(key):
            continue
        bad += 1
        if bad <= 10:
            w, g = want.get(key), got.get(key)
            print(f"DIFF {key}")
            if w and g:
                for part in ("extract", "timexes"):
                    if w[part] != g[part]:
                        wr = w[part]["rows"] if part == "extract" else w[part]
                        gr = g[part]["rows"] if part == "extract" else g[part]
                        print(f"  {part}: {len(wr)} rows before, {len(gr)} now")
                        for a, b in zip(wr, gr, strict=False):
                            if a != b:
                                keys = a.keys() if isinstance(a, dict) else []
                                for k in keys:
                                    if a.get(k) != b.get(k):
                                        print(f"    {k}: {a.get(k)!r} -> {b.get(k)!r}")
                                break
    print(f"{len(want)} texts, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
