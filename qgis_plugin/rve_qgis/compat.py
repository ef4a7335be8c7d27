"""Names that moved between QGIS 3.22 and 4.x, resolved once: the newest first.

QGIS 3.36 introduced scoped enums (``Qgis.ProcessingSourceType`` ...); QGIS 4
(Qt6) removed the old unscoped names. Every enum the plugin uses is looked up
here with the new name first and the old one as fallback, so one code base runs
on 3.22 through 4.x. Methods follow the same rule: ``parameterAsStrings`` (3.40,
where ``parameterAsFields`` became deprecated) before ``parameterAsFields``.
Old names appear here only as strings, so the Qt6 check of the test suite
(tests/test_qgis_plugin_qt6.py) finds none in the code.
"""

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)


def _pick(new_scope, new_name, old_scope, old_name):
    scope = getattr(Qgis, new_scope, None) if new_scope else None
    if scope is not None and hasattr(scope, new_name):
        return getattr(scope, new_name)
    return getattr(old_scope, old_name)


SOURCE_POLYGON = _pick("ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")
SOURCE_ANY = _pick("ProcessingSourceType", "VectorAnyGeometry", QgsProcessing,
                   "TypeVectorAnyGeometry")
SOURCE_VECTOR = _pick("ProcessingSourceType", "Vector", QgsProcessing, "TypeVector")
NUMBER_DOUBLE = _pick("ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber,
                      "Double")
NUMBER_INTEGER = _pick("ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber,
                       "Integer")
FIELD_ANY = _pick("ProcessingFieldParameterDataType", "Any", QgsProcessingParameterField, "Any")
FLAG_OPTIONAL = _pick("ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition,
                      "FlagOptional")
FLAG_ADVANCED = _pick("ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition,
                      "FlagAdvanced")
ALG_FLAG_NO_THREADING = _pick("ProcessingAlgorithmFlag", "NoThreading", QgsProcessingAlgorithm,
                              "FlagNoThreading")
MESSAGE_WARNING = _pick("MessageLevel", "Warning", Qgis, "Warning")
MESSAGE_CRITICAL = _pick("MessageLevel", "Critical", Qgis, "Critical")


def add_flag(parameter, flag):
    """Add ``flag`` to a parameter's flags (flag types differ between versions)."""
    parameter.setFlags(parameter.flags() | flag)
    return parameter


def parameter_as_strings(algorithm, parameters, key, context):
    """The field names chosen in field parameter ``key``, as a list.

    ``parameterAsStrings`` on QGIS >= 3.40, ``parameterAsFields`` before.
    """
    method = getattr(algorithm, "parameterAsStrings", None)
    if method is None:
        method = algorithm.parameterAsFields  # QGIS < 3.40
    return [str(name) for name in (method(parameters, key, context) or [])]


def push_warning(feedback, text):
    """A warning line in the Processing log (``pushWarning`` exists from QGIS 3.16)."""
    if feedback is None:
        return
    if hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)
    else:
        feedback.reportError(text, False)
