"""tools/serve.py, the server `make serve` runs and the browser tests use: gzip for text files to a
client that asks for it, the file unchanged otherwise, and what a plain static server does besides
(If-Modified-Since, index pages, 404s). Its effect on the built site is tested in test_site_weight.py."""

from __future__ import annotations

import gzip
import os
import threading
import urllib.error
import urllib.request
from email.utils import formatdate

import pytest

from tools.serve import accepts_gzip, make_server

CSS = b"body { color: #222; }\n" * 400  # repetitive, so gzip makes it much smaller
FONT = bytes(range(256)) * 40


@pytest.fixture()
def served(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>home</title>")
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "theme.css").write_bytes(CSS)
    (tmp_path / "icons.woff2").write_bytes(FONT)
    server = make_server(tmp_path, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetch(url: str, **headers: str):
    """(status, headers, body as sent) without urllib decoding anything."""
    request = urllib.request.Request(url, headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_text_goes_out_compressed_to_a_client_that_accepts_gzip(served):
    _, base = served
    status, headers, body = fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip, deflate, br")
    assert status == 200
    assert headers["Content-Encoding"] == "gzip" and headers["Vary"] == "Accept-Encoding"
    assert int(headers["Content-Length"]) == len(body) < len(CSS) / 10
    assert gzip.decompress(body) == CSS
    assert headers["Content-Type"] == "text/css"


def test_a_client_without_gzip_gets_the_file_as_it_is(served):
    _, base = served
    for accept in ({}, {"Accept_Encoding": "identity"}, {"Accept_Encoding": "gzip;q=0, br"}):
        status, headers, body = fetch(f"{base}/styles/theme.css", **accept)
        assert (status, body, headers["Content-Encoding"]) == (200, CSS, None), accept


def test_fonts_and_images_are_sent_unchanged(served):
    _, base = served
    status, headers, body = fetch(f"{base}/icons.woff2", Accept_Encoding="gzip")
    assert (status, body, headers["Content-Encoding"]) == (200, FONT, None)


def test_a_rebuilt_file_is_served_new(served):
    root, base = served
    fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip")  # now in the server's memory
    css = root / "styles" / "theme.css"
    css.write_bytes(b"p { margin: 0; }\n" * 300)
    os.utime(css, ns=(css.stat().st_atime_ns, css.stat().st_mtime_ns + 2_000_000_000))
    _, _, body = fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip")
    assert gzip.decompress(body) == b"p { margin: 0; }\n" * 300


def test_if_modified_since_an_unchanged_file_answers_not_modified(served):
    root, base = served
    later = formatdate((root / "styles" / "theme.css").stat().st_mtime + 60, usegmt=True)
    earlier = formatdate((root / "styles" / "theme.css").stat().st_mtime - 60, usegmt=True)
    assert fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip", If_Modified_Since=later)[0] == 304
    status, _, body = fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip", If_Modified_Since=earlier)
    assert status == 200 and gzip.decompress(body) == CSS


def test_directories_index_pages_and_missing_files_as_a_static_server(served):
    _, base = served
    status, _, body = fetch(f"{base}/", Accept_Encoding="gzip")
    assert status == 200 and b"<title>home</title>" in gzip.decompress(body)
    assert fetch(f"{base}/missing.js", Accept_Encoding="gzip")[0] == 404
    assert fetch(f"{base}/../../etc/passwd", Accept_Encoding="gzip")[0] == 404


def test_many_clients_at_once_each_get_the_whole_file(served):
    """A page asks for a dozen files at once; every thread gets the same, complete body."""
    _, base = served
    bodies: list[bytes] = []
    threads = [threading.Thread(target=lambda: bodies.append(
        fetch(f"{base}/styles/theme.css", Accept_Encoding="gzip")[2])) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(bodies) == 12 and all(gzip.decompress(body) == CSS for body in bodies)


@pytest.mark.parametrize(("header", "accepted"), [
    ("gzip, deflate, br, zstd", True), ("br;q=1.0, gzip;q=0.8", True), ("GZIP", True),
    ("x-gzip", True), ("gzip;q=0", False), ("gzip;q=0.0", False), ("deflate, br", False), ("", False),
    (None, False),
])
def test_accept_encoding_is_read_as_browsers_write_it(header, accepted):
    assert accepts_gzip(header) is accepted
