"""Golden files: the report of a fixed store (fixed clock and ids) against tests/gold/.

A template or formatting change shows up here as a readable diff. After checking that the diff
is what you meant, regenerate with:

    UPDATE_GOLD=1 .venv/bin/pytest tests/test_report_golden.py

Masked before comparing: the tool version (it changes with every release), the "generated"
time and the CSP hash of the script (it changes with any script edit, which the diff of the
script itself already shows). Everything else comes from the fixed clock and is compared as is.
"""

from __future__ import annotations

import difflib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import auditor
from auditor.report import write_report
from tests.test_report_support import make_store

GOLD = Path(__file__).resolve().parent / "gold"
GENERATED = datetime(2026, 3, 4, 7, 30, tzinfo=UTC)


def mask(text: str) -> str:
    text = re.sub(r"'sha256-[A-Za-z0-9+/=]+'", "'sha256-<HASH>'", text)
    text = re.sub(r"generated \d{2} \w{3} \d{4} \d{2}:\d{2} UTC", "generated <DATE>", text)
    text = re.sub(r"Generated \d{2} \w{3} \d{4} \d{2}:\d{2} UTC", "Generated <DATE>", text)
    return text.replace(auditor.__version__, "<VERSION>")


def check(name: str, actual: str) -> None:
    gold = GOLD / name
    actual = mask(actual)
    if os.environ.get("UPDATE_GOLD") == "1":
        gold.parent.mkdir(parents=True, exist_ok=True)
        gold.write_text(actual, encoding="utf-8")
        return
    if not gold.exists():
        pytest.fail(f"{gold} is missing: run with UPDATE_GOLD=1 to create it")
    expected = gold.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"tests/gold/{name}",
                "rendered now",
            )
        )
        pytest.fail(
            f"{name} differs from the golden file (UPDATE_GOLD=1 to accept):\n{diff[:6000]}"
        )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store, (first, second) = make_store(hostile=True)
    out = tmp_path_factory.mktemp("gold")
    write_report(store, first, out, now=GENERATED)
    return write_report(store, second, out, now=GENERATED).parent


def test_run_page_matches_the_golden_file(rendered: Path) -> None:
    check("report.html", (rendered / "index.html").read_text(encoding="utf-8"))


def test_findings_csv_matches_the_golden_file(rendered: Path) -> None:
    check("findings.csv", (rendered / "findings.csv").read_text(encoding="utf-8"))


def test_run_index_matches_the_golden_file(rendered: Path) -> None:
    check("index.html", (rendered.parent / "index.html").read_text(encoding="utf-8"))


def test_masking_leaves_no_version_or_hash() -> None:
    sample = "auditor 9.9 'sha256-abc+/=' generated 04 Mar 2026 07:30 UTC"
    masked = mask(sample.replace("9.9", auditor.__version__))
    assert masked == "auditor <VERSION> 'sha256-<HASH>' generated <DATE>"
