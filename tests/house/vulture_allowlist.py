"""Names vulture reports as unused that are used, each with why. test_dead_code.py
scans the packages with this file beside them; a name used here counts as used.

Keep it short: a name belongs here only when something outside the scanned
packages uses it (Qt, aiohttp, `dataclasses.asdict`, the tests' and benchmarks'
measurements). Code that only tests call moves into tests/ instead.
"""
# ruff: noqa: B018 - a bare attribute read is how a vulture allow-list marks a name used
from vulture.whitelists.whitelist_utils import Whitelist

_ = Whitelist()

# Qt calls these virtual overrides of QWidget; nothing in our code does.
_.paintEvent
_.wheelEvent
_.heightForWidth
_.focusNextPrevChild
_.dragEnterEvent
_.dropEvent
# ... and of QAbstractListModel: the views ask the moderation list's model for its rows.
_.rowCount

# aiohttp's StreamWriter counts the bytes it sent; routes.expect_continue resets
# it so the interim "100 Continue" is not counted as part of the response.
_.output_size

# Counters and timings the tests and benchmarks read to measure the real thing:
# cache hits (SlideCache, StaticLayers), images a RenderWorker handed back,
# the audience window's paints (count, duration, slides it had to render itself),
# the animator's frames and the snapshot it shows, VoteStore's group commits and
# wake-ups, and when a tally snapshot was built (after the commit it reports);
# how often PhoneSlides handed the server images (paging renders only where it stops).
_.hits
_.published
_.completed
_.paint_count
_.last_paint_ms
_.sync_renders
_.frames
_.frame_snapshot
_.transactions
_.handoffs
_.taken_at

# Fields of reports printed as JSON through dataclasses.asdict:
# `votedeck loadtest --json` (SlideChange.latency), `votedeck rehearse --json`
# (RehearsalResult.median_ms).
_.latency
_.median_ms

# Dead, but in files another branch is changing right now (security: Hub.broadcasts,
# VoteStore.operations). Delete them, and these lines, once those branches are merged.
_.broadcasts
_.operations
