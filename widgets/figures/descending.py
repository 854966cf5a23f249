"""Figures for the chapter "Descending pain inhibition: the brain's volume knob".

Three widgets, each model output over its controls' grid (computed here, filtered in the browser):

* the acute explorer: the time course of one bout, during it and for an hour after it, by population,
  exercise type, intensity and duration (pressure pain threshold at the exercising muscle);
* which pain test moves: the effect at the end of a typical bout for each measure and site;
* resting sensitivity and tolerance by population, against healthy adults (``model.resting``).

The explorer's grid is the heaviest thing on the page, so each bout is stored compactly: the mean and
the person-to-person spread at a dozen or so time points as two arrays (the band is symmetric, so the
browser computes it with the same z as :mod:`widgets.model.spread`), and the time points themselves are
rebuilt in the browser from the bout's length (see :func:`time_points`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from widgets import model
from widgets import parameters as par
from widgets.charts import acute_explorer_chart, resting_sensitivity_chart, test_and_site_chart
from widgets.figures import gaps
from widgets.model import spread
from widgets.present import present
from widgets.static import ResultSentence, StaticChart, TableColumn, control_key, data_table

# ---------------------------------------------------------------------------------------------------
# Grid of the acute explorer (display choices, not evidence)
# ---------------------------------------------------------------------------------------------------
INTENSITY_STEP = 15  # % of maximum between the intensity slider's stops: 10, 25, ... 100
# Bout lengths offered (min): from a short hold to an hour, where the studies' protocols lie
# (C16: 1-3 min holds; C1: 10 and 30 min; B3: 20 min; C6: 30-60 min).
DURATIONS = (3, 10, 20, 30, 60)
DURING_POINTS = 5  # points during the bout: its start, each quarter, its end
# Minutes after the end of the bout (an hour of follow-up; the fast drop after a hold needs 1 and 2).
AFTER_MINUTES = (1, 2, 5, 10, 15, 20, 30, 45, 60)
# The live panel draws the same chart with a finer time grid.
LIVE_DURING_POINTS = 21
LIVE_AFTER_MINUTES = tuple(range(1, 61))
DECIMALS = 3  # far below what the evidence resolves; keeps the page light
DEFAULTS = {"population": "healthy", "modality": "aerobic", "intensity": 70, "minutes": 30,
            "measure": "threshold", "site": "local"}
# The bout summarised in the explorer's text table.
TABLE_INTENSITY, TABLE_MINUTES = 70, 30

# A typical laboratory bout of each exercise type, for the measure-and-site chart:
# aerobic 30 min near 70-75% VO2max (C1, C3); isometric 25-30% MVC for 3 min (C16, A8);
# dynamic resistance 3 x 10 at 75% 1RM over a 45-min session (D7).
TYPICAL_BOUTS = {
    "aerobic": (70, 30),
    "isometric": (30, 3),
    "dynamic_resistance": (75, 45),
}

# Group names as they read inside a sentence (the selectors show par.POPULATION_LABELS).
POPULATION_PHRASES = {
    "healthy": "Healthy adults",
    "older_adult": "Older adults",
    "athlete": "Endurance athletes",
    "chronic_low_back_pain": "People with chronic low back pain",
    "knee_osteoarthritis": "People with knee osteoarthritis",
    "fibromyalgia": "People with fibromyalgia",
    "me_cfs": "People with ME/CFS",
    "whiplash": "People with chronic whiplash",
}
RESTING_FIELDS = {
    "threshold_local": "Pain threshold, painful site",
    "threshold_remote": "Pain threshold, elsewhere",
    "tolerance": "Pain tolerance",
    "cpm": "Pain inhibits pain (CPM)",
}


def intensities() -> list[int]:
    allowed = par.INPUT_RANGES["intensity"]
    return list(range(int(allowed.low), int(allowed.high) + 1, INTENSITY_STEP))


def time_points(duration: float, during_points: int = DURING_POINTS,
                after: Sequence[float] = AFTER_MINUTES) -> list[float]:
    """Minutes relative to the end of the bout (negative = during), as the chart rebuilds them:
    point k (1-based) is ``-duration * (n - k) / (n - 1)`` for k <= n, else ``after[k - n - 1]``."""
    n = during_points
    return [-duration * (n - k) / (n - 1) for k in range(1, n + 1)] + [float(t) for t in after]


def _round(x: float) -> float:
    value = round(float(x), DECIMALS)
    return 0.0 if value == 0 else value  # no "-0.0" on the page


def mean_and_spread(response: model.AcuteResponse, minutes: float) -> tuple[float, float]:
    """The model's mean and person-to-person spread at ``minutes``: the band is mean +/- z x spread."""
    low, high = response.band_at(minutes)
    return response.at(minutes), (high - low) / (spread.Z_HIGH - spread.Z_LOW)


def time_course(response: model.AcuteResponse, during_points: int = DURING_POINTS,
                after: Sequence[float] = AFTER_MINUTES) -> dict:
    """One bout's time course: ``x`` (minutes exercised), ``e`` (mean d) and ``s`` (spread) arrays."""
    times = time_points(response.duration_minutes, during_points, after)
    points = [mean_and_spread(response, t) for t in times]
    return {"x": _round(response.duration_minutes),
            "e": [_round(m) for m, _ in points], "s": [_round(s) for _, s in points]}


def explorer_response(population: str, modality: str, intensity: float, minutes: float,
                      measure: str = "threshold", site: str = "local") -> model.AcuteResponse:
    return model.acute(model.Bout(modality, intensity, minutes), population, measure, site)


def explorer_records() -> list[dict]:
    """Every bout the explorer's controls can select.

    Keys are short because the grid is the page's heaviest part: ``p`` population and ``m`` exercise type
    (indices into ``model.POPULATIONS`` and ``model.MODALITIES``), ``i`` intensity, ``d`` minutes asked for.
    """
    return [
        {"p": p, "m": m, "i": i, "d": d}
        | time_course(explorer_response(population, modality, i, d))
        for p, population in enumerate(model.POPULATIONS)
        for m, modality in enumerate(model.MODALITIES)
        for i in intensities()
        for d in DURATIONS
    ]


# ---------------------------------------------------------------------------------------------------
# Result sentences
# ---------------------------------------------------------------------------------------------------
_CHANGE_WORDS = {  # (positive effect = less pain, negative) for each measure
    "threshold": ("up", "down"),
    "rating": ("down", "up"),
    "tolerance": ("up", "down"),
}
_FADE_STEPS = ((5, "within 5 minutes"), (10, "within 10 minutes"), (15, "within a quarter of an hour"),
               (20, "within 20 minutes"), (30, "within half an hour"), (45, "within 45 minutes"),
               (60, "within an hour"))


def change_phrase(effect: float, measure: str) -> str:
    """ "up by about d = 0.6" (less pain) or "down by ..." on a measure, from a d in project sign."""
    size = round(abs(effect), 1)
    if size == 0:
        return "barely changed"
    up, down = _CHANGE_WORDS[measure]
    return f"{up if effect > 0 else down} by about d = {size:.1f}"


def fade_phrase(response: model.AcuteResponse) -> str:
    """When the effect has fallen to a quarter of its value at the end of the bout."""
    end = response.at(0)
    if round(abs(end), 1) == 0:
        return "with little to fade"
    after = [(float(t), float(e)) for t, e in zip(response.minutes, response.effect, strict=True) if t > 0]
    gone = next((t for t, e in after if abs(e) <= abs(end) / 4 or e * end < 0), math.inf)
    for limit, words in _FADE_STEPS:
        if gone <= limit:
            return f"mostly gone {words}"
    return "still there an hour later"


def share_phrase(share: float) -> str:
    """ "1 in 3" (people) from a fraction of people."""
    if share < 0.05:
        return "fewer than 1 in 20"
    if share <= 0.4:
        return f"1 in {round(1 / share)}"
    return f"{math.floor(share * 10 + 0.5)} in 10"


def _duration_phrase(bout_minutes: float, response: model.AcuteResponse) -> str:
    done = response.duration_minutes
    if done >= bout_minutes - 1e-9:
        return ""
    spent = f"{round(done * 60)} seconds" if done < 1 else f"{done:.0f} minutes"
    return f" (held to exhaustion after about {spent})"


def explorer_pieces(response: model.AcuteResponse, bout_minutes: float) -> list[str]:
    return [_duration_phrase(bout_minutes, response), change_phrase(response.at(0), response.measure),
            fade_phrase(response), share_phrase(response.share_worse)]


def measure_phrase(measure: str, site: str) -> str:
    where = "at the exercising muscle" if site == "local" else "elsewhere on the body"
    return f"{par.MEASURE_LABELS[measure].lower()} {where}"


EXPLORER_TEMPLATE = ("{population}, {minutes} minutes of {modality} exercise at {intensity}%{0}: "
                     "{what} {1} at the end, {2}; {3} people may feel more sensitive.{evidence}")
_EXPLORER_PARAMS = ("population", "modality", "intensity", "minutes")
_EVIDENCE_NOTES = {"evidence": "population"}


def explorer_evidence_note(population: str) -> str:
    """Why a group's curve is healthy adults': a study found it alike (endurance athletes, F8)."""
    return gaps.fallback_note("gain", population, "pain relief after exercise", "response")


def _explorer_template(measure: str, site: str) -> str:
    return EXPLORER_TEMPLATE.replace("{what}", measure_phrase(measure, site))


def _modality_phrases() -> dict[str, str]:
    return {m: par.MODALITY_LABELS[m].lower() for m in model.MODALITIES}


def explorer_sentence() -> ResultSentence:
    """The explorer's sentence for every grid setting (population and exercise type as indices)."""
    parts = {}
    for p, population in enumerate(model.POPULATIONS):
        for m, modality in enumerate(model.MODALITIES):
            for i in intensities():
                for d in DURATIONS:
                    response = explorer_response(population, modality, i, d)
                    parts[control_key([p, m, i, d])] = explorer_pieces(response, d)
    labels = {
        "population": {str(p): POPULATION_PHRASES[n] for p, n in enumerate(model.POPULATIONS)},
        "modality": {str(m): w for m, w in enumerate(_modality_phrases().values())},
        "evidence": {str(p): explorer_evidence_note(n) for p, n in enumerate(model.POPULATIONS)},
    }
    return ResultSentence(_explorer_template("threshold", "local"), _EXPLORER_PARAMS, parts, labels,
                          notes=_EVIDENCE_NOTES)


def live_explorer_sentence(values: dict) -> str:
    """The same sentence for any setting of the live panel (continuous intensity and minutes)."""
    response = explorer_response(values["population"], values["modality"], values["intensity"],
                                 values["minutes"], values["measure"], values["site"])
    key_values = [values[name] for name in _EXPLORER_PARAMS]
    sentence = ResultSentence(
        _explorer_template(values["measure"], values["site"]), _EXPLORER_PARAMS,
        {control_key(key_values): explorer_pieces(response, values["minutes"])},
        {"population": POPULATION_PHRASES, "modality": _modality_phrases(),
         "evidence": {n: explorer_evidence_note(n) for n in model.POPULATIONS}},
        notes=_EVIDENCE_NOTES,
    )
    return sentence.text(key_values)


# ---------------------------------------------------------------------------------------------------
# The acute explorer
# ---------------------------------------------------------------------------------------------------
EXPLORER_CAPTION = (
    "Model output for one bout: the change in pressure pain threshold at the exercising muscle, as an "
    "effect size (exercise versus rest; above zero = less sensitive to pain). Time runs from the start of "
    "the bout (left of the dashed line at 0, the end of the bout) to an hour after it. The dark line is "
    "the group average; the shaded band holds the middle 80% of people, so where it dips below zero some "
    "people are more sensitive after the bout, not less. Choose a group, an exercise type, an intensity "
    "(% of maximum: VO2max, maximal contraction or one-repetition maximum) and a duration. A bout longer "
    "than a person could keep up at that intensity ends at exhaustion. The numbers describe groups of "
    "people, not one person. Left out: sex, fitness, fear of pain, expectations and the kind of pressure "
    "test; the band stands in for how much people differ. Sources: Hoffman 2004, Koltyn 2002, Vaegter "
    "2014, Tomschi 2024 (intensity, duration and fading), Kosek 1996 and Hoeger Bement 2008 (held "
    "contractions), Kruger 2016 (exhaustion), and the chronic pain studies named in the text; every "
    "number is in the appendix."
)

_EXPLORER_COLUMNS = (
    TableColumn("population", "Group"),
    TableColumn("modality", "Exercise"),
    TableColumn("end", "At the end (d)", "{:+.2f}"),
    TableColumn("low", "Middle 80%: low", "{:+.2f}"),
    TableColumn("high", "Middle 80%: high", "{:+.2f}"),
    TableColumn("after15", "15 min later (d)", "{:+.2f}"),
    TableColumn("after30", "30 min later (d)", "{:+.2f}"),
    TableColumn("worse", "More sensitive (%)", "{:.0f}"),
)


def explorer_table_rows() -> list[dict]:
    rows = []
    for population in model.POPULATIONS:
        for modality in model.MODALITIES:
            r = explorer_response(population, modality, TABLE_INTENSITY, TABLE_MINUTES)
            low, high = r.band_at(0)
            rows.append({"population": par.POPULATION_LABELS[population],
                         "modality": par.MODALITY_LABELS[modality], "end": r.at(0), "low": low,
                         "high": high, "after15": r.at(15), "after30": r.at(30),
                         "worse": 100 * r.share_worse})
    return rows


def _initial(names: Sequence[str]) -> tuple:
    index = {"population": model.POPULATIONS.index(DEFAULTS["population"]),
             "modality": model.MODALITIES.index(DEFAULTS["modality"])}
    return tuple(index.get(n, DEFAULTS.get(n)) for n in names)


def y_domain(records: Sequence[dict]) -> list[float]:
    """A fixed effect axis for the whole grid (from the widest band), so it does not jump."""
    values = [e + z * s for r in records for e, s in zip(r["e"], r["s"], strict=True)
              for z in (spread.Z_LOW, spread.Z_HIGH)]
    return [math.floor(min(values) * 2) / 2, math.ceil(max(values) * 2) / 2]


def acute_explorer_figure() -> StaticChart:
    records = explorer_records()
    chart = acute_explorer_chart(
        records,
        controls={
            "populations": [par.POPULATION_LABELS[p] for p in model.POPULATIONS],
            "modalities": [par.MODALITY_LABELS[m] for m in model.MODALITIES],
            "intensity": (intensities()[0], intensities()[-1], INTENSITY_STEP),
            "durations": list(DURATIONS),
            "initial": dict(zip(_EXPLORER_PARAMS, _initial(_EXPLORER_PARAMS), strict=True)),
        },
        during_points=DURING_POINTS, after_minutes=list(AFTER_MINUTES),
        z=(spread.Z_LOW, spread.Z_HIGH), y_domain=y_domain(records),
        subtitle="pain threshold at the exercising muscle",
    )
    return StaticChart(
        chart=chart,
        caption_html=EXPLORER_CAPTION,
        table_html=data_table(
            explorer_table_rows(), _EXPLORER_COLUMNS,
            f"Table: every group and exercise type at {TABLE_INTENSITY}% for {TABLE_MINUTES} minutes"),
        sentence=explorer_sentence(),
        initial_values=_initial(_EXPLORER_PARAMS),
    )


def show_acute_explorer():
    """The acute explorer: a static embed on the site, the live panel (widgets.controls) elsewhere."""
    from widgets.controls.descending import acute_explorer_panel

    return present(acute_explorer_figure(), live=acute_explorer_panel)


# ---------------------------------------------------------------------------------------------------
# Which pain test moves, and where
# ---------------------------------------------------------------------------------------------------
def typical_bout(modality: str) -> model.Bout:
    intensity, minutes = TYPICAL_BOUTS[modality]
    return model.Bout(modality, intensity, minutes)


def test_and_site_records() -> list[dict]:
    """Effect at the end of each exercise type's typical bout, for every measure and site."""
    rows = []
    for p, population in enumerate(model.POPULATIONS):
        for m, modality in enumerate(model.MODALITIES):
            for q, measure in enumerate(model.MEASURES):
                for s, site in enumerate(model.SITES):
                    response = model.acute(typical_bout(modality), population, measure, site)
                    mean, sd = mean_and_spread(response, 0)
                    rows.append({"population": p, "modality": m, "measure": q, "site": s,
                                 "e": _round(mean), "sd": _round(sd)})
    return rows


def _cell_phrase(measure: str, site: str) -> str:
    return measure_phrase(measure, site)


def _bout_phrase(modality: str) -> str:
    intensity, minutes = TYPICAL_BOUTS[modality]
    return f"{intensity}% for {minutes} minutes"


def test_and_site_pieces(population: str, modality: str) -> list[str]:
    cells = [(model.acute(typical_bout(modality), population, q, s).at(0), q, s)
             for q in model.MEASURES for s in model.SITES]
    biggest = max(cells, key=lambda c: abs(c[0]))
    smallest = min(cells, key=lambda c: abs(c[0]))
    return [_bout_phrase(modality), _cell_phrase(biggest[1], biggest[2]), f"{biggest[0]:+.1f}",
            _cell_phrase(smallest[1], smallest[2]), f"{smallest[0]:+.1f}"]


TEST_AND_SITE_TEMPLATE = ("{population}, {modality} exercise at {0}: {1} changes most (d = {2}), "
                          "{3} least (d = {4}).{evidence}")


def test_and_site_sentence() -> ResultSentence:
    parts = {control_key([p, m]): test_and_site_pieces(population, modality)
             for p, population in enumerate(model.POPULATIONS)
             for m, modality in enumerate(model.MODALITIES)}
    labels = {
        "population": {str(p): POPULATION_PHRASES[n] for p, n in enumerate(model.POPULATIONS)},
        "modality": {str(m): w for m, w in enumerate(_modality_phrases().values())},
        "evidence": {str(p): explorer_evidence_note(n) for p, n in enumerate(model.POPULATIONS)},
    }
    return ResultSentence(TEST_AND_SITE_TEMPLATE, ("population", "modality"), parts, labels,
                          notes=_EVIDENCE_NOTES)


TEST_AND_SITE_CAPTION = (
    "Model output at the end of a typical bout of each exercise type (aerobic: 70% of VO2max for 30 "
    "minutes; isometric: a 30% hold for 3 minutes, or to exhaustion if sooner; dynamic resistance: a "
    "45-minute session at 75% of the one-repetition maximum). Each row is a pain test: the pressure at "
    "which pain starts (threshold), how much a fixed painful stimulus hurts (rating, shown so that above "
    "zero = it hurts less) and how much pain a person accepts before stopping (tolerance). Blue circles "
    "are measured on the exercising muscle, orange squares elsewhere on the body. Lines show the middle "
    "80% of people. Above zero = less pain. Left out: heat, cold and electrical tests, which the model "
    "folds into these three, and which remote site was tested. Sources: Naugle 2012 and Drury 2005 "
    "(tests), Tomschi 2024, Vaegter 2014 and Vaegter 2018 (sites)."
)

_TEST_COLUMNS = (
    TableColumn("population", "Group"),
    TableColumn("modality", "Exercise"),
    TableColumn("measure", "Pain test"),
    TableColumn("site", "Site"),
    TableColumn("e", "At the end (d)", "{:+.2f}"),
    TableColumn("low", "Middle 80%: low", "{:+.2f}"),
    TableColumn("high", "Middle 80%: high", "{:+.2f}"),
)


def _test_table_rows(records: Sequence[dict]) -> list[dict]:
    # The text alternative lists healthy adults and the three groups whose knob can turn the other way.
    shown = {model.POPULATIONS.index(p) for p in ("healthy", "fibromyalgia", "me_cfs", "whiplash")}
    return [
        {"population": par.POPULATION_LABELS[model.POPULATIONS[r["population"]]],
         "modality": par.MODALITY_LABELS[model.MODALITIES[r["modality"]]],
         "measure": par.MEASURE_LABELS[model.MEASURES[r["measure"]]],
         "site": par.SITE_LABELS[model.SITES[r["site"]]], "e": r["e"],
         "low": r["e"] + spread.Z_LOW * r["sd"], "high": r["e"] + spread.Z_HIGH * r["sd"]}
        for r in records if r["population"] in shown
    ]


def test_and_site_figure() -> StaticChart:
    records = test_and_site_records()
    initial = _initial(("population", "modality"))
    return StaticChart(
        chart=test_and_site_chart(
            records,
            populations=[par.POPULATION_LABELS[p] for p in model.POPULATIONS],
            modalities=[par.MODALITY_LABELS[m] for m in model.MODALITIES],
            measures=[par.MEASURE_LABELS[q] for q in model.MEASURES],
            sites=[par.SITE_LABELS[s] for s in model.SITES],
            z=(spread.Z_LOW, spread.Z_HIGH),
        ),
        caption_html=TEST_AND_SITE_CAPTION,
        table_html=data_table(
            _test_table_rows(records), _TEST_COLUMNS,
            "Table: healthy adults, fibromyalgia, ME/CFS and chronic whiplash, every test and site"),
        sentence=test_and_site_sentence(),
        initial_values=initial,
    )


def show_test_and_site():
    return present(test_and_site_figure())


# ---------------------------------------------------------------------------------------------------
# Resting sensitivity and tolerance by population
# ---------------------------------------------------------------------------------------------------
def resting_records() -> list[dict]:
    """Every population's resting differences from healthy adults (SMD), one row per field."""
    return [
        {"population": p, "field": f, "e": _round(getattr(model.resting(population), name))}
        for p, population in enumerate(model.POPULATIONS)
        for f, name in enumerate(RESTING_FIELDS)
    ]


def _size(value: float) -> str:
    return f"d = {abs(value):.1f}"


def resting_pieces(population: str) -> list[str]:
    r = model.resting(population)
    local, remote = round(r.threshold_local, 1), round(r.threshold_remote, 1)
    if local == 0 and remote == 0:
        threshold = "pain threshold as in healthy adults"
    elif local == remote:
        threshold = f"pain threshold {'higher' if remote > 0 else 'lower'} by {_size(remote)}"
    else:
        threshold = (f"pain threshold {'higher' if local > 0 else 'lower'} by {_size(local)} at the "
                     f"painful site and by {_size(remote)} elsewhere")
    tolerance = ("tolerance as in healthy adults" if round(r.tolerance, 1) == 0 else
                 f"tolerance {'higher' if r.tolerance > 0 else 'lower'} by {_size(r.tolerance)}")
    cpm = ("pain-inhibits-pain as in healthy adults" if round(r.cpm, 1) == 0 else
           f"pain-inhibits-pain {'stronger' if r.cpm > 0 else 'weaker'} by {_size(r.cpm)}")
    return [threshold, tolerance, cpm]


RESTING_TEMPLATE = "{population}, compared with healthy adults at rest: {0}; {1}; {2}."


def resting_sentence() -> ResultSentence:
    parts = {control_key([p]): resting_pieces(population) for p, population in enumerate(model.POPULATIONS)}
    labels = {"population": {str(p): POPULATION_PHRASES[n] for p, n in enumerate(model.POPULATIONS)}}
    return ResultSentence(RESTING_TEMPLATE, ("population",), parts, labels)


RESTING_CAPTION = (
    "Model values for pain sensitivity at rest, before any exercise, as effect sizes against healthy "
    "adults (0). Right of zero = less sensitive: a higher pain threshold, a higher tolerance, or stronger "
    "pain-inhibits-pain (conditioned pain modulation, CPM). The large dots are the group you choose; the "
    "small grey marks are the other groups, for comparison. \"Painful site\" is the knee in knee "
    "osteoarthritis, the neck in whiplash and tender points in fibromyalgia; for groups without one, or "
    "where studies do not separate the sites, both threshold rows show the same number. Left out: heat "
    "and cold thresholds, and differences of sex and age within a group. Sources: den Bandt 2019, Suokas "
    "2012, Stone 2013, Meeus 2010 and Lautenbacher 1994 (thresholds), Tesarz 2012 and Thornton 2024 "
    "(athletes), Lewis 2012, O'Brien 2018, Hackett 2020 and Geva 2013 (CPM)."
)

_RESTING_COLUMNS = (TableColumn("population", "Group"),
                    *(TableColumn(name, label, "{:+.2f}") for name, label in RESTING_FIELDS.items()))


def resting_figure() -> StaticChart:
    records = resting_records()
    table = [{"population": par.POPULATION_LABELS[p]}
             | {name: getattr(model.resting(p), name) for name in RESTING_FIELDS}
             for p in model.POPULATIONS]
    initial = (model.POPULATIONS.index("fibromyalgia"),)
    return StaticChart(
        chart=resting_sensitivity_chart(
            records,
            populations=[par.POPULATION_LABELS[p] for p in model.POPULATIONS],
            fields=list(RESTING_FIELDS.values()),
            initial=initial[0],
        ),
        caption_html=RESTING_CAPTION,
        table_html=data_table(table, _RESTING_COLUMNS, "Table: every group, at rest, against healthy adults"),
        sentence=resting_sentence(),
        initial_values=initial,
    )


def show_resting_sensitivity():
    return present(resting_figure())
