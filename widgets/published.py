"""Pooled effect sizes exactly as published, for the introduction's evidence chart.

These are the literature's own numbers, not model output: the chart built from them shows what
the meta-analyses found before any modelling. Sign convention as everywhere in the project:
positive = less pain (hypoalgesia). Wewege & Jones report hypoalgesia as a negative g; their
values are sign-flipped here, CIs included.

Each record names its evidence row (A1, A3, B4) and its bibliography key.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

PRE_POST = "Before vs after exercise (no control)"
CONTROLLED = "Exercise vs control"
DESIGNS = (PRE_POST, CONTROLLED)


@dataclass(frozen=True)
class PooledEffect:
    """One pooled effect size from a meta-analysis.

    ``effect`` is a standardised mean difference (d or Hedges' g, unitless), positive = less pain.
    ``ci_low``/``ci_high`` are the 95% confidence limits, or None where the source gives none.
    """

    exercise: str
    population: str
    design: str
    measure: str
    effect: float
    ci_low: float | None
    ci_high: float | None
    studies: int | None
    participants: int | None
    row: str
    source: str

    @property
    def label(self) -> str:
        """The row label on the chart: exercise type, with the population when not healthy."""
        return self.exercise if self.population == "Healthy adults" else f"{self.exercise} ({self.population})"


HEALTHY = "Healthy adults"
CHRONIC_MSK = "chronic musculoskeletal pain"

POOLED_EFFECTS: tuple[PooledEffect, ...] = (
    # A1: Naugle 2012, repeated-measures (pre-post) designs, healthy adults; no CIs in the row.
    PooledEffect("Aerobic", HEALTHY, PRE_POST, "pain threshold", 0.41, None, None, None, None, "A1", "naugle2012"),
    PooledEffect("Aerobic", HEALTHY, PRE_POST, "pain rating", 0.59, None, None, None, None, "A1", "naugle2012"),
    PooledEffect("Isometric", HEALTHY, PRE_POST, "pain threshold", 1.02, None, None, None, None, "A1", "naugle2012"),
    PooledEffect("Isometric", HEALTHY, PRE_POST, "pain rating", 0.72, None, None, None, None, "A1", "naugle2012"),
    PooledEffect("Dynamic resistance", HEALTHY, PRE_POST, "pain threshold", 0.83, None, None, None, None,
                 "A1", "naugle2012"),
    PooledEffect("Dynamic resistance", HEALTHY, PRE_POST, "pain rating", 0.75, None, None, None, None,
                 "A1", "naugle2012"),
    # A3: Wewege & Jones 2021, RCTs (exercise vs control), healthy; g sign-flipped.
    PooledEffect("Aerobic", HEALTHY, CONTROLLED, "pain sensitivity, all measures", 0.85, 0.13, 1.58, 7, 236,
                 "A3", "wewege2021"),
    PooledEffect("Dynamic resistance", HEALTHY, CONTROLLED, "pain sensitivity, all measures", 0.45, 0.22, 0.69,
                 2, 23, "A3", "wewege2021"),
    PooledEffect("Isometric", HEALTHY, CONTROLLED, "pain sensitivity, all measures", 0.16, -0.05, 0.36, 3, 177,
                 "A3", "wewege2021"),
    # B4: the same review, people with chronic musculoskeletal pain; only isometric had >1 study.
    PooledEffect("Isometric", CHRONIC_MSK, CONTROLLED, "pain sensitivity, all measures", 0.41, -0.25, 1.08,
                 3, 114, "B4", "wewege2021"),
)


def pooled_effect_records() -> list[dict]:
    """The pooled effects as plain dicts (one per row), with the chart label added."""
    return [asdict(p) | {"label": p.label} for p in POOLED_EFFECTS]
