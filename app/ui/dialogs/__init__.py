"""Dialogs: one per file."""
