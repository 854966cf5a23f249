"""The model's dose-response at a glance: effect at the end of one bout, by intensity.

Model output is computed here, in Python, over the grid of choices the chart's controls offer
(population, exercise type, duration, intensity in steps). The chart only filters those rows in
the browser, so the static site shows exactly what the model computes, with no kernel.
"""

from __future__ import annotations

from widgets import model
from widgets import parameters as par
from widgets.charts import dose_response_chart
from widgets.present import present
from widgets.static import StaticChart, TableColumn, data_table

# The duration selector's choices (minutes): from a short bout to an hour, where the literature's
# protocols lie (C1: 10 and 30 min; C6: 30-60 min).
DURATIONS = (5, 10, 20, 30, 45, 60)
INTENSITY_STEP = 10  # % of maximum between points on the curve
MODALITY_LABELS = par.MODALITY_LABELS
# The bout summarised in the text-alternative table.
TABLE_INTENSITY, TABLE_MINUTES = 70, 30


def _intensities() -> range:
    allowed = par.INPUT_RANGES["intensity"]
    return range(int(allowed.low), int(allowed.high) + 1, INTENSITY_STEP)


def end_of_bout(population: str, modality: str, minutes: float, intensity: float) -> dict:
    """Effect at the end of one bout on the pressure pain threshold at the exercising muscle (d),
    with the range of the middle 80% of people."""
    response = model.acute(model.Bout(modality, intensity, minutes), population)
    low, high = response.band_at(0)
    # Three decimals are far below what the evidence resolves and keep the page light.
    return {"effect": round(response.at(0), 3), "low": round(low, 3), "high": round(high, 3)}


def dose_response_records() -> list[dict]:
    """Every combination the chart's controls can select.

    Population and exercise type are stored as their index in ``model.POPULATIONS`` and
    ``MODALITY_LABELS`` (the selectors show the labels): 1,440 rows stay under 100 kB this way.
    """
    return [
        {"population": p, "modality": m, "minutes": minutes, "intensity": intensity}
        | end_of_bout(population, modality, minutes, intensity)
        for p, population in enumerate(model.POPULATIONS)
        for m, modality in enumerate(MODALITY_LABELS)
        for minutes in DURATIONS
        for intensity in _intensities()
    ]


CAPTION = (
    "Model output: the change in pressure pain threshold at the exercising muscle at the end of one "
    "bout, as an effect size (exercise versus control; above zero = less pain). The line is the "
    "population average; the shaded band holds the middle 80% of people, so where it crosses zero "
    "some people become more sensitive. Choose a population, an exercise type and a duration; "
    "intensity runs along the bottom. A bout longer than a person can sustain at that intensity "
    "ends at exhaustion, so long bouts at high intensity show what exhaustion does."
)

_COLUMNS = (
    TableColumn("population", "Population"),
    TableColumn("modality", "Exercise"),
    TableColumn("effect", "Average effect (d)", "{:+.2f}"),
    TableColumn("low", "Middle 80%: low", "{:+.2f}"),
    TableColumn("high", "Middle 80%: high", "{:+.2f}"),
)


def dose_response_figure() -> StaticChart:
    records = dose_response_records()
    populations = [par.POPULATION_LABELS[p] for p in model.POPULATIONS]
    modalities = list(MODALITY_LABELS.values())
    summary = [
        r | {"population": populations[r["population"]], "modality": modalities[r["modality"]]}
        for r in records
        if r["intensity"] == TABLE_INTENSITY and r["minutes"] == TABLE_MINUTES
    ]
    return StaticChart(
        chart=dose_response_chart(
            records,
            populations=populations,
            modalities=modalities,
            durations=list(DURATIONS),
        ),
        caption_html=CAPTION,
        table_html=data_table(
            summary, _COLUMNS,
            f"Table: every population and exercise type at {TABLE_INTENSITY}% for {TABLE_MINUTES} minutes",
        ),
    )


def show_dose_response():
    """The dose-response figure, as an offline embed or a live widget (see widgets.present)."""
    return present(dose_response_figure())
