"""Optional Ray runner: the same per-article analysis on the actors of a Ray cluster.

Ray is imported only here and only when asked for (``narrascope ingest --runner ray``), so the default
install does not need it. Results come back in input order, like ``Pipeline.pipe``; the caller stores them.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from ..article import Article
from ..errors import UsageError
from ..pipeline import Pipeline, _analyse_one
from ..settings import Settings


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("the ray runner needs Ray: pip install 'narrascope[ray]' "
                         "(or use the default local runner)") from None
    return ray


def ray_results(pipeline: Pipeline, items: list[Article], settings: Settings) -> Iterator[Any]:
    """Analyse ``items`` on ``settings.n_process`` Ray actors, yielding results in input order.

    Connects to the cluster named by ``RAY_ADDRESS`` (else starts a local Ray).
    """
    ray = _import_ray()
    from ray.util import ActorPool

    if not ray.is_initialized():
        ray.init(address=os.environ.get("RAY_ADDRESS") or None, ignore_reinit_error=True)

    @ray.remote
    class _Worker:  # one pipeline per actor: models load once per actor, lazily
        def __init__(self, names: tuple[str, ...], settings: Settings):
            self.pipeline = Pipeline(names, settings)

        def analyse(self, batch: list[Article]) -> list[Any]:
            return [_analyse_one(self.pipeline, a) for a in batch]

    actors = [_Worker.remote(pipeline.names, settings) for _ in range(max(1, settings.n_process))]
    size = max(1, settings.batch_size)
    batches = [items[i:i + size] for i in range(0, len(items), size)]
    for results in ActorPool(actors).map(lambda actor, batch: actor.analyse.remote(batch), batches):
        yield from results
