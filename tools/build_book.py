"""Build the static site: vendor the JavaScript, then run Jupyter Book with warnings as errors.

``make book`` and the test suite both call this, so there is exactly one way the site is built.
Notebook execution is cached by Jupyter Book (``execute_notebooks: cache`` in _config.yml); a
rebuild after a prose-only change does not re-run any code.

Exit status is Jupyter Book's: non-zero on any warning or execution error.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from widgets.present import RENDER_TARGET_ENV as RENDER_TARGET_ENV_NAME
from widgets.present import STATIC_SITE

ROOT = Path(__file__).resolve().parent.parent

HTML = ROOT / "_build" / "html"

# Tells widgets/ to emit offline HTML embeds instead of live widgets (no kernel behind the page).
RENDER_TARGET_ENV = {RENDER_TARGET_ENV_NAME: STATIC_SITE}


EXECUTION_CACHE = ROOT / "_build" / ".jupyter_cache"
CODE_STAMP = ROOT / "_build" / ".widgets-code-hash"
STATIC_STAMP = ROOT / "_build" / ".static-files-hash"


def widgets_code_hash() -> str:
    """A hash of the package the chapters import (its code and data files). The bibliography is not
    in it: no chapter's code reads references.bib (citations are resolved by Sphinx when pages are
    written), so a corrected author list re-writes the pages (static_files_changed) without
    re-executing every chapter."""
    digest = hashlib.sha256()
    package = [p for p in (ROOT / "widgets").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(package):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def invalidate_cache_if_widgets_changed() -> bool:
    """Jupyter Book's cache keys on a notebook's own code only; a change in widgets/ would leave
    stale outputs (an old model's numbers) in the site. Drop the cache when widgets/ changed, and
    return True so that every page is re-read too (Sphinx only re-reads changed sources)."""
    current = widgets_code_hash()
    changed = not CODE_STAMP.exists() or CODE_STAMP.read_text() != current
    if changed and EXECUTION_CACHE.exists():
        print("[book] widgets/ changed since the last build: clearing the execution cache", flush=True)
        shutil.rmtree(EXECUTION_CACHE)
    CODE_STAMP.parent.mkdir(parents=True, exist_ok=True)
    CODE_STAMP.write_text(current)
    return changed


def static_files_changed() -> bool:
    """True when a file under _static/ or tools/sphinx_ext/, or the bibliography, changed since the last
    build. Sphinx copies static files only when some page is out of date, so an edit to
    _static/eih/charts.js alone would never reach the site, and a page citing a corrected entry would
    keep the old author list; a changed hash forces every page to be rewritten (the execution cache
    is kept)."""
    digest = hashlib.sha256()
    # The project's own Sphinx extensions and templates too: Sphinx re-reads a page when its source
    # or a config value changed, not when an extension's code did (a citation style, say).
    static = sorted(p for folder in ("_static", "tools/sphinx_ext") for p in (ROOT / folder).rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts)
    for path in static + [ROOT / "references.bib"]:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    current = digest.hexdigest()
    changed = not STATIC_STAMP.exists() or STATIC_STAMP.read_text() != current
    STATIC_STAMP.parent.mkdir(parents=True, exist_ok=True)
    STATIC_STAMP.write_text(current)
    return changed


def jupyter_book_command(source: Path, all_pages: bool = False) -> list[str]:
    """The one Jupyter Book invocation: HTML, warnings are errors, nitpicky, report every problem."""
    jb = Path(sys.executable).with_name("jupyter-book")
    return [str(jb), "build", str(source), "--builder", "html",
            "--warningiserror", "--nitpick", "--keep-going", *(["--all"] if all_pages else [])]


def main() -> int:
    started = time.monotonic()
    print("[book] vendoring JavaScript from npm (cached after the first run)", flush=True)
    subprocess.run([sys.executable, str(ROOT / "tools" / "vendor_js.py")], check=True, cwd=ROOT)
    widgets_changed = invalidate_cache_if_widgets_changed()
    static_changed = static_files_changed()
    print("[book] building with Jupyter Book: executing chapters (cached), warnings are errors", flush=True)
    result = subprocess.run(
        jupyter_book_command(ROOT, all_pages=widgets_changed or static_changed),
        cwd=ROOT,
        env={**os.environ, **RENDER_TARGET_ENV},
    )
    took = time.monotonic() - started
    if result.returncode == 0:
        print(f"[book] built {HTML.relative_to(ROOT)}/ in {took:.0f} s", flush=True)
    else:
        print(f"[book] FAILED after {took:.0f} s (exit {result.returncode}); see the messages above. "
              "Execution errors are also logged under _build/html/reports/.", flush=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
