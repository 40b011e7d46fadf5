"""What the article says about an entity, read from the spaCy parse: the evidence a cast role is shown with.

A role in the cast is shown when the article gives evidence about the entity (issue 20): what it *does*
(agent of a harmful or helping verb), what is *done to it* (patient of a harm verb: attacked, killed,
overthrown, sanctioned), what it is *called* (appositions, adjectives, predicates: "aggressor", "ordinary",
"hero"), what *its* things are ("NATO's ambitions", "NATO expansion") and what its people suffer ("Ukrainian
soldiers are dead", "ordinary Ukrainians paid the price"). Words that merely stand near the name are not
evidence. Each item is a readable cue for one main role — ``does “provoke”``, ``suffers “overthrow”``,
``called “aggressor”`` — and is read from the article's words, never from the entity's name, so an article
told from the other side gives the other role.

It extends the seed lexicon of :mod:`narrascope.models.stance` (whose ``LEX_`` features the model was
trained with, unchanged) and replaces its vote at inference: the framing model adds ``lexicon_weight`` to a
main role's logit per distinct item, and the ``framing`` analyser shows an English role only when an item
supports it (see the model card). Russian, Portuguese and Bulgarian have no parse: :func:`lexical_evidence`
reads the same kinds of items from the words around the name (the ``CAST_*`` words of
``narrascope/lang/<lang>.py``; Hindi by its postpositions), and a role there is hidden when its items speak only
for another role.

One module per reader: :mod:`.english` (the parse), :mod:`.lexical` with :mod:`.words` (languages
without a parse) and :mod:`.russian`, :mod:`.portuguese`, :mod:`.bulgarian`, :mod:`.hindi`; :mod:`.common` holds
what they share.
"""
from .common import cue_speaker, evidence_votes, item_votes, lone_weak, plain_cue, quote_index
from .english import entity_evidence
from .lexical import lexical_evidence, mutual_blame

__all__ = ["cue_speaker", "entity_evidence", "evidence_votes", "item_votes", "lexical_evidence", "lone_weak",
           "mutual_blame", "plain_cue", "quote_index"]
