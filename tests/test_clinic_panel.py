"""The clinic dashboards' widgets driven from Python: every field's bad input, the suggested start, the
charts' data against the model, the handout's contents, and the waiting-room explainer.

(The same dashboards in a real Voila server and Chromium: tests/test_clinic_browser.py.)
"""

from __future__ import annotations

import base64
import re

import pytest

from widgets import model, plan
from widgets.controls import clinic, explainer
from widgets.controls.dosing import AFTER_INDEX
from widgets.figures import clinic as fig


@pytest.fixture
def planner():
    return clinic.clinic_planner()


def chart_data(planner, index):
    return planner.current_charts[index].to_dict(validate=False)["data"]["values"]


BAD_INPUT = [
    ("pain_today", "11", "Pain today (0-10): type a number from 0 to 10"),
    ("pain_today", "", "the field is empty"),
    ("pain_today", "a lot", "is not a number"),
    ("weekly_activity", "-30", "Activity now (minutes a week): type a number from 0 to 2000"),
    ("intensity", "120", "Intensity (% of maximum): type a number from 10 to 100"),
    ("minutes", "0", "Minutes per session: type a number from 1 to 360"),
    ("sessions_per_week", "15", "Sessions a week: type a number from 1 to 14"),
    ("weeks", "2.5", "Weeks: type a whole number from 1 to 52"),
    ("weeks", "", "the field is empty"),
    ("flare_risk_limit", "90", "Flare-risk limit (% of people): type a number from 5 to 50"),
    ("flare_risk_limit", "nan", "type a number from 5 to 50"),
]


@pytest.mark.parametrize("field, text, words", BAD_INPUT)
def test_bad_input_shows_a_message_by_its_field_and_keeps_the_last_result(planner, field, text, words):
    sentence, charts = planner.sentence.value, planner.current_charts
    planner.fields[field].widget.value = text
    message = planner.fields[field].message.value
    assert words in message and 'role="alert"' in message
    assert "Traceback" not in message and "Error" not in message
    assert planner.sentence.value == sentence and planner.current_charts is charts
    # Every other field stays quiet.
    assert all(not f.message.value for name, f in planner.fields.items() if name != field)
    # The next valid input works and clears the message.
    good = {"pain_today": "3", "weekly_activity": "45", "intensity": "40", "minutes": "12",
            "sessions_per_week": "2", "weeks": "8", "flare_risk_limit": "30"}[field]
    planner.fields[field].widget.value = good
    assert planner.fields[field].message.value == ""
    assert planner.current_charts is not charts


def test_an_unexpected_error_leaves_a_plain_message_not_a_traceback(planner, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("internal detail that must not reach the page")

    monkeypatch.setattr(fig, "plan_courses", broken)
    planner.fields["minutes"].widget.value = "20"  # must not raise
    assert "Something went wrong" in planner.warnings.value
    assert "internal detail" not in planner.warnings.value


def test_the_suggested_start_fills_the_plan_and_follows_the_profile(planner):
    p = planner.profile()
    expected = plan.suggest_start(p, 25)
    f = planner.fields
    assert (f["intensity"].widget.value, f["minutes"].widget.value, f["sessions_per_week"].widget.value) == (
        f"{expected.bout.intensity:g}", f"{expected.bout.minutes:g}", f"{expected.sessions_per_week:g}")
    f["minutes"].widget.value = "5"
    f["weekly_activity"].widget.value = "200"  # the profile changes the suggestion, not the typed plan
    assert f["minutes"].widget.value == "5"
    assert "200 minutes a week" in planner.suggestion_text.value
    planner.use_suggestion.click()
    s = plan.suggest_start(planner.profile(), 25)
    assert f["minutes"].widget.value == f"{s.bout.minutes:g}"
    assert f["sessions_per_week"].widget.value == f"{s.sessions_per_week:g}"


def test_charts_draw_the_models_numbers_for_the_plan(planner):
    f = planner.fields
    f["condition"].widget.value = "chronic_low_back_pain"
    f["intensity"].widget.value = "55"
    f["minutes"].widget.value = "20"
    f["progression"].widget.value = "plus20"
    weeks = plan.graded_weeks(planner.profile(), model.Bout("aerobic", 55, 20), 12, "plus20", 25)
    assert weeks[-1].bout.minutes > 20  # the plan grows
    first, last = chart_data(planner, 1)
    expected = model.after_effects(weeks[-1].bout, "chronic_low_back_pain")
    assert last["dose"] == "Last week"
    assert last["e"] == pytest.approx([expected.effect[i] for i in AFTER_INDEX], abs=1e-3)
    programme = model.graded_program([w.bout for w in weeks], float(f["sessions_per_week"].widget.value),
                                     "chronic_low_back_pain")
    drawn = chart_data(planner, 2)[0]
    assert drawn["e"][-1] == pytest.approx(programme.pain_relief[-1], abs=1e-3)
    assert planner.sentence.value.count("eih-result") == 1


def test_high_flare_risk_is_warned_in_plain_words(planner):
    f = planner.fields
    f["intensity"].widget.value = "80"
    f["minutes"].widget.value = "45"
    assert "Likely to flare" in planner.warnings.value
    f["intensity"].widget.value = "30"
    f["minutes"].widget.value = "10"
    assert "Likely to flare" not in planner.warnings.value


def handout_document(planner) -> str:
    planner.make_handout.click()
    link = re.search(r'href="data:text/html;charset=utf-8;base64,([^"]+)"', planner.handout.value)
    assert link, planner.handout.value[:300]
    return base64.b64decode(link.group(1)).decode("utf-8")


def test_handout_has_the_plan_a_chart_flare_advice_and_references_and_no_name(planner):
    document = handout_document(planner)
    for row in plan.graded_weeks(planner.profile(), model.Bout("aerobic", 60, 15), 12, "plus10", 25)[:1]:
        assert f"{row.bout.minutes:g} minutes at {row.bout.intensity:g}% of maximum" in document
    assert "<svg" in document and "The 72 hours after one session" in document
    assert "What to do in a flare" in document and "5 out of 10" in document
    assert "educational model" in document and "doi.org/10.1177/0363546506298279" in document
    assert "For:" not in document
    # Self-contained: nothing to run and nothing fetched when the saved file is opened (the SVG's xmlns
    # is a name, not a request).
    assert "<script" not in document and not re.search(r"(src|href)=", document)


def test_handout_names_the_patient_only_when_typed_and_escapes_it(planner):
    planner.patient_name.value = "Ann <b>Lee</b>"
    document = handout_document(planner)
    assert "For:</strong> Ann &lt;b&gt;Lee&lt;/b&gt;" in document


def test_handout_waits_for_bad_fields_to_be_corrected(planner):
    planner.fields["pain_today"].widget.value = "12"
    planner.make_handout.click()
    assert "Correct the fields marked above first" in planner.handout.value


# --- the waiting-room explainer ----------------------------------------------------------------------


def test_explainer_controls_stay_inside_the_models_ranges_and_redraw():
    box = explainer.waiting_room()
    panel = next(c for c in box.children if hasattr(c, "controls"))
    assert set(panel.controls) == {"condition", "modality", "intensity", "minutes"}
    before = panel.sentence.value
    panel.controls["condition"].value = "fibromyalgia"
    panel.controls["intensity"].value = 85
    assert panel.sentence.value != before and "fibromyalgia" in panel.sentence.value
    drawn = panel.current_charts[0].to_dict(validate=False)["data"]["values"][0]
    expected = model.after_effects(model.Bout("aerobic", 85, 30), "fibromyalgia")
    assert drawn["e"] == pytest.approx([expected.effect[i] for i in AFTER_INDEX], abs=1e-3)
    for name in ("intensity", "minutes"):
        control, allowed = panel.controls[name], model.validation.parameters.INPUT_RANGES[name]
        assert allowed.low <= control.min and control.max <= allowed.high
