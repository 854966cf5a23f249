"""The live panel every chapter explorer and clinic dashboard is built from.

A panel holds named controls, a chart (Altair's JupyterChart, offline) and a one-line result sentence.
On every change it calls ``draw(values)``, which asks the model and returns the chart (from the same
builder as the static site) and the sentence. Bad input never crashes the session and never shows a
traceback: a ``ValueError`` from the model already names the field and its allowed range, so its
message is shown in plain words next to the controls, and the last good chart stays on screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

import altair as alt
import ipywidgets as w

from widgets.controls.slider_names import SliderNames
from widgets.live import live_chart

# draw(values) -> (chart, sentence), or (several charts shown one above the other, sentence).
Draw = Callable[[dict[str, Any]], tuple[Any, str]]

UNEXPECTED = "Something went wrong drawing this chart; the last result is still shown. Try another setting."


class Panel(w.VBox):
    """Controls, live charts and an aria-live result sentence, redrawn on every change."""

    def __init__(self, controls: Mapping[str, w.ValueWidget], draw: Draw, caption_html: str = "",
                 table_html: str = "") -> None:
        self.controls = dict(controls)
        self._draw = draw
        self.message = w.HTML(layout=w.Layout(min_height="1.5em"))
        self.sentence = w.HTML()
        charts, sentence = draw(self.values())
        self.current_charts = _as_tuple(charts)
        self.chart_widgets = [live_chart(as_altair(chart)) for chart in self.current_charts]
        self.chart = self.chart_widgets[0]
        self._show_sentence(sentence)
        # SliderNames gives every slider handle its label as an accessible name (ipywidgets leaves it
        # unnamed); in each panel, so every live explorer has it in JupyterLab and in Voila alike.
        parts: list[w.Widget] = [SliderNames(), *self.controls.values(), self.message, *self.chart_widgets,
                                 self.sentence]
        if caption_html:
            parts.append(w.HTML(f"<p>{caption_html}</p>"))
        if table_html:
            parts.append(w.HTML(table_html))
        super().__init__(parts, layout=w.Layout(width="100%"))
        for control in self.controls.values():
            control.observe(self._changed, names="value")

    def values(self) -> dict[str, Any]:
        """The controls' current values, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def _show_sentence(self, sentence: str) -> None:
        self.sentence.value = f'<p class="eih-result" aria-live="polite">{html.escape(sentence)}</p>'

    def _changed(self, _change: dict) -> None:
        self.update()

    def update(self) -> bool:
        """Redraw for the current controls; True if the model accepted them."""
        try:
            charts, sentence = self._draw(self.values())
        except ValueError as error:  # the model's message names the field and its allowed range
            self.message.value = f'<p role="alert">{html.escape(str(error))}</p>'
            return False
        except Exception:  # noqa: BLE001 - a clinician must never see a traceback
            self.message.value = f'<p role="alert">{html.escape(UNEXPECTED)}</p>'
            return False
        self.message.value = ""
        self.current_charts = _as_tuple(charts)
        for widget, chart in zip(self.chart_widgets, self.current_charts, strict=True):
            show_chart(widget, chart)
        self._show_sentence(sentence)
        return True

    @property
    def current_chart(self) -> alt.TopLevelMixin | DataSwap:
        """The chart on screen; several charts as one vertical stack (for inspection and tests: the
        panel shows them as separate widgets, which redraw much faster than one stacked chart)."""
        if len(self.current_charts) == 1:
            return self.current_charts[0]
        parts = []
        for chart in self.current_charts:
            part = as_altair(chart).copy(deep=False)
            part.autosize = alt.Undefined  # only a top-level chart may size itself
            parts.append(part)
        return alt.vconcat(*parts)


class DataSwap:
    """A chart built once (with no data) carrying new records: what live panels redraw.

    Between two redraws of a panel only the data change, yet building or even copying an Altair chart
    re-checks every channel and parameter (about 20 ms a chart, most of a redraw). A DataSwap keeps the
    template's Vega-Lite spec, made once, and puts the records into a copy of it: ``to_dict`` gives the
    same spec Altair would (tested), and ``chart()`` the Altair object, for the first draw and for tests.
    """

    def __init__(self, template: alt.TopLevelMixin, records: list[dict]) -> None:
        self.template, self.records = template, records

    def chart(self) -> alt.TopLevelMixin:
        chart = self.template.copy(deep=False)
        chart.data = alt.Data(values=self.records)
        return chart

    def to_dict(self, validate: bool = False) -> dict:
        if validate:
            return self.chart().to_dict()
        spec = dict(_template_spec(self.template))
        spec["data"] = {"values": self.records}
        return spec


# id(template) -> (template, its spec without data); templates are few and cached by their panels.
_TEMPLATE_SPECS: dict[int, tuple[alt.TopLevelMixin, dict]] = {}


def _template_spec(template: alt.TopLevelMixin) -> dict:
    cached = _TEMPLATE_SPECS.get(id(template))
    if cached is None or cached[0] is not template:
        spec = template.to_dict(validate=False)
        spec.pop("data", None)
        cached = _TEMPLATE_SPECS[id(template)] = (template, spec)
    return cached[1]


def with_data(template: alt.TopLevelMixin, records: list[dict]) -> DataSwap:
    """``template`` (a chart built once, with no data) carrying ``records`` (see DataSwap)."""
    return DataSwap(template, records)


def as_altair(chart: Any) -> alt.TopLevelMixin:
    """An Altair chart for a builder's output (a DataSwap or already a chart)."""
    return chart.chart() if isinstance(chart, DataSwap) else chart


def _as_tuple(charts: Any) -> tuple[alt.TopLevelMixin, ...]:
    return tuple(charts) if isinstance(charts, (tuple, list)) else (charts,)


def show_chart(widget: alt.JupyterChart, chart: alt.TopLevelMixin) -> None:
    """Send a new chart to its widget. A live chart with no Vega parameters of its own (the panel's
    ipywidgets are its controls) only needs its spec replaced; going through ``JupyterChart.chart``
    would validate the whole spec against the Vega-Lite schema again on every slider move, which took
    most of a redraw's time. The builder's output was validated on the first draw and in tests."""
    if isinstance(chart, DataSwap) or getattr(chart, "params", alt.Undefined) in (alt.Undefined, None, []):
        widget.spec = chart.to_dict(validate=False)
    else:
        widget.chart = chart
