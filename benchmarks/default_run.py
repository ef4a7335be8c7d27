"""The default run as users start it: ``rve init``, then ``rve run`` in a separate process.

For each layout and size this script

1. builds the input GeoPackage (cached in the work folder): ``generator`` is
   :func:`benchmarks.generate.generate_region` (terreinen of median 60 parcels with a
   housing district beside each); ``doesburg`` tiles ``sample_data/doesburg.gpkg`` on a
   grid (two small terreinen per tile with the 5 homes per parcel nearest to them and the
   2 buildings per parcel on or nearest to the parcels, ids made unique per tile): many
   small terreinen close to dense housing;
2. writes the configuration with ``rve init`` and changes only the input paths, the run
   name and ``outputs.report`` (on or off);
3. runs ``python -m benchmarks._timed_rve CONFIG`` (the ``rve run CONFIG --overwrite``
   entry point with a stage clock) as a separate process: files in, files out;
4. records wall time and peak resident memory per stage and for the whole process, and the
   growth exponent ``log(t2 / t1) / log(n2 / n1)`` of every stage between successive sizes.

These are whole-run figures (reading, every stage, writing), not per-operation figures.

Usage::

    python -m benchmarks.default_run --sizes 10000 50000 --layouts generator doesburg \
        --report off --work /tmp/rve_default_run
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_data" / "doesburg.gpkg"
PYTHON = sys.executable


def doesburg_tiled(n_parcels: int, homes_per_parcel: int = 5,
                   buildings_per_parcel: int = 2) -> dict:
    """The Doesburg sample tiled on a grid until it holds ``n_parcels`` parcels (or more,
    whole tiles), each tile with the homes nearest to its terreinen."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    layers = {name: gpd.read_file(SAMPLE, layer=name)
              for name in ("terreinen", "parcels", "buildings", "homes", "zones")}
    parcels = layers["parcels"]
    tgeom = shapely.union_all(np.asarray(layers["terreinen"].geometry.array))
    homes = layers["homes"]
    order = np.argsort(shapely.distance(np.asarray(homes.geometry.array), tgeom),
                       kind="stable")
    homes = homes.iloc[np.sort(order[:homes_per_parcel * len(parcels)])]
    pgeom = shapely.union_all(np.asarray(parcels.geometry.array))
    bld = layers["buildings"]
    order = np.argsort(shapely.distance(np.asarray(bld.geometry.array), pgeom), kind="stable")
    bld = bld.iloc[np.sort(order[:buildings_per_parcel * len(parcels)])]
    tile = {"terreinen": layers["terreinen"], "parcels": parcels, "buildings": bld,
            "homes": homes, "zones": layers["zones"]}
    x0, y0, x1, y1 = np.array([f.total_bounds for f in tile.values()]).T
    x0, y0, x1, y1 = x0.min(), y0.min(), x1.max(), y1.max()
    w, h = x1 - x0, y1 - y0
    n_tiles = math.ceil(n_parcels / len(parcels))
    cols = max(1, round(math.sqrt(n_tiles * h / w)))
    out = {}
    for name, frame in tile.items():
        geoms = np.asarray(frame.geometry.array)
        parts = []
        for t_i in range(n_tiles):
            dx, dy = (t_i % cols) * w, (t_i // cols) * h
            part = pd.DataFrame(frame.drop(columns="geometry"))
            for col in ("terrein_id", "parcel_id", "identificatie", "zone_id"):
                if col in part:
                    part[col] = part[col].astype(str) + f"-{t_i}"
            part["geometry"] = shapely.transform(geoms, lambda xy, dx=dx, dy=dy: xy + [dx, dy])
            parts.append(part)
        out[name] = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True),
                                     geometry="geometry", crs=frame.crs)
    return out


def region_file(layout: str, n: int, work: Path) -> Path:
    path = work / f"{layout}_{n}.gpkg"
    if path.exists():
        return path
    from benchmarks.generate import generate_region, write_region

    layers = generate_region(n) if layout == "generator" else doesburg_tiled(n)
    write_region(layers, path)
    return path


def write_config(gpkg: Path, folder: Path, report: bool) -> Path:
    """``rve init`` in ``folder``, then point the inputs at ``gpkg``."""
    folder.mkdir(parents=True, exist_ok=True)
    cfg = folder / "rve.toml"
    subprocess.run([PYTHON, "-c", "import sys; from rve_geo.cli import main; sys.exit(main())",
                    "init", str(cfg), "--overwrite"],
                   check=True, capture_output=True, cwd=REPO, env=_env())
    text = cfg.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("path = ") and line.rstrip().endswith('doesburg.gpkg"'):
            line = f'path = "{gpkg}"'
        elif line.startswith("report = "):
            line = f"report = {'true' if report else 'false'}"
        elif line.startswith("name = "):
            line = f'name = "{gpkg.stem}"'
        lines.append(line)
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cfg


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_once(cfg: Path) -> dict:
    times = cfg.with_name("stage_times.json")
    times.unlink(missing_ok=True)
    env = _env()
    env["RVE_STAGE_TIMES"] = str(times)
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    proc = subprocess.run([PYTHON, "-m", "benchmarks._timed_rve", str(cfg)], cwd=cfg.parent,
                          env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    out = json.loads(times.read_text()) if times.exists() else {"stages": []}
    out["process_wall_s"] = wall
    out["returncode"] = proc.returncode
    out["stderr_tail"] = proc.stderr[-2000:]
    out["load"] = [load_before, os.getloadavg()]
    return out


def growth(rows: list[dict]) -> list[dict]:
    """Growth exponent per stage between successive sizes of each layout and report, and
    from each smaller size to the largest."""
    res = []
    key = lambda r: (r["layout"], r["report"])  # noqa: E731
    rows = [r for r in rows if r.get("returncode") == 0 and r.get("stages")]
    for k in sorted({key(r) for r in rows}):
        runs = sorted((r for r in rows if key(r) == k), key=lambda r: r["parcels"])
        pairs = list(zip(runs, runs[1:], strict=False))
        # and from each smaller size to the largest (e.g. 50,000 -> 1,000,000)
        pairs += [(a, runs[-1]) for a in runs[:-2]]
        for a, b in pairs:
            ratio = math.log(b["parcels"] / a["parcels"])
            row = {"layout": k[0], "report": k[1], "from": a["parcels"], "to": b["parcels"]}
            for kind, col, total in (("exponents", 1, "process_wall_s"),
                                     ("cpu_exponents", 3, "cpu_s")):
                ta = {s[0]: s[col] for s in a["stages"] if len(s) > col}
                tb = {s[0]: s[col] for s in b["stages"] if len(s) > col}
                exps = {s: round(math.log(tb[s] / ta[s]) / ratio, 2)
                        for s in ta if s in tb and ta[s] > 0.05 and tb[s] > 0}
                if a.get(total) and b.get(total):
                    exps["total"] = round(math.log(b[total] / a[total]) / ratio, 2)
                row[kind] = exps
            res.append(row)
    return res


#: Where ``python -m benchmarks.run_all`` looks for the results of this script.
RESULTS = Path(__file__).resolve().parent / "results" / "default_run.json"
#: Stages shown on their own; the others are summed in "other stages".
HEAVY = ("reading inputs", "maximum category", "allowed-category zones", "woon-werkbalans",
         "kansenzones",
         "writing outputs")


def markdown(path: Path = RESULTS) -> list[str]:
    """The docs/performance.md section of the default-run results in ``path``."""
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    runs = sorted(data["runs"], key=lambda r: (r["layout"], r["report"], r["parcels"]))
    head = ["layout", "parcels", "report", "total s (CPU s)", "peak MB",
            *[f"{h} s (CPU s)" for h in HEAVY], "other stages s (CPU s)", "load before-after"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * 3 + "---:|" * (len(head) - 3)]
    def both(wall, cpu_s):
        return f"{wall:.1f}" + (f" ({cpu_s:.1f})" if cpu_s is not None else "")

    for r in runs:
        st = {s[0]: (s[1], s[3] if len(s) > 3 else None) for s in r["stages"]}
        other = [sum(v[0] for k, v in st.items() if k not in HEAVY),
                 sum(v[1] or 0 for k, v in st.items() if k not in HEAVY)]
        status = "" if r["returncode"] == 0 else f" (exit {r['returncode']})"
        out.append("| " + " | ".join([
            r["layout"], f"{r['parcels']:,}", r["report"],
            both(r["process_wall_s"], r.get("cpu_s")) + status,
            f"{r.get('peak_rss_mb', 0):,.0f}",
            *[both(*st[k]) if k in st else "-" for k in HEAVY],
            both(other[0], other[1] if "cpu_s" in r else None),
            "-".join(f"{x[0]:.1f}" for x in r["load"]) if "load" in r else "-"]) + " |")
    grow = growth(data["runs"])
    if grow:
        names = [*HEAVY, "total"]
        out += ["", "Growth exponent per stage, log(t2 / t1) / log(n2 / n1) (1.0 = linear; "
                "stages under 0.05 s are left out), of wall time and of CPU time:", "",
                "| layout | report | sizes | of | " + " | ".join(names)
                + " | highest of every stage |",
                "|---|---|---|---|" + "---:|" * len(names) + "---|"]
        for g in grow:
            for kind, label in (("exponents", "wall"), ("cpu_exponents", "CPU")):
                e = g.get(kind, {})
                if not e:
                    continue
                out.append(f"| {g['layout']} | {g['report']} | {g['from']:,} -> {g['to']:,} "
                           f"| {label} | "
                           + " | ".join(f"{e[k]:.2f}" if k in e else "-" for k in names)
                           + f" | {_highest(e)} |")
    return out


#: The prose of the docs/performance.md section (status, history); its tables come from
#: :func:`markdown` where the marker line stands.
NOTES = Path(__file__).resolve().parent / "default_run_notes.md"
_MARKER = "<!-- tables: written by benchmarks.default_run.markdown() from " \
          "benchmarks/results/default_run.json -->"


def section(path: Path = RESULTS, notes: Path = NOTES) -> list[str]:
    """The docs/performance.md section of the default run: the notes in ``notes`` with the
    tables of the results in ``path`` where the marker line stands (no tables: no section)."""
    tables = markdown(path)
    if not tables:
        return []
    out = []
    for line in notes.read_text(encoding="utf-8").rstrip("\n").split("\n"):
        out += tables if line.strip() == _MARKER else [line]
    return out + [""]


def _highest(exponents: dict) -> str:
    """The stage with the highest growth exponent (the whole run left out), as "name x.xx"."""
    stages = {k: v for k, v in exponents.items() if k != "total"}
    if not stages:
        return "-"
    name = max(stages, key=stages.get)
    return f"{name} {stages[name]:.2f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.default_run")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 200_000])
    parser.add_argument("--layouts", nargs="+", default=["generator", "doesburg"],
                        choices=["generator", "doesburg"])
    parser.add_argument("--report", nargs="+", default=["off"], choices=["on", "off"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/rve_default_run"))
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON file with the "
                        "results (runs of the same layout, size and report replaced)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = json.loads(args.out.read_text()) if args.out and args.out.exists() else []
    rows = rows["runs"] if isinstance(rows, dict) else rows
    for layout in args.layouts:
        for n in args.sizes:
            gpkg = region_file(layout, n, args.work)
            for rep in args.report:
                cfg = write_config(gpkg, args.work / f"{layout}_{n}_report_{rep}", rep == "on")
                res = run_once(cfg)
                row = {"layout": layout, "parcels": n, "report": rep, **res}
                rows = [r for r in rows if (r["layout"], r["parcels"], r["report"])
                        != (layout, n, rep)] + [row]
                stages = ", ".join(f"{s[0]} {s[1]:.1f} s" for s in res["stages"])
                print(f"{layout} {n:,} report {rep}: {res['process_wall_s']:.1f} s, peak "
                      f"{res.get('peak_rss_mb', float('nan')):.0f} MB (exit "
                      f"{res['returncode']}); {stages}", flush=True)
                if args.out:
                    args.out.parent.mkdir(parents=True, exist_ok=True)
                    args.out.write_text(json.dumps({"runs": rows, "growth": growth(rows)},
                                                   indent=1))
    for g in growth(rows):
        print(g, flush=True)


if __name__ == "__main__":
    main()
