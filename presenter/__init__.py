"""votedeck's presenter: the deck model, the slide renderer, the windows and the CLI."""
