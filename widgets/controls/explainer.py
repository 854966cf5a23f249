"""The waiting-room explainer (dashboards/explainer.ipynb): the dosing chapter's explorer for patients.

Four controls (condition, exercise type, how hard, how long), two charts (the 72 hours after one session,
and three sessions a week for 12 weeks) and one sentence. Large type and large touch targets; every control
works with a keyboard alone (Tab to it, arrow keys to change it).
"""

from __future__ import annotations

import functools
from typing import Any

import altair as alt
import ipywidgets as w

from widgets import model
from widgets import parameters as par
from widgets.charts import LIVE_WIDTH, ONE_DOSE, after_session_chart, programme_chart
from widgets.controls.dosing import AFTER_INDEX, programme_index
from widgets.controls.panel import Panel, with_data
from widgets.figures import dosing
from widgets.figures.clinic import Z, course_record
from widgets.plan import CONDITION_LABELS, flare_risk, model_population
from widgets.plan.profile import Profile

# Patients pick within the range the chapters' trials cover; both ranges sit inside the model's own.
INTENSITY = (20, 90, 5)  # % of maximum
MINUTES = (5, 90, 5)
SESSIONS_PER_WEEK, WEEKS = 3, 12  # the trials' usual programme (E11, E12)
for (low, high, _), name in ((INTENSITY, "intensity"), (MINUTES, "minutes")):
    assert par.INPUT_RANGES[name].low <= low and high <= par.INPUT_RANGES[name].high
FILTER = {ONE_DOSE: f"datum.dose == '{ONE_DOSE}'"}
LARGE_TYPE_CSS = """<style>
.eih-explainer { font-size: 1.5rem; line-height: 1.4; max-width: 900px; }
.eih-explainer h1 { font-size: 2.2rem; }
.eih-explainer .widget-html-content { font-size: 1.5rem; line-height: 1.4; }
.eih-explainer .widget-label, .eih-explainer select, .eih-explainer .widget-readout,
.eih-explainer .widget-toggle-buttons button { font-size: 1.4rem !important; }
.eih-explainer .widget-inline-hbox { min-height: 3rem; }
.eih-explainer select, .eih-explainer .widget-toggle-buttons button { min-height: 2.8rem; }
.eih-explainer .widget-slider .noUi-handle {
  width: 2rem !important; height: 2rem !important; top: -0.8rem !important; }
/* A focus ring on everything a keyboard reaches: noUiSlider's handle draws none of its own. */
.eih-explainer :focus-visible, .eih-explainer .noUi-handle:focus {
  outline: 3px solid #0b5cad !important; outline-offset: 2px; }
.eih-explainer .eih-result { font-size: 1.6rem; font-weight: 600; }
/* A phone or a tablet held upright. The charts are drawn at a fixed width (a container width draws at
   0 in Voila), so they scale down to the screen instead of being cut off; each control's label goes
   above it, so a slider's track gets the whole width for a finger. */
@media (max-width: 640px) {
  .eih-explainer .vega-embed svg, .eih-explainer .vega-embed canvas {
    max-width: 100% !important; height: auto !important; }
  .eih-explainer .widget-inline-hbox { flex-wrap: wrap; height: auto !important; }
  .eih-explainer .widget-inline-hbox > .widget-label {
    width: 100% !important; max-width: 100% !important; text-align: left !important; }
  .eih-explainer .widget-inline-hbox > :not(.widget-label) { min-width: 0; max-width: 100%; }
  .eih-explainer .widget-inline-hbox > .slider-container { flex: 1 1 auto; }
  .eih-explainer .widget-readout { flex: 0 0 auto; }
  .eih-explainer select { max-width: 100%; }
}
</style>"""


def controls() -> dict[str, w.ValueWidget]:
    style, layout = {"description_width": "9em"}, w.Layout(width="100%", max_width="760px")
    conditions = {k: v for k, v in CONDITION_LABELS.items()}
    return {
        "condition": w.Dropdown(
            options=[(v, k) for k, v in conditions.items()],
            value="chronic_low_back_pain",
            description="My condition",
            style=style,
            layout=layout,
        ),
        "modality": w.ToggleButtons(
            options=[(v, k) for k, v in par.MODALITY_LABELS.items()],
            value="aerobic",
            description="Exercise",
            style={**style, "button_width": "auto"},
        ),
        "intensity": w.IntSlider(
            value=50,
            min=INTENSITY[0],
            max=INTENSITY[1],
            step=INTENSITY[2],
            description="How hard (%)",
            continuous_update=False,
            style=style,
            layout=layout,
        ),
        "minutes": w.IntSlider(
            value=30,
            min=MINUTES[0],
            max=MINUTES[1],
            step=MINUTES[2],
            description="How long (min)",
            continuous_update=False,
            style=style,
            layout=layout,
        ),
    }


def _large_type(chart: alt.LayerChart) -> alt.LayerChart:
    """Chart text at a size read from a few steps away (the book's charts use Vega-Lite's defaults)."""
    return (chart.configure_axis(labelFontSize=15, titleFontSize=15)
            .configure_legend(labelFontSize=15).configure_title(fontSize=20, subtitleFontSize=15))


@functools.lru_cache(maxsize=1)
def _after_template() -> alt.LayerChart:
    return _large_type(after_session_chart(
        [],
        FILTER,
        Z,
        width=LIVE_WIDTH,
        subtitle="shaded band = middle 8 in 10 people",
        description=(
            "Line chart of the change in everyday pain over the 3 days after one "
            "session, with a shaded band for the middle 8 in 10 people. Above "
            "zero means less pain; below zero is a flare."
        ),
    ))


@functools.lru_cache(maxsize=2)
def _programme_template(outcome: str) -> alt.LayerChart:
    return _large_type(programme_chart(
        [],
        FILTER,
        Z,
        training_weeks=WEEKS,
        y_title=dosing.PROGRAMME_Y_TITLES[outcome],
        width=LIVE_WIDTH,
        subtitle=f"{SESSIONS_PER_WEEK} sessions a week for {WEEKS} weeks",
        description=(
            "Line chart of the change in pain over 12 weeks of three sessions a "
            "week and 12 weeks after stopping, with a shaded band for the middle 8 "
            "in 10 people. Above zero means less pain."
        ),
    ))


def sentence(condition: str, bout: model.Bout, risk: float, outcome: str, end: float) -> str:
    who = (
        "people with no long-term pain"
        if condition == "none"
        else f"people with {CONDITION_LABELS[condition].lower()}"
    )
    in_ten = round(risk / 10)
    flare = "almost no one has" if in_ten == 0 else f"about {in_ten} in 10 have"
    what = "pain" if outcome == "relief" else "pain tolerance"
    trend = ("goes down" if outcome == "relief" else "goes up") if end >= 0.2 else "changes little"
    return (
        f"For {who}, {bout.minutes:g} minutes of {par.MODALITY_LABELS[bout.modality].lower()} exercise at "
        f"{bout.intensity:g}%: {flare} a flare in the next 3 days, and with {SESSIONS_PER_WEEK} sessions a "
        f"week for {WEEKS} weeks, {what} {trend} on average."
    )


def draw(values: dict[str, Any]):
    profile = Profile(values["condition"], "under_60", 0, 0)
    population = model_population(profile)
    bout = model.Bout(values["modality"], values["intensity"], values["minutes"])
    after = model.after_effects(bout, population)
    programme = model.program(bout, SESSIONS_PER_WEEK, WEEKS, population, WEEKS)
    outcome = dosing.outcome_name(population)
    mean, high = (
        (programme.pain_relief, programme.band[1])
        if outcome == "relief"
        else (programme.tolerance, programme.tolerance_band[1])
    )
    end = float(mean[int(round(WEEKS * par.GRID["programme_points_per_week"]))])
    charts = (
        with_data(_after_template(),
                  [course_record(ONE_DOSE, after.hours, after.effect, after.band[1], AFTER_INDEX)]),
        with_data(
            _programme_template(outcome),
            [course_record(ONE_DOSE, programme.week, mean, high, programme_index(len(programme.week)))],
        ),
    )
    return charts, sentence(values["condition"], bout, flare_risk(after), outcome, end)


def waiting_room() -> w.VBox:
    """The explainer, ready to display (one call in dashboards/explainer.ipynb)."""
    panel = Panel(controls(), draw)
    intro = w.HTML(
        "<h1>How much exercise helps?</h1><p>Choose your condition and a session. The charts show "
        "what studies of people like you found on average; everyone is different.</p>"
    )
    note = w.HTML("<p>This is an educational model, not advice for you. Ask your physiotherapist.</p>")
    box = w.VBox([w.HTML(LARGE_TYPE_CSS), intro, panel, note])
    box.add_class("eih-explainer")
    return box


__all__ = ["waiting_room"]
