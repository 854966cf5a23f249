"""Every page with charts on a 375 x 740 phone screen: nothing scrolls sideways, every chart is drawn
inside its column (so no axis title or legend is cut off at the edge)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.site_pages import PageVisit, content_pages, open_offline
from tests.test_book_build import _toc_files
from tests.test_site_browser import wait_for_charts

ROOT = Path(__file__).resolve().parent.parent
PHONE = {"width": 375, "height": 740}
# Known before the build: every page in the table of contents whose source calls a figure (show_...).
CHART_PAGES = [f"{f}.html" for f in _toc_files(yaml.safe_load((ROOT / "_toc.yml").read_text()))
               if "show_" in (ROOT / f"{f}.md").read_text()]

CHART_WIDTHS = """() => Array.from(document.querySelectorAll('div.eih-chart')).map(c => ({
    id: c.id,
    state: c.getAttribute('data-eih-state'),
    svg: c.querySelector('svg') ? c.querySelector('svg').getBoundingClientRect().width : -1,
    box: c.getBoundingClientRect().width}))"""


def test_every_built_page_with_charts_is_checked(built_site):
    pages = {rel for rel in content_pages(built_site)
             if 'class="eih-chart"' in (built_site / rel).read_text()}
    chapters = {f"book/{name}.html" for name in ("descending", "immune", "modulation", "dosing")}
    assert chapters <= pages
    assert pages == set(CHART_PAGES)


@pytest.mark.parametrize("page_path", CHART_PAGES)
def test_page_fits_a_phone_screen(built_site, site_url, browser, page_path):
    context = browser.new_context(viewport=PHONE)
    try:
        visit = PageVisit()
        page = open_offline(context, f"{site_url}/{page_path}", visit)
        wait_for_charts(page)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        charts = page.evaluate(CHART_WIDTHS)
        assert charts
        for chart in charts:
            assert chart["state"] == "rendered" and 0 < chart["svg"] <= chart["box"] + 0.5, chart
        assert not visit.outside_requests and not visit.console_errors
    finally:
        context.close()
