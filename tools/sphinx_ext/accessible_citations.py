"""Sphinx extension: write bibliography entries with a role screen readers still support.

docutils writes each citation as ``<div role="doc-biblioentry">`` inside ``<div role="list">``.
ARIA 1.2 deprecates ``doc-biblioentry``, so assistive technology no longer counts those entries as
items of the list (axe-core reports "aria-required-children", a critical failure, on the
References page). This translator writes ``role="listitem"`` instead; everything else is docutils'
own output. The theme (pydata-sphinx-theme) mixes its own translator changes into this class.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class AccessibleCitationTranslator(HTML5Translator):
    def visit_citation(self, node: nodes.citation) -> None:
        if not isinstance(node.previous_sibling(), type(node)):
            self.body.append('<div role="list" class="citation-list">\n')
        self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def setup(app: Sphinx) -> dict:
    app.set_translator("html", AccessibleCitationTranslator, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
