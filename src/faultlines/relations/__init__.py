"""The relations stage: pure functions over event records, no store access.

* :mod:`.series` — dyad names, per-day/week/month dyad series and the tension index (formula in its docstring);
* :mod:`.alerts` — spike detection against a trailing baseline.

The store calls them when it writes (``faultlines.store.alerts.refresh``) and the read API when it answers
(``faultlines.store.read_dyads``). Event de-duplication is the store's (:mod:`faultlines.store.dedup`).
"""

from faultlines.relations.alerts import SpikeParams, compute, detect
from faultlines.relations.series import build_series, dyad_name, parse_dyad, smooth_series

__all__ = ["SpikeParams", "build_series", "compute", "detect", "dyad_name", "parse_dyad", "smooth_series"]
