"""A clinician's walk-through of the planner and a patient's keyboard-only use of the waiting-room explainer,
in Debian's Chromium against the real Voila server that `make clinic` starts (the shared ``clinic`` fixture,
tests/conftest.py). Every request off 127.0.0.1 is blocked and recorded.
"""

from __future__ import annotations

import re

import pytest

from tests.voila_server import RESULT, choose, open_dashboard
from widgets import plan

pytestmark = pytest.mark.browser


def chart_svgs(page) -> list[str]:
    """What each chart draws (its SVG's marks), to tell that a chart was redrawn with new data."""
    return page.locator(".vega-embed").evaluate_all(
        "els => els.map(e => (e.querySelector('svg') || {}).innerHTML || '')")


def wait_until_changed(page, before: list[str], which: tuple[int, ...] | None = None) -> list[str]:
    """Wait until the SVG of every chart in ``which`` (all if None) differs from ``before`` (each redraw
    comes from the kernel)."""
    which = tuple(range(len(before))) if which is None else which
    page.wait_for_function(
        """([before, which]) => { const now = Array.from(document.querySelectorAll('.vega-embed'))
             .map(e => (e.querySelector('svg') || {}).innerHTML || '');
           return now.length === before.length && which.every(i => now[i] !== before[i]); }""",
        arg=[before, list(which)])
    return chart_svgs(page)


def result_text(page) -> str:
    return page.locator(RESULT).first.inner_text()


def wait_for_result_change(page, before: str) -> str:
    page.wait_for_function("([sel, before]) => document.querySelector(sel).innerText !== before",
                           arg=[RESULT, before])
    return result_text(page)


def field_value(page, label: str) -> str:
    return page.get_by_label(label, exact=True).input_value()


def download_handout(page) -> str:
    """Make the handout and save it as the clinician would (a download the browser writes)."""
    link = page.locator("a.eih-handout-download")
    before = link.get_attribute("href") if link.count() else ""
    page.get_by_role("button", name="Make the handout").click()
    page.wait_for_function("""before => { const a = document.querySelector('a.eih-handout-download');
                                          return a !== null && a.getAttribute('href') !== before; }""",
                           arg=before)
    with page.expect_download() as download:
        link.click()
    return open(download.value.path(), encoding="utf-8").read()


def test_a_clinician_plans_changes_and_hands_out(clinic, browser):
    context, page, visit = open_dashboard(browser, f"{clinic.server.base_url}/voila/render/clinic.ipynb")
    assert page.locator(".vega-embed").count() == 3
    charts, sentence = chart_svgs(page), result_text(page)

    # 1. The patient's profile: every chart and the suggestion follow it.
    choose(page, "Condition", "Chronic low back pain")
    charts = wait_until_changed(page, charts)
    choose(page, "Activity now (minutes a week)", "120")
    choose(page, "Preferred exercise", "Dynamic resistance")
    profile = plan.Profile("chronic_low_back_pain", "under_60", 4, 120, False, "dynamic_resistance")
    expected = plan.suggest_start(profile, 25)
    suggestion = page.get_by_text("Suggested start:")
    suggestion.wait_for()
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=expected.explanation)

    # 2. Accept the suggested start: the plan's fields take its numbers, every chart redraws.
    page.get_by_role("button", name="Use the suggested start").click()
    charts = wait_until_changed(page, charts)
    assert field_value(page, "Intensity (% of maximum)") == f"{expected.bout.intensity:g}"
    assert field_value(page, "Minutes per session") == f"{expected.bout.minutes:g}"
    assert field_value(page, "Sessions a week") == f"{expected.sessions_per_week:g}"
    sentence = wait_for_result_change(page, sentence)

    # 3. Change it: a shorter start that grows 20% a week.
    choose(page, "Minutes per session", "10")
    charts = wait_until_changed(page, charts)
    sentence = wait_for_result_change(page, sentence)
    choose(page, "Progression", "+20% minutes a week")
    # The first week's session is the same; the last week's and the plan over weeks change.
    charts = wait_until_changed(page, charts, which=(1, 2))
    sentence = wait_for_result_change(page, sentence)
    table = page.locator("table.eih-plan-table").inner_text()
    assert "Week 1\tAerobic" not in table  # dynamic resistance, as chosen
    assert "10 minutes" in table and "12 minutes" in table  # +20%: 10, then 12

    # 4. A bad value gets a plain message by its field; the result stays; the next good value works.
    choose(page, "Pain today (0-10)", "11")
    alert = page.locator(".eih-field-error")
    alert.wait_for()
    assert "Pain today (0-10): type a number from 0 to 10" in alert.inner_text()
    assert result_text(page) == sentence and chart_svgs(page) == charts
    assert "Traceback" not in page.content()
    choose(page, "Pain today (0-10)", "3")
    alert.wait_for(state="detached")

    # 5. The handout: the plan, the chart, the flare advice; no name unless one is typed.
    handout = download_handout(page)
    assert "10 minutes at" in handout and "<table" in handout and "<svg" in handout
    assert "What to do in a flare" in handout and "educational model" in handout
    assert "For:" not in handout
    assert page.locator("iframe.eih-handout").count() == 1
    assert page.get_by_role("button", name="Print the handout").count() == 1
    page.get_by_label("Patient name (optional)", exact=True).fill("Robin Example")
    page.get_by_label("Patient name (optional)", exact=True).press("Enter")
    named = download_handout(page)
    assert "For:</strong> Robin Example" in named

    context.close()
    assert visit.outside_requests == [] and visit.console_errors == []


def test_the_explainer_works_with_a_keyboard_alone(clinic, browser):
    context, page, visit = open_dashboard(browser, f"{clinic.server.base_url}/voila/render/explainer.ipynb")
    charts, sentence = chart_svgs(page), result_text(page)

    def tab_to(predicate_js: str, presses: int = 40) -> None:
        for _ in range(presses):
            page.keyboard.press("Tab")
            if page.evaluate(predicate_js):
                return
        raise AssertionError(f"Tab never reached {predicate_js}")

    # The condition drop-down: Tab to it, arrow to the next condition.
    tab_to("() => document.activeElement.tagName === 'SELECT'")
    page.keyboard.press("ArrowDown")
    charts = wait_until_changed(page, charts)
    sentence = wait_for_result_change(page, sentence)
    # The exercise type: Tab to "Isometric" and press Space.
    tab_to("() => document.activeElement.textContent.trim() === 'Isometric'")
    page.keyboard.press("Space")
    charts = wait_until_changed(page, charts)
    sentence = wait_for_result_change(page, sentence)
    assert "isometric" in sentence
    # How hard: Tab to the first slider's handle, arrow right twice.
    tab_to("() => document.activeElement.classList.contains('noUi-handle')")
    start = re.search(r"at (\d+)%", sentence).group(1)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    sentence = wait_for_result_change(page, sentence)
    assert int(re.search(r"at (\d+)%", sentence).group(1)) > int(start)
    # Focus is visible on every control it reached (an outline or a box shadow).
    focused_style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }""")
    assert focused_style, "the focused slider handle shows no focus ring"
    context.close()
    assert visit.outside_requests == [] and visit.console_errors == []


PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}


def test_the_explainer_fits_a_phone_and_works_by_touch(clinic, browser):
    """A patient's own phone (375 x 740, touch): nothing is cut or scrolls sideways, a slider's track is
    wide enough for a finger, and tapping it and a button redraws the charts and the sentence."""
    from tests.site_pages import PageVisit, open_offline
    from tests.voila_server import PAGE_TIMEOUT_MS, wait_until_drawn

    context = browser.new_context(**PHONE)
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    visit = PageVisit()
    page = open_offline(context, f"{clinic.server.base_url}/voila/render/explainer.ipynb", visit,
                        wait_until="commit")
    wait_until_drawn(page)
    page.wait_for_function("() => document.querySelectorAll('.vega-embed svg').length >= 2")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 375, f"the explainer is {width} px wide on a 375 px phone: it scrolls sideways"
    # Every chart and every control lies within the screen (a chart drawn at its fixed width was cut).
    boxes = page.evaluate("""() => Array.from(document.querySelectorAll(
            '.vega-embed svg, select, .widget-toggle-buttons, .noUi-target'))
        .map(e => { const r = e.getBoundingClientRect();
                    return {what: e.tagName, left: r.left,
                            right: r.right, width: r.width}; })""")
    assert len(boxes) >= 5, boxes
    cut = [box for box in boxes if box["left"] < -0.5 or box["right"] > 375.5]
    assert not cut, f"cut off at the screen's edge: {cut}"
    track = page.locator(".noUi-target").first.bounding_box()
    assert track["width"] >= 200, f"the first slider's track is {track['width']:.0f} px wide"

    charts, sentence = chart_svgs(page), result_text(page)
    page.touchscreen.tap(track["x"] + 0.9 * track["width"], track["y"] + track["height"] / 2)
    charts = wait_until_changed(page, charts)
    sentence = wait_for_result_change(page, sentence)
    button = page.get_by_role("button", name="Isometric").first
    box = button.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_until_changed(page, charts)
    assert "isometric" in wait_for_result_change(page, sentence)
    context.close()
    assert visit.outside_requests == [] and visit.console_errors == []


MARK_CONTROLS = """() => { const controls = Array.from(document.querySelectorAll(
        '.eih-clinic input, .eih-clinic select, .eih-clinic button, .eih-clinic a[href]'));
    controls.forEach((c, i) => c.setAttribute('data-eih-control', String(i)));
    return controls.length; }"""
FOCUSED = """() => { const e = document.activeElement, s = getComputedStyle(e);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    const box = e.closest('.widget-inline-hbox, .widget-button, .widget-checkbox') || e;
    return {control: e.getAttribute('data-eih-control'), ring,
            label: (box.innerText || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 60)}; }"""


def test_the_planner_works_with_a_keyboard_alone(clinic, browser):
    """Tab reaches every control of the planner, each shows a focus ring, and typing, arrows, Space and
    Enter operate them: a clinician with no mouse can plan and make the handout."""
    context, page, visit = open_dashboard(browser, f"{clinic.server.base_url}/voila/render/clinic.ipynb")
    total = page.evaluate(MARK_CONTROLS)
    assert total >= 14, total  # 13 fields and 2 buttons (the handout adds its own later)
    reached, no_ring = set(), []
    for _ in range(total * 3):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["control"] is not None:
            reached.add(focused["control"])
            if not focused["ring"]:
                no_ring.append(focused["label"])
        if len(reached) == total:
            break
    assert len(reached) == total, f"Tab reached {len(reached)} of the planner's {total} controls"
    assert not no_ring, f"focused without a visible ring: {no_ring}"

    def tab_to(words: str, tag: str) -> None:
        for _ in range(total * 2):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if words in focused["label"] and page.evaluate("() => document.activeElement.tagName") == tag:
                return
        raise AssertionError(f"Tab never reached the {tag} of {words!r}")

    charts, sentence = chart_svgs(page), result_text(page)
    # A text field: select its text, type a new number, Enter.
    tab_to("Minutes per session", "INPUT")
    page.keyboard.press("Control+A")
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    charts = wait_until_changed(page, charts)
    sentence = wait_for_result_change(page, sentence)
    # A drop-down: the arrow key picks the next progression.
    tab_to("Progression", "SELECT")
    chosen = page.evaluate("() => document.activeElement.value")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.value") != chosen
    charts = wait_until_changed(page, charts, which=(1, 2))  # the later weeks follow the new progression
    # The checkbox: Space turns high sensitivity on, and the model's group changes with it.
    tab_to("High pain sensitivity", "INPUT")
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked") is True
    # A button: Enter makes the handout.
    tab_to("Make the handout", "BUTTON")
    page.keyboard.press("Enter")
    page.locator("a.eih-handout-download").wait_for()
    context.close()
    assert visit.outside_requests == [] and visit.console_errors == []
