"""Fetch registry data from OGC API Features services into one GeoPackage ``rve run`` reads.

:func:`fetch_inputs` downloads, for a bounding box or a municipality, the BAG panden and
verblijfsobjecten, 3D BAG heights, BRK percelen and bedrijventerreinen from OGC API
Features services (PDOK by default), page by page following the ``next`` links, with
retries, a cache folder of the pages, and progress; then reads them with the registry
readers (:func:`rve_geo.read_bag`, :func:`rve_geo.join_3dbag`,
:func:`rve_geo.read_brk_percelen`, :func:`rve_geo.read_terreinen`) and writes the layers
``buildings``, ``homes``, ``parcels`` and ``terreinen`` atomically: a failed or cancelled
fetch leaves no output file.

Only the standard library's ``urllib`` is used. See docs/registry.md, "rve fetch".
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .._validate import Issues
from ..errors import InputError
from ..progress import ProgressCallback, report

__all__ = ["DEFAULT_SERVICES", "FETCH_WHAT", "Service", "fetch_inputs"]

RD = "http://www.opengis.net/def/crs/EPSG/0/28992"
FETCH_WHAT = ("bag", "3dbag", "brk", "terreinen")


@dataclass(frozen=True)
class Service:
    """One OGC API Features collection: landing page URL and collection id."""

    url: str
    collection: str


#: Default services (public, no key). Bedrijventerreinen have no national OGC API: name one
#: with ``services={"terreinen": Service(url, collection)}`` (CLI ``--url terreinen=...``).
DEFAULT_SERVICES: dict[str, Service] = {
    "bag_pand": Service("https://api.pdok.nl/kadaster/bag/ogc/v2", "pand"),
    "bag_verblijfsobject": Service("https://api.pdok.nl/kadaster/bag/ogc/v2", "verblijfsobject"),
    "3dbag": Service("https://api.3dbag.nl", "pand"),
    "brk": Service("https://api.pdok.nl/kadaster/brk-kadastrale-kaart/ogc/v1", "perceel"),
    "gemeente": Service("https://api.pdok.nl/kadaster/bestuurlijkegebieden/ogc/v1",
                        "gemeentegebied"),
}
_NEEDS = {"bag": ("bag_pand", "bag_verblijfsobject"), "3dbag": ("3dbag",), "brk": ("brk",),
          "terreinen": ("terreinen",)}


class _Fetcher:
    def __init__(self, cache: Path, retries: int, backoff_s: float, timeout_s: float,
                 page_size: int, progress, issues: Issues) -> None:
        self.cache, self.retries, self.backoff_s = cache, retries, backoff_s
        self.timeout_s, self.page_size, self.progress = timeout_s, page_size, progress
        self.issues = issues
        self.pages = 0
        self.retried = 0

    def get(self, url: str) -> dict:
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        cached = self.cache / f"{key}.json"
        if cached.exists():
            try:
                return json.loads(cached.read_text("utf-8"))
            except json.JSONDecodeError:
                cached.unlink()
        last = None
        for attempt in range(self.retries + 1):
            try:
                req = urllib.request.Request(url, headers={
                    "Accept": "application/geo+json, application/json;q=0.9",
                    "User-Agent": "rve_geo fetch"})
                with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                    body = resp.read()
                data = json.loads(body)
                tmp = cached.with_suffix(".part")
                tmp.write_bytes(body)
                os.replace(tmp, cached)
                return data
            except urllib.error.HTTPError as exc:
                if exc.code not in (429, 500, 502, 503, 504):
                    raise InputError(f"fetch: {url} answered HTTP {exc.code} ({exc.reason}); "
                                     "check the service URL, collection and bbox.") from None
                last = f"HTTP {exc.code}"
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                last = str(getattr(exc, "reason", exc))
            except json.JSONDecodeError:
                raise InputError(f"fetch: {url} did not answer JSON; is it an OGC API Features "
                                 "items URL?") from None
            if attempt < self.retries:
                self.retried += 1
                time.sleep(self.backoff_s * (2 ** attempt))
        raise InputError(f"fetch: {url} failed {self.retries + 1} times (last: {last}); try "
                         "again later or raise retries=.")

    def items(self, service: Service, params: Mapping[str, str], label: str,
              done: float, span: float) -> list[dict]:
        base = service.url.rstrip("/") + f"/collections/{service.collection}/items"
        query = {"f": "json", "limit": str(self.page_size), **params}
        url = base + "?" + urllib.parse.urlencode(query)
        features: list[dict] = []
        seen = set()
        while url:
            if url in seen:
                raise InputError(f"fetch: the service repeats page {url}; stopped.")
            seen.add(url)
            page = self.get(url)
            self.pages += 1
            features += _features(page)
            matched = page.get("numberMatched")
            frac = min(1.0, len(features) / matched) if isinstance(matched, int) and matched \
                else 0.5
            report(self.progress, done + span * frac,
                   f"{label}: {len(features)} features, page {self.pages}")
            url = _next_link(page)
        return features


def _features(page: dict) -> list[dict]:
    """GeoJSON features of a page; CityJSONFeatures (3D BAG API) become attribute-only
    features of their Building objects.

    Examples
    --------
    >>> page = {"type": "FeatureCollection", "features": [{"type": "CityJSONFeature",
    ...     "id": "NL.IMBAG.Pand.0503100000005156", "CityObjects": {
    ...         "NL.IMBAG.Pand.0503100000005156": {"type": "Building",
    ...             "attributes": {"b3_h_dak_70p": 9.24, "b3_h_maaiveld": 0.69}},
    ...         "NL.IMBAG.Pand.0503100000005156-0": {"type": "BuildingPart"}},
    ...     "vertices": []}]}
    >>> [f["properties"]["identificatie"] for f in _features(page)]
    ['NL.IMBAG.Pand.0503100000005156']
    """
    out = []
    for item in page.get("features") or []:
        if item.get("type") == "Feature":
            out.append(item)
            continue
        objects = (item.get("CityObjects") or (item.get("feature") or {}).get("CityObjects")
                   or {})
        for key, obj in objects.items():
            if isinstance(obj, dict) and obj.get("type") == "Building":
                props = dict(obj.get("attributes") or {})
                props.setdefault("identificatie", key)
                out.append({"type": "Feature", "properties": props, "geometry": None})
    return out


def _next_link(page: dict) -> str | None:
    for link in page.get("links") or []:
        if link.get("rel") == "next" and link.get("href"):
            href = link["href"]
            parts = urllib.parse.urlsplit(href)
            q = urllib.parse.parse_qs(parts.query)
            if "f" not in q:
                href = href + ("&" if parts.query else "?") + "f=json"
            return href
    return None


def _frame(features: list[dict], crs: str = "EPSG:28992") -> gpd.GeoDataFrame:
    if not features:
        return gpd.GeoDataFrame({"identificatie": pd.Series(dtype="string")},
                                geometry=gpd.GeoSeries([], crs=crs), crs=crs)
    if all(f.get("geometry") is None for f in features):
        frame = pd.DataFrame([f.get("properties") or {} for f in features])
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([None] * len(frame), crs=crs),
                                crs=crs)
    return gpd.GeoDataFrame.from_features(features, crs=crs)


def fetch_inputs(
    output: str | os.PathLike,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    gemeente: str | None = None,
    what: Iterable[str] = FETCH_WHAT,
    services: Mapping[str, Service] | None = None,
    cache_dir: str | os.PathLike | None = None,
    page_size: int = 1000,
    retries: int = 3,
    backoff_s: float = 1.0,
    timeout_s: float = 60.0,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> dict[str, int]:
    """Download registry layers for an area and write one GeoPackage for ``rve run``.

    Parameters
    ----------
    output : path-like
        The GeoPackage to write (``.gpkg``); written atomically.
    bbox : (xmin, ymin, xmax, ymax), optional
        The area in RD New (EPSG:28992) metres.
    gemeente : str, optional
        A municipality name instead of ``bbox``: its outline comes from the ``gemeente``
        service (PDOK bestuurlijke gebieden, property ``naam``); features are kept when
        they intersect it.
    what : iterable of {"bag", "3dbag", "brk", "terreinen"}
        What to fetch. ``3dbag`` needs ``bag`` (heights are joined to the panden).
    services : mapping, optional
        Replace services of :data:`DEFAULT_SERVICES` (keys ``bag_pand``,
        ``bag_verblijfsobject``, ``3dbag``, ``brk``, ``terreinen``, ``gemeente``).
        ``terreinen`` has no default.
    cache_dir : path-like, optional
        Folder where every fetched page is kept (file name = hash of its URL); a later
        fetch of the same pages reads them from there. Default: a temporary folder,
        removed afterwards.
    page_size : int
        ``limit`` per request.
    retries, backoff_s, timeout_s
        Retries after a connection error, timeout or HTTP 429/5xx, waiting
        ``backoff_s x 2^attempt`` seconds; seconds before a request times out.
    overwrite : bool
        Replace ``output`` if it exists.
    progress : callable, optional
        ``progress(fraction, message)``; raising
        :class:`~rve_geo.errors.OperationCancelledError` stops the fetch and nothing is
        written.

    Returns
    -------
    dict
        Rows per written layer, plus ``pages`` fetched and ``retried`` requests.

    Raises
    ------
    InputError
        Neither or both of bbox and gemeente; unknown ``what``; a service that keeps
        failing or answers an error; an unknown gemeente.
    OutputError
        The output exists (without ``overwrite``) or cannot be written.
    OperationCancelledError
        Cancelled through ``progress``; no output file is left.
    """
    from ..io import check_output_path, write_layers

    what = [w.strip().lower() for w in what]
    unknown = [w for w in what if w not in FETCH_WHAT]
    if unknown or not what:
        raise InputError(f"argument 'what': {', '.join(unknown) or '(nothing)'} is not one of "
                         f"{', '.join(FETCH_WHAT)}.")
    if "3dbag" in what and "bag" not in what:
        raise InputError("argument 'what': 3dbag heights are joined to BAG panden; add 'bag'.")
    if (bbox is None) == (gemeente is None):
        raise InputError("give either bbox=(xmin, ymin, xmax, ymax) in RD New or gemeente=NAME "
                         "(CLI: --bbox or --gemeente), not both and not neither.")
    svc = {**DEFAULT_SERVICES, **(services or {})}
    missing = [k for w in what for k in _NEEDS[w] if k not in svc]
    if missing:
        raise InputError(f"no service known for {', '.join(missing)}; name one with services="
                         f"{{'{missing[0]}': Service(url, collection)}} (CLI: --url "
                         f"{missing[0]}=URL#COLLECTION). Bedrijventerreinen have no national "
                         "OGC API; use your province's werklocaties service.")
    if page_size < 1 or retries < 0:
        raise InputError("page_size must be at least 1 and retries at least 0.")
    out = check_output_path(output, overwrite=overwrite)
    issues = Issues("fetch_inputs")
    tmpdir = None
    if cache_dir is None:
        tmpdir = tempfile.TemporaryDirectory(prefix="rve_fetch_")
        cache = Path(tmpdir.name)
    else:
        cache = Path(cache_dir).expanduser()
        cache.mkdir(parents=True, exist_ok=True)
    fetcher = _Fetcher(cache, retries, backoff_s, timeout_s, page_size, progress, issues)
    try:
        return _run(fetcher, out, bbox, gemeente, what, svc, overwrite, issues, write_layers)
    finally:
        if tmpdir is not None:
            tmpdir.cleanup()


def _run(fetcher, out, bbox, gemeente, what, svc, overwrite, issues, write_layers):
    steps = 1 + len(what) + (1 if "bag" in what else 0)
    span = 0.85 / steps
    area, bbox = _fetch_area(fetcher, svc, gemeente, bbox, span)
    raw = _download_raw(fetcher, svc, what, area, bbox, span)
    report(fetcher.progress, 0.88, f"reading {sum(len(v) for v in raw.values())} features")
    layers = _read_raw(raw, what, issues)
    report(fetcher.progress, 0.95, f"writing {out.name}")
    write_layers(layers, out, overwrite=overwrite)
    issues.emit()
    report(fetcher.progress, 1.0, f"{sum(len(v) for v in layers.values())} features written")
    counts = {k: int(len(v)) for k, v in layers.items()}
    counts.update(pages=fetcher.pages, retried=fetcher.retried)
    return counts


def _fetch_area(fetcher, svc, gemeente, bbox, span):
    """The area to fetch: the named municipality's outline and box, or the checked bbox.

    Returns ``(area, bbox)``; ``area`` is None when a bbox was given.
    """
    if gemeente is None:
        return None, _checked_bbox(bbox)
    feats = fetcher.items(svc["gemeente"], {"naam": gemeente, "crs": RD}, "gemeente",
                          0.0, span)
    g = _frame(feats)
    if "naam" in g.columns:
        g = g[g["naam"].astype("string").str.lower() == gemeente.strip().lower()]
    if g.empty:
        raise InputError(f"argument 'gemeente': no municipality named {gemeente!r} in "
                         f"{svc['gemeente'].url}; check the spelling (e.g. 'Doesburg').")
    return g.union_all(), tuple(float(v) for v in g.total_bounds)


def _checked_bbox(bbox):
    """The bbox as four floats, refused when malformed or outside the Netherlands in RD New."""
    bbox = tuple(float(v) for v in bbox)
    if len(bbox) != 4 or bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
        raise InputError(f"argument 'bbox' must be (xmin, ymin, xmax, ymax) in RD New with "
                         f"xmin < xmax and ymin < ymax, got {bbox}.")
    if not (-7_000 <= bbox[0] <= 300_000 and 289_000 <= bbox[1] <= 629_000):
        raise InputError(f"argument 'bbox' {bbox} is not in the Netherlands in RD New "
                         "(EPSG:28992) metres; give x 0-300000, y 300000-625000.")
    return bbox


def _download_raw(fetcher, svc, what, area, bbox, span):
    """Download the features of each requested register in the box, clipped to the area."""
    params = {"bbox": ",".join(f"{v:.3f}" for v in bbox), "bbox-crs": RD, "crs": RD}
    done = span

    def get(key, label, box=None, clip=True):
        nonlocal done
        query = params if box is None else {
            **params, "bbox": ",".join(f"{v:.3f}" for v in box)}
        feats = fetcher.items(svc[key], query, label, done, span)
        done += span
        frame = _frame(feats)
        if clip and area is not None and len(frame) and frame.geometry.notna().any():
            frame = frame[frame.geometry.isna() | frame.intersects(area)]
        return frame

    raw: dict[str, gpd.GeoDataFrame] = {}
    if "bag" in what:
        raw["pand"] = get("bag_pand", "BAG panden")
        # the verblijfsobjecten of every pand read, also of panden crossing the area's edge
        pand_box = tuple(raw["pand"].total_bounds) if len(raw["pand"]) else None
        raw["verblijfsobject"] = get("bag_verblijfsobject", "BAG verblijfsobjecten", pand_box,
                                     clip=False)
    if "3dbag" in what:
        raw["3dbag"] = get("3dbag", "3D BAG")
    if "brk" in what:
        raw["perceel"] = get("brk", "BRK percelen")
    if "terreinen" in what:
        raw["terreinen"] = get("terreinen", "bedrijventerreinen")
    return raw


def _read_raw(raw, what, issues):
    """Read the downloaded features with the library's own readers into the output layers."""
    from .brk import read_brk_percelen
    from .terreinen import read_terreinen

    layers: dict[str, gpd.GeoDataFrame] = {}
    with tempfile.TemporaryDirectory(prefix="rve_fetch_raw_") as tmp:
        def staged(name: str, frame: gpd.GeoDataFrame, layer: str) -> Path:
            path = Path(tmp) / f"{name}.gpkg"
            frame.to_file(path, layer=layer, driver="GPKG", engine="pyogrio",
                          append=path.exists())
            return path

        if "bag" in what:
            layers.update(_read_raw_bag(raw, what, issues, staged, Path(tmp)))
        if "brk" in what:
            layers["parcels"] = read_brk_percelen(staged("brk", raw["perceel"], "perceel")) \
                if not raw["perceel"].empty else raw["perceel"]
        if "terreinen" in what:
            layers["terreinen"] = read_terreinen(staged("terreinen", raw["terreinen"],
                                                        "terreinen")) \
                if not raw["terreinen"].empty else raw["terreinen"]
    return layers


def _read_raw_bag(raw, what, issues, staged, tmp: Path):
    """BAG buildings (with 3D BAG heights when fetched) and homes from the staged features."""
    from .bag import read_bag
    from .threedbag import join_3dbag, read_3dbag

    if raw["pand"].empty:
        issues.add("bag", "no BAG panden in the area")
    p = staged("bag", raw["pand"], "pand")
    if not raw["verblijfsobject"].empty:
        staged("bag", raw["verblijfsobject"], "verblijfsobject")
    bag = read_bag(p)
    buildings = bag.buildings
    if "3dbag" in what:
        h = raw["3dbag"]
        if "geometry" in h.columns and h.geometry.notna().any():
            heights = read_3dbag(staged("3dbag", h, "pand"))
        else:
            heights = read_3dbag(_write_cityjson_like(tmp, h))
        buildings = join_3dbag(buildings, heights)
    return {"buildings": buildings, "homes": bag.homes}


def _write_cityjson_like(folder: Path, frame: pd.DataFrame) -> Path:
    """Attributes without geometry (3D BAG API items) as a CityJSON file for read_3dbag."""
    objects = {}
    for rec in frame.drop(columns=[c for c in ("geometry",) if c in frame.columns]) \
            .to_dict("records"):
        key = str(rec.get("identificatie"))
        attrs = {k: (None if pd.isna(v) else v) for k, v in rec.items()
                 if not isinstance(v, list | dict)}
        objects[key] = {"type": "Building", "attributes": attrs}
    path = folder / "3dbag.city.json"
    path.write_text(json.dumps({"type": "CityJSON", "version": "2.0", "CityObjects": objects,
                                "vertices": []}, default=str), "utf-8")
    return path

