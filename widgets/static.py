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
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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


def control_key(values: Sequence[object]) -> str:
    """The key for one setting of a chart's controls: the values joined with "|", each written as
    JavaScript's ``String()`` writes it (30, not 30.0), so _static/eih/charts.js builds the same key
    from the chart's Vega parameters."""
    parts = []
    for value in values:
        if isinstance(value, bool):
            parts.append("true" if value else "false")
        elif isinstance(value, float) and value.is_integer():
            parts.append(str(int(value)))
        else:
            parts.append(str(value))
    return "|".join(parts)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ResultSentence:
    """A one-line result under a chart that follows its controls, on the static site and in live panels.

    ``template`` holds placeholders: ``{name}`` for a control (a Vega parameter named in ``params``),
    printed through ``labels[name]`` when given, else as its value; ``{0}``, ``{1}``, ... for the pieces
    the model computed for that setting, stored in ``parts`` under the setting's :func:`control_key`.
    Storing short pieces rather than whole sentences keeps a page with a large control grid light;
    the browser fills the template with the same rule as :meth:`text` (charts.js).

    ``notes`` maps a placeholder to the Vega parameter it reads, printed only through ``labels`` and left
    out of the key: a note that depends on one control (such as which group's evidence the chart uses for
    a population) then costs one label per value rather than multiplying the parts. A note's parameter
    may also be in ``params``; one that is not is read after them (see :attr:`signals`).
    """

    template: str
    params: tuple[str, ...]
    parts: Mapping[str, Sequence[str]]
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)

    @property
    def signals(self) -> tuple[str, ...]:
        """The values :meth:`text` takes, in order: ``params``, then notes' parameters not among them."""
        extra = [s for s in dict.fromkeys(self.notes.values()) if s not in self.params]
        return (*self.params, *extra)

    def text(self, values: Sequence[object]) -> str:
        """The sentence for one setting of the controls (values in the order of :attr:`signals`)."""
        settings = dict(zip(self.signals, values, strict=True))
        pieces = self.parts[control_key(values[:len(self.params)])]

        def fill(match: re.Match) -> str:
            name = match.group(1)
            if name.isdigit():
                return pieces[int(name)]
            value = control_key([settings[self.notes.get(name, name)]])
            return self.labels.get(name, {}).get(value, value)

        return _PLACEHOLDER.sub(fill, self.template)

    def to_json(self) -> str:
        payload = {"template": self.template, "params": list(self.params),
                   "labels": {k: dict(v) for k, v in self.labels.items()},
                   "parts": {k: list(v) for k, v in self.parts.items()}}
        if self.notes:
            payload["notes"] = dict(self.notes)
        return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


@dataclass(frozen=True)
class StaticChart:
    """An offline chart embed that renders in the book's HTML (``_repr_html_``)."""

    chart: alt.TopLevelMixin
    caption_html: str
    table_html: str = ""
    # A result sentence that follows the controls, announced to screen readers (aria-live).
    sentence: ResultSentence | None = None
    initial_values: tuple = ()

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
        result = ""
        if self.sentence is not None:
            result = (
                f'<p class="eih-result" id="{ident}-result" aria-live="polite">'
                f"{html.escape(self.sentence.text(self.initial_values))}</p>"
                f'<script type="application/json" id="{ident}-sentence">{self.sentence.to_json()}</script>'
            )
        return (
            f'<figure class="eih-figure">'
            f'<div class="eih-chart" id="{ident}" role="group" aria-label="{html.escape(description)}"></div>'
            f'<script type="application/json" id="{ident}-spec">{self.spec_json}</script>'
            f"{result}"
            f"<figcaption>{self.caption_html}</figcaption>"
            f"{self.table_html}"
            f"</figure>"
        )
