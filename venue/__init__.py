"""Venue tooling: checks and codes that get the room's phones onto the laptop
(firewall, the hotspot's Wi-Fi code, the rehearsal). Uses the server only through
its public API.
"""
