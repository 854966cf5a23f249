"""The live driver: the same Altair chart as an ipywidget, for Binder and Voila.

Altair's JupyterChart keeps the chart's Vega-Lite parameters (selectors, sliders) working and
exposes them to Python. ``enable_offline`` inlines Vega into the widget's JavaScript (via
vl-convert), so a dashboard on a clinic's local server never reaches a CDN.
"""

from __future__ import annotations

import functools

import altair as alt
import ipywidgets as w


@functools.cache
def _enable_offline_once() -> None:
    # Builds the inlined Vega bundle (about 1.5 s); once per kernel is enough.
    alt.JupyterChart.enable_offline()


def live_chart(chart: alt.TopLevelMixin) -> alt.JupyterChart:
    """The chart as a widget whose JavaScript is served by the kernel, not a CDN."""
    _enable_offline_once()
    return alt.JupyterChart(chart)


def live_figure(chart: alt.TopLevelMixin, caption_html: str, table_html: str = "") -> w.VBox:
    """Chart, caption and data table stacked, as on the static site."""
    parts: list[w.Widget] = [live_chart(chart), w.HTML(f"<p>{caption_html}</p>")]
    if table_html:
        parts.append(w.HTML(table_html))
    return w.VBox(parts, layout=w.Layout(width="100%"))
