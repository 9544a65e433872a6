"""The laptop's network as the server sees it: LAN addresses, the join URL that
follows them, and which phones reached the laptop.
"""
