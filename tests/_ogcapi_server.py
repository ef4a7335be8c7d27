"""A real OGC API Features server (pygeoapi) on 127.0.0.1 for the fetch tests.

    python tests/_ogcapi_server.py FOLDER PORT

Serves every ``FOLDER/*.geojson`` (RD New) as a collection named after the file, with
pygeoapi's GeoJSON provider: paging (``limit``/``offset``, ``next`` links), ``bbox`` with
``bbox-crs``, ``crs``, property filters. Two fault injections for the retry tests, as a WSGI
layer in front of pygeoapi: collection ``pand_flaky`` answers HTTP 503 once, to its first
request for a second or later page; collection ``broken`` always answers HTTP 500.
Prints ``READY`` when listening.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

RD = "http://www.opengis.net/def/crs/EPSG/0/28992"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


def config(folder: Path, port: int) -> dict:
    url = f"http://127.0.0.1:{port}"
    contact = {k: "test" for k in ("name", "position", "address", "city", "stateorprovince",
                                   "postalcode", "country", "phone", "fax", "email", "hours",
                                   "instructions")}
    cfg = {
        "server": {"bind": {"host": "127.0.0.1", "port": port}, "url": url,
                   "mimetype": "application/json; charset=UTF-8", "encoding": "utf-8",
                   "language": "en-US", "limits": {"default_items": 10, "max_items": 1000},
                   "map": {"url": f"{url}/tiles/{{z}}/{{x}}/{{y}}.png", "attribution": "test"}},
        "logging": {"level": "ERROR"},
        "metadata": {"identification": {"title": "rve test", "description": "rve test",
                                        "keywords": ["test"], "keywords_type": "theme",
                                        "terms_of_service": url, "url": url},
                     "license": {"name": "CC0", "url": url},
                     "provider": {"name": "rve", "url": url},
                     "contact": {**contact, "url": url, "role": "pointOfContact"}},
        "resources": {},
    }
    for f in sorted(folder.glob("*.geojson")):
        cfg["resources"][f.stem] = {
            "type": "collection", "title": f.stem, "description": f.stem, "keywords": [f.stem],
            "extents": {"spatial": {"bbox": [3.2, 50.7, 7.3, 53.6], "crs": CRS84}},
            "providers": [{"type": "feature", "name": "GeoJSON", "data": str(f),
                           "id_field": "id", "storage_crs": RD, "crs": [CRS84, RD]}],
        }
    return cfg


class Faults:
    """WSGI layer: one 503 for pand_flaky's first later page; 500 for 'broken'."""

    def __init__(self, app) -> None:
        self.app = app
        self.flaky_done = False

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        query = environ.get("QUERY_STRING", "")
        if path.endswith("/collections/broken/items"):
            start_response("500 Internal Server Error", [("Content-Type", "text/plain")])
            return [b"broken on purpose"]
        if path.endswith("/collections/pand_flaky/items") and "offset=" in query \
                and not self.flaky_done:
            self.flaky_done = True
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"try again"]
        return self.app(environ, start_response)


def main(folder: Path, port: int) -> None:
    (folder / "config.yml").write_text(yaml.safe_dump(config(folder, port)))
    os.environ["PYGEOAPI_CONFIG"] = str(folder / "config.yml")
    os.environ["PYGEOAPI_OPENAPI"] = str(folder / "openapi.yml")
    from pygeoapi.openapi import generate_openapi_document

    with open(folder / "config.yml") as fh:
        doc = generate_openapi_document(fh, "yaml")
    (folder / "openapi.yml").write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc))
    from pygeoapi.flask_app import APP
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", port, Faults(APP), threaded=True)
    print("READY", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
