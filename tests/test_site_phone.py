"""Every page of the built site on a 375 x 740 phone with a touch screen (issue 8, "Phones").

One browser context for the module: a phone (Playwright's ``is_mobile``, ``has_touch``, device scale
factor 2). Each page is opened once and everything below is read from that one visit:

- Nothing scrolls sideways: the document is no wider than the screen, and no element of the article
  reaches past either edge unless a scrolling box that itself fits the screen holds it (the theme puts
  wide tables in one).
- No chart text is cut: every title, subtitle, axis title, axis label and legend text that Vega drew
  lies inside its chart's drawing and on the screen, when the page opens and after every tap; and no
  axis label is written as a power of ten ("1e+1" for 10).
- Every chart control is big enough for a finger (24 x 24 CSS px at least, WCAG 2.5.8) and works by
  touch: each radio option but the one chosen and each checkbox is tapped, each slider is tapped on
  its track away from its thumb, each select is tapped and then given the next option (the option
  list itself is the phone's own picker, which a headless browser does not draw). After each tap the
  chart's Vega parameter must hold the control's new value, the chart must be drawn exactly as Vega
  draws that setting when it is set through the parameter, and the page must still fit the screen;
  then the parameter is set back, so every control is tried on the chart as it first appeared. Every
  chart must look different after at least one tap (some settings rightly draw the same picture, such
  as comparing a group with itself, so not every tap must).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.site_pages import PageVisit, content_pages, open_offline
from tests.test_site_browser import CHART_TIMEOUT_MS, wait_for_charts
from tools.sphinx_ext.lean_pages import AFTER_CHARTS_TYPE

PHONE = {"width": 375, "height": 740}
MIN_TARGET_PX = 24  # WCAG 2.2 SC 2.5.8, target size (minimum)
# Vega places text at fractional positions. A text box may end a fraction of a pixel past the drawing
# with little or no ink lost, since a box includes the spacing after its last letter (the
# introduction's last legend label ends 0.86 px past it); anything more is cut.
TEXT_SLACK_PX = 1

# The screen width is passed in, not read from window.innerWidth: with is_mobile the browser widens
# its layout viewport to fit content that overflows, so innerWidth grows with the very overflow
# this looks for (the reference list measured 386 px on a 375 px screen).
OVERFLOWING = """(screen) => {
  // The theme's article column (on the search page too); the sidebars are drawers off the screen.
  const article = document.querySelector('.bd-article-container');
  const out = article ? [] : ['no .bd-article-container'];
  const clipper = el => {  // the nearest ancestor that scrolls or clips what overflows it
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return a;
    }
    return null;
  };
  const outside = r => r.left < -0.5 || r.right > screen + 0.5;
  // Text for screen readers only (MathJax's MathML copy of each equation) is clipped to nothing.
  const unseen = el => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.clip.startsWith('rect') || style.clipPath !== 'none') return true;
      if (style.visibility === 'hidden') return true;
    }
    return false;
  };
  for (const el of article ? article.querySelectorAll('*') : []) {
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || !outside(r) || unseen(el)) continue;
    const box = clipper(el);
    if (box && !outside(box.getBoundingClientRect())) continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '');
    out.push(`${name} spans ${Math.round(r.left)}..${Math.round(r.right)} px`);
  }
  return {scrollWidth: document.documentElement.scrollWidth, elements: out.slice(0, 10)};
}"""

CHART_TEXT = ["g.role-title-text", "g.role-title-subtitle", "g.role-axis-title", "g.role-axis-label",
              "g.role-legend-title", "g.role-legend-label"]
CUT_TEXT = r"""([id, screen, slack, selectors]) => {
  const chart = document.getElementById(id);
  const svg = chart.querySelector('svg');
  if (!svg) return ['no drawing'];
  const area = svg.getBoundingClientRect();
  const box = chart.getBoundingClientRect();
  const left = Math.max(0, area.left, box.left) - slack;
  const right = Math.min(screen, area.right, box.right) + slack;
  const texts = chart.querySelectorAll(selectors.map(s => s + ' text').join(', '));
  // An axis label in a power of ten ("1e+1"): Vega's "~g" format at a phone's tick step.
  const powers = Array.from(chart.querySelectorAll('g.role-axis-label text'))
    .filter(t => /\de[+-]?\d/.test(t.textContent)).map(t => `axis label "${t.textContent}"`);
  return powers.concat(Array.from(texts).filter(t => {
    const r = t.getBoundingClientRect();
    return r.width > 0 && (r.left < left || r.right > right);
  }).map(t => {
    const b = t.getBoundingClientRect();
    return `"${t.textContent}" (${t.closest('g[class*="role-"]').getAttribute('class')}) spans ` +
      `${b.left.toFixed(1)}..${b.right.toFixed(1)} px, the chart ${(left + slack).toFixed(1)}..` +
      `${(right - slack).toFixed(1)}`;
  }));
}"""

# Every control of every chart, in page order: which chart, its kind and name, its tap target size.
CONTROLS = """() => Array.from(document.querySelectorAll('div.eih-chart')).flatMap(chart =>
  Array.from(chart.querySelectorAll('.vega-bind input, .vega-bind select')).map((el, index) => {
    const r = el.getBoundingClientRect();
    return {chart: chart.id, index, kind: el.tagName === 'SELECT' ? 'select' : el.type, name: el.name,
            value: el.value, checked: !!el.checked, width: r.width, height: r.height};
  }))"""

PARAMETER = """([id, name]) => document.getElementById(id).eihView.signal(name)"""
PARAMETER_TEXT = """([id, name]) => String(document.getElementById(id).eihView.signal(name))"""
# The parameter holds the control's new value (compared as text: a select's "30" is 30 in Vega).
PARAMETER_IS = """([id, name, expected]) =>
  String(document.getElementById(id).eihView.signal(name)) === expected"""
# Sets the Vega parameter itself (the control follows it) and waits for the chart to be drawn.
SET_PARAMETER = """async ([id, name, value]) => {
  const view = document.getElementById(id).eihView;
  view.signal(name, value);
  await view.runAsync();
}"""
# The chart as drawn, once Vega has finished any update in progress.
DRAWING = """async (id) => {
  const chart = document.getElementById(id);
  await chart.eihView.runAsync();
  return chart.querySelector('svg').innerHTML;
}"""
# A page whose scripts wait for the charts (MathJax) has started them; MathJax.startup.promise then
# settles once the equations are typeset.
MATHJAX_STARTED = """(type) => !document.querySelector(`script[type="${type}"]`) ||
  Boolean(window.MathJax && MathJax.startup && MathJax.startup.promise)"""


@dataclass
class PhoneVisit:
    """What one page showed on the phone."""

    overflowing: list[str] = field(default_factory=list)
    cut_text: list[str] = field(default_factory=list)
    controls: list[dict] = field(default_factory=list)
    small_targets: list[str] = field(default_factory=list)
    touch_failures: list[str] = field(default_factory=list)
    redrawn_charts: set[str] = field(default_factory=set)
    same_drawing: list[str] = field(default_factory=list)
    taps: int = 0
    offline: PageVisit = field(default_factory=PageVisit)


def _overflowing(page) -> list[str]:
    layout = page.evaluate(OVERFLOWING, PHONE["width"])
    wide = [f"the page is {layout['scrollWidth']} px wide"] if layout["scrollWidth"] > PHONE["width"] else []
    return wide + layout["elements"]


def _cut_text(page, chart_id: str) -> list[str]:
    return page.evaluate(CUT_TEXT, [chart_id, PHONE["width"], TEXT_SLACK_PX, CHART_TEXT])


def _tap_track(page, control) -> str:
    """Tap a slider's track at the end away from its thumb; returns the value it should now hold."""
    low, high = float(control.get_attribute("min") or 0), float(control.get_attribute("max") or 100)
    old = control.input_value()
    now = float(old)
    fraction = 0.9 if now < (low + high) / 2 else 0.1
    control.scroll_into_view_if_needed()
    box = control.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] * fraction, box["y"] + box["height"] / 2)
    try:  # the thumb moves as the touch lands; a tap that does not move it is reported by the caller
        page.wait_for_function("([el, old]) => el.value !== old",
                               arg=[control.element_handle(), old],
                               timeout=CHART_TIMEOUT_MS)
    except PlaywrightTimeoutError:
        pass
    return control.input_value()


def _operate(page, control, kind: str) -> str:
    """Work one control by touch; returns its new value as Vega should see it."""
    if kind in ("radio", "checkbox"):
        control.tap()
        return ("true" if control.is_checked() else "false") if kind == "checkbox" else control.input_value()
    if kind == "range":
        return _tap_track(page, control)
    if kind == "select":
        control.tap()  # focuses it, as a finger does; the phone's picker then sets the option
        options = control.evaluate("s => Array.from(s.options).map(o => o.value)")
        choice = options[(options.index(control.input_value()) + 1) % len(options)]
        control.select_option(choice)
        return choice
    raise AssertionError(f"a chart control of a kind this test does not know: {kind}")


def _groups(controls: list[dict]) -> list[list[dict]]:
    """The controls of each Vega parameter (a radio group's options together), in page order."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for control in controls:
        groups.setdefault((control["chart"], control["name"]), []).append(control)
    return list(groups.values())


def _taps(group: list[dict]) -> list[dict]:
    """What to tap, each from the chart's first state: every radio option but the one chosen, a
    checkbox once (it flips), a slider or a select once."""
    return [c for c in group if not c["checked"]] if group[0]["kind"] == "radio" else group[:1]


def _touch_every_control(page, visit: PhoneVisit) -> None:
    for group in _groups(visit.controls):
        chart_id, name = group[0]["chart"], group[0]["name"]
        first = page.evaluate(PARAMETER, [chart_id, name])
        first_text = page.evaluate(PARAMETER_TEXT, [chart_id, name])
        for control in _taps(group):
            where = f"{chart_id} {control['kind']} {name}"
            bound = f"#{chart_id} .vega-bind"
            element = page.locator(f"{bound} input, {bound} select").nth(control["index"])
            before = page.evaluate(DRAWING, chart_id)
            expected = _operate(page, element, control["kind"])
            visit.taps += 1
            if expected == first_text:
                visit.touch_failures.append(f"{where}: the tap left the control at {expected!r}")
                continue
            try:
                page.wait_for_function(PARAMETER_IS, arg=[chart_id, name, expected], timeout=CHART_TIMEOUT_MS)
            except PlaywrightTimeoutError:
                now = page.evaluate(PARAMETER, [chart_id, name])
                visit.touch_failures.append(f"{where}: the control shows {expected!r} after a tap, the chart "
                                            f"still has {now!r}")
                page.evaluate(SET_PARAMETER, [chart_id, name, first])
                continue
            after = page.evaluate(DRAWING, chart_id)
            visit.cut_text += [f"after {where} -> {expected}: {cut}" for cut in _cut_text(page, chart_id)]
            visit.overflowing += [f"after {where} -> {expected}: {wide}" for wide in _overflowing(page)]
            # What Vega itself draws for the tapped setting, set through its parameter from the same
            # first state (as the parity tests do): the tap must have drawn exactly that.
            tapped = page.evaluate(PARAMETER, [chart_id, name])
            page.evaluate(SET_PARAMETER, [chart_id, name, first])
            page.evaluate(SET_PARAMETER, [chart_id, name, tapped])
            reference = page.evaluate(DRAWING, chart_id)
            if after != reference:
                visit.touch_failures.append(f"{where}: after the tap to {expected!r} the chart is not "
                                            "drawn as Vega draws that setting")
            if reference != before:
                visit.redrawn_charts.add(chart_id)
            else:  # some settings rightly draw the same (comparing a group with itself)
                visit.same_drawing.append(f"{where} -> {expected}")
            # Back to the first state, so that each control is tried against the chart as it first
            # appeared: after another control has changed, this one might rightly change nothing (a
            # group that feels no effect of exercise draws the same flat line at any dose).
            page.evaluate(SET_PARAMETER, [chart_id, name, first])


def _visit(context, site_url: str, rel: str) -> PhoneVisit:
    visit = PhoneVisit()
    page = open_offline(context, f"{site_url}/{rel}", visit.offline)
    try:
        wait_for_charts(page)
        # The equations are typeset after the charts (tools/sphinx_ext/lean_pages.py) and take room.
        page.wait_for_function(MATHJAX_STARTED, arg=AFTER_CHARTS_TYPE, timeout=CHART_TIMEOUT_MS)
        page.evaluate("() => window.MathJax && MathJax.startup ? MathJax.startup.promise.then(() => 1) : 0")
        visit.overflowing = _overflowing(page)
        charts = page.eval_on_selector_all("div.eih-chart", "cs => cs.map(c => c.id)")
        for chart_id in charts:
            visit.cut_text += _cut_text(page, chart_id)
        visit.controls = page.evaluate(CONTROLS)
        visit.small_targets = [
            f"{c['chart']} {c['kind']} {c['name']}: {c['width']:.0f} x {c['height']:.0f} px"
            for c in visit.controls if min(c["width"], c["height"]) < MIN_TARGET_PX]
        _touch_every_control(page, visit)
    finally:
        page.close()
    return visit


@pytest.fixture(scope="module")
def phone_visits(built_site, site_url, browser) -> dict[str, PhoneVisit]:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    try:
        yield {rel: _visit(context, site_url, rel) for rel in content_pages(built_site)}
    finally:
        context.close()


def test_every_page_and_every_chart_control_was_visited(built_site, phone_visits):
    assert set(phone_visits) == set(content_pages(built_site))
    with_controls = {rel for rel, visit in phone_visits.items() if visit.controls}
    chapters = {f"book/{name}.html" for name in ("intro", "descending", "immune", "modulation", "dosing")}
    assert chapters <= with_controls
    kinds = {c["kind"] for visit in phone_visits.values() for c in visit.controls}
    assert kinds == {"radio", "checkbox", "range", "select"}
    # Every control was tapped: each radio option but the first chosen, every other control once.
    for rel, visit in phone_visits.items():
        radios_chosen = sum(c["kind"] == "radio" and c["checked"] for c in visit.controls)
        assert visit.taps == len(visit.controls) - radios_chosen, rel
        # ... and every chart was drawn anew by some tap (a drawing that never changes is not redrawn).
        assert visit.redrawn_charts == {c["chart"] for c in visit.controls}, (rel, visit.same_drawing)


def test_no_page_scrolls_sideways(phone_visits):
    problems = [f"{rel}: {wide}" for rel, visit in phone_visits.items() for wide in visit.overflowing]
    assert not problems, "\n".join(problems)


def test_no_chart_title_axis_or_legend_is_cut(phone_visits):
    problems = [f"{rel}: {cut}" for rel, visit in phone_visits.items() for cut in visit.cut_text]
    assert not problems, "\n".join(problems)


def test_every_chart_control_is_big_enough_to_tap(phone_visits):
    problems = [f"{rel}: {small}" for rel, visit in phone_visits.items() for small in visit.small_targets]
    assert not problems, "\n".join(problems)


def test_every_chart_control_redraws_its_chart_when_tapped(phone_visits):
    problems = [f"{rel}: {failure}"
                for rel, visit in phone_visits.items() for failure in visit.touch_failures]
    assert not problems, "\n".join(problems)


def test_pages_on_the_phone_stay_offline_and_free_of_errors(phone_visits):
    problems = [f"{rel}: outside {visit.offline.outside_requests}, console {visit.offline.console_errors}"
                for rel, visit in phone_visits.items()
                if visit.offline.outside_requests or visit.offline.console_errors]
    assert not problems, "\n".join(problems)
