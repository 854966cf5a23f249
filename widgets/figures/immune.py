"""Figures for the immune chapter (book/immune.md): cytokines after one bout, inflammation over weeks.

Model output is computed here, over the grid the static charts' controls offer, and stored compactly: each
distinct curve once (arrays that Vega-Lite flattens into rows in the browser), with a lookup from every
control setting to its curve. Populations whose output is identical everywhere on the grid share curves and
result sentences (a derived Vega signal ``population_group`` names the group), which keeps the page light.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from widgets import model
from widgets import parameters as par
from widgets.charts import cytokine_chart, inflammatory_tone_chart
from widgets.figures import gaps
from widgets.present import present
from widgets.static import ResultSentence, StaticChart, TableColumn, control_key, data_table

POPULATIONS = model.POPULATIONS
MODALITIES = model.MODALITIES
POPULATION_LABELS = [par.POPULATION_LABELS[p] for p in POPULATIONS]
MODALITY_LABELS = [par.MODALITY_LABELS[m] for m in MODALITIES]

# --- (a) Cytokine curves ----------------------------------------------------------------------------------
CYTOKINES = {"IL-6": "il6", "IL-1ra": "il1ra", "IL-10": "il10", "TNF-alpha": "tnf"}
# Minutes offered by the static chart: a one-minute all-out effort (G7's question), short and typical
# sessions, and the long runs the IL-6 studies used (G5: 1 h; G21: 2.5 h; G1: 3.4 h).
DURATIONS = (1, 5, 15, 30, 60, 120, 240)
INTENSITY_STEP = 10  # % of maximum between settings of the intensity slider
SAMPLE_EVERY = 12  # every 12th of the model's time points, plus each messenger's peak
FOLD_DECIMALS = 2  # fold changes stored to 0.01: far finer than the studies resolve
HOURS_DECIMALS = 3
CYTOKINE_DEFAULT = {"population": "healthy", "modality": "aerobic", "intensity": 70, "minutes": 60}
# "Barely moves": a rise of under a tenth of the resting level.
BARELY = 1.1

# --- (b) Inflammatory tone over weeks --------------------------------------------------------------------
# A typical session of each type, within the intensities and lengths training trials used (session_dose
# is flat there): aerobic and resistance at the trials' reference session, isometric as 5 min of holds.
_REFERENCE_SESSION = (par.value("training.reference_intensity"), par.value("training.reference_minutes"))
TYPICAL_SESSIONS = {
    "aerobic": _REFERENCE_SESSION,
    "dynamic_resistance": _REFERENCE_SESSION,
    "isometric": (25, 5),
}
WEEKS = (2, 4, 8, 12, 26, 52)
SESSIONS_STEP = 1
CRP_DECIMALS = 3
TONE_DEFAULT = {"population": "fibromyalgia", "modality": "aerobic", "sessions_per_week": 3, "weeks": 12}


def _intensities() -> range:
    allowed = par.INPUT_RANGES["intensity"]
    return range(int(allowed.low), int(allowed.high) + 1, INTENSITY_STEP)


def _sessions() -> range:
    allowed = par.INPUT_RANGES["sessions_per_week"]
    return range(int(allowed.low), int(allowed.high) + 1, SESSIONS_STEP)


def _number(value: float, decimals: int) -> float | int:
    """Rounded, and written as an integer when whole, so the page stores "1" rather than "1.0"."""
    rounded = round(float(value), decimals)
    return int(rounded) if rounded.is_integer() else rounded


def _fold(value: float) -> str:
    return f"{value:.1f}" if value >= 2 else f"{value:.2f}"


@dataclass(frozen=True)
class CurveTable:
    """Distinct curves, a curve id for every control setting, and each population's group."""

    curves: list[dict]
    lookup: list[int]
    group_of: list[int]
    groups: list[list[str]]
    sentence_parts: dict[str, list[str]]


def _build_table(settings: Sequence[tuple], curve_for: Callable[[str, tuple], dict],
                 pieces_for: Callable[[str, tuple, dict], list[str]],
                 extra: Callable[[str], object] = lambda _population: None) -> CurveTable:
    """Curves for every population and setting; populations with identical output (curves and ``extra``,
    such as a note on the population itself) share a group."""
    by_population = {p: [curve_for(p, s) for s in settings] + [extra(p)] for p in POPULATIONS}
    groups: list[list[str]] = []
    signatures: list[list[dict]] = []
    for population, curves in by_population.items():
        for group, signature in zip(groups, signatures, strict=True):
            if signature == curves:
                group.append(population)
                break
        else:
            groups.append([population])
            signatures.append(curves)
    group_of = [next(i for i, g in enumerate(groups) if p in g) for p in POPULATIONS]
    distinct: dict[str, int] = {}
    stored: list[dict] = []
    lookup: list[int] = []
    parts: dict[str, list[str]] = {}
    for g, group in enumerate(groups):
        for setting, curve in zip(settings, signatures[g][:-1], strict=True):
            text = repr(sorted(curve.items()))
            if text not in distinct:
                distinct[text] = len(stored)
                stored.append({"k": len(stored), **curve})
            lookup.append(distinct[text])
            parts[control_key([g, *setting])] = pieces_for(group[0], setting, curve)
    return CurveTable(stored, lookup, group_of, groups, parts)


# --- (a) Cytokine curves ----------------------------------------------------------------------------------


def cytokine_curve(population: str, modality: str, intensity: float, minutes: float,
                   every: int = SAMPLE_EVERY) -> dict:
    """The model's cytokines for one bout, sampled for the page (every ``every``-th time point and each
    messenger's peak): hours, end of the bout and fold changes."""
    response = model.cytokines(model.Bout(modality, intensity, minutes), population)
    series = {name: getattr(response, field) for name, field in CYTOKINES.items()}
    picked = set(range(0, response.hours.size, every)) | {response.hours.size - 1}
    picked |= {int(values.argmax()) for values in series.values()}
    order = sorted(picked)
    return {
        "e": _number(response.end_hours, HOURS_DECIMALS),
        "t": [_number(response.hours[i], HOURS_DECIMALS) for i in order],
        **{name: [_number(values[i], FOLD_DECIMALS) for i in order] for name, values in series.items()},
    }


def cytokine_pieces(population: str, setting: tuple, curve: dict) -> list[str]:
    """The result sentence's pieces: IL-6 peak and when, IL-1ra and IL-10 peaks, TNF-alpha."""
    modality, intensity, minutes = MODALITIES[setting[0]], setting[1], setting[2]
    response = model.cytokines(model.Bout(modality, intensity, minutes), population)
    il6 = float(response.il6.max())
    stopped = response.end_hours * 60 < minutes - 1e-9
    if il6 < BARELY:
        first = f"IL-6 barely moves (at most {_fold(il6)}-fold)"
        if stopped:
            first += f", and the bout stops at exhaustion after {response.end_hours * 60:.0f} min"
    elif stopped:
        first = f"IL-6 peaks at {_fold(il6)}-fold when the bout stops at exhaustion after " \
                f"{response.end_hours * 60:.0f} min"
    else:
        first = f"IL-6 peaks at {_fold(il6)}-fold at the end of the bout"
    tnf = float(response.tnf.max())
    last = "barely moves" if tnf < BARELY else f"reaches {_fold(tnf)}-fold"
    return [first, _fold(float(response.il1ra.max())), _fold(float(response.il10.max())), last]


CYTOKINE_TEMPLATE = (
    "{minutes} min of {modality} exercise at {intensity}% of maximum: {0}; IL-1ra reaches {1}-fold and "
    "IL-10 {2}-fold; TNF-alpha {3}.{evidence}"
)


def cytokine_evidence_note(population: str) -> str:
    """Why a population's curve is another's: no study measured its cytokine response ("" if one did)."""
    return gaps.fallback_note("il6.response", population, "the cytokine response to exercise", "response")


def cytokine_sentence_text(population: str, modality: str, intensity: float, minutes: float) -> str:
    """The same sentence for any bout (live panel), from the same pieces."""
    pieces = cytokine_pieces(population, (MODALITIES.index(modality), intensity, minutes), {})
    return CYTOKINE_TEMPLATE.format(*pieces, minutes=f"{minutes:g}", intensity=f"{intensity:g}",
                                    modality=par.MODALITY_LABELS[modality].lower(),
                                    evidence=cytokine_evidence_note(population))


def cytokine_settings() -> list[tuple]:
    return [(m, i, d) for m in range(len(MODALITIES)) for i in _intensities() for d in DURATIONS]


def cytokine_table() -> CurveTable:
    return _build_table(
        cytokine_settings(),
        lambda p, s: cytokine_curve(p, MODALITIES[s[0]], s[1], s[2]),
        cytokine_pieces,
    )


# Tops of the log axis: a few round values, so the axis jumps rarely as the live sliders move.
Y_TOPS = (2, 5, 10, 20, 50, 100, 150, 200)


def y_max(curves: Sequence[dict]) -> float:
    """Top of the log axis: the first of ``Y_TOPS`` at least a tenth above the highest fold change."""
    top = 1.1 * max(v for c in curves for name in CYTOKINES for v in c[name])
    return float(next((t for t in Y_TOPS if t >= top), round(top)))


CYTOKINE_CAPTION = (
    "Model output: how many times its resting level each messenger reaches in the blood, hour by hour "
    "from the start of one bout (1 = no change). The scale is logarithmic, so each step up the axis "
    "multiplies. The dashed line marks the end of the bout; a bout longer than a person can keep up at "
    "that intensity stops at exhaustion. The curves are group averages; people differ, and the model "
    "shows no band here. Choose a population, an exercise type, an intensity and a duration."
)

_CYTOKINE_COLUMNS = (
    TableColumn("modality", "Exercise"),
    TableColumn("intensity", "Intensity (%)"),
    TableColumn("minutes", "Minutes"),
    TableColumn("IL-6", "IL-6 peak (fold)", "{:.2f}"),
    TableColumn("IL-1ra", "IL-1ra peak (fold)", "{:.2f}"),
    TableColumn("IL-10", "IL-10 peak (fold)", "{:.2f}"),
    TableColumn("TNF-alpha", "TNF-alpha peak (fold)", "{:.2f}"),
)
TABLE_INTENSITIES = (40, 70, 100)


def cytokine_summary() -> list[dict]:
    """Peaks for healthy adults at a few intensities and every duration: the chart's text alternative."""
    rows = []
    for modality in MODALITIES:
        for intensity in TABLE_INTENSITIES:
            for minutes in DURATIONS:
                response = model.cytokines(model.Bout(modality, intensity, minutes), "healthy")
                rows.append({"modality": par.MODALITY_LABELS[modality], "intensity": intensity,
                             "minutes": minutes} | {name: round(float(getattr(response, field).max()), 2)
                                                    for name, field in CYTOKINES.items()})
    return rows


def _indices(default: dict) -> dict:
    return {"population": POPULATIONS.index(default["population"]),
            "modality": MODALITIES.index(default["modality"])}


def cytokine_figure() -> StaticChart:
    table = cytokine_table()
    value = CYTOKINE_DEFAULT | _indices(CYTOKINE_DEFAULT)
    allowed = par.INPUT_RANGES["intensity"]
    chart = cytokine_chart(
        table.curves, list(CYTOKINES), y_max(table.curves),
        populations=POPULATION_LABELS, modalities=MODALITY_LABELS,
        intensity_range=(int(allowed.low), int(allowed.high), INTENSITY_STEP), durations=list(DURATIONS),
        lookup=table.lookup, group_of=table.group_of, value=value,
    )
    sentence = ResultSentence(
        template=CYTOKINE_TEMPLATE,
        params=("population_group", "modality", "intensity", "minutes"),
        parts=table.sentence_parts,
        labels={"modality": {str(i): label.lower() for i, label in enumerate(MODALITY_LABELS)},
                "evidence": {str(i): cytokine_evidence_note(p) for i, p in enumerate(POPULATIONS)}},
        # The note follows the population itself, not its group of identical curves.
        notes={"evidence": "population"},
    )
    initial = (table.group_of[value["population"]], value["modality"], value["intensity"], value["minutes"],
               value["population"])
    return StaticChart(
        chart=chart,
        caption_html=CYTOKINE_CAPTION,
        table_html=data_table(
            cytokine_summary(), _CYTOKINE_COLUMNS,
            "Table: peak fold change for healthy adults, by exercise, intensity and minutes"),
        sentence=sentence,
        initial_values=initial,
    )


def show_cytokine_curves():
    """The cytokine curves: a static embed on the site, the live explorer panel elsewhere."""
    from widgets.controls.immune import cytokine_panel

    return present(cytokine_figure(), live=cytokine_panel)


# --- (b) Inflammatory tone over weeks --------------------------------------------------------------------


def typical_bout(modality: str) -> model.Bout:
    intensity, minutes = TYPICAL_SESSIONS[modality]
    return model.Bout(modality, intensity, minutes)


def tone_curve(population: str, modality: str, sessions: float, weeks: int = WEEKS[-1]) -> dict:
    """``training_inflammation`` at whole weeks: average and band (SMD)."""
    result = model.training_inflammation(typical_bout(modality), sessions, weeks, population)
    whole = range(0, int(weeks) + 1)
    return {
        "w": list(whole),
        "c": [_number(result.at(w), CRP_DECIMALS) for w in whole],
        "l": [_number(result.band_at(w)[0], CRP_DECIMALS) for w in whole],
        "h": [_number(result.band_at(w)[1], CRP_DECIMALS) for w in whole],
    }


def resting_note(population: str) -> str:
    result = model.training_inflammation(typical_bout("aerobic"), 3, WEEKS[0], population)
    if result.resting_difference is None:
        return ""
    low, high = result.resting_band
    return (f" At rest, this group's {result.resting_marker} sits about {result.resting_difference:.2f} SD "
            f"above healthy adults' ({low:.2f} to {high:.2f} across meta-analyses): a small difference.")


def _lower(value: float) -> str:
    return "no change" if round(value, 2) == 0 else f"{-value:.2f} SD lower"


def tone_pieces(population: str, setting: tuple, _curve: dict | None = None) -> list[str]:
    modality, sessions, weeks = MODALITIES[setting[0]], setting[1], setting[2]
    result = model.training_inflammation(typical_bout(modality), sessions, weeks, population)
    low, high = result.band_at(weeks)
    return [f"{-result.at(weeks):.2f}", _lower(high), _lower(low)]


TONE_TEMPLATE = (
    "{modality} exercise, {sessions_per_week} per week for {weeks} weeks: resting CRP about {0} SD "
    "lower on average than without training; pooled studies range from {1} to {2}.{alike_type}"
    "{alike_group}{population_group}"
)


def _same_course(first: tuple, second: tuple) -> bool:
    """Whether two (population, modality) pairs give the same CRP course at every sessions setting."""
    return all(tone_curve(first[0], first[1], s) == tone_curve(second[0], second[1], s) for s in _sessions())


@functools.cache
def alike_group_note(population: str) -> str:
    """Why the population changes nothing: the pooled trials found CRP fell alike in the groups they had
    (G14), and the model gives every group that change ("" if this group's course differs)."""
    if not _same_course((population, "aerobic"), (gaps.REFERENCE, "aerobic")):
        return ""
    unmeasured = "" if population == gaps.REFERENCE else (
        f"; no study in this model measured it in {gaps.PEOPLE[population]}")
    return (" Training lowered CRP alike in healthy people and in people with heart disease in pooled "
            f"trials, so the model gives every group this change{unmeasured}.")


@functools.cache
def alike_type_note(modality: str) -> str:
    """Why another exercise type changes nothing: the type of exercise matters little for the IL-6 that
    drives the fall (G9), so sessions of the same length and intensity give the same change."""
    twins = [m for m in MODALITIES if m != modality
             and _same_course((gaps.REFERENCE, m), (gaps.REFERENCE, modality))]
    if not twins:
        return ""
    alike = sorted([modality, *twins], key=MODALITIES.index)
    names = " and ".join(par.MODALITY_LABELS[m].lower() for m in alike)
    return (f" The type of exercise matters little for the messenger (IL-6) behind the fall, so {names} "
            "sessions of the same length give the same change.")


def tone_sentence_text(population: str, modality: str, sessions: float, weeks: int) -> str:
    pieces = tone_pieces(population, (MODALITIES.index(modality), sessions, weeks))
    return TONE_TEMPLATE.format(*pieces, sessions_per_week=f"{sessions:g}", weeks=f"{weeks:g}",
                                modality=par.MODALITY_LABELS[modality],
                                alike_type=alike_type_note(modality),
                                alike_group=alike_group_note(population),
                                population_group=resting_note(population))


def tone_table() -> CurveTable:
    """Curves per (exercise type, sessions) over the longest programme; shorter ones are its first weeks
    (no detraining: the build-up to week w does not depend on how long training goes on after it)."""
    settings = [(m, s) for m in range(len(MODALITIES)) for s in _sessions()]
    table = _build_table(settings, lambda p, s: tone_curve(p, MODALITIES[s[0]], s[1]), lambda *_: [],
                         extra=resting_note)
    parts = {
        control_key([g, m, s, w]): tone_pieces(group[0], (m, s, w))
        for g, group in enumerate(table.groups) for m, s in settings for w in WEEKS
    }
    return CurveTable(table.curves, table.lookup, table.group_of, table.groups, parts)


TONE_CAPTION = (
    "Model output: the change in resting C-reactive protein (CRP), a blood marker of inflammation, over "
    "weeks of regular training, as a standardised difference against people who do not train (below zero "
    "= lower). The line is the average the largest meta-analysis found; the shaded band runs from no "
    "change (trials of aerobic exercise alone) to the largest pooled fall. The band shows how much the "
    "studies disagree, not how much people differ. Each session is a typical one for its type (30 min at "
    "70% for aerobic and resistance exercise, 5 min of holds at 25% for isometric). Choose a population, "
    "an exercise type, sessions per week and weeks."
)

_TONE_COLUMNS = (
    TableColumn("modality", "Exercise"),
    TableColumn("weeks", "Weeks"),
    TableColumn("crp", "Average change (SMD)", "{:+.2f}"),
    TableColumn("low", "Studies: largest fall", "{:+.2f}"),
    TableColumn("high", "Studies: smallest fall", "{:+.2f}"),
)


def tone_summary() -> list[dict]:
    rows = []
    for modality in MODALITIES:
        for weeks in WEEKS:
            result = model.training_inflammation(typical_bout(modality), 3, weeks, "healthy")
            low, high = result.band_at(weeks)
            rows.append({"modality": par.MODALITY_LABELS[modality], "weeks": weeks,
                         "crp": result.at(weeks), "low": low, "high": high})
    return rows


def _tone_domain(curves: Sequence[dict]) -> tuple[float, float]:
    lowest = min(v for c in curves for v in c["l"])
    return (round(lowest - 0.05, 1), 0.1)


def inflammatory_tone_figure() -> StaticChart:
    table = tone_table()
    value = TONE_DEFAULT | _indices(TONE_DEFAULT)
    allowed = par.INPUT_RANGES["sessions_per_week"]
    chart = inflammatory_tone_chart(
        table.curves, _tone_domain(table.curves),
        populations=POPULATION_LABELS, modalities=MODALITY_LABELS,
        sessions_range=(int(allowed.low), int(allowed.high), SESSIONS_STEP), weeks=list(WEEKS),
        lookup=table.lookup, group_of=table.group_of, value=value,
    )
    sentence = ResultSentence(
        template=TONE_TEMPLATE,
        params=("population_group", "modality", "sessions_per_week", "weeks"),
        parts=table.sentence_parts,
        # The population's own note (its resting difference from healthy people) goes with its group.
        labels={"modality": {str(i): label for i, label in enumerate(MODALITY_LABELS)},
                "population_group": {str(g): resting_note(group[0]) for g, group in enumerate(table.groups)},
                "alike_type": {str(i): alike_type_note(m) for i, m in enumerate(MODALITIES)},
                "alike_group": {str(i): alike_group_note(p) for i, p in enumerate(POPULATIONS)}},
        notes={"alike_type": "modality", "alike_group": "population"},
    )
    initial = (table.group_of[value["population"]], value["modality"], value["sessions_per_week"],
               value["weeks"], value["population"])
    return StaticChart(
        chart=chart,
        caption_html=TONE_CAPTION,
        table_html=data_table(tone_summary(), _TONE_COLUMNS,
                              "Table: change in resting CRP with 3 sessions a week, by exercise and weeks"),
        sentence=sentence,
        initial_values=initial,
    )


def show_inflammatory_tone():
    """Inflammatory tone over weeks of training: a static embed on the site, a live chart elsewhere."""
    return present(inflammatory_tone_figure())
