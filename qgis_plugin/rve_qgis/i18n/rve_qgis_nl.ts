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
      <source>empty = automatic, the first column found of</source>
      <translation>leeg = automatisch, de eerste gevonden kolom van</translation>
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
      <source>Target CRS</source>
      <translation>Doel-CRS</translation>
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
      <source>Folder created: {}</source>
      <translation>Map aangemaakt: {}</translation>
    </message>
    <message>
      <source>Folder {0} cannot be created: {1}</source>
      <translation>Map {0} kan niet worden aangemaakt: {1}</translation>
    </message>
    <message>
      <source>{0}: automatic: {1}</source>
      <translation>{0}: automatisch: {1}</translation>
    </message>
    <message>
      <source>{0}: not valid JSON ({1}).</source>
      <translation>{0}: geen geldige JSON ({1}).</translation>
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
      <source>Could not load the layer for parameter {}.</source>
      <translation>De laag voor parameter {} kon niet worden geladen.</translation>
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
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>table of {} rows</source>
      <translation>tabel met {} rijen</translation>
    </message>
    <message>
      <source>(+{} more)</source>
      <translation>(+{} meer)</translation>
    </message>
    <message>
      <source>rows {}</source>
      <translation>rijen {}</translation>
    </message>
    <message>
      <source>the milieucategorie of the sources (contours)</source>
      <translation>de milieucategorie van de bronnen (contouren)</translation>
    </message>
    <message>
      <source>the plan category</source>
      <translation>de plancategorie</translation>
    </message>
    <message>
      <source>the actual category</source>
      <translation>de feitelijke categorie</translation>
    </message>
    <message>
      <source>the omgevingstype</source>
      <translation>het omgevingstype</translation>
    </message>
    <message>
      <source>the number of homes</source>
      <translation>het aantal woningen</translation>
    </message>
    <message>
      <source>the terrein</source>
      <translation>het terrein</translation>
    </message>
    <message>
      <source>the vacancy share</source>
      <translation>het leegstandsaandeel</translation>
    </message>
    <message>
      <source>the owner</source>
      <translation>de eigenaar</translation>
    </message>
    <message>
      <source>water-bound use</source>
      <translation>watergebonden gebruik</translation>
    </message>
    <message>
      <source>the quay plot flag</source>
      <translation>de kavel aan de kade</translation>
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
      <source>Runs density, milieuzonering, potential, indicators and kansenzones for every area and writes one GeoPackage per area; the results are loaded as one layer group per area, with the key layers switched on.</source>
      <translation>Berekent dichtheid, milieuzonering, potentieel, indicatoren en kansenzones voor elk gebied en schrijft per gebied één GeoPackage; de resultaten worden geladen als één lagengroep per gebied, met de belangrijkste lagen aangezet.</translation>
    </message>
    <message>
      <source>Input layers</source>
      <translation>Invoerlagen</translation>
    </message>
    <message>
      <source>Parcels (kavels or kadastrale percelen) are required, the other layers are optional: each stage that lacks its input is skipped and the log says why. Layers are reprojected to the target CRS.</source>
      <translation>Kavels (of kadastrale percelen) zijn verplicht, de andere lagen zijn optioneel: een stap waarvan de invoer ontbreekt wordt overgeslagen en het log zegt waarom. Lagen worden omgezet naar het doel-CRS.</translation>
    </message>
    <message>
      <source>One area per terrein</source>
      <translation>Eén gebied per terrein</translation>
    </message>
    <message>
      <source>Splits the run by the Terreinen layer: one GeoPackage, report and layer group per terrein, named by the area name column (auto: terrein_id, naam or name). Otherwise the whole input is one area named after the run.</source>
      <translation>Splitst de berekening naar de laag Terreinen: per terrein één GeoPackage, rapport en lagengroep, genoemd naar de kolom met de gebiedsnaam (automatisch: terrein_id, naam of name). Anders is de hele invoer één gebied, genoemd naar de berekening.</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Left empty, the library finds the columns by their usual names (terrein_id; plan_category, max_category or allowed_category; actual_category or milieucategorie; n_homes); the log says which it used. A column chosen here is used instead; an input column is never overwritten.</source>
      <translation>Leeg gelaten zoekt de bibliotheek de kolommen op hun gebruikelijke namen (terrein_id; plan_category, max_category of allowed_category; actual_category of milieucategorie; n_homes); het log zegt welke zijn gebruikt. Een hier gekozen kolom wordt in plaats daarvan gebruikt; een invoerkolom wordt nooit overschreven.</translation>
    </message>
    <message>
      <source>Configuration file (optional)</source>
      <translation>Configuratiebestand (optioneel)</translation>
    </message>
    <message>
      <source>A TOML file of rve run (rve init writes an example). The file wins: what it sets is used as it says, so the result equals rve run with that file; the form fills in only what the file leaves out, and the log names every form value the file overrules.</source>
      <translation>Een TOML-bestand van rve run (rve init schrijft een voorbeeld). Het bestand wint: wat erin staat wordt gebruikt zoals het er staat, zodat het resultaat gelijk is aan rve run met dat bestand; het formulier vult alleen aan wat het bestand openlaat, en het log noemt elke formulierwaarde die het bestand overstemt.</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Uitvoermap</translation>
    </message>
    <message>
      <source>One GeoPackage per area with a layer per result, plus tables and the report when chosen. Existing results are refused unless Overwrite is on. Cancel stops at the next step: the area being computed leaves nothing behind; areas already finished stay, and the log names them.</source>
      <translation>Per gebied één GeoPackage met een laag per resultaat, plus tabellen en het rapport als die gekozen zijn. Bestaande resultaten worden geweigerd tenzij Overschrijven aan staat. Annuleren stopt bij de volgende stap: het gebied dat wordt berekend laat niets achter; gebieden die al klaar waren blijven staan, en het log noemt ze.</translation>
    </message>
    <message>
      <source>Parcels (kavels)</source>
      <translation>Kavels (percelen)</translation>
    </message>
    <message>
      <source>Buildings (BAG panden)</source>
      <translation>Panden (BAG)</translation>
    </message>
    <message>
      <source>Homes and other sensitive objects</source>
      <translation>Woningen en andere gevoelige objecten</translation>
    </message>
    <message>
      <source>Terreinen (bedrijventerrein outlines)</source>
      <translation>Terreinen (begrenzing bedrijventerreinen)</translation>
    </message>
    <message>
      <source>Plan zones with rules (bestemmingsvlakken)</source>
      <translation>Planvlakken met regels (bestemmingsvlakken)</translation>
    </message>
    <message>
      <source>Area name column (terreinen)</source>
      <translation>Kolom met de gebiedsnaam (terreinen)</translation>
    </message>
    <message>
      <source>Receiving area type (omgevingstype)</source>
      <translation>Omgevingstype</translation>
    </message>
    <message>
      <source>Write the report (HTML with maps)</source>
      <translation>Rapport schrijven (HTML met kaarten)</translation>
    </message>
    <message>
      <source>Configuration file (TOML, optional)</source>
      <translation>Configuratiebestand (TOML, optioneel)</translation>
    </message>
    <message>
      <source>Overwrite</source>
      <translation>Overschrijven</translation>
    </message>
    <message>
      <source>Terrein column (parcels)</source>
      <translation>Kolom terrein (kavels)</translation>
    </message>
    <message>
      <source>Plan category column (parcels)</source>
      <translation>Kolom plancategorie (kavels)</translation>
    </message>
    <message>
      <source>Actual category column (parcels)</source>
      <translation>Kolom feitelijke categorie (kavels)</translation>
    </message>
    <message>
      <source>Number of homes column (sensitive objects)</source>
      <translation>Kolom aantal woningen (gevoelige objecten)</translation>
    </message>
    <message>
      <source>GeoPackages written</source>
      <translation>Geschreven GeoPackages</translation>
    </message>
    <message>
      <source>Choose the Parcels layer, or a configuration file that names the parcels.</source>
      <translation>Kies de laag Kavels, of een configuratiebestand dat de kavels noemt.</translation>
    </message>
    <message>
      <source>One area per terrein needs the Terreinen layer: choose it, or switch One area per terrein off.</source>
      <translation>Eén gebied per terrein heeft de laag Terreinen nodig: kies die, of zet Eén gebied per terrein uit.</translation>
    </message>
    <message>
      <source>No area could be completed; see the log.</source>
      <translation>Geen enkel gebied kon worden afgerond; zie het logboek.</translation>
    </message>
    <message>
      <source>Cancelled. The areas finished before the cancel were written to {0}: {1}; the area being computed left nothing behind.</source>
      <translation>Geannuleerd. De gebieden die voor het annuleren klaar waren, zijn geschreven in {0}: {1}; het gebied dat werd berekend heeft niets achtergelaten.</translation>
    </message>
    <message>
      <source>Key figures</source>
      <translation>Kengetallen</translation>
    </message>
    <message>
      <source>Write the tables (CSV and .xlsx)</source>
      <translation>Tabellen schrijven (CSV en .xlsx)</translation>
    </message>
    <message>
      <source>Language of report, tables and summary</source>
      <translation>Taal van rapport, tabellen en samenvatting</translation>
    </message>
    <message>
      <source>Name of the run (names the GeoPackage of an unsplit run)</source>
      <translation>Naam van de berekening (naam van de GeoPackage als er niet wordt gesplitst)</translation>
    </message>
    <message>
      <source>The configuration file sets {0}; the form value is not used.</source>
      <translation>Het configuratiebestand bepaalt {0}; de waarde uit het formulier wordt niet gebruikt.</translation>
    </message>
    <message>
      <source>{0}: column {1}</source>
      <translation>{0}: kolom {1}</translation>
    </message>
    <message>
      <source>none (the stages that need it are skipped)</source>
      <translation>geen (de stappen die hem nodig hebben worden overgeslagen)</translation>
    </message>
    <message>
      <source>Area {0} failed in stage {1}: {2}</source>
      <translation>Gebied {0} is mislukt in stap {1}: {2}</translation>
    </message>
    <message>
      <source>{0}: column {1} is already read as {2}; a column can serve one purpose. Choose another column, or copy it in the attribute table first.</source>
      <translation>{0}: kolom {1} wordt al gelezen als {2}; een kolom kan één doel dienen. Kies een andere kolom, of kopieer hem eerst in de attributentabel.</translation>
    </message>
    <message>
      <source>Stages skipped: {}</source>
      <translation>Overgeslagen stappen: {}</translation>
    </message>
    <message>
      <source>Kansenzones</source>
      <translation>Kansenzones</translation>
    </message>
    <message>
      <source>Sensitive objects inside the required distance</source>
      <translation>Gevoelige objecten binnen de richtafstand</translation>
    </message>
    <message>
      <source>Redevelopment score per parcel</source>
      <translation>Herontwikkelingsscore per kavel</translation>
    </message>
    <message>
      <source>Parcels per kansenzone</source>
      <translation>Kavels per kansenzone</translation>
    </message>
    <message>
      <source>Densification potential</source>
      <translation>Verdichtingspotentieel</translation>
    </message>
    <message>
      <source>Redevelopment stock (built before the threshold year)</source>
      <translation>Herontwikkelingsopgave (gebouwd vóór het peiljaar)</translation>
    </message>
    <message>
      <source>Highest allowed milieucategorie per parcel</source>
      <translation>Hoogst toegestane milieucategorie per kavel</translation>
    </message>
    <message>
      <source>Zones of the highest allowed milieucategorie</source>
      <translation>Zones van de hoogst toegestane milieucategorie</translation>
    </message>
    <message>
      <source>Category use (scheefwerken)</source>
      <translation>Scheefwerken (gebruik van de categorie)</translation>
    </message>
    <message>
      <source>Milieucontouren</source>
      <translation>Milieucontouren</translation>
    </message>
    <message>
      <source>Work-home balance (FMI)</source>
      <translation>Woon-werkbalans (FMI)</translation>
    </message>
    <message>
      <source>Density per terrein</source>
      <translation>Dichtheid per terrein</translation>
    </message>
    <message>
      <source>Density per parcel (FSI)</source>
      <translation>Dichtheid per kavel (FSI)</translation>
    </message>
    <message>
      <source>All results per parcel</source>
      <translation>Alle resultaten per kavel</translation>
    </message>
    <message>
      <source>Plan zones</source>
      <translation>Planvlakken</translation>
    </message>
    <message>
      <source>Sensitive objects (input)</source>
      <translation>Gevoelige objecten (invoer)</translation>
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
      <source>Plans</source>
      <translation>Plannen</translation>
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
      <source>Indicators</source>
      <translation>Indicatoren</translation>
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
      <source>Write GIO</source>
      <translation>GIO schrijven</translation>
    </message>
    <message>
      <source>Export shapefile</source>
      <translation>Exporteren naar Shapefile</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>geverifieerd</translation>
    </message>
    <message>
      <source>partly verified</source>
      <translation>deels geverifieerd</translation>
    </message>
    <message>
      <source>programme documents</source>
      <translation>programmadocumenten</translation>
    </message>
    <message>
      <source>assumption</source>
      <translation>aanname</translation>
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
      <source>Allow overlaps</source>
      <translation>Overlappingen toestaan</translation>
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
      <source>Read an IMRO2006, IMRO2008 or IMRO2012 bestemmingsplan GML into zones with limits.</source>
      <translation>Leest een IMRO2006-, IMRO2008- of IMRO2012-bestemmingsplan (GML) in als zones met hun begrenzingen.</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Cover share (fraction)</source>
      <translation>Bedekkingsaandeel (fractie)</translation>
    </message>
    <message>
      <source>Densification potential per parcel: allowed minus existing floor area, and jobs.</source>
      <translation>Verdichtingspotentieel per kavel: toegestaan min bestaand vloeroppervlak, en banen.</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Planregels</translation>
    </message>
    <message>
      <source>Contours</source>
      <translation>Contouren</translation>
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
      <source>Target FSI</source>
      <translation>Streef-FSI</translation>
    </message>
    <message>
      <source>Rules transfer</source>
      <translation>Planregels overnemen</translation>
    </message>
    <message>
      <source>Plan rules storey height (m)</source>
      <translation>Verdiepingshoogte planregels (m)</translation>
    </message>
    <message>
      <source>Floor area storey height (m)</source>
      <translation>Verdiepingshoogte vloeroppervlak (m)</translation>
    </message>
    <message>
      <source>Function column</source>
      <translation>Kolom functie</translation>
    </message>
    <message>
      <source>Jobs basis</source>
      <translation>Basis voor banen</translation>
    </message>
    <message>
      <source>Jobs ratios</source>
      <translation>Kengetallen banen</translation>
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
      <source>Small terreinen</source>
      <translation>Kleine terreinen</translation>
    </message>
    <message>
      <source>Small terrein min (ha)</source>
      <translation>Minimum klein terrein (ha)</translation>
    </message>
    <message>
      <source>Area basis</source>
      <translation>Oppervlaktebasis</translation>
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
      <source>Without ``zones``: a copy of ``parcels`` (same index and CRS) with
``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``. With ``zones``: a copy of ``zones`` with
``zone_area_m2``, ``parcel_area_m2``, ``n_parcels``, ``footprint_m2``,
``floor_area_m2``, ``fsi_net``, ``gsi_net``, ``osr_net``, ``fsi_gross``,
``gsi_gross``, ``osr_gross``, ``l`` and ``tare_share``.
``result.attrs["unassigned_buildings"]`` lists the index labels of
buildings on no parcel (also counted in the warning).</source>
      <translation>Zonder ``zones``: een kopie van ``parcels`` (zelfde index en CRS) met
``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``. Met ``zones``: een kopie van ``zones`` met
``zone_area_m2``, ``parcel_area_m2``, ``n_parcels``, ``footprint_m2``,
``floor_area_m2``, ``fsi_net``, ``gsi_net``, ``osr_net``, ``fsi_gross``,
``gsi_gross``, ``osr_gross``, ``l`` en ``tare_share``.
Gebouwen die op geen enkele kavel liggen worden in een waarschuwing geteld.</translation>
    </message>
    <message>
      <source>Parcel polygons (kavels / percelen) in a projected CRS: the base area.</source>
      <translation>Kavelpolygonen (kavels / percelen) in een geprojecteerd CRS: het basisoppervlak.</translation>
    </message>
    <message>
      <source>Building footprints in the same CRS. Floor area per building comes from
:func:`rve_geo.building_floor_area` (BVO column, storeys, height,
gebruiksoppervlakte, or one storey), see that function for the columns.
Buildings that already carry its result columns (``floor_area_m2``,
``footprint_m2``, ``storeys``, ``height_m``, ``floor_area_source``,
``excluded``, ``use_storey_height_m``, ``is_hall``; marked by
``floor_area_source``) are used as they are, so a floor area computed once can
be passed to every operation; ``floor_area`` must then keep its defaults (see
:mod:`rve_geo.density.precomputed`).</source>
      <translation>Gebouwvoetafdrukken in hetzelfde CRS. Het vloeroppervlak per gebouw komt uit
:func:`rve_geo.building_floor_area` (BVO-kolom, bouwlagen, hoogte,
gebruiksoppervlakte of één bouwlaag); zie die functie voor de kolommen.
Gebouwen die de resultaatkolommen daarvan al dragen (``floor_area_m2``,
``footprint_m2``, ``storeys``, ``height_m``, ``floor_area_source``,
``excluded``, ``use_storey_height_m``, ``is_hall``; herkend aan
``floor_area_source``) worden gebruikt zoals ze zijn, zodat een eenmaal berekend
vloeroppervlak aan elke bewerking kan worden doorgegeven; ``floor_area`` moet dan
zijn standaardwaarden houden (zie :mod:`rve_geo.density.precomputed`).</translation>
    </message>
    <message>
      <source>Higher-level polygons (bouwblok, terrein, district). When given the result
is one row per zone with net values (base = the parcels in the zone) and
gross values (base = the zone area) and the tare share.</source>
      <translation>Gebieden op een hoger niveau (bouwblok, terrein, wijk). Als ze gegeven zijn, is het
resultaat één rij per zone met netto waarden (basis = de kavels in de zone),
bruto waarden (basis = het zoneoppervlak) en het tarra-aandeel.</translation>
    </message>
    <message>
      <source>Floor-area source of ``buildings``, see :func:`rve_geo.building_floor_area`
(default ``"auto"``: per building the first source it has).</source>
      <translation>Bron van het vloeroppervlak van ``buildings``, zie :func:`rve_geo.building_floor_area`
(standaard ``"auto"``: per gebouw de eerste bron die het heeft).</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the gross floor area (BVO, m2); by default found
among the BAG / 3D BAG names.</source>
      <translation>Kolom van ``buildings`` met het bruto vloeroppervlak (BVO, m2); standaard gezocht
onder de BAG- / 3D BAG-namen.</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the number of storeys (bouwlagen).</source>
      <translation>Kolom van ``buildings`` met het aantal bouwlagen.</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the building height in metres.</source>
      <translation>Kolom van ``buildings`` met de gebouwhoogte in meters.</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the use (BAG gebruiksdoel), for the storey height.</source>
      <translation>Kolom van ``buildings`` met het gebruik (BAG-gebruiksdoel), voor de verdiepingshoogte.</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the BAG status, to leave out demolished buildings.</source>
      <translation>Kolom van ``buildings`` met de BAG-status, om gesloopte gebouwen weg te laten.</translation>
    </message>
    <message>
      <source>Keep buildings whose status says demolished or not realised (default False).</source>
      <translation>Gebouwen behouden waarvan de status gesloopt of niet gerealiseerd is (standaard nee).</translation>
    </message>
    <message>
      <source>Storey height for the height source: one value in metres, or per use with a
``"default"`` key. Default: ``data/storey_heights.csv`` (3.0 m wonen, 3.5 m
kantoor and other uses, 5.0 m industrie).</source>
      <translation>Verdiepingshoogte voor de bron hoogte: één waarde in meters, of per gebruik met een
sleutel ``"default"``. Standaard: ``data/storey_heights.csv`` (3.0 m wonen, 3.5 m
kantoor en overig gebruik, 5.0 m industrie).</translation>
    </message>
    <message>
      <source>BVO/GO factor for the gebruiksoppervlakte source (default 1.2 [A],
``data/policy.toml``).</source>
      <translation>BVO/GO-factor voor de bron gebruiksoppervlakte (standaard 1.2 [A],
``data/policy.toml``).</translation>
    </message>
    <message>
      <source>Count large single-volume halls as one storey (default True).</source>
      <translation>Grote hallen met één volume tellen als één bouwlaag (standaard ja).</translation>
    </message>
    <message>
      <source>Accept parcels that overlap each other by more than 1 m2 (duplicates, or outlines
drawn twice); a building on an overlap then counts on each parcel. Default: refuse
them with the overlapping pairs named.</source>
      <translation>Kavels accepteren die elkaar meer dan 1 m2 overlappen (dubbele kavels, of contouren
die twee keer getekend zijn); een gebouw op een overlap telt dan op elke kavel. Standaard:
weigeren, met de overlappende paren genoemd.</translation>
    </message>
    <message>
      <source>``per_source``: columns ``category``, ``omgevingstype``, ``distance_m``,
``area_m2``; rows without category or geometry get an empty result.
``per_category`` and ``bands``: one row per category present, ascending,
with ``category``, ``omgevingstype``, ``distance_m``, ``n_sources``, ``area_m2``.</source>
      <translation>``per_source``: kolommen ``category``, ``omgevingstype``, ``distance_m``,
``area_m2``; rijen zonder categorie of geometrie krijgen een leeg resultaat.
``per_category`` en ``bands``: één rij per aanwezige categorie, oplopend,
met ``category``, ``omgevingstype``, ``distance_m``, ``n_sources``, ``area_m2``.</translation>
    </message>
    <message>
      <source>Polygons that permit an activity (bestemmingsvlak, parcel, inrichting),
in a projected metric CRS.</source>
      <translation>Polygonen die een activiteit toestaan (bestemmingsvlak, kavel, inrichting),
in een geprojecteerd metrisch CRS.</translation>
    </message>
    <message>
      <source>Column with the milieucategorie (any spelling :func:`rve_geo.parse_category`
accepts) or, with a zone table, the zone label.</source>
      <translation>Kolom met de milieucategorie (elke schrijfwijze die :func:`rve_geo.parse_category`
accepteert) of, met een zonetabel, het zonelabel.</translation>
    </message>
    <message>
      <source>Receiving-area type the richtafstand is taken for.</source>
      <translation>Omgevingstype waarvoor de richtafstand geldt.</translation>
    </message>
    <message>
      <source>None for VNG 2009; see :func:`rve_geo.load_distance_table`.</source>
      <translation>Leeg voor VNG 2009; zie :func:`rve_geo.load_distance_table`.</translation>
    </message>
    <message>
      <source>``per_source``: one contour per source row (same index and CRS as
``sources``). ``per_category``: the contours of each category dissolved
into one feature. ``bands``: non-overlapping bands; each location belongs
to the band of the highest category whose contour covers it.</source>
      <translation>``per_source``: één contour per bronrij (zelfde index en CRS als
``sources``). ``per_category``: de contouren per categorie samengevoegd
tot één object. ``bands``: niet-overlappende banden; elke plek hoort bij
de band van de hoogste categorie waarvan de contour hem bedekt.</translation>
    </message>
    <message>
      <source>Segments per quarter circle of the buffer (default 32, see Notes).</source>
      <translation>Segmenten per kwart cirkel van de buffer (standaard 32).</translation>
    </message>
    <message>
      <source>Reading of main categories "3", "4", "5" (see :func:`rve_geo.parse_category`).</source>
      <translation>Lezing van de hoofdcategorieën "3", "4", "5" (zie :func:`rve_geo.parse_category`).</translation>
    </message>
    <message>
      <source>One row per conflicting pair, ordered by source then sensitive row:
``source_id`` and ``sensitive_id`` (index labels of the inputs),
``category``, ``omgevingstype``, ``distance_m`` (polygon to polygon),
``required_m`` (richtafstand), ``shortfall_m`` = required_m - distance_m;
geometry = the sensitive object's (repaired) geometry; CRS of the inputs.</source>
      <translation>Eén rij per conflicterend paar, gesorteerd op bron en daarna gevoelige rij:
``source_id`` en ``sensitive_id`` (indexlabels van de invoer),
``category``, ``omgevingstype``, ``distance_m`` (polygoon tot polygoon),
``required_m`` (richtafstand), ``shortfall_m`` = required_m - distance_m;
geometrie = de (herstelde) geometrie van het gevoelige object; CRS van de invoer.</translation>
    </message>
    <message>
      <source>Polygons permitting an activity, with a category column.</source>
      <translation>Polygonen die een activiteit toestaan, met een categoriekolom.</translation>
    </message>
    <message>
      <source>Sensitive objects (woningen, scholen ...): footprints, or address points.</source>
      <translation>Gevoelige objecten (woningen, scholen ...): voetafdrukken of adrespunten.</translation>
    </message>
    <message>
      <source>Category (or zone) column of ``sources``.</source>
      <translation>Categorie- (of zone-)kolom van ``sources``.</translation>
    </message>
    <message>
      <source>Default receiving-area type of a sensitive object.</source>
      <translation>Standaard omgevingstype van een gevoelig object.</translation>
    </message>
    <message>
      <source>Column of ``sensitive`` with the omgevingstype per object; empty values
fall back to the areas, then to ``omgevingstype``.</source>
      <translation>Kolom van ``sensitive`` met het omgevingstype per object; lege waarden
vallen terug op de gebieden, daarna op ``omgevingstype``.</translation>
    </message>
    <message>
      <source>Polygons with a column ``omgevingstype``; a sensitive object takes the type
of the areas it overlaps (the strictest, rustige_woonwijk, if several; see
:func:`rve_geo.milieu.sensitive.assign_omgevingstype`).</source>
      <translation>Polygonen met een kolom ``omgevingstype``; een gevoelig object krijgt het type
van de gebieden die het overlapt (het strengste, rustige_woonwijk, bij meerdere; zie
:func:`rve_geo.milieu.sensitive.assign_omgevingstype`).</translation>
    </message>
    <message>
      <source>A copy of ``parcels`` (same index and CRS) with

- ``max_category``: label of the highest category that fits, None when not
  even the lowest fits (or the parcel has no geometry);
- ``max_category_rank``: its rank (0 = category 1 ... 9 = category 6), -1 for None;
- ``nearest_sensitive_m``: distance to the nearest sensitive object of any
  type (inf when there is none);
- ``headroom_m``: how much closer the binding object could be before the
  category drops (NaN where ``max_category`` is None, inf without any
  sensitive object);
- ``binding_sensitive_id``: index label of the binding sensitive object;
- ``binding_omgevingstype``: its omgevingstype.</source>
      <translation>Een kopie van ``parcels`` (zelfde index en CRS) met

- ``max_category``: label van de hoogste categorie die past, leeg als zelfs
  de laagste niet past (of de kavel geen geometrie heeft);
- ``max_category_rank``: de rang ervan (0 = categorie 1 ... 9 = categorie 6), -1 bij leeg;
- ``nearest_sensitive_m``: afstand tot het dichtstbijzijnde gevoelige object van
  elk type (inf als er geen is);
- ``headroom_m``: hoeveel dichterbij het bepalende object mag liggen voordat de
  categorie daalt (NaN waar ``max_category`` leeg is, inf zonder gevoelige
  objecten);
- ``binding_sensitive_id``: indexlabel van het bepalende gevoelige object;
- ``binding_omgevingstype``: het omgevingstype ervan.</translation>
    </message>
    <message>
      <source>Polygons of the places to assess (kavels, bestemmingsvlakken).</source>
      <translation>Polygonen van de te beoordelen plekken (kavels, bestemmingsvlakken).</translation>
    </message>
    <message>
      <source>Sensitive objects (woningen, scholen, zorg): footprints, or points such as
BAG verblijfsobjecten (then measured to the point, which overstates the
distance to the facade); their index labels are reported as
``binding_sensitive_id``.</source>
      <translation>Gevoelige objecten (woningen, scholen, zorg): voetafdrukken, of punten zoals
BAG-verblijfsobjecten (dan gemeten tot het punt, wat de afstand tot de gevel
overschat); hun indexlabels staan in ``binding_sensitive_id``.</translation>
    </message>
    <message>
      <source>Default receiving-area type of the sensitive objects.</source>
      <translation>Standaard omgevingstype van de gevoelige objecten.</translation>
    </message>
    <message>
      <source>Column of ``sensitive`` with the omgevingstype per object (missing values
fall back to the areas, then to the default).</source>
      <translation>Kolom van ``sensitive`` met het omgevingstype per object (ontbrekende waarden
vallen terug op de gebieden, daarna op de standaard).</translation>
    </message>
    <message>
      <source>Polygons with a column ``omgevingstype``; a sensitive object takes the type
of the areas it overlaps (the strictest, rustige woonwijk, if several; see
:func:`rve_geo.milieu.sensitive.assign_omgevingstype`).</source>
      <translation>Polygonen met een kolom ``omgevingstype``; een gevoelig object krijgt het type
van de gebieden die het overlapt (het strengste, rustige woonwijk, bij meerdere; zie
:func:`rve_geo.milieu.sensitive.assign_omgevingstype`).</translation>
    </message>
    <message>
      <source>Richtafstanden; None is the VNG 2009 table (see
:func:`rve_geo.load_distance_table`).</source>
      <translation>Richtafstanden; leeg is de tabel van VNG 2009 (zie :func:`rve_geo.load_distance_table`).</translation>
    </message>
    <message>
      <source>One row per (zone, band) with a non-empty area, sorted by zone and rank:
``zone_id``, ``max_category`` (None where not even the lowest category
fits), ``max_category_rank`` (-1 for None), ``area_m2``; same CRS as
``zones``. The bands of one zone do not overlap and together cover it.</source>
      <translation>Eén rij per (zone, band) met een niet-leeg oppervlak, gesorteerd op zone en rang:
``zone_id``, ``max_category`` (leeg waar zelfs de laagste categorie niet
past), ``max_category_rank`` (-1 bij leeg), ``area_m2``; zelfde CRS als
``zones``. De banden van één zone overlappen niet en bedekken samen de zone.</translation>
    </message>
    <message>
      <source>Polygons of the terreinen (or plan area) to map; their index labels become
``zone_id``.</source>
      <translation>Polygonen van de terreinen (of het plangebied) om in te delen; hun indexlabels
worden ``zone_id``.</translation>
    </message>
    <message>
      <source>Sensitive objects: polygons (footprints) or points.</source>
      <translation>Gevoelige objecten: polygonen (voetafdrukken) of punten.</translation>
    </message>
    <message>
      <source>As in :func:`max_allowed_category`.</source>
      <translation>Als bij :func:`max_allowed_category`.</translation>
    </message>
    <message>
      <source>A copy of ``parcels`` (same index and CRS) with

- ``actual_category``, ``allowed_category``: normalised labels (None if missing);
- ``unused_steps``: allowed rank - actual rank, at least 0 (float, NaN when
  either is unknown); one step is one row of the VNG table (3.1 -&gt; 3.2);
- ``above_allowed``: the activity is above what is allowed;
- ``below_minimum``: the activity is below ``minimum_category`` on land that
  allows at least that category;
- ``low_on_hmc``: the land allows at least ``hmc_threshold`` and the activity
  is below it;
- ``non_water_bound_on_quay`` (only with both water columns): a quay plot
  used by an activity that is not water-bound.

Flags are False where a category is unknown.</source>
      <translation>Een kopie van ``parcels`` (zelfde index en CRS) met

- ``actual_category``, ``allowed_category``: genormaliseerde labels (leeg als ze ontbreken);
- ``unused_steps``: toegestane rang - feitelijke rang, minstens 0 (getal, NaN als
  een van beide onbekend is); één stap is één rij van de VNG-tabel (3.1 -&gt; 3.2);
- ``above_allowed``: de activiteit zit boven wat is toegestaan;
- ``below_minimum``: de activiteit zit onder ``minimum_category`` op grond die
  minstens die categorie toestaat;
- ``low_on_hmc``: de grond staat minstens ``hmc_threshold`` toe en de activiteit
  zit eronder;
- ``non_water_bound_on_quay`` (alleen met beide waterkolommen): een kadekavel
  gebruikt door een activiteit die niet watergebonden is.

Vlaggen zijn False waar een categorie onbekend is.</translation>
    </message>
    <message>
      <source>Business plots with the category of the firm on it and the category the
plan allows (e.g. from :func:`rve_geo.read_imro` or
:func:`rve_geo.max_allowed_category`).</source>
      <translation>Bedrijfskavels met de categorie van het bedrijf erop en de categorie die het
plan toestaat (bijvoorbeeld uit :func:`rve_geo.read_imro` of
:func:`rve_geo.max_allowed_category`).</translation>
    </message>
    <message>
      <source>Column with the category of the activity on the plot (any spelling
:func:`rve_geo.parse_category` accepts; missing = unknown).</source>
      <translation>Kolom met de categorie van de activiteit op de kavel (elke schrijfwijze die
:func:`rve_geo.parse_category` accepteert; leeg = onbekend).</translation>
    </message>
    <message>
      <source>Column with the maximum category the plan or the milieuruimte allows.</source>
      <translation>Kolom met de maximale categorie die het plan of de milieuruimte toestaat.</translation>
    </message>
    <message>
      <source>Lowest category counted as "hoge milieucategorie". *Parameter*, default
"4.1": some plans and provinces use 4.2 (DOMAIN.md section 2).</source>
      <translation>Laagste categorie die als "hoge milieucategorie" telt. *Parameter*, standaard
"4.1": sommige plannen en provincies gebruiken 4.2.</translation>
    </message>
    <message>
      <source>Lowest category that belongs on business land. *Parameter*, default "3.1"
(Zuid-Holland practice; the provinces' position paper aims at 3.1 and
higher on bedrijventerreinen, DOMAIN.md section 2).</source>
      <translation>Laagste categorie die op een bedrijventerrein thuishoort. *Parameter*, standaard "3.1"
(praktijk in Zuid-Holland; het position paper van de provincies mikt op 3.1 en
hoger op bedrijventerreinen).</translation>
    </message>
    <message>
      <source>Yes/no columns: the activity needs the water (watergebonden), the plot
lies on a quay (kadegebonden kavel). Give both or neither.</source>
      <translation>Ja/nee-kolommen: de activiteit heeft het water nodig (watergebonden), de kavel
ligt aan een kade (kadegebonden kavel). Geef beide of geen van beide.</translation>
    </message>
    <message>
      <source>One row per Enkelbestemming, Functieaanduiding, Bouwvlak and Maatvoering
object, in EPSG:28992, with columns

- ``identificatie``: the plan's own object id (``gml:id``, e.g. ``NL.IMRO.375``);
- ``naam``: the object's name as written in the plan;
- ``object_type``: ``enkelbestemming``, ``functieaanduiding``, ``bouwvlak`` or
  ``maatvoering``;
- ``bestemmingshoofdgroep``: for enkelbestemmingen, else None;
- ``max_category``: the maximum milieucategorie label ("3.1") or None;
- ``max_goothoogte_m``, ``max_bouwhoogte_m``, ``min_bouwhoogte_m``: metres,
  NaN where the plan sets none;
- ``max_coverage_share``, ``min_coverage_share``: bebouwingspercentage / 100
  (a fraction);
- ``max_storeys``: maximum aantal bouwlagen;
- ``max_floor_area_m2``: maximum vloeroppervlak (m2);
- ``max_built_area_m2``: maximum bebouwd oppervlak / oppervlakte (m2);
- ``max_fsi``: maximum vloerindex (floor space index);
- ``max_volume_m3``: maximum inhoud (m3);
- ``max_dwellings``: maximum aantal wooneenheden;
- ``plan_id``: the identificatie of the Bestemmingsplangebied (or None).</source>
      <translation>Eén rij per object Enkelbestemming, Functieaanduiding, Bouwvlak en Maatvoering,
in EPSG:28992, met kolommen

- ``identificatie``: de eigen objectcode van het plan (``gml:id``, bijv. ``NL.IMRO.375``);
- ``naam``: de naam van het object zoals in het plan;
- ``object_type``: ``enkelbestemming``, ``functieaanduiding``, ``bouwvlak`` of
  ``maatvoering``;
- ``bestemmingshoofdgroep``: bij enkelbestemmingen, anders leeg;
- ``max_category``: het label van de maximale milieucategorie ("3.1") of leeg;
- ``max_goothoogte_m``, ``max_bouwhoogte_m``, ``min_bouwhoogte_m``: meters,
  NaN waar het plan niets vastlegt;
- ``max_coverage_share``, ``min_coverage_share``: bebouwingspercentage / 100
  (een fractie);
- ``max_storeys``: maximum aantal bouwlagen;
- ``max_floor_area_m2``: maximum vloeroppervlak (m2);
- ``max_built_area_m2``: maximum bebouwd oppervlak / oppervlakte (m2);
- ``max_fsi``: maximum vloerindex (FSI);
- ``max_volume_m3``: maximum inhoud (m3);
- ``max_dwellings``: maximum aantal wooneenheden;
- ``plan_id``: de identificatie van het Bestemmingsplangebied (of leeg).</translation>
    </message>
    <message>
      <source>The plan's GML file (``NL.IMRO.&lt;code&gt;.&lt;plan&gt;.gml``) as downloaded from
ruimtelijkeplannen.nl. A GDAL ``.gfs`` file next to it is neither needed
nor written.</source>
      <translation>Het GML-bestand van het plan (``NL.IMRO.&lt;code&gt;.&lt;plan&gt;.gml``) zoals gedownload van
ruimtelijkeplannen.nl. Een GDAL-bestand ``.gfs`` ernaast is niet nodig en wordt
niet geschreven.</translation>
    </message>
    <message>
      <source>Share of a zone's area (0-1] a Maatvoering or category aanduiding must cover
to transfer its values to that zone (default 0.5).</source>
      <translation>Aandeel van het zoneoppervlak (0-1] dat een Maatvoering of categorie-aanduiding moet
bedekken om haar waarden aan die zone door te geven (standaard 0.5).</translation>
    </message>
    <message>
      <source>A copy of ``parcels`` (same index, CRS) with the density columns
(``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``), the rules used (``rule_max_fsi``,
``rule_max_coverage_share``, ``rule_max_height_m``, ``rule_max_storeys``,
``rule_target_fsi``, ``allowed_storeys``), ``allowed_floor_area_m2``,
``allowed_rule``, ``potential_unconstrained_m2``,
``removed_by_contours_m2``, ``removed_by_hmc_m2``, ``potential_m2``,
``overbuilt``, ``m2_bvo_per_job``, ``jobs``, ``potential_jobs``,
``unbuilt_area_m2``, ``vacant``, ``sensitive_use``, ``in_contour`` and
``hmc_land``.</source>
      <translation>Een kopie van ``parcels`` (zelfde index, CRS) met de dichtheidskolommen
(``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``), de gebruikte regels (``rule_max_fsi``,
``rule_max_coverage_share``, ``rule_max_height_m``, ``rule_max_storeys``,
``rule_target_fsi``, ``allowed_storeys``), ``allowed_floor_area_m2``,
``allowed_rule``, ``potential_unconstrained_m2``,
``removed_by_contours_m2``, ``removed_by_hmc_m2``, ``potential_m2``,
``overbuilt``, ``m2_bvo_per_job``, ``jobs``, ``potential_jobs``,
``unbuilt_area_m2``, ``vacant``, ``sensitive_use``, ``in_contour`` en
``hmc_land``.</translation>
    </message>
    <message>
      <source>Parcel polygons (kavels) in a projected CRS; may carry the plan rules.</source>
      <translation>Kavelpolygonen (kavels) in een geprojecteerd CRS; mogen de planregels bevatten.</translation>
    </message>
    <message>
      <source>Building footprints; floor area per building as in
:func:`rve_geo.building_floor_area`. Buildings that already carry its result
columns (``floor_area_m2``, ``footprint_m2``, ``storeys``, ``height_m``,
``floor_area_source``, ``excluded``, ``use_storey_height_m``, ``is_hall``;
marked by ``floor_area_source``) are used as they are, with ``floor_area`` at
its defaults (see :mod:`rve_geo.density.precomputed`).</source>
      <translation>Gebouwvoetafdrukken; vloeroppervlak per gebouw als in
:func:`rve_geo.building_floor_area`. Gebouwen die de resultaatkolommen daarvan al
dragen (``floor_area_m2``, ``footprint_m2``, ``storeys``, ``height_m``,
``floor_area_source``, ``excluded``, ``use_storey_height_m``, ``is_hall``;
herkend aan ``floor_area_source``) worden gebruikt zoals ze zijn, met
``floor_area`` op zijn standaardwaarden (zie :mod:`rve_geo.density.precomputed`).</translation>
    </message>
    <message>
      <source>Plan zones carrying the rule columns: plan objects from
:func:`rve_geo.read_imro` (with ``object_type``), or zones of your own.</source>
      <translation>Planzones met de regelkolommen: planobjecten uit
:func:`rve_geo.read_imro` (met ``object_type``), of eigen zones.</translation>
    </message>
    <message>
      <source>Where sensitive uses (housing) are planned: polygons (a parcel whose
representative point lies inside is a sensitive use) or points (a parcel
holding one is a sensitive use).</source>
      <translation>Waar gevoelige functies (wonen) gepland zijn: polygonen (een kavel waarvan het
representatieve punt erin ligt is een gevoelige functie) of punten (een kavel
met zo'n punt is een gevoelige functie).</translation>
    </message>
    <message>
      <source>Hindercontouren (e.g. :func:`rve_geo.environmental_contours` of other
sources). A sensitive-use parcel overlapping one loses its potential.</source>
      <translation>Hindercontouren (bijvoorbeeld :func:`rve_geo.environmental_contours` van andere
bronnen). Een kavel met een gevoelige functie die er een overlapt verliest zijn potentieel.</translation>
    </message>
    <message>
      <source>Rule columns: maximum FSI, maximum bebouwingspercentage as a share (0.8,
not 80), maximum bouwhoogte in metres, maximum number of storeys. Found in
``rules`` when given, else in ``parcels``. When not named, the usual column
names are used if present (``max_coverage_share`` and ``max_bouwhoogte_m``
as :func:`rve_geo.read_imro` writes them).</source>
      <translation>Regelkolommen: maximale FSI, maximaal bebouwingspercentage als fractie (0.8,
niet 80), maximale bouwhoogte in meters, maximum aantal bouwlagen. Gezocht in
``rules`` als die gegeven is, anders in ``parcels``. Zonder naam worden de gebruikelijke
kolomnamen gebruikt als ze er zijn (``max_coverage_share`` en ``max_bouwhoogte_m``
zoals :func:`rve_geo.read_imro` ze schrijft).</translation>
    </message>
    <message>
      <source>A uniform target FSI (e.g. per terrein): a number, or a column of
``parcels`` (or of ``rules``).</source>
      <translation>Een uniforme doel-FSI (bijvoorbeeld per terrein): een getal, of een kolom van
``parcels`` (of van ``rules``).</translation>
    </message>
    <message>
      <source>How the rules of ``rules`` reach a parcel. ``pieces``: the parcel is cut into
its pieces per plan vlak (bouwvlak, bestemmingsvlak) and the allowed floor
area is the sum over the pieces (needs ``object_type`` in ``rules``).
``largest_overlap``: each rule from the zone that has a value for it and
overlaps the parcel most, if it covers at least ``cover_share`` of the parcel.
``representative_point``: the first zone holding the parcel's representative
point. ``auto`` (default): ``pieces`` for plan vlakken (enkelbestemming,
bouwvlak), else ``largest_overlap``.</source>
      <translation>Hoe de regels van ``rules`` een kavel bereiken. ``pieces``: de kavel wordt in
stukken per planvlak (bouwvlak, bestemmingsvlak) gesneden en het toegestane
vloeroppervlak is de som over de stukken (vraagt ``object_type`` in ``rules``).
``largest_overlap``: elke regel uit de zone die er een waarde voor heeft en
de kavel het meest overlapt, als die minstens ``cover_share`` van de kavel bedekt.
``representative_point``: de eerste zone die het representatieve punt van de kavel
bevat. ``auto`` (standaard): ``pieces`` voor planvlakken (enkelbestemming,
bouwvlak), anders ``largest_overlap``.</translation>
    </message>
    <message>
      <source>Minimum share (0-1], default 0.5: of a vlak that a maatvoering or a
bestemmingsvlak must cover to pass its values to it (``pieces``), or of a
parcel that a zone must cover to give its rule (``largest_overlap``).</source>
      <translation>Minimaal aandeel (0-1], standaard 0.5: van een vlak dat een maatvoering of een
bestemmingsvlak moet bedekken om er zijn waarden aan door te geven (``pieces``), of van een
kavel dat een zone moet bedekken om haar regel te geven (``largest_overlap``).</translation>
    </message>
    <message>
      <source>Storey height turning a maximum bouwhoogte into storeys: None (default) for
the floor-area model of existing buildings (the storey height of the use of
the parcel's main building, else of the bestemming); a number; or a column
of ``parcels``.</source>
      <translation>Verdiepingshoogte die een maximale bouwhoogte in bouwlagen omzet: leeg (standaard) voor
het vloeroppervlakmodel van bestaande gebouwen (de verdiepingshoogte van het gebruik van
het hoofdgebouw op de kavel, anders van de bestemming); een getal; of een kolom
van ``parcels``.</translation>
    </message>
    <message>
      <source>Column of ``parcels`` with the function of the (future) floor space, used
for the jobs ratio and to find sensitive uses.</source>
      <translation>Kolom van ``parcels`` met de functie van de (toekomstige) vloerruimte, gebruikt
voor de banenratio en om gevoelige functies te vinden.</translation>
    </message>
    <message>
      <source>One basis for existing and extra jobs: floor area per job by use (default,
``data/policy.toml``), or the programme's plot area per job.</source>
      <translation>Eén grondslag voor bestaande en extra banen: vloeroppervlak per baan naar gebruik (standaard,
``data/policy.toml``), of de kaveloppervlakte per baan van het programma.</translation>
    </message>
    <message>
      <source>m2 BVO per job by function (``{"office": 20, "default": 100}``), a CSV with
columns ``function,m2_bvo_per_job``, one number for all, or None for
``data/jobs_ratios.csv``.</source>
      <translation>m2 BVO per baan per functie (``{"office": 20, "default": 100}``), een CSV met
kolommen ``function,m2_bvo_per_job``, één getal voor alles, of leeg voor
``data/jobs_ratios.csv``.</translation>
    </message>
    <message>
      <source>Plot area per job on the ``"plot_area"`` basis (default 250 m2 [S],
``data/policy.toml``).</source>
      <translation>Kaveloppervlakte per baan op grondslag ``"plot_area"`` (standaard 250 m2 [S],
``data/policy.toml``).</translation>
    </message>
    <message>
      <source>Values of ``function_col`` meaning a sensitive use (default
:data:`SENSITIVE_FUNCTIONS`).</source>
      <translation>Waarden van ``function_col`` die een gevoelige functie betekenen (standaard
:data:`SENSITIVE_FUNCTIONS`).</translation>
    </message>
    <message>
      <source>Column of ``parcels`` with the milieucategorie the plan allows there. Each
parcel with a category is a source whose contour is its richtafstand; it
also decides which parcels are HMC land.</source>
      <translation>Kolom van ``parcels`` met de milieucategorie die het plan daar toestaat. Elke
kavel met een categorie is een bron met de richtafstand als contour; de kolom
bepaalt ook welke kavels HMC-grond zijn.</translation>
    </message>
    <message>
      <source>Column of ``parcels`` with the category of the activity the potential is
for (e.g. the present firm). On HMC land potential for a lower category
is removed.</source>
      <translation>Kolom van ``parcels`` met de categorie van de activiteit waarvoor het potentieel
geldt (bijvoorbeeld het huidige bedrijf). Op HMC-grond vervalt het potentieel voor
een lagere categorie.</translation>
    </message>
    <message>
      <source>Omgevingstype of the sensitive uses for the richtafstand.</source>
      <translation>Omgevingstype van de gevoelige functies voor de richtafstand.</translation>
    </message>
    <message>
      <source>Distance table (default VNG 2009), see :func:`rve_geo.load_distance_table`.</source>
      <translation>Afstandentabel (standaard VNG 2009), zie :func:`rve_geo.load_distance_table`.</translation>
    </message>
    <message>
      <source>Lowest category that counts as HMC (default "4.1" [P]).</source>
      <translation>Laagste categorie die als HMC telt (standaard "4.1" [P]).</translation>
    </message>
    <message>
      <source>Per parcel (or per zone): ``parcel_area_ha``, ``floor_area_m2`` (all
allocated floor area), ``floor_area_known_year_m2``,
``weighted_construction_year``, ``floor_area_pre_threshold_share``,
``floor_area_1960_1980_share``, ``area_pre_threshold_ha``,
``pre_threshold`` (weighted year before the threshold), and the floor area
per decade: ``floor_area_pre1900_m2``, ``floor_area_1900s_m2`` ...
``floor_area_2020s_m2`` and ``floor_area_unknown_year_m2``. With
``zones`` also ``zone_id`` and ``n_parcels``.</source>
      <translation>Per kavel (of per zone): ``parcel_area_ha``, ``floor_area_m2`` (al het
toegewezen vloeroppervlak), ``floor_area_known_year_m2``,
``weighted_construction_year``, ``floor_area_pre_threshold_share``,
``floor_area_1960_1980_share``, ``area_pre_threshold_ha``,
``pre_threshold`` (gewogen bouwjaar voor het drempeljaar), en het vloeroppervlak
per decennium: ``floor_area_pre1900_m2``, ``floor_area_1900s_m2`` ...
``floor_area_2020s_m2`` en ``floor_area_unknown_year_m2``. Met
``zones`` ook ``zone_id`` en ``n_parcels``.</translation>
    </message>
    <message>
      <source>Parcel polygons (kadastrale percelen or kavels) in a projected CRS.</source>
      <translation>Kavelpolygonen (kadastrale percelen of kavels) in een geprojecteerd CRS.</translation>
    </message>
    <message>
      <source>Building footprints with a construction year (BAG ``bouwjaar`` /
``oorspronkelijkBouwjaar``) and whatever floor-area data exists (see
:func:`rve_geo.building_floor_area`). Buildings that already carry the result
columns of ``building_floor_area`` (``floor_area_m2``, ``footprint_m2``,
``storeys``, ``height_m``, ``floor_area_source``, ``excluded``,
``use_storey_height_m``, ``is_hall``; marked by ``floor_area_source``) are used
as they are, with ``floor_area`` at its defaults (see
:mod:`rve_geo.density.precomputed`).</source>
      <translation>Gebouwvoetafdrukken met een bouwjaar (BAG ``bouwjaar`` /
``oorspronkelijkBouwjaar``) en de vloeroppervlakgegevens die er zijn (zie
:func:`rve_geo.building_floor_area`). Gebouwen die de resultaatkolommen van
``building_floor_area`` al dragen (``floor_area_m2``, ``footprint_m2``,
``storeys``, ``height_m``, ``floor_area_source``, ``excluded``,
``use_storey_height_m``, ``is_hall``; herkend aan ``floor_area_source``) worden
gebruikt zoals ze zijn, met ``floor_area`` op zijn standaardwaarden (zie
:mod:`rve_geo.density.precomputed`).</translation>
    </message>
    <message>
      <source>Stock built before this year counts as ageing (default 1980 [S]).</source>
      <translation>Voorraad gebouwd voor dit jaar telt als verouderend (standaard 1980 [S]).</translation>
    </message>
    <message>
      <source>Terreinen or other areas. When given, the result has one row per zone
(same index and CRS as ``zones``) aggregating the parcels whose
representative point lies in it.</source>
      <translation>Terreinen of andere gebieden. Als ze gegeven zijn, heeft het resultaat één rij per zone
(zelfde index en CRS als ``zones``) met de kavels waarvan het representatieve
punt erin ligt.</translation>
    </message>
    <message>
      <source>Column of ``zones`` copied into the result as ``zone_id`` (default: the index).</source>
      <translation>Kolom van ``zones`` die als ``zone_id`` in het resultaat komt (standaard: de index).</translation>
    </message>
    <message>
      <source>Column of ``buildings`` with the construction year; looked up among the BAG /
3D BAG names when omitted.</source>
      <translation>Kolom van ``buildings`` met het bouwjaar; zonder naam gezocht onder de BAG- /
3D BAG-namen.</translation>
    </message>
    <message>
      <source>``areas`` (same index, CRS) with ``homes``, ``jobs``, ``jobs_source``
(``"given"`` or ``"floor_area"``), ``work_floor_area_m2``, ``fmi``,
``work_m2_per_home``, ``jobs_per_home``, ``below_work_m2_norm`` and
``below_jobs_norm``.</source>
      <translation>``areas`` (zelfde index, CRS) met ``homes``, ``jobs``, ``jobs_source``
(``"given"`` of ``"floor_area"``), ``work_floor_area_m2``, ``fmi``,
``work_m2_per_home``, ``jobs_per_home``, ``below_work_m2_norm`` en
``below_jobs_norm``.</translation>
    </message>
    <message>
      <source>Any polygons (wijken, terreinen, plan areas) in a projected CRS.</source>
      <translation>Willekeurige polygonen (wijken, terreinen, plangebieden) in een geprojecteerd CRS.</translation>
    </message>
    <message>
      <source>Homes as points or polygons (e.g. BAG verblijfsobjecten with woonfunctie),
counted per area by representative point. Without ``homes``,
``homes_col`` names a column of ``areas`` with the number of homes.</source>
      <translation>Woningen als punten of polygonen (bijvoorbeeld BAG-verblijfsobjecten met woonfunctie),
per gebied geteld via het representatieve punt. Zonder ``homes`` noemt
``homes_col`` een kolom van ``areas`` met het aantal woningen.</translation>
    </message>
    <message>
      <source>With ``homes``: a column holding the number of homes per feature (default
one per feature). Without: the homes column of ``areas``.</source>
      <translation>Met ``homes``: een kolom met het aantal woningen per object (standaard
één per object). Zonder: de woningenkolom van ``areas``.</translation>
    </message>
    <message>
      <source>Jobs as points or polygons (e.g. LISA establishments), counted likewise.</source>
      <translation>Banen als punten of polygonen (bijvoorbeeld LISA-vestigingen), op dezelfde manier geteld.</translation>
    </message>
    <message>
      <source>With ``jobs``: jobs per feature (default one). Without: jobs column of ``areas``.</source>
      <translation>Met ``jobs``: banen per object (standaard één). Zonder: de banenkolom van ``areas``.</translation>
    </message>
    <message>
      <source>Column of ``areas`` with the work floor area (m2 BVO). Used for
``work_m2_per_home`` and, when no jobs are given, to estimate jobs.</source>
      <translation>Kolom van ``areas`` met het werkvloeroppervlak (m2 BVO). Gebruikt voor
``work_m2_per_home`` en, als er geen banen gegeven zijn, om banen te schatten.</translation>
    </message>
    <message>
      <source>m2 BVO per job for converting between floor area and jobs (default 100, the
``default`` row of ``data/jobs_ratios.csv``: 250 m2 plot per job [S] at FSI
0.4 [A]). Give 20 (an office job [S]) only for office floor area; for floor
area of known uses convert per use with :mod:`rve_geo.potential.jobs` and
pass the jobs instead.</source>
      <translation>m2 BVO per baan om vloeroppervlak en banen om te rekenen (standaard 100, de
rij ``default`` van ``data/jobs_ratios.csv``: 250 m2 kavel per baan [S] bij FSI
0.4 [A]). Geef 20 (een kantoorbaan [S]) alleen voor kantoorvloeroppervlak; reken
vloeroppervlak met bekend gebruik per gebruik om met :mod:`rve_geo.potential.jobs`
en geef dan de banen door.</translation>
    </message>
    <message>
      <source>Norm of work floor area per home (default 20 m2 [S]).</source>
      <translation>Norm voor werkvloeroppervlak per woning (standaard 20 m2 [S]).</translation>
    </message>
    <message>
      <source>Norm of jobs per home (default 1.0 [S]).</source>
      <translation>Norm voor banen per woning (standaard 1.0 [S]).</translation>
    </message>
    <message>
      <source>``changes``, ``per_id``, ``per_zone``, ``per_use`` and ``totals``.</source>
      <translation>``changes``, ``per_id``, ``per_zone``, ``per_use`` en ``totals``.</translation>
    </message>
    <message>
      <source>Business-land polygons (e.g. IBIS terreinen or kavels) at two dates, in one
projected CRS.</source>
      <translation>Polygonen van bedrijventerreinen (bijvoorbeeld IBIS-terreinen of kavels) op twee
momenten, in één geprojecteerd CRS.</translation>
    </message>
    <message>
      <source>Id column present in both snapshots (default: the index). Rows sharing an id
are merged into one (multi)polygon.</source>
      <translation>Id-kolom die in beide momentopnamen staat (standaard: de index). Rijen met hetzelfde id
worden samengevoegd tot één (multi)polygoon.</translation>
    </message>
    <message>
      <source>Column of ``before`` naming what the land became (e.g. ``"wonen"``), used
to report lost hectares per new use.</source>
      <translation>Kolom van ``before`` die zegt wat de grond werd (bijvoorbeeld ``"wonen"``), gebruikt
om verloren hectares per nieuwe functie te melden.</translation>
    </message>
    <message>
      <source>Areas (gemeenten, regio's) to report per zone.</source>
      <translation>Gebieden (gemeenten, regio's) om per zone over te rapporteren.</translation>
    </message>
    <message>
      <source>Column of ``zones`` copied as ``zone_id`` (default: the index).</source>
      <translation>Kolom van ``zones`` die als ``zone_id`` wordt overgenomen (standaard: de index).</translation>
    </message>
    <message>
      <source>Symmetric differences smaller than this (per id) count as unchanged, so
that re-digitising noise does not show up as change (default 1 m2 [A]).</source>
      <translation>Symmetrische verschillen kleiner dan dit (per id) tellen als ongewijzigd, zodat
ruis van opnieuw digitaliseren niet als verandering verschijnt (standaard 1 m2 [A]).</translation>
    </message>
    <message>
      <source>``parcels`` (same index, CRS) with ``plot_area_m2``, ``cost_eur_per_m2``,
``relocation_status`` (``"below_band"``, ``"within_band"``,
``"above_band"``, ``"unknown"``), ``within_band`` and ``above_band``.</source>
      <translation>``parcels`` (zelfde index, CRS) met ``plot_area_m2``, ``cost_eur_per_m2``,
``relocation_status`` (``"below_band"``, ``"within_band"``,
``"above_band"``, ``"unknown"``), ``within_band`` en ``above_band``.</translation>
    </message>
    <message>
      <source>The plots a firm would be relocated from (or to), in a projected CRS.</source>
      <translation>De kavels waarvan (of waarheen) een bedrijf zou verhuizen, in een geprojecteerd CRS.</translation>
    </message>
    <message>
      <source>Column with the total relocation cost in EUR.</source>
      <translation>Kolom met de totale verplaatsingskosten in EUR.</translation>
    </message>
    <message>
      <source>Column with the plot area in m2 (e.g. BRK ``kadastraleGrootte``); default
the polygon area.</source>
      <translation>Kolom met het kaveloppervlak in m2 (bijvoorbeeld BRK ``kadastraleGrootte``); standaard
het oppervlak van de polygoon.</translation>
    </message>
    <message>
      <source>Lower and upper bound of the band in EUR per m2 plot (default 1,300-1,400 [S]).</source>
      <translation>Onder- en bovengrens van de bandbreedte in EUR per m2 kavel (standaard 1.300-1.400 [S]).</translation>
    </message>
    <message>
      <source>A copy of ``parcels`` (same index and CRS) plus one ``ind_&lt;name&gt;`` column per
computed indicator (float in [0, 1], NaN where the input is missing for that
parcel), ``owners_per_ha`` (when fragmentation is computed), ``score`` (float in
[0, 1], NaN when no indicator is known for the parcel) and ``top_drivers``
(text such as ``"ageing (0.20), unused_capacity (0.13)"``: up to three indicators
with the largest weighted contribution to ``score``).</source>
      <translation>Een kopie van ``parcels`` (zelfde index en CRS) plus één kolom ``ind_&lt;name&gt;`` per
berekende indicator (getal in [0, 1], NaN waar de invoer voor die kavel ontbreekt),
``owners_per_ha`` (als versnippering berekend wordt), ``score`` (getal in
[0, 1], NaN als voor de kavel geen indicator bekend is) en ``top_drivers``
(tekst zoals ``"ageing (0.20), unused_capacity (0.13)"``: tot drie indicatoren
met de grootste gewogen bijdrage aan ``score``).</translation>
    </message>
    <message>
      <source>Parcels (projected metric CRS) with any of the input columns listed in Notes.</source>
      <translation>Kavels (geprojecteerd metrisch CRS) met een of meer van de invoerkolommen van de indicatoren.</translation>
    </message>
    <message>
      <source>Which indicators to compute, from ``"unused_capacity"``, ``"ageing"``,
``"scheefwerken"``, ``"vacancy"``, ``"fragmentation"``, ``"quay_misuse"``.
Default: every indicator whose input columns are present.</source>
      <translation>Welke indicatoren berekend worden, uit ``"unused_capacity"``, ``"ageing"``,
``"scheefwerken"``, ``"vacancy"``, ``"fragmentation"``, ``"quay_misuse"``.
Standaard: elke indicator waarvan de invoerkolommen aanwezig zijn.</translation>
    </message>
    <message>
      <source>Weight per indicator (&gt;= 0, relative). Indicators not named keep their default
weight from ``rve_geo/data/score_weights.toml`` (see
:func:`default_score_config`).</source>
      <translation>Gewicht per indicator (&gt;= 0, relatief). Niet genoemde indicatoren houden hun
standaardgewicht uit ``rve_geo/data/score_weights.toml`` (zie
:func:`default_score_config`).</translation>
    </message>
    <message>
      <source>Column with the vacant share of the parcel's floor area (0-1) or a vacancy flag.</source>
      <translation>Kolom met het leegstaande aandeel van het vloeroppervlak van de kavel (0-1) of een leegstandsvlag.</translation>
    </message>
    <message>
      <source>Column with an owner id per parcel (e.g. BRK ``kadastraal subject``).</source>
      <translation>Kolom met een eigenaar-id per kavel (bijvoorbeeld BRK ``kadastraal subject``).</translation>
    </message>
    <message>
      <source>Column with a business-park (terrein) id. When given, owners per hectare are
counted per terrein; otherwise over the parcel's neighbourhood.</source>
      <translation>Kolom met een id van het bedrijventerrein. Als die gegeven is, worden eigenaren per hectare
per terrein geteld; anders over de omgeving van de kavel.</translation>
    </message>
    <message>
      <source>``.zones`` (one row per zone, ``zone_id`` 1..K in order of decreasing
``score_total``) and ``.parcels`` (the input plus a nullable ``zone_id``).</source>
      <translation>``.zones`` (één rij per zone, ``zone_id`` 1..K in volgorde van afnemende
``score_total``) en ``.parcels`` (de invoer plus een ``zone_id`` die leeg mag zijn).</translation>
    </message>
    <message>
      <source>Parcel polygons in a projected metric CRS with a score column (e.g. the output
of :func:`rve_geo.opportunity_scores`).</source>
      <translation>Kavelpolygonen in een geprojecteerd metrisch CRS met een scorekolom (bijvoorbeeld de uitvoer
van :func:`rve_geo.opportunity_scores`).</translation>
    </message>
    <message>
      <source>Column with the opportunity score per parcel (&gt;= 0, higher = better; per
hectare, see Notes). Missing values count as 0.</source>
      <translation>Kolom met de kansenscore per kavel (&gt;= 0, hoger = beter; per
hectare). Ontbrekende waarden tellen als 0.</translation>
    </message>
    <message>
      <source>Hard bounds on the area of a zone on ``area_basis``, in hectares. Default 10-15
ha, the size of a kansenzone in the programme (DOMAIN.md section 5).</source>
      <translation>Harde grenzen aan het oppervlak van een zone op ``area_basis``, in hectare. Standaard
10-15 ha, de omvang van een kansenzone in het programma.</translation>
    </message>
    <message>
      <source>Parcels whose boundaries are at most this far apart are neighbours (0 = only
touching). Default 30 m: wide enough that a street between two rows of plots
does not split a zone [A].</source>
      <translation>Kavels waarvan de grenzen hooguit zo ver uit elkaar liggen zijn buren (0 = alleen
rakend). Standaard 30 m: breed genoeg dat een straat tussen twee rijen kavels
een zone niet splitst [A].</translation>
    </message>
    <message>
      <source>Column with a terrein (business park) id. Zones never cross terrein boundaries
unless ``cross_terrein=True``. Parcels without an id are neighbours only of other
parcels without an id.</source>
      <translation>Kolom met een id van het terrein (bedrijventerrein). Zones gaan nooit over terreingrenzen
tenzij ``cross_terrein=True``. Kavels zonder id zijn alleen buren van andere
kavels zonder id.</translation>
    </message>
    <message>
      <source>Allow zones across terrein boundaries.</source>
      <translation>Zones over terreingrenzen heen toestaan.</translation>
    </message>
    <message>
      <source>Also make whole-terrein zones (see Notes): a whole connected group of parcels
whose area is at least ``small_terrein_min_ha`` but below ``min_area_ha`` becomes
one zone flagged ``small_terrein=True``. Off unless asked: the programme's
kansenzones are 10-15 ha.</source>
      <translation>Ook zones van hele terreinen maken: een hele samenhangende groep kavels met een
oppervlak van minstens ``small_terrein_min_ha`` maar onder ``min_area_ha`` wordt
één zone met de vlag ``small_terrein=True``. Alleen op verzoek: de kansenzones van
het programma zijn 10-15 ha.</translation>
    </message>
    <message>
      <source>Smallest whole-terrein zone with ``small_terreinen`` (default 5 ha [A]); smaller
groups (loose plots, islands) stay unassigned. None also disables them.</source>
      <translation>Kleinste zone van een heel terrein met ``small_terreinen`` (standaard 5 ha [A]);
kleinere groepen (losse kavels, eilandjes) blijven zonder zone. Leeg schakelt ze ook uit.</translation>
    </message>
    <message>
      <source>The area the bounds apply to (and ``area_ha``): ``"gross"`` (default) the
parcels plus the tare they enclose (streets up to ``gap_tolerance_m`` wide,
see :func:`gross_area_shares`), as the programme's 10-15 ha reads for a
deelgebied; ``"net"`` the parcel area alone. Both are reported.</source>
      <translation>Het oppervlak waarop de grenzen gelden (en ``area_ha``): ``"gross"`` (standaard) de
kavels plus de tarra die ze insluiten (straten tot ``gap_tolerance_m`` breed), zoals
de 10-15 ha van het programma voor een deelgebied bedoeld is; ``"net"`` alleen het
kaveloppervlak. Beide worden gerapporteerd.</translation>
    </message>
    <message>
      <source>Seed of the tie-breaking order; the same seed gives the same zones.</source>
      <translation>Startwaarde van de volgorde bij gelijke scores; dezelfde waarde geeft dezelfde zones.</translation>
    </message>
    <message>
      <source>Parcel columns summed per zone when present (default ``potential_m2`` and
``potential_jobs`` from :func:`rve_geo.densification_potential`).</source>
      <translation>Kavelkolommen die per zone worden opgeteld als ze er zijn (standaard ``potential_m2`` en
``potential_jobs`` uit :func:`rve_geo.densification_potential`).</translation>
    </message>
    <message>
      <source>The written file.</source>
      <translation>Het geschreven bestand.</translation>
    </message>
    <message>
      <source>Geometry in EPSG:28992, one location per row (e.g. milieuzones, contours as
polygons; lines and points are written too).</source>
      <translation>Geometrie in EPSG:28992, één locatie per rij (bijvoorbeeld milieuzones, contouren als
polygonen; lijnen en punten worden ook geschreven).</translation>
    </message>
    <message>
      <source>Output ``.gml`` file; written atomically.</source>
      <translation>Uitvoerbestand ``.gml``; in één keer geschreven (atomair).</translation>
    </message>
    <message>
      <source>The GIO's work and expression identifiers, e.g.
``/join/id/regdata/gm0297/2026/milieuzones`` and
``/join/id/regdata/gm0297/2026/milieuzones/nld@2026-01-15;1``.</source>
      <translation>De work- en expression-identificatie van het GIO, bijvoorbeeld
``/join/id/regdata/gm0297/2026/milieuzones`` en
``/join/id/regdata/gm0297/2026/milieuzones/nld@2026-01-15;1``.</translation>
    </message>
    <message>
      <source>Column with a name per location (``geo:naam``); empty values are left out.</source>
      <translation>Kolom met een naam per locatie (``geo:naam``); lege waarden worden weggelaten.</translation>
    </message>
    <message>
      <source>Column with a group id per location (``geo:groepID``, a GIO-deel).</source>
      <translation>Kolom met een groeps-id per locatie (``geo:groepID``, een GIO-deel).</translation>
    </message>
    <message>
      <source>Group id -&gt; label (``geo:label``); default: the group id itself.</source>
      <translation>Groeps-id -&gt; label (``geo:label``); standaard: het groeps-id zelf.</translation>
    </message>
    <message>
      <source>Column with the norm value per location; needs ``norm_kind``.</source>
      <translation>Kolom met de normwaarde per locatie; vereist ``norm_kind``.</translation>
    </message>
    <message>
      <source>``"kwalitatief"``: text values (e.g. a maximum category ``"3.1"``);
``"kwantitatief"``: numbers with a unit (e.g. a distance in m).</source>
      <translation>``"kwalitatief"``: tekstwaarden (bijvoorbeeld een maximale categorie ``"3.1"``);
``"kwantitatief"``: getallen met een eenheid (bijvoorbeeld een afstand in m).</translation>
    </message>
    <message>
      <source>The norm (``geo:normlabel``, ``geo:normID``: URI from the STOP waardelijst
typenorm); required with norm values.</source>
      <translation>De norm (``geo:normlabel``, ``geo:normID``: URI uit de STOP-waardelijst
typenorm); verplicht bij normwaarden.</translation>
    </message>
    <message>
      <source>Unit of a kwantitatieve normwaarde (``geo:eenheidlabel``, ``geo:eenheidID``).
``unit="m"`` / ``"m2"`` fill in the label and the STOP URI of Meter /
VierkanteMeter (:data:`UNITS`).</source>
      <translation>Eenheid van een kwantitatieve normwaarde (``geo:eenheidlabel``, ``geo:eenheidID``).
``unit="m"`` / ``"m2"`` vullen het label en de STOP-URI van Meter /
VierkanteMeter in.</translation>
    </message>
    <message>
      <source>Geographic context (``gio:achtergrondVerwijzing`` / ``achtergrondActualiteit``,
a date ``YYYY-MM-DD``). The date defaults to the date in ``frbr_expression``.</source>
      <translation>Geografische context (``gio:achtergrondVerwijzing`` / ``achtergrondActualiteit``,
een datum ``YYYY-MM-DD``). De datum is standaard de datum in ``frbr_expression``.</translation>
    </message>
    <message>
      <source>Replace an existing file.</source>
      <translation>Een bestaand bestand vervangen.</translation>
    </message>
    <message>
      <source>The paths written and the field map.</source>
      <translation>De geschreven paden en de veldentabel.</translation>
    </message>
    <message>
      <source>The layer to export (any CRS; it is recorded in the ``.prj``).</source>
      <translation>De te exporteren laag (elk CRS; het wordt vastgelegd in de ``.prj``).</translation>
    </message>
    <message>
      <source>Output ``.shp``. Sidecars (``.shx``, ``.dbf``, ``.prj``, ``.cpg``) go beside it.</source>
      <translation>Uitvoer ``.shp``. De bijbehorende bestanden (``.shx``, ``.dbf``, ``.prj``, ``.cpg``) komen ernaast.</translation>
    </message>
    <message>
      <source>Where the field-map CSV goes; default ``&lt;stem&gt;_fields.csv`` beside the ``.shp``.</source>
      <translation>Waar de CSV met de veldentabel komt; standaard ``&lt;stem&gt;_fields.csv`` naast de ``.shp``.</translation>
    </message>
    <message>
      <source>Replace existing files (old index sidecars such as ``.qix`` are removed).</source>
      <translation>Bestaande bestanden vervangen (oude indexbestanden zoals ``.qix`` worden verwijderd).</translation>
    </message>
    <message>
      <source>checking locations</source>
      <translation>locaties controleren</translation>
    </message>
    <message>
      <source>writing GML</source>
      <translation>GML schrijven</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <source>preparing fields</source>
      <translation>velden voorbereiden</translation>
    </message>
    <message>
      <source>writing</source>
      <translation>schrijven</translation>
    </message>
    <message>
      <source>moving files into place</source>
      <translation>bestanden op hun plaats zetten</translation>
    </message>
    <message>
      <source>floor area: validating buildings</source>
      <translation>vloeroppervlak: gebouwen controleren</translation>
    </message>
    <message>
      <source>floor area: done</source>
      <translation>vloeroppervlak: klaar</translation>
    </message>
    <message>
      <source>splitting buildings over parcels</source>
      <translation>gebouwen over kavels verdelen</translation>
    </message>
    <message>
      <source>summing per parcel</source>
      <translation>optellen per kavel</translation>
    </message>
    <message>
      <source>floor area: carried by the buildings</source>
      <translation>vloeroppervlak: al aanwezig bij de gebouwen</translation>
    </message>
    <message>
      <source>density: validating parcels</source>
      <translation>dichtheid: kavels controleren</translation>
    </message>
    <message>
      <source>density: computing measures</source>
      <translation>dichtheid: maten berekenen</translation>
    </message>
    <message>
      <source>density: done</source>
      <translation>dichtheid: klaar</translation>
    </message>
    <message>
      <source>density: matching buildings to parcels</source>
      <translation>dichtheid: gebouwen aan kavels koppelen</translation>
    </message>
    <message>
      <source>transformation monitor: preparing snapshots</source>
      <translation>transformatiemonitor: momentopnamen voorbereiden</translation>
    </message>
    <message>
      <source>transformation monitor: lost land</source>
      <translation>transformatiemonitor: verloren grond</translation>
    </message>
    <message>
      <source>transformation monitor: gained land</source>
      <translation>transformatiemonitor: gewonnen grond</translation>
    </message>
    <message>
      <source>transformation monitor: changes per id</source>
      <translation>transformatiemonitor: veranderingen per id</translation>
    </message>
    <message>
      <source>transformation monitor: done</source>
      <translation>transformatiemonitor: klaar</translation>
    </message>
    <message>
      <source>transformation monitor: per zone</source>
      <translation>transformatiemonitor: per zone</translation>
    </message>
    <message>
      <source>redevelopment stock: floor area per building</source>
      <translation>herontwikkelingsvoorraad: vloeroppervlak per gebouw</translation>
    </message>
    <message>
      <source>redevelopment stock: splitting buildings over parcels</source>
      <translation>herontwikkelingsvoorraad: gebouwen over kavels verdelen</translation>
    </message>
    <message>
      <source>redevelopment stock: aggregating</source>
      <translation>herontwikkelingsvoorraad: samenvoegen</translation>
    </message>
    <message>
      <source>redevelopment stock: done</source>
      <translation>herontwikkelingsvoorraad: klaar</translation>
    </message>
    <message>
      <source>relocation efficiency</source>
      <translation>verplaatsingsefficiëntie</translation>
    </message>
    <message>
      <source>relocation efficiency: done</source>
      <translation>verplaatsingsefficiëntie: klaar</translation>
    </message>
    <message>
      <source>work-home balance: counting homes</source>
      <translation>werk-woonbalans: woningen tellen</translation>
    </message>
    <message>
      <source>work-home balance: counting jobs</source>
      <translation>werk-woonbalans: banen tellen</translation>
    </message>
    <message>
      <source>work-home balance: done</source>
      <translation>werk-woonbalans: klaar</translation>
    </message>
    <message>
      <source>owners per hectare</source>
      <translation>eigenaren per hectare</translation>
    </message>
    <message>
      <source>opportunity scores</source>
      <translation>kansenscores</translation>
    </message>
    <message>
      <source>weighted score</source>
      <translation>gewogen score</translation>
    </message>
    <message>
      <source>opportunity scores done</source>
      <translation>kansenscores klaar</translation>
    </message>
    <message>
      <source>kansenzones: checking parcels</source>
      <translation>kansenzones: kavels controleren</translation>
    </message>
    <message>
      <source>kansenzones: adjacency</source>
      <translation>kansenzones: buurrelaties</translation>
    </message>
    <message>
      <source>kansenzones: components</source>
      <translation>kansenzones: samenhangende groepen</translation>
    </message>
    <message>
      <source>kansenzones: growing zones</source>
      <translation>kansenzones: zones laten groeien</translation>
    </message>
    <message>
      <source>kansenzones: filling zones</source>
      <translation>kansenzones: zones aanvullen</translation>
    </message>
    <message>
      <source>kansenzones: dissolving zones</source>
      <translation>kansenzones: zones samenvoegen</translation>
    </message>
    <message>
      <source>checking sources</source>
      <translation>bronnen controleren</translation>
    </message>
    <message>
      <source>buffering</source>
      <translation>bufferen</translation>
    </message>
    <message>
      <source>checking inputs</source>
      <translation>invoer controleren</translation>
    </message>
    <message>
      <source>indexing sensitive objects</source>
      <translation>gevoelige objecten indexeren</translation>
    </message>
    <message>
      <source>clipping to zones</source>
      <translation>afsnijden op zones</translation>
    </message>
    <message>
      <source>no zones</source>
      <translation>geen zones</translation>
    </message>
    <message>
      <source>marking cells inside the zones</source>
      <translation>cellen binnen de zones markeren</translation>
    </message>
    <message>
      <source>parsing categories</source>
      <translation>categorieën lezen</translation>
    </message>
    <message>
      <source>reading inputs</source>
      <translation>invoer lezen</translation>
    </message>
    <message>
      <source>GeoPackage prepared</source>
      <translation>GeoPackage voorbereid</translation>
    </message>
    <message>
      <source>outputs written</source>
      <translation>uitvoer geschreven</translation>
    </message>
    <message>
      <source>reading IMRO layers</source>
      <translation>IMRO-lagen lezen</translation>
    </message>
    <message>
      <source>transferring limits onto zones</source>
      <translation>grenswaarden naar zones overbrengen</translation>
    </message>
    <message>
      <source>potential: reading plan rules</source>
      <translation>potentieel: planregels lezen</translation>
    </message>
    <message>
      <source>potential: existing floor area</source>
      <translation>potentieel: bestaand vloeroppervlak</translation>
    </message>
    <message>
      <source>potential: applying plan rules</source>
      <translation>potentieel: planregels toepassen</translation>
    </message>
    <message>
      <source>potential: milieu constraints</source>
      <translation>potentieel: milieubeperkingen</translation>
    </message>
    <message>
      <source>potential: jobs</source>
      <translation>potentieel: banen</translation>
    </message>
    <message>
      <source>potential: done</source>
      <translation>potentieel: klaar</translation>
    </message>
    <message>
      <source>the .xlsx workbook was not written: it needs openpyxl (pip install openpyxl, or the extra rve_geo[cli]); the CSV files were written.</source>
      <translation>de .xlsx-werkmap is niet geschreven: daarvoor is openpyxl nodig (pip install openpyxl, of de extra rve_geo[cli]); de CSV-bestanden zijn wel geschreven.</translation>
    </message>
    <message>
      <source>no usable sensitive objects: every parcel gets the top category</source>
      <translation>geen bruikbare gevoelige objecten: elke kavel krijgt de hoogste categorie</translation>
    </message>
    <message>
      <source>no manifest-ow.xml with WorkIDRegeling: regeling_id is empty</source>
      <translation>geen manifest-ow.xml met WorkIDRegeling: regeling_id is leeg</translation>
    </message>
    <message>
      <source>no kadastrale grootte column; registered areas are unknown</source>
      <translation>geen kolom kadastrale grootte; de kadastrale oppervlakten zijn onbekend</translation>
    </message>
    <message>
      <source>no BAG panden in the area</source>
      <translation>geen BAG-panden in het gebied</translation>
    </message>
    <message>
      <source>no name column (naam, PLAN_NAAM, ...); terreinen have no naam</source>
      <translation>geen naamkolom (naam, PLAN_NAAM, ...); de terreinen hebben geen naam</translation>
    </message>
    <message>
      <source>column {0} is also a result column; the result is in {1} and the input's values are kept as {2}</source>
      <translation>kolom {0} is ook een resultaatkolom; het resultaat staat in {1} en de waarden uit de invoer zijn bewaard als {2}</translation>
    </message>
    <message>
      <source>{0}: the keywords {1} are deprecated and will be removed; give {2} instead.</source>
      <translation>{0}: de trefwoorden {1} zijn verouderd en verdwijnen; geef in plaats daarvan {2}.</translation>
    </message>
    <message>
      <source>{0} geometries lie outside the RD New extent; check that the coordinates are really EPSG:28992</source>
      <translation>{0} geometrieën liggen buiten het bereik van RD New; controleer of de coördinaten echt EPSG:28992 zijn</translation>
    </message>
    <message>
      <source>{0} rows without geometry were skipped (their results are empty)</source>
      <translation>{0} rijen zonder geometrie zijn overgeslagen (hun resultaten zijn leeg)</translation>
    </message>
    <message>
      <source>Z coordinates dropped from {0} geometries</source>
      <translation>Z-coördinaten verwijderd uit {0} geometrieën</translation>
    </message>
    <message>
      <source>{0} invalid polygons repaired with make_valid</source>
      <translation>{0} ongeldige polygonen hersteld met make_valid</translation>
    </message>
    <message>
      <source>{0} geometries had no area left after repair and were skipped</source>
      <translation>{0} geometrieën hadden na herstel geen oppervlakte meer en zijn overgeslagen</translation>
    </message>
    <message>
      <source>Z coordinates dropped from {0} points/lines</source>
      <translation>Z-coördinaten verwijderd uit {0} punten/lijnen</translation>
    </message>
    <message>
      <source>extra geometry columns not exported: {0}</source>
      <translation>extra geometriekolommen niet geëxporteerd: {0}</translation>
    </message>
    <message>
      <source>text values longer than {0} bytes were cut to fit the DBF</source>
      <translation>tekstwaarden langer dan {0} bytes zijn ingekort zodat ze in de DBF passen</translation>
    </message>
    <message>
      <source>written {0}</source>
      <translation>{0} geschreven</translation>
    </message>
    <message>
      <source>{0} buildings excluded because their status says demolished or not realised (include_demolished=True keeps them)</source>
      <translation>{0} gebouwen uitgesloten omdat hun status gesloopt of niet gerealiseerd is (include_demolished=True houdt ze mee)</translation>
    </message>
    <message>
      <source>{0} buildings lie on no parcel and are not counted (see result.attrs['unassigned_buildings'])</source>
      <translation>{0} gebouwen liggen op geen enkele kavel en tellen niet mee</translation>
    </message>
    <message>
      <source>{0} buildings lie partly outside every parcel; {1} m2 of footprint outside parcels is not counted</source>
      <translation>{0} gebouwen liggen deels buiten elke kavel; {1} m2 footprint buiten kavels telt niet mee</translation>
    </message>
    <message>
      <source>{0} parcels lie in no zone and are left out of the zone totals</source>
      <translation>{0} kavels liggen in geen enkele zone en tellen niet mee in de zonetotalen</translation>
    </message>
    <message>
      <source>{0} rows without an id were skipped</source>
      <translation>{0} rijen zonder id zijn overgeslagen</translation>
    </message>
    <message>
      <source>{0} rows sharing {1} ids were merged per id</source>
      <translation>{0} rijen met samen {1} gedeelde id's zijn per id samengevoegd</translation>
    </message>
    <message>
      <source>{0} buildings with BAG placeholder year 1005/9999 count as unknown year</source>
      <translation>{0} gebouwen met BAG-plaatsvervangend bouwjaar 1005/9999 tellen als onbekend bouwjaar</translation>
    </message>
    <message>
      <source>{0} buildings lie on no parcel and are not counted</source>
      <translation>{0} gebouwen liggen op geen enkele kavel en tellen niet mee</translation>
    </message>
    <message>
      <source>{0} parcels lie in no zone and are not counted</source>
      <translation>{0} kavels liggen in geen enkele zone en tellen niet mee</translation>
    </message>
    <message>
      <source>{0} rows have no cost or no plot area; their status is 'unknown'</source>
      <translation>{0} rijen hebben geen kosten of geen kaveloppervlakte; hun status is 'unknown' (onbekend)</translation>
    </message>
    <message>
      <source>{0} areas have no {1} value; their indicators are NaN</source>
      <translation>{0} gebieden hebben geen waarde voor {1}; hun indicatoren zijn NaN</translation>
    </message>
    <message>
      <source>{0}: reprojecting from {1} to {2}</source>
      <translation>{0}: herprojecteren van {1} naar {2}</translation>
    </message>
    <message>
      <source>{0} parcels have no known indicator value; their score is missing</source>
      <translation>{0} kavels hebben geen bekende indicatorwaarde; hun score ontbreekt</translation>
    </message>
    <message>
      <source>skipped {0}</source>
      <translation>{0} overgeslagen</translation>
    </message>
    <message>
      <source>kansenzones: {0} zones</source>
      <translation>kansenzones: {0} zones</translation>
    </message>
    <message>
      <source>{0} parcels have no '{1}'; they count as score 0 (they can join a zone but add nothing)</source>
      <translation>{0} kavels hebben geen '{1}'; zij tellen als score 0 (ze kunnen in een zone komen maar voegen niets toe)</translation>
    </message>
    <message>
      <source>{0} parcels are larger than max_area_ha ({1} ha) and are never in a zone</source>
      <translation>{0} kavels zijn groter dan max_area_ha ({1} ha) en komen nooit in een zone</translation>
    </message>
    <message>
      <source>{0} conflicts</source>
      <translation>{0} conflicten</translation>
    </message>
    <message>
      <source>{0} rows without a category in '{1}' were skipped (their results are empty)</source>
      <translation>{0} rijen zonder categorie in '{1}' zijn overgeslagen (hun resultaten zijn leeg)</translation>
    </message>
    <message>
      <source>category {0}</source>
      <translation>categorie {0}</translation>
    </message>
    <message>
      <source>band {0}</source>
      <translation>band {0}</translation>
    </message>
    <message>
      <source>{0} band polygons</source>
      <translation>{0} bandpolygonen</translation>
    </message>
    <message>
      <source>{0} of {1} parcels</source>
      <translation>{0} van {1} kavels</translation>
    </message>
    <message>
      <source>wrote {0} x {1} cells</source>
      <translation>{0} x {1} cellen geschreven</translation>
    </message>
    <message>
      <source>{0} of {1} cells</source>
      <translation>{0} van {1} cellen</translation>
    </message>
    <message>
      <source>{0} rows without an actual or allowed category: unused_steps is NaN and the flags are False</source>
      <translation>{0} rijen zonder feitelijke of toegestane categorie: unused_steps is NaN en de vlaggen zijn False</translation>
    </message>
    <message>
      <source>{0} areas without an omgevingstype were ignored</source>
      <translation>{0} gebieden zonder omgevingstype zijn genegeerd</translation>
    </message>
    <message>
      <source>{0} IMRO objects read</source>
      <translation>{0} IMRO-objecten gelezen</translation>
    </message>
    <message>
      <source>read {0}</source>
      <translation>{0} gelezen</translation>
    </message>
    <message>
      <source>the plan has no {0}</source>
      <translation>het plan heeft geen {0}</translation>
    </message>
    <message>
      <source>{0}: no CRS in the file; EPSG:28992 assumed (IMRO plans are always in RD New)</source>
      <translation>{0}: geen CRS in het bestand; EPSG:28992 aangenomen (IMRO-plannen zijn altijd in RD New)</translation>
    </message>
    <message>
      <source>{0}: {1} objects without geometry kept with empty geometry</source>
      <translation>{0}: {1} objecten zonder geometrie bewaard met lege geometrie</translation>
    </message>
    <message>
      <source>{0}: {1} invalid polygons repaired with make_valid</source>
      <translation>{0}: {1} ongeldige polygonen hersteld met make_valid</translation>
    </message>
    <message>
      <source>{0} names mention a category that is not a VNG milieucategorie number (e.g. functiemenging A/B/C); max_category left empty</source>
      <translation>{0} namen noemen een categorie die geen VNG-milieucategorie is (bijv. functiemenging A/B/C); max_category is leeg gelaten</translation>
    </message>
    <message>
      <source>{0} Maatvoering objects with unreadable or negative waarde/waardeType were left empty</source>
      <translation>{0} Maatvoering-objecten met onleesbare of negatieve waarde/waardeType zijn leeg gelaten</translation>
    </message>
    <message>
      <source>{0} maatvoering values of a type rve_geo does not use were not read (type: count): {1}</source>
      <translation>{0} maatvoeringwaarden van een soort die rve_geo niet gebruikt zijn niet gelezen (soort: aantal): {1}</translation>
    </message>
    <message>
      <source>{0}: reprojected from {1} to EPSG:28992</source>
      <translation>{0}: geprojecteerd van {1} naar EPSG:28992</translation>
    </message>
    <message>
      <source>{0}: no identificatie in the file; row numbers used</source>
      <translation>{0}: geen identificatie in het bestand; rijnummers gebruikt</translation>
    </message>
    <message>
      <source>omgevingsplan: reading {0} files</source>
      <translation>omgevingsplan: {0} bestanden lezen</translation>
    </message>
    <message>
      <source>omgevingsplan: {0} OW files, {1} GIOs read</source>
      <translation>omgevingsplan: {0} OW-bestanden en {1} GIO's gelezen</translation>
    </message>
    <message>
      <source>omgevingsplan: {0} rules found</source>
      <translation>omgevingsplan: {0} regels gevonden</translation>
    </message>
    <message>
      <source>omgevingsplan: {0} rules</source>
      <translation>omgevingsplan: {0} regels</translation>
    </message>
    <message>
      <source>norms and gebiedsaanwijzingen without a limit rve_geo uses were not read: {0}</source>
      <translation>normen en gebiedsaanwijzingen zonder een grens die rve_geo gebruikt zijn niet gelezen: {0}</translation>
    </message>
    <message>
      <source>OW objects not used: {0}</source>
      <translation>OW-objecten niet gebruikt: {0}</translation>
    </message>
    <message>
      <source>{0} rules refer only to locations without geometry (Ambtsgebied, Lijn, Punt) and were left out</source>
      <translation>{0} regels verwijzen alleen naar locaties zonder geometrie (Ambtsgebied, Lijn, Punt) en zijn weggelaten</translation>
    </message>
    <message>
      <source>{0} parcels have no complete plan rule; their allowed floor area and potential are NaN{1}</source>
      <translation>{0} kavels hebben geen volledige planregel; hun toegestane vloeroppervlakte en potentieel zijn NaN{1}</translation>
    </message>
    <message>
      <source>{0} parcels lie on no plan vlak with a complete rule (bouwvlak, or bestemmingsvlak with a bebouwingspercentage and height, storeys, FSI or floor area); their allowed floor area and potential are NaN</source>
      <translation>{0} kavels liggen op geen planvlak met een volledige regel (bouwvlak, of bestemmingsvlak met een bebouwingspercentage en hoogte, bouwlagen, FSI of vloeroppervlakte); hun toegestane vloeroppervlakte en potentieel zijn NaN</translation>
    </message>
    <message>
      <source>{0} parcels lie partly on plan vlakken without a complete rule; that part adds nothing to their allowed floor area (see plan_area_without_rule_m2)</source>
      <translation>{0} kavels liggen deels op planvlakken zonder volledige regel; dat deel voegt niets toe aan hun toegestane vloeroppervlakte (zie plan_area_without_rule_m2)</translation>
    </message>
    <message>
      <source>{0} zone overlaps cover less than {1} of their parcel and pass no rule on (cover_share)</source>
      <translation>{0} overlappingen met zones bedekken minder dan {1} van hun kavel en geven geen regel door (cover_share)</translation>
    </message>
    <message>
      <source>the distance table '{0}' has zones, not milieucategorieën, so no parcel counts as HMC land</source>
      <translation>de afstandentabel '{0}' heeft zones in plaats van milieucategorieën, dus geen kavel telt als HMC-grond</translation>
    </message>
    <message>
      <source>{0} parcels on HMC land have no use category in '{1}'; their potential is kept</source>
      <translation>{0} kavels op HMC-grond hebben geen gebruikscategorie in '{1}'; hun potentieel blijft staan</translation>
    </message>
    <message>
      <source>{0} parcels have a function without a jobs ratio ({1}); the default of {2} m2 BVO per job was used</source>
      <translation>{0} kavels hebben een functie zonder arbeidsplaatsenkengetal ({1}); de standaardwaarde van {2} m2 BVO per arbeidsplaats is gebruikt</translation>
    </message>
    <message>
      <source>{0} parcels lie in no zone and are left out</source>
      <translation>{0} kavels liggen in geen enkele zone en zijn weggelaten</translation>
    </message>
    <message>
      <source>{0} plan objects have an object_type that carries no floor-area rule and were skipped ({1})</source>
      <translation>{0} planobjecten hebben een object_type zonder regel voor vloeroppervlakte en zijn overgeslagen ({1})</translation>
    </message>
    <message>
      <source>{0} (in a partition of the distributed run)</source>
      <translation>{0} (in een deel van de verdeelde berekening)</translation>
    </message>
    <message>
      <source>{0}: partition {1} of {2}</source>
      <translation>{0}: deel {1} van {2}</translation>
    </message>
    <message>
      <source>layer '{0}', column '{1}': {2} construction years are not numbers (e.g. {3}) and are read as unknown; redevelopment_stock counts the floor area of these panden under floor_area_unknown_year_m2 and leaves it out of the weighted construction year and the share built before the threshold year. Give a four-digit year or leave the value empty</source>
      <translation>laag '{0}', kolom '{1}': {2} bouwjaren zijn geen getal (bijv. {3}) en gelden als onbekend; de herontwikkelingsopgave (redevelopment_stock) telt de vloeroppervlakte van deze panden onder floor_area_unknown_year_m2 en laat die buiten het gewogen bouwjaar en het aandeel van voor het drempeljaar. Geef een bouwjaar van vier cijfers of laat de waarde leeg</translation>
    </message>
    <message>
      <source>{0} panden appear more than once with the same identificatie (several voorkomens); the first is kept</source>
      <translation>{0} panden komen meer dan eens voor met dezelfde identificatie (meerdere voorkomens); de eerste is bewaard</translation>
    </message>
    <message>
      <source>layer '{0}', column '{1}': {2} values are not numbers (e.g. {3}) and are read as unknown; the count is kept for information only and no computation uses it. Give a whole number or leave the value empty</source>
      <translation>laag '{0}', kolom '{1}': {2} waarden zijn geen getal (bijv. {3}) en gelden als onbekend; het aantal wordt alleen ter informatie bewaard en geen berekening gebruikt het. Geef een geheel getal of laat de waarde leeg</translation>
    </message>
    <message>
      <source>no verblijfsobject layer in '{0}': panden have no gebruiksoppervlakte{1}</source>
      <translation>geen verblijfsobjectlaag in '{0}': de panden hebben geen gebruiksoppervlakte{1}</translation>
    </message>
    <message>
      <source>{0} verblijfsobjecten refer to no pand and are not counted</source>
      <translation>{0} verblijfsobjecten verwijzen naar geen enkel pand en tellen niet mee</translation>
    </message>
    <message>
      <source>{0} gebruiksdoel values are not BAG gebruiksdoelen ({1}); they are kept as written</source>
      <translation>{0} gebruiksdoelwaarden zijn geen BAG-gebruiksdoelen ({1}); ze zijn bewaard zoals geschreven</translation>
    </message>
    <message>
      <source>{0} references from verblijfsobjecten to panden that are not in the pand layer are ignored</source>
      <translation>{0} verwijzingen van verblijfsobjecten naar panden die niet in de pandlaag staan zijn genegeerd</translation>
    </message>
    <message>
      <source>{0} verblijfsobjecten left out because their status says gevormd, not realised, withdrawn or wrongly registered (include_inactive=True keeps them)</source>
      <translation>{0} verblijfsobjecten weggelaten omdat hun status gevormd, niet gerealiseerd, ingetrokken of ten onrechte opgevoerd is (include_inactive=True houdt ze mee)</translation>
    </message>
    <message>
      <source>layer '{0}', column '{1}': {2} perceelnummers are not whole numbers of 1 or more (e.g. {3}); they and the kadastrale_aanduiding of these percelen are left empty (parcel_id still identifies them; no computation uses the perceelnummer). Give the perceelnummer as written in the BRK, a whole number</source>
      <translation>laag '{0}', kolom '{1}': {2} perceelnummers zijn geen geheel getal van 1 of meer (bijv. {3}); zij en de kadastrale_aanduiding van deze percelen blijven leeg (parcel_id identificeert ze nog; geen berekening gebruikt het perceelnummer). Geef het perceelnummer zoals in de BRK, een geheel getal</translation>
    </message>
    <message>
      <source>{0} percelen share an identificatie (several versions?); all are kept</source>
      <translation>{0} percelen delen een identificatie (meerdere versies?); alle zijn bewaard</translation>
    </message>
    <message>
      <source>reading {0} features</source>
      <translation>{0} objecten lezen</translation>
    </message>
    <message>
      <source>writing {0}</source>
      <translation>{0} schrijven</translation>
    </message>
    <message>
      <source>{0} features written</source>
      <translation>{0} objecten geschreven</translation>
    </message>
    <message>
      <source>{0}: {1} features, page {2}</source>
      <translation>{0}: {1} objecten, pagina {2}</translation>
    </message>
    <message>
      <source>column '{0}': {1} establishments have no SBI code and give their parcel no category (they count in n_establishments); fill in their SBI 2008 code</source>
      <translation>kolom '{0}': {1} vestigingen hebben geen SBI-code en geven hun perceel geen categorie (ze tellen mee in n_establishments); vul hun SBI 2008-code in</translation>
    </message>
    <message>
      <source>column '{0}': {1} establishments have an SBI code that is not an SBI 2008 code (e.g. {2}) and give their parcel no category (they count in n_establishments); give 1-6 digits, dots allowed (e.g. 10.13)</source>
      <translation>kolom '{0}': {1} vestigingen hebben een SBI-code die geen SBI 2008-code is (bijv. {2}) en geven hun perceel geen categorie (ze tellen mee in n_establishments); geef 1-6 cijfers, punten toegestaan (bijv. 10.13)</translation>
    </message>
    <message>
      <source>{0} establishments have an SBI code the Staat van Bedrijfsactiviteiten does not list ({1}); they count as unknown</source>
      <translation>{0} vestigingen hebben een SBI-code die de Staat van Bedrijfsactiviteiten niet noemt ({1}); zij tellen als onbekend</translation>
    </message>
    <message>
      <source>{0} establishments lie on no parcel</source>
      <translation>{0} vestigingen liggen op geen enkele kavel</translation>
    </message>
    <message>
      <source>{0} terreinen share a terrein_id</source>
      <translation>{0} terreinen delen een terrein_id</translation>
    </message>
    <message>
      <source>layer '{0}', column '{1}': {2} areas are not numbers (e.g. {3}) and are read as unknown in {4}; this area is kept for information only: operations use the area of the polygon (area_ha). Give the area in hectares as a number or leave the value empty</source>
      <translation>laag '{0}', kolom '{1}': {2} oppervlakten zijn geen getal (bijv. {3}) en gelden als onbekend in {4}; deze oppervlakte wordt alleen ter informatie bewaard: de bewerkingen gebruiken de oppervlakte van het polygoon (area_ha). Geef de oppervlakte in hectare als getal of laat de waarde leeg</translation>
    </message>
    <message>
      <source>none of the {0} buildings has a 3D BAG height or storey count (ids do not match, or the tiles cover another area): floor area comes from gebruiksoppervlakte or, without it, one storey per building, so FSI equals GSI</source>
      <translation>geen van de {0} gebouwen heeft een 3D BAG-hoogte of aantal bouwlagen (de id's passen niet, of de tegels beslaan een ander gebied): de vloeroppervlakte komt uit de gebruiksoppervlakte of, zonder die, één bouwlaag per gebouw, dus FSI is gelijk aan GSI</translation>
    </message>
    <message>
      <source>{0} of {1} buildings have no 3D BAG height (not in the tiles, or no height measured); their floor area comes from gebruiksoppervlakte or one storey (has_height=False)</source>
      <translation>{0} van {1} gebouwen hebben geen 3D BAG-hoogte (niet in de tegels, of geen hoogte gemeten); hun vloeroppervlakte komt uit de gebruiksoppervlakte of één bouwlaag (has_height=False)</translation>
    </message>
    <message>
      <source>Building floor area</source>
      <translation>Vloeroppervlakte per gebouw</translation>
    </message>
    <message>
      <source>Allowed category raster</source>
      <translation>Raster toegestane categorie</translation>
    </message>
    <message>
      <source>Read omgevingsplan</source>
      <translation>Omgevingsplan inlezen</translation>
    </message>
    <message>
      <source>Potential per zone</source>
      <translation>Potentieel per zone</translation>
    </message>
    <message>
      <source>Read BAG</source>
      <translation>BAG inlezen</translation>
    </message>
    <message>
      <source>Read BRK percelen</source>
      <translation>BRK-percelen inlezen</translation>
    </message>
    <message>
      <source>Fetch inputs</source>
      <translation>Invoer ophalen</translation>
    </message>
    <message>
      <source>Establishment categories</source>
      <translation>Categorieën van vestigingen</translation>
    </message>
    <message>
      <source>Read terreinen</source>
      <translation>Terreinen inlezen</translation>
    </message>
    <message>
      <source>Join 3dbag</source>
      <translation>3D BAG koppelen</translation>
    </message>
    <message>
      <source>A copy of ``parcels`` (same index, CRS) with the density columns
(``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``), the rules used (``rule_max_fsi``,
``rule_max_coverage_share``, ``rule_max_height_m``, ``rule_max_storeys``,
``rule_target_fsi``, ``allowed_storeys``), ``allowed_floor_area_m2``,
``allowed_rule``, ``potential_unconstrained_m2``,
``removed_by_contours_m2``, ``removed_by_hmc_m2``, ``potential_m2``,
``overbuilt``, ``m2_bvo_per_job``, ``potential_jobs``, ``plot_jobs``,
``unbuilt_area_m2``, ``vacant``, ``sensitive_use``, ``in_contour`` and
``hmc_land``.</source>
      <translation type="vanished">Een kopie van ``parcels`` (zelfde index, CRS) met de dichtheidskolommen
(``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
``fsi``, ``gsi``, ``osr``, ``l``), de gebruikte regels (``rule_max_fsi``,
``rule_max_coverage_share``, ``rule_max_height_m``, ``rule_max_storeys``,
``rule_target_fsi``, ``allowed_storeys``), ``allowed_floor_area_m2``,
``allowed_rule``, ``potential_unconstrained_m2``,
``removed_by_contours_m2``, ``removed_by_hmc_m2``, ``potential_m2``,
``overbuilt``, ``m2_bvo_per_job``, ``potential_jobs``, ``plot_jobs``,
``unbuilt_area_m2``, ``vacant``, ``sensitive_use``, ``in_contour`` en
``hmc_land``.</translation>
    </message>
    <message>
      <source>A whole connected group of parcels (a small terrein, see Notes) whose area is at
least this many ha but below ``min_area_ha`` becomes one zone flagged
``small_terrein=True``. Smaller groups (loose plots, islands) stay unassigned.
Default 5 ha [A]; None disables small-terrein zones.</source>
      <translation type="vanished">Een hele samenhangende groep kavels (een klein terrein) waarvan het oppervlak
minstens zoveel ha is maar onder ``min_area_ha`` ligt, wordt één zone met de vlag
``small_terrein=True``. Kleinere groepen (losse kavels, eilandjes) blijven zonder zone.
Standaard 5 ha [A]; leeg schakelt zones voor kleine terreinen uit.</translation>
    </message>
    <message>
      <source>BVO/GO factor for the gebruiksoppervlakte source (default 1.2 [A]).</source>
      <translation type="vanished">BVO/GO-factor voor de bron gebruiksoppervlakte (standaard 1.2 [A]).</translation>
    </message>
    <message>
      <source>Building columns; by default found among BAG / 3D BAG aliases.</source>
      <translation type="vanished">Gebouwkolommen; standaard gezocht onder de BAG- / 3D BAG-namen.</translation>
    </message>
    <message>
      <source>Building columns; looked up among BAG / 3D BAG aliases when omitted.</source>
      <translation type="vanished">Gebouwkolommen; gezocht onder de BAG- / 3D BAG-namen als ze ontbreken.</translation>
    </message>
    <message>
      <source>Building footprints in the same CRS. Floor area per building comes from
:func:`rve_geo.building_floor_area` (BVO column, storeys, height,
gebruiksoppervlakte, or one storey), see that function for the columns.</source>
      <translation type="vanished">Gebouwvoetafdrukken in hetzelfde CRS. Het vloeroppervlak per gebouw komt uit
:func:`rve_geo.building_floor_area` (BVO-kolom, bouwlagen, hoogte,
gebruiksoppervlakte of één bouwlaag); zie die functie voor de kolommen.</translation>
    </message>
    <message>
      <source>Building footprints with a construction year (BAG ``bouwjaar`` /
``oorspronkelijkBouwjaar``) and whatever floor-area data exists (see
:func:`rve_geo.building_floor_area`).</source>
      <translation type="vanished">Gebouwvoetafdrukken met een bouwjaar (BAG ``bouwjaar`` /
``oorspronkelijkBouwjaar``) en de vloeroppervlakgegevens die er zijn (zie
:func:`rve_geo.building_floor_area`).</translation>
    </message>
    <message>
      <source>Building footprints; floor area per building as in
:func:`rve_geo.building_floor_area`.</source>
      <translation type="vanished">Gebouwvoetafdrukken; vloeroppervlak per gebouw als in
:func:`rve_geo.building_floor_area`.</translation>
    </message>
    <message>
      <source>Configuration file (TOML)</source>
      <translation type="vanished">Configuratiebestand (TOML)</translation>
    </message>
    <message>
      <source>Count large single-volume halls as one storey.</source>
      <translation type="vanished">Grote hallen van één volume als één bouwlaag tellen.</translation>
    </message>
    <message>
      <source>Floor-area source, see :func:`rve_geo.building_floor_area`.</source>
      <translation type="vanished">Bron van het vloeroppervlak, zie :func:`rve_geo.building_floor_area`.</translation>
    </message>
    <message>
      <source>GeoPackage written</source>
      <translation type="vanished">GeoPackage geschreven</translation>
    </message>
    <message>
      <source>Hard bounds on the total parcel area of a zone, in hectares. Default 10-15 ha,
the size of a kansenzone in the programme (DOMAIN.md section 5).</source>
      <translation type="vanished">Harde grenzen aan het totale kaveloppervlak van een zone, in hectare. Standaard 10-15 ha,
de omvang van een kansenzone in het programma.</translation>
    </message>
    <message>
      <source>Keep buildings whose status says demolished or not realised.</source>
      <translation type="vanished">Gebouwen behouden waarvan de status gesloopt of niet gerealiseerd is.</translation>
    </message>
    <message>
      <source>One basis for existing and extra jobs (:mod:`rve_geo.potential.jobs`):
floor area per job by use (default), or the programme's plot area per job.</source>
      <translation type="vanished">Eén basis voor bestaande en extra banen (:mod:`rve_geo.potential.jobs`):
vloeroppervlak per baan per gebruik (standaard), of het kaveloppervlak per baan van het programma.</translation>
    </message>
    <message>
      <source>Output GeoPackage</source>
      <translation type="vanished">Uitvoer-GeoPackage</translation>
    </message>
    <message>
      <source>Passed to :func:`rve_geo.density_measures` for the existing floor area.</source>
      <translation type="vanished">Doorgegeven aan :func:`rve_geo.density_measures` voor het bestaande vloeroppervlak.</translation>
    </message>
    <message>
      <source>Plot area per job for ``plot_jobs`` (default 250 m2 [S]).</source>
      <translation type="vanished">Kaveloppervlak per baan voor ``plot_jobs`` (standaard 250 m2 [S]).</translation>
    </message>
    <message>
      <source>Plot area per job on the ``"plot_area"`` basis (default 250 m2 [S]).</source>
      <translation type="vanished">Kaveloppervlak per baan bij de basis ``"plot_area"`` (standaard 250 m2 [S]).</translation>
    </message>
    <message>
      <source>Read an IMRO2012 bestemmingsplan GML into zones with their limits.</source>
      <translation type="vanished">Leest een IMRO2012-bestemmingsplan (GML) in als zones met hun begrenzingen.</translation>
    </message>
    <message>
      <source>Rule columns: maximum FSI, maximum bebouwingspercentage as a share (0.8,
not 80), maximum bouwhoogte in metres, maximum number of storeys. Found in
``rules`` when given, else in ``parcels``. When not named, the columns of
:data:`RULE_COLUMNS` are used if present (``max_coverage_share`` and
``max_bouwhoogte_m`` as :func:`rve_geo.read_imro` writes them).</source>
      <translation type="vanished">Regelkolommen: maximale FSI, maximaal bebouwingspercentage als fractie (0.8,
niet 80), maximale bouwhoogte in meters, maximum aantal bouwlagen. Gezocht in
``rules`` als die gegeven is, anders in ``parcels``. Zonder naam worden de kolommen
van :data:`RULE_COLUMNS` gebruikt als ze er zijn (``max_coverage_share`` en
``max_bouwhoogte_m`` zoals :func:`rve_geo.read_imro` ze schrijft).</translation>
    </message>
    <message>
      <source>Runs density, milieuzonering, potential, indicators and kansenzones as described by a configuration file (rve init writes an example) and writes every layer into one GeoPackage.</source>
      <translation type="vanished">Voert dichtheid, milieuzonering, potentieel, indicatoren en kansenzones uit zoals beschreven in een configuratiebestand (rve init schrijft een voorbeeld) en schrijft alle lagen in één GeoPackage.</translation>
    </message>
    <message>
      <source>Storey height for the height source (one value or per use).</source>
      <translation type="vanished">Verdiepingshoogte voor de bron hoogte (één waarde of per gebruik).</translation>
    </message>
    <message>
      <source>Storey height turning a maximum bouwhoogte into storeys: None (default) for
the floor-area model of existing buildings (the storey height of the use of
the parcel's main building, else of the bestemming, ``data/storey_heights.csv``;
halls one storey); a number; or a column of ``parcels``.</source>
      <translation type="vanished">Verdiepingshoogte die een maximale bouwhoogte in bouwlagen omzet: leeg (standaard) voor
het vloeroppervlakmodel van bestaande gebouwen (de verdiepingshoogte van het gebruik van
het hoofdgebouw op de kavel, anders van de bestemming, ``data/storey_heights.csv``;
hallen één bouwlaag); een getal; of een kolom van ``parcels``.</translation>
    </message>
    <message>
      <source>Write polygon locations as a STOP 1.3 GIO GML file (imop-geo).</source>
      <translation type="vanished">Schrijft vlaklocaties als STOP 1.3 GIO-GML-bestand (imop-geo).</translation>
    </message>
    <message>
      <source>``pieces``: the parcel is cut into its pieces per plan vlak (bouwvlak,
bestemmingsvlak) and the allowed floor area is the sum over the pieces, each
with the rules of the objects covering it (see Notes; needs ``object_type``
in ``rules``). ``largest_overlap``: each rule from the zone that has a value
for it and overlaps the parcel most, if it covers at least ``cover_share``
of the parcel (ties: first zone row). ``representative_point``: the first
zone (row order) holding the parcel's representative point. ``auto``
(default): ``pieces`` when ``rules`` has an ``object_type`` column with plan
vlakken (enkelbestemming, bouwvlak), else ``largest_overlap`` (e.g. the norm
locations of :func:`rve_geo.read_omgevingsplan`).</source>
      <translation type="vanished">``pieces``: de kavel wordt in stukken per planvlak (bouwvlak,
bestemmingsvlak) gesneden en het toegestane vloeroppervlak is de som over de stukken, elk
met de regels van de objecten die het bedekken (vereist ``object_type``
in ``rules``). ``largest_overlap``: elke regel uit de zone die er een waarde
voor heeft en de kavel het meest overlapt, als die minstens ``cover_share``
van de kavel bedekt (gelijkspel: eerste zonerij). ``representative_point``: de eerste
zone (rijvolgorde) die het representatieve punt van de kavel bevat. ``auto``
(standaard): ``pieces`` als ``rules`` een kolom ``object_type`` met planvlakken
heeft (enkelbestemming, bouwvlak), anders ``largest_overlap`` (bijvoorbeeld de
normlocaties van :func:`rve_geo.read_omgevingsplan`).</translation>
    </message>
    <message>
      <source>``pieces``: the parcel is cut into its pieces per plan vlak (bouwvlak,
bestemmingsvlak) and the allowed floor area is the sum over the pieces, each
with the rules of the objects covering it (see Notes; needs ``object_type``
in ``rules``). ``largest_overlap``: each rule from the zone that has a value
for it and overlaps the parcel most, if it covers at least ``cover_share``
of the parcel (ties: first zone row). ``representative_point``: the first
zone (row order) holding the parcel's representative point. ``auto``
(default): ``pieces`` when ``rules`` has an ``object_type`` column, else
``largest_overlap``.</source>
      <translation type="vanished">``pieces``: de kavel wordt in stukken per planvlak (bouwvlak,
bestemmingsvlak) gesneden en het toegestane vloeroppervlak is de som over de stukken, elk
met de regels van de objecten die het bedekken (vereist ``object_type``
in ``rules``). ``largest_overlap``: elke regel uit de zone die er een waarde
voor heeft en de kavel het meest overlapt, als die minstens ``cover_share``
van de kavel bedekt (gelijkspel: eerste zonerij). ``representative_point``: de eerste
zone (rijvolgorde) die het representatieve punt van de kavel bevat. ``auto``
(standaard): ``pieces`` als ``rules`` een kolom ``object_type`` heeft, anders
``largest_overlap``.</translation>
    </message>
    <message>
      <source>bands</source>
      <translation type="vanished">banden</translation>
    </message>
    <message>
      <source>buffering sensitive objects per zone</source>
      <translation type="vanished">gevoelige objecten per zone bufferen</translation>
    </message>
    <message>
      <source>m2 BVO per job by function (``{"office": 20, "default": 100}``), a CSV
with columns ``function,m2_bvo_per_job``, one number for all, or None for
``data/jobs_ratios.csv``.</source>
      <translation type="vanished">m2 BVO per baan per functie (``{"office": 20, "default": 100}``), een CSV
met kolommen ``function,m2_bvo_per_job``, één getal voor alles, of leeg voor
``data/jobs_ratios.csv``.</translation>
    </message>
    <message>
      <source>m2 BVO per job for converting between floor area and jobs (default 20, the
programme's office figure [S]).</source>
      <translation type="vanished">m2 BVO per baan om vloeroppervlak en banen om te rekenen (standaard 20, het
kantoorkengetal van het programma [S]).</translation>
    </message>
    <message>
      <source>within {0} m of {1}</source>
      <translation type="vanished">binnen {0} m van {1}</translation>
    </message>
    <message>
      <source>{0} establishments have no valid SBI code and are not counted</source>
      <translation type="vanished">{0} vestigingen hebben geen geldige SBI-code en tellen niet mee</translation>
    </message>
  </context>
</TS>
