"""The patient handout: one printable page in plain language, made in the kernel, saved by the browser.

The page is a self-contained HTML document: the plan as a table, the 72-hour chart as inline SVG (drawn
by vl-convert, so no script and no network), what a flare feels like and what to do, the statement that
this is an educational model, and the references. The dashboard offers it as a download and a print
view; nothing is written to disk on the server. It names the patient only if the clinician typed a name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from widgets import parameters as par
from widgets.plan.profile import CONDITION_LABELS, Profile
from widgets.plan.progression import PlanWeek

BIBLIOGRAPHY = Path(__file__).resolve().parents[2] / "references.bib"
# The sources of the handout's advice (the safety chapter's): flares come later the same day or over the
# next days (bmcmsk2020neck, pemmeta2022); ease the dose rather than stop (silbernagel2007,
# jamiesonlega2013); the warning signs (riebe2015, acsm2010getp); soreness is common and passes (geneen2017).
REFERENCES = (
    "bmcmsk2020neck",
    "pemmeta2022",
    "silbernagel2007",
    "jamiesonlega2013",
    "geneen2017",
    "riebe2015",
    "acsm2010getp",
)
EDUCATIONAL = (
    "This plan comes from an educational model of published studies about groups of people. It "
    "is not a prediction for you and not a diagnosis. Your physiotherapist chose it with you; "
    "ask them if anything is unclear."
)
FLARE_ADVICE = (
    (
        "What a flare feels like",
        "Your usual pain goes up for a while after exercise, often later the same day or over the next two "
        "or three days. Muscles may also feel sore. This is common and is not a sign of damage.",
    ),
    (
        "What to do in a flare",
        "Ease the dose, do not stop: shorter sessions, an easier level or more rests for a few days, then "
        "build back up. During exercise, pain up to 5 out of 10 is acceptable, and it should settle by the "
        "next morning. If it does not, go back to the last week that felt fine.",
    ),
    (
        "Stop and get help at once if you have",
        "pain or pressure in the chest, neck, jaw or arms; dizziness or fainting; breathlessness at rest or "
        "with light effort; a racing or pounding heart; or new numbness or weakness in the legs.",
    ),
)
PRINT_CSS = """
@page { size: auto; margin: 14mm; }
body { font-family: system-ui, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; background: #fff;
       max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 10pt 0 3pt; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 3pt 5pt;
text-align: left; } .chart svg { max-width: 100%; height: auto; } .refs { font-size: 8.5pt; }
.statement { border: 1px solid #999; padding: 4pt 6pt; }
"""


@dataclass(frozen=True)
class PlanRow:
    """Consecutive weeks with the same session, as one row of the plan table."""

    first_week: int
    last_week: int
    week: PlanWeek

    @property
    def weeks(self) -> str:
        return (
            f"Week {self.first_week}"
            if self.first_week == self.last_week
            else f"Weeks {self.first_week}-{self.last_week}"
        )


def plan_rows(weeks: Sequence[PlanWeek]) -> list[PlanRow]:
    """Group consecutive weeks with the same session (a plan that holds reads as one row)."""
    rows: list[PlanRow] = []
    for week in weeks:
        if rows and rows[-1].week.bout == week.bout:
            rows[-1] = PlanRow(rows[-1].first_week, week.week, rows[-1].week)
        else:
            rows.append(PlanRow(week.week, week.week, week))
    return rows


def session_words(week: PlanWeek) -> str:
    bout = week.bout
    return f"{par.MODALITY_LABELS[bout.modality]}, {bout.minutes:g} minutes at {bout.intensity:g}% of maximum"


@cache
def _bibliography() -> dict[str, dict[str, str]]:
    """BibTeX entries by key (fields unwrapped; enough for a reference list, not a general parser)."""
    entries: dict[str, dict[str, str]] = {}
    for chunk in re.split(r"\n(?=@)", BIBLIOGRAPHY.read_text(encoding="utf-8")):
        head = re.match(r"@\w+\{([^,]+),", chunk)
        if not head:
            continue
        fields = dict(re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", chunk, flags=re.MULTILINE))
        entries[head.group(1).strip()] = {k.lower(): v for k, v in fields.items()}
    return entries


def _plain(text: str) -> str:
    """BibTeX text as plain text: accents and braces dropped ({\\"a} -> a), as a printed list reads fine."""
    text = re.sub(r"\{\\[^a-zA-Z]?\s*([a-zA-Z])\}", r"\1", text)
    text = re.sub(r"\\[a-zA-Z]+\s*", "", text)
    return text.replace("{", "").replace("}", "").replace("\\&", "&").replace("--", "-")


def _short_name(name: str) -> str:
    """ "Thomee, Roland" -> "Thomee R" (a reference list's usual form); other forms as given."""
    if "," not in name:
        return name
    last, first = (part.strip() for part in name.split(",", 1))
    initials = "".join(word[0] for word in re.split(r"[\s.\-]+", _plain(first)) if word)
    return f"{last} {initials}"


def reference_line(key: str) -> str:
    """One reference: authors (year). Title. Journal. DOI or URL."""
    entry = _bibliography()[key]
    names = [n.strip() for n in entry.get("author", "").split(" and ") if n.strip()]
    authors = ", ".join(_short_name(n) for n in names if n != "others") + (
        " et al." if "others" in names else ""
    )
    where = entry.get("journal") or entry.get("publisher") or entry.get("howpublished", "")
    link = f"https://doi.org/{entry['doi']}" if "doi" in entry else entry.get("url", "")
    parts = [f"{authors} ({entry.get('year', 'n.d.')})", entry.get("title", ""), where, link]
    return ". ".join(_plain(p) for p in parts if p) + "."


def handout_html(
    profile: Profile,
    weeks: Sequence[PlanWeek],
    sessions_per_week: float,
    expect: str,
    chart_svg: str,
    patient_name: str = "",
) -> str:
    """The handout as one HTML document (see the module docstring)."""
    name = patient_name.strip()
    rows = "".join(
        f"<tr><td>{row.weeks}</td><td>{html.escape(session_words(row.week))}</td>"
        f"<td>{sessions_per_week:g}</td></tr>"
        for row in plan_rows(weeks)
    )
    advice = "".join(
        f"<h2>{html.escape(title)}</h2><p>{html.escape(text)}</p>" for title, text in FLARE_ADVICE
    )
    references = "".join(f"<li>{html.escape(reference_line(key))}</li>" for key in REFERENCES)
    for_whom = f"<p><strong>For:</strong> {html.escape(name)}</p>" if name else ""
    condition = CONDITION_LABELS[profile.condition]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your exercise plan</title>
<style>{PRINT_CSS}</style></head>
<body><main>
<h1>Your exercise plan</h1>
{for_whom}<p>Planned with your physiotherapist for: {html.escape(condition.lower())}.</p>
<h2>The plan</h2>
<table class="plan"><caption class="visually-hidden">Weeks, the session for those weeks, and sessions a
week</caption><thead><tr><th scope="col">When</th><th scope="col">Each session</th>
<th scope="col">Sessions a week</th></tr></thead><tbody>{rows}</tbody></table>
<h2>What to expect</h2><p>{html.escape(expect)}</p>
<figure class="chart">{chart_svg}<figcaption>The 72 hours after one session: above the dashed line means
less pain than before, below it a flare. The line is the average; the shaded band holds the middle 8 in 10
people.</figcaption></figure>
{advice}
<p class="statement">{html.escape(EDUCATIONAL)}</p>
<h2>References</h2><ol class="refs">{references}</ol>
</main></body></html>"""
