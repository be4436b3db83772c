"""Use cases: one transaction each, validation before any write, an audit event per change.

The command line and the GUI call these functions and nothing below them.  The
modules are grouped by what they serve (``casework``, ``rectification``,
``overview``, ``registry``, ``exports``, ``exchange``, ``safekeeping``, ``seed``);
``support`` holds what every use case is built from (who is acting, the permission
authority, validation, the audit trail, optimistic locking, atomic files) and
serves no official directly.
"""
