"""National scale: partitioned runs on dask.distributed (:mod:`.distributed`)."""
