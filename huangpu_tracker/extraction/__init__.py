"""Target extraction (placeholder until the extraction issue lands: finds nothing)."""

from huangpu_tracker.extraction.model import Extraction


def extract_document(document) -> Extraction:
    """Targets and reported figures of every article of `document` (offsets into its text)."""
    return Extraction(targets=[], actuals=[])
