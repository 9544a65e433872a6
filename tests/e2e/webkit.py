"""WebKit, Safari's engine, for the phone tests: Debian's WebKitGTK MiniBrowser driven
by Selenium through WebKitWebDriver, under a private Xvfb (MiniBrowser has no
headless mode). Half the room carries iPhones, whose every browser is WebKit.

Without /usr/bin/WebKitWebDriver the WebKit tests skip, unless
VOTEDECK_REQUIRE_BROWSER=1 says a missing browser is a failure (CI installs
Debian's webkit2gtk-driver and xvfb).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

import pytest

DRIVER = Path("/usr/bin/WebKitWebDriver")
MINIBROWSER = Path("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")
WAIT_S = 5.0


def _missing(what: str) -> None:
    if os.environ.get("VOTEDECK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{what} is missing and VOTEDECK_REQUIRE_BROWSER=1: install Debian's "
                    "webkit2gtk-driver and xvfb.")
    pytest.skip(f"{what} is not installed; install Debian's webkit2gtk-driver and xvfb to run "
                "the WebKit tests.")


@contextmanager
def private_display():
    """A display of our own: an Xvfb picked by -displayfd, gone when the tests are."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        _missing("Xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def webkit_phone():
    """A WebKit browser (Selenium WebDriver) sized like a phone."""
    if not DRIVER.exists() or not MINIBROWSER.exists():
        _missing(str(DRIVER))
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    with private_display() as display:
        old = os.environ.get("DISPLAY")
        os.environ["DISPLAY"] = display
        options = Options()
        options.binary_location = str(MINIBROWSER)
        options.add_argument("--automation")
        with warnings.catch_warnings():
            # Selenium's WebKitGTK driver trips over its own deprecated remote_server_addr.
            warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
            driver = webdriver.WebKitGTK(options=options, service=Service(executable_path=str(DRIVER)))
        try:
            driver.set_window_size(390, 844)
            yield driver
        finally:
            driver.quit()
            if old is None:
                os.environ.pop("DISPLAY", None)
            else:
                os.environ["DISPLAY"] = old


def wait_until(check, timeout: float = WAIT_S, what: str = "the page"):
    """Poll `check()` until it is truthy (its value returned) or fail saying what was awaited."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except Exception as error:  # noqa: BLE001 - an element not there yet
            last = error
        else:
            if last:
                return last
        time.sleep(0.05)
    raise AssertionError(f"{what} did not happen within {timeout:g} s (last: {last!r})")
