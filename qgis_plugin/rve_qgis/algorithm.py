"""One Processing algorithm per library operation, built from its signature.

The algorithm reads its parameters, converts layers to GeoDataFrames in the
target CRS, calls the one library function with a progress callback bound to
the Processing feedback, writes the result and asks QGIS to load it with the
style shipped for it. There is no analysis logic here.
"""

import json
import warnings
from html import escape
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRange,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from . import compat, helptext, messages, runtime
from .convert import read_source, write_frames
from .i18n import tr
from .styles import StylePostProcessor, style_for

ICON_DIR = Path(__file__).resolve().parent / "icons"
#: Operation group -> icon file (icons/<name>.svg); unknown groups use the provider icon.
GROUP_ICONS = {
    "Density": "dichtheid",
    "Milieuzonering": "milieu",
    "Plans": "plannen",
    "Potential": "potentieel",
    "Indicators": "indicatoren",
    "Kansenzones": "kansenzones",
    "Deliverables": "leveringen",
}

TARGET_CRS = "TARGET_CRS"
OUTPUT = "OUTPUT"
DEFAULT_CRS = "EPSG:28992"


class FeedbackProgress:
    """Adapt the library's ``progress(fraction, message)`` to QgsProcessingFeedback."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.last_message = None

    def __call__(self, fraction, message=""):
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            from rve_geo.errors import OperationCancelledError

            raise OperationCancelledError("cancelled in QGIS")
        self.feedback.setProgress(max(0.0, min(100.0, 100.0 * float(fraction))))
        if message and message != self.last_message:
            self.last_message = message
            self.feedback.setProgressText(messages.translate(message))


def help_html(spec) -> str:
    """Help text from the library docstring: summary, details, parameters, result.

    The docstring's reST markup becomes HTML (:mod:`.helptext`); parameters documented
    together (``a_col, b_col : str``) share one entry.
    """
    parts = [f"<p>{helptext.inline(tr(spec.summary), tr)}</p>"]
    if spec.extended:
        parts.append(helptext.block(tr(spec.extended), tr))
    parts.append(f"<h3>{escape(tr('Parameters'))}</h3><dl>")
    groups = []  # [(description, [params])], consecutive params with one text together
    for p in spec.params:
        if groups and p.description and groups[-1][0] == p.description:
            groups[-1][1].append(p)
        else:
            groups.append((p.description, [p]))
    for description, params in groups:
        names = ", ".join(f"<b>{escape(tr(p.label))}</b> (<code>{p.key}</code>)"
                          for p in params)
        auto = "".join(_auto_help(p) for p in params)
        parts.append(f"<dt>{names}</dt><dd>{helptext.block(tr(description), tr)}{auto}</dd>")
    parts.append(f"<dt><b>{escape(tr('Target CRS'))}</b> (<code>{TARGET_CRS}</code>)</dt><dd>"
                 f"{escape(tr('Inputs in another CRS are reprojected to this one.'))}</dd>")
    parts.append("</dl>")
    if spec.returns:
        parts.append(f"<h3>{escape(tr('Result'))}</h3>{helptext.block(tr(spec.returns), tr)}")
    parts.append(f"<p><i>{escape(tr('Library function'))}: rve_geo.{spec.name}</i></p>")
    return "".join(parts)


def _auto_help(p) -> str:
    """'Empty: automatic, the first of ...' for a column the library detects itself."""
    if not p.auto_candidates:
        return ""
    names = ", ".join(f"<code>{escape(name)}</code>" for name in p.auto_candidates)
    return (f"<p><i>{escape(tr(p.label))}</i>: "
            f"{escape(tr('empty = automatic, the first column found of'))} {names}</p>")


def make_parameter(p):
    """The Processing parameter for one :class:`rve_geo.specs.ParamSpec`.

    Parameters that are not key parameters of the operation are flagged advanced.
    """
    param = _make_parameter(p)
    if p.advanced:
        compat.add_flag(param, compat.FLAG_ADVANCED)
    return param


def _make_parameter(p):
    label = tr(p.label)
    optional = p.optional  # library default applies when left empty (also in models)
    if p.kind == "layer":
        kind = compat.SOURCE_POLYGON if p.geometry == "polygon" else compat.SOURCE_ANY
        return QgsProcessingParameterFeatureSource(p.key, label, [kind], optional=optional)
    if p.kind in ("field", "fields"):
        many = p.kind == "fields"
        default = None if many else p.default
        return QgsProcessingParameterField(p.key, label, default, p.parent.upper(),
                                           compat.FIELD_ANY, many, p.optional)
    if p.kind in ("enum", "enums"):
        many = p.kind == "enums"
        param = QgsProcessingParameterEnum(p.key, label, list(p.options), many,
                                           None if many else p.default, optional)
        param.setUsesStaticStrings(True)
        return param
    if p.kind == "range":
        ntype = compat.NUMBER_INTEGER if p.number_type == "int" else compat.NUMBER_DOUBLE
        default = ",".join(str(v) for v in p.default) if p.default else None
        return QgsProcessingParameterRange(p.key, label, ntype, default, optional)
    if p.kind == "bool":
        return QgsProcessingParameterBoolean(p.key, label, bool(p.default), optional)
    if p.kind in ("int", "float"):
        ntype = compat.NUMBER_INTEGER if p.kind == "int" else compat.NUMBER_DOUBLE
        return QgsProcessingParameterNumber(p.key, label, ntype, p.default, optional)
    if p.kind == "file":
        return QgsProcessingParameterFile(p.key, label, optional=optional)
    if p.kind == "file_out":
        ext = p.extension
        file_filter = f"{ext.upper()} (*.{ext})" if ext else ""
        return QgsProcessingParameterFileDestination(p.key, label, file_filter, None, optional,
                                                     not optional)
    if p.kind == "string":
        return QgsProcessingParameterString(p.key, label, p.default, False, optional)
    # anything else: JSON text, advanced, optional when the library has a default
    param = QgsProcessingParameterString(p.key, label + " (JSON)", None, True, optional)
    return compat.add_flag(param, compat.FLAG_ADVANCED)


def make_folders(path, feedback):
    """Create the missing folders of output ``path``; return them, innermost first."""
    folder = Path(path).parent
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    if missing:
        try:
            missing[0].mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QgsProcessingException(
                tr("Folder {0} cannot be created: {1}").format(missing[0], exc)) from exc
        if feedback is not None:
            feedback.pushInfo(tr("Folder created: {}").format(missing[0]))
    return missing


def remove_folders(folders):
    """Remove folders made by :func:`make_folders` that are still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


class OperationAlgorithm(QgsProcessingAlgorithm):
    """Processing algorithm mirroring one library operation."""

    def __init__(self, spec):
        super().__init__()
        self.spec = spec

    def createInstance(self):
        return type(self)(self.spec)

    def name(self):
        return self.spec.algorithm_id

    def displayName(self):
        return tr(self.spec.display_name)

    def group(self):
        return tr(self.spec.group)

    def groupId(self):
        return self.spec.group.lower()

    def icon(self):
        from qgis.PyQt.QtGui import QIcon

        return QIcon(str(self.icon_path()))

    def icon_path(self):
        """The SVG of the operation's group (the provider's icon for an unknown group)."""
        name = GROUP_ICONS.get(self.spec.group)
        path = ICON_DIR / f"{name}.svg" if name else None
        return path if path is not None and path.exists() else ICON_DIR.parent / "icon.svg"

    def shortHelpString(self):
        return help_html(self.spec)

    def tags(self):
        return [self.spec.name, "rve", "ruimte voor economie"]

    def initAlgorithm(self, config=None):
        for p in self.spec.params:
            self.addParameter(make_parameter(p))
        self.addParameter(compat.add_flag(QgsProcessingParameterCrs(
            TARGET_CRS, tr("Target CRS"), DEFAULT_CRS, optional=True), compat.FLAG_ADVANCED))
        if self.spec.writes_files:
            return
        out = QgsProcessingParameterVectorDestination(OUTPUT, tr("Output"))
        out.setSupportsNonFileBasedOutput(False)
        self.addParameter(out)

    # ------------------------------------------------------------ running

    def read_arguments(self, parameters, context, feedback, target):
        """Library positional arguments and keywords from the parameters."""
        args, kwargs, inputs = [], {}, {}
        for p in self.spec.params:
            value = parameters.get(p.key)
            if p.kind == "layer":
                value = read_source(self, parameters, p.key, context, feedback, target, p.name)
                if value is not None:
                    inputs[p.name] = value
            elif value is None or (isinstance(value, str) and value == "" and p.optional):
                value = None
            else:
                value = self.parameter_value(p, parameters, context)
            if p.positional:
                if value is None:
                    raise QgsProcessingException(tr("{} is required.").format(p.key))
                args.append(value)
            elif value is not None:
                kwargs[p.name] = value
        self.report_auto_columns(kwargs, inputs, feedback)
        return args, kwargs, inputs

    def report_auto_columns(self, kwargs, inputs, feedback):
        """Say in the log which column the library detects for each column left empty."""
        from rve_geo.specs import auto_column

        for p in self.spec.params:
            if not p.auto_candidates or p.name in kwargs or inputs.get(p.parent) is None:
                continue
            found = auto_column(p.name, inputs[p.parent].columns)
            if found is not None and feedback is not None:
                feedback.pushInfo(tr("{0}: automatic: {1}").format(tr(p.label), found))

    def parameter_value(self, p, parameters, context):
        """The value of one non-layer parameter, as the library keyword takes it."""
        if p.kind == "field":
            fields = compat.parameter_as_strings(self, parameters, p.key, context)
            return fields[0] if fields else None
        if p.kind == "fields":
            return compat.parameter_as_strings(self, parameters, p.key, context) or None
        readers = {
            "enum": self.parameterAsEnumString,
            "bool": self.parameterAsBoolean,
            "int": self.parameterAsInt,
            "float": self.parameterAsDouble,
            "string": self.parameterAsString,
        }
        if p.kind in readers:
            return readers[p.kind](parameters, p.key, context)
        if p.kind == "enums":
            return self.parameterAsEnumStrings(parameters, p.key, context) or None
        if p.kind == "range":
            low, high = self.parameterAsRange(parameters, p.key, context)
            if p.number_type == "int":
                return (int(low), int(high))
            return (float(low), float(high))
        if p.kind == "file":
            return self.parameterAsFile(parameters, p.key, context) or None
        if p.kind == "file_out":
            return self.parameterAsFileOutput(parameters, p.key, context) or None
        text = self.parameterAsString(parameters, p.key, context).strip()
        try:
            return json.loads(text) if text else None
        except ValueError as exc:
            raise QgsProcessingException(
                tr("{0}: not valid JSON ({1}).").format(p.key, exc)) from exc

    def call_library(self, args, kwargs, feedback):
        """Call the library function; warnings go to the log, user errors become messages."""
        from rve_geo.errors import OperationCancelledError, RveGeoError

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                # fields of an options object (floor_area, jobs, ...) become that object
                result = self.spec.func(*args, progress=FeedbackProgress(feedback),
                                        **self.spec.assemble(kwargs))
            except OperationCancelledError as exc:
                raise QgsProcessingException(
                    tr("Cancelled; no output was written.")) from exc
            except RveGeoError as exc:
                raise QgsProcessingException(messages.error_text(exc)) from exc
        for w in caught:
            if not issubclass(w.category, UserWarning):
                continue
            compat.push_warning(feedback, messages.warning_text(w.message))
        return result

    def processAlgorithm(self, parameters, context, feedback):
        runtime.require(feedback)
        if parameters.get(TARGET_CRS) in (None, ""):
            parameters = dict(parameters, **{TARGET_CRS: DEFAULT_CRS})
        crs = self.parameterAsCrs(parameters, TARGET_CRS, context)
        if not crs.isValid():
            raise QgsProcessingException(tr("Target CRS is not valid."))
        authid = crs.authid()
        # pyproj knows the registries' codes; a QGIS user CRS ("USER:...") goes as WKT
        target = authid if authid.split(":")[0] in ("EPSG", "ESRI", "IGNF") else crs.toWkt()
        args, kwargs, inputs = self.read_arguments(parameters, context, feedback, target)
        created = []
        try:
            return self.run_and_write(parameters, context, feedback, (args, kwargs, inputs),
                                      created)
        except BaseException:
            remove_folders(created)  # no empty folders left from a failed run
            raise

    def run_and_write(self, parameters, context, feedback, arguments, created):
        """Call the library and write its result; folders made on the way go to ``created``."""
        args, kwargs, inputs = arguments
        for p in self.spec.params:  # files the library writes itself (GIO, Shapefile)
            if p.kind == "file_out" and kwargs.get(p.name):
                created += make_folders(kwargs[p.name], feedback)
        positional = [p for p in self.spec.params if p.positional]
        for p, value in zip(positional, args, strict=True):
            if p.kind == "file_out":
                created += make_folders(value, feedback)
        result = self.call_library(args, kwargs, feedback)
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled; no output was written."))
        if self.spec.writes_files:
            return self.report_files(result, args, kwargs, feedback)
        frames, extras = runtime.result_frames(self.spec.name, result, inputs)
        for key, value in extras.items():
            feedback.pushInfo(f"{key}: {helptext.readable(value, tr)}")
        path = self.parameterAsOutputLayer(parameters, OUTPUT, context)
        created += make_folders(path, feedback)
        try:
            written = write_frames(frames, path, next(iter(frames)))
        except Exception as exc:
            raise QgsProcessingException(tr("Writing {0} failed: {1}").format(
                path, messages.error_text(exc))) from exc
        self.load_styled(path, written, frames, context)
        return {OUTPUT: path}

    def report_files(self, result, args, kwargs, feedback):
        """Outputs of an operation that wrote its own files: their paths, and a log line."""
        outputs = {}
        positional = [p for p in self.spec.params if p.positional]
        given = dict(zip([p.name for p in positional], args, strict=True), **kwargs)
        for p in self.spec.params:
            if p.kind == "file_out" and given.get(p.name):
                outputs[p.key] = str(given[p.name])
        written = getattr(result, "paths", result)  # ShapefileExport: its files
        feedback.pushInfo(tr("Written: {}").format(helptext.readable(written, tr)))
        return outputs

    def load_styled(self, path, written, frames, context):
        """Ask Processing to load the result layers with their shipped styles."""
        main = written[0]
        qml = style_for(main, self.spec.name, frames[main])
        if context.willLoadLayerOnCompletion(path):
            details = context.layerToLoadOnCompletionDetails(path)
            details.name = tr(self.spec.display_name)
            if qml is not None:
                details.setPostProcessor(StylePostProcessor.create(qml))
        for name in written[1:]:
            uri = f"{path}|layername={name}"
            details = QgsProcessingContext.LayerDetails(name, context.project(), name)
            extra_qml = style_for(name, self.spec.name, frames[name])
            if extra_qml is not None:
                details.setPostProcessor(StylePostProcessor.create(extra_qml))
            context.addLayerToLoadOnCompletion(uri, details)
