"""Output planning of a batch run: every path checked before any work, only our files replaced.

:func:`plan_outputs` resolves every output path of every area before a stage runs and
refuses, with the areas and keys named:

- an output that is a file the run reads (any ``[inputs]``, ``[[areas.list]]`` input,
  ``distance_table`` or ``jobs_ratios``), lies inside such a file's folder output, or
  holds one inside it (an output folder such as ``{area}_shapefile``);
- two outputs that are the same file, also after area names become file names
  ("De Hoeve (oost)" and "De Hoeve oost" both give ``De_Hoeve_oost``) and ignoring
  case (Windows and macOS folders do);
- an existing output without ``overwrite``, and with ``overwrite`` an existing file that
  rve_geo did not write.

rve_geo knows its own files from the result GeoPackage: its ``run_metadata`` layer holds
the rve_geo version and an ``outputs`` row listing every file the run wrote for that
area (relative to the GeoPackage's folder). ``overwrite`` replaces only those files:
inside an output folder (``{area}_shapefile``, ``{area}_maps``, ``{area}_gio``) the
user's own files stay, and a GeoPackage without that ``run_metadata`` is never replaced.

Examples
--------
>>> import pathlib, tempfile
>>> from rve_geo.pipeline.config import config_from_dict
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "p.gpkg").write_bytes(b"")
>>> cfg = config_from_dict({"inputs": {"parcels": "p.gpkg"},
...                         "outputs": {"report": False}}, source=folder / "run.toml")
>>> plan = plan_outputs(cfg, ["De Hoeve (oost)", "Noord"])
>>> plan["Noord"]["gpkg"].name
'Noord.gpkg'
>>> plan_outputs(cfg, ["De Hoeve (oost)", "De Hoeve oost"])
Traceback (most recent call last):
...
rve_geo.errors.ConfigError: areas 'De Hoeve (oost)' and 'De Hoeve oost' would both write ...
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import ConfigError, OutputError
from .config import RunConfig, _inside

__all__ = ["STAGING_PREFIX", "clean_stale_staging", "is_ours", "move_into_place",
           "plan_outputs", "prepare_folder", "targets_for"]

#: Prefix of the hidden folders an area is written into before it is moved into place.
STAGING_PREFIX = ".rve-staging-"
#: Output kinds that are folders of files.
FOLDER_KINDS = ("maps", "shapefile", "gio")


def targets_for(config: RunConfig, name: str) -> dict[str, Path]:
    """The output paths of one area, by kind (gpkg, tables, report, maps, shapefile, gio)."""
    out = config.outputs
    gpkg = out.path_for(out.gpkg, name)
    targets = {"gpkg": gpkg}
    if out.tables:
        from ..deliverables.tables import table_file_names

        for kind, file_name in table_file_names(gpkg.stem, out.language).items():
            targets[kind] = gpkg.with_name(file_name)
    if out.report:
        targets["report"] = gpkg.with_name(gpkg.stem + "_report.html")
        targets["maps"] = gpkg.with_name(gpkg.stem + "_maps")
    if out.shapefile:
        targets["shapefile"] = gpkg.with_name(gpkg.stem + "_shapefile")
    if out.gio:
        targets["gio"] = gpkg.with_name(gpkg.stem + "_gio")
    return targets


def plan_outputs(config: RunConfig, names: Iterable[str], *,
                 overwrite: bool = False) -> dict[str, dict[str, Path]]:
    """Resolve and check every output path of the run; see the module docstring.

    Raises
    ------
    ConfigError
        Outputs that collide with each other or with a file the run reads.
    OutputError
        Existing outputs without ``overwrite``, or (with it) files rve_geo did not write.
    """
    names = list(names)
    plan = {name: targets_for(config, name) for name in names}
    seen: dict[str, tuple[str, str, Path]] = {}
    for name, targets in plan.items():
        for kind, path in targets.items():
            key = str(path).casefold()
            if key in seen:
                other, other_kind, other_path = seen[key]
                if other == name:
                    raise ConfigError(f"outputs: the {other_kind} and the {kind} of area "
                                      f"{name!r} are both '{path}'; choose another gpkg name.")
                why = (f"outputs.gpkg = {config.outputs.gpkg!r} has no '{{area}}'"
                       if "{area}" not in config.outputs.gpkg else
                       "area names become file names with only letters, digits, '.', '_' "
                       "and '-', ignoring case")
                raise ConfigError(
                    f"areas {other!r} and {name!r} would both write '{path}' ({why}); the "
                    "second would replace the first. Give the areas names that differ in "
                    "letters or digits, or put '{area}' in outputs.gpkg.")
            seen[key] = (name, kind, path)
    _check_against_inputs(config, plan)
    manifest = set().union(*(our_files(t) for t in plan.values())) if plan else set()
    existing = [(name, kind, p) for name, t in plan.items() for kind, p in t.items()
                if p.exists() or p.is_symlink()]
    if existing and not overwrite:
        name, kind, first = existing[0]
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise OutputError(f"output '{first}' exists{more}; pass overwrite=True (CLI: "
                          "--overwrite) to replace the files rve_geo wrote there, or choose "
                          "another output folder.")
    for name, kind, path in existing:
        if kind in FOLDER_KINDS:
            if not path.is_dir():
                raise OutputError(f"output folder '{path}' of area {name!r} is a file that "
                                  "rve_geo did not write; move it away or choose another "
                                  "output folder.")
        elif not is_ours(path, manifest):
            raise OutputError(
                f"output '{path}' of area {name!r} exists and was not written by rve_geo "
                "(its area GeoPackage does not list it, or it has no run_metadata layer); "
                "--overwrite "
                "replaces only rve_geo's own results. Move the file away or choose another "
                "output folder.")
    return plan


def _check_against_inputs(config: RunConfig, plan: Mapping[str, Mapping[str, Path]]) -> None:
    reads = [p.resolve() for p in config.files_read()]
    for name, targets in plan.items():
        for kind, path in targets.items():
            for src in reads:
                same = str(src).casefold() == str(path).casefold()
                holds = _inside(src, path)  # an output folder that holds an input
                within = _inside(path, src) and src.is_dir()  # an output inside an input folder
                if same or holds or within:
                    how = ("is" if same else "holds" if holds else "lies inside")
                    raise ConfigError(
                        f"output '{path}' (the {kind} of area {name!r}) {how} the input "
                        f"'{src}'{_named(config, src)}; inputs are never written, not even with "
                        "--overwrite. Choose another outputs.folder or outputs.gpkg name.")


def _named(config: RunConfig, src: Path) -> str:
    for role, spec in config.inputs.items():
        if spec.path == src:
            return f" (inputs.{role})"
    for area, over in config.areas.explicit:
        for role, spec in over.items():
            if spec.path == src:
                return f" (inputs.{role} of [[areas.list]] {area!r})"
    return ""


def _metadata_value(gpkg: Path, key: str) -> str | None:
    """A value of the ``run_metadata`` layer of ``gpkg``; None when there is none."""
    if gpkg.suffix.lower() != ".gpkg" or not gpkg.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM run_metadata WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def our_files(targets: Mapping[str, Path]) -> set[str]:
    """Files (absolute paths) an earlier run of this area wrote, from its GeoPackage."""
    gpkg = targets.get("gpkg")
    if gpkg is None or _metadata_value(gpkg, "rve_geo_version") is None:
        return set()
    files = {str(gpkg)}
    try:
        listed = json.loads(_metadata_value(gpkg, "outputs") or "[]")
    except ValueError:
        listed = []
    files |= {str((gpkg.parent / rel).resolve()) for rel in listed if isinstance(rel, str)}
    return files


def record_outputs(gpkg: Path, files: Iterable[Path], base: Path) -> None:
    """Add the ``outputs`` row (files relative to ``base``) to ``gpkg``'s run_metadata."""
    rel = sorted(os.path.relpath(f, base).replace(os.sep, "/") for f in files)
    con = sqlite3.connect(gpkg)
    try:
        with con:
            con.execute("INSERT INTO run_metadata (key, value) VALUES ('outputs', ?)",
                        (json.dumps(rel),))
    finally:
        con.close()


def is_ours(path: Path, manifest: set[str] | None = None) -> bool:
    """True when rve_geo wrote ``path``: listed by an area GeoPackage, or a result GeoPackage."""
    if manifest is not None and str(path) in manifest:
        return True
    return _metadata_value(path, "rve_geo_version") is not None


def prepare_folder(folder: Path) -> bool:
    """Create the output folder (True if it was created) and remove stale staging folders.

    Staging folders (``.rve-staging-*``) are left only when a run was killed; they hold
    nothing but partial outputs of that run.
    """
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"output folder '{folder}' is a file; choose another outputs.folder.")
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from ..io import os_error

        raise os_error(exc, folder) from exc
    if not _writable(folder):
        raise OutputError(f"output folder '{folder}' is not writable; choose another folder "
                          "or fix its permissions. Nothing was computed.")
    clean_stale_staging(folder)
    return created


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def clean_stale_staging(folder: Path) -> list[Path]:
    """Remove ``.rve-staging-*`` folders left in ``folder`` by a killed run."""
    removed = []
    for p in Path(folder).glob(STAGING_PREFIX + "*"):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def make_staging(folder: Path) -> Path:
    """A new hidden staging folder inside ``folder``."""
    import tempfile

    try:
        return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    except OSError as exc:
        from ..io import os_error

        raise os_error(exc, folder) from exc


def move_into_place(staged: list[Path], targets: Mapping[str, Path], *,
                    overwrite: bool) -> None:
    """Move one area's staged outputs into place, replacing only rve_geo's own files.

    Every conflict is checked before the first move, so an area is moved whole or not
    at all. Files inside an output folder that the area's previous GeoPackage does not
    list stay untouched; files it lists that this run did not write are removed. The
    staged GeoPackage gets the list of this run's files (``run_metadata`` row
    ``outputs``).
    """
    manifest = our_files(targets) if overwrite else set()
    by_name = {t.name: t for t in targets.values()}
    moves: list[tuple[Path, Path]] = []
    stale: list[Path] = []
    for src in staged:
        dst = by_name[src.name]
        if src.is_dir():
            new = {f.name for f in src.iterdir()}
            for f in sorted(src.iterdir()):
                target = dst / f.name
                if (target.exists() or target.is_symlink()) and str(target) not in manifest:
                    raise OutputError(
                        f"'{target}' exists and was not written by rve_geo; it is left as it "
                        f"is, and the outputs of this area were not moved into place. Move it "
                        "away or choose another output folder.")
                moves.append((f, target))
            if dst.is_dir():
                stale += [p for p in dst.iterdir() if str(p) in manifest and p.name not in new]
        else:
            if (dst.exists() or dst.is_symlink()) and str(dst) not in manifest \
                    and not (overwrite and is_ours(dst)):
                raise OutputError(f"output '{dst}' appeared while running or was not written "
                                  "by rve_geo; not replaced.")
            moves.append((src, dst))
    gpkg = targets["gpkg"]
    staged_gpkg = next((s for s in staged if s.name == gpkg.name), None)
    if staged_gpkg is not None:
        record_outputs(staged_gpkg, [dst for _, dst in moves], gpkg.parent)
    for path in stale:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    for src, dst in moves:
        dst.parent.mkdir(exist_ok=True)
        os.replace(src, dst)
