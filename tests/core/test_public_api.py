import narrascope


def test_all_is_sorted_and_exported():
    assert narrascope.__all__ == sorted(narrascope.__all__)
    for name in narrascope.__all__:
        assert hasattr(narrascope, name), name


def test_analyze_example_article(analyze):
    from tests.conftest import EXAMPLES

    a = analyze(EXAMPLES / "nato_expansion.txt")
    assert a.article.title.startswith('NATO expansion "started this whole thing"')
    assert a.article.date == "2025-02-21"
    names = {e.name for e in a.entities}
    assert {"Donald Trump", "NATO", "United States", "Ukraine", "Volodymyr Zelensky"} <= names
    assert any(q.speaker == "Volodymyr Zelensky" and q.kind == "direct" for q in a.quotes)
    trump_claim = [c for c in a.claims if "$500 billion" in c.span.text]
    assert trump_claim and trump_claim[0].claimant == "Donald Trump"
    assert a.narratives is not None and a.narratives.domain == "URW"
    assert a.explanation is not None and a.explanation.text
