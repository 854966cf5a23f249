"""Helpers for tests that look at the built site: which pages exist, and opening one offline."""

from __future__ import annotations

import http.server
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from tools.serve import make_server


def content_pages(html_dir: Path) -> list[str]:
    """Site-relative paths of every built HTML page a reader can reach (search and index included),
    excluding redirects and the vendored packages' own files."""
    pages = []
    for path in sorted(html_dir.rglob("*.html")):
        rel = path.relative_to(html_dir).as_posix()
        if rel.startswith(("_static/", "eih-vendor/", "_sources/")):
            continue
        if 'http-equiv="Refresh"' in path.read_text(errors="replace")[:500]:
            continue  # index.html is a redirect to the first chapter
        pages.append(rel)
    return pages


@dataclass
class PageVisit:
    """What happened while a page was open: requests blocked for leaving the host, console errors."""

    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def open_offline(context, url: str, visit: PageVisit, wait_until: str = "load"):
    """Open ``url`` in a new page where every request not to 127.0.0.1 is recorded and aborted
    (returning at Playwright's ``wait_until`` event: "commit" to open several pages at once)."""

    def guard(route, request):
        host = urlparse(request.url).hostname
        if request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            visit.outside_requests.append(request.url)
            route.abort()

    page = context.new_page()
    page.route("**/*", guard)
    page.on("console", lambda msg: visit.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: visit.console_errors.append(f"uncaught: {exc}"))
    page.goto(url, wait_until=wait_until)
    return page


def serve_directory(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) in a background thread; returns (server, base URL).

    The same server code as `make serve` (tools/serve.py: threaded, gzip for text files), so the
    browser tests and benchmarks see the site as readers get it."""
    server = make_server(directory, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
