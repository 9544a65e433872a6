"""English: every sentence the room or a phone reads (see common/words/__init__.py).
English is also what a deck in a language we have no words for gets."""

WORDS = {
    # The phone page (server.web.phone_page and assets/web/phone-view.js).
    "phone.wait": "Wait for the next question",
    "phone.wait_hint": "The question will appear here by itself.",
    "phone.closed": "Voting is closed",
    "phone.your_vote": "Your vote: {choice}",
    "phone.no_vote": "You did not vote.",
    "phone.change": "Change your answer",
    "phone.change_hint": "You can change your answer while voting is open.",
    "phone.choose": "Choose your answer",
    "phone.sending": "Sending …",
    "phone.not_sent_retrying": "Not sent – trying again",
    "phone.not_sent_tap": "Not sent – tap to try again",
    "phone.not_sent_closed": "Your vote was not sent: {reason}",
    "phone.not_sent_previous": "Your vote on the previous question was not sent.",
    "phone.reconnecting": "Connection lost – reconnecting …",
    "phone.results": "Results",
    "phone.votes": "{n} votes",
    "phone.vote_one": "1 vote",
    "phone.on_paper": "incl. {n} on paper",
    "phone.no_script_note": "Reload the page to see the next question.",
    "phone.wait_static": "Reload the page when the next question is asked.",
    "phone.reload": "Reload",
    "phone.language": "Language",
    "phone.progress": "Question {n} of {total}",
    "phone.thanks": "Thank you for your answers!",
    "phone.thanks_hint": "There are no more questions.",
    "phone.slide_now": "On the screen now",
    "phone.slide_number": "Slide {n}",
    "phone.back": "Back",
    "phone.error_bad": "That answer could not be read; reload the page and try again.",
    "phone.error_forbidden": "Votes are taken only from the voting page itself; open the address on the screen.",
    "phone.error_gone": "That question is not in this talk; reload the page.",
    "phone.error_slow": "The vote took too long to arrive; try again.",
    "phone.error_not_open": "That question is not open for votes right now; reload the page to see the current one.",
    "phone.error_too_large": "What was sent is too large to be a vote; reload the page and try again.",
    "phone.error_busy": "Too many requests from your network; wait a second and try again.",
    "phone.error_too_many_phones": (
        "Too many phones from your network have voted on this question; ask "
        "the speaker to raise the limit."
    ),
    "phone.error_not_saved": "Your vote could not be saved; try again in a moment.",
    "phone.error_other": "Something went wrong; reload the page and try again.",
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Voting open",
    "slide.poll_closed": "Voting closed",
    "slide.poll_preview": "Poll",
    "slide.connected_one": "1 phone connected",
    "slide.connected_many": "{n} phones connected",
    "slide.voted": "{n} voted",
    "slide.vote_one": "vote",
    "slide.vote_many": "votes",
    "slide.no_votes": "No votes yet",
    "slide.results_later": "Results will be shown later",
    "slide.join_heading": "Vote with your phone",
    "slide.scan_to_vote": "Scan the code or open",
    "slide.wifi_step": "1 · Join the Wi-Fi",
    "slide.url_step": "2 · Open the page",
    "slide.qr_later": "The QR code and the address appear here while the talk runs",
    "slide.joined": "You are in. Others can scan the QR code on the big screen or open",
    "slide.voted_at": "The room voted at {url}",
    "slide.voting_down": "Voting is not available right now",
    "slide.percent": "{n}%",
    # The agree scale's labels when the deck gives none (presenter.deck.frontmatter).
    "label.agree": "Agree",
    "label.disagree": "Disagree",
    "label.dont-know": "Don't know",
    # Evidence that phones reach the laptop (server.net.reachability).
    "reach.none": "No phone has reached this laptop in the last minute.",
    "reach.one": "1 phone reached this laptop in the last minute ({ranges}).",
    "reach.many": "{n} phones reached this laptop in the last minute ({ranges}).",
    "reach.hint": (
        "No phone has reached this laptop yet. Usually the venue's guest wifi keeps "
        "devices apart (client isolation), the phones are on mobile data, or a firewall "
        "blocks port {port}. Start the laptop's own hotspot and show its Wi-Fi code, ask the "
        "room to turn off mobile data, and allow votedeck (Python) in the firewall."
    ),
    # The tour beside the room, on slides and in the report (presenter.render.compare_bars).
    "tour.room": "You",
    "tour.room_n": "You (n = {n})",
    "tour.earlier": "Earlier municipalities ({sessions}, n = {n})",
    "tour.picked": "Other municipalities ({sessions}, n = {n})",
    "tour.earlier_short": "Earlier municipalities ({sessions})",
    "tour.picked_short": "Other municipalities ({sessions})",
    "tour.before": "Before",
    "tour.after": "After",
    "tour.hand_counted": "hand-counted",
    "tour.on_paper": "incl. {n} on paper",
    "tour.shift": "{points} points since last time",
    # The report after the talk (presenter/report, votedeck report).
    "report.kicker": "Report of the vote",
    "report.voters": "{n} phones voted",
    "report.hand_total": "{n} votes counted on paper",
    "report.made_by": "Made with votedeck",
    "report.no_polls": "The talk asked no questions with a vote.",
    "report.answers": "Answers from the room",
    "report.questions": "Questions from the room",
    "report.upvotes": "{n} ×",
    "report.method": "How the votes were counted",
    "report.method_anonymous": (
        "The vote was anonymous: a phone is known only by a random number, and no names, IP "
        "addresses or other personal data were kept."
    ),
    "report.method_one_vote": (
        "Each phone has one vote per question. It can be changed while voting is open; the "
        "last vote counts."
    ),
    "report.method_hand": "Votes counted on paper are added to the phones' and marked as hand-counted.",
    "report.method_compare": (
        "The comparison pools {sessions} other municipalities. A question is compared only "
        "where it was asked in the same words with the same options."
    ),
    "report.method_no_compare": "The results are not compared with other municipalities.",
    "report.left_out": "Left out of the comparison:",
    "report.not_asked": "{session}: the question “{poll}” was not asked",
    "report.reworded": "{session}: the question “{poll}” was asked in other words",
    "report.other_options": "{session}: the question “{poll}” had other options",
    "report.again": "Asked again later (before → after)",
    "report.again_line": "“{poll}”: slide {first} → {later} (n = {before} → {after})",
    # The speaker's console (presenter.ui.speaker_words: the speaker's language, not the deck's).
    "console.header.overview": "All slides (G)",
    "console.header.back": "Back (G)",
    "console.header.slide": "Slide {n} of {total}",
    "console.header.voting_off": "Voting off",
    "console.header.phones_one": "● 1 phone connected now",
    "console.header.phones_many": "● {n} phones connected now",
    "console.header.join_showing": "Join screen showing",
    "console.header.room_sees_black": "Room sees black",
    "console.header.room_sees_white": "Room sees white",
    "console.status.voting_down": "Voting is down",
    "console.window.title": "{deck} — votedeck console",
    "console.caption.now": "Now — what the room sees",
    "console.caption.next": "Next",
    "console.caption.overview": "All slides — click one to show it · G or Esc to go back",
    "console.language.label": "Language",
    "console.language.tip": "The language of the console and the app's windows; the slides speak the deck's",
    "console.join.caption": "Phones join at",
    "console.join.loopback_only": (
        "Phones cannot reach this laptop: voting is listening on this computer only; start without "
        "--host or with --host 0.0.0.0."
    ),
    "console.join.no_lan": (
        "Phones cannot reach this laptop: it has no network address other than itself. Start a "
        "hotspot or join the venue network."
    ),
    "console.join.port_moved": (
        "The port you asked for was in use, so voting moved to port {port}; the QR code and address "
        "here already use it."
    ),
    "console.join.hall_size": (
        "This computer lets votedeck hold about {phones} phones at once (open-files limit {limit}); "
        "for a bigger hall raise it (for example `ulimit -n 4096`) before starting."
    ),
    "console.join.voting_off": "Voting is off",
    "console.join.voting_starting": "Voting is starting …",
    "console.join.no_voting": "Phones cannot vote during this showing.",
    "console.join.address": "Address {host} · port {port}",
    "console.join.address_bound": "Address {host} · port {port} · listening on {bound}",
    "console.join.show": "Show join screen",
    "console.join.show_tip": "Show the QR code full-screen to the room, or hide it (Q)",
    "console.join.other_addresses": "Other addresses",
    "console.join.in_use": "● {address}  ({name}, in use)",
    "console.join.use": "Use {address}  ({name})",
    "console.join.voted_one": (
        "1 phone voted in this session, so phones do reach this laptop (none in the last minute)."
    ),
    "console.join.voted_many": (
        "{n} phones voted in this session, so phones do reach this laptop (none in the last minute)."
    ),
    "console.poll.caption": "Poll",
    "console.poll.none": "No poll on this slide.",
    "console.poll.next": "No poll on this slide. Next poll, on slide {n}: “{question}”",
    "console.poll.open": "Open poll",
    "console.poll.close": "Close poll",
    "console.poll.open_tip": "Open or close voting on this poll (O)",
    "console.poll.reveal": "Reveal results",
    "console.poll.hide": "Hide results",
    "console.poll.reveal_tip": "Show or hide the results on the projector (R)",
    "console.poll.reset": "Reset…",
    "console.poll.reset_tip": "Delete every vote on this poll (Ctrl+R)",
    "console.poll.compare": "Beside tour",
    "console.poll.compare_n": "Beside tour ({n})",
    "console.poll.compare_tip": "Show the earlier sessions' results beside this room's, after the reveal (C)",
    "console.poll.chip_open": "Open",
    "console.poll.chip_closed": "Closed",
    "console.poll.chip_seen": "Room sees results",
    "console.poll.chip_hidden": "Hidden from room",
    "console.poll.not_running": "Voting is not running, so there are no counts to show.",
    "console.poll.waiting": "Waiting for the first counts from the voting server.",
    "console.poll.voters_one": "{voted} voted · 1 phone connected now",
    "console.poll.voters_many": "{voted} voted · {n} phones connected now",
    "console.poll.answers_one": "Answers: {answers} · 1 phone connected now",
    "console.poll.answers_many": "Answers: {answers} · {n} phones connected now",
    "console.poll.questions_one": "Questions: {answers} · 1 phone connected now",
    "console.poll.questions_many": "Questions: {answers} · {n} phones connected now",
    "console.moderation.answers": "Answers",
    "console.moderation.answers_n": "Answers ({n})",
    "console.moderation.questions_n": "Questions ({n})",
    "console.moderation.hidden": "hidden",
    "console.moderation.waiting": "waiting",
    "console.moderation.answered_state": "▲ {votes} · answered",
    "console.moderation.approve": "Approve",
    "console.moderation.answered": "Answered",
    "console.moderation.unmark": "Unmark",
    "console.moderation.show": "Show",
    "console.moderation.hide": "Hide",
    "console.notes.caption": "Notes",
    "console.notes.none": "No notes for this slide.",
    "console.notes.smaller": "Smaller notes",
    "console.notes.larger": "Larger notes",
    "console.export.button": "Export results…",
    "console.export.tip": "Write this session's results (CSV, JSON) and a PDF handout with the counts to a folder",
    "console.export.ask_folder": "Export results to which folder?",
    "console.export.not_running": (
        "Voting is not running, so there is no session to export; use `votedeck results` after the "
        "talk instead."
    ),
    "console.export.cannot_write": "Could not write to {folder} ({reason}); choose a folder you can write to.",
    "console.export.saved": "Results saved in {folder}: {files}",
    "console.preview.end": "End of the deck",
    "console.preview.black": "The room sees a black screen — any key brings the slide back",
    "console.preview.white": "The room sees a white screen — any key brings the slide back",
    "console.banner.restart": "Restart voting",
    "console.banner.data_dir": "Keep votes in another folder…",
    "console.banner.data_dir_tip": (
        "When the data folder cannot be used: pick another; voting starts again there and it is "
        "remembered"
    ),
    "console.banner.data_dir_title": "Keep the votes in which folder?",
    "console.deck_banner.title": "The saved deck has a mistake; the room still sees the last good version",
    "console.deck_warnings.count_one": "1 thing to check in the deck",
    "console.deck_warnings.count_many": "{n} things to check in the deck",
    "console.deck_warnings.line": "line {line}: {sentence}",
    "console.deck_warnings.start_hint": (
        "The deck shows as it is: these are advice, not mistakes. Start "
        "the talk now, or fix the deck and read it again."
    ),
    "console.deck_warnings.start": "Start the talk",
    "console.deck_warnings.read_again": "Read the deck again",
    "console.deck_warnings.show": "Show",
    "console.deck_warnings.hide": "Hide",
    "console.deck_warnings.dismiss": "Dismiss",
    "console.deck_warnings.dismiss_tip": (
        "Put this notice away; it comes back when a save "
        "brings something new to check"
    ),
    "console.deck_warnings.console_hint": (
        "Only you see this. Fix the deck and save it: "
        "the list follows every save."
    ),
    "console.timer.caption": "Elapsed",
    "console.timer.clock": "Clock",
    "console.timer.pause_tip": "Pause or resume the timer (T)",
    "console.timer.reset": "Reset",
    "console.timer.reset_tip": "Set the timer back to 0:00; it starts again on the next slide",
    "console.timer.running": "running",
    "console.timer.paused": "paused — T to resume",
    "console.timer.waiting": "starts on the next slide",
    "console.timer.pause": "Pause",
    "console.timer.resume": "Resume",
    "console.timer.start": "Start",
    "console.venue.caption": "Venue check",
    "console.venue.rehearse": "Rehearse voting ({seconds} s)",
    "console.venue.rehearse_tip": (
        "{phones} test phones vote on a scratch session on this laptop's network address; the real "
        "session is not touched"
    ),
    "console.venue.rehearsing": "Rehearsing…",
    "console.venue.rehearsing_note": (
        "{phones} test phones are voting on a scratch session; the talk's votes are not touched."
    ),
    "console.venue.rehearsal_failed": "The rehearsal could not run; try `votedeck rehearse`.",
    "console.venue.rehearsal_error": "The rehearsal could not run ({error}); try again, or run `votedeck rehearse`.",
    "console.venue.local_only": (
        "Voting listens on this computer only, so phones cannot join: start without --host or with "
        "--host 0.0.0.0."
    ),
    "console.reset.title": "Reset poll",
    "console.reset.question": "Forget every vote on this poll? The room starts again from zero.",
    "console.reset.yes": "Forget the votes",
    "console.reset.no": "Keep them",
    "console.start.open": "Open a deck…",
    "console.start.open_title": "Open a deck",
    "console.start.filter": "Markdown decks (*.md *.markdown)",
    "console.start.bundled": "Present the bundled talk",
    "console.start.intro": "Open a Markdown deck, or drop a .md file on this window.",
    "console.start.session": "Session name:",
    "console.start.session_hint": "for example the municipality (optional)",
    "console.start.recent": "Recent decks (double-click to open):",
    "console.start.fix_deck": "{error}\nFix the deck and open it again, or choose another.",
    "console.start.cannot_read": "{path}: cannot read the deck ({reason}); choose another file.",
    "console.awake.held": "Sleep blocked while presenting.",
    "console.awake.not_held": (
        "Sleep is not blocked ({why}): "
        "set the laptop's screen and sleep timeouts to 'never' for the talk."),
    "console.remote.title": "Your phone as a remote",
    "console.remote.pair": "Pair my phone",
    "console.remote.renew": "New code",
    "console.remote.hint": (
        "Scan this with your own phone: it changes slides and runs the polls. Keep it off "
        "the projector; it works once, for {minutes} minutes."),
    "console.remote.down": "The remote works while voting runs.",
    # The speaker's remote on their own phone (server.web.remote_page, assets/web/remote.js),
    # in that phone's language.
    "remote.title": "Remote",
    "remote.refused": "This is the speaker's remote. Pair it by scanning the code on the speaker's console.",
    "remote.previous": "Previous",
    "remote.next": "Next",
    "remote.poll": "Poll",
    "remote.open": "Open the poll",
    "remote.close": "Close the poll",
    "remote.reveal": "Show the results",
    "remote.hide": "Hide the results",
    "remote.now": "Now",
    "remote.up_next": "Next slide",
    "remote.notes": "Notes",
    "remote.no_notes": "No notes for this slide.",
    "remote.no_script": "The remote needs JavaScript.",
    "remote.offline": "Connection lost – trying again …",
    "remote.where": "Slide {n} of {total}",
    "remote.poll_open": "Open · {n} voted",
    "remote.poll_closed": "Closed · {n} voted",
    "remote.no_image": "No picture yet",
    "console.paper.button": "Paper ballots…",
    "console.paper.tooltip": (
        "Type in the ballots counted by hand for this poll; they are kept apart from the "
        "phones' votes and marked on the slide"
    ),
    "console.paper.title": "Paper ballots",
    "console.paper.lead": (
        "Ballots counted by hand for “{question}”. The slide adds them to the phones' votes "
        "and says how many were on paper. Leave a field empty for none; all empty removes "
        "them."
    ),
    "console.paper.typed": "This poll takes typed answers, so there are no options to count on paper.",
    "console.paper.save": "Save",
    "console.paper.cancel": "Cancel",
    "console.paper.close": "Close",
    "console.paper.not_saved": "The paper ballots could not be saved; try again.",
    "console.paper.on_paper": "{n} on paper",
    "console.paper.refused.not_a_number": (
        "{option}: “{value}” is not a number of ballots; type a whole number such as 23, or "
        "leave the field empty for none."
    ),
    "console.paper.refused.out_of_range": "{option}: {n} ballots cannot be right; type a number from 0 to {most}.",
    "console.paper.refused.typed": "This poll takes typed answers, so there are no options to count on paper.",
    "console.paper.refused.unknown_option": "This poll has no option “{option}”; reload the deck and count again.",
    "console.paper.refused.no_poll": (
        "This poll is no longer in the deck (it was edited); close this and open it again on "
        "the poll's slide."
    ),
    "console.paper.no_voting": (
        "Voting is not running, so paper ballots cannot be saved; restart voting first (the "
        "banner above)."
    ),
    "console.session.caption": "Session name",
    "console.session.placeholder": "The municipality, e.g. Trondheim kommune",
    "console.session.tooltip": "The name the report, the exports and votedeck sessions give this session",
    "console.session.save": "Name",
    "console.session.new": "New session…",
    "console.session.new_tooltip": "Start a new session for the next municipality; the votes so far stay in this one",
    "console.session.new_question": (
        "Start a new session named “{name}”? The room's votes start from nothing; the "
        "votes so far stay in the earlier session."),
    "console.session.new_started": "A new session, “{name}”, has begun; the earlier one keeps its votes.",
    "console.session.saved": "This session is now called “{name}”.",
    "console.session.not_saved": "The name could not be saved; try again.",
    "console.session.refused.empty": (
        "A session needs a name, such as the municipality the talk is given in (“Trondheim "
        "kommune”)."
    ),
    "console.session.refused.too_long": (
        "That name is {n} characters long; keep it under {most}, such as “Trondheim kommune”."
    ),
    "console.session.no_voting": (
        "Voting is not running, so there is no session to name; restart voting first (the "
        "banner above)."
    ),
    "console.report.button": "Report…",
    "console.report.tooltip": "Write the municipality's PDF report of this session (beside the tour when it is shown)",
    "console.report.dialog": "Save the report as",
    "console.report.no_voting": (
        "Voting is not running, so there is no session to report; restart voting, or use "
        "votedeck report after the talk."
    ),
    "console.report.not_written": "Could not write {path} ({reason}); choose a folder you can write to.",
    "console.report.saved": "Report saved as {path} ({pages} pages).",
    # The phone page for the newer question kinds: choice, scale, open answers, questions.
    "phone.pick_hint": "Choose up to {k}, then tap Send.",
    "phone.send": "Send",
    "phone.other": "Other",
    "phone.other_prompt": "Your other answer (optional)",
    "phone.answer_prompt": "Your answer",
    "phone.ask_prompt": "Your question",
    "phone.your_answers": "Your answers",
    "phone.save": "Save",
    "phone.withdraw": "Withdraw",
    "phone.upvote": "Upvote",
    "phone.upvoted": "Upvoted",
    "phone.answered": "Answered",
    "phone.hidden": "Hidden by the speaker",
    "phone.waiting": "Waiting for the speaker's approval",
    "phone.no_questions": "No questions yet. Ask the first one.",
    "phone.all_used": "You have sent as many answers as you can. Edit or withdraw one.",
    # What the slide prints for those kinds (counts, the mean and median, the wall, the cloud).
    "slide.mean": "Mean",
    "slide.median": "Median",
    "slide.answers": "{n} answers",
    "slide.questions": "{n} questions",
    "slide.no_answers": "No answers yet",
    "slide.no_questions": "No questions yet",
    "slide.more": "and {n} more",
    "slide.pick": "Choose up to {k}",
    "slide.voters": "{n} answered",
    "slide.answered": "answered",
    "slide.cloud_more": "+{n} more",
    "console.server.ports_in_use": (
        "Port {port} (and the next {more}) is already in use; stop the other program and restart "
        "voting, or start votedeck with --port on a free port."),
    "console.server.port_in_use": (
        "Port {port} is already in use; stop the other program and restart voting, or start "
        "votedeck with --port on a free port."),
    "console.server.port_needs_admin": (
        "Port {port} needs administrator rights; start votedeck with --port 8080 or another above 1023."),
    "console.server.no_such_address": "This computer has no address {host}; start votedeck with --host 0.0.0.0.",
    "console.server.cannot_listen": (
        "Cannot listen on {host}:{port} ({detail}); start votedeck with another --host or --port."),
    "console.server.no_free_port": "No port from {port} on is free; start votedeck with --port on another one.",
    "console.server.folder_unusable": (
        "Cannot use the data folder {folder} ({detail}); keep the votes in a folder you can write to."),
    "console.server.folder_taken": (
        "Another votedeck is already using the votes in {folder}; often it is a rehearsal left "
        "running in another window. Stop that one and restart voting, or keep the votes in another folder."),
    "console.server.folder_taken_by": (
        "Another votedeck (process {pid}) is already using the votes in {folder}; often it is a "
        "rehearsal left running in another window. Stop that one and restart voting, or keep the "
        "votes in another folder."),
    "console.server.folder_taken_by_port": (
        "Another votedeck (process {pid}, port {port}) is already using the votes in {folder}; often "
        "it is a rehearsal left running in another window. Stop that one and restart voting, or keep "
        "the votes in another folder."),
    "console.server.folder_not_made": (
        "Cannot create the data folder {folder} ({detail}); keep the votes in another folder."),
    "console.server.db_read_only": (
        "The vote database {path} cannot be written (read-only); make it writable, or keep the votes "
        "in another folder."),
    "console.server.db_locked": (
        "The vote database {path} is locked by another program (another votedeck?); close it, or keep "
        "the votes in another folder."),
    "console.server.db_damaged": (
        "The vote database {path} is damaged; move it aside to keep it, or keep the votes in another folder."),
    "console.server.disk_full": (
        "The disk holding the vote database {path} is full; free some space, or keep the votes in "
        "another folder."),
    "console.server.db_cannot_open": (
        "The vote database {path} cannot be opened (is the folder there and writable?); keep the votes "
        "in another folder."),
    "console.server.db_unusable": (
        "The vote database {path} cannot be used ({detail}); keep the votes in another folder."),
    "console.server.not_running": "Voting is not running, so nothing can be saved; restart voting first.",
    "console.server.no_answer": (
        "The vote store did not answer in time, so nothing was saved; try again in a moment."),
    "console.server.store_closed": "Votes cannot be saved: the vote store is closed; restart voting.",
    "console.server.already_started": "This voting server was already started; restart voting.",
    "console.server.token_too_short": (
        "A control token must be at least {least} characters long; start votedeck without --token "
        "for a random one, or choose a longer one."),
    "console.server.start_failed": (
        "The voting server could not start ({detail}); restart voting, or start votedeck with another --port."),
    "console.server.crashed": (
        "The voting server could not start ({detail}); the slides still work, restart voting from the "
        "console."),
    "console.server.stopped": "Voting stopped unexpectedly; restart voting to let phones vote again.",
    "console.server.other": "Voting reported a problem: {detail}",
    "console.awake.why.platform": "votedeck does not know how to do this on {platform}",
    "console.awake.why.no_bus": "there is no desktop session bus; DBUS_SESSION_BUS_ADDRESS is not set",
    "console.awake.why.no_jeepney": "the jeepney package is missing: pip install jeepney",
    "console.awake.why.bus_unreachable": "the desktop session bus cannot be reached: {error}",
    "console.awake.why.not_accepted": (
        "no screensaver service on the desktop session bus accepted the request: {error}"),
    "console.awake.why.windows_refused": "Windows refused SetThreadExecutionState",
    "console.awake.why.no_caffeinate": "neither IOKit nor caffeinate could be used: {error}",
    # The venue checks (venue/firewall.py, venue/rehearsal.py): the console says them in the
    # speaker's language, `votedeck serve` and `votedeck rehearse` in English.
    "venue.firewall.windows": (
        "Windows may block phones from reaching port {port}: when Windows asks, allow Python on "
        "Private networks; if you chose Public or clicked Cancel: Windows Security → Firewall & "
        "network protection → Allow an app through firewall → tick Python (Private and Public)."),
    "venue.firewall.macos_blocks_all": (
        "The macOS firewall blocks all incoming connections, so phones cannot vote: System Settings → "
        "Network → Firewall → Options → turn off \"Block all incoming connections\" and allow incoming "
        "connections for Python."),
    "venue.firewall.macos_on": (
        "The macOS firewall is on: when macOS asks whether Python may accept incoming network "
        "connections, click Allow; if you missed it: System Settings → Network → Firewall → Options → "
        "allow incoming connections for Python."),
    "venue.firewall.macos_maybe": (
        "If the macOS firewall is on, allow Python: System Settings → Network → Firewall → Options → "
        "allow incoming connections for Python."),
    "venue.firewall.ufw": (
        "The ufw firewall is on and may block phones from reaching port {port}: run `sudo ufw allow "
        "{port}/tcp` before the talk (and `sudo ufw delete allow {port}/tcp` after it, if you like)."),
    "venue.firewall.firewalld": (
        "firewalld is running and may block phones from reaching port {port}: run `sudo firewall-cmd "
        "--add-port={port}/tcp` before the talk (it lasts until the next reboot)."),
    "venue.rehearsal.none_reached": (
        "None of the {phones} test phones reached {url} ({reasons}). Check that votedeck is running and "
        "the address is the one on the join screen; if it is, a firewall is blocking the port (see "
        "docs/venue.md) or this machine is on another network than the laptop."),
    "venue.rehearsal.voted": "{done} of {phones} test phones voted; slowest answer {slowest}.",
    "venue.rehearsal.reached": "{done} of {phones} test phones reached the laptop; slowest answer {slowest}.",
    "venue.rehearsal.lost": (
        "{lost} did not get through: close other programs on the laptop, move it nearer the wifi "
        "access point (or use its own hotspot), and rehearse again."),
    "venue.rehearsal.lost_reasons": (
        "{lost} did not get through ({reasons}): close other programs on the laptop, move it nearer "
        "the wifi access point (or use its own hotspot), and rehearse again."),
    "venue.rehearsal.lost_in_time": (
        "{lost} did not get through before the time ran out: close other programs on the laptop, move "
        "it nearer the wifi access point (or use its own hotspot), and rehearse again."),
    "venue.rehearsal.lost_reasons_in_time": (
        "{lost} did not get through ({reasons}) before the time ran out: close other programs on the "
        "laptop, move it nearer the wifi access point (or use its own hotspot), and rehearse again."),
    "venue.rehearsal.slow": (
        "That is slow enough for phones to feel stuck: close other programs on the laptop and use its "
        "own hotspot or a less busy network."),
    "venue.rehearsal.no_votes_sent": "No test votes were sent, so the session stays clean.",
    "venue.rehearsal.laptop_ready": (
        "The laptop's side is ready. This test ran on the laptop itself, so it cannot show that the "
        "venue wifi lets phones through: open the join URL on a phone and watch the console's \"phones "
        "reached this laptop\" line."),
    "venue.rehearsal.network_ready": "Phones on this network can reach the laptop.",
    "venue.rehearsal.ms": "{n} ms",
    "venue.rehearsal.seconds": "{whole}.{tenth} s",
    "venue.reason.times": "{reason} ×{n}",
    "venue.reason.timeout": "timeout",
    "venue.reason.unreachable": "connection refused or unreachable",
    "venue.reason.connection_error": "connection error",
    "venue.reason.bad_answer": "bad answer",
    "venue.reason.no_cookie": "no voter cookie",
    # A deck's warnings (presenter/deck: lint.py, marp.py, fence_traps.py): the app says them
    # in the speaker's language, `votedeck check` in English (scripts and CI read it).
    "deck.empty_pair": (
        "two \"---\" lines with nothing between them: the empty slide is left out; remove one "
        "\"---\" or write the slide"),
    "deck.blank_slide": (
        "slide {slide} shows nothing (only speaker notes or settings); write its title or text, "
        "or remove it"),
    "deck.web_image": (
        "image \"{address}\" is on the web and votedeck works offline: the slide shows a "
        "placeholder; expected the picture saved next to the deck (write its file name instead)"),
    "deck.split_picture": (
        "slide {slide}'s picture beside the text (![bg {split}]) is left out: a {layout} slide "
        "keeps the whole width; expected it on a slide of text, or \"![bg]\" behind this one"),
    "deck.style_block": (
        "a <style> block (Marp's CSS) is left out: votedeck reads no CSS; give it colours under "
        "theme: (docs/deck-format.md)"),
    "deck.placeholder": (
        "\"{text}\" looks like a template placeholder left in; write the text the room should see"),
    "deck.marp.left_out": "Marp's \"{name}\" is left out: {why}",
    "deck.marp.why.theme": (
        "votedeck draws its own look; give it colours under theme: (docs/deck-format.md)"),
    "deck.marp.why.style": "votedeck reads no CSS; give it colours under theme: (docs/deck-format.md)",
    "deck.marp.why.size": "votedeck's slides are 16:9",
    "deck.marp.why.math": "formulas are shown as written",
    "deck.marp.why.heading_divider": (
        "slides are split at \"---\" lines only; put one before each heading that should start "
        "a slide"),
    "deck.marp.why.background": "a background picture is \"![bg](picture.png)\" on the slide",
    "deck.marp.why.background_size": "a background picture's size is \"![bg contain](picture.png)\"",
    "deck.marp.why.description": "the deck's summary is not shown",
    "deck.marp.why.image": "the deck's preview picture is not shown",
    "deck.marp.why.keywords": "the deck's keywords are not shown",
    "deck.marp.why.url": "the deck's address is not shown",
    "deck.marp.why.transition": "slides change without a transition",
    "deck.marp.colour": (
        "{name} \"{text}\" is not a colour votedeck can draw and is left out; expected a hex "
        "colour such as \"#123456\" or a name such as \"white\""),
    "deck.fence.never_closed": (
        "the {block} block opened at line {line} is never closed, so it runs to the end of the "
        "deck: the rest of the last slide is read as part of it; expected a line \"{marker}\" on "
        "its own where the block ends"),
    "deck.fence.never_closed_slip": (
        "the {block} block opened at line {line} is never closed, so it runs to the end of the "
        "deck: the rest of the last slide is read as part of it ({slip}); expected a line "
        "\"{marker}\" on its own where the block ends"),
    "deck.fence.still_open": (
        "the {block} block opened at line {line} is still open at line {at}, where \"{opener}\" "
        "starts another block, so the lines between show as code; expected a line \"{marker}\" "
        "on its own where the block ends"),
    "deck.fence.still_open_slip": (
        "the {block} block opened at line {line} is still open at line {at}, where \"{opener}\" "
        "starts another block, so the lines between show as code ({slip}); expected a line "
        "\"{marker}\" on its own where the block ends"),
    "deck.fence.slip_indented": (
        "line {line} is indented too far to close it: start its \"{text}\" at the left edge"),
    "deck.fence.slip_not_closing": (
        "line {line}, \"{text}\", does not close it: a closing line is \"{marker}\" alone"),
}
