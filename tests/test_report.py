"""write_report: the files it writes, the run index, latest.html, templates and errors."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from auditor.errors import UsageError
from auditor.report import write_report
from auditor.report.render import CSV_FIELDS, csp_hash, environment, write_atomic
from tests.test_report_support import make_store


def test_writes_the_run_page_findings_index_and_latest(tmp_path: Path) -> None:
    store, (_, second) = make_store()
    page = write_report(store, second, tmp_path)
    assert page == tmp_path / second / "index.html"
    for name in ("index.html", "findings.json", "findings.csv"):
        assert (tmp_path / second / name).is_file()
    assert (tmp_path / "index.html").is_file()
    assert (tmp_path / "latest.html").is_file()
    assert not list(tmp_path.rglob("*.tmp")), "no temp file is left behind"


def test_unknown_run_is_a_usage_error_that_says_what_to_do(tmp_path: Path) -> None:
    store, _ = make_store()
    with pytest.raises(UsageError) as err:
        write_report(store, "20990101-000000", tmp_path)
    assert "no run 20990101-000000" in err.value.message
    assert "auditor report latest" in err.value.message
    assert not (tmp_path / "20990101-000000").exists()


def test_index_lists_every_run_newest_first_and_links_only_reports(tmp_path: Path) -> None:
    store, (first, second) = make_store()
    write_report(store, first, tmp_path)
    index = (tmp_path / "index.html").read_text()
    # The second run has no report yet: listed, not linked.
    assert index.index(second) < index.index(first)
    assert f'href="{first}/index.html"' in index
    assert f'href="{second}/index.html"' not in index
    write_report(store, second, tmp_path)
    index = (tmp_path / "index.html").read_text()
    assert f'href="{second}/index.html"' in index
    assert f'href="{first}/index.html"' in index


def test_latest_opens_the_newest_run_with_a_report_even_after_an_older_rerender(
    tmp_path: Path,
) -> None:
    store, (first, second) = make_store()
    write_report(store, second, tmp_path)
    write_report(store, first, tmp_path)
    latest = (tmp_path / "latest.html").read_text()
    assert f'url={second}/index.html"' in latest
    assert f'href="{second}/index.html"' in latest
    assert first not in latest


def test_csv_has_one_row_per_finding_with_provenance(tmp_path: Path) -> None:
    store, (_, second) = make_store()
    write_report(store, second, tmp_path)
    with (tmp_path / second / "findings.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = sum(len(sp.findings) for sp in store.flagged_posts(up_to_run=second))
    assert len(rows) == expected
    assert tuple(rows[0]) == CSV_FIELDS
    assert {r["run"] for r in rows} == {second}
    assert {r["policy_version"] for r in rows} == {"policy-test-1"}
    assert all(r["tool_version"] and r["rule"] and r["matched"] for r in rows)
    # The review workflow's id, so a CSV row can be answered with `auditor review`.
    from auditor.review import finding_id

    assert all(r["finding_id"] == finding_id(r["network"], r["post_id"], r["rule"]) for r in rows)
    email = next(r for r in rows if r["rule"] == "pii.email")
    assert "@" in email["matched"] and "example" not in email["matched"]  # masked as in the page


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted(tmp_path: Path) -> None:
    from auditor.report.render import _csv_cell

    assert _csv_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert _csv_cell("-1+2") == "'-1+2"
    assert _csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert _csv_cell("plain") == "plain"
    assert _csv_cell(42) == 42


def test_json_has_the_run_and_every_post_with_findings(tmp_path: Path) -> None:
    store, (_, second) = make_store()
    write_report(store, second, tmp_path)
    doc = json.loads((tmp_path / second / "findings.json").read_text())
    assert doc["run"]["run_id"] == second
    assert doc["run"]["policy_version"] == "policy-test-1"
    assert doc["run"]["accounts_failed"][0][0] == "x:@bram"
    ids = {p["post_id"] for p in doc["posts"]}
    assert ids == {"a1", "a3", "b1", "b2", "e1", "e2"}
    statuses = {p["post_id"]: p["status"] for p in doc["posts"]}
    assert statuses["a3"] == "new" and statuses["a1"] == "seen"
    assert all(p["findings"] for p in doc["posts"])


def test_page_is_self_contained_with_a_csp_that_hashes_its_script(tmp_path: Path) -> None:
    store, (_, second) = make_store()
    html = write_report(store, second, tmp_path).read_text()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1).replace("&#39;", "'")
    assert "default-src 'none'" in policy
    assert "img-src data:" in policy
    assert "connect-src" not in policy  # falls back to default-src 'none'
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(scripts) == 1
    assert f"script-src '{csp_hash(scripts[0])}'" in policy
    # Nothing is fetched: no external stylesheet, script, image or font.
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert "@import" not in html and "url(" not in html


def test_user_template_dir_overrides_the_packaged_templates(tmp_path: Path) -> None:
    store, (_, second) = make_store()
    custom = tmp_path / "tpl" / "report"
    custom.mkdir(parents=True)
    (custom / "latest.html.j2").write_text("custom latest {{ run_id }} {{ '<b>' }}")
    write_report(store, second, tmp_path / "out", template_dir=tmp_path / "tpl")
    assert (tmp_path / "out" / "latest.html").read_text() == f"custom latest {second} &lt;b&gt;"
    # Templates it does not override still come from the package.
    assert "Flagged posts" in (tmp_path / "out" / second / "index.html").read_text()


def test_environment_always_autoescapes() -> None:
    env = environment()
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


def test_atomic_write_replaces_whole_files_and_cleans_up_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "a" / "page.html"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"

    with pytest.raises(TypeError):
        write_atomic(target, 42)  # type: ignore[arg-type]
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]


def test_written_files_get_the_usual_permissions_not_the_temp_files(tmp_path: Path) -> None:
    import os

    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "page.html", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o640
