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
    "phone.on_paper": "inkl. {n} på papir",
    "phone.no_script_note": "Opdatér siden for at se det næste spørgsmål.",
    "phone.wait_static": "Opdatér siden, når næste spørgsmål er stillet.",
    "phone.reload": "Opdatér",
    "phone.language": "Sprog",
    "phone.progress": "Spørgsmål {n} af {total}",
    "phone.thanks": "Tak for dine svar!",
    "phone.thanks_hint": "Der er ikke flere spørgsmål.",
    "phone.slide_now": "Skærmen lige nu",
    "phone.slide_number": "Dias {n}",
    "phone.back": "Tilbage",
    "phone.error_bad": "Svaret kunne ikke læses; opdatér siden og prøv igen.",
    "phone.error_forbidden": "Der stemmes kun fra selve afstemningssiden; åbn adressen fra lærredet.",
    "phone.error_gone": "Det spørgsmål findes ikke i foredraget; opdatér siden.",
    "phone.error_slow": "Stemmen var for længe undervejs; prøv igen.",
    "phone.error_not_open": "Der stemmes ikke om det spørgsmål lige nu; opdatér siden for at se det aktuelle.",
    "phone.error_too_large": "Det sendte var for stort til at være en stemme; opdatér siden og prøv igen.",
    "phone.error_busy": "For mange forespørgsler fra dit netværk; vent et sekund og prøv igen.",
    "phone.error_too_many_phones": (
        "For mange telefoner fra dit netværk har stemt om dette spørgsmål; bed "
        "taleren hæve grænsen."
    ),
    "phone.error_not_saved": "Din stemme kunne ikke gemmes; prøv igen om et øjeblik.",
    "phone.error_other": "Noget gik galt; opdatér siden og prøv igen.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Afstemning åben",
    "slide.poll_closed": "Afstemning lukket",
    "slide.poll_preview": "Afstemning",
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
    "slide.joined": "Du er med. Andre kan scanne QR-koden på storskærmen eller åbne",
    "slide.voted_at": "Salen stemte på {url}",
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
    # The tour beside the room, on slides and in the report (presenter.render.compare_bars).
    "tour.room": "Jer",
    "tour.room_n": "Jer (n = {n})",
    "tour.earlier": "Tidligere kommuner ({sessions}, n = {n})",
    "tour.picked": "Andre kommuner ({sessions}, n = {n})",
    "tour.earlier_short": "Tidligere kommuner ({sessions})",
    "tour.picked_short": "Andre kommuner ({sessions})",
    "tour.before": "Før",
    "tour.after": "Efter",
    "tour.hand_counted": "håndtalt",
    "tour.on_paper": "inkl. {n} på papir",
    "tour.shift": "{points} point siden sidst",
    # The report after the talk (presenter/report, votedeck report).
    "report.kicker": "Rapport fra afstemningen",
    "report.voters": "{n} telefoner stemte",
    "report.hand_total": "{n} stemmer talt på papir",
    "report.made_by": "Lavet med votedeck",
    "report.no_polls": "Foredraget stillede ingen spørgsmål med afstemning.",
    "report.answers": "Svar fra salen",
    "report.questions": "Spørgsmål fra salen",
    "report.upvotes": "{n} ×",
    "report.method": "Sådan er der talt",
    "report.method_anonymous": (
        "Afstemningen var anonym: en telefon kendes kun ved et tilfældigt nummer, og der er "
        "ikke gemt navne, IP-adresser eller andre personoplysninger."
    ),
    "report.method_one_vote": (
        "Hver telefon har én stemme pr. spørgsmål. Den kan ændres, så længe afstemningen er "
        "åben; den sidste stemme tæller."
    ),
    "report.method_hand": "Stemmer talt på papir er lagt til telefonernes og markeret som håndtalte.",
    "report.method_compare": (
        "Sammenligningen lægger {sessions} andre kommuner sammen. Et spørgsmål sammenlignes "
        "kun, hvor det blev stillet med samme ordlyd og svarmuligheder."
    ),
    "report.method_no_compare": "Resultaterne er ikke sammenlignet med andre kommuner.",
    "report.left_out": "Udeladt af sammenligningen:",
    "report.not_asked": "{session}: spørgsmålet «{poll}» blev ikke stillet",
    "report.reworded": "{session}: spørgsmålet «{poll}» blev stillet med en anden ordlyd",
    "report.other_options": "{session}: spørgsmålet «{poll}» havde andre svarmuligheder",
    "report.again": "Stillet igen senere (før → efter)",
    "report.again_line": "“{poll}”: dias {first} → {later} (n = {before} → {after})",
    # The speaker's console (presenter.ui.speaker_words: the speaker's language, not the deck's).
    "console.header.overview": "Alle dias (G)",
    "console.header.back": "Tilbage (G)",
    "console.header.slide": "Dias {n} af {total}",
    "console.header.voting_off": "Afstemning slået fra",
    "console.header.phones_one": "● 1 telefon forbundet nu",
    "console.header.phones_many": "● {n} telefoner forbundet nu",
    "console.header.join_showing": "Deltagerskærmen vises",
    "console.header.room_sees_black": "Salen ser sort",
    "console.header.room_sees_white": "Salen ser hvidt",
    "console.status.voting_down": "Afstemningen er nede",
    "console.window.title": "{deck} — votedeck-konsol",
    "console.caption.now": "Nu — det salen ser",
    "console.caption.next": "Næste",
    "console.caption.overview": "Alle dias — klik på et for at vise det · G eller Esc for at gå tilbage",
    "console.language.label": "Sprog",
    "console.language.tip": "Sproget i konsollen og appens vinduer; diasene taler præsentationens sprog",
    "console.join.caption": "Telefonerne går ind på",
    "console.join.loopback_only": (
        "Telefonerne kan ikke nå denne computer: afstemningen lytter kun på selve computeren; start "
        "uden --host eller med --host 0.0.0.0."
    ),
    "console.join.no_lan": (
        "Telefonerne kan ikke nå denne computer: den har ingen netværksadresse ud over sig selv. "
        "Start et hotspot, eller forbind til stedets netværk."
    ),
    "console.join.port_moved": (
        "Den port, du bad om, var optaget, så afstemningen flyttede til port {port}; QR-koden og "
        "adressen her bruger den allerede."
    ),
    "console.join.hall_size": (
        "Denne computer lader votedeck holde omkring {phones} telefoner ad gangen (grænse for åbne "
        "filer {limit}); til en større sal skal den hæves (for eksempel `ulimit -n 4096`) før start."
    ),
    "console.join.voting_off": "Afstemningen er slået fra",
    "console.join.voting_starting": "Afstemningen starter …",
    "console.join.no_voting": "Telefonerne kan ikke stemme under denne visning.",
    "console.join.address": "Adresse {host} · port {port}",
    "console.join.address_bound": "Adresse {host} · port {port} · lytter på {bound}",
    "console.join.show": "Vis deltagerskærmen",
    "console.join.show_tip": "Vis QR-koden i fuld skærm for salen, eller skjul den (Q)",
    "console.join.other_addresses": "Andre adresser",
    "console.join.in_use": "● {address}  ({name}, i brug)",
    "console.join.use": "Brug {address}  ({name})",
    "console.join.voted_one": (
        "1 telefon har stemt i denne session, så telefonerne når denne computer (ingen det seneste "
        "minut)."
    ),
    "console.join.voted_many": (
        "{n} telefoner har stemt i denne session, så telefonerne når denne computer (ingen det "
        "seneste minut)."
    ),
    "console.poll.caption": "Afstemning",
    "console.poll.none": "Ingen afstemning på dette dias.",
    "console.poll.next": "Ingen afstemning på dette dias. Næste afstemning, på dias {n}: »{question}«",
    "console.poll.open": "Åbn afstemningen",
    "console.poll.close": "Luk afstemningen",
    "console.poll.open_tip": "Åbn eller luk for stemmer i denne afstemning (O)",
    "console.poll.reveal": "Vis resultaterne",
    "console.poll.hide": "Skjul resultaterne",
    "console.poll.reveal_tip": "Vis eller skjul resultaterne på lærredet (R)",
    "console.poll.reset": "Nulstil…",
    "console.poll.reset_tip": "Slet alle stemmer i denne afstemning (Ctrl+R)",
    "console.poll.compare": "Ved siden af turnéen",
    "console.poll.compare_n": "Ved siden af turnéen ({n})",
    "console.poll.compare_tip": (
        "Vis de tidligere sessioners resultater ved siden af denne sals, når resultaterne er vist (C)"
    ),
    "console.poll.chip_open": "Åben",
    "console.poll.chip_closed": "Lukket",
    "console.poll.chip_seen": "Vist i salen",
    "console.poll.chip_hidden": "Skjult for salen",
    "console.poll.not_running": "Afstemningen kører ikke, så der er ingen tal at vise.",
    "console.poll.waiting": "Venter på de første tal fra afstemningsserveren.",
    "console.poll.voters_one": "{voted} har stemt · 1 telefon forbundet nu",
    "console.poll.voters_many": "{voted} har stemt · {n} telefoner forbundet nu",
    "console.poll.answers_one": "Svar: {answers} · 1 telefon forbundet nu",
    "console.poll.answers_many": "Svar: {answers} · {n} telefoner forbundet nu",
    "console.poll.questions_one": "Spørgsmål: {answers} · 1 telefon forbundet nu",
    "console.poll.questions_many": "Spørgsmål: {answers} · {n} telefoner forbundet nu",
    "console.moderation.answers": "Svar",
    "console.moderation.answers_n": "Svar ({n})",
    "console.moderation.questions_n": "Spørgsmål ({n})",
    "console.moderation.hidden": "skjult",
    "console.moderation.waiting": "venter",
    "console.moderation.answered_state": "▲ {votes} · besvaret",
    "console.moderation.approve": "Godkend",
    "console.moderation.answered": "Besvaret",
    "console.moderation.unmark": "Fjern markering",
    "console.moderation.show": "Vis",
    "console.moderation.hide": "Skjul",
    "console.notes.caption": "Noter",
    "console.notes.none": "Ingen noter til dette dias.",
    "console.notes.smaller": "Mindre noter",
    "console.notes.larger": "Større noter",
    "console.export.button": "Eksportér resultater…",
    "console.export.tip": "Gem sessionens resultater (CSV, JSON) og et PDF-uddelingsark med tallene i en mappe",
    "console.export.ask_folder": "Eksportér resultaterne til hvilken mappe?",
    "console.export.not_running": (
        "Afstemningen kører ikke, så der er ingen session at eksportere; brug `votedeck results` "
        "efter foredraget i stedet."
    ),
    "console.export.cannot_write": "Kunne ikke skrive til {folder} ({reason}); vælg en mappe, du kan skrive i.",
    "console.export.saved": "Resultaterne er gemt i {folder}: {files}",
    "console.preview.end": "Slut på præsentationen",
    "console.preview.black": "Salen ser en sort skærm — en vilkårlig tast henter diaset tilbage",
    "console.preview.white": "Salen ser en hvid skærm — en vilkårlig tast henter diaset tilbage",
    "console.banner.restart": "Genstart afstemningen",
    "console.banner.data_dir": "Gem stemmerne i en anden mappe…",
    "console.banner.data_dir_tip": (
        "Når datamappen ikke kan bruges: vælg en anden; afstemningen starter igen der, og den huskes"
    ),
    "console.banner.data_dir_title": "Gem stemmerne i hvilken mappe?",
    "console.deck_banner.title": "Den gemte præsentation har en fejl; salen ser stadig den sidste gode version",
    "console.deck_warnings.count_one": "1 ting at tjekke i præsentationen",
    "console.deck_warnings.count_many": "{n} ting at tjekke i præsentationen",
    "console.deck_warnings.line": "linje {line}: {sentence}",
    "console.deck_warnings.start_hint": (
        "Præsentationen kan vises, som den er: det er råd, ikke fejl. Start "
        "foredraget nu, eller ret præsentationen og læs den igen."
    ),
    "console.deck_warnings.start": "Start foredraget",
    "console.deck_warnings.read_again": "Læs præsentationen igen",
    "console.deck_warnings.show": "Vis",
    "console.deck_warnings.hide": "Skjul",
    "console.deck_warnings.dismiss": "Luk",
    "console.deck_warnings.dismiss_tip": (
        "Læg beskeden væk; den kommer igen, når en "
        "gemning bringer noget nyt at tjekke"
    ),
    "console.deck_warnings.console_hint": (
        "Kun du ser dette. Ret præsentationen, og gem "
        "den: listen følger hver gemning."
    ),
    "console.timer.caption": "Forløbet",
    "console.timer.clock": "Ur",
    "console.timer.pause_tip": "Sæt tiden på pause, eller fortsæt (T)",
    "console.timer.reset": "Nulstil",
    "console.timer.reset_tip": "Sæt tiden tilbage til 0:00; den starter igen ved næste dias",
    "console.timer.running": "kører",
    "console.timer.paused": "på pause — T for at fortsætte",
    "console.timer.waiting": "starter ved næste dias",
    "console.timer.pause": "Sæt på pause",
    "console.timer.resume": "Fortsæt",
    "console.timer.start": "Sæt i gang",
    "console.venue.caption": "Tjek af stedet",
    "console.venue.rehearse": "Prøv afstemningen af ({seconds} s)",
    "console.venue.rehearse_tip": (
        "{phones} testtelefoner stemmer i en prøvesession på computerens netværksadresse; den rigtige "
        "session røres ikke"
    ),
    "console.venue.rehearsing": "Prøver af…",
    "console.venue.rehearsing_note": (
        "{phones} testtelefoner stemmer i en prøvesession; foredragets stemmer røres ikke."
    ),
    "console.venue.rehearsal_failed": "Prøven kunne ikke køre; prøv `votedeck rehearse`.",
    "console.venue.rehearsal_error": "Prøven kunne ikke køre ({error}); prøv igen, eller kør `votedeck rehearse`.",
    "console.venue.local_only": (
        "Afstemningen lytter kun på denne computer, så telefonerne kan ikke komme ind: start uden "
        "--host eller med --host 0.0.0.0."
    ),
    "console.reset.title": "Nulstil afstemningen",
    "console.reset.question": "Glem alle stemmer i denne afstemning? Salen begynder forfra fra nul.",
    "console.reset.yes": "Glem stemmerne",
    "console.reset.no": "Behold dem",
    "console.start.open": "Åbn en præsentation…",
    "console.start.open_title": "Åbn en præsentation",
    "console.start.filter": "Markdown-præsentationer (*.md *.markdown)",
    "console.start.bundled": "Vis det medfølgende foredrag",
    "console.start.intro": "Åbn en Markdown-præsentation, eller slip en .md-fil på dette vindue.",
    "console.start.session": "Sessionens navn:",
    "console.start.session_hint": "for eksempel kommunen (valgfrit)",
    "console.start.recent": "Seneste præsentationer (dobbeltklik for at åbne):",
    "console.start.fix_deck": "{error}\nRet præsentationen, og åbn den igen, eller vælg en anden.",
    "console.start.cannot_read": "{path}: kan ikke læse præsentationen ({reason}); vælg en anden fil.",
    "console.awake.held": "Dvale er blokeret, mens der præsenteres.",
    "console.awake.not_held": (
        "Dvale er ikke blokeret ({why}): "
        "sæt computerens skærm og dvale til »aldrig« under foredraget."),
    "console.remote.title": "Din telefon som fjernbetjening",
    "console.remote.pair": "Par min telefon",
    "console.remote.renew": "Ny kode",
    "console.remote.hint": (
        "Scan med din egen telefon: den skifter dias og styrer afstemningerne. Vis ikke "
        "koden på lærredet; den virker én gang, i {minutes} minutter."),
    "console.remote.down": "Fjernbetjeningen virker, mens afstemningen kører.",
    # The speaker's remote on their own phone (server.web.remote_page, assets/web/remote.js),
    # in that phone's language.
    "remote.title": "Fjernbetjening",
    "remote.refused": "Dette er talerens fjernbetjening. Par den ved at scanne koden på talerens konsol.",
    "remote.previous": "Forrige",
    "remote.next": "Næste",
    "remote.poll": "Afstemning",
    "remote.open": "Åbn afstemningen",
    "remote.close": "Luk afstemningen",
    "remote.reveal": "Vis resultaterne",
    "remote.hide": "Skjul resultaterne",
    "remote.now": "Nu",
    "remote.up_next": "Næste dias",
    "remote.notes": "Noter",
    "remote.no_notes": "Ingen noter til dette dias.",
    "remote.no_script": "Fjernbetjeningen kræver JavaScript.",
    "remote.offline": "Forbindelsen er tabt – prøver igen …",
    "remote.where": "Dias {n} af {total}",
    "remote.poll_open": "Åben · {n} har stemt",
    "remote.poll_closed": "Lukket · {n} har stemt",
    "remote.no_image": "Intet billede endnu",
    "console.paper.button": "Stemmesedler…",
    "console.paper.tooltip": (
        "Indtast stemmesedler, der er talt i hånden, for denne afstemning; de holdes adskilt "
        "fra telefonernes stemmer og markeres på sliden"
    ),
    "console.paper.title": "Stemmesedler",
    "console.paper.lead": (
        "Stemmesedler talt i hånden til “{question}”. Sliden lægger dem til telefonernes "
        "stemmer og siger, hvor mange der var på papir. Lad et felt stå tomt for ingen; er "
        "alle tomme, fjernes de."
    ),
    "console.paper.typed": "Denne afstemning tager skrevne svar, så der er ingen svarmuligheder at tælle på papir.",
    "console.paper.save": "Gem",
    "console.paper.cancel": "Annuller",
    "console.paper.close": "Luk",
    "console.paper.not_saved": "Stemmesedlerne kunne ikke gemmes; prøv igen.",
    "console.paper.on_paper": "{n} på papir",
    "console.paper.refused.not_a_number": (
        "{option}: “{value}” er ikke et antal stemmesedler; skriv et helt tal som 23, eller "
        "lad feltet stå tomt for ingen."
    ),
    "console.paper.refused.out_of_range": "{option}: {n} stemmesedler kan ikke passe; skriv et tal fra 0 til {most}.",
    "console.paper.refused.typed": (
        "Denne afstemning tager skrevne svar, så der er ingen svarmuligheder at tælle på "
        "papir."
    ),
    "console.paper.refused.unknown_option": (
        "Denne afstemning har ingen svarmulighed “{option}”; genindlæs decket, og tæl igen."
    ),
    "console.paper.refused.no_poll": (
        "Afstemningen er ikke længere i decket (det er ændret); luk dette, og åbn det igen på"
        " afstemningens slide."
    ),
    "console.paper.no_voting": (
        "Afstemningen kører ikke, så stemmesedlerne kan ikke gemmes; genstart afstemningen "
        "først (banneret øverst)."
    ),
    "console.session.caption": "Sessionens navn",
    "console.session.placeholder": "Kommunen, fx Aarhus Kommune",
    "console.session.tooltip": "Navnet, som rapporten, eksporterne og votedeck sessions giver denne session",
    "console.session.save": "Navngiv",
    "console.session.new": "Ny session…",
    "console.session.new_tooltip": "Start en ny session til den næste kommune; stemmerne indtil nu bliver i denne",
    "console.session.new_question": (
        "Start en ny session med navnet »{name}«? Salens stemmer starter forfra; "
        "stemmerne indtil nu bliver i den tidligere session."),
    "console.session.new_started": "En ny session, »{name}«, er begyndt; den tidligere beholder sine stemmer.",
    "console.session.saved": "Denne session hedder nu “{name}”.",
    "console.session.not_saved": "Navnet kunne ikke gemmes; prøv igen.",
    "console.session.refused.empty": (
        "En session skal have et navn, fx kommunen, hvor foredraget holdes (“Aarhus "
        "Kommune”)."
    ),
    "console.session.refused.too_long": "Navnet er {n} tegn langt; hold det under {most}, fx “Aarhus Kommune”.",
    "console.session.no_voting": (
        "Afstemningen kører ikke, så der er ingen session at navngive; genstart afstemningen "
        "først (banneret øverst)."
    ),
    "console.report.button": "Rapport…",
    "console.report.tooltip": "Skriv kommunens PDF-rapport over denne session (ved siden af turnéen, når den vises)",
    "console.report.dialog": "Gem rapporten som",
    "console.report.no_voting": (
        "Afstemningen kører ikke, så der er ingen session at lave rapport over; genstart "
        "afstemningen, eller brug votedeck report efter foredraget."
    ),
    "console.report.not_written": "Kunne ikke skrive {path} ({reason}); vælg en mappe, du kan skrive i.",
    "console.report.saved": "Rapporten er gemt som {path} ({pages} sider).",
    # The phone page for the newer question kinds: choice, scale, open answers, questions.
    "phone.pick_hint": "Vælg op til {k}, og tryk Send.",
    "phone.send": "Send",
    "phone.other": "Andet",
    "phone.other_prompt": "Dit andet svar (valgfrit)",
    "phone.answer_prompt": "Dit svar",
    "phone.ask_prompt": "Dit spørgsmål",
    "phone.your_answers": "Dine svar",
    "phone.save": "Gem",
    "phone.withdraw": "Træk tilbage",
    "phone.upvote": "Stem op",
    "phone.upvoted": "Stemt op",
    "phone.answered": "Besvaret",
    "phone.hidden": "Skjult af oplægsholderen",
    "phone.waiting": "Venter på oplægsholderens godkendelse",
    "phone.no_questions": "Ingen spørgsmål endnu. Stil det første.",
    "phone.all_used": "Du har sendt så mange svar, som du kan. Ret eller træk et tilbage.",
    # What the slide prints for those kinds (counts, the mean and median, the wall, the cloud).
    "slide.mean": "Gennemsnit",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørgsmål",
    "slide.no_answers": "Ingen svar endnu",
    "slide.no_questions": "Ingen spørgsmål endnu",
    "slide.more": "og {n} flere",
    "slide.pick": "Vælg op til {k}",
    "slide.voters": "{n} har svaret",
    "slide.answered": "besvaret",
    "slide.cloud_more": "+{n} ord mere",
    "console.server.ports_in_use": (
        "Port {port} (og de næste {more}) er allerede i brug; stop det andet program, og genstart "
        "afstemningen, eller start votedeck med --port på en ledig port."),
    "console.server.port_in_use": (
        "Port {port} er allerede i brug; stop det andet program, og genstart afstemningen, eller start "
        "votedeck med --port på en ledig port."),
    "console.server.port_needs_admin": (
        "Port {port} kræver administratorrettigheder; start votedeck med --port 8080 eller en anden over 1023."),
    "console.server.no_such_address": "Denne computer har ikke adressen {host}; start votedeck med --host 0.0.0.0.",
    "console.server.cannot_listen": (
        "Kan ikke lytte på {host}:{port} ({detail}); start votedeck med en anden --host eller --port."),
    "console.server.no_free_port": "Ingen port fra {port} og op er ledig; start votedeck med --port på en anden.",
    "console.server.folder_unusable": (
        "Datamappen {folder} kan ikke bruges ({detail}); gem stemmerne i en mappe, du kan skrive i."),
    "console.server.folder_taken": (
        "En anden votedeck bruger allerede stemmerne i {folder}; ofte er det en prøve, der stadig kører "
        "i et andet vindue. Stop den, og genstart afstemningen, eller gem stemmerne i en anden mappe."),
    "console.server.folder_taken_by": (
        "En anden votedeck (proces {pid}) bruger allerede stemmerne i {folder}; ofte er det en prøve, "
        "der stadig kører i et andet vindue. Stop den, og genstart afstemningen, eller gem stemmerne i "
        "en anden mappe."),
    "console.server.folder_taken_by_port": (
        "En anden votedeck (proces {pid}, port {port}) bruger allerede stemmerne i {folder}; ofte er det "
        "en prøve, der stadig kører i et andet vindue. Stop den, og genstart afstemningen, eller gem "
        "stemmerne i en anden mappe."),
    "console.server.folder_not_made": (
        "Datamappen {folder} kan ikke oprettes ({detail}); gem stemmerne i en anden mappe."),
    "console.server.db_read_only": (
        "Stemmedatabasen {path} kan ikke skrives (skrivebeskyttet); gør den skrivbar, eller gem "
        "stemmerne i en anden mappe."),
    "console.server.db_locked": (
        "Stemmedatabasen {path} er låst af et andet program (en anden votedeck?); luk det, eller gem "
        "stemmerne i en anden mappe."),
    "console.server.db_damaged": (
        "Stemmedatabasen {path} er beskadiget; flyt den til side for at beholde den, eller gem "
        "stemmerne i en anden mappe."),
    "console.server.disk_full": (
        "Disken med stemmedatabasen {path} er fuld; frigør plads, eller gem stemmerne i en anden mappe."),
    "console.server.db_cannot_open": (
        "Stemmedatabasen {path} kan ikke åbnes (findes mappen, og kan der skrives i den?); gem "
        "stemmerne i en anden mappe."),
    "console.server.db_unusable": (
        "Stemmedatabasen {path} kan ikke bruges ({detail}); gem stemmerne i en anden mappe."),
    "console.server.not_running": "Afstemningen kører ikke, så intet kan gemmes; genstart afstemningen først.",
    "console.server.no_answer": (
        "Stemmelageret svarede ikke i tide, så intet blev gemt; prøv igen om et øjeblik."),
    "console.server.store_closed": "Stemmerne kan ikke gemmes: stemmelageret er lukket; genstart afstemningen.",
    "console.server.already_started": "Denne afstemningsserver var allerede startet; genstart afstemningen.",
    "console.server.token_too_short": (
        "En kontrolnøgle skal være mindst {least} tegn lang; start votedeck uden --token for at få en "
        "tilfældig, eller vælg en længere."),
    "console.server.start_failed": (
        "Afstemningsserveren kunne ikke starte ({detail}); genstart afstemningen, eller start votedeck "
        "med en anden --port."),
    "console.server.crashed": (
        "Afstemningsserveren kunne ikke starte ({detail}); diasene virker stadig, genstart "
        "afstemningen fra konsollen."),
    "console.server.stopped": (
        "Afstemningen stoppede uventet; genstart afstemningen, så telefonerne kan stemme igen."),
    "console.server.other": "Afstemningen meldte en fejl: {detail}",
    "console.awake.why.platform": "votedeck ved ikke, hvordan det gøres på {platform}",
    "console.awake.why.no_bus": "der er ingen sessionsbus for skrivebordet; DBUS_SESSION_BUS_ADDRESS er ikke sat",
    "console.awake.why.no_jeepney": "pakken jeepney mangler: pip install jeepney",
    "console.awake.why.bus_unreachable": "skrivebordets sessionsbus kan ikke nås: {error}",
    "console.awake.why.not_accepted": (
        "ingen pauseskærmstjeneste på skrivebordets sessionsbus accepterede anmodningen: {error}"),
    "console.awake.why.windows_refused": "Windows afviste SetThreadExecutionState",
    "console.awake.why.no_caffeinate": "hverken IOKit eller caffeinate kunne bruges: {error}",
    "venue.firewall.windows": (
        "Windows kan forhindre telefonerne i at nå port {port}: når Windows spørger, så tillad Python på "
        "private netværk; hvis du valgte Offentligt eller klikkede Annuller: Windows-sikkerhed → "
        "Firewall og netværksbeskyttelse → Tillad en app via firewall → sæt flueben ved Python (Privat "
        "og Offentligt)."),
    "venue.firewall.macos_blocks_all": (
        "macOS-firewallen blokerer alle indgående forbindelser, så telefonerne kan ikke stemme: "
        "Systemindstillinger → Netværk → Firewall → Indstillinger → slå »Bloker alle indgående "
        "forbindelser« fra, og tillad indgående forbindelser for Python."),
    "venue.firewall.macos_on": (
        "macOS-firewallen er slået til: når macOS spørger, om Python må tage imod indgående "
        "netværksforbindelser, så klik Tillad; hvis du gik glip af det: Systemindstillinger → Netværk → "
        "Firewall → Indstillinger → tillad indgående forbindelser for Python."),
    "venue.firewall.macos_maybe": (
        "Hvis macOS-firewallen er slået til, så tillad Python: Systemindstillinger → Netværk → "
        "Firewall → Indstillinger → tillad indgående forbindelser for Python."),
    "venue.firewall.ufw": (
        "Firewallen ufw er slået til og kan forhindre telefonerne i at nå port {port}: kør `sudo ufw "
        "allow {port}/tcp` før foredraget (og `sudo ufw delete allow {port}/tcp` bagefter, hvis du vil)."),
    "venue.firewall.firewalld": (
        "firewalld kører og kan forhindre telefonerne i at nå port {port}: kør `sudo firewall-cmd "
        "--add-port={port}/tcp` før foredraget (det gælder indtil næste genstart)."),
    "venue.rehearsal.none_reached": (
        "Ingen af de {phones} testtelefoner nåede {url} ({reasons}). Tjek, at votedeck kører, og at "
        "adressen er den på deltagerskærmen; er den det, blokerer en firewall porten (se docs/venue.md), "
        "eller denne maskine er på et andet netværk end den bærbare."),
    "venue.rehearsal.voted": "{done} af {phones} testtelefoner stemte; langsomste svar {slowest}.",
    "venue.rehearsal.reached": "{done} af {phones} testtelefoner nåede den bærbare; langsomste svar {slowest}.",
    "venue.rehearsal.lost": (
        "{lost} kom ikke igennem: luk andre programmer på den bærbare, flyt den tættere på "
        "wifi-adgangspunktet (eller brug dens eget hotspot), og prøv igen."),
    "venue.rehearsal.lost_reasons": (
        "{lost} kom ikke igennem ({reasons}): luk andre programmer på den bærbare, flyt den tættere på "
        "wifi-adgangspunktet (eller brug dens eget hotspot), og prøv igen."),
    "venue.rehearsal.lost_in_time": (
        "{lost} kom ikke igennem, før tiden løb ud: luk andre programmer på den bærbare, flyt den "
        "tættere på wifi-adgangspunktet (eller brug dens eget hotspot), og prøv igen."),
    "venue.rehearsal.lost_reasons_in_time": (
        "{lost} kom ikke igennem ({reasons}), før tiden løb ud: luk andre programmer på den bærbare, "
        "flyt den tættere på wifi-adgangspunktet (eller brug dens eget hotspot), og prøv igen."),
    "venue.rehearsal.slow": (
        "Det er så langsomt, at telefonerne vil virke, som om de hænger: luk andre programmer på den "
        "bærbare, og brug dens eget hotspot eller et mindre travlt netværk."),
    "venue.rehearsal.no_votes_sent": "Der blev ikke sendt nogen teststemmer, så sessionen forbliver ren.",
    "venue.rehearsal.laptop_ready": (
        "Den bærbares side er klar. Testen kørte på selve den bærbare, så den kan ikke vise, om stedets "
        "wifi lukker telefonerne igennem: åbn deltageradressen på en telefon, og hold øje med "
        "konsollens linje om telefoner, der har nået denne computer."),
    "venue.rehearsal.network_ready": "Telefoner på dette netværk kan nå den bærbare.",
    "venue.rehearsal.ms": "{n} ms",
    "venue.rehearsal.seconds": "{whole},{tenth} s",
    "venue.reason.times": "{reason} ×{n}",
    "venue.reason.timeout": "tidsgrænse overskredet",
    "venue.reason.unreachable": "forbindelsen blev afvist eller kunne ikke nås",
    "venue.reason.connection_error": "forbindelsesfejl",
    "venue.reason.bad_answer": "forkert svar",
    "venue.reason.no_cookie": "ingen vælgercookie",
    # En præsentations advarsler (presenter/deck): appen siger dem på talerens sprog.
    "deck.empty_pair": (
        "to »---«-linjer uden noget imellem: det tomme dias bliver sprunget over; fjern den ene "
        "»---«, eller skriv diaset"),
    "deck.blank_slide": (
        "dias {slide} viser ingenting (kun noter eller indstillinger); skriv en titel eller tekst "
        "på det, eller fjern det"),
    "deck.web_image": (
        "billedet »{address}« ligger på nettet, og votedeck virker uden internet: diaset viser en "
        "pladsholder; gem billedet ved siden af præsentationen, og skriv dets filnavn i stedet"),
    "deck.split_picture": (
        "billedet ved siden af teksten på dias {slide} (![bg {split}]) er udeladt: et "
        "{layout}-dias bruger hele bredden; sæt det på et dias med tekst, eller brug »![bg]« "
        "bag dette"),
    "deck.style_block": (
        "en <style>-blok (CSS fra Marp) er udeladt: votedeck læser ikke CSS; angiv farverne under "
        "theme: (docs/deck-format.md)"),
    "deck.placeholder": (
        "»{text}« ligner en pladsholder fra en skabelon, der er blevet stående; skriv den tekst, "
        "salen skal se"),
    "deck.marp.left_out": "Marp-direktivet »{name}« er udeladt: {why}",
    "deck.marp.why.theme": (
        "votedeck tegner sit eget udseende; angiv farverne under theme: (docs/deck-format.md)"),
    "deck.marp.why.style": "votedeck læser ikke CSS; angiv farverne under theme: (docs/deck-format.md)",
    "deck.marp.why.size": "votedecks dias er altid 16:9",
    "deck.marp.why.math": "formler vises, som de er skrevet",
    "deck.marp.why.heading_divider": (
        "diasene deles kun ved »---«-linjer; sæt en før hver overskrift, der skal starte et nyt dias"),
    "deck.marp.why.background": "et baggrundsbillede skrives »![bg](billede.png)« på diaset",
    "deck.marp.why.background_size": (
        "et baggrundsbilledes størrelse skrives »![bg contain](billede.png)«"),
    "deck.marp.why.description": "præsentationens resumé vises ikke",
    "deck.marp.why.image": "præsentationens forhåndsbillede vises ikke",
    "deck.marp.why.keywords": "præsentationens nøgleord vises ikke",
    "deck.marp.why.url": "præsentationens adresse vises ikke",
    "deck.marp.why.transition": "diasene skifter uden overgang",
    "deck.marp.colour": (
        "{name} »{text}« er ikke en farve, votedeck kan tegne, og er udeladt; skriv en hex-farve "
        "som »#123456« eller et navn som »white«"),
    "deck.fence.never_closed": (
        "{block}-blokken, der starter på linje {line}, bliver aldrig lukket, så den fortsætter til "
        "præsentationens slutning: resten af det sidste dias læses som en del af blokken; afslut "
        "blokken med en linje, der kun indeholder »{marker}«"),
    "deck.fence.never_closed_slip": (
        "{block}-blokken, der starter på linje {line}, bliver aldrig lukket, så den fortsætter til "
        "præsentationens slutning: resten af det sidste dias læses som en del af blokken ({slip}); "
        "afslut blokken med en linje, der kun indeholder »{marker}«"),
    "deck.fence.still_open": (
        "{block}-blokken, der starter på linje {line}, er stadig åben på linje {at}, hvor "
        "»{opener}« starter en ny blok, så linjerne imellem vises som kode; afslut blokken med "
        "en linje, der kun indeholder »{marker}«"),
    "deck.fence.still_open_slip": (
        "{block}-blokken, der starter på linje {line}, er stadig åben på linje {at}, hvor "
        "»{opener}« starter en ny blok, så linjerne imellem vises som kode ({slip}); afslut "
        "blokken med en linje, der kun indeholder »{marker}«"),
    "deck.fence.slip_indented": (
        "linje {line} er rykket for langt ind til at lukke blokken: begynd »{text}« helt ude til "
        "venstre"),
    "deck.fence.slip_not_closing": (
        "linje {line}, »{text}«, lukker ikke blokken: en afsluttende linje er »{marker}« alene"),
}
