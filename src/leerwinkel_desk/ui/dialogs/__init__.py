"""Dialogs for the counsellor's actions: dispatch, contacts, sessions, options, consent, handover, closing, merging."""
