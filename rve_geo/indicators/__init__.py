"""Policy indicators of the programme Ruimte voor Economie, one module per indicator.

- :mod:`.redevelopment`: herontwikkelingsopgave, stock built before the threshold year;
- :mod:`.work_home`: woon-werkbalans (homes, jobs, functiemengingsindex);
- :mod:`.monitor`: transformation of business land between two snapshots;
- :mod:`.relocation`: relocation cost per m2 plot against the programme's band.

Shared defaults (threshold year, norms) live in :mod:`._common`; their sources are in
``docs/indicators.md``.
"""
