"""Sphinx extension: a reference list a reader can use, with a role screen readers still support.

1. Labels. pybtex's default "alpha" style labels each entry with a code such as ``[AHRR18]``,
   which a reader cannot match to the "(Agnew et al., 2018)" in the text. The style registered
   here (``BIBLIOGRAPHY_STYLE``, named in _config.yml ``bibtex_default_style``) labels entries as
   the text cites them: "Agnew et al., 2018", "Naugle and Riley, 2012", "Cohen, 1988", with a/b
   after the year when two entries would otherwise share a label. Entries stay sorted by
   author, year and title. An author list that references.bib could only give in part ("Anshel,
   M. H. and others", with its "Authors not verified" note) is written "M. H. Anshel et al.",
   not pybtex's "M. H. Anshel and others", and cited "Anshel et al., 1994" in the text
   (``EtAlAuthorYearReferenceStyle``, named in _config.yml ``bibtex_reference_style``), where
   sphinxcontrib-bibtex's own author-year style writes "Anshel and others, 1994". The in-text
   year carries the list's a/b too ("Smith et al., 2017a"), so a reader can tell which of two
   entries with the same authors and year is meant (sphinxcontrib-bibtex writes the bare year).
2. Roles. docutils writes each citation as ``<div role="doc-biblioentry">`` inside ``<div role="list">``.
ARIA 1.2 deprecates ``doc-biblioentry``, so assistive technology no longer counts those entries as
items of the list (axe-core reports "aria-required-children", a critical failure, on the
References page). This translator writes ``role="listitem"`` instead; everything else is docutils'
own output. The theme (pydata-sphinx-theme) mixes its own translator changes into this class.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from docutils import nodes
from pybtex.backends.plaintext import Backend as PlainTextBackend
from pybtex.database import Entry, Person
from pybtex.plugin import register_plugin
from pybtex.richtext import Tag, Text
from pybtex.style.formatting.unsrt import Style as UnsrtStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import FieldIsMissing, first_of, join, node, optional, sentence, tag
from pybtex.style.template import field as bib_field
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator
from sphinxcontrib.bibtex.plugin import register_plugin as register_reference_style
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle
from sphinxcontrib.bibtex.style.referencing.basic_author_year import (
    BasicAuthorYearParentheticalReferenceStyle,
    BasicAuthorYearTextualReferenceStyle,
)
from sphinxcontrib.bibtex.style.template import join as join_with_other  # pybtex's join takes no "other"
from sphinxcontrib.bibtex.style.template import join2, post_text, pre_text, reference
from sphinxcontrib.bibtex.style.template import year as bare_year

BIBLIOGRAPHY_STYLE = "eih_author_year"


# pybtex's plain-text backend, found once: Text.render_as("text") looks the backend up among the installed
# packages' entry points on every call (about 18 ms), and a label is needed for every in-text citation
# (over a thousand per build); that look-up took most of the build's writing phase.
PLAIN_TEXT = PlainTextBackend()


def _family_name(person: Person) -> str:
    """"van Oosterwijck", "Riley", or a corporate author's whole name, as plain text (no TeX)."""
    return Text.from_latex(" ".join(person.prelast_names + person.last_names)).render(PLAIN_TEXT)


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


def _named_persons(children, data, role: str) -> tuple[list[Person], bool]:
    """The persons an entry names in ``role``, and whether its list ended in "others" (cut short)."""
    if children:
        raise ValueError(children)
    try:
        persons = data["entry"].persons[role]
    except KeyError:
        raise FieldIsMissing(role, data["entry"]) from None
    cut_short = bool(persons) and _is_others(persons[-1])
    return (persons[:-1] if cut_short else persons), cut_short


@node
def names_et_al(children, context, role, **kwargs):
    """pybtex's ``names`` node, except that a trailing "others" reads "et al."."""
    shown, cut_short = _named_persons(children, context, role)
    style = context["style"]
    formatted = join(**kwargs)[[style.format_name(person, style.abbreviate_names) for person in shown]]
    text = formatted.format_data(context)
    return Text(text, " et al.") if cut_short else text


@node
def reference_names_et_al(children, data, role, sep=", ", sep2=" and ", last_sep=", and ", other=None):
    """sphinxcontrib-bibtex's in-text ``names`` node, except that a trailing "others" reads "et al."."""
    shown, cut_short = _named_persons(children, data, role)
    person_style = data["style"].person
    formatted = [person_style.style_plugin.format(person, person_style.abbreviate) for person in shown]
    if cut_short:  # "Anshel et al.": the first author, as for any list of three or more
        first = formatted[0].format_data(data)  # a name template, as sphinxcontrib-bibtex's join receives
        return Text(first, other if other is not None else Text(" ", Tag("em", "et al.")))
    return join_with_other(sep=sep, sep2=sep2, last_sep=last_sep, other=other)[formatted].format_data(data)


@dataclass
class EtAlPersonStyle(PersonStyle):
    def _separators(self, full: bool) -> dict:
        return {"sep": self.sep, "sep2": self.sep2, "last_sep": self.last_sep,
                "other": None if full else self.other}

    def names(self, role: str, full: bool):
        return reference_names_et_al(role=role, **self._separators(full))

    def author_or_editor_or_title(self, full: bool):
        """What an author-year citation names (the same fallbacks as sphinxcontrib-bibtex's own)."""
        separators = self._separators(full)
        return first_of[optional[reference_names_et_al("author", **separators)],
                        optional[reference_names_et_al("editor", **separators)],
                        tag("em")[bib_field("title")]]


@node
def year_as_listed(children, data):
    """The year as the reference list labels the entry: "2017a" when two entries share authors and year
    (``AuthorYearLabels`` adds the letter), else the plain year."""
    year = bare_year.format_data(data)
    label = data["formatted_entry"].label
    base = author_year_label(data["entry"])
    return Text(year, label[len(base):]) if label.startswith(base) else year


class ListedYearParentheticalStyle(BasicAuthorYearParentheticalReferenceStyle):
    def inner(self, role_name: str):  # sphinxcontrib-bibtex's template, with the listed year
        return join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[
            pre_text,
            reference[join_with_other(sep=self.author_year_sep)[
                self.person.author_or_editor_or_title(full="s" in role_name), year_as_listed]],
            post_text,
        ]


class ListedYearTextualStyle(BasicAuthorYearTextualReferenceStyle):
    def inner(self, role_name: str):  # sphinxcontrib-bibtex's template, with the listed year
        return join_with_other(sep=self.text_reference_sep)[
            self.person.author_or_editor_or_title(full="s" in role_name),
            join_with_other[
                self.bracket.left,
                join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[
                    pre_text, reference[year_as_listed], post_text],
                self.bracket.right,
            ],
        ]


# The book's roles ({cite:p}, {cite:t} and their variants) use these two of the group's styles.
_LISTED_YEAR_STYLES = {BasicAuthorYearParentheticalReferenceStyle: ListedYearParentheticalStyle,
                       BasicAuthorYearTextualReferenceStyle: ListedYearTextualStyle}


@dataclass
class EtAlAuthorYearReferenceStyle(AuthorYearReferenceStyle):
    person: PersonStyle = field(default_factory=EtAlPersonStyle)

    def __post_init__(self):
        super().__post_init__()
        self.styles = [_LISTED_YEAR_STYLES[type(style)](**vars(style)) if type(style) in _LISTED_YEAR_STYLES
                       else style for style in self.styles]
        # The group dispatches each role through role_style, which the parent filled from the old styles.
        self.role_style.update((role, style) for style in self.styles for role in style.role_names())


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
    register_reference_style("sphinxcontrib.bibtex.style.referencing", BIBLIOGRAPHY_STYLE,
                             EtAlAuthorYearReferenceStyle)
    app.set_translator("html", AccessibleCitationTranslator, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
