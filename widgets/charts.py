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


def _population_param(labels: Sequence[str], value: int = 0, name: str = "Population: ") -> alt.Parameter:
    """The population selector every model chart shares: records store a population as its index."""
    return alt.param(name="population", value=value, bind=alt.binding_select(
        options=list(range(len(labels))), labels=list(labels), name=name))


def _modality_param(labels: Sequence[str], value: int = 0) -> alt.Parameter:
    """The exercise-type radio buttons every model chart shares (records store the type as its index)."""
    return alt.param(name="modality", value=value, bind=alt.binding_radio(
        options=list(range(len(labels))), labels=list(labels), name="Exercise: "))


def dose_response_chart(
    records: Sequence[dict], populations: Sequence[str], modalities: Sequence[str], durations: Sequence[int]
) -> alt.LayerChart:
    """Model effect at the end of a bout against intensity, with the middle-80% band.

    ``records`` hold population and modality (as indices into ``populations`` and ``modalities``),
    minutes, intensity, effect, low and high for every combination the three controls (population,
    exercise type, duration) can select; the chart filters them in the browser.
    """
    population = _population_param(populations)
    modality = _modality_param(modalities)
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


# --- "Pain inhibits pain", and getting used to pain (book/modulation.md) -------------------------------

# The comparison group is drawn dashed in vermillion, the chosen group solid in blue (Okabe-Ito).
COMPARISON_COLOUR = "#D55E00"
# A light grey that reads on a white or a dark page, for periods shaded behind a chart.
SHADE_COLOUR = "#999999"


def cpm_chart(records: Sequence[dict], populations: dict[str, str], reference: str,
              conditioning_minutes: float, width: int | str = CHART_WIDTH) -> alt.LayerChart:
    """Conditioned pain modulation over time for a chosen population, with the reference group dashed.

    ``records`` hold population (a key of ``populations``), minute, effect, low and high for every
    population; ``populations`` maps keys to labels. The conditioning period (0 to
    ``conditioning_minutes``) is shaded. A checkbox overlays the ``reference`` group for comparison.
    """
    population = alt.param(name="population", value=reference, bind=alt.binding_select(
        options=list(populations), labels=list(populations.values()), name="Population: "))
    compare = alt.param(name="compare", value=True, bind=alt.binding_checkbox(
        name=f"Also show {populations[reference]} (dashed): "))
    chosen, other = "Chosen group", populations[reference]
    base = alt.Chart().transform_filter(
        f"datum.population == population || (compare && datum.population == '{reference}')"
    ).transform_calculate(series=f"datum.population == population ? '{chosen}' : '{other}'")
    x = alt.X("minute:Q", title="Minutes from the start of the conditioning pain",
              scale=alt.Scale(domain=[0, max(r["minute"] for r in records)], nice=False),
              # Whole minutes ("d"): with "~g", Vega rounds to the tick step's precision, and at a
              # phone's width (ticks every 2 minutes) 10 read "1e+1".
              axis=alt.Axis(format="d", tickMinStep=1))
    y_scale = alt.Scale(domain=[0, max(r["high"] for r in records)], nice=True)
    series = alt.Color("series:N", title=None, scale=alt.Scale(
        domain=[chosen, other], range=[LINE_COLOUR, COMPARISON_COLOUR]),
        legend=alt.Legend(orient="bottom", direction="horizontal", labelLimit=0))
    # Same field, title and domain as the colour, so the one legend shows both colour and dash.
    dash = alt.StrokeDash("series:N", title=None,
                          scale=alt.Scale(domain=[chosen, other], range=[[1, 0], [6, 4]]))
    shade = alt.Chart(alt.Data(values=[{"start": 0, "end": conditioning_minutes,
                                        "label": "\u2190 conditioning pain on"}]))
    period = shade.mark_rect(color=SHADE_COLOUR, opacity=0.2).encode(x="start:Q", x2="end:Q")
    period_label = shade.mark_text(align="left", baseline="top", dx=4, dy=4, color=SHADE_COLOUR,
                                   fontWeight="bold").encode(x="end:Q", y=alt.value(0), text="label:N")
    band = base.transform_filter(f"datum.series == '{chosen}'").mark_area(
        opacity=0.25, color=BAND_COLOUR).encode(x=x, y=alt.Y("low:Q", scale=y_scale), y2="high:Q")
    line = base.mark_line(strokeWidth=2.5).encode(
        x=x,
        y=alt.Y("effect:Q", scale=y_scale,
                title=["Effect on a test pain elsewhere (d)", "above 0 = less pain"]),
        color=series, strokeDash=dash,
        tooltip=[
            alt.Tooltip("series:N", title="Group"),
            alt.Tooltip("minute:Q", title="Minute", format=".1f"),
            alt.Tooltip("effect:Q", title="Average effect", format="+.2f"),
            alt.Tooltip("low:Q", title="Middle 80%: low", format="+.2f"),
            alt.Tooltip("high:Q", title="Middle 80%: high", format="+.2f"),
        ],
    )
    return _page_layout(
        alt.layer(period, band, line, period_label, data=alt.Data(values=list(records)))
        .add_params(population, compare),
        title="Pain inhibits pain, while it lasts",
        subtitle="conditioned pain modulation, shaded band = middle 80% of people",
        description=(
            "Line chart of conditioned pain modulation over time: the effect on a test pain elsewhere "
            "is steady while the conditioning pain is on (shaded period) and fades within minutes "
            "after it stops. A band shows the middle 80% of people. A selector chooses the population "
            "and a checkbox overlays healthy adults as a dashed line."
        ),
        height=260, width=width,
    )


def _scale_expression(scales: dict[str, float]) -> str:
    """A Vega expression giving ``scales[population + '|' + stimulus]`` (ternaries grouped by value)."""
    groups: dict[float, list[str]] = {}
    for key, value in scales.items():
        groups.setdefault(value, []).append(key)
    *rest, (last, _) = sorted(groups.items(), key=lambda item: -len(item[1]))
    expression = repr(float(last))
    key = "population + '|' + stimulus"
    for value, keys in rest:
        expression = f"indexof({keys!r}, {key}) >= 0 ? {float(value)!r} : ({expression})"
    return expression


def repeated_pain_chart(
    records: Sequence[dict], *, sessions: Sequence[int] = (), spacings: dict[int, str] | None = None,
    populations: dict[str, str] | None = None, stimuli: dict[str, str] | None = None,
    scales: dict[str, float] | None = None, initial: tuple[int, int, str, str] | None = None,
    y_domain: Sequence[float] | None = None, width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """Change in the response to the same painful test repeated on several days, with its band.

    ``records`` hold day, effect, low and high, ``on`` = 1 on session days (omitted otherwise) and
    ``stop`` = 1 on the last one. A live panel passes the model's records for one setting and nothing
    else. The static site passes records for a grid, each with ``sessions`` and ``spacing``, plus the
    grid (``sessions``, ``spacings`` as {days: label}, ``populations`` and ``stimuli`` as {key: label})
    and ``scales`` = {"population|stimulus": k}: the drawn change is ``k * effect``, and a negative
    ``k`` (sensitisation) swaps the band's ends. ``initial`` = (sessions, spacing, population, stimulus).
    """
    controls: list[alt.Parameter] = []
    keep, k = "true", "1"
    if scales:
        n0, gap0, population0, stimulus0 = initial
        controls = [
            alt.param(name="sessions", value=n0, bind=alt.binding_range(
                min=min(sessions), max=max(sessions), step=1, name="Sessions: ")),
            alt.param(name="spacing", value=gap0, bind=alt.binding_select(
                options=list(spacings), labels=list(spacings.values()), name="Days between sessions: ")),
            alt.param(name="population", value=population0, bind=alt.binding_select(
                options=list(populations), labels=list(populations.values()), name="Population: ")),
            alt.param(name="stimulus", value=stimulus0, bind=alt.binding_radio(
                options=list(stimuli), labels=list(stimuli.values()), name="Test: ")),
        ]
        keep, k = "datum.sessions == sessions && datum.spacing == spacing", _scale_expression(scales)
    base = alt.Chart().transform_filter(keep).transform_calculate(k=k).transform_calculate(
        change="datum.k * datum.effect",
        change_low="datum.k >= 0 ? datum.k * datum.low : datum.k * datum.high",
        change_high="datum.k >= 0 ? datum.k * datum.high : datum.k * datum.low",
    )
    x = alt.X("day:Q", title="Days from the first session", scale=alt.Scale(nice=False),
              axis=alt.Axis(tickMinStep=1))
    scale = alt.Scale(domain=list(y_domain), nice=True) if y_domain is not None else alt.Scale(nice=True)
    y = alt.Y("change:Q", scale=scale, title=["Change from the first test (d)", "above 0 = hurts less"])
    band = base.mark_area(opacity=0.25, color=BAND_COLOUR).encode(
        x=x, y=alt.Y("change_low:Q", scale=scale), y2="change_high:Q")
    line = base.mark_line(color=LINE_COLOUR, strokeWidth=2.5).encode(x=x, y=y)
    on_days = base.transform_filter("datum.on").mark_point(
        filled=True, size=60, shape="circle", color=LINE_COLOUR, opacity=1).encode(
        x=x, y=y,
        tooltip=[
            alt.Tooltip("day:Q", title="Session on day"),
            alt.Tooltip("change:Q", title="Average change", format="+.2f"),
            alt.Tooltip("change_low:Q", title="Middle 80%: low", format="+.2f"),
            alt.Tooltip("change_high:Q", title="Middle 80%: high", format="+.2f"),
        ],
    )
    last = base.transform_filter("datum.stop")
    stop = last.mark_rule(strokeDash=[2, 3], color=SHADE_COLOUR, strokeWidth=1.5).encode(x=x)
    stop_label = last.transform_calculate(label="'sessions stop'").mark_text(
        align="left", baseline="top", dx=4, dy=4, color=SHADE_COLOUR, fontWeight="bold",
    ).encode(x=x, y=alt.value(0), text="label:N")
    return _page_layout(
        alt.layer(band, _zero_line("y"), stop, line, on_days, stop_label, data=alt.Data(values=list(records)))
        .add_params(*controls),
        title="The same painful test on several days",
        subtitle="dots = session days, band = middle 80% of people",
        description=(
            "Line chart of the change in pain from the same test repeated on several days, compared "
            "with the first test, with a band for the middle 80% of people. Dots mark the session "
            "days; a dashed line marks where the sessions stop, after which the change fades over "
            "two weeks. Controls choose the number of sessions, the days between them, the "
            "population and the kind of painful test."
        ),
        height=260, width=width,
    )


# Two doses side by side (dosing chapter): Okabe-Ito blue and vermillion, with solid and dashed lines
# as a second cue for readers who cannot tell the colours apart.
DOSE_COLOURS = {"Dose A": "#0072B2", "Dose B": "#D55E00"}
DOSE_DASHES = {"Dose A": [1, 0], "Dose B": [7, 4]}
# The clinic planner draws its plan with the same two-dose charts: the first and the last week's session,
# and the plan over weeks (widgets/controls/clinic.py); the waiting-room explainer draws one dose.
PLAN_FIRST, PLAN_LAST, PLAN_WHOLE, ONE_DOSE = "First week", "Last week", "This plan", "This dose"
DOSE_COLOURS |= {PLAN_FIRST: "#0072B2", PLAN_LAST: "#D55E00", PLAN_WHOLE: "#0072B2", ONE_DOSE: "#0072B2"}
DOSE_DASHES |= {PLAN_FIRST: [1, 0], PLAN_LAST: [7, 4], PLAN_WHOLE: [1, 0], ONE_DOSE: [1, 0]}


def dose_param(name: str, label: str, value: object, *, options: Sequence | None = None,
               labels: Sequence[str] | None = None, slider: tuple[float, float, float] | None = None,
               ) -> alt.Parameter:
    """A bound control for a two-dose chart: a select over ``options`` (shown as ``labels``) or a
    slider over ``slider`` = (min, max, step)."""
    if slider is not None:
        low, high, step = slider
        return alt.param(name=name, value=value, bind=alt.binding_range(min=low, max=high, step=step,
                                                                       name=label))
    return alt.param(name=name, value=value, bind=alt.binding_select(
        options=list(options), labels=list(labels or [str(o) for o in options]), name=label))


def _two_doses(records: Sequence[dict], filters: dict[str, str], z: tuple[float, float], x_label: str,
               x_scale: alt.Scale, x_axis: alt.Axis, y_title: list[str], params: Sequence[alt.Parameter],
               marks: Sequence[alt.Chart] = ()) -> alt.LayerChart:
    """Band and line for each dose, both filtered from the one set of ``records``.

    Each record holds the time points ``t`` and, per time point, the average ``e`` and the spread
    ``s`` as arrays; a band runs from e + z_low * s to e + z_high * s (the middle 80% of people,
    widgets.model.spread, passed as ``z`` = (z_low, z_high)). ``filters`` = {dose name: Vega filter
    expression picking its one record}.
    """
    z_low, z_high = z
    x = alt.X("t:Q", title=x_label, scale=x_scale, axis=x_axis)
    doses = list(filters)
    colour = alt.Color("dose:N", title=None,
                       scale=alt.Scale(domain=doses, range=[DOSE_COLOURS[d] for d in doses]),
                       legend=alt.Legend(orient="bottom", direction="horizontal", symbolStrokeWidth=3,
                                         symbolType="stroke", labelLimit=0))
    # Same field, title and domain as the colour, so Vega-Lite draws one legend with dashed symbols.
    dash = alt.StrokeDash("dose:N", title=None,
                          scale=alt.Scale(domain=doses, range=[DOSE_DASHES[d] for d in doses]))
    y = alt.Y("e:Q", title=y_title, scale=alt.Scale(nice=True))
    bands, lines = [], []
    for dose, keep in filters.items():
        base = alt.Chart().transform_filter(keep).transform_flatten(["t", "e", "s"]).transform_calculate(
            dose=f"'{dose}'", low=f"datum.e + {z_low!r} * datum.s", high=f"datum.e + {z_high!r} * datum.s")
        bands.append(base.mark_area(opacity=0.18, color=DOSE_COLOURS[dose]).encode(
            x=x, y=alt.Y("low:Q"), y2="high:Q"))
        lines.append(base.mark_line(strokeWidth=2.5).encode(
            x=x, y=y, color=colour, strokeDash=dash,
            tooltip=[alt.Tooltip("dose:N", title="Dose"), alt.Tooltip("t:Q", title=x_label),
                     alt.Tooltip("e:Q", title="Average", format="+.2f"),
                     alt.Tooltip("low:Q", title="Middle 80%: low", format="+.2f"),
                     alt.Tooltip("high:Q", title="Middle 80%: high", format="+.2f")]))
    return alt.layer(*bands, _zero_line("y"), *marks, *lines, data=alt.Data(values=list(records))).add_params(
        *params)


def after_session_chart(records: Sequence[dict], filters: dict[str, str], z: tuple[float, float],
                        params: Sequence[alt.Parameter] = (), hours: float = 72,
                        width: int | str = CHART_WIDTH, subtitle: str | None = None,
                        description: str | None = None) -> alt.LayerChart:
    """Clinical pain over the hours after one session, for two doses, each with its middle-80% band.

    ``records`` as for :func:`_two_doses`, with ``t`` in hours. The static site passes a grid of
    records and the controls (``params``) whose values the ``filters`` read; a live panel passes just
    the two doses' records and filters on their ``dose`` field.
    """
    ticks = [0, 12, 24, 36, 48, 60, 72][: int(hours // 12) + 1]
    return _page_layout(
        _two_doses(records, filters, z, "Hours after the session", alt.Scale(domain=[0, hours], nice=False),
                   alt.Axis(values=ticks), ["Change in pain (SMD)", "above 0 = less pain"], params),
        title="The 72 hours after one session",
        subtitle=subtitle or "two doses, shaded band = middle 80% of people",
        description=description or (
            "Line chart of the change in everyday pain over the 72 hours after one exercise session, "
            "for two doses: dose A as a solid blue line, dose B as a dashed orange line, each with a "
            "shaded band for the middle 80% of people. Above zero means less pain. In sensitised "
            "groups a harder or longer session brings a delayed flare that peaks about half a day "
            "later and settles over the next days. Controls choose the population and each dose's "
            "exercise type, intensity and length."
        ),
        height=240, width=width,
    )


def programme_chart(records: Sequence[dict], filters: dict[str, str], z: tuple[float, float],
                    params: Sequence[alt.Parameter] = (),
                    training_weeks: float | dict[str, float] = 12,
                    y_title: Sequence[str] = ("Pain relief (SMD)", "above 0 = less pain"),
                    width: int | str = CHART_WIDTH, subtitle: str | None = None,
                    description: str | None = None) -> alt.LayerChart:
    """A training programme over weeks, then stopping, for two doses, each with its middle-80% band.

    ``records`` as for :func:`_two_doses`, with ``t`` in weeks; a dotted rule marks where training
    stops (``training_weeks``, or {dose name: weeks} where the doses stop at different times).
    """
    if isinstance(training_weeks, dict) and len(set(training_weeks.values())) > 1:
        stops = [{"t": weeks, "label": f"{dose[-1]} stops"} for dose, weeks in training_weeks.items()]
    else:
        weeks = max(training_weeks.values()) if isinstance(training_weeks, dict) else training_weeks
        stops = [{"t": weeks, "label": "training stops"}]
    stop = alt.Chart(alt.Data(values=stops))
    rule = stop.mark_rule(strokeDash=[2, 3], color=SHADE_COLOUR, strokeWidth=1.5).encode(x="t:Q")
    label = stop.mark_text(align="left", baseline="top", dx=4, dy=4, color=SHADE_COLOUR,
                           fontWeight="bold").encode(x="t:Q", y=alt.value(0), text="label:N")
    return _page_layout(
        _two_doses(records, filters, z, "Weeks from the start", alt.Scale(nice=False),
                   alt.Axis(tickMinStep=1), list(y_title), params, marks=(rule, label)),
        title="A programme over weeks, then stopping",
        subtitle=subtitle or "two doses, shaded band = middle 80% of people",
        description=description or (
            "Line chart of the change in pain over the weeks of an exercise programme and after it "
            "stops, for two doses: dose A as a solid blue line, dose B as a dashed orange line, each "
            "with a shaded band for the middle 80% of people. Relief builds with the sessions done and "
            "fades after training stops; harder sessions add an early dip in sensitised groups. "
            "For healthy adults, older adults and athletes, who have no everyday pain to relieve, the "
            "line shows the change in pain tolerance instead. Controls choose the population and each "
            "dose's exercise type, intensity and sessions per week."
        ),
        height=240, width=width,
    )


# --- Descending pain inhibition chapter (widgets/figures/descending.py) ---------------------------
SITE_COLOURS = ("#0072B2", "#D55E00")  # Okabe-Ito blue (exercising muscle), vermillion (elsewhere)
SITE_SHAPES = ("circle", "square")
OTHER_GROUPS_COLOUR = "#999999"


def _js_array(values: Sequence[object]) -> str:
    """A JSON array, which is also a Vega expression array literal."""
    import json  # only these builders write arrays into Vega expressions

    return json.dumps(list(values))


def _index_label(field: str, labels: Sequence[str]) -> str:
    """A Vega expression turning an index field into its label."""
    return f"{_js_array(labels)}[datum.{field}]"


def acute_explorer_chart(
    records: Sequence[dict], *, during_points: int, after_minutes: Sequence[float], z: tuple[float, float],
    subtitle: str, controls: dict | None = None, y_domain: Sequence[float] | None = None,
    width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """One bout's time course (minutes from its end) with the middle-80% band, during and after it.

    Each record holds one bout: ``x`` (minutes exercised) and the arrays ``e`` (mean d) and ``s`` (spread)
    at ``during_points`` evenly spaced points from the start to the end of the bout followed by
    ``after_minutes``; the band is ``e + z * s`` for the two z of ``z``. With ``controls`` (population and
    modality labels, intensity (min, max, step), durations, initial values) the records also carry ``p``
    and ``m`` (population and modality indices), ``i`` (intensity) and ``d`` (minutes), and bound Vega
    parameters named population, modality, intensity and minutes pick one record in the browser; without,
    the first record is drawn (the live panel passes one).
    """
    params = []
    base = alt.Chart()
    if controls:
        initial = controls["initial"]
        low, high, step = controls["intensity"]
        params = [
            _population_param(controls["populations"], initial["population"], name="Group: "),
            _modality_param(controls["modalities"], initial["modality"]),
            alt.param(name="intensity", value=initial["intensity"], bind=alt.binding_range(
                min=low, max=high, step=step, name="Intensity (% of max): ")),
            alt.param(name="minutes", value=initial["minutes"], bind=alt.binding_select(
                options=list(controls["durations"]), name="Minutes: ")),
        ]
        base = base.transform_filter(
            "datum.p == population && datum.m == modality && datum.i == intensity && datum.d == minutes")
    else:
        records = list(records)[:1]
    n = during_points
    z_low, z_high = z
    # Point k (1-based, in array order) of the bout: during it for k <= n, then the fixed follow-up times.
    base = base.transform_flatten(["e", "s"]).transform_window(k="row_number()").transform_calculate(
        t=f"datum.k <= {n} ? -datum.x * ({n} - datum.k) / {n - 1} : {_js_array(after_minutes)}"
          f"[datum.k - {n + 1}]",
        low=f"datum.e + ({z_low!r}) * datum.s",
        high=f"datum.e + ({z_high!r}) * datum.s",
    )
    x = alt.X("t:Q", title=["Minutes (0 = end of the bout)", "left of 0: during it"],
              scale=alt.Scale(domain=[-max(r["x"] for r in records), max(after_minutes)], nice=False))
    y_scale = alt.Scale(domain=list(y_domain)) if y_domain else alt.Scale(nice=True)
    band = base.mark_area(opacity=0.25, color=BAND_COLOUR).encode(
        x=x, y=alt.Y("low:Q", scale=y_scale), y2="high:Q")
    end_of_bout = alt.Chart(alt.Data(values=[{"t": 0}])).mark_rule(strokeDash=[2, 3], color="#888").encode(
        x="t:Q")
    line = base.mark_line(point=True, color=LINE_COLOUR, strokeWidth=2.5).encode(
        x=x,
        y=alt.Y("e:Q", scale=y_scale, title=["Effect size (d)", "above 0 = less pain"]),
        tooltip=[
            alt.Tooltip("t:Q", title="Minutes from the end", format=".1f"),
            alt.Tooltip("e:Q", title="Average effect", format="+.2f"),
            alt.Tooltip("low:Q", title="Middle 80%: low", format="+.2f"),
            alt.Tooltip("high:Q", title="Middle 80%: high", format="+.2f"),
        ],
    )
    layer = alt.layer(band, _zero_line("y"), end_of_bout, line, data=alt.Data(values=list(records)))
    if params:
        layer = layer.add_params(*params)
    return _page_layout(
        layer,
        title="One bout: during it and the hour after",
        subtitle=subtitle,
        description=(
            "Line chart of the model's effect size over time for one bout of exercise, from its start to "
            "an hour after its end, with a shaded band for the middle 80% of people. The effect builds "
            "during the bout and fades after it."
            + (" Controls choose the group, the exercise type, the intensity and the duration."
               if params else "")
        ),
        height=280,
        width=width,
    )


def test_and_site_chart(
    records: Sequence[dict], *, populations: Sequence[str], modalities: Sequence[str],
    measures: Sequence[str], sites: Sequence[str], z: tuple[float, float], width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """Effect at the end of a bout for each pain test (rows) and site (colour and shape), with bands.

    ``records`` hold population, modality, measure and site (indices into the label lists), ``e`` (mean
    d) and ``sd`` (spread; the band is ``e + z * sd``); population and modality selectors filter them.
    """
    population = _population_param(populations, name="Group: ")
    modality = _modality_param(modalities)
    z_low, z_high = z
    base = alt.Chart().transform_filter(
        "datum.population == population && datum.modality == modality"
    ).transform_calculate(
        test=_index_label("measure", measures), where=_index_label("site", sites),
        low=f"datum.e + ({z_low!r}) * datum.sd", high=f"datum.e + ({z_high!r}) * datum.sd",
    )
    extremes = [r["e"] + zz * r["sd"] for r in records for zz in z]
    x_scale = alt.Scale(domain=[min(0.0, min(extremes)), max(0.0, max(extremes))], nice=True)
    y = alt.Y("test:N", title=None, sort=list(measures))
    y_offset = alt.YOffset("where:N", sort=list(sites), scale=alt.Scale(domain=list(sites)))
    colour = alt.Color("where:N", title="Measured",
                       scale=alt.Scale(domain=list(sites), range=list(SITE_COLOURS)),
                       legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=0))
    shape = alt.Shape("where:N", scale=alt.Scale(domain=list(sites), range=list(SITE_SHAPES)))
    bands = base.mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=alt.X("low:Q", scale=x_scale), x2="high:Q", y=y, yOffset=y_offset, color=colour)
    points = base.mark_point(size=90, filled=True, opacity=1).encode(
        x=alt.X("e:Q", scale=x_scale, title=["Effect size (d) at the end", "right of 0 = less pain"]),
        y=y, yOffset=y_offset, color=colour, shape=shape,
        tooltip=[
            alt.Tooltip("test:N", title="Pain test"),
            alt.Tooltip("where:N", title="Measured"),
            alt.Tooltip("e:Q", title="Average effect", format="+.2f"),
            alt.Tooltip("low:Q", title="Middle 80%: low", format="+.2f"),
            alt.Tooltip("high:Q", title="Middle 80%: high", format="+.2f"),
        ],
    )
    return _page_layout(
        alt.layer(_zero_line("x"), bands, points, data=alt.Data(values=list(records)))
        .add_params(population, modality),
        title="Which pain test moves, and where",
        subtitle="end of a typical bout",
        description=(
            "Dot plot of the model's effect size at the end of a typical bout for three pain tests "
            "(threshold, rating, tolerance), measured at the exercising muscle and elsewhere on the body, "
            "with lines for the middle 80% of people. Controls choose the group and the exercise type."
        ),
        height=alt.Step(44),
        width=width,
    )


def resting_sensitivity_chart(
    records: Sequence[dict], *, populations: Sequence[str], fields: Sequence[str], initial: int = 0,
    width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """Resting pain sensitivity of each group against healthy adults (SMD), the chosen group highlighted.

    ``records`` hold population and field (indices into ``populations`` and ``fields``) and ``e`` (SMD,
    positive = less sensitive or stronger CPM). Every group is drawn; a selector picks the one shown large.
    """
    population = alt.param(name="population", value=initial, bind=alt.binding_select(
        options=list(range(len(populations))), labels=list(populations), name="Group: "))
    chosen, others = "Chosen group", "Other groups"
    base = alt.Chart().transform_calculate(
        what=_index_label("field", fields),
        group=f"datum.population == population ? '{chosen}' : '{others}'",
        name=_index_label("population", populations),
    )
    values = [r["e"] for r in records]
    x_scale = alt.Scale(domain=[min(0.0, min(values)), max(0.0, max(values))], nice=True)
    points = base.mark_point(filled=True).encode(
        x=alt.X("e:Q", scale=x_scale,
                title=["Difference from healthy adults (d)", "right of 0 = less sensitive"]),
        y=alt.Y("what:N", title=None, sort=list(fields), axis=alt.Axis(labelLimit=150)),
        color=alt.Color("group:N", title=None,
                        scale=alt.Scale(domain=[chosen, others], range=[LINE_COLOUR, OTHER_GROUPS_COLOUR]),
                        legend=alt.Legend(orient="bottom", direction="horizontal")),
        shape=alt.Shape("group:N", scale=alt.Scale(domain=[chosen, others], range=["circle", "diamond"])),
        size=alt.Size("group:N", scale=alt.Scale(domain=[chosen, others], range=[180, 40]), legend=None),
        opacity=alt.Opacity("group:N", scale=alt.Scale(domain=[chosen, others], range=[1.0, 0.6]),
                            legend=None),
        order=alt.Order("group:N", sort="descending"),  # the chosen group is drawn on top
        tooltip=[alt.Tooltip("name:N", title="Group"), alt.Tooltip("what:N", title="Measure"),
                 alt.Tooltip("e:Q", title="Difference (d)", format="+.2f")],
    )
    return _page_layout(
        alt.layer(_zero_line("x"), points, data=alt.Data(values=list(records))).add_params(population),
        title="Pain sensitivity at rest, by group",
        subtitle="compared with healthy adults (0)",
        description=(
            "Dot plot of resting pain threshold at the painful site and elsewhere, pain tolerance and "
            "conditioned pain modulation for each group, as effect sizes against healthy adults. A selector "
            "highlights one group; the others are shown small and grey."
        ),
        height=alt.Step(40),
        width=width,
    )


# --- Immune effects chapter (book/immune.md) --------------------------------------------------------------
# Four messengers: Okabe-Ito colours with a dash pattern each as the second cue (one merged legend).
CYTOKINE_COLOURS = {"IL-6": "#0072B2", "IL-1ra": "#D55E00", "IL-10": "#009E73", "TNF-alpha": "#CC79A7"}
CYTOKINE_DASHES = {"IL-6": [1, 0], "IL-1ra": [7, 3], "IL-10": [2, 2], "TNF-alpha": [9, 3, 2, 3]}
BOUT_END_COLOUR = "#888888"  # mid grey: readable on the light and the dark theme


def _curve_lookup(lookup: Sequence[int], group_of: Sequence[int], sizes: Sequence[int],
                  indices: Sequence[str]) -> tuple[str, str]:
    """Vega expressions for the stored curve that the controls select, and the population's group.

    ``lookup`` holds one curve id per combination of the controls, in row-major order over ``sizes``
    (population group first); ``indices`` are expressions giving each control's index."""
    group = f"{list(group_of)}[population]"
    flat = group
    for size, index in zip(sizes[1:], indices, strict=True):
        flat = f"({flat}) * {size} + {index}"
    return f"{list(lookup)}[{flat}]", group


def cytokine_chart(
    curves: Sequence[dict], names: Sequence[str], y_max: float, *,
    populations: Sequence[str] = (), modalities: Sequence[str] = (), intensity_range: tuple = (),
    durations: Sequence[int] = (), lookup: Sequence[int] = (), group_of: Sequence[int] = (),
    value: dict | None = None, width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """Fold change of each messenger over hours from the start of a bout (log scale), the bout's end ruled.

    ``curves`` are records {"k": curve id, "e": end of the bout (h), "t": [hours], name: [fold], ...}
    for each of ``names``. With ``populations`` (static site) the chart carries the controls population,
    modality, intensity (``intensity_range`` = low, high, step) and minutes as Vega parameters and shows
    the curve ``lookup`` names for them; without, it draws the single curve it is given (live panels).
    """
    params: list[alt.Parameter] = []
    base = alt.Chart()
    if populations:
        value = value or {}
        low, high, step = intensity_range
        params = [
            _population_param(populations, value.get("population", 0)),
            _modality_param(modalities, value.get("modality", 0)),
            alt.param(name="intensity", value=value.get("intensity", high), bind=alt.binding_range(
                min=low, max=high, step=step, name="Intensity (% of maximum): ")),
            alt.param(name="minutes", value=value.get("minutes", durations[0]),
                      bind=alt.binding_select(options=list(durations), name="Minutes: ")),
        ]
        curve, group = _curve_lookup(
            lookup, group_of, [max(group_of) + 1, len(modalities), round((high - low) / step) + 1,
                               len(durations)],
            ["modality", f"round((intensity - {low}) / {step})", f"indexof({list(durations)}, minutes)"],
        )
        # Derived signals: the stored curve for the current controls, and the population's group (the
        # result sentence is keyed on the group: populations with identical curves share one sentence).
        params += [alt.param(name="curve", expr=curve), alt.param(name="population_group", expr=group)]
        base = base.transform_filter("datum.k == curve")
    shown = base.transform_flatten(["t", *names]).transform_fold(list(names), as_=["cytokine", "fold"])
    x = alt.X("t:Q", title="Hours from the start of the bout", scale=alt.Scale(nice=False),
              axis=alt.Axis(tickMinStep=1))
    # Two columns: four entries in one row would overflow a phone screen.
    legend = alt.Legend(orient="bottom", direction="horizontal", columns=2, title=None, symbolStrokeWidth=2.5,
                        symbolSize=400, labelLimit=0)
    lines = shown.mark_line(strokeWidth=2.5, clip=True).encode(
        x=x,
        y=alt.Y("fold:Q", scale=alt.Scale(type="log", domain=[1, y_max], nice=False),
                title=["Fold change from rest", "(log scale; 1 = no change)"]),
        color=alt.Color("cytokine:N", scale=alt.Scale(domain=list(names),
                        range=[CYTOKINE_COLOURS[n] for n in names]), legend=legend),
        strokeDash=alt.StrokeDash("cytokine:N", scale=alt.Scale(domain=list(names),
                                  range=[CYTOKINE_DASHES[n] for n in names]), legend=legend),
        tooltip=[alt.Tooltip("cytokine:N", title="Messenger"),
                 alt.Tooltip("t:Q", title="Hours from the start", format=".1f"),
                 alt.Tooltip("fold:Q", title="Fold change", format=".2f")],
    )
    end = base.mark_rule(strokeDash=[4, 3], strokeWidth=1.5, color=BOUT_END_COLOUR).encode(x="e:Q")
    end_label = base.transform_calculate(label="'bout ends'").mark_text(
        align="left", baseline="top", dx=4, dy=4, color=BOUT_END_COLOUR, fontWeight="bold",
    ).encode(x="e:Q", y=alt.value(0), text="label:N")
    chart = _page_layout(
        alt.layer(end, lines, end_label).add_params(*params),
        title="Messengers in the blood after one bout",
        subtitle="fold change from rest; dashed line = end of the bout",
        description=(
            "Line chart of the fold change from rest of IL-6, IL-1ra, IL-10 and TNF-alpha in the blood, "
            "on a log scale, over hours from the start of one bout of exercise; a dashed vertical line "
            "marks the end of the bout. IL-6 rises while the muscle works, IL-1ra and IL-10 follow it, "
            "TNF-alpha barely moves. Controls choose the population, exercise type, intensity and minutes."
        ),
        height=280, width=width,
    )
    # Attached last: every Altair method above copies the chart, and copying the data made a live redraw slow.
    chart.data = alt.Data(values=list(curves))
    return chart


def inflammatory_tone_chart(
    curves: Sequence[dict], y_domain: tuple[float, float], *,
    populations: Sequence[str] = (), modalities: Sequence[str] = (), sessions_range: tuple = (),
    weeks: Sequence[int] = (), lookup: Sequence[int] = (), group_of: Sequence[int] = (),
    value: dict | None = None, width: int | str = CHART_WIDTH,
) -> alt.LayerChart:
    """Change in resting C-reactive protein over weeks of training, with the range the studies span.

    ``curves`` are records {"k": curve id, "w": [weeks], "c": [average], "l": [low], "h": [high]}. With
    ``populations`` (static site) the controls population, modality, sessions_per_week (``sessions_range``
    = low, high, step) and weeks are Vega parameters and the chart shows the first ``weeks`` weeks of the
    curve ``lookup`` names; without, it draws the single curve it is given (live panels)."""
    params: list[alt.Parameter] = []
    base = alt.Chart()
    if populations:
        value = value or {}
        low, high, step = sessions_range
        params = [
            _population_param(populations, value.get("population", 0)),
            _modality_param(modalities, value.get("modality", 0)),
            alt.param(name="sessions_per_week", value=value.get("sessions_per_week", low),
                      bind=alt.binding_range(min=low, max=high, step=step, name="Sessions per week: ")),
            alt.param(name="weeks", value=value.get("weeks", weeks[-1]),
                      bind=alt.binding_select(options=list(weeks), name="Weeks: ")),
        ]
        curve, group = _curve_lookup(
            lookup, group_of, [max(group_of) + 1, len(modalities), round((high - low) / step) + 1],
            ["modality", f"round((sessions_per_week - {low}) / {step})"],
        )
        params += [alt.param(name="curve", expr=curve), alt.param(name="population_group", expr=group)]
        base = base.transform_filter("datum.k == curve")
    shown = base.transform_flatten(["w", "c", "l", "h"])
    if populations:
        shown = shown.transform_filter("datum.w <= weeks")
    x = alt.X("w:Q", title="Weeks of training", axis=alt.Axis(tickMinStep=1))
    y_scale = alt.Scale(domain=list(y_domain), nice=False)
    band = shown.mark_area(opacity=0.25, color=BAND_COLOUR).encode(
        x=x, y=alt.Y("l:Q", scale=y_scale), y2="h:Q")
    line = shown.mark_line(color=LINE_COLOUR, strokeWidth=2.5).encode(
        x=x,
        y=alt.Y("c:Q", scale=y_scale, title=["Change in resting CRP (SMD)", "below 0 = lower"]),
        tooltip=[alt.Tooltip("w:Q", title="Week"),
                 alt.Tooltip("c:Q", title="Average change", format="+.2f"),
                 alt.Tooltip("l:Q", title="Studies: largest fall", format="+.2f"),
                 alt.Tooltip("h:Q", title="Studies: smallest fall", format="+.2f")],
    )
    return _page_layout(
        alt.layer(band, _zero_line("y"), line, data=alt.Data(values=list(curves))).add_params(*params),
        title="Resting inflammation over weeks of training",
        subtitle="C-reactive protein; band = range of the pooled studies",
        description=(
            "Line chart of the modelled change in resting C-reactive protein, a blood marker of "
            "inflammation, over weeks of regular training, as a standardised difference against no "
            "training (below zero = lower), with a shaded band from no change to the largest fall the "
            "pooled studies found. Controls choose the population, exercise type, sessions per week "
            "and number of weeks."
        ),
        height=260, width=width,
    )
