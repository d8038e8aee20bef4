"""A CPU-time budget for one extraction, so that a host can refuse a text that is too
heavy instead of letting it hold a core.

Extraction is linear in the size of the text, but its constant differs: a paste that
is one endless sentence of dates costs many times what an article of the same size
does. ``cpu_budget`` sets a limit for the code run inside it, in this thread's CPU
seconds (other threads and waiting do not count); the engine checks it between
sentences and expressions and raises ``TooHeavy`` once it is spent. Without a budget
the checks cost one context-variable read each.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["TooHeavy", "check", "cpu_budget"]

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("timeline_deadline", default=None)


class TooHeavy(RuntimeError):
    """The text needs more CPU time than the caller allowed for it."""


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Allow the code inside at most ``seconds`` of this thread's CPU time."""
    if seconds <= 0:
        raise ValueError("a CPU budget must be a positive number of seconds")
    token = _deadline.set((time.thread_time() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise ``TooHeavy`` if a budget is set and spent."""
    budget = _deadline.get()
    if budget is not None and time.thread_time() > budget[0]:
        raise TooHeavy(f"Reading this text needs more than the {budget[1]:g} s of "
                       "computing time allowed for one document.")
