"""The relations stage: unique events, dyad series with a tension index, and tension-spike alerts.

* :mod:`.dedup` — many reports of one event become one unique event with a mention count (runs on save);
* :mod:`.series` — per-day/week/month dyad series and the tension index (formula in its docstring and README);
* :mod:`.alerts` — spike detection against a trailing baseline, written to the ``alerts`` table.

Every function takes a :class:`faultlines.store.Store` or an open ``sqlite3.Connection``.
"""

from faultlines.relations.alerts import SpikeParams, list_alerts, refresh
from faultlines.relations.series import dyad_series, top_dyads

__all__ = ["SpikeParams", "dyad_series", "list_alerts", "refresh", "top_dyads"]
