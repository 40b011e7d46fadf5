"""Settings: declared once, validated from every source, layered only by the CLI and serve."""
from __future__ import annotations

import pickle

import pytest
from typer.testing import CliRunner

from narrascope import Settings, load_pipeline, load_settings
from narrascope.cli import app
from narrascope.errors import SettingsError
from narrascope.settings import describe_settings


@pytest.fixture()
def clean_env(monkeypatch, tmp_path):
    """No NARRASCOPE_* variables and no user file, whatever the machine running the tests has."""
    import os

    for name in list(os.environ):
        if name.startswith("NARRASCOPE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    return monkeypatch


@pytest.mark.parametrize("name, value, message", [
    ("max_claims", 0.7, "valid integer"),           # never silently 0
    ("max_claims", "0.7", "valid integer"),
    ("n_process", True, "expected a number"),
    ("n_process", 0, "greater than or equal to 1"),
    ("framing_min_score", 1.5, "less than or equal to 1"),
    ("framing_cast_min_score", -0.1, "greater than or equal to 0"),
    ("api_port", 70000, "less than or equal to 65535"),
    ("api_page_size", 500, "less than or equal to 100"),
    ("api_protect_reads", "maybe", "valid boolean"),
])
def test_bad_values_are_errors_naming_the_setting(clean_env, name, value, message):
    with pytest.raises(SettingsError, match=f"setting {name} = .*{message}"):
        load_settings(**{name: value})
    with pytest.raises(SettingsError, match=message):
        Settings().with_overrides(**{name: value})


def test_precedence_defaults_file_environment_overrides(clean_env, tmp_path):
    user = tmp_path / "settings.toml"
    user.write_text("max_claims = 7\nn_process = 3\nbatch_size = 5\n", encoding="utf-8")
    clean_env.setenv("NARRASCOPE_SETTINGS", str(user))
    clean_env.setenv("NARRASCOPE_N_PROCESS", "4")
    clean_env.setenv("NARRASCOPE_BATCH_SIZE", "6")
    s = load_settings(batch_size=8)
    assert (s.max_input_bytes, s.max_claims, s.n_process, s.batch_size) == (5_000_000, 7, 4, 8)
    assert load_settings(environ=False).n_process == 3
    assert type(s) is Settings and pickle.loads(pickle.dumps(s)) == s  # goes to worker processes


def test_the_library_reads_neither_environment_nor_user_file(clean_env, tmp_path):
    user = tmp_path / "settings.toml"
    user.write_text("max_claims = 7\n", encoding="utf-8")
    clean_env.setenv("NARRASCOPE_SETTINGS", str(user))
    clean_env.setenv("NARRASCOPE_N_PROCESS", "9")
    assert Settings().n_process == 2 and Settings().max_claims == 50
    assert load_pipeline(["spacy"]).settings == Settings()


def test_file_and_environment_errors_say_where(clean_env, tmp_path):
    user = tmp_path / "settings.toml"
    user.write_text("max_claims = 2.5\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"max_claims = 2.5 \(in {user}\)"):
        load_settings(user)
    user.write_text("max_clams = 2\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown setting 'max_clams'"):
        load_settings(user)
    user.write_text("max_claims = [\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot read settings file"):
        load_settings(user)
    with pytest.raises(SettingsError, match="no such file|cannot read"):
        load_settings(tmp_path / "missing.toml")
    clean_env.setenv("NARRASCOPE_API_PORT", "eighty")
    with pytest.raises(SettingsError, match="from NARRASCOPE_API_PORT"):
        load_settings()


def test_every_setting_is_declared_with_type_default_and_help():
    specs = describe_settings()
    assert set(specs) == set(Settings.model_fields)
    for name, spec in specs.items():
        assert spec["help"] and spec["type"] in {"int", "float", "bool", "str", "secret"}, name
    assert specs["api_port"]["range"] == "1..65535" and specs["framing_min_score"]["range"] == "0.0..1.0"


def test_the_token_is_secret_and_can_come_from_a_file(tmp_path):
    s = Settings(api_token="hunter2-token")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.model_dump())
    assert s.token() == "hunter2-token"
    f = tmp_path / "token"
    f.write_text("from-a-file\n", encoding="utf-8")
    assert Settings(api_token_file=str(f)).token() == "from-a-file"
    f.write_text("\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="empty"):
        Settings(api_token_file=str(f)).token()
    assert Settings().token() == ""


def test_cli_lists_settings_and_refuses_bad_ones(clean_env, capsys):
    from narrascope.cli import main

    clean_env.setenv("NARRASCOPE_API_TOKEN", "hunter2-token")
    r = CliRunner().invoke(app, ["settings"])
    assert r.exit_code == 0, r.output
    assert "hunter2" not in r.output and "api_token = '***'" in r.output
    assert "framing_min_score = 0.5  (float in 0.0..1.0; default 0.5)" in r.output
    clean_env.setenv("NARRASCOPE_MAX_CLAIMS", "0.7")
    with pytest.raises(SystemExit) as exit_:
        main(["settings"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1
    assert err.startswith("error: setting max_claims = '0.7' (from NARRASCOPE_MAX_CLAIMS)")


def test_serve_takes_no_token_on_the_command_line():
    r = CliRunner().invoke(app, ["serve", "--token", "hunter2"])
    assert r.exit_code == 2 and "--token" in r.output


def test_settings_never_prints_the_store_password(clean_env):
    clean_env.setenv("NARRASCOPE_STORE", "postgresql://alice:s3cret@db/x")
    clean_env.setenv("NARRASCOPE_API_TOKEN", "hunter2-token")
    r = CliRunner().invoke(app, ["settings"])
    assert r.exit_code == 0, r.output
    assert "s3cret" not in r.output and "hunter2" not in r.output
    assert "store = 'postgresql://alice:***@db/x'" in r.output
    assert "fetch_allow_private = False" in r.output


def test_secrets_are_marked_in_their_declaration():
    from narrascope.settings import SECRET_SETTINGS

    assert SECRET_SETTINGS == {"store": "password", "api_token": "value"}
    assert describe_settings()["store"]["secret"] == "password"


@pytest.mark.parametrize("text, shown", [
    ("postgresql://alice:s3cret@db/x", "postgresql://alice:***@db/x"),
    ("cannot connect to postgresql://alice:p%40ss@db:5432/x: refused",
     "cannot connect to postgresql://alice:***@db:5432/x: refused"),
    ("host=db user=alice password=s3cret dbname=x", "host=db user=alice password=*** dbname=x"),
    ("https://user:pw@example.org/feed.xml and http://example.org/a@b", "https://user:***@example.org/feed.xml and "
                                                                        "http://example.org/a@b"),
    ("postgresql://alice@db/x", "postgresql://alice@db/x"),
    ("narrascope.db", "narrascope.db"),
])
def test_redact(text, shown):
    from narrascope.settings import redact

    assert redact(text) == shown


def test_redact_masks_secret_setting_values_anywhere():
    from narrascope.settings import redact

    s = Settings(api_token="a-long-api-token-value", store="postgresql://bob:pa55word-x@db/x")
    assert redact("token a-long-api-token-value leaked; pa55word-x too", s) == "token *** leaked; *** too"
    assert s.shown("api_token") == "***" and s.shown("store") == "postgresql://bob:***@db/x"


def test_cli_errors_never_print_the_store_password(clean_env, capsys):
    from narrascope.cli import main

    with pytest.raises(SystemExit):
        main(["search", "x", "--db", "postgresql://alice:s3cret@127.0.0.1:9/nowhere"])
    err = capsys.readouterr().err
    assert "s3cret" not in err and err.startswith("error:")


def test_logged_errors_are_redacted(caplog):
    import logging

    from narrascope.settings import RedactingFilter

    log = logging.getLogger("narrascope.test-redaction")
    log.addFilter(RedactingFilter())
    with caplog.at_level(logging.ERROR, logger="narrascope.test-redaction"):
        try:
            raise RuntimeError("store postgresql://alice:s3cret@db/x is down")
        except RuntimeError:
            log.exception("failed on %s", "postgresql://alice:s3cret@db/x")
    assert "s3cret" not in caplog.text and "alice:***@db" in caplog.text
