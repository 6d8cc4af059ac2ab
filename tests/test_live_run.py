"""`auditor run` against a loopback server speaking X, Mastodon and Bluesky, via base_url."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.roster import HEADER
from auditor.store import Store
from tests.loopback_api import LoopbackAPI, LoopbackConfig

NETWORKS = ("x", "mastodon", "bluesky")


def write_config(tmp_path: Path, api: LoopbackAPI) -> Path:
    rows = [",".join(HEADER)]
    for network in NETWORKS:
        for i, handle in enumerate(api.handles(network)):
            rows.append(
                f"{network}{i},Person {network} {i},staff,{network},{handle},2026-01-01,,,R"
            )
    rows.append("gone,Gone Person,staff,x,@gone_person,2025-01-01,2025-06-30,,R")
    (tmp_path / "roster.csv").write_text("\n".join(rows) + "\n")
    config = tmp_path / "auditor.toml"
    config.write_text(
        f"""
[organization]
name = "Acme"
[sources.x]
base_url = "{api.url}"
[sources.mastodon]
base_url = "{api.url}"
[sources.bluesky]
base_url = "{api.url}"
"""
    )
    return config


@pytest.mark.slow
def test_nightly_run_against_all_three_apis_with_latency_and_a_429(tmp_path: Path) -> None:
    settings = LoopbackConfig(
        accounts=2, posts_per_account=30, latency=0.01, rate_limit_once=True, reset_after=1
    )
    runner = CliRunner()
    env = {"X_BEARER_TOKEN": "test-token-value", "AUDITOR_CONFIG": None}
    with LoopbackAPI(settings) as api:
        config = write_config(tmp_path, api)
        result = runner.invoke(app, ["run", "--config", str(config)], env=env)
        assert result.exit_code == 0, result.output
        assert "posts read: 180" in result.output
        with Store.open(tmp_path / "auditor.db") as store:
            assert store.count_posts() == 180
            networks = dict(
                store.conn.execute("SELECT network, COUNT(*) FROM posts GROUP BY network")
            )
            assert networks == {"x": 60, "mastodon": 60, "bluesky": 60}
            assert store.count_posts("gone") == 0  # expired consent: never asked for
        # Only the two consented X accounts were looked up; the expired one never was.
        assert api.counts["x.user"] == 2
        assert api.counts["429"] == 3
        first_counts = sum(api.counts.values())

        again = runner.invoke(app, ["run", "--config", str(config)], env=env)
        assert again.exit_code == 0, again.output
        assert "new: 0" in again.output
        # The second run sends one timeline request per account and no lookups.
        assert sum(api.counts.values()) - first_counts <= 6 + 2 * 4
        report = Path(again.output.strip().splitlines()[-1])
        assert report.is_file()
