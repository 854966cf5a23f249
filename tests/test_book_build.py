"""The book builds with warnings as errors, and every chapter in the table of contents is in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from tools.build_book import jupyter_book_command

ROOT = Path(__file__).resolve().parent.parent


def _toc_files(toc: dict) -> list[str]:
    files = [toc["root"]]
    for part in toc.get("parts", [{"chapters": toc.get("chapters", [])}]):
        for chapter in part["chapters"]:
            files.append(chapter["file"])
            files.extend(section["file"] for section in chapter.get("sections", []))
    return files


def test_every_toc_entry_was_built(built_site: Path):
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    missing = [f for f in _toc_files(toc) if not (built_site / f"{f}.html").exists()]
    assert not missing


def test_chapters_were_executed_not_just_copied(built_site: Path):
    # The intro's only code cell must have produced the chart embed (execution is on, errors fail).
    intro = (built_site / "book" / "intro.html").read_text()
    assert 'class="eih-chart"' in intro
    assert "Traceback" not in intro


NOTEBOOK_FRONT_MATTER = """---
jupytext:
  text_representation: {extension: .md, format_name: myst}
kernelspec: {display_name: Python 3, language: python, name: python3}
---
"""


def _tiny_book(tmp_path: Path, page: str) -> Path:
    """A one-page book with the project's own configuration."""
    shutil.copy(ROOT / "_config.yml", tmp_path / "_config.yml")
    shutil.copy(ROOT / "references.bib", tmp_path / "references.bib")
    shutil.copytree(ROOT / "tools" / "sphinx_ext", tmp_path / "tools" / "sphinx_ext")  # local_extensions
    (tmp_path / "_vendor_build" / "site").mkdir(parents=True)
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: page\n")
    (tmp_path / "page.md").write_text(page)
    return tmp_path


def test_the_build_command_turns_a_warning_into_a_failure(tmp_path: Path):
    book = _tiny_book(tmp_path, "# A page\n\nA claim {cite:p}`no-such-key-2099`.\n")
    result = subprocess.run(jupyter_book_command(book), cwd=book, capture_output=True, text=True)
    assert result.returncode != 0
    assert "no-such-key-2099" in result.stdout + result.stderr


def test_the_build_command_fails_when_a_cell_raises(tmp_path: Path):
    cell = "```{code-cell} ipython3\nraise RuntimeError('deliberate')\n```\n"
    page = NOTEBOOK_FRONT_MATTER + "# A page\n\n" + cell
    book = _tiny_book(tmp_path, page)
    result = subprocess.run(jupyter_book_command(book), cwd=book, capture_output=True, text=True)
    assert result.returncode != 0
    assert "Executing notebook failed" in result.stdout + result.stderr
