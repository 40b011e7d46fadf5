"""Entity framing model: which role (main + fine) an article gives an entity at one mention.

:class:`RoleClassifier` follows scikit-learn's contract (the constructor stores hyperparameters, ``fit``
returns ``self``, learned state ends in ``_``). Inputs are :class:`MentionInput` (article text, character
span, language); the model reads light text views of the mention:

* the mention's sentence with the mention replaced by a placeholder (word 1-2-grams),
* the words just left and just right of the mention, kept apart because "X attacked" and "attacked X"
  frame X differently,
* the mention itself (character n-grams, and its words tagged with the language, since "Russia" is framed
  differently in Russian and in Ukrainian-leaning English articles),
* the language,
* who does what to whom (English, from the spaCy parse of the article): the verbs the entity is the agent
  or the target of, what it is called, the words that qualify it, for this mention and for every other
  occurrence of the name in the article (:mod:`narrascope.models.stance`); the verbs' polarity for each
  role is learned from the training mentions like any other weight, and a small seed verb lexicon (who
  harms, who helps, who is harmed) also votes directly on the main role (``lexicon_weight``), so what the
  article says the entity does can outweigh what the name usually is.

Sentences are the Document's (the ``spacy`` analyser's, passed in with the parse as ``MentionInput.doc``;
training parses its articles the same way), so the model sees at inference the sentences it was trained on.

Three linear heads share these features: the main role (multinomial logistic regression), the 22 fine
roles (one-vs-rest logistic regressions, decoded *within* the predicted main role: the best fine role, plus
any other above ``fine_threshold``), and a *framed* head (is this mention framed at all?) trained with
unannotated capitalised names of the same articles as negatives, so the analyser can leave an entity the
text does not frame without a role instead of forcing a guess.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator

from ..errors import DataError, NotFittedError
from ..taxonomy.roles import MAIN_ROLES, fine_roles, main_of
from .cast_evidence import entity_evidence, evidence_votes, item_votes, plain_cue
from .sentences import document_sentences
from .stance import ELSEWHERE as _ELSEWHERE
from .stance import readable, stance_features

#: Word tokens, including Devanagari vowel signs that Python's ``\w`` leaves out (Hindi articles).
TOKEN = r"[\w\u0900-\u097F]+"
_TOKEN_RE = re.compile(TOKEN)
#: Bumped when the features or heads change (an old artifact would then be retrained).
MODEL_VERSION = "2.1"
VIEWS = ("sent", "left", "right", "ment", "mentw", "lang", "stance")
#: Views a role's evidence (cues) is drawn from: the parse's who-does-what-to-whom only. Words that merely
#: stand near the name ("“nato” nearby") are not evidence about the entity (issue 20), so the word views,
#: which still weigh in the scores, no longer give cues.
CUE_VIEWS = ("stance",)
_MAX_CUES = 3
#: Added to the framed head's logit per lexicon word: in the English training data a name with a lexicon hit
#: is annotated (framed) with odds about 2.6 times those of a name without (90:67 against 596:1141), log ~1.
_LEXICON_FRAMED = 1.0
#: Languages whose framed head is fit on their own examples: Hindi's not-framed examples are names marked in
#: other Hindi articles (no capitals to find names by, :func:`narrascope.training.framing.known_name_candidates`);
#: in the shared head they shifted the other languages' framed scores (cast accuracy BG 0.907 -> 0.868 on folds 1-4).
OWN_FRAMED_HEAD = ("HI",)
#: How a cue from the seed verb lexicon reads, per main role.
LEXICON_CUE = ("helps or protects: ", "harms or is blamed: ", "is harmed: ")


def _not_cues() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"ent", "s", "t", "said", "says"}


_NOT_CUES = _not_cues()


@dataclass(frozen=True)
class MentionInput:
    """One mention to classify: ``text[start:end]`` (end exclusive) of an article in language ``lang``.

    ``doc`` is the spaCy Doc of ``text`` (the Document's, from the ``spacy`` analyser): its sentences frame
    the mention and its parse (English) gives the stance view. Without it the sentence is a window of
    ±200 characters and the stance view is empty. ``coref``: the spans of the entity's other mentions.
    """

    text: str
    start: int
    end: int
    lang: str = ""
    doc: Any = field(default=None, compare=False, repr=False)
    #: The spans of the entity's other mentions (the ``entities`` layer's coreference), pooled into the
    #: stance view with every occurrence of the same name; empty in training (only the name is known there).
    coref: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    #: The article's quotes as ``(content start, end, speaker)`` (the ``quotes`` layer's), whose speakers the cast's
    #: evidence names; ``None``: only the parse names a speaker (training and evaluation pass the layer's quotes of
    #: the parse: ``training.framing.parsed_quotes``).
    quotes: tuple[tuple[int, int, str | None], ...] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class RolePrediction:
    """The model's reading of one mention."""

    main_role: str
    main_score: float
    fine_roles: tuple[tuple[str, float], ...]
    framed_score: float
    sentence: tuple[int, int]
    main_scores: tuple[float, ...] = ()
    fine_scores: tuple[float, ...] = ()
    #: What decided the main role: ``(cue in words, weight)``, strongest first (the parse's who-does-what:
    #: never the name itself, nor a word that merely stands near it).
    cues: tuple[tuple[str, float], ...] = ()
    #: The article's evidence about the entity for each main role (``MAIN_ROLES`` order), as readable cues
    #: (``does “provoke”``, ``suffers “overthrow”``, ``called “aggressor”``; :mod:`.cast_evidence`), pooled
    #: over the entity's mentions; empty without a parse. The analyser shows a role only with evidence for it.
    evidence: tuple[tuple[str, ...], ...] = ((), (), ())


def decode_roles(main_scores, fine_scores, fine_names, threshold: float,
                 keep: int | None = None) -> tuple[str, float, tuple[tuple[str, float], ...]]:
    """Main role and fine roles decoded together, so that the fine roles always belong to the main role.

    The main role is the one whose probability times its best fine role's probability is highest (a main
    role none of whose fine roles fits loses to a close second that has one: +0.003 English and +0.009
    Russian exact match in cross-validation). Fine roles: the best one within the main role, plus any other
    whose own probability reaches ``threshold`` (most mentions carry exactly one, and exact match rewards
    the right set size). A fine role's reported score is its share of the main role's fine-role mass times
    the main role's probability, an estimate of P(main, fine), so scores of one mention are comparable.
    ``keep`` (a ``MAIN_ROLES`` index): the main role when it is the most probable one, whatever its fine roles
    (the article's evidence supports it; branch en-hero36).
    """
    main_scores = np.asarray(main_scores, dtype=float)
    fine_scores = np.asarray(fine_scores, dtype=float)
    groups = _fine_groups(tuple(fine_names))
    joint = [main_scores[k] * (fine_scores[g].max() if g else 0.0) for k, g in enumerate(groups)]
    k = int(np.argmax(joint))
    if keep is not None and keep == int(np.argmax(main_scores)) and groups[keep]:
        k = keep
    main = MAIN_ROLES[k]
    idx = sorted(groups[k], key=lambda j: -fine_scores[j])
    chosen = [idx[0]] + [j for j in idx[1:] if fine_scores[j] >= threshold]
    mass = max(float(fine_scores[idx].sum()), 1e-9)
    return main, float(main_scores[k]), tuple(
        (fine_names[j], float(main_scores[k] * fine_scores[j] / mass)) for j in chosen)


@lru_cache(maxsize=8)
def _fine_groups(fine_names: tuple[str, ...]) -> list[list[int]]:
    """The indices of ``fine_names`` belonging to each main role (in ``MAIN_ROLES`` order)."""
    return [[j for j, f in enumerate(fine_names) if main_of(f) == m] for m in MAIN_ROLES]


def sentence_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence span containing offset ``start`` (a ±200-character window when none does).

    ``spans`` are in text order (a bisection, so an article of thousands of sentences and mentions stays linear)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for a, b in spans[max(0, i - 1):i + 2]:  # neighbours too, in case spans overlap
        if a <= start < b:
            return a, b
    return max(0, start - 200), end + 200


#: The sentence view reads at most this many characters on each side of the mention: longer than any line of the
#: training data (3,580 characters), so it changes nothing there; an article of one huge sentence naming an
#: entity thousands of times (a flood of "Russia Russia ...") stays linear instead of reading the whole sentence
#: once per mention.
SENTENCE_VIEW_CHARS = 4000


def mention_views(m: MentionInput, spans: list[tuple[int, int]], window: int,
                  cache: dict | None = None) -> tuple[dict[str, str], tuple[int, int]]:
    """The text views of one mention (see the module docstring) and its sentence span."""
    t, s, e = m.text, m.start, m.end
    a, b = sentence_of(spans, s, e)
    b = min(b, len(t))
    lang = (m.lang or "xx").upper()
    words = _TOKEN_RE.findall(t[s:e].lower())
    views = {
        "sent": t[max(a, s - SENTENCE_VIEW_CHARS):s] + " ENT " + t[e:min(b, e + SENTENCE_VIEW_CHARS)],
        "left": " ".join(_TOKEN_RE.findall(t[max(0, s - 400):s])[-window:]),
        "right": " ".join(_TOKEN_RE.findall(t[e:e + 400])[:window]),
        "ment": t[s:e].lower(),
        "mentw": " ".join(f"{lang}_{w}" for w in words) + f" {lang}_FULL_" + "_".join(words),
        "lang": f"L{lang}",
        "stance": " ".join(stance_features(m.doc, t, s, e, cache, m.coref)),
    }
    return views, (a, b)


def _fit_view(vectorizer, column: list[str]):
    """``fit_transform`` of one view; a view with no token at all (the English-only stance view when no English
    article is in the training set, e.g. a language-held-out learning curve) gets a one-word placeholder
    vocabulary, so its block is all zeros instead of an error."""
    try:
        return vectorizer.fit_transform(column)
    except ValueError:
        if any(column) and any(vectorizer.build_analyzer()(c) for c in column[:1000]):
            raise
        vectorizer.fit(["__no_token__"] * 2)
        return vectorizer.transform(column)


def _vectorizer(view: str, max_features: int):
    from .textfeatures import StableTfidfVectorizer as TfidfVectorizer  # (stop 47) the same words on every CPU

    if view == "ment":
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                               max_features=max_features // 2, dtype=np.float32)
    if view == "stance":
        return TfidfVectorizer(token_pattern=r"\S+", lowercase=False, min_df=2, sublinear_tf=True, dtype=np.float32)
    if view in ("mentw", "lang"):
        return TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, dtype=np.float32)
    ngrams = (1, 2)
    size = max_features if view == "sent" else max_features // 3
    return TfidfVectorizer(token_pattern=TOKEN, ngram_range=ngrams, min_df=2, sublinear_tf=True,
                           max_features=size, dtype=np.float32)


class RoleClassifier(BaseEstimator):
    """Main role, fine roles and a framed/not-framed score for entity mentions (see the module docstring).

    Parameters are hyperparameters only; ``fit(X, y)`` takes :class:`MentionInput` items and, for each,
    ``(main_role, fine_roles)`` or ``None`` for a mention the article does not frame.
    """

    def __init__(self, C_main: float = 3.0, C_fine: float = 3.0, C_framed: float = 1.0,
                 fine_threshold: float = 0.4, window: int = 12, max_features: int = 40000,
                 balanced_main: bool = True, lexicon_weight: float = 3.0):
        self.C_main = C_main
        self.lexicon_weight = lexicon_weight
        self.balanced_main = balanced_main
        self.C_fine = C_fine
        self.C_framed = C_framed
        self.fine_threshold = fine_threshold
        self.window = window
        self.max_features = max_features

    # -- features -------------------------------------------------------------------------------------
    def _views(self, X: list[MentionInput], evidence: list | None = None
               ) -> tuple[dict[str, list[str]], list[tuple[int, int]]]:
        cols: dict[str, list[str]] = {v: [] for v in VIEWS}
        sents, cache = [], {}
        for m in X:
            key = id(m.doc) if m.doc is not None else id(m.text)
            if key not in cache:  # read each article's sentences once, however many mentions it has
                cache[key] = (document_sentences(m.doc), {})
            views, sent = mention_views(m, cache[key][0], self.window, cache[key][1])
            for v in VIEWS:
                cols[v].append(views[v])
            sents.append(sent)
            if evidence is not None:  # the cast's evidence, from the same parse (and the same cache)
                evidence.append(entity_evidence(m.doc, m.text, m.start, m.end, m.coref, cache[key][1], m.lang,
                                                m.quotes))
        return cols, sents

    def _matrix(self, cols: dict[str, list[str]], fit: bool = False) -> sp.csr_matrix:
        if fit:
            self.vectorizers_ = {v: _vectorizer(v, self.max_features) for v in VIEWS}
            blocks = [_fit_view(self.vectorizers_[v], cols[v]) for v in VIEWS]
        else:
            blocks = [self.vectorizers_[v].transform(cols[v]) for v in self.vectorizers_]
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def _fast_views(self) -> list[tuple[str, Any, dict, int]]:
        """Per view (in column order): its name, analyzer, vocabulary and first column (built once)."""
        if getattr(self, "_fast_", None) is None:
            fast, offset = [], 0
            for v, vec in self.vectorizers_.items():
                fast.append((v, vec.build_analyzer(), vec.vocabulary_, offset))
                offset += len(vec.vocabulary_)
            self._fast_ = fast
            self._fast_idf_ = np.concatenate([np.asarray(vec.idf_) for vec in self.vectorizers_.values()])
            # the one-pass transform below reproduces exactly these settings (those of _vectorizer)
            self._fast_ok_ = all(vec.sublinear_tf and vec.use_idf and vec.norm == "l2" and not vec.binary
                                 for vec in self.vectorizers_.values())
        return self._fast_

    def _transform(self, cols: dict[str, list[str]], salience: np.ndarray) -> sp.csr_matrix:
        """``hstack([_matrix(cols), salience])`` computed in one pass, with the same numbers.

        The vectorizers' ``transform`` (input validation, one sparse matrix per view, then ``hstack``) cost
        most of the analyser's time on an article's few dozen mentions. Here every (mention, view) pair is
        one row of a single matrix, mention-major, so the sublinear tf, idf and per-view L2 norm are applied
        exactly as the vectorizers apply them, in one call each; keeping every ``len(views)``-th row boundary
        then gives each mention's row with its views side by side (column offsets grow with the view order,
        so the row stays sorted), and the salience columns are appended last.
        """
        from sklearn.preprocessing import normalize

        fast = self._fast_views()
        if not self._fast_ok_:
            return sp.hstack([self._matrix(cols), sp.csr_matrix(salience)], format="csr", dtype=np.float32)
        n, nv = salience.shape[0], len(fast)
        n_cols = int(self._fast_idf_.shape[0])
        idx: list[int] = []
        counts: list[int] = []
        indptr = [0]
        # the counts of a view text already seen (a flood of one name gives thousands of mentions the same
        # sentence view of up to 8,000 characters: it is counted once)
        seen: list[dict[str, tuple[list[int], list[int]]]] = [{} for _ in fast]
        for i in range(n):
            for k, (v, analyze, vocab, offset) in enumerate(fast):
                view = cols[v][i]
                known = seen[k].get(view)
                if known is None:
                    c: dict[int, int] = {}
                    for term in analyze(view):
                        j = vocab.get(term)
                        if j is not None:
                            c[j] = c.get(j, 0) + 1
                    order = sorted(c)
                    known = ([j + offset for j in order], [c[j] for j in order])
                    seen[k][view] = known
                idx.extend(known[0])
                counts.extend(known[1])
                indptr.append(len(idx))
        indices = np.asarray(idx, dtype=np.int32)
        data = np.asarray(counts, dtype=np.float32)
        # as TfidfTransformer.transform: sublinear tf, idf, then L2 norm of each (mention, view) row
        np.log(data, data)
        data += 1.0
        data *= self._fast_idf_[indices]
        rows = sp.csr_matrix((data, indices, np.asarray(indptr, dtype=np.int32)), shape=(n * nv, n_cols))
        rows = normalize(rows, norm="l2", copy=False)  # in place on CSR, as TfidfTransformer does
        ptr = rows.indptr[::nv]
        # the salience columns, after the views' columns of each mention
        per_row = np.diff(ptr) + salience.shape[1]
        out_ptr = np.concatenate([[0], np.cumsum(per_row)]).astype(np.int32)
        out_idx = np.empty(out_ptr[-1], np.int32)
        out_data = np.empty(out_ptr[-1], np.float32)
        extra = np.arange(n_cols, n_cols + salience.shape[1], dtype=np.int32)
        for i in range(n):
            a, b, o = ptr[i], ptr[i + 1], out_ptr[i]
            out_idx[o:o + b - a] = rows.indices[a:b]
            out_data[o:o + b - a] = rows.data[a:b]
            out_idx[o + b - a:out_ptr[i + 1]] = extra
            out_data[o + b - a:out_ptr[i + 1]] = salience[i]
        return sp.csr_matrix((out_data, out_idx, out_ptr), shape=(n, n_cols + salience.shape[1]))

    # -- training -------------------------------------------------------------------------------------
    def fit(self, X: list[MentionInput], y: list[tuple[str, tuple[str, ...]] | None]) -> RoleClassifier:
        """Learn the three heads from mentions ``X`` and their roles ``y`` (``None`` = not framed)."""
        from sklearn.linear_model import LogisticRegression

        if len(X) != len(y):
            raise DataError(f"fit() got {len(X)} mentions but {len(y)} labels")
        framed = np.array([r is not None for r in y])
        if framed.sum() == 0:
            raise DataError("no framed mention to learn roles from; check the subtask-1 annotation files")
        self.fine_roles_ = fine_roles()
        for r in y:
            if r is None:
                continue
            if r[0] not in MAIN_ROLES:
                raise DataError(f"unknown main role {r[0]!r}; expected one of {', '.join(MAIN_ROLES)}")
            for f in r[1]:
                if f not in self.fine_roles_:
                    raise DataError(f"unknown fine role {f!r}; see narrascope/taxonomy/roles.json")
        cols, _ = self._views(X)
        self._fast_ = self._padded_ = None  # inference caches of an earlier fit
        self.__dict__.pop("cue_margins_", None)
        pos = np.flatnonzero(framed)
        # Vocabulary and idf come from the framed mentions: they carry the role signal.
        Xall = self._matrix({v: [cols[v][i] for i in pos] for v in VIEWS}, fit=True)
        ymain = np.array([MAIN_ROLES.index(y[i][0]) for i in pos])
        present = sorted(set(ymain))
        # Balanced class weights: about as accurate in cross-validation, and the model no longer casts
        # nearly everyone as an antagonist (the majority role of the training data).
        main = LogisticRegression(C=self.C_main, max_iter=3000,
                                  class_weight="balanced" if self.balanced_main else None).fit(Xall, ymain)
        coef = np.zeros((len(MAIN_ROLES), Xall.shape[1]), np.float32)
        icpt = np.full(len(MAIN_ROLES), -30.0, np.float32)  # a main role never seen stays impossible
        if len(present) == 2:  # binary LR has one row; expand to two symmetric rows
            coef[present[1]], icpt[present[1]] = main.coef_[0], main.intercept_[0]
            icpt[present[0]] = 0.0
        elif len(present) == 1:
            icpt[present[0]] = 0.0
        else:
            coef[present], icpt[present] = main.coef_, main.intercept_
        self.main_coef_, self.main_intercept_ = coef, icpt

        self.fine_coef_ = np.zeros((len(self.fine_roles_), Xall.shape[1]), np.float32)
        self.fine_intercept_ = np.full(len(self.fine_roles_), -30.0, np.float32)
        for j, f in enumerate(self.fine_roles_):
            target = np.array([f in y[i][1] for i in pos], dtype=int)
            if 0 < target.sum() < len(target):
                lr = LogisticRegression(C=self.C_fine, solver="liblinear", random_state=0).fit(Xall, target)
                self.fine_coef_[j], self.fine_intercept_[j] = lr.coef_[0], lr.intercept_[0]
            elif target.sum() == len(target):
                self.fine_intercept_[j] = 30.0

        Xf = sp.hstack([self._matrix(cols), _salience(X)], format="csr")
        langs = np.array([m.lang.upper() for m in X])
        own = np.isin(langs, OWN_FRAMED_HEAD)
        # The shared head learns from every language's mentions and capitalised not-framed names, not from the
        # uncapitalised not-framed names of a language with its own head (found another way, from names marked in
        # other articles: they shifted the other languages' framed scores); that head learns from all of its own.
        capital = np.array([m.text[m.start:m.start + 1].isupper() for m in X])
        shared = ~(own & ~framed & ~capital)
        self.framed_coef_, self.framed_intercept_ = self._framed_head(Xf[shared], framed[shared])
        self.framed_by_lang_ = {}
        for lang in OWN_FRAMED_HEAD:
            mine = langs == lang
            if (mine & ~framed).any() and (mine & framed).any():
                self.framed_by_lang_[lang] = self._framed_head(Xf[mine], framed[mine])
        self.version_ = MODEL_VERSION
        return self

    def _framed_head(self, X: sp.csr_matrix, framed: np.ndarray) -> tuple[np.ndarray, float]:
        """Weights and intercept of a framed/not-framed head; with no negatives every mention counts as framed."""
        from sklearn.linear_model import LogisticRegression

        if framed.all():
            return np.zeros(X.shape[1], np.float32), 30.0
        lr = LogisticRegression(C=self.C_framed, solver="liblinear", random_state=0).fit(X, framed.astype(int))
        return lr.coef_[0].astype(np.float32), float(lr.intercept_[0])

    # -- inference ------------------------------------------------------------------------------------
    def _check(self) -> None:
        if not hasattr(self, "main_coef_"):
            raise NotFittedError("this RoleClassifier is not fitted; call fit() or load a trained artifact "
                                 "with load_role_model()")

    def predict(self, X: list[MentionInput]) -> list[RolePrediction]:
        """The role of every mention in ``X`` (always a main and at least one fine role) with scores."""
        self._check()
        if not X:
            return []
        evidence: list = []
        cols, sents = self._views(X, evidence)
        M = self._transform(cols, _salience_rows(X))
        main_w, fine_w = self._padded_weights()
        zm = M @ main_w + self.main_intercept_
        # The article's evidence about the entity (what it does, suffers, is called; over all its mentions,
        # :mod:`.cast_evidence`) is added to the main head's logits, ``lexicon_weight`` per item: a
        # transparent push toward what the article says, which the name prior cannot outweigh (model card).
        votes = np.array([[item_votes(w, m.lang) for w in ev] if evidence_votes(m.lang) else [0, 0, 0]
                          for ev, m in zip(evidence, X)], np.float32)
        if self.lexicon_weight:
            zm = zm + self.lexicon_weight * votes
        zm = np.exp(zm - zm.max(1, keepdims=True))
        pm = zm / zm.sum(1, keepdims=True)
        pf = 1.0 / (1.0 + np.exp(-(M @ fine_w + self.fine_intercept_)))
        zf = np.asarray(M @ self.framed_coef_ + self.framed_intercept_).ravel()
        for lang, (coef, icpt) in getattr(self, "framed_by_lang_", {}).items():
            rows = [i for i, m in enumerate(X) if m.lang.upper() == lang]
            if rows:
                zf[rows] = np.asarray(M[rows] @ coef + icpt).ravel()
        if self.lexicon_weight:  # an entity the article says harms, helps or is harmed is framed by it
            zf = zf + _LEXICON_FRAMED * votes.sum(1)
        pfr = 1.0 / (1.0 + np.exp(-np.asarray(zf).ravel()))
        out = []
        for i in range(len(X)):
            # an English hero the parse gives evidence for, and the most probable main role, is not overruled by the
            # fine-role factor: the English hero fine roles are the least trained (Guardian, Martyr, ... few
            # mentions), and heroes at 0.6-0.9 with a hero's evidence were decoded as villains or victims in the
            # out-of-fold predictions of folds 1-4 (the same rule for victims added two wrong ones; branch en-hero36)
            keep = 0 if X[i].lang.upper() == "EN" and evidence[i][0] else None
            main, score, fines = decode_roles(pm[i], pf[i], self.fine_roles_, self.fine_threshold, keep)
            a, b = M.indptr[i], M.indptr[i + 1] - _N_SALIENCE  # this mention's columns, salience left out
            k = MAIN_ROLES.index(main)
            cues = self._cues(M.data[a:b], M.indices[a:b], k)
            if evidence[i][k]:
                # the evidence items first, each named; the heads' own lexicon features would only repeat
                # them vaguely, and a stance cue that repeats an item once more is dropped
                named = [(c, round(float(self.lexicon_weight or 1.0), 4)) for c in evidence[i][k]]
                plain = {plain_cue(e) for e in evidence[i][k]}  # "does “x” (says Y)" is read by "does “x”" too
                rest = tuple(c for c in cues if "(verb lexicon)" not in c[0]
                             and c[0].replace(_ELSEWHERE, "") not in plain)
                cues = tuple(named[:_MAX_CUES]) + rest[:max(0, _MAX_CUES - len(named))]
            out.append(RolePrediction(main, score, fines, float(pfr[i]), sents[i],
                                      tuple(float(x) for x in pm[i]), tuple(float(x) for x in pf[i]), cues,
                                      evidence[i]))
        return out

    def _padded_weights(self) -> tuple[np.ndarray, np.ndarray]:
        """The main and fine heads' weights, transposed once and padded with zero rows for the salience
        columns (adding ``x * 0`` leaves every sum exactly as it was)."""
        if getattr(self, "_padded_", None) is None:
            pad = np.zeros((_N_SALIENCE, 1), np.float32)
            self._padded_ = tuple(np.ascontiguousarray(np.vstack([w.T, np.repeat(pad, w.shape[0], 1)]))
                                  for w in (self.main_coef_, self.fine_coef_))
        return self._padded_

    def _cue_margins(self) -> np.ndarray:
        """Per main role, each column's weight minus its best weight for another role (built once).

        Only columns of the views cues are drawn from are kept (the name's own columns are zero), and a
        column whose words cannot explain anything (function words, the mention placeholder) is zero too.
        """
        if not hasattr(self, "cue_margins_"):
            keep = np.zeros(self.main_coef_.shape[1], bool)
            terms: dict[int, tuple[str, str]] = {}
            offset = 0
            for v in self.vectorizers_:
                vocab = self.vectorizers_[v].vocabulary_
                if v in CUE_VIEWS:
                    for t, j in vocab.items():
                        if v == "stance" or not all(w in _NOT_CUES for w in t.split()):
                            keep[offset + j] = True
                            terms[offset + j] = (v, t)
                offset += len(vocab)
            coef = self.main_coef_.astype(np.float32)
            margins = np.zeros_like(coef)
            for k in range(coef.shape[0]):
                others = np.delete(coef, k, axis=0)
                margins[k] = coef[k] - others.max(0)
            margins[:, ~keep] = 0.0
            self.cue_margins_, self.cue_terms_ = margins, terms
        return self.cue_margins_

    def _cues(self, data: np.ndarray, indices: np.ndarray, k: int) -> tuple[tuple[str, float], ...]:
        """The features of a mention's row (``data`` at columns ``indices``) that pushed main role ``k``
        most above the other roles, in words."""
        margins = self._cue_margins()[k]
        w = data * margins[indices]  # what each present feature added to k over the best other role
        order = np.argsort(-w, kind="stable")
        seen, out = set(), []
        for i in order[:4 * _MAX_CUES]:
            if w[i] <= 0 or len(out) >= _MAX_CUES:
                break
            view, term = self.cue_terms_[int(indices[i])]
            if view == "stance":
                words = readable(term)
            else:  # "ent" is the mention's placeholder in the sentence view: show it as the entity
                words = "“" + " ".join("‹it›" if t == "ent" else t for t in term.split()) + "” nearby"
            # the same cue at this mention and elsewhere in the article is one cue
            key = words.replace(_ELSEWHERE, "")
            if words and key not in seen:
                seen.add(key)
                out.append((words, round(float(w[i]), 4)))
        return tuple(out)

    # -- artifacts ------------------------------------------------------------------------------------
    def to_artifact(self) -> tuple[dict[str, np.ndarray], dict]:
        """``(arrays, meta)`` for :func:`narrascope.models.save_artifact` (no pickle)."""
        from ..models.textfeatures import export_tfidf

        self._check()
        arrays = {"main_coef": self.main_coef_, "main_intercept": self.main_intercept_,
                  "fine_coef": self.fine_coef_.astype(np.float16),  # half precision: the model stays small
                  "fine_intercept": self.fine_intercept_, "framed_coef": self.framed_coef_,
                  "framed_intercept": np.array([self.framed_intercept_], np.float32)}
        for lang, (coef, icpt) in getattr(self, "framed_by_lang_", {}).items():
            arrays[f"framed_coef_{lang}"] = coef
            arrays[f"framed_intercept_{lang}"] = np.array([icpt], np.float32)
        meta = {"version": self.version_, "params": self.get_params(),
                "framed_by_lang": sorted(getattr(self, "framed_by_lang_", {})),
                "main_roles": list(MAIN_ROLES), "fine_roles": list(self.fine_roles_), "views": list(self.vectorizers_)}
        for v in self.vectorizers_:
            a, m = export_tfidf(self.vectorizers_[v], f"{v}.")
            arrays.update({k: x.astype(np.float32) for k, x in a.items()})
            meta.update(m)
        return arrays, meta

    @classmethod
    def from_artifact(cls, arrays: dict[str, np.ndarray], meta: dict) -> RoleClassifier:
        """Rebuild a fitted classifier from :meth:`to_artifact` output."""
        from ..models.textfeatures import import_tfidf

        model = cls(**meta["params"])
        model.vectorizers_ = {v: import_tfidf(arrays, meta, f"{v}.") for v in meta["views"]}
        model.fine_roles_ = tuple(meta["fine_roles"])
        model.main_coef_, model.main_intercept_ = arrays["main_coef"], arrays["main_intercept"]
        model.fine_coef_ = arrays["fine_coef"].astype(np.float32)
        model.fine_intercept_ = arrays["fine_intercept"]
        model.framed_coef_ = arrays["framed_coef"]
        model.framed_intercept_ = float(arrays["framed_intercept"][0])
        model.framed_by_lang_ = {lang: (arrays[f"framed_coef_{lang}"], float(arrays[f"framed_intercept_{lang}"][0]))
                                 for lang in meta.get("framed_by_lang", [])}
        model.version_ = str(meta.get("version", "?"))
        return model


_N_SALIENCE = 3


def _salience_rows(X: list[MentionInput]) -> np.ndarray:
    """How prominent the mentioned name is: repeats in the article, in the title, early first use."""
    rows, seen = [], {}
    for m in X:
        name = m.text[m.start:m.end]
        key = (id(m.text), name)
        if key not in seen:  # an entity named thirty times is counted once
            count = m.text.count(name) if name else 0
            title = m.text.split("\n", 1)[0]
            first = m.text.find(name) / max(1, len(m.text)) if name else 1.0
            seen[key] = [np.log1p(count), float(bool(name) and name in title), 1.0 - first]
        rows.append(seen[key])
    return np.array(rows, np.float32).reshape(len(X), _N_SALIENCE)


def _salience(X: list[MentionInput]) -> sp.csr_matrix:
    """:func:`_salience_rows` as a sparse matrix (the framed head's extra columns)."""
    return sp.csr_matrix(_salience_rows(X))


_LOADED: dict[str, RoleClassifier] = {}


def load_role_model(directory: str | Path | None = None) -> RoleClassifier:
    """The shipped framing model (or the one in ``directory``), loaded once per process."""
    from . import load_artifact, model_dir

    path = Path(directory) if directory else model_dir("framing")
    key = str(path)
    if key not in _LOADED:
        _LOADED[key] = RoleClassifier.from_artifact(*load_artifact(path))
    return _LOADED[key]
