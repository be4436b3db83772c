"""PDF documents built with ReportLab from plain data; nothing here queries the database."""

from app.dossier.case_dossier import build_case_dossier
from app.dossier.model import BuildOutcome, DossierOptions, DossierWarning

__all__ = ["BuildOutcome", "DossierOptions", "DossierWarning", "build_case_dossier"]
