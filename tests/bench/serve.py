"""The built site on 127.0.0.1, with the site URL the pages were built for, and Debian's Chromium."""
import contextlib
import functools
import gzip
import http.server
import threading
from pathlib import Path

from .common import build

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _GzipHandler(_QuietHandler):
    """Text files gzipped when the client accepts it, as GitHub Pages and most static hosts serve them."""
    TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if not (path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(self.TYPES)):
            return super().do_GET()
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@functools.lru_cache(maxsize=None)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6)


@contextlib.contextmanager
def served_site(project: Path, out: Path, compress: bool = True):
    """Build `project` into `out` for the server's own address (canonical URLs and sitemap point at it) and serve it.

    Yields the base URL, ending with a slash. A threaded static server; `compress` gzips text responses."""
    out.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_GzipHandler if compress else _QuietHandler, directory=str(out))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    build(project, out, extra_env={"SITE_URL": base})
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
