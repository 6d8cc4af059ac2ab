"""auditor.toml: discovery order, relative paths, unknown keys and types."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import find_config, load_config
from auditor.errors import UsageError

FULL = """
[organization]
name = "Acme"
aliases = ["Acme Corp", "@acme", "acme.example"]
products = ["Roadrunner"]
competitors = ["Globex"]
codenames = ["Project Falcon"]
[roster]
path = "roster.csv"
[store]
path = "data/auditor.db"
[report]
dir = "reports"
[policy]
path = "policy.toml"
"""


def test_public_keys_load_and_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    cfg_path = tmp_path / "conf" / "auditor.toml"
    cfg_path.parent.mkdir()
    cfg_path.write_text(FULL)
    cfg = load_config(cfg_path)
    assert cfg.organization.name == "Acme"
    assert cfg.organization.names == ("Acme", "Acme Corp", "@acme", "acme.example")
    assert cfg.organization.products == ("Roadrunner",)
    assert cfg.organization.codenames == ("Project Falcon",)
    assert cfg.roster_path == tmp_path / "conf" / "roster.csv"
    assert cfg.store_path == tmp_path / "conf" / "data" / "auditor.db"
    assert cfg.report_dir == tmp_path / "conf" / "reports"
    assert cfg.policy_path == tmp_path / "conf" / "policy.toml"
    assert cfg.concurrency == 8
    assert (cfg.retention.unflagged_days, cfg.retention.flagged_days) == (30, 365)


def test_unknown_key_is_an_error_naming_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "auditor.toml"
    path.write_text('[organization]\nname = "Acme"\nnickname = "A"\n')
    with pytest.raises(UsageError) as err:
        load_config(path)
    assert "nickname" in err.value.message
    assert "line 3" in err.value.message
    assert err.value.exit_code == 2


def test_unknown_table_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "auditor.toml"
    path.write_text("[stores]\npath = 'x'\n")
    with pytest.raises(UsageError, match="stores"):
        load_config(path)


def test_wrong_type_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "auditor.toml"
    path.write_text('[organization]\naliases = "Acme Corp"\n')
    with pytest.raises(UsageError, match="aliases must be a list"):
        load_config(path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "auditor.toml"
    path.write_text("[organization\n")
    with pytest.raises(UsageError, match=r"auditor\.toml: invalid TOML"):
        load_config(path)


def test_discovery_order_flag_then_env_then_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    explicit, from_env, local = (tmp_path / n for n in ("a.toml", "b.toml", "auditor.toml"))
    for p in (explicit, from_env, local):
        p.write_text("")
    monkeypatch.chdir(tmp_path)
    env = {"AUDITOR_CONFIG": str(from_env)}
    assert find_config(explicit, environ=env) == explicit
    assert find_config(None, environ=env) == from_env
    assert find_config(None, environ={}) == Path("auditor.toml")
    local.unlink()
    assert find_config(None, environ={}) is None


def test_missing_explicit_config_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found"):
        find_config(tmp_path / "nope.toml", environ={})
