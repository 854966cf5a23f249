"""Time the static site in headless Chromium and print a table of medians (budgets: README).

Measures, for every page with charts: first chart drawn (navigation start to the first animation
frame in which any chart of the page is in its "rendered" state, i.e. the frame that paints it,
served from 127.0.0.1, with a cold and a warm browser cache), the same for all of the page's
charts, and the time from operating a chart control to the redrawn chart; for every page, what a
cold load transfers (its own files, the shared theme, everything); and what the first visit
transfers (index.html, which opens the introduction). Sizes are bytes on the wire (compressed
bodies and headers) from tools/serve.py, the server `make serve` runs. Uses the existing build in
_build/html (``make bench`` builds it first), or another build given with ``--site``.

The clock is read inside the page, from an animation-frame loop started before the page's own
scripts, and the page is not waited on for its ``load`` event: that event also waits for scripts
loaded after the charts (MathJax), which are not part of drawing them.

Run: ``python benchmarks/bench_site.py [--repeats N] [--site DIR]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from benchmarks.budgets import record  # noqa: E402
from benchmarks.machine import machine_summary  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.site_pages import content_pages, serve_directory  # noqa: E402

HTML = ROOT / "_build" / "html"
BUDGET_FIRST_CHART_MS = 1000
BUDGET_REDRAW_MS = 16
BUDGET_PAGE_KB = 500
BUDGET_FIRST_VISIT_KB = 1000
# A page's own files are everything but these, which every page shares (cached after the first).
SHARED_PREFIXES = ("/_static/", "/eih-vendor/")

# Installed before any of the page's scripts run. Every animation frame it counts the charts in the
# "rendered" state; window.__eihChartTimes records the frame in which the first one, and then the
# last one, is drawn (a frame is when the browser paints, so this is when the reader sees it).
CHART_TIMES_INIT = """(() => {
  const times = window.__eihChartTimes = {first: null, all: null};
  const tick = () => {
    const charts = document.querySelectorAll('div.eih-chart');
    let drawn = 0;
    charts.forEach(c => { if (c.getAttribute('data-eih-state') === 'rendered') { drawn += 1; } });
    if (drawn > 0 && times.first === null) { times.first = performance.now(); }
    if (document.readyState !== 'loading' && drawn > 0 && drawn === charts.length) {
      times.all = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();"""

ALL_CHARTS_DRAWN = """() => new Promise(resolve => {
  const done = () => Array.from(document.querySelectorAll('div.eih-chart'))
      .every(c => c.getAttribute('data-eih-state') === 'rendered');
  const check = () => done() ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})"""

# Operate the page's first chart control in turn (a radio button, a select or a slider, whichever the
# chart has) and wait for Vega to finish each redraw.
REDRAW_MS = """async (rounds) => {
  const chart = document.querySelector('div.eih-chart');
  const radios = Array.from(chart.querySelectorAll('.vega-bind input[type=radio]'));
  const select = chart.querySelector('.vega-bind select');
  const range = chart.querySelector('.vega-bind input[type=range]');
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    if (radios.length) {
      radios[i % radios.length].click();
    } else if (select) {
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      select.dispatchEvent(new Event('change', {bubbles: true}));
    } else {
      const steps = Math.round((range.max - range.min) / (range.step || 1));
      range.value = Number(range.min) + ((i % steps) + 1) * (range.step || 1);
      range.dispatchEvent(new Event('input', {bubbles: true}));
    }
    await chart.eihView.runAsync();
    times.push(performance.now() - t0);
  }
  return times;
}"""



def page_weight_kb(page_url: str, browser) -> tuple[float, float, float]:
    """(this page's own kB, shared theme kB, everything kB) transferred by a cold load, split by
    where each file lives.

    Shared files (the theme under _static/, the Vega bundle and MathJax under eih-vendor/) are the
    same for every page and cached after the first; eih-vendor/ is left out of the first two
    numbers, as in the budget. The third is all of it: what a first visit to this page transfers."""
    context = browser.new_context()
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(page_url, wait_until="networkidle")
    # Sizes are read after the load, while the page is still open: reading them inside the event
    # handler raced the context's closing and lost some files.
    own = theme = vendor = 0
    for request in finished:
        path = urlparse(request.url).path
        sizes = request.sizes()
        size = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        if path.startswith("/eih-vendor/"):
            vendor += size
        elif path.startswith(SHARED_PREFIXES):
            theme += size
        else:
            own += size
    context.close()
    return own / 1024, theme / 1024, (own + theme + vendor) / 1024


def chart_times_ms(page_url: str, context) -> tuple[float, float]:
    """(first chart drawn, all charts drawn), ms from navigation start, for one load in ``context``."""
    page = context.new_page()
    page.add_init_script(CHART_TIMES_INIT)
    page.goto(page_url, wait_until="commit")
    page.wait_for_function("() => window.__eihChartTimes && window.__eihChartTimes.all !== null",
                           timeout=60_000)
    first, drawn = page.evaluate("() => [window.__eihChartTimes.first, window.__eihChartTimes.all]")
    page.close()
    return first, drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--site", type=Path, default=HTML,
                        help="a built site to measure (default: _build/html), e.g. a copy of an older build")
    args = parser.parse_args()
    site = args.site
    if not (site / "index.html").exists():
        sys.exit(f"No build found in {site}: run `make book` first (make bench does).")
    server, base = serve_directory(site)
    rows: list[tuple[str, str, float, float | None]] = []
    first_charts: dict[str, float] = {}
    redraws: dict[str, float] = {}
    own_weights: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        version = browser.version
        first_visit = statistics.median(page_weight_kb(f"{base}/index.html", browser)[2]
                                        for _ in range(3))
        rows.append(("index.html", "first visit, every file transferred (kB)", first_visit,
                     BUDGET_FIRST_VISIT_KB))
        for rel in content_pages(site):
            url = f"{base}/{rel}"
            if 'class="eih-chart"' in (site / rel).read_text():
                timings = chart_rows(rel, url, browser, args.repeats)
                first_charts[rel], redraws[rel] = timings[0][2], timings[-1][2]
                rows += timings
            own_kb, theme_kb, everything_kb = page_weight_kb(url, browser)
            own_weights[rel] = own_kb
            rows += [
                (rel, "page weight: the page's own files (kB)", own_kb, BUDGET_PAGE_KB),
                (rel, "shared theme files, cached after 1st page (kB)", theme_kb, None),
                (rel, "cold load, every file incl. Vega, MathJax (kB)", everything_kb, None),
            ]
        browser.close()
    server.shutdown()
    print(f"Static site benchmark: medians of {args.repeats} runs "
          f"(redraw: {10 * args.repeats} control changes; first visit: 3 loads)")
    print(f"Machine: {machine_summary()}; Chromium {version}; site: {site}; served by tools/serve.py (gzip)")
    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'page':<{width}}  {'measure':<48} {'median':>9} {'budget':>8}  within")
    for rel, measure, value, budget in rows:
        verdict = "-" if budget is None else ("yes" if value < budget else "NO")
        print(f"{rel:<{width}}  {measure:<48} {value:>9.1f} {budget or '-':>8}  {verdict}")
    print_worst_cases(first_charts, "first chart drawn, cold cache (ms)")
    if site.resolve() != HTML.resolve():
        return 0  # another build (e.g. an older one, to compare): not this checkout's results
    record("site.first_visit", first_visit, "index.html -> book/intro.html, cold cache")
    slowest = max(first_charts, key=first_charts.get)
    record("site.first_chart", first_charts[slowest] / 1000, f"{slowest}, cold cache")
    heaviest = max(own_weights, key=own_weights.get)
    record("site.page_weight", own_weights[heaviest], heaviest)
    worst_redraw = max(redraws, key=redraws.get)
    record("site.redraw", redraws[worst_redraw], worst_redraw)
    return 0


def chart_rows(rel: str, url: str, browser, repeats: int) -> list[tuple[str, str, float, float | None]]:
    """The timing rows of one page with charts (first chart cold first, redraw last)."""
    cold = []
    for _ in range(repeats):
        context = browser.new_context()  # empty cache each time
        cold.append(chart_times_ms(url, context))
        context.close()
    context = browser.new_context()
    chart_times_ms(url, context)  # fill the cache
    warm = [chart_times_ms(url, context) for _ in range(repeats)]
    page = context.new_page()
    page.goto(url)
    page.evaluate(ALL_CHARTS_DRAWN)
    redraw = page.evaluate(REDRAW_MS, 10 * repeats)
    context.close()
    return [
        (rel, "first chart drawn, cold cache (ms)", statistics.median(t[0] for t in cold),
         BUDGET_FIRST_CHART_MS),
        (rel, "first chart drawn, warm cache (ms)", statistics.median(t[0] for t in warm),
         BUDGET_FIRST_CHART_MS),
        (rel, "all charts drawn, cold cache (ms)", statistics.median(t[1] for t in cold), None),
        (rel, "all charts drawn, warm cache (ms)", statistics.median(t[1] for t in warm), None),
        (rel, "control to redrawn chart (ms)", statistics.median(redraw), BUDGET_REDRAW_MS),
    ]


def print_worst_cases(first_charts: dict[str, float], measure: str) -> None:
    """One line a reader can compare with the README: every chart page's cold first chart, in seconds."""
    listed = " / ".join(f"{rel.removeprefix('book/').removesuffix('.html')} {ms / 1000:.2f}"
                        for rel, ms in first_charts.items())
    print(f"{measure[:-5]} (s): {listed}")


if __name__ == "__main__":
    sys.exit(main())
