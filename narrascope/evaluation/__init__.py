"""Evaluation: official metric definitions, cross-validation folds, eval and SemEval export commands."""
