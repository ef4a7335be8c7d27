"""Write docs/reliability.md from the catalogue: ``python -m tests.reliability.document``.

test_reliability_doc.py checks the committed page is up to date.
"""

from __future__ import annotations

from pathlib import Path

from .catalogue import CASES, OPERATIONS

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
    lines += ["", f"{len(FILE_AND_FAULT_CASES)} further cases; in total "
              f"{n_pairs + len(FILE_AND_FAULT_CASES)} catalogued cases.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    DOC.write_text(render())
    print(f"wrote {DOC}")
