"""Reading level, length and sources of every chapter (issue 6, "Reading level and citations").

A chapter is a page listed in ``_toc.yml`` whose file is in ``book/`` but not in ``book/appendix/``,
and that is not the glossary or the bibliography (pages built from a ``{glossary}`` or
``{bibliography}`` directive). The list comes from ``_toc.yml`` on every run, so a new chapter is
checked as soon as it is listed.

Its *main text* is what a reader reads before opening anything: the prose outside the front matter,
headings, fenced blocks (code cells, dropdowns, admonitions, figures and their captions, tables
written as directives), pipe tables and math, with MyST roles reduced to what the page shows
(citations dropped, ``{term}`text <Target>``` -> text, ``{doc}`` links dropped). On that text,
measured with textstat 0.7.3 (offline: it counts syllables with pyphen's bundled dictionaries):

- Flesch-Kincaid grade <= 10,
- at least 600 words,

and the whole file cites at least 8 distinct sources with ``{cite:p}``/``{cite:t}``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

ROOT = Path(__file__).resolve().parent.parent
MAX_GRADE = 10.0
MIN_WORDS = 600
MIN_SOURCES = 8

# An opening fence: ``` or ~~~ (code, ```{directive}) or ::: (colon-fenced directive), 3 or more.
FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,}|:{3,})(?P<info>.*)$")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"(?<![\\$])\$[^$\n]+\$")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
ROLE = re.compile(r"\{(?P<name>[a-z][\w:-]*)\}`(?P<content>[^`]*)`")
EXPLICIT_TITLE = re.compile(r"^(?P<title>.*?)\s*<[^<>]*>$", re.DOTALL)
CITE = re.compile(r"\{cite(?::[a-z]+)?\}`(?P<keys>[^`]*)`")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# Roles whose rendered text is not prose of the chapter: citations become "(Author, year)", cross
# references become a page or figure title, math is math.
DROPPED_ROLES = ("cite", "doc", "ref", "numref", "eq", "math", "download", "footcite")


def _drop_fenced_blocks(lines: list[str]) -> list[str]:
    """Remove every fenced block (code cells, directives) and its content, nested ones included."""
    kept: list[str] = []
    fence: str | None = None
    for line in lines:
        if fence is None:
            opened = FENCE_OPEN.match(line)
            if opened:
                fence = opened["fence"]
                continue
            kept.append(line)
        else:
            # Closed by the same character, at least as long, with nothing after it; a shorter
            # fence inside (a ::: dropdown inside a :::: one, a ``` code block inside :::) opens
            # and closes within the block being dropped.
            stripped = line.strip()
            if stripped and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
                fence = None
    return kept


def _reduce_role(match: re.Match[str]) -> str:
    name, content = match["name"], match["content"]
    if name.split(":")[0] in DROPPED_ROLES:
        return ""
    explicit = EXPLICIT_TITLE.match(content)
    return explicit["title"] if explicit else content


def main_text(source: str) -> str:
    """The prose a reader reads first, as plain sentences (see the module docstring)."""
    source = FRONT_MATTER.sub("", source, count=1)
    source = HTML_COMMENT.sub("", source)
    lines = _drop_fenced_blocks(source.splitlines())
    units: list[str] = []  # paragraphs and list items; each one is at least one sentence
    current: list[str] = []

    def flush() -> None:
        text = " ".join(current).strip()
        current.clear()
        if text:
            units.append(text if text[-1] in ".!?:;" else text + ".")

    for line in lines:
        stripped = line.strip()
        if (not stripped or stripped.startswith(("#", "|", "%", "+++")) or
                re.fullmatch(r"\(.+\)=", stripped)):
            flush()  # blank line, heading, table row, comment, cell break or target
            continue
        if LIST_ITEM.match(line):
            flush()
            stripped = LIST_ITEM.sub("", line).strip()
        current.append(stripped.lstrip("> "))
    flush()
    text = "\n".join(units)
    text = DISPLAY_MATH.sub("", text)
    text = INLINE_MATH.sub("", text)
    text = ROLE.sub(_reduce_role, text)
    text = IMAGE.sub("", text)
    text = LINK.sub(lambda m: m["text"], text)
    text = re.sub(r"[*_`]+", "", text)  # emphasis and inline-code markers
    text = re.sub(r"\s+([.,;:!?)])", r"\1", text)  # space left where a citation was
    return re.sub(r"[ \t]+", " ", text)


def cited_keys(source: str) -> set[str]:
    """Distinct bibliography keys cited anywhere in the file, dropdowns included."""
    keys: set[str] = set()
    for match in CITE.finditer(source):
        keys.update(k.strip() for k in re.split(r"[,;]", match["keys"]) if k.strip())
    return keys


def _toc_files(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("root", "file") and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_toc_files(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_toc_files(item))
    return found


def _source_path(entry: str) -> Path | None:
    for suffix in ("", ".md", ".ipynb"):
        path = ROOT / f"{entry}{suffix}"
        if path.is_file():
            return path
    return None


def _toc() -> dict:
    return yaml.safe_load((ROOT / "_toc.yml").read_text())


def chapters() -> list[Path]:
    """Chapter files named in _toc.yml, in order (see the module docstring)."""
    toc = _toc()
    found = []
    for entry in _toc_files(toc):
        path = _source_path(entry)
        if path is None:
            continue  # a missing file is the book build's error to report, not this test's
        relative = path.relative_to(ROOT).parts
        if relative[0] != "book" or "appendix" in relative[1:-1]:
            continue
        if re.search(r"^(```|:::)\{(glossary|bibliography)\}", path.read_text(), re.MULTILINE):
            continue
        found.append(path)
    return found


def measure(path: Path) -> dict[str, float]:
    source = path.read_text()
    text = main_text(source)
    return {"grade": textstat.flesch_kincaid_grade(text), "words": textstat.lexicon_count(text),
            "sources": len(cited_keys(source))}


CHAPTERS = chapters()


def test_chapters_are_found_from_the_table_of_contents():
    names = [p.relative_to(ROOT).as_posix() for p in CHAPTERS]
    assert "book/intro.md" in names, names
    assert not any(n.startswith("book/appendix/") or n in ("book/glossary.md", "book/references.md")
                   for n in names), names


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_chapter_main_text_is_plain_long_enough_and_sourced(path: Path):
    numbers = measure(path)
    max_grade = MAX_GRADE
    report = (f"{path.relative_to(ROOT)}: grade {numbers['grade']:.1f} (<= {max_grade}), "
              f"{numbers['words']} words (>= {MIN_WORDS}), {numbers['sources']} sources "
              f"(>= {MIN_SOURCES})")
    assert numbers["grade"] <= max_grade, report
    assert numbers["words"] >= MIN_WORDS, report
    assert numbers["sources"] >= MIN_SOURCES, report


PLANTED = """---
jupytext:
  text_representation:
    format_name: myst
---

# Heading words HEADINGTOKEN

The body says hello {cite:p}`plantedkey` and uses a {term}`shown term <Hidden target>` and a
{term}`Plain term`; the appendix {doc}`appendix/hiddendoc` explains it. Math $x^2$ goes.

:::{dropdown} Expert detail DROPDOWNTITLE
Hidden DROPDOWNBODY words.
:::

```{code-cell} ipython3
CODETOKEN = 1
```

::::{admonition} Outer ADMONITIONTOKEN
:::{note}
Nested NESTEDTOKEN.
:::
::::

````{dropdown} Backticks BACKTICKDROPDOWN
```python
INNERCODETOKEN
```
````

```{figure} chart.png
Caption CAPTIONTOKEN.
```

| table | TABLETOKEN |
|---|---|

$$
MATHTOKEN
$$

- A list item without a full stop
- Another item {cite:t}`otherkey, thirdkey`
"""


def test_main_text_drops_everything_but_the_prose():
    text = main_text(PLANTED)
    for token in ("HEADINGTOKEN", "DROPDOWN", "CODETOKEN", "ADMONITIONTOKEN", "NESTEDTOKEN",
                  "BACKTICKDROPDOWN", "INNERCODETOKEN", "CAPTIONTOKEN", "TABLETOKEN", "MATHTOKEN",
                  "plantedkey", "Hidden target", "hiddendoc", "jupytext", "{", "`", "x^2"):
        assert token not in text, (token, text)
    assert "The body says hello and uses a shown term and a Plain term; the appendix explains it." in text
    assert "A list item without a full stop." in text  # each list item is a sentence
    assert cited_keys(PLANTED) == {"plantedkey", "otherkey", "thirdkey"}


def test_the_thresholds_can_fail():
    hard = ("Notwithstanding considerable interindividual heterogeneity, contemporary neurophysiological "
            "investigations characterise exercise-induced hypoalgesia as a multidimensional phenomenon. ")
    assert textstat.flesch_kincaid_grade(main_text(hard * 60)) > MAX_GRADE
    assert textstat.lexicon_count(main_text("Short text. " * 10)) < MIN_WORDS
