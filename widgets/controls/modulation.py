"""Live panel for the chapter "Pain inhibits pain", and getting used to pain: the repeated-pain explorer.

Sliders for the number of sessions and the days between them, and selectors for the population and the
painful test. The slider bounds come from the model's ``session_day`` range: the first session is on day 0,
so at most ``high + 1`` sessions, at most ``high`` days apart. A schedule whose last session would fall
beyond that range is refused with a plain message and the last chart stays (see ``Panel``).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from widgets import parameters as par
from widgets.controls import inputs
from widgets.controls.panel import Panel
from widgets.figures.modulation import (
    INITIAL,
    REPEATED_CAPTION,
    live_repeated_pain_chart,
    repeated_pain_table,
    repeated_pain_text,
)

_STYLE = {"description_width": "initial"}
_LAYOUT = {"width": "100%", "max_width": "560px"}


def _bounded(description: str, value: int, low: int, high: int) -> w.IntSlider:
    return w.IntSlider(value=value, min=low, max=high, step=1, description=description,
                       continuous_update=False, style=_STYLE, layout=w.Layout(**_LAYOUT))


def sessions_slider(value: int = INITIAL[0]) -> w.IntSlider:
    """Number of sessions: 1 up to one a day over the whole ``session_day`` range."""
    allowed = par.INPUT_RANGES["session_day"]
    return _bounded("Sessions", value, 1, int(allowed.high - allowed.low) + 1)


def spacing_slider(value: int = INITIAL[1]) -> w.IntSlider:
    """Days between sessions: 1 up to the whole ``session_day`` range."""
    allowed = par.INPUT_RANGES["session_day"]
    return _bounded("Days between sessions", value, 1, int(allowed.high - allowed.low))


def draw(values: dict[str, Any]):
    """The chart and sentence for the controls' values, from the model."""
    sessions, spacing = int(values["sessions"]), int(values["spacing"])
    allowed = par.INPUT_RANGES["session_day"]
    last = (sessions - 1) * spacing
    if sessions < 1 or spacing < 1 or last > allowed.high:
        raise ValueError(
            f"{sessions} sessions {spacing} days apart would end on day {last}; session days must be "
            f"{allowed.describe()}. Choose fewer sessions or fewer days between them."
        )
    setting = (sessions, spacing, values["population"], values["stimulus"])
    return live_repeated_pain_chart(*setting), repeated_pain_text(*setting)


def repeated_pain_panel() -> Panel:
    """The chapter's main explorer as a live ipywidgets panel."""
    controls = {
        "sessions": sessions_slider(),
        "spacing": spacing_slider(),
        "population": inputs.population(INITIAL[2]),
        "stimulus": inputs.choice("stimulus", "Painful test", INITIAL[3], par.STIMULUS_LABELS),
    }
    return Panel(controls, draw, caption_html=REPEATED_CAPTION, table_html=repeated_pain_table(*INITIAL[:2]))
