"""Use cases: one transaction each, validation before any write, an audit event per change.

The command line and the GUI call these functions and nothing below them.
"""

from app.services import messages as _messages  # noqa: F401  (registers the catalogue)
from app.services import permissions as _permissions  # noqa: F401  (the role and action labels)
