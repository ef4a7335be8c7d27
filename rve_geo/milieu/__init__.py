"""Milieuzonering (VNG "Bedrijven en milieuzonering" 2009 and user tables).

- :mod:`.categories`: milieucategorieën, plan texts, distance tables (richtafstanden);
- :mod:`.contours`: milieucontouren and conflicts with sensitive objects;
- :mod:`.milieuruimte`: the maximum category each parcel allows, and zoning polygons;
- :mod:`.scheefwerken`: actual versus allowed category (category use);
- :mod:`.raster`: the maximum allowed category as a GeoTIFF grid.
"""
