"""Danish: every sentence the room or a phone reads (see common/words/__init__.py)."""

WORDS = {
    # The phone page (server.web.phone_page and assets/web/phone-view.js).
    "phone.wait": "Vent på næste spørgsmål",
    "phone.wait_hint": "Spørgsmålet dukker op her af sig selv.",
    "phone.closed": "Afstemningen er lukket",
    "phone.your_vote": "Din stemme: {choice}",
    "phone.no_vote": "Du stemte ikke.",
    "phone.change": "Skift svar",
    "phone.change_hint": "Du kan skifte svar, så længe afstemningen er åben.",
    "phone.choose": "Vælg dit svar",
    "phone.sending": "Sender …",
    "phone.not_sent_retrying": "Ikke sendt – prøver igen",
    "phone.not_sent_tap": "Ikke sendt – tryk for at prøve igen",
    "phone.not_sent_closed": "Din stemme blev ikke sendt: {reason}",
    "phone.not_sent_previous": "Din stemme på det forrige spørgsmål blev ikke sendt.",
    "phone.reconnecting": "Forbindelsen er væk – forbinder igen …",
    "phone.results": "Resultat",
    "phone.votes": "{n} stemmer",
    "phone.vote_one": "1 stemme",
    "phone.no_script_note": "Opdatér siden for at se det næste spørgsmål.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Afstemning åben",
    "slide.poll_closed": "Afstemning lukket",
    "slide.connected_one": "1 telefon forbundet",
    "slide.connected_many": "{n} telefoner forbundet",
    "slide.voted": "{n} har stemt",
    "slide.vote_one": "stemme",
    "slide.vote_many": "stemmer",
    "slide.no_votes": "Ingen stemmer endnu",
    "slide.results_later": "Resultaterne vises senere",
    "slide.join_heading": "Stem med din telefon",
    "slide.scan_to_vote": "Scan koden eller åbn",
    "slide.wifi_step": "1 · Forbind til Wi-Fi",
    "slide.url_step": "2 · Åbn siden",
    "slide.qr_later": "QR-koden og adressen vises her, når præsentationen kører",
    "slide.voting_down": "Afstemningen er ikke tilgængelig lige nu",
    "slide.percent": "{n} %",
    # The agree scale's labels when the deck gives none (presenter.deck.frontmatter).
    "label.agree": "Enig",
    "label.disagree": "Uenig",
    "label.dont-know": "Ved ikke",
    # Evidence that phones reach the laptop (server.net.reachability).
    "reach.none": "Ingen telefon har nået denne computer det seneste minut.",
    "reach.one": "1 telefon nåede denne computer det seneste minut ({ranges}).",
    "reach.many": "{n} telefoner nåede denne computer det seneste minut ({ranges}).",
    "reach.hint": (
        "Ingen telefon har nået denne computer endnu. Som regel holder stedets gæste-wifi "
        "enhederne adskilt (klientisolering), telefonerne er på mobildata, eller en "
        "firewall blokerer port {port}. Start computerens eget hotspot og vis dets wifi-kode, "
        "bed salen slå mobildata fra, og tillad votedeck (Python) i firewallen."
    ),
}
