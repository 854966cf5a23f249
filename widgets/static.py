"""The static-site driver: turn an Altair chart into an offline, kernel-free HTML embed.

The HTML holds a placeholder ``<div class="eih-chart">`` and the chart's Vega-Lite spec as JSON.
``_static/eih/charts.js`` (added to every page by Jupyter Book) finds the placeholder and draws it
with the Vega bundles served from the site itself. Controls are Vega-Lite parameters, so they
work in the browser with no Python kernel. A caption and a data table go with every chart: the
table is the chart's text alternative and what a reader sees if JavaScript is off.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt


@dataclass(frozen=True)
class TableColumn:
    """A column of the text-alternative table: record key, heading, and number format."""

    key: str
    heading: str
    fmt: str = "{}"


def _cell(value: object, fmt: str) -> str:
    if value is None:
        return "not reported"
    return html.escape(fmt.format(value))


def data_table(records: Sequence[dict], columns: Sequence[TableColumn], summary: str) -> str:
    """An HTML table of the records: the full text alternative to a chart."""
    head = "".join(f'<th scope="col">{html.escape(c.heading)}</th>' for c in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_cell(r.get(c.key), c.fmt)}</td>" for c in columns) + "</tr>"
        for r in records
    )
    return (
        f'<details class="eih-chart-table"><summary>{html.escape(summary)}</summary>'
        f'<table class="table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></details>'
    )


def _spec_json(chart: alt.TopLevelMixin) -> str:
    spec = json.dumps(chart.to_dict(), sort_keys=True, separators=(",", ":"))
    # "</" would end the <script> element early; "<\/" is the same string to a JSON parser.
    return spec.replace("</", "<\\/")


@dataclass(frozen=True)
class StaticChart:
    """An offline chart embed that renders in the book's HTML (``_repr_html_``)."""

    chart: alt.TopLevelMixin
    caption_html: str
    table_html: str = ""

    @property
    def spec_json(self) -> str:
        return _spec_json(self.chart)

    @property
    def element_id(self) -> str:
        # Stable across builds (derived from the spec), unique per chart on a page.
        return "eih-chart-" + hashlib.sha1(self.spec_json.encode()).hexdigest()[:10]

    def _repr_html_(self) -> str:
        ident = self.element_id
        description = self.chart.to_dict().get("description", "")
        return (
            f'<figure class="eih-figure">'
            f'<div class="eih-chart" id="{ident}" role="group" aria-label="{html.escape(description)}"></div>'
            f'<script type="application/json" id="{ident}-spec">{self.spec_json}</script>'
            f"<figcaption>{self.caption_html}</figcaption>"
            f"{self.table_html}"
            f"</figure>"
        )
