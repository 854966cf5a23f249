"""The parameter table: every number has a unit, a range holding it, evidence rows and a cited source."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from widgets import model
from widgets import parameters as par

ROOT = Path(__file__).resolve().parents[1]
ROW_ID = re.compile(r"^[A-IM]\d+$")
BIB_KEY = re.compile(r"^\s*@\w+\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)


def bib_keys() -> set[str]:
    return set(BIB_KEY.findall((ROOT / "references.bib").read_text(encoding="utf-8")))


@pytest.mark.parametrize("parameter", par.PARAMETERS, ids=lambda p: p.name)
def test_parameter_has_unit_range_rows_and_sources(parameter):
    assert parameter.unit.strip()
    assert parameter.low <= parameter.value <= parameter.high
    assert parameter.rows and all(ROW_ID.match(row) for row in parameter.rows), parameter.rows
    assert parameter.sources
    assert parameter.note.strip()


def test_every_source_key_is_in_references_bib():
    keys = bib_keys()
    missing = sorted({key for p in par.PARAMETERS for key in p.sources} - keys)
    assert not missing, f"keys not in references.bib: {missing}"


def test_parameter_names_are_unique_and_lookups_resolve():
    names = [p.name for p in par.PARAMETERS]
    assert len(names) == len(set(names))
    for population in par.POPULATIONS:
        for modality in par.MODALITIES:
            par.lookup("gain", population, modality)
        for kind in ("individual_sd", "flare.peak", "cpm_gain", "resting.threshold", "resting.cpm"):
            par.lookup(kind, population)
        for stimulus in par.STIMULI:
            par.lookup("habituation_factor", population, stimulus)
    with pytest.raises(KeyError):
        par.lookup("no_such_kind", "healthy")


def test_only_clinical_populations_get_clinical_pain_relief_from_a_programme():
    bout = model.Bout("aerobic", 70, 30)
    for population in par.POPULATIONS:
        relief = model.program(bout, 3, 12, population).pain_relief[-1]
        if population in par.CLINICAL_PAIN_POPULATIONS:
            assert relief != 0, population
        else:
            assert relief == 0, population


def test_flare_kernel_time_constants_are_ordered():
    assert par.value("flare.rise_time") < par.value("flare.decay_time")


def test_input_ranges_and_choices_cover_every_argument():
    assert set(par.CHOICES) == {"population", "modality", "measure", "site", "stimulus"}
    for name, limits in par.INPUT_RANGES.items():
        assert limits.low < limits.high, name
        assert str(int(limits.low)) in limits.describe() and limits.unit in limits.describe()
    assert par.POPULATIONS == (
        "healthy", "older_adult", "athlete", "chronic_low_back_pain",
        "knee_osteoarthritis", "fibromyalgia", "me_cfs", "whiplash",
    )  # fmt: skip


def test_table_markdown_lists_every_parameter_with_a_cite_role():
    table = par.table_markdown()
    for parameter in par.PARAMETERS:
        row = next(line for line in table.splitlines() if line.startswith(f"| `{parameter.name}` |"))
        assert "{cite:p}`" + ",".join(parameter.sources) + "`" in row
        assert ", ".join(parameter.rows) in row
    assert table.count("|---|---|---|---|---|---|") == len({p.section for p in par.PARAMETERS})


def test_model_code_has_no_bare_numbers():
    """Every number lives in widgets/parameters.py; model code may only use 0, 1, 2 and unit conversions.

    Default argument values (the API's documented defaults, e.g. 3 sessions for 12 weeks) are allowed.
    """
    allowed = {0, 1, 2, 7, 24, 60, 100}
    for path in (ROOT / "widgets" / "model").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defaults = {
            id(default)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            for default in [*node.args.defaults, *node.args.kw_defaults]
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and type(node.value) in (int, float)
                and id(node) not in defaults
            ):
                assert node.value in allowed, f"{path.name}:{node.lineno} uses {node.value!r}"


def test_project_never_reads_the_shared_folder():
    """The literature notes the project was started from live outside the repository; users do not
    have them, so no code, chapter or test may point there (the numbers live in widgets/parameters.py)."""
    # Built here so that this file does not name the folder literally.
    outside = ((Path("..") / "shared").as_posix(), (Path("/work") / "shared").as_posix())
    files = [*(ROOT / "widgets").rglob("*.py"), *(ROOT / "tools").rglob("*.py"),
             *(ROOT / "tests").glob("*.py"), *(ROOT / "book").rglob("*.md")]
    offenders = [p for p in files if any(marker in p.read_text(encoding="utf-8") for marker in outside)]
    assert not offenders


def test_evidence_source_names_whose_value_lookup_uses():
    """Result sentences say "no study measured this group" from this, so it must follow lookup's order."""
    assert par.evidence_source("il6.response", "athlete") == "athlete"  # its own row (G9)
    assert par.evidence_source("il6.response", "fibromyalgia") == "default"  # no row: healthy adults'
    assert par.evidence_source("cpm_gain", "whiplash") == "chronic_pain"  # the pooled group value (F1)
    heat = par.lookup_name("habituation_factor", "fibromyalgia", "heat")
    assert heat == "habituation_factor.fibromyalgia.heat"
    for population in par.POPULATIONS:
        for kind in ("il6.response", "cpm_gain", "gain", "flare.peak"):
            assert par.lookup(kind, population) == par.value(par.lookup_name(kind, population))
