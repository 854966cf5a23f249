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
VEGA_BUNDLE_ENV = "EIH_VEGA_BUNDLE"  # widgets/live.py reads the bundle named here (see build_vega_bundle)
VEGA_BUNDLE = "vega-bundle.js"
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


def build_vega_bundle(path: Path) -> None:
    """The charts' inlined Vega bundle, built once for every kernel of this server (widgets/live.py reads
    it; a kernel that finds no file builds its own, so a failure here only costs time)."""
    log("building the charts' Vega bundle once for every kernel")
    code = "import sys; from pathlib import Path; from widgets.live import write_vega_bundle; " \
           "write_vega_bundle(Path(sys.argv[1]))"
    env = {k: v for k, v in os.environ.items() if k != VEGA_BUNDLE_ENV}
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env)
    if done.returncode != 0:
        log("could not build the Vega bundle; each kernel will build its own")


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
    # The "clinic" page template (no CDN links) is found through the Jupyter data path.
    data = str(CONFIG / "data")
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (data, env.get("JUPYTER_PATH", "")) if p)
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
    build_vega_bundle(runtime / VEGA_BUNDLE)
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
