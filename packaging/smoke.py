"""Smoke test of the built app: `python packaging/smoke.py [--app dist/votedeck]`.

Copies the one-folder app into a fresh temporary folder and runs it there with a
minimal environment (on Linux `PATH=/usr/bin:/bin HOME=<tmp>
QT_QPA_PLATFORM=offscreen` and nothing else: no virtual environment, no
PYTHONPATH), as a lecturer's machine would. It must:

1. `check` the bundled talk, and `export --png` all its slides;
2. `serve --host 127.0.0.1 --port 0`: answer /healthz and the phone page, and
   take one vote over loopback on the first poll (opened through the control API);
3. present the talk offscreen and paint its first frame
   (VOTEDECK_QUIT_AFTER_FIRST_FRAME, presenter/ui/first_frame.py), with the process
   that lays word clouds out running (presenter/render/cloud/apart.py) and voting
   started in its own process (server/apart.py).

Then it prints figures: the app's size, and the start of `check` in the app
against `python -m presenter check` in the virtual environment this script runs
from (first run and median of five, measured now, on this machine). Exits 1 with
the failing step's output when a step fails. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECK_NAME = "samarbejdsdrevet-innovation.md"
TOKEN = "smoke-test-token-0123456789"
STEP_TIMEOUT_S = 120


class SmokeFailure(Exception):
    """A step of the smoke test failed; the message says which and shows its output."""


def minimal_env(home: Path, **extra: str) -> dict:
    """The environment of a fresh login: nothing of this build's Python leaks in."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        # Windows cannot start a process without these; none of them names a Python.
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=root, PATH=rf"{root}\System32;{root}", TEMP=str(home), TMP=str(home),
                   USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))
    env.update(extra)
    return env


def executable(app: Path) -> Path:
    return app / ("votedeck-cli.exe" if sys.platform == "win32" else "votedeck")


def run(command: list, env: dict, what: str, cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([str(part) for part in command], env=env, cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=STEP_TIMEOUT_S)
    if done.returncode != 0:
        raise SmokeFailure(f"{what}: exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}")
    return done


def check_and_export(app: Path, deck: Path, env: dict, work: Path) -> dict:
    facts = json.loads(run([executable(app), "check", deck, "--json"], env, "check --json", work).stdout)
    out = work / "png"
    run([executable(app), "export", deck, "--png", out], env, "export --png", work)
    pngs = sorted(out.glob("*.png"))
    if len(pngs) != facts["slides"]:
        raise SmokeFailure(f"export --png wrote {len(pngs)} PNG files for {facts['slides']} slides")
    for png in pngs:
        if png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
            raise SmokeFailure(f"{png} is not a PNG file")
    print(f"ok   check and export --png: {facts['slides']} slides, {len(facts['polls'])} polls", flush=True)
    return facts


def _http(url: str, body: dict | None = None, token: str | None = None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def _read_lines(stream, lines: queue.SimpleQueue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _join_url(process: subprocess.Popen, lines: queue.SimpleQueue, seen: list) -> str:
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        match = re.search(r"Phones join at: (http://\S+)", line)
        if match:
            return match.group(1).rstrip("/")
    process.kill()
    raise SmokeFailure("serve never said where phones join:\n" + "".join(seen))


def serve_and_vote(app: Path, deck: Path, facts: dict, env: dict, work: Path) -> None:
    command = [executable(app), "serve", deck, "--host", "127.0.0.1", "--port", "0",
               "--data-dir", work / "data", "--token", TOKEN]
    process = subprocess.Popen([str(part) for part in command], env=env, cwd=work, text=True,
                               encoding="utf-8", errors="replace",
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lines: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
    seen: list[str] = []
    try:
        base = _join_url(process, lines, seen)
        status, text = _http(base + "/healthz")
        if status != 200 or json.loads(text) != {"ok": True}:
            raise SmokeFailure(f"/healthz answered {status} {text!r}")
        status, page = _http(base + "/")
        if status != 200 or "<html" not in page.lower():
            raise SmokeFailure(f"the phone page answered {status}")
        status, script = _http(base + "/static/phone.js")    # assets/web found inside the app
        if status != 200 or not script.strip():
            raise SmokeFailure(f"/static/phone.js answered {status}")
        # The first poll phones answer with a button (the talk opens with a typed question).
        poll = next(p for p in facts["polls"] if p.get("options"))
        _http(base + "/api/control/slide", {"slide": poll["slide"]}, TOKEN)
        _http(base + "/api/control/poll", {"poll": poll["id"], "open": True}, TOKEN)
        status, text = _http(base + "/api/vote", {"poll": poll["id"], "choice": poll["options"][0]["id"]})
        if status != 200:
            raise SmokeFailure(f"the vote answered {status} {text!r}")
        _, text = _http(base + "/api/control/results", token=TOKEN)
        counted = json.loads(text)["polls"][poll["id"]]
        if counted["voters"] != 1 or counted["counts"].get(poll["options"][0]["id"]) != 1:
            raise SmokeFailure(f"the vote was acknowledged but not counted: {counted}")
        print(f"ok   serve: /healthz, the phone page, its script and one vote on {poll['id']!r}", flush=True)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def first_frame(app: Path, deck: Path, env: dict, work: Path) -> float:
    """Seconds from start to the first painted frame (and a clean quit). The deck is
    named: without one the app opens its start screen and waits for the speaker."""
    started = time.perf_counter()
    done = run([executable(app), deck, "--windowed", "--host", "127.0.0.1", "--port", "0",
                "--data-dir", work / "present-data"],
               dict(env, VOTEDECK_QUIT_AFTER_FIRST_FRAME="60"), "present (first frame)", work)
    seconds = time.perf_counter() - started
    if "First frame shown" not in done.stdout:
        raise SmokeFailure(f"present quit without painting a frame:\n{done.stdout}\n{done.stderr}")
    # Voting starts once the first frame is up, in a process of its own: the packaged app
    # starts it by running itself (multiprocessing.freeze_support), as the cloud's below.
    if re.search(r"Phones join at http://127\.0\.0\.1:\d+/", done.stdout) is None:
        raise SmokeFailure(f"voting did not start in its own process:\n{done.stdout}\n{done.stderr}")
    # The bundled talk has a word cloud: its layouts run in a child process, which the
    # packaged app starts by running itself (multiprocessing.freeze_support).
    child = re.search(r"Word-cloud layout process: running \(process (\d+)\)\.", done.stdout)
    if child is None:
        raise SmokeFailure(f"the word-cloud layout process did not start:\n{done.stdout}\n{done.stderr}")
    print(f"ok   present: the first frame painted offscreen, voting started in its own process, "
          f"the word-cloud process ran "
          f"(process {child.group(1)}), then a clean quit "
          f"({seconds:.1f} s)", flush=True)
    return seconds


def start_times(command: list, env: dict, cwd: Path, runs: int = 5) -> tuple[float, float]:
    """(first run, median of the next `runs`) wall seconds of a command that must succeed."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        run(command, env, "timing " + " ".join(str(c) for c in command[-3:]), cwd)
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def figures(app: Path, deck: Path, env: dict, work: Path) -> None:
    print(f"app size: {folder_size_mb(app):.0f} MB on disk ({app})", flush=True)
    bundle = start_times([executable(app), "check", deck], env, work)
    venv_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    venv = start_times([sys.executable, "-m", "presenter", "check", deck], venv_env, ROOT)
    print(f"votedeck check, first run / median of 5: app {bundle[0]:.2f} s / {bundle[1]:.2f} s; "
          f"venv {venv[0]:.2f} s / {venv[1]:.2f} s; app/venv median ratio {bundle[1] / venv[1]:.2f}",
          flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "votedeck",
                        help="the built one-folder app (default: dist/votedeck)")
    parser.add_argument("--no-figures", action="store_true", help="skip the timings")
    args = parser.parse_args(argv)
    if not executable(args.app).is_file():
        print(f"No app at {args.app}; build it first: python packaging/build.py", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="votedeck-smoke-") as tmp:
        work = Path(tmp)
        app = work / "votedeck"
        shutil.copytree(args.app, app, symlinks=True)
        home = work / "home"
        home.mkdir()
        env = minimal_env(home)
        deck = next(app.rglob(f"slides/{DECK_NAME}"))
        try:
            facts = check_and_export(app, deck, env, work)
            serve_and_vote(app, deck, facts, env, work)
            first_frame(app, deck, env, work)
            if not args.no_figures:
                figures(app, deck, env, work)
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as failure:
            print(f"FAILED {failure}", file=sys.stderr, flush=True)
            return 1
    print(f"Smoke test passed in {time.perf_counter() - started:.0f} s.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
