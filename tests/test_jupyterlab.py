"""Every chapter with widgets, run live in JupyterLab as a Binder reader runs it: a real JupyterLab server
(jupytext opens the MyST Markdown chapter as a notebook, jupyterlab-myst renders its prose), Debian's
Chromium, Run -> Run All Cells. Every request off 127.0.0.1 is blocked and recorded.

One shared server for the module, one browser page per chapter, and each chapter's kernel shut down before
the next chapter opens, so no execution state leaks between chapters.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.site_pages import PageVisit, open_offline
from tests.test_book_build import _toc_files
from tests.voila_server import PAGE_TIMEOUT_MS, Server, free_port, http_status, wait_for
from widgets.present import RENDER_TARGET_ENV

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
# The chapters that show widgets (a show_...() call), in reading order.
CHAPTERS = [f for f in _toc_files(yaml.safe_load((ROOT / "_toc.yml").read_text()))
            if "show_" in (ROOT / f"{f}.md").read_text()]
# A MyST role left as text, e.g. {cite:p} or {term}: what plain JupyterLab shows without jupyterlab-myst;
# and a role's explicit target left as text, as in "Pain tolerance <Pain tolerance>" (jupyterlab-myst
# 2.7.0 does not parse the target of a role whose text runs over a line break; Sphinx does).
RAW_ROLE = re.compile(r"\{[a-z]+(?::[a-z]+)?\}|<[A-Z][^<>\n]*>")
# jupyterlab-myst resolves a {term} only within the notebook it renders; the glossary is another file, so
# every term role logs this console error (the term still shows as a link). Each must name a glossary term.
UNRESOLVED_TERM = re.compile(r"Cross reference target was not found: term-(.+)")
# A drawn chart in a cell's output (JupyterChart renders Vega into an SVG).
CHART = ".vega-embed svg, .vega-embed canvas"
# A Markdown cell as jupyterlab-myst renders it (its own element in place of JupyterLab's renderer).
MYST_PROSE = ".jp-MarkdownCell .jp-InputArea > .myst"

# The settings a Binder reader's JupyterLab starts with: repo2docker copies the repository into the home
# folder, so this file becomes ~/.jupyter/labconfig/default_setting_overrides.json, where JupyterLab reads
# its default settings. Without it a chapter opens in the text editor (JupyterLab shows Markdown files as
# text), and the notebook's arrow-key shortcuts take the arrow keys from the charts' controls.
BINDER_LAB_SETTINGS = ROOT / ".jupyter" / "labconfig" / "default_setting_overrides.json"
# Beside it, which JupyterLab plugins a reader's JupyterLab leaves out. The cell toolbar's overlap check
# reads a Markdown cell's rendered input, which jupyterlab-myst replaces: now and then it threw "Cannot read
# properties of undefined (reading 'node')" (JupyterLab 4.5.11) while a chapter ran. A reader needs no
# cell toolbar (its buttons move, copy and delete cells).
BINDER_PAGE_CONFIG = ROOT / ".jupyter" / "labconfig" / "page_config.json"
# On top, for the test run only:
TEST_RUN_SETTINGS = {
    # Running cells must not write back into the copied chapter (nor prompt about it).
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    # JupyterLab's server would otherwise ask the internet for news and new releases.
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def lab_settings() -> dict:
    """The repository's settings for Binder readers (none if it ships none), the test run's on top."""
    settings = json.loads(BINDER_LAB_SETTINGS.read_text()) if BINDER_LAB_SETTINGS.exists() else {}
    for plugin, values in TEST_RUN_SETTINGS.items():
        settings.setdefault(plugin, {}).update(values)
    return settings


@dataclass
class Lab:
    """The shared JupyterLab server and its token."""

    server: Server
    token: str

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(f"{self.server.base_url}{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_every_session(self) -> None:
        for session in self.api("/api/sessions"):
            self.api(f"/api/sessions/{session['id']}", method="DELETE")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """`jupyter lab` on 127.0.0.1 with a token, serving a copy of book/ (nothing is written into the
    repository), with its own HOME and Jupyter/IPython folders under tmp (nothing in ~ read or written)."""
    base = tmp_path_factory.mktemp("jupyterlab")
    root, home = base / "root", base / "home"
    shutil.copytree(ROOT / "book", root / "book")
    home.mkdir()
    folders = {name: base / name.lower() for name in
               ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR")}
    settings = folders["JUPYTER_CONFIG_DIR"] / "labconfig" / "default_setting_overrides.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps(lab_settings()))
    if BINDER_PAGE_CONFIG.exists():
        shutil.copy2(BINDER_PAGE_CONFIG, settings.parent / BINDER_PAGE_CONFIG.name)
    env = {key: value for key, value in os.environ.items()
           # The site build's flag would make every figure a static embed; Binder has no such flag.
           if key not in (RENDER_TARGET_ENV, "JUPYTER_PATH", "JUPYTER_CONFIG_PATH")}
    token = secrets.token_urlsafe(16)
    env.update({**{k: str(v) for k, v in folders.items()}, "HOME": str(home), "JUPYTER_TOKEN": token,
                # JupyterLab's build check runs `npm prefix` (no network), whose log goes to npm's cache.
                "npm_config_cache": str(base / "npm")})
    port = free_port()
    log = base / "jupyterlab.log"
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
               f"--port={port}", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}"]
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=handle, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    wait_for(lambda: http_status(f"{server.base_url}/api/status?token={token}") == 200, server, "answer")
    yield Lab(server, token)
    server.stop()
    assert not [p for p in home.rglob("*") if p.is_file()], "the server or a kernel wrote into HOME"


@dataclass
class ChapterRun:
    """What one chapter showed in JupyterLab after Run All Cells."""

    opened_as_notebook: bool = False  # not in the text editor
    prose: str = ""  # the rendered Markdown cells' text
    unrendered_markdown_cells: int = 0
    citations: list[str] = field(default_factory=list)  # the text of each citation jupyterlab-myst drew
    error_outputs: list[str] = field(default_factory=list)
    figure_cells_without_chart: list[str] = field(default_factory=list)
    chart_widths: list[float] = field(default_factory=list)
    control: str = ""  # the control moved with the keyboard
    charts_changed: bool = False
    kernels_left: int = -1
    visit: PageVisit = field(default_factory=PageVisit)


def run_all_cells(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()


def chart_svgs(cell) -> list[str]:
    return cell.locator(".vega-embed").evaluate_all(
        "els => els.map(e => (e.querySelector('svg') || {}).innerHTML || '')")


# The control moved with the keyboard in each chapter, sliders first: an ipywidgets slider's handle, a
# Vega-Lite range input, a radio button, a drop-down; and the key that moves it one step.
CONTROLS = ((".widget-slider .noUi-handle", "ArrowRight"), ("input[type=range]", "ArrowRight"),
            ("input[type=radio]:checked", "ArrowRight"), ("select", "ArrowDown"))
# Ends a wait for a redraw that never comes (the test then fails on charts_changed); not a speed check.
REDRAW_TIMEOUT_MS = 10_000


def move_one_control(page, run: ChapterRun) -> None:
    """Move the first control found with its key; record whether its cell's charts were redrawn."""
    figure_cells = page.locator(".jp-CodeCell").filter(has=page.locator(".vega-embed"))
    for selector, key in CONTROLS:
        for index in range(figure_cells.count()):
            cell = figure_cells.nth(index)
            control = cell.locator(f".jp-OutputArea {selector}").first
            if not control.count():
                continue
            before = chart_svgs(cell)
            control.focus()
            page.keyboard.press(key)
            run.control = f"{selector} ({key}) in the figure cell {index + 1}"
            try:
                page.wait_for_function(
                    """([cell, before]) => Array.from(cell.querySelectorAll('.vega-embed')).some(
                         (e, i) => ((e.querySelector('svg') || {}).innerHTML || '') !== before[i])""",
                    arg=[cell.element_handle(), before], timeout=REDRAW_TIMEOUT_MS)
            except PlaywrightTimeoutError:
                pass
            run.charts_changed = chart_svgs(cell) != before
            return


def read_chapter(page, run: ChapterRun) -> None:
    # The text of the prose without its equations (whose TeX source has braces: x_{max}) and code; as
    # textContent, not innerText, because JupyterLab skips laying out cells out of view (content-visibility).
    run.prose = "\n".join(page.locator(MYST_PROSE).evaluate_all(
        """els => els.map(e => { const prose = e.cloneNode(true);
             prose.querySelectorAll('.math, .katex, mjx-container, math, script, code, pre')
                  .forEach(m => m.remove());
             return prose.textContent; })"""))
    # A cell still in its editor, or drawn by something else than jupyterlab-myst.
    run.unrendered_markdown_cells = page.locator(".jp-MarkdownCell").evaluate_all(
        """cells => cells.filter(c => !c.querySelector('.jp-InputArea > .myst')
                                       || !c.querySelector('.jp-Editor.lm-mod-hidden')).length""")
    cited = page.locator(".jp-MarkdownCell .cite-group > span").all_text_contents()
    run.citations = [c.strip() for c in cited if c.strip()]
    run.error_outputs = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
    run.error_outputs += [t for t in page.locator(".jp-OutputArea-output").all_inner_texts()
                          if "Error displaying widget" in t]
    run.chart_widths = page.locator(CHART).evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().width)")


def run_the_notebook(page, run: ChapterRun) -> None:
    """Run All Cells, wait for every cell and chart, read the page and move one control."""
    page.locator(f".jp-NotebookPanel {MYST_PROSE}").first.wait_for()
    page.locator(".jp-NotebookPanel-toolbar").get_by_text("Python 3 (ipykernel)").wait_for()
    run_all_cells(page)
    # Every code cell has run (its prompt shows a number, not [*] or [ ]) ...
    page.wait_for_function("""() => {
          const prompts = document.querySelectorAll('.jp-CodeCell .jp-InputPrompt');
          return prompts.length && Array.from(prompts).every(p => /\\[\\d+\\]/.test(p.textContent)); }""")
    # ... and each figure cell's widget has drawn a chart (after the kernel's reply arrives).
    page.wait_for_function("""chart => Array.from(document.querySelectorAll('.jp-CodeCell'))
          .filter(c => c.querySelector('.jp-InputArea').textContent.includes('show_'))
          .every(c => c.querySelector(chart))""", arg=CHART)
    run.figure_cells_without_chart = [
        c.locator(".jp-InputArea").inner_text() for c in page.locator(".jp-CodeCell").all()
        if "show_" in c.locator(".jp-InputArea").inner_text() and not c.locator(CHART).count()]
    read_chapter(page, run)
    move_one_control(page, run)


def open_and_run(context, lab: Lab, chapter: str) -> ChapterRun:
    run = ChapterRun()
    # A workspace per chapter: JupyterLab reopens the tabs of the last session in a workspace, which
    # would start the previous chapter's kernel again. The rest is the Binder link's lab/tree/<file>.
    workspace = chapter.replace("/", "-")
    url = f"{lab.server.base_url}/lab/workspaces/{workspace}/tree/{chapter}.md?token={lab.token}"
    page = open_offline(context, url, run.visit)
    try:
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.locator(".jp-NotebookPanel, .jp-FileEditor").first.wait_for()
        run.opened_as_notebook = page.locator(".jp-NotebookPanel").count() > 0
        if run.opened_as_notebook:
            run_the_notebook(page, run)
    finally:
        page.close()
        lab.shut_down_every_session()
    run.kernels_left = len(lab.api("/api/kernels"))
    return run


@pytest.fixture(scope="module")
def runs(lab: Lab, browser) -> dict[str, ChapterRun]:
    """Every chapter with widgets opened and run once, in turn, each in its own page. The pages share a
    browser context, as a reader's tabs do, so JupyterLab's scripts come from the browser's cache."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        return {chapter: open_and_run(context, lab, chapter) for chapter in CHAPTERS}
    finally:
        context.close()


def glossary_terms() -> set[str]:
    text = (ROOT / "book" / "glossary.md").read_text()
    block = text.split("```{glossary}", 1)[1].split("```", 1)[0]
    return {line.strip().lower() for line in block.splitlines() if line.strip() and not line[0].isspace()}


def bibliography_keys() -> set[str]:
    return set(re.findall(r"^@\w+\{([^,\s]+),", (ROOT / "references.bib").read_text(), flags=re.M))


def test_the_chapters_with_widgets_are_the_ones_binder_readers_run():
    assert "book/intro" in CHAPTERS and len(CHAPTERS) >= 6


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_binder_link_opens_the_chapter_as_a_notebook(runs, chapter):
    assert runs[chapter].opened_as_notebook, f"it opens in the text editor (see {BINDER_LAB_SETTINGS.name})"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_prose_has_no_raw_myst_roles(runs, chapter):
    run = runs[chapter]
    assert run.prose and run.unrendered_markdown_cells == 0
    assert not RAW_ROLE.findall(run.prose)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_citations_are_drawn_as_citations(runs, chapter):
    # jupyterlab-myst draws a citation as its key with a "Citation Not Found" mark: it reads no .bib file.
    citations = runs[chapter].citations
    assert citations
    assert set(citations) <= bibliography_keys()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_cell_runs_and_every_figure_draws(runs, chapter):
    run = runs[chapter]
    assert not run.error_outputs
    assert not run.figure_cells_without_chart
    assert run.chart_widths and min(run.chart_widths) > 0


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_control_moved_by_keyboard_redraws_its_chart(runs, chapter):
    run = runs[chapter]
    assert run.control, "no control found under a chart"
    assert run.charts_changed, run.control


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_no_console_error_and_nothing_from_outside(runs, chapter):
    visit = runs[chapter].visit
    assert not visit.outside_requests
    unresolved = [m for e in visit.console_errors for m in UNRESOLVED_TERM.findall(e)]
    assert set(unresolved) <= glossary_terms()
    others = [e for e in visit.console_errors
              if not all(UNRESOLVED_TERM.fullmatch(line) for line in e.splitlines())]
    assert not others


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_chapter_leaves_no_kernel_running(runs, chapter):
    assert runs[chapter].kernels_left == 0
