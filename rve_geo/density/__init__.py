"""Density (Spacemate): the one floor-area model and the measures FSI, GSI, OSR and L.

- :mod:`.floor_area`: gross floor area (BVO) and storeys per building, for existing and
  allowed floor area alike;
- :mod:`.spacemate`: FSI, GSI, OSR and L per parcel and per area level (``density_measures``);
- :mod:`.pieces`: a building split over the parcels it stands on; :mod:`.carried`: that split
  made once and carried to the next operation of a run.
"""
