"""One-line figure calls for the introduction chapter."""

from __future__ import annotations

from widgets.charts import published_effects_chart
from widgets.present import present
from widgets.published import pooled_effect_records
from widgets.static import StaticChart, TableColumn, data_table

PUBLISHED_EFFECTS_CAPTION = (
    "Each dot is a pooled effect size from a meta-analysis; lines are 95% confidence intervals "
    "where the review reports them. Dots right of zero mean less pain after exercise. "
    "Blue dots come from studies that measured the same people before and after exercise; orange "
    "dots from trials that compared exercise with a rest condition. Before-after designs give larger "
    "numbers because everything else that changes between two measurements (getting used to the "
    "test, expectation, time) is counted as an effect of exercise; a control condition subtracts it. "
    "The gap is largest for isometric exercise. Use the selector to compare one design at a time."
)

_COLUMNS = (
    TableColumn("label", "Exercise"),
    TableColumn("design", "Study design"),
    TableColumn("measure", "Pain measure"),
    TableColumn("effect", "Effect size", "{:.2f}"),
    TableColumn("ci_low", "95% CI low", "{:.2f}"),
    TableColumn("ci_high", "95% CI high", "{:.2f}"),
    TableColumn("studies", "Studies"),
    TableColumn("participants", "Participants"),
    TableColumn("row", "Evidence row"),
)


def published_effects_figure() -> StaticChart:
    """The pooled effect sizes chart with its caption and data table."""
    records = pooled_effect_records()
    return StaticChart(
        chart=published_effects_chart(records),
        caption_html=PUBLISHED_EFFECTS_CAPTION,
        table_html=data_table(records, _COLUMNS, "The numbers behind this chart (table)"),
    )


def show_published_effects():
    """The figure for the intro chapter, as an offline embed or a live widget (see widgets.present)."""
    return present(published_effects_figure())
