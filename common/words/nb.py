"""Norwegian bokmål: every sentence the room or a phone reads (see
common/words/__init__.py). `no` and `nob` decks get these too."""

WORDS = {
    # The phone page (server.web.phone_page and assets/web/phone-view.js).
    "phone.wait": "Vent på neste spørsmål",
    "phone.wait_hint": "Spørsmålet dukker opp her av seg selv.",
    "phone.closed": "Avstemningen er stengt",
    "phone.your_vote": "Din stemme: {choice}",
    "phone.no_vote": "Du stemte ikke.",
    "phone.change": "Endre svar",
    "phone.change_hint": "Du kan endre svaret så lenge avstemningen er åpen.",
    "phone.choose": "Velg svaret ditt",
    "phone.sending": "Sender …",
    "phone.not_sent_retrying": "Ikke sendt – prøver igjen",
    "phone.not_sent_tap": "Ikke sendt – trykk for å prøve igjen",
    "phone.not_sent_closed": "Stemmen din ble ikke sendt: {reason}",
    "phone.not_sent_previous": "Stemmen din på forrige spørsmål ble ikke sendt.",
    "phone.reconnecting": "Forbindelsen er borte – kobler til igjen …",
    "phone.results": "Resultat",
    "phone.votes": "{n} stemmer",
    "phone.vote_one": "1 stemme",
    "phone.no_script_note": "Last inn siden på nytt for å se neste spørsmål.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Avstemning åpen",
    "slide.poll_closed": "Avstemning stengt",
    "slide.connected_one": "1 telefon tilkoblet",
    "slide.connected_many": "{n} telefoner tilkoblet",
    "slide.voted": "{n} har stemt",
    "slide.vote_one": "stemme",
    "slide.vote_many": "stemmer",
    "slide.no_votes": "Ingen stemmer ennå",
    "slide.results_later": "Resultatene vises senere",
    "slide.join_heading": "Stem med telefonen din",
    "slide.scan_to_vote": "Skann koden eller åpne",
    "slide.wifi_step": "1 · Koble til Wi-Fi",
    "slide.url_step": "2 · Åpne siden",
    "slide.qr_later": "QR-koden og adressen vises her når presentasjonen kjører",
    "slide.voting_down": "Avstemningen er ikke tilgjengelig nå",
    "slide.percent": "{n} %",
    # The agree scale's labels when the deck gives none (presenter.deck.frontmatter).
    "label.agree": "Enig",
    "label.disagree": "Uenig",
    "label.dont-know": "Vet ikke",
    # Evidence that phones reach the laptop (server.net.reachability).
    "reach.none": "Ingen telefon har nådd denne datamaskinen det siste minuttet.",
    "reach.one": "1 telefon nådde denne datamaskinen det siste minuttet ({ranges}).",
    "reach.many": "{n} telefoner nådde denne datamaskinen det siste minuttet ({ranges}).",
    "reach.hint": (
        "Ingen telefon har nådd denne datamaskinen ennå. Som regel holder gjestenettet på "
        "stedet enhetene atskilt (klientisolering), telefonene bruker mobildata, eller en "
        "brannmur blokkerer port {port}. Slå på en egen Wi-Fi-sone (hotspot) fra maskinen og "
        "vis koden til den, be salen slå av mobildata, og tillat votedeck (Python) i brannmuren."
    ),
}
