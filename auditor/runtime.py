"""The composition root: turn a Config into a store, a scorer and sources.

Only this module and the CLI build real I/O objects (HTTP client, files, environment); the core
modules receive them, so tests build the same objects with mocks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import httpx

import auditor
from auditor.config import Config, load_config
from auditor.errors import UsageError
from auditor.models import Organization, Person
from auditor.roster import read_roster
from auditor.scoring import Policy, Scorer, load_policy
from auditor.scoring.policy import PolicyError
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import Clock, Sleep, Source, utcnow
from auditor.sources.jsonl import JsonlSource
from auditor.store import Store

USER_AGENT = f"auditor/{auditor.__version__} (consent-based conduct audit)"


def sample_dir() -> Path:
    """The demo sample bundled inside the package."""
    return Path(str(resources.files("auditor") / "sample"))


def demo_config(report_dir: Path) -> Config:
    """The bundled sample's config, with the store and reports under `report_dir`."""
    config = load_config(sample_dir() / "auditor.toml")
    return replace(config, store_path=report_dir / ".demo" / "auditor.db", report_dir=report_dir)


def load_config_policy(config: Config | None) -> Policy:
    """The policy the config names (the bundled one when none); a bad file is a UsageError.
    `run` and `scan` call it before they open the store, so a bad policy changes nothing."""
    try:
        return load_policy(config.policy_path if config else None)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None


def make_scorer(
    config: Config | None, *, allow: tuple[str, ...] = (), policy: Policy | None = None
) -> Scorer:
    """A scorer for the config's policy and organisation; `policy`, when the caller has
    loaded it already (`load_config_policy`), is not read from its file again."""
    org = config.organization if config else Organization()
    return Scorer(policy or load_config_policy(config), org, allow=allow)


def load_people(config: Config, *, clock: Clock = utcnow) -> list[Person]:
    """Read and validate the roster file named in the config (before the store is opened)."""
    return read_roster(config.roster_path, today=clock().date())


def open_store(config: Config) -> Store:
    return Store.open(config.store_path)


@dataclass
class Network:
    """The HTTP client and environment the live sources share for one run."""

    http: httpx.Client
    environ: Mapping[str, str]
    sleep: Sleep

    def close(self) -> None:
        self.http.close()


def open_network(*, environ: Mapping[str, str] | None = None) -> Network:
    http = httpx.Client(
        headers={"User-Agent": USER_AGENT}, timeout=httpx.Timeout(20.0), follow_redirects=True
    )
    return Network(http=http, environ=os.environ if environ is None else environ, sleep=time.sleep)


def build_sources(
    config: Config, *, network: Network | None, clock: Clock = utcnow
) -> dict[str, Source]:
    """Every source the run may need; live networks only when a Network is given."""
    x_settings = config.sources.get("x", {})
    include_reposts = bool(x_settings.get("include_reposts", False))
    sources: dict[str, Source] = {
        "archive": ArchiveSource(include_reposts=include_reposts, clock=clock),
        "jsonl": JsonlSource(clock=clock),
    }
    if network is not None:
        # Imported here: tweepy and the live sources are only loaded for runs that use them.
        from auditor.sources.live import build_live_sources, parse_source_settings

        try:
            settings = parse_source_settings(config.sources, str(config.path))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        sources.update(
            build_live_sources(
                settings,
                http=network.http,
                environ=network.environ,
                clock=clock,
                sleep=network.sleep,
            )
        )
    return sources
