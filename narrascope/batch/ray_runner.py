"""The Ray runner: Ray actors that each load the models once, analyse batches and write to the store.

Ray is imported only here and only when asked for (``narrascope ingest --runner ray``), so the default
install does not need it (``pip install 'narrascope[ray]'``). ``RAY_ADDRESS`` names the cluster (else a local
Ray starts). Each actor opens the store itself and stores every article it analyses, so analyses never
travel back through the driver; the driver reads the inputs, skips what is stored, sends batches round-robin
to the actors and gets back one small status per article. Backpressure is the driver's: at most two batches
per actor are in flight, so the cluster is never flooded and the driver's memory stays flat.

The store must be reachable from every actor: a ``postgresql://`` URL on a cluster (SQLite files work for a
local Ray, where every actor sees the same disk).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..errors import NarrascopeError, StoreError, UsageError
from ..pipeline import Pipeline
from ..schema import Analysis
from ..settings import Settings
from ..store import Store
from .worker import Crash, Stored, source_of, warm_up

log = logging.getLogger("narrascope.batch")


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("the ray runner needs Ray: pip install 'narrascope[ray]' "
                         "(or use the default local runner)") from None
    return ray


# Run by a small watcher process: from its start it notes, five times a second, the processes descended from the
# driver (the local Ray's GCS, raylet, agents and workers); when the driver is gone (its end of the pipe closes,
# even on kill -9) it kills those still running (matched by start time, so a reused pid is never hit). It tells
# the driver it has taken its first look (one byte on stdout) before the driver goes on: a driver killed in the
# second after ray.init, before the watcher had looked once, left Ray's dashboard and runtime-env agents
# running (they outlive the raylet by more than 15 s).
_REAPER = r"""
import os, select, signal, sys
driver, me = int(sys.argv[1]), os.getpid()
def stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            s = fh.read()
    except OSError:
        return None
    f = s[s.rindex(")") + 2:].split()
    return int(f[1]), f[19]
def tree(roots):
    kids = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = stat(int(d))
            if st:
                kids.setdefault(st[0], []).append((int(d), st[1]))
    out, todo = {}, list(roots)
    while todo:
        for pid, start in kids.get(todo.pop(), []):
            if pid != me and pid not in out:
                out[pid] = start
                todo.append(pid)
    return out
known = tree([driver])
os.write(1, b"r")
os.close(1)
while True:
    ready, _, _ = select.select([0], [], [], 0.2)
    if ready and not os.read(0, 1024):
        break
    known.update(tree([driver]))
    known = {pid: start for pid, start in known.items() if (stat(pid) or (0, ""))[1] == start}  # the living
# only processes still the ones seen (same start time) are parents: a pid reused since is someone else's
known.update(tree([pid for pid, start in known.items() if (stat(pid) or (0, ""))[1] == start]))
for pid, start in known.items():
    st = stat(pid)
    if st and st[1] == start:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
"""


def _reap_local_ray_on_exit() -> None:
    """Make sure the local Ray this process started ends with it, however it ends (``kill -9`` included).

    Ray already ties its GCS and raylet to the driver (they die with it, and the actors with the raylet), but
    some of its agents linger for a while; a watcher process holding one end of a pipe from this process
    kills what is left the moment this process is gone. Linux only (it reads ``/proc``)."""
    import select
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        return
    read, write = os.pipe()
    try:
        watcher = subprocess.Popen([sys.executable, "-c", _REAPER, str(os.getpid())], stdin=read, close_fds=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
        select.select([watcher.stdout], [], [], 60)  # its first look at the processes (or a minute, at worst)
        watcher.stdout.close()
        if watcher.poll() is not None:
            log.warning("the watcher that ends a local Ray with this process did not start (exit %s): a kill -9 "
                        "of this process may leave Ray's agents running", watcher.returncode)
    finally:
        os.close(read)
    os.set_inheritable(write, False)
    _WATCHER.append(watcher)
    _REAPER_PIPE.append(write)  # kept open for the life of this process; closed by the kernel at exit


_REAPER_PIPE: list[int] = []
_WATCHER: list[Any] = []  # the watcher's Popen, kept so that it is never collected while it watches


class RayWorker:
    """One actor's state: a pipeline (models loaded once, at start) and its own connection to the store."""

    def __init__(self, names: tuple[str, ...], settings: Settings, location: str, fingerprint: str):
        from ..pipeline import fast_numerics
        from ..store import open_store
        from .worker import analyse_batch

        fast_numerics()
        self._analyse_batch = analyse_batch
        self.pipeline = Pipeline(names, settings)
        warm_up(self.pipeline)
        self.store = open_store(location)
        self.fingerprint = fingerprint

    def process(self, batch: list[Article], replace: list[bool]) -> list[Any]:
        """Analyse and store each article; return its status (or why it was not stored)."""
        out: list[Any] = []
        for article, stale, res in zip(batch, replace, self._analyse_batch(self.pipeline, batch)):
            if isinstance(res, Analysis):
                try:
                    res = Stored(self.store.put(article, res, pipeline=self.fingerprint, replace=stale).status)
                except NarrascopeError as exc:  # the store is down or refuses writes: stop the run
                    res = Crash(source_of(article), type(exc).__name__, str(exc), exc)
            out.append(res)
        return out

    def ping(self) -> bool:
        """True once the actor is up (its models are loaded in ``__init__``)."""
        return True

    def pid(self) -> int:
        """The actor's process id (tests kill it to play a lost node)."""
        return os.getpid()


#: How many times a batch whose worker died is sent again (to a live worker) before its articles count as
#: crashed: a batch that kills every worker it meets is the articles' doing, not a lost node's.
MAX_BATCH_RETRIES = 2


@dataclass
class _Call:
    """One batch sent to one actor."""

    index: int            # the actor's slot
    actor: Any            # the actor handle it went to (the slot may hold a replacement since)
    ref: Any              # the ObjectRef of its result
    batch: list[Article]
    replace: list[bool]
    tries: int = 0        # how many times it was sent again after its worker died


class RayRunner:
    """``settings.n_process`` Ray actors writing to ``store``'s location; see the module docstring.

    A lost worker (its node gone, killed, out of memory) costs a restart, not the job: the actor is replaced at
    once (the new one loads its models while the others go on), and each batch it had in flight is sent again
    to a live actor (:data:`MAX_BATCH_RETRIES` times at most). Articles the dead worker had already stored are
    found stored when the batch runs again and are counted as stored by this run; nothing is stored twice (the
    store's content-hash identity). New batches go to actors that have finished loading, so a replacement that
    cannot be placed (a cluster without room) never holds work."""

    stores_itself = True

    def __init__(self, pipeline: Pipeline, settings: Settings, store: Store, fingerprint: str):
        self.ray = ray = _import_ray()
        location = getattr(store, "location", None)
        if not location or location == ":memory:":
            raise UsageError("the ray runner's workers write to the store themselves: give a store they can reach "
                             "(--db postgresql://... on a cluster, or a SQLite file on one machine)")
        if not ray.is_initialized():
            address = os.environ.get("RAY_ADDRESS") or None
            ray.init(address=address, ignore_reinit_error=True, include_dashboard=False, logging_level="WARNING")
            if address is None:
                _reap_local_ray_on_exit()
        self.n = max(1, settings.n_process)
        self.batch_size = max(1, settings.batch_size // self.n)
        self.window = 2 * self.n
        self._args = (pipeline.names, settings, location, fingerprint)
        self._actor_cls = ray.remote(num_cpus=1, max_restarts=0)(RayWorker)
        self.actors: list[Any] = [None] * self.n
        self._pings: list[Any] = [None] * self.n
        self._ready = [False] * self.n
        for i in range(self.n):
            self._start(i)
        self._next = 0
        self.lost = 0  #: workers lost (and replaced) during the run

    def _start(self, i: int) -> None:
        self.actors[i] = self._actor_cls.remote(*self._args)
        self._pings[i] = self.actors[i].ping.remote()  # resolves once the actor has loaded its models
        self._ready[i] = False

    def _pick(self, avoid: Any = None) -> int:
        """The slot for the next batch: round-robin over the actors that have loaded their models (all of them
        while none has), never ``avoid`` (a dead actor) when another is there."""
        for k in range(self.n):
            if not self._ready[k] and self.ray.wait([self._pings[k]], timeout=0)[0]:
                try:
                    self._ready[k] = self.ray.get(self._pings[k])
                except self.ray.exceptions.RayError:
                    pass  # died while starting: replaced when a batch sent to it fails
        slots = [k for k in range(self.n) if self.actors[k] is not avoid]
        ready = [k for k in slots if self._ready[k]]
        pool = ready or slots or list(range(self.n))
        i = pool[self._next % len(pool)]
        self._next += 1
        return i

    def _send(self, batch: list[Article], replace: list[bool], tries: int = 0, avoid: Any = None) -> _Call:
        i = self._pick(avoid)
        actor = self.actors[i]
        return _Call(i, actor, actor.process.remote(batch, replace), batch, replace, tries)

    def submit(self, batch: list[Article], replace: list[bool]) -> _Call:
        return self._send(batch, replace)

    def done(self, call: _Call) -> bool:
        ready, _ = self.ray.wait([call.ref], timeout=0)
        return bool(ready)

    def result(self, call: _Call) -> list[Any]:
        while True:
            try:
                out = self.ray.get(call.ref)
            except self.ray.exceptions.RayActorError as exc:
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                if self.actors[call.index] is call.actor:  # not replaced yet (its other batches fail too)
                    self.lost += 1
                    log.warning("a Ray worker died (%s); starting a new one and sending its batches again", reason)
                    self._start(call.index)
                if call.tries >= MAX_BATCH_RETRIES:
                    return [Crash(source_of(a), "RayActorError", f"the Ray worker died {call.tries + 1} times "
                                  f"analysing this batch: {reason}") for a in call.batch]
                call = self._send(call.batch, call.replace, call.tries + 1, avoid=call.actor)
                continue
            except self.ray.exceptions.RayTaskError as exc:
                cause = exc.as_instanceof_cause() if hasattr(exc, "as_instanceof_cause") else exc
                if isinstance(cause, StoreError):
                    raise StoreError(str(cause).splitlines()[0]) from None
                raise
            if call.tries:
                # Sent again after its worker died: what that worker had stored is found stored now, by this run.
                out = [Stored("new") if isinstance(r, Stored) and r.status in ("unchanged", "duplicate") else r
                       for r in out]
            return out

    def close(self) -> None:
        for actor in self.actors:
            try:
                self.ray.kill(actor)
            except Exception:  # noqa: BLE001 -- already gone
                pass
