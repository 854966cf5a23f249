"""The built site stays light: the first visit moves at most 1 MB, every later page at most 500 kB of
its own files, and no page loads a heavy script it does not use (issue 8, "a light first visit";
issue 6, first chart within 1 s).

Sizes are what the browser transferred (compressed bodies and headers) from the server `make serve`
runs (tools/serve.py, gzip for text files; the `site_url` fixture serves the build with the same
code). tools/sphinx_ext/lean_pages.py removed the theme's Font Awesome JavaScript (1.4 MB) and the
search index from every page, keeps MathJax (1.2 MB) to pages with equations of their own and loads
it there only after the charts, and preloads the Vega bundles on pages with charts. These tests fail
if any of that comes back, and check that what it replaced still works: every icon is drawn by the
theme's own Font Awesome web font, the search page still finds pages, equations are still typeset.
Speed itself is measured in benchmarks/bench_site.py, not asserted here.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.site_pages import PageVisit, content_pages, open_offline
from tools.serve import COMPRESSIBLE_SUFFIXES
from tools.sphinx_ext.lean_pages import (
    AFTER_CHARTS_TYPE,
    VEGA_BUNDLES,
    without_font_awesome_script,
    without_search_scripts,
)

# The budgets (README, "Performance budgets"). A cold first visit to the site (index.html, which
# redirects to the introduction) transferred 4,385 kB before tools/sphinx_ext/lean_pages.py, 1,681 kB
# after it with Python's plain http.server, and 578 kB with tools/serve.py's gzip (2026-11-26).
FIRST_VISIT_LIMIT_KB = 1_000
# A later page's own files: everything but the shared theme (_static/) and vendored bundles
# (eih-vendor/), which the first visit already fetched.
LATER_PAGE_LIMIT_KB = 500
SHARED_PREFIXES = ("/_static/", "/eih-vendor/")

CHART_TIMEOUT_MS = 15_000
MATHJAX_SCRIPT = re.compile(r'<script\b[^>]*\bsrc="[^"]*/mathjax/[^"]*"[^>]*>')
# The icons the theme shows in its header, sidebars and footer (pydata-sphinx-theme and
# sphinx-book-theme templates); each must be drawn by the theme's web font.
THEME_ICONS = ["fa-magnifying-glass", "fa-bars", "fa-list", "fa-outdent", "fa-circle-half-stroke",
               "fa-download", "fa-expand", "fa-rocket", "fa-angle-right", "fa-arrow-up"]


def _pages(built_site: Path) -> dict[str, str]:
    return {rel: (built_site / rel).read_text() for rel in content_pages(built_site)}


def test_the_filters_remove_only_their_own_scripts():
    head = ('<script defer src="../_static/scripts/fontawesome.js?digest=1"></script>\n'
            '<link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=1" />\n'
            '<script src="../_static/searchtools.js"></script><script src="searchindex.js"></script>'
            '<script src="../_static/language_data.js"></script>\n'
            '<script src="../_static/doctools.js"></script>')
    assert "fontawesome" not in without_font_awesome_script(head)
    assert "bootstrap.js" in without_font_awesome_script(head)
    trimmed = without_search_scripts(head)
    assert not re.search(r"searchtools|searchindex|language_data", trimmed)
    assert "doctools.js" in trimmed and "fontawesome.js" in trimmed


def test_no_page_loads_font_awesome_javascript(built_site):
    loading = [rel for rel, html in _pages(built_site).items() if "fontawesome.js" in html]
    assert not loading, f"pages loading the theme's Font Awesome JavaScript (1.4 MB): {loading}"


def test_only_the_search_page_loads_the_search_index(built_site):
    pages = _pages(built_site)
    loading = [rel for rel, html in pages.items() if "searchindex.js" in html]
    assert loading == ["search.html"]


def test_no_page_without_math_loads_mathjax(built_site):
    pages = _pages(built_site)
    with_math = {rel for rel, html in pages.items() if 'class="math' in html}
    assert "book/appendix/model.html" in with_math  # the check below compares something
    problems = []
    for rel, html in pages.items():
        mathjax = MATHJAX_SCRIPT.findall(html)
        if rel not in with_math and (mathjax or "window.MathJax" in html):
            problems.append(f"{rel} has no math but loads MathJax")
        if rel in with_math and (len(mathjax) != 1 or f'type="{AFTER_CHARTS_TYPE}"' not in mathjax[0]):
            problems.append(f"{rel} has math; MathJax should wait for the charts: {mathjax}")
    assert not problems, "\n".join(problems)


def test_pages_with_charts_and_only_those_preload_the_vega_bundles(built_site):
    for rel, html in _pages(built_site).items():
        preloads = re.findall(r'<link rel="preload" as="script" href="([^"]*eih-vendor/vega/[^"]*)"', html)
        if 'class="eih-chart"' in html:
            assert [p.split("eih-vendor/")[1] for p in preloads] == [
                b.split("eih-vendor/")[1] for b in VEGA_BUNDLES], rel
        else:
            assert not preloads, rel


# Installed before the page's scripts: notes the moment the last chart placeholder turns "rendered".
CHARTS_DONE_AT = """new MutationObserver(() => {
  const charts = Array.from(document.querySelectorAll('div.eih-chart'));
  if (window.__eihChartsDoneAt === undefined && charts.length > 0 &&
      charts.every(c => c.getAttribute('data-eih-state') === 'rendered')) {
    window.__eihChartsDoneAt = performance.now();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-eih-state']});"""


def transferred_bytes(request) -> int:
    """What a request moved over the wire: the response's headers and its body as sent (compressed)."""
    sizes = request.sizes()
    return sizes["responseHeadersSize"] + sizes["responseBodySize"]


def _cold_visit(browser, url: str):
    """Open ``url`` in a fresh browser context (empty cache), offline; return (context, page,
    visit, finished requests) once its charts are drawn and the network is idle."""
    context = browser.new_context()
    context.add_init_script(CHARTS_DONE_AT)
    finished = []
    visit = PageVisit()
    context.on("requestfinished", lambda request: finished.append(request))
    page = open_offline(context, url, visit)
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('div.eih-chart')).every(
               c => ['rendered', 'error'].includes(c.getAttribute('data-eih-state')))""",
        timeout=CHART_TIMEOUT_MS)
    page.wait_for_load_state("networkidle")
    return context, page, visit, finished


def test_first_visit_transfers_less_than_the_limit(built_site, site_url, browser):
    context, page, visit, finished = _cold_visit(browser, f"{site_url}/index.html")
    assert page.url.endswith("/book/intro.html")  # index.html redirects to the first chapter
    sizes = {urlparse(r.url).path: transferred_bytes(r) for r in finished}
    encodings = {urlparse(r.url).path: r.response().headers.get("content-encoding") for r in finished}
    context.close()
    total_kb = sum(sizes.values()) / 1024
    assert not visit.outside_requests
    assert sizes.get("/eih-vendor/vega/vega.min.js", 0) > 0  # the count includes the chart bundles
    # Every text file came compressed (the server make serve runs), fonts and images as they are.
    plain_text = [path for path, encoding in encodings.items()
                  if Path(path).suffix in COMPRESSIBLE_SUFFIXES and encoding != "gzip"]
    assert not plain_text, f"text files sent uncompressed: {plain_text}"
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:6]
    assert total_kb <= FIRST_VISIT_LIMIT_KB, f"first visit {total_kb:.0f} kB; largest files: {largest}"


# Every file a page has loaded so far, with the bytes it moved (headers and body as sent; 0 when it
# came from the browser's cache), from the page's own Resource Timing entries.
LOADED_FILES = """() => performance.getEntriesByType('navigation').concat(
    performance.getEntriesByType('resource')).map(e => [new URL(e.name).pathname, e.transferSize])"""


def test_every_later_page_transfers_less_than_the_limit_of_its_own(built_site, site_url, browser):
    """One reader's visit: the first page, then every other page in the same browser (cache kept)."""
    context = browser.new_context()
    first = open_offline(context, f"{site_url}/index.html", PageVisit())
    first.wait_for_load_state("networkidle")
    first.close()
    own_kb, outside = {}, []
    for rel in content_pages(built_site):
        if rel == "book/intro.html":
            continue  # the first page, counted whole by the test above
        visit = PageVisit()
        page = open_offline(context, f"{site_url}/{rel}", visit)  # returns at the load event
        loaded = page.evaluate(LOADED_FILES)
        page.close()
        own = [(path, size) for path, size in loaded if not path.startswith(SHARED_PREFIXES)]
        assert (f"/{rel}", own[0][1]) == own[0] and own[0][1] > 0, f"{rel}: its HTML was not counted"
        own_kb[rel] = sum(size for _, size in own) / 1024
        outside += visit.outside_requests
    context.close()
    assert not outside
    assert len(own_kb) >= 10  # every chapter, the appendix pages, search and index were visited
    heavy = {rel: round(kb) for rel, kb in own_kb.items() if kb > LATER_PAGE_LIMIT_KB}
    assert not heavy, f"pages over {LATER_PAGE_LIMIT_KB} kB of their own files: {heavy}"


def test_a_chart_page_fetches_each_vega_bundle_once_and_mathjax_after_its_charts(site_url, browser):
    context, page, visit, finished = _cold_visit(browser, f"{site_url}/book/appendix/model.html")
    page.wait_for_selector("mjx-container", timeout=CHART_TIMEOUT_MS)  # MathJax still typesets
    paths = [urlparse(r.url).path for r in finished]
    # The order of two events, not a duration: MathJax is requested after the last chart was drawn.
    charts_done, mathjax_requested = page.evaluate("""() => [window.__eihChartsDoneAt,
        performance.getEntriesByType('resource').filter(r => r.name.includes('/mathjax/'))
            .map(r => r.startTime)]""")
    context.close()
    assert not visit.console_errors and not visit.outside_requests
    for bundle in VEGA_BUNDLES:  # a preload the page did not use would mean a second download
        assert paths.count("/" + bundle) == 1, f"{bundle} fetched {paths.count('/' + bundle)} times"
    assert charts_done is not None
    assert mathjax_requested and min(mathjax_requested) >= charts_done


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_theme_icon_is_drawn_by_the_web_font(built_site, site_url, browser, mode):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=mode)
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/book/descending.html", visit)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => document.fonts.ready")
    icons = page.evaluate("""(names) => names.map(name => {
        const icon = document.querySelector('.' + name);
        if (!icon) { return [name, 'missing']; }
        const glyph = getComputedStyle(icon, '::before');
        return [name, glyph.content, glyph.fontFamily];
    })""", THEME_ICONS)
    font_loaded = page.evaluate("() => document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
    svg_icons = page.eval_on_selector_all("svg.svg-inline--fa", "s => s.length")
    context.close()
    assert not visit.console_errors and not visit.outside_requests
    undrawn = [icon for icon in icons if icon[1] in ("missing", "none", "normal", '""')
               or "Font Awesome" not in icon[2]]
    assert not undrawn, f"icons without a glyph from the Font Awesome web font: {undrawn}"
    assert font_loaded
    assert svg_icons == 0  # nothing swaps icons for SVGs any more (that was the JavaScript)


def test_the_search_page_still_finds_pages(built_site, site_url, browser):
    context = browser.new_context()
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/search.html?q=hypoalgesia", visit)
    page.wait_for_selector("#search-results ul.search li", timeout=CHART_TIMEOUT_MS)
    found = page.eval_on_selector_all("#search-results ul.search li a", "as => as.map(a => a.href)")
    context.close()
    assert any(link.endswith("book/intro.html") or "book/intro.html#" in link for link in found), found
    assert not visit.console_errors and not visit.outside_requests
