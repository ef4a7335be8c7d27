"""Move data between QGIS layers and GeoDataFrames, and write results.

Inputs go through Processing's own conversion: memory layers, "selected
features only" and formats pyogrio cannot read are written by QGIS to a
temporary GeoPackage first; file layers are read in place. Reprojection to the
target CRS is done with pyproj (through geopandas) and said in the log.
"""

from pathlib import Path

from qgis.core import QgsProcessingException

from . import messages
from .i18n import tr

READABLE = ["gpkg", "shp", "geojson", "fgb", "json"]


def read_source(algorithm, parameters, key, context, feedback, target_crs, argument):
    """Return the layer parameter ``key`` as a GeoDataFrame in ``target_crs`` (or None).

    Reading, the CRS check and reprojection are the library's (rve_geo.io.read_layer), as
    in the ``rve`` commands and ``rve run``; the feature ids become the index.
    """
    from rve_geo.errors import RveGeoError
    from rve_geo.io import read_layer

    value = parameters.get(key)
    if value is None or value == "":
        return None
    source = algorithm.parameterAsSource(parameters, key, context)
    if source is None:
        raise QgsProcessingException(tr("Could not load the layer for parameter {}.").format(key))
    path, layer_name = algorithm.parameterAsCompatibleSourceLayerPathAndLayerName(
        parameters, key, context, READABLE, "gpkg", feedback)
    qcrs = source.sourceCrs()
    if not qcrs.isValid():
        qcrs = None
    try:
        return read_layer(path, layer=layer_name or None, argument=key, target_crs=target_crs,
                          crs_if_missing=qcrs.toWkt() if qcrs is not None else None,
                          fid_as_index=True, note=lambda text: feedback.pushInfo(messages.translate(text)))
    except RveGeoError as exc:
        if "has no CRS" in str(exc):
            raise QgsProcessingException(
                tr("Layer {0} ({1}) has no CRS; set the layer CRS in QGIS "
                   "(Layer Properties > Source) and run again.").format(key, argument)) from exc
        raise QgsProcessingException(
            tr("Reading {0} ({1}) failed: {2}").format(key, path, messages.error_text(exc))) \
            from exc


def write_frames(frames, path, main_layer):
    """Write ``frames`` ({layer name: frame}) to ``path`` atomically; return layer names."""
    from rve_geo.io import DRIVERS, atomic_path, write_layers

    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".gpkg":
        write_layers(frames, out, overwrite=True)
        return list(frames)
    driver = DRIVERS.get(suffix)
    if driver is None:
        raise QgsProcessingException(
            tr("Output format {} is not supported; use .gpkg, .shp, .geojson or .fgb.").format(
                suffix or path))
    frame = frames[main_layer]
    companions = (".shx", ".dbf", ".prj", ".cpg") if suffix == ".shp" else ()
    with atomic_path(out, overwrite=True, companions=companions) as tmp:
        frame.to_file(tmp, driver=driver, engine="pyogrio")
    return [main_layer]
