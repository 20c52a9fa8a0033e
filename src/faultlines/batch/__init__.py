"""Batch runs over crawls: the per-document pipeline mapped over many input files, a Parquet dataset out.

* :mod:`.inputs` — the input files (files, folders, ``@list.txt``);
* :mod:`.worker` — :func:`process_file`, the one pure function per input that every engine maps over;
* :mod:`.engines` — a local process pool, or Dask (``LocalCluster`` or a running cluster);
* :mod:`.dataset` — the whole-batch step: story clusters, event de-duplication, dyad series and alerts with the
  store's own code, and the partitioned Parquet tables (columns in :mod:`.schema`);
* :mod:`.load` — the dataset into the SQLite store, for the dashboard (its SQLite side in :mod:`.bulk`);
* :mod:`.run` — one ``faultlines batch`` run, start to end.
"""

from faultlines.batch.run import BatchSummary, run_batch
from faultlines.batch.worker import FileResult, process_file

__all__ = ["BatchSummary", "FileResult", "process_file", "run_batch"]
