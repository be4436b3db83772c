"""Use cases: one transaction each, validation before any write, an audit event per change.

The command line and the GUI call these functions and nothing below them.
"""
