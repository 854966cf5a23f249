"""Notes for result sentences: why a control changes nothing.

When no study measured a group, the model falls back to a pooled or a reference group's value
(:func:`widgets.parameters.lookup`), and choosing that group redraws the same curve. A reader who sees no
change must be told why, or the chart reads as a claim the evidence never made ("fibromyalgia has the same
IL-6 response as healthy adults"). These notes are built from which parameter the model actually uses
(:func:`widgets.parameters.evidence_source`), so they follow the parameter table. Where a study did measure
a group and found it no different, the note says that finding instead (:data:`FOUND_ALIKE`).
"""

from __future__ import annotations

from widgets import parameters as par

REFERENCE = "healthy"  # the group the ``default`` values come from

PEOPLE: dict[str, str] = {
    "healthy": "healthy adults",
    "older_adult": "older adults",
    "athlete": "endurance athletes",
    "chronic_low_back_pain": "people with chronic low back pain",
    "knee_osteoarthritis": "people with knee osteoarthritis",
    "fibromyalgia": "people with fibromyalgia",
    "me_cfs": "people with ME/CFS",
    "whiplash": "people with chronic whiplash",
}
POSSESSIVE: dict[str, str] = {"healthy": "healthy adults'"}
GROUP_PEOPLE: dict[str, str] = {"chronic_pain": "people with chronic pain of any kind"}

# Studies that measured a group and found it like healthy adults, although the model uses the reference
# value for it (a finding in words, as chart sentences carry no citations; the row is in the key's comment),
# and what the chart still draws differently for that group ("" if nothing).
FOUND_ALIKE: dict[tuple[str, str], tuple[str, str]] = {
    # H3 (May 2012): 60 heat stimuli a day for 8 days; ratings fell across days in CLBP as in healthy people.
    ("habituation_factor", "chronic_low_back_pain"): (
        "people with chronic low back pain got used to a repeated heat pain over days much as healthy "
        "adults did", ""),
    # F8 (Vaegter 2015): pressure pain thresholds rose alike in active and inactive people after cycling.
    # Athletes keep their own endurance (dose.effective_minutes), so their bouts end at exhaustion later.
    ("gain", "athlete"): ("pain thresholds rose alike in active and inactive people after exercise",
                          ", except that a bout ends at exhaustion later for athletes"),
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def fallback_note(kind: str, population: str, measured: str, shown: str, qualifier: str | None = None) -> str:
    """A sentence (with a leading space) saying that no study measured ``measured`` in ``population`` and
    whose value the chart shows instead, or that a study found the group like healthy adults
    (:data:`FOUND_ALIKE`); "" when the model uses the group's own, different evidence.

    ``measured`` reads after "measured" ("the cytokine response to exercise"); ``shown`` names what the
    chart shows of the stand-in group ("response")."""
    if population == REFERENCE:
        return ""
    if (kind, population) in FOUND_ALIKE:
        finding, except_for = FOUND_ALIKE[(kind, population)]
        return (f" {capitalised(finding)} in the studies, so the chart shows {POSSESSIVE[REFERENCE]} "
                f"{shown}{except_for}.")
    source = par.evidence_source(kind, population, qualifier)
    if source == population:
        return ""
    if source == "default":
        return (f" No study in this model measured {measured} in {PEOPLE[population]}, so the chart shows "
                f"{POSSESSIVE[REFERENCE]} {shown}.")
    return (f" No study in this model measured {measured} in {PEOPLE[population]} alone, so the chart uses "
            f"the pooled value for {GROUP_PEOPLE[source]}.")
