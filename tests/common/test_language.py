"""common.language: which of our five languages a deck's tag or a phone's
Accept-Language header means."""
from __future__ import annotations

import pytest

from common.language import (
    SUPPORTED,
    known_language,
    language_from_accept,
    page_language_tag,
    resolve_language,
)

# Every tag the docs promise, with the language it must mean.
TAGS = [
    ("da", "da"), ("da-DK", "da"), ("DA_dk", "da"), ("dk", "da"), ("DK", "da"), ("DAN", "da"),
    ("da_DK.UTF-8", "da"),
    ("nb", "nb"), ("nb-NO", "nb"), ("nb_NO", "nb"), ("nob", "nb"), ("no", "nb"), ("NO", "nb"),
    ("nor", "nb"), ("no-NO", "nb"), ("no-bok", "nb"),
    ("nn", "nn"), ("nn-NO", "nn"), ("nno", "nn"), ("no-nyn", "nn"), ("no-NO-nynorsk", "nn"),
    ("no_NO@nynorsk", "nn"),
    ("sv", "sv"), ("sv-SE", "sv"), ("sv-FI", "sv"), ("swe", "sv"), ("sv-Latn-SE", "sv"),
    ("en", "en"), ("en-GB", "en"), ("en_US", "en"), ("eng", "en"), (" en-gb ", "en"),
]


@pytest.mark.parametrize("tag, language", TAGS)
def test_every_promised_tag_means_its_language(tag, language):
    assert resolve_language(tag) == language
    assert resolve_language(tag, fallback="da") == language     # the fallback is only a fallback


@pytest.mark.parametrize("tag", ["fr", "de-AT", "se", "se-NO", "sme", "x", "-", "", "  ", None, "zz-ZZ"])
def test_a_language_we_lack_falls_back(tag):
    assert known_language(tag) is None
    assert resolve_language(tag) == "en"
    assert resolve_language(tag, fallback="nb") == "nb"


def test_se_is_northern_sami_not_swedish():
    assert resolve_language("se") == "en" and resolve_language("sv") == "sv"


def test_a_fallback_outside_our_languages_is_refused():
    with pytest.raises(ValueError, match="fallback"):
        resolve_language("da", fallback="fr")


@pytest.mark.parametrize("tag, lang", [
    ("da", "da"), ("da-DK", "da-DK"), ("nb_NO", "nb-NO"), ("dk", "da"), ("nob", "nb"),
    ("no", "nb"), ("no-nyn", "nn"), ("sv-FI", "sv-FI"), ("en-GB", "en-GB"), ("fr", "en"),
    ("da\"><script>", "en"), ("", "en"),     # never echoed into the page
])
def test_the_page_lang_names_the_language_of_its_words(tag, lang):
    assert page_language_tag(tag) == lang


@pytest.mark.parametrize("header, fallback, language", [
    ("nn-NO,nn;q=0.9,nb;q=0.8,en;q=0.5", "da", "nn"),
    ("en-US,en;q=0.9", "da", "en"),
    ("fr-FR,fr;q=0.9,sv;q=0.8,en;q=0.7", "da", "sv"),      # the first one we have
    ("en;q=0.5,da;q=0.9", "nb", "da"),                     # by q, not by order
    ("de;q=0.9,nb;q=0.9,da;q=0.9", "en", "nb"),            # a tie keeps the order written
    ("no", "da", "nb"),                                    # phones send `no` for Norwegian
    ("da;q=0,en;q=0.1", "sv", "en"),                       # q=0: not this one
    ("da;q=abc,sv", "en", "sv"),                           # a malformed q drops its range
    ("da;q=1.5", "nb", "nb"),
    ("fr, de", "da", "da"),                                # none we have: the deck's
    ("*", "nn", "nn"),
    ("fr;q=0.9,*;q=0.5,en;q=0.1", "da", "da"),             # `*` before English: anything goes
    ("", "sv", "sv"),
    (None, "da", "da"),
    (",,;;,=", "da", "da"),
    ("sv", "nob", "sv"),
    ("fr", "nob", "nb"),                                   # the deck's tag as written works too
])
def test_accept_language_picks_a_language_we_have(header, fallback, language):
    assert language_from_accept(header, fallback) == language
    assert language in SUPPORTED


def test_without_posix_variables_the_desktops_language_is_the_systems():
    """A Windows or macOS app started from the Start menu or the Dock has no LANG: the
    desktop's own setting names the language (common.language.desktop_language)."""
    from common.language import system_language
    assert system_language({}, desktop=lambda: "nb_NO") == "nb_NO"
    assert system_language({"LANG": "sv_SE.UTF-8"}, desktop=lambda: "nb_NO") == "sv_SE"
    assert system_language({"LANG": "C.UTF-8"}, desktop=lambda: "") == "en"


def test_the_desktop_language_is_read_without_failing_here():
    from common.language import desktop_language
    assert isinstance(desktop_language(), str)
