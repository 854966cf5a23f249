"""Every chapter runs as a live notebook, as on Binder: no static-site flag, real kernel, widgets out."""

from __future__ import annotations

import os
from pathlib import Path

import jupytext
import pytest
import yaml
from nbclient import NotebookClient

from tests.test_book_build import _toc_files
from widgets.charts import LIVE_WIDTH
from widgets.intro import published_effects_figure, show_published_effects
from widgets.present import RENDER_TARGET_ENV, STATIC_SITE
from widgets.static import StaticChart

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = [f for f in _toc_files(yaml.safe_load((ROOT / "_toc.yml").read_text()))
            if "{code-cell}" in (ROOT / f"{f}.md").read_text()]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def executed() -> dict:
    """Each chapter executed once in a fresh kernel, as Binder runs it (no static-site flag)."""
    env_before = os.environ.pop(RENDER_TARGET_ENV, None)
    notebooks = {}
    try:
        for chapter in CHAPTERS:
            notebook = jupytext.read(ROOT / f"{chapter}.md")
            NotebookClient(notebook, timeout=300, kernel_name="python3",
                           resources={"metadata": {"path": str(ROOT / Path(chapter).parent)}}).execute()
            notebooks[chapter] = notebook
    finally:
        if env_before is not None:
            os.environ[RENDER_TARGET_ENV] = env_before
    return notebooks


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_executes_in_a_live_kernel(chapter, executed):
    outputs = [o for c in executed[chapter].cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]


def test_intro_shows_a_live_widget_in_a_kernel(executed):
    outputs = [o for c in executed["book/intro"].cells for o in c.get("outputs", [])]
    assert any(WIDGET_VIEW in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize("chapter", [c for c in CHAPTERS if "show_" in (ROOT / f"{c}.md").read_text()])
def test_every_figure_call_shows_a_live_widget_in_a_kernel(chapter, executed):
    """On Binder each show_...() call is a live widget (a panel or a chart widget), never a dead embed."""
    for cell in executed[chapter].cells:
        if cell.cell_type == "code" and "show_" in cell.source:
            assert any(WIDGET_VIEW in o.get("data", {}) for o in cell.get("outputs", [])), cell.source


def test_live_and_static_drivers_draw_the_same_chart(monkeypatch):
    monkeypatch.delenv(RENDER_TARGET_ENV, raising=False)
    live = show_published_effects()
    chart_widget = live.children[0]
    # The same chart, but with a fixed width: in Voila a "container" width draws at 0 (widgets/live.py).
    assert chart_widget.spec == published_effects_figure().chart.properties(width=LIVE_WIDTH).to_dict()

    monkeypatch.setenv(RENDER_TARGET_ENV, STATIC_SITE)
    assert isinstance(show_published_effects(), StaticChart)


def test_build_environment_asks_for_static_embeds():
    # The site build is what sets the flag; without it the site would hold dead widgets.
    from tools.build_book import RENDER_TARGET_ENV as BUILD_ENV

    assert BUILD_ENV == {RENDER_TARGET_ENV: STATIC_SITE}
