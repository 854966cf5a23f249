"""Sphinx extension: a reference list a reader can use, with a role screen readers still support.

1. Labels. pybtex's default "alpha" style labels each entry with a code such as ``[AHRR18]``,
   which a reader cannot match to the "(Agnew et al., 2018)" in the text. The style registered
   here (``BIBLIOGRAPHY_STYLE``, named in _config.yml ``bibtex_default_style``) labels entries as
   the text cites them: "Agnew et al., 2018", "Naugle and Riley, 2012", "Cohen, 1988", with a/b
   after the year when two entries would otherwise share a label. Entries stay sorted by
   author, year and title. An author list that references.bib could only give in part ("Anshel,
   M. H. and others", with its "Authors not verified" note) is written "M. H. Anshel et al.",
   not pybtex's "M. H. Anshel and others".
2. Roles. docutils writes each citation as ``<div role="doc-biblioentry">`` inside ``<div role="list">``.
ARIA 1.2 deprecates ``doc-biblioentry``, so assistive technology no longer counts those entries as
items of the list (axe-core reports "aria-required-children", a critical failure, on the
References page). This translator writes ``role="listitem"`` instead; everything else is docutils'
own output. The theme (pydata-sphinx-theme) mixes its own translator changes into this class.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from docutils import nodes
from pybtex.database import Entry, Person
from pybtex.plugin import register_plugin
from pybtex.richtext import Text
from pybtex.style.formatting.unsrt import Style as UnsrtStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import FieldIsMissing, join, node, sentence
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

BIBLIOGRAPHY_STYLE = "eih_author_year"


def _family_name(person: Person) -> str:
    """"van Oosterwijck", "Riley", or a corporate author's whole name, as plain text (no TeX)."""
    return Text.from_latex(" ".join(person.prelast_names + person.last_names)).render_as("text")


def _is_others(person: Person) -> bool:
    return person.last_names == ["others"] and not person.first_names


def author_year_label(entry: Entry) -> str:
    """The label an in-text citation would read: one, two, or the first author "et al.", and the year."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [_family_name(person) for person in people if not _is_others(person)]
    if not names:
        who = entry.fields.get("organization") or entry.fields.get("publisher") or "Anonymous"
    elif len(people) > len(names):  # "Anshel, M. H. and others": more authors than the entry names
        who = f"{names[0]} et al."
    elif len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}"
    else:
        who = f"{names[0]} et al."
    return f"{who}, {entry.fields.get('year', 'n.d.')}"


class AuthorYearLabels(BaseLabelStyle):
    def format_labels(self, sorted_entries: Iterable[Entry]) -> Iterator[str]:
        labels = [author_year_label(entry) for entry in sorted_entries]
        shared = Counter(labels)
        used: Counter[str] = Counter()
        for label in labels:
            if shared[label] > 1:  # "Koltyn et al., 2014a" and "...2014b", in sorted order
                used[label] += 1
                label = f"{label}{chr(ord('a') + used[label] - 1)}"
            yield label


@node
def names_et_al(children, context, role, **kwargs):
    """pybtex's ``names`` node, except that a trailing "others" reads "et al."."""
    if children:
        raise ValueError(children)
    try:
        persons = context["entry"].persons[role]
    except KeyError:
        raise FieldIsMissing(role, context["entry"]) from None
    style = context["style"]
    cut_short = bool(persons) and _is_others(persons[-1])
    shown = persons[:-1] if cut_short else persons
    formatted = join(**kwargs)[[style.format_name(person, style.abbreviate_names) for person in shown]]
    text = formatted.format_data(context)
    return Text(text, " et al.") if cut_short else text


class AuthorYearStyle(UnsrtStyle):
    default_sorting_style = "author_year_title"
    default_label_style = "eih_author_year"

    def format_names(self, role, as_sentence=True):
        formatted = names_et_al(role, sep=", ", sep2=" and ", last_sep=", and ")
        return sentence[formatted] if as_sentence else formatted


class AccessibleCitationTranslator(HTML5Translator):
    def visit_citation(self, node: nodes.citation) -> None:
        if not isinstance(node.previous_sibling(), type(node)):
            self.body.append('<div role="list" class="citation-list">\n')
        self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def setup(app: Sphinx) -> dict:
    register_plugin("pybtex.style.labels", BIBLIOGRAPHY_STYLE, AuthorYearLabels)
    register_plugin("pybtex.style.formatting", BIBLIOGRAPHY_STYLE, AuthorYearStyle)
    app.set_translator("html", AccessibleCitationTranslator, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
