"""Run-level catalogue: the classes of issue 14 through every front end.

Each :class:`RunCase` builds its own files in a fresh folder, runs one front end (the
library, an ``rve`` command, ``rve run``) and returns what happened. :func:`attempt`
classifies the outcome the same way for every case:

- ``clear error``: an RveGeoError (library) or exit code 1/2/143 with ``Error:`` /
  ``Cancelled:`` and no traceback (CLI);
- ``handled``: it ran, and the case's own check of the result passed;
- ``traceback``: any other exception;
- ``silent wrong``: it ran but the case's check of the result failed;
- ``files changed``: a file that was in the folder before the run differs or is gone,
  other than the run's own earlier outputs it may replace;
- ``partial output``: an error left a new file behind, or a staging folder is left.

test_runs.py asserts every case gives its expected kind and its exact message;
docs/reliability.md lists the cases (``python -m tests.reliability.document``) and
``python -m tests.reliability.runs`` measures the whole catalogue.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import signal
import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box

import rve_geo
from rve_geo.errors import RveGeoError

X, Y = 206000.0, 447000.0  # Doesburg, RD New

KINDS = ("clear error", "handled", "traceback", "silent wrong", "files changed",
         "partial output")


# ---------------------------------------------------------------- small inputs


def parcels() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"terrein_id": ["T1", "T1"], "max_category": ["3.1", "4.2"],
         "naam": ["De Hoeve (oost)", "De Hoeve oost"]},
        geometry=[box(X, Y, X + 100, Y + 100), box(X + 100, Y, X + 200, Y + 100)],
        crs="EPSG:28992")


def buildings() -> gpd.GeoDataFrame:
    # 40 x 40 m, 9 m high: 3 storeys of 1600 m2 = 4800 m2 BVO on parcel 0
    return gpd.GeoDataFrame({"bouwjaar": [1970], "hoogte": [9.0]},
                            geometry=[box(X + 10, Y + 10, X + 50, Y + 50)], crs="EPSG:28992")


def homes() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"n_homes": [1]}, geometry=[box(X - 60, Y, X - 50, Y + 10)],
                            crs="EPSG:28992")


def write_inputs(folder: Path, *, with_buildings: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    parcels().to_file(folder / "p.gpkg", engine="pyogrio")
    if with_buildings:
        buildings().to_file(folder / "b.gpkg", engine="pyogrio")
    homes().to_file(folder / "h.gpkg", engine="pyogrio")


def toml(folder: Path, text: str, name: str = "run.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


RUN = '[run]\nname = "a"\n[inputs.parcels]\npath = "p.gpkg"\n[inputs.buildings]\npath = "b.gpkg"\n'


# ---------------------------------------------------------------- outcomes


@dataclass
class Outcome:
    kind: str
    message: str = ""
    detail: str = ""


def checksums(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (relative path -> hash)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args) -> tuple[int, str]:
    """Run ``rve ARGS`` in this process; return the exit code and stderr."""
    from rve_geo.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in args])
    return code, err.getvalue()


def _clean(text: str, folder: Path) -> str:
    text = text.strip().removeprefix("Error: ")
    return text.replace(str(folder.resolve()), "{tmp}").replace(str(folder), "{tmp}")


@dataclass(frozen=True)
class RunCase:
    """One case: ``act(folder)`` runs a front end and returns a value for ``check``.

    ``act`` may return ``(exit code, stderr)`` for the CLI; ``check(value, folder)``
    returns True when a handled result is right. The run may replace the files an
    earlier run's GeoPackage lists as its own (``run_metadata`` row ``outputs``);
    ``may_change`` lists further files (relative to ``folder``) it may remove.
    """

    klass: int
    front: str
    name: str
    setup: Callable[[Path], None]
    act: Callable[[Path], object]
    expect: str                      # "clear error" or "handled"
    message: str = ""                # exact message ({tmp} = the folder) of a clear error
    check: Callable[[object, Path], bool] | None = None
    may_change: tuple[str, ...] = ()
    rule: str = ""

    @property
    def id(self) -> str:
        return f"{self.klass}-{self.front}-{self.name}"


def _written_by_rve_geo(folder: Path) -> set[str]:
    """Files (relative to ``folder``) that an earlier run's GeoPackage lists as its own."""
    from rve_geo.pipeline.outputs import our_files

    root = folder.resolve()
    out = set()
    for gpkg in folder.rglob("*.gpkg"):
        for path in our_files({"gpkg": gpkg.resolve()}):
            with contextlib.suppress(ValueError):
                out.add(str(Path(path).relative_to(root)))
    return out


def attempt(case: RunCase, folder: Path) -> Outcome:
    """Run ``case`` in ``folder`` and classify what happened (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    case.setup(folder)
    before = checksums(folder)
    may_change = set(case.may_change) | _written_by_rve_geo(folder)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = case.act(folder)
    except RveGeoError as exc:
        outcome = Outcome("clear error", _clean(str(exc), folder))
    except BaseException as exc:  # a traceback is what we measure
        if isinstance(exc, KeyboardInterrupt):
            raise
        return Outcome("traceback", f"{type(exc).__name__}: {exc}")
    else:
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int):
            code, err = value
            if "Traceback" in err:
                return Outcome("traceback", err[-400:])
            if code == 0:
                outcome = Outcome("handled", _clean(err, folder), detail=err)
            else:
                last = err.strip().splitlines()[-1] if err.strip() else f"exit {code}"
                outcome = Outcome("clear error", _clean(last, folder))
                if not (err.startswith(("Error: ", "Cancelled", "Usage:")) or
                        "Error: " in err):
                    outcome = Outcome("traceback", err[-400:])
        else:
            outcome = Outcome("handled")
        if outcome.kind == "handled" and case.check is not None:
            try:
                right = case.check(value, folder)
            except Exception as exc:  # the result is not there or not as it should be
                right, outcome.detail = False, repr(exc)
            if not right:
                return Outcome("silent wrong", outcome.message, outcome.detail)
    after = checksums(folder)
    changed = [k for k, v in before.items() if after.get(k) != v and k not in may_change]
    if changed:
        return Outcome("files changed", ", ".join(changed))
    staging = [p for p in folder.rglob(".rve-staging-*")]
    new = [k for k in after if k not in before]
    if staging or (outcome.kind == "clear error" and new):
        return Outcome("partial output", ", ".join(map(str, staging)) or ", ".join(new))
    return outcome


# ---------------------------------------------------------------- helpers for cases


def _run(folder: Path, name: str = "run.toml", *extra: str):
    return cli("run", folder / name, *extra)


def _gpkg_layers(path: Path) -> list[str]:
    from rve_geo.io import list_layer_names

    return list_layer_names(path)


def _meta(path: Path, key: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM run_metadata WHERE key = ?", (key,)).fetchone()[0]
    finally:
        con.close()


def _first_run_then_user_files(folder: Path) -> None:
    write_inputs(folder)
    toml(folder, RUN + "[outputs]\nreport = true\nshapefile = true\n")
    assert _run(folder)[0] == 0
    (folder / "out" / "a_shapefile" / "mine.txt").write_text("notes of the planner")
    (folder / "out" / "a_maps" / "legend.png").write_bytes(b"the planner's own legend")


def _areas_list_input_is_output(folder: Path) -> None:
    write_inputs(folder)
    (folder / "out").mkdir()
    parcels().to_file(folder / "out" / "a.gpkg", engine="pyogrio")
    toml(folder, '[inputs.buildings]\npath = "b.gpkg"\n[[areas.list]]\nname = "a"\n'
         'inputs.parcels = { path = "out/a.gpkg" }\n[outputs]\nreport = false\n')


def _two_areas(folder: Path, names: tuple[str, str], gpkg: str = "{area}.gpkg") -> None:
    write_inputs(folder)
    toml(folder, '[inputs.buildings]\npath = "b.gpkg"\n' + "".join(
        f'[[areas.list]]\nname = "{n}"\ninputs.parcels = "p.gpkg"\n' for n in names)
        + f'[outputs]\ngpkg = "{gpkg}"\nreport = false\n')


def _user_gpkg_at_output(folder: Path) -> None:
    write_inputs(folder)
    (folder / "out").mkdir()
    homes().to_file(folder / "out" / "a.gpkg", engine="pyogrio")
    toml(folder, RUN + "[outputs]\nreport = false\n")


def _cli_files(folder: Path) -> None:
    write_inputs(folder)


def _with_toml(text: str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        write_inputs(folder)
        toml(folder, text)
    return setup


def _geojson_rd(folder: Path) -> None:
    write_inputs(folder)
    feature = {"type": "Feature", "properties": {}, "geometry": {
        "type": "Polygon", "coordinates": [[[X, Y], [X + 100, Y], [X + 100, Y + 100],
                                            [X, Y + 100], [X, Y]]]}}
    (folder / "p.geojson").write_text(json.dumps({"type": "FeatureCollection",
                                                  "features": [feature]}))


def _density_area(frame_crs: str) -> Callable[[Path], object]:
    def act(folder):
        p, b = parcels().to_crs(frame_crs), buildings().to_crs(frame_crs)
        return rve_geo.density_measures(p, b)
    return act


def _sqlite_two_layers(folder: Path) -> None:
    homes().to_file(folder / "m.sqlite", layer="homes", driver="SQLite", engine="pyogrio")
    parcels().to_file(folder / "m.sqlite", layer="parcels", driver="SQLite", engine="pyogrio")


def _upper_fsi(folder: Path) -> None:
    write_inputs(folder)
    parcels().assign(FSI=[1.0, 2.0]).to_file(folder / "p.gpkg", engine="pyogrio")
    toml(folder, RUN + "[outputs]\nreport = false\n")


def _csv(folder: Path) -> None:
    write_inputs(folder)
    pd.DataFrame({"kavel": ["A"], "oppervlakte": [100]}).to_csv(folder / "t.csv", index=False)


def _truncated_parquet(folder: Path) -> None:
    write_inputs(folder)
    parcels().to_parquet(folder / "full.parquet")
    raw = (folder / "full.parquet").read_bytes()
    (folder / "t.parquet").write_bytes(raw[: len(raw) // 2])
    (folder / "full.parquet").unlink()


def _latin1(folder: Path) -> None:
    write_inputs(folder)
    (folder / "run.toml").write_bytes(
        ('[run]\nname = "Caf\u00e9"\n[inputs.parcels]\npath = "p.gpkg"\n').encode("latin-1"))


def _bom(folder: Path) -> None:
    write_inputs(folder)
    (folder / "run.toml").write_bytes(b"\xef\xbb\xbf" + (RUN + "[outputs]\nreport = false\n")
                                      .encode("utf-8"))


def _read_only_run(folder: Path):
    # as root a chmod 555 folder stays writable: simulate what a user without rights sees
    with mock.patch("rve_geo.pipeline.outputs._writable", return_value=False):
        return _run(folder)


def _init_full_disk(folder: Path):
    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name.startswith(".rve"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    with mock.patch.object(Path, "write_text", full):
        return cli("init", folder / "rve.toml")


def _sigterm_run(folder: Path):
    from rve_geo.pipeline import run as run_module

    def killed(area, progress):
        os.kill(os.getpid(), signal.SIGTERM)

    stages = tuple(s if s.name != "redevelopment" else
                   run_module.Stage(s.name, s.operation, s.title, killed)
                   for s in run_module.STAGES)
    with mock.patch.object(run_module, "STAGES", stages):
        return _run(folder)


def _nan_coordinates(folder: Path):
    p = parcels()
    p.loc[0, "geometry"] = box(X, Y, X + 100, float("nan"))
    return rve_geo.density_measures(p, buildings())


def _no_buildings(folder: Path) -> None:
    write_inputs(folder, with_buildings=False)
    toml(folder, '[run]\nname = "a"\n[inputs.parcels]\npath = "p.gpkg"\n[inputs.sensitive]\n'
         'path = "h.gpkg"\n[outputs]\nreport = false\n')


def _no_buildings_kept(value, folder: Path) -> bool:
    gpkg = folder / "out" / "a.gpkg"
    skipped = json.loads(_meta(gpkg, "stages_skipped"))
    return value[0] == 0 and "max_allowed_category" in _gpkg_layers(gpkg) \
        and "work_home" in skipped and "buildings" in skipped["work_home"]


def _stale_staging(folder: Path) -> None:
    write_inputs(folder)
    toml(folder, RUN + "[outputs]\nreport = false\n")
    (folder / "out" / ".rve-staging-killed").mkdir(parents=True)
    (folder / "out" / ".rve-staging-killed" / "a.gpkg").write_bytes(b"half")


def _gio_values(folder: Path):
    g = parcels().assign(cat=["3,1", "cat. 3.1"])
    out = folder / "g.gml"
    rve_geo.write_gio(g, out, frbr_work="/join/id/regdata/gm0221/2026/t",
                      frbr_expression="/join/id/regdata/gm0221/2026/t/nld@2026-01-01;1",
                      norm_col="cat", norm_kind="kwalitatief", norm_label="maximale categorie",
                      norm_id="http://standaarden.omgevingswet.overheid.nl/normwaarde/id/concept/x")
    return out


def _gio_split(folder: Path) -> None:
    write_inputs(folder)
    toml(folder, '[inputs.parcels]\npath = "p.gpkg"\n[areas]\nsplit_by = "parcels"\n'
         'name_column = "naam"\n[outputs]\ngio = ["max_allowed_category"]\n'
         '[operations.write_gio]\nfrbr_work = "/join/id/regdata/gm0221/2026/{layer}"\n'
         'frbr_expression = "/join/id/regdata/gm0221/2026/{layer}/nld@2026-01-15;1"\n')


def _jobs_ratios(folder: Path) -> None:
    write_inputs(folder)
    (folder / "cfg").mkdir()
    (folder / "cfg" / "ratios.csv").write_text("function,m2_bvo_per_job\ndefault,40\n")
    toml(folder / "cfg", '[run]\nname = "a"\n[inputs.parcels]\npath = "../p.gpkg"\n'
         '[inputs.buildings]\npath = "../b.gpkg"\n[operations.densification_potential]\n'
         'jobs_ratios = "ratios.csv"\ntarget_fsi = 1.0\n[outputs]\nreport = false\n')


def _jobs_ratios_used(value, folder: Path) -> bool:
    gpkg = folder / "cfg" / "out" / "a.gpkg"
    hashes = json.loads(_meta(gpkg, "input_sha256"))
    ratios = folder.resolve() / "cfg" / "ratios.csv"
    d = gpd.read_file(gpkg, layer="densification_potential")
    # the file's 40 m2 BVO per job, not the default table
    return value[0] == 0 and hashes.get(str(ratios)) == hashlib.sha256(
        ratios.read_bytes()).hexdigest() and (d["m2_bvo_per_job"] == 40).all() and bool(
        np.allclose(d["potential_jobs"], d["potential_m2"] / 40))


def _duplicate_parcel_file(folder: Path) -> None:
    write_inputs(folder)
    pd.concat([parcels(), parcels().iloc[[0]]], ignore_index=True).to_file(
        folder / "d.gpkg", engine="pyogrio")


def _counted_twice(value, folder: Path) -> bool:
    floor = gpd.read_file(folder / "o.gpkg")["floor_area_m2"].tolist()
    single = float(rve_geo.density_measures(parcels(), buildings())["floor_area_m2"].iloc[0])
    return value[0] == 0 and single > 0 and floor == [single, 0.0, single]


def _user_files_kept(value, folder: Path) -> bool:
    shp = folder / "out" / "a_shapefile"
    return value[0] == 0 and (shp / "mine.txt").read_text() == "notes of the planner" \
        and (folder / "out" / "a_maps" / "legend.png").read_bytes() == \
        b"the planner's own legend" and (shp / "parcel_density.shp").exists()


def _utm_equals_rd(value, folder: Path) -> bool:
    rd = rve_geo.density_measures(parcels(), buildings())
    return bool(np.allclose(value["parcel_area_m2"], rd["parcel_area_m2"], rtol=1e-3)
                and np.allclose(value["floor_area_m2"], rd["floor_area_m2"], rtol=2e-3))


# ---------------------------------------------------------------- the cases

CASES: list[RunCase] = [
    # 1 -- --overwrite deletes what it did not write
    RunCase(1, "rve run", "areas.list input is an output, with --overwrite",
            _areas_list_input_is_output, lambda f: _run(f, "run.toml", "--overwrite"),
            "clear error",
            "output '{tmp}/out/a.gpkg' (the gpkg of area 'a') is the input "
            "'{tmp}/out/a.gpkg' (inputs.parcels of [[areas.list]] 'a'); inputs are never "
            "written, not even with --overwrite. Choose another outputs.folder or outputs.gpkg "
            "name.",
            rule="every output is checked against every input, also [[areas.list]] inputs, "
                 "before any work"),
    RunCase(1, "rve run", "--overwrite keeps the user's files in output folders",
            _first_run_then_user_files, lambda f: _run(f, "run.toml", "--overwrite"), "handled",
            check=_user_files_kept,
            rule="--overwrite replaces only files the area's run_metadata lists"),
    RunCase(1, "rve run", "area names that give the same file name",
            lambda f: _two_areas(f, ("De Hoeve (oost)", "De Hoeve oost")), _run, "clear error",
            "areas 'De Hoeve (oost)' and 'De Hoeve oost' would both write "
            "'{tmp}/out/De_Hoeve_oost.gpkg' (area names become file names with only letters, "
            "digits, '.', '_' and '-', ignoring case); the second would replace the first. "
            "Give the areas names that differ in letters or digits, or put '{area}' in "
            "outputs.gpkg.",
            rule="no two outputs of a run are the same file (after slugging, ignoring case)"),
    RunCase(1, "rve run", "gpkg without {area} in a split run",
            lambda f: _two_areas(f, ("noord", "zuid"), "all.gpkg"), _run, "clear error",
            "areas 'noord' and 'zuid' would both write '{tmp}/out/all.gpkg' (outputs.gpkg = "
            "'all.gpkg' has no '{area}'); the second would replace the first. Give the areas "
            "names that differ in letters or digits, or put '{area}' in outputs.gpkg.",
            rule="no two outputs of a run are the same file"),
    RunCase(1, "rve run", "--overwrite on a GeoPackage rve_geo did not write",
            _user_gpkg_at_output, lambda f: _run(f, "run.toml", "--overwrite"), "clear error",
            "output '{tmp}/out/a.gpkg' of area 'a' exists and was not written by rve_geo (its "
            "area GeoPackage does not list it, or it has no run_metadata layer); --overwrite "
            "replaces only rve_geo's own results. Move the file away or choose another output "
            "folder.",
            rule="--overwrite replaces only files this tool wrote"),
    RunCase(1, "cli", "output equal to the input, with --overwrite", _cli_files,
            lambda f: cli("density-measures", f / "p.gpkg", f / "b.gpkg", "-o", f / "p.gpkg",
                          "--overwrite"), "clear error",
            "output '{tmp}/p.gpkg' is also an input; choose another output path (inputs are "
            "never overwritten).", rule="an output is never an input"),
    # 2 -- CRSs that are metric in name only
    RunCase(2, "library", "EPSG:3857 at 52 degrees north", lambda f: None,
            _density_area("EPSG:3857"), "clear error",
            "argument 'parcels' is in EPSG:3857, whose metres are not metres on the ground "
            "where the data lies (scale error 62%; areas and distances would be wrong by that "
            "much). Reproject it to an equal-scale CRS first: parcels = "
            "parcels.to_crs('EPSG:28992') (RD New).",
            rule="a CRS whose scale error at the data's location exceeds 1 % is refused"),
    RunCase(2, "library", "UTM 31N is accepted and gives the RD New figures", lambda f: None,
            _density_area("EPSG:32631"), "handled", check=_utm_equals_rd,
            rule="an equal-scale projected CRS passes (scale error 0.01 %)"),
    RunCase(2, "cli", "--target-crs EPSG:3857", _cli_files,
            lambda f: cli("density-measures", f / "p.gpkg", f / "b.gpkg", "-o", f / "o.gpkg",
                          "--target-crs", "EPSG:3857"), "clear error",
            "target CRS EPSG:3857 is metric in name only where 'parcels' lies: lengths are 62% "
            "off on the ground (areas about twice that); use an equal-scale CRS such as "
            "EPSG:28992 (RD New).", rule="the target CRS is checked where the data lies"),
    RunCase(2, "rve run", "target_crs = EPSG:3857",
            _with_toml(RUN.replace('name = "a"', 'name = "a"\ntarget_crs = "EPSG:3857"')
                       + "[outputs]\nreport = false\n"), _run, "clear error",
            "target CRS EPSG:3857 is metric in name only where 'inputs.parcels' lies: lengths "
            "are 62% off on the ground (areas about twice that); use an equal-scale CRS such "
            "as EPSG:28992 (RD New).", rule="the target CRS is checked where the data lies"),
    RunCase(2, "cli", "GeoJSON without CRS holding RD coordinates", _geojson_rd,
            lambda f: cli("density-measures", f / "p.geojson", f / "b.gpkg", "-o",
                          f / "o.gpkg"), "clear error",
            "parcels: '{tmp}/p.geojson' says (or, as a GeoJSON without 'crs', is assumed to "
            "be) in EPSG:4326 longitude/latitude, but its coordinates (x 206,000 to 206,100, "
            "y 447,000 to 447,100) cannot be degrees; they look like RD New metres "
            "(EPSG:28992). Give the file its real CRS, e.g. ogr2ogr -a_srs EPSG:28992 "
            "fixed.gpkg in.geojson, and read that.",
            rule="degree coordinates outside +-180/+-90 are refused with the likely CRS"),
    # 3 -- configuration values that pass but poison
    RunCase(3, "rve run", "context_m = nan",
            _with_toml(RUN + "[areas]\nsplit_by = \"parcels\"\ncontext_m = nan\n"), _run,
            "clear error",
            "{tmp}/run.toml, line 9: 'areas.context_m' is nan, which is not a usable number; "
            "give a finite number (nan and inf are refused everywhere in the configuration)",
            rule="nan and inf are refused everywhere in a configuration"),
    RunCase(3, "rve run", "inf in [operations.kansenzones]",
            _with_toml(RUN + "[operations.kansenzones]\nmax_area_ha = inf\n"), _run,
            "clear error",
            "{tmp}/run.toml, line 8: 'operations.kansenzones.max_area_ha' is inf, which is "
            "not a usable number; give a finite number (nan and inf are refused everywhere "
            "in the configuration)", rule="nan and inf are refused everywhere"),
    RunCase(3, "cli", "--min-area-ha nan", _cli_files,
            lambda f: cli("kansenzones", f / "p.gpkg", "-o", f / "o.gpkg", "--min-area-ha",
                          "nan"), "clear error",
            "Invalid value for '--min-area-ha': nan is not a usable number; give a "
            "finite number (nan and inf are refused).", rule="nan and inf options are refused"),
    RunCase(3, "rve run", "jobs_ratios resolved against the configuration's folder",
            _jobs_ratios, lambda f: cli("run", f / "cfg" / "run.toml"), "handled",
            check=_jobs_ratios_used,
            rule="paths in [operations.*] resolve against the config's folder and are hashed"),
    # 4 -- ambiguous inputs
    RunCase(4, "library", "SQLite file with two spatial layers, none named", _sqlite_two_layers,
            lambda f: rve_geo.io.read_layer(f / "m.sqlite", argument="parcels"), "clear error",
            "parcels: '{tmp}/m.sqlite' has 2 layers with geometry (homes, parcels); name one "
            "with layer=... (CLI: --*-layer, rve run: layer = \"...\").",
            rule="a layer name is required when a file holds several spatial layers"),
    RunCase(4, "library", "duplicate parcel", lambda f: None,
            lambda f: rve_geo.density_measures(pd.concat([parcels(), parcels().iloc[[0]]],
                                                         ignore_index=True), buildings()),
            "clear error",
            "argument 'parcels' has 1 pairs of overlapping polygons (rows 0 and 2 (10,000 "
            "m2)), so a building on the overlap would count on each; remove duplicates or fix "
            "the outlines, or pass allow_overlaps=True to count them anyway.",
            rule="overlapping parcels are refused with the pairs, unless allow_overlaps"),
    RunCase(4, "cli", "duplicate parcel with --allow-overlaps", _duplicate_parcel_file,
            lambda f: cli("density-measures", f / "d.gpkg", f / "b.gpkg", "-o", f / "o.gpkg",
                          "--allow-overlaps"), "handled", check=_counted_twice,
            rule="allow_overlaps counts a building on each overlapping parcel, on request"),
    RunCase(4, "rve run", "input column 'FSI' beside the result column 'fsi'", _upper_fsi, _run,
            "clear error",
            "{tmp}/run.toml, line 3: inputs.parcels of area 'a' has a column 'FSI' that "
            "differs only in case from the result column 'fsi'; a GeoPackage cannot hold "
            "both, so the run would fail after all the work. Rename it, e.g. columns = { "
            "FSI_input = \"FSI\" } in [inputs.parcels].",
            rule="input columns differing only in case from result columns: refused before "
                 "work"),
    # 5 -- raw tracebacks
    RunCase(5, "cli", "CSV without geometry", _csv,
            lambda f: cli("density-measures", f / "t.csv", f / "b.gpkg", "-o", f / "o.gpkg"),
            "clear error",
            "parcels: '{tmp}/t.csv' has no geometry (an attribute table: columns kavel, "
            "oppervlakte); name a layer with geometry, or for a CSV convert it first, e.g. "
            "ogr2ogr -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -a_srs EPSG:28992 out.gpkg "
            "in.csv.", rule="a layer without geometry is an InputError"),
    RunCase(5, "cli", "unknown --target-crs", _cli_files,
            lambda f: cli("density-measures", f / "p.gpkg", f / "b.gpkg", "-o", f / "o.gpkg",
                          "--target-crs", "EPSG:999999"), "clear error",
            "target CRS 'EPSG:999999' is not a CRS pyproj knows (Invalid projection: "
            "EPSG:999999: (Internal Proj Error: proj_create: crs not found: EPSG:999999)); "
            "use an EPSG code such as EPSG:28992.", rule="an unknown CRS is a CRSError"),
    RunCase(5, "cli", "truncated Parquet", _truncated_parquet,
            lambda f: cli("density-measures", f / "t.parquet", f / "b.gpkg", "-o",
                          f / "o.gpkg"), "clear error",
            "parcels: '{tmp}/t.parquet' is not a readable (Geo)Parquet file. The file may be "
            "truncated or damaged; write it again.", rule="a damaged file is an InputError"),
    RunCase(5, "rve run", "Latin-1 configuration", _latin1, _run, "clear error",
            "{tmp}/run.toml, line 2: the file is not UTF-8 text (byte 0xe9, probably "
            "Latin-1/Windows-1252); save it as UTF-8 (TOML files are UTF-8), e.g. in Notepad: "
            "Save as, Encoding UTF-8.", rule="a configuration that is not UTF-8: ConfigError"),
    RunCase(5, "rve run", "configuration with a byte-order mark", _bom, _run, "handled",
            check=lambda v, f: v[0] == 0 and (f / "out" / "a.gpkg").exists(),
            rule="a UTF-8 byte-order mark is accepted"),
    RunCase(5, "rve run", "read-only output folder",
            _with_toml(RUN + "[outputs]\nreport = false\n"), _read_only_run, "clear error",
            "output folder '{tmp}/out' is not writable; choose another folder or fix its "
            "permissions. Nothing was computed.", rule="the output folder is checked first"),
    RunCase(5, "library", "potential_cols as one text", lambda f: None,
            lambda f: rve_geo.kansenzones(parcels().assign(score=[0.9, 0.8]),
                                          potential_cols="potential_m2"), "clear error",
            "argument 'potential_cols' must be a list of column names, got 'potential_m2'; "
            "write potential_cols=['potential_m2'] for one column.",
            rule="a list argument given as one text is refused"),
    RunCase(5, "library", "NaN coordinates", lambda f: None, _nan_coordinates, "clear error",
            "argument 'parcels' has 1 geometries with NaN or infinite coordinates (rows 0); "
            "fix or remove those rows (they usually come from a failed reprojection or an "
            "empty x/y cell).", rule="NaN/Inf coordinates are a GeometryError naming rows"),
    RunCase(5, "cli", "rve init on a full disk", lambda f: None, _init_full_disk,
            "clear error", "writing '{tmp}/rve.toml' failed: disk full (No space left on "
            "device); free space or choose another folder. Nothing was written.",
            rule="a full disk says 'disk full' and leaves nothing"),
    RunCase(5, "rve run", "SIGTERM during a run",
            _with_toml(RUN + "[outputs]\nreport = false\n"), _sigterm_run, "clear error", "Cancelled: stopped by SIGTERM (the process was asked to end); "
            "nothing of the interrupted work was written.",
            rule="SIGTERM cancels: staging removed, exit 143"),
    # 6 -- work thrown away
    RunCase(6, "rve run", "parcels and homes but no buildings", _no_buildings, _run, "handled",
            check=_no_buildings_kept,
            rule="a stage whose inputs are absent is skipped with a note; the rest is kept"),
    RunCase(6, "rve run", "staging folder left by a killed run", _stale_staging, _run,
            "handled", check=lambda v, f: v[0] == 0 and not list(
                (f / "out").glob(".rve-staging-*")),
            may_change=(".rve-staging-killed/a.gpkg", "out/.rve-staging-killed/a.gpkg"),
            rule="staging folders are removed at start"),
    # 7 -- other silent oddities
    RunCase(7, "cli", "rve report on a file that is not a result", _cli_files,
            lambda f: cli("report", f / "p.gpkg", "-o", f / "r.html"), "clear error",
            "'{tmp}/p.gpkg' is not a result of rve run (it has no run_metadata or summary "
            "layer; layers: p); give the GeoPackage that rve run wrote, e.g. out/<area>.gpkg.",
            rule="a report needs a run result"),
    RunCase(7, "library", "floor area of 1e9 m2 on one building", lambda f: None,
            lambda f: rve_geo.density_measures(parcels(), buildings().assign(
                floor_area_m2=[1e9])), "clear error",
            "argument 'buildings', column 'floor_area_m2': 1 floor areas are more than 120 "
            "times the footprint (rows 0, e.g. 1,000,000,000 m2 on 1,600 m2), more storeys "
            "than any building has; check the unit (m2, not cm2) and the value. Correct the "
            "value or leave it empty so another source is used.",
            rule="floor area above 120 x footprint is refused"),
    RunCase(7, "library", "GIO normwaarden '3,1' and 'cat. 3.1'", lambda f: None, _gio_values,
            "handled", check=lambda out, f: rve_geo.read_gio(out)[
                "kwalitatieve_normwaarde"].tolist() == ["3.1", "3.1"],
            rule="category normwaarden are written as one label"),
    RunCase(7, "library", "FRBR id with a space", lambda f: None,
            lambda f: rve_geo.write_gio(parcels(), f / "g.gml",
                                        frbr_work="/join/id/regdata/gm0221/2026/x y",
                                        frbr_expression="/join/id/regdata/gm0221/2026/x/nld@"
                                        "2026-01-01;1"), "clear error",
            "argument 'frbr_work' = '/join/id/regdata/gm0221/2026/x y' contains a space; "
            "FRBR identifiers are URI paths: use '_' or '-' instead.",
            rule="FRBR ids are checked by write_gio and validate_gio"),
    RunCase(7, "rve run", "one FRBRWork for every GIO of a split run", _gio_split, _run,
            "clear error",
            "{tmp}/run.toml, line 9: 'operations.write_gio.frbr_work' = "
            "'/join/id/regdata/gm0221/2026/{layer}' has no '{area}', so every area of this "
            "split run would publish its GIO under the same identifier; add '{area}', e.g. "
            "\"/join/id/regdata/gm0221/2026/{area}_{layer}\"",
            rule="each GIO of a split run has its own FRBRWork"),
]


def measure(root: Path) -> dict[str, int]:
    """Run every case in a folder under ``root``; count the outcomes by kind."""
    counts = dict.fromkeys(KINDS, 0)
    for i, case in enumerate(CASES):
        counts[attempt(case, root / f"case{i}").kind] += 1
    return {"cases": len(CASES), **counts}


if __name__ == "__main__":
    import tempfile

    print(json.dumps(measure(Path(tempfile.mkdtemp())), indent=1))
