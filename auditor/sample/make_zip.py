"""Build the demo's X "download your data" zip (`archives/p02.zip`) from `archive-src/p02/`.

The zip is committed, so its bytes must not depend on when or where it is built: every entry
gets the same fixed timestamp, permissions and creator system, entries are written in sorted
order, and they are stored uncompressed (deflate output can differ between zlib builds, which
would make the committed bytes impossible to reproduce elsewhere).

Run: `python auditor/sample/make_zip.py [--out DIR]` (DIR defaults to `archives/` next to this
script).
"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "archive-src" / "p02"
ZIP_NAME = "p02.zip"
# The archive's own generation time (see manifest.js); any fixed value would do.
FIXED_TIME = (2026, 11, 23, 18, 4, 10)
UNIX = 3  # ZipInfo.create_system: the default depends on the OS that builds the file
FILE_MODE = 0o100644  # regular file, rw-r--r--


def build(out_dir: Path, source: Path = SOURCE) -> Path:
    """Write `ZIP_NAME` into `out_dir` from every file under `source`; return its path."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no archive files under {source}")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / ZIP_NAME
    with zipfile.ZipFile(target, "w") as zf:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(source).as_posix(), date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = UNIX
            info.external_attr = FILE_MODE << 16
            zf.writestr(info, path.read_bytes())
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=HERE / "archives", help="output folder")
    args = parser.parse_args(argv)
    print(build(args.out))


if __name__ == "__main__":
    main()
