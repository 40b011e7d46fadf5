"""Every subtask-1 mention of the SemEval-2025 training data must be found at its offsets in Article.text."""
from narrascope import read_path
from narrascope.training.semeval2025 import load_documents, load_role_labels


def test_every_training_mention_slices_exactly(shared_data):
    """Offsets are checked against Article.text as read by the public reader, not the training reader.

    The training reader only resolves the few files whose offsets count UTF-16 code units (emoji count
    twice); the comparison itself is against ``narrascope.read``'s text.
    """
    train = shared_data / "semeval2025-task10" / "train"
    mentions = load_role_labels(train, docs=load_documents(train))
    assert len(mentions) > 1000
    articles = {}
    bad = []
    for m in mentions:
        lang = m.lang
        if m.article_id not in articles:
            articles[m.article_id] = read_path(train / "raw-documents" / lang / m.article_id)
        art = articles[m.article_id]
        if art.text[m.start:m.end] != m.mention:
            bad.append((m.article_id, m.mention, art.text[m.start:m.end]))
    assert not bad, f"{len(bad)} mentions off, e.g. {bad[:3]}"
    assert len(articles) > 1000
    # The reader recognises SemEval ids and languages from the file name.
    some = next(iter(articles.values()))
    assert some.id and some.language in {"bg", "en", "hi", "pt", "ru"}
