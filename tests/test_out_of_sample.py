"""The model against held-out findings (widgets/data/validation_findings.csv), one test per finding.

A held-out finding is a published result that no parameter may use. Each finding's test computes the
model's value afresh and checks it against the study's range; the verdict must equal the one recorded in
the data file's ``expected`` column. A recorded ``outside`` is a known miss, shown as **missed** in the
appendix table and counted in its pass rate: the test then fails if the model starts to reproduce the
finding, so that a win (like a loss) is noticed and written down rather than passing silently.
"""

from __future__ import annotations

import math

import pytest

from widgets import evidence as ev
from widgets import out_of_sample as oos
from widgets import parameters as par

FINDINGS = oos.load_findings()


def test_at_least_twelve_held_out_rows_covering_every_output_area():
    assert len(oos.held_out_rows()) >= 12
    assert {f.area for f in FINDINGS} == set(oos.AREAS)


def test_findings_are_well_formed():
    ids = [f.id for f in FINDINGS]
    assert len(ids) == len(set(ids))
    for f in FINDINGS:
        assert f.row in ev.BY_ID, f"{f.id}: row {f.row} is not in the evidence register"
        assert ev.BY_ID[f.row].verified, f"{f.id}: row {f.row} is not verified"
        assert f.area in oos.AREAS and f.probe in oos.PROBES, f.id
        assert f.low <= f.high and not (math.isinf(f.low) and math.isinf(f.high)), f.id
        assert f.finding and f.quantity and f.study and f.range_basis, f.id
        assert f.expected in oos.VERDICTS, f"{f.id}: record the verdict ('within' or 'outside')"


def test_no_parameter_uses_a_held_out_row():
    held_out = oos.held_out_rows()
    using = {p.name: sorted(set(p.rows) & held_out) for p in par.PARAMETERS if set(p.rows) & held_out}
    assert using == {}


def test_no_parameter_cites_a_paper_known_only_through_held_out_rows():
    """A paper whose every register row is held out (a trial kept for validation) backs no parameter.
    A paper with other, non-held-out rows (a meta-analysis of several subgroups) may back those."""
    held_out = oos.held_out_rows()
    rows_of: dict[str, set[str]] = {}
    for row in ev.EVIDENCE_ROWS:
        for key in row.sources:
            rows_of.setdefault(key, set()).add(row.id)
    held_out_only = {key for key, rows in rows_of.items() if rows <= held_out}
    citing = {p.name: sorted(set(p.sources) & held_out_only) for p in par.PARAMETERS}
    assert {name: keys for name, keys in citing.items() if keys} == {}


def test_no_parameter_note_leans_on_a_held_out_row():
    held_out = oos.held_out_rows()
    for p in par.PARAMETERS:
        words = set(p.note.replace(",", " ").replace(")", " ").replace("(", " ").split())
        assert not words & held_out, f"{p.name} mentions {sorted(words & held_out)}"


@pytest.mark.parametrize("finding", FINDINGS, ids=[f"{f.id}_{f.row}" for f in FINDINGS])
def test_held_out_finding(finding):
    value = finding.model_value()
    assert math.isfinite(value)
    assert finding.verdict() == finding.expected, (
        f"{finding.id} ({finding.row}): model {value:.3f}, study range {finding.low:g} to {finding.high:g}; "
        f"recorded as {finding.expected!r}. Update the data file's expected column and the closing note."
    )


def test_appendix_table_lists_every_finding_and_the_pass_rate():
    table = oos.table_markdown()
    within = sum(f.verdict() == "within" for f in FINDINGS)
    assert f"**{within} of {len(FINDINGS)}**" in table
    for f in FINDINGS:
        assert f"| {f.id} | {f.row} |" in table
    assert table.count("**missed**") == len(FINDINGS) - within


def test_a_finding_outside_its_range_is_reported_as_missed():
    """A planted finding whose range excludes the model's value is a miss."""
    planted = oos.Finding(
        "V0", "A3", "acute", "planted", "d", "cpm_during", {"population": "healthy"}, "planted",
        low=50.0, high=60.0, range_basis="planted", expected="outside",
    )
    assert planted.verdict() == "outside"
