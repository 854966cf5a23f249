"""Print and PDF: the book as one PDF (tools/build_pdf.py, `make pdf`) and a chapter printed from the
browser (_static/eih/print.css).

The PDF is made from this run's one book build with this run's Chromium (the session fixtures), then
read back with pypdf: every page's title and every chart's own text (title, subtitle, an axis title:
drawn by Vega, so present only if the chart was drawn) must be in it. What the test expects is read
from the built HTML and the chart specs, not from the tool's own report.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from tests.conftest import CHROMIUM_ARGS
from tests.test_book_build import _toc_files

try:
    from pypdf import PdfReader
except ImportError:  # a missing dependency is a failure, never a skip
    pytest.fail("pypdf is missing: run `make test` (requirements-test.txt)", pytrace=False)

from tools import build_pdf

ROOT = Path(__file__).resolve().parent.parent
TOC_PAGES = [f"{name}.html" for name in _toc_files(yaml.safe_load((ROOT / "_toc.yml").read_text()))]
# The chapter printed from the browser (charts with controls, citations).
PAGE = "book/descending.html"

_ARTICLE_H1 = re.compile(r'<h1>(.*?)<a class="headerlink"', re.S)
_SPEC = re.compile(r'<script type="application/json" id="(eih-chart-\w+)-spec">(.*?)</script>', re.S)


def _folded(text: str) -> str:
    """Every run of white space one space (PDF text wraps) and compatibility characters folded (NFKC:
    the PDF's fonts set "ff" as one ligature glyph, "ﬀ")."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _plain(markup: str) -> str:
    """HTML as the text a reader sees: tags and entities removed, folded as the PDF's text is."""
    return _folded(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def _page_title(built_site: Path, path: str) -> str:
    """The page's <h1> in its article (the theme also writes a copy for print above the article)."""
    page = (built_site / path).read_text()
    return _plain(_ARTICLE_H1.search(page, page.index('<article class="bd-article">')).group(1))


def _axis_titles(spec: object) -> list[str]:
    """Every x/y axis title the spec sets (a list title is drawn one line per item)."""
    found: list[str] = []
    if isinstance(spec, dict):
        for channel in ("x", "y"):
            title = spec.get("encoding", {}).get(channel, {}).get("title")
            found.extend([title] if isinstance(title, str) else title or [])
        for value in spec.values():
            found.extend(_axis_titles(value))
    elif isinstance(spec, list):
        for value in spec:
            found.extend(_axis_titles(value))
    return found


def _charts_on(built_site: Path, path: str) -> list[dict]:
    """Each chart on a built page: {id, title, subtitle, axes} from its Vega-Lite spec."""
    charts = []
    for chart_id, text in _SPEC.findall((built_site / path).read_text()):
        spec = json.loads(text)
        title = spec.get("title", {})
        charts.append({"id": chart_id, "title": title.get("text", ""), "subtitle": title.get("subtitle", ""),
                       "axes": [t for t in _axis_titles(spec) if t.strip()]})
    return charts


@pytest.fixture(scope="module")
def book_pdf(built_site: Path, browser, tmp_path_factory: pytest.TempPathFactory):
    """The whole book printed by tools/build_pdf.py from this run's build: (reader, text, printed, log)."""
    output = tmp_path_factory.mktemp("pdf") / "eih-explainer.pdf"
    log: list[str] = []
    printed = build_pdf.render_book_pdf(built_site, browser, output, progress=log.append)
    reader = PdfReader(output)
    text = " ".join(_folded(page.extract_text() or "") for page in reader.pages)
    return reader, text, printed, log


def test_the_pdf_tool_reads_the_table_of_contents_and_uses_the_tests_chromium_flags():
    assert build_pdf.toc_pages() == TOC_PAGES
    assert build_pdf.CHROMIUM_ARGS == CHROMIUM_ARGS


@pytest.mark.browser
def test_the_pdf_has_every_page_in_order_with_its_title(book_pdf, built_site):
    reader, text, printed, log = book_pdf
    titles = [_page_title(built_site, path) for path in TOC_PAGES]
    assert [record.path for record in printed] == TOC_PAGES
    assert [record.title for record in printed] == titles
    missing = [title for title in titles if title not in text]
    assert not missing, f"page titles not in the PDF's text: {missing}"
    # One bookmark per page, in reading order, each on the first page of its chapter.
    assert [item.title for item in reader.outline if not isinstance(item, list)] == titles
    # Progress is reported page by page.
    assert sum(line.startswith("[pdf] ") and " charts, " in line for line in log) == len(TOC_PAGES)


@pytest.mark.browser
def test_the_pdf_has_a_sane_page_count(book_pdf):
    reader, _, printed, _ = book_pdf
    assert all(record.pdf_pages >= 1 for record in printed)
    assert len(reader.pages) == sum(record.pdf_pages for record in printed)
    # Eleven pages of the site, each at least a printed page; far more than 25 A4 pages per site page
    # on average would mean a layout gone wrong (say, one line per page).
    assert len(TOC_PAGES) <= len(reader.pages) <= 25 * len(TOC_PAGES)


@pytest.mark.browser
def test_every_chart_is_drawn_in_the_pdf(book_pdf, built_site):
    _, text, printed, _ = book_pdf
    expected_charts = {path: _charts_on(built_site, path) for path in TOC_PAGES}
    assert sum(map(len, expected_charts.values())) >= 10, "the book's charts were not found in the build"
    assert {record.path: record.charts for record in printed} == {
        path: len(charts) for path, charts in expected_charts.items()}
    problems = []
    for path, charts in expected_charts.items():
        for chart in charts:
            for what in ("title", "subtitle"):
                if _plain(chart[what]) not in text:
                    problems.append(f"{path} {chart['id']}: {what} {chart[what]!r}")
            if not any(_plain(axis) in text for axis in chart["axes"]):
                problems.append(f"{path} {chart['id']}: no axis title of {chart['axes']}")
    assert not problems, "chart text missing from the PDF (chart not drawn?):\n" + "\n".join(problems)


@pytest.mark.browser
def test_every_printed_page_fits_the_paper(book_pdf):
    _, _, printed, log = book_pdf
    assert {record.path: record.too_wide_px for record in printed if record.too_wide_px} == {}
    assert not [line for line in log if "warning" in line]


@pytest.mark.browser
def test_the_pdf_asked_for_nothing_outside_and_links_no_dead_local_server(book_pdf):
    reader, _, printed, _ = book_pdf
    assert not [url for record in printed for url in record.outside_requests]
    uris, internal = [], 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
            elif action.get("/S") == "/GoTo" or "/Dest" in annotation.get_object():
                internal += 1
    # Chapters link to the references and the glossary: those became links within the PDF, and none
    # points at the temporary server the pages were printed from.
    assert not [uri for uri in uris if "127.0.0.1" in uri or "localhost" in uri]
    assert internal > 0
    assert any(uri.startswith("https://doi.org/") for uri in uris), "the reference list's DOI links are gone"


# A link to another site as MyST writes `[text](https://...)`. The book's prose has none today (the
# reference list's links show their address as their text), so one is added to the printed chapter.
ADD_EXTERNAL_LINK = """() => {
  const p = document.querySelector('article.bd-article section p');
  const a = document.createElement('a');
  a.className = 'reference external';
  a.href = 'https://example.org/exercise-guide';
  a.textContent = 'a guide';
  p.append(' See ', a, '.');
  return a.href;
}"""

DISPLAYED = """(selectors) => Object.fromEntries(selectors.map(s => {
  const el = document.querySelector(s);
  return [s, el !== null && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0];
}))"""

AFTER_CONTENT = """(selector) => getComputedStyle(document.querySelector(selector), '::after').content"""

CHART_BOXES = """() => {
  const article = document.querySelector('article.bd-article').getBoundingClientRect();
  return Array.from(document.querySelectorAll('div.eih-chart'), chart => {
    const svg = chart.querySelector('svg');
    const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0, left: 0, right: 0};
    return {id: chart.id, width: box.width, height: box.height,
            inside: box.left >= article.left - 1 && box.right <= article.right + 1,
            overflow: getComputedStyle(chart).overflowX,
            breakInside: svg ? getComputedStyle(svg).breakInside : null};
  });
}"""

CHROME = [".bd-header", ".bd-sidebar-primary", ".bd-sidebar-secondary", ".bd-header-article",
          ".prev-next-footer", "a.headerlink"]


CHART_FILTERS = ("() => Array.from(document.querySelectorAll('div.eih-chart svg.marks'))"
                 ".map(svg => getComputedStyle(svg).filter)")
ALL_DRAWN_DARK = ("() => Array.from(document.querySelectorAll('div.eih-chart')).every(c => "
                  "c.getAttribute('data-eih-mode') === 'dark' && c.querySelector('svg.marks'))")


@pytest.mark.browser
def test_a_chapter_prints_without_navigation_with_its_charts_and_link_addresses(chapter):
    page, visit = chapter
    page.set_viewport_size({"width": 1280, "height": 900})  # wide enough that every sidebar shows on screen
    on_screen = page.evaluate(DISPLAYED, CHROME)
    assert all(on_screen.values()), f"navigation not on screen to begin with: {on_screen}"
    href = page.evaluate(ADD_EXTERNAL_LINK)
    added = "a.reference.external[href^='https://example.org']"
    assert page.evaluate(AFTER_CONTENT, added) in ("none", "normal")  # the address is for paper only

    page.emulate_media(media="print")
    try:
        in_print = page.evaluate(DISPLAYED, CHROME)
        assert not any(in_print.values()), f"navigation still shown in print: {in_print}"

        boxes = page.evaluate(CHART_BOXES)
        assert len(boxes) == 3
        for box in boxes:
            assert box["width"] > 100 and box["height"] > 100, box  # drawn, not squashed to nothing
            assert box["inside"], box  # not cut at the edge of the text column
            assert box["overflow"] == "visible", box  # no scrolling box on paper to clip it
            assert box["breakInside"] == "avoid", box  # never split across two pages
        controls = page.locator("div.eih-chart .vega-bindings").first
        assert controls.is_visible()  # the printout says which setting is drawn

        # An outside link prints its address; a citation (a link within the book) does not.
        assert page.evaluate(AFTER_CONTENT, added) == f'" ({href})"'
        assert page.evaluate(AFTER_CONTENT, "a.reference.internal") in ("none", "normal")
        # Drawn in dark mode, a chart prints inverted (dark text on the white paper), in light as drawn.
        filters = page.evaluate(CHART_FILTERS)
        assert filters and all(f == "none" for f in filters), filters
        page.evaluate("() => document.documentElement.setAttribute('data-theme', 'dark')")
        page.wait_for_function(ALL_DRAWN_DARK)
        assert all("invert(1)" in f for f in page.evaluate(CHART_FILTERS)), page.evaluate(CHART_FILTERS)
    finally:
        page.evaluate("() => document.documentElement.setAttribute('data-theme', 'light')")
        page.emulate_media(media="screen")
    assert not visit.outside_requests
