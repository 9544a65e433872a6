"""Which of our languages a tag means: the one place a talk's language is resolved.

Everything the room or a phone reads (slide words, default poll labels, the phone
page, the reachability lines) asks `resolve_language` which table to use, so one
deck tag gives one language everywhere. The tables themselves are `common.words`.

What a tag may be, in any case, with `-` or `_` between its parts:
- a BCP 47 tag: `da`, `da-DK`, `nb_NO`, `nn-NO`, `sv-FI`, `en-GB`, `sv-Latn-SE`;
  a POSIX locale's tail (`da_DK.UTF-8`, `nn_NO@nynorsk`) is ignored;
- an ISO 639-2/3 code: `dan`, `nob`, `nno`, `swe`, `eng`, and `nor` (Norwegian);
- a common alias: `dk` (the country code people write for Danish; no language
  has that code, so it cannot mean anything else), `no` (Norwegian: written
  Norwegian is bokmål for most readers, so `nb`), and the old registered tags
  `no-bok` and `no-nyn`.

`se` is *not* Swedish: in BCP 47 it is Northern Sami (`sv` is Swedish; SE is
Sweden's country code, and `sv-SE` says both). We have no Sami words, so `se`
falls back like any other language we lack; reading it as Swedish would give a
Sami audience the wrong neighbour's language, and silently.

A tag we have no words for (`fr`, `se`, `de-AT`, nonsense) gets `fallback`:
English unless the caller says otherwise, because more of a Nordic room reads
English than any one Nordic language it does not speak. An empty tag also gets
`fallback`; the deck model gives a deck without a language the system's
(`system_language`, resolved here; English for one we have no words for).

Standard library only (an import contract checks `common`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

SUPPORTED = ("da", "nb", "nn", "sv", "en")
FALLBACK = "en"             # for a tag we have no words for

# Primary subtags (lower case) that mean one of SUPPORTED.
_PRIMARY = {
    "da": "da", "dan": "da", "dk": "da",
    "nb": "nb", "nob": "nb", "no": "nb", "nor": "nb",
    "nn": "nn", "nno": "nn",
    "sv": "sv", "swe": "sv",
    "en": "en", "eng": "en",
}
# Norwegian tags whose later subtags say which written form: `no-NO-nynorsk`,
# the registered `no-nyn` and `no-bok`, a POSIX `no_NO@nynorsk`.
_NORWEGIAN_VARIANTS = {"nyn": "nn", "nynorsk": "nn", "bok": "nb", "bokmal": "nb"}
_SEPARATORS = re.compile(r"[-_@.]")


def known_language(tag: str | None) -> str | None:
    """The language of SUPPORTED that `tag` means, or None when it means none of them."""
    if not tag or not isinstance(tag, str):
        return None
    parts = [p for p in _SEPARATORS.split(tag.strip().lower()) if p]
    if not parts:
        return None
    language = _PRIMARY.get(parts[0])
    if language == "nb" and parts[0] in ("no", "nor"):
        for part in parts[1:]:
            if part in _NORWEGIAN_VARIANTS:
                return _NORWEGIAN_VARIANTS[part]
    return language


def system_language(environ: dict | None = None,
                    desktop: Callable[[], str] | None = None) -> str:
    """The tag of the system's language: the POSIX locale variables in the order gettext
    reads them (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the desktop's own setting
    (Windows and macOS apps started from the Start menu, Finder or the Dock have no
    POSIX variables), else Python's locale; `FALLBACK` when none names a language
    ("C" and "POSIX" name none). Qt's QLocale reads the same sources, so the console
    (presenter.ui.speaker_words) and a deck without a language agree."""
    import locale
    import os
    env = os.environ if environ is None else environ
    candidates = [env.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    if environ is None or desktop is not None:
        candidates.append((desktop or desktop_language)())
    if environ is None:
        try:
            candidates.append(locale.getlocale()[0] or "")
        except ValueError:
            pass
    for candidate in candidates:
        for tag in candidate.split(":"):        # LANGUAGE may list several: da:en
            tag = tag.strip()
            if tag and tag.split(".")[0].upper() not in ("C", "POSIX"):
                return tag.split(".")[0]
    return FALLBACK


def desktop_language() -> str:
    """The desktop's language where the platform keeps it outside the environment: the
    Windows user's display language, the first of macOS's preferred languages; "" on
    other systems or when it cannot be read."""
    import sys
    if sys.platform == "win32":
        import ctypes
        import locale
        return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")
    if sys.platform == "darwin":
        import subprocess
        try:
            done = subprocess.run(["defaults", "read", "-g", "AppleLanguages"],
                                  capture_output=True, text=True, timeout=2)
        except (OSError, subprocess.SubprocessError):
            return ""
        first = re.search(r'"?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)"?', done.stdout.strip("( \n"))
        return first.group(1) if first else ""
    return ""


def resolve_language(tag: str | None, fallback: str = FALLBACK) -> str:
    """One of SUPPORTED for `tag` ("da-DK", "nob", "dk", "en_GB", ...); `fallback`
    (English unless given) for an empty tag or a language we have no words for."""
    if fallback not in SUPPORTED:
        raise ValueError(f"fallback {fallback!r} is not one of {', '.join(SUPPORTED)}")
    return known_language(tag) or fallback


def page_language_tag(tag: str | None, fallback: str = FALLBACK) -> str:
    """What to write in an HTML `lang` attribute for words chosen by `tag`: the tag
    itself, tidied (`nb_NO` -> `nb-NO`), when its first part already names our
    language; otherwise the language we resolved it to (`dk` -> `da`, `nob` -> `nb`,
    `fr` -> `en`: the page's words are then English, whatever the deck says)."""
    language = resolve_language(tag, fallback)
    tidy = (tag or "").strip().replace("_", "-")
    if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", tidy) and tidy.split("-")[0].lower() == language:
        return tidy
    return language


def language_from_accept(header: str | None, fallback: str = FALLBACK) -> str:
    """The language a browser asks for in its `Accept-Language` header
    ("nn-NO,nn;q=0.9,nb;q=0.8,en;q=0.5"), among SUPPORTED; `fallback` (the deck's
    language, for the phone page) when it asks for none we have.

    Ranges are tried by falling q-value, ties in the order written; `q=0` means
    "not this one", and a range with a malformed q-value is skipped, as RFC 9110
    asks. `*` accepts anything, so it gives the fallback.
    """
    if fallback not in SUPPORTED:
        fallback = resolve_language(fallback)
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate((header or "").split(",")):
        name, _, params = item.partition(";")
        q = _q_value(params)
        if name.strip() and q is not None and q > 0:
            ranked.append((-q, index, name.strip()))
    for _, _, name in sorted(ranked):
        if name == "*":
            return fallback
        language = known_language(name)
        if language is not None:
            return language
    return fallback


def _q_value(params: str) -> float | None:
    """The q of `;q=0.8` (1 when absent); None when it is not a number from 0 to 1."""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return None
            return q if 0 <= q <= 1 else None
    return 1.0
