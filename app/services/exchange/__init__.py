"""Case exchange packages for offices that do not share a server.

``export_package`` writes cases (one, a province's, or those changed since a
day) with everything in them into a zip; ``plan_import`` says what importing a
package would do without writing; ``import_package`` merges it by UUID in one
transaction; records changed on both sides become conflicts, resolved field by
field with ``resolve_conflict``.
"""

from app.services.exchange.conflicts import (
    ConflictView,
    FieldChoice,
    get_conflict,
    list_conflicts,
    resolve_conflict,
)
from app.services.exchange.export import ExportResult, export_package
from app.services.exchange.import_ import ImportSummary, import_package, plan_import
from app.services.exchange.package import Limits

__all__ = [
    "ConflictView",
    "ExportResult",
    "FieldChoice",
    "ImportSummary",
    "Limits",
    "export_package",
    "get_conflict",
    "import_package",
    "list_conflicts",
    "plan_import",
    "resolve_conflict",
]
