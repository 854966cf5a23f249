"""The clinic's Voila server, as `make clinic` starts it: offline, accessible, safe on a network.

One real launcher (tools/clinic.py) serves both dashboards for the whole run: the ``clinic`` fixture in
tests/conftest.py, shared with tests/test_clinic_browser.py. Its HOME and TMPDIR are fresh folders, so that
"a session writes no file" is checked where a kernel would write. Pages are driven in Debian's Chromium with
every request off 127.0.0.1 recorded and aborted. Timings are not asserted here
(benchmarks/bench_clinic.py measures them); the timeouts are only there to end a hang.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.site_pages import PageVisit, open_offline
from tests.voila_server import (
    CHART,
    LAUNCHER,
    PAGE_TIMEOUT_MS,
    RESULT,
    ROOT,
    Server,
    choose,
    execute_then_ask_kernel_info,
    file_state,
    free_port,
    http_status,
    kernel_id_of,
    open_dashboard,
    start_clinic,
    start_jupyter_server,
    websocket_refused,
)
from tools.vendor_js import axe_core_script

DASHBOARDS = ("clinic.ipynb", "explainer.ipynb")
# The system colour modes the dashboards follow (prefers-color-scheme; the clinic template and its chart
# module, dashboards/jupyter_config/data/voila/templates/clinic).
COLOUR_MODES = ("light", "dark")
# All of axe-core's rules, not only the WCAG tags the book uses: a clinic screen has no theme to blame.
RUN_AXE = """async () => {
  const result = await axe.run(document);
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       where: v.nodes.map(n => n.target.join(' '))}));
}"""
# The colours as drawn, as luminance from 0 (black) to 1 (white): the background behind the first chart
# (its nearest ancestor with an opaque background) and that chart's first axis label.
DRAWN_COLOURS = """() => {
  const luminance = colour => {
    const [r, g, b] = colour.match(/[0-9.]+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const opaque = colour => !colour.startsWith('rgba') || !/,\\s*0\\)$/.test(colour);
  let node = document.querySelector('.vega-embed');
  while (node && !opaque(getComputedStyle(node).backgroundColor)) node = node.parentElement;
  const label = document.querySelector('.vega-embed .role-axis-label text');
  return {background: node ? luminance(getComputedStyle(node).backgroundColor) : null,
          label: luminance(getComputedStyle(label).fill)};
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    return axe_core_script()


@pytest.fixture(scope="module")
def dashboard_pages(clinic, browser):
    """Dashboards opened once for this module and shared by its tests, by (notebook, colour mode): each
    open costs a kernel from the pool (and its refill). Returns a function giving (page, visit)."""
    opened = {}

    def page_of(notebook: str, colour_mode: str = "light"):
        if (notebook, colour_mode) not in opened:
            opened[(notebook, colour_mode)] = open_dashboard(
                browser, f"{clinic.server.base_url}/voila/render/{notebook}", colour_mode)
        _, page, visit = opened[(notebook, colour_mode)]
        return page, visit

    yield page_of
    for context, _, _ in opened.values():
        context.close()


def condition_options(page) -> list[str]:
    """The drop-down's option labels as shown (ipywidgets writes their spaces as no-break spaces)."""
    return page.get_by_label("Condition", exact=True).evaluate(
        "s => Array.from(s.options).map(o => o.textContent)")


@pytest.mark.browser
@pytest.mark.parametrize("colour_mode", COLOUR_MODES)
@pytest.mark.parametrize("notebook", DASHBOARDS)
def test_dashboard_draws_offline_in_its_colour_mode_without_errors_or_accessibility_violations(
        dashboard_pages, axe_source, notebook, colour_mode):
    """Each dashboard in the system's light and dark colour modes: page and charts drawn in that mode,
    nothing requested off the host, no console error, and no axe-core violation of any impact."""
    page, visit = dashboard_pages(notebook, colour_mode)
    colours = page.evaluate(DRAWN_COLOURS)
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(RUN_AXE)
    assert visit.outside_requests == [], "requests off 127.0.0.1 (blocked)"
    assert visit.console_errors == []
    assert violations == [], "\n".join(f"{v['id']} ({v['impact']}): {v['help']} at {v['where']}"
                                       for v in violations)
    if colour_mode == "dark":
        assert colours["background"] < 0.2 and colours["label"] > 0.8, colours
    else:
        assert colours["background"] > 0.9 and colours["label"] < 0.2, colours


@pytest.mark.browser
def test_notebook_list_is_offline_accessible_and_shows_only_the_dashboards(clinic, browser, axe_source):
    context = browser.new_context()
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    visit = PageVisit()
    page = open_offline(context, f"{clinic.server.base_url}/", visit)
    listed = sorted(a.strip() for a in page.locator("a").all_inner_texts() if a.strip())
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(RUN_AXE)
    context.close()
    assert visit.outside_requests == []
    assert visit.console_errors == []
    assert listed == sorted(DASHBOARDS), "the configuration folder must stay hidden from the list"
    assert violations == [], violations


@pytest.mark.parametrize("path", [
    "/voila/files/clinic.ipynb",  # the notebook's source
    "/voila/files/jupyter_config/voila.py",  # the server's settings
    "/voila/files/../README.md",  # out of the dashboards folder
    "/voila/files/%2e%2e/README.md",
    "/voila/files/../widgets/plan/__init__.py",
])
def test_server_serves_no_file_from_disk(clinic, path):
    status = http_status(clinic.server.base_url + path)
    assert status in (403, 404), f"{path} answered {status}"


def test_nothing_from_a_page_reaches_the_kernel_as_code(clinic, dashboard_pages, tmp_path):
    """A session's kernel websocket drops an execute_request: the file the code would write never appears,
    although the kernel answers a request sent after it (so the first was handled and dropped)."""
    marker = tmp_path / "executed"
    code = f"open({str(marker)!r}, 'w').write('ran')"
    page, _ = dashboard_pages("clinic.ipynb")
    kernel_id = kernel_id_of(page)
    ws_url = f"ws://127.0.0.1:{clinic.server.base_url.rsplit(':', 1)[1]}/api/kernels/{kernel_id}/channels"
    replies = execute_then_ask_kernel_info(ws_url, code)
    assert replies == ["kernel_info_reply"]
    assert not marker.exists()


@pytest.fixture(scope="module")
def binder_page(tmp_path_factory: pytest.TempPathFactory,
                browser) -> Iterator[tuple[Server, str, object, object]]:
    """`jupyter server` with Voila's extension over the whole checkout, as Binder runs it, and the planner
    opened there once at what `?urlpath=voila/render/dashboards/clinic.ipynb` opens: (server, token, page,
    visit)."""
    token = "binder-route-test-token"
    base = tmp_path_factory.mktemp("binder-route")
    server = start_jupyter_server(base / "jupyter.log", port=free_port(), token=token,
                                  env={"HOME": str(base), "IPYTHONDIR": str(base / "ipython")})
    context, page, visit = open_dashboard(browser, f"{server.base_url}/voila/render/dashboards/clinic.ipynb"
                                                   f"?token={token}")
    yield server, token, page, visit
    context.close()
    server.stop()


@pytest.mark.browser
def test_binder_route_draws_the_planner_offline(binder_page):
    """The planner on the Binder route draws its first chart with every request off 127.0.0.1 blocked
    (Vega comes from the kernel, not a CDN)."""
    _, _, page, visit = binder_page
    assert page.locator(CHART).count() >= 1
    # On this route Voila's stock template asks CDNs for its icon font and MathJax (Binder has the
    # internet); the chart must not need them, and nothing of Vega's may come from outside.
    assert not [url for url in visit.outside_requests if "vega" in url.lower()]
    assert {urlparse(url).hostname for url in visit.outside_requests} <= {"cdn.jsdelivr.net",
                                                                          "cdnjs.cloudflare.com"}


def test_the_same_execute_request_runs_on_the_binder_route(binder_page, tmp_path):
    """Control for the test above: the identical message runs where the browser may send code (the Jupyter
    server route Binder uses), which is why the clinic uses standalone Voila."""
    server, token, page, _ = binder_page
    marker = tmp_path / "executed"
    code = f"open({str(marker)!r}, 'w').write('ran')"
    kernel_id = kernel_id_of(page)
    ws_url = (f"ws://127.0.0.1:{server.base_url.rsplit(':', 1)[1]}/api/kernels/{kernel_id}/channels"
              f"?token={token}")
    replies = execute_then_ask_kernel_info(ws_url, code)
    assert replies == ["execute_reply", "kernel_info_reply"]
    assert marker.read_text() == "ran"


def test_network_mode_without_a_token_refuses_to_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "EIH_CLINIC_TOKEN"}
    port = free_port()
    result = subprocess.run([sys.executable, str(LAUNCHER), "--network", "--port", str(port)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "refusing" in result.stdout and "EIH_CLINIC_TOKEN" in result.stdout
    assert http_status(f"http://127.0.0.1:{port}/") is None, "nothing may listen"


@pytest.fixture(scope="module")
def network_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    """The launcher in --network mode with a token, over a one-widget dashboard (the token check is
    Voila's, the same for every notebook; a small one keeps the run short)."""
    base = tmp_path_factory.mktemp("network")
    folder = base / "dashboards"
    folder.mkdir()
    shutil.copy(ROOT / "dashboards" / "explainer.ipynb", folder / "explainer.ipynb")
    token = "network-mode-test-token-1d4f"
    args = ("--network", "--dashboards", str(folder))
    server = start_clinic(base / "clinic.log", port=free_port(), args=args,
                          env={"EIH_CLINIC_TOKEN": token, "HOME": str(base), "TMPDIR": str(base)})
    yield server, token
    server.stop()


def test_network_mode_refuses_page_and_websocket_without_the_token(network_server):
    server, token = network_server
    page = f"{server.base_url}/voila/render/explainer.ipynb"
    assert http_status(page) in (302, 403)
    served = urllib.request.urlopen(f"{page}?token={token}", timeout=120).read().decode()
    kernel_id = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">\s*(.*?)\s*'
                                     r'</script>', served, re.S).group(1))["kernelId"]
    ws_url = f"ws://127.0.0.1:{server.base_url.rsplit(':', 1)[1]}/api/kernels/{kernel_id}/channels"
    assert websocket_refused(ws_url)
    assert websocket_refused(ws_url, headers={"Authorization": "token wrong-token"})
    assert not websocket_refused(ws_url, headers={"Authorization": f"token {token}"})


def test_network_mode_keeps_the_token_out_of_kernels_and_the_log(network_server):
    server, token = network_server
    kernels = [p for p in Path("/proc").glob("[0-9]*") if b"ipykernel" in _read(p / "cmdline")]
    ours = [p for p in kernels if _environ(p).get("HOME") == str(Path(server.log).parent)]
    assert ours, "found none of this server's kernels"
    assert all("EIH_CLINIC_TOKEN" not in _environ(p) for p in ours)
    assert token not in server.log_text()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _environ(proc: Path) -> dict[str, str]:
    pairs = (item.split(b"=", 1) for item in _read(proc / "environ").split(b"\0") if b"=" in item)
    return {k.decode(errors="replace"): v.decode(errors="replace") for k, v in pairs}


def _is_kernel_connection_file(path: Path) -> bool:
    """Kernel connection files (ports and a signing key, no patient data) in the launcher's private
    runtime folder: each new kernel writes one and removes it at shutdown, and a session takes a kernel
    from the pool, which starts a new one."""
    return (path.parent.name.startswith("voila_") and path.parent.parent.name == "connections"
            and re.fullmatch(r"kernel-[0-9a-f-]+\.json", path.name) is not None)


@pytest.mark.browser
def test_a_session_writes_no_file(clinic, browser):
    """Drive the planner through several profiles, bad input included, and close it: no file in the
    working tree, the server's home or its temp folder is created, changed or removed."""
    server_kernels = [p for p in Path("/proc").glob("[0-9]*")
                      if b"ipykernel" in _read(p / "cmdline") and _environ(p).get("HOME") == str(clinic.home)]
    assert server_kernels, "the kernels must run with the HOME this test watches"
    assert all(_environ(p)["IPYTHONDIR"].startswith(str(clinic.tmp)) for p in server_kernels)
    folders = [ROOT, clinic.home, clinic.tmp]
    before = file_state(folders, _is_kernel_connection_file)
    context, page, visit = open_dashboard(browser, f"{clinic.server.base_url}/voila/render/clinic.ipynb")
    for condition in condition_options(page)[:3]:
        choose(page, "Condition", condition)
        for pain in ("11", "", "3"):
            choose(page, "Pain today (0-10)", pain)
            alert = page.locator("[role=alert]").filter(has_text="Pain today")
            if pain == "3":
                alert.wait_for(state="detached", timeout=PAGE_TIMEOUT_MS)
            else:
                alert.wait_for(timeout=PAGE_TIMEOUT_MS)
    page.close()
    context.close()
    after = file_state(folders, _is_kernel_connection_file)
    changed = sorted(set(before.items()) ^ set(after.items()))
    assert visit.console_errors == []
    assert changed == [], "\n".join(f"{path}: {state}" for path, state in changed[:40])


def expected_sentences(settings: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The result sentence the planner gives for each (condition label, minutes per session), computed
    here in Python by the same code the dashboard runs."""
    from widgets.controls.clinic import clinic_planner
    from widgets.plan import CONDITION_LABELS

    planner = clinic_planner()
    key_of = {label: key for key, label in CONDITION_LABELS.items()}
    expected = {}
    for condition, minutes in settings:
        planner.fields["condition"].widget.value = key_of[condition.replace("\xa0", " ")]
        planner.fields["minutes"].widget.value = minutes
        expected[(condition, minutes)] = html.unescape(re.sub(r"<[^>]+>", "", planner.sentence.value)).strip()
    return expected


@pytest.mark.browser
def test_eight_concurrent_sessions_each_see_their_own_results(clinic, browser):
    """Eight planners open at once, each set to its own condition and session length, five rounds: after
    every round each page shows the sentence for its own settings, with no error and none stalling."""
    sessions, rounds = 8, 5
    # All eight start at once, as a clinic's morning would (and their kernels start side by side).
    opened = [open_dashboard(browser, f"{clinic.server.base_url}/voila/render/clinic.ipynb")
              for _ in range(sessions)]
    conditions = condition_options(opened[0][1])
    plan = [[(conditions[(i + r) % len(conditions)], str(10 + 2 * i + r)) for i in range(sessions)]
            for r in range(rounds)]
    expected = expected_sentences([setting for round_ in plan for setting in round_])
    kernels = {kernel_id_of(page) for _, page, _ in opened}
    seen = []
    for round_ in plan:
        for (_, page, _), (condition, minutes) in zip(opened, round_, strict=True):
            choose(page, "Condition", condition)
            choose(page, "Minutes per session", minutes)
        for (_, page, _), setting in zip(opened, round_, strict=True):
            want = expected[setting]
            page.wait_for_function("([sel, want]) => document.querySelector(sel).innerText.trim() === want",
                                   arg=[RESULT, want], timeout=PAGE_TIMEOUT_MS)
            seen.append(page.locator(RESULT).inner_text().strip() == want)
        assert len({expected[setting] for setting in round_}) == sessions, "settings must tell sessions apart"
    errors = [error for _, _, visit in opened for error in visit.console_errors]
    alerts = [page.locator("[role=alert]").all_inner_texts() for _, page, _ in opened]
    for context, _, _ in opened:
        context.close()
    assert len(kernels) == sessions, "each session has its own kernel"
    assert all(seen) and len(seen) == sessions * rounds
    assert errors == []
    assert all(not any(text.strip() for text in texts) for texts in alerts)
