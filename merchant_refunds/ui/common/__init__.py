"""Pieces every screen shares.

Formatting, messages and errors, field errors, paged table models, background tasks, the session,
translations and computer settings.
"""
