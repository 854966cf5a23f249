"""Build the static site: vendor the JavaScript, then run Jupyter Book with warnings as errors.

``make book`` and the test suite both call this, so there is exactly one way the site is built.
Notebook execution is cached by Jupyter Book (``execute_notebooks: cache`` in _config.yml); a
rebuild after a prose-only change does not re-run any code.

Exit status is Jupyter Book's: non-zero on any warning or execution error.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"

# Tells widgets/ to emit offline HTML embeds instead of live widgets (no kernel behind the page).
RENDER_TARGET_ENV = {"EIH_RENDER_TARGET": "static-site"}


def jupyter_book_command(source: Path) -> list[str]:
    """The one Jupyter Book invocation: HTML, warnings are errors, nitpicky, report every problem."""
    jb = Path(sys.executable).with_name("jupyter-book")
    return [str(jb), "build", str(source), "--builder", "html", "--warningiserror", "--nitpick", "--keep-going"]


def main() -> int:
    started = time.monotonic()
    print("[book] vendoring JavaScript from npm (cached after the first run)", flush=True)
    subprocess.run([sys.executable, str(ROOT / "tools" / "vendor_js.py")], check=True, cwd=ROOT)
    print("[book] building with Jupyter Book: executing chapters (cached), warnings are errors", flush=True)
    result = subprocess.run(
        jupyter_book_command(ROOT),
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
