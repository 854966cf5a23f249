"""Dosing chapter: two doses side by side, over the 72 hours after one session and over a programme.

Model output is computed here over the grid the static charts' controls can select, and stored once
per chart: both doses' layers filter the same rows. Each row holds one bout's time course as arrays
(``t``, average ``e``, spread ``s``; Vega-Lite flattens them) so the page stays light; the band is
``e + z * s`` with the z of the middle 80% (:mod:`widgets.model.spread`).

The result sentence compares the doses in words. Its pieces would grow as the square of the grid if
stored per pair of doses, so the page stores two numbers per dose (a lookup table held in a Vega
parameter) and the comparison rule as Vega expressions generated from :func:`compare` below; the
sentence's settings are then the population and the two comparison words, a few dozen in all.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import numpy as np

from widgets import model
from widgets import parameters as par
from widgets.charts import after_session_chart, dose_param, programme_chart
from widgets.figures import gaps
from widgets.model import spread
from widgets.present import present
from widgets.static import ResultSentence, StaticChart, TableColumn, control_key, data_table

DECIMALS = 3  # far below what the evidence resolves; keeps the page light
Z = (spread.Z_LOW, spread.Z_HIGH)
POPULATIONS = model.POPULATIONS
MODALITIES = tuple(par.MODALITY_LABELS)
CLINICAL = tuple(i for i, p in enumerate(POPULATIONS) if p in par.CLINICAL_PAIN_POPULATIONS)
DOSES = {"a": "Dose A", "b": "Dose B"}

_INTENSITY = par.INPUT_RANGES["intensity"]
# (a) 72 hours after one session. Intensities every 20% from 30%; 10, 30 and 60 minutes span the
# protocols of the flare studies (B15: a short maximal test) and of the bouts that sensitise (C6, C14).
AFTER_INTENSITIES = tuple(range(int(_INTENSITY.low) + 20, int(_INTENSITY.high), 20))  # 30 ... 90
AFTER_MINUTES = (10, 30, 60)
# A dozen time points: dense over the first day, where the flare rises and peaks (B15, D11).
AFTER_HOURS = (0, 1, 2, 4, 6, 8, 12, 18, 24, 36, 48, 60, 72)

# (b) A programme: 12 weeks of training (E1: relief typically after 8-12 weeks), then 12 of stopping.
TRAINING_WEEKS, DETRAINING_WEEKS = 12, 12
PROGRAMME_INTENSITIES = tuple(range(int(_INTENSITY.low) + 20, int(_INTENSITY.high), 30))  # 30, 60, 90
_SESSIONS = par.INPUT_RANGES["sessions_per_week"]
PROGRAMME_SESSIONS = tuple(range(int(_SESSIONS.low), 6))  # 1 ... 5 a week; relief saturates by then
# The session length of the trials the programme rests on (E11, E12); the chart varies intensity.
PROGRAMME_MINUTES = par.value("training.reference_minutes")
# Days from the start: the first days show the early flare, then weekly to fortnightly.
PROGRAMME_DAYS = (0, 2, 4, 7, 14, 21, 28, 42, 56, 70, 84, 98, 112, 140, 168)

DEFAULT_POPULATION = "chronic_low_back_pain"
AFTER_DEFAULTS = {"a": ("aerobic", 50, 30), "b": ("aerobic", 70, 60)}
PROGRAMME_DEFAULTS = {"a": ("aerobic", 30, 2), "b": ("aerobic", 60, 3)}

# How the sentence words a comparison (presentation, not model): "about the same" within 0.05 SMD or
# within a fifth of the larger value; "none" when neither dose reaches 0.05 SMD.
SAME_WITHIN, SAME_SHARE, NOTHING_BELOW = 0.05, 0.2, 0.05


def compare(a: float, b: float) -> str:
    """How dose B's value compares with dose A's: "more", "same", "less", or "none" (both tiny)."""
    if max(abs(a), abs(b)) < NOTHING_BELOW:
        return "none"
    if abs(b - a) <= max(SAME_WITHIN, SAME_SHARE * max(abs(a), abs(b))):
        return "same"
    return "more" if b > a else "less"


def compare_expression(a: str, b: str) -> str:
    """:func:`compare` as a Vega expression over the signals ``a`` and ``b`` (same arithmetic)."""
    big = f"max(abs({a}), abs({b}))"
    return (f"{big} < {NOTHING_BELOW!r} ? 'none' : abs({b} - {a}) <= max({SAME_WITHIN!r}, "
            f"{SAME_SHARE!r} * {big}) ? 'same' : {b} > {a} ? 'more' : 'less'")


def _round(values: np.ndarray) -> list[float]:
    return [round(float(v), DECIMALS) + 0.0 for v in values]  # + 0.0 turns -0.0 into 0.0


def _spread(mean: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The person-to-person spread behind a band: high = mean + z_high * spread."""
    return (high - mean) / spread.Z_HIGH


# --- (a) the 72 hours after one session ------------------------------------------------------------


@dataclass(frozen=True)
class Course:
    """One dose's time course: time points, average, spread, and the two numbers the sentence uses."""

    t: list[float]
    e: list[float]
    s: list[float]
    headline: float  # (a) relief right after the session; (b) relief (or tolerance) at the end of training
    flare: float  # the worst fall below zero (0 if none): (a) over 72 h; (b) during training


def after_course(bout: model.Bout, population: str, hours: Sequence[float] | None = None) -> Course:
    """Clinical pain change after one session at ``hours`` (the model's own grid if None)."""
    result = model.after_effects(bout, population)
    last = len(result.hours) - 1
    index = (np.arange(last + 1) if hours is None
             else np.rint(np.asarray(hours, dtype=float) / result.hours[-1] * last).astype(int))
    mean = result.effect
    return Course(
        t=_round(result.hours[index]), e=_round(mean[index]), s=_round(_spread(mean, result.band[1])[index]),
        headline=round(float(mean[0]), DECIMALS) + 0.0,
        flare=round(max(0.0, -float(mean.min())), DECIMALS) + 0.0,
    )


def stops_early(bout: model.Bout, population: str) -> bool:
    """Whether the bout is longer than people of this group can keep up at its intensity, so it ends at
    exhaustion and a longer setting draws the same course."""
    return model.dose.effective_minutes(bout, population) < bout.minutes - 1e-9


def dose_state(bout: model.Bout, population: str, course: Course) -> str:
    """For the sentence's note: "x" if the bout ends at exhaustion, "0" if it changes nothing (no relief and
    no flare, to the 3 decimals stored), "-" otherwise."""
    if stops_early(bout, population):
        return "x"
    return "0" if course.headline == 0 and course.flare == 0 else "-"


def doses_code(population: str, bouts: dict[str, model.Bout], courses: dict[str, Course]) -> str:
    """Dose A's state then dose B's (:func:`dose_state`): the key of the note on why a control may change
    nothing."""
    return "".join(dose_state(bouts[d], population, courses[d]) for d in DOSES)


def stopped_keys() -> dict[str, int]:
    """The after-session grid's settings whose bout stops at exhaustion (the browser's ``stops`` lookup)."""
    return {control_key([p, m, intensity, minutes]): 1
            for p, population in enumerate(POPULATIONS) for m, modality in enumerate(MODALITIES)
            for intensity in AFTER_INTENSITIES for minutes in AFTER_MINUTES
            if stops_early(model.Bout(modality, intensity, minutes), population)}


def after_records() -> tuple[list[dict], dict[str, list[float]]]:
    """Every bout the after-session chart's controls can select, and the sentence's lookup table."""
    records, summary = [], {}
    for p, population in enumerate(POPULATIONS):
        for m, modality in enumerate(MODALITIES):
            for intensity in AFTER_INTENSITIES:
                for minutes in AFTER_MINUTES:
                    course = after_course(model.Bout(modality, intensity, minutes), population, AFTER_HOURS)
                    records.append({"p": p, "m": m, "i": intensity, "d": minutes,
                                    "t": course.t, "e": course.e, "s": course.s})
                    summary[control_key([p, m, intensity, minutes])] = [course.headline, course.flare]
    return records, summary


# --- (b) a programme over weeks ---------------------------------------------------------------------


def outcome_name(population: str) -> str:
    """What the programme chart shows: clinical pain relief, or pain tolerance where there is no pain."""
    return "relief" if population in par.CLINICAL_PAIN_POPULATIONS else "tolerance"


PROGRAMME_Y_TITLES = {
    "relief": ("Pain relief (SMD)", "above 0 = less pain"),
    "tolerance": ("Pain tolerance (SMD)", "above 0 = tolerates more"),
}


def programme_course(bout: model.Bout, sessions_per_week: float, population: str, weeks: int = TRAINING_WEEKS,
                     detraining_weeks: int = DETRAINING_WEEKS, days: Sequence[int] | None = None) -> Course:
    """Pain relief (clinical groups) or pain tolerance (others) over a programme and after it stops."""
    result = model.program(bout, sessions_per_week, weeks, population, detraining_weeks)
    if outcome_name(population) == "relief":
        mean, high = result.pain_relief, result.band[1]
    else:
        mean, high = result.tolerance, result.tolerance_band[1]
    per_week = par.GRID["programme_points_per_week"]
    index = np.arange(len(result.week)) if days is None else np.asarray(days) * int(per_week) // 7
    end = int(round(weeks * per_week))
    return Course(
        t=_round(result.week[index]), e=_round(mean[index]), s=_round(_spread(mean, high)[index]),
        headline=round(float(mean[end]), DECIMALS) + 0.0,
        flare=round(max(0.0, -float(mean[: end + 1].min())), DECIMALS) + 0.0,
    )


def programme_records() -> tuple[list[dict], dict[str, list[float]]]:
    """Every programme the chart's controls can select, and the sentence's lookup table."""
    records, summary = [], {}
    for p, population in enumerate(POPULATIONS):
        for m, modality in enumerate(MODALITIES):
            for intensity in PROGRAMME_INTENSITIES:
                bout = model.Bout(modality, intensity, PROGRAMME_MINUTES)
                for sessions in PROGRAMME_SESSIONS:
                    course = programme_course(bout, sessions, population, days=PROGRAMME_DAYS)
                    records.append({"p": p, "m": m, "i": intensity, "n": sessions,
                                    "t": course.t, "e": course.e, "s": course.s})
                    summary[control_key([p, m, intensity, sessions])] = [course.headline, course.flare]
    return records, summary


# --- the result sentences ---------------------------------------------------------------------------

GROUP_NAMES = {
    "healthy": "Healthy adults", "older_adult": "Older adults", "athlete": "Endurance athletes",
    "chronic_low_back_pain": "People with chronic low back pain",
    "knee_osteoarthritis": "People with knee osteoarthritis", "fibromyalgia": "People with fibromyalgia",
    "me_cfs": "People with ME/CFS", "whiplash": "People with chronic whiplash",
}
_POPULATION_WORDS = {str(i): f"{GROUP_NAMES[p]}, in the model" for i, p in enumerate(POPULATIONS)}

AFTER_TEMPLATE = "{population}: dose B brings {relief}, {flare}.{doses}{alike}"
_STATE_WORDS = {
    "x": ("longer than people can keep up at {its} intensity, so {it} at exhaustion and more minutes "
          "change nothing"),
    "0": "too light or too short to change pain in the model, with little or no relief or flare",
}


def doses_note(code: str) -> str:
    """The note for a :func:`doses_code`: why a dose's controls may change nothing ("" if neither)."""
    one = {"its": "its", "it": "it stops"}
    both = {"its": "their", "it": "they stop"}
    if code[0] == code[1] and code[0] in _STATE_WORDS:
        return " Both doses are " + _STATE_WORDS[code[0]].format(**both) + "."
    return "".join(f" {DOSES[d]} is " + _STATE_WORDS[state].format(**one) + "."
                   for d, state in zip(DOSES, code, strict=True) if state in _STATE_WORDS)


DOSES_WORDS = {a + b: doses_note(a + b) for a in "x0-" for b in "x0-"}
AFTER_WORDS = {
    "relief": {
        "more": "more relief in the first hour than dose A",
        "same": "about the same relief in the first hour as dose A",
        "less": "less relief in the first hour than dose A",
        "none": "little or no relief in the first hour, as does dose A",
    },
    "flare": {
        "more": "and a larger flare over the next three days",
        "same": "and about the same flare over the next three days",
        "less": "and a smaller flare over the next three days",
        "none": "and neither dose brings a flare over the next three days",
    },
}
PROGRAMME_TEMPLATE = "{population}: dose B brings {relief} by week 12, {flare}.{measured}"
PROGRAMME_WORDS = {
    "relief": {
        "more": "more relief than dose A",
        "same": "about the same relief as dose A",
        "less": "less relief than dose A",
        "none": "little or no relief, as does dose A",
        # No everyday pain to relieve: the chart shows pain tolerance.
        "tmore": "a larger rise in pain tolerance than dose A",
        "tsame": "about the same rise in pain tolerance as dose A",
        "tless": "a smaller rise in pain tolerance than dose A",
        "tnone": "little or no change in pain tolerance, as does dose A",
    },
    "flare": {
        "more": "with a larger flare in the first weeks",
        "same": "with about the same flare in the first weeks",
        "less": "with a smaller flare in the first weeks",
        "none": "and neither dose brings a flare in the first weeks",
    },
}
_CODES = ("more", "same", "less", "none")


def _sentence(template: str, words: dict, tolerance_codes: bool, notes: dict | None = None) -> ResultSentence:
    parts = {}
    for p, population in enumerate(POPULATIONS):
        prefix = "t" if tolerance_codes and outcome_name(population) == "tolerance" else ""
        for relief in _CODES:
            for flare in _CODES:
                parts[control_key([p, prefix + relief, flare])] = []
    return ResultSentence(template=template, params=("population", "relief", "flare"), parts=parts,
                          labels={"population": _POPULATION_WORDS, **words}, notes=notes or {})


def after_alike_note(population: str) -> str:
    """Why a group's 72 hours are healthy adults': a study found its relief alike (athletes, F8)."""
    return gaps.fallback_note("gain", population, "pain relief after exercise", "course")


@functools.cache  # two programme runs: computed once per group, not on every redraw of the live panel
def tolerance_note(population: str) -> str:
    """Why a pain-free group's programme matches healthy adults': the rise in pain tolerance with training
    was measured only in healthy people (E11), so other pain-free groups get their course ("" otherwise)."""
    if population == gaps.REFERENCE or outcome_name(population) != "tolerance":
        return ""
    bout = model.Bout(*PROGRAMME_DEFAULTS["a"][:2], PROGRAMME_MINUTES)
    sessions = PROGRAMME_DEFAULTS["a"][2]
    if programme_course(bout, sessions, population) != programme_course(bout, sessions, gaps.REFERENCE):
        return ""
    return (f" No study in this model measured how training changes pain tolerance in "
            f"{gaps.PEOPLE[population]}, so the chart shows healthy adults' rise.")


_AFTER_NOTES = {"doses": DOSES_WORDS,
                "alike": {str(i): after_alike_note(p) for i, p in enumerate(POPULATIONS)}}
AFTER_SENTENCE = _sentence(AFTER_TEMPLATE, AFTER_WORDS | _AFTER_NOTES, tolerance_codes=False,
                           notes={"doses": "doses", "alike": "population"})
_TOLERANCE_NOTES = {str(i): tolerance_note(p) for i, p in enumerate(POPULATIONS)}
PROGRAMME_SENTENCE = _sentence(PROGRAMME_TEMPLATE, PROGRAMME_WORDS | {"measured": _TOLERANCE_NOTES},
                               tolerance_codes=True, notes={"measured": "population"})


def sentence_codes(population: str, a: Course, b: Course, programme: bool) -> tuple[int, str, str]:
    """The sentence's settings (population index, relief word, flare word) for doses A and B."""
    prefix = "t" if programme and outcome_name(population) == "tolerance" else ""
    return (POPULATIONS.index(population), prefix + compare(a.headline, b.headline),
            compare(a.flare, b.flare))


def _sentence_params(table: str, summary: dict, keys: dict[str, str], programme: bool) -> list[alt.Parameter]:
    """Vega parameters that compute the sentence's settings in the browser from the lookup table."""
    params = [alt.param(name=table, value=summary)]
    for dose, key in keys.items():
        params += [alt.param(name=f"headline_{dose}", expr=f"{table}[{key}][0]"),
                   alt.param(name=f"flare_{dose}", expr=f"{table}[{key}][1]")]
    relief = compare_expression("headline_a", "headline_b")
    if programme:
        relief = f"(indexof({list(CLINICAL)!r}, population) >= 0 ? '' : 't') + ({relief})"
    else:
        # Each dose's state (doses_code: "x" stops at exhaustion, "0" changes nothing, "-" neither), for
        # the note on why a control may change nothing.
        params.append(alt.param(name="after_stops", value=stopped_keys()))
        states = " + ".join(f"(after_stops[{key}] ? 'x' : headline_{d} == 0 && flare_{d} == 0 ? '0' : '-')"
                            for d, key in keys.items())
        params.append(alt.param(name="doses", expr=states))
    return params + [alt.param(name="relief", expr=relief),
                     alt.param(name="flare", expr=compare_expression("flare_a", "flare_b"))]


def _population_param() -> alt.Parameter:
    return dose_param("population", "Population: ", POPULATIONS.index(DEFAULT_POPULATION),
                      options=list(range(len(POPULATIONS))),
                      labels=[par.POPULATION_LABELS[p] for p in POPULATIONS])


def _modality_param(dose: str, value: str) -> alt.Parameter:
    return dose_param(f"modality_{dose}", f"{DOSES[dose]}: exercise ", MODALITIES.index(value),
                      options=list(range(len(MODALITIES))), labels=list(par.MODALITY_LABELS.values()))


def _intensity_param(dose: str, value: int, grid: Sequence[int]) -> alt.Parameter:
    return dose_param(f"intensity_{dose}", f"{DOSES[dose]}: intensity (%) ", value,
                      slider=(grid[0], grid[-1], grid[1] - grid[0]))


# --- the two figures --------------------------------------------------------------------------------

AFTER_CAPTION = (
    "Model output: the change in everyday (clinical) pain over the 72 hours after one session, for two "
    "doses, as a standardised mean difference (SMD; above zero = less pain than before, below zero = a "
    "flare). Dose A is the solid blue line, dose B the dashed orange line; each shaded band holds the "
    "middle 80% of people, so where a band dips below zero some people have more pain. Choose a "
    "population, and for each dose the exercise type, intensity (% of maximum) and length. In sensitised "
    "groups harder or longer sessions bring a flare that builds over hours, peaks about half a day later "
    "and settles over the next days. The numbers describe groups, not one person. Left out: sleep, stress, "
    "other activity that day and where the pain is. Based on: pooled studies of pain after exercise tests in "
    "ME/CFS and fibromyalgia, a neck-shoulder pain study and acute exercise studies (evidence rows B15, B17, "
    "I4, I5, C14; see the appendix)."
)
PROGRAMME_CAPTION = (
    f"Model output: the change in everyday pain over {TRAINING_WEEKS} weeks of {PROGRAMME_MINUTES:g}-minute "
    f"sessions and {DETRAINING_WEEKS} weeks after stopping (dotted line), as a standardised mean "
    "difference (SMD; above zero = less pain). Dose A is the solid blue line, dose B the dashed orange "
    "line; each shaded band holds the middle 80% of people. Relief builds with every session done and "
    "fades after stopping; more sessions a week help, with less to gain beyond about three, while a "
    "harder session adds only an early flare, not more relief. Healthy adults, older adults and endurance "
    "athletes have no everyday pain to relieve, so for them the line shows the change in pain tolerance "
    "instead. "
    "The numbers describe groups, not one person. Left out: missed sessions, other treatment and how "
    "sessions are supervised. Based on: trials and meta-analyses of exercise therapy in chronic pain "
    "(evidence rows E1, E3, E21-E30, C11, C12, I2; see the appendix)."
)

_AFTER_COLUMNS = (
    TableColumn("population", "Population"), TableColumn("modality", "Exercise"),
    TableColumn("intensity", "Intensity (%)"), TableColumn("relief", "Right after (SMD)", "{:+.2f}"),
    TableColumn("flare", "Worst flare (SMD)", "{:.2f}"), TableColumn("at24", "At 24 h (SMD)", "{:+.2f}"),
)
_PROGRAMME_COLUMNS = (
    TableColumn("population", "Population"), TableColumn("outcome", "Shown"),
    TableColumn("modality", "Exercise"), TableColumn("intensity", "Intensity (%)"),
    TableColumn("week4", "Week 4 (SMD)", "{:+.2f}"), TableColumn("week12", "Week 12 (SMD)", "{:+.2f}"),
    TableColumn("week24", "Week 24 (SMD)", "{:+.2f}"),
)
TABLE_MINUTES, TABLE_SESSIONS = 30, 3


def _labelled(record: dict) -> dict:
    return {"population": par.POPULATION_LABELS[POPULATIONS[record["p"]]],
            "modality": par.MODALITY_LABELS[MODALITIES[record["m"]]], "intensity": record["i"]}


def after_session_figure() -> StaticChart:
    records, summary = after_records()
    keys, filters, params = {}, {}, [_population_param()]
    for dose, (modality, intensity, minutes) in AFTER_DEFAULTS.items():
        params += [_modality_param(dose, modality), _intensity_param(dose, intensity, AFTER_INTENSITIES),
                   dose_param(f"minutes_{dose}", f"{DOSES[dose]}: minutes ", minutes, options=AFTER_MINUTES)]
        keys[dose] = f"population + '|' + modality_{dose} + '|' + intensity_{dose} + '|' + minutes_{dose}"
        filters[DOSES[dose]] = (f"datum.p == population && datum.m == modality_{dose} && "
                                f"datum.i == intensity_{dose} && datum.d == minutes_{dose}")
    params += _sentence_params("after_summary", summary, keys, programme=False)
    courses = {d: after_course(model.Bout(*AFTER_DEFAULTS[d]), DEFAULT_POPULATION) for d in DOSES}
    at24 = AFTER_HOURS.index(24)
    table = [_labelled(r) | {"relief": r["e"][0], "flare": max(0.0, -min(r["e"])), "at24": r["e"][at24]}
             for r in records if r["d"] == TABLE_MINUTES]
    return StaticChart(
        chart=after_session_chart(records, filters, Z, params, hours=AFTER_HOURS[-1]),
        caption_html=AFTER_CAPTION,
        table_html=data_table(table, _AFTER_COLUMNS,
                              f"Table: one {TABLE_MINUTES}-minute session, every population, exercise type "
                              "and intensity (worst flare over the time points shown)"),
        sentence=AFTER_SENTENCE,
        initial_values=(*sentence_codes(DEFAULT_POPULATION, courses["a"], courses["b"], programme=False),
                        doses_code(DEFAULT_POPULATION, {d: model.Bout(*AFTER_DEFAULTS[d]) for d in DOSES},
                                   courses)),
    )


def programme_figure() -> StaticChart:
    records, summary = programme_records()
    keys, filters, params = {}, {}, [_population_param()]
    for dose, (modality, intensity, sessions) in PROGRAMME_DEFAULTS.items():
        params += [_modality_param(dose, modality), _intensity_param(dose, intensity, PROGRAMME_INTENSITIES),
                   dose_param(f"sessions_per_week_{dose}", f"{DOSES[dose]}: sessions a week ", sessions,
                              slider=(PROGRAMME_SESSIONS[0], PROGRAMME_SESSIONS[-1], 1))]
        keys[dose] = (f"population + '|' + modality_{dose} + '|' + intensity_{dose} + '|' + "
                      f"sessions_per_week_{dose}")
        filters[DOSES[dose]] = (f"datum.p == population && datum.m == modality_{dose} && "
                                f"datum.i == intensity_{dose} && datum.n == sessions_per_week_{dose}")
    params += _sentence_params("programme_summary", summary, keys, programme=True)
    courses = {d: programme_course(model.Bout(m, i, PROGRAMME_MINUTES), n, DEFAULT_POPULATION)
               for d, (m, i, n) in PROGRAMME_DEFAULTS.items()}
    at = {f"week{w}": PROGRAMME_DAYS.index(w * 7) for w in (4, 12, 24)}
    table = [_labelled(r) | {"outcome": "Pain tolerance" if r["p"] not in CLINICAL else "Pain relief"}
             | {k: r["e"][i] for k, i in at.items()} for r in records if r["n"] == TABLE_SESSIONS]
    return StaticChart(
        chart=programme_chart(records, filters, Z, params, training_weeks=TRAINING_WEEKS,
                              y_title=("Change (SMD): relief, or", "tolerance if pain-free")),
        caption_html=PROGRAMME_CAPTION,
        table_html=data_table(table, _PROGRAMME_COLUMNS,
                              f"Table: {TABLE_SESSIONS} sessions a week, every population, exercise type and "
                              "intensity"),
        sentence=PROGRAMME_SENTENCE,
        initial_values=sentence_codes(DEFAULT_POPULATION, courses["a"], courses["b"], programme=True),
    )


def show_after_session():
    """The 72-hours figure, as an offline embed or a live widget (see widgets.present)."""
    return present(after_session_figure())


def show_programme():
    """The programme figure; where a kernel runs, the chapter's live two-dose explorer (both charts)."""
    from widgets.controls.dosing import dosing_panel

    return present(programme_figure(), live=dosing_panel)
