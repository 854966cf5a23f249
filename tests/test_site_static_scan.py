"""Scan every built file for resources that would be fetched from outside the site.

Links in prose to papers (``<a href="https://doi.org/...">``) are fine: the reader chooses to
follow them. What must not point outside is anything the browser fetches by itself: scripts,
stylesheets, fonts, images, frames, and ``url(...)``/``@import`` inside CSS.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# Tags and the attribute through which the browser fetches something without a click.
FETCHING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
            "video": "src", "embed": "src", "object": "data", "link": "href"}
# <link rel=...> values that are navigation hints, not fetches.
NON_FETCHING_LINK_RELS = {"canonical", "author", "license", "search", "index", "next", "prev", "help",
                          "alternate"}
OUTSIDE = re.compile(r"^(https?:)?//", re.IGNORECASE)
CSS_OUTSIDE = re.compile(r"""(url\(\s*['"]?|@import\s+['"])(https?:)?//""", re.IGNORECASE)


class _ResourceCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.outside: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in_style = tag == "style"
        attribute = FETCHING.get(tag)
        if attribute is None:
            return
        if tag == "link" and set((values.get("rel") or "").lower().split()) <= NON_FETCHING_LINK_RELS:
            return
        target = values.get(attribute) or ""
        if OUTSIDE.match(target):
            self.outside.append(f"<{tag} {attribute}={target}>")

    def handle_data(self, data: str) -> None:
        if self._in_style and CSS_OUTSIDE.search(data):
            self.outside.append(f"<style> {CSS_OUTSIDE.search(data).group(0)}...")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False


def outside_resources(html: str) -> list[str]:
    collector = _ResourceCollector()
    collector.feed(html)
    return collector.outside


def test_scanner_flags_outside_scripts_styles_and_fonts_but_not_prose_links():
    page = """
      <link rel="stylesheet" href="https://cdn.example.org/x.css">
      <link rel="canonical" href="https://example.org/page.html">
      <script src="//cdn.jsdelivr.net/npm/vega@6"></script>
      <script src="../_static/local.js"></script>
      <style>@import 'https://fonts.googleapis.com/css?family=Roboto';</style>
      <a href="https://doi.org/10.1016/j.jpain.2012.09.006">Naugle 2012</a>
    """
    found = outside_resources(page)
    assert len(found) == 3, found
    assert not any("doi.org" in f or "canonical" in f for f in found)


def test_no_built_page_fetches_anything_from_outside_the_site(built_site: Path):
    problems = []
    for path in sorted(built_site.rglob("*.html")):
        if "eih-vendor" in path.parts:
            continue  # vendored packages' own demo pages are never linked from the site
        for hit in outside_resources(path.read_text(errors="replace")):
            problems.append(f"{path.relative_to(built_site)}: {hit}")
    assert not problems, "\n".join(problems)


def test_no_site_stylesheet_imports_from_outside(built_site: Path):
    problems = [
        f"{css.relative_to(built_site)}: {match.group(0)}"
        for css in sorted(built_site.rglob("*.css"))
        for match in CSS_OUTSIDE.finditer(css.read_text(errors="replace"))
    ]
    assert not problems, "\n".join(problems)


ICON_LINK = re.compile(r'<link[^>]*\brel="(?:shortcut )?icon"[^>]*\bhref="([^"]+)"')


def test_every_page_names_an_icon_the_site_serves(built_site: Path):
    """Without a declared icon a browser asks for /favicon.ico on every visit and gets a 404."""
    pages = [path for path in built_site.rglob("*.html") if "_static" not in path.parts]
    missing = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if html.lstrip().startswith('<meta http-equiv="Refresh"'):
            continue  # Jupyter Book's root index.html: an instant redirect to the first chapter
        icon = ICON_LINK.search(html)
        if icon is None or not (page.parent / icon[1]).resolve().is_file():
            missing.append(f"{page.relative_to(built_site)}: {icon[1] if icon else 'no icon link'}")
    assert not missing, "\n".join(missing)
    assert len(pages) > 10
