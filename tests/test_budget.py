"""The CPU budget: a text too heavy for it is refused with TooHeavy, a normal one is
read as before, and the budget is undone after its block."""

from __future__ import annotations

import pytest

import timeline
from timeline import budget


def test_heavy_text_raises_too_heavy() -> None:
    heavy = "mai " * 50_000
    with pytest.raises(timeline.TooHeavy, match="computing time"), timeline.cpu_budget(0.05):
        timeline.extract(heavy, lang="nb", dct="2019-04")


def test_budget_leaves_a_normal_text_alone() -> None:
    text = "Putin møtte Kim i Vladivostok 25. april 2019."
    with timeline.cpu_budget(30):
        inside = timeline.extract(text, lang="nb")
    assert inside.equals(timeline.extract(text, lang="nb"))


def test_budget_ends_with_its_block() -> None:
    with pytest.raises(timeline.TooHeavy), timeline.cpu_budget(0.01):
        timeline.extract("mai " * 50_000, lang="nb")
    budget.check()  # no budget any more: nothing to raise
    long_text = "Putin møtte Kim i Vladivostok 25. april 2019. " * 200
    assert len(timeline.extract(long_text, lang="nb")) > 0


@pytest.mark.parametrize("seconds", [0, -1])
def test_budget_must_be_positive(seconds: float) -> None:
    with pytest.raises(ValueError), timeline.cpu_budget(seconds):
        pass
