"""Live panel for the acute explorer (chapter "Descending pain inhibition").

Continuous sliders for intensity and minutes and dropdowns for exercise type, group, pain test and site,
all from the model's input table; every change calls ``model.acute`` and redraws the same chart the
static site shows (widgets.charts.acute_explorer_chart), with a finer time grid.
"""

from __future__ import annotations

from typing import Any

from widgets import parameters as par
from widgets.charts import LIVE_WIDTH, acute_explorer_chart
from widgets.controls import inputs
from widgets.controls.panel import Panel
from widgets.figures import descending as fig
from widgets.model import spread


def explorer_controls() -> dict:
    d = fig.DEFAULTS
    return {
        "modality": inputs.modality(d["modality"]),
        "population": inputs.population(d["population"]),
        "intensity": inputs.intensity(d["intensity"]),
        "minutes": inputs.minutes(d["minutes"]),
        "measure": inputs.choice("measure", "Pain test", d["measure"], par.MEASURE_LABELS),
        "site": inputs.choice("site", "Measured at", d["site"], par.SITE_LABELS),
    }


def live_record(values: dict[str, Any]) -> dict:
    """The chart's one record for a setting: the model's time course on the live panel's finer grid."""
    response = fig.explorer_response(values["population"], values["modality"], values["intensity"],
                                     values["minutes"], values["measure"], values["site"])
    return fig.time_course(response, fig.LIVE_DURING_POINTS, fig.LIVE_AFTER_MINUTES)


def draw(values: dict[str, Any]):
    """Chart and sentence for the panel's current values (raises the model's ValueError on bad input)."""
    record = live_record(values)
    chart = acute_explorer_chart(
        [record], during_points=fig.LIVE_DURING_POINTS, after_minutes=list(fig.LIVE_AFTER_MINUTES),
        z=(spread.Z_LOW, spread.Z_HIGH),
        subtitle=fig.measure_phrase(values["measure"], values["site"]),
        width=LIVE_WIDTH,
    )
    return chart, fig.live_explorer_sentence(values)


def acute_explorer_panel() -> Panel:
    return Panel(explorer_controls(), draw, caption_html=fig.EXPLORER_CAPTION)
