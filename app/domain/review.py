"""Written reviews: what a reviewing agency may conclude about a report."""

from __future__ import annotations

from enum import StrEnum


class ReviewConclusion(StrEnum):
    ACCEPTED = "accepted"
    REASSESSMENT = "reassessment"  # items missing or the method clearly improper
    RECTIFICATION = "rectification"
    INSPECTION = "inspection"  # on-site inspection required


CONCLUSION_LABELS: dict[ReviewConclusion, dict[str, str]] = {
    ReviewConclusion.ACCEPTED: {"zh": "通过", "en": "Accepted"},
    ReviewConclusion.REASSESSMENT: {"zh": "需重新评估", "en": "Re-assessment required"},
    ReviewConclusion.RECTIFICATION: {"zh": "需整改", "en": "Rectification required"},
    ReviewConclusion.INSPECTION: {"zh": "需现场检查", "en": "On-site inspection required"},
}


def conclusion_label(value: str, lang: str) -> str:
    """The label of a stored conclusion, or the value itself if it is unknown."""
    try:
        return CONCLUSION_LABELS[ReviewConclusion(value)][lang]
    except (ValueError, KeyError):
        return value
