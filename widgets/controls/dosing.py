"""The dosing chapter's live explorer: two doses side by side, both charts redrawn on every change.

Every dose argument has a control (continuous sliders over the model's input ranges): exercise type,
intensity, session length, sessions per week and weeks of training for dose A and dose B, and one
population for both. ``draw`` calls the model and the same chart builders as the static site.
"""

from __future__ import annotations

import functools
from typing import Any

import altair as alt

from widgets import model
from widgets.charts import LIVE_WIDTH, after_session_chart, programme_chart
from widgets.controls import inputs
from widgets.controls.panel import Panel, with_data
from widgets.figures import dosing as fig

# Live panels start where the static charts start, plus session length and weeks.
STARTS = {
    "a": {"modality": "aerobic", "intensity": 50, "minutes": 30, "sessions_per_week": 2, "weeks": 12},
    "b": {"modality": "aerobic", "intensity": 70, "minutes": 60, "sessions_per_week": 3, "weeks": 12},
}
# Every live record is one dose's whole course; the chart keeps the dose by name.
LIVE_FILTERS = {name: f"datum.dose == '{dose}'" for dose, name in fig.DOSES.items()}
# Points kept from the model's 72-hour grid of 0.1 h: half-hourly over the first 6 hours, where the short
# relief fades and the flare rises, then every two hours (the flare changes slowly by then); and at most
# about 60 points of a programme (smooth over weeks). Fewer points keep a redraw quick: Altair copies
# every number when it turns the chart into a spec.
AFTER_INDEX = [*range(0, 60, 5), *range(60, 721, 20)]
PROGRAMME_POINTS = 60


def controls() -> dict:
    """Population, then for each dose its type, intensity, minutes, sessions a week and weeks."""
    out = {"population": inputs.population(fig.DEFAULT_POPULATION)}
    for dose, start in STARTS.items():
        name = fig.DOSES[dose]
        out |= {
            f"modality_{dose}": inputs.choice("modality", f"{name}: exercise", start["modality"],
                                              inputs.par.MODALITY_LABELS),
            f"intensity_{dose}": inputs.number_slider("intensity", f"{name}: intensity (% of maximum)",
                                                      start["intensity"], step=1),
            f"minutes_{dose}": inputs.number_slider("minutes", f"{name}: minutes per session",
                                                    start["minutes"], step=1),
            f"sessions_per_week_{dose}": inputs.number_slider(
                "sessions_per_week", f"{name}: sessions a week", start["sessions_per_week"], step=1),
            f"weeks_{dose}": inputs.number_slider("weeks", f"{name}: weeks of training", start["weeks"]),
        }
    return out


def courses(values: dict[str, Any]) -> tuple[dict, dict, dict[str, int]]:
    """The model's after-session and programme courses for both doses, and each dose's weeks."""
    population = values["population"]
    weeks = {d: int(values[f"weeks_{d}"]) for d in fig.DOSES}
    horizon = max(weeks.values()) + fig.DETRAINING_WEEKS  # both doses drawn over the same weeks
    after, programme = {}, {}
    for dose in fig.DOSES:
        bout = model.Bout(values[f"modality_{dose}"], values[f"intensity_{dose}"], values[f"minutes_{dose}"])
        after[dose] = fig.after_course(bout, population)
        programme[dose] = fig.programme_course(bout, values[f"sessions_per_week_{dose}"], population,
                                               weeks[dose], horizon - weeks[dose])
    return after, programme, weeks


def _records(course_by_dose: dict, index: list[int] | None = None) -> list[dict]:
    def pick(values: list[float]) -> list[float]:
        return values if index is None else [values[i] for i in index]

    return [{"dose": dose, "t": pick(c.t), "e": pick(c.e), "s": pick(c.s)}
            for dose, c in course_by_dose.items()]


def programme_index(points: int) -> list[int]:
    """Every k-th day of a programme's ``points`` (about PROGRAMME_POINTS in all), the last one included."""
    stride = max(1, -(-points // PROGRAMME_POINTS))
    return sorted({*range(0, points, stride), points - 1})


def sentence(population: str, after: dict, programme: dict, weeks: dict[str, int], doses: str = "--") -> str:
    """Both charts' comparisons in plain words (the static sentences' wording, for continuous doses);
    ``doses`` says which doses end at exhaustion or change nothing (``widgets.figures.dosing.doses_code``)."""
    p, relief, flare = fig.sentence_codes(population, after["a"], after["b"], programme=False)
    one = fig.AFTER_TEMPLATE.format(population=fig._POPULATION_WORDS[str(p)],
                                    relief=fig.AFTER_WORDS["relief"][relief],
                                    flare=fig.AFTER_WORDS["flare"][flare], doses=fig.DOSES_WORDS[doses],
                                    alike=fig.after_alike_note(population))
    _, relief, flare = fig.sentence_codes(population, programme["a"], programme["b"], programme=True)
    by_when = "by week 12" if weeks["a"] == weeks["b"] == 12 else "by the end of training"
    two = (f"Over the programme, dose B brings {fig.PROGRAMME_WORDS['relief'][relief]} {by_when}, "
           f"{fig.PROGRAMME_WORDS['flare'][flare]}.{fig.tolerance_note(population)}")
    return f"{one} {two}"


@functools.lru_cache(maxsize=1)
def _after_template() -> alt.LayerChart:
    """The after-session chart with no data, built once: building a chart (Altair checks every channel)
    took most of a redraw, and between redraws only its data change."""
    return after_session_chart([], LIVE_FILTERS, fig.Z, width=LIVE_WIDTH)


@functools.lru_cache(maxsize=64)
def _programme_template(weeks: tuple[tuple[str, int], ...], outcome: str) -> alt.LayerChart:
    """The programme chart with no data for one pair of training lengths and one outcome, built once."""
    return programme_chart([], LIVE_FILTERS, fig.Z, training_weeks=dict(weeks),
                           y_title=fig.PROGRAMME_Y_TITLES[outcome], width=LIVE_WIDTH)


def draw(values: dict[str, Any]):
    """Both charts and the sentence for the controls' values (the model validates every value)."""
    after, programme, weeks = courses(values)
    training_weeks = tuple((fig.DOSES[d], w) for d, w in weeks.items())
    # Two charts, shown one above the other by the panel: stacking them into one chart cost most of a redraw.
    charts = (
        with_data(_after_template(), _records(after, AFTER_INDEX)),
        with_data(_programme_template(training_weeks, fig.outcome_name(values["population"])),
                   _records(programme, programme_index(len(programme["a"].t)))),
    )
    bouts = {d: model.Bout(values[f"modality_{d}"], values[f"intensity_{d}"], values[f"minutes_{d}"])
             for d in fig.DOSES}
    doses = fig.doses_code(values["population"], bouts, after)
    return charts, sentence(values["population"], after, programme, weeks, doses)


def dosing_panel() -> Panel:
    """The live two-dose explorer."""
    return Panel(controls(), draw, caption_html=fig.AFTER_CAPTION + " " + fig.PROGRAMME_CAPTION)
