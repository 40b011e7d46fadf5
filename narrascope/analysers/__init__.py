"""Built-in analysers, one module per layer; importing this package registers them."""
from . import claims, entities, explain, framing, links, narratives, persuasion, quotes, spacy_parse  # noqa: F401
