"""The corpus runner (:mod:`narrascope.batch.runner`): read → skip what is stored → analyse → store, as a
resumable stream in bounded memory, in this process, worker processes (:mod:`~narrascope.batch.local`) or Ray
actors (:mod:`~narrascope.batch.ray_runner`); :mod:`~narrascope.batch.watch` feeds it fetched articles."""
from __future__ import annotations

from .runner import IngestReport, Skipped, ingest, make_runner, pipeline_fingerprint

__all__ = ["IngestReport", "Skipped", "ingest", "make_runner", "pipeline_fingerprint"]
