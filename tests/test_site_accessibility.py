"""Accessibility of every built page, in light and dark colour mode, checked in the real browser.

Each page is opened once per colour mode (Playwright's ``color_scheme``; the theme's "auto" mode follows
it), after its charts are drawn, and everything below is read from that one visit:

- axe-core, the latest release on npm at test time (tools/vendor_js.py; the version is printed), runs
  every rule it enables by default, best practices included. Any violation of any impact fails.
- Every chart has a text alternative: a described group, a caption and a table of its numbers.
- Chart text stands out from the page at 4.5:1 or more, lines, points and rules at 3:1 or more (WCAG
  1.4.3 and 1.4.11), in both modes; axe cannot judge text drawn in SVG. In dark mode every chart is
  drawn for dark mode: on the page's dark background, with dim gridlines.
- In light mode, a keyboard walk: Tab through the whole page; every stop shows a focus ring (an outline
  or a box shadow); each chart control reached is changed with its own keys (arrows, Space) and the
  chart must redraw; every control of every chart must be reached.

And on one chapter: the theme's colour-mode button, pressed from the keyboard, redraws the charts in the
new mode and keeps the settings the reader chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.site_pages import PageVisit, content_pages, open_offline
from tests.test_site_browser import CHART_TIMEOUT_MS, wait_for_charts
from tools.vendor_js import axe_core

MODES = ("light", "dark")
# A page's Tab order is walked to its end; no page has nearly this many stops (the longest, the
# references, about 150). Reaching the limit fails the test rather than looping for ever.
MAX_TAB_STOPS = 800
TEXT_CONTRAST = 4.5   # WCAG 1.4.3, normal-size text
GRAPHIC_CONTRAST = 3  # WCAG 1.4.11, lines, points and other graphical objects

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});  // faster: no detail on passes
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      where: v.nodes.slice(0, 4).map(n => n.target.join(' '))}));
}"""

# Shared colour helpers, defined once per page (WCAG 2.x relative luminance and contrast).
COLOUR_HELPERS = """() => {
  window.eihTest = {
    rgb(css) {
      const m = /rgba?\\(([^)]+)\\)/.exec(css || '');
      if (!m) return null;
      const parts = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
      return {rgb: parts.slice(0, 3), alpha: parts.length > 3 ? parts[3] : 1};
    },
    luminance(rgb) {
      const lin = rgb.map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    },
    contrast(a, b) {
      const [la, lb] = [this.luminance(a), this.luminance(b)];
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    },
    backgroundOf(el) {  // the first opaque background colour at or above el
      for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
        const c = this.rgb(getComputedStyle(node).backgroundColor);
        if (c && c.alpha === 1) return c.rgb;
      }
      return [255, 255, 255];
    },
  };
}"""

# Per chart: its text alternative (a labelled group, the SVG's own label, a caption, a table with numbers).
CHART_ALTERNATIVES = """() => Array.from(document.querySelectorAll('div.eih-chart')).map(c => {
  const figure = c.closest('figure');
  const caption = figure && figure.querySelector('figcaption');
  const table = figure && figure.querySelector('details.eih-chart-table table');
  const summary = figure && figure.querySelector('details.eih-chart-table > summary');
  const rows = table ? Array.from(table.querySelectorAll('tbody tr')) : [];
  return {
    id: c.id,
    role: c.getAttribute('role'),
    label: (c.getAttribute('aria-label') || '').trim(),
    caption: caption ? caption.textContent.trim() : '',
    summary: summary ? summary.textContent.trim() : '',
    headings: table ? table.querySelectorAll('thead th').length : 0,
    rows: rows.length,
    emptyCells: rows.flatMap(r => Array.from(r.cells)).filter(td => !td.textContent.trim()).length,
    numbers: rows.flatMap(r => Array.from(r.cells)).filter(td => /\\d/.test(td.textContent)).length,
  };
})"""

# Per chart: the mode it was drawn in, the background behind it, the brightest gridline, and every drawn
# colour that falls short against that background: text under 4.5:1, strokes of lines, rules and axis
# lines and the strokes and fills of symbols under 3:1 (see-through fills, bands and shading, excepted).
CHART_COLOURS = """([textContrast, graphicContrast]) =>
 Array.from(document.querySelectorAll('div.eih-chart')).map(c => {
  const t = window.eihTest;
  const svg = c.querySelector('svg');
  const background = t.backgroundOf(c);
  const short = [];
  const visible = el => getComputedStyle(el).visibility !== 'hidden' && el.getBBox().width > 0;
  svg.querySelectorAll('text').forEach(el => {
    const fill = t.rgb(getComputedStyle(el).fill);
    if (!el.textContent.trim() || !fill || !visible(el)) return;
    const ratio = t.contrast(fill.rgb, background);
    if (ratio < textContrast) short.push(`text "${el.textContent.trim()}" ${ratio.toFixed(2)}:1`);
  });
  const marks = 'g.mark-line.role-mark path, g.mark-rule.role-mark line, g.mark-symbol.role-mark path, '
              + 'g.role-axis-domain line';
  svg.querySelectorAll(marks).forEach(el => {
    const style = getComputedStyle(el);
    const kind = el.closest('g.role-axis-domain') ? 'axis line'
               : el.closest('g[class*="mark-"]').className.baseVal;
    for (const paint of ['stroke', 'fill']) {
      const colour = t.rgb(style[paint]);
      const opacity = Number(style[paint + 'Opacity']) * Number(style.opacity);
      if (!colour || colour.alpha === 0 || opacity < 0.5) continue;
      const ratio = t.contrast(colour.rgb, background);
      if (ratio < graphicContrast) short.push(`${kind} ${paint} ${style[paint]} ${ratio.toFixed(2)}:1`);
    }
  });
  const grid = Array.from(svg.querySelectorAll('g.role-axis-grid line'))
    .map(el => t.rgb(getComputedStyle(el).stroke)).filter(Boolean).map(c => t.luminance(c.rgb));
  return {id: c.id, mode: c.getAttribute('data-eih-mode'), backgroundLuminance: t.luminance(background),
          brightestGrid: grid.length ? Math.max(...grid) : null, short: short.slice(0, 8)};
})"""

# What has the keyboard focus now: is a ring drawn, and is it a chart control (and which)? The ring may
# be the element's own outline or box shadow, or one its box draws only while it holds the focus (the
# search page's field: the theme rings the form around it); the latter is found by taking the focus
# away for a moment and comparing.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const ringOf = node => {
    const s = getComputedStyle(node);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineColor : '') + s.boxShadow;
  };
  let ring = ringOf(el) !== 'none';
  if (!ring) {
    const boxes = [el.parentElement, el.parentElement && el.parentElement.parentElement].filter(Boolean);
    const focused = boxes.map(ringOf);
    el.blur();
    const unfocused = boxes.map(ringOf);
    el.focus();
    ring = focused.some((r, i) => r !== 'none' && r !== unfocused[i]);
  }
  const rect = el.getBoundingClientRect();
  const bind = el.closest('.vega-bind');
  const chart = el.closest('div.eih-chart');
  return {
    what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (typeof el.className === 'string' && el.className
             ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
          + ' "' + (el.textContent || el.name || '').trim().slice(0, 40) + '"',
    ring,
    shown: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
    chart: bind && chart ? chart.id : null,
    name: el.name || null,
    type: el.tagName === 'SELECT' ? 'select' : (el.type || null),
    atEnd: el.tagName === 'SELECT' ? el.selectedIndex === el.options.length - 1
         : el.type === 'range' ? Number(el.value) >= Number(el.max) : false,
  };
}"""

ALL_CONTROLS = """() => Array.from(document.querySelectorAll(
    'div.eih-chart .vega-bind input, div.eih-chart .vega-bind select'))
  .map(el => el.closest('div.eih-chart').id + ' ' + el.name)
  .filter((key, i, all) => all.indexOf(key) === i)"""

# A chart control's value as the reader sees it and as the chart's Vega parameter holds it, once the
# chart has processed every pending change; the drawing is remembered to tell whether it changed.
CONTROL_STATE = """async ([id, name]) => {
  const chart = document.getElementById(id);
  await chart.eihView.runAsync();
  const inputs = Array.from(chart.querySelectorAll('.vega-bind input, .vega-bind select'))
    .filter(el => el.name === name);
  const shown = inputs.find(el => el.type !== 'radio' || el.checked);
  const value = shown && shown.type === 'checkbox' ? String(shown.checked) : shown && shown.value;
  return {control: value, parameter: String(chart.eihView.signal(name))};
}"""
REMEMBER_DRAWING = "(id) => { window.eihDrawing = document.querySelector('#' + id + ' svg').innerHTML; }"
REDRAWN = "(id) => document.querySelector('#' + id + ' svg').innerHTML !== window.eihDrawing"
REDRAW_WAIT_MS = 2_000  # only to tell "redrawn" from "drawn the same": a control may not change every chart


@dataclass
class PageReport:
    """What one visit to one page in one colour mode found."""

    theme: str = ""
    violations: list[dict] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)
    colours: list[dict] = field(default_factory=list)
    unringed_stops: list[str] = field(default_factory=list)
    tab_stops: int = 0
    controls: list[str] = field(default_factory=list)
    operated: list[str] = field(default_factory=list)
    not_followed: list[str] = field(default_factory=list)
    redrawn: list[str] = field(default_factory=list)
    drawn_the_same: list[str] = field(default_factory=list)
    visit: PageVisit = field(default_factory=PageVisit)


@pytest.fixture(scope="module")
def axe(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(version, source) of the latest axe-core release, installed for this run."""
    try:
        version, source = axe_core()
    except Exception as error:  # noqa: BLE001 - any failure to fetch axe is a failed test, never a skip
        pytest.fail(f"could not install the latest axe-core from npm: {error}", pytrace=False)
    # Said on the terminal, past pytest's output capture, so every run records which axe judged it.
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\n[tests] accessibility checked with axe-core {version} (the latest release on npm)")
    return version, source


def operate(page, stop: dict) -> None:
    """Change a chart control with the keys a keyboard user would press."""
    if stop["type"] == "checkbox":
        page.keyboard.press("Space")
    elif stop["type"] == "radio":
        page.keyboard.press("ArrowRight")  # moves to, and checks, the next radio (wrapping round)
    elif stop["type"] == "select":  # a closed drop-down steps to the next option (previous at the end)
        page.keyboard.press("ArrowUp" if stop["atEnd"] else "ArrowDown")
    else:  # a slider: one step, back down when already at the end
        page.keyboard.press("ArrowLeft" if stop["atEnd"] else "ArrowRight")


def walk_with_keyboard(page, report: PageReport) -> None:
    """Tab through the whole page from the top, checking each stop and operating each chart control."""
    report.controls = page.evaluate(ALL_CONTROLS)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    seen_any = False
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop is None:
            if seen_any:
                return  # focus left the page after its last stop
            continue
        seen_any = True
        report.tab_stops += 1
        if stop["shown"] and not stop["ring"]:
            report.unringed_stops.append(stop["what"])
        if stop["chart"]:
            key = f"{stop['chart']} {stop['name']}"
            if key in report.operated:
                continue  # the next radio of a group already operated
            report.operated.append(key)
            before = page.evaluate(CONTROL_STATE, [stop["chart"], stop["name"]])
            page.evaluate(REMEMBER_DRAWING, stop["chart"])
            operate(page, stop)
            after = page.evaluate(CONTROL_STATE, [stop["chart"], stop["name"]])
            if after["control"] == before["control"] or after["parameter"] != after["control"]:
                report.not_followed.append(f"{key}: {before} -> {after}")
            try:
                page.wait_for_function(REDRAWN, arg=stop["chart"], timeout=REDRAW_WAIT_MS)
                report.redrawn.append(stop["chart"])
            except PlaywrightTimeout:
                report.drawn_the_same.append(key)
    raise AssertionError(f"the Tab order did not end within {MAX_TAB_STOPS} stops")


@pytest.fixture(scope="module")
def reports(built_site, site_url, browser, axe) -> dict[tuple[str, str], PageReport]:
    """Every page in both colour modes, each opened once: {(mode, page): PageReport}."""
    version, source = axe
    found = {}
    for mode in MODES:
        context = browser.new_context(color_scheme=mode)
        for rel in content_pages(built_site):
            report = PageReport()
            page = open_offline(context, f"{site_url}/{rel}", report.visit)
            wait_for_charts(page)
            page.wait_for_function("() => ['light', 'dark'].includes(document.documentElement.dataset.theme)")
            report.theme = page.evaluate("() => document.documentElement.dataset.theme")
            page.add_script_tag(content=source)
            assert page.evaluate("() => axe.version") == version
            report.violations = page.evaluate(RUN_AXE)
            page.evaluate(COLOUR_HELPERS)
            report.charts = page.evaluate(CHART_ALTERNATIVES)
            report.colours = page.evaluate(CHART_COLOURS, [TEXT_CONTRAST, GRAPHIC_CONTRAST])
            if mode == "light":
                walk_with_keyboard(page, report)
            found[(mode, rel)] = report
            page.close()
        context.close()
    return found


def test_axe_finds_planted_violations_of_each_kind(built_site, site_url, browser, axe):
    """The check itself works: a critical one (an image without alternative text) and a best-practice
    one of moderate impact (text outside every landmark) are both reported."""
    context = browser.new_context()
    page = open_offline(context, f"{site_url}/book/glossary.html", PageVisit())
    page.evaluate("""() => {
      document.querySelector('main').appendChild(document.createElement('img')).src = 'x.png';
      document.body.appendChild(document.createElement('p')).textContent = 'Outside every landmark';
    }""")
    page.add_script_tag(content=axe[1])
    found = {(v["id"], v["impact"]) for v in page.evaluate(RUN_AXE)}
    context.close()
    assert ("image-alt", "critical") in found and ("region", "moderate") in found, found


@pytest.mark.parametrize("mode", MODES)
def test_axe_finds_no_violation_on_any_page(reports, mode):
    problems = []
    for (report_mode, rel), report in reports.items():
        if report_mode != mode:
            continue
        if report.theme != mode:
            problems.append(f"{rel}: the page is in {report.theme!r} mode, not {mode!r}")
        problems += [f"{rel}: {v['id']} ({v['impact']}): {v['help']} at {v['where']}"
                     for v in report.violations]
    assert not problems, "\n".join(problems)


def test_pages_open_offline_without_console_errors_in_both_modes(reports):
    problems = [f"{mode} {rel}: outside requests {r.visit.outside_requests}, "
                f"console errors {r.visit.console_errors}"
                for (mode, rel), r in reports.items() if r.visit.outside_requests or r.visit.console_errors]
    assert not problems, "\n".join(problems)


def test_every_chart_has_a_text_alternative_and_its_numbers_as_a_table(reports):
    charts = [(rel, c) for (mode, rel), r in reports.items() if mode == "light" for c in r.charts]
    assert len(charts) >= 10  # every chapter's charts, not an empty page list
    problems = []
    for rel, c in charts:
        # widgets/static.py writes role="group"; Vega replaces it with its own graphics-document role,
        # and either way the spec's description is the chart's accessible name.
        if c["role"] not in ("group", "graphics-document") or len(c["label"]) < 30:
            problems.append(f"{rel} {c['id']}: no description (role {c['role']!r}, label {c['label']!r})")
        if len(c["caption"]) < 30:
            problems.append(f"{rel} {c['id']}: no caption")
        if not c["summary"] or c["headings"] < 2 or c["rows"] < 1 or c["emptyCells"] or not c["numbers"]:
            problems.append(f"{rel} {c['id']}: no full table of numbers ({c})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("mode", MODES)
def test_chart_text_and_lines_stand_out_from_the_page(reports, mode):
    charts = [(rel, c) for (report_mode, rel), r in reports.items() if report_mode == mode for c in r.colours]
    assert len(charts) >= 10
    problems = [f"{rel} {c['id']}: {s}" for rel, c in charts for s in c["short"]]
    assert not problems, "\n".join(problems)


def test_charts_follow_dark_mode(reports):
    """In dark mode each chart is drawn for it: on the page's dark background, with dim gridlines (light
    mode's are near-white), and it says so (data-eih-mode, set by charts.js when it draws)."""
    charts = [(rel, c) for (mode, rel), r in reports.items() if mode == "dark" for c in r.colours]
    problems = []
    for rel, c in charts:
        if c["mode"] != "dark":
            problems.append(f"{rel} {c['id']}: drawn in {c['mode']!r} mode")
        if c["backgroundLuminance"] > 0.05:
            problems.append(f"{rel} {c['id']}: not on a dark background ({c['backgroundLuminance']:.2f})")
        if c["brightestGrid"] is not None and c["brightestGrid"] > 0.1:
            problems.append(f"{rel} {c['id']}: gridlines as bright as in light mode")
    assert charts and not problems, "\n".join(problems)


def test_every_chart_control_is_reached_and_operated_by_keyboard(reports):
    light = {rel: r for (mode, rel), r in reports.items() if mode == "light"}
    assert sum(len(r.controls) for r in light.values()) >= 10
    problems = []
    for rel, r in light.items():
        missed = sorted(set(r.controls) - set(r.operated))
        if missed:
            problems.append(f"{rel}: controls Tab never reached: {missed}")
        problems += [f"{rel}: a key press did not change the control and the chart's setting: {n}"
                     for n in r.not_followed]
        # A step of one control may leave a chart as it was (the model gives the same curve there), so
        # each chart must redraw for at least one of its controls, not for every one.
        never_redrawn = {key.split()[0] for key in r.controls} - set(r.redrawn)
        if never_redrawn:
            problems.append(f"{rel}: charts never redrawn by a key press: {sorted(never_redrawn)} "
                            f"(drawn the same after {r.drawn_the_same})")
    assert not problems, "\n".join(problems)


def test_focus_is_visible_at_every_tab_stop(reports):
    light = {rel: r for (mode, rel), r in reports.items() if mode == "light"}
    assert all(r.tab_stops >= 10 for r in light.values()), {rel: r.tab_stops for rel, r in light.items()}
    problems = [f"{rel}: no focus ring on {stop}" for rel, r in light.items() for stop in r.unringed_stops]
    assert not problems, "\n".join(problems)


def test_colour_mode_button_redraws_the_charts_and_keeps_the_settings(built_site, site_url, browser):
    """The theme's button, pressed with Enter, switches light to dark: every chart is redrawn in dark
    mode, and a control changed before the switch keeps its value."""
    context = browser.new_context(color_scheme="light")
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/book/intro.html", visit)
    wait_for_charts(page)
    page.locator("div.eih-chart .vega-bind input[type=radio]").first.focus()
    page.keyboard.press("ArrowDown")
    chosen = page.eval_on_selector("div.eih-chart .vega-bind input[type=radio]:checked", "r => r.value")
    button = page.locator("button.theme-switch-button:visible").first
    button.focus()
    for _ in range(3):  # the button steps through the modes; dark comes within three presses
        page.keyboard.press("Enter")
        if page.evaluate("() => document.documentElement.dataset.theme") == "dark":
            break
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('div.eih-chart')).every(c =>
                 c.getAttribute('data-eih-mode') === 'dark'
                 && c.getAttribute('data-eih-state') === 'rendered')""",
        timeout=CHART_TIMEOUT_MS)
    still = page.eval_on_selector("div.eih-chart .vega-bind input[type=radio]:checked", "r => r.value")
    view_value = page.evaluate(
        "() => { const c = document.querySelector('div.eih-chart'); return String(c.eihView.signal("
        "c.querySelector('.vega-bind input[type=radio]').name)); }")
    context.close()
    assert still == chosen and view_value == chosen
    assert not visit.outside_requests and not visit.console_errors
