"""Time the clinic's Voila dashboards in headless Chromium and print a table of medians (budgets: README).

Starts the real launcher (tools/clinic.py) twice: once over dashboards/ and once over a bare notebook (one
ipywidgets slider echoed into a Label), both with the committed settings. Measures:
- request to first chart drawn, taking a preheated kernel from the pool each time (the pool refills
  between runs; budget 2 s). The budget's case is a cold visit: each load in a new browser context, so
  nothing is cached (no HTTP cache, no compiled-code cache), as a clinic screen's first visit of the day;
- the same on a repeat visit (one browser context reloading the dashboard, as a clinic screen reloads it
  between patients: Voila's scripts and the charts' module come from the browser's caches), without a
  budget of its own, to show what the cache is worth;
- the explainer's "How long (min)" slider moved with the keyboard to its first chart redrawn (budget
  100 ms, and at most 1.5x the bare notebook's slider to echoed label, measured the same way in this run);
- memory per kernel: the resident set size of each session's kernel process.

Run: ``python benchmarks/bench_clinic.py [--repeats N] [--moves N]``
"""

from __future__ import annotations

import argparse
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from playwright.sync_api import sync_playwright
from traitlets.config.loader import PyFileConfigLoader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from benchmarks.budgets import record  # noqa: E402
from benchmarks.machine import machine_summary  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.voila_server import RESULT, Server, free_port, kernel_id_of, start_clinic  # noqa: E402

BUDGET_FIRST_CHART_MS = 2000
BUDGET_REDRAW_MS = 100
BUDGET_RATIO_TO_BARE = 1.5
SLIDER = "How long (min)"
BARE_NOTEBOOK = """import ipywidgets as w
slider = w.IntSlider(value=30, min=5, max=60, step=5, description="How long (min)", continuous_update=False)
echo = w.Label(value="30")
echo.add_class("eih-echo")
slider.observe(lambda change: setattr(echo, "value", str(change["new"])), "value")
w.VBox([slider, echo])"""

# Records when the first chart is drawn, from navigation start (runs before the page's own scripts).
FIRST_CHART_PROBE = """new MutationObserver((_, observer) => {
  if (document.querySelector('.vega-embed svg, .vega-embed canvas')) {
    window.__firstChartMs = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});"""

# Arms a probe: the time from the next keydown to the first animation frame where `selector`'s content
# differs from now. Resolved by AWAIT_CHANGE after Playwright presses the key.
ARM_CHANGE = """(selector) => {
  const target = document.querySelector(selector);
  const before = target.innerHTML;
  window.__changeMs = new Promise(resolve => {
    document.addEventListener('keydown', () => {
      const t0 = performance.now();
      const check = () => target.innerHTML !== before ? resolve(performance.now() - t0)
                                                       : requestAnimationFrame(check);
      requestAnimationFrame(check);
    }, {once: true, capture: true});
  });
}"""
BARE_PROBE = FIRST_CHART_PROBE.replace(".vega-embed svg, .vega-embed canvas", ".eih-echo")
AWAIT_CHANGE = """() => Promise.race([window.__changeMs, new Promise((_, reject) =>
  setTimeout(() => reject(new Error('no change within 60 s of the key press')), 60000))])"""


def kernel_pids(server: Server) -> dict[str, int]:
    """Kernel id -> pid for the server's kernels (the id is in each kernel's connection-file argument)."""
    found = {}
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            if not any(b"ipykernel" in part for part in cmdline):
                continue
            env = (proc / "environ").read_bytes()
        except OSError:
            continue
        if f"EIH_BENCH_SERVER={server.base_url}".encode() not in env:
            continue
        for part in cmdline:
            name = Path(part.decode(errors="replace")).name
            if name.startswith("kernel-") and name.endswith(".json"):
                found[name[len("kernel-"):-len(".json")]] = int(proc.name)
    return found


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except OSError:
        return 0


def pool_fill_delay_s() -> float:
    """The committed delay before Voila refills a used pool slot (dashboards/jupyter_config/voila.py)."""
    config = PyFileConfigLoader("voila.py", path=str(ROOT / "dashboards" / "jupyter_config")).load_config()
    return float(config.VoilaKernelManager.fill_delay)


def wait_until_kernels_idle(server: Server, count: int, quiet_s: float | None = None,
                            timeout_s: float = 300) -> None:
    """Until ``count`` kernels exist and none has used CPU for ``quiet_s``: the pool is full and every
    pooled kernel has finished running its notebook. The quiet time defaults to 2 s more than the pool's
    refill delay: a refill that has not started yet must not land in the next measured page load."""
    if quiet_s is None:
        quiet_s = pool_fill_delay_s() + 2.0
    deadline = time.monotonic() + timeout_s
    last, quiet_since = None, time.monotonic()
    while time.monotonic() < deadline:
        pids = kernel_pids(server)
        ticks = {pid: cpu_ticks(pid) for pid in pids.values()}
        if ticks != last or len(pids) < count:
            last, quiet_since = ticks, time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_s:
            return
        time.sleep(0.25)
    sys.exit(f"kernels of {server.base_url} never settled: {kernel_pids(server)}")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_chart_ms(browser, url: str, probe: str = FIRST_CHART_PROBE,
                   context=None) -> tuple[float, float, object, object]:
    """(navigation start to the page's HTML fully received, to the first chart drawn), the context, the
    page. The first number is Voila's share (a preheated kernel's output streamed out); the rest is the
    browser loading Voila's scripts and the widgets drawing. A new context (a cold visit) unless one is
    given (a repeat visit, with that context's caches)."""
    if context is None:
        context = browser.new_context()
        context.set_default_timeout(120_000)
    page = context.new_page()
    page.add_init_script(probe)
    page.goto(url)
    page.wait_for_function("() => window.__firstChartMs !== undefined")
    html_ms = page.evaluate("() => performance.getEntriesByType('navigation')[0].responseEnd")
    return html_ms, page.evaluate("() => window.__firstChartMs"), context, page


def repeat_visit_ms(browser, server: Server, url: str, repeats: int, kernels: int) -> list[float]:
    """First chart on ``repeats`` visits after a first one, all in one browser context (its caches warm)."""
    context = browser.new_context()
    context.set_default_timeout(120_000)
    times = []
    for visit in range(repeats + 1):
        wait_until_kernels_idle(server, kernels)
        _, ms, _, page = first_chart_ms(browser, url, context=context)
        page.close()  # as a reload does: the next visit gets a new page (and kernel), same caches
        if visit:
            times.append(ms)
    context.close()
    return times


def slider_moves_ms(page, target: str, moves: int) -> list[float]:
    """Move the slider described SLIDER by one step with the keyboard, alternately up and down, and time
    each move to the first frame where ``target`` has changed."""
    handle = page.locator(".widget-slider", has_text=SLIDER).locator(".noUi-handle")
    handle.focus()
    times = []
    for i in range(moves):
        page.evaluate(ARM_CHANGE, target)
        handle.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
        times.append(page.evaluate(AWAIT_CHANGE))
    return times


def launch(folder: Path, log: Path) -> Server:
    port = free_port()
    # Tags the server's kernels (they inherit the environment) so that they can be found and measured.
    return start_clinic(log, port=port, args=("--dashboards", str(folder)),
                        env={"EIH_BENCH_SERVER": f"http://127.0.0.1:{port}"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="first-chart loads per dashboard")
    parser.add_argument("--moves", type=int, default=20, help="slider moves timed per notebook")
    args = parser.parse_args()
    # A stopped benchmark still stops its two servers (the finally below), whose kernels would linger.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    work = Path(tempfile.mkdtemp(prefix="bench-clinic-"))
    bare_folder = work / "bare"
    bare_folder.mkdir()
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BARE_NOTEBOOK)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, bare_folder / "bare.ipynb")
    pool_sizes = {"clinic.ipynb": 2, "explainer.ipynb": 1}  # dashboards/jupyter_config/voila.py

    rows: list[tuple[str, str, float, float | None]] = []
    clinic = launch(ROOT / "dashboards", work / "clinic.log")
    bare = launch(bare_folder, work / "bare.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            version = browser.version
            memory: dict[str, list[float]] = {}
            for name in pool_sizes:
                loads, html = [], []
                for _ in range(args.repeats):
                    wait_until_kernels_idle(clinic, sum(pool_sizes.values()))
                    url = f"{clinic.base_url}/voila/render/{name}"
                    html_ms, ms, context, page = first_chart_ms(browser, url)
                    loads.append(ms)
                    html.append(html_ms)
                    page.wait_for_selector(RESULT)
                    memory.setdefault(name, []).append(rss_mb(kernel_pids(clinic)[kernel_id_of(page)]))
                    context.close()
                rows.append((name, "request to page HTML received (ms)", statistics.median(html), None))
                rows.append((name, "request to first chart, cold visit (ms)", statistics.median(loads),
                             BUDGET_FIRST_CHART_MS))
                repeat = repeat_visit_ms(browser, clinic, url, args.repeats, sum(pool_sizes.values()))
                rows.append((name, "request to first chart, repeat visit (ms)", statistics.median(repeat),
                             None))
            wait_until_kernels_idle(clinic, sum(pool_sizes.values()))
            _, _, context, page = first_chart_ms(browser, f"{clinic.base_url}/voila/render/explainer.ipynb")
            slider_moves_ms(page, ".vega-embed", 3)  # warm caches (chart templates)
            redraw = statistics.median(slider_moves_ms(page, ".vega-embed", args.moves))
            context.close()

            bare_loads, bare_url = [], f"{bare.base_url}/voila/render/bare.ipynb"
            for _ in range(args.repeats):
                wait_until_kernels_idle(bare, 1)
                _, ms, context, page = first_chart_ms(browser, bare_url, BARE_PROBE)
                bare_loads.append(ms)
                context.close()
            wait_until_kernels_idle(bare, 1)
            _, _, context, page = first_chart_ms(browser, bare_url, BARE_PROBE)
            slider_moves_ms(page, ".eih-echo", 3)
            bare_echo = statistics.median(slider_moves_ms(page, ".eih-echo", args.moves))
            memory["bare.ipynb"] = [rss_mb(kernel_pids(bare)[kernel_id_of(page)])]
            context.close()
            browser.close()
    finally:
        clinic.stop()
        bare.stop()
        shutil.rmtree(work, ignore_errors=True)

    rows += [
        ("bare.ipynb", "request to first widget, cold visit (ms)", statistics.median(bare_loads), None),
        ("explainer.ipynb", f"slider to redrawn chart, {args.moves} moves (ms)", redraw, BUDGET_REDRAW_MS),
        ("bare.ipynb", f"slider to echoed label, {args.moves} moves (ms)", bare_echo, None),
        ("explainer / bare", "ratio of the two medians above", redraw / bare_echo, BUDGET_RATIO_TO_BARE),
    ]
    rows += [(name, "memory per kernel, resident (MB)", statistics.median(values), None)
             for name, values in memory.items()]
    print(f"Clinic dashboards in Voila: medians ({args.repeats} first loads per dashboard, "
          f"{args.moves} slider moves)")
    print(f"Machine: {machine_summary()}; Chromium {version}")
    print(f"{'notebook':<17} {'measure':<48} {'median':>9} {'budget':>8}  within")
    for name, measure, value, budget in rows:
        verdict = "-" if budget is None else ("yes" if value <= budget else "NO")
        print(f"{name:<17} {measure:<48} {value:>9.1f} {budget or '-':>8}  {verdict}")
    # For the summary table of every budget: the slower dashboard's cold first chart, and the redraw.
    first_charts = {name: value for name, measure, value, _ in rows if "first chart, cold" in measure}
    slowest = max(first_charts, key=first_charts.get)
    record("voila.first_chart", first_charts[slowest] / 1000, f"{slowest}, cold visit")
    record("voila.redraw", redraw, "explainer.ipynb")
    record("voila.redraw_ratio", redraw / bare_echo, f"explainer {redraw:.0f} / bare echo {bare_echo:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
