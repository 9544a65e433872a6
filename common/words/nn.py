"""Norwegian nynorsk: every sentence the room or a phone reads (see
common/words/__init__.py). `nno` and `no-nyn` decks get these too.

"Avrøysting" for the act of voting and "stemme" for one vote, as NRK's nynorsk
does; "datamaskin" and "side" are feminine (datamaskina, sida)."""

WORDS = {
    # The phone page (server.web.phone_page and assets/web/phone-view.js).
    "phone.wait": "Vent på neste spørsmål",
    "phone.wait_hint": "Spørsmålet dukkar opp her av seg sjølv.",
    "phone.closed": "Avrøystinga er stengd",
    "phone.your_vote": "Stemma di: {choice}",
    "phone.no_vote": "Du røysta ikkje.",
    "phone.change": "Endre svar",
    "phone.change_hint": "Du kan endre svaret så lenge avrøystinga er open.",
    "phone.choose": "Vel svaret ditt",
    "phone.sending": "Sender …",
    "phone.not_sent_retrying": "Ikkje sendt – prøver igjen",
    "phone.not_sent_tap": "Ikkje sendt – trykk for å prøve igjen",
    "phone.not_sent_closed": "Stemma di kom ikkje fram: {reason}",
    "phone.not_sent_previous": "Stemma di på førre spørsmål kom ikkje fram.",
    "phone.reconnecting": "Sambandet er borte – koplar til att …",
    "phone.results": "Resultat",
    "phone.votes": "{n} stemmer",
    "phone.vote_one": "1 stemme",
    "phone.no_script_note": "Last inn sida på nytt for å sjå neste spørsmål.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Avrøysting open",
    "slide.poll_closed": "Avrøysting stengd",
    "slide.connected_one": "1 telefon tilkopla",
    "slide.connected_many": "{n} telefonar tilkopla",
    "slide.voted": "{n} har røysta",
    "slide.vote_one": "stemme",
    "slide.vote_many": "stemmer",
    "slide.no_votes": "Ingen stemmer enno",
    "slide.results_later": "Resultata blir viste seinare",
    "slide.join_heading": "Røyst med telefonen din",
    "slide.scan_to_vote": "Skann koden eller opne",
    "slide.wifi_step": "1 · Kople til Wi-Fi",
    "slide.url_step": "2 · Opne sida",
    "slide.qr_later": "QR-koden og adressa kjem fram her når presentasjonen er i gang",
    "slide.voting_down": "Avrøystinga er ikkje tilgjengeleg no",
    "slide.percent": "{n} %",
    # The agree scale's labels when the deck gives none (presenter.deck.frontmatter).
    "label.agree": "Einig",
    "label.disagree": "Ueinig",
    "label.dont-know": "Veit ikkje",
    # Evidence that phones reach the laptop (server.net.reachability).
    "reach.none": "Ingen telefon har nådd denne datamaskina det siste minuttet.",
    "reach.one": "1 telefon nådde denne datamaskina det siste minuttet ({ranges}).",
    "reach.many": "{n} telefonar nådde denne datamaskina det siste minuttet ({ranges}).",
    "reach.hint": (
        "Ingen telefon har nådd denne datamaskina enno. Som regel held gjestenettet på staden "
        "einingane åtskilde (klientisolering), telefonane brukar mobildata, eller ein brannmur "
        "blokkerer port {port}. Slå på eit eige Wi-Fi-nett (hotspot) frå maskina og vis koden "
        "til det, be salen slå av mobildata, og tillat votedeck (Python) i brannmuren."
    ),
}
