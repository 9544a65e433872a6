"""Swedish: every sentence the room or a phone reads (see common/words/__init__.py).
`swe` decks get these too (`se` is Northern Sami, not Swedish: common/language.py).

"Mobil" for the phone, as people in Sweden say it; "Håller med" for agree, the
everyday phrase (a survey's "Instämmer" reads stiff on a button)."""

WORDS = {
    # The phone page (server.web.phone_page and assets/web/phone-view.js).
    "phone.wait": "Vänta på nästa fråga",
    "phone.wait_hint": "Frågan dyker upp här av sig själv.",
    "phone.closed": "Omröstningen är stängd",
    "phone.your_vote": "Din röst: {choice}",
    "phone.no_vote": "Du röstade inte.",
    "phone.change": "Ändra svar",
    "phone.change_hint": "Du kan ändra ditt svar så länge omröstningen är öppen.",
    "phone.choose": "Välj ditt svar",
    "phone.sending": "Skickar …",
    "phone.not_sent_retrying": "Inte skickad – försöker igen",
    "phone.not_sent_tap": "Inte skickad – tryck för att försöka igen",
    "phone.not_sent_closed": "Din röst skickades inte: {reason}",
    "phone.not_sent_previous": "Din röst på föregående fråga skickades inte.",
    "phone.reconnecting": "Anslutningen bröts – ansluter igen …",
    "phone.results": "Resultat",
    "phone.votes": "{n} röster",
    "phone.vote_one": "1 röst",
    "phone.no_script_note": "Ladda om sidan för att se nästa fråga.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Omröstning öppen",
    "slide.poll_closed": "Omröstning stängd",
    "slide.connected_one": "1 mobil ansluten",
    "slide.connected_many": "{n} mobiler anslutna",
    "slide.voted": "{n} har röstat",
    "slide.vote_one": "röst",
    "slide.vote_many": "röster",
    "slide.no_votes": "Inga röster än",
    "slide.results_later": "Resultaten visas senare",
    "slide.join_heading": "Rösta med mobilen",
    "slide.scan_to_vote": "Skanna koden eller öppna",
    "slide.wifi_step": "1 · Anslut till wifi",
    "slide.url_step": "2 · Öppna sidan",
    "slide.qr_later": "QR-koden och adressen visas här när presentationen är igång",
    "slide.voting_down": "Omröstningen är inte tillgänglig just nu",
    "slide.percent": "{n} %",
    # The agree scale's labels when the deck gives none (presenter.deck.frontmatter).
    "label.agree": "Håller med",
    "label.disagree": "Håller inte med",
    "label.dont-know": "Vet inte",
    # Evidence that phones reach the laptop (server.net.reachability).
    "reach.none": "Ingen mobil har nått den här datorn under den senaste minuten.",
    "reach.one": "1 mobil nådde den här datorn under den senaste minuten ({ranges}).",
    "reach.many": "{n} mobiler nådde den här datorn under den senaste minuten ({ranges}).",
    "reach.hint": (
        "Ingen mobil har nått den här datorn än. Oftast håller lokalens gästnätverk enheterna "
        "åtskilda (klientisolering), mobilerna använder mobildata, eller så blockerar en "
        "brandvägg port {port}. Starta en egen surfzon (hotspot) på datorn och visa dess "
        "wifi-kod, be publiken stänga av mobildata och tillåt votedeck (Python) i brandväggen."
    ),
}
