<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>rve</name>
    <message>
      <source>Output</source>
      <translation>Uitvoer</translation>
    </message>
    <message>
      <source>Target CRS</source>
      <translation>Doel-CRS</translation>
    </message>
    <message>
      <source>Target CRS is not valid.</source>
      <translation>Het doel-CRS is ongeldig.</translation>
    </message>
    <message>
      <source>Cancelled; no output was written.</source>
      <translation>Geannuleerd; er is geen uitvoer geschreven.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <source>Inputs in another CRS are reprojected to this one.</source>
      <translation>Invoer in een ander CRS wordt naar dit CRS geprojecteerd.</translation>
    </message>
    <message>
      <source>Library function</source>
      <translation>Bibliotheekfunctie</translation>
    </message>
    <message>
      <source>Written: {}</source>
      <translation>Geschreven: {}</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Writing {0} failed: {1}</source>
      <translation>Schrijven van {0} mislukt: {1}</translation>
    </message>
    <message>
      <source>{} is required.</source>
      <translation>{} is verplicht.</translation>
    </message>
    <message>
      <source>{0}: not valid JSON ({1}).</source>
      <translation>{0}: geen geldige JSON ({1}).</translation>
    </message>
    <message>
      <source>Could not load the layer for parameter {}.</source>
      <translation>De laag voor parameter {} kon niet worden geladen.</translation>
    </message>
    <message>
      <source>{0}: reprojecting from {1} to {2}</source>
      <translation>{0}: herprojecteren van {1} naar {2}</translation>
    </message>
    <message>
      <source>Output format {} is not supported; use .gpkg, .shp, .geojson or .fgb.</source>
      <translation>Uitvoerformaat {} wordt niet ondersteund; gebruik .gpkg, .shp, .geojson of .fgb.</translation>
    </message>
    <message>
      <source>Reading {0} ({1}) failed: {2}</source>
      <translation>Lezen van {0} ({1}) mislukt: {2}</translation>
    </message>
    <message>
      <source>Layer {0} ({1}) has no CRS; set the layer CRS in QGIS (Layer Properties &gt; Source) and run again.</source>
      <translation>Laag {0} ({1}) heeft geen CRS; stel het CRS van de laag in QGIS in (Laageigenschappen &gt; Bron) en start opnieuw.</translation>
    </message>
    <message>
      <source>Full analysis</source>
      <translation>Volledige analyse</translation>
    </message>
    <message>
      <source>Deliverables</source>
      <translation>Leveringen</translation>
    </message>
    <message>
      <source>Runs density, milieuzonering, potential, indicators and kansenzones as described by a configuration file (rve init writes an example) and writes every layer into one GeoPackage.</source>
      <translation>Voert dichtheid, milieuzonering, potentieel, indicatoren en kansenzones uit zoals beschreven in een configuratiebestand (rve init schrijft een voorbeeld) en schrijft alle lagen in één GeoPackage.</translation>
    </message>
    <message>
      <source>Configuration file (TOML)</source>
      <translation>Configuratiebestand (TOML)</translation>
    </message>
    <message>
      <source>Overwrite</source>
      <translation>Overschrijven</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Uitvoermap</translation>
    </message>
    <message>
      <source>GeoPackages written</source>
      <translation>Geschreven GeoPackages</translation>
    </message>
    <message>
      <source>No area could be completed; see the log.</source>
      <translation>Geen enkel gebied kon worden afgerond; zie het logboek.</translation>
    </message>
    <message>
      <source>Ruimte voor Economie (rve)</source>
      <translation>Ruimte voor Economie (rve)</translation>
    </message>
    <message>
      <source>rve_geo is not installed: how to install</source>
      <translation>rve_geo is niet geïnstalleerd: zo installeert u het</translation>
    </message>
    <message>
      <source>Reason: </source>
      <translation>Oorzaak: </translation>
    </message>
    <message>
      <source>{} returned no layer to write.</source>
      <translation>{} gaf geen laag om te schrijven.</translation>
    </message>
    <message>
      <source>{0} returned {1}, which cannot be written as a layer.</source>
      <translation>{0} gaf {1} terug; dat kan niet als laag worden geschreven.</translation>
    </message>
    <message>
      <source>The rve_geo Python library is not available in QGIS's Python. Install it into the Python that QGIS runs, then restart QGIS:
- Debian/Ubuntu: python3 -m pip install --user --break-system-packages 'rve_geo[raster]' 'numpy&lt;2' (or a venv made with --system-site-packages whose site-packages is on PYTHONPATH).
- Windows (OSGeo4W or the standalone installer): open the OSGeo4W Shell and run python -m pip install rve_geo.
- macOS (official QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user rve_geo.
See docs/qgis.md of rve_geo for details.</source>
      <translation>De Python-bibliotheek rve_geo is niet beschikbaar in de Python van QGIS. Installeer hem in de Python die QGIS gebruikt en start QGIS daarna opnieuw:
- Debian/Ubuntu: python3 -m pip install --user --break-system-packages 'rve_geo[raster]' 'numpy&lt;2' (of een venv gemaakt met --system-site-packages waarvan site-packages op PYTHONPATH staat).
- Windows (OSGeo4W of het losse installatieprogramma): open de OSGeo4W Shell en voer python -m pip install rve_geo uit.
- macOS (officiële QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user rve_geo.
Zie docs/qgis.md van rve_geo voor details.</translation>
    </message>
    <message>
      <source>Density measures</source>
      <translation>Dichtheidsmaten (Spacemate)</translation>
    </message>
    <message>
      <source>Density</source>
      <translation>Dichtheid</translation>
    </message>
    <message>
      <source>Environmental contours</source>
      <translation>Milieucontouren</translation>
    </message>
    <message>
      <source>Milieuzonering</source>
      <translation>Milieuzonering</translation>
    </message>
    <message>
      <source>Contour conflicts</source>
      <translation>Conflicten met milieucontouren</translation>
    </message>
    <message>
      <source>Max allowed category</source>
      <translation>Maximaal toegestane milieucategorie</translation>
    </message>
    <message>
      <source>Allowed category zones</source>
      <translation>Zones met toegestane milieucategorie</translation>
    </message>
    <message>
      <source>Category use</source>
      <translation>Benutting milieucategorie (scheefwerken)</translation>
    </message>
    <message>
      <source>Read IMRO</source>
      <translation>IMRO-bestemmingsplan lezen</translation>
    </message>
    <message>
      <source>Densification potential</source>
      <translation>Verdichtingspotentieel</translation>
    </message>
    <message>
      <source>Potential</source>
      <translation>Potentieel</translation>
    </message>
    <message>
      <source>Redevelopment stock</source>
      <translation>Herontwikkelingsopgave</translation>
    </message>
    <message>
      <source>Work home balance</source>
      <translation>Woon-werkbalans</translation>
    </message>
    <message>
      <source>Transformation monitor</source>
      <translation>Transformatiemonitor</translation>
    </message>
    <message>
      <source>Relocation efficiency</source>
      <translation>Efficiëntie van verplaatsing</translation>
    </message>
    <message>
      <source>Opportunity scores</source>
      <translation>Kansenscores</translation>
    </message>
    <message>
      <source>Kansenzones</source>
      <translation>Kansenzones</translation>
    </message>
    <message>
      <source>Write GIO</source>
      <translation>GIO schrijven</translation>
    </message>
    <message>
      <source>Export shapefile</source>
      <translation>Exporteren naar Shapefile</translation>
    </message>
    <message>
      <source>Spacemate density (FSI, GSI, OSR, L) per parcel, or per zone when ``zones`` is given.</source>
      <translation>Spacemate-dichtheid (FSI, GSI, OSR, L) per kavel, of per zone als zones zijn opgegeven.</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>Kavels</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Panden</translation>
    </message>
    <message>
      <source>Zones</source>
      <translation>Zones</translation>
    </message>
    <message>
      <source>Floor area method</source>
      <translation>Methode vloeroppervlak</translation>
    </message>
    <message>
      <source>Floor area column</source>
      <translation>Kolom vloeroppervlak (BVO)</translation>
    </message>
    <message>
      <source>Storeys column</source>
      <translation>Kolom bouwlagen</translation>
    </message>
    <message>
      <source>Height column</source>
      <translation>Kolom hoogte</translation>
    </message>
    <message>
      <source>Use column</source>
      <translation>Kolom gebruiksdoel</translation>
    </message>
    <message>
      <source>Status column</source>
      <translation>Kolom status</translation>
    </message>
    <message>
      <source>Include demolished</source>
      <translation>Gesloopte panden meetellen</translation>
    </message>
    <message>
      <source>Storey height (m)</source>
      <translation>Verdiepingshoogte (m)</translation>
    </message>
    <message>
      <source>BVO GO factor</source>
      <translation>Factor BVO/GO</translation>
    </message>
    <message>
      <source>Halls single storey</source>
      <translation>Hallen als één bouwlaag</translation>
    </message>
    <message>
      <source>Hindercontour of every source: the source polygon buffered by its richtafstand.</source>
      <translation>Hindercontour van elke bron: het bronvlak gebufferd met zijn richtafstand.</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
    <message>
      <source>Category column</source>
      <translation>Kolom milieucategorie</translation>
    </message>
    <message>
      <source>Omgevingstype</source>
      <translation>Omgevingstype</translation>
    </message>
    <message>
      <source>Distance table</source>
      <translation>Afstandentabel</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Werkwijze</translation>
    </message>
    <message>
      <source>Quad segs</source>
      <translation>Segmenten per kwartcirkel</translation>
    </message>
    <message>
      <source>Main category</source>
      <translation>Hoofdcategorie</translation>
    </message>
    <message>
      <source>Every (source, sensitive object) pair closer than the richtafstand.</source>
      <translation>Elk paar (bron, gevoelig object) dat dichter bij elkaar ligt dan de richtafstand.</translation>
    </message>
    <message>
      <source>Sensitive</source>
      <translation>Gevoelige objecten</translation>
    </message>
    <message>
      <source>Omgevingstype column</source>
      <translation>Kolom omgevingstype</translation>
    </message>
    <message>
      <source>Omgevingstype areas</source>
      <translation>Gebieden met omgevingstype</translation>
    </message>
    <message>
      <source>Highest milieucategorie whose richtafstand fits on each parcel.</source>
      <translation>Hoogste milieucategorie waarvan de richtafstand op elke kavel past.</translation>
    </message>
    <message>
      <source>The zoning map: bands of "maximum category allowed" clipped to terreinen.</source>
      <translation>De zoneringskaart: banden van "maximaal toegestane categorie", bijgesneden tot de terreinen.</translation>
    </message>
    <message>
      <source>Unused environmental room and scheefwerken flags per parcel.</source>
      <translation>Onbenutte milieuruimte en scheefwerken per kavel.</translation>
    </message>
    <message>
      <source>Actual column</source>
      <translation>Kolom werkelijke categorie</translation>
    </message>
    <message>
      <source>Allowed column</source>
      <translation>Kolom toegestane categorie</translation>
    </message>
    <message>
      <source>HMC threshold</source>
      <translation>Drempel HMC</translation>
    </message>
    <message>
      <source>Minimum category</source>
      <translation>Minimale categorie</translation>
    </message>
    <message>
      <source>Water bound column</source>
      <translation>Kolom watergebonden</translation>
    </message>
    <message>
      <source>Quay column</source>
      <translation>Kolom kade</translation>
    </message>
    <message>
      <source>Read an IMRO2012 bestemmingsplan GML into zones with their limits.</source>
      <translation>Leest een IMRO2012-bestemmingsplan (GML) in als zones met hun begrenzingen.</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Densification potential per parcel: allowed minus existing floor area, and jobs.</source>
      <translation>Verdichtingspotentieel per kavel: toegestaan min bestaand vloeroppervlak, en banen.</translation>
    </message>
    <message>
      <source>Max FSI column</source>
      <translation>Kolom maximale FSI</translation>
    </message>
    <message>
      <source>Max coverage column</source>
      <translation>Kolom maximaal bebouwingspercentage</translation>
    </message>
    <message>
      <source>Max height column</source>
      <translation>Kolom maximale bouwhoogte</translation>
    </message>
    <message>
      <source>Max storeys column</source>
      <translation>Kolom maximaal aantal bouwlagen</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Planregels</translation>
    </message>
    <message>
      <source>Rules transfer</source>
      <translation>Planregels overnemen</translation>
    </message>
    <message>
      <source>Target FSI</source>
      <translation>Streef-FSI</translation>
    </message>
    <message>
      <source>Jobs ratios</source>
      <translation>Kengetallen banen</translation>
    </message>
    <message>
      <source>Function column</source>
      <translation>Kolom functie</translation>
    </message>
    <message>
      <source>Plot m2 per job</source>
      <translation>Kavel-m² per baan</translation>
    </message>
    <message>
      <source>Sensitive functions</source>
      <translation>Gevoelige functies</translation>
    </message>
    <message>
      <source>Contours</source>
      <translation>Contouren</translation>
    </message>
    <message>
      <source>Source category column</source>
      <translation>Kolom categorie bron</translation>
    </message>
    <message>
      <source>Use category column</source>
      <translation>Kolom categorie gebruik</translation>
    </message>
    <message>
      <source>Age of the building stock per parcel (or per zone): the herontwikkelingsopgave.</source>
      <translation>Ouderdom van de bebouwing per kavel (of per zone): de herontwikkelingsopgave.</translation>
    </message>
    <message>
      <source>Threshold year</source>
      <translation>Peiljaar</translation>
    </message>
    <message>
      <source>Zone ID column</source>
      <translation>Kolom zone-ID</translation>
    </message>
    <message>
      <source>Construction year column</source>
      <translation>Kolom bouwjaar</translation>
    </message>
    <message>
      <source>Woon-werkbalans per area: homes, jobs, functiemengingsindex and the norms.</source>
      <translation>Woon-werkbalans per gebied: woningen, banen, functiemengingsindex en de normen.</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Gebieden</translation>
    </message>
    <message>
      <source>Homes</source>
      <translation>Woningen</translation>
    </message>
    <message>
      <source>Homes column</source>
      <translation>Kolom woningen</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Banen</translation>
    </message>
    <message>
      <source>Jobs column</source>
      <translation>Kolom banen</translation>
    </message>
    <message>
      <source>Work floor area column</source>
      <translation>Kolom vloeroppervlak werken</translation>
    </message>
    <message>
      <source>M2 per job</source>
      <translation>m² per baan</translation>
    </message>
    <message>
      <source>Norm work m2 per home</source>
      <translation>Norm m² werken per woning</translation>
    </message>
    <message>
      <source>Norm jobs per home</source>
      <translation>Norm banen per woning</translation>
    </message>
    <message>
      <source>Compare two snapshots of business land: hectares lost, gained and changed.</source>
      <translation>Vergelijkt twee momentopnamen van bedrijventerrein: hectares verloren, gewonnen en gewijzigd.</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>ID column</source>
      <translation>Kolom ID</translation>
    </message>
    <message>
      <source>New use column</source>
      <translation>Kolom nieuw gebruik</translation>
    </message>
    <message>
      <source>Tolerance (m²)</source>
      <translation>Tolerantie (m²)</translation>
    </message>
    <message>
      <source>Relocation cost per m2 plot against the programme's efficiency band.</source>
      <translation>Verplaatsingskosten per m² kavel vergeleken met de efficiëntieband van het programma.</translation>
    </message>
    <message>
      <source>Cost column</source>
      <translation>Kolom kosten</translation>
    </message>
    <message>
      <source>Plot area column</source>
      <translation>Kolom kaveloppervlak</translation>
    </message>
    <message>
      <source>Band EUR per m²</source>
      <translation>Band euro per m²</translation>
    </message>
    <message>
      <source>Compute explainable redevelopment opportunity indicators and a weighted score per parcel.</source>
      <translation>Berekent uitlegbare indicatoren voor herontwikkelingskansen en een gewogen score per kavel.</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicatoren</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Gewichten</translation>
    </message>
    <message>
      <source>Vacancy column</source>
      <translation>Kolom leegstand</translation>
    </message>
    <message>
      <source>Owner column</source>
      <translation>Kolom eigenaar</translation>
    </message>
    <message>
      <source>Terrein column</source>
      <translation>Kolom terrein</translation>
    </message>
    <message>
      <source>Group parcels into contiguous kansenzones of ``min_area_ha`` to ``max_area_ha``.</source>
      <translation>Groepeert kavels tot aaneengesloten kansenzones van min_area_ha tot max_area_ha.</translation>
    </message>
    <message>
      <source>Score column</source>
      <translation>Kolom score</translation>
    </message>
    <message>
      <source>Min area (ha)</source>
      <translation>Minimale oppervlakte (ha)</translation>
    </message>
    <message>
      <source>Max area (ha)</source>
      <translation>Maximale oppervlakte (ha)</translation>
    </message>
    <message>
      <source>Gap tolerance (m)</source>
      <translation>Tolerantie tussenruimte (m)</translation>
    </message>
    <message>
      <source>Cross terrein</source>
      <translation>Over terreingrenzen heen</translation>
    </message>
    <message>
      <source>Small terrein min (ha)</source>
      <translation>Minimum klein terrein (ha)</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Startwaarde (seed)</translation>
    </message>
    <message>
      <source>Potential cols</source>
      <translation>Kolommen potentieel</translation>
    </message>
    <message>
      <source>Write locations (polygons, lines or points) as a STOP 1.3 GIO GML file (imop-geo).</source>
      <translation>Schrijft locaties (vlakken, lijnen of punten) als STOP 1.3 GIO-GML-bestand (imop-geo).</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Locaties</translation>
    </message>
    <message>
      <source>FRBR work</source>
      <translation>FRBR-work</translation>
    </message>
    <message>
      <source>FRBR expression</source>
      <translation>FRBR-expression</translation>
    </message>
    <message>
      <source>Name column</source>
      <translation>Kolom naam</translation>
    </message>
    <message>
      <source>Group column</source>
      <translation>Kolom groep</translation>
    </message>
    <message>
      <source>Group labels</source>
      <translation>Groepslabels</translation>
    </message>
    <message>
      <source>Norm column</source>
      <translation>Kolom normwaarde</translation>
    </message>
    <message>
      <source>Norm kind</source>
      <translation>Soort normwaarde</translation>
    </message>
    <message>
      <source>Norm label</source>
      <translation>Label normwaarde</translation>
    </message>
    <message>
      <source>Norm ID</source>
      <translation>ID normwaarde</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <source>Unit ID</source>
      <translation>ID eenheid</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>Ondergrond</translation>
    </message>
    <message>
      <source>Background date</source>
      <translation>Datum ondergrond</translation>
    </message>
    <message>
      <source>Write one layer as an ESRI Shapefile with short field names and a field map.</source>
      <translation>Schrijft één laag als ESRI Shapefile met korte veldnamen en een veldentabel.</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Laag</translation>
    </message>
    <message>
      <source>Field map path</source>
      <translation>Bestand veldentabel</translation>
    </message>
    <message>
      <source>Output GeoPackage</source>
      <translation type="vanished">Uitvoer-GeoPackage</translation>
    </message>
    <message>
      <source>Write polygon locations as a STOP 1.3 GIO GML file (imop-geo).</source>
      <translation type="vanished">Schrijft vlaklocaties als STOP 1.3 GIO-GML-bestand (imop-geo).</translation>
    </message>
  </context>
</TS>
