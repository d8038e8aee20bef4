"""What the user picked in the chart, read from Streamlit's selection state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["select_event"]


def select_event(frame: pd.DataFrame | None, selection: Mapping[str, Any] | None) -> str | None:
    """The event_id of the first selected point in a ``st.plotly_chart(on_select=...)``
    state, or None.

    Accepts the whole state (``{"selection": {"points": [...]}}``) or its inner
    ``selection`` dict. Points without an event id (labels, legend swatches) are
    skipped, and so is an id that is no longer in ``frame`` (filtered out, deleted).
    """
    if not selection:
        return None
    inner = selection.get("selection", selection) if isinstance(selection, Mapping) else None
    if not isinstance(inner, Mapping):
        return None
    points = inner.get("points") or []
    if not isinstance(points, list | tuple):
        return None
    known: set[str] | None = None
    if frame is not None and "event_id" in getattr(frame, "columns", ()):
        known = {str(v) for v in frame["event_id"].dropna()}
    for point in points:
        if not isinstance(point, Mapping):
            continue
        data = point.get("customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str) and data and (known is None or data in known):
            return data
    return None
