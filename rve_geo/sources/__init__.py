"""Registry inputs: BAG, 3D BAG and BRK attribute names (:mod:`.aliases`)."""
