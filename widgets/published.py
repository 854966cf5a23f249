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
        if self.population == HEALTHY:
            return self.exercise
        return f"{self.exercise} ({self.population})"


HEALTHY = "Healthy adults"
CHRONIC_MSK = "chronic musculoskeletal pain"

ALL_MEASURES = "all pain measures"


def _naugle2012(exercise: str, measure: str, effect: float) -> PooledEffect:
    # A1: repeated-measures (pre-post) designs in healthy adults; the row gives no CIs or counts.
    return PooledEffect(exercise, HEALTHY, PRE_POST, measure, effect,
                        ci_low=None, ci_high=None, studies=None, participants=None,
                        row="A1", source="naugle2012")


def _wewege2021(exercise: str, population: str, effect: float, ci: tuple[float, float], studies: int,
                participants: int, row: str) -> PooledEffect:
    # A3/B4: RCTs (exercise vs control); g already sign-flipped to positive = less pain.
    return PooledEffect(exercise, population, CONTROLLED, ALL_MEASURES, effect, ci[0], ci[1], studies,
                        participants, row, "wewege2021")


POOLED_EFFECTS: tuple[PooledEffect, ...] = (
    _naugle2012("Aerobic", "pain threshold", 0.41),
    _naugle2012("Aerobic", "pain rating", 0.59),
    _naugle2012("Isometric", "pain threshold", 1.02),
    _naugle2012("Isometric", "pain rating", 0.72),
    _naugle2012("Dynamic resistance", "pain threshold", 0.83),
    _naugle2012("Dynamic resistance", "pain rating", 0.75),
    _wewege2021("Aerobic", HEALTHY, 0.85, (0.13, 1.58), 7, 236, "A3"),
    _wewege2021("Dynamic resistance", HEALTHY, 0.45, (0.22, 0.69), 2, 23, "A3"),
    _wewege2021("Isometric", HEALTHY, 0.16, (-0.05, 0.36), 3, 177, "A3"),
    # B4: chronic musculoskeletal pain; only isometric exercise had more than one trial.
    _wewege2021("Isometric", CHRONIC_MSK, 0.41, (-0.25, 1.08), 3, 114, "B4"),
)


def pooled_effect_records() -> list[dict]:
    """The pooled effects as plain dicts (one per row), with the chart label added."""
    return [asdict(p) | {"label": p.label} for p in POOLED_EFFECTS]
