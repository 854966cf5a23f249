"""Choose the driver for a figure: offline HTML embed on the static site, live widget elsewhere.

The static site is built by tools/build_book.py, which sets ``EIH_RENDER_TARGET=static-site`` for
the notebook kernels it runs. There is no kernel behind a static page, so a widget would be
dead there; everywhere else (Binder, JupyterLab, Voila) a live widget is what readers expect.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from widgets.live import live_figure
from widgets.static import StaticChart

RENDER_TARGET_ENV = "EIH_RENDER_TARGET"
STATIC_SITE = "static-site"


def building_static_site() -> bool:
    return os.environ.get(RENDER_TARGET_ENV) == STATIC_SITE


def present(figure: StaticChart, live: Callable[[], object] | None = None):
    """The figure in the form that works where this code runs.

    ``live`` builds the figure's ipywidgets panel (widgets/controls), whose sliders call the model in
    the kernel; without one, the static chart is shown as a live widget with the same controls."""
    if building_static_site():
        return figure
    if live is not None:
        return live()
    return live_figure(figure.chart, figure.caption_html, figure.table_html)
