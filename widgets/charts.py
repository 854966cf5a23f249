"""Altair chart builders: data in, chart out.

One builder per figure, used by both drivers: the static site (widgets/static.py, where the
controls are Vega-Lite parameters evaluated in the browser) and the live notebooks and dashboards.
Builders never compute model values; they draw what they are given.

Every chart carries a ``description`` (Vega-Lite writes it into the SVG's aria-label), so a screen
reader announces what the chart shows; the drivers add a data table as the full text alternative.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt

from widgets.published import CONTROLLED, PRE_POST

# Colour-blind-safe pair (Okabe-Ito blue and vermillion), with shapes as a second cue.
DESIGN_COLOURS = {PRE_POST: "#0072B2", CONTROLLED: "#D55E00"}
BOTH_DESIGNS = "Both designs"
MEASURE_SHAPES = ("triangle-up", "circle", "square", "diamond")
# Model output: a dark line for the population average over a light band for the middle 80%.
LINE_COLOUR = "#0072B2"
BAND_COLOUR = "#56B4E9"
CHART_WIDTH = "container"  # the chart follows its column, so it fits a phone screen
LIVE_WIDTH = 560  # live panels (Binder, Voila): a fixed width, see _page_layout


SHORT_DESIGN_NAMES = {PRE_POST: "Before-after", CONTROLLED: "Exercise vs control"}


def _zero_line(channel: str) -> alt.Chart:
    """A dashed rule at effect size 0 (no change in pain) on the ``"x"`` or ``"y"`` axis."""
    return alt.Chart(alt.Data(values=[{channel: 0}])).mark_rule(strokeDash=[4, 4], color="#555").encode(
        **{channel: f"{channel}:Q"}
    )


def _page_layout(chart: alt.LayerChart, title: str, subtitle: str, description: str,
                 height: int | alt.Step, width: int | str = CHART_WIDTH) -> alt.LayerChart:
    """The layout every book chart shares: full column width, left-aligned title, and a description
    that Vega writes into the SVG's aria-label. Live panels pass a fixed ``width``: inside Voila a
    "container" width is measured before the widget is shown and comes out as 0."""
    return chart.properties(
        width=width,
        height=height,
        title=alt.Title(title, subtitle=subtitle, anchor="start"),
        # Axis labels and legend are counted inside the container's width, so nothing is cut off
        # on a narrow screen.
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        description=description,
    )


def _series(record: dict) -> str:
    # Short legend labels so the legend fits a phone screen; the radio control names designs in full.
    return f"{SHORT_DESIGN_NAMES[record['design']]}: {record['measure']}"


def published_effects_chart(records: Sequence[dict]) -> alt.LayerChart:
    """Pooled effect sizes by exercise type, with a study-design selector that works without a kernel.

    ``records`` are dicts with keys label, design, measure, effect, ci_low, ci_high, studies,
    participants, row and source (see widgets.published.pooled_effect_records).
    """
    design = alt.param(
        name="design",
        value=BOTH_DESIGNS,
        bind=alt.binding_radio(options=[BOTH_DESIGNS, PRE_POST, CONTROLLED], name="Study design: "),
    )
    shown = f"design == '{BOTH_DESIGNS}' || datum.design == design"
    rows = [r | {"series": _series(r)} for r in records]
    order = list(dict.fromkeys(r["label"] for r in rows))
    # One legend entry per design-and-measure pair: colour says the design, shape the measure.
    firsts = _first_of_each(rows)
    series = [r["series"] for r in firsts]
    measure_shapes = dict(zip(dict.fromkeys(r["measure"] for r in rows), MEASURE_SHAPES, strict=False))
    colour = alt.Color(
        "series:N", title="Design: pain measure",
        scale=alt.Scale(domain=series, range=[DESIGN_COLOURS[r["design"]] for r in firsts]),
        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=0),
    )
    # Same field and domain as the colour, so Vega-Lite merges both into the one legend.
    shape = alt.Shape(
        "series:N", scale=alt.Scale(domain=series, range=[measure_shapes[r["measure"]] for r in firsts])
    )
    base = alt.Chart(alt.Data(values=rows)).transform_filter(shown)
    # Long labels ("Isometric (chronic musculoskeletal pain)") break before the bracket on two lines.
    y = alt.Y("label:N", title=None, sort=order,
              axis=alt.Axis(labelExpr="split(datum.label, ' (')", labelLimit=160))
    y_offset = alt.YOffset("design:N", scale=alt.Scale(domain=list(DESIGN_COLOURS)))
    # Fixed from the data (all designs), so the axis does not jump when the selector filters dots.
    extremes = [v for r in rows for v in (r["effect"], r["ci_low"], r["ci_high"]) if v is not None]
    x_scale = alt.Scale(domain=[min(0.0, min(extremes)) - 0.25, max(extremes) + 0.25], nice=True)
    intervals = base.transform_filter("isValid(datum.ci_low)").mark_rule(strokeWidth=2).encode(
        x=alt.X("ci_low:Q", scale=x_scale), x2="ci_high:Q", y=y, yOffset=y_offset, color=colour,
    )
    points = base.mark_point(size=90, filled=True, opacity=0.9).encode(
        x=alt.X("effect:Q", scale=x_scale,
                title=["Effect size (d)", "right of 0 = less pain after exercise"]),
        y=y,
        yOffset=y_offset,
        color=colour,
        shape=shape,
        tooltip=[
            alt.Tooltip("label:N", title="Exercise"),
            alt.Tooltip("design:N", title="Design"),
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("effect:Q", title="Effect size", format=".2f"),
            alt.Tooltip("ci_low:Q", title="95% CI low", format=".2f"),
            alt.Tooltip("ci_high:Q", title="95% CI high", format=".2f"),
            alt.Tooltip("studies:Q", title="Studies"),
            alt.Tooltip("participants:Q", title="Participants"),
            alt.Tooltip("row:N", title="Evidence row"),
        ],
    )
    return _page_layout(
        alt.layer(_zero_line("x"), intervals, points).add_params(design),
        title="Pain sensitivity after one bout of exercise",
        subtitle="pooled effect sizes",
        description=(
            "Dot plot of pooled effect sizes for aerobic, isometric and dynamic resistance exercise. "
            "Before-versus-after studies without a control group report larger effects than "
            "exercise-versus-control trials, most of all for isometric exercise. "
            "A radio control selects which study design is shown."
        ),
        height=alt.Step(22),
    )


def _first_of_each(rows: Sequence[dict]) -> list[dict]:
    """The first record of each series, in order of appearance (one per legend entry)."""
    seen: dict[str, dict] = {}
    for r in rows:
        seen.setdefault(r["series"], r)
    return list(seen.values())


def dose_response_chart(
    records: Sequence[dict], populations: Sequence[str], modalities: Sequence[str], durations: Sequence[int]
) -> alt.LayerChart:
    """Model effect at the end of a bout against intensity, with the middle-80% band.

    ``records`` hold population and modality (as indices into ``populations`` and ``modalities``),
    minutes, intensity, effect, low and high for every combination the three controls (population,
    exercise type, duration) can select; the chart filters them in the browser.
    """
    population = alt.param(name="population", value=0, bind=alt.binding_select(
        options=list(range(len(populations))), labels=list(populations), name="Population: "))
    modality = alt.param(name="modality", value=0, bind=alt.binding_radio(
        options=list(range(len(modalities))), labels=list(modalities), name="Exercise: "))
    minutes = alt.param(name="minutes", value=30 if 30 in durations else durations[0],
                        bind=alt.binding_select(options=list(durations), name="Minutes: "))
    # The rows are attached once, to the layer, and shared by the band and the line.
    base = alt.Chart().transform_filter(
        "datum.population == population && datum.modality == modality && datum.minutes == minutes"
    )
    x = alt.X("intensity:Q", title="Intensity (% of maximum: VO2max, MVC or 1RM)",
              scale=alt.Scale(domain=[min(r["intensity"] for r in records), 100]))
    extremes = [v for r in records for v in (r["low"], r["high"])]
    y_scale = alt.Scale(domain=[min(extremes), max(extremes)], nice=True)
    band = base.mark_area(opacity=0.25, color=BAND_COLOUR).encode(
        x=x, y=alt.Y("low:Q", scale=y_scale), y2="high:Q"
    )
    line = base.mark_line(point=True, color=LINE_COLOUR, strokeWidth=2.5).encode(
        x=x,
        y=alt.Y("effect:Q", scale=y_scale,
                title=["Effect size (d) at the end of the bout", "above 0 = less pain"]),
        tooltip=[
            alt.Tooltip("intensity:Q", title="Intensity (%)"),
            alt.Tooltip("effect:Q", title="Average effect", format="+.2f"),
            alt.Tooltip("low:Q", title="Middle 80%: low", format="+.2f"),
            alt.Tooltip("high:Q", title="Middle 80%: high", format="+.2f"),
        ],
    )
    return _page_layout(
        alt.layer(band, _zero_line("y"), line, data=alt.Data(values=list(records)))
        .add_params(population, modality, minutes),
        title="The model: one bout, by intensity",
        subtitle="pressure pain threshold at the exercising muscle",
        description=(
            "Line chart of the model's effect size at the end of one bout against exercise intensity, "
            "with a shaded band for the middle 80% of people. Controls choose the population, the "
            "exercise type and the duration."
        ),
        height=300,
    )
