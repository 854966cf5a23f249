"""Sphinx extension: fix the accessibility faults the theme and MyST-NB put on every page.

axe-core (all rules, tests/test_site_accessibility.py) found three, all outside this book's own text:

1. The search button's accessible name "Search" did not contain its visible text "Search Ctrl+K"
   (``label-content-name-mismatch``, WCAG 2.5.3): someone using speech input says what they see.
   ``templates/search-button-field.html`` drops the label so the name is the visible text.
2. The book's title at the top of the primary sidebar sat outside every landmark (``region``), so a
   screen reader moving by landmarks skipped it. ``templates/navbar-logo.html`` puts it in a ``<nav>``.
3. MyST-NB writes a hidden cell's toggle as ``<summary aria-label="Toggle hidden content">`` around the
   visible words "Show code cell outputs" (the same mismatch as 1). :func:`visit_hidden_cell` writes
   the same markup without the label, so the name is what the reader sees.

The templates live in ``templates/`` next to ``lean_pages``'s layout; this extension makes sure that
folder is on the template path whichever of the two is loaded.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import Any

from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.application import Sphinx

TEMPLATES = Path(__file__).parent / "templates"
OWN_TEMPLATES = ("navbar-logo.html", "search-button-field.html")


def visit_hidden_cell(self: Any, node: HideCodeCellNode) -> None:
    """MyST-NB's own markup (myst_nb.sphinx_.visit_HideCellInput) minus the summary's aria-label."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n')
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def depart_hidden_cell(self: Any, node: HideCodeCellNode) -> None:
    self.body.append("</details>\n")


def add_templates(app: Sphinx, config: Any) -> None:
    if str(TEMPLATES) not in config.templates_path:
        config.templates_path = [str(TEMPLATES), *config.templates_path]


def own_source_hash() -> str:
    """This module and its templates, hashed: an "html" config value, so that a change here rewrites
    every page (Sphinx would otherwise keep pages whose sources did not change)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in OWN_TEMPLATES:
        digest.update((TEMPLATES / name).read_bytes())
    return digest.hexdigest()


def setup(app: Sphinx) -> dict:
    app.setup_extension("myst_nb")  # its node must be registered before the visitor is replaced
    app.add_node(HideCodeCellNode, override=True, html=(visit_hidden_cell, depart_hidden_cell))
    app.add_config_value("eih_accessible_theme_source", own_source_hash(), "html")
    app.connect("config-inited", add_templates)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
