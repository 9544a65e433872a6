"""votedeck's voting server: the web app (`server.web`), the vote store
(`server.store`), the laptop's addresses (`server.net`), and `server.runtime`,
which runs them on a thread of their own.

Its public API is `server.runtime.VotingServer`, `server.api` (configuration and
errors), `server.net` (addresses and reachability, for the venue checks) and
`server.store.results` / `results_files` / `session_list` / `reading` (reading a
session back) and `server.oslimits` (the open-files limit, which the load-test
client raises too). The values it shares with the presenter live in `common.values`. Importing this package is
cheap: nothing here loads aiohttp or starts a thread.
"""
