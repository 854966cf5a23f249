"""Sphinx extension: each page loads only the scripts it uses, and its chart bundles first.

Why: the first chart on a chapter page took 1.2-2 s to draw on a 2-core machine (budget 1 s),
and a cold first visit moved about 4.5 MB. The main thread was busy with scripts the chart does
not need, and the Vega bundles were only requested once the page had been parsed. Four changes:

1. No Font Awesome JavaScript (1.4 MB). pydata-sphinx-theme loads it on every page "so that users
   can add custom icons"; this book adds none. The theme's stylesheet already carries Font Awesome's
   CSS and web fonts, which draw every icon the theme shows (search, colour mode, menu, download,
   full screen, launch, contents); the script only swapped those for inline SVGs.
2. No search index on pages other than the search page. The theme loads Sphinx's search scripts
   and the whole index (about 110 kB, render-blocking) on every page for search-as-you-type, which
   is off in this theme's settings (the search box opens search.html, which still loads them).
3. MathJax (1.2 MB) only on pages with equations of their own, and there only after the charts are
   drawn. Sphinx also adds it to a page whose *table of contents* leads to equations (the first
   page lists the whole book), and loads it with ``defer``, which runs it before the page's
   ``DOMContentLoaded`` while the charts are being drawn. Here its tag gets a type the browser does
   not run (``AFTER_CHARTS_TYPE``); ``_static/eih/charts.js`` loads it once the charts are drawn.
4. Pages with charts preload the Vega bundles, so they download while the page is still parsed
   instead of after it.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

TEMPLATES = Path(__file__).parent / "templates"

# charts.js loads every <script type=AFTER_CHARTS_TYPE src=...> once the page's charts are drawn.
AFTER_CHARTS_TYPE = "text/x-eih-after-charts"

# The same files, in the same order, as `bundles` in _static/eih/charts.js (the preloads are only
# used if the URLs match exactly; tests/test_site_weight.py checks that no bundle is fetched twice).
VEGA_BUNDLES = ("eih-vendor/vega/vega.min.js", "eih-vendor/vega/vega-lite.min.js",
                "eih-vendor/vega/vega-embed.min.js")

# Builders that write one HTML file per source page, where "this page's own equations" means
# something; the single-page builder puts every chapter into one file.
PAGE_BY_PAGE_BUILDERS = ("html", "dirhtml")

# What widgets/static.py writes for each kernel-free chart.
CHART_PLACEHOLDER = 'class="eih-chart"'

# A page at the site root refers to "searchindex.js", one below it to "../searchindex.js".
_FONT_AWESOME_SCRIPT = re.compile(
    r'<script\b[^>]*\bsrc="(?:[^"]*/)?fontawesome\.js[^"]*"[^>]*>\s*</script>\s*')
_SEARCH_SCRIPTS = re.compile(
    r'<script\b[^>]*\bsrc="(?:[^"]*/)?(?:searchtools|language_data|searchindex)\.js[^"]*"[^>]*>\s*</script>\s*')


def without_font_awesome_script(html: str) -> str:
    """The theme's head markup minus its Font Awesome <script> (a Jinja filter, templates/layout.html)."""
    return _FONT_AWESOME_SCRIPT.sub("", html)


def without_search_scripts(html: str) -> str:
    """The theme's extra head markup minus Sphinx's search scripts and index (a Jinja filter)."""
    return _SEARCH_SCRIPTS.sub("", html)


def _mathjax_script_name(app: Sphinx) -> str:
    """MathJax's script as it appears in the page's script list: Sphinx's add_js_file puts a local
    path under _static/ (hence the "../" in _config.yml's mathjax_path)."""
    path = app.config.mathjax_path
    return path if "://" in path else posixpath.join("_static", path)


def _is_mathjax_script(js: Any, mathjax_script: str) -> bool:
    return str(getattr(js, "filename", "") or "") == mathjax_script


def _is_mathjax(js: Any, mathjax_script: str) -> bool:
    """MathJax's own <script src> or the inline ``window.MathJax = {...}`` configuration before it."""
    body = getattr(js, "attributes", {}).get("body", "")
    return _is_mathjax_script(js, mathjax_script) or body.startswith("window.MathJax")


def _after_charts(js: Any) -> Any:
    """The same script tag, with a type the browser does not run (so it is not fetched either)."""
    attributes = {k: v for k, v in js.attributes.items() if k not in ("defer", "async", "type")}
    return type(js)(js.filename, priority=js.priority, type=AFTER_CHARTS_TYPE, **attributes)


def page_has_own_equations(app: Sphinx, pagename: str) -> bool:
    """True when the page itself contains math (Sphinx's own test also counts pages it links to)."""
    return bool(app.env.get_domain("math").data["has_equations"].get(pagename, False))


def trim_page_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    """Runs after sphinx.ext.mathjax has added MathJax to the page (priority 900 > its 500)."""
    scripts = list(context.get("script_files", []))
    mathjax_script = _mathjax_script_name(app)
    if app.builder.name not in PAGE_BY_PAGE_BUILDERS or app.registry.html_assets_policy == "always":
        pass  # one page holds the whole book (singlehtml, e.g. for a PDF): keep Sphinx's choice
    elif not page_has_own_equations(app, pagename):
        scripts = [js for js in scripts if not _is_mathjax(js, mathjax_script)]
    else:
        scripts = [_after_charts(js) if _is_mathjax_script(js, mathjax_script) else js for js in scripts]
    context["script_files"] = scripts
    if CHART_PLACEHOLDER in context.get("body", ""):
        pathto = context["pathto"]
        preloads = "".join(f'\n<link rel="preload" as="script" href="{pathto(bundle, 1)}" />'
                           for bundle in VEGA_BUNDLES)
        context["metatags"] = context.get("metatags", "") + preloads


def register_filters(app: Sphinx) -> None:
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is not None:  # HTML builders only
        environment.filters["eih_without_font_awesome_script"] = without_font_awesome_script
        environment.filters["eih_without_search_scripts"] = without_search_scripts


def add_templates(app: Sphinx, config: Any) -> None:
    config.templates_path = [str(TEMPLATES), *config.templates_path]


def own_source_hash() -> str:
    """This module and its templates, hashed: registered as an "html" config value so that a change
    here rewrites every page (Sphinx would otherwise keep pages whose sources did not change)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for template in sorted(TEMPLATES.rglob("*.html")):
        digest.update(template.read_bytes())
    return digest.hexdigest()


def setup(app: Sphinx) -> dict:
    app.add_config_value("eih_lean_pages_source", own_source_hash(), "html")
    app.connect("config-inited", add_templates)
    app.connect("builder-inited", register_filters)
    app.connect("html-page-context", trim_page_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
