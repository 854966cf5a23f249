"""The built site in a real browser, with the network cut off at 127.0.0.1.

Every page is opened in headless Debian Chromium. Any request that would leave the serving host is
recorded and aborted; a page passes only if there were none, the console stayed free of errors,
and every chart placeholder ended up with a drawn SVG or canvas.
"""

from __future__ import annotations

import pytest

from tests.site_pages import PageVisit, content_pages, open_offline
from widgets.published import CONTROLLED, PRE_POST, pooled_effect_records

CHART_TIMEOUT_MS = 15_000


def wait_for_charts(page) -> None:
    """Wait until every chart placeholder has finished (drawn or failed)."""
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('div.eih-chart')).every(
               c => ['rendered', 'error'].includes(c.getAttribute('data-eih-state')))""",
        timeout=CHART_TIMEOUT_MS,
    )


def test_site_has_the_expected_pages(built_site):
    pages = content_pages(built_site)
    assert "book/intro.html" in pages
    assert "book/appendix/model.html" in pages


def test_every_page_loads_offline_without_errors_and_draws_its_charts(built_site, site_url, browser):
    context = browser.new_context()
    problems = []
    for rel in content_pages(built_site):
        visit = PageVisit()
        page = open_offline(context, f"{site_url}/{rel}", visit)
        wait_for_charts(page)
        page.wait_for_load_state("networkidle")
        states = page.eval_on_selector_all(
            "div.eih-chart", "cs => cs.map(c => c.getAttribute('data-eih-state'))")
        undrawn = page.eval_on_selector_all(
            "div.eih-chart", "cs => cs.filter(c => !c.querySelector('svg, canvas')).map(c => c.id)")
        if visit.outside_requests:
            problems.append(f"{rel}: requests leaving the host: {visit.outside_requests}")
        if visit.console_errors:
            problems.append(f"{rel}: console errors: {visit.console_errors}")
        if undrawn or any(s != "rendered" for s in states):
            problems.append(f"{rel}: charts not drawn: {undrawn} (states {states})")
        page.close()
    context.close()
    assert not problems, "\n".join(problems)


def _drawn_points(page) -> int:
    # Vega draws each dot of the point layer as one path inside a "mark-symbol" group.
    return page.eval_on_selector_all("div.eih-chart svg g.mark-symbol.role-mark path", "ps => ps.length")


@pytest.mark.parametrize("design", [PRE_POST, CONTROLLED])
def test_intro_chart_design_selector_redraws_without_a_kernel(built_site, site_url, browser, design):
    records = pooled_effect_records()
    context = browser.new_context()
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/book/intro.html", visit)
    wait_for_charts(page)
    assert _drawn_points(page) == len(records)

    page.get_by_label(design, exact=True).check()  # a keyboard-reachable radio input
    page.wait_for_function(
        "n => document.querySelectorAll('div.eih-chart svg g.mark-symbol.role-mark path').length === n",
        arg=sum(r["design"] == design for r in records),
        timeout=CHART_TIMEOUT_MS,
    )
    # The dots drawn are the chosen design's published values, read back from the live Vega view.
    shown = page.evaluate(
        """() => document.querySelector('div.eih-chart').eihView
                  .scenegraph().root.items[0].items
                  .flatMap(function walk(g) { return g.items ? g.items.flatMap(walk) : [g]; })
                  .filter(i => i.mark && i.mark.marktype === 'symbol' && i.mark.role === 'mark')
                  .map(i => i.datum.effect)"""
    )
    expected = sorted(r["effect"] for r in records if r["design"] == design)
    assert sorted(shown) == pytest.approx(expected)
    assert not visit.outside_requests and not visit.console_errors
    context.close()


def test_intro_chart_control_works_from_the_keyboard(built_site, site_url, browser):
    records = pooled_effect_records()
    context = browser.new_context()
    page = open_offline(context, f"{site_url}/book/intro.html", PageVisit())
    wait_for_charts(page)
    first = page.locator("div.eih-chart .vega-bind input[type=radio]").first
    first.focus()
    page.keyboard.press("ArrowDown")  # radio groups move the selection with the arrow keys
    chosen = page.eval_on_selector(
        "div.eih-chart .vega-bind input[type=radio]:checked", "r => r.value")
    assert chosen == PRE_POST
    page.wait_for_function(
        "n => document.querySelectorAll('div.eih-chart svg g.mark-symbol.role-mark path').length === n",
        arg=sum(r["design"] == PRE_POST for r in records), timeout=CHART_TIMEOUT_MS)
    context.close()


def test_intro_chart_fits_a_phone_screen(built_site, site_url, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = open_offline(context, f"{site_url}/book/intro.html", PageVisit())
    wait_for_charts(page)
    svg_width = page.eval_on_selector("div.eih-chart svg", "s => s.getBoundingClientRect().width")
    room = page.eval_on_selector("div.eih-chart", "c => c.clientWidth")
    page_overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert 200 < svg_width <= room  # the whole chart, labels and legend included, is visible
    assert page_overflow <= 0
    context.close()


def test_appendix_equations_are_typeset_by_the_local_mathjax(built_site, site_url, browser):
    context = browser.new_context()
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/book/appendix/model.html", visit)
    page.wait_for_selector("mjx-container", timeout=CHART_TIMEOUT_MS)
    typeset = page.eval_on_selector_all("mjx-container", "ms => ms.length")
    raw_tex_left = page.evaluate("() => document.body.innerText.includes('\\\\frac{')")
    assert typeset >= 5 and not raw_tex_left
    assert not visit.outside_requests
    context.close()
