"""Helpers for the clinic server tests: start the real launcher (tools/clinic.py) or a Jupyter server with
Voila's extension (as Binder runs it), wait until it answers, stop it cleanly, and talk to a kernel over its
websocket the way a browser would.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "tools" / "clinic.py"
READY_LINE = "[clinic] preheated kernels started for every dashboard"
STARTUP_TIMEOUT_S = 240  # generous: preheating three kernels on 2 busy cores
CHART = ".vega-embed svg, .vega-embed canvas"  # a JupyterChart once Vega has drawn it
RESULT = "p.eih-result"  # a dashboard's one-sentence result (aria-live)
# Ends a hang (a page streams in while its kernel runs the notebook); never a speed check.
PAGE_TIMEOUT_MS = 120_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running server process, its address and the log it writes."""

    process: subprocess.Popen
    base_url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        """SIGTERM, as Ctrl-C or a service manager would, and wait for the kernels to go."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_for(condition, server: Server, what: str, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited ({server.process.returncode}) before {what}:\n"
                               f"{server.log_text()[-4000:]}")
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"no {what} after {timeout_s} s:\n{server.log_text()[-4000:]}")
        time.sleep(0.25)


def start_clinic(log: Path, *, port: int, args: tuple[str, ...] = (), env: dict[str, str] | None = None,
                 wait_for_pools: bool = True) -> Server:
    """Run ``tools/clinic.py`` as a user would; returns once it answers (and, by default, once every
    dashboard has its preheated kernels)."""
    handle = log.open("w")
    process = subprocess.Popen([sys.executable, str(LAUNCHER), "--port", str(port), *args], cwd=ROOT,
                               env={**os.environ, **(env or {})}, stdout=handle, stderr=subprocess.STDOUT,
                               start_new_session=True)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    marker = READY_LINE if wait_for_pools else "Ctrl-C stops the server"
    wait_for(lambda: marker in server.log_text(), server, "ready line")
    return server


def start_jupyter_server(log: Path, *, port: int, token: str, env: dict[str, str] | None = None) -> Server:
    """``jupyter server`` from this environment with Voila's server extension, as on Binder."""
    handle = log.open("w")
    command = [sys.executable, "-m", "jupyter_server", "--no-browser", "--allow-root", f"--port={port}",
               "--ip=127.0.0.1", f"--ServerApp.root_dir={ROOT}", "--ServerApp.port_retries=0"]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "JUPYTER_TOKEN": token, **(env or {})},
                               stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    wait_for(lambda: http_status(f"{server.base_url}/api/status?token={token}") == 200, server, "answer")
    return server


@dataclass
class ClinicRun:
    """The shared clinic server and the fresh HOME and TMPDIR it runs with."""

    server: Server
    home: Path
    tmp: Path


def run_clinic(tmp_path_factory) -> Iterator[ClinicRun]:
    """`tools/clinic.py` on a free port with HOME and TMPDIR fresh, empty folders (so that a test can
    see whatever a session writes there); stopped at the end, which must leave nothing behind."""
    base = tmp_path_factory.mktemp("clinic-server")
    home, tmp = base / "home", base / "tmp"
    home.mkdir()
    tmp.mkdir()
    server = start_clinic(base / "clinic.log", port=free_port(), env={"HOME": str(home), "TMPDIR": str(tmp)})
    yield ClinicRun(server, home, tmp)
    server.stop()
    assert server.process.returncode == 0, server.log_text()[-3000:]
    assert not list(tmp.glob("eih-clinic-*")), "the launcher left its private runtime folder behind"


def start_dashboard(browser, url: str, color_scheme: str = "light") -> tuple[object, object, object]:
    """A new browser context (in the system colour mode ``color_scheme``) navigating to ``url`` with every
    request off 127.0.0.1 blocked and recorded; returns (context, page, visit) as soon as the server answers
    (several sessions can start at once)."""
    from tests.site_pages import PageVisit, open_offline

    context = browser.new_context(color_scheme=color_scheme)
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    visit = PageVisit()
    page = open_offline(context, url, visit, wait_until="commit")
    return context, page, visit


def wait_until_drawn(page) -> None:
    """Until a dashboard's chart and result sentence are on the page."""
    page.wait_for_selector(CHART)
    page.wait_for_selector(RESULT)


def open_dashboard(browser, url: str, color_scheme: str = "light") -> tuple[object, object, object]:
    """``start_dashboard``, returning once a chart and the result sentence are drawn."""
    context, page, visit = start_dashboard(browser, url, color_scheme)
    wait_until_drawn(page)
    return context, page, visit


def choose(page, label: str, value: str) -> None:
    """Operate a control by its visible description: pick a drop-down's option, or type into a text field
    and press Enter (the dashboards' text fields send their value on Enter or leaving the field)."""
    control = page.get_by_label(label, exact=True)
    if control.evaluate("e => e.tagName") == "SELECT":
        control.select_option(label=value)
    else:
        control.fill(value)
        control.press("Enter")


def http_status(url: str, headers: dict[str, str] | None = None) -> int | None:
    """The HTTP status of a GET (redirects not followed), or None if nothing answers."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def kernel_id_of(page) -> str:
    """The kernel a Voila page runs on, from the page config Voila embeds in it."""
    return json.loads(page.locator("#jupyter-config-data").first.text_content())["kernelId"]


def message(msg_type: str, content: dict, session: str) -> str:
    """A Jupyter protocol message as the JSON text a browser sends on a kernel websocket."""
    header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session, "username": "",
              "date": "", "version": "5.3"}
    return json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content,
                       "channel": "shell", "buffers": []})


def execute_then_ask_kernel_info(ws_url: str, code: str, headers: dict[str, str] | None = None) -> list[str]:
    """Send ``code`` as an execute_request, then a kernel_info_request, over one websocket; return the
    types of the replies to our own messages, in order, until the kernel_info_reply.

    The kernel answers shell messages in the order it receives them, so once kernel_info_reply is
    back, an execute_request that reached the kernel has finished running (its execute_reply comes
    first): no waiting on a clock."""
    import websocket  # websocket-client: a plain synchronous client is enough here

    session = uuid.uuid4().hex
    ws = websocket.create_connection(ws_url, header=headers or {}, timeout=60)
    try:
        execute = message("execute_request", {"code": code, "silent": False, "store_history": False,
                                              "user_expressions": {}, "allow_stdin": False,
                                              "stop_on_error": True}, session)
        info = message("kernel_info_request", {}, session)
        ws.send(execute)
        ws.send(info)
        ours = {json.loads(text)["header"]["msg_id"] for text in (execute, info)}
        replies = []
        while True:
            reply = json.loads(ws.recv())
            if reply.get("channel") != "shell" or reply["parent_header"].get("msg_id") not in ours:
                continue  # iopub traffic, and the page's own widget messages
            replies.append(reply["header"]["msg_type"])
            if reply["header"]["msg_type"] == "kernel_info_reply":
                return replies
    finally:
        ws.close()


def websocket_refused(ws_url: str, headers: dict[str, str] | None = None) -> bool:
    """True if the server refuses to open the websocket (an HTTP error instead of the upgrade)."""
    import websocket

    try:
        ws = websocket.create_connection(ws_url, header=headers or {}, timeout=30)
    except websocket.WebSocketBadStatusException:
        return True
    ws.close()
    return False


def file_state(folders: list[Path], exclude) -> dict[str, tuple[int, int]]:
    """Every file under ``folders`` (recursively, symlinks not followed) -> (size, mtime in ns), except the
    paths ``exclude(path)`` accepts."""
    state = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                path = Path(dirpath, name)
                if exclude(path):
                    continue
                try:
                    info = path.lstat()
                except FileNotFoundError:
                    continue  # removed while walking
                state[str(path)] = (info.st_size, info.st_mtime_ns)
    return state
