"""The whole analysis of one or many areas in one go, driven by a TOML configuration.

:func:`run_pipeline` reads the inputs named in a :class:`~rve_geo.pipeline.config.RunConfig`,
reprojects them to the target CRS, splits them into areas and runs, per area, one
stage per library operation: density, milieuzonering (contours, conflicts, maximum
category, allowed-category zones, category use), potential, indicators
(redevelopment stock, woon-werkbalans), scores and kansenzones. Each area gives one
GeoPackage (every result layer with a description, a ``summary`` table and a
``run_metadata`` table), plus optional Shapefile/GIO exports and an HTML report
with PNG maps.

Stages whose inputs are not configured are skipped with the reason in the log and in
``run_metadata``. An error inside one area is reported with the area and stage; the
outputs of completed areas stay in place. Cancellation (the progress callback raising
:class:`~rve_geo.errors.OperationCancelledError`, or Ctrl-C) leaves no partial output:
every file of an area is written into a hidden staging folder inside the output
folder and moved into place only when the whole area is complete.

The parts of a run live in their own modules: :mod:`.inputs` (reading and splitting
into areas), :mod:`.area` (the working state of an area), :mod:`.stages` (one stage per
operation), :mod:`.write` (the outputs of an area), :mod:`.outputs` (output paths and
staging) and :mod:`.results` (what a run gives back). This module tells the story.

Examples
--------
>>> [s.name for s in STAGES][:3]
['density', 'terrein_density', 'imro']
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._memory import release_free_memory
from .._write_process import background_writes
from ..errors import (
    ConfigError,
    InputError,
    MissingColumnError,
    OperationCancelledError,
    RveGeoError,
)
from ..potential.jobs import JOBS_BASIS
from ..progress import report
from .area import Stage, _Area, _Skip, log
from .config import RunConfig, load_config
from .inputs import _areas, _check_result_columns, _input_hashes_meanwhile
from .results import FIGURES, AreaFailure, AreaResult, PipelineResult
from .stages import STAGES, _stage_density  # noqa: F401 - tests patch run._stage_density
from .write import (  # noqa: F401 - _export_gio: tests
    _export_gio,
    _metadata,
    _write_area,
    _write_stage_layers,
)

__all__ = [
    "FIGURES",
    "STAGES",
    "TIMESTAMP_KEYS",
    "AreaFailure",
    "AreaResult",
    "PipelineResult",
    "Stage",
    "run_pipeline",
]

#: Keys of ``run_metadata`` that differ between otherwise identical runs.
TIMESTAMP_KEYS = ("started_utc", "finished_utc")


@dataclass
class _AreaLog:
    """Book-keeping of one area's run: the stages run and skipped, and where it is now."""

    run: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    stage: str = "reading inputs"


def _area_progress(progress: Callable | None, a_i: int, n_areas: int, name: str,
                   n_steps: int) -> Callable:
    """The whole-run progress of area ``a_i``: ``overall(step, fraction, message)``."""

    def overall(i, f=0.0, message="", _a=a_i, _name=name):
        report(progress, (_a + (i + f) / n_steps) / n_areas,
               f"{_name}: {message}" if message else _name)

    return overall


def _step_callback(bar: Callable | None, overall: Callable, step: int,
                   title: str) -> Callable:
    """Progress of one step: feeds its own bar (if any) and the whole-run progress."""

    def cb(fraction, message="", _i=step, _bar=bar, _t=title):
        if _bar is not None:
            _bar(fraction, message)
        overall(_i, fraction, message or _t)

    return cb


def _require_parcels(area: _Area, name: str) -> None:
    """Refuse an area without parcels (an InputError naming the area and the fix)."""
    parcels = area.frames.get("parcels")
    if parcels is None or not len(parcels):
        raise InputError(f"area '{name}' has no parcels (none has its "
                         "representative point inside the area); check the area "
                         "polygons and the parcels' CRS, or leave the area out with "
                         "areas.only")


def _run_stage(stage: Stage, area: _Area, config: RunConfig, name: str, cb: Callable,
               book: _AreaLog) -> None:
    """Run one stage, recording it as run, or as skipped (by run.skip or a missing column)."""
    try:
        if stage.name in config.skip:
            raise _Skip("skipped by run.skip in the configuration")
        stage.run(area, cb)
    except _Skip as exc:
        book.skipped[stage.name] = str(exc)
        log.info("%s: stage %s skipped: %s", name, stage.name, exc)
        return
    except MissingColumnError as exc:
        book.skipped[stage.name] = f"missing input column: {exc}"
        log.warning("%s: stage %s skipped, missing input column: %s", name,
                    stage.name, exc)
        return
    book.run.append(stage.name)
    cb(1.0, stage.title)


def _run_stages(area: _Area, config: RunConfig, name: str,
                stage_progress: Callable | None, overall: Callable, book: _AreaLog) -> None:
    """Run the stages of :data:`STAGES` in order for one area, each with its progress.

    The layers of a stage are written into the staged GeoPackage when it ends
    (:func:`~rve_geo.pipeline.write._write_stage_layers`), and the memory it freed is
    given back to the system (:func:`~rve_geo._memory.release_free_memory`).
    """
    for s_i, stage in enumerate(STAGES):
        book.stage = stage.name
        bar = stage_progress(name, stage.title) if stage_progress else None
        cb = _step_callback(bar, overall, s_i, stage.title)
        cb(0.0, stage.title)
        _run_stage(stage, area, config, name, cb, book)
        _write_stage_layers(config, area)
        release_free_memory()


def _write_outputs(config: RunConfig, area: _Area, name: str, staging: Path,
                   targets: Mapping[str, Path], hashes: Mapping[str, str], started: str,
                   stage_progress: Callable | None, overall: Callable, book: _AreaLog,
                   overwrite: bool) -> None:
    """Write one area's outputs into ``staging`` and move them into place."""
    from .outputs import move_into_place

    book.stage = "writing outputs"
    # no output holds the buildings: their memory is free for writing
    area.frames.pop("buildings", None)
    release_free_memory()
    bar = stage_progress(name, "writing outputs") if stage_progress else None
    wcb = _step_callback(bar, overall, len(STAGES), "writing outputs")
    wcb(0.0, "writing outputs")
    meta = _metadata(config, area, hashes, book.run, book.skipped, started)
    staged = _write_area(config, area, staging, targets, meta, wcb)
    move_into_place(staged, targets, overwrite=overwrite)


def _area_failure(exc: Exception, name: str, stage_name: str) -> AreaFailure:
    """Log a failed area and describe it (the message alone for an RveGeoError)."""
    kind = type(exc).__name__
    message = str(exc) if isinstance(exc, RveGeoError) else f"{kind}: {exc}"
    log.error("area %s failed in stage %s: %s", name, stage_name, message,
              exc_info=not isinstance(exc, RveGeoError))
    return AreaFailure(name, stage_name, message, kind)


def _area_result(name: str, area: _Area, targets: Mapping[str, Path],
                 book: _AreaLog) -> AreaResult:
    """The result of a completed area: its written outputs, figures, stages and notes."""
    return AreaResult(
        name=name, outputs=tuple(t for t in targets.values() if t.exists()),
        figures=dict(area.figures), stages_run=tuple(book.run),
        stages_skipped=book.skipped, warnings=tuple(area.warnings),
        counted=dict(area.counted), notes=dict(area.notes))


def _run_area(config: RunConfig, name: str, frames: dict[str, Any],
              targets: Mapping[str, Path], hashes: Mapping[str, str], started: str,
              stage_progress: Callable | None, overall: Callable, overwrite: bool,
              failures: list[AreaFailure]) -> AreaResult | None:
    """Run one area in a staging folder; a failure is recorded in ``failures`` (None).

    Cancellation (and Ctrl-C) is not a failure: it propagates. The staging folder is
    always removed.
    """
    from .outputs import make_staging

    # the area owns ``frames``: a frame a stage replaces (the parcels with their results,
    # the buildings with their floor area) is not held twice
    area = _Area(name=name, config=config, frames=frames)
    # one basis per run: [operations.densification_potential] overrides [parameters], as in
    # the call of the potential itself (_Area.call)
    area.notes["jobs_basis"] = config.operations.get("densification_potential", {}).get(
        "jobs_basis", config.parameters.get("jobs_basis", JOBS_BASIS))
    book = _AreaLog()
    staging = make_staging(config.outputs.folder)
    area.gpkg = staging / targets["gpkg"].name
    try:
        # the long layers are written by a second process while the stages go on; it
        # has written them all before any output is moved into place, and is stopped
        # before the staging folder is removed
        with background_writes(area.gpkg):
            _require_parcels(area, name)
            _run_stages(area, config, name, stage_progress, overall, book)
            _write_outputs(config, area, name, staging, targets, hashes, started,
                           stage_progress, overall, book, overwrite)
    except (OperationCancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:
        failures.append(_area_failure(exc, name, book.stage))
        return None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _area_result(name, area, targets, book)


def run_pipeline(
    config: RunConfig | str | os.PathLike,
    *,
    overwrite: bool = False,
    stage_progress: Callable[[str, str], Callable | None] | None = None,
    progress: Callable | None = None,
) -> PipelineResult:
    """Run the whole analysis for every area of a batch configuration.

    Parameters
    ----------
    config : RunConfig or path
        A validated configuration, or the path of a TOML file (see
        :func:`rve_geo.pipeline.config.load_config` and ``docs/pipeline.md``).
    overwrite : bool
        Replace existing outputs. Without it, existing outputs are refused before
        anything is computed.
    stage_progress : callable, optional
        ``stage_progress(area, stage)`` is called when a stage starts and may return a
        progress callback for that stage alone (the CLI shows one bar per stage).
    progress : callable, optional
        ``progress(fraction, message)`` for the whole run; may raise
        :class:`~rve_geo.errors.OperationCancelledError` to stop.

    Returns
    -------
    PipelineResult
        The completed areas (outputs, key figures, stages run and skipped) and the
        failed areas (area, stage, message).

    Raises
    ------
    ConfigError
        Bad configuration, or input columns named in it that do not exist.
    OutputError
        An output exists (without ``overwrite``) or cannot be written.
    OperationCancelledError
        The progress callback asked to stop; nothing of the current area is left
        behind, completed areas keep their outputs.

    Notes
    -----
    Per area: the stages in :data:`STAGES`, each calling one library operation with
    the shared ``[parameters]`` it accepts and its own ``[operations.<name>]``
    keywords; then one GeoPackage with a layer per result (descriptions in
    ``gpkg_contents``), ``summary``, ``terrein_summary`` and ``run_metadata``. The
    same inputs and configuration give the same layer content; only the
    ``started_utc``/``finished_utc`` rows of ``run_metadata`` differ.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> x, y = 200_000, 450_000  # RD New
    >>> parcels = gpd.GeoDataFrame({"terrein_id": ["T1", "T1"]},
    ...     geometry=[box(x, y, x + 50, y + 50), box(x + 50, y, x + 100, y + 50)],
    ...     crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame({"bouwlagen": [2], "bouwjaar": [1975]},
    ...     geometry=[box(x + 10, y + 10, x + 40, y + 40)], crs="EPSG:28992")
    >>> parcels.to_file(folder / "in.gpkg", layer="parcels")
    >>> buildings.to_file(folder / "in.gpkg", layer="buildings")
    >>> _ = (folder / "run.toml").write_text('''
    ... [inputs.parcels]
    ... path = "in.gpkg"
    ... layer = "parcels"
    ... [inputs.buildings]
    ... path = "in.gpkg"
    ... layer = "buildings"
    ... [outputs]
    ... report = false
    ... ''')
    >>> result = run_pipeline(folder / "run.toml")
    >>> result.ok, round(result.areas[0].figures["fsi"], 3)  # 900 m2 x 2 / 5000 m2
    (True, 0.36)
    """
    if not isinstance(config, RunConfig):
        config = load_config(config)
    started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    report(progress, 0.0, "reading inputs")
    hashes_read = _input_hashes_meanwhile(config)
    areas = _areas(config)
    if not areas:
        raise ConfigError("the configuration gives no areas to run (check areas.split_by / "
                          "areas.only).")
    folder = config.outputs.folder
    from .outputs import plan_outputs, prepare_folder

    all_targets = plan_outputs(config, [name for name, _ in areas], overwrite=overwrite)
    for name, frames in areas:
        _check_result_columns(config, name, frames)
    hashes = hashes_read()
    created_folder = prepare_folder(folder)
    log.info("writing outputs to %s", folder)

    done: list[AreaResult] = []
    failures: list[AreaFailure] = []
    n_steps = len(STAGES) + 1
    try:
        n_areas = len(areas)
        for a_i in range(n_areas):
            # handed over to the area: no second reference keeps its inputs alive
            name, frames = areas[a_i]
            areas[a_i] = None
            overall = _area_progress(progress, a_i, n_areas, name, n_steps)
            result = _run_area(config, name, frames, all_targets[name], hashes, started,
                               stage_progress, overall, overwrite, failures)
            del frames
            if result is not None:
                done.append(result)
    finally:
        if created_folder and not any(folder.iterdir()):
            with contextlib.suppress(OSError):
                folder.rmdir()
    report(progress, 1.0, "done")
    return PipelineResult(areas=tuple(done), failures=tuple(failures), output_folder=folder)

