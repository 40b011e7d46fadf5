"""One frozen settings object.

Defaults live in the shipped ``defaults.toml`` (name, default, help). A user file (``$NARRASCOPE_SETTINGS`` or
``~/.config/narrascope/settings.toml``, flat ``name = value``) overrides them, ``NARRASCOPE_<NAME>``
environment variables override the file, and explicit overrides (CLI flags) override everything.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SettingsError


def _shipped() -> dict[str, dict[str, Any]]:
    return tomllib.loads(resources.files("narrascope").joinpath("defaults.toml").read_text("utf-8"))


_SPECS = _shipped()


@dataclass(frozen=True)
class Settings:
    """All knobs of narrascope; see ``defaults.toml`` or :func:`describe_settings` for help on each."""

    max_input_bytes: int
    n_process: int
    batch_size: int
    spacy_model: str
    analysers: str
    max_claims: int
    framing_min_score: float
    store: str
    api_host: str
    api_port: int
    api_token: str
    api_protect_reads: bool
    api_max_body_bytes: int
    api_page_size: int
    api_workers: int
    narrative_evidence: int
    explanation_words: int
    persuasion_model: str
    persuasion_max_spans: int
    framing_cast_min_score: float

    def with_overrides(self, **overrides: Any) -> "Settings":
        """A copy with the given settings replaced (``None`` values are ignored)."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(clean) - {f.name for f in fields(self)}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}; see `narrascope settings`")
        return replace(self, **{k: _coerce(k, v) for k, v in clean.items()})


def describe_settings() -> dict[str, tuple[Any, str]]:
    """Setting name -> (shipped default, help line)."""
    return {name: (spec["default"], spec["help"]) for name, spec in _SPECS.items()}


def _coerce(name: str, value: Any) -> Any:
    default = _SPECS[name]["default"]
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        return type(default)(value)
    except (TypeError, ValueError):
        raise SettingsError(
            f"setting {name!r} must be a {type(default).__name__}, got {value!r}"
        ) from None


def load_settings(path: str | os.PathLike | None = None, **overrides: Any) -> Settings:
    """Build settings: shipped defaults < user file < NARRASCOPE_* environment < ``overrides``."""
    values = {name: spec["default"] for name, spec in _SPECS.items()}
    user_file = Path(path or os.environ.get("NARRASCOPE_SETTINGS") or Path.home() / ".config/narrascope/settings.toml")
    if path is not None or user_file.is_file():
        try:
            data = tomllib.loads(user_file.read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {user_file}: {exc}") from None
        for name, value in data.items():
            if name not in values:
                raise SettingsError(f"{user_file}: unknown setting {name!r}; see `narrascope settings`")
            values[name] = _coerce(name, value)
    for name in values:
        env = os.environ.get(f"NARRASCOPE_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env)
    return Settings(**values).with_overrides(**overrides)
