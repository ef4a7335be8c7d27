"""Reading a written layer for comparison in tests: the attributes, and the geometry as WKB."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyogrio


def layer_as_table(path: Path, name: str) -> pd.DataFrame:
    """Layer ``name`` of ``path`` as a plain table, its geometry (if any) as a WKB column,
    so that two written files can be compared with ``pandas.testing``."""
    frame = pyogrio.read_dataframe(path, layer=name)
    if "geometry" in frame.columns:
        frame = pd.DataFrame(frame.drop(columns="geometry")).assign(
            wkb=frame.geometry.to_wkb().to_numpy())
    return pd.DataFrame(frame)
