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
    "slide.phone_one": "phone",
    "slide.phone_many": "phones",
    "slide.vote_one": "vote",
    "slide.vote_many": "votes",
    "slide.no_votes": "No votes yet",
    "slide.results_later": "Results will be shown later",
    "slide.join_heading": "Vote with your phone",
    "slide.scan_to_vote": "Scan the code, or open",
    "slide.wifi_step": "1 · Join the Wi-Fi",
    "slide.url_step": "2 · Open the page",
    "slide.qr_later": "The QR code appears while the talk runs",
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
}
