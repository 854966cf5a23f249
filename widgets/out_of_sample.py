"""The model against studies it was not built from (held-out findings).

Each finding in ``widgets/data/validation_findings.csv`` is one published result that no parameter may use
(a test enforces it): the evidence row it comes from, what it says in plain words, which model output it is
compared with (a *probe* below, with its arguments as JSON), the study's value, and the range the model's
value must fall in for the finding to count as reproduced, with how that range was derived from the study.

The findings were chosen and their ranges written down before the model was re-tuned (issue 9), without
looking at the model's values. The ``expected`` column records the verdict the current model gets, so a
change that wins or loses a finding shows up in the tests and has to be acknowledged in the data file.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from widgets import model

DATA_FILE = Path(__file__).with_name("data") / "validation_findings.csv"
AREAS: tuple[str, ...] = ("acute", "programme", "immune", "modulation")
VERDICTS: tuple[str, ...] = ("within", "outside")


# --- Probes: model outputs named in the data file ---------------------------------------------------------
# Each takes JSON-friendly arguments (a bout is {"modality", "intensity", "minutes"}) and returns one float.


def _bout(spec: dict) -> model.Bout:
    return model.Bout(spec["modality"], spec["intensity"], spec.get("minutes"))


def acute_effect(
    bout: dict,
    population: str = "healthy",
    measure: str = "threshold",
    site: str = "local",
    minutes_after: float = 0.0,
) -> float:
    """Effect size d ``minutes_after`` the end of the bout (negative = during the bout)."""
    return model.acute(_bout(bout), population, measure, site).at(minutes_after)


def acute_difference(first: dict, second: dict) -> float:
    """``acute_effect(**first) - acute_effect(**second)``: for findings that order two doses or groups."""
    return acute_effect(**first) - acute_effect(**second)


def after_effects_mean(bout: dict, population: str, start_hours: float, stop_hours: float) -> float:
    """Mean clinical pain change (SMD) between two times after the bout."""
    result = model.after_effects(_bout(bout), population)
    inside = (result.hours >= start_hours) & (result.hours <= stop_hours)
    return float(result.effect[inside].mean())


def cytokine_peak(cytokine: str, bout: dict, population: str = "healthy") -> float:
    """Highest fold change of one cytokine (``il6``, ``il1ra``, ``il10`` or ``tnf``) after a bout."""
    return float(np.max(getattr(model.cytokines(_bout(bout), population), cytokine)))


def cytokine_at(cytokine: str, bout: dict, hours_after_end: float, population: str = "healthy") -> float:
    """Fold change of one cytokine ``hours_after_end`` the end of the bout."""
    result = model.cytokines(_bout(bout), population)
    return float(np.interp(result.end_hours + hours_after_end, result.hours, getattr(result, cytokine)))


def programme_end(
    outcome: str,
    bout: dict,
    sessions_per_week: float,
    weeks: int,
    population: str,
) -> float:
    """One programme outcome (``pain_relief``, ``threshold``, ``tolerance``, ``crp_reduction``) at its end."""
    result = model.program(_bout(bout), sessions_per_week, weeks, population)
    return float(np.interp(result.training_weeks, result.week, getattr(result, outcome)))


def programme_difference(first: dict, second: dict) -> float:
    """``programme_end(**first) - programme_end(**second)``."""
    return programme_end(**first) - programme_end(**second)


def cpm_during(population: str = "healthy") -> float:
    """CPM effect size d while the conditioning stimulus is on."""
    return float(model.cpm(population).during)


def resting_value(field: str, population: str) -> float:
    """One field of ``model.resting(population)`` (SMD against healthy adults)."""
    return float(getattr(model.resting(population), field))


def repeated_pain_effect(session_days: list[int], population: str, stimulus: str, day: int) -> float:
    """Change against the first exposure (d) on ``day`` for sessions on ``session_days``."""
    result = model.repeated_pain(session_days, population, stimulus)
    return float(np.interp(day, result.day, result.effect))


PROBES: dict[str, Callable[..., float]] = {
    f.__name__: f
    for f in (
        acute_effect,
        acute_difference,
        after_effects_mean,
        cytokine_peak,
        cytokine_at,
        programme_end,
        programme_difference,
        cpm_during,
        resting_value,
        repeated_pain_effect,
    )
}


# --- The findings ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One held-out finding and the range a model value must fall in to reproduce it.

    Attributes:
        id: the finding's id (V1, V2, ...); row: the evidence row it comes from (held out from parameters).
        area: ``acute``, ``programme``, ``immune`` or ``modulation``.
        finding: what the study found, in plain words; quantity: the model output compared, with its unit.
        probe, args: the probe function and its arguments. study: the study's value as reported.
        low, high: the model value reproduces the finding if ``low <= value <= high``.
        range_basis: how the range follows from the study. expected: the verdict recorded for this model.
    """

    id: str
    row: str
    area: str
    finding: str
    quantity: str
    probe: str
    args: dict
    study: str
    low: float
    high: float
    range_basis: str
    expected: str

    def model_value(self) -> float:
        """The model's value for this finding (computed now, never stored)."""
        return PROBES[self.probe](**self.args)

    def verdict(self) -> str:
        value = self.model_value()
        return "within" if math.isfinite(value) and self.low <= value <= self.high else "outside"


def _number(text: str) -> float:
    text = text.strip()
    return {"-inf": -math.inf, "inf": math.inf}.get(text, float(text) if text else math.nan)


def load_findings(path: Path = DATA_FILE) -> tuple[Finding, ...]:
    """Read the held-out findings, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Finding(
            id=r["id"].strip(),
            row=r["row"].strip(),
            area=r["area"].strip(),
            finding=r["finding"].strip(),
            quantity=r["quantity"].strip(),
            probe=r["probe"].strip(),
            args=json.loads(r["args"]),
            study=r["study"].strip(),
            low=_number(r["low"]),
            high=_number(r["high"]),
            range_basis=r["range_basis"].strip(),
            expected=r["expected"].strip(),
        )
        for r in rows
    )


def held_out_rows() -> frozenset[str]:
    """Evidence row ids that no parameter may use."""
    return frozenset(f.row for f in load_findings())


def _range_text(low: float, high: float) -> str:
    if math.isinf(low):
        return f"at most {high:g}"
    if math.isinf(high):
        return f"at least {low:g}"
    return f"{low:g} to {high:g}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown() -> str:
    """The held-out findings, the model's value beside the study's, and the pass rate (MyST Markdown)."""
    findings = load_findings()
    lines = [
        "| finding | row | what the study found | compared | study | model | reproduced if | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    within = 0
    for f in findings:
        value = f.model_value()
        verdict = f.verdict()
        within += verdict == "within"
        lines.append(
            f"| {f.id} | {f.row} | {_cell(f.finding)} | {_cell(f.quantity)} | {_cell(f.study)} | "
            f"{value:.2f} | {_range_text(f.low, f.high)} | "
            f"{'reproduced' if verdict == 'within' else '**missed**'} |"
        )
    summary = (
        f"The model reproduces **{within} of {len(findings)}** held-out findings "
        f"({100 * within / len(findings):.0f}%)."
    )
    return "\n".join([summary, "", *lines, ""])


def basis_markdown() -> str:
    """How each range was derived from its study, one bullet per finding."""
    return "\n".join(f"- **{f.id}** ({f.row}): {_cell(f.range_basis)}" for f in load_findings())
