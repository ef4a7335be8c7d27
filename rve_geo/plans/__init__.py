"""Plan rules: IMRO bestemmingsplannen (:mod:`.imro`) read into one rules frame."""
