"""The live driver: the same Altair chart as an ipywidget, for Binder and Voila.

Altair's JupyterChart keeps the chart's Vega-Lite parameters (selectors, sliders) working and
exposes them to Python. ``enable_offline`` inlines Vega into the widget's JavaScript (via
vl-convert), so a dashboard on a clinic's local server never reaches a CDN.
"""

from __future__ import annotations

import functools

import altair as alt
import ipywidgets as w

from widgets.charts import LIVE_WIDTH


@functools.cache
def _enable_offline_once() -> None:
    # Builds the inlined Vega bundle (about 1.5 s); once per kernel is enough.
    alt.JupyterChart.enable_offline()


# No Vega-Embed actions menu (export, view source): its <details> toggle has no accessible name (axe
# "summary-name", serious), and a clinic screen or a patient has no use for "View compiled Vega".
EMBED_OPTIONS = {"actions": False}


def live_chart(chart: alt.TopLevelMixin) -> alt.JupyterChart:
    """The chart as a widget whose JavaScript is served by the kernel, not a CDN."""
    _enable_offline_once()
    return alt.JupyterChart(chart, embed_options=EMBED_OPTIONS)


def fixed_width(chart: alt.TopLevelMixin, width: int) -> alt.TopLevelMixin:
    """The chart with a fixed width if it asks for its container's: inside Voila the container is
    measured before the widget is shown, and such a chart draws at width 0."""
    if getattr(chart, "width", alt.Undefined) != "container":
        return chart
    return chart.properties(width=width)


def live_figure(chart: alt.TopLevelMixin, caption_html: str, table_html: str = "") -> w.VBox:
    """Chart, caption and data table stacked, as on the static site."""
    parts: list[w.Widget] = [live_chart(fixed_width(chart, LIVE_WIDTH)), w.HTML(f"<p>{caption_html}</p>")]
    if table_html:
        parts.append(w.HTML(table_html))
    return w.VBox(parts, layout=w.Layout(width="100%"))
