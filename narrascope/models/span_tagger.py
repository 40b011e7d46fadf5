"""Token tagger for persuasion-technique spans (learned from the SemEval-2023 Task 3 span annotations).

Every word or punctuation token of an article is described by sparse features that a paragraph bag of
words cannot express: the word and its neighbours at fixed offsets (-2..+2), the bigrams it starts and ends,
the words of its sentence (down-weighted, so long clause-level techniques such as ``Doubt`` see their
sentence), and a few dense signals: inside quotation marks, capitals, position in the sentence, whether the
sentence asks or exclaims, how often the word and its bigrams recur in the article (``Repetition``), title
overlap, and sentence patterns for the structural techniques (attribution for ``Appeal_to_Authority``,
"either ... or" for ``False_Dilemma``, "what about" for ``Whataboutism``, causal links, alarm words).
English taggers (since persuasion v3.5) also see word clusters: k-means clusters of the static MiniLM vectors
(:mod:`.static_vectors`) of the vocabulary's words, the cluster of the word and of its neighbours (-1..+1) and the
clusters of its sentence; a word the training articles never used takes the cluster of the nearest centroid, so a
new topic's loaded word is read like the trained words that mean about the same.

One logistic model per technique (plus one for "any technique") scores every token; runs of tokens above the
technique's threshold become spans. Techniques annotated as whole clauses (:data:`CLAUSE_TECHNIQUES`) are
reported as the sentence that holds the run, because their annotations cover most of a sentence and token
runs fragment them. Thresholds are tuned for span F1 on out-of-fold token scores of the training articles.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.linear_model import SGDClassifier

from ..errors import DataError, NotFittedError
from .span_rules import TOKEN, function_words

# English keeps the tokenizer the shipped English model was trained with (the artifact stays byte-identical on
# retraining; one training article differs under TOKEN); span edges are still snapped to whole words, combining
# marks included, by span_rules.clean_span. Other languages use TOKEN, which keeps Devanagari words whole.
_TOKEN_EN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def tokenizer(language: str | None = "en") -> re.Pattern:
    """The token pattern of ``language`` (see above)."""
    return _TOKEN_EN if language in (None, "en") else TOKEN


def stop_words(language: str | None = "en") -> frozenset[str]:
    """The stop words the tagger's features and span checks use: scikit-learn's list for English (as trained
    since v1), the language's function words otherwise."""
    return ENGLISH_STOP_WORDS if language in (None, "en") else function_words(language)
_OPEN_Q, _CLOSE_Q, _BOTH_Q = "“«", "”»", '"'
#: Techniques whose annotated spans are clauses or sentences (median span > 60 characters in training).
CLAUSE_TECHNIQUES = frozenset({
    "Doubt", "Appeal_to_Fear-Prejudice", "Causal_Oversimplification", "Appeal_to_Authority",
    "False_Dilemma-No_Choice", "Guilt_by_Association", "Appeal_to_Hypocrisy", "Whataboutism", "Straw_Man",
    "Appeal_to_Popularity", "Obfuscation-Vagueness-Confusion", "Red_Herring"})
# Sentence patterns a bag of words sees only as separate words.
_PATTERNS = [re.compile(p, re.I) for p in (
    r"\b(according to|said|says|told|stated|warned|insisted|claimed|declared)\b",  # attribution
    r"[\"“”]",  # quotation
    r"\beither\b.{1,80}\bor\b|\bonly (choice|option|way|alternative)\b|\bno (other )?(choice|alternative)\b",
    r"\bwhat about\b|\bbut what\b|\bwhere (was|were) (the|they|he|she)\b",
    r"\b(because|therefore|thus|hence|leads? to|led to|caused|result(s|ed)? (of|in)|due to|that is why)\b",
    r"\b(allegedly|so-called|supposedly|questionabl\w*|dubious|really\?|claims? that)\b",
    r"\b(threat\w*|danger\w*|destroy\w*|catastroph\w*|deadly|kill\w*|crisis|fear\w*|terror\w*)\b",
    r"\b(\w+est|most|ever|never|always|all|every|entire|totally|absolutely|nothing)\b.*\b(\w+est|ever|never|always|all)\b",
    # Conversation_Killer: phrases that close a debate instead of arguing it.
    r"\b(end of (the )?(story|discussion|debate)|full stop|period\.|(it'?s|it is) (that|as) simple|simple as that|"
    r"plain and simple|case closed|enough said|no (more )?(debate|discussion|excuses|questions asked)|"
    r"(don'?t|do not|never) (listen to|believe|trust)|get over it|move on|nothing (more )?to (discuss|debate|see)|"
    r"make no mistake|the (fact|truth) is|let'?s be (clear|honest)|what (else )?is there to (say|discuss))\b",
    # False_Dilemma beyond "either ... or": a single way out, sides that exclude each other.
    r"\b(the only (way|option|choice|solution|hope|answer)|there (is|was) no (other )?(way|option|choice|alternative)|"
    r"(with|against) us|one or the other|(if|unless) we don'?t\b.{1,60}\b(will|would)|no middle ground|or else)\b",
    # Appeal_to_Authority: experts, studies, officials who say or show.
    r"\b(experts?|scientists?|doctors?|professors?|studies|study|researchers?|officials?|analysts?|economists?)\b"
    r".{0,40}\b(say|says|said|show|shows|showed|warn\w*|agree\w*|confirm\w*|found|believe)\b",
)]
# The same eleven cues in Russian news (index for index): attribution, quotation, false dilemma, whataboutism,
# causal links, doubt (якобы, так называемый, "мол"), alarm words, superlatives, debate closers, a single way
# out, experts who say.
_PATTERNS_RU = [re.compile(p, re.I) for p in (
    r"(по словам|по данным|по мнению|как сообщ\w+|заяви\w*|сообщи\w*|сказа\w*|отмети\w*|подчеркну\w*|"
    r"утвержда\w*|считает|уверен\w*)",
    r"[\"“”«»„]",
    r"(либо\b.{1,80}\bлибо|или\b.{1,80}\bили|единственн\w+ (выход|вариант|путь|способ)|нет (другого )?(выбора|выхода|"
    r"альтернативы))",
    r"(а как же|а что (же )?(с|насчёт|насчет)|почему (же )?(молч\w+|не )|где (был|были|была))",
    r"(потому что|поэтому|из-за|в результате|привел\w* к|приводит к|вследствие|значит|следовательно)",
    r"(якобы|так называем\w+|мол\b|дескать|будто бы|сомнительн\w+|неужели|разве|так ли|кто (же )?поверит|"
    r"с чего (бы )?это)",
    r"(угроз\w*|опасн\w*|уничтож\w*|катастроф\w*|смертельн\w*|убий\w*|убива\w*|кризис\w*|страх\w*|террор\w*|"
    r"геноцид\w*|нацис\w*|фашис\w*)",
    # (``\b`` before ``\w+ейш``: a match inside a word extends to its start, so the same sentences match, and one
    # word of thousands of letters is no longer scanned once per letter)
    r"(самы[йхем]\w*|\b\w+ейш\w+|никогда|всегда|все\b|всё\b|весь\b|полност\w+|абсолютн\w+|ничего)",
    r"(и точка|вот и всё|вот и все|нечего (обсуждать|сказать)|без вариантов|это (же )?очевидно|не (стоит|надо) верить|"
    r"давайте (будем )?честн\w+|дело в том|факт в том)",
    r"(единственн\w+ (выход|вариант|путь|решение|надежда)|или мы\b|с нами или|третьего не дано|иначе\b)",
    r"(эксперт\w*|учён\w+|учен\w+|аналитик\w*|политолог\w*|специалист\w*|исследовани\w+)"
    r".{0,40}(счита\w+|говор\w+|заяв\w+|предупрежда\w+|уверен\w*|показ\w+)",
)]
_LANG_PATTERNS = {"ru": _PATTERNS_RU}


def patterns(language: str | None = "en") -> list[re.Pattern]:
    """The sentence patterns of ``language`` (English ones for a language without its own list)."""
    return _LANG_PATTERNS.get(language or "en", _PATTERNS)


#: Indices into :data:`_PATTERNS` of the structural cues the paragraph classifier also counts.
STRUCTURAL_PATTERNS = (2, 3, 4, 8, 9, 10)
N_DENSE = 16 + len(_PATTERNS)


@dataclass
class TokenTable:
    """The tokens of one text with their sentence numbers and dense features (see the module docstring)."""

    words: list[str]      # lower-cased token text
    starts: np.ndarray
    ends: np.ndarray
    sentence: np.ndarray  # sentence index of each token
    sentences: list[tuple[int, int]]
    dense: np.ndarray
    article_counts: Counter  # lower-cased content word -> count in the text
    language: str = "en"

    @classmethod
    def build(cls, text: str, sentences: list[tuple[int, int]] | None = None, language: str = "en") -> TokenTable:
        """Tokenise ``text``; ``sentences`` are (start, end) offsets (default: one per line); ``language`` picks
        the stop words (repetition counts, content checks)."""
        found = [(m.group(0), m.start(), m.end()) for m in tokenizer(language).finditer(text)]
        if not sentences:
            sentences, pos = [], 0
            for line in text.split("\n"):
                if line.strip():
                    sentences.append((pos, pos + len(line)))
                pos += len(line) + 1
        raw = [t[0] for t in found]
        words = [w.lower() for w in raw]
        starts = np.array([t[1] for t in found], dtype=np.int64)
        ends = np.array([t[2] for t in found], dtype=np.int64)
        n = len(found)
        sid = np.zeros(n, dtype=np.int64)
        bounds = np.array([s for s, _ in sentences], dtype=np.int64)
        if n and len(bounds):
            # A token belongs to the last sentence starting at or before it (text between sentences included).
            sid = np.maximum(np.searchsorted(bounds, starts, side="right") - 1, 0)
        stop = stop_words(language)
        counts = Counter(w for w in words if len(w) > 3 and w not in stop and w[0].isalpha())
        bigrams = Counter(zip(words, words[1:]))
        nl = text.find("\n")
        title_end = nl if nl > 0 else len(text)
        title = {w for w, s in zip(words, starts) if s < title_end}
        sent_feats = np.zeros((max(1, len(sentences)), 2 + len(_PATTERNS)), dtype=np.float32)
        for k, (s, e) in enumerate(sentences):
            chunk = text[s:e]
            sent_feats[k, 0], sent_feats[k, 1] = "?" in chunk, "!" in chunk
            for q, pat in enumerate(patterns(language)):
                sent_feats[k, 2 + q] = pat.search(chunk) is not None
        dense = np.zeros((n, N_DENSE), dtype=np.float32)
        if n:
            sizes = np.bincount(sid, minlength=len(sent_feats))[sid]
            first = np.r_[True, sid[1:] != sid[:-1]]
            pos = np.arange(n) - np.maximum.accumulate(np.where(first, np.arange(n), 0))
            inq = np.zeros(n, dtype=bool)
            state, last = False, 0
            for i in [i for i, w in enumerate(raw) if w in _OPEN_Q or w in _CLOSE_Q or w == _BOTH_Q]:
                inq[last:i] = state  # quote marks are rare: walk only them
                state = True if raw[i] in _OPEN_Q else False if raw[i] in _CLOSE_Q else not state
                last = i
            inq[last:] = state
            cnt = np.array([counts.get(w, 0) for w in words], dtype=np.float32)
            rep_prev = np.array([False] + [bigrams[b] >= 2 for b in zip(words, words[1:])])
            rep_next = np.r_[rep_prev[1:], False]
            in_title = starts < title_end
            title_echo = np.array([w in title for w in words]) & (cnt > 0) & ~in_title
            dense[:, 0] = inq
            dense[:, 1] = [w[0].isupper() for w in raw]
            dense[:, 2] = [w.isupper() and len(w) > 1 for w in raw]
            dense[:, 3] = [not w[0].isalnum() for w in raw]
            dense[:, 4] = first
            dense[:, 5] = pos == sizes - 1
            dense[:, 6] = pos / np.maximum(1, sizes - 1)
            dense[:, 7] = np.log1p(sizes) / 4
            dense[:, 8] = np.where(cnt > 1, np.log1p(cnt), 0.0)
            dense[:, 9], dense[:, 10], dense[:, 11], dense[:, 12], dense[:, 13] = (
                rep_prev, rep_next, in_title, title_echo, 1.0)
            dense[:, 14:16] = sent_feats[sid, :2]
            dense[:, 16:] = sent_feats[sid, 2:]
        return cls(words, starts, ends, sid, list(sentences), dense, counts, language)


class SpanTagger(BaseEstimator):
    """Token-level multi-label tagger of persuasion techniques; spans are runs of tokens above threshold.

    Hyperparameters: ``alpha`` (L2 strength of the SGD logistic models), ``epochs``, ``sentence_weight``
    (scale of the sentence bag-of-words block), ``min_count`` (words seen fewer times are dropped from the
    vocabulary), ``min_bigram`` (same for bigrams), ``gap`` (tokens below threshold bridged inside a run),
    ``seed``, ``clusters`` (0: off; K: K word clusters of the static MiniLM vectors, English only; the fitted
    tagger keeps ``centroids_`` and each vocabulary word's cluster ``word_cluster_``).

    Feature blocks, in column order: the word at each of :attr:`OFFSETS`, the bigram ending and the one starting
    at the token, the sentence's words, the dense signals, and with clusters the cluster at each of
    :attr:`CLUSTER_OFFSETS` and the sentence's clusters.
    """

    OFFSETS = (-2, -1, 0, 1, 2)

    CLUSTER_OFFSETS = (-1, 0, 1)

    def __init__(self, alpha: float = 2e-6, epochs: int = 5, sentence_weight: float = 0.3, min_count: int = 2,
                 min_bigram: int = 3, gap: int = 2, seed: int = 0, clusters: int = 0):
        self.alpha = alpha
        self.clusters = clusters
        self.epochs = epochs
        self.sentence_weight = sentence_weight
        self.min_count = min_count
        self.min_bigram = min_bigram
        self.gap = gap
        self.seed = seed

    # -- features ------------------------------------------------------------------------------------------
    def _fit_vocab(self, tables: list[TokenTable]) -> None:
        wc: Counter = Counter()
        bc: Counter = Counter()
        for t in tables:
            wc.update(t.words)
            bc.update(zip(t.words, t.words[1:]))
        self.vocab_ = {w: i for i, w in enumerate(sorted(w for w, c in wc.items() if c >= self.min_count))}
        self.bigrams_ = {b: i for i, b in enumerate(sorted(b for b, c in bc.items() if c >= self.min_bigram))}
        self.centroids_, self.word_cluster_ = None, None
        if self.clusters:
            self._fit_clusters()
        self._layout()

    def _fit_clusters(self) -> None:
        """Word clusters of the static MiniLM vectors (k-means over the vocabulary's words): a word the training
        articles never used still falls in the cluster of the words that mean about the same."""
        from sklearn.cluster import KMeans

        from .static_vectors import word_vectors

        words = sorted(self.vocab_, key=self.vocab_.get)
        vecs = word_vectors(words)
        norms = np.linalg.norm(vecs, axis=1)
        ok = norms > 0
        unit = vecs[ok] / norms[ok, None]
        km = KMeans(n_clusters=self.clusters, random_state=self.seed, n_init=1, max_iter=100).fit(unit)
        self.centroids_ = km.cluster_centers_.astype(np.float32)
        self.word_cluster_ = np.full(len(words), -1, dtype=np.int64)
        self.word_cluster_[ok] = km.labels_

    def _clusters_of(self, words: list[str], ids: np.ndarray) -> np.ndarray:
        """Cluster of each token (-1: none): vocabulary words as fitted, other words by the nearest centroid."""
        from .static_vectors import word_vectors

        out = np.where(ids >= 0, self.word_cluster_[np.maximum(ids, 0)], -1)
        if getattr(self, "_unseen_src", None) is not self.centroids_:
            self._unseen_cluster, self._unseen_src = {}, self.centroids_  # word -> cluster, per fitted tagger
        known = self._unseen_cluster
        new = sorted({w for w, i in zip(words, ids) if i < 0 and w[:1].isalpha() and w not in known})
        if new:
            vecs = word_vectors(new)
            # einsum, not a BLAS product: OpenBLAS's threads would spin after the call for no gain at this size.
            near = np.argmax(np.einsum("ij,kj->ik", vecs, self.centroids_), axis=1)
            if len(known) > 200_000:
                known.clear()
            known.update({w: int(c) if vecs[k].any() else -1 for k, (w, c) in enumerate(zip(new, near))})
        if (ids < 0).any():
            out = np.array([known.get(w, -1) if i < 0 else c for w, i, c in zip(words, ids, out)], dtype=np.int64)
        return out

    def _layout(self) -> None:
        v, b = len(self.vocab_), len(self.bigrams_)
        k = len(self.centroids_) if getattr(self, "centroids_", None) is not None else 0
        sizes = [v] * len(self.OFFSETS) + [b, b, v, N_DENSE] + ([k] * (len(self.CLUSTER_OFFSETS) + 1) if k else [])
        self.base_ = np.cumsum([0] + sizes)
        self.dim_ = int(self.base_[-1])

    def features(self, t: TokenTable) -> sp.csr_matrix:
        """Sparse feature matrix (tokens x features) of one text."""
        n = len(t.words)
        ids = np.array([self.vocab_.get(w, -1) for w in t.words], dtype=np.int64)
        at = np.arange(n)
        rows, cols, vals = [], [], []

        def add(r, c, v):
            rows.append(r)
            cols.append(c)
            vals.append(v)

        def at_offsets(codes: np.ndarray, offsets: tuple[int, ...], first: int) -> None:
            # One block per offset: the code (word or cluster) of the token that far away, where it has one.
            for k, off in enumerate(offsets):
                j = at + off
                ok = (j >= 0) & (j < n)
                ok[ok] = codes[j[ok]] >= 0
                add(at[ok], self.base_[first + k] + codes[j[ok]], np.ones(int(ok.sum()), np.float32))

        def sentence_bag(codes: np.ndarray, block: int) -> None:
            # Every token sees the codes of its sentence, down-weighted by how many there are.
            for s in np.unique(t.sentence):
                members = np.flatnonzero(t.sentence == s)
                cid = np.unique(codes[members])
                cid = cid[cid >= 0]
                if len(cid):
                    add(np.repeat(members, len(cid)), self.base_[block] + np.tile(cid, len(members)),
                        np.full(len(members) * len(cid), self.sentence_weight / np.sqrt(len(cid)), np.float32))

        at_offsets(ids, self.OFFSETS, 0)
        if n > 1:
            bid = np.array([self.bigrams_.get(b, -1) for b in zip(t.words, t.words[1:])], dtype=np.int64)
            ok = bid >= 0
            kb = len(self.OFFSETS)
            add(at[1:][ok], self.base_[kb] + bid[ok], np.ones(int(ok.sum()), np.float32))      # bigram ending here
            add(at[:-1][ok], self.base_[kb + 1] + bid[ok], np.ones(int(ok.sum()), np.float32))  # bigram starting here
        ks = len(self.OFFSETS) + 2
        sentence_bag(ids, ks)
        nz = np.nonzero(t.dense)
        add(nz[0], self.base_[ks + 1] + nz[1], t.dense[nz])
        if getattr(self, "centroids_", None) is not None and n:
            cl = self._clusters_of(t.words, ids)
            at_offsets(cl, self.CLUSTER_OFFSETS, ks + 2)
            sentence_bag(cl, ks + 2 + len(self.CLUSTER_OFFSETS))
        return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                             shape=(n, self.dim_), dtype=np.float32)

    # -- fitting -------------------------------------------------------------------------------------------
    def fit(self, tables: list[TokenTable], spans: list[list[tuple[str, int, int]]],
            techniques: list[str]) -> SpanTagger:
        """Learn from tokenised texts and their gold ``(technique, start, end)`` spans. Returns ``self``."""
        if not tables or len(tables) != len(spans):
            raise DataError(f"need one span list per text; got {len(tables)} texts and {len(spans)} span lists")
        self._fit_vocab(tables)
        x = sp.vstack([self.features(t) for t in tables], format="csr")
        y = np.vstack([token_labels(t, s, techniques) for t, s in zip(tables, spans)])
        return self.fit_matrix(x, y, techniques)

    def share_vocabulary(self, other: SpanTagger) -> SpanTagger:
        """Use ``other``'s vocabularies (and so its feature layout): inner-fold taggers of one training reuse the
        feature matrices built once for the whole training part. Returns ``self``."""
        self.vocab_, self.bigrams_ = other.vocab_, other.bigrams_
        self.centroids_, self.word_cluster_ = getattr(other, "centroids_", None), getattr(other, "word_cluster_", None)
        self._layout()
        return self

    def fit_matrix(self, x: sp.csr_matrix, y: np.ndarray, techniques: list[str]) -> SpanTagger:
        """Fit on a feature matrix made by :meth:`features` with this tagger's vocabularies and the token label
        matrix of :func:`token_labels`. Returns ``self``."""
        self.techniques_ = list(techniques)
        if y[:, -1].sum() == 0:
            raise DataError("the training texts carry no technique spans")
        self.coef_ = np.zeros((self.dim_, y.shape[1]), dtype=np.float32)
        self.intercept_ = np.full(y.shape[1], -10.0, dtype=np.float32)  # unseen technique: never tagged
        for j in range(y.shape[1]):
            if y[:, j].sum() < 5:
                continue
            clf = SGDClassifier(loss="log_loss", alpha=self.alpha, max_iter=self.epochs, tol=None,
                                random_state=self.seed)
            clf.fit(x, y[:, j])
            self.coef_[:, j], self.intercept_[j] = clf.coef_[0], clf.intercept_[0]
        self.thresholds_ = np.full(y.shape[1], 0.5)
        return self

    def scores_from_features(self, x: sp.csr_matrix) -> np.ndarray:
        """:meth:`predict_proba` of a feature matrix already built by :meth:`features`."""
        self._check()
        return expit(np.asarray(x @ self.coef_, dtype=np.float32) + self.intercept_)

    def _check(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("this SpanTagger is not fitted; call fit() or load a trained artifact")

    def predict_proba(self, t: TokenTable) -> np.ndarray:
        """Token scores in [0, 1] (tokens x (techniques + "any"))."""
        self._check()
        if not t.words:
            return np.zeros((0, len(self.techniques_) + 1), dtype=np.float32)
        z = np.asarray(self.features(t) @ self.coef_, dtype=np.float32) + self.intercept_
        return expit(z)

    # -- artifacts -----------------------------------------------------------------------------------------
    def to_artifact(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """``(arrays, meta)``: float16 weights, vocabularies as JSON lists ordered by column."""
        self._check()
        arrays = {"coef": self.coef_.astype(np.float16), "intercept": self.intercept_.astype(np.float32),
                  "thresholds": np.asarray(self.thresholds_, dtype=np.float64)}
        meta = {"params": self.get_params(), "techniques": self.techniques_,
                "vocabulary": sorted(self.vocab_, key=self.vocab_.get),
                "bigrams": [" ".join(b) for b in sorted(self.bigrams_, key=self.bigrams_.get)]}
        if getattr(self, "centroids_", None) is not None:
            arrays["centroids"], arrays["word_cluster"] = self.centroids_, self.word_cluster_.astype(np.int16)
        return arrays, meta

    @classmethod
    def from_artifact(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> SpanTagger:
        """Rebuild a fitted tagger from :meth:`to_artifact` output."""
        model = cls(**meta["params"])
        model.techniques_ = list(meta["techniques"])
        model.vocab_ = {w: i for i, w in enumerate(meta["vocabulary"])}
        model.bigrams_ = {tuple(b.split(" ")): i for i, b in enumerate(meta["bigrams"])}
        model.centroids_, model.word_cluster_ = arrays.get("centroids"), arrays.get("word_cluster")
        if model.word_cluster_ is not None:
            model.word_cluster_ = model.word_cluster_.astype(np.int64)
        model._layout()
        model.coef_ = arrays["coef"].astype(np.float32)
        model.intercept_, model.thresholds_ = arrays["intercept"], arrays["thresholds"]
        return model

    # -- decoding ------------------------------------------------------------------------------------------
    def decode(self, t: TokenTable, probs: np.ndarray, thresholds: np.ndarray | None = None
               ) -> list[tuple[int, int, int, float, int]]:
        """Spans ``(technique index, start, end, score, best token)`` from token scores (see the module doc)."""
        th = self.thresholds_ if thresholds is None else thresholds
        out = []
        for j, tech in enumerate(self.techniques_):
            on = probs[:, j] >= th[j]
            if not on.any():
                continue
            if tech in CLAUSE_TECHNIQUES:
                for s in np.unique(t.sentence[on]):
                    members = np.flatnonzero(t.sentence == s)
                    a, z = _trim(t, members[0], members[-1])
                    best = members[int(np.argmax(probs[members, j]))]
                    if _content(t, a, z):
                        out.append((j, int(t.starts[a]), int(t.ends[z]), float(probs[members, j].max()), int(best)))
                continue
            idx = np.flatnonzero(on)
            # A run continues over at most ``gap`` tokens below threshold, never across a sentence boundary.
            brk = (np.diff(idx) > self.gap + 1) | (t.sentence[idx[1:]] != t.sentence[idx[:-1]])
            for i, k in zip(idx[np.r_[True, brk]], idx[np.r_[brk, True]]):
                a, z = _trim(t, i, k)
                if _content(t, a, z):
                    best = i + int(np.argmax(probs[i:k + 1, j]))
                    out.append((j, int(t.starts[a]), int(t.ends[z]), float(probs[i:k + 1, j].mean()), int(best)))
        return out


def has_content(text: str, language: str = "en") -> bool:
    """Whether a span holds a word that is not a stop word: spans of only "to", "a", "," say nothing."""
    stop = stop_words(language)
    return any(w[0].isalnum() and w.lower() not in stop for w in tokenizer(language).findall(text))


def _content(t: TokenTable, a: int, z: int) -> bool:
    """:func:`has_content` for tokens ``a..z`` of ``t``."""
    stop = stop_words(t.language)
    return any(w[0].isalnum() and w not in stop for w in t.words[a:z + 1])


def _trim(t: TokenTable, a: int, z: int) -> tuple[int, int]:
    """Drop punctuation at the edges of a token run (closing quotes stay)."""
    while a < z and not t.words[a][0].isalnum():
        a += 1
    while z > a and not t.words[z][0].isalnum() and t.words[z] not in ("\"", "”", "’", "!", "?"):
        z -= 1
    return a, z


def token_labels(t: TokenTable, spans: list[tuple[str, int, int]], techniques: list[str]) -> np.ndarray:
    """0/1 matrix (tokens x (techniques + "any")): the token overlaps a gold span of the technique."""
    index = {name: j for j, name in enumerate(techniques)}
    y = np.zeros((len(t.words), len(techniques) + 1), dtype=np.int8)
    for tech, s, e in spans:
        inside = (t.starts < e) & (t.ends > s)
        if tech in index:
            y[inside, index[tech]] = 1
        y[inside, -1] = 1
    return y


def tune_span_thresholds(tagger: SpanTagger, tables: list[TokenTable], probs: list[np.ndarray],
                         gold: list[list[tuple[str, int, int]]], grid: tuple[float, ...] = (
                             0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.65), rounds: int = 2
                         ) -> np.ndarray:
    """Per-technique thresholds maximising SI F1 + technique-labelled span F1 on out-of-fold token scores.

    Coordinate ascent: the spans of every (technique, grid value) are decoded once per text, then each
    technique's threshold is set in turn with the others fixed. The last option (1.01) turns a technique off.
    """
    from ..metrics import SpanCounts

    techs = tagger.techniques_
    options = list(grid) + [1.01]
    # cand[j][g][n]: spans of technique j at option g in text n
    cand = [[[[] for _ in tables] for _ in options] for _ in techs]
    for n, (t, p) in enumerate(zip(tables, probs)):
        for g, th in enumerate(options):
            for j, s, e, _, _ in tagger.decode(t, p, np.full(len(techs) + 1, th)):
                cand[j][g][n].append((s, e))
    gold_all = [[(s, e) for _, s, e in g] for g in gold]
    gold_by = [[[(s, e) for tt, s, e in g if tt == tech] for g in gold] for tech in techs]
    per = [[None] * len(options) for _ in techs]  # per-technique labelled counts at each option
    for j in range(len(techs)):
        for g in range(len(options)):
            c = SpanCounts()
            for n in range(len(tables)):
                c.add(cand[j][g][n], gold_by[j][n])
            per[j][g] = c
    choice = [options.index(0.2)] * len(techs)

    def text_si(n: int) -> tuple[float, int, float, int]:
        c = SpanCounts()
        c.add([x for j in range(len(techs)) for x in cand[j][choice[j]][n]], gold_all[n])
        return c.prec, c.n_pred, c.rec, c.n_gold

    # SI merges spans across techniques, so it is not a sum over techniques; but changing one technique's
    # threshold changes only the texts where that technique's spans differ: keep per-text SI counts and
    # recount only those (exactly the same objective as recounting everything, far fewer texts).
    si_text = [text_si(n) for n in range(len(tables))]

    def objective(j: int, g: int) -> float:
        keep = choice[j]
        changed = [n for n in range(len(tables)) if cand[j][g][n] != cand[j][keep][n]]
        choice[j] = g
        new = {n: text_si(n) for n in changed}
        choice[j] = keep
        si = SpanCounts()
        for n in range(len(tables)):
            pr, npred, rc, ngold = new.get(n, si_text[n])
            si.prec, si.n_pred, si.rec, si.n_gold = si.prec + pr, si.n_pred + npred, si.rec + rc, si.n_gold + ngold
        lab = SpanCounts()
        for jj in range(len(techs)):
            c = per[jj][g if jj == j else choice[jj]]
            lab.prec, lab.n_pred, lab.rec, lab.n_gold = (lab.prec + c.prec, lab.n_pred + c.n_pred,
                                                         lab.rec + c.rec, lab.n_gold + c.n_gold)
        return si.scores()[2] + lab.scores()[2]

    for _ in range(rounds):
        for j in range(len(techs)):
            best, best_g = -1.0, choice[j]
            for g in range(len(options)):
                f = objective(j, g)
                if f > best + 1e-9:
                    best, best_g = f, g
            if best_g != choice[j]:
                changed = [n for n in range(len(tables)) if cand[j][best_g][n] != cand[j][choice[j]][n]]
                choice[j] = best_g
                for n in changed:
                    si_text[n] = text_si(n)
    return np.array([options[g] for g in choice] + [1.01])
