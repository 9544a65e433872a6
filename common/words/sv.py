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
    "phone.on_paper": "inkl. {n} på papper",
    "phone.no_script_note": "Ladda om sidan för att se nästa fråga.",
    "phone.wait_static": "Ladda om sidan när nästa fråga har ställts.",
    "phone.reload": "Ladda om",
    "phone.language": "Språk",
    "phone.progress": "Fråga {n} av {total}",
    "phone.thanks": "Tack för dina svar!",
    "phone.thanks_hint": "Det finns inga fler frågor.",
    "phone.slide_now": "Skärmen just nu",
    "phone.slide_number": "Bild {n}",
    "phone.back": "Tillbaka",
    "phone.error_bad": "Svaret kunde inte läsas; ladda om sidan och försök igen.",
    "phone.error_forbidden": "Det går bara att rösta från själva omröstningssidan; öppna adressen på duken.",
    "phone.error_gone": "Den frågan finns inte i föredraget; ladda om sidan.",
    "phone.error_slow": "Rösten tog för lång tid att komma fram; försök igen.",
    "phone.error_not_open": "Den frågan röstas det inte om just nu; ladda om sidan för att se den aktuella.",
    "phone.error_too_large": "Det som skickades var för stort för att vara en röst; ladda om sidan och försök igen.",
    "phone.error_busy": "För många förfrågningar från ditt nätverk; vänta en sekund och försök igen.",
    "phone.error_too_many_phones": (
        "För många mobiler från ditt nätverk har röstat om den här frågan; be "
        "talaren höja gränsen."
    ),
    "phone.error_not_saved": "Din röst kunde inte sparas; försök igen om en stund.",
    "phone.error_other": "Något gick fel; ladda om sidan och försök igen.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Omröstning öppen",
    "slide.poll_closed": "Omröstning stängd",
    "slide.poll_preview": "Omröstning",
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
    "slide.joined": "Du är med. Andra kan skanna QR-koden på storbildsskärmen eller öppna",
    "slide.voted_at": "Publiken röstade på {url}",
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
    # The tour beside the room, on slides and in the report (presenter.render.compare_bars).
    "tour.room": "Ni",
    "tour.room_n": "Ni (n = {n})",
    "tour.earlier": "Tidigare kommuner ({sessions}, n = {n})",
    "tour.picked": "Andra kommuner ({sessions}, n = {n})",
    "tour.earlier_short": "Tidigare kommuner ({sessions})",
    "tour.picked_short": "Andra kommuner ({sessions})",
    "tour.before": "Före",
    "tour.after": "Efter",
    "tour.hand_counted": "handräknat",
    "tour.on_paper": "inkl. {n} på papper",
    "tour.shift": "{points} procentenheter sedan sist",
    # The report after the talk (presenter/report, votedeck report).
    "report.kicker": "Rapport från omröstningen",
    "report.voters": "{n} telefoner röstade",
    "report.hand_total": "{n} röster räknade på papper",
    "report.made_by": "Gjord med votedeck",
    "report.no_polls": "Föredraget ställde inga frågor med omröstning.",
    "report.answers": "Svar från salen",
    "report.questions": "Frågor från salen",
    "report.upvotes": "{n} ×",
    "report.method": "Så har rösterna räknats",
    "report.method_anonymous": (
        "Omröstningen var anonym: en telefon känns bara igen på ett slumpat nummer, och inga "
        "namn, IP-adresser eller andra personuppgifter har sparats."
    ),
    "report.method_one_vote": (
        "Varje telefon har en röst per fråga. Den kan ändras så länge omröstningen är öppen; "
        "den sista rösten räknas."
    ),
    "report.method_hand": (
        "Röster räknade på papper har lagts till telefonernas och markerats som handräknade."
    ),
    "report.method_compare": (
        "Jämförelsen slår samman {sessions} andra kommuner. En fråga jämförs bara där den "
        "ställdes med samma lydelse och svarsalternativ."
    ),
    "report.method_no_compare": "Resultaten har inte jämförts med andra kommuner.",
    "report.left_out": "Utelämnat från jämförelsen:",
    "report.not_asked": "{session}: frågan «{poll}» ställdes inte",
    "report.reworded": "{session}: frågan «{poll}» ställdes med en annan lydelse",
    "report.other_options": "{session}: frågan «{poll}» hade andra svarsalternativ",
    "report.again": "Ställd igen senare (före → efter)",
    "report.again_line": "”{poll}”: bild {first} → {later} (n = {before} → {after})",
    # The speaker's console (presenter.ui.speaker_words: the speaker's language, not the deck's).
    "console.header.overview": "Alla bilder (G)",
    "console.header.back": "Tillbaka (G)",
    "console.header.slide": "Bild {n} av {total}",
    "console.header.voting_off": "Omröstning av",
    "console.header.phones_one": "● 1 mobil ansluten nu",
    "console.header.phones_many": "● {n} mobiler anslutna nu",
    "console.header.join_showing": "Anslutningsskärmen visas",
    "console.header.room_sees_black": "Salen ser svart",
    "console.header.room_sees_white": "Salen ser vitt",
    "console.status.voting_down": "Omröstningen ligger nere",
    "console.window.title": "{deck} — votedeck-konsol",
    "console.caption.now": "Nu — det salen ser",
    "console.caption.next": "Nästa",
    "console.caption.overview": "Alla bilder — klicka på en för att visa den · G eller Esc för att gå tillbaka",
    "console.language.label": "Språk",
    "console.language.tip": "Språket i konsolen och appens fönster; bilderna använder presentationens språk",
    "console.join.caption": "Mobilerna ansluter på",
    "console.join.loopback_only": (
        "Mobilerna kan inte nå den här datorn: omröstningen lyssnar bara på själva datorn; starta "
        "utan --host eller med --host 0.0.0.0."
    ),
    "console.join.no_lan": (
        "Mobilerna kan inte nå den här datorn: den har ingen nätverksadress utöver sig själv. Starta "
        "en hotspot eller anslut till lokalens nätverk."
    ),
    "console.join.port_moved": (
        "Porten du bad om var upptagen, så omröstningen flyttade till port {port}; QR-koden och "
        "adressen här använder den redan."
    ),
    "console.join.hall_size": (
        "Den här datorn låter votedeck hålla ungefär {phones} mobiler samtidigt (gräns för öppna "
        "filer {limit}); för en större sal behöver den höjas (till exempel `ulimit -n 4096`) före "
        "start."
    ),
    "console.join.voting_off": "Omröstningen är avstängd",
    "console.join.voting_starting": "Omröstningen startar …",
    "console.join.no_voting": "Mobilerna kan inte rösta under den här visningen.",
    "console.join.address": "Adress {host} · port {port}",
    "console.join.address_bound": "Adress {host} · port {port} · lyssnar på {bound}",
    "console.join.show": "Visa anslutningsskärmen",
    "console.join.show_tip": "Visa QR-koden i helskärm för salen, eller dölj den (Q)",
    "console.join.other_addresses": "Andra adresser",
    "console.join.in_use": "● {address}  ({name}, används)",
    "console.join.use": "Använd {address}  ({name})",
    "console.join.voted_one": (
        "1 mobil har röstat i den här sessionen, så mobilerna når den här datorn (ingen den senaste "
        "minuten)."
    ),
    "console.join.voted_many": (
        "{n} mobiler har röstat i den här sessionen, så mobilerna når den här datorn (ingen den "
        "senaste minuten)."
    ),
    "console.poll.caption": "Omröstning",
    "console.poll.none": "Ingen omröstning på den här bilden.",
    "console.poll.next": "Ingen omröstning på den här bilden. Nästa omröstning, på bild {n}: ”{question}”",
    "console.poll.open": "Öppna omröstningen",
    "console.poll.close": "Stäng omröstningen",
    "console.poll.open_tip": "Öppna eller stäng för röster i den här omröstningen (O)",
    "console.poll.reveal": "Visa resultaten",
    "console.poll.hide": "Dölj resultaten",
    "console.poll.reveal_tip": "Visa eller dölj resultaten på duken (R)",
    "console.poll.reset": "Nollställ…",
    "console.poll.reset_tip": "Radera alla röster i den här omröstningen (Ctrl+R)",
    "console.poll.compare": "Bredvid turnén",
    "console.poll.compare_n": "Bredvid turnén ({n})",
    "console.poll.compare_tip": (
        "Visa tidigare sessioners resultat bredvid den här salens, när resultaten har visats (C)"
    ),
    "console.poll.chip_open": "Öppen",
    "console.poll.chip_closed": "Stängd",
    "console.poll.chip_seen": "Visas i salen",
    "console.poll.chip_hidden": "Dolt för salen",
    "console.poll.not_running": "Omröstningen körs inte, så det finns inga siffror att visa.",
    "console.poll.waiting": "Väntar på de första siffrorna från omröstningsservern.",
    "console.poll.voters_one": "{voted} har röstat · 1 mobil ansluten nu",
    "console.poll.voters_many": "{voted} har röstat · {n} mobiler anslutna nu",
    "console.poll.answers_one": "Svar: {answers} · 1 mobil ansluten nu",
    "console.poll.answers_many": "Svar: {answers} · {n} mobiler anslutna nu",
    "console.poll.questions_one": "Frågor: {answers} · 1 mobil ansluten nu",
    "console.poll.questions_many": "Frågor: {answers} · {n} mobiler anslutna nu",
    "console.moderation.answers": "Svar",
    "console.moderation.answers_n": "Svar ({n})",
    "console.moderation.questions_n": "Frågor ({n})",
    "console.moderation.hidden": "dold",
    "console.moderation.waiting": "väntar",
    "console.moderation.answered_state": "▲ {votes} · besvarad",
    "console.moderation.approve": "Godkänn",
    "console.moderation.answered": "Besvarad",
    "console.moderation.unmark": "Avmarkera",
    "console.moderation.show": "Visa",
    "console.moderation.hide": "Dölj",
    "console.notes.caption": "Anteckningar",
    "console.notes.none": "Inga anteckningar till den här bilden.",
    "console.notes.smaller": "Mindre anteckningar",
    "console.notes.larger": "Större anteckningar",
    "console.export.button": "Exportera resultat…",
    "console.export.tip": "Spara sessionens resultat (CSV, JSON) och ett PDF-utdelningsblad med siffrorna i en mapp",
    "console.export.ask_folder": "Exportera resultaten till vilken mapp?",
    "console.export.not_running": (
        "Omröstningen körs inte, så det finns ingen session att exportera; använd `votedeck results` "
        "efter föredraget i stället."
    ),
    "console.export.cannot_write": "Kunde inte skriva till {folder} ({reason}); välj en mapp du kan skriva i.",
    "console.export.saved": "Resultaten sparades i {folder}: {files}",
    "console.preview.end": "Slut på presentationen",
    "console.preview.black": "Salen ser en svart skärm — valfri tangent tar tillbaka bilden",
    "console.preview.white": "Salen ser en vit skärm — valfri tangent tar tillbaka bilden",
    "console.banner.restart": "Starta om omröstningen",
    "console.banner.data_dir": "Spara rösterna i en annan mapp…",
    "console.banner.data_dir_tip": (
        "När datamappen inte kan användas: välj en annan; omröstningen startar igen där, och valet "
        "sparas till nästa gång"
    ),
    "console.banner.data_dir_title": "Spara rösterna i vilken mapp?",
    "console.deck_banner.title": (
        "Den sparade presentationen har ett fel; salen ser fortfarande den senaste fungerande "
        "versionen"
    ),
    "console.deck_warnings.count_one": "1 sak att kontrollera i presentationen",
    "console.deck_warnings.count_many": "{n} saker att kontrollera i presentationen",
    "console.deck_warnings.line": "rad {line}: {sentence}",
    "console.deck_warnings.start_hint": (
        "Presentationen kan visas som den är: det här är råd, inte fel. Starta "
        "föredraget nu, eller rätta presentationen och läs in den igen."
    ),
    "console.deck_warnings.start": "Starta föredraget",
    "console.deck_warnings.read_again": "Läs in presentationen igen",
    "console.deck_warnings.show": "Visa",
    "console.deck_warnings.hide": "Dölj",
    "console.deck_warnings.dismiss": "Stäng",
    "console.deck_warnings.dismiss_tip": (
        "Lägg undan meddelandet; det kommer tillbaka när en "
        "sparning ger något nytt att kontrollera"
    ),
    "console.deck_warnings.console_hint": (
        "Bara du ser det här. Rätta presentationen och spara "
        "den: listan följer varje sparning."
    ),
    "console.timer.caption": "Förfluten tid",
    "console.timer.clock": "Klocka",
    "console.timer.pause_tip": "Pausa eller återuppta tidtagningen (T)",
    "console.timer.reset": "Nollställ",
    "console.timer.reset_tip": "Ställ tillbaka tidtagningen till 0:00; den startar igen vid nästa bild",
    "console.timer.running": "går",
    "console.timer.paused": "pausad — T för att fortsätta",
    "console.timer.waiting": "startar vid nästa bild",
    "console.timer.pause": "Pausa",
    "console.timer.resume": "Fortsätt",
    "console.timer.start": "Starta",
    "console.venue.caption": "Kontroll av lokalen",
    "console.venue.rehearse": "Provkör omröstningen ({seconds} s)",
    "console.venue.rehearse_tip": (
        "{phones} testmobiler röstar i en provsession på datorns nätverksadress; den riktiga "
        "sessionen påverkas inte"
    ),
    "console.venue.rehearsing": "Provkör…",
    "console.venue.rehearsing_note": (
        "{phones} testmobiler röstar i en provsession; föredragets röster påverkas inte."
    ),
    "console.venue.rehearsal_failed": "Provkörningen kunde inte köras; prova `votedeck rehearse`.",
    "console.venue.rehearsal_error": (
        "Provkörningen kunde inte köras ({error}); försök igen, eller kör `votedeck rehearse`."
    ),
    "console.venue.local_only": (
        "Omröstningen lyssnar bara på den här datorn, så mobilerna kan inte ansluta: starta utan "
        "--host eller med --host 0.0.0.0."
    ),
    "console.reset.title": "Nollställ omröstningen",
    "console.reset.question": "Glömma alla röster i den här omröstningen? Salen börjar om från noll.",
    "console.reset.yes": "Glöm rösterna",
    "console.reset.no": "Behåll dem",
    "console.start.open": "Öppna en presentation…",
    "console.start.open_title": "Öppna en presentation",
    "console.start.filter": "Markdown-presentationer (*.md *.markdown)",
    "console.start.bundled": "Visa det medföljande föredraget",
    "console.start.intro": "Öppna en Markdown-presentation, eller släpp en .md-fil på det här fönstret.",
    "console.start.session": "Sessionens namn:",
    "console.start.session_hint": "till exempel kommunen (valfritt)",
    "console.start.recent": "Senaste presentationer (dubbelklicka för att öppna):",
    "console.start.fix_deck": "{error}\nRätta presentationen och öppna den igen, eller välj en annan.",
    "console.start.cannot_read": "{path}: kan inte läsa presentationen ({reason}); välj en annan fil.",
    "console.awake.held": "Viloläge är blockerat medan du presenterar.",
    "console.awake.not_held": (
        "Viloläget är inte blockerat ({why}): "
        "ställ in datorns skärm och viloläge på ”aldrig” under föredraget."),
    "console.remote.title": "Din telefon som fjärrkontroll",
    "console.remote.pair": "Para ihop min telefon",
    "console.remote.renew": "Ny kod",
    "console.remote.hint": (
        "Skanna med din egen telefon: den byter bilder och styr omröstningarna. Visa inte "
        "koden på duken; den fungerar en gång, i {minutes} minuter."),
    "console.remote.down": "Fjärrkontrollen fungerar medan omröstningen är igång.",
    # The speaker's remote on their own phone (server.web.remote_page, assets/web/remote.js),
    # in that phone's language.
    "remote.title": "Fjärrkontroll",
    "remote.refused": "Det här är talarens fjärrkontroll. Para ihop den genom att skanna koden på talarens konsol.",
    "remote.previous": "Föregående",
    "remote.next": "Nästa",
    "remote.poll": "Omröstning",
    "remote.open": "Öppna omröstningen",
    "remote.close": "Stäng omröstningen",
    "remote.reveal": "Visa resultaten",
    "remote.hide": "Dölj resultaten",
    "remote.now": "Nu",
    "remote.up_next": "Nästa bild",
    "remote.notes": "Anteckningar",
    "remote.no_notes": "Inga anteckningar till den här bilden.",
    "remote.no_script": "Fjärrkontrollen kräver JavaScript.",
    "remote.offline": "Anslutningen bröts – försöker igen …",
    "remote.where": "Bild {n} av {total}",
    "remote.poll_open": "Öppen · {n} har röstat",
    "remote.poll_closed": "Stängd · {n} har röstat",
    "remote.no_image": "Ingen bild än",
    "console.paper.button": "Röstsedlar…",
    "console.paper.tooltip": (
        "Skriv in röstsedlar som räknats för hand för den här omröstningen; de hålls åtskilda"
        " från telefonernas röster och markeras på bilden"
    ),
    "console.paper.title": "Röstsedlar",
    "console.paper.lead": (
        "Röstsedlar räknade för hand för ”{question}”. Bilden lägger dem till telefonernas "
        "röster och säger hur många som var på papper. Lämna ett fält tomt för inga; är alla "
        "tomma tas de bort."
    ),
    "console.paper.typed": (
        "Den här omröstningen tar skrivna svar, så det finns inga svarsalternativ att räkna "
        "på papper."
    ),
    "console.paper.save": "Spara",
    "console.paper.cancel": "Avbryt",
    "console.paper.close": "Stäng",
    "console.paper.not_saved": "Röstsedlarna kunde inte sparas; försök igen.",
    "console.paper.on_paper": "{n} på papper",
    "console.paper.refused.not_a_number": (
        "{option}: ”{value}” är inte ett antal röstsedlar; skriv ett heltal som 23, eller "
        "lämna fältet tomt för inga."
    ),
    "console.paper.refused.out_of_range": "{option}: {n} röstsedlar kan inte stämma; skriv ett tal från 0 till {most}.",
    "console.paper.refused.typed": (
        "Den här omröstningen tar skrivna svar, så det finns inga svarsalternativ att räkna "
        "på papper."
    ),
    "console.paper.refused.unknown_option": (
        "Den här omröstningen har inget svarsalternativ ”{option}”; läs in decket igen och "
        "räkna om."
    ),
    "console.paper.refused.no_poll": (
        "Omröstningen finns inte längre i decket (det har ändrats); stäng det här och öppna "
        "det igen på omröstningens bild."
    ),
    "console.paper.no_voting": (
        "Omröstningen är inte igång, så röstsedlarna kan inte sparas; starta om omröstningen "
        "först (banderollen överst)."
    ),
    "console.session.caption": "Sessionens namn",
    "console.session.placeholder": "Kommunen, t.ex. Umeå kommun",
    "console.session.tooltip": "Namnet som rapporten, exporterna och votedeck sessions ger den här sessionen",
    "console.session.save": "Namnge",
    "console.session.new": "Ny session…",
    "console.session.new_tooltip": "Starta en ny session för nästa kommun; rösterna hittills stannar i den här",
    "console.session.new_question": (
        "Starta en ny session med namnet ”{name}”? Salens röster börjar om från noll; "
        "rösterna hittills stannar i den tidigare sessionen."),
    "console.session.new_started": "En ny session, ”{name}”, har börjat; den tidigare behåller sina röster.",
    "console.session.saved": "Den här sessionen heter nu ”{name}”.",
    "console.session.not_saved": "Namnet kunde inte sparas; försök igen.",
    "console.session.refused.empty": (
        "En session behöver ett namn, till exempel kommunen där föredraget hålls (”Umeå "
        "kommun”)."
    ),
    "console.session.refused.too_long": (
        "Namnet är {n} tecken långt; håll det under {most}, till exempel ”Umeå kommun”."
    ),
    "console.session.no_voting": (
        "Omröstningen är inte igång, så det finns ingen session att namnge; starta om "
        "omröstningen först (banderollen överst)."
    ),
    "console.report.button": "Rapport…",
    "console.report.tooltip": "Skriv kommunens PDF-rapport för den här sessionen (bredvid turnén när den visas)",
    "console.report.dialog": "Spara rapporten som",
    "console.report.no_voting": (
        "Omröstningen är inte igång, så det finns ingen session att rapportera; starta om "
        "omröstningen, eller använd votedeck report efter föredraget."
    ),
    "console.report.not_written": "Kunde inte skriva {path} ({reason}); välj en mapp du kan skriva i.",
    "console.report.saved": "Rapporten är sparad som {path} ({pages} sidor).",
    # The phone page for the newer question kinds: choice, scale, open answers, questions.
    "phone.pick_hint": "Välj upp till {k} och tryck Skicka.",
    "phone.send": "Skicka",
    "phone.other": "Annat",
    "phone.other_prompt": "Ditt andra svar (valfritt)",
    "phone.answer_prompt": "Ditt svar",
    "phone.ask_prompt": "Din fråga",
    "phone.your_answers": "Dina svar",
    "phone.save": "Spara",
    "phone.withdraw": "Dra tillbaka",
    "phone.upvote": "Rösta upp",
    "phone.upvoted": "Uppröstad",
    "phone.answered": "Besvarad",
    "phone.hidden": "Dold av talaren",
    "phone.waiting": "Väntar på talarens godkännande",
    "phone.no_questions": "Inga frågor ännu. Ställ den första.",
    "phone.all_used": "Du har skickat så många svar du kan. Ändra eller dra tillbaka ett.",
    # What the slide prints for those kinds (counts, the mean and median, the wall, the cloud).
    "slide.mean": "Medelvärde",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} frågor",
    "slide.no_answers": "Inga svar ännu",
    "slide.no_questions": "Inga frågor ännu",
    "slide.more": "och {n} till",
    "slide.pick": "Välj upp till {k}",
    "slide.voters": "{n} har svarat",
    "slide.answered": "besvarad",
    "slide.cloud_more": "+{n} ord till",
    "console.server.ports_in_use": (
        "Port {port} (och de {more} följande) används redan; stäng det andra programmet och starta om "
        "omröstningen, eller starta votedeck med --port på en ledig port."),
    "console.server.port_in_use": (
        "Port {port} används redan; stäng det andra programmet och starta om omröstningen, eller "
        "starta votedeck med --port på en ledig port."),
    "console.server.port_needs_admin": (
        "Port {port} kräver administratörsbehörighet; starta votedeck med --port 8080 eller en annan över 1023."),
    "console.server.no_such_address": "Den här datorn har inte adressen {host}; starta votedeck med --host 0.0.0.0.",
    "console.server.cannot_listen": (
        "Kan inte lyssna på {host}:{port} ({detail}); starta votedeck med en annan --host eller --port."),
    "console.server.no_free_port": "Ingen port från {port} och uppåt är ledig; starta votedeck med --port på en annan.",
    "console.server.folder_unusable": (
        "Datamappen {folder} kan inte användas ({detail}); spara rösterna i en mapp du kan skriva i."),
    "console.server.folder_taken": (
        "En annan votedeck använder redan rösterna i {folder}; ofta är det en provkörning som fortfarande "
        "är igång i ett annat fönster. Stoppa den och starta om omröstningen, eller spara rösterna i en "
        "annan mapp."),
    "console.server.folder_taken_by": (
        "En annan votedeck (process {pid}) använder redan rösterna i {folder}; ofta är det en "
        "provkörning som fortfarande är igång i ett annat fönster. Stoppa den och starta om "
        "omröstningen, eller spara rösterna i en annan mapp."),
    "console.server.folder_taken_by_port": (
        "En annan votedeck (process {pid}, port {port}) använder redan rösterna i {folder}; ofta är det "
        "en provkörning som fortfarande är igång i ett annat fönster. Stoppa den och starta om "
        "omröstningen, eller spara rösterna i en annan mapp."),
    "console.server.folder_not_made": (
        "Datamappen {folder} kan inte skapas ({detail}); spara rösterna i en annan mapp."),
    "console.server.db_read_only": (
        "Röstdatabasen {path} kan inte skrivas (skrivskyddad); gör den skrivbar, eller spara rösterna "
        "i en annan mapp."),
    "console.server.db_locked": (
        "Röstdatabasen {path} är låst av ett annat program (en annan votedeck?); stäng det, eller spara "
        "rösterna i en annan mapp."),
    "console.server.db_damaged": (
        "Röstdatabasen {path} är skadad; flytta undan den för att behålla den, eller spara rösterna i "
        "en annan mapp."),
    "console.server.disk_full": (
        "Disken med röstdatabasen {path} är full; frigör utrymme, eller spara rösterna i en annan mapp."),
    "console.server.db_cannot_open": (
        "Röstdatabasen {path} kan inte öppnas (finns mappen, och går den att skriva i?); spara rösterna "
        "i en annan mapp."),
    "console.server.db_unusable": (
        "Röstdatabasen {path} kan inte användas ({detail}); spara rösterna i en annan mapp."),
    "console.server.not_running": "Omröstningen är inte igång, så inget kan sparas; starta om omröstningen först.",
    "console.server.no_answer": (
        "Röstlagret svarade inte i tid, så inget sparades; försök igen om en liten stund."),
    "console.server.store_closed": "Rösterna kan inte sparas: röstlagret är stängt; starta om omröstningen.",
    "console.server.already_started": "Den här omröstningsservern var redan startad; starta om omröstningen.",
    "console.server.token_too_short": (
        "En kontrollnyckel måste vara minst {least} tecken lång; starta votedeck utan --token för att "
        "få en slumpad, eller välj en längre."),
    "console.server.start_failed": (
        "Omröstningsservern kunde inte starta ({detail}); starta om omröstningen, eller starta votedeck "
        "med en annan --port."),
    "console.server.crashed": (
        "Omröstningsservern kunde inte starta ({detail}); bilderna fungerar fortfarande, starta om "
        "omröstningen från konsolen."),
    "console.server.stopped": (
        "Omröstningen stannade oväntat; starta om den så att mobilerna kan rösta igen."),
    "console.server.other": "Omröstningen rapporterade ett fel: {detail}",
    "console.awake.why.platform": "votedeck vet inte hur det görs på {platform}",
    "console.awake.why.no_bus": "det finns ingen sessionsbuss för skrivbordet; DBUS_SESSION_BUS_ADDRESS är inte satt",
    "console.awake.why.no_jeepney": "paketet jeepney saknas: pip install jeepney",
    "console.awake.why.bus_unreachable": "skrivbordets sessionsbuss går inte att nå: {error}",
    "console.awake.why.not_accepted": (
        "ingen skärmsläckartjänst på skrivbordets sessionsbuss godtog begäran: {error}"),
    "console.awake.why.windows_refused": "Windows avvisade SetThreadExecutionState",
    "console.awake.why.no_caffeinate": "varken IOKit eller caffeinate gick att använda: {error}",
    "venue.firewall.windows": (
        "Windows kan hindra mobilerna från att nå port {port}: när Windows frågar, tillåt Python på "
        "privata nätverk; om du valde Offentligt eller klickade på Avbryt: Windows-säkerhet → "
        "Brandvägg och nätverksskydd → Tillåt en app genom brandväggen → kryssa för Python (Privat och "
        "Offentligt)."),
    "venue.firewall.macos_blocks_all": (
        "macOS-brandväggen blockerar alla inkommande anslutningar, så mobilerna kan inte rösta: "
        "Systeminställningar → Nätverk → Brandvägg → Alternativ → stäng av ”Blockera alla inkommande "
        "anslutningar” och tillåt inkommande anslutningar för Python."),
    "venue.firewall.macos_on": (
        "macOS-brandväggen är på: när macOS frågar om Python får ta emot inkommande "
        "nätverksanslutningar, klicka på Tillåt; om du missade det: Systeminställningar → Nätverk → "
        "Brandvägg → Alternativ → tillåt inkommande anslutningar för Python."),
    "venue.firewall.macos_maybe": (
        "Om macOS-brandväggen är på, tillåt Python: Systeminställningar → Nätverk → Brandvägg → "
        "Alternativ → tillåt inkommande anslutningar för Python."),
    "venue.firewall.ufw": (
        "Brandväggen ufw är på och kan hindra mobilerna från att nå port {port}: kör `sudo ufw allow "
        "{port}/tcp` före föredraget (och `sudo ufw delete allow {port}/tcp` efteråt, om du vill)."),
    "venue.firewall.firewalld": (
        "firewalld körs och kan hindra mobilerna från att nå port {port}: kör `sudo firewall-cmd "
        "--add-port={port}/tcp` före föredraget (det gäller till nästa omstart)."),
    "venue.rehearsal.none_reached": (
        "Ingen av de {phones} testmobilerna nådde {url} ({reasons}). Kontrollera att votedeck är igång "
        "och att adressen är den på anslutningsskärmen; är den det blockerar en brandvägg porten (se "
        "docs/venue.md), eller så är den här datorn på ett annat nätverk än den bärbara datorn."),
    "venue.rehearsal.voted": "{done} av {phones} testmobiler röstade; långsammaste svar {slowest}.",
    "venue.rehearsal.reached": "{done} av {phones} testmobiler nådde den bärbara datorn; långsammaste svar {slowest}.",
    "venue.rehearsal.lost": (
        "{lost} kom inte fram: stäng andra program på den bärbara datorn, flytta den närmare "
        "wifi-åtkomstpunkten (eller använd dess egen hotspot) och provkör igen."),
    "venue.rehearsal.lost_reasons": (
        "{lost} kom inte fram ({reasons}): stäng andra program på den bärbara datorn, flytta den "
        "närmare wifi-åtkomstpunkten (eller använd dess egen hotspot) och provkör igen."),
    "venue.rehearsal.lost_in_time": (
        "{lost} kom inte fram innan tiden tog slut: stäng andra program på den bärbara datorn, flytta "
        "den närmare wifi-åtkomstpunkten (eller använd dess egen hotspot) och provkör igen."),
    "venue.rehearsal.lost_reasons_in_time": (
        "{lost} kom inte fram ({reasons}) innan tiden tog slut: stäng andra program på den bärbara "
        "datorn, flytta den närmare wifi-åtkomstpunkten (eller använd dess egen hotspot) och provkör igen."),
    "venue.rehearsal.slow": (
        "Det är så långsamt att mobilerna kommer att kännas som om de har hängt sig: stäng andra program "
        "på den bärbara datorn och använd dess egen hotspot eller ett mindre belastat nätverk."),
    "venue.rehearsal.no_votes_sent": "Inga teströster skickades, så sessionen förblir ren.",
    "venue.rehearsal.laptop_ready": (
        "Den bärbara datorns sida är klar. Testet kördes på själva den bärbara datorn, så det kan inte "
        "visa om lokalens wifi släpper igenom mobilerna: öppna anslutningsadressen på en mobil och håll "
        "ett öga på konsolens rad om mobiler som har nått den här datorn."),
    "venue.rehearsal.network_ready": "Mobiler på det här nätverket kan nå den bärbara datorn.",
    "venue.rehearsal.ms": "{n} ms",
    "venue.rehearsal.seconds": "{whole},{tenth} s",
    "venue.reason.times": "{reason} ×{n}",
    "venue.reason.timeout": "tidsgränsen överskreds",
    "venue.reason.unreachable": "anslutningen nekades eller gick inte att nå",
    "venue.reason.connection_error": "anslutningsfel",
    "venue.reason.bad_answer": "felaktigt svar",
    "venue.reason.no_cookie": "ingen väljarcookie",
    # En presentations varningar (presenter/deck): appen säger dem på talarens språk.
    "deck.empty_pair": (
        "två ”---”-rader utan något emellan: den tomma bilden hoppas över; ta bort den ena ”---” "
        "eller skriv bilden"),
    "deck.blank_slide": (
        "bild {slide} visar ingenting (bara anteckningar eller inställningar); skriv en rubrik "
        "eller text på den, eller ta bort den"),
    "deck.web_image": (
        "bildfilen ”{address}” ligger på webben och votedeck fungerar utan internet: en "
        "platshållare visas i stället; spara filen bredvid presentationen och skriv dess filnamn"),
    "deck.split_picture": (
        "sidobilden på bild {slide} (![bg {split}]) hoppas över: en bild med layouten {layout} "
        "använder hela bredden; lägg den på en bild med text, eller använd ”![bg]” bakom den här"),
    "deck.style_block": (
        "ett <style>-block (CSS från Marp) hoppas över: votedeck läser ingen CSS; ange färgerna "
        "under theme: (docs/deck-format.md)"),
    "deck.placeholder": (
        "”{text}” ser ut som en platshållare från en mall som blivit kvar; skriv texten som salen "
        "ska se"),
    "deck.marp.left_out": "Marp-direktivet ”{name}” hoppas över: {why}",
    "deck.marp.why.theme": (
        "votedeck ritar sitt eget utseende; ange färgerna under theme: (docs/deck-format.md)"),
    "deck.marp.why.style": "votedeck läser ingen CSS; ange färgerna under theme: (docs/deck-format.md)",
    "deck.marp.why.size": "bilderna i votedeck är alltid 16:9",
    "deck.marp.why.math": "formler visas som de är skrivna",
    "deck.marp.why.heading_divider": (
        "bilderna delas bara vid ”---”-rader; sätt en före varje rubrik som ska börja en ny bild"),
    "deck.marp.why.background": "en bakgrundsbild skrivs ”![bg](bild.png)” på bilden",
    "deck.marp.why.background_size": "en bakgrundsbilds storlek skrivs ”![bg contain](bild.png)”",
    "deck.marp.why.description": "presentationens sammanfattning visas inte",
    "deck.marp.why.image": "presentationens förhandsbild visas inte",
    "deck.marp.why.keywords": "presentationens nyckelord visas inte",
    "deck.marp.why.url": "presentationens adress visas inte",
    "deck.marp.why.transition": "bilderna byts utan övergång",
    "deck.marp.colour": (
        "{name} ”{text}” är ingen färg som votedeck kan rita och hoppas över; skriv en hexfärg "
        "som ”#123456” eller ett namn som ”white”"),
    "deck.fence.never_closed": (
        "{block}-blocket som börjar på rad {line} stängs aldrig, så det fortsätter till slutet av "
        "presentationen: resten av den sista bilden läses som en del av blocket; avsluta blocket "
        "med en rad som bara innehåller ”{marker}”"),
    "deck.fence.never_closed_slip": (
        "{block}-blocket som börjar på rad {line} stängs aldrig, så det fortsätter till slutet av "
        "presentationen: resten av den sista bilden läses som en del av blocket ({slip}); avsluta "
        "blocket med en rad som bara innehåller ”{marker}”"),
    "deck.fence.still_open": (
        "{block}-blocket som börjar på rad {line} är fortfarande öppet på rad {at}, där "
        "”{opener}” börjar ett nytt block, så raderna emellan visas som kod; avsluta blocket med "
        "en rad som bara innehåller ”{marker}”"),
    "deck.fence.still_open_slip": (
        "{block}-blocket som börjar på rad {line} är fortfarande öppet på rad {at}, där "
        "”{opener}” börjar ett nytt block, så raderna emellan visas som kod ({slip}); avsluta "
        "blocket med en rad som bara innehåller ”{marker}”"),
    "deck.fence.slip_indented": (
        "rad {line} är för långt indragen för att stänga blocket: börja ”{text}” längst till "
        "vänster"),
    "deck.fence.slip_not_closing": (
        "rad {line}, ”{text}”, stänger inte blocket: en avslutande rad innehåller bara ”{marker}”"),
}
