"""The built wheel carries the templates and the sample, and renders a report when installed."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_renders_the_demo_report(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("auditor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("auditor/templates/") and n.endswith(".j2") for n in names)
    assert "auditor/sample/roster.csv" in names
    assert "auditor/scoring/default_policy.toml" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    subprocess.run(
        [str(bin_dir / "pip"), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Dependencies come from the development venv; the package itself only from the wheel.
    site = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "AUDITOR_CONFIG")}
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import auditor; print(auditor.__file__)"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert where.startswith(str(venv)), where
    loaded = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "from auditor.scoring.model import load_default_model; "
            "from auditor.scoring import load_policy; "
            "assert load_default_model() is not None; load_policy(); print('ok')",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert loaded.stdout.strip() == "ok", loaded.stderr
    result = subprocess.run(
        [str(bin_dir / "auditor"), "run", "--demo", "--report-dir", str(work / "reports")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    report = Path(result.stdout.strip().splitlines()[-1])
    assert report.is_file()
    assert "<html" in report.read_text(encoding="utf-8").lower()
