"""An exported handout's join slide prints the address the session's room last used
(kept by the store, server/store/join_url.py), and says where it will appear when the
session kept none. The real server records a session; poppler reads the PDF."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from common.values import JoinInfo
from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.api import ServerConfig
from server.runtime import VotingServer
from server.store.join_url import last_join_url, record_join_url, worth_keeping
from server.store.schema import database_path, open_database
from tests.server.results_support import DECK_TEXT, TOKEN, record
from tests.server.serve_process import votedeck

LAN = JoinInfo(url="http://192.168.1.23:8080/", host="192.168.1.23", port=8080,
               bound_host="0.0.0.0", lan=True)
JOIN_SLIDE = "<!-- layout: join -->\n\n# Stem med mobilen\n\nScan koden.\n\n---\n\n# Påstand"


def _deck_with_join_slide(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text(DECK_TEXT.replace("# Påstand", JOIN_SLIDE, 1), encoding="utf-8")
    return path


def _join_page_text(pdf) -> str:
    done = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
                          capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_store_keeps_one_address_per_session(tmp_path):
    path = tmp_path / "votes.sqlite3"
    assert last_join_url(path, 1) is None                   # no database yet
    conn = open_database(path)
    conn.execute("INSERT INTO sessions (id, deck_key, deck_title, name, started_at) "
                 "VALUES (1, 'k', 't', 'n', 0)")
    assert last_join_url(path, 1) is None                   # no table yet: nothing kept
    record_join_url(conn, 1, "http://10.0.0.5:8080/")
    record_join_url(conn, 1, LAN.url)                       # the address moved: the last wins
    conn.close()
    assert last_join_url(path, 1) == LAN.url and last_join_url(path, 2) is None
    assert worth_keeping(LAN) and not worth_keeping(None)
    assert not worth_keeping(JoinInfo("http://127.0.0.1:8080/", "127.0.0.1", 8080, "127.0.0.1", False))


def test_the_running_server_keeps_a_lan_address_and_not_loopback(tmp_path):
    deck = deck_spec(load_deck(_deck_with_join_slide(tmp_path)))
    server = VotingServer(deck, ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path,
                                             token=TOKEN))
    server.start()
    try:
        assert last_join_url(server.database_path, server.session_id) is None   # loopback
        server._desk.remember_join(LAN)      # what a move to the venue network announces
        assert last_join_url(server.database_path, server.session_id) == LAN.url
    finally:
        server.stop()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
async def test_the_handout_prints_the_address_the_room_used(tmp_path):
    rec = await record(tmp_path, deck_path=_deck_with_join_slide(tmp_path))
    bare = tmp_path / "bare.pdf"
    assert votedeck("export", str(rec.deck_path), "--pdf", str(bare), "--results",
                    "--data-dir", str(rec.data_dir)).returncode == 0
    assert "vises her, når præsentationen kører" in _join_page_text(bare)
    with sqlite3.connect(database_path(rec.data_dir)) as conn:
        record_join_url(conn, rec.session_id, LAN.url)
    pdf = tmp_path / "handout.pdf"
    done = votedeck("export", str(rec.deck_path), "--pdf", str(pdf), "--results",
                    "--data-dir", str(rec.data_dir))
    assert done.returncode == 0, done.stderr.decode()
    text = _join_page_text(pdf)
    assert "Salen stemte på 192.168.1.23:8080" in text and "Stem med mobilen" in text
    assert "vises her" not in text
