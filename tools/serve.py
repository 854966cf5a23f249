"""Serve the built site: Python's own static file server, plus gzip for text files.

``make serve`` runs this, and the browser tests and ``benchmarks/bench_site.py`` serve the site
with the same code (``tests/site_pages.py`` calls :func:`make_server`), so what they measure is
what a reader gets.

Why not ``python -m http.server``: it sends every file as it lies on disk, and the first page a
reader opens needs Vega's three bundles (820 kB) and the theme's stylesheet (400 kB), which shrink
to about a third and a sixth with gzip. Every browser accepts gzip; a client that does not ask for
it gets the file unchanged. Only the standard library is used, so serving needs nothing installed.

Files are compressed when first asked for and kept in memory (keyed by path, size and modification
time, so a rebuild is picked up), not written next to the build: ``_build/html`` stays exactly what
Sphinx wrote. Compressing the largest bundle takes a few tens of milliseconds, once per server.

Run: ``python tools/serve.py [--directory _build/html] [--bind 127.0.0.1] [--port 8000] [--quiet]``
"""

from __future__ import annotations

import argparse
import datetime
import email.utils
import functools
import gzip
import http.server
import io
import os
import sys
import threading
from collections import OrderedDict
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRECTORY = ROOT / "_build" / "html"
DEFAULT_HOST = "127.0.0.1"  # this machine only; --bind another address to share on a network
DEFAULT_PORT = 8000

# Text formats worth compressing. Images and web fonts (woff, woff2, png) are compressed already.
COMPRESSIBLE_SUFFIXES = frozenset({
    ".html", ".htm", ".css", ".js", ".mjs", ".json", ".map", ".svg", ".txt", ".xml", ".ttf", ".otf",
    ".eot", ".inv", ".ipynb", ".md", ".csv",
})
# Level 6 (gzip's default): level 9 saves under 0.3% on the Vega bundles and takes twice as long.
GZIP_LEVEL = 6
# The whole site compressed is about 15 MB; the cap only matters for a much larger directory.
CACHE_LIMIT_BYTES = 64 * 1024 * 1024


class CompressedFiles:
    """gzip bodies of files, kept in memory, least recently used dropped first. Thread-safe: the
    server answers each connection on its own thread."""

    def __init__(self, limit_bytes: int = CACHE_LIMIT_BYTES) -> None:
        self._limit = limit_bytes
        self._bodies: OrderedDict[tuple[str, int, int], bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, path: str, stat: os.stat_result) -> bytes:
        key = (path, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if key in self._bodies:
                self._bodies.move_to_end(key)
                return self._bodies[key]
        # Compressed outside the lock, so one large file does not hold up every other request.
        with open(path, "rb") as file:
            body = gzip.compress(file.read(), compresslevel=GZIP_LEVEL, mtime=0)
        with self._lock:
            if key not in self._bodies:
                self._bodies[key] = body
                self._size += len(body)
            while self._size > self._limit and len(self._bodies) > 1:
                _, dropped = self._bodies.popitem(last=False)
                self._size -= len(dropped)
        return body


def accepts_gzip(accept_encoding: str | None) -> bool:
    """True when an Accept-Encoding header allows gzip (``gzip;q=0`` refuses it)."""
    for item in (accept_encoding or "").split(","):
        name, *params = (part.strip() for part in item.split(";"))
        if name.lower() not in ("gzip", "x-gzip"):
            continue
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler (directory listings, index.html, If-Modified-Since), but text files
    go out gzip-compressed to clients that accept it."""

    compressed: CompressedFiles  # one per server, set by make_server
    quiet = False
    # Headers and body go out as separate writes; Nagle's algorithm would hold the second one back
    # until the browser acknowledged the first (tens of milliseconds with delayed ACKs).
    disable_nagle_algorithm = True
    # HTTP/1.0 (the stdlib's default): one request per connection, the end of a body marked by closing
    # it. HTTP/1.1 keep-alive made no measurable difference on localhost, and a file rewritten by a
    # rebuild while being sent would leave a browser waiting for bytes that never come.

    def send_head(self):  # noqa: ANN201 - the stdlib's signature (a file object or None)
        path = self.translate_path(self.path)
        if os.path.isdir(path) and path.endswith("/"):  # "/book/" is its index.html, as in the stdlib
            path = os.path.join(path, "index.html")
        if (not accepts_gzip(self.headers.get("Accept-Encoding"))
                or os.path.splitext(path)[1].lower() not in COMPRESSIBLE_SUFFIXES
                or path.endswith("/") or not os.path.isfile(path)):
            return super().send_head()  # directories, errors, images and fonts: unchanged
        try:
            stat = os.stat(path)
            body = None if self._not_modified_since(stat.st_mtime) else self.compressed.get(path, stat)
        except OSError:  # removed since the check above (a rebuild): answer as the stdlib would
            return super().send_head()
        if body is None:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
        # Caches must keep the compressed and the plain copy apart.
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def _not_modified_since(self, mtime: float) -> bool:
        """The same If-Modified-Since rule as SimpleHTTPRequestHandler.send_head."""
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=datetime.UTC)
        modified = datetime.datetime.fromtimestamp(mtime, datetime.UTC).replace(microsecond=0)
        return modified <= since

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if not self.quiet:
            super().log_message(format, *args)


class SiteServer(http.server.ThreadingHTTPServer):
    """One thread per connection (a page asks for a dozen files at once); daemon threads, so an
    open connection never holds up shutdown."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - socketserver's signature
        # A browser that closes a page mid-download (tests do, constantly) is not a server error;
        # anything else still prints its traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(directory: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                quiet: bool = False) -> SiteServer:
    """A server for ``directory`` on ``host``:``port`` (port 0: a free one, see server_address)."""
    handler_class = type("BoundSiteRequestHandler", (SiteRequestHandler,),
                         {"compressed": CompressedFiles(), "quiet": quiet})
    return SiteServer((host, port), functools.partial(handler_class, directory=str(directory)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, default=DEFAULT_DIRECTORY)
    parser.add_argument("--bind", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    if not (args.directory / "index.html").is_file():
        print(f"[serve] no built site in {args.directory}: run `make book` first", file=sys.stderr)
        return 1
    server = make_server(args.directory, args.bind, args.port, args.quiet)
    host, port = server.server_address[:2]
    print(f"[serve] {args.directory} at http://{host}:{port}/ with gzip (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
