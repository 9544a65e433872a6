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
    "phone.on_paper": "inkl. {n} på papir",
    "phone.no_script_note": "Last inn siden på nytt for å se neste spørsmål.",
    "phone.wait_static": "Last inn siden på nytt når neste spørsmål er stilt.",
    "phone.reload": "Last inn på nytt",
    "phone.language": "Språk",
    "phone.progress": "Spørsmål {n} av {total}",
    "phone.thanks": "Takk for svarene dine!",
    "phone.thanks_hint": "Det er ingen flere spørsmål.",
    "phone.slide_now": "Skjermen akkurat nå",
    "phone.slide_number": "Lysbilde {n}",
    "phone.back": "Tilbake",
    "phone.error_bad": "Svaret kunne ikke leses; last inn siden på nytt og prøv igjen.",
    "phone.error_forbidden": "Det kan bare stemmes fra selve avstemningssiden; åpne adressen fra lerretet.",
    "phone.error_gone": "Det spørsmålet finnes ikke i foredraget; last inn siden på nytt.",
    "phone.error_slow": "Stemmen brukte for lang tid; prøv igjen.",
    "phone.error_not_open": "Det stemmes ikke over det spørsmålet nå; last inn siden på nytt for å se det aktuelle.",
    "phone.error_too_large": (
        "Det som ble sendt, var for stort til å være en stemme; last inn siden "
        "på nytt og prøv igjen."
    ),
    "phone.error_busy": "For mange forespørsler fra nettverket ditt; vent et sekund og prøv igjen.",
    "phone.error_too_many_phones": (
        "For mange telefoner fra nettverket ditt har stemt over dette "
        "spørsmålet; be foredragsholderen heve grensen."
    ),
    "phone.error_not_saved": "Stemmen din kunne ikke lagres; prøv igjen om et øyeblikk.",
    "phone.error_other": "Noe gikk galt; last inn siden på nytt og prøv igjen.",
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
    "slide.voted_at": "Salen stemte på {url}",
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
    # The tour beside the room, on slides and in the report (presenter.render.compare_bars).
    "tour.room": "Dere",
    "tour.room_n": "Dere (n = {n})",
    "tour.earlier": "Tidligere kommuner ({sessions}, n = {n})",
    "tour.picked": "Andre kommuner ({sessions}, n = {n})",
    "tour.earlier_short": "Tidligere kommuner ({sessions})",
    "tour.picked_short": "Andre kommuner ({sessions})",
    "tour.before": "Før",
    "tour.after": "Etter",
    "tour.hand_counted": "håndtelt",
    "tour.on_paper": "inkl. {n} på papir",
    "tour.shift": "{points} poeng siden sist",
    # The report after the talk (presenter/report, votedeck report).
    "report.kicker": "Rapport fra avstemningen",
    "report.voters": "{n} telefoner stemte",
    "report.hand_total": "{n} stemmer telt på papir",
    "report.made_by": "Laget med votedeck",
    "report.no_polls": "Foredraget stilte ingen spørsmål med avstemning.",
    "report.answers": "Svar fra salen",
    "report.questions": "Spørsmål fra salen",
    "report.upvotes": "{n} ×",
    "report.method": "Slik er det telt",
    "report.method_anonymous": (
        "Avstemningen var anonym: en telefon er bare kjent ved et tilfeldig nummer, og ingen "
        "navn, IP-adresser eller andre personopplysninger er lagret."
    ),
    "report.method_one_vote": (
        "Hver telefon har én stemme per spørsmål. Den kan endres så lenge avstemningen er "
        "åpen; den siste stemmen teller."
    ),
    "report.method_hand": "Stemmer telt på papir er lagt til telefonenes og merket som håndtelte.",
    "report.method_compare": (
        "Sammenligningen slår sammen {sessions} andre kommuner. Et spørsmål sammenlignes bare"
        " der det ble stilt med samme ordlyd og svaralternativer."
    ),
    "report.method_no_compare": "Resultatene er ikke sammenlignet med andre kommuner.",
    "report.left_out": "Utelatt fra sammenligningen:",
    "report.not_asked": "{session}: spørsmålet «{poll}» ble ikke stilt",
    "report.reworded": "{session}: spørsmålet «{poll}» ble stilt med en annen ordlyd",
    "report.other_options": "{session}: spørsmålet «{poll}» hadde andre svaralternativer",
    "report.again": "Stilt igjen senere (før → etter)",
    "report.again_line": "«{poll}»: lysbilde {first} → {later} (n = {before} → {after})",
    # The speaker's console (presenter.ui.speaker_words: the speaker's language, not the deck's).
    "console.header.overview": "Alle lysbilder (G)",
    "console.remote.title": "Telefonen din som fjernkontroll",
    "console.remote.pair": "Koble til telefonen min",
    "console.remote.renew": "Ny kode",
    "console.remote.hint": (
        "Skann med din egen telefon: den bytter lysbilder og styrer avstemningene. Ikke "
        "vis koden på lerretet; den virker én gang, i {minutes} minutter."),
    "console.remote.down": "Fjernkontrollen virker mens avstemningen kjører.",
    # The speaker's remote on their own phone (server.web.remote_page, assets/web/remote.js),
    # in that phone's language.
    "remote.title": "Fjernkontroll",
    "remote.refused": (
        "Dette er foredragsholderens fjernkontroll. Koble den til ved å skanne koden på "
        "foredragsholderens konsoll."),
    "remote.previous": "Forrige",
    "remote.next": "Neste",
    "remote.poll": "Avstemning",
    "remote.open": "Åpne avstemningen",
    "remote.close": "Lukk avstemningen",
    "remote.reveal": "Vis resultatene",
    "remote.hide": "Skjul resultatene",
    "remote.now": "Nå",
    "remote.up_next": "Neste lysbilde",
    "remote.notes": "Notater",
    "remote.no_notes": "Ingen notater til dette lysbildet.",
    "remote.no_script": "Fjernkontrollen trenger JavaScript.",
    "remote.offline": "Forbindelsen er brutt – prøver igjen …",
    "remote.where": "Lysbilde {n} av {total}",
    "remote.poll_open": "Åpen · {n} har stemt",
    "remote.poll_closed": "Lukket · {n} har stemt",
    "remote.no_image": "Ikke noe bilde ennå",
    "console.paper.button": "Stemmesedler…",
    "console.paper.tooltip": (
        "Skriv inn stemmesedler som er telt for hånd for denne avstemningen; de holdes "
        "atskilt fra telefonenes stemmer og merkes på lysbildet"
    ),
    "console.paper.title": "Stemmesedler",
    "console.paper.lead": (
        "Stemmesedler telt for hånd for «{question}». Lysbildet legger dem til telefonenes "
        "stemmer og sier hvor mange som var på papir. La et felt stå tomt for ingen; er alle "
        "tomme, fjernes de."
    ),
    "console.paper.typed": "Denne avstemningen tar skrevne svar, så det er ingen svaralternativer å telle på papir.",
    "console.paper.save": "Lagre",
    "console.paper.cancel": "Avbryt",
    "console.paper.close": "Lukk",
    "console.paper.not_saved": "Stemmesedlene kunne ikke lagres; prøv igjen.",
    "console.paper.on_paper": "{n} på papir",
    "console.paper.refused.not_a_number": (
        "{option}: «{value}» er ikke et antall stemmesedler; skriv et helt tall som 23, eller"
        " la feltet stå tomt for ingen."
    ),
    "console.paper.refused.out_of_range": "{option}: {n} stemmesedler kan ikke stemme; skriv et tall fra 0 til {most}.",
    "console.paper.refused.typed": (
        "Denne avstemningen tar skrevne svar, så det er ingen svaralternativer å telle på "
        "papir."
    ),
    "console.paper.refused.unknown_option": (
        "Denne avstemningen har ikke svaralternativet «{option}»; last inn decket på nytt og "
        "tell igjen."
    ),
    "console.paper.refused.no_poll": (
        "Avstemningen er ikke lenger i decket (det er endret); lukk dette og åpne det igjen "
        "på avstemningens lysbilde."
    ),
    "console.paper.no_voting": (
        "Avstemningen kjører ikke, så stemmesedlene kan ikke lagres; start avstemningen på "
        "nytt først (banneret øverst)."
    ),
    "console.session.caption": "Øktens navn",
    "console.session.placeholder": "Kommunen, f.eks. Trondheim kommune",
    "console.session.tooltip": "Navnet rapporten, eksportene og votedeck sessions gir denne økten",
    "console.session.save": "Gi navn",
    "console.session.saved": "Denne økten heter nå «{name}».",
    "console.session.not_saved": "Navnet kunne ikke lagres; prøv igjen.",
    "console.session.refused.empty": (
        "En økt må ha et navn, for eksempel kommunen foredraget holdes i («Trondheim "
        "kommune»)."
    ),
    "console.session.refused.too_long": (
        "Navnet er {n} tegn langt; hold det under {most}, for eksempel «Trondheim kommune»."
    ),
    "console.session.no_voting": (
        "Avstemningen kjører ikke, så det er ingen økt å gi navn; start avstemningen på nytt "
        "først (banneret øverst)."
    ),
    "console.report.button": "Rapport…",
    "console.report.tooltip": "Skriv kommunens PDF-rapport for denne økten (ved siden av turneen når den vises)",
    "console.report.dialog": "Lagre rapporten som",
    "console.report.no_voting": (
        "Avstemningen kjører ikke, så det er ingen økt å lage rapport for; start avstemningen"
        " på nytt, eller bruk votedeck report etter foredraget."
    ),
    "console.report.not_written": "Kunne ikke skrive {path} ({reason}); velg en mappe du kan skrive til.",
    "console.report.saved": "Rapporten er lagret som {path} ({pages} sider).",
}
