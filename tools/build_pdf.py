"""One PDF of the whole book, offline, with every chart drawn: ``make pdf``.

Why this route: Jupyter Book 1's ``pdfhtml`` builder downloads its own Chromium through pyppeteer,
which fails with no internet, and its LaTeX builder needs a TeX installation (and would not draw the
Vega charts, which only exist once a browser runs them). So this opens the built site in Debian's
Chromium, as a reader would, and prints each page with the site's print stylesheet
(``_static/eih/print.css``).

How: build the book (``tools/build_book.py``: cached, seconds when nothing changed), serve
``_build/html`` on 127.0.0.1, open each page in ``_toc.yml`` order with every request off 127.0.0.1
aborted, wait until its charts (and equations) are drawn, print it to PDF, and join the pages with
pypdf into ``_build/pdf/eih-explainer.pdf``, one bookmark per chapter. Links between chapters,
which would point at this run's temporary local server, are turned into links within the PDF.

Run: ``python tools/build_pdf.py`` (``--no-build`` to print the existing ``_build/html`` as it is).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
OUTPUT = ROOT / "_build" / "pdf" / "eih-explainer.pdf"
BOOK_TITLE = "Exercise-induced hypoalgesia: why exercise eases pain"

CHROMIUM = Path("/usr/bin/chromium")
# The same flags as CHROMIUM_ARGS in tests/conftest.py (tests/test_pdf.py checks they stay equal):
# without them Chromium opens background connections to outside services.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

PAPER = "A4"
# The width of A4 less print.css's 15 mm margins (180 mm), in CSS pixels (96 to the inch). Pages are
# laid out in a window this wide, so each chart is drawn at the width it will have on paper instead of
# at a screen's width and then shrunk (which would shrink its lettering too).
PRINT_WIDTH_PX = 680
WINDOW_HEIGHT_PX = 960
# A page may stick out this much (an equation's last bracket sits on the edge) without anything cut.
WIDTH_SLACK_PX = 2
PAGE_WIDTH = "() => document.documentElement.scrollWidth"

# Generous: a chart page on a busy 2-core machine draws in seconds, but the appendix has many charts.
DRAW_TIMEOUT_MS = 180_000

PRINT_STYLESHEET = "_static/eih/print.css"
HAS_PRINT_STYLESHEET = "() => document.querySelector('link[rel=stylesheet][href*=\"eih/print.css\"]') != null"

CHARTS_FINISHED = """() => Array.from(document.querySelectorAll('div.eih-chart')).every(
    c => ['rendered', 'error'].includes(c.getAttribute('data-eih-state')))"""
CHART_STATES = """() => Array.from(document.querySelectorAll('div.eih-chart'),
    c => c.getAttribute('data-eih-state'))"""

# MathJax is loaded by _static/eih/charts.js once the charts are drawn, only on pages with equations.
HAS_MATH = "() => document.querySelector('.math') !== null"
MATHJAX_STARTED = "() => Boolean(window.MathJax && window.MathJax.startup && window.MathJax.startup.promise)"
MATHJAX_TYPESET = """() => window.MathJax.startup.promise.then(
    () => document.querySelectorAll('mjx-container').length)"""

# The page's own title: the article's first heading, without its "#" permalink.
PAGE_TITLE = """() => {
  const h1 = document.querySelector('article.bd-article h1');
  const copy = h1.cloneNode(true);
  copy.querySelectorAll('.headerlink').forEach(a => a.remove());
  return copy.textContent.trim();
}"""

# Explanations folded into dropdowns are part of the text on paper, so they print open. (Each chart's
# data table stays folded: the chart it tabulates is printed, and the tables would double the length.)
OPEN_DROPDOWNS = "() => document.querySelectorAll('details.sd-dropdown').forEach(d => { d.open = true; })"


@dataclass
class PrintedPage:
    """One page of the site as printed: where it came from and what it held."""

    path: str  # site-relative, e.g. "book/descending.html"
    title: str
    charts: int
    pdf_pages: int = 0
    outside_requests: list[str] = field(default_factory=list)
    # How many CSS pixels the printed page is wider than the paper's text width (0 when it fits): what
    # sticks out is cut off on paper. print.css is tuned so that every page fits; this catches new content.
    too_wide_px: int = 0


class PdfBuildError(RuntimeError):
    """A page could not be printed as it should (a chart not drawn, equations not typeset)."""


def toc_pages(root: Path = ROOT) -> list[str]:
    """Site-relative HTML paths of the book's pages in reading order (``_toc.yml``: the root page,
    then every part's chapters and their sections)."""
    toc = yaml.safe_load((root / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    walk(toc.get("chapters", []))
    return [f"{Path(name).with_suffix('').as_posix()}.html" for name in files]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) while the block runs; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _print_page(context, base_url: str, path: str) -> tuple[bytes, PrintedPage]:
    """Open one page offline, wait until everything on it is drawn, and print it."""
    blocked: list[str] = []

    def only_local(route, request) -> None:
        if request.url.startswith(("data:", "blob:")) or urlparse(request.url).hostname == "127.0.0.1":
            route.continue_()
        else:  # the site must not need anything from outside; what it asks for is reported
            blocked.append(request.url)
            route.abort()

    page = context.new_page()
    try:
        page.route("**/*", only_local)
        page.emulate_media(media="print", color_scheme="light")
        page.goto(f"{base_url}/{path}", wait_until="load")
        if not page.evaluate(HAS_PRINT_STYLESHEET):  # a build from before print.css: chrome would print
            raise PdfBuildError(f"{path}: the page does not load {PRINT_STYLESHEET} (rebuild the book)")
        page.wait_for_function(CHARTS_FINISHED, timeout=DRAW_TIMEOUT_MS)
        states = page.evaluate(CHART_STATES)
        if any(state != "rendered" for state in states):
            raise PdfBuildError(f"{path}: a chart was not drawn (chart states: {states})")
        if page.evaluate(HAS_MATH):
            page.wait_for_function(MATHJAX_STARTED, timeout=DRAW_TIMEOUT_MS)
            if page.evaluate(MATHJAX_TYPESET) == 0:
                raise PdfBuildError(f"{path}: the page has equations but MathJax typeset none")
        page.evaluate(OPEN_DROPDOWNS)
        page.evaluate("() => document.fonts.ready")
        record = PrintedPage(path=path, title=page.evaluate(PAGE_TITLE), charts=len(states),
                             outside_requests=blocked,
                             too_wide_px=max(0, page.evaluate(PAGE_WIDTH) - PRINT_WIDTH_PX - WIDTH_SLACK_PX))
        pdf = page.pdf(format=PAPER, print_background=False)
    finally:
        page.close()
    return pdf, record


def print_pages(browser, base_url: str, paths: list[str],
                progress: Callable[[str], None] = print) -> list[tuple[bytes, PrintedPage]]:
    """Print each page of the served site, in order, in one light-mode print-media browser context."""
    # Each page gets print media before it loads (_print_page), so that its charts are laid out and
    # drawn as they will be printed; light mode because paper is white.
    context = browser.new_context(viewport={"width": PRINT_WIDTH_PX, "height": WINDOW_HEIGHT_PX},
                                  color_scheme="light")
    printed = []
    try:
        for number, path in enumerate(paths, start=1):
            started = time.monotonic()
            pdf, record = _print_page(context, base_url, path)
            record.pdf_pages = len(PdfReader(io.BytesIO(pdf)).pages)
            progress(f"[pdf] {number}/{len(paths)} {path}: {record.charts} charts, "
                     f"{record.pdf_pages} pages ({time.monotonic() - started:.1f} s)")
            if record.too_wide_px:
                progress(f"[pdf] warning: {path} is {record.too_wide_px} px wider than the paper; "
                         "its right edge is cut off (a table or equation too wide for _static/eih/print.css)")
            printed.append((pdf, record))
    finally:
        context.close()
    return printed


def _link_to_pages(writer: PdfWriter, base_url: str, first_page_of: dict[str, int]) -> int:
    """Turn links to this run's local server into links within the PDF (to the first page of the
    chapter they lead to); a link to a page the book does not print is removed. Returns how many links
    were changed. Links to other sites are kept as they are."""
    changed = 0
    for page in writer.pages:
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = ArrayObject()
        for reference in annotations.get_object():
            annotation = reference.get_object()
            action = annotation.get("/A")
            uri = str(action.get("/URI", "")) if action is not None else ""
            if not uri.startswith(base_url + "/"):
                kept.append(reference)
                continue
            changed += 1
            target = urlparse(uri).path.lstrip("/")
            if target in first_page_of:
                annotation[NameObject("/A")] = DictionaryObject({
                    NameObject("/S"): NameObject("/GoTo"),
                    NameObject("/D"): ArrayObject([writer.pages[first_page_of[target]].indirect_reference,
                                                   NameObject("/Fit")]),
                })
                kept.append(reference)
        page[NameObject("/Annots")] = kept
    return changed


def join_pdfs(printed: list[tuple[bytes, PrintedPage]], base_url: str, output: Path) -> int:
    """Join the printed pages into one PDF with a bookmark per chapter; returns its page count."""
    writer = PdfWriter()
    first_page_of = {}
    for pdf, record in printed:
        first_page_of[record.path] = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(pdf)), outline_item=record.title)
    _link_to_pages(writer, base_url, first_page_of)
    writer.add_metadata({"/Title": BOOK_TITLE, "/Creator": "tools/build_pdf.py (Chromium, pypdf)"})
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as handle:
        writer.write(handle)
    return len(writer.pages)


def render_book_pdf(html_dir: Path, browser, output: Path = OUTPUT,
                    progress: Callable[[str], None] = print) -> list[PrintedPage]:
    """Print every page of the built site ``html_dir`` in _toc.yml order with a Playwright ``browser``
    (Chromium) into the one PDF ``output``; returns what was printed, page by page."""
    paths = toc_pages()
    missing = [path for path in paths if not (html_dir / path).is_file()]
    if missing:
        raise PdfBuildError(f"not in the built site {html_dir}: {missing} (build the book first)")
    with serving(html_dir) as base_url:
        printed = print_pages(browser, base_url, paths, progress)
        pages = join_pdfs(printed, base_url, output)
    progress(f"[pdf] wrote {output} ({pages} pages, {output.stat().st_size / 1e6:.1f} MB)")
    return [record for _, record in printed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="print the existing _build/html as it is")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)

    if not args.no_build:
        sys.path.insert(0, str(ROOT))  # tools/build_book.py imports widgets/
        from tools import build_book

        if build_book.main() != 0:
            return 1
    if not CHROMIUM.exists():
        print(f"[pdf] {CHROMIUM} is missing: `make pdf` installs Debian's chromium", file=sys.stderr)
        return 1

    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            printed = render_book_pdf(HTML, browser, args.output)
        except PdfBuildError as error:
            print(f"[pdf] FAILED: {error}", file=sys.stderr)
            return 1
        finally:
            browser.close()
    asked_outside = sorted({url for record in printed for url in record.outside_requests})
    if asked_outside:  # blocked, so the PDF is complete, but the site is meant to need nothing outside
        print(f"[pdf] note: pages asked for {len(asked_outside)} outside address(es), all blocked: "
              f"{asked_outside}")
    print(f"[pdf] done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
