"""Names that moved between QGIS 3.22 and 4.x, resolved once.

QGIS 3.36 introduced scoped enums (``Qgis.ProcessingSourceType`` ...); QGIS 4
(Qt6) removed the old unscoped names. Every enum the plugin uses is looked up
here with the new name first and the old one as fallback, so one code base runs
on 3.22 through 4.x.
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
