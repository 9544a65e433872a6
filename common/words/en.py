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
    # What the slide renderer prints itself (presenter.render.words).
    "slide.poll_open": "Voting open",
    "slide.poll_closed": "Voting closed",
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
