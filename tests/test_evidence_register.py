"""The evidence register (widgets/evidence.py): every row id the project uses can be looked up there.

The parameter table, the published pooled effects and the model tests name evidence rows (A1, B15, C14, ...).
These tests check that each of those ids is in the register, that the register's sources are real
bibliography keys, and that each parameter cites only papers behind the rows it names.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from widgets import evidence as ev
from widgets import parameters as par
from widgets import published

ROOT = Path(__file__).resolve().parents[1]
ROW_ID = re.compile(r"^[A-IM]\d{1,2}$")
BIB_KEY = re.compile(r"^\s*@\w+\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)

# Row ids inside test function names, e.g. ``test_C2_A4_high_intensity...``: the name is split on "_" and
# only whole parts that look like a row id are kept (so ``il6`` or ``x2`` never count).
NAME_PART = re.compile(r"^[A-IM]\d{1,2}$")
# Row ids inside docstrings, e.g. "A4, C3: ...", "(C14)", "B15 CI", "see B2". An id must stand alone: not
# preceded by a letter, digit, "-", "." or "/" (so "IL-6", "VO2max", "1RM", "H2O"-like tokens, "p < 0.05" and
# units are skipped) and followed by a space, punctuation that ends a citation (, : ; ) . ') or the end.
DOC_ID = re.compile(r"(?<![\w\-./])([A-IM]\d{1,2})(?=[\s,:;)'.]|$)")

# Parameters whose ``sources`` name a paper that is not behind any of their ``rows`` in the register.
# The lead fixes these in widgets/parameters.py and then removes them from this set; keep it empty.
KNOWN_MISMATCHES: frozenset[str] = frozenset()


def bib_keys() -> set[str]:
    return set(BIB_KEY.findall((ROOT / "references.bib").read_text(encoding="utf-8")))


def model_test_row_ids() -> dict[str, set[str]]:
    """Row ids cited in the model tests' names and docstrings, by file name."""
    found: dict[str, set[str]] = {}
    paths = [*(ROOT / "tests").glob("test_model_*.py"), *(ROOT / "tests").glob("test_validation_*.py")]
    for path in sorted(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ids: set[str] = set()
        nodes = [tree, *ast.walk(tree)]
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                ids |= {part for part in node.name.split("_") if NAME_PART.match(part)}
            if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                ids |= set(DOC_ID.findall(ast.get_docstring(node) or ""))
        found[path.name] = ids
    return found


def test_ids_are_unique_well_formed_and_in_order():
    ids = [row.id for row in ev.EVIDENCE_ROWS]
    assert len(ids) == len(set(ids)) == len(ev.BY_ID)
    assert all(ROW_ID.match(i) for i in ids), [i for i in ids if not ROW_ID.match(i)]
    letters = "ABCDEFGHIM"
    assert [letters.index(i[0]) for i in ids] == sorted(letters.index(i[0]) for i in ids)
    # Numbers rise within a letter. Gaps are allowed: rows added in parallel took separate number ranges
    # (held-out findings from 40 up), and an id, once cited, never changes.
    for letter in letters:
        numbers = [int(i[1:]) for i in ids if i[0] == letter]
        assert numbers == sorted(set(numbers)) and numbers[:1] == [1], (letter, numbers)


def test_each_letter_is_one_topic_and_topics_are_known():
    topic_of: dict[str, set[str]] = {}
    for row in ev.EVIDENCE_ROWS:
        assert row.topic in ev.TOPICS, row
        topic_of.setdefault(row.id[0], set()).add(row.topic)
    assert all(len(topics) == 1 for topics in topic_of.values()), topic_of
    assert len(topic_of) == len(ev.TOPICS)


@pytest.mark.parametrize("row", ev.EVIDENCE_ROWS, ids=lambda r: r.id)
def test_row_text_is_filled_in(row):
    assert row.finding.strip() and row.population.strip()
    if row.verified:
        assert row.numbers.strip(), row.id
    assert isinstance(row.sources, tuple)


def test_every_source_key_is_in_references_bib():
    missing = sorted({key for row in ev.EVIDENCE_ROWS for key in row.sources} - bib_keys())
    assert not missing, f"keys not in references.bib: {missing}"


def test_parameter_rows_are_in_the_register():
    missing = sorted({(p.name, r) for p in par.PARAMETERS for r in p.rows if r not in ev.BY_ID})
    assert not missing, missing


def test_published_effect_rows_are_in_the_register():
    missing = sorted({p.row for p in published.POOLED_EFFECTS} - set(ev.BY_ID))
    assert not missing, missing


def test_model_test_rows_are_in_the_register():
    found = model_test_row_ids()
    assert sum(len(ids) for ids in found.values()) >= 30, found  # the scan really found the citations
    missing = {name: sorted(ids - set(ev.BY_ID)) for name, ids in found.items() if ids - set(ev.BY_ID)}
    assert not missing, missing


def test_the_docstring_pattern_takes_row_ids_only():
    text = "A4, C3: larger (C14); IL-6 at 75% VO2max, 3 x 10 at 75% 1RM; see B2. F14/F15 H2O"
    assert DOC_ID.findall(text) == ["A4", "C3", "C14", "B2"]


@pytest.mark.parametrize("parameter", par.PARAMETERS, ids=lambda p: p.name)
def test_parameter_sources_come_from_its_rows(parameter):
    """A parameter may cite only papers behind the evidence rows it names (cross-checks parameters.py)."""
    allowed = {key for r in parameter.rows if r in ev.BY_ID for key in ev.BY_ID[r].sources}
    extra = sorted(set(parameter.sources) - allowed)
    if parameter.name in KNOWN_MISMATCHES:
        assert extra, f"{parameter.name} is fixed: remove it from KNOWN_MISMATCHES"
    else:
        assert not extra, f"{parameter.name} cites {extra}, which are not behind rows {parameter.rows}"


def test_no_parameter_rests_on_an_unverified_row():
    unverified = {row.id for row in ev.unverified_rows()}
    used = sorted({(p.name, r) for p in par.PARAMETERS for r in p.rows if r in unverified})
    assert not used, used
    assert unverified, "the register marks the recalled rows as not verified"


def test_register_markdown_has_a_heading_per_topic_and_a_line_per_row():
    text = ev.register_markdown()
    lines = text.splitlines()
    for topic in ev.TOPICS:
        assert lines.count(f"## {topic}") == 1, topic
    assert not any(line.startswith("# ") for line in lines)  # the page title is the only level-1 heading
    for row in ev.EVIDENCE_ROWS:
        matching = [line for line in lines if line.startswith(f"| **{row.id}**")]
        assert len(matching) == 1, row.id
        assert ("(not verified)" in matching[0]) is not row.verified
        # five cells per row: pipes inside the text are escaped
        assert len(re.findall(r"(?<!\\)\|", matching[0])) == 6, matching[0]
        if row.sources:
            assert "{cite:p}`" + ",".join(row.sources) + "`" in matching[0]
        else:
            assert "no bibliography entry" in matching[0]



def test_register_file_schema():
    """The register is data (widgets/data/evidence.csv): fixed columns, every cell filled but ``sources``."""
    import csv

    with ev.DATA_FILE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["id", "topic", "finding", "numbers", "population", "sources", "verified"]
        records = list(reader)
    assert len(records) == len(ev.EVIDENCE_ROWS)
    for record in records:
        assert record["verified"] in ("yes", "no"), record["id"]
        assert all(record[k].strip() for k in ("id", "topic", "finding", "numbers", "population")), record
