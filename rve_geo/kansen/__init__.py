"""Kansenzones: parcel scores per criterion (:mod:`.scores`), parcel adjacency
(:mod:`.adjacency`) and the regionalisation into zones of 10-15 ha (:mod:`.zoning`).

The package is not called ``kansenzones`` because ``rve_geo.kansenzones`` is the public
operation.
"""
