"""The phone page's static files, served from a fixed allow-list read at start.

Only regular files directly in the web folder (assets/web/) are served: no
symlink, no sub folder, no dot file, no directory listing. A request names a
file; it is looked up in a dict of the files read when the app was built, so
no part of a request path ever reaches the file system (no traversal surface:
`..`, `%2e%2e`, `%252e%252e`, absolute paths are all just names not in the dict).
Every miss is the usual JSON sentence. Answers carry an ETag (a phone reloading
the page revalidates with a 304 instead of downloading again).
"""
from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from server.web.http_util import CSP, json_error

# The phone page's files: assets/web/ at the top of the project.
WEB_DIR = Path(__file__).resolve().parents[2] / "assets" / "web"
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8",
          ".json": "application/json; charset=utf-8", ".png": "image/png", ".ico": "image/x-icon"}
_MISSING = "There is no such file; the phone page is at /."


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    headers: dict[str, str]


def read_static_files(web_dir: Path) -> dict[str, StaticFile]:
    """name -> StaticFile for each regular, non-hidden file directly in `web_dir`."""
    files: dict[str, StaticFile] = {}
    for path in sorted(Path(web_dir).iterdir()):
        if path.name.startswith(".") or path.is_symlink() or not path.is_file():
            continue
        body = path.read_bytes()
        kind = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] \
            or "application/octet-stream"
        tag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        files[path.name] = StaticFile(body, {
            "Content-Type": kind, "ETag": tag, "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": CSP})
    return files


class StaticFiles:
    """The handler for GET /static/{name}."""

    def __init__(self, web_dir: Path):
        self.files = read_static_files(web_dir)

    async def serve(self, request: web.Request) -> web.Response:
        found = self.files.get(request.match_info.get("name", ""))
        if found is None:
            return json_error(404, _MISSING)
        if _matches(request.headers.get("If-None-Match"), found.headers["ETag"]):
            return web.Response(status=304, headers={"ETag": found.headers["ETag"],
                                                     "Cache-Control": "no-cache"})
        return web.Response(body=found.body, headers=found.headers)


def _matches(if_none_match: str | None, tag: str) -> bool:
    """If-None-Match names this version (weak or strong, or "*")."""
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return tag in tags or "*" in tags
