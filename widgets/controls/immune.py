"""Live panel for the cytokine explorer (chapter "Immune effects").

Continuous sliders for intensity and minutes and dropdowns for exercise type and group, all from the model's
input table; every change calls ``model.cytokines`` and redraws the same chart the static site shows
(widgets.charts.cytokine_chart), on a finer time grid than the static page.
"""

from __future__ import annotations

import functools
from typing import Any

import altair as alt

from widgets.charts import LIVE_WIDTH, cytokine_chart
from widgets.controls import inputs
from widgets.controls.panel import Panel, with_data
from widgets.figures import immune as fig

# Every third of the model's time points (and each messenger's peak): 20 points an hour over the six hours
# after a bout, four times the static page's density; every point made a redraw take 0.3 s.
LIVE_EVERY = 3


def cytokine_controls() -> dict:
    d = fig.CYTOKINE_DEFAULT
    return {
        "population": inputs.population(d["population"]),
        "modality": inputs.modality(d["modality"]),
        "intensity": inputs.intensity(d["intensity"]),
        "minutes": inputs.minutes(d["minutes"]),
    }


def live_curve(values: dict[str, Any]) -> dict:
    """The chart's one curve for a setting (the model raises ValueError on bad input)."""
    curve = fig.cytokine_curve(values["population"], values["modality"], values["intensity"],
                               values["minutes"], every=LIVE_EVERY)
    return {"k": 0, **curve}


@functools.lru_cache(maxsize=len(fig.Y_TOPS) + 1)
def _chart_for(y_top: float) -> alt.LayerChart:
    """The builder's chart for an axis top, built once: building it (Altair checks every channel) took
    most of a redraw, while only its data changes between redraws."""
    empty = {"k": 0, "e": 0, "t": [], **{name: [] for name in fig.CYTOKINES}}
    return cytokine_chart([empty], list(fig.CYTOKINES), y_top, width=LIVE_WIDTH)


def draw(values: dict[str, Any]):
    """Chart and result sentence for the panel's current values."""
    curve = live_curve(values)
    chart = with_data(_chart_for(fig.y_max([curve])), [curve])
    sentence = fig.cytokine_sentence_text(values["population"], values["modality"], values["intensity"],
                                          values["minutes"])
    return chart, sentence


def cytokine_panel() -> Panel:
    return Panel(cytokine_controls(), draw, caption_html=fig.CYTOKINE_CAPTION)
