"""Shared fixtures: one book build per test run, one local web server, one headless Chromium.

The build is the real one (tools/build_book.py, the same as `make book`); every browser test reads
that single build. Browser tests drive Debian's /usr/bin/chromium through Playwright's
``executable_path``; if Chromium or the build is missing the tests fail, they never skip.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_pages import serve_directory

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium from phoning home on a closed network (machines/python.md): without
# them it opens background connections that would show up as outside requests.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def built_site(request: pytest.FixtureRequest) -> Path:
    """Build the book once per run (warnings are errors) and return the HTML directory."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:  # a long silent pause reads as a hang; say what is happening
        reporter.write_line("\n[tests] building the book once for this run (first build executes every "
                            "chapter; log in _build/build.log)")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_book.py")],
        cwd=ROOT, capture_output=True, text=True,
    )
    log = ROOT / "_build" / "build.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
        pytest.fail(f"the book build failed (full log: {log}):\n{tail}", pytrace=False)
    return HTML


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 (a free port) for the whole run."""
    server, url = serve_directory(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian chromium is missing: run `make test`, which installs it"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def chapter(request: pytest.FixtureRequest, built_site: Path, site_url: str, browser):
    """The page named by the test module's ``PAGE``, opened once per module with outside requests
    blocked and its charts drawn: yields (page, visit)."""
    from tests.site_charts import open_chapter  # imports the browser helpers only where a page is opened

    context, page, visit = open_chapter(browser, site_url, request.module.PAGE)
    yield page, visit
    context.close()


@pytest.fixture(scope="session")
def clinic(tmp_path_factory: pytest.TempPathFactory):
    """The clinic's Voila server as `make clinic` starts it (tools/clinic.py), one per run, with a fresh
    HOME and TMPDIR: a tests.voila_server.ClinicRun (server, home, tmp)."""
    from tests.voila_server import run_clinic

    yield from run_clinic(tmp_path_factory)


# The full test command's duration is a budget (README, "Performance budgets"; 15 min on 2 cores). A
# plain `pytest` run (what `make test` runs) that passed records its wall time for `make bench`'s
# summary table; a run of chosen files or with -k would not say anything about the budget.
_SESSION_STARTED: list[float] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    import time

    _SESSION_STARTED.append(time.monotonic())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import time

    if exitstatus != 0 or session.config.invocation_params.args or not _SESSION_STARTED:
        return
    from benchmarks.budgets import record

    minutes = (time.monotonic() - _SESSION_STARTED[0]) / 60
    record("tests.full", minutes, f"{session.testscollected} tests, pytest session of `make test`")
