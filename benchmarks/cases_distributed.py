"""The distributed run on a local dask cluster of 1 or 2 single-threaded worker processes.

The cluster is started and the data loaded before the clock; the timed part is the whole
distributed call (partitioning, halo selection, transfer to the workers, the work, and
gathering the results in input order). The peak memory is the client process's.
"""

from __future__ import annotations

import warnings

from .harness import load


def _warm() -> None:
    import scipy.ndimage  # noqa: F401

    import rve_geo.density.spacemate
    import rve_geo.milieu.milieuruimte  # noqa: F401


def distributed_case(paths, *, what: str, workers: int, n_partitions: int = 8):
    from distributed import Client, LocalCluster

    from rve_geo.scale import distributed as dist

    d = load(paths, ["parcels", "buildings", "homes"])
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    # workers import the library before the clock, as a long-running cluster has
    client.run(_warm)

    def run():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if what == "density":
                out = dist.distributed_density_measures(
                    d["parcels"], d["buildings"], client=client, n_partitions=n_partitions)
                extra = {"floor_area_m2": float(out["floor_area_m2"].sum())}
            elif what == "max_category":
                out = dist.distributed_max_allowed_category(
                    d["parcels"], d["homes"], client=client, n_partitions=n_partitions)
                extra = {"rows": int(len(out))}
            else:
                raise ValueError(f"unknown case {what!r}")
        client.close()
        cluster.close()
        return extra

    return run
