"""The voting web app: routes, the phones' and the presenter's endpoints, the phones'
WebSockets, per-address limits, and the talk's live state (`TalkState`).
"""
