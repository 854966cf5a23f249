"""Figures for the chapter "Pain inhibits pain", and getting used to pain (book/modulation.md).

Two widgets, both drawn from the model (:func:`widgets.model.cpm` and :func:`widgets.model.repeated_pain`):

- conditioned pain modulation (CPM) during and after a conditioning pain, by population;
- the same painful test repeated on several days (habituation, or sensitisation), by number of sessions,
  days between them, population and stimulus. This is the chapter's main explorer; its live panel is in
  :mod:`widgets.controls.modulation`.

Model output is computed here over the grid the static chart's controls offer and stored rounded. The
repeated-pain model is a course over days shared by every group, scaled by one factor for the group and the
stimulus (widgets/model/modulation.py), so the page stores the course once per schedule and that factor per
group, and the browser multiplies them; the tests check that product against the model for every setting.
"""

from __future__ import annotations

import functools

import altair as alt

from widgets import model
from widgets import parameters as par
from widgets.charts import LIVE_WIDTH, cpm_chart, repeated_pain_chart
from widgets.figures import gaps
from widgets.present import present
from widgets.static import ResultSentence, StaticChart, TableColumn, control_key, data_table

DIGITS = 3  # rounding of every stored model number: far below what the evidence resolves
REFERENCE = "healthy"  # the comparison group in both charts, and the group whose course the page stores
REFERENCE_STIMULUS = par.STIMULI[0]

# CPM: every 4th point of the model's time grid (0.2 min apart); the end of conditioning (1 min) is on it.
CPM_STRIDE = 4

# Repeated pain, static grid: 1 to 10 sessions (habituation saturates over 5-8 daily sessions, H1 H4),
# every day, every other day, every third day or once a week. The live panel takes any schedule that fits
# the model's session_day range.
SESSION_COUNTS = tuple(range(1, 11))
SPACINGS = {1: "every day", 2: "every 2 days", 3: "every 3 days", 7: "once a week"}
INITIAL = (7, 1, REFERENCE, REFERENCE_STIMULUS)  # seven daily cold tests, as in H4
assert (max(SESSION_COUNTS) - 1) * max(SPACINGS) <= par.INPUT_RANGES["session_day"].high

STIMULUS_TESTS = {"cold": ("cold pain test", "cold pain tests"),
                  "heat": ("heat pain test", "heat pain tests")}
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _r(value: float) -> float:
    return round(float(value), DIGITS) + 0.0  # + 0.0 turns -0.0 into 0.0


# --- (a) conditioned pain modulation ---------------------------------------------------------------------


def cpm_records() -> list[dict]:
    """The CPM time course of every population (every ``CPM_STRIDE``-th point of the model's grid)."""
    rows = []
    for population in model.POPULATIONS:
        result = model.cpm(population)
        low, high = result.band
        for i in range(0, len(result.minutes), CPM_STRIDE):
            rows.append({"population": population, "minute": _r(result.minutes[i]),
                         "effect": _r(result.effect[i]), "low": _r(low[i]), "high": _r(high[i])})
    return rows


CPM_TEMPLATE = ("{population}: while the conditioning pain lasts, a test pain elsewhere is turned down by "
                "d = {0}{1}; in the minutes just after it stops, the effect averages only d = {2}.{3}")


def cpm_evidence_note(population: str) -> str:
    """Why a population's curve is another's: no study of its own (a pooled or the reference value), or
    its own studies happen to give the value another group's evidence gives; "" otherwise."""
    note = gaps.fallback_note("cpm_gain", population, "conditioned pain modulation", "value")
    if note or population == REFERENCE:
        return note
    gain = par.lookup("cpm_gain", population)
    others = {par.evidence_source("cpm_gain", p) for p in model.POPULATIONS
              if p != population and par.lookup("cpm_gain", p) == gain}
    if not others:
        return ""
    whose = " and ".join(sorted(gaps.GROUP_PEOPLE.get(o, gaps.PEOPLE.get(o, o)) for o in others))
    return (f" Studies of {gaps.PEOPLE[population]} give the same value as the studies of {whose}, so the "
            "curves are the same.")


def cpm_sentence() -> ResultSentence:
    """The CPM result sentence: pieces per population (during, the reference's value, just after, and
    why the curve is another group's where it is)."""
    reference = model.cpm(REFERENCE).during
    parts = {}
    for population in model.POPULATIONS:
        result = model.cpm(population)
        compare = "" if population == REFERENCE else (
            f" ({par.POPULATION_LABELS[REFERENCE].lower()}s: {reference:.2f})")
        parts[control_key([population])] = [f"{result.during:.2f}", compare, f"{result.after:.2f}",
                                            cpm_evidence_note(population)]
    return ResultSentence(CPM_TEMPLATE, ("population",), parts, {"population": dict(par.POPULATION_LABELS)})


CPM_CAPTION = (
    "Model output: how much a painful conditioning stimulus (such as a hand in cold water for one minute, "
    "the shaded period) turns down a test pain elsewhere on the body, as an effect size (above zero = "
    "less pain). The line is the group average; the shaded band holds the middle 80% of people. The "
    "effect lasts while the conditioning pain is on and fades within minutes after it stops. Choose a "
    "population; the dashed line shows healthy adults for comparison (untick the box to hide it)."
)

_CPM_COLUMNS = (
    TableColumn("population", "Population"),
    TableColumn("during", "During conditioning (d)", "{:+.2f}"),
    TableColumn("low", "Middle 80%: low", "{:+.2f}"),
    TableColumn("high", "Middle 80%: high", "{:+.2f}"),
    TableColumn("after", "Average just after (d)", "{:+.2f}"),
)


def cpm_figure() -> StaticChart:
    """CPM during and after conditioning, with a population selector."""
    summary = []
    for population in model.POPULATIONS:
        result = model.cpm(population)
        summary.append({"population": par.POPULATION_LABELS[population], "during": result.during,
                        "low": float(result.band[0][0]), "high": float(result.band[1][0]),
                        "after": result.after})
    return StaticChart(
        chart=cpm_chart(cpm_records(), dict(par.POPULATION_LABELS), REFERENCE,
                        model.cpm(REFERENCE).conditioning_minutes),
        caption_html=CPM_CAPTION,
        table_html=data_table(summary, _CPM_COLUMNS, "Table: conditioned pain modulation by population"),
        sentence=cpm_sentence(),
        initial_values=(REFERENCE,),
    )


def show_cpm():
    """The CPM figure, as an offline embed or a live widget (see widgets.present)."""
    return present(cpm_figure())


# --- (b) repeated painful sessions over days -------------------------------------------------------------


def session_days(sessions: int, spacing: int) -> list[int]:
    """``sessions`` session days from day 0, ``spacing`` days apart."""
    return [i * spacing for i in range(sessions)]


def repeated_pain_rows(result: model.RepeatedPainResult) -> list[dict]:
    """One row per day of a model result: day, effect, low, high; ``on`` = 1 on session days and
    ``stop`` = 1 on the last one (left out elsewhere, to keep the page light)."""
    low, high = result.band
    on = {int(d) for d in result.session_days}
    last = int(result.session_days[-1])
    rows = []
    for i, day in enumerate(result.day):
        row = {"day": int(day), "effect": _r(result.effect[i]), "low": _r(low[i]), "high": _r(high[i])}
        if int(day) in on:
            row["on"] = 1
        if int(day) == last:
            row["stop"] = 1
        rows.append(row)
    return rows


def repeated_pain_records() -> list[dict]:
    """The reference group's course for every schedule on the static grid (sessions x spacing)."""
    return [
        {"sessions": n, "spacing": gap} | row
        for n in SESSION_COUNTS
        for gap in SPACINGS
        for row in repeated_pain_rows(
            model.repeated_pain(session_days(n, gap), REFERENCE, REFERENCE_STIMULUS))
    ]


def scales() -> dict[str, float]:
    """{"population|stimulus": k}: each group's change as a multiple of the reference group's, read off
    the model (the change one day after a single session)."""
    reference = model.repeated_pain([0], REFERENCE, REFERENCE_STIMULUS).effect[1]
    return {
        f"{population}|{stimulus}": round(
            float(model.repeated_pain([0], population, stimulus).effect[1] / reference), 6)
        for population in model.POPULATIONS
        for stimulus in par.STIMULI
    }


def _count(n: int) -> str:
    return NUMBER_WORDS[n - 1] if n <= len(NUMBER_WORDS) else str(n)


def _d(value: float) -> str:
    return f"{value:.2f}".replace("-", "\u2212") if round(value, 2) != 0 else "0.00"


def dose_phrase(sessions: int, spacing: int, stimulus: str) -> str:
    """"seven daily cold pain tests", "one heat pain test", "three cold pain tests 7 days apart"."""
    one, many = STIMULUS_TESTS[stimulus]
    if sessions == 1:
        return f"one {one}"
    if spacing == 1:
        return f"{_count(sessions)} daily {many}"
    return f"{_count(sessions)} {many} {spacing} days apart"


def repeated_pain_pieces(result: model.RepeatedPainResult, sessions: int, spacing: int,
                         stimulus: str) -> list[str]:
    """The result sentence's pieces for one schedule: dose, direction, size, what is left, the exceptions."""
    last = int(result.session_days[-1])
    peak = float(result.effect[last + 1])  # the same test the day after the last session
    end = float(result.effect[-1])  # 14 days after the last session
    if round(peak, 2) == 0:
        direction, left = "hurts about the same", "there is still no change"
    else:
        direction = "hurts less" if peak > 0 else "hurts more"
        share_left = end / peak
        left = ("most of that is gone" if share_left < 0.5 else
                "about half of it is left" if share_left < 0.75 else "most of it is still there")
    against = result.share_against_trend
    exceptions = ""
    if against > 0:
        instead = "become more sensitive instead" if peak > 0 else "get used to it instead"
        exceptions = f" About 1 in {round(1 / against)} people {instead}."
    return [dose_phrase(sessions, spacing, stimulus), direction, _d(peak), left, _d(end), exceptions]


REPEATED_TEMPLATE = ("{population}, {0}: the day after the last one, the same test {1} (d = {2}); "
                     "two weeks after stopping, {3} (d = {4}).{5}{evidence}")
REPEATED_PARAMS = ("sessions", "spacing", "population", "stimulus")


def repeated_evidence_note(population: str) -> str:
    """Why the population, or the choice of cold or heat, changes nothing: no study of the group (or a
    study that found it like healthy adults), and no figure that tells cold and heat apart for it."""
    note = gaps.fallback_note("habituation_factor", population, "getting used to a repeated pain", "course",
                              qualifier=REFERENCE_STIMULUS)
    used = {par.lookup_name("habituation_factor", population, s) for s in par.STIMULI}
    if len(used) > 1:
        return note
    if population == REFERENCE:
        return (f" {gaps.capitalised(gaps.PEOPLE[population])} got used to both cold and heat tests in the "
                "studies, and no study in this model tells the two apart, so both tests give the same "
                "course.")
    return note + (" No study in this model tells cold and heat tests apart for them, so both tests give the "
                   "same course.")


def repeated_pain_sentence(grid: bool = True, setting: tuple | None = None) -> ResultSentence:
    """The result sentence over the static grid, or (``grid=False``) for one ``setting`` only."""
    settings = ([(n, gap, p, s) for n in SESSION_COUNTS for gap in SPACINGS for p in model.POPULATIONS
                 for s in par.STIMULI] if grid else [setting])
    parts = {}
    for n, gap, population, stimulus in settings:
        result = model.repeated_pain(session_days(n, gap), population, stimulus)
        parts[control_key([n, gap, population, stimulus])] = repeated_pain_pieces(result, n, gap, stimulus)
    return ResultSentence(REPEATED_TEMPLATE, REPEATED_PARAMS, parts,
                          {"population": dict(par.POPULATION_LABELS),
                           "evidence": {p: repeated_evidence_note(p) for p in model.POPULATIONS}},
                          notes={"evidence": "population"})


def repeated_pain_text(sessions: int, spacing: int, population: str, stimulus: str) -> str:
    """The same sentence as on the static site, for any schedule (live panel)."""
    setting = (sessions, spacing, population, stimulus)
    return repeated_pain_sentence(grid=False, setting=setting).text(setting)


REPEATED_CAPTION = (
    "Model output: how much less (above zero) or more (below zero) the same painful test hurts compared "
    "with the first time, when it is repeated on several days. Dots mark the days with a test; the dashed "
    "line marks the last one, and the model follows the two weeks after it. The line is the group "
    "average; the shaded band holds the middle 80% of people, so where the band crosses zero some people "
    "change the other way from their group. Choose how many sessions, how far apart, which population and "
    "which test (cold or heat)."
)

_REPEATED_COLUMNS = (
    TableColumn("population", "Population"),
    TableColumn("stimulus", "Test"),
    TableColumn("peak", "Day after last session (d)", "{:+.2f}"),
    TableColumn("low", "Middle 80%: low", "{:+.2f}"),
    TableColumn("high", "Middle 80%: high", "{:+.2f}"),
    TableColumn("end", "Two weeks later (d)", "{:+.2f}"),
    TableColumn("against", "Going the other way", "{:.0%}"),
)


def repeated_pain_table(sessions: int, spacing: int) -> str:
    rows = []
    for population in model.POPULATIONS:
        for stimulus in par.STIMULI:
            result = model.repeated_pain(session_days(sessions, spacing), population, stimulus)
            i = int(result.session_days[-1]) + 1
            rows.append({"population": par.POPULATION_LABELS[population],
                         "stimulus": par.STIMULUS_LABELS[stimulus], "peak": result.effect[i],
                         "low": result.band[0][i], "high": result.band[1][i], "end": result.effect[-1],
                         "against": result.share_against_trend})
    return data_table(rows, _REPEATED_COLUMNS,
                      f"Table: {_count(sessions)} sessions {SPACINGS[spacing]}, every population and test")


def y_domain(records: list[dict], factors: dict[str, float]) -> list[float]:
    """The change axis, fixed over every setting so it does not jump when a control moves."""
    values = [k * v for k in factors.values() for r in records for v in (r["low"], r["high"])]
    return [min(values), max(values)]


def repeated_pain_figure() -> StaticChart:
    """The repeated-pain explorer with kernel-free controls."""
    records, factors = repeated_pain_records(), scales()
    return StaticChart(
        chart=repeated_pain_chart(
            records, sessions=SESSION_COUNTS, spacings=SPACINGS, populations=dict(par.POPULATION_LABELS),
            stimuli=dict(par.STIMULUS_LABELS), scales=factors, initial=INITIAL,
            y_domain=y_domain(records, factors),
        ),
        caption_html=REPEATED_CAPTION,
        table_html=repeated_pain_table(*INITIAL[:2]),
        sentence=repeated_pain_sentence(),
        initial_values=INITIAL,
    )


def live_repeated_pain_chart(sessions: int, spacing: int, population: str, stimulus: str):
    """The same chart for one schedule, straight from the model (live panel).

    Raises the model's ``ValueError`` for a schedule outside its range."""
    result = model.repeated_pain(session_days(sessions, spacing), population, stimulus)
    # The builder's chart with no rows, made once; each redraw only swaps in the model's rows (the same
    # spec as building it anew, about 30 ms faster, which keeps a slider move under 100 ms).
    return _live_template().properties(data=alt.Data(values=repeated_pain_rows(result)))


@functools.cache
def _live_template() -> alt.LayerChart:
    return repeated_pain_chart([], width=LIVE_WIDTH)


def show_repeated_pain():
    """The repeated-pain explorer: offline embed on the static site, the live panel elsewhere."""
    from widgets.controls.modulation import repeated_pain_panel

    return present(repeated_pain_figure(), live=repeated_pain_panel)
