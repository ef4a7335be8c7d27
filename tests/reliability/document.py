"""Write docs/reliability.md from the catalogue: ``python -m tests.reliability.document``.

test_reliability_doc.py checks the committed page is up to date.
"""

from __future__ import annotations

from pathlib import Path

from .catalogue import CASES, OPERATIONS
from .runs import CASES as RUN_CASES

#: Issue-14 classes: title and the rule that closes the class.
CLASSES = {
    1: ("Outputs never replace what rve_geo did not write",
        "Every output path of the whole run is resolved and checked before any work: "
        "against every file the run reads (also `[[areas.list]]` inputs and tables), "
        "against every other output (after area names become file names, ignoring case) "
        "and against input folders. `--overwrite` replaces only files the area's "
        "`run_metadata` lists (row `outputs`) or a GeoPackage with a `run_metadata` layer; "
        "inside `{area}_shapefile/`, `{area}_maps/`, `{area}_gio/` other files stay."),
    2: ("CRSs that are metric in name only",
        "A projected CRS whose scale error where the data lies exceeds 1 % (pyproj "
        "`Proj.get_factors`) is refused with EPSG:28992 as the fix, in the library and as "
        "target CRS of every front end; degree coordinates outside +-180/+-90 (a GeoJSON "
        "without CRS holding RD metres) are refused naming the likely CRS."),
    3: ("Configuration values that pass but poison",
        "nan and inf are refused anywhere in a configuration and in every numeric option; "
        "every path (also `distance_table`, `jobs_ratios` in `[operations.*]`) resolves "
        "against the configuration's folder and is hashed into `run_metadata`."),
    4: ("Ambiguous inputs",
        "A file with several spatial layers needs a layer name, for every driver; "
        "overlapping parcels (> 1 m2) are refused with the pairs unless `allow_overlaps`; "
        "an input column differing only in case from a result column is refused before "
        "work."),
    5: ("No raw tracebacks",
        "Every user mistake and environment fault is an RveGeoError naming the file, key "
        "or row and the fix; a full disk says \"disk full\"; SIGTERM cancels (exit 143)."),
    6: ("Work is not thrown away",
        "A stage whose inputs are absent is skipped with a note; stale `.rve-staging-*` "
        "folders are removed at start and on SIGTERM."),
    7: ("Other silent oddities",
        "`rve report` needs a run result; floor area above 120 x footprint is refused; "
        "category normwaarden are written as one label; FRBR ids are checked; each GIO of "
        "a split run needs `{area}` in its FRBRWork; rows left out of a GIO are counted in "
        "a warning."),
}

DOC = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"

FILE_AND_FAULT_CASES = [
    ("missing input file (every command)", "exit 2, 'does not exist', no output",
     "test_cli_faults.py::test_missing_input_file_is_a_usage_error_without_traceback"),
    ("unreadable / corrupt input file (every command)", "exit 1 with the reader's message, "
     "input untouched, no output", "test_cli_faults.py::test_unreadable_input_is_a_user_error_"
     "without_traceback"),
    ("Ctrl-C during a run", "exit 1, 'Cancelled', no output",
     "test_cli_faults.py::test_ctrl_c_during_a_run_leaves_no_output"),
    ("full disk while writing (simulated ENOSPC)", "exit 1 with the OS message, no output",
     "test_cli_faults.py::test_full_disk_while_writing_leaves_no_output; "
     "tests/test_io.py::test_failure_while_writing_leaves_no_file"),
    ("non-UTF-8 (latin-1 .cpg) and long field names", "read correctly",
     "test_cli_faults.py::test_non_utf8_and_long_field_names_are_read"),
    ("output path equal to an input", "refused, input byte-identical",
     "tests/cli/test_density_cli.py::test_output_equal_to_input_is_refused_and_input_unchanged"),
    ("existing output without --overwrite", "refused, file untouched",
     "tests/cli/test_density_cli.py::test_existing_output_needs_overwrite"),
    ("read-only / unwritable output folder", "refused before any work",
     "tests/cli/test_density_cli.py::test_unwritable_folder_is_refused_before_any_work"),
    ("input in another CRS (CLI)", "reprojected to EPSG:28992, said on stderr",
     "tests/cli/test_density_cli.py::test_reprojects_other_crs_and_says_so"),
    ("mismatched CRSs between arguments (library)", "CRSError naming both arguments",
     "test_catalogue.py::test_mismatched_crs_between_arguments"),
    ("progress callback raising at every stage (every operation)",
     "OperationCancelledError, no files left", "test_faults.py::test_cancellation_at_every_"
     "stage_leaves_nothing_behind"),
    ("same inputs twice (every operation)", "identical rows, ids, values and file bytes",
     "test_faults.py::test_same_inputs_same_outputs"),
    ("hypothesis-fuzzed geometry and attributes (every operation)",
     "a result or a documented RveGeoError, never another exception",
     "test_faults.py::test_fuzzed_inputs_never_crash"),
    ("negative, non-numeric and absurd (5,000 m) heights", "InputError naming column, rows, fix",
     "tests/test_floor_area.py::test_bad_heights_name_the_row_and_the_fix"),
    ("coverage as a percentage (80 instead of 0.8)", "InputError: divide by 100, rows named",
     "tests/test_potential.py::test_coverage_given_as_percent_is_explained"),
    ("cancel in QGIS (every algorithm)", "QgsProcessingException 'Cancelled', no output "
     "or temporary file", "tests/qgis/test_run.py::test_cancel_in_every_algorithm_leaves_"
     "no_output"),
    ("point layer where polygons belong, in QGIS (every geometric algorithm)",
     "readable QgsProcessingException with the library's message, no output",
     "tests/qgis/test_run.py::test_point_layer_where_polygons_belong_is_a_readable_error"),
    ("unknown milieucategorie labels", "CategoryError naming value and row",
     "tests/test_categories.py::test_parse_category_refuses_unknown"),
]


def render() -> str:
    lines = [
        "# Reliability: bad input, faults and cancellation",
        "",
        "Generated from `tests/reliability/catalogue.py` by "
        "`python -m tests.reliability.document`; the tests keep it true.",
        "",
        "Rules: a user mistake gives either a documented repair with a count (one "
        "`RveGeoWarning` per call) or an `RveGeoError` naming the argument, the rows and the "
        "fix; never a Python traceback, a silently dropped row, a changed input or a partial "
        "output file. The CLI maps user errors to exit 1 and usage errors to exit 2.",
        "",
        "## Geometry catalogue (every operation x every case)",
        "",
        "Test: `tests/reliability/test_catalogue.py::test_bad_input[<operation>-<argument>-"
        "<case>]`, run for every geometry argument of every operation; it also checks the "
        "inputs are unchanged and per-row operations keep every row.",
        "",
        "| input | behaviour |",
        "|---|---|",
    ]
    for case in CASES:
        lines.append(f"| {case.name} | {case.behaviour} |")
    lines += ["", "Where an operation differs, on purpose:", "",
              "| operation | differs in | why |", "|---|---|---|"]
    for op in OPERATIONS.values():
        if op.overrides:
            cases = ", ".join(f"{k} -> {v}" for k, v in op.overrides.items())
            lines.append(f"| {op.name} | {cases} | {op.note} |")
    lines.append("| any operation, argument `sensitive` | wrong geometry type (point) -> ok | "
                 "homes are often BAG verblijfsobject points |")
    n_pairs = sum(len(op.inputs()) for op in OPERATIONS.values()) * len(CASES)
    lines += ["", f"{len(CASES)} cases x {len(OPERATIONS)} operations "
              f"({n_pairs} operation-argument-case combinations); `read_imro` takes a file and "
              "has its own cases in tests/test_imro.py.", "",
              "## Files, faults and determinism", "", "| input or fault | behaviour | test |",
              "|---|---|---|"]
    for what, behaviour, test in FILE_AND_FAULT_CASES:
        lines.append(f"| {what} | {behaviour} | {test} |")
    lines += ["", f"{len(FILE_AND_FAULT_CASES)} further cases.", ""]
    lines += _run_level()
    total = n_pairs + len(FILE_AND_FAULT_CASES) + len(RUN_CASES)
    lines += [f"In total {total} catalogued cases.", ""]
    return "\n".join(lines)


def _run_level() -> list[str]:
    lines = ["## Data safety and run-level classes (issue 14)", "",
             "Test: `tests/reliability/test_runs.py::test_run_case[<class>-<front end>-<case>]` "
             "(exact message of each error; every file that was in the folder before the run "
             "checksummed before and after), plus `test_config_fuzz.py` (hypothesis: "
             "configurations with nan/inf and odd paths) and `tests/qgis/test_reliability.py` "
             "(QGIS).", ""]
    for klass, (title, rule) in CLASSES.items():
        lines += [f"### {klass}. {title}", "", f"Rule: {rule}", "",
                  "| front end | case | outcome |", "|---|---|---|"]
        for case in RUN_CASES:
            if case.klass == klass:
                lines.append(f"| {case.front} | {case.name} | {case.expect}: {case.rule} |")
        lines.append("")
    n = len(RUN_CASES)
    errors = sum(c.expect == "clear error" for c in RUN_CASES)
    lines += ["### Measured", "",
              "`python -m tests.reliability.runs` reruns the whole run-level catalogue and "
              "counts the outcomes; test_runs.py fails when any case differs from the table.",
              "", "| cases | clear errors | handled | tracebacks | silent wrong | files changed "
              "that the run did not write | partial outputs |", "|---|---|---|---|---|---|---|",
              f"| {n} | {errors} | {n - errors} | 0 | 0 | 0 | 0 |", ""]
    return lines


if __name__ == "__main__":
    DOC.write_text(render())
    print(f"wrote {DOC}")
