"""Derive the small real-data fixtures in tests/data from ../shared/realdata (run once).

    python tests/data/make_fixtures.py ../shared/realdata

Every derivation is listed in tests/data/PROVENANCE.md. The output is deterministic.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd

HERE = Path(__file__).resolve().parent
#: Boxes around the two business parks of Doesburg (DBG-NOORD and DBG-ZUIDOOST in
#: sample_data) plus 100 m: the parks' halls and the housing next to them.
DOESBURG_BOXES = ((205994.0, 447953.0, 206918.0, 448371.0),
                  (206186.0, 445760.0, 207114.0, 446513.0))


def main(realdata: Path) -> None:
    parts = [gpd.read_file(realdata / "doesburg_bag_pand_2020.gpkg", layer="pand", bbox=box)
             for box in DOESBURG_BOXES]
    bag = pd.concat(parts).drop_duplicates("identificatie")
    bag = bag.sort_values("identificatie").reset_index(drop=True)
    out = HERE / "doesburg_bag_pand_2020_parks.gpkg"
    out.unlink(missing_ok=True)
    bag.to_file(out, layer="pand", driver="GPKG")
    for name in ("otterlo_brk_perceel.gpkg", "delft_wippolder_3dbag.gpkg"):
        shutil.copyfile(realdata / name, HERE / name)
    for sub in ("imro", "geonovum_gio"):
        (HERE / sub).mkdir(exist_ok=True)
        for f in sorted((realdata / sub).iterdir()):
            shutil.copyfile(f, HERE / sub / f.name)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "realdata"))
