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
}
