"""The parse's text is built once per Doc (spaCy joins it token by token on every ``doc.text``) and is the
parse's own text, so every layer reading it sees the same string."""
from narrascope.analysers.spacy_parse import nlp_for
from narrascope.models.sentences import doc_text, document_sentences


def test_doc_text_is_the_docs_text_built_once():
    doc = nlp_for("en")("The minister said on Monday that the plan would work.  It did not.\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first
    spans = document_sentences(doc)
    assert [first[a:b] for a, b in spans] == ["The minister said on Monday that the plan would work.", "It did not."]
