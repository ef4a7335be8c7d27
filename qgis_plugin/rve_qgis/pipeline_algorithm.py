"""The "full analysis" algorithm: rve_geo.pipeline.run_pipeline as a Processing form.

The form takes the input layers (parcels, buildings, sensitive objects, terreinen, plan
zones), the key choices (one area per terrein, omgevingstype, report, output folder) and
optionally a TOML configuration (``rve init`` writes an example). The configuration file
wins where it says something; the form fills in the rest (:mod:`.pipeline_form`,
docs/qgis.md). Every area becomes one GeoPackage with a layer per result.

Threads: ``processAlgorithm`` runs in Processing's task thread and only reads
parameters, runs the library and keeps plain data (paths, the summary). Everything that
touches QGIS objects the user sees (layers, the layer tree, styles) happens in the main
thread: the layers are queued in ``postProcessAlgorithm`` and placed into one group per
area by :class:`.pipeline_layers.AreaGroupPostProcessor` when Processing loads them.
The algorithm is added to the provider only when the installed library has
``rve_geo.pipeline.run.run_pipeline``.
"""

import logging
import os
import warnings
from html import escape
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from . import compat, messages, runtime
from .algorithm import FeedbackProgress
from .convert import READABLE
from .i18n import tr
from .pipeline_form import column_renames, detected_column, merge_form_into_file, role_using
from .threads import run_in_fresh_thread

CONFIG = "CONFIG"
PARCELS = "PARCELS"
BUILDINGS = "BUILDINGS"
SENSITIVE = "SENSITIVE"
TERREINEN = "TERREINEN"
PLAN = "PLAN"
SPLIT_BY_TERREIN = "SPLIT_BY_TERREIN"
AREA_NAME_FIELD = "AREA_NAME_FIELD"
TERREIN_ID_FIELD = "TERREIN_ID_FIELD"
PLAN_CATEGORY_FIELD = "PLAN_CATEGORY_FIELD"
ACTUAL_CATEGORY_FIELD = "ACTUAL_CATEGORY_FIELD"
HOMES_FIELD = "HOMES_FIELD"
OMGEVINGSTYPE = "OMGEVINGSTYPE"
REPORT = "REPORT"
TABLES = "TABLES"
LANGUAGE = "LANGUAGE"
RUN_NAME = "RUN_NAME"
TARGET_CRS = "TARGET_CRS"
OVERWRITE = "OVERWRITE"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
GEOPACKAGES = "GEOPACKAGES"

#: Layer parameters -> input role of the configuration.
ROLES = {PARCELS: "parcels", BUILDINGS: "buildings", SENSITIVE: "sensitive",
         TERREINEN: "terreinen", PLAN: "plan"}
#: Column parameters -> (layer parameter, conventional-column role, canonical name).
COLUMNS = {
    TERREIN_ID_FIELD: (PARCELS, "terrein_id", "terrein_id"),
    PLAN_CATEGORY_FIELD: (PARCELS, "plan_category", "plan_category"),
    ACTUAL_CATEGORY_FIELD: (PARCELS, "actual_category", "actual_category"),
    HOMES_FIELD: (SENSITIVE, "n_homes", "n_homes"),
}
#: Names tried, in order, for the area names of a split by terrein.
AREA_NAME_COLUMNS = ("terrein_id", "naam", "name", "terrein_naam")
OMGEVINGSTYPES = ["rustige_woonwijk", "gemengd_gebied"]
LANGUAGES = ["nl", "en"]
DEFAULT_CRS = "EPSG:28992"


def pipeline_module():
    """``rve_geo.pipeline.run`` when it offers ``run_pipeline``, else None."""
    try:
        from rve_geo.pipeline import run as pipeline
    except Exception:
        return None
    return pipeline if hasattr(pipeline, "run_pipeline") else None


def create():
    """The algorithm, or None when the installed rve_geo has no pipeline."""
    return FullAnalysisAlgorithm() if pipeline_module() is not None else None


def _advanced(parameter):
    return compat.add_flag(parameter, compat.FLAG_ADVANCED)


def _layer(key, label, polygons=True):
    kind = compat.SOURCE_POLYGON if polygons else compat.SOURCE_ANY
    return QgsProcessingParameterFeatureSource(key, label, [kind], optional=True)


def _field(key, label, default, parent):
    return QgsProcessingParameterField(key, label, default, parent, compat.FIELD_ANY,
                                       False, True)


def _enum(key, label, options, default):
    parameter = QgsProcessingParameterEnum(key, label, options, False, default, False)
    parameter.setUsesStaticStrings(True)
    return parameter


def _role_label(role):
    """What the library reads a conventional column for, in words."""
    labels = {
        "source_category": tr("the milieucategorie of the sources (contours)"),
        "plan_category": tr("the plan category"),
        "actual_category": tr("the actual category"),
        "omgevingstype": tr("the omgevingstype"),
        "n_homes": tr("the number of homes"),
        "terrein_id": tr("the terrein"),
        "vacancy": tr("the vacancy share"),
        "owner": tr("the owner"),
        "water_bound": tr("water-bound use"),
        "quay_plot": tr("the quay plot flag"),
    }
    return labels.get(role, role)


class _LogToFeedback(logging.Handler):
    """The library's log lines (stage skipped, buildings left out ...) in the Processing log."""

    def __init__(self, feedback):
        super().__init__(logging.INFO)
        self.feedback = feedback

    def emit(self, record):
        text = record.getMessage()
        if record.levelno >= logging.WARNING:
            compat.push_warning(self.feedback, text)
        else:
            self.feedback.pushInfo(text)


def _files(folder):
    """{path: modification time} of what is in ``folder`` (top level), {} when missing."""
    try:
        return {entry.path: entry.stat().st_mtime_ns for entry in os.scandir(folder)}
    except OSError:
        return {}


def _run_library(config, overwrite, feedback):
    """``run_pipeline`` with its log lines and warnings in the Processing log."""
    handler = _LogToFeedback(feedback)
    logger = logging.getLogger("rve_geo")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = pipeline_module().run_pipeline(
                config, overwrite=overwrite, progress=FeedbackProgress(feedback))
    finally:
        logger.removeHandler(handler)
    for w in caught:
        if issubclass(w.category, UserWarning):
            compat.push_warning(feedback, str(w.message))
    return result


class FullAnalysisAlgorithm(QgsProcessingAlgorithm):
    """Run every stage of the analysis for every area, from a form and/or a TOML file."""

    def __init__(self):
        super().__init__()
        self._done = None  # plain data from processAlgorithm for postProcessAlgorithm

    def createInstance(self):
        return FullAnalysisAlgorithm()

    def name(self):
        return "fullanalysis"

    def displayName(self):
        return tr("Full analysis")

    def group(self):
        return tr("Deliverables")

    def groupId(self):
        return "deliverables"

    def tags(self):
        return ["rve", "ruimte voor economie", "pipeline", "rve run", "toml"]

    def shortHelpString(self):
        items = [
            (tr("Input layers"), tr(
                "Parcels (kavels or kadastrale percelen) are required, the other layers are "
                "optional: each stage that lacks its input is skipped and the log says why. "
                "Layers are reprojected to the target CRS.")),
            (tr("One area per terrein"), tr(
                "Splits the run by the Terreinen layer: one GeoPackage, report and layer "
                "group per terrein, named by the area name column (auto: terrein_id, naam "
                "or name). Otherwise the whole input is one area named after the run.")),
            (tr("Columns"), tr(
                "Left empty, the library finds the columns by their usual names "
                "(terrein_id; plan_category, max_category or allowed_category; "
                "actual_category or milieucategorie; n_homes); the log says which it used. "
                "A column chosen here is used instead; an input column is never "
                "overwritten.")),
            (tr("Configuration file (optional)"), tr(
                "A TOML file of rve run (rve init writes an example). The file wins: what "
                "it sets is used as it says, so the result equals rve run with that file; "
                "the form fills in only what the file leaves out, and the log names every "
                "form value the file overrules.")),
            (tr("Output folder"), tr(
                "One GeoPackage per area with a layer per result, plus tables and the "
                "report when chosen. Existing results are refused unless Overwrite is on. "
                "Cancel stops at the next step: the area being computed leaves nothing "
                "behind; areas already finished stay, and the log names them.")),
        ]
        intro = tr("Runs density, milieuzonering, potential, indicators and kansenzones for "
                   "every area and writes one GeoPackage per area; the results are loaded as "
                   "one layer group per area, with the key layers switched on.")
        parts = [f"<p>{escape(intro)}</p><dl>"]
        parts += [f"<dt><b>{escape(t)}</b></dt><dd>{escape(d)}</dd>" for t, d in items]
        parts.append("</dl>")
        return "".join(parts)

    def initAlgorithm(self, config=None):
        self.addParameter(_layer(PARCELS, tr("Parcels (kavels)")))
        self.addParameter(_layer(BUILDINGS, tr("Buildings (BAG panden)")))
        self.addParameter(_layer(SENSITIVE, tr("Homes and other sensitive objects"), False))
        self.addParameter(_layer(TERREINEN, tr("Terreinen (bedrijventerrein outlines)")))
        self.addParameter(_layer(PLAN, tr("Plan zones with rules (bestemmingsvlakken)")))
        self.addParameter(QgsProcessingParameterBoolean(
            SPLIT_BY_TERREIN, tr("One area per terrein"), False))
        self.addParameter(_field(AREA_NAME_FIELD, tr("Area name column (terreinen)"),
                                 "terrein_id", TERREINEN))
        self.addParameter(_enum(OMGEVINGSTYPE, tr("Receiving area type (omgevingstype)"),
                                OMGEVINGSTYPES, OMGEVINGSTYPES[0]))
        self.addParameter(QgsProcessingParameterBoolean(
            REPORT, tr("Write the report (HTML with maps)"), True))
        self.addParameter(QgsProcessingParameterFile(
            CONFIG, tr("Configuration file (TOML, optional)"), extension="toml", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(OVERWRITE, tr("Overwrite"), False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            OUTPUT_FOLDER, tr("Output folder"), optional=True))
        for key, label, default in (
                (TERREIN_ID_FIELD, tr("Terrein column (parcels)"), "terrein_id"),
                (PLAN_CATEGORY_FIELD, tr("Plan category column (parcels)"), "max_category"),
                (ACTUAL_CATEGORY_FIELD, tr("Actual category column (parcels)"),
                 "milieucategorie"),
                (HOMES_FIELD, tr("Number of homes column (sensitive objects)"), "n_homes")):
            self.addParameter(_advanced(_field(key, label, default, COLUMNS[key][0])))
        self.addParameter(_advanced(QgsProcessingParameterBoolean(
            TABLES, tr("Write the tables (CSV and .xlsx)"), True)))
        self.addParameter(_advanced(_enum(LANGUAGE, tr("Language of report, tables and "
                                                       "summary"), LANGUAGES, "nl")))
        self.addParameter(_advanced(QgsProcessingParameterString(
            RUN_NAME, tr("Name of the run (names the GeoPackage of an unsplit run)"),
            "analyse")))
        self.addParameter(_advanced(QgsProcessingParameterCrs(
            TARGET_CRS, tr("Target CRS"), DEFAULT_CRS, optional=True)))
        self.addOutput(QgsProcessingOutputString(GEOPACKAGES, tr("GeoPackages written")))

    # ------------------------------------------------------------ the form as a configuration

    def _input(self, parameters, key, context, feedback):
        """``{"path", "layer"}`` of a layer parameter (a temporary GeoPackage when needed)."""
        value = parameters.get(key)
        if value is None or value == "":
            return None, []
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(
                tr("Could not load the layer for parameter {}.").format(key))
        path, layer_name = self.parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, key, context, READABLE, "gpkg", feedback)
        spec = {"path": str(path)}
        if layer_name:
            spec["layer"] = str(layer_name)
        return spec, [str(name) for name in source.fields().names()]

    def _columns(self, parameters, context, fields_by_key):
        """Renames per layer parameter from the column parameters."""
        from rve_geo.sources.aliases import CONVENTIONAL_COLUMNS

        renames = {}
        for key, (layer_key, role, canonical) in COLUMNS.items():
            fields = fields_by_key.get(layer_key)
            if not fields:
                continue
            chosen = compat.parameter_as_strings(self, parameters, key, context)
            chosen = chosen[0] if chosen else ""
            rename = column_renames(chosen, fields, CONVENTIONAL_COLUMNS[role], canonical)
            other = role_using(chosen, fields, CONVENTIONAL_COLUMNS, role) if rename else None
            if other is not None:
                raise QgsProcessingException(tr(
                    "{0}: column {1} is already read as {2}; a column can serve one purpose. "
                    "Choose another column, or copy it in the attribute table first.").format(
                        self.parameterDefinition(key).description(), chosen,
                        _role_label(other)))
            renames.setdefault(layer_key, {}).update(rename)
        return renames

    def _folder(self, parameters, context):
        """The output folder chosen in the form; a temporary one without a file; else None."""
        value = parameters.get(OUTPUT_FOLDER)
        value = getattr(value, "sink", value)  # a QgsProcessingOutputLayerDefinition
        if hasattr(value, "staticValue"):
            value = value.staticValue()
        chosen = value not in (None, "", QgsProcessing.TEMPORARY_OUTPUT)
        if chosen:
            return self.parameterAsFileOutput(parameters, OUTPUT_FOLDER, context)
        if parameters.get(CONFIG):
            return None  # the file's folder (its default: "out" next to the file)
        temporary = {OUTPUT_FOLDER: QgsProcessing.TEMPORARY_OUTPUT}
        return self.parameterAsFileOutput(temporary, OUTPUT_FOLDER, context)

    def _target_crs(self, parameters, context):
        if parameters.get(TARGET_CRS) in (None, ""):
            return DEFAULT_CRS
        crs = self.parameterAsCrs(parameters, TARGET_CRS, context)
        if not crs.isValid():
            raise QgsProcessingException(tr("Target CRS is not valid."))
        authid = crs.authid()
        return authid if authid.split(":")[0] in ("EPSG", "ESRI", "IGNF") else crs.toWkt()

    def _areas(self, parameters, context, fields):
        """``[areas]`` of the form: a split by terrein, or nothing (one area)."""
        if not self.parameterAsBoolean(parameters, SPLIT_BY_TERREIN, context):
            return {}
        chosen = compat.parameter_as_strings(self, parameters, AREA_NAME_FIELD, context)
        name_column = chosen[0] if chosen else detected_column(fields or [], AREA_NAME_COLUMNS)
        areas = {"split_by": "terreinen"}
        if name_column:
            areas["name_column"] = name_column
        return areas

    def form_config(self, parameters, context, feedback):
        """The configuration the form describes (a dict like a parsed TOML file)."""
        inputs, fields = {}, {}
        for key, role in ROLES.items():
            spec, names = self._input(parameters, key, context, feedback)
            if spec is not None:
                inputs[role], fields[key] = spec, names
        for key, renames in self._columns(parameters, context, fields).items():
            if renames:
                inputs[ROLES[key]]["columns"] = renames
        outputs = {
            "report": self.parameterAsBoolean(parameters, REPORT, context),
            "tables": self.parameterAsBoolean(parameters, TABLES, context),
            "language": self.parameterAsEnumString(parameters, LANGUAGE, context) or "nl",
        }
        folder = self._folder(parameters, context)
        if folder:
            outputs["folder"] = folder
        run = {"target_crs": self._target_crs(parameters, context)}
        name = self.parameterAsString(parameters, RUN_NAME, context).strip()
        if name:
            run["name"] = name
        return {
            "run": run,
            "inputs": inputs,
            "parameters": {"omgevingstype": self.parameterAsEnumString(
                parameters, OMGEVINGSTYPE, context) or OMGEVINGSTYPES[0]},
            "areas": self._areas(parameters, context, fields.get(TERREINEN)),
            "outputs": outputs,
        }, fields

    def read_config(self, parameters, context, feedback):
        """The validated RunConfig: the TOML file (if any) completed by the form."""
        from rve_geo.errors import RveGeoError

        form, fields = self.form_config(parameters, context, feedback)  # QGIS: this thread
        path = self.parameterAsFile(parameters, CONFIG, context)
        if not path and "parcels" not in form["inputs"]:
            raise QgsProcessingException(tr(
                "Choose the Parcels layer, or a configuration file that names the parcels."))
        try:  # the library (pyproj): on a fresh thread, see threads.py
            config = run_in_fresh_thread(self._validated, form, path, feedback)
        except RveGeoError as exc:
            raise QgsProcessingException(messages.error_text(exc)) from exc
        self._report_columns(config, fields, feedback)
        return config

    @staticmethod
    def _validated(form, path, feedback):
        from rve_geo.pipeline.config import config_from_dict, read_config_data

        data, text = read_config_data(path) if path else ({}, "")
        merged, ignored = merge_form_into_file(data, form)
        split = merged.get("areas", {}).get("split_by") if isinstance(
            merged.get("areas"), dict) else None
        if split == "terreinen" and "areas" not in data and \
                "terreinen" not in merged.get("inputs", {}):
            raise QgsProcessingException(tr(
                "One area per terrein needs the Terreinen layer: choose it, or switch "
                "One area per terrein off."))
        for key in ignored:
            compat.push_warning(feedback, tr(
                "The configuration file sets {0}; the form value is not used.").format(key))
        return config_from_dict(merged, source=path or None, text=text)

    def _report_columns(self, config, fields, feedback):
        """Say which columns the run uses for the parcels and the sensitive objects."""
        from rve_geo.sources.aliases import CONVENTIONAL_COLUMNS

        for key, (layer_key, role, _canonical) in COLUMNS.items():
            spec = config.inputs.get(ROLES[layer_key])
            names = fields.get(layer_key)
            if spec is None or names is None:
                continue
            renamed = {source: canon for canon, source in spec.columns.items()}
            columns = [renamed.get(n, n) for n in names]
            used = detected_column(columns, CONVENTIONAL_COLUMNS[role])
            source = next((s for s, c in renamed.items() if c == used), used)
            feedback.pushInfo(tr("{0}: column {1}").format(
                self.parameterDefinition(key).description(),
                source if source else tr("none (the stages that need it are skipped)")))

    # ------------------------------------------------------------ running

    def processAlgorithm(self, parameters, context, feedback):
        runtime.require(feedback)
        from rve_geo.errors import OperationCancelledError, RveGeoError

        self._done = None
        config = self.read_config(parameters, context, feedback)
        overwrite = self.parameterAsBoolean(parameters, OVERWRITE, context)
        folder = config.outputs.folder
        before = _files(folder)
        try:
            result = run_in_fresh_thread(_run_library, config, overwrite, feedback)
        except OperationCancelledError as exc:
            raise QgsProcessingException(self._cancel_message(folder, before)) from exc
        except RveGeoError as exc:
            raise QgsProcessingException(messages.error_text(exc)) from exc
        for failure in result.failures:
            feedback.reportError(tr("Area {0} failed in stage {1}: {2}").format(
                failure.name, failure.stage, messages.translate(failure.message)), False)
        if not result.areas:
            raise QgsProcessingException(tr("No area could be completed; see the log."))
        packages = [(area.name, str(p)) for area in result.areas for p in area.outputs
                    if str(p).lower().endswith(".gpkg")]
        self._done = {"packages": packages, "summary": result.summary(),
                      "language": config.outputs.language, "folder": str(folder)}
        return self._outputs(folder, packages)

    @staticmethod
    def _outputs(folder, packages):
        return {OUTPUT_FOLDER: str(folder), GEOPACKAGES: ";".join(p for _, p in packages)}

    @staticmethod
    def _cancel_message(folder, before):
        """What cancel left behind, truthfully: nothing new, or the finished areas' files."""
        after = _files(folder)
        kept = sorted(Path(p).name for p, mtime in after.items()
                      if before.get(p) != mtime and not Path(p).name.startswith("."))
        if not kept:
            return tr("Cancelled; no output was written.")
        return tr("Cancelled. The areas finished before the cancel were written to {0}: "
                  "{1}; the area being computed left nothing behind.").format(
                      folder, ", ".join(kept))

    def postProcessAlgorithm(self, context, feedback):
        """In the main thread: the summary table in the log, the layers queued for loading."""
        from .pipeline_summary import summary_lines

        done = self._done
        if not done:
            return {}
        if feedback is not None:
            feedback.pushInfo(tr("Key figures"))
            for line in summary_lines(done["summary"], done["language"]):
                feedback.pushInfo(line)
            skipped = done["summary"].get("skipped_stages") or []
            if skipped:
                feedback.pushInfo(tr("Stages skipped: {}").format(", ".join(skipped)))
        self.queue_layers(done["packages"], context)
        return self._outputs(done["folder"], done["packages"])

    def queue_layers(self, packages, context):
        """Ask Processing to load every geometry layer of ``packages`` into its area's group."""
        from .pipeline_layers import AreaGroupPostProcessor, new_run_id, result_layers
        from .styles import embedded_style, style_for

        run_id = new_run_id()
        for entry in result_layers(packages):
            details = QgsProcessingContext.LayerDetails(entry.title, context.project(),
                                                        entry.name)
            # the style rve run embedded in layer_styles (classes from this run's data)
            qml = embedded_style(entry.package, entry.name) or style_for(entry.name)
            details.setPostProcessor(AreaGroupPostProcessor.create(run_id, entry, qml))
            context.addLayerToLoadOnCompletion(entry.uri, details)
