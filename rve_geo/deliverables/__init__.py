"""What a run hands over: STOP GIO (:mod:`.gio`), Shapefiles (:mod:`.shapefile`), the
HTML report (:mod:`.report`) and its maps (:mod:`.maps`)."""
