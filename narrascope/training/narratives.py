"""Training of the narrative classifier (:class:`~narrascope.models.narrative_classifier.NarrativeClassifier`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import model_dir
from ..models.narrative_classifier import NarrativeClassifier
from .semeval2025 import load_labelled


def train_narratives(data: str | Path, out: str | Path | None = None, langs: list[str] | None = None,
                     params: dict[str, Any] | None = None) -> tuple[NarrativeClassifier, Path]:
    """Train on every labelled article of ``data`` (semeval2025-task10/train) and save the artifact.

    ``out`` defaults to the shipped model folder ``narrascope/models/narratives``. Deterministic: the same
    data and parameters give the same arrays.
    """
    d = load_labelled(data, langs)
    model = NarrativeClassifier(**(params or {})).fit(d.texts, d.coarse, d.fine, d.langs, ids=d.ids)
    counts: dict[str, int] = {}
    for lang in d.langs:
        counts[lang] = counts.get(lang, 0) + 1
    # No wall-clock time in the artifact: retraining must reproduce it byte for byte.
    path = model.save(out or model_dir("narratives"), {"training_data": {"articles_per_language": counts}})
    return model, Path(path)
