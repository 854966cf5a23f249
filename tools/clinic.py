"""Start the clinic dashboards: one standalone Voila server for every notebook in dashboards/.

Standalone ``voila`` (not Jupyter server's Voila extension) because it refuses code sent from the
browser: a page can operate its widgets but cannot run anything else in its kernel. The settings
are in dashboards/jupyter_config/voila.py, each with its reason. This script adds what a config
file cannot: a private, temporary IPython directory and kernel connection folder (history off, and
removed when the server stops), and the rule that a server reachable from the network needs a token.

Run: ``python tools/clinic.py`` (``make clinic``), then open the printed addresses.
LAN: ``EIH_CLINIC_TOKEN=<secret> python tools/clinic.py --network``, behind a TLS reverse proxy.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASHBOARDS = ROOT / "dashboards"
CONFIG = DASHBOARDS / "jupyter_config"
VEGA_BUNDLE_ENV = "EIH_VEGA_BUNDLE"  # widgets/live.py reads the charts' module here (build_chart_module)
VEGA_BUNDLE = "chart-loader.js"
# The charts' real module (Altair's JupyterChart code with Vega inlined, about 900 kB), served by Voila as a
# static file of the "clinic" template from the private runtime folder (see build_chart_module).
TEMPLATE_STATIC = Path("data", "voila", "templates", "clinic", "static")
CHART_MODULE = "jupyter-chart.js"
# What each chart widget carries instead: import the template's clinic-charts.js (which imports the module)
# from this server, at the page's own base URL (a reverse proxy's prefix is kept). A blob: module, as
# anywidget loads this, has no base URL of its own, hence the URL built from the page's.
CHART_LOADER = """// The clinic server's chart module, loaded by URL (tools/clinic.py, build_chart_module).
const config = JSON.parse(document.getElementById("jupyter-config-data").textContent);
const url = new URL(config.baseUrl + "voila/templates/clinic/static/clinic-charts.js", document.baseURI);
export default (await import(url.href)).default;
"""
TOKEN_VARIABLE = "EIH_CLINIC_TOKEN"  # read and removed by dashboards/jupyter_config/voila.py
DEFAULT_PORT = 8866
# Voila logs this once a notebook's pool of preheated kernels has run the notebook.
POOL_FILLED = "Kernel pool of "


def log(message: str) -> None:
    print(f"[clinic] {message}", flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--network", action="store_true",
                        help="listen on every network interface (0.0.0.0); needs a token")
    parser.add_argument("--host", help="listen on this address instead; anything but loopback needs a token")
    parser.add_argument("--token", help=f"access token for network use; the {TOKEN_VARIABLE} environment "
                                        "variable is safer (a command line is visible to other local users)")
    parser.add_argument("--dashboards", type=Path, default=DASHBOARDS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: assume it is reachable from elsewhere


def notebooks(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.ipynb"))


def private_runtime() -> Path:
    """A fresh folder only this user can read, holding the kernels' IPython directory (a copy of
    the committed profile: IPython adds log/, pid/, security/ and startup/ folders to it, which
    must not land in the working tree) and their connection files (ports and signing keys)."""
    runtime = Path(tempfile.mkdtemp(prefix="eih-clinic-"))
    shutil.copytree(CONFIG / "ipython", runtime / "ipython")
    (runtime / "connections").mkdir()
    (runtime / "jupyter-runtime").mkdir()
    return runtime


def build_chart_module(runtime: Path) -> None:
    """Build the charts' JavaScript module once for every kernel of this server, and serve it as a file.

    Altair's offline JupyterChart carries its whole module (Vega inlined, about 900 kB) in every chart
    widget's state: the planner's page received 2.9 MB over its kernel websocket before its first chart
    and compiled the same module three times. Instead, the module is written to the clinic template's
    static folder in the private runtime, where Voila serves it (from this server: nothing leaves the
    host) beside the template's committed clinic-charts.js, which imports it and adds the dark colour
    mode. Kernels get a loader of a few lines (the file named by EIH_VEGA_BUNDLE, which widgets/live.py
    hands to Altair in place of the inlined module): the browser downloads and compiles the module once
    per page, the page preloads it (the template), and a repeat visit revalidates its cached copy. If the
    build fails, no loader is written and each kernel inlines the module itself (slower, still offline,
    light charts only).
    """
    log("building the charts' JavaScript module once for every kernel")
    static = runtime / TEMPLATE_STATIC
    static.mkdir(parents=True)
    # rfc3987_syntax marked absent, as in the kernels (jupyter_config/ipython): 3 s of import for nothing.
    code = "import sys; sys.modules.setdefault('rfc3987_syntax', None); from pathlib import Path; " \
           "from widgets.live import write_vega_bundle; write_vega_bundle(Path(sys.argv[1]))"
    env = {k: v for k, v in os.environ.items() if k != VEGA_BUNDLE_ENV}
    done = subprocess.run([sys.executable, "-c", code, str(static / CHART_MODULE)], cwd=ROOT, env=env)
    if done.returncode != 0:
        log("could not build the charts' module; each kernel will inline its own")
        return
    (runtime / VEGA_BUNDLE).write_text(CHART_LOADER, encoding="utf-8")


def voila_command(args: argparse.Namespace, host: str, runtime: Path) -> list[str]:
    return [
        sys.executable, "-m", "voila", str(args.dashboards),
        f"--Voila.config_file_paths={CONFIG}",  # only the committed settings, none from ~/.jupyter
        f"--Voila.ip={host}",
        f"--port={args.port}",
        f"--Voila.connection_dir_root={runtime / 'connections'}",
    ]


def voila_environment(runtime: Path, token: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env["IPYTHONDIR"] = str(runtime / "ipython")
    env[VEGA_BUNDLE_ENV] = str(runtime / VEGA_BUNDLE)
    env["JUPYTER_RUNTIME_DIR"] = str(runtime / "jupyter-runtime")
    # The "clinic" page template (no CDN links) is found through the Jupyter data path; the runtime's
    # data folder adds the template's generated static file (the charts' module, build_chart_module).
    data = (str(CONFIG / "data"), str(runtime / "data"), env.get("JUPYTER_PATH", ""))
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in data if p)
    env.pop(TOKEN_VARIABLE, None)
    if token:
        env[TOKEN_VARIABLE] = token
    return env


def wait_until_answering(url: str, server: subprocess.Popen, timeout_s: float = 120) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and server.poll() is None:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return True
        except urllib.error.HTTPError:
            return True  # 403 with a token: the server is up
        except OSError:
            time.sleep(0.2)
    return False


def relay_log(server: subprocess.Popen, pools: list[str]) -> None:
    """Pass Voila's log through, and say once every dashboard's preheated kernels have started."""
    waiting = set(pools)
    for line in server.stderr:
        sys.stderr.write(line)
        if waiting and POOL_FILLED in line:
            waiting = {name for name in waiting if f"{POOL_FILLED}{name} " not in line}
            if not waiting:
                log("preheated kernels started for every dashboard (each is running its notebook now)")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    host = args.host or ("0.0.0.0" if args.network else "127.0.0.1")
    token = args.token or os.environ.get(TOKEN_VARIABLE) or None
    if not is_loopback(host) and not token:
        log(f"refusing to listen on {host} without a token: anyone who can reach the port, and learns a "
            f"session's kernel id, could drive another clinician's dashboard. Set {TOKEN_VARIABLE} (for "
            "example to the output of `python -c 'import secrets; print(secrets.token_urlsafe(24))'`) "
            "or pass --token.")
        return 2
    names = notebooks(args.dashboards)
    if not names:
        log(f"no notebooks in {args.dashboards}")
        return 1

    runtime = private_runtime()
    build_chart_module(runtime)
    server = subprocess.Popen(voila_command(args, host, runtime), env=voila_environment(runtime, token),
                              cwd=ROOT, stderr=subprocess.PIPE, text=True, bufsize=1)
    relay = threading.Thread(target=relay_log, args=(server, names), daemon=True)
    relay.start()
    stop = lambda signum, frame: server.send_signal(signal.SIGTERM)  # noqa: E731 - a one-line handler
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        local = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        if not wait_until_answering(f"http://{local}:{args.port}/", server):
            log("Voila did not start (see its log above)")
            return 1
        shown = "<this machine's address>" if host in ("0.0.0.0", "::") else host
        suffix = "?token=<the token>" if token else ""
        for name in names:
            log(f"{name}: http://{shown}:{args.port}/voila/render/{name}{suffix}")
        if token:
            log("on a network, put a TLS reverse proxy (https) in front: the token and every profile "
                "typed travel in plain text over http")
        log("Ctrl-C stops the server")
        return server.wait()
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        relay.join(timeout=5)
        shutil.rmtree(runtime, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
