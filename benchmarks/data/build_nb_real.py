#!/usr/bin/env python3
"""Rebuild ``benchmarks/data/nb_real.txt.gz``: distinct Norwegian bokmål prose from Debian.

    python benchmarks/data/build_nb_real.py            # downloads the .debs with apt-get
    python benchmarks/data/build_nb_real.py --debs DIR # or reads them from DIR

The text is the translated prose of three Debian packages (see README.md beside this
file for their licences): the Debian Administrator's Handbook in nb-NO
(``debian-handbook``), the Debian Edu manuals (``debian-edu-doc-nb-no``,
``debian-edu-doc-legacy-nb-no``) and the Norwegian manual pages (``manpages-nb``).
Only paragraphs are kept: no code, no command screens. A paragraph is kept when it has
at least 12 words and reads as Norwegian (more Norwegian than English function words:
parts of these translations are still in English). No paragraph occurs twice, nor one
that mostly repeats an earlier one.
"""

from __future__ import annotations

import argparse
import gzip
import html
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nb_real.txt.gz"
PACKAGES = ("debian-handbook", "debian-edu-doc-nb-no", "debian-edu-doc-legacy-nb-no",
            "manpages-nb")

_PARA = re.compile(r"<p\b[^>]*>(.*?)</p>|<div\b[^>]*class=\"para\"[^>]*>(.*?)</div>",
                   re.S | re.I)
_PRE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_NB_WORDS = re.compile(r"\b(og|er|ikke|som|det|på|til|av|med|for|kan|eller|å|du|vi|har|"
                       r"en|et|den)\b", re.I)
_EN_WORDS = re.compile(r"\b(the|and|is|of|to|with|which|this|that|are|you)\b", re.I)
_SENTENCE_START = re.compile(r"[A-ZÆØÅ«(\"]")
_OVERSTRIKE = re.compile(r".\x08")


def is_norwegian_prose(paragraph: str) -> bool:
    if len(paragraph.split()) < 12:
        return False
    nb, en = len(_NB_WORDS.findall(paragraph)), len(_EN_WORDS.findall(paragraph))
    return nb >= 3 and en <= nb / 3


def html_paragraphs(page: str) -> Iterator[str]:
    page = _PRE.sub(" ", page)
    for m in _PARA.finditer(page):
        yield _SPACE.sub(" ", html.unescape(_TAG.sub("", m.group(1) or m.group(2)))).strip()


def man_paragraphs(rendered: str) -> Iterator[str]:
    """Blank-line blocks of a rendered man page that start like a sentence (not options)."""
    for block in re.split(r"\n\s*\n", rendered):
        text = _SPACE.sub(" ", block).strip()
        if _SENTENCE_START.match(text):
            yield text


def render_man(path: Path) -> str:
    source = gzip.decompress(path.read_bytes())
    done = subprocess.run(["groff", "-k", "-Tutf8", "-mandoc", "-rLL=2000n"], input=source,
                          capture_output=True, check=False)
    # grotty emboldens and underlines by overstriking: "S\bS" is a bold S.
    return _OVERSTRIKE.sub("", done.stdout.decode("utf-8", errors="replace"))


def sources(root: Path) -> Iterator[tuple[str, Iterable[str]]]:
    handbook = root / "usr/share/doc/debian-handbook/html/nb-NO"
    for page in sorted(handbook.glob("*.html")):
        yield page.name, html_paragraphs(page.read_text(encoding="utf-8"))
    edu = root / "usr/share/doc/debian-edu-doc-nb-no/debian-edu-bookworm-manual.html"
    legacy = sorted((root / "usr/share/doc/debian-edu-doc-legacy-nb-no").glob("*.html"))
    for page in [edu, *legacy]:
        if page.exists():
            yield page.name, html_paragraphs(page.read_text(encoding="utf-8"))
    for page in sorted((root / "usr/share/man/nb").glob("man*/*.gz")):
        yield page.name, man_paragraphs(render_man(page))


def unpack(debs: Path, root: Path) -> None:
    for name in PACKAGES:
        found = sorted(debs.glob(f"{name}_*.deb"))
        if not found:
            raise SystemExit(f"build_nb_real: no {name}_*.deb in {debs}")
        subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(root)], check=True)


def shingles(paragraph: str, n: int = 4) -> set[tuple[str, ...]]:
    words = paragraph.lower().split()
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def build(root: Path) -> str:
    """Paragraphs in source order, each kept only when at most half of its 4-word runs
    were seen before: boilerplate repeated with one word changed ("Den fullstendige
    dokumentasjonen for grub-install ...") is kept once."""
    seen: set[tuple[str, ...]] = set()
    kept: list[str] = []
    for _name, paragraphs in sources(root):
        for p in paragraphs:
            if not is_norwegian_prose(p):
                continue
            runs = shingles(p)
            if len(runs & seen) * 2 > len(runs):
                continue
            seen |= runs
            kept.append(p)
    return "\n\n".join(kept) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--debs", type=Path, help="folder holding the four .deb files")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        debs = args.debs
        if debs is None:
            debs = Path(tmp) / "debs"
            debs.mkdir()
            subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True)
        root = Path(tmp) / "root"
        unpack(debs, root)
        text = build(root)
    data = text.encode("utf-8")
    # mtime=0 keeps the archive byte-identical between rebuilds.
    args.output.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{args.output}: {len(data):,} bytes of text, {len(text.split()):,} words, "
          f"{text.count(chr(10) * 2) + 1:,} paragraphs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
