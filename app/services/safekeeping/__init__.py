"""Keeping the data sound: backup and restore, the integrity check, and the audit of every record against its audit events."""
