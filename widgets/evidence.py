"""The project's evidence register: every evidence row id (A1, B15, C14, ...) with what it says.

The rows themselves are data, in ``widgets/data/evidence.csv`` (one line per row, so a reviewer diffs rows);
this module loads them and renders them. The parameter table (:mod:`widgets.parameters`), the published pooled
effects (:mod:`widgets.published`) and the model tests refer to evidence by short row ids. This module is
where a reader (or a test) can look an id up. Each :class:`EvidenceRow` is the project's own summary of one
finding from the literature, written in our words; its figures (effect sizes, confidence intervals, sample
sizes, units) are kept exactly as the source reports them. Papers are cited through their BibTeX keys in
``references.bib``; a row whose paper has no bibliography entry has an empty ``sources`` tuple and names the
paper in its ``population`` text.

Conventions used in the rows:

* **Sign.** In this project a positive effect means hypoalgesia: less pain, i.e. a higher threshold or
  tolerance, or a lower pain rating. Rows keep each source's own sign, and say so where it differs. In
  particular Wewege & Jones (rows A3 and B4) report hypoalgesia as a *negative* g; the model and the
  charts flip that sign (:mod:`widgets.published`).
* **Two kinds of effect size.** Pre-post effect sizes compare the same people before and after exercise,
  with no control condition (e.g. row A1). Exercise-vs-control effect sizes compare exercise with a control
  condition such as quiet rest (e.g. rows A3, A6). Pre-post figures are systematically larger because
  repeated testing itself changes pain; the model works in the exercise-vs-control world
  (``parameters.EFFECT_SIZE_WORLD``).
* **Units.** PPT is the pressure pain threshold, measured with an algometer; 1 N/cm² = 10 kPa. Other
  abbreviations: MVC maximal voluntary contraction, HRR heart-rate reserve, PPO peak power output, CPM
  conditioned pain modulation, TS temporal summation, ES/d/g/SMD standardised effect sizes.
* **Not verified.** A row with ``verified=False`` records something recalled but not checked against the
  source. Such rows are listed for completeness only: nothing the model uses may rest on them (the tests
  check that no parameter cites one).

:func:`register_markdown` renders the register as MyST Markdown for the appendix page
``book/appendix/evidence.md``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ACUTE_HEALTHY = "Acute EIH in healthy adults"
CHRONIC_PAIN = "Chronic pain populations"
DOSE_RESPONSE = "Dose-response"
TIME_COURSE = "Time course"
REGULAR_EXERCISE = "Regular exercise"
CPM = "CPM and descending inhibition"
IMMUNE = "Immune"
HABITUATION = "Habituation"
SAFETY = "Safety"
MODELS = "Models"

TOPICS: tuple[str, ...] = (
    ACUTE_HEALTHY,
    CHRONIC_PAIN,
    DOSE_RESPONSE,
    TIME_COURSE,
    REGULAR_EXERCISE,
    CPM,
    IMMUNE,
    HABITUATION,
    SAFETY,
    MODELS,
)
"""The register's sections, in order (row letters A, B, C, D, E, F, G, H, I and M)."""

TOPIC_INTROS: dict[str, str] = {
    ACUTE_HEALTHY: "One bout of exercise in people without pain: how large the effect is, by exercise type, "
    "pain test and design, and how reliably it can be measured.",
    CHRONIC_PAIN: "One bout of exercise in people with chronic pain, where the effect can be smaller, absent "
    "or reversed (more pain after exercise).",
    DOSE_RESPONSE: "How intensity, duration and load change the effect, including the point where more "
    "exercise starts to sensitise.",
    TIME_COURSE: "When the effect appears and how long it lasts.",
    REGULAR_EXERCISE: "Weeks of training, and physical activity in the general population.",
    CPM: "Pain inhibiting pain (conditioned pain modulation), its links with EIH, opioids and "
    "endocannabinoids, and athletes.",
    IMMUNE: "Cytokines released by working muscle, training and inflammation markers, and cytokines in "
    "fibromyalgia.",
    HABITUATION: "Repeated painful tests hurting less (or more) over sessions, and the animal work on "
    "diffuse noxious inhibitory controls.",
    SAFETY: "Flares, soreness, dropout and painful exercise.",
    MODELS: "Existing mathematical and computational models related to pain modulation.",
}


@dataclass(frozen=True)
class EvidenceRow:
    """One row of the evidence register.

    Attributes:
        id: row id, a letter for the topic and a number (``"A1"``, ``"M8"``).
        topic: the section the row belongs to (one of :data:`TOPICS`).
        finding: what was found, in a sentence or two.
        numbers: the figures, exactly as published (effect sizes, CIs, n, units).
        population: who was studied and how (protocol, design, size).
        sources: BibTeX keys in ``references.bib`` for the row; empty when the paper has no entry.
        verified: False when the row was recalled and not checked against its source.
    """

    id: str
    topic: str
    finding: str
    numbers: str
    population: str
    sources: tuple[str, ...]
    verified: bool = True


DATA_FILE = Path(__file__).with_name("data") / "evidence.csv"


def load_rows(path: Path = DATA_FILE) -> tuple[EvidenceRow, ...]:
    """Read the register from its CSV file (one line per row; ``sources`` space-separated keys,
    ``verified`` yes or no), in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    return tuple(
        EvidenceRow(
            id=r["id"].strip(),
            topic=r["topic"].strip(),
            finding=r["finding"].strip(),
            numbers=r["numbers"].strip(),
            population=r["population"].strip(),
            sources=tuple(r["sources"].split()),
            verified={"yes": True, "no": False}[r["verified"].strip()],
        )
        for r in records
    )


EVIDENCE_ROWS: tuple[EvidenceRow, ...] = load_rows()

BY_ID: dict[str, EvidenceRow] = {row.id: row for row in EVIDENCE_ROWS}
if len(BY_ID) != len(EVIDENCE_ROWS):  # pragma: no cover - guards against a copy-paste slip
    raise RuntimeError("duplicate row ids in widgets/data/evidence.csv")


def rows_for(topic: str) -> tuple[EvidenceRow, ...]:
    """The rows of one topic, in register order."""
    return tuple(row for row in EVIDENCE_ROWS if row.topic == topic)


def unverified_rows() -> tuple[EvidenceRow, ...]:
    """Rows recalled but not checked against their source; nothing the model uses may rest on them."""
    return tuple(row for row in EVIDENCE_ROWS if not row.verified)


def _cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _sources_cell(row: EvidenceRow) -> str:
    if not row.sources:
        return "no bibliography entry"
    return "{cite:p}`" + ",".join(row.sources) + "`"


def register_markdown() -> str:
    """The register as MyST Markdown: a ``##`` heading and one table per topic, sources as ``{cite:p}``."""
    lines: list[str] = []
    for topic in TOPICS:
        lines += [f"## {topic}", "", TOPIC_INTROS[topic], ""]
        lines += [
            "| row | finding | numbers | population & protocol | sources |",
            "|---|---|---|---|---|",
        ]
        for row in rows_for(topic):
            label = f"**{row.id}**" + ("" if row.verified else " (not verified)")
            lines.append(
                f"| {label} | {_cell(row.finding)} | {_cell(row.numbers)} | {_cell(row.population)} | "
                f"{_sources_cell(row)} |"
            )
        lines.append("")
    return "\n".join(lines)
