"""GPU half of the encoder probe: fine-tune MiniLM (all-MiniLM-L6-v2) on the bundle that
``research/encoder_probe.py prepare`` wrote, and save the probabilities for ``encoder_probe.py score``.

Standalone on purpose: it needs torch, numpy and transformers only (the GPU machine has those; narrascope and
its dependencies are not imported there), and it downloads nothing. The bundle holds token ids (the
tokenizer ran on the CPU side), the label matrices, the article folds of the project's own split
(``article_folds``, seed 13) and the encoder weights as row-wise int8 with the vocabulary pruned to the
tokens the data uses (dequantised to float32 here before anything is trained).

Written into ``--out`` (each file as soon as its step ends, so a run stopped by its time limit still
returns what it finished):

- ``frozen.npz``: mean-pooled embeddings of the untrained encoder (int8 rows + float32 scales) of every
  persuasion row (paragraphs and sentence-line copies) and of every English narrative article;
- ``persuasion_s<seed>.npz``: sigmoid probabilities per epoch of (a) a model trained on folds 2-4 scored on
  fold 1 (the inner split: thresholds and the epoch are chosen there) and (b) a model trained on folds 1-4
  scored on fold 0 (the test fold; nothing is tuned on it);
- ``narratives.npz``: the same for the English article-level decision "Other vs pushes a narrative";
- ``device.json``: settings, timings per step and quick scores (the CPU side rescoring with the project's
  scorer is the authoritative one).

Run (GPU machine, from the repository root): ``python3 research/encoder_probe_device.py --bundle .encprobe
--out $OUT``. ``--limit N --epochs 1`` is the CPU smoke test on N rows per fold.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

T0 = time.time()


def log(msg: str) -> None:
    """Print with the seconds since start (the device reply keeps only the output's tail)."""
    print(f"[{time.time() - T0:6.1f}s] {msg}", flush=True)


# -- encoder -------------------------------------------------------------------------------------------------
def load_state(bundle: Path) -> tuple[dict, dict[str, torch.Tensor]]:
    """BERT config and float32 state dict from the int8 bundle (``name.q`` int8 rows x ``name.s`` scales)."""
    cfg = json.loads((bundle / "config.json").read_text())
    w = np.load(bundle / "weights.npz")
    state = {}
    for k in w.files:
        if k.endswith(".q"):
            state[k[:-2]] = torch.from_numpy(w[k].astype(np.float32) * w[k[:-2] + ".s"][:, None])
        elif not k.endswith(".s"):
            state[k] = torch.from_numpy(w[k].astype(np.float32))
    cfg["vocab_size"] = state["embeddings.word_embeddings.weight"].shape[0]
    return cfg, state


def new_encoder(cfg: dict, state: dict[str, torch.Tensor]):
    """A fresh BertModel (no pooler) holding the bundle's weights."""
    from transformers import BertConfig, BertModel

    keep = {k: v for k, v in cfg.items() if not k.startswith("_") and k not in ("architectures",)}
    model = BertModel(BertConfig(**keep), add_pooling_layer=False)
    # The checkpoint's pooler (unused: sentence-transformers mean-pools) is dropped.
    missing, unexpected = model.load_state_dict({k: v for k, v in state.items() if not k.startswith("pooler.")},
                                                strict=False)
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit the encoder: missing {missing[:5]}, unexpected {unexpected[:5]}")
    return model


class Classifier(nn.Module):
    """Mean-pooled encoder + dropout + linear head; ``chunks`` > 1 averages the chunk embeddings of an
    article (long articles are cut into windows)."""

    def __init__(self, encoder, n_out: int, prior: np.ndarray | None = None):
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(encoder.config.hidden_size, n_out)
        if prior is not None:  # start at the label priors: a stable first epoch for rare labels
            p = np.clip(prior, 1e-4, 1 - 1e-4)
            self.head.bias.data = torch.tensor(np.log(p / (1 - p)), dtype=torch.float32)

    def embed(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        return (h * m).sum(1) / m.sum(1).clamp(min=1.0)

    def forward(self, ids, mask, owner=None, n_owners=None):
        e = self.embed(ids, mask)
        if owner is not None:  # average chunk embeddings per article
            s = torch.zeros(n_owners, e.shape[1], device=e.device, dtype=e.dtype).index_add_(0, owner, e)
            c = torch.zeros(n_owners, device=e.device, dtype=e.dtype).index_add_(0, owner, torch.ones_like(owner,
                                                                                                 dtype=e.dtype))
            e = s / c.unsqueeze(1)
        return self.head(self.drop(e.float()))


# -- batching ------------------------------------------------------------------------------------------------
def row_tokens(tok: np.ndarray, off: np.ndarray, i: int, max_len: int, cls: int, sep: int) -> list[int]:
    return [cls, *tok[off[i]:off[i + 1]][:max_len - 2].tolist(), sep]


def collate(seqs: list[list[int]], device) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), n), dtype=np.int64)
    mask = np.zeros((len(seqs), n), dtype=np.int64)
    for r, s in enumerate(seqs):
        ids[r, :len(s)] = s
        mask[r, :len(s)] = 1
    return torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)


def length_batches(idx: np.ndarray, lengths: np.ndarray, bs: int, rng: np.random.RandomState | None):
    """Batches of similar lengths (less padding); shuffled in pools of 50 batches when training."""
    if rng is None:
        order = idx[np.argsort(lengths[idx], kind="stable")]
        return [order[i:i + bs] for i in range(0, len(order), bs)]
    idx = idx[rng.permutation(len(idx))]
    out = []
    pool = 50 * bs
    for p in range(0, len(idx), pool):
        part = idx[p:p + pool]
        part = part[np.argsort(lengths[part], kind="stable")]
        out += [part[i:i + bs] for i in range(0, len(part), bs)]
    rng.shuffle(out)
    return out


# -- metrics (quick look only; encoder_probe.py score rescoring with the project's scorer is authoritative) --
def micro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float((y & pred).sum())
    fp = float(pred.sum()) - tp
    fn = float(y.sum()) - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune_thresholds(y: np.ndarray, scores: np.ndarray, rounds: int = 2) -> np.ndarray:
    """Per-column thresholds maximising micro-F1 by coordinate ascent over score quantiles (the project's
    ``tune_thresholds`` without the rare-technique bonus, which its paragraph classifier does not use)."""
    th = np.zeros(y.shape[1])
    pred = (scores >= th).astype(np.int8)
    for _ in range(rounds):
        for j in range(y.shape[1]):
            col = scores[:, j]
            best_f, best_t = -1.0, th[j]
            for g in np.append(np.unique(np.quantile(col, np.linspace(0.5, 0.999, 60))), col.max() + 1.0):
                pred[:, j] = col >= g
                f = micro_f1(y, pred)
                if f > best_f:
                    best_f, best_t = f, g
            th[j] = best_t
            pred[:, j] = col >= best_t
    return th


def roc_auc(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney, ties counted half)."""
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    ss = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and ss[j + 1] == ss[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)) if n1 and n0 else float("nan")


# -- training ------------------------------------------------------------------------------------------------
def _autocast(device):
    return torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else torch.autocast(
        "cpu", enabled=False)


def predict(model, batches_fn, n: int, n_out: int, device) -> np.ndarray:
    model.eval()
    out = np.zeros((n, n_out), dtype=np.float32)
    with torch.no_grad(), _autocast(device):
        for rows, args in batches_fn():
            out[rows] = torch.sigmoid(model(*args)).float().cpu().numpy()
    model.train()
    return out


def fit(model, train_batches_fn, y_of, pos_weight, epochs: int, lr: float, device, on_epoch, seed: int) -> float:
    """AdamW (encoder ``lr``, head 1e-3), 6% warm-up then linear decay over ``epochs``; ``on_epoch(e)`` after
    each epoch. Returns training seconds."""
    torch.manual_seed(seed)
    rng = np.random.RandomState(seed)
    head = list(model.head.parameters())
    enc = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": enc, "lr": lr}, {"params": head, "lr": 1e-3}], weight_decay=0.01)
    steps_per_epoch = len(train_batches_fn(rng))
    total = epochs * steps_per_epoch
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight, device=device, dtype=torch.float32))
    model.train()
    seconds = 0.0
    for e in range(1, epochs + 1):
        t = time.time()
        for rows, args in train_batches_fn(rng):
            with _autocast(device):
                logits = model(*args)
            loss = loss_fn(logits.float(), torch.from_numpy(y_of(rows)).to(device))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        if device.type == "cuda":
            torch.cuda.synchronize()
        seconds += time.time() - t
        log(f"  epoch {e}/{epochs}: last loss {loss.item():.4f}, {time.time() - t:.1f} s")
        on_epoch(e)
    return seconds


def persuasion(args, cfg, state, d, device, seed: int, report: dict) -> None:
    tok, off, y = d["p_tok"], d["p_off"], d["p_y"].astype(np.int8)
    fold, kind = d["p_fold"], d["p_kind"]
    cls, sep = int(d["cls"]), int(d["sep"])
    lengths = np.minimum(np.diff(off), args.max_len - 2)
    n_out = y.shape[1]

    def rows_of(folds):
        idx = np.where(np.isin(fold, folds))[0]
        return idx if not args.limit else np.concatenate([idx[np.isin(fold[idx], [f])][:args.limit] for f in folds])

    def batches(idx, rng=None):
        def gen(rng_=rng):
            for b in length_batches(idx, lengths, args.batch, rng_):
                yield b, collate([row_tokens(tok, off, i, args.max_len, cls, sep) for i in b], device)
        return gen

    res: dict[str, np.ndarray] = {}
    info: dict = {"seed": seed}
    for stage, train_folds, test_fold in (("inner", [2, 3, 4], 1), ("test", [1, 2, 3, 4], 0)):
        tr, te = rows_of(train_folds), rows_of([test_fold])
        prior = y[tr].mean(0)
        # sqrt of the negative/positive ratio (capped at 10): rare techniques get more weight without
        # swamping precision; thresholds are tuned afterwards anyway.
        pw = np.clip(np.sqrt((1 - prior) / np.maximum(prior, 1e-4)), 1.0, 10.0)
        model = Classifier(new_encoder(cfg, state), n_out, prior).to(device)
        res[f"{stage}_rows"] = te
        log(f"persuasion seed {seed} {stage}: train {len(tr)} rows (folds {train_folds}), score {len(te)} (fold "
            f"{test_fold})")

        def on_epoch(e, te=te, stage=stage, model=model):
            res[f"{stage}_e{e}"] = predict(model, batches(te), len(y), n_out, device)[te]

        def train_fn(rng, tr=tr):
            return list(batches(tr, rng)())

        info[f"{stage}_train_seconds"] = round(fit(model, train_fn, lambda rows: y[rows].astype(np.float32), pw,
                                                   args.epochs, args.lr, device, on_epoch, seed), 1)
        del model
    # Quick look: epoch chosen on the inner split, thresholds tuned there, applied to fold 0.
    yi, yt = y[res["inner_rows"]], y[res["test_rows"]]
    best = max(range(1, args.epochs + 1), key=lambda e: micro_f1(yi, (res[f"inner_e{e}"] >= tune_thresholds(
        yi, res[f"inner_e{e}"])).astype(np.int8)))
    th = tune_thresholds(yi, res[f"inner_e{best}"])
    pred = (res[f"test_e{best}"] >= th).astype(np.int8)
    kt = kind[res["test_rows"]]
    info.update({"epoch_chosen_on_inner": best, "quick_fold0_micro_f1_paragraphs": round(micro_f1(
        yt[kt == 0], pred[kt == 0]), 4), "quick_fold0_micro_f1_lines": round(micro_f1(yt[kt == 1], pred[kt == 1]), 4)})
    log(f"persuasion seed {seed}: {info}")
    np.savez_compressed(Path(args.out) / f"persuasion_s{seed}.npz", **res)
    report.setdefault("persuasion", []).append(info)


def narratives(args, cfg, state, d, device, report: dict) -> None:
    tok, off, y, fold = d["n_tok"], d["n_off"], d["n_y"].astype(np.int8), d["n_fold"]
    cls, sep = int(d["cls"]), int(d["sep"])
    win = args.max_len - 2

    def chunks(i):
        body = tok[off[i]:off[i + 1]]
        return [[cls, *body[s:s + win].tolist(), sep] for s in range(0, max(1, len(body)), win)][:args.chunks]

    def batches(idx, rng=None):
        def gen(rng_=rng):
            order = idx[rng_.permutation(len(idx))] if rng_ is not None else idx
            for p in range(0, len(order), args.article_batch):
                b = order[p:p + args.article_batch]
                seqs, owner = [], []
                for n, i in enumerate(b):
                    cs = chunks(i)
                    seqs += cs
                    owner += [n] * len(cs)
                ids, mask = collate(seqs, device)
                yield b, (ids, mask, torch.tensor(owner, device=device), len(b))
        return gen

    res: dict[str, np.ndarray] = {}
    info: dict = {}
    for stage, train_folds, test_fold in (("inner", [2, 3, 4], 1), ("test", [1, 2, 3, 4], 0)):
        tr, te = np.where(np.isin(fold, train_folds))[0], np.where(fold == test_fold)[0]
        if args.limit:
            tr, te = tr[:args.limit], te[:args.limit]
        model = Classifier(new_encoder(cfg, state), 1, np.array([y[tr].mean()])).to(device)
        res[f"{stage}_rows"] = te
        log(f"narratives {stage}: train {len(tr)} articles, score {len(te)}")
        aucs = []

        def on_epoch(e, te=te, stage=stage, model=model, aucs=aucs):
            p = predict(model, batches(te), len(y), 1, device)[te, 0]
            res[f"{stage}_e{e}"] = p
            aucs.append(round(roc_auc(y[te], p), 4))

        def train_fn(rng, tr=tr):
            return list(batches(tr, rng)())

        info[f"{stage}_train_seconds"] = round(fit(model, train_fn, lambda rows: y[rows, None].astype(np.float32),
                                                   np.ones(1), args.narr_epochs, args.narr_lr, device, on_epoch, 0), 1)
        info[f"{stage}_auc_per_epoch"] = aucs
        del model
    best = int(np.argmax(info["inner_auc_per_epoch"])) + 1
    info.update({"epoch_chosen_on_inner": best, "fold0_auc": info["test_auc_per_epoch"][best - 1],
                 "label": "1 = Other (no narrative)"})
    log(f"narratives: {info}")
    np.savez_compressed(Path(args.out) / "narratives.npz", **res)
    report["narratives"] = info


def frozen(args, cfg, state, d, device, report: dict) -> None:
    """Embeddings of the untrained encoder (the sentence-transformers pooling, before its normalisation)."""
    t = time.time()
    model = Classifier(new_encoder(cfg, state), 1).to(device).eval()
    cls, sep = int(d["cls"]), int(d["sep"])
    out = {}
    for name, tok, off, n_chunks in (("p", d["p_tok"], d["p_off"], 1), ("n", d["n_tok"], d["n_off"], args.chunks)):
        n = len(off) - 1 if not args.limit else min(len(off) - 1, 4 * args.limit)
        emb = np.zeros((n, model.head.in_features), dtype=np.float32)
        win = args.max_len - 2
        with torch.no_grad(), _autocast(device):
            for p in range(0, n, args.batch * 2):
                seqs, owner = [], []
                for r, i in enumerate(range(p, min(n, p + args.batch * 2))):
                    body = tok[off[i]:off[i + 1]]
                    cs = [[cls, *body[s:s + win].tolist(), sep] for s in range(0, max(1, len(body)), win)][:n_chunks]
                    seqs += cs
                    owner += [r] * len(cs)
                ids, mask = collate(seqs, device)
                e = model.embed(ids, mask).float()
                ow = torch.tensor(owner, device=device)
                s = torch.zeros(int(ow.max()) + 1, e.shape[1], device=device).index_add_(0, ow, e)
                c = torch.bincount(ow).float().unsqueeze(1)
                emb[p:p + len(c)] = (s / c).cpu().numpy()
        scale = np.abs(emb).max(1) / 127.0 + 1e-12
        out[f"{name}_q"] = np.round(emb / scale[:, None]).astype(np.int8)
        out[f"{name}_s"] = scale.astype(np.float32)
    np.savez_compressed(Path(args.out) / "frozen.npz", **out)
    report["frozen_seconds"] = round(time.time() - t, 1)
    log(f"frozen embeddings: {report['frozen_seconds']} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bundle", default=".encprobe")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-len", type=int, default=256)
    ap.add_argument("--narr-epochs", type=int, default=6)
    ap.add_argument("--narr-lr", type=float, default=3e-5)
    ap.add_argument("--article-batch", type=int, default=8)
    ap.add_argument("--chunks", type=int, default=4, help="windows of --max-len tokens per article (narratives)")
    ap.add_argument("--seeds", default="0,1", help="persuasion seeds; a seed after the first runs only while "
                                                   "under --budget/2 seconds have passed")
    ap.add_argument("--budget", type=float, default=330.0)
    ap.add_argument("--limit", type=int, default=0, help="rows per fold (smoke test)")
    ap.add_argument("--steps", default="frozen,persuasion,narratives")
    args = ap.parse_args()
    Path(args.out).mkdir(parents=True, exist_ok=True)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cuda.matmul.allow_tf32 = True
    report: dict = {"device": torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu",
                    "torch": torch.__version__, "settings": vars(args)}
    cfg, state = load_state(Path(args.bundle))
    d = dict(np.load(Path(args.bundle) / "data.npz"))
    log(f"{report['device']}: bundle loaded ({len(d['p_off']) - 1} persuasion rows, {len(d['n_off']) - 1} articles)")
    steps = args.steps.split(",")

    def save():
        report["seconds"] = round(time.time() - T0, 1)
        (Path(args.out) / "device.json").write_text(json.dumps(report, indent=1))

    if "frozen" in steps:
        frozen(args, cfg, state, d, device, report)
        save()
    seeds = [int(s) for s in args.seeds.split(",")]
    if "persuasion" in steps:
        persuasion(args, cfg, state, d, device, seeds[0], report)
        save()
    if "narratives" in steps:
        narratives(args, cfg, state, d, device, report)
        save()
    for s in seeds[1:]:
        if "persuasion" in steps and time.time() - T0 < args.budget / 2:
            persuasion(args, cfg, state, d, device, s, report)
            save()
        else:
            log(f"seed {s} skipped: {time.time() - T0:.0f} s passed (budget {args.budget} s)")
    save()


if __name__ == "__main__":
    main()
