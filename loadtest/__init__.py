"""`votedeck loadtest`: a client that plays a hall of phones against a running
votedeck, over its HTTP and WebSocket API only.
"""
