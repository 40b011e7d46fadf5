"""The package version, in a module of its own so nothing needs to import the package root for it, and the
build id: what exactly made an analysis (code, models, lexicons, display policies)."""

import functools
import hashlib
from pathlib import Path

__version__ = "0.1.0"

#: Files whose content can change a reading: code, model artifacts and their display policies, word lists,
#: taxonomies, templates. Model cards and other prose are left out (editing them changes no analysis).
_BUILD_SUFFIXES = frozenset({".py", ".json", ".npz", ".txt", ".tsv", ".csv", ".yaml", ".yml", ".html", ".js",
                             ".css"})


def build_id(root: str | Path | None = None) -> str:
    """A short content hash of the installed package (``root``: another folder laid out like it, hashed afresh
    on every call; the package itself is hashed once per process, about 0.1 s).

    The version number alone does not change when a shipped model is retrained, a display cut-off moves or an
    analyser's rules change, so a store could not tell an analysis made before such a change from a current
    one; ``ingest --refresh`` compares this id (inside the pipeline fingerprint) instead."""
    return _package_build_id() if root is None else _hash_tree(Path(root))


@functools.lru_cache(maxsize=1)
def _package_build_id() -> str:
    return _hash_tree(Path(__file__).resolve().parent)


def _hash_tree(base: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(base.rglob("*")):
        if p.suffix in _BUILD_SUFFIXES and "__pycache__" not in p.parts and p.is_file():
            h.update(p.relative_to(base).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:12]
