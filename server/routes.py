"""Which URL goes to which handler. Must not import PySide6."""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

from . import views_control, views_phone

WEB_DIR = Path(__file__).resolve().parent.parent / "assets" / "web"


def setup_routes(app: web.Application, web_dir: Path = WEB_DIR) -> None:
    app.router.add_get("/", views_phone.page)
    app.router.add_get("/healthz", views_phone.healthz)
    app.router.add_get("/api/state", views_phone.state)
    app.router.add_post("/api/vote", views_phone.vote)
    app.router.add_get("/ws", views_phone.phone_socket)
    app.router.add_post("/api/control/slide", views_control.slide)
    app.router.add_post("/api/control/poll", views_control.poll)
    app.router.add_get("/api/control/results", views_control.results)
    # aiohttp's static route refuses `..`, encoded or not, and paths resolving outside
    # web_dir; no symlinks are followed and no directory is listed.
    app.router.add_static("/static/", web_dir, show_index=False, follow_symlinks=False)
