"""A self-contained report (HTML, optionally PDF) of a pipeline result GeoPackage.

:func:`write_report` reads the layers :func:`rve_geo.pipeline.run.run_pipeline` writes,
draws the maps with :mod:`rve_geo.deliverables.maps` (one panel per terrein) and writes
one HTML page with the PNGs embedded as data URIs, so the page can be mailed or
archived as a single file. ``pdf=True`` also writes a PDF of the same page (WeasyPrint,
extra ``rve_geo[report]``). Layers that are absent (a skipped stage) leave out their map
or table.

The page is Dutch by default (``lang="en"`` for English), with Dutch number
formatting, and shows: a short summary, the key figures with basis, unit and source,
the maps with legend tables (the same counts as on the maps), the tables per terrein
and per kansenzone, what the scores mean, the assumptions (*Uitgangspunten*) read from
the run's own ``run_metadata``, and how the result was made.

Examples
--------
>>> fmt(1234567.8), fmt(0.4567, 2), fmt(float("nan")), fmt(0.4567, 2, lang="en")
('1.234.568', '0,46', '-', '0.46')
>>> plural(1, "kansenzone", "kansenzones"), plural(2, "kansenzone", "kansenzones")
('1 kansenzone', '2 kansenzones')

Length: about 980 lines: one builder per section of the report, in Dutch and English; the
maps are in maps.py and the tables in tables.py.
"""

from __future__ import annotations

import base64
import html
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .selection import (
    DEFAULT_MAX_TERREINEN,
    DEFAULT_RANK_BY,
    RANK_KEYS,
    Selection,
    check_selection_arguments,
    select_terreinen,
)
from .tables import (
    COLUMNS,
    FIGURES,
    TABLE_NAMES,
    _fill,
    format_number,
    table_file_names,
    used_arguments,
)

__all__ = ["MAPS", "build_report", "fmt", "plural", "render_maps", "report_selection",
           "write_pdf", "write_report"]

#: Map names in page order.
MAPS = ("fsi", "contours", "max_category", "potential", "kansenzones")

_T: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Ruimte voor Economie: {area}", "subtitle": "Dichtheid, milieuzonering, "
        "verdichtingspotentieel en kansenzones", "summary": "Samenvatting",
        "figures": "Kengetallen", "maps": "Kaarten", "per_terrein": "Per terrein",
        "density": "Dichtheid per terrein (Spacemate)", "zones": "Kansenzones",
        "scores": "Wat de herontwikkelingsscore betekent",
        "assumptions": "Uitgangspunten", "made": "Verantwoording",
        "not_run": "Niet uitgevoerde onderdelen", "basis": "Grondslag", "source": "Bron",
        "legend": "Legenda", "count": "aantal", "class": "klasse",
        "fsi_title": "Dichtheid: FSI per perceel", "fsi_legend": "FSI (bvo / perceel)",
        "fsi_cap": "Bebouwingsdichtheid (FSI = vloeroppervlak / perceeloppervlak) per perceel. "
        "Donkere percelen zijn intensief bebouwd; lichte hebben ruimte om te verdichten.",
        "contours_title": "Milieucontouren per categorie",
        "contours_legend": "categorie: richtafstand",
        "contours_cap": "De toegestane milieucategorie van elk perceel, getekend op de "
        "richtafstand (VNG 2009). Rood: woningen of andere gevoelige objecten binnen een "
        "contour.",
        "max_title": "Milieuruimte: hoogst toegestane categorie",
        "max_legend": "hoogste categorie",
        "max_cap": "De hoogste milieucategorie die elk perceel toelaat, gegeven de afstand "
        "tot het dichtstbijzijnde gevoelige object.",
        "potential_title": "Verdichtingspotentieel", "potential_legend": "extra m² bvo",
        "potential_cap": "Extra vloeroppervlak (m² bvo) dat de planregels op elk perceel "
        "toestaan boven wat er staat. Klassen: kwintielen van de percelen.",
        "kz_title": "Kansenzones", "kz_legend": "kansenzone",
        "kz_cap": "Aaneengesloten groepen percelen met de hoogste herontwikkelingsscore, "
        "waar één investeringsplan kan beginnen (nummers als in de tabel Kansenzones).",
        "story_area": "{parcels} met samen {area} ha bedrijfsgrond",
        "story_fsi": ", bebouwd met een FSI van {fsi}",
        "story_pot": "De planregels staan {pot} m² bvo extra vloeroppervlak toe",
        "story_jobs": ", ruimte voor ongeveer {jobs} extra banen",
        "story_redev": "{ha} ha is herontwikkelingsopgave (perceeloppervlak gewogen naar "
        "het aandeel vloeroppervlak van vóór {year}).",
        "story_conf": "{n} dichter bij een perceel dan de richtafstand van de toegestane "
        "categorie.", "story_zones": "Voorgesteld: {zones} ({sizes} ha).",
        "parcel": ("perceel", "percelen"), "zone": ("kansenzone", "kansenzones"),
        "object": ("gevoelig object ligt", "gevoelige objecten liggen"),
        "drivers": "belangrijkste redenen", "strong": "sterk", "medium": "matig",
        "weak": "licht", "terrein": "terrein",
        "assume_head": ("uitgangspunt", "waarde", "herkomst", "instelling"),
        "policy": "standaardwaarde rve_geo [{tag}]: {source}", "given": "opgegeven in de "
        "configuratie", "default": "standaardwaarde van de functie",
        "made_text": "rve_geo {version}, berekend {start} tot {end} (UTC), "
        "coördinatenstelsel {crs}. Uitgevoerde onderdelen: {stages}.",
        "versions": "Softwareversies", "inputs": "Invoerbestanden (SHA-256)",
        "made_tail": "Alle parameters en de volledige configuratie staan in de tabel "
        "run_metadata van de GeoPackage; de kaartstijlen in layer_styles.",
        "score_intro": "De herontwikkelingsscore (0 tot 1) is per perceel het gewogen "
        "gemiddelde van de indicatoren hieronder, elk tussen 0 (geen aanleiding) en 1 "
        "(sterke aanleiding). De gewichten zijn aannames [A] en kunnen per gemeente "
        "worden aangepast.",
        "weight": "gewicht", "indicator": "indicator", "meaning": "betekenis",
        "score_tail": "Een kansenzone is een aaneengesloten groep percelen van ongeveer "
        "{lo} tot {hi} ha met de hoogste scores; de zone krijgt de gemiddelde score van haar "
        "percelen.",
        "none": "-", "atlas_cap": "Per terrein, terreinen {first} tot en met {last} van "
        "{n} (elk op eigen schaal; legenda als bij de overzichtskaart)",
        "atlas_cap_ranked": "Per terrein, nummers {first} tot en met {last} van de {n} "
        "terreinen met {key}; elk op eigen schaal, legenda als bij de overzichtskaart",
        "story_zones_range": "Voorgesteld: {zones} (van {lo} tot {hi} ha).",
        "selection": "Dit resultaat heeft {total} terreinen. De kaarten en tabellen per "
        "terrein tonen de {n} terreinen met {key}, van hoog naar laag (instellingen "
        "report_max_terreinen en report_rank_by); de overzichtskaarten en de kengetallen "
        "gaan over alle terreinen. Alle {total} terreinen staan in {where}.",
        "selection_unranked": "Dit resultaat heeft {total} terreinen. De kaarten en "
        "tabellen per terrein tonen de eerste {n} in de volgorde van de tabel: het resultaat "
        "heeft geen waarden om op te rangschikken ({key}; instelling report_rank_by). De "
        "overzichtskaarten en de kengetallen gaan over alle terreinen. Alle {total} "
        "terreinen staan in {where}.",
        "selection_none": "Dit resultaat heeft {total} terreinen: te veel om elk op een "
        "eigen kaart te tonen (instelling report_max_terreinen = 0). De overzichtskaarten "
        "en de kengetallen gaan over alle terreinen; elk terrein staat in {where}.",
        "where_files": "{files} naast dit rapport, en in de lagen terrein_summary en "
        "terrein_density van {gpkg}", "where_gpkg": "de lagen terrein_summary en "
        "terrein_density van {gpkg}", "the_gpkg": "de GeoPackage", "and": "en",
        "sheet": "blad", "zones_shown": "Hieronder de {n} kansenzones op de getoonde "
        "terreinen; alle {total} kansenzones staan in {where}.",
        "zones_where": "de laag kansenzones van {gpkg}",
    },
    "en": {
        "title": "Ruimte voor Economie: {area}", "subtitle": "Density, environmental "
        "zoning, densification potential and opportunity zones", "summary": "Summary",
        "figures": "Key figures", "maps": "Maps", "per_terrein": "Per terrein",
        "density": "Density per terrein (Spacemate)", "zones": "Opportunity zones",
        "scores": "What the redevelopment score means",
        "assumptions": "Assumptions", "made": "How this was made",
        "not_run": "Stages not run", "basis": "Basis", "source": "Source",
        "legend": "Legend", "count": "count", "class": "class",
        "fsi_title": "Density: FSI per parcel", "fsi_legend": "FSI (GFA / parcel)",
        "fsi_cap": "Floor space index (FSI = floor area / parcel area) per parcel. Dark "
        "parcels are built intensively; light ones have room to densify.",
        "contours_title": "Environmental contours per category",
        "contours_legend": "category: required distance",
        "contours_cap": "Each parcel's permitted category drawn at its required distance "
        "(VNG 2009). Red: homes or other sensitive objects inside a contour.",
        "max_title": "Environmental capacity: highest allowed category",
        "max_legend": "highest category",
        "max_cap": "The highest category each parcel allows, given the distance to the "
        "nearest sensitive object.",
        "potential_title": "Densification potential", "potential_legend": "extra m² GFA",
        "potential_cap": "Extra floor area (m² GFA) the plan rules allow on each parcel "
        "beyond what is built. Classes: quintiles of the parcels.",
        "kz_title": "Opportunity zones", "kz_legend": "zone",
        "kz_cap": "Contiguous groups of parcels with the highest redevelopment scores, "
        "where one investment plan can start (numbers as in the zones table).",
        "story_area": "{parcels} with {area} ha of business land",
        "story_fsi": ", built at an FSI of {fsi}",
        "story_pot": "The plan rules allow {pot} m² GFA more floor area",
        "story_jobs": ", room for about {jobs} extra jobs",
        "story_redev": "{ha} ha is redevelopment task (parcel area weighted by the share "
        "of floor area built before {year}).",
        "story_conf": "{n} closer to a parcel than the required distance of its permitted "
        "category.", "story_zones": "Proposed: {zones} ({sizes} ha).",
        "parcel": ("parcel", "parcels"), "zone": ("opportunity zone", "opportunity zones"),
        "object": ("sensitive object lies", "sensitive objects lie"),
        "drivers": "main reasons", "strong": "strong", "medium": "moderate",
        "weak": "slight", "terrein": "terrein",
        "assume_head": ("assumption", "value", "origin", "setting"),
        "policy": "rve_geo default [{tag}]: {source}", "given": "set in the configuration",
        "default": "default of the function",
        "made_text": "rve_geo {version}, run {start} to {end} (UTC), coordinate system "
        "{crs}. Stages run: {stages}.",
        "versions": "Software versions", "inputs": "Input files (SHA-256)",
        "made_tail": "All parameters and the full configuration are in the run_metadata "
        "table of the GeoPackage; the map styles in layer_styles.",
        "score_intro": "The redevelopment score (0 to 1) of a parcel is the weighted mean "
        "of the indicators below, each between 0 (no reason) and 1 (strong reason). The "
        "weights are assumptions [A] and can be changed per municipality.",
        "weight": "weight", "indicator": "indicator", "meaning": "meaning",
        "score_tail": "An opportunity zone is a contiguous group of parcels of about {lo} "
        "to {hi} ha with the highest scores; a zone gets the mean score of its parcels.",
        "none": "-", "atlas_cap": "Per terrein, terreinen {first} to {last} of {n} (each "
        "at its own scale; legend as on the overview map)",
        "atlas_cap_ranked": "Per terrein, numbers {first} to {last} of the {n} terreinen "
        "with {key}; each at its own scale, legend as on the overview map",
        "story_zones_range": "Proposed: {zones} (from {lo} to {hi} ha).",
        "selection": "This result has {total} terreinen. The maps and tables per terrein "
        "show the {n} terreinen with {key}, from high to low (settings "
        "report_max_terreinen and report_rank_by); the overview maps and the key figures "
        "cover all terreinen. All {total} terreinen are in {where}.",
        "selection_unranked": "This result has {total} terreinen. The maps and tables per "
        "terrein show the first {n} in the order of the table: the result has no values "
        "to rank them by ({key}; setting report_rank_by). The overview maps and the key "
        "figures cover all terreinen. All {total} terreinen are in {where}.",
        "selection_none": "This result has {total} terreinen: too many to show each on a "
        "map of its own (setting report_max_terreinen = 0). The overview maps and the key "
        "figures cover all terreinen; every terrein is in {where}.",
        "where_files": "{files} beside this report, and in the layers terrein_summary and "
        "terrein_density of {gpkg}", "where_gpkg": "the layers terrein_summary and "
        "terrein_density of {gpkg}", "the_gpkg": "the GeoPackage", "and": "and",
        "sheet": "sheet", "zones_shown": "Below, the {n} opportunity zones on the terreinen "
        "shown; all {total} zones are in {where}.",
        "zones_where": "the layer kansenzones of {gpkg}",
    },
}

#: Score indicators: (Dutch name, Dutch meaning, English name, English meaning).
INDICATORS: dict[str, tuple[str, str, str, str]] = {
    "unused_capacity": ("onbenutte bouwruimte", "deel van het toegestane vloeroppervlak "
                        "dat niet gebouwd is", "unused building capacity",
                        "share of the allowed floor area not built"),
    "ageing": ("verouderde panden", "aandeel vloeroppervlak van vóór het peiljaar, extra "
               "gewicht voor 1960-1980", "ageing stock", "share of floor area built before "
               "the threshold year, extra weight for 1960-1980"),
    "scheefwerken": ("scheefwerken", "bedrijven in een lagere milieucategorie dan de grond "
                     "toestaat", "category mismatch", "firms in a lower category than the "
                     "land allows"),
    "vacancy": ("leegstand", "leegstaand deel van het vloeroppervlak", "vacancy",
                "vacant share of the floor area"),
    "fragmentation": ("versnipperd eigendom", "eigenaren per hectare in de omgeving",
                      "fragmented ownership", "owners per hectare around the parcel"),
    "quay_misuse": ("kade niet watergebonden gebruikt", "niet-watergebonden bedrijf op een "
                    "kavel aan de kade", "quay misuse", "non water-bound firm on a quay plot"),
}

#: Argument names shown in the Uitgangspunten: (Dutch, English).
ARGUMENTS: dict[str, tuple[str, str]] = {
    "omgevingstype": ("omgevingstype (VNG 2009)", "receiving area type (VNG 2009)"),
    "distance_table": ("richtafstandentabel", "distance table"),
    "threshold_year": ("peiljaar verouderde panden", "threshold year for ageing stock"),
    "plot_m2_per_job": ("m² kavel per baan", "m² plot per job"),
    "office_m2_per_job": ("m² bvo per kantoorbaan", "m² GFA per office job"),
    "jobs_ratios": ("m² bvo per baan naar functie", "m² GFA per job by function"),
    "storey_height_m": ("verdiepingshoogte (m)", "storey height (m)"),
    "allowed_storey_height_m": ("verdiepingshoogte bij toegestane hoogte (m)",
                                "storey height for the allowed height (m)"),
    "storey_heights": ("verdiepingshoogten naar gebruik", "storey heights by use"),
    "bvo_go_factor": ("bvo / gebruiksoppervlakte", "GFA / usable area"),
    "hmc_threshold": ("drempel hoge milieucategorie (HMC)", "high category (HMC) threshold"),
    "minimum_category": ("minimale categorie op bedrijventerrein", "minimum category on "
                         "business land"),
    "min_area_ha": ("kleinste kansenzone (ha)", "smallest zone (ha)"),
    "max_area_ha": ("grootste kansenzone (ha)", "largest zone (ha)"),
    "small_terrein_min_ha": ("klein terrein als geheel vanaf (ha)", "small terrein as a "
                             "whole from (ha)"),
    "adjacency_gap_m": ("afstand waarop percelen buren zijn (m)", "gap within which parcels "
                        "are neighbours (m)"),
    "weights": ("gewichten herontwikkelingsscore", "redevelopment score weights"),
    "norm_work_m2_per_home": ("norm m² werkruimte per woning", "norm m² work space per home"),
    "norm_jobs_per_home": ("norm banen per woning", "norm jobs per home"),
    "mode": ("contourvorm", "contour mode"),
    "cross_terrein": ("kansenzones over terreingrenzen", "zones across terreinen"),
    "main_category": ("hoofdcategorie bij een bereik", "main category of a range"),
    "floor_area_method": ("methode vloeroppervlak", "floor area method"),
    "include_demolished": ("gesloopte panden meetellen", "count demolished buildings"),
    "rules_transfer": ("planregels naar perceel", "plan rules to parcel"),
    "sensitive_functions": ("gevoelige functies", "sensitive functions"),
    "halls_single_storey": ("hallen als één bouwlaag", "halls as one storey"),
    "gap_tolerance_m": ("tussenruimte die percelen verbindt (m)", "gap that joins parcels (m)"),
    "m2_per_job": ("m² bvo per baan (algemeen)", "m² GFA per job (general)"),
    "jobs_basis": ("grondslag banen", "jobs basis"),
}

#: Technical arguments that are no planning assumption (left out of the Uitgangspunten).
_TECHNICAL = {"progress", "indicators", "quad_segs", "seed", "potential_cols", "n_jobs",
              "chunk_size", "workers"}

#: Code values shown in words: value -> (Dutch, English).
_VALUES = {"highest": ("hoogste", "highest"), "lowest": ("laagste", "lowest"),
           "auto": ("automatisch", "automatic"), "largest_overlap": ("grootste overlap",
           "largest overlap"), "per_source": ("per bron", "per source"),
           "per_category": ("per categorie", "per category"),
           "rustige_woonwijk": ("rustige woonwijk", "quiet residential area"),
           "gemengd_gebied": ("gemengd gebied", "mixed area"),
           "floor_area": ("vloeroppervlak per baan naar gebruik", "floor area per job by use"),
           "plot_area": ("kaveloppervlak per baan", "plot area per job")}

#: Source tags of rve_geo/data/policy.toml: (Dutch, English).
_TAGS = {"V": ("geverifieerd in meerdere openbare bronnen", "verified in several public "
               "sources"),
         "P": ("deels geverifieerd", "partly verified"),
         "S": ("programma Ruimte voor Economie", "programme Ruimte voor Economie"),
         "A": ("aanname", "assumption")}

_STAGES_NL = {
    "density": "dichtheid per perceel", "terrein_density": "dichtheid per terrein",
    "imro": "IMRO-bestemmingsplan", "contours": "milieucontouren",
    "conflicts": "conflicten met gevoelige objecten", "max_category": "milieuruimte",
    "allowed_zones": "zones toegestane categorie", "category_use": "scheefwerken",
    "potential": "verdichtingspotentieel", "redevelopment": "herontwikkelingsopgave",
    "work_home": "woon-werkbalans", "scores": "herontwikkelingsscores",
    "kansenzones": "kansenzones",
}


def fmt(value: Any, decimals: int = 0, lang: str = "nl") -> str:
    """A number with thousands separators (Dutch: ``1.234,5``); '-' when missing.

    :func:`rve_geo.deliverables.tables.format_number`, with text that is not a number
    escaped for HTML.
    """
    return html.escape(format_number(value, decimals, lang))


def plural(n: Any, one: str, many: str, lang: str = "nl") -> str:
    """``'1 perceel'``, ``'2 percelen'`` (count formatted for ``lang``)."""
    count = int(round(float(n)))
    return f"{fmt(count, 0, lang)} {one if count == 1 else many}"


def _read(path: Path, layer: str, layers: list[str], columns: tuple[str, ...] | None = None):
    if layer not in layers:
        return None
    import pyogrio

    info = pyogrio.read_info(path, layer=layer)
    if info.get("geometry_type") in (None, "Unknown") and not info.get("crs"):
        return pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    import geopandas as gpd

    if columns is not None:
        fields = set(info.get("fields", ()))
        columns = [c for c in columns if c in fields]
    return gpd.read_file(path, layer=layer, engine="pyogrio", columns=columns)


#: Stands in for the HTML of "where" (file names, links) while a sentence is escaped.
_SLOT = "\0"

#: Layers the report reads (others, such as per-stage copies of the parcels, are not;
#: ``parcel_density`` only when there is no ``parcel_results``).
_LAYERS = ("parcel_results", "parcel_density", "terrein_density", "environmental_contours",
           "contour_conflicts", "kansenzones", "kansenzone_parcels",
           "sensitive_objects", "summary", "terrein_summary", "run_metadata")

#: The columns the maps use of the large layers (a region has millions of rows; the
#: other columns are read for nothing). Layers not named here are read whole.
_COLUMNS = {
    "parcel_results": ("parcel_id", "terrein_id", "fsi", "milieuruimte_category",
                       "potential_m2"),
    "parcel_density": ("parcel_id", "terrein_id", "fsi"),
    "environmental_contours": ("source_id", "category", "distance_m"),
    "contour_conflicts": ("source_id", "terrein_id", "sensitive_id"),
    "kansenzone_parcels": ("parcel_id", "terrein_id", "zone_id"),
}


def report_layers(layers: Mapping[str, Any]) -> dict[str, Any]:
    """The layers (and columns) the report uses, from result layers held in memory: what
    :func:`_load` reads from the GeoPackage they were written to, without reading it."""
    names = [n for n in _LAYERS if layers.get(n) is not None]
    if "parcel_results" in names:
        names = [n for n in names if n != "parcel_density"]
    out = {}
    for name in names:
        keep = _COLUMNS.get(name)
        written = getattr(layers, "written", lambda _name: None)(name)
        if written is not None:
            # a layer already written to the GeoPackage (not in memory any more): read back
            # only the columns the report uses, as :func:`_load` does
            out[name] = _read(written.path, name, [name], keep)
            continue
        frame = layers[name]
        if keep is not None:
            geom = getattr(frame, "_geometry_column_name", None)
            frame = frame[[c for c in frame.columns if c in keep or c == geom]]
        out[name] = _as_read(frame.reset_index(drop=True))
    return out


def _as_read(frame: Any) -> Any:
    """``frame`` with the column types a GeoPackage reads back as (pyogrio): nullable
    numbers as float with NaN (int without missing values), text as objects with None."""
    geom = getattr(frame, "_geometry_column_name", None)
    changed = {}
    for col in frame.columns:
        s = frame[col]
        if col == geom or not isinstance(s.dtype, pd.api.extensions.ExtensionDtype):
            continue
        if pd.api.types.is_bool_dtype(s.dtype):
            changed[col] = s.to_numpy(dtype=object, na_value=None) if s.isna().any() \
                else s.to_numpy(dtype=bool)
        elif pd.api.types.is_integer_dtype(s.dtype) and not s.isna().any():
            changed[col] = s.to_numpy(dtype="int64")
        elif pd.api.types.is_numeric_dtype(s.dtype):
            changed[col] = s.to_numpy(dtype="float64", na_value=np.nan)
        elif pd.api.types.is_string_dtype(s.dtype):
            changed[col] = s.to_numpy(dtype=object, na_value=None)
    return frame.assign(**changed) if changed else frame


def _load(gpkg: Path) -> dict[str, Any]:
    """The layers of result ``gpkg`` the report uses, with the columns it uses."""
    from ..io import list_layer_names

    names = list_layer_names(gpkg)
    if "parcel_results" in names:
        names = [n for n in names if n != "parcel_density"]
    return {n: _read(gpkg, n, names, _COLUMNS.get(n)) for n in _LAYERS if n in names}


def _caption(lang: str, key: str) -> str:
    return _T[lang][key]


def render_maps(layers: Mapping[str, Any], lang: str = "nl", *, context_layer: Any = None,
                context_name: str = "", max_terreinen: int = DEFAULT_MAX_TERREINEN,
                rank_by: str = DEFAULT_RANK_BY) -> dict[str, Any]:
    """Draw the report's maps; returns name -> :class:`~.maps.MapImage`.

    Up to six terreinen: one figure with a named panel per terrein. More: an overview
    of everything plus the terreinen as small multiples (``MapImage.pages``, one named
    frame per terrein); above ``max_terreinen`` terreinen only the ``max_terreinen``
    with the highest ``rank_by`` get a frame, from high to low
    (:func:`~.selection.select_terreinen`). ``context_layer`` (roads, water) is drawn
    thinly under the results on every map. Maps whose layers are missing are left out.
    """
    from . import maps

    t = _T[lang]
    out: dict[str, Any] = {}
    parcels = layers.get("parcel_results")
    if parcels is None:
        parcels = layers.get("parcel_density")
    outline = layers.get("terrein_density")
    sensitive = layers.get("sensitive_objects")
    if parcels is None:
        return out
    frames = maps.terrein_frames(parcels, outline)
    if frames and len(frames) <= maps._MAX_PANELS:
        panels, atlas = frames, []
    else:
        panels, atlas = [maps.overview_panel(parcels, outline)], frames
        chosen = select_terreinen(layers, [f.terrein_id for f in frames],
                                  max_terreinen=max_terreinen, rank_by=rank_by)
        if chosen is not None:
            by_id = {f.terrein_id: f for f in frames}
            atlas = [by_id[t] for t in chosen.ids]
    common = {"panels": panels, "atlas": atlas, "outline": outline, "lang": lang,
              "context_layer": context_layer, "context_name": context_name}
    if "fsi" in parcels.columns:
        out["fsi"] = maps.class_map(parcels, "parcel_results", "fsi", title=t["fsi_title"],
                                    legend_title=t["fsi_legend"], sensitive=sensitive,
                                    **common)
    contours = layers.get("environmental_contours")
    if contours is not None and len(contours) and "category" in contours.columns:
        out["contours"] = maps.contours_map(
            contours, sources=parcels, conflicts=layers.get("contour_conflicts"),
            sensitive=sensitive, title=t["contours_title"],
            legend_title=t["contours_legend"], **common)
    if "milieuruimte_category" in parcels.columns:
        out["max_category"] = maps.class_map(
            parcels, "max_allowed_category", "milieuruimte_category", title=t["max_title"],
            legend_title=t["max_legend"], sensitive=sensitive, **common)
    if "potential_m2" in parcels.columns:
        out["potential"] = maps.class_map(
            parcels, "densification_potential", "potential_m2", title=t["potential_title"],
            legend_title=t["potential_legend"], **common)
    zones, members = layers.get("kansenzones"), layers.get("kansenzone_parcels")
    if zones is not None and members is not None and "zone_id" in members.columns:
        labels = {}
        if "area_ha" in zones.columns:
            labels = {str(z): f": {fmt(a, 1, lang)} ha"
                      for z, a in zip(zones["zone_id"], zones["area_ha"], strict=True)}
        out["kansenzones"] = maps.kansenzones_map(
            zones, members, title=t["kz_title"], legend_title=t["kz_legend"],
            zone_labels=labels, **common)
    return out


def _figures(layers: Mapping[str, Any]) -> dict[str, float]:
    summary = layers.get("summary")
    if summary is None or not len(summary):
        return {}
    return {str(r.figure): float(r.value) for r in summary.itertuples()}


def _metadata(layers: Mapping[str, Any]) -> dict[str, str]:
    meta = layers.get("run_metadata")
    if meta is None:
        return {}
    return {str(r.key): str(r.value) for r in meta.itertuples()}


def _json(meta: Mapping[str, str], key: str, default: Any) -> Any:
    try:
        return json.loads(meta.get(key, "") or "null") or default
    except ValueError:
        return default


def _cell(value: Any, decimals: int, lang: str) -> tuple[str, bool]:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "-", False
    if isinstance(value, (bool, np.bool_)):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no"), False
    if isinstance(value, (int, float, np.number)):
        return fmt(value, decimals, lang), True
    return html.escape(str(value)), False


def _table(frame: pd.DataFrame, columns: Mapping[str, tuple[str, int]], lang: str,
           cls: str = "") -> str:
    cols = [c for c in columns if c in frame.columns]
    if not cols or not len(frame):
        return ""
    head = "".join(f"<th>{html.escape(columns[c][0])}</th>" for c in cols)
    rows = []
    for row in frame[cols].itertuples(index=False):
        cells = []
        for c, value in zip(cols, row, strict=True):
            text, numeric = _cell(value, columns[c][1], lang)
            cells.append(f"<td class=\"{'num' if numeric else 'txt'}\">{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table class=\"{cls}\"><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}"
            "</tbody></table>")


def _columns(names: tuple[str, ...], lang: str) -> dict[str, tuple[str, int]]:
    out = {}
    for c in names:
        nl, en, unit, dec = COLUMNS[c]
        text = nl if lang == "nl" else en
        out[c] = (f"{text} ({unit})" if unit and unit not in ("aantal", "nr") else text, dec)
    return out


def _drivers(text: Any, lang: str) -> str:
    """'unused_capacity (0.59), ageing (0.33)' -> 'onbenutte bouwruimte (sterk), ...'."""
    if not isinstance(text, str) or not text.strip():
        return "-"
    t = _T[lang]
    out = []
    for part in text.split(","):
        name, _, rest = part.strip().partition(" (")
        words = INDICATORS.get(name)
        label = (words[0] if lang == "nl" else words[2]) if words else name.replace("_", " ")
        try:
            v = float(rest.rstrip(")"))
            level = t["strong"] if v >= 0.5 else t["medium"] if v >= 0.25 else t["weak"]
            out.append(f"{label} ({level})")
        except ValueError:
            out.append(label)
    return ", ".join(out)


#: Up to this many kansenzones the summary names the size of each; more: the range.
_ZONES_LISTED = 12


def _story(f: Mapping[str, float], layers: Mapping[str, Any], meta: Mapping[str, str],
           lang: str) -> str:
    t = _T[lang]
    out = []
    if "parcel_area_ha" in f and "n_parcels" in f:
        s = t["story_area"].format(parcels=plural(f["n_parcels"], *t["parcel"], lang=lang),
                                   area=fmt(f["parcel_area_ha"], 1, lang))
        if "fsi" in f:
            s += t["story_fsi"].format(fsi=fmt(f["fsi"], 2, lang))
        out.append(s[0].upper() + s[1:] + ".")
    if "potential_m2" in f:
        s = t["story_pot"].format(pot=fmt(f["potential_m2"], 0, lang))
        if "extra_jobs" in f:
            s += t["story_jobs"].format(jobs=fmt(f["extra_jobs"], 0, lang))
        out.append(s + ".")
    if "redevelopment_ha" in f:
        year = used_arguments(meta).get("threshold_year", 1980)
        out.append(t["story_redev"].format(ha=fmt(f["redevelopment_ha"], 1, lang), year=year))
    if "n_conflicts" in f:
        out.append(t["story_conf"].format(n=plural(f["n_conflicts"], *t["object"], lang=lang)))
    zones = layers.get("kansenzones")
    if zones is not None and len(zones) and "area_ha" in zones.columns:
        n_zones = plural(len(zones), *t["zone"], lang=lang)
        if len(zones) > _ZONES_LISTED:  # a region: the range, not every size
            area = pd.to_numeric(zones["area_ha"], errors="coerce")
            out.append(t["story_zones_range"].format(
                zones=n_zones, lo=fmt(area.min(), 1, lang), hi=fmt(area.max(), 1, lang)))
        else:
            sizes = "; ".join(fmt(v, 1, lang) for v in zones["area_ha"])
            out.append(t["story_zones"].format(zones=n_zones, sizes=sizes))
    return " ".join(out)


def _value_text(value: Any, lang: str, name: str = "") -> str:
    if isinstance(value, str) and value in _VALUES:
        return _VALUES[value][0 if lang == "nl" else 1]
    if isinstance(value, int) and not isinstance(value, bool) and "year" in name:
        return str(value)
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if isinstance(value, (int, float)):
        return fmt(value, 0 if float(value).is_integer() else 2, lang)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(f"<code>{html.escape(v)}</code>" for v in value)  # data values
    if isinstance(value, list):
        return " - ".join(_value_text(v, lang) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_arg_label(k, lang)} {_value_text(v, lang)}"
                         for k, v in value.items())
    return html.escape(str(value)).replace("_", " ")


def _reason(text: str, lang: str) -> str:
    """Why a stage did not run, in words (Dutch: known reasons translated, the
    original message kept as technical detail)."""
    import re

    if lang != "nl":
        return html.escape(text)
    if text.startswith("skipped by run.skip"):
        return "overgeslagen volgens <code>run.skip</code> in de configuratie"
    m = re.match(r"no input (\w+) configured", text)
    if m:
        return f"invoer <code>{html.escape(m.group(1))}</code> niet opgegeven"
    if text.startswith("no IMRO2012 GML plan"):
        return "geen IMRO2012-bestemmingsplan (GML) opgegeven (<code>[inputs.plan]</code>)"
    if text.startswith("missing input column"):
        return f"invoerkolom ontbreekt (<code>{html.escape(text)}</code>)"
    return f"niet mogelijk met deze invoer (<code>{html.escape(text)}</code>)"


def _arg_label(name: str, lang: str) -> str:
    words = ARGUMENTS.get(name) or INDICATORS.get(name)
    if words is None:
        return name.replace("_", " ")
    return words[0] if lang == "nl" else (words[1] if name in ARGUMENTS else words[2])


def _assumptions(meta: Mapping[str, str], lang: str) -> str:
    """The Uitgangspunten table: every argument with a value that is an assumption."""
    t = _T[lang]
    used = _json(meta, "arguments_used", {})
    policy = _json(meta, "policy_defaults", {})
    configured = _json(meta, "parameters", {})
    given = set(configured.get("parameters", {}))
    for kwargs in configured.get("operations", {}).values():
        given |= set(kwargs)
    rows, seen = [], set()
    for arguments in used.values():
        for name, value in arguments.items():
            if name in seen or name.endswith("_col") or name in _TECHNICAL:
                continue
            if value is None and name not in ("weights",):
                continue
            seen.add(name)
            if name == "weights" and value is None:
                from ..kansen.scores import default_score_config

                value = dict(default_score_config()["weights"])
            entry = policy.get(name)
            if name in given:
                origin = t["given"]
            elif entry:
                tag = str(entry.get("tag", ""))
                words = _TAGS.get(tag)
                source = (words[0] if words else tag) if lang == "nl" else \
                    f"{words[1] if words else tag}; {entry.get('source', '')}"
                origin = t["policy"].format(tag=tag, source=source)
            else:
                origin = t["default"]
            rows.append((_arg_label(name, lang), _value_text(value, lang, name),
                         html.escape(origin), name))
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in t["assume_head"])
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td><code>{d}</code></td></tr>"
                   for a, b, c, d in rows)
    return f"<table class=\"assume\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _scores_section(meta: Mapping[str, str], lang: str) -> str:
    t = _T[lang]
    weights = used_arguments(meta).get("weights")
    if not weights:
        from ..kansen.scores import default_score_config

        weights = dict(default_score_config()["weights"])
    used = used_arguments(meta)
    rows = "".join(
        f"<tr><td>{html.escape(v[0] if lang == 'nl' else v[2])}</td>"
        f"<td>{html.escape(v[1] if lang == 'nl' else v[3])}</td>"
        f"<td class=\"num\">{fmt(weights.get(k, float('nan')), 2, lang)}</td></tr>"
        for k, v in INDICATORS.items())
    tail = t["score_tail"].format(lo=fmt(used.get("min_area_ha", 10), 0, lang),
                                  hi=fmt(used.get("max_area_ha", 15), 0, lang))
    return (f"<p>{html.escape(t['score_intro'])}</p><table><thead><tr><th>{t['indicator']}"
            f"</th><th>{t['meaning']}</th><th>{t['weight']}</th></tr></thead><tbody>{rows}"
            f"</tbody></table><p>{html.escape(tail)}</p>")


_CSS = """
body{font-family:'DejaVu Sans',-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;
 margin:0;color:#1a1a1a;background:#f4f5f7}
header{background:#12355b;color:#fff;padding:22px 32px}
header h1{margin:0;font-size:26px} header p{margin:6px 0 0;opacity:.85}
main{padding:20px 32px;max-width:1180px}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin:10px 0 24px}
.fig{background:#fff;border-radius:8px;padding:14px 16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.fig .v{font-size:28px;font-weight:700;color:#12355b}
.fig .u{font-size:15px;font-weight:400;color:#555;margin-left:4px}
.fig .l{font-size:14px;color:#222;margin-top:4px;font-weight:600}
.fig .b{font-size:12px;color:#555;margin-top:4px}
.maps{display:block}
figure{margin:0 0 18px;background:#fff;border-radius:8px;padding:8px;
 box-shadow:0 1px 3px rgba(0,0,0,.12)}
figure img{width:100%;height:auto;display:block}
figcaption{font-size:13px;color:#333;padding:6px 4px 2px}
h2{font-size:19px;margin:28px 0 10px;color:#12355b}
table{border-collapse:collapse;background:#fff;font-size:13px;width:100%;
 box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:10px}
th{background:#e8edf3;text-align:left;padding:7px 8px;font-weight:600}
td{padding:6px 8px;border-top:1px solid #e3e3e3;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.legend{width:auto;min-width:50%;font-size:12px;box-shadow:none;margin-top:6px}
.swatch{display:inline-block;width:12px;height:12px;border:1px solid #888;margin-right:6px;
 vertical-align:middle}
.meta{font-size:12px;color:#555} .meta code{font-size:11px}
.story{font-size:16px;line-height:1.5;max-width:980px;margin:0 0 14px}
.selection{font-size:14px;background:#eef3f9;border-left:4px solid #12355b;
 padding:8px 12px;margin:6px 0 14px}
.skipped{font-size:13px;color:#7a4b00;background:#fff6e0;padding:8px 12px;border-radius:6px}
section{break-inside:auto}
@page{size:A4;margin:14mm 12mm}
@media print{
 body{background:#fff;font-size:10px}
 header{padding:10px 14px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 header h1{font-size:20px}
 main{padding:0;max-width:none;width:100%}
 h2{font-size:15px;margin:14px 0 6px;break-after:avoid;page-break-after:avoid}
 .story{font-size:11px}
 .figures{grid-template-columns:repeat(3,1fr);gap:6px}
 .fig{padding:6px 8px} .fig .v{font-size:18px} .fig .l{font-size:10px} .fig .b{font-size:8px}
 .fig,figure,table{box-shadow:none;border:1px solid #ccc}
 figure,.fig,tr{break-inside:avoid;page-break-inside:avoid}
 figure img{width:100%;height:auto;max-height:170mm;object-fit:contain}
 figure.atlas img{max-height:235mm} figure.atlas figcaption{font-size:7px}
 table{font-size:8.5px;width:100%} th,td{padding:3px 4px}
 table.legend{font-size:8px;min-width:40%}
}
"""


def _legend_table(image: Any, lang: str) -> str:
    t = _T[lang]
    rows = []
    for e in getattr(image, "legend", ()):
        colour = e.colour[5:] if e.colour.startswith("line:") else e.colour
        label = e.label.replace("\n", " ")
        rows.append(f"<tr><td><span class=\"swatch\" style=\"background:{colour}\"></span>"
                    f"{html.escape(label)}</td><td class=\"num\" data-count=\"{e.count}\">"
                    f"{fmt(e.count, 0, lang)}</td></tr>")
    if not rows:
        return ""
    return (f"<table class=\"legend\"><thead><tr><th>{t['legend']}</th><th>{t['count']}</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _page_head(title: str, lang: str) -> list[str]:
    """Open the HTML page: document head with the print CSS and the page header."""
    t = _T[lang]
    return [f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
            f"<header><h1>{html.escape(title)}</h1><p>{html.escape(t['subtitle'])}</p>"
            "</header><main>"]


def _summary_section(figures: Mapping[str, Any], layers: Mapping[str, Any],
                     meta: Mapping[str, Any], lang: str) -> list[str]:
    """The summary paragraph (the story of the key figures), if there is one."""
    t = _T[lang]
    story = _story(figures, layers, meta, lang)
    if not story:
        return []
    return [f"<h2>{t['summary']}</h2><p class=\"story\">{html.escape(story)}</p>"]


def _figures_section(figures: Mapping[str, Any], meta: Mapping[str, Any],
                     lang: str) -> list[str]:
    """One tile per key figure of :data:`FIGURES` present: value, label, basis, source."""
    t = _T[lang]
    tiles = []
    for key, fig in FIGURES.items():
        if key not in figures:
            continue
        unit = f"<span class=\"u\">{html.escape(fig.unit)}</span>" if fig.unit else ""
        basis = _fill(fig.basis_nl if lang == "nl" else fig.basis_en, meta, lang)
        decimals = 1 if fig.unit == "ha" else fig.decimals
        tiles.append(f"<div class=\"fig\" data-figure=\"{key}\"><div class=\"v\">"
                     f"{fmt(figures[key], decimals, lang)}{unit}</div><div class=\"l\">"
                     f"{html.escape(fig.nl if lang == 'nl' else fig.en)}</div>"
                     f"<div class=\"b\">{t['basis']}: {html.escape(basis)}. {t['source']}: "
                     f"{html.escape(fig.source)}.</div></div>")
    if not tiles:
        return []
    return [f"<h2>{t['figures']}</h2><div class=\"figures\">{''.join(tiles)}</div>"]


def _maps_section(images: Mapping[str, Any], lang: str, selection: Selection | None = None,
                  note: str = "") -> list[str]:
    """The rendered maps of :data:`MAPS` present, inlined as PNG with caption and legend.

    ``note``: the sentence saying which terreinen have frames (a capped report).
    """
    t = _T[lang]
    maps_html = [note] if note else []
    captions = {"fsi": "fsi_cap", "contours": "contours_cap", "max_category": "max_cap",
                "potential": "potential_cap", "kansenzones": "kz_cap"}
    for name in MAPS:
        if name not in images:
            continue
        image = images[name]
        png = image if isinstance(image, bytes) else image.png
        data = base64.b64encode(png).decode("ascii")
        maps_html.append(f"<figure id=\"map-{name}\"><img alt=\"{name} map\" "
                         f"src=\"data:image/png;base64,{data}\"><figcaption>"
                         f"{html.escape(t[captions[name]])}</figcaption>"
                         f"{_legend_table(image, lang)}</figure>")
        maps_html.extend(_atlas_figures(name, image, lang, selection))
    if not images:
        return []
    return [f"<h2>{t['maps']}</h2><div class=\"maps\">{''.join(maps_html)}</div>"]


def _atlas_figures(name: str, image: Any, lang: str,
                   selection: Selection | None = None) -> list[str]:
    """The small-multiple pages of a map (one named frame per terrein), if any."""
    pages = getattr(image, "pages", ())
    titles = getattr(image, "page_titles", ())
    n = sum(len(p) for p in titles)
    out, first = [], 1
    ranked = selection is not None and selection.ranked
    key = RANK_KEYS[selection.rank_by][0 if lang == "nl" else 1] if ranked else ""
    for k, (png, names) in enumerate(zip(pages, titles, strict=True), start=1):
        data = base64.b64encode(png).decode("ascii")
        last = first + len(names) - 1
        head = _T[lang]["atlas_cap_ranked" if ranked else "atlas_cap"].format(
            first=first, last=last, n=n, key=key)
        out.append(f"<figure class=\"atlas\" id=\"map-{name}-{k}\"><img alt=\"{name} "
                   f"terreinen {first}-{last}\" src=\"data:image/png;base64,{data}\">"
                   f"<figcaption>{html.escape(head)}: {html.escape(', '.join(names))}."
                   "</figcaption></figure>")
        first = last + 1
    return out


def _shown(frame: Any, selection: Selection | None) -> Any:
    """The rows of ``frame`` of the selected terreinen, in their rank order (all rows
    without a selection)."""
    if selection is None or frame is None or "terrein_id" not in frame.columns:
        return frame
    rank = {t: k for k, t in enumerate(selection.ids)}
    pos = frame["terrein_id"].astype("string").map(rank)
    keep = pos.notna().to_numpy()
    order = np.argsort(pos[keep].to_numpy(dtype=float), kind="stable")
    return frame[keep].iloc[order]


def _terrein_section(layers: Mapping[str, Any], lang: str, selection: Selection | None = None,
                     note: str = "") -> list[str]:
    """The per-terrein summary table, if the ``terrein_summary`` layer has rows (the
    selected terreinen only, under the ``note`` saying where the others are)."""
    t = _T[lang]
    terreinen = layers.get("terrein_summary")
    if terreinen is None or not len(terreinen):
        return []
    terreinen = _shown(terreinen, selection)
    return [f"<h2>{t['per_terrein']}</h2>" + note + _table(terreinen, _columns(
        ("terrein_id", "naam", "n_parcels", "parcel_area_ha", "fsi", "potential_m2",
         "jobs", "extra_jobs", "redevelopment_ha", "mean_score"), lang), lang)]


def _density_section(layers: Mapping[str, Any], lang: str,
                     selection: Selection | None = None) -> list[str]:
    """The net and gross density table per terrein, if ``terrein_density`` has rows (the
    selected terreinen only)."""
    t = _T[lang]
    density = layers.get("terrein_density")
    if density is None or not len(density):
        return []
    density = _shown(density, selection)
    cols = {"terrein_id": ("terrein", 0), "naam": ("naam" if lang == "nl" else "name", 0),
            "zone_area_m2": ("oppervlakte terrein (m²)" if lang == "nl" else
                             "terrein area (m²)", 0),
            "fsi_net": ("FSI netto" if lang == "nl" else "net FSI", 2),
            "gsi_net": ("GSI netto" if lang == "nl" else "net GSI", 2),
            "fsi_gross": ("FSI bruto" if lang == "nl" else "gross FSI", 2),
            "gsi_gross": ("GSI bruto" if lang == "nl" else "gross GSI", 2),
            "l": ("bouwlagen L" if lang == "nl" else "storeys L", 1),
            "tare_share": ("aandeel tarra" if lang == "nl" else "tare share", 2)}
    return [f"<h2>{t['density']}</h2>" + _table(density, cols, lang)]


def _zones_section(layers: Mapping[str, Any], meta: Mapping[str, Any], lang: str,
                   selection: Selection | None = None, where: str = "") -> list[str]:
    """The kansenzones table and the scoring explanation, if ``kansenzones`` has rows
    (with a selection: the zones on the selected terreinen, and where the rest is)."""
    t = _T[lang]
    zones = layers.get("kansenzones")
    if zones is None or not len(zones):
        return []
    note = ""
    if selection is not None and "terrein_id" in zones.columns:
        chosen = set(selection.ids)
        on = [any(p.strip() in chosen for p in str(v).split(";"))
              for v in zones["terrein_id"].astype("string").fillna("")]
        text = html.escape(t["zones_shown"].format(
            n=format_number(sum(on), 0, lang), total=format_number(len(zones), 0, lang),
            where=_SLOT))
        note = f"<p class=\"selection\">{text.replace(_SLOT, where)}</p>"
        zones = zones[np.asarray(on, dtype=bool)]
    shown = zones.drop(columns="geometry", errors="ignore").copy()
    if "top_drivers" in shown.columns:
        shown["top_drivers"] = [_drivers(v, lang) for v in shown["top_drivers"]]
    cols = _columns(("zone_id", "terrein_naam", "area_ha", "n_parcels", "score_mean",
                     "potential_m2", "potential_jobs"), lang)
    if "terrein_naam" not in shown.columns:
        cols = {("terrein_id" if k == "terrein_naam" else k): v for k, v in cols.items()}
    cols["top_drivers"] = (t["drivers"], 0)
    return [f"<h2>{t['zones']}</h2>" + note + _table(shown, cols, lang),
            f"<h2>{t['scores']}</h2>" + _scores_section(meta, lang)]


def _assumptions_section(meta: Mapping[str, Any], lang: str) -> list[str]:
    """The assumptions used by the run, if the metadata records any."""
    t = _T[lang]
    assumptions = _assumptions(meta, lang)
    if not assumptions:
        return []
    return [f"<h2>{t['assumptions']}</h2>" + assumptions]


def _skipped_section(meta: Mapping[str, Any], lang: str) -> list[str]:
    """The stages that did not run, each with its reason, if any were skipped."""
    t = _T[lang]
    skipped = _json(meta, "stages_skipped", {})
    if not skipped:
        return []
    items = "".join(f"<li><b>{html.escape(_STAGES_NL.get(k, k) if lang == 'nl' else k)}"
                    f"</b>: {_reason(v, lang)}</li>" for k, v in skipped.items())
    return [f"<h2>{t['not_run']}</h2><div class=\"skipped\"><ul>{items}</ul></div>"]


def _made_section(meta: Mapping[str, Any], lang: str) -> list[str]:
    """How the result was made: version, times, CRS, stages, package versions, input hashes."""
    t = _T[lang]
    if not meta:
        return []
    stages = _json(meta, "stages_run", [])
    names = [(_STAGES_NL.get(s, s) if lang == "nl" else s) for s in stages]
    text = t["made_text"].format(
        version=meta.get("rve_geo_version", "?"), start=meta.get("started_utc", "?"),
        end=meta.get("finished_utc", "?"), crs=meta.get("target_crs", "?"),
        stages=", ".join(names))
    versions = _json(meta, "versions", {})
    vtext = ", ".join(f"{k} {v}" for k, v in versions.items())
    hashes = _json(meta, "input_sha256", {})
    rows = "".join(f"<li><code>{html.escape(Path(p).name)}</code> "
                   f"<code>{h[:16]}…</code></li>" for p, h in hashes.items())
    return [f"<h2>{t['made']}</h2><div class=\"meta\"><p>{html.escape(text)}</p>"
            + (f"<p>{t['versions']}: {html.escape(vtext)}.</p>" if vtext else "")
            + (f"<p>{t['inputs']}:</p><ul>{rows}</ul>" if rows else "")
            + f"<p>{html.escape(t['made_tail'])}</p></div>"]


def report_selection(layers: Mapping[str, Any], *, max_terreinen: int = DEFAULT_MAX_TERREINEN,
                     rank_by: str = DEFAULT_RANK_BY) -> Selection | None:
    """The terreinen the report shows one by one (None: all of them); the same choice
    as :func:`render_maps` makes (:func:`~.selection.select_terreinen`)."""
    from . import maps

    parcels = layers.get("parcel_results")
    if parcels is None:
        parcels = layers.get("parcel_density")
    frames = maps.terrein_frames(parcels, layers.get("terrein_density"))
    return select_terreinen(layers, [f.terrein_id for f in frames],
                            max_terreinen=max_terreinen, rank_by=rank_by)


def _where(source: Path | None, lang: str) -> tuple[str, str]:
    """Where every terrein and every kansenzone is: the tables written beside the
    result GeoPackage ``source`` (those that exist) and its layers."""
    t = _T[lang]
    gpkg = f"<code>{html.escape(source.name)}</code>" if source is not None else t["the_gpkg"]
    names = table_file_names(source.stem, lang) if source is not None else {}
    present = {k: v for k, v in names.items() if (source.parent / v).exists()}
    files = []
    if "table_terrein_summary" in present:
        files.append(f"<code>{html.escape(present['table_terrein_summary'])}</code>")
    if "table_xlsx" in present:
        sheet = TABLE_NAMES["terrein_summary"][0 if lang == "nl" else 1]
        files.append(f"<code>{html.escape(present['table_xlsx'])}</code> ({t['sheet']} "
                     f"{sheet})")
    terreinen = t["where_files"].format(files=f" {t['and']} ".join(files), gpkg=gpkg) \
        if files else t["where_gpkg"].format(gpkg=gpkg)
    zones = t["zones_where"].format(gpkg=gpkg)
    if "table_kansenzones" in present:
        zones = f"<code>{html.escape(present['table_kansenzones'])}</code> {t['and']} {zones}"
    return terreinen, zones


def _selection_note(selection: Selection | None, where: str, lang: str) -> str:
    """The sentence saying which terreinen the report shows one by one and where the
    others are ('' when it shows all)."""
    if selection is None:
        return ""
    t = _T[lang]
    key = RANK_KEYS[selection.rank_by][0 if lang == "nl" else 1]
    kind = "selection_none" if not selection.ids else \
        "selection" if selection.ranked else "selection_unranked"
    text = html.escape(t[kind].format(total=format_number(selection.total, 0, lang),
                                      n=format_number(len(selection.ids), 0, lang),
                                      key=key, where=_SLOT))
    return f"<p class=\"selection\">{text.replace(_SLOT, where)}</p>"


def build_report(layers: Mapping[str, Any], images: Mapping[str, Any], *,
                 title: str | None = None, lang: str = "nl",
                 max_terreinen: int = DEFAULT_MAX_TERREINEN, rank_by: str = DEFAULT_RANK_BY,
                 source: str | os.PathLike | None = None) -> str:
    """Return the HTML page for result ``layers`` and rendered maps ``images``.

    ``images`` maps a name of :data:`MAPS` to a :class:`~.maps.MapImage` (or PNG bytes).
    Above ``max_terreinen`` terreinen the tables per terrein show the ``max_terreinen``
    terreinen with the highest ``rank_by`` (as the maps of :func:`render_maps`), and the
    page says so and where every terrein is: the tables written beside ``source`` (the
    result GeoPackage) and its layers.
    """
    t = _T[lang]
    meta = _metadata(layers)
    figures = _figures(layers)
    area = meta.get("area", "")
    title = title or t["title"].format(area=area).rstrip(": ")
    selection = report_selection(layers, max_terreinen=max_terreinen, rank_by=rank_by)
    where, zones_where = _where(Path(source) if source is not None else None, lang)
    note = _selection_note(selection, where, lang)
    parts = [*_page_head(title, lang),
             *_summary_section(figures, layers, meta, lang),
             *_figures_section(figures, meta, lang),
             *_maps_section(images, lang, selection, note),
             *_terrein_section(layers, lang, selection, note),
             *_density_section(layers, lang, selection),
             *_zones_section(layers, meta, lang, selection, zones_where),
             *_assumptions_section(meta, lang),
             *_skipped_section(meta, lang),
             *_made_section(meta, lang),
             "</main></body></html>"]
    return "\n".join(parts)



def _context(layers: Mapping[str, Any], context: Any, layer: str | None):
    """The context layer in the result's CRS, cut to the maps (or (None, ""))."""
    if context is None:
        if layer is not None:
            from ..errors import InputError

            raise InputError(f"context_layer {layer!r} is given without context; name the "
                             "file too (CLI: --context PATH --context-layer NAME).")
        return None, ""
    from .context import read_context

    parcels = layers.get("parcel_results")
    if parcels is None:
        parcels = layers.get("parcel_density")
    crs = parcels.crs if parcels is not None else "EPSG:28992"
    bounds = tuple(parcels.total_bounds) if parcels is not None and len(parcels) else None
    return read_context(context, layer, crs=crs, bounds=bounds)


def write_pdf(page: str, pdf_path: str | os.PathLike) -> Path:
    """Write the HTML ``page`` as an A4 PDF with WeasyPrint (print CSS of the page).

    Raises
    ------
    OutputError
        WeasyPrint is not installed (``pip install 'rve_geo[report]'``).
    """
    try:
        from weasyprint import HTML
    except ImportError as exc:
        from ..errors import OutputError

        raise OutputError(
            "the PDF cannot be written without WeasyPrint: pip install 'rve_geo[report]' (or pip install "
            f"weasyprint); {exc}") from None
    from ..io import atomic_path

    out = Path(pdf_path)
    with atomic_path(out, overwrite=True) as tmp:
        HTML(string=page).write_pdf(str(tmp))
    return out


def write_report(
    gpkg: str | os.PathLike,
    html_path: str | os.PathLike,
    *,
    maps_dir: str | os.PathLike | None = None,
    title: str | None = None,
    overwrite: bool = False,
    lang: str = "nl",
    pdf: bool | str | os.PathLike = False,
    context: str | os.PathLike | None = None,
    context_layer: str | None = None,
    max_terreinen: int = DEFAULT_MAX_TERREINEN,
    rank_by: str = DEFAULT_RANK_BY,
    layers: Mapping[str, Any] | None = None,
) -> Path:
    """Write the HTML report (and optionally the PNG maps and a PDF) of a result GeoPackage.

    Parameters
    ----------
    gpkg : path-like
        A GeoPackage written by :func:`rve_geo.pipeline.run.run_pipeline`.
    html_path : path-like
        The ``.html`` file to write (atomically).
    maps_dir : path-like, optional
        Folder to also write the maps into as ``<name>.png`` (created; must not exist
        unless ``overwrite``).
    title : str, optional
        Page title; default "Ruimte voor Economie: <area>".
    overwrite : bool
        Replace existing outputs.
    lang : {"nl", "en"}
        Language of the report (default Dutch).
    pdf : bool or path-like
        Also write a PDF: True for ``html_path`` with ``.pdf``, or the PDF's path.
    context : path-like, optional
        A vector file with roads, water or other lines and polygons, drawn thinly under
        the results on every map (:func:`~.context.read_context`).
    context_layer : str, optional
        The layer of ``context`` to draw; needed when the file has several.
    max_terreinen : int
        Above this many terreinen (and more than six) the maps per terrein and the
        tables per terrein show only this many (0: no frames per terrein), chosen by
        ``rank_by``; the page says so and names the tables and layers with all of them
        (:mod:`~.selection`). Default 100.
    rank_by : str
        The key figure that chooses them, highest first: ``potential_m2`` (default),
        ``conflicts``, ``kansenzones``, ``redevelopment_ha``, ``extra_jobs``,
        ``mean_score`` or ``parcel_area_ha``.
    layers : mapping, optional
        The result layers as written to ``gpkg``, still in memory (``rve run``): used
        instead of reading ``gpkg`` again (:func:`report_layers`).

    Returns
    -------
    Path
        The HTML file.

    Raises
    ------
    InputError
        ``gpkg`` does not exist or is not readable, or ``lang`` is not "nl"/"en"; or
        ``max_terreinen`` is not a whole number >= 0 or ``rank_by`` not a known key; or
        ``context`` does not exist, its layer is missing (or not named among several),
        or it has no lines or polygons.
    OutputError
        An output exists without ``overwrite``, or its folder is not writable; or ``pdf``
        is asked for and WeasyPrint is not installed. ``pdf`` is asked for and WeasyPrint is not installed.

    Notes
    -----
    Maps use the Agg renderer of matplotlib (imported here, not at ``import rve_geo``)
    and are embedded as ``data:image/png;base64`` URIs: the page has no external
    references.
    """
    from ..io import atomic_path, check_output_path

    if lang not in _T:
        from ..errors import InputError

        raise InputError(f"argument 'lang' must be 'nl' or 'en', got {lang!r}.")
    check_selection_arguments(max_terreinen, rank_by)
    gpkg = Path(gpkg)
    out = check_output_path(html_path, inputs=[gpkg], overwrite=overwrite)
    pdf_path = None
    if pdf:
        pdf_path = check_output_path(out.with_suffix(".pdf") if pdf is True else pdf,
                                     inputs=[gpkg], overwrite=overwrite)
    layers = _load(gpkg) if layers is None else report_layers(layers)
    if "run_metadata" not in layers and "summary" not in layers:
        from ..errors import InputError
        from ..io import list_layer_names

        names = list_layer_names(gpkg)
        raise InputError(f"'{gpkg}' is not a result of rve run (it has no run_metadata or "
                         f"summary layer; layers: {', '.join(names) or '(none)'}); give the "
                         "GeoPackage that rve run wrote, e.g. out/<area>.gpkg.")
    context_frame, context_name = _context(layers, context, context_layer)
    images = render_maps(layers, lang=lang, context_layer=context_frame,
                         context_name=context_name, max_terreinen=max_terreinen,
                         rank_by=rank_by)
    page = build_report(layers, images, title=title, lang=lang, max_terreinen=max_terreinen,
                        rank_by=rank_by, source=gpkg)
    if maps_dir is not None:
        folder = Path(maps_dir)
        if folder.exists() and not overwrite:
            from ..errors import OutputError

            raise OutputError(f"maps folder '{folder}' exists; pass overwrite=True (CLI: "
                              "--overwrite) or choose another folder.")
        folder.mkdir(parents=True, exist_ok=True)
        for name, image in images.items():
            with atomic_path(folder / f"{name}.png", overwrite=True) as tmp:
                tmp.write_bytes(image.png)
            for k, png in enumerate(image.pages, start=1):
                with atomic_path(folder / f"{name}_terreinen_{k:02d}.png",
                                 overwrite=True) as tmp:
                    tmp.write_bytes(png)
    with atomic_path(out, overwrite=overwrite) as tmp:
        tmp.write_text(page, encoding="utf-8")
    if pdf_path is not None:
        write_pdf(page, pdf_path)
    return out
