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
    "phone.on_paper": "inkl. {n} på papir",
    "phone.no_script_note": "Last inn sida på nytt for å sjå neste spørsmål.",
    "phone.wait_static": "Last inn sida på nytt når neste spørsmål er stilt.",
    "phone.reload": "Last inn sida på nytt",
    "phone.language": "Mål",
    "phone.progress": "Spørsmål {n} av {total}",
    "phone.thanks": "Takk for svara dine!",
    "phone.thanks_hint": "Det er ingen fleire spørsmål.",
    "phone.slide_now": "Skjermen akkurat no",
    "phone.slide_number": "Lysbilete {n}",
    "phone.back": "Attende",
    "phone.error_bad": "Svaret kunne ikkje lesast; last inn sida på nytt og prøv igjen.",
    "phone.error_forbidden": "Det kan berre røystast frå sjølve avrøystingssida; opna adressa frå lerretet.",
    "phone.error_gone": "Det spørsmålet finst ikkje i føredraget; last inn sida på nytt.",
    "phone.error_slow": "Stemma brukte for lang tid; prøv igjen.",
    "phone.error_not_open": (
        "Det vert ikkje røysta over det spørsmålet no; last inn sida på nytt "
        "for å sjå det aktuelle."
    ),
    "phone.error_too_large": (
        "Det som vart sendt, var for stort til å vere ei stemme; last inn sida "
        "på nytt og prøv igjen."
    ),
    "phone.error_busy": "For mange førespurnader frå nettverket ditt; vent eit sekund og prøv igjen.",
    "phone.error_too_many_phones": (
        "For mange telefonar frå nettverket ditt har røysta over dette "
        "spørsmålet; be føredragshaldaren auke grensa."
    ),
    "phone.error_not_saved": "Stemma di kunne ikkje lagrast; prøv igjen om ei lita stund.",
    "phone.error_other": "Noko gjekk gale; last inn sida på nytt og prøv igjen.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Avrøysting open",
    "slide.poll_closed": "Avrøysting stengd",
    "slide.poll_preview": "Avrøysting",
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
    "slide.joined": "Du er med. Andre kan skanne QR-koden på storskjermen eller opne",
    "slide.voted_at": "Salen røysta på {url}",
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
    # The tour beside the room, on slides and in the report (presenter.render.compare_bars).
    "tour.room": "De",
    "tour.room_n": "De (n = {n})",
    "tour.earlier": "Tidlegare kommunar ({sessions}, n = {n})",
    "tour.picked": "Andre kommunar ({sessions}, n = {n})",
    "tour.earlier_short": "Tidlegare kommunar ({sessions})",
    "tour.picked_short": "Andre kommunar ({sessions})",
    "tour.before": "Før",
    "tour.after": "Etter",
    "tour.hand_counted": "handtalt",
    "tour.on_paper": "inkl. {n} på papir",
    "tour.shift": "{points} poeng sidan sist",
    # The report after the talk (presenter/report, votedeck report).
    "report.kicker": "Rapport frå avrøystinga",
    "report.voters": "{n} telefonar røysta",
    "report.hand_total": "{n} røyster talde på papir",
    "report.made_by": "Laga med votedeck",
    "report.no_polls": "Føredraget stilte ingen spørsmål med avrøysting.",
    "report.answers": "Svar frå salen",
    "report.questions": "Spørsmål frå salen",
    "report.upvotes": "{n} ×",
    "report.method": "Slik er det talt",
    "report.method_anonymous": (
        "Avrøystinga var anonym: ein telefon er berre kjend ved eit tilfeldig nummer, og "
        "ingen namn, IP-adresser eller andre personopplysningar er lagra."
    ),
    "report.method_one_vote": (
        "Kvar telefon har éi røyst per spørsmål. Ho kan endrast så lenge avrøystinga er open;"
        " den siste røysta tel."
    ),
    "report.method_hand": "Røyster talde på papir er lagde til telefonane sine og merkte som handtalde.",
    "report.method_compare": (
        "Samanlikninga slår saman {sessions} andre kommunar. Eit spørsmål blir berre "
        "samanlikna der det vart stilt med same ordlyd og svaralternativ."
    ),
    "report.method_no_compare": "Resultata er ikkje samanlikna med andre kommunar.",
    "report.left_out": "Utelate frå samanlikninga:",
    "report.not_asked": "{session}: spørsmålet «{poll}» vart ikkje stilt",
    "report.reworded": "{session}: spørsmålet «{poll}» vart stilt med ein annan ordlyd",
    "report.other_options": "{session}: spørsmålet «{poll}» hadde andre svaralternativ",
    "report.again": "Stilt att seinare (før → etter)",
    "report.again_line": "«{poll}»: lysbilete {first} → {later} (n = {before} → {after})",
    # The speaker's console (presenter.ui.speaker_words: the speaker's language, not the deck's).
    "console.header.overview": "Alle lysbilete (G)",
    "console.header.back": "Attende (G)",
    "console.header.slide": "Lysbilete {n} av {total}",
    "console.header.voting_off": "Avrøysting av",
    "console.header.phones_one": "● 1 telefon tilkopla no",
    "console.header.phones_many": "● {n} telefonar tilkopla no",
    "console.header.join_showing": "Bli med-skjermen vert vist",
    "console.header.room_sees_black": "Salen ser svart",
    "console.header.room_sees_white": "Salen ser kvitt",
    "console.status.voting_down": "Avrøystinga er nede",
    "console.window.title": "{deck} — votedeck-konsoll",
    "console.caption.now": "No — det salen ser",
    "console.caption.next": "Neste",
    "console.caption.overview": "Alle lysbilete — klikk på eitt for å vise det · G eller Esc for å gå attende",
    "console.language.label": "Språk",
    "console.language.tip": "Språket i konsollen og vindauga til appen; lysbileta brukar språket i presentasjonen",
    "console.join.caption": "Telefonane går inn på",
    "console.join.loopback_only": (
        "Telefonane kan ikkje nå denne datamaskina: avrøystinga lyttar berre på sjølve maskina; start "
        "utan --host eller med --host 0.0.0.0."
    ),
    "console.join.no_lan": (
        "Telefonane kan ikkje nå denne datamaskina: ho har inga nettverksadresse utanom seg sjølv. "
        "Start eit hotspot eller kopla til nettverket på staden."
    ),
    "console.join.port_moved": (
        "Porten du bad om, var oppteken, så avrøystinga flytta til port {port}; QR-koden og adressa "
        "her brukar han alt."
    ),
    "console.join.hall_size": (
        "Denne maskina lèt votedeck halde om lag {phones} telefonar samstundes (grense for opne filer "
        "{limit}); for ein større sal må ho hevast (til dømes `ulimit -n 4096`) før start."
    ),
    "console.join.voting_off": "Avrøystinga er slått av",
    "console.join.voting_starting": "Avrøystinga startar …",
    "console.join.no_voting": "Telefonane kan ikkje røyste under denne visinga.",
    "console.join.address": "Adresse {host} · port {port}",
    "console.join.address_bound": "Adresse {host} · port {port} · lyttar på {bound}",
    "console.join.show": "Vis bli med-skjermen",
    "console.join.show_tip": "Vis QR-koden i fullskjerm for salen, eller skjul han (Q)",
    "console.join.other_addresses": "Andre adresser",
    "console.join.in_use": "● {address}  ({name}, i bruk)",
    "console.join.use": "Bruk {address}  ({name})",
    "console.join.voted_one": (
        "1 telefon har røysta i denne økta, så telefonane når denne datamaskina (ingen det siste "
        "minuttet)."
    ),
    "console.join.voted_many": (
        "{n} telefonar har røysta i denne økta, så telefonane når denne datamaskina (ingen det siste "
        "minuttet)."
    ),
    "console.poll.caption": "Avrøysting",
    "console.poll.none": "Inga avrøysting på dette lysbiletet.",
    "console.poll.next": "Inga avrøysting på dette lysbiletet. Neste avrøysting, på lysbilete {n}: «{question}»",
    "console.poll.open": "Opne avrøystinga",
    "console.poll.close": "Steng avrøystinga",
    "console.poll.open_tip": "Opne eller steng for røyster i denne avrøystinga (O)",
    "console.poll.reveal": "Vis resultata",
    "console.poll.hide": "Skjul resultata",
    "console.poll.reveal_tip": "Vis eller skjul resultata på lerretet (R)",
    "console.poll.reset": "Nullstill…",
    "console.poll.reset_tip": "Slett alle røyster i denne avrøystinga (Ctrl+R)",
    "console.poll.compare": "Ved sida av turneen",
    "console.poll.compare_n": "Ved sida av turneen ({n})",
    "console.poll.compare_tip": (
        "Vis resultata frå tidlegare økter ved sida av resultata i denne salen, når dei er viste (C)"
    ),
    "console.poll.chip_open": "Open for røyster",
    "console.poll.chip_closed": "Stengd",
    "console.poll.chip_seen": "Vist i salen",
    "console.poll.chip_hidden": "Skjult for salen",
    "console.poll.not_running": "Avrøystinga køyrer ikkje, så det er ingen tal å vise.",
    "console.poll.waiting": "Ventar på dei første tala frå avrøystingstenaren.",
    "console.poll.voters_one": "{voted} har røysta · 1 telefon tilkopla no",
    "console.poll.voters_many": "{voted} har røysta · {n} telefonar tilkopla no",
    "console.poll.answers_one": "Svar: {answers} · 1 telefon tilkopla no",
    "console.poll.answers_many": "Svar: {answers} · {n} telefonar tilkopla no",
    "console.poll.questions_one": "Spørsmål: {answers} · 1 telefon tilkopla no",
    "console.poll.questions_many": "Spørsmål: {answers} · {n} telefonar tilkopla no",
    "console.moderation.answers": "Svar",
    "console.moderation.answers_n": "Svar ({n})",
    "console.moderation.questions_n": "Spørsmål ({n})",
    "console.moderation.hidden": "skjult",
    "console.moderation.waiting": "ventar",
    "console.moderation.answered_state": "▲ {votes} · svara på",
    "console.moderation.approve": "Godkjenn",
    "console.moderation.answered": "Svara på",
    "console.moderation.unmark": "Fjern markering",
    "console.moderation.show": "Vis",
    "console.moderation.hide": "Skjul",
    "console.notes.caption": "Notat",
    "console.notes.none": "Ingen notat til dette lysbiletet.",
    "console.notes.smaller": "Mindre notat",
    "console.notes.larger": "Større notat",
    "console.export.button": "Eksporter resultat…",
    "console.export.tip": "Lagre resultata frå økta (CSV, JSON) og eit PDF-utdelingsark med tala i ei mappe",
    "console.export.ask_folder": "Eksporter resultata til kva mappe?",
    "console.export.not_running": (
        "Avrøystinga køyrer ikkje, så det er inga økt å eksportere; bruk `votedeck results` etter "
        "foredraget i staden."
    ),
    "console.export.cannot_write": "Kunne ikkje skrive til {folder} ({reason}); vel ei mappe du kan skrive i.",
    "console.export.saved": "Resultata er lagra i {folder}: {files}",
    "console.preview.end": "Slutt på presentasjonen",
    "console.preview.black": "Salen ser ein svart skjerm — kva tast som helst hentar lysbiletet attende",
    "console.preview.white": "Salen ser ein kvit skjerm — kva tast som helst hentar lysbiletet attende",
    "console.banner.restart": "Start avrøystinga på nytt",
    "console.banner.data_dir": "Lagre røystene i ei anna mappe…",
    "console.banner.data_dir_tip": (
        "Når datamappa ikkje kan brukast: vel ei anna; avrøystinga startar igjen der, og ho vert "
        "hugsa"
    ),
    "console.banner.data_dir_title": "Lagre røystene i kva mappe?",
    "console.deck_banner.title": "Den lagra presentasjonen har ein feil; salen ser framleis den siste gode versjonen",
    "console.deck_warnings.count_one": "1 ting å sjekke i presentasjonen",
    "console.deck_warnings.count_many": "{n} ting å sjekke i presentasjonen",
    "console.deck_warnings.line": "linje {line}: {sentence}",
    "console.deck_warnings.start_hint": (
        "Presentasjonen kan visast som han er: dette er råd, ikkje feil. Start "
        "foredraget no, eller rett presentasjonen og les han inn att."
    ),
    "console.deck_warnings.start": "Start foredraget",
    "console.deck_warnings.read_again": "Les presentasjonen inn att",
    "console.deck_warnings.show": "Vis",
    "console.deck_warnings.hide": "Gøym",
    "console.deck_warnings.dismiss": "Lukk",
    "console.deck_warnings.dismiss_tip": (
        "Legg bort meldinga; ho kjem tilbake når ei "
        "lagring gjev noko nytt å sjekke"
    ),
    "console.deck_warnings.console_hint": (
        "Berre du ser dette. Rett presentasjonen og lagre "
        "han: lista følgjer kvar lagring."
    ),
    "console.timer.caption": "Gått",
    "console.timer.clock": "Klokke",
    "console.timer.pause_tip": "Set tidtakaren på pause eller hald fram (T)",
    "console.timer.reset": "Nullstill",
    "console.timer.reset_tip": "Set tidtakaren attende til 0:00; han startar igjen på neste lysbilete",
    "console.timer.running": "går",
    "console.timer.paused": "på pause — T for å halde fram",
    "console.timer.waiting": "startar på neste lysbilete",
    "console.timer.pause": "Ta pause",
    "console.timer.resume": "Hald fram",
    "console.timer.start": "Set i gang",
    "console.venue.caption": "Sjekk av lokalet",
    "console.venue.rehearse": "Prøv avrøystinga ({seconds} s)",
    "console.venue.rehearse_tip": (
        "{phones} testtelefonar røystar i ei prøveøkt på nettverksadressa til maskina; den verkelege "
        "økta vert ikkje rørt"
    ),
    "console.venue.rehearsing": "Prøver…",
    "console.venue.rehearsing_note": (
        "{phones} testtelefonar røystar i ei prøveøkt; røystene i foredraget vert ikkje rørte."
    ),
    "console.venue.rehearsal_failed": "Prøva kunne ikkje køyrast; prøv `votedeck rehearse`.",
    "console.venue.rehearsal_error": (
        "Prøva kunne ikkje køyrast ({error}); prøv igjen, eller køyr `votedeck rehearse`."
    ),
    "console.venue.local_only": (
        "Avrøystinga lyttar berre på denne maskina, så telefonane kan ikkje kome inn: start utan "
        "--host eller med --host 0.0.0.0."
    ),
    "console.reset.title": "Nullstill avrøystinga",
    "console.reset.question": "Gløyme alle røystene i denne avrøystinga? Salen byrjar på nytt frå null.",
    "console.reset.yes": "Gløym røystene",
    "console.reset.no": "Behald dei",
    "console.start.open": "Opne ein presentasjon…",
    "console.start.open_title": "Opne ein presentasjon",
    "console.start.filter": "Markdown-presentasjonar (*.md *.markdown)",
    "console.start.bundled": "Vis foredraget som følgjer med",
    "console.start.intro": "Opne ein Markdown-presentasjon, eller slepp ei .md-fil på dette vindauget.",
    "console.start.session": "Namn på økta:",
    "console.start.session_hint": "til dømes kommunen (valfritt)",
    "console.start.recent": "Nyleg brukte presentasjonar (dobbeltklikk for å opne):",
    "console.start.fix_deck": "{error}\nRett presentasjonen og opne han igjen, eller vel ein annan.",
    "console.start.cannot_read": "{path}: kan ikkje lese presentasjonen ({reason}); vel ei anna fil.",
    "console.awake.held": "Kvilemodus er blokkert medan du presenterer.",
    "console.awake.not_held": (
        "Kvilemodus er ikkje blokkert ({why}): "
        "set skjerm og kvilemodus på maskina til «aldri» under føredraget."),
    "console.remote.title": "Telefonen din som fjernkontroll",
    "console.remote.pair": "Kople til telefonen min",
    "console.remote.renew": "Ny kode",
    "console.remote.hint": (
        "Skann med din eigen telefon: han byter lysbilete og styrer avstemmingane. Ikkje "
        "vis koden på lerretet; han verkar éin gong, i {minutes} minutt."),
    "console.remote.down": "Fjernkontrollen verkar medan avstemminga køyrer.",
    # The speaker's remote on their own phone (server.web.remote_page, assets/web/remote.js),
    # in that phone's language.
    "remote.title": "Fjernkontroll",
    "remote.refused": (
        "Dette er fjernkontrollen til føredragshaldaren. Kople han til ved å skanne koden "
        "på konsollen til føredragshaldaren."),
    "remote.previous": "Førre",
    "remote.next": "Neste",
    "remote.poll": "Avstemming",
    "remote.open": "Opna avstemminga",
    "remote.close": "Lukk avstemminga",
    "remote.reveal": "Vis resultata",
    "remote.hide": "Skjul resultata",
    "remote.now": "No",
    "remote.up_next": "Neste lysbilete",
    "remote.notes": "Notat",
    "remote.no_notes": "Ingen notat til dette lysbiletet.",
    "remote.no_script": "Fjernkontrollen treng JavaScript.",
    "remote.offline": "Sambandet er brote – prøver igjen …",
    "remote.where": "Lysbilete {n} av {total}",
    "remote.poll_open": "Open · {n} har røysta",
    "remote.poll_closed": "Lukka · {n} har røysta",
    "remote.no_image": "Ikkje noko bilete enno",
    "console.paper.button": "Røystesetlar…",
    "console.paper.tooltip": (
        "Skriv inn røystesetlar som er talde for hand for denne røystinga; dei vert haldne "
        "åtskilde frå røystene frå telefonane og merkte på lysbiletet"
    ),
    "console.paper.title": "Røystesetlar",
    "console.paper.lead": (
        "Røystesetlar talde for hand for «{question}». Lysbiletet legg dei til røystene frå "
        "telefonane og seier kor mange som var på papir. La eit felt stå tomt for ingen; er "
        "alle tomme, vert dei fjerna."
    ),
    "console.paper.typed": "Denne røystinga tek skrivne svar, så det er ingen svaralternativ å telje på papir.",
    "console.paper.save": "Lagre",
    "console.paper.cancel": "Avbryt",
    "console.paper.close": "Lukk",
    "console.paper.not_saved": "Røystesetlane kunne ikkje lagrast; prøv att.",
    "console.paper.on_paper": "{n} på papir",
    "console.paper.refused.not_a_number": (
        "{option}: «{value}» er ikkje eit tal på røystesetlar; skriv eit heilt tal som 23, "
        "eller la feltet stå tomt for ingen."
    ),
    "console.paper.refused.out_of_range": (
        "{option}: {n} røystesetlar kan ikkje stemme; skriv eit tal frå 0 til {most}."
    ),
    "console.paper.refused.typed": "Denne røystinga tek skrivne svar, så det er ingen svaralternativ å telje på papir.",
    "console.paper.refused.unknown_option": (
        "Denne røystinga har ikkje svaralternativet «{option}»; last inn decket på nytt og "
        "tel att."
    ),
    "console.paper.refused.no_poll": (
        "Røystinga er ikkje lenger i decket (det er endra); lukk dette og opne det att på "
        "lysbiletet til røystinga."
    ),
    "console.paper.no_voting": (
        "Røystinga køyrer ikkje, så røystesetlane kan ikkje lagrast; start røystinga på nytt "
        "først (banneret øvst)."
    ),
    "console.session.caption": "Namnet på økta",
    "console.session.placeholder": "Kommunen, t.d. Trondheim kommune",
    "console.session.tooltip": "Namnet rapporten, eksportane og votedeck sessions gjev denne økta",
    "console.session.save": "Gje namn",
    "console.session.new": "Ny økt…",
    "console.session.new_tooltip": "Start ei ny økt for neste kommune; røystene så langt blir i denne",
    "console.session.new_question": (
        "Starte ei ny økt med namnet «{name}»? Røystene i salen byrjar på nytt; røystene "
        "så langt blir i den tidlegare økta."),
    "console.session.new_started": "Ei ny økt, «{name}», har byrja; den tidlegare held på røystene sine.",
    "console.session.saved": "Denne økta heiter no «{name}».",
    "console.session.not_saved": "Namnet kunne ikkje lagrast; prøv att.",
    "console.session.refused.empty": (
        "Ei økt må ha eit namn, til dømes kommunen føredraget vert halde i («Trondheim "
        "kommune»)."
    ),
    "console.session.refused.too_long": (
        "Namnet er {n} teikn langt; hald det under {most}, til dømes «Trondheim kommune»."
    ),
    "console.session.no_voting": (
        "Røystinga køyrer ikkje, så det er inga økt å gje namn; start røystinga på nytt først"
        " (banneret øvst)."
    ),
    "console.report.button": "Rapport…",
    "console.report.tooltip": "Skriv PDF-rapporten til kommunen for denne økta (ved sida av turneen når han vert vist)",
    "console.report.dialog": "Lagre rapporten som",
    "console.report.no_voting": (
        "Røystinga køyrer ikkje, så det er inga økt å lage rapport for; start røystinga på "
        "nytt, eller bruk votedeck report etter føredraget."
    ),
    "console.report.not_written": "Kunne ikkje skrive {path} ({reason}); vel ei mappe du kan skrive til.",
    "console.report.saved": "Rapporten er lagra som {path} ({pages} sider).",
    # The phone page for the newer question kinds: choice, scale, open answers, questions.
    "phone.pick_hint": "Vel opptil {k}, og trykk Send.",
    "phone.send": "Send",
    "phone.other": "Anna",
    "phone.other_prompt": "Det andre svaret ditt (valfritt)",
    "phone.answer_prompt": "Svaret ditt",
    "phone.ask_prompt": "Spørsmålet ditt",
    "phone.your_answers": "Svara dine",
    "phone.save": "Lagre",
    "phone.withdraw": "Trekk tilbake",
    "phone.upvote": "Røyst opp",
    "phone.upvoted": "Røysta opp",
    "phone.answered": "Svara",
    "phone.hidden": "Gøymt av føredragshaldaren",
    "phone.waiting": "Ventar på godkjenning frå føredragshaldaren",
    "phone.no_questions": "Ingen spørsmål enno. Still det første.",
    "phone.all_used": "Du har sendt så mange svar du kan. Rett eller trekk eitt tilbake.",
    # What the slide prints for those kinds (counts, the mean and median, the wall, the cloud).
    "slide.mean": "Gjennomsnitt",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørsmål",
    "slide.no_answers": "Ingen svar enno",
    "slide.no_questions": "Ingen spørsmål enno",
    "slide.more": "og {n} til",
    "slide.pick": "Vel opptil {k}",
    "slide.voters": "{n} har svara",
    "slide.answered": "svara",
    "slide.cloud_more": "+{n} ord til",
    "console.server.ports_in_use": (
        "Port {port} (og dei neste {more}) er alt i bruk; stopp det andre programmet og start "
        "avrøystinga på nytt, eller start votedeck med --port på ein ledig port."),
    "console.server.port_in_use": (
        "Port {port} er alt i bruk; stopp det andre programmet og start avrøystinga på nytt, eller "
        "start votedeck med --port på ein ledig port."),
    "console.server.port_needs_admin": (
        "Port {port} krev administratorrettar; start votedeck med --port 8080 eller ein annan over 1023."),
    "console.server.no_such_address": "Denne maskina har ikkje adressa {host}; start votedeck med --host 0.0.0.0.",
    "console.server.cannot_listen": (
        "Kan ikkje lytte på {host}:{port} ({detail}); start votedeck med ein annan --host eller --port."),
    "console.server.no_free_port": "Ingen port frå {port} og oppover er ledig; start votedeck med --port på ein annan.",
    "console.server.folder_unusable": (
        "Datamappa {folder} kan ikkje brukast ({detail}); lagre røystene i ei mappe du kan skrive i."),
    "console.server.folder_taken": (
        "Ein annan votedeck brukar alt røystene i {folder}; ofte er det ei prøve som framleis køyrer i "
        "eit anna vindauge. Stopp henne og start avrøystinga på nytt, eller lagre røystene i ei anna mappe."),
    "console.server.folder_taken_by": (
        "Ein annan votedeck (prosess {pid}) brukar alt røystene i {folder}; ofte er det ei prøve som "
        "framleis køyrer i eit anna vindauge. Stopp henne og start avrøystinga på nytt, eller lagre "
        "røystene i ei anna mappe."),
    "console.server.folder_taken_by_port": (
        "Ein annan votedeck (prosess {pid}, port {port}) brukar alt røystene i {folder}; ofte er det ei "
        "prøve som framleis køyrer i eit anna vindauge. Stopp henne og start avrøystinga på nytt, eller "
        "lagre røystene i ei anna mappe."),
    "console.server.folder_not_made": (
        "Datamappa {folder} kan ikkje opprettast ({detail}); lagre røystene i ei anna mappe."),
    "console.server.db_read_only": (
        "Røystedatabasen {path} kan ikkje skrivast til (skriveverna); gjer henne skrivbar, eller lagre "
        "røystene i ei anna mappe."),
    "console.server.db_locked": (
        "Røystedatabasen {path} er låst av eit anna program (ein annan votedeck?); lukk det, eller lagre "
        "røystene i ei anna mappe."),
    "console.server.db_damaged": (
        "Røystedatabasen {path} er skadd; flytt henne til sides for å ta vare på henne, eller lagre "
        "røystene i ei anna mappe."),
    "console.server.disk_full": (
        "Disken med røystedatabasen {path} er full; frigjer plass, eller lagre røystene i ei anna mappe."),
    "console.server.db_cannot_open": (
        "Røystedatabasen {path} kan ikkje opnast (finst mappa, og kan du skrive i henne?); lagre "
        "røystene i ei anna mappe."),
    "console.server.db_unusable": (
        "Røystedatabasen {path} kan ikkje brukast ({detail}); lagre røystene i ei anna mappe."),
    "console.server.not_running": (
        "Avrøystinga køyrer ikkje, så ingenting kan lagrast; start avrøystinga på nytt først."),
    "console.server.no_answer": (
        "Røystelageret svarte ikkje i tide, så ingenting vart lagra; prøv att om ei lita stund."),
    "console.server.store_closed": (
        "Røystene kan ikkje lagrast: røystelageret er lukka; start avrøystinga på nytt."),
    "console.server.already_started": "Denne avrøystingstenaren var alt starta; start avrøystinga på nytt.",
    "console.server.token_too_short": (
        "Ein kontrollnøkkel må vere minst {least} teikn lang; start votedeck utan --token for å få ein "
        "tilfeldig, eller vel ein lengre."),
    "console.server.start_failed": (
        "Avrøystingstenaren kunne ikkje starte ({detail}); start avrøystinga på nytt, eller start "
        "votedeck med ein annan --port."),
    "console.server.crashed": (
        "Avrøystingstenaren kunne ikkje starte ({detail}); lysbileta verkar framleis, start "
        "avrøystinga på nytt frå konsollen."),
    "console.server.stopped": (
        "Avrøystinga stoppa uventa; start henne på nytt så telefonane kan røyste att."),
    "console.server.other": "Avrøystinga melde om ein feil: {detail}",
    "console.awake.why.platform": "votedeck veit ikkje korleis dette vert gjort på {platform}",
    "console.awake.why.no_bus": "det finst ingen sesjonsbuss for skrivebordet; DBUS_SESSION_BUS_ADDRESS er ikkje sett",
    "console.awake.why.no_jeepney": "pakken jeepney manglar: pip install jeepney",
    "console.awake.why.bus_unreachable": "sesjonsbussen for skrivebordet kan ikkje nåast: {error}",
    "console.awake.why.not_accepted": (
        "ingen skjermsparartenest på sesjonsbussen for skrivebordet godtok førespurnaden: {error}"),
    "console.awake.why.windows_refused": "Windows avviste SetThreadExecutionState",
    "console.awake.why.no_caffeinate": "korkje IOKit eller caffeinate kunne brukast: {error}",
    "venue.firewall.windows": (
        "Windows kan hindre telefonane i å nå port {port}: når Windows spør, tillat Python på private "
        "nettverk; om du valde Offentleg eller klikka Avbryt: Windows-sikkerheit → Brannmur og "
        "nettverksvern → Tillat ein app gjennom brannmuren → kryss av for Python (Privat og Offentleg)."),
    "venue.firewall.macos_blocks_all": (
        "macOS-brannmuren blokkerer alle innkomande tilkoplingar, så telefonane kan ikkje røyste: "
        "Systeminnstillingar → Nettverk → Brannmur → Val → slå av «Blokker alle innkomande "
        "tilkoplingar» og tillat innkomande tilkoplingar for Python."),
    "venue.firewall.macos_on": (
        "macOS-brannmuren er på: når macOS spør om Python kan ta imot innkomande nettverkstilkoplingar, "
        "klikk Tillat; om du gjekk glipp av det: Systeminnstillingar → Nettverk → Brannmur → Val → "
        "tillat innkomande tilkoplingar for Python."),
    "venue.firewall.macos_maybe": (
        "Om macOS-brannmuren er på, tillat Python: Systeminnstillingar → Nettverk → Brannmur → Val → "
        "tillat innkomande tilkoplingar for Python."),
    "venue.firewall.ufw": (
        "Brannmuren ufw er på og kan hindre telefonane i å nå port {port}: køyr `sudo ufw allow "
        "{port}/tcp` før føredraget (og `sudo ufw delete allow {port}/tcp` etterpå, om du vil)."),
    "venue.firewall.firewalld": (
        "firewalld køyrer og kan hindre telefonane i å nå port {port}: køyr `sudo firewall-cmd "
        "--add-port={port}/tcp` før føredraget (det varer til neste omstart)."),
    "venue.rehearsal.none_reached": (
        "Ingen av dei {phones} testtelefonane nådde {url} ({reasons}). Sjekk at votedeck køyrer og at "
        "adressa er den på bli med-skjermen; er ho det, blokkerer ein brannmur porten (sjå "
        "docs/venue.md), eller denne maskina er på eit anna nettverk enn den berbare."),
    "venue.rehearsal.voted": "{done} av {phones} testtelefonar røysta; tregaste svar {slowest}.",
    "venue.rehearsal.reached": "{done} av {phones} testtelefonar nådde den berbare; tregaste svar {slowest}.",
    "venue.rehearsal.lost": (
        "{lost} kom ikkje gjennom: lukk andre program på den berbare, flytt henne nærare "
        "wifi-tilgangspunktet (eller bruk hennar eige hotspot), og prøv att."),
    "venue.rehearsal.lost_reasons": (
        "{lost} kom ikkje gjennom ({reasons}): lukk andre program på den berbare, flytt henne nærare "
        "wifi-tilgangspunktet (eller bruk hennar eige hotspot), og prøv att."),
    "venue.rehearsal.lost_in_time": (
        "{lost} kom ikkje gjennom før tida var ute: lukk andre program på den berbare, flytt henne "
        "nærare wifi-tilgangspunktet (eller bruk hennar eige hotspot), og prøv att."),
    "venue.rehearsal.lost_reasons_in_time": (
        "{lost} kom ikkje gjennom ({reasons}) før tida var ute: lukk andre program på den berbare, "
        "flytt henne nærare wifi-tilgangspunktet (eller bruk hennar eige hotspot), og prøv att."),
    "venue.rehearsal.slow": (
        "Det er så tregt at telefonane vil verke som dei har hengt seg: lukk andre program på den "
        "berbare, og bruk hennar eige hotspot eller eit mindre travelt nettverk."),
    "venue.rehearsal.no_votes_sent": "Ingen testrøyster vart sende, så økta held seg rein.",
    "venue.rehearsal.laptop_ready": (
        "Sida til den berbare er klar. Testen køyrde på sjølve den berbare, så han kan ikkje vise om "
        "wifi-en på staden slepper telefonane gjennom: opne bli med-adressa på ein telefon og følg med "
        "på linja i konsollen om telefonar som har nådd denne datamaskina."),
    "venue.rehearsal.network_ready": "Telefonar på dette nettverket kan nå den berbare.",
    "venue.rehearsal.ms": "{n} ms",
    "venue.rehearsal.seconds": "{whole},{tenth} s",
    "venue.reason.times": "{reason} ×{n}",
    "venue.reason.timeout": "tidsavbrot",
    "venue.reason.unreachable": "tilkoplinga vart avvist eller kunne ikkje nåast",
    "venue.reason.connection_error": "tilkoplingsfeil",
    "venue.reason.bad_answer": "feil svar",
    "venue.reason.no_cookie": "ingen veljarcookie",
    # Åtvaringane for ein presentasjon (presenter/deck): appen seier dei på språket til talaren.
    "deck.empty_pair": (
        "to «---»-linjer utan noko imellom: det tomme lysbiletet blir hoppa over; fjern den eine "
        "«---», eller skriv lysbiletet"),
    "deck.blank_slide": (
        "lysbilete {slide} viser ingenting (berre notat eller innstillingar); skriv tittel eller "
        "tekst på det, eller fjern det"),
    "deck.web_image": (
        "biletet «{address}» ligg på nettet, og votedeck verkar utan internett: lysbiletet viser "
        "ein plasshaldar; lagra biletet ved sida av presentasjonen, og skriv filnamnet i staden"),
    "deck.split_picture": (
        "biletet ved sida av teksten på lysbilete {slide} (![bg {split}]) blir utelate: eit "
        "{layout}-lysbilete brukar heile breidda; set det på eit lysbilete med tekst, eller bruk "
        "«![bg]» bak dette"),
    "deck.style_block": (
        "ei <style>-blokk (CSS frå Marp) blir utelaten: votedeck les ikkje CSS; gje fargane under "
        "theme: (docs/deck-format.md)"),
    "deck.placeholder": (
        "«{text}» ser ut som ein plasshaldar frå ein mal som har blitt ståande; skriv teksten "
        "salen skal sjå"),
    "deck.marp.left_out": "Marp-direktivet «{name}» blir utelate: {why}",
    "deck.marp.why.theme": (
        "votedeck teiknar sin eigen stil; gje fargane under theme: (docs/deck-format.md)"),
    "deck.marp.why.style": "votedeck les ikkje CSS; gje fargane under theme: (docs/deck-format.md)",
    "deck.marp.why.size": "lysbileta i votedeck er alltid 16:9",
    "deck.marp.why.math": "formlar blir viste slik dei er skrivne",
    "deck.marp.why.heading_divider": (
        "lysbileta blir delte berre ved «---»-linjer; set ei før kvar overskrift som skal starte "
        "eit nytt lysbilete"),
    "deck.marp.why.background": "eit bakgrunnsbilete skriv du «![bg](bilete.png)» på lysbiletet",
    "deck.marp.why.background_size": (
        "storleiken på eit bakgrunnsbilete skriv du «![bg contain](bilete.png)»"),
    "deck.marp.why.description": "samandraget av presentasjonen blir ikkje vist",
    "deck.marp.why.image": "førehandsbiletet av presentasjonen blir ikkje vist",
    "deck.marp.why.keywords": "nøkkelorda for presentasjonen blir ikkje viste",
    "deck.marp.why.url": "adressa til presentasjonen blir ikkje vist",
    "deck.marp.why.transition": "lysbileta skiftar utan overgang",
    "deck.marp.colour": (
        "{name} «{text}» er ikkje ein farge votedeck kan teikne, og blir utelaten; skriv ein "
        "hex-farge som «#123456» eller eit namn som «white»"),
    "deck.fence.never_closed": (
        "{block}-blokka som startar på linje {line}, blir aldri lukka, så ho held fram til "
        "slutten av presentasjonen: resten av det siste lysbiletet blir lese som ein del av "
        "blokka; avslutt blokka med ei linje som berre inneheld «{marker}»"),
    "deck.fence.never_closed_slip": (
        "{block}-blokka som startar på linje {line}, blir aldri lukka, så ho held fram til "
        "slutten av presentasjonen: resten av det siste lysbiletet blir lese som ein del av "
        "blokka ({slip}); avslutt blokka med ei linje som berre inneheld «{marker}»"),
    "deck.fence.still_open": (
        "{block}-blokka som startar på linje {line}, er framleis open på linje {at}, der "
        "«{opener}» startar ei ny blokk, så linjene imellom blir viste som kode; avslutt blokka "
        "med ei linje som berre inneheld «{marker}»"),
    "deck.fence.still_open_slip": (
        "{block}-blokka som startar på linje {line}, er framleis open på linje {at}, der "
        "«{opener}» startar ei ny blokk, så linjene imellom blir viste som kode ({slip}); avslutt "
        "blokka med ei linje som berre inneheld «{marker}»"),
    "deck.fence.slip_indented": (
        "linje {line} har for stort innrykk til å lukke blokka: set «{text}» heilt ute til venstre"),
    "deck.fence.slip_not_closing": (
        "linje {line}, «{text}», lukkar ikkje blokka: ei sluttlinje er «{marker}» åleine"),
}
