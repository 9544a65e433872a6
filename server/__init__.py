"""votedeck's voting server: aiohttp app, vote store, phone page. Never imports PySide6."""
