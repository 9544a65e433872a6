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
    "slide.poll_preview": "Avstemning",
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
    "slide.joined": "Du er med. Andre kan skanne QR-koden på storskjermen eller åpne",
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
    "console.header.back": "Tilbake (G)",
    "console.header.slide": "Lysbilde {n} av {total}",
    "console.header.voting_off": "Avstemning av",
    "console.header.phones_one": "● 1 telefon tilkoblet nå",
    "console.header.phones_many": "● {n} telefoner tilkoblet nå",
    "console.header.join_showing": "Bli med-skjermen vises",
    "console.header.room_sees_black": "Salen ser svart",
    "console.header.room_sees_white": "Salen ser hvitt",
    "console.status.voting_down": "Avstemningen er nede",
    "console.window.title": "{deck} — votedeck-konsoll",
    "console.caption.now": "Nå — det salen ser",
    "console.caption.next": "Neste",
    "console.caption.overview": "Alle lysbilder — klikk på ett for å vise det · G eller Esc for å gå tilbake",
    "console.language.label": "Språk",
    "console.language.tip": "Språket i konsollen og appens vinduer; lysbildene bruker presentasjonens språk",
    "console.join.caption": "Telefonene går inn på",
    "console.join.loopback_only": (
        "Telefonene kan ikke nå denne datamaskinen: avstemningen lytter bare på selve maskinen; start "
        "uten --host eller med --host 0.0.0.0."
    ),
    "console.join.no_lan": (
        "Telefonene kan ikke nå denne datamaskinen: den har ingen nettverksadresse utenom seg selv. "
        "Start et hotspot eller koble til nettverket på stedet."
    ),
    "console.join.port_moved": (
        "Porten du ba om, var opptatt, så avstemningen flyttet til port {port}; QR-koden og adressen "
        "her bruker den allerede."
    ),
    "console.join.hall_size": (
        "Denne maskinen lar votedeck holde omtrent {phones} telefoner samtidig (grense for åpne filer "
        "{limit}); for en større sal må den heves (for eksempel `ulimit -n 4096`) før start."
    ),
    "console.join.voting_off": "Avstemningen er slått av",
    "console.join.voting_starting": "Avstemningen starter …",
    "console.join.no_voting": "Telefonene kan ikke stemme under denne visningen.",
    "console.join.address": "Adresse {host} · port {port}",
    "console.join.address_bound": "Adresse {host} · port {port} · lytter på {bound}",
    "console.join.show": "Vis bli med-skjermen",
    "console.join.show_tip": "Vis QR-koden i fullskjerm for salen, eller skjul den (Q)",
    "console.join.other_addresses": "Andre adresser",
    "console.join.in_use": "● {address}  ({name}, i bruk)",
    "console.join.use": "Bruk {address}  ({name})",
    "console.join.voted_one": (
        "1 telefon har stemt i denne økten, så telefonene når denne datamaskinen (ingen det siste "
        "minuttet)."
    ),
    "console.join.voted_many": (
        "{n} telefoner har stemt i denne økten, så telefonene når denne datamaskinen (ingen det siste "
        "minuttet)."
    ),
    "console.poll.caption": "Avstemning",
    "console.poll.none": "Ingen avstemning på dette lysbildet.",
    "console.poll.next": "Ingen avstemning på dette lysbildet. Neste avstemning, på lysbilde {n}: «{question}»",
    "console.poll.open": "Åpne avstemningen",
    "console.poll.close": "Steng avstemningen",
    "console.poll.open_tip": "Åpne eller steng for stemmer i denne avstemningen (O)",
    "console.poll.reveal": "Vis resultatene",
    "console.poll.hide": "Skjul resultatene",
    "console.poll.reveal_tip": "Vis eller skjul resultatene på lerretet (R)",
    "console.poll.reset": "Nullstill…",
    "console.poll.reset_tip": "Slett alle stemmer i denne avstemningen (Ctrl+R)",
    "console.poll.compare": "Ved siden av turneen",
    "console.poll.compare_n": "Ved siden av turneen ({n})",
    "console.poll.compare_tip": (
        "Vis resultatene fra tidligere økter ved siden av denne salens, når resultatene er vist (C)"
    ),
    "console.poll.chip_open": "Åpen",
    "console.poll.chip_closed": "Stengt",
    "console.poll.chip_seen": "Vist i salen",
    "console.poll.chip_hidden": "Skjult for salen",
    "console.poll.not_running": "Avstemningen kjører ikke, så det er ingen tall å vise.",
    "console.poll.waiting": "Venter på de første tallene fra avstemningsserveren.",
    "console.poll.voters_one": "{voted} har stemt · 1 telefon tilkoblet nå",
    "console.poll.voters_many": "{voted} har stemt · {n} telefoner tilkoblet nå",
    "console.poll.answers_one": "Svar: {answers} · 1 telefon tilkoblet nå",
    "console.poll.answers_many": "Svar: {answers} · {n} telefoner tilkoblet nå",
    "console.poll.questions_one": "Spørsmål: {answers} · 1 telefon tilkoblet nå",
    "console.poll.questions_many": "Spørsmål: {answers} · {n} telefoner tilkoblet nå",
    "console.moderation.answers": "Svar",
    "console.moderation.answers_n": "Svar ({n})",
    "console.moderation.questions_n": "Spørsmål ({n})",
    "console.moderation.hidden": "skjult",
    "console.moderation.waiting": "venter",
    "console.moderation.answered_state": "▲ {votes} · besvart",
    "console.moderation.approve": "Godkjenn",
    "console.moderation.answered": "Besvart",
    "console.moderation.unmark": "Fjern markering",
    "console.moderation.show": "Vis",
    "console.moderation.hide": "Skjul",
    "console.notes.caption": "Notater",
    "console.notes.none": "Ingen notater til dette lysbildet.",
    "console.notes.smaller": "Mindre notater",
    "console.notes.larger": "Større notater",
    "console.export.button": "Eksporter resultater…",
    "console.export.tip": "Lagre resultatene fra økten (CSV, JSON) og et PDF-utdelingsark med tallene i en mappe",
    "console.export.ask_folder": "Eksporter resultatene til hvilken mappe?",
    "console.export.not_running": (
        "Avstemningen kjører ikke, så det er ingen økt å eksportere; bruk `votedeck results` etter "
        "foredraget i stedet."
    ),
    "console.export.cannot_write": "Kunne ikke skrive til {folder} ({reason}); velg en mappe du kan skrive i.",
    "console.export.saved": "Resultatene er lagret i {folder}: {files}",
    "console.preview.end": "Slutt på presentasjonen",
    "console.preview.black": "Salen ser en svart skjerm — en hvilken som helst tast henter lysbildet tilbake",
    "console.preview.white": "Salen ser en hvit skjerm — en hvilken som helst tast henter lysbildet tilbake",
    "console.banner.restart": "Start avstemningen på nytt",
    "console.banner.data_dir": "Lagre stemmene i en annen mappe…",
    "console.banner.data_dir_tip": (
        "Når datamappen ikke kan brukes: velg en annen; avstemningen starter igjen der, og den huskes"
    ),
    "console.banner.data_dir_title": "Lagre stemmene i hvilken mappe?",
    "console.deck_banner.title": (
        "Den lagrede presentasjonen har en feil; salen ser fortsatt den siste gode versjonen"
    ),
    "console.deck_warnings.count_one": "1 ting å sjekke i presentasjonen",
    "console.deck_warnings.count_many": "{n} ting å sjekke i presentasjonen",
    "console.deck_warnings.line": "linje {line}: {sentence}",
    "console.deck_warnings.start_hint": (
        "Presentasjonen kan vises som den er: dette er råd, ikke feil. Start "
        "foredraget nå, eller rett presentasjonen og les den inn igjen."
    ),
    "console.deck_warnings.start": "Start foredraget",
    "console.deck_warnings.read_again": "Les presentasjonen inn igjen",
    "console.deck_warnings.show": "Vis",
    "console.deck_warnings.hide": "Skjul",
    "console.deck_warnings.dismiss": "Lukk",
    "console.deck_warnings.dismiss_tip": (
        "Legg bort meldingen; den kommer tilbake når en "
        "lagring gir noe nytt å sjekke"
    ),
    "console.deck_warnings.console_hint": (
        "Bare du ser dette. Rett presentasjonen og lagre "
        "den: lista følger hver lagring."
    ),
    "console.timer.caption": "Medgått",
    "console.timer.clock": "Klokke",
    "console.timer.pause_tip": "Sett tidtakeren på pause eller fortsett (T)",
    "console.timer.reset": "Nullstill",
    "console.timer.reset_tip": "Sett tidtakeren tilbake til 0:00; den starter igjen på neste lysbilde",
    "console.timer.running": "går",
    "console.timer.paused": "på pause — T for å fortsette",
    "console.timer.waiting": "starter på neste lysbilde",
    "console.timer.pause": "Ta pause",
    "console.timer.resume": "Fortsett",
    "console.timer.start": "Sett i gang",
    "console.venue.caption": "Sjekk av lokalet",
    "console.venue.rehearse": "Prøv avstemningen ({seconds} s)",
    "console.venue.rehearse_tip": (
        "{phones} testtelefoner stemmer i en prøveøkt på maskinens nettverksadresse; den ekte økten "
        "røres ikke"
    ),
    "console.venue.rehearsing": "Prøver…",
    "console.venue.rehearsing_note": "{phones} testtelefoner stemmer i en prøveøkt; foredragets stemmer røres ikke.",
    "console.venue.rehearsal_failed": "Prøven kunne ikke kjøres; prøv `votedeck rehearse`.",
    "console.venue.rehearsal_error": (
        "Prøven kunne ikke kjøres ({error}); prøv igjen, eller kjør `votedeck rehearse`."
    ),
    "console.venue.local_only": (
        "Avstemningen lytter bare på denne maskinen, så telefonene kan ikke komme inn: start uten "
        "--host eller med --host 0.0.0.0."
    ),
    "console.reset.title": "Nullstill avstemningen",
    "console.reset.question": "Glemme alle stemmene i denne avstemningen? Salen begynner på nytt fra null.",
    "console.reset.yes": "Glem stemmene",
    "console.reset.no": "Behold dem",
    "console.start.open": "Åpne en presentasjon…",
    "console.start.open_title": "Åpne en presentasjon",
    "console.start.filter": "Markdown-presentasjoner (*.md *.markdown)",
    "console.start.bundled": "Vis det medfølgende foredraget",
    "console.start.intro": "Åpne en Markdown-presentasjon, eller slipp en .md-fil på dette vinduet.",
    "console.start.session": "Navn på økten:",
    "console.start.session_hint": "for eksempel kommunen (valgfritt)",
    "console.start.recent": "Nylige presentasjoner (dobbeltklikk for å åpne):",
    "console.start.fix_deck": "{error}\nRett presentasjonen og åpne den igjen, eller velg en annen.",
    "console.start.cannot_read": "{path}: kan ikke lese presentasjonen ({reason}); velg en annen fil.",
    "console.awake.held": "Dvale er blokkert mens du presenterer.",
    "console.awake.not_held": (
        "Dvale er ikke blokkert ({why}): "
        "sett skjerm og dvale på maskinen til «aldri» under foredraget."),
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
    "console.session.new": "Ny økt…",
    "console.session.new_tooltip": "Start en ny økt for neste kommune; stemmene så langt blir i denne",
    "console.session.new_question": (
        "Starte en ny økt med navnet «{name}»? Salens stemmer begynner på nytt; stemmene "
        "så langt blir i den tidligere økten."),
    "console.session.new_started": "En ny økt, «{name}», har begynt; den tidligere beholder stemmene sine.",
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
    # The phone page for the newer question kinds: choice, scale, open answers, questions.
    "phone.pick_hint": "Velg opptil {k}, og trykk Send.",
    "phone.send": "Send",
    "phone.other": "Annet",
    "phone.other_prompt": "Ditt andre svar (valgfritt)",
    "phone.answer_prompt": "Ditt svar",
    "phone.ask_prompt": "Ditt spørsmål",
    "phone.your_answers": "Dine svar",
    "phone.save": "Lagre",
    "phone.withdraw": "Trekk tilbake",
    "phone.upvote": "Stem opp",
    "phone.upvoted": "Stemt opp",
    "phone.answered": "Besvart",
    "phone.hidden": "Skjult av foredragsholderen",
    "phone.waiting": "Venter på godkjenning fra foredragsholderen",
    "phone.no_questions": "Ingen spørsmål ennå. Still det første.",
    "phone.all_used": "Du har sendt så mange svar du kan. Rett eller trekk ett tilbake.",
    # What the slide prints for those kinds (counts, the mean and median, the wall, the cloud).
    "slide.mean": "Gjennomsnitt",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørsmål",
    "slide.no_answers": "Ingen svar ennå",
    "slide.no_questions": "Ingen spørsmål ennå",
    "slide.more": "og {n} til",
    "slide.pick": "Velg opptil {k}",
    "slide.voters": "{n} har svart",
    "slide.answered": "besvart",
    "slide.cloud_more": "+{n} ord til",
    "console.server.ports_in_use": (
        "Port {port} (og de neste {more}) er allerede i bruk; stopp det andre programmet og start "
        "avstemningen på nytt, eller start votedeck med --port på en ledig port."),
    "console.server.port_in_use": (
        "Port {port} er allerede i bruk; stopp det andre programmet og start avstemningen på nytt, "
        "eller start votedeck med --port på en ledig port."),
    "console.server.port_needs_admin": (
        "Port {port} krever administratorrettigheter; start votedeck med --port 8080 eller en annen over 1023."),
    "console.server.no_such_address": "Denne maskinen har ikke adressen {host}; start votedeck med --host 0.0.0.0.",
    "console.server.cannot_listen": (
        "Kan ikke lytte på {host}:{port} ({detail}); start votedeck med en annen --host eller --port."),
    "console.server.no_free_port": "Ingen port fra {port} og oppover er ledig; start votedeck med --port på en annen.",
    "console.server.folder_unusable": (
        "Datamappen {folder} kan ikke brukes ({detail}); lagre stemmene i en mappe du kan skrive i."),
    "console.server.folder_taken": (
        "En annen votedeck bruker allerede stemmene i {folder}; ofte er det en prøve som fortsatt kjører "
        "i et annet vindu. Stopp den og start avstemningen på nytt, eller lagre stemmene i en annen mappe."),
    "console.server.folder_taken_by": (
        "En annen votedeck (prosess {pid}) bruker allerede stemmene i {folder}; ofte er det en prøve som "
        "fortsatt kjører i et annet vindu. Stopp den og start avstemningen på nytt, eller lagre stemmene "
        "i en annen mappe."),
    "console.server.folder_taken_by_port": (
        "En annen votedeck (prosess {pid}, port {port}) bruker allerede stemmene i {folder}; ofte er det "
        "en prøve som fortsatt kjører i et annet vindu. Stopp den og start avstemningen på nytt, eller "
        "lagre stemmene i en annen mappe."),
    "console.server.folder_not_made": (
        "Datamappen {folder} kan ikke opprettes ({detail}); lagre stemmene i en annen mappe."),
    "console.server.db_read_only": (
        "Stemmedatabasen {path} kan ikke skrives til (skrivebeskyttet); gjør den skrivbar, eller lagre "
        "stemmene i en annen mappe."),
    "console.server.db_locked": (
        "Stemmedatabasen {path} er låst av et annet program (en annen votedeck?); lukk det, eller lagre "
        "stemmene i en annen mappe."),
    "console.server.db_damaged": (
        "Stemmedatabasen {path} er skadet; flytt den til side for å beholde den, eller lagre stemmene i "
        "en annen mappe."),
    "console.server.disk_full": (
        "Disken med stemmedatabasen {path} er full; frigjør plass, eller lagre stemmene i en annen mappe."),
    "console.server.db_cannot_open": (
        "Stemmedatabasen {path} kan ikke åpnes (finnes mappen, og kan du skrive i den?); lagre stemmene "
        "i en annen mappe."),
    "console.server.db_unusable": (
        "Stemmedatabasen {path} kan ikke brukes ({detail}); lagre stemmene i en annen mappe."),
    "console.server.not_running": (
        "Avstemningen kjører ikke, så ingenting kan lagres; start avstemningen på nytt først."),
    "console.server.no_answer": (
        "Stemmelageret svarte ikke i tide, så ingenting ble lagret; prøv igjen om et øyeblikk."),
    "console.server.store_closed": (
        "Stemmene kan ikke lagres: stemmelageret er lukket; start avstemningen på nytt."),
    "console.server.already_started": "Denne avstemningsserveren var allerede startet; start avstemningen på nytt.",
    "console.server.token_too_short": (
        "En kontrollnøkkel må være minst {least} tegn lang; start votedeck uten --token for å få en "
        "tilfeldig, eller velg en lengre."),
    "console.server.start_failed": (
        "Avstemningsserveren kunne ikke starte ({detail}); start avstemningen på nytt, eller start "
        "votedeck med en annen --port."),
    "console.server.crashed": (
        "Avstemningsserveren kunne ikke starte ({detail}); lysbildene virker fortsatt, start "
        "avstemningen på nytt fra konsollen."),
    "console.server.stopped": (
        "Avstemningen stoppet uventet; start den på nytt så telefonene kan stemme igjen."),
    "console.server.other": "Avstemningen meldte om en feil: {detail}",
    "console.awake.why.platform": "votedeck vet ikke hvordan dette gjøres på {platform}",
    "console.awake.why.no_bus": "det finnes ingen sesjonsbuss for skrivebordet; DBUS_SESSION_BUS_ADDRESS er ikke satt",
    "console.awake.why.no_jeepney": "pakken jeepney mangler: pip install jeepney",
    "console.awake.why.bus_unreachable": "skrivebordets sesjonsbuss kan ikke nås: {error}",
    "console.awake.why.not_accepted": (
        "ingen skjermspartjeneste på skrivebordets sesjonsbuss godtok forespørselen: {error}"),
    "console.awake.why.windows_refused": "Windows avviste SetThreadExecutionState",
    "console.awake.why.no_caffeinate": "verken IOKit eller caffeinate kunne brukes: {error}",
    "venue.firewall.windows": (
        "Windows kan hindre telefonene i å nå port {port}: når Windows spør, tillat Python på private "
        "nettverk; hvis du valgte Offentlig eller klikket Avbryt: Windows-sikkerhet → Brannmur og "
        "nettverksbeskyttelse → Tillat en app gjennom brannmuren → huk av for Python (Privat og Offentlig)."),
    "venue.firewall.macos_blocks_all": (
        "macOS-brannmuren blokkerer alle innkommende tilkoblinger, så telefonene kan ikke stemme: "
        "Systeminnstillinger → Nettverk → Brannmur → Valg → slå av «Blokker alle innkommende "
        "tilkoblinger» og tillat innkommende tilkoblinger for Python."),
    "venue.firewall.macos_on": (
        "macOS-brannmuren er på: når macOS spør om Python kan ta imot innkommende nettverkstilkoblinger, "
        "klikk Tillat; hvis du gikk glipp av det: Systeminnstillinger → Nettverk → Brannmur → Valg → "
        "tillat innkommende tilkoblinger for Python."),
    "venue.firewall.macos_maybe": (
        "Hvis macOS-brannmuren er på, tillat Python: Systeminnstillinger → Nettverk → Brannmur → Valg → "
        "tillat innkommende tilkoblinger for Python."),
    "venue.firewall.ufw": (
        "Brannmuren ufw er på og kan hindre telefonene i å nå port {port}: kjør `sudo ufw allow "
        "{port}/tcp` før foredraget (og `sudo ufw delete allow {port}/tcp` etterpå, om du vil)."),
    "venue.firewall.firewalld": (
        "firewalld kjører og kan hindre telefonene i å nå port {port}: kjør `sudo firewall-cmd "
        "--add-port={port}/tcp` før foredraget (det varer til neste omstart)."),
    "venue.rehearsal.none_reached": (
        "Ingen av de {phones} testtelefonene nådde {url} ({reasons}). Sjekk at votedeck kjører og at "
        "adressen er den på bli med-skjermen; er den det, blokkerer en brannmur porten (se "
        "docs/venue.md), eller denne maskinen er på et annet nettverk enn den bærbare."),
    "venue.rehearsal.voted": "{done} av {phones} testtelefoner stemte; tregeste svar {slowest}.",
    "venue.rehearsal.reached": "{done} av {phones} testtelefoner nådde den bærbare; tregeste svar {slowest}.",
    "venue.rehearsal.lost": (
        "{lost} kom ikke gjennom: lukk andre programmer på den bærbare, flytt den nærmere "
        "wifi-tilgangspunktet (eller bruk dens eget hotspot), og prøv igjen."),
    "venue.rehearsal.lost_reasons": (
        "{lost} kom ikke gjennom ({reasons}): lukk andre programmer på den bærbare, flytt den nærmere "
        "wifi-tilgangspunktet (eller bruk dens eget hotspot), og prøv igjen."),
    "venue.rehearsal.lost_in_time": (
        "{lost} kom ikke gjennom før tiden var ute: lukk andre programmer på den bærbare, flytt den "
        "nærmere wifi-tilgangspunktet (eller bruk dens eget hotspot), og prøv igjen."),
    "venue.rehearsal.lost_reasons_in_time": (
        "{lost} kom ikke gjennom ({reasons}) før tiden var ute: lukk andre programmer på den bærbare, "
        "flytt den nærmere wifi-tilgangspunktet (eller bruk dens eget hotspot), og prøv igjen."),
    "venue.rehearsal.slow": (
        "Det er så tregt at telefonene vil virke som de har hengt seg: lukk andre programmer på den "
        "bærbare, og bruk dens eget hotspot eller et mindre travelt nettverk."),
    "venue.rehearsal.no_votes_sent": "Ingen teststemmer ble sendt, så økten forblir ren.",
    "venue.rehearsal.laptop_ready": (
        "Den bærbares side er klar. Testen kjørte på selve den bærbare, så den kan ikke vise om wifi-en "
        "på stedet slipper telefonene gjennom: åpne bli med-adressen på en telefon og følg med på "
        "konsollens linje om telefoner som har nådd denne datamaskinen."),
    "venue.rehearsal.network_ready": "Telefoner på dette nettverket kan nå den bærbare.",
    "venue.rehearsal.ms": "{n} ms",
    "venue.rehearsal.seconds": "{whole},{tenth} s",
    "venue.reason.times": "{reason} ×{n}",
    "venue.reason.timeout": "tidsavbrudd",
    "venue.reason.unreachable": "tilkoblingen ble avvist eller kunne ikke nås",
    "venue.reason.connection_error": "tilkoblingsfeil",
    "venue.reason.bad_answer": "feil svar",
    "venue.reason.no_cookie": "ingen velgercookie",
    # Advarslene for en presentasjon (presenter/deck): appen sier dem på talerens språk.
    "deck.empty_pair": (
        "to «---»-linjer uten noe imellom: det tomme lysbildet blir hoppet over; fjern den ene "
        "«---», eller skriv lysbildet"),
    "deck.blank_slide": (
        "lysbilde {slide} viser ingenting (bare notater eller innstillinger); skriv tittel eller "
        "tekst på det, eller fjern det"),
    "deck.web_image": (
        "bildet «{address}» ligger på nettet, og votedeck virker uten internett: lysbildet viser "
        "en plassholder; lagre bildet ved siden av presentasjonen, og skriv filnavnet i stedet"),
    "deck.split_picture": (
        "bildet ved siden av teksten på lysbilde {slide} (![bg {split}]) blir utelatt: et "
        "{layout}-lysbilde bruker hele bredden; sett det på et lysbilde med tekst, eller bruk "
        "«![bg]» bak dette"),
    "deck.style_block": (
        "en <style>-blokk (CSS fra Marp) blir utelatt: votedeck leser ikke CSS; angi fargene "
        "under theme: (docs/deck-format.md)"),
    "deck.placeholder": (
        "«{text}» ser ut som en plassholder fra en mal som er blitt stående; skriv teksten salen "
        "skal se"),
    "deck.marp.left_out": "Marp-direktivet «{name}» blir utelatt: {why}",
    "deck.marp.why.theme": (
        "votedeck tegner sitt eget utseende; angi fargene under theme: (docs/deck-format.md)"),
    "deck.marp.why.style": "votedeck leser ikke CSS; angi fargene under theme: (docs/deck-format.md)",
    "deck.marp.why.size": "lysbildene i votedeck er alltid 16:9",
    "deck.marp.why.math": "formler vises slik de er skrevet",
    "deck.marp.why.heading_divider": (
        "lysbildene deles bare ved «---»-linjer; sett en foran hver overskrift som skal starte "
        "et nytt lysbilde"),
    "deck.marp.why.background": "et bakgrunnsbilde skrives «![bg](bilde.png)» på lysbildet",
    "deck.marp.why.background_size": (
        "størrelsen på et bakgrunnsbilde skrives «![bg contain](bilde.png)»"),
    "deck.marp.why.description": "sammendraget av presentasjonen vises ikke",
    "deck.marp.why.image": "forhåndsbildet av presentasjonen vises ikke",
    "deck.marp.why.keywords": "nøkkelordene for presentasjonen vises ikke",
    "deck.marp.why.url": "adressen til presentasjonen vises ikke",
    "deck.marp.why.transition": "lysbildene skifter uten overgang",
    "deck.marp.colour": (
        "{name} «{text}» er ikke en farge votedeck kan tegne, og blir utelatt; skriv en hex-farge "
        "som «#123456» eller et navn som «white»"),
    "deck.fence.never_closed": (
        "{block}-blokken som starter på linje {line}, blir aldri lukket, så den fortsetter til "
        "slutten av presentasjonen: resten av det siste lysbildet leses som en del av blokken; "
        "avslutt blokken med en linje som bare inneholder «{marker}»"),
    "deck.fence.never_closed_slip": (
        "{block}-blokken som starter på linje {line}, blir aldri lukket, så den fortsetter til "
        "slutten av presentasjonen: resten av det siste lysbildet leses som en del av blokken "
        "({slip}); avslutt blokken med en linje som bare inneholder «{marker}»"),
    "deck.fence.still_open": (
        "{block}-blokken som starter på linje {line}, er fortsatt åpen på linje {at}, der "
        "«{opener}» starter en ny blokk, så linjene imellom vises som kode; avslutt blokken med "
        "en linje som bare inneholder «{marker}»"),
    "deck.fence.still_open_slip": (
        "{block}-blokken som starter på linje {line}, er fortsatt åpen på linje {at}, der "
        "«{opener}» starter en ny blokk, så linjene imellom vises som kode ({slip}); avslutt "
        "blokken med en linje som bare inneholder «{marker}»"),
    "deck.fence.slip_indented": (
        "linje {line} har for stort innrykk til å lukke blokken: sett «{text}» helt ute til venstre"),
    "deck.fence.slip_not_closing": (
        "linje {line}, «{text}», lukker ikke blokken: en avslutningslinje er «{marker}» alene"),
}
