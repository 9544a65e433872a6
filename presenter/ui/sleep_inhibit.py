"""Keep the laptop awake while a deck is presented.

A laptop that sleeps or blanks mid-talk stops the slides and the voting server.
Each system has its own way to say "a presentation is running":

- Linux: the freedesktop ScreenSaver `Inhibit` / `UnInhibit` over the D-Bus
  session bus (GNOME, KDE, Xfce, Cinnamon and others implement it). We speak
  D-Bus with jeepney, pure Python, rather than Qt's QtDBus, so this module needs
  no Qt and no event loop: the call is one request and one reply at start and at
  quit. The connection stays open while we hold the inhibit, because desktops
  drop an inhibit when the connection that took it goes away.
- Windows: `SetThreadExecutionState` (system and display required), through ctypes.
- macOS: an IOKit power assertion (`IOPMAssertionCreateWithName`) through ctypes;
  if IOKit cannot be loaded, `caffeinate -d -i -w <our pid>`.

`block_sleep()` never raises: it returns a `SleepBlock` whose `sentence` says that
sleep is blocked, or why not and what to do instead. Imports no Qt.
"""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from common.words import Phrase

APP_NAME = "votedeck"
REASON = "Presenting a talk"
HELD = "Sleep blocked while presenting."
_BY_HAND = "set the laptop's screen and sleep timeouts to 'never' for the talk."


@dataclass
class SleepBlock:
    """What `block_sleep` achieved; `release()` undoes it (safe to call twice)."""

    held: bool
    sentence: str
    why: str = ""           # not held: the system's reason (English, for the terminal)
    why_phrase: Phrase | None = None    # the same for the console (console.awake.why.*)
    _release: Callable[[], None] | None = field(default=None, repr=False)

    def release(self) -> None:
        undo, self._release = self._release, None
        if undo is not None:
            try:
                undo()
            except Exception:       # quitting must not fail on this
                pass
        self.held = False


def _not_held(why: str, reason: str, **values: object) -> SleepBlock:
    """Not held: the terminal's English sentence, and the reason the console says in the
    speaker's language (`console.awake.why.<reason>`, filled with `values`)."""
    return SleepBlock(False, f"Sleep not blocked: {why}; {_BY_HAND}", why,
                      Phrase.of("console.awake.why." + reason, **values))


def block_sleep(platform: str = sys.platform) -> SleepBlock:
    """Ask this system to keep the screen on and the laptop awake until `release()`."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return _freedesktop()
    if platform == "win32":
        return _windows()
    if platform == "darwin":
        return _macos()
    return _not_held(f"votedeck does not know how to do this on {platform}", "platform",
                     platform=platform)


# ------------------------------------------------------------------ Linux: D-Bus

SCREENSAVER = "org.freedesktop.ScreenSaver"
# The spec's object path, and the one older KDE versions answer on.
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")


def _freedesktop() -> SleepBlock:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return _not_held("there is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set)",
                         "no_bus")
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg
    except ImportError:
        return _not_held("the jeepney package is missing (pip install jeepney)", "no_jeepney")
    try:
        connection = open_dbus_connection(bus="SESSION")
    except Exception as error:      # no bus, refused, a bad address: all one answer
        return _not_held(f"the desktop session bus cannot be reached ({error})", "bus_unreachable",
                         error=str(error))
    last_error = ""
    for path in SCREENSAVER_PATHS:
        address = DBusAddress(path, bus_name=SCREENSAVER, interface=SCREENSAVER)
        try:
            reply = connection.send_and_get_reply(
                new_method_call(address, "Inhibit", "ss", (APP_NAME, REASON)), timeout=3)
            cookie = int(unwrap_msg(reply)[0])
        except DBusErrorResponse as error:
            last_error = error.name
            continue
        except Exception as error:  # a timeout or a closed bus
            last_error = str(error) or type(error).__name__
            break

        def uninhibit(address=address, cookie=cookie) -> None:
            try:
                connection.send_and_get_reply(new_method_call(address, "UnInhibit", "u", (cookie,)), timeout=3)
            finally:
                connection.close()
        return SleepBlock(True, HELD, _release=uninhibit)
    connection.close()
    return _not_held(f"no screensaver service on the desktop session bus accepted the inhibit "
                     f"({last_error})", "not_accepted", error=last_error)


# ------------------------------------------------------------------ Windows

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


def _windows() -> SleepBlock:
    import ctypes
    kernel32 = ctypes.windll.kernel32       # type: ignore[attr-defined]
    # The state belongs to the calling thread: the GUI thread takes and releases it.
    if not kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED):
        return _not_held("Windows refused SetThreadExecutionState", "windows_refused")
    return SleepBlock(True, HELD, _release=lambda: kernel32.SetThreadExecutionState(ES_CONTINUOUS))


# ------------------------------------------------------------------ macOS

K_CF_STRING_ENCODING_UTF8 = 0x08000100
K_IOPM_ASSERTION_LEVEL_ON = 255
# Keeps the display on, which also keeps the Mac from idle sleep.
ASSERTION_TYPE = b"PreventUserIdleDisplaySleep"


def _macos() -> SleepBlock:
    try:
        return _iokit_assertion()
    except OSError:
        pass
    try:
        process = subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as error:
        return _not_held(f"neither IOKit nor caffeinate could be used ({error})", "no_caffeinate",
                         error=str(error))

    def stop() -> None:
        process.terminate()
        process.wait(timeout=5)
    return SleepBlock(True, HELD, _release=stop)


def _iokit_assertion() -> SleepBlock:
    import ctypes
    import ctypes.util
    iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit") or "IOKit")
    cf = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    iokit.IOPMAssertionCreateWithName.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                                                  ctypes.POINTER(ctypes.c_uint32)]
    iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
    kind = cf.CFStringCreateWithCString(None, ASSERTION_TYPE, K_CF_STRING_ENCODING_UTF8)
    name = cf.CFStringCreateWithCString(None, f"{APP_NAME}: {REASON}".encode(), K_CF_STRING_ENCODING_UTF8)
    assertion = ctypes.c_uint32(0)
    try:
        result = iokit.IOPMAssertionCreateWithName(kind, K_IOPM_ASSERTION_LEVEL_ON, name,
                                                   ctypes.byref(assertion))
    finally:
        cf.CFRelease(kind)
        cf.CFRelease(name)
    if result != 0:
        raise OSError(f"IOPMAssertionCreateWithName returned {result:#x}")
    return SleepBlock(True, HELD, _release=lambda: iokit.IOPMAssertionRelease(assertion.value))
