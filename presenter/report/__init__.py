"""The report after the talk: its values (data), its files (CSV, JSON) and its PDF."""
