"""One record per concept: the Analysis record's article copy and the API's search items are built from the
records they mirror, so a field added to one cannot be forgotten in the other."""
import dataclasses

from narrascope import Article
from narrascope.api.models import ArticleItem
from narrascope.pipeline import article_meta
from narrascope.schema import ArticleMeta
from narrascope.store import ArticleSummary


def test_article_meta_copies_every_field_the_article_has():
    a = Article(text="Title\n\nBody text here.\n", id="a1", title="Title", body_start=7, date="2025-02-03",
                source="example.org", url="https://example.org/a", author="R. Writer", language="en",
                path="/tmp/a.txt", notes=["encoding utf-8"])
    meta = article_meta(a)
    shared = {f.name for f in dataclasses.fields(Article)} & set(ArticleMeta.model_fields)
    assert shared >= {"id", "title", "date", "source", "url", "author", "language", "path", "body_start", "notes"}
    for name in shared:
        assert getattr(meta, name) == getattr(a, name), name
    assert (meta.words, meta.chars, meta.content_hash) == (a.words, len(a.text), a.content_hash)
    # every ArticleMeta field is filled from the article, none left at a default by omission
    assert set(ArticleMeta.model_fields) <= shared | {"words", "chars", "content_hash"}
    meta.notes.append("x")
    assert a.notes == ["encoding utf-8"], "the record does not share the article's list"


def test_api_items_have_exactly_the_store_summary_fields():
    names = [f.name for f in dataclasses.fields(ArticleSummary)]
    assert list(ArticleItem.model_fields) == names
    row = ArticleSummary(id=1, content_hash="h", key="k", version=2, title=None, date="2025-01-01", source="s",
                         language="ru", words=10, snippet="a «hit»", narratives=["URW: Blaming the war on others"])
    assert ArticleItem(**row.to_dict()).model_dump() == row.to_dict()
    required = {n for n, f in ArticleItem.model_fields.items() if f.is_required()}
    assert required == {f.name for f in dataclasses.fields(ArticleSummary)
                        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    assert "«»" in (ArticleItem.model_fields["snippet"].description or "")
