"""Build the installable plugin zip (Plugins > Install from ZIP, or plugins.qgis.org).

    python qgis_plugin/build_zip.py [--output-dir dist]

The zip holds one top folder ``rve_qgis/`` with the plugin code, metadata.txt,
LICENSE, styles and compiled translations; caches and translation sources are
left out. It refuses to write a zip over 25 MB (the plugins.qgis.org limit) or
without the files the repository requires.
"""

import argparse
import configparser
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLUGIN = HERE / "rve_qgis"
REQUIRED = ("__init__.py", "metadata.txt", "LICENSE")
METADATA_KEYS = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                 "about", "tracker", "repository")
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo", ".ts"}
MAX_BYTES = 25 * 1024 * 1024


def plugin_files(root: Path = PLUGIN):
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_dir() or EXCLUDE_DIRS.intersection(rel.parts):
            continue
        if path.suffix in EXCLUDE_SUFFIXES or path.name.startswith("."):
            continue
        yield path


def metadata(root: Path = PLUGIN) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(root / "metadata.txt", encoding="utf-8")
    return parser


def build(output_dir: Path, root: Path = PLUGIN) -> Path:
    for name in REQUIRED:
        if not (root / name).exists():
            raise SystemExit(f"error: {root / name} is missing")
    meta = metadata(root)
    missing = [k for k in METADATA_KEYS if not meta.get("general", k, fallback="").strip()]
    if missing:
        raise SystemExit(f"error: metadata.txt lacks {', '.join(missing)}")
    if meta.get("general", "hasProcessingProvider", fallback="no") != "yes":
        raise SystemExit("error: metadata.txt must say hasProcessingProvider=yes")
    version = meta.get("general", "version")
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"{root.name}-{version}.zip"
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in plugin_files(root):
            zf.write(path, f"{root.name}/{path.relative_to(root).as_posix()}")
    size = tmp.stat().st_size
    if size > MAX_BYTES:
        tmp.unlink()
        raise SystemExit(f"error: zip is {size / 1e6:.1f} MB, over the 25 MB limit")
    tmp.replace(target)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=HERE.parent / "dist")
    args = parser.parse_args(argv)
    target = build(args.output_dir)
    print(f"{target} ({target.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
