"""Group heads of Bulgarian, Hindi, Portuguese and Russian (the closed ``GROUP_*`` lists of each language module), read
where both the entities layer (:mod:`narrascope.analysers.multilingual_groups`) and the cast readers
(:mod:`narrascope.models.cast_evidence.words`) need them: whether a word is a group's head ("жителей" -> "житель",
"цивилните" -> "цивилни", "किसानों" -> "किसान")."""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module

__all__ = ["group_lists", "head_of", "morph", "ru_group_head"]


@lru_cache(maxsize=4)
def group_lists(lang: str) -> dict:
    """The group lists of ``narrascope/lang/<lang>.py`` (Hindi "direct/oblique" pairs as form -> direct form)."""
    module = import_module(f"narrascope.lang.{lang}")
    out = {name: getattr(module, name, frozenset()) for name in
           ("GROUP_HEADS", "GROUP_HEADS_MODIFIED", "GROUP_ADJECTIVE_HEADS", "GROUP_NOT_MODIFIERS", "GROUP_MODIFIERS",
            "GROUP_PLACE_NOUNS", "GROUP_COMPOUND_FIRST")}
    if lang == "hi":
        for name in ("GROUP_HEADS", "GROUP_HEADS_MODIFIED"):
            out[name] = {form: pair.split("/")[0] for pair in out[name] for form in pair.split("/")}
        out["GROUP_MODIFIERS"] = frozenset(out["GROUP_MODIFIERS"]) | {d.lower() for d in module.DEMONYMS
                                                                     if " " not in d}
    if lang == "pt":
        plural = {n + "s" for n in module.NATIONALITIES} | {n[:-2] + "eses" for n in module.NATIONALITIES
                                                            if n.endswith("ês")}
        out["GROUP_MODIFIERS"] = frozenset(out["GROUP_MODIFIERS"]) | plural
    return out


def morph():
    """The shared pymorphy3 analyser of :mod:`narrascope.lang.ru`."""
    from .ru import morph as ru_morph

    return ru_morph()


@lru_cache(maxsize=20_000)
def ru_group_head(word: str) -> tuple[str, tuple] | None:
    """A Russian group head: its lemma and its plural pymorphy3 parses (a collective noun's singular ones)."""
    lists = group_lists("ru")
    heads = lists["GROUP_HEADS"] | lists["GROUP_HEADS_MODIFIED"]
    readings = [p for p in morph().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
    lemma = readings[0].normal_form.replace("ё", "е") if readings else ""  # its likeliest reading
    if lemma not in heads:
        return None
    plural = tuple(p for p in readings if p.normal_form.replace("ё", "е") == lemma
                   and (p.tag.number == "plur" or lemma == "население"))
    return (lemma, plural) if plural else None


def head_of(word: str, lang: str) -> str | None:
    """The key of a group head written ``word`` (lower case) in ``lang``, else ``None``."""
    lists = group_lists(lang)
    if lang == "ru":
        found = ru_group_head(word)
        return found[0] if found else None
    if lang == "hi":
        return lists["GROUP_HEADS"].get(word) or lists["GROUP_HEADS_MODIFIED"].get(word)
    heads = lists["GROUP_HEADS"] | lists["GROUP_HEADS_MODIFIED"]
    if word in heads:
        return word
    if lang == "bg":
        bare = word[:-2] if word.endswith(("те", "та", "то")) else ""
        return bare if bare in heads else ("население" if word == "населението" else None)
    return None
