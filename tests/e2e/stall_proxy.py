"""A loopback TCP relay whose open connections can be stalled: bytes stop flowing
both ways but neither end sees a close. That is what a phone's socket looks like
after the phone slept, changed networks or was suspended by iOS: alive to the page,
dead on the wire. New connections after a stall relay normally (the network is back).
"""
from __future__ import annotations

import socket
import threading


class StallProxy:
    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._links: list[dict] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True, name="stall-proxy").start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stall_open_connections(self) -> int:
        """Stop relaying on every connection open now; returns how many."""
        with self._lock:
            for link in self._links:
                link["stalled"] = True
            return len(self._links)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            for link in self._links:
                for sock in link["socks"]:
                    sock.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
            upstream.settimeout(None)
            link = {"stalled": False, "socks": (client, upstream)}
            with self._lock:
                self._links.append(link)
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(link, src, dst), daemon=True).start()

    def _pump(self, link: dict, src: socket.socket, dst: socket.socket) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data or link["stalled"]:
                if not data and not link["stalled"]:
                    try:
                        dst.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
                if not data:
                    return
                continue                # stalled: swallow, never answer, never close
            try:
                dst.sendall(data)
            except OSError:
                return
