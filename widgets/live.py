"""The live driver: the same Altair chart as an ipywidget, for Binder and Voila.

Altair's JupyterChart keeps the chart's Vega-Lite parameters (selectors, sliders) working and
exposes them to Python. ``enable_offline`` inlines Vega into the widget's JavaScript (via
vl-convert), so a dashboard on a clinic's local server never reaches a CDN.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import altair as alt
import ipywidgets as w

from widgets.charts import LIVE_WIDTH

# Under the clinic launcher (tools/clinic.py, build_chart_module) this names a file holding the chart
# widget's JavaScript to use in place of the inlined Vega bundle: a loader of a few lines that imports
# the module the server builds once and serves as a static file. Each new kernel reads the file
# (milliseconds) instead of building the bundle (about 2 s of CPU per kernel) or sending 900 kB per chart.
VEGA_BUNDLE_ENV = "EIH_VEGA_BUNDLE"


@functools.cache
def _enable_offline_once() -> None:
    bundle = os.environ.get(VEGA_BUNDLE_ENV, "")
    if bundle and Path(bundle).is_file():
        # What enable_offline() sets, in the pinned Altair 6.3 (tests/test_live_panel.py checks that the
        # two give the same JavaScript).
        alt.JupyterChart._esm = Path(bundle).read_text(encoding="utf-8")
        alt.JupyterChart._is_offline = True
        return
    alt.JupyterChart.enable_offline()  # builds the bundle with vl-convert (about 2 s)


def write_vega_bundle(path: Path) -> None:
    """Build the inlined Vega bundle and write it to ``path`` (atomically: a kernel never reads half)."""
    alt.JupyterChart.enable_offline()
    partial = path.with_name(path.name + ".partial")
    partial.write_text(alt.JupyterChart._esm, encoding="utf-8")
    os.replace(partial, path)


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
