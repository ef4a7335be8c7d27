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
      <source>This run computes with GEOS {0} of QGIS, not with GEOS {1} that shapely brings: QGIS imported shapely before this plugin. Results can differ in the last decimals from rve outside QGIS. To use shapely's own GEOS, start QGIS with the environment variable PYQGIS_STARTUP={2}</source>
      <translation>Deze berekening gebruikt GEOS {0} van QGIS, niet GEOS {1} van shapely: QGIS heeft shapely vóór deze plug-in geladen. Uitkomsten kunnen in de laatste decimalen afwijken van rve buiten QGIS. Start QGIS met de omgevingsvariabele PYQGIS_STARTUP={2} om de eigen GEOS van shapely te gebruiken.</translation>
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
      <source>floor area: done</source>
      <translation>vloeroppervlak: klaar</translation>
    </message>
    <message>
      <source>floor area: validating buildings</source>
      <translation>vloeroppervlak: gebouwen controleren</translation>
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
      <source>buildings split over parcels: carried</source>
      <translation>gebouwen over kavels verdeeld: overgenomen van de vorige bewerking</translation>
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
      <source>column '{0}': {1} objects have no number of homes and count as 0 homes (in the woon-werkbalans and on the maps alike); give the number of homes per object (1 for a single home)</source>
      <translation>kolom '{0}': {1} objecten hebben geen aantal woningen en tellen als 0 woningen (in de woon-werkbalans en op de kaarten gelijk); geef het aantal woningen per object (1 voor één woning)</translation>
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
      <source>{0} of {1} parcels</source>
      <translation>{0} van {1} kavels</translation>
    </message>
    <message>
      <source>{0} band polygons</source>
      <translation>{0} bandpolygonen</translation>
    </message>
    <message>
      <source>{0} of {1} zones</source>
      <translation>{0} van {1} zones</translation>
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
      <source>{0} Maatvoering objects have a waardeType without a waarde (shown as '-' on the map); that limit is left empty and the zones it covers get no limit of this type from it</source>
      <translation>{0} Maatvoering-objecten hebben een waardeType zonder waarde (op de kaart als '-'); die grens blijft leeg en de vlakken die ze bedekken krijgen daaruit geen grens van dit type</translation>
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
      <source>Map</source>
      <translation>Kaart</translation>
    </message>
    <message>
      <source>Building floor area</source>
      <translation>Vloeroppervlakte per gebouw</translation>
    </message>
    <message>
      <source>Parcels work home</source>
      <translation>Woon-werkbalans van percelen</translation>
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
      <source>argument 'xsd': validating against an XSD needs the lxml package (pip install lxml); or call validate_gio(path) without xsd for the rule checks only.</source>
      <translation>invoer 'xsd': valideren tegen een XSD vraagt het pakket lxml (pip install lxml); of roep validate_gio(path) aan zonder xsd voor alleen de regelcontroles.</translation>
    </message>
    <message>
      <source>argument 'locations' has no rows; a GIO needs at least one location.</source>
      <translation>invoer 'locations' heeft geen rijen; een GIO heeft minstens één locatie nodig.</translation>
    </message>
    <message>
      <source>argument 'locations' has no CRS; a GIO must be in EPSG:28992 (RD New). If the coordinates are RD New, use locations.set_crs('EPSG:28992').</source>
      <translation>invoer 'locations' heeft geen CRS; een GIO moet in EPSG:28992 (RD New) staan. Zijn de coördinaten RD New, gebruik dan locations.set_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>arguments 'group_col' and 'norm_col' were both given; a STOP GIO location has a group or a normwaarde, never both (STOP3012). Write two GIOs.</source>
      <translation>zowel 'group_col' als 'norm_col' is opgegeven; een STOP-GIO-locatie heeft een groep of een normwaarde, nooit beide (STOP3012). Schrijf twee GIO's.</translation>
    </message>
    <message>
      <source>argument 'norm_col' was given with norm_kind='none'; choose norm_kind='kwalitatief' (text, e.g. '3.1') or 'kwantitatief' (numbers with a unit).</source>
      <translation>'norm_col' is opgegeven met norm_kind='none'; kies norm_kind='kwalitatief' (tekst, bijv. '3.1') of 'kwantitatief' (getallen met een eenheid).</translation>
    </message>
    <message>
      <source>arguments 'norm_label' and 'norm_id' are required with normwaarden (STOP3011): a label such as 'maximale milieucategorie' and the URI of the norm from the STOP waardelijst typenorm.</source>
      <translation>'norm_label' en 'norm_id' zijn verplicht bij normwaarden (STOP3011): een label zoals 'maximale milieucategorie' en de URI van de norm uit de STOP-waardelijst typenorm.</translation>
    </message>
    <message>
      <source>normwaarde</source>
      <translation>normwaarde</translation>
    </message>
    <message>
      <source>argument 'background_date' is needed (YYYY-MM-DD, the date of the background map) because 'frbr_expression' holds no '@YYYY-MM-DD' date to take it from.</source>
      <translation>'background_date' is nodig (JJJJ-MM-DD, de datum van de achtergrondkaart) omdat 'frbr_expression' geen datum '@JJJJ-MM-DD' bevat om die uit te halen.</translation>
    </message>
    <message>
      <source>argument 'group_labels' was given without 'group_col'; name the column that holds the group id of each location.</source>
      <translation>'group_labels' is opgegeven zonder 'group_col'; noem de kolom met de groep-id van elke locatie.</translation>
    </message>
    <message>
      <source>arguments 'unit'/'unit_id' must be empty for kwalitatieve normwaarden (STOP3015).</source>
      <translation>'unit'/'unit_id' moeten leeg zijn bij kwalitatieve normwaarden (STOP3015).</translation>
    </message>
    <message>
      <source>arguments 'unit' and 'unit_id' are required with kwantitatieve normwaarden (STOP3009); unit='m' fills in the STOP URI of Meter.</source>
      <translation>'unit' en 'unit_id' zijn verplicht bij kwantitatieve normwaarden (STOP3009); unit='m' vult de STOP-URI van Meter in.</translation>
    </message>
    <message>
      <source>argument 'layer' has no rows; an empty Shapefile has no geometry type. Export a layer with at least one row.</source>
      <translation>invoer 'layer' heeft geen rijen; een lege Shapefile heeft geen geometrietype. Exporteer een laag met minstens één rij.</translation>
    </message>
    <message>
      <source>argument 'layer' has no CRS, so no .prj can be written; set it, e.g. layer = layer.set_crs('EPSG:28992').</source>
      <translation>invoer 'layer' heeft geen CRS, dus er kan geen .prj worden geschreven; stel het in, bijv. layer = layer.set_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>Correct the value or leave it empty so another source is used.</source>
      <translation>Corrigeer de waarde of laat hem leeg zodat een andere bron wordt gebruikt.</translation>
    </message>
    <message>
      <source>Heights are metres above ground level; leave unknown heights empty.</source>
      <translation>Hoogten zijn meters boven maaiveld; laat onbekende hoogten leeg.</translation>
    </message>
    <message>
      <source>floor area (m2)</source>
      <translation>vloeroppervlak (m2)</translation>
    </message>
    <message>
      <source>roof height (m NAP)</source>
      <translation>dakhoogte (m NAP)</translation>
    </message>
    <message>
      <source>ground level (m NAP)</source>
      <translation>maaiveldhoogte (m NAP)</translation>
    </message>
    <message>
      <source>building height (m)</source>
      <translation>pandhoogte (m)</translation>
    </message>
    <message>
      <source>number of storeys</source>
      <translation>aantal bouwlagen</translation>
    </message>
    <message>
      <source>usable floor area (m2)</source>
      <translation>gebruiksoppervlakte (m2)</translation>
    </message>
    <message>
      <source>These columns are written by building_floor_area; drop them to compute the floor area anew.</source>
      <translation>Deze kolommen zijn geschreven door building_floor_area; verwijder ze om het vloeroppervlak opnieuw te berekenen.</translation>
    </message>
    <message>
      <source>footprint (m2)</source>
      <translation>footprint (m2)</translation>
    </message>
    <message>
      <source>storey height (m)</source>
      <translation>verdiepingshoogte (m)</translation>
    </message>
    <message>
      <source>true/false flag (0 or 1)</source>
      <translation>waar/onwaar-vlag (0 of 1)</translation>
    </message>
    <message>
      <source>construction year</source>
      <translation>bouwjaar</translation>
    </message>
    <message>
      <source>Leave unknown years empty.</source>
      <translation>Laat onbekende jaren leeg.</translation>
    </message>
    <message>
      <source>relocation cost (EUR)</source>
      <translation>verplaatsingskosten (EUR)</translation>
    </message>
    <message>
      <source>plot area (m2)</source>
      <translation>kaveloppervlak (m2)</translation>
    </message>
    <message>
      <source>score</source>
      <translation>score</translation>
    </message>
    <message>
      <source>number of homes</source>
      <translation>aantal woningen</translation>
    </message>
    <message>
      <source>Give the number of homes per object (1 for a single home).</source>
      <translation>Geef het aantal woningen per object (1 voor één woning).</translation>
    </message>
    <message>
      <source>work_home_balance needs homes: give a homes layer (homes=...) or the column of 'areas' with the number of homes (homes_col=...).</source>
      <translation>work_home_balance heeft woningen nodig: geef een laag woningen (homes=...) of de kolom van 'areas' met het aantal woningen (homes_col=...).</translation>
    </message>
    <message>
      <source>work_home_balance needs jobs: give a jobs layer (jobs=...), the jobs column of 'areas' (jobs_col=...), or a work floor-area column (work_floor_area_col=...) to estimate jobs from.</source>
      <translation>work_home_balance heeft banen nodig: geef een laag banen (jobs=...), de kolom banen van 'areas' (jobs_col=...), of een kolom werkvloeroppervlak (work_floor_area_col=...) om de banen uit te schatten.</translation>
    </message>
    <message>
      <source>work floor area (m2)</source>
      <translation>werkvloeroppervlak (m2)</translation>
    </message>
    <message>
      <source>number of jobs</source>
      <translation>aantal banen</translation>
    </message>
    <message>
      <source>0/1 flag</source>
      <translation>0/1-vlag</translation>
    </message>
    <message>
      <source>vacant share (0-1)</source>
      <translation>leegstandsaandeel (0-1)</translation>
    </message>
    <message>
      <source>Give the vacant share of floor area as a fraction, not a percentage, or a true/false flag.</source>
      <translation>Geef het leegstaande aandeel van het vloeroppervlak als fractie, niet als percentage, of als waar/onwaar-vlag.</translation>
    </message>
    <message>
      <source>floor area in m2</source>
      <translation>vloeroppervlak in m2</translation>
    </message>
    <message>
      <source>share (0-1)</source>
      <translation>aandeel (0-1)</translation>
    </message>
    <message>
      <source>number of category steps</source>
      <translation>aantal categoriestappen</translation>
    </message>
    <message>
      <source>Rescale the score to be &gt;= 0 (higher = better).</source>
      <translation>Schaal de score zo dat hij &gt;= 0 is (hoger = beter).</translation>
    </message>
    <message>
      <source>indicator score</source>
      <translation>indicatorscore</translation>
    </message>
    <message>
      <source>Correct them or leave them empty: an empty score is left out of the zone's top_drivers.</source>
      <translation>Corrigeer ze of laat ze leeg: een lege score telt niet mee in de top_drivers van de zone.</translation>
    </message>
    <message>
      <source>argument 'zones' has no usable polygon; the raster would be empty.</source>
      <translation>invoer 'zones' heeft geen bruikbare polygoon; het raster zou leeg zijn.</translation>
    </message>
    <message>
      <source>writing a GeoTIFF needs rasterio, which is not installed; install the extra: pip install 'rve_geo[raster]' (or pip install rasterio).</source>
      <translation>een GeoTIFF schrijven vraagt rasterio, dat niet is geïnstalleerd; installeer de extra: pip install 'rve_geo[raster]' (of pip install rasterio).</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true of false</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>een geheel getal</translation>
    </message>
    <message>
      <source>use either areas.split_by or [[areas.list]], not both</source>
      <translation>gebruik areas.split_by of [[areas.list]], niet allebei</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>een getal</translation>
    </message>
    <message>
      <source>text (in quotes)</source>
      <translation>tekst (tussen aanhalingstekens)</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>een lijst</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>een tabel</translation>
    </message>
    <message>
      <source>the configuration gives no areas to run (check areas.split_by / areas.only).</source>
      <translation>de configuratie geeft geen gebieden om te berekenen (controleer areas.split_by / areas.only).</translation>
    </message>
    <message>
      <source>Correct the value or leave it empty.</source>
      <translation>Corrigeer de waarde of laat hem leeg.</translation>
    </message>
    <message>
      <source>rules_transfer='pieces' needs plan objects in argument 'rules' with an 'object_type' column (enkelbestemming, bouwvlak, maatvoering), as rve_geo.read_imro writes them; give rules=read_imro(...) or choose rules_transfer='largest_overlap'.</source>
      <translation>rules_transfer='pieces' vraagt planobjecten in invoer 'rules' met een kolom 'object_type' (enkelbestemming, bouwvlak, maatvoering), zoals rve_geo.read_imro ze schrijft; geef rules=read_imro(...) of kies rules_transfer='largest_overlap'.</translation>
    </message>
    <message>
      <source>target_fsi as a column of argument 'rules' is not used with plan objects (rules_transfer='pieces'); give it as a number or a column of 'parcels'.</source>
      <translation>target_fsi als kolom van invoer 'rules' wordt niet gebruikt bij planobjecten (rules_transfer='pieces'); geef het als getal of als kolom van 'parcels'.</translation>
    </message>
    <message>
      <source>coverage share</source>
      <translation>bebouwingsaandeel</translation>
    </message>
    <message>
      <source>Give the bebouwingspercentage as a share between 0 and 1.</source>
      <translation>Geef het bebouwingspercentage als aandeel tussen 0 en 1.</translation>
    </message>
    <message>
      <source>target FSI</source>
      <translation>doel-FSI</translation>
    </message>
    <message>
      <source>parcel area (m2)</source>
      <translation>kaveloppervlak (m2)</translation>
    </message>
    <message>
      <source>argument 'zones' is not supported by the distributed run; run it per parcel and aggregate, or use density_measures.</source>
      <translation>invoer 'zones' wordt niet ondersteund in de verdeelde berekening; bereken per kavel en aggregeer, of gebruik density_measures.</translation>
    </message>
    <message>
      <source>gebruiksoppervlakte (m2)</source>
      <translation>gebruiksoppervlakte (m2)</translation>
    </message>
    <message>
      <source>Correct them or leave them empty.</source>
      <translation>Corrigeer ze of laat ze leeg.</translation>
    </message>
    <message>
      <source>Objecten:Pand</source>
      <translation>Objecten:Pand</translation>
    </message>
    <message>
      <source>Objecten:Verblijfsobject</source>
      <translation>Objecten:Verblijfsobject</translation>
    </message>
    <message>
      <source>argument 'path': reading the BAG 2.0 Extract (XML) needs the lxml package (pip install lxml); or read PDOK's BAG GeoPackage.</source>
      <translation>invoer 'path': het BAG 2.0 Extract (XML) lezen vraagt het pakket lxml (pip install lxml); of lees de BAG-GeoPackage van PDOK.</translation>
    </message>
    <message>
      <source>perceel identificatie</source>
      <translation>perceelidentificatie</translation>
    </message>
    <message>
      <source>registered area (m2)</source>
      <translation>kadastrale oppervlakte (m2)</translation>
    </message>
    <message>
      <source>argument 'what': 3dbag heights are joined to BAG panden; add 'bag'.</source>
      <translation>invoer 'what': 3dbag-hoogten worden aan BAG-panden gekoppeld; voeg 'bag' toe.</translation>
    </message>
    <message>
      <source>give either bbox=(xmin, ymin, xmax, ymax) in RD New or gemeente=NAME (CLI: --bbox or --gemeente), not both and not neither.</source>
      <translation>geef óf bbox=(xmin, ymin, xmax, ymax) in RD New óf gemeente=NAAM (CLI: --bbox of --gemeente), niet allebei en niet geen van beide.</translation>
    </message>
    <message>
      <source>page_size must be at least 1 and retries at least 0.</source>
      <translation>page_size moet minstens 1 zijn en retries minstens 0.</translation>
    </message>
    <message>
      <source>terrein id (e.g. RIN_NUMMER)</source>
      <translation>terrein-id (bijv. RIN_NUMMER)</translation>
    </message>
    <message>
      <source>argument 'heights' has no column 'identificatie'; pass the output of read_3dbag.</source>
      <translation>invoer 'heights' heeft geen kolom 'identificatie'; geef de uitvoer van read_3dbag.</translation>
    </message>
    <message>
      <source>Correct them or leave them empty: a pand without a height falls back to its gebruiksoppervlakte.</source>
      <translation>Corrigeer ze of laat ze leeg: voor een pand zonder hoogte wordt de gebruiksoppervlakte gebruikt.</translation>
    </message>
    <message>
      <source>layer '{0}': the rows from row {1} on do not fit the field types of the rows before them. Give each column one type for all rows and run again.</source>
      <translation>laag '{0}': de rijen vanaf rij {1} passen niet in de veldtypen van de rijen ervoor. Geef elke kolom één type voor alle rijen en start opnieuw.</translation>
    </message>
    <message>
      <source>layer '{0}': the rows from row {1} on have other columns than the rows before them (missing: {2}; extra: {3}); a GeoPackage layer has one set of fields. Give all rows the same columns and run again.</source>
      <translation>laag '{0}': de rijen vanaf rij {1} hebben andere kolommen dan de rijen ervoor (ontbrekend: {2}; extra: {3}); een GeoPackage-laag heeft één set velden. Geef alle rijen dezelfde kolommen en start opnieuw.</translation>
    </message>
    <message>
      <source>layer '{0}': column '{1}' holds values from row {2} on that do not fit the field type of the rows before it (e.g. text after numbers); a GeoPackage field has one type. Give the column one type (e.g. text for all rows) and run again.</source>
      <translation>laag '{0}': kolom '{1}' bevat vanaf rij {2} waarden die niet passen in het veldtype van de rijen ervoor (bijv. tekst na getallen); een GeoPackage-veld heeft één type. Geef de kolom één type (bijv. tekst voor alle rijen) en start opnieuw.</translation>
    </message>
    <message>
      <source>argument '{0}', layer '{1}', column '{2}'</source>
      <translation>invoer '{0}', laag '{1}', kolom '{2}'</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}'</source>
      <translation>invoer '{0}', kolom '{1}'</translation>
    </message>
    <message>
      <source>argument '{0}' must be a GeoDataFrame, got {1}; read a layer with rve_geo.io.read_layer(path) or geopandas.read_file(path).</source>
      <translation>invoer '{0}' moet een GeoDataFrame zijn, maar is {1}; lees een laag met rve_geo.io.read_layer(path) of geopandas.read_file(path).</translation>
    </message>
    <message>
      <source>argument '{0}' has no CRS. If the coordinates are Dutch RD New, set it with {1}.set_crs('EPSG:28992'); otherwise set the CRS the data is in and reproject with {2}.to_crs('EPSG:28992').</source>
      <translation>invoer '{0}' heeft geen CRS. Zijn de coördinaten Nederlandse RD New, stel het dan in met {1}.set_crs('EPSG:28992'); stel anders het CRS van de gegevens in en projecteer om met {2}.to_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>argument '{0}' is in a geographic CRS ({1}), so areas and distances would be in degrees. Reproject it first: {2} = {3}.to_crs('EPSG:28992').</source>
      <translation>invoer '{0}' staat in een geografisch CRS ({1}), dus oppervlakten en afstanden zouden in graden zijn. Projecteer eerst om: {2} = {3}.to_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>argument '{0}' is in {1} with unit '{2}'; rve_geo needs metres. Reproject it first: {3} = {4}.to_crs('EPSG:28992').</source>
      <translation>invoer '{0}' staat in {1} met eenheid '{2}'; rve_geo heeft meters nodig. Projecteer eerst om: {3} = {4}.to_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>argument '{0}' is in {1}, whose metres are not metres on the ground where the data lies (scale error {2}; areas and distances would be wrong by that much). Reproject it to an equal-scale CRS first: {3} = {4}.to_crs('EPSG:28992') (RD New).</source>
      <translation>invoer '{0}' staat in {1}, waarvan de meters geen meters op de grond zijn waar de gegevens liggen (schaalfout {2}; oppervlakten en afstanden zouden zoveel afwijken). Projecteer eerst om naar een CRS met gelijke schaal: {3} = {4}.to_crs('EPSG:28992') (RD New).</translation>
    </message>
    <message>
      <source>argument '{0}' has {1} rows without geometry (rows {2}); remove or fix them.</source>
      <translation>invoer '{0}' heeft {1} rijen zonder geometrie (rijen {2}); verwijder of herstel ze.</translation>
    </message>
    <message>
      <source>argument '{0}' has {1} geometries with NaN or infinite coordinates (rows {2}); fix or remove those rows (they usually come from a failed reprojection or an empty x/y cell).</source>
      <translation>invoer '{0}' heeft {1} geometrieën met NaN- of oneindige coördinaten (rijen {2}); herstel of verwijder die rijen (ze komen meestal van een mislukte omprojectie of een lege x/y-cel).</translation>
    </message>
    <message>
      <source>argument '{0}' must hold polygons, but rows {1} are {2}. Use the polygon layer (footprints or parcel outlines), or buffer points/lines into polygons first.</source>
      <translation>invoer '{0}' moet polygonen bevatten, maar rijen {1} zijn {2}. Gebruik de polygonenlaag (footprints of kavelgrenzen), of buffer punten/lijnen eerst tot polygonen.</translation>
    </message>
    <message>
      <source>argument '{0}' must be a list of column names, got {1}; write {2}=[{3}] for one column.</source>
      <translation>invoer '{0}' moet een lijst van kolomnamen zijn, maar is {1}; schrijf {2}=[{3}] voor één kolom.</translation>
    </message>
    <message>
      <source>argument '{0}' must be a list of column names (text), got {1}.</source>
      <translation>invoer '{0}' moet een lijst van kolomnamen (tekst) zijn, maar is {1}.</translation>
    </message>
    <message>
      <source>argument '{0}' has {1} pairs of overlapping polygons (rows {2}{3}), so a building on the overlap would count on each; remove duplicates or fix the outlines, or pass allow_overlaps=True to count them anyway.</source>
      <translation>invoer '{0}' heeft {1} paren overlappende polygonen (rijen {2}{3}), zodat een pand op de overlap bij elk zou meetellen; verwijder dubbelingen of herstel de grenzen, of geef allow_overlaps=True om ze toch mee te tellen.</translation>
    </message>
    <message>
      <source>argument '{0}' has no column {1}; columns found: {2}. Name the right column explicitly.</source>
      <translation>invoer '{0}' heeft geen kolom {1}; gevonden kolommen: {2}. Noem de juiste kolom expliciet.</translation>
    </message>
    <message>
      <source>{0}: {1} values are not numbers (rows {2}, e.g. {3}); give the {4} as a number. {5}</source>
      <translation>{0}: {1} waarden zijn geen getallen (rijen {2}, bijv. {3}); geef de {4} als getal. {5}</translation>
    </message>
    <message>
      <source>argument '{0}' must be {1}, got {2}.</source>
      <translation>invoer '{0}' moet {1} zijn, maar is {2}.</translation>
    </message>
    <message>
      <source>argument '{0}' must be one of {1}; got {2}.</source>
      <translation>invoer '{0}' moet een van {1} zijn; gekregen: {2}.</translation>
    </message>
    <message>
      <source>argument '{0}' has no active geometry column; call {1}.set_geometry('&lt;column&gt;') first.</source>
      <translation>invoer '{0}' heeft geen actieve geometriekolom; roep eerst {1}.set_geometry('&lt;kolom&gt;') aan.</translation>
    </message>
    <message>
      <source>arguments '{0}' ({1}) and '{2}' ({3}) are in different CRSs; reproject one of them: {4} = {5}.to_crs({6}.crs).</source>
      <translation>invoer '{0}' ({1}) en '{2}' ({3}) staan in verschillende CRS'en; projecteer er één om: {4} = {5}.to_crs({6}.crs).</translation>
    </message>
    <message>
      <source>argument '{0}' must be a number, got {1}.</source>
      <translation>invoer '{0}' moet een getal zijn, maar is {1}.</translation>
    </message>
    <message>
      <source>{0}: {1} values below {2} (rows {3}, e.g. {4}); a {5} cannot be below {6}. {7}</source>
      <translation>{0}: {1} waarden onder {2} (rijen {3}, bijv. {4}); een {5} kan niet onder {6} liggen. {7}</translation>
    </message>
    <message>
      <source>{0}: {1} values above {2} (rows {3}, e.g. {4}); that is not a plausible {5}. {6}</source>
      <translation>{0}: {1} waarden boven {2} (rijen {3}, bijv. {4}); dat is geen aannemelijke {5}. {6}</translation>
    </message>
    <message>
      <source>writing layer '{0}' of '{1}' failed: {2}; nothing was written.</source>
      <translation>schrijven van laag '{0}' van '{1}' mislukt: {2}; er is niets geschreven.</translation>
    </message>
    <message>
      <source>writing '{0}' failed: {1}; nothing was written.</source>
      <translation>schrijven van '{0}' mislukt: {1}; er is niets geschreven.</translation>
    </message>
    <message>
      <source>the process writing '{0}' ended unexpectedly (exit code {1}); the layers it had not written yet are missing. Run again; with RVE_BACKGROUND_WRITES=0 the layers are written directly.</source>
      <translation>het proces dat '{0}' schrijft is onverwacht gestopt (afsluitcode {1}); de lagen die het nog niet had geschreven ontbreken. Start de run opnieuw; met RVE_BACKGROUND_WRITES=0 worden de lagen rechtstreeks geschreven.</translation>
    </message>
    <message>
      <source>{0}: column '{1}' must hold one unique id per row, but rows {2} are empty or repeat; choose another --*-id-col or leave it out to use row numbers.</source>
      <translation>{0}: kolom '{1}' moet per rij één unieke id bevatten, maar rijen {2} zijn leeg of komen dubbel voor; kies een andere --*-id-col of laat hem weg om rijnummers te gebruiken.</translation>
    </message>
    <message>
      <source>output '{0}' is also the input; choose another output path (inputs are never overwritten).</source>
      <translation>uitvoer '{0}' is ook de invoer; kies een ander uitvoerpad (invoer wordt nooit overschreven).</translation>
    </message>
    <message>
      <source>'{0}' exists; pass --overwrite to replace it, or choose another name.</source>
      <translation>'{0}' bestaat al; geef --overwrite om het te vervangen, of kies een andere naam.</translation>
    </message>
    <message>
      <source>folder '{0}' does not exist; create it first.</source>
      <translation>map '{0}' bestaat niet; maak hem eerst aan.</translation>
    </message>
    <message>
      <source>{0} (other areas completed: {1}; their outputs are complete and kept)</source>
      <translation>{0} (andere gebieden voltooid: {1}; hun uitvoer is volledig en blijft bewaard)</translation>
    </message>
    <message>
      <source>'{0}' does not pass the STOP checks: {1}</source>
      <translation>'{0}' doorstaat de STOP-controles niet: {1}</translation>
    </message>
    <message>
      <source>{0}: layer '{1}' of '{2}' has no lines or polygons (points only); give roads or water as lines or polygons, e.g. the NWB wegvakken or the TOP10NL waterdelen.</source>
      <translation>{0}: laag '{1}' van '{2}' heeft geen lijnen of polygonen (alleen punten); geef wegen of water als lijnen of polygonen, bijv. de NWB-wegvakken of de TOP10NL-waterdelen.</translation>
    </message>
    <message>
      <source>path: '{0}' holds no geo:GeoInformatieObjectVersie; is it a STOP GIO?</source>
      <translation>path: '{0}' bevat geen geo:GeoInformatieObjectVersie; is het een STOP-GIO?</translation>
    </message>
    <message>
      <source>path: file '{0}' does not exist; check the path.</source>
      <translation>path: bestand '{0}' bestaat niet; controleer het pad.</translation>
    </message>
    <message>
      <source>path: '{0}' is not well-formed XML ({1}).</source>
      <translation>path: '{0}' is geen goed gevormde XML ({1}).</translation>
    </message>
    <message>
      <source>argument 'xsd': schema file '{0}' does not exist; point it to imop-geo.xsd of the STOP distribution.</source>
      <translation>invoer 'xsd': schemabestand '{0}' bestaat niet; verwijs naar imop-geo.xsd uit de STOP-distributie.</translation>
    </message>
    <message>
      <source>argument 'locations' is in {0}, but a GIO must be in EPSG:28992 (RD New); reproject first: locations = locations.to_crs('EPSG:28992').</source>
      <translation>invoer 'locations' staat in {0}, maar een GIO moet in EPSG:28992 (RD New) staan; projecteer eerst om: locations = locations.to_crs('EPSG:28992').</translation>
    </message>
    <message>
      <source>argument 'locations' has {0} rows without geometry (rows {1}); a GIO location needs a geometry (STOP3019). Remove or fix them.</source>
      <translation>invoer 'locations' heeft {0} rijen zonder geometrie (rijen {1}); een GIO-locatie heeft een geometrie nodig (STOP3019). Verwijder of herstel ze.</translation>
    </message>
    <message>
      <source>argument 'locations': rows {0} are LinearRings; use polygons, lines or points.</source>
      <translation>invoer 'locations': rijen {0} zijn LinearRings; gebruik polygonen, lijnen of punten.</translation>
    </message>
    <message>
      <source>argument 'locations': rows {0} vanish at millimetre precision (slivers or zero-length lines); remove them before writing the GIO.</source>
      <translation>invoer 'locations': rijen {0} verdwijnen bij millimeterprecisie (snippers of lijnen met lengte nul); verwijder ze voordat de GIO wordt geschreven.</translation>
    </message>
    <message>
      <source>argument 'locations', column '{0}': {1} rows have no group (rows {2}); in a GIO every location has a group or none has (STOP3000). Fill in the group or leave out group_col.</source>
      <translation>invoer 'locations', kolom '{0}': {1} rijen hebben geen groep (rijen {2}); in een GIO heeft elke locatie een groep of geen enkele (STOP3000). Vul de groep in of laat group_col weg.</translation>
    </message>
    <message>
      <source>argument 'locations', column '{0}': rows {1} have group ids such as {2} that STOP does not allow; a groepID holds letters, digits, '_' and '-' and starts with a letter or digit (e.g. 'zone_3-1'). Put readable names in group_labels instead.</source>
      <translation>invoer 'locations', kolom '{0}': rijen {1} hebben groep-id's zoals {2} die STOP niet toestaat; een groepID bevat letters, cijfers, '_' en '-' en begint met een letter of cijfer (bijv. 'zone_3-1'). Zet leesbare namen in group_labels.</translation>
    </message>
    <message>
      <source>argument 'group_labels': label {0} is used for several groups; group labels must be unique (STOP3004).</source>
      <translation>invoer 'group_labels': label {0} wordt voor meerdere groepen gebruikt; groepslabels moeten uniek zijn (STOP3004).</translation>
    </message>
    <message>
      <source>argument 'locations', column '{0}': {1} of {2} rows have no normwaarde (rows {3}); in a GIO every location has a normwaarde or none has (STOP3006/3007). Fill them in or split the locations into two GIOs.</source>
      <translation>invoer 'locations', kolom '{0}': {1} van {2} rijen hebben geen normwaarde (rijen {3}); in een GIO heeft elke locatie een normwaarde of geen enkele (STOP3006/3007). Vul ze in of splits de locaties over twee GIO's.</translation>
    </message>
    <message>
      <source>argument '{0}' must be a non-empty identifier such as '/join/id/regdata/gm0297/2026/milieuzones'.</source>
      <translation>invoer '{0}' moet een niet-lege identificatie zijn zoals '/join/id/regdata/gm0297/2026/milieuzones'.</translation>
    </message>
    <message>
      <source>argument {0}.</source>
      <translation>invoer {0}.</translation>
    </message>
    <message>
      <source>argument 'background_date' must be a date YYYY-MM-DD, got {0}.</source>
      <translation>invoer 'background_date' moet een datum JJJJ-MM-DD zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'norm_kind' is {0} but no 'norm_col' was given; name the column with the normwaarde per location.</source>
      <translation>invoer 'norm_kind' is {0} maar er is geen 'norm_col' opgegeven; noem de kolom met de normwaarde per locatie.</translation>
    </message>
    <message>
      <source>argument 'locations', column '{0}': rows {1} are infinite; give finite numbers.</source>
      <translation>invoer 'locations', kolom '{0}': rijen {1} zijn oneindig; geef eindige getallen.</translation>
    </message>
    <message>
      <source>argument '{0}' was given without normwaarden; a GIO without normwaarden has no norm or unit (STOP3016).</source>
      <translation>invoer '{0}' is opgegeven zonder normwaarden; een GIO zonder normwaarden heeft geen norm of eenheid (STOP3016).</translation>
    </message>
    <message>
      <source>argument 'lang' must be 'nl' or 'en', got {0}.</source>
      <translation>invoer 'lang' moet 'nl' of 'en' zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>'{0}' is not a result of rve run (it has no run_metadata or summary layer; layers: {1}); give the GeoPackage that rve run wrote, e.g. out/&lt;area&gt;.gpkg.</source>
      <translation>'{0}' is geen resultaat van rve run (het heeft geen laag run_metadata of summary; lagen: {1}); geef de GeoPackage die rve run schreef, bijv. out/&lt;gebied&gt;.gpkg.</translation>
    </message>
    <message>
      <source>context_layer {0} is given without context; name the file too (CLI: --context PATH --context-layer NAME).</source>
      <translation>context_layer {0} is opgegeven zonder context; noem ook het bestand (CLI: --context PAD --context-layer NAAM).</translation>
    </message>
    <message>
      <source>the PDF cannot be written without WeasyPrint: pip install 'rve_geo[report]' (or pip install weasyprint); {0}</source>
      <translation>de pdf kan niet worden geschreven zonder WeasyPrint: pip install 'rve_geo[report]' (of pip install weasyprint); {0}</translation>
    </message>
    <message>
      <source>maps folder '{0}' exists; pass overwrite=True (CLI: --overwrite) or choose another folder.</source>
      <translation>kaartenmap '{0}' bestaat al; geef overwrite=True (CLI: --overwrite) of kies een andere map.</translation>
    </message>
    <message>
      <source>argument 'max_terreinen' must be a whole number &gt;= 0 (0: no map frames per terrein), got {0}.</source>
      <translation>invoer 'max_terreinen' moet een geheel getal &gt;= 0 zijn (0: geen kaartbeelden per terrein), gekregen: {0}.</translation>
    </message>
    <message>
      <source>argument 'rank_by' must be one of {0}, got {1}.</source>
      <translation>invoer 'rank_by' moet een van {0} zijn, gekregen: {1}.</translation>
    </message>
    <message>
      <source>output '{0}' must end in .shp; for a GeoPackage use rve_geo.write_layers.</source>
      <translation>uitvoer '{0}' moet op .shp eindigen; gebruik voor een GeoPackage rve_geo.write_layers.</translation>
    </message>
    <message>
      <source>field_map_path: folder '{0}' does not exist; create it first.</source>
      <translation>field_map_path: map '{0}' bestaat niet; maak hem eerst aan.</translation>
    </message>
    <message>
      <source>output folder '{0}' does not exist; create it first.</source>
      <translation>uitvoermap '{0}' bestaat niet; maak hem eerst aan.</translation>
    </message>
    <message>
      <source>argument 'layer': rows {0} are GeometryCollections, which a Shapefile cannot hold; explode them or keep one geometry type.</source>
      <translation>invoer 'layer': rijen {0} zijn GeometryCollections, die een Shapefile niet kan bevatten; splits ze op (explode) of houd één geometrietype.</translation>
    </message>
    <message>
      <source>output '{0}' exists; pass overwrite=True (CLI: --overwrite) to replace it, or choose another path.</source>
      <translation>uitvoer '{0}' bestaat al; geef overwrite=True (CLI: --overwrite) om het te vervangen, of kies een ander pad.</translation>
    </message>
    <message>
      <source>output '{0}' would be about {1} GB, above the Shapefile limit of {2} GB; nothing was written. Write a GeoPackage instead (rve_geo.write_layers), or export fewer rows/columns per file (e.g. one file per municipality).</source>
      <translation>uitvoer '{0}' zou ongeveer {1} GB worden, boven de Shapefile-grens van {2} GB; er is niets geschreven. Schrijf een GeoPackage (rve_geo.write_layers), of exporteer minder rijen/kolommen per bestand (bijv. één bestand per gemeente).</translation>
    </message>
    <message>
      <source>output '{0}' appeared while writing; not replaced.</source>
      <translation>uitvoer '{0}' verscheen tijdens het schrijven; niet vervangen.</translation>
    </message>
    <message>
      <source>output '{0}' exists; pass overwrite=True (CLI: --overwrite) or choose another folder.</source>
      <translation>uitvoer '{0}' bestaat al; geef overwrite=True (CLI: --overwrite) of kies een andere map.</translation>
    </message>
    <message>
      <source>argument 'buildings', column '{0}': {1} floor areas are more than {2} times the footprint (rows {3}, e.g. {4} m2 on {5} m2), more storeys than any building has; check the unit (m2, not cm2) and the value. {6}</source>
      <translation>invoer 'buildings', kolom '{0}': {1} vloeroppervlakken zijn meer dan {2} keer de footprint (rijen {3}, bijv. {4} m2 op {5} m2), meer bouwlagen dan enig pand heeft; controleer de eenheid (m2, niet cm2) en de waarde. {6}</translation>
    </message>
    <message>
      <source>method={0} needs a column, but argument 'buildings' has none for it; name it with {1}=... (columns found: {2}).</source>
      <translation>method={0} vraagt een kolom, maar invoer 'buildings' heeft er geen voor; noem hem met {1}=... (gevonden kolommen: {2}).</translation>
    </message>
    <message>
      <source>argument 'buildings' has the absolute roof height {0} (NAP) but no ground level column (b3_h_maaiveld); name it with ground_height_col=..., or give a relative height with height_col=...</source>
      <translation>invoer 'buildings' heeft de absolute dakhoogte {0} (NAP) maar geen kolom maaiveldhoogte (b3_h_maaiveld); noem die met ground_height_col=..., of geef een relatieve hoogte met height_col=...</translation>
    </message>
    <message>
      <source>argument 'buildings': roof height {0} is below ground level {1} in {2} rows (rows {3}); check that both are in metres NAP.</source>
      <translation>invoer 'buildings': dakhoogte {0} ligt onder maaiveld {1} in {2} rijen (rijen {3}); controleer dat beide in meters NAP zijn.</translation>
    </message>
    <message>
      <source>argument 'buildings': {0} buildings are more than {1} m high (rows {2}); check the height columns and their units.</source>
      <translation>invoer 'buildings': {0} panden zijn hoger dan {1} m (rijen {2}); controleer de hoogtekolommen en hun eenheden.</translation>
    </message>
    <message>
      <source>argument 'floor_area' must be a FloorAreaOptions, got {0}; e.g. floor_area=FloorAreaOptions().</source>
      <translation>invoer 'floor_area' moet een FloorAreaOptions zijn, maar is {0}; bijv. floor_area=FloorAreaOptions().</translation>
    </message>
    <message>
      <source>argument 'buildings' already carries the floor area of building_floor_area (column '{0}'), so floor_area options {1} cannot be applied again; leave {2} out, or pass the buildings without the columns {3} to compute the floor area anew.</source>
      <translation>invoer 'buildings' bevat al het vloeroppervlak van building_floor_area (kolom '{0}'), dus de floor_area-opties {1} kunnen niet nogmaals worden toegepast; laat {2} weg, of geef de panden zonder de kolommen {3} om het vloeroppervlak opnieuw te berekenen.</translation>
    </message>
    <message>
      <source>argument 'buildings', column 'floor_area_m2': {0} buildings that are not excluded have no floor area (rows {1}). {2}</source>
      <translation>invoer 'buildings', kolom 'floor_area_m2': {0} panden die niet zijn uitgesloten hebben geen vloeroppervlak (rijen {1}). {2}</translation>
    </message>
    <message>
      <source>argument 'buildings', column '{0}': {1} rows are not true/false (rows {2}). {3}</source>
      <translation>invoer 'buildings', kolom '{0}': {1} rijen zijn niet waar/onwaar (rijen {2}). {3}</translation>
    </message>
    <message>
      <source>argument 'threshold_year' must be a year between {0} and {1}, got {2}.</source>
      <translation>invoer 'threshold_year' moet een jaar tussen {0} en {1} zijn, maar is {2}.</translation>
    </message>
    <message>
      <source>argument 'buildings', column '{0}': {1} construction years are not plausible years (rows {2}, e.g. {3}); give four-digit years or leave unknown years empty.</source>
      <translation>invoer 'buildings', kolom '{0}': {1} bouwjaren zijn geen aannemelijke jaren (rijen {2}, bijv. {3}); geef jaartallen van vier cijfers of laat onbekende jaren leeg.</translation>
    </message>
    <message>
      <source>argument 'threshold_year' must be a year, got {0}.</source>
      <translation>invoer 'threshold_year' moet een jaar zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'band_eur_per_m2' must be (low, high) with 0 &lt;= low &lt;= high, got {0}.</source>
      <translation>invoer 'band_eur_per_m2' moet (laag, hoog) zijn met 0 &lt;= laag &lt;= hoog, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'band_eur_per_m2' must be two numbers (low, high), got {0}.</source>
      <translation>invoer 'band_eur_per_m2' moet twee getallen zijn (laag, hoog), maar is {0}.</translation>
    </message>
    <message>
      <source>{0} value</source>
      <translation>waarde van {0}</translation>
    </message>
    <message>
      <source>{0}: '{1}' is not a readable (Geo)Parquet file. The file may be truncated or damaged; write it again.</source>
      <translation>{0}: '{1}' is geen leesbaar (Geo)Parquet-bestand. Het bestand is mogelijk afgebroken of beschadigd; schrijf het opnieuw.</translation>
    </message>
    <message>
      <source>{0}: '{1}' says (or, as a GeoJSON without 'crs', is assumed to be) in {2} longitude/latitude, but its coordinates (x {3} to {4}, y {5} to {6}) cannot be degrees; {7}. Give the file its real CRS, e.g. ogr2ogr -a_srs EPSG:28992 fixed.gpkg in.geojson, and read that.</source>
      <translation>{0}: '{1}' zegt in {2} lengte-/breedtegraden te staan (of wordt dat, als GeoJSON zonder 'crs', verondersteld), maar de coördinaten (x {3} tot {4}, y {5} tot {6}) kunnen geen graden zijn; {7}. Geef het bestand zijn echte CRS, bijv. ogr2ogr -a_srs EPSG:28992 fixed.gpkg in.geojson, en lees dat.</translation>
    </message>
    <message>
      <source>writing '{0}' failed: {1}. Nothing was written.</source>
      <translation>schrijven van '{0}' mislukt: {1}. Er is niets geschreven.</translation>
    </message>
    <message>
      <source>layer '{0}'</source>
      <translation>laag '{0}'</translation>
    </message>
    <message>
      <source>{0}: file '{1}' does not exist; check the path.</source>
      <translation>{0}: bestand '{1}' bestaat niet; controleer het pad.</translation>
    </message>
    <message>
      <source>{0}: '{1}' is a folder, not a data file; name the file.</source>
      <translation>{0}: '{1}' is een map, geen gegevensbestand; noem het bestand.</translation>
    </message>
    <message>
      <source>{0}: file '{1}' cannot be read (permission denied); check the file permissions.</source>
      <translation>{0}: bestand '{1}' kan niet worden gelezen (geen toegang); controleer de bestandsrechten.</translation>
    </message>
    <message>
      <source>{0}: '{1}' has no geometry (an attribute table: columns {2}); name a layer with geometry, or for a CSV convert it first, e.g. ogr2ogr -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -a_srs EPSG:28992 out.gpkg in.csv.</source>
      <translation>{0}: '{1}' heeft geen geometrie (een attribuuttabel: kolommen {2}); noem een laag met geometrie, of zet een CSV eerst om, bijv. ogr2ogr -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -a_srs EPSG:28992 out.gpkg in.csv.</translation>
    </message>
    <message>
      <source>{0}: '{1}' has {2} layers with geometry ({3}); name one with layer=... (CLI: --*-layer, rve run: layer = "...").</source>
      <translation>{0}: '{1}' heeft {2} lagen met geometrie ({3}); noem er één met layer=... (CLI: --*-layer, rve run: layer = "...").</translation>
    </message>
    <message>
      <source>{0}: '{1}' has no layer '{2}'; layers found: {3}.</source>
      <translation>{0}: '{1}' heeft geen laag '{2}'; gevonden lagen: {3}.</translation>
    </message>
    <message>
      <source>{0}: column '{1}' (for '{2}') is not in '{3}'; columns found: {4}.</source>
      <translation>{0}: kolom '{1}' (voor '{2}') staat niet in '{3}'; gevonden kolommen: {4}.</translation>
    </message>
    <message>
      <source>{0}: '{1}' has no CRS; assign one in the file (e.g. with ogr2ogr -a_srs EPSG:28992) so it can be reprojected.</source>
      <translation>{0}: '{1}' heeft geen CRS; ken er een toe in het bestand (bijv. met ogr2ogr -a_srs EPSG:28992) zodat het kan worden omgeprojecteerd.</translation>
    </message>
    <message>
      <source>output folder '{0}' is not writable; choose another folder or fix its permissions.</source>
      <translation>uitvoermap '{0}' is niet schrijfbaar; kies een andere map of pas de rechten aan.</translation>
    </message>
    <message>
      <source>writing '{0}' failed: disk full ({1}); free space or choose another folder. Nothing was written.</source>
      <translation>schrijven van '{0}' mislukt: schijf vol ({1}); maak ruimte vrij of kies een andere map. Er is niets geschreven.</translation>
    </message>
    <message>
      <source>writing '{0}' failed: permission denied ({1}); choose a writable folder. Nothing was written.</source>
      <translation>schrijven van '{0}' mislukt: geen toegang ({1}); kies een schrijfbare map. Er is niets geschreven.</translation>
    </message>
    <message>
      <source>output '{0}' must end in .gpkg for a multi-layer result.</source>
      <translation>uitvoer '{0}' moet op .gpkg eindigen voor een resultaat met meerdere lagen.</translation>
    </message>
    <message>
      <source>{0}: reading the Parquet file '{1}' needs pyarrow, which is not installed; install it (pip install pyarrow) or give a GeoPackage.</source>
      <translation>{0}: het Parquet-bestand '{1}' lezen vraagt pyarrow, dat niet is geïnstalleerd; installeer het (pip install pyarrow) of geef een GeoPackage.</translation>
    </message>
    <message>
      <source>{0}: '{1}' is not a readable vector data source ({2}).</source>
      <translation>{0}: '{1}' is geen leesbare vectorgegevensbron ({2}).</translation>
    </message>
    <message>
      <source>{0}: reading '{1}' failed: {2}</source>
      <translation>{0}: lezen van '{1}' mislukt: {2}</translation>
    </message>
    <message>
      <source>target CRS {0} is not a CRS pyproj knows ({1}); use an EPSG code such as EPSG:28992.</source>
      <translation>doel-CRS {0} is geen CRS dat pyproj kent ({1}); gebruik een EPSG-code zoals EPSG:28992.</translation>
    </message>
    <message>
      <source>target CRS {0} is metric in name only where '{1}' lies: lengths are {2} off on the ground (areas about twice that); use an equal-scale CRS such as EPSG:28992 (RD New).</source>
      <translation>doel-CRS {0} is alleen in naam metrisch waar '{1}' ligt: lengten wijken {2} af op de grond (oppervlakten ongeveer het dubbele); gebruik een CRS met gelijke schaal zoals EPSG:28992 (RD New).</translation>
    </message>
    <message>
      <source>output '{0}' is also an input; choose another output path (inputs are never overwritten).</source>
      <translation>uitvoer '{0}' is ook een invoer; kies een ander uitvoerpad (invoer wordt nooit overschreven).</translation>
    </message>
    <message>
      <source>{0}: columns {1} and {2} differ only in case; a GeoPackage cannot hold both (rve_geo writes {3} as a result). Rename the input column, e.g. columns = {{ {4}_in = {5} }} in rve run or in the file.</source>
      <translation>{0}: kolommen {1} en {2} verschillen alleen in hoofdletters; een GeoPackage kan ze niet allebei bevatten (rve_geo schrijft {3} als resultaat). Hernoem de invoerkolom, bijv. columns = {{ {4}_in = {5} }} in rve run of in het bestand.</translation>
    </message>
    <message>
      <source>{0}: '{1}' has no geometry column (GeoParquet metadata missing: {2}); write it with GeoPandas to_parquet or name a file with geometry.</source>
      <translation>{0}: '{1}' heeft geen geometriekolom (GeoParquet-metadata ontbreekt: {2}); schrijf het met GeoPandas to_parquet of noem een bestand met geometrie.</translation>
    </message>
    <message>
      <source>argument 'weights' must be a mapping indicator -&gt; weight, got {0}; e.g. weights={{'ageing': 0.5}}.</source>
      <translation>invoer 'weights' moet een koppeling indicator -&gt; gewicht zijn, maar is {0}; bijv. weights={{'ageing': 0.5}}.</translation>
    </message>
    <message>
      <source>argument 'weights' has unknown indicator(s) {0}; known: {1}.</source>
      <translation>invoer 'weights' heeft onbekende indicator(en) {0}; bekend: {1}.</translation>
    </message>
    <message>
      <source>argument 'weights', indicator '{0}': weight {1} must be a finite number &gt;= 0.</source>
      <translation>invoer 'weights', indicator '{0}': gewicht {1} moet een eindig getal &gt;= 0 zijn.</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': {2} rows are not true/false (rows {3}, e.g. {4}); give booleans or 0/1.</source>
      <translation>invoer '{0}', kolom '{1}': {2} rijen zijn niet waar/onwaar (rijen {3}, bijv. {4}); geef booleans of 0/1.</translation>
    </message>
    <message>
      <source>argument 'indicators' has unknown name(s) {0}; choose from {1}.</source>
      <translation>invoer 'indicators' heeft onbekende naam/namen {0}; kies uit {1}.</translation>
    </message>
    <message>
      <source>argument 'weights', indicator '{0}': weight {1} is not a number; give a number &gt;= 0.</source>
      <translation>invoer 'weights', indicator '{0}': gewicht {1} is geen getal; geef een getal &gt;= 0.</translation>
    </message>
    <message>
      <source>argument 'min_area_ha' ({0}) is larger than 'max_area_ha' ({1}); swap them or widen the range.</source>
      <translation>invoer 'min_area_ha' ({0}) is groter dan 'max_area_ha' ({1}); verwissel ze of verruim het bereik.</translation>
    </message>
    <message>
      <source>argument 'seed' must be an integer, got {0}.</source>
      <translation>invoer 'seed' moet een geheel getal zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>argument '{0}': {1}{2} is not a milieucategorie. {3}Write one of {4} (also accepted: '3,1', 'cat. 3.1', 'milieucategorie 3.1', 'bedrijf tot en met categorie 3.1').</source>
      <translation>invoer '{0}': {1}{2} is geen milieucategorie. {3}Schrijf een van {4} (ook geaccepteerd: '3,1', 'cat. 3.1', 'milieucategorie 3.1', 'bedrijf tot en met categorie 3.1').</translation>
    </message>
    <message>
      <source>argument '{0}': {1}{2} is main category {3}, which the 2009 table splits into {4}; write the subcategory, or allow the main category with main_category='highest' or 'lowest'.</source>
      <translation>invoer '{0}': {1}{2} is hoofdcategorie {3}, die de tabel van 2009 splitst in {4}; schrijf de subcategorie, of sta de hoofdcategorie toe met main_category='highest' of 'lowest'.</translation>
    </message>
    <message>
      <source>argument '{0}': {1}{2} is a category of another system ('{3}': e.g. the Staat van Horeca-activiteiten or a detailhandel categorisation), not a milieucategorie of the Staat van Bedrijfsactiviteiten. Leave it out of the milieucategorie column, or give the bedrijf category ('bedrijf tot en met categorie 3.1').</source>
      <translation>invoer '{0}': {1}{2} is een categorie van een ander systeem ('{3}': bijv. de Staat van Horeca-activiteiten of een detailhandelsindeling), geen milieucategorie van de Staat van Bedrijfsactiviteiten. Laat hem weg uit de kolom milieucategorie, of geef de bedrijfscategorie ('bedrijf tot en met categorie 3.1').</translation>
    </message>
    <message>
      <source>argument 'main_category' must be 'highest', 'lowest' or 'refuse', got {0}.</source>
      <translation>invoer 'main_category' moet 'highest', 'lowest' of 'refuse' zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>argument '{0}': unknown omgevingstype {1}{2}; use {3} (also 'rustige woonwijk', 'rustig buitengebied', 'gemengd gebied').</source>
      <translation>invoer '{0}': onbekend omgevingstype {1}{2}; gebruik {3} (ook 'rustige woonwijk', 'rustig buitengebied', 'gemengd gebied').</translation>
    </message>
    <message>
      <source>category rank must be an integer 0..{0}, got {1}; use parse_category('3.1') for labels.</source>
      <translation>de categorierang moet een geheel getal 0..{0} zijn, maar is {1}; gebruik parse_category('3.1') voor labels.</translation>
    </message>
    <message>
      <source>{0}: {1} Rows with this value: {2}.</source>
      <translation>{0}: {1} Rijen met deze waarde: {2}.</translation>
    </message>
    <message>
      <source>argument 'quad_segs' must be a positive integer (segments per quarter circle), got {0}; the default {1} keeps areas within 0.1 %.</source>
      <translation>invoer 'quad_segs' moet een positief geheel getal zijn (segmenten per kwart cirkel), maar is {0}; de standaard {1} houdt oppervlakten binnen 0,1 %.</translation>
    </message>
    <message>
      <source>distance table '{0}'</source>
      <translation>afstandentabel '{0}'</translation>
    </message>
    <message>
      <source>argument 'omgevingstype' must be one string or one value per row ({0}), got shape {1}.</source>
      <translation>invoer 'omgevingstype' moet één tekst of één waarde per rij ({0}) zijn, maar heeft vorm {1}.</translation>
    </message>
    <message>
      <source>argument 'distance_table': file '{0}' does not exist; give a CSV or TOML distance table, or None for the VNG 2009 table.</source>
      <translation>invoer 'distance_table': bestand '{0}' bestaat niet; geef een afstandentabel als CSV of TOML, of None voor de VNG-tabel van 2009.</translation>
    </message>
    <message>
      <source>distance table '{0}': expected a list of [[rows]] tables, each with 'category' (or 'zone') and 'distance_m' or aspect distances such as 'geur_m'.</source>
      <translation>afstandentabel '{0}': verwacht een lijst van [[rows]]-tabellen, elk met 'category' (of 'zone') en 'distance_m' of afstanden per aspect zoals 'geur_m'.</translation>
    </message>
    <message>
      <source>distance table '{0}': unknown top-level keys {1}; allowed: rows, name, description, source.</source>
      <translation>afstandentabel '{0}': onbekende sleutels op het hoogste niveau {1}; toegestaan: rows, name, description, source.</translation>
    </message>
    <message>
      <source>{0}: needs exactly one of the columns 'category' or 'zone'; columns found: {1}.</source>
      <translation>{0}: heeft precies één van de kolommen 'category' of 'zone' nodig; gevonden kolommen: {1}.</translation>
    </message>
    <message>
      <source>{0}: unknown aspect column(s) {1}; known aspects are {2} (verkeer, visueel, bodem and lucht are indices, not distances).</source>
      <translation>{0}: onbekende aspectkolom(men) {1}; bekende aspecten zijn {2} (verkeer, visueel, bodem en lucht zijn indices, geen afstanden).</translation>
    </message>
    <message>
      <source>{0}: unknown column(s) {1}; allowed: {2}, omgevingstype, distance_m or {3}, description.</source>
      <translation>{0}: onbekende kolom(men) {1}; toegestaan: {2}, omgevingstype, distance_m of {3}, description.</translation>
    </message>
    <message>
      <source>{0}: give either 'distance_m' or aspect distances ({1}), not both.</source>
      <translation>{0}: geef óf 'distance_m' óf afstanden per aspect ({1}), niet allebei.</translation>
    </message>
    <message>
      <source>{0}: no distance column; add 'distance_m' or aspect columns such as {1}.</source>
      <translation>{0}: geen afstandskolom; voeg 'distance_m' toe of aspectkolommen zoals {1}.</translation>
    </message>
    <message>
      <source>{0}: has no rows; add one row per {1}.</source>
      <translation>{0}: heeft geen rijen; voeg één rij per {1} toe.</translation>
    </message>
    <message>
      <source>{0}: {1} has no {2}; fill it in or remove the row.</source>
      <translation>{0}: {1} heeft geen {2}; vul het in of verwijder de rij.</translation>
    </message>
    <message>
      <source>{0}, {1}: no distance given; fill in {2}.</source>
      <translation>{0}, {1}: geen afstand opgegeven; vul {2} in.</translation>
    </message>
    <message>
      <source>{0}: no rustige_woonwijk rows; give them (rows without an omgevingstype count as rustige_woonwijk).</source>
      <translation>{0}: geen rijen rustige_woonwijk; geef ze (rijen zonder omgevingstype tellen als rustige_woonwijk).</translation>
    </message>
    <message>
      <source>{0}: {1} {2} has a gemengd_gebied row but no rustige_woonwijk row; add it.</source>
      <translation>{0}: {1} {2} heeft een rij gemengd_gebied maar geen rij rustige_woonwijk; voeg die toe.</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': the distance table '{2}' has no distance for {3} (rows {4}); add these rows to the table or use the default VNG 2009 table.</source>
      <translation>invoer '{0}', kolom '{1}': de afstandentabel '{2}' heeft geen afstand voor {3} (rijen {4}); voeg deze rijen toe aan de tabel of gebruik de standaard VNG-tabel van 2009.</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': {2} is not a zone of the distance table '{3}' (rows {4}); zones are {5}. Fix the value or add the zone to the table.</source>
      <translation>invoer '{0}', kolom '{1}': {2} is geen zone van de afstandentabel '{3}' (rijen {4}); de zones zijn {5}. Corrigeer de waarde of voeg de zone toe aan de tabel.</translation>
    </message>
    <message>
      <source>ranks must be -1..{0} for table '{1}'.</source>
      <translation>rangen moeten -1..{0} zijn voor tabel '{1}'.</translation>
    </message>
    <message>
      <source>distance table '{0}': unknown file type '{1}'; use a .csv or .toml file.</source>
      <translation>afstandentabel '{0}': onbekend bestandstype '{1}'; gebruik een .csv- of .toml-bestand.</translation>
    </message>
    <message>
      <source>distance table '{0}': invalid TOML ({1}).</source>
      <translation>afstandentabel '{0}': ongeldige TOML ({1}).</translation>
    </message>
    <message>
      <source>{0}, {1}: column '{2}' = {3} is not a number of metres; write the distance in metres (e.g. 30) or leave the cell empty.</source>
      <translation>{0}, {1}: kolom '{2}' = {3} is geen aantal meters; schrijf de afstand in meters (bijv. 30) of laat de cel leeg.</translation>
    </message>
    <message>
      <source>{0}, {1}: column '{2}' = {3} is negative; a richtafstand is 0 m or more.</source>
      <translation>{0}, {1}: kolom '{2}' = {3} is negatief; een richtafstand is 0 m of meer.</translation>
    </message>
    <message>
      <source>{0}, {1}: {2} {3} for {4} is also given in {5}; keep one row per label and omgevingstype.</source>
      <translation>{0}, {1}: {2} {3} voor {4} staat ook in {5}; houd één rij per label en omgevingstype.</translation>
    </message>
    <message>
      <source>{0}: richtafstand for {1} decreases from {2} m ({3} {4}) to {5} m ({6} {7}); distances must not decrease with a higher {8}. Fix the values or the row order.</source>
      <translation>{0}: de richtafstand voor {1} daalt van {2} m ({3} {4}) naar {5} m ({6} {7}); afstanden mogen niet dalen bij een hogere {8}. Corrigeer de waarden of de volgorde van de rijen.</translation>
    </message>
    <message>
      <source>distance table '{0}': cannot read the CSV ({1}).</source>
      <translation>afstandentabel '{0}': de CSV kan niet worden gelezen ({1}).</translation>
    </message>
    <message>
      <source>distance table '{0}': reading TOML on Python 3.10 needs the 'tomli' package (pip install tomli); or use a CSV file.</source>
      <translation>afstandentabel '{0}': TOML lezen op Python 3.10 vraagt het pakket 'tomli' (pip install tomli); of gebruik een CSV-bestand.</translation>
    </message>
    <message>
      <source>{0}, {1}: category {2} is not one milieucategorie of the 2009 table ({3}); write one row per subcategory (e.g. 4.1 and 4.2), or name the column 'zone' for labels of your own.</source>
      <translation>{0}, {1}: categorie {2} is niet één milieucategorie van de tabel van 2009 ({3}); schrijf één rij per subcategorie (bijv. 4.1 en 4.2), of noem de kolom 'zone' voor eigen labels.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' must end in .tif for a GeoTIFF.</source>
      <translation>invoer 'path': '{0}' moet op .tif eindigen voor een GeoTIFF.</translation>
    </message>
    <message>
      <source>argument 'cell_size_m': {0} m gives {1} x {2} cells over the zones (more than {3}); choose a larger cell size.</source>
      <translation>invoer 'cell_size_m': {0} m geeft {1} x {2} cellen over de zones (meer dan {3}); kies een grotere celgrootte.</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': {2} values are not yes/no (rows {3}, e.g. {4}); use true/false, 1/0 or ja/nee.</source>
      <translation>invoer '{0}', kolom '{1}': {2} waarden zijn geen ja/nee (rijen {3}, bijv. {4}); gebruik true/false, 1/0 of ja/nee.</translation>
    </message>
    <message>
      <source>argument '{0}' is given but '{1}' is not; the quay flag needs both columns (name the {2} column too, or leave both out).</source>
      <translation>invoer '{0}' is opgegeven maar '{1}' niet; de kadevlag heeft beide kolommen nodig (noem ook de kolom {2}, of laat beide weg).</translation>
    </message>
    <message>
      <source>argument 'sensitive' must hold polygons (footprints) or points (addresses), but rows {0} are lines; use the footprint layer.</source>
      <translation>invoer 'sensitive' moet polygonen (footprints) of punten (adressen) bevatten, maar rijen {0} zijn lijnen; gebruik de laag met footprints.</translation>
    </message>
    <message>
      <source>true/false {0}</source>
      <translation>waar/onwaar {0}</translation>
    </message>
    <message>
      <source>{0}, line {1}: {2}</source>
      <translation>{0}, regel {1}: {2}</translation>
    </message>
    <message>
      <source>{0}: '{1}' is a folder without BAG 2.0 Extract files (xxxxPNDddmmyyyy*.xml / .zip) (resolved to '{2}'); name the data file in it</source>
      <translation>{0}: '{1}' is een map zonder bestanden van een BAG 2.0 Extract (xxxxPNDddmmyyyy*.xml / .zip) (gevonden als '{2}'); noem het gegevensbestand erin</translation>
    </message>
    <message>
      <source>{0} is {1}, which is not a usable number; give a finite number (nan and inf are refused everywhere in the configuration)</source>
      <translation>{0} is {1}, en dat is geen bruikbaar getal; geef een eindig getal (nan en inf worden nergens in de configuratie aanvaard)</translation>
    </message>
    <message>
      <source>a whole number {0}</source>
      <translation>een geheel getal {0}</translation>
    </message>
    <message>
      <source>{0}: '{1}' is geographic (degrees); use a projected metric CRS such as "EPSG:28992"</source>
      <translation>{0}: '{1}' is geografisch (graden); gebruik een geprojecteerd CRS in meters, zoals "EPSG:28992"</translation>
    </message>
    <message>
      <source>{0} must name at least [inputs.parcels] (path and layer)</source>
      <translation>{0} moet minstens [inputs.parcels] noemen (pad en laag)</translation>
    </message>
    <message>
      <source>{0} must end in .gpkg, got {1}</source>
      <translation>{0} moet eindigen op .gpkg, maar is {1}</translation>
    </message>
    <message>
      <source>{0} must be "nl" or "en", got {1}</source>
      <translation>{0} moet "nl" of "en" zijn, maar is {1}</translation>
    </message>
    <message>
      <source>{0} must be 0 or more (0: no map frames per terrein), got {1}</source>
      <translation>{0} moet 0 of meer zijn (0: geen kaartbeelden per terrein), gekregen: {1}</translation>
    </message>
    <message>
      <source>{0} must be one of {1}, got {2}</source>
      <translation>{0} moet een van {1} zijn, gekregen: {2}</translation>
    </message>
    <message>
      <source>{0}: '{1}' has no layer {2}; layers with geometry: {3}</source>
      <translation>{0}: '{1}' heeft geen laag {2}; lagen met geometrie: {3}</translation>
    </message>
    <message>
      <source>{0}: '{1}' has {2} layers with geometry ({3}); name one with context_layer = "..."</source>
      <translation>{0}: '{1}' heeft {2} lagen met geometrie ({3}); noem er een met context_layer = "..."</translation>
    </message>
    <message>
      <source>{0}: '{1}' climbs out of the configuration's folder with '..'; use a folder inside '{2}' or set allow_outside_output = true</source>
      <translation>{0}: '{1}' gaat met '..' buiten de map van de configuratie; gebruik een map binnen '{2}' of zet allow_outside_output = true</translation>
    </message>
    <message>
      <source>{0}: '{1}' resolves to '{2}', outside the output folder '{3}'; use a plain file name, or set allow_outside_output = true</source>
      <translation>{0}: '{1}' wordt '{2}', buiten de uitvoermap '{3}'; gebruik een kale bestandsnaam, of zet allow_outside_output = true</translation>
    </message>
    <message>
      <source>{0} names '{1}', which is not an input; inputs given: {2}</source>
      <translation>{0} noemt '{1}', maar dat is geen invoer; gegeven invoer: {2}</translation>
    </message>
    <message>
      <source>{0} must be &gt;= 0 (metres)</source>
      <translation>{0} moet &gt;= 0 zijn (meter)</translation>
    </message>
    <message>
      <source>configuration file '{0}' does not exist; create one with `rve init CONFIG.toml`.</source>
      <translation>configuratiebestand '{0}' bestaat niet; maak er een met `rve init CONFIG.toml`.</translation>
    </message>
    <message>
      <source>outputs: '{0}' resolves to '{1}', outside the output folder '{2}'; use a plain file name, or set allow_outside_output = true.</source>
      <translation>outputs: '{0}' verwijst naar '{1}', buiten de uitvoermap '{2}'; gebruik een gewone bestandsnaam, of zet allow_outside_output = true.</translation>
    </message>
    <message>
      <source>configuration, line {0}: {1}</source>
      <translation>configuratie, regel {0}: {1}</translation>
    </message>
    <message>
      <source>configuration: {0}</source>
      <translation>configuratie: {0}</translation>
    </message>
    <message>
      <source>{0} must be a table, got {1}</source>
      <translation>{0} moet een tabel zijn, maar is {1}</translation>
    </message>
    <message>
      <source>{0} must be {1} or {2}, got {3}</source>
      <translation>{0} moet {1} of {2} zijn, maar is {3}</translation>
    </message>
    <message>
      <source>{0}: file '{1}' does not exist (resolved against the configuration's folder to '{2}'); fix the path</source>
      <translation>{0}: bestand '{1}' bestaat niet (gezocht vanuit de map van de configuratie: '{2}'); verbeter het pad</translation>
    </message>
    <message>
      <source>{0}: '{1}' is a folder, not a file (resolved to '{2}'); name the data file in it</source>
      <translation>{0}: '{1}' is een map, geen bestand (gevonden als '{2}'); noem het gegevensbestand erin</translation>
    </message>
    <message>
      <source>a number {0}</source>
      <translation>een getal {0}</translation>
    </message>
    <message>
      <source>{0}: unknown stage {1}; stages are {2}</source>
      <translation>{0}: onbekende stap {1}; de stappen zijn {2}</translation>
    </message>
    <message>
      <source>{0}: '{1}' is not a known CRS; use e.g. "EPSG:28992"</source>
      <translation>{0}: '{1}' is geen bekend CRS; gebruik bijv. "EPSG:28992"</translation>
    </message>
    <message>
      <source>{0} must be one of {1}; got {2}</source>
      <translation>{0} moet een van {1} zijn; gekregen: {2}</translation>
    </message>
    <message>
      <source>{0} must be a list of layer names; item {1} is {2}</source>
      <translation>{0} moet een lijst van laagnamen zijn; element {1} is {2}</translation>
    </message>
    <message>
      <source>{0} needs context = "FILE" (the file with the roads or water) in [outputs] as well</source>
      <translation>{0} vraagt ook context = "FILE" (het bestand met de wegen of het water) in [outputs]</translation>
    </message>
    <message>
      <source>{0}: '{1}' is not a readable vector file ({2}); give a GeoPackage, Shapefile or GeoJSON</source>
      <translation>{0}: '{1}' is geen leesbaar vectorbestand ({2}); geef een GeoPackage, Shapefile of GeoJSON</translation>
    </message>
    <message>
      <source>{0} needs [operations.write_gio] with {1} (the GIO identifiers; '{{layer}}' and '{{area}}' are filled in), e.g. frbr_work = "/join/id/regdata/gm0221/2026/{{layer}}"</source>
      <translation>{0} vraagt [operations.write_gio] met {1} (de identificaties van de GIO's; '{{layer}}' en '{{area}}' worden ingevuld), bijv. frbr_work = "/join/id/regdata/gm0221/2026/{{layer}}"</translation>
    </message>
    <message>
      <source>{0} must be a list of area names, got {1}</source>
      <translation>{0} moet een lijst van gebiedsnamen zijn, maar is {1}</translation>
    </message>
    <message>
      <source>{0}: area name {1} is used twice</source>
      <translation>{0}: gebiedsnaam {1} komt twee keer voor</translation>
    </message>
    <message>
      <source>area {0} has no parcels: give [inputs.parcels] or inputs.parcels in this [[areas.list]] entry</source>
      <translation>gebied {0} heeft geen kavels: geef [inputs.parcels] of inputs.parcels in dit element van [[areas.list]]</translation>
    </message>
    <message>
      <source>unknown key {0} (did you mean '{1}'?): {2} has no keyword '{3}'; its keywords are {4}</source>
      <translation>onbekende sleutel {0} (bedoelt u '{1}'?): {2} heeft geen trefwoord '{3}'; de trefwoorden zijn {4}</translation>
    </message>
    <message>
      <source>unknown key {0}: {1} has no keyword '{2}'; its keywords are {3}</source>
      <translation>onbekende sleutel {0}: {1} heeft geen trefwoord '{2}'; de trefwoorden zijn {3}</translation>
    </message>
    <message>
      <source>{0} must be {1} like its default {2}, got {3}</source>
      <translation>{0} moet {1} zijn zoals de standaardwaarde {2}, maar is {3}</translation>
    </message>
    <message>
      <source>{0}, line {1}: the file is not UTF-8 text (byte 0x{2}, probably Latin-1/Windows-1252); save it as UTF-8 (TOML files are UTF-8), e.g. in Notepad: Save as, Encoding UTF-8.</source>
      <translation>{0}, regel {1}: het bestand is geen UTF-8-tekst (byte 0x{2}, waarschijnlijk Latin-1/Windows-1252); sla het op als UTF-8 (TOML-bestanden zijn UTF-8), bijv. in Kladblok: Opslaan als, Codering UTF-8.</translation>
    </message>
    <message>
      <source>{0}: not valid TOML: {1}</source>
      <translation>{0}: geen geldige TOML: {1}</translation>
    </message>
    <message>
      <source>missing required key '{0}' in {1}</source>
      <translation>verplichte sleutel '{0}' ontbreekt in {1}</translation>
    </message>
    <message>
      <source>{0} must be {1}, got {2}</source>
      <translation>{0} moet {1} zijn, maar is {2}</translation>
    </message>
    <message>
      <source>{0} must be text (the column name in the file), got {1}</source>
      <translation>{0} moet tekst zijn (de kolomnaam in het bestand), maar is {1}</translation>
    </message>
    <message>
      <source>text {0}</source>
      <translation>tekst {0}</translation>
    </message>
    <message>
      <source>{0} = {1} differs from operations.{2}.{3} = {4}; the floor area of the buildings is computed once for every operation of the run, so give it in one section (or the same value in both)</source>
      <translation>{0} = {1} verschilt van operations.{2}.{3} = {4}; het vloeroppervlak van de panden wordt één keer berekend voor alle bewerkingen van de run, dus geef het in één sectie (of in beide dezelfde waarde)</translation>
    </message>
    <message>
      <source>{0} = {1} has no '{{area}}', so every area of this split run would publish its GIO under the same identifier; add '{{area}}', e.g. "/join/id/regdata/gm0221/2026/{{area}}_{{layer}}"</source>
      <translation>{0} = {1} bevat geen '{{area}}', zodat elk gebied van deze opgesplitste run zijn GIO onder dezelfde identificatie zou publiceren; voeg '{{area}}' toe, bijv. "/join/id/regdata/gm0221/2026/{{area}}_{{layer}}"</translation>
    </message>
    <message>
      <source>{0} must be a number like its default {1}, got {2}</source>
      <translation>{0} moet een getal zijn zoals de standaardwaarde {1}, maar is {2}</translation>
    </message>
    <message>
      <source>{0} must be a list like its default {1}, got {2}</source>
      <translation>{0} moet een lijst zijn zoals de standaardwaarde {1}, maar is {2}</translation>
    </message>
    <message>
      <source>unknown key {0} (did you mean '{1}'?); allowed keys: {2}</source>
      <translation>onbekende sleutel {0} (bedoelt u '{1}'?); toegestane sleutels: {2}</translation>
    </message>
    <message>
      <source>unknown key {0}; allowed keys: {1}</source>
      <translation>onbekende sleutel {0}; toegestane sleutels: {1}</translation>
    </message>
    <message>
      <source>a list {0}</source>
      <translation>een lijst {0}</translation>
    </message>
    <message>
      <source>{0} must be &gt;= 0</source>
      <translation>{0} moet &gt;= 0 zijn</translation>
    </message>
    <message>
      <source>{0} must be text like its default {1}, got {2}</source>
      <translation>{0} moet tekst zijn zoals de standaardwaarde {1}, maar is {2}</translation>
    </message>
    <message>
      <source>a table {0}</source>
      <translation>een tabel {0}</translation>
    </message>
    <message>
      <source>{0}{1}: 'areas.name_column' names '{2}', which inputs.{3} does not have; columns found: {4}.</source>
      <translation>{0}{1}: 'areas.name_column' noemt '{2}', die inputs.{3} niet heeft; gevonden kolommen: {4}.</translation>
    </message>
    <message>
      <source>areas.name_column '{0}' has duplicate names; area names must be unique (they name the output files).</source>
      <translation>areas.name_column '{0}' heeft dubbele namen; gebiedsnamen moeten uniek zijn (ze geven de uitvoerbestanden hun naam).</translation>
    </message>
    <message>
      <source>{0}{1}: 'areas.only' names {2}, not among the areas {3}.</source>
      <translation>{0}{1}: 'areas.only' noemt {2}, dat niet tot de gebieden {3} behoort.</translation>
    </message>
    <message>
      <source>{0}{1}: 'inputs.{2}' is a BAG 2.0 Extract ('{3}'), which has no layers or columns to name; remove 'layer' and 'columns'.</source>
      <translation>{0}{1}: 'inputs.{2}' is een BAG 2.0 Extract ('{3}'), dat geen lagen of kolommen heeft om te noemen; verwijder 'layer' en 'columns'.</translation>
    </message>
    <message>
      <source>{0}{1}: inputs.parcels of area {2} has a column {3} that differs only in case from the result column {4}; a GeoPackage cannot hold both, so the run would fail after all the work. Rename it, e.g. columns = {{ {5}_input = "{6}" }} in [inputs.parcels].</source>
      <translation>{0}{1}: inputs.parcels van gebied {2} heeft een kolom {3} die alleen in hoofdletters verschilt van de resultaatkolom {4}; een GeoPackage kan ze niet allebei bevatten, dus de berekening zou na al het werk mislukken. Hernoem hem, bijv. columns = {{ {5}_input = "{6}" }} in [inputs.parcels].</translation>
    </message>
    <message>
      <source>{0}{1}: 'inputs.{2}.columns.{3}' names column '{4}', which '{5}' does not have; columns found: {6}.</source>
      <translation>{0}{1}: 'inputs.{2}.columns.{3}' noemt kolom '{4}', die '{5}' niet heeft; gevonden kolommen: {6}.</translation>
    </message>
    <message>
      <source>output '{0}' exists{1}; pass overwrite=True (CLI: --overwrite) to replace the files rve_geo wrote there, or choose another output folder.</source>
      <translation>uitvoer '{0}' bestaat al{1}; geef overwrite=True (CLI: --overwrite) om de bestanden te vervangen die rve_geo daar schreef, of kies een andere uitvoermap.</translation>
    </message>
    <message>
      <source>output folder '{0}' is a file; choose another outputs.folder.</source>
      <translation>uitvoermap '{0}' is een bestand; kies een andere outputs.folder.</translation>
    </message>
    <message>
      <source>output folder '{0}' is not writable; choose another folder or fix its permissions. Nothing was computed.</source>
      <translation>uitvoermap '{0}' is niet schrijfbaar; kies een andere map of pas de rechten aan. Er is niets berekend.</translation>
    </message>
    <message>
      <source>areas {0} and {1} would both write '{2}' ({3}); the second would replace the first. Give the areas names that differ in letters or digits, or put '{{area}}' in outputs.gpkg.</source>
      <translation>gebieden {0} en {1} zouden allebei '{2}' schrijven ({3}); het tweede zou het eerste vervangen. Geef de gebieden namen die in letters of cijfers verschillen, of zet '{{area}}' in outputs.gpkg.</translation>
    </message>
    <message>
      <source>output folder '{0}' of area {1} is a file that rve_geo did not write; move it away or choose another output folder.</source>
      <translation>uitvoermap '{0}' van gebied {1} is een bestand dat rve_geo niet schreef; verplaats het of kies een andere uitvoermap.</translation>
    </message>
    <message>
      <source>output '{0}' of area {1} exists and was not written by rve_geo (its area GeoPackage does not list it, or it has no run_metadata layer); --overwrite replaces only rve_geo's own results. Move the file away or choose another output folder.</source>
      <translation>uitvoer '{0}' van gebied {1} bestaat al en is niet door rve_geo geschreven (de GeoPackage van het gebied noemt het niet, of het heeft geen laag run_metadata); --overwrite vervangt alleen de eigen resultaten van rve_geo. Verplaats het bestand of kies een andere uitvoermap.</translation>
    </message>
    <message>
      <source>output '{0}' appeared while running or was not written by rve_geo; not replaced.</source>
      <translation>uitvoer '{0}' verscheen tijdens de berekening of is niet door rve_geo geschreven; niet vervangen.</translation>
    </message>
    <message>
      <source>outputs: the {0} and the {1} of area {2} are both '{3}'; choose another gpkg name.</source>
      <translation>outputs: de {0} en de {1} van gebied {2} zijn allebei '{3}'; kies een andere gpkg-naam.</translation>
    </message>
    <message>
      <source>output '{0}' (the {1} of area {2}) {3} the input '{4}'{5}; inputs are never written, not even with --overwrite. Choose another outputs.folder or outputs.gpkg name.</source>
      <translation>uitvoer '{0}' (de {1} van gebied {2}) {3} de invoer '{4}'{5}; invoer wordt nooit beschreven, ook niet met --overwrite. Kies een andere outputs.folder of outputs.gpkg-naam.</translation>
    </message>
    <message>
      <source>'{0}' exists and was not written by rve_geo; it is left as it is, and the outputs of this area were not moved into place. Move it away or choose another output folder.</source>
      <translation>'{0}' bestaat al en is niet door rve_geo geschreven; het blijft zoals het is, en de uitvoer van dit gebied is niet op zijn plaats gezet. Verplaats het of kies een andere uitvoermap.</translation>
    </message>
    <message>
      <source>area '{0}' has no parcels (none has its representative point inside the area); check the area polygons and the parcels' CRS, or leave the area out with areas.only</source>
      <translation>gebied '{0}' heeft geen kavels (van geen enkele kavel ligt het representatieve punt in het gebied); controleer de gebiedspolygonen en het CRS van de kavels, of laat het gebied weg met areas.only</translation>
    </message>
    <message>
      <source>outputs.gio is set, so [operations.write_gio] needs {0} (e.g. "/join/id/regdata/gm0221/2026/{{layer}}"); see docs/pipeline.md.</source>
      <translation>outputs.gio is ingesteld, dus [operations.write_gio] heeft {0} nodig (bijv. "/join/id/regdata/gm0221/2026/{{layer}}"); zie docs/pipeline.md.</translation>
    </message>
    <message>
      <source>outputs.gio names layer '{0}', which area '{1}' did not produce; layers: {2}.</source>
      <translation>outputs.gio noemt laag '{0}', die gebied '{1}' niet maakte; lagen: {2}.</translation>
    </message>
    <message>
      <source>argument 'path': file '{0}' does not exist; check the path.</source>
      <translation>invoer 'path': bestand '{0}' bestaat niet; controleer het pad.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is a folder; name the plan's .gml file.</source>
      <translation>invoer 'path': '{0}' is een map; noem het .gml-bestand van het plan.</translation>
    </message>
    <message>
      <source>argument 'cover_share' must be a share in (0, 1], got {0}; e.g. 0.5 for half of the zone.</source>
      <translation>invoer 'cover_share' moet een aandeel in (0, 1] zijn, maar is {0}; bijv. 0.5 voor de helft van de zone.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not an IMRO bestemmingsplan: it holds none of the object types {1}{2}. Download the plan's GML (NL.IMRO.*.gml) from ruimtelijkeplannen.nl.</source>
      <translation>invoer 'path': '{0}' is geen IMRO-bestemmingsplan: het bevat geen van de objecttypen {1}{2}. Download de GML van het plan (NL.IMRO.*.gml) van ruimtelijkeplannen.nl.</translation>
    </message>
    <message>
      <source>argument 'path': {0} Maatvoering values are not numbers of 0 or more (Maatvoering {1}; e.g. {2} has waarde {3} for waardeType '{4}'). The limit changes the allowed floor area, so it cannot be left out: correct the waarde in the plan's GML to a number (e.g. 12 or 12,5), or remove the waardeType when the plan sets no limit.</source>
      <translation>argument 'path': {0} Maatvoering-waarden zijn geen getallen van 0 of meer (Maatvoering {1}; bijv. {2} heeft waarde {3} voor waardeType '{4}'). De grens verandert het toegestane vloeroppervlak en kan dus niet worden weggelaten: verbeter de waarde in de GML van het plan tot een getal (bijv. 12 of 12,5), of verwijder het waardeType als het plan geen grens stelt.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' cannot be read as GML ({1}); give the plan's IMRO GML file.</source>
      <translation>invoer 'path': '{0}' kan niet als GML worden gelezen ({1}); geef het IMRO-GML-bestand van het plan.</translation>
    </message>
    <message>
      <source>argument 'path': reading layer '{0}' of '{1}' failed: {2}</source>
      <translation>invoer 'path': lezen van laag '{0}' van '{1}' mislukt: {2}</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not well-formed XML ({1}); give the plan's IMRO GML file.</source>
      <translation>invoer 'path': '{0}' is geen goed gevormde XML ({1}); geef het IMRO-GML-bestand van het plan.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' does not exist; name the folder of the omgevingsplan delivery (OW files and GIOs).</source>
      <translation>invoer 'path': '{0}' bestaat niet; noem de map van de omgevingsplanlevering (OW-bestanden en GIO's).</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' holds no OW files (XML with root ow-dc:owBestand); is it an omgevingsplan delivery (IMOW/TPOD)?</source>
      <translation>invoer 'path': '{0}' bevat geen OW-bestanden (XML met root ow-dc:owBestand); is het een omgevingsplanlevering (IMOW/TPOD)?</translation>
    </message>
    <message>
      <source>argument 'path': {0}: Normwaarde {1} of '{2}' has kwantitatieveWaarde {3}, not a number; the limit it sets changes the allowed floor area, so it cannot be left out. Correct the kwantitatieveWaarde in the OW file to a number (e.g. 13 or 12,5) in the norm's eenheid.</source>
      <translation>argument 'path': {0}: Normwaarde {1} van '{2}' heeft kwantitatieveWaarde {3}, geen getal; de grens die zij stelt verandert het toegestane vloeroppervlak en kan dus niet worden weggelaten. Verbeter de kwantitatieveWaarde in het OW-bestand tot een getal (bijv. 13 of 12,5) in de eenheid van de norm.</translation>
    </message>
    <message>
      <source>argument 'path': {0}: Normwaarde {1} of '{2}' is {3}, outside the possible range (a height &gt;= 0 m, a percentage 0-100).</source>
      <translation>invoer 'path': {0}: Normwaarde {1} van '{2}' is {3}, buiten het mogelijke bereik (een hoogte &gt;= 0 m, een percentage 0-100).</translation>
    </message>
    <message>
      <source>argument 'gio': '{0}' does not exist.</source>
      <translation>invoer 'gio': '{0}' bestaat niet.</translation>
    </message>
    <message>
      <source>argument 'path': {0}: Gebied {1} (used by {2}) refers to GIO geometry {3}, which no delivered GIO holds; add the GIO files (gio=...).</source>
      <translation>invoer 'path': {0}: Gebied {1} (gebruikt door {2}) verwijst naar GIO-geometrie {3}, die in geen enkele geleverde GIO staat; voeg de GIO-bestanden toe (gio=...).</translation>
    </message>
    <message>
      <source>argument 'cover_share' must be a share in (0, 1], got {0}; e.g. 0.5 for half of the vlak.</source>
      <translation>invoer 'cover_share' moet een aandeel in (0, 1] zijn, maar is {0}; bijv. 0.5 voor de helft van het vlak.</translation>
    </message>
    <message>
      <source>densification_potential needs plan rules, but argument '{0}' has none of the rule columns ({1}) and no target_fsi was given; columns found: {2}. Name them with plan_rules=PlanRulesOptions(max_fsi_col=..., max_coverage_col=..., max_height_col=..., max_storeys_col=...), or give a target_fsi (the same names in rve and QGIS).</source>
      <translation>densification_potential heeft planregels nodig, maar invoer '{0}' heeft geen van de regelkolommen ({1}) en er is geen target_fsi opgegeven; gevonden kolommen: {2}. Noem ze met plan_rules=PlanRulesOptions(max_fsi_col=..., max_coverage_col=..., max_height_col=..., max_storeys_col=...), of geef een target_fsi (dezelfde namen in rve en QGIS).</translation>
    </message>
    <message>
      <source>argument '{0}' has several columns that could hold {1}: {2}; {3}</source>
      <translation>invoer '{0}' heeft meerdere kolommen die {1} kunnen bevatten: {2}; {3}</translation>
    </message>
    <message>
      <source>argument 'parcels', column '{0}': a storey height of 0 in rows {1}; give positive heights in metres.</source>
      <translation>invoer 'parcels', kolom '{0}': een verdiepingshoogte van 0 in rijen {1}; geef positieve hoogten in meters.</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': {2} coverage values are above 1 (rows {3}, e.g. {4}); they look like percentages. Give the bebouwingspercentage as a share: divide by 100 (e.g. {5} -&gt; {6}).</source>
      <translation>invoer '{0}', kolom '{1}': {2} bebouwingswaarden zijn groter dan 1 (rijen {3}, bijv. {4}); ze lijken percentages. Geef het bebouwingspercentage als aandeel: deel door 100 (bijv. {5} -&gt; {6}).</translation>
    </message>
    <message>
      <source>argument '{0}', column '{1}': {2} coverage values are above 100 (rows {3}); a bebouwingspercentage is a share between 0 and 1.</source>
      <translation>invoer '{0}', kolom '{1}': {2} bebouwingswaarden zijn groter dan 100 (rijen {3}); een bebouwingspercentage is een aandeel tussen 0 en 1.</translation>
    </message>
    <message>
      <source>argument '{0}' must be a {1}, got {2}; e.g. {3}={4}().</source>
      <translation>invoer '{0}' moet een {1} zijn, maar is {2}; bijv. {3}={4}().</translation>
    </message>
    <message>
      <source>argument 'jobs_basis' must be one of {0}; got {1}.</source>
      <translation>invoer 'jobs_basis' moet een van {0} zijn; gekregen: {1}.</translation>
    </message>
    <message>
      <source>jobs_ratios '{0}' needs the columns 'function' and 'm2_bvo_per_job'; found {1}.</source>
      <translation>jobs_ratios '{0}' heeft de kolommen 'function' en 'm2_bvo_per_job' nodig; gevonden: {1}.</translation>
    </message>
    <message>
      <source>{0}: m2 BVO per job must be &gt; 0, got {1}.</source>
      <translation>{0}: m2 bvo per baan moet &gt; 0 zijn, maar is {1}.</translation>
    </message>
    <message>
      <source>{0}: m2 BVO per job must be a number, got {1}.</source>
      <translation>{0}: m2 bvo per baan moet een getal zijn, maar is {1}.</translation>
    </message>
    <message>
      <source>jobs_ratios: file '{0}' does not exist; give a CSV with columns function,m2_bvo_per_job or a mapping.</source>
      <translation>jobs_ratios: bestand '{0}' bestaat niet; geef een CSV met de kolommen function,m2_bvo_per_job of een koppeling.</translation>
    </message>
    <message>
      <source>argument 'n_partitions' must be a positive integer, got {0}.</source>
      <translation>invoer 'n_partitions' moet een positief geheel getal zijn, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' has no {1} layer (looked for {2}); layers found: {3}. Name it with layer=...</source>
      <translation>invoer 'path': '{0}' heeft geen laag {1} (gezocht naar {2}); gevonden lagen: {3}. Noem hem met layer=...</translation>
    </message>
    <message>
      <source>argument '{0}' has no {1} column (looked for {2}); columns found: {3}.{4}</source>
      <translation>invoer '{0}' heeft geen kolom {1} (gezocht naar {2}); gevonden kolommen: {3}.{4}</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' has no layer '{1}'; layers found: {2}.</source>
      <translation>invoer 'path': '{0}' heeft geen laag '{1}'; gevonden lagen: {2}.</translation>
    </message>
    <message>
      <source>argument '{0}' has several columns that could hold {1}: {2}; name the one to use explicitly (keyword {3}_col or the CLI option).</source>
      <translation>invoer '{0}' heeft meerdere kolommen die {1} kunnen bevatten: {2}; noem expliciet de kolom die gebruikt moet worden (trefwoord {3}_col of de CLI-optie).</translation>
    </message>
    <message>
      <source>argument '{0}' has no column for {1} (looked for {2}); columns found: {3}. Name the column explicitly.</source>
      <translation>invoer '{0}' heeft geen kolom voor {1} (gezocht naar {2}); gevonden kolommen: {3}. Noem de kolom expliciet.</translation>
    </message>
    <message>
      <source>argument '{0}' has no column {1} (given for {2}); columns found: {3}.{4}</source>
      <translation>invoer '{0}' heeft geen kolom {1} (opgegeven voor {2}); gevonden kolommen: {3}.{4}</translation>
    </message>
    <message>
      <source>{0} (layer '{1}')</source>
      <translation>{0} (laag '{1}')</translation>
    </message>
    <message>
      <source>argument 'bbox' must be (xmin, ymin, xmax, ymax) with xmin &lt; xmax and ymin &lt; ymax, got {0}.</source>
      <translation>invoer 'bbox' moet (xmin, ymin, xmax, ymax) zijn met xmin &lt; xmax en ymin &lt; ymax, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not a readable vector data source ({1}).</source>
      <translation>invoer 'path': '{0}' is geen leesbare vectorgegevensbron ({1}).</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' holds verblijfsobjecten but no panden (no PND file); expected {1}.</source>
      <translation>invoer 'path': '{0}' bevat verblijfsobjecten maar geen panden (geen PND-bestand); verwacht: {1}.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not a BAG 2.0 Extract file: its root element is {1} and it holds no {2} elements in namespace {3}; expected sl-bag-extract:bagStand files of the BAG 2.0 Extract (the BAG 1.0 extract of before 2021 is not read; download a current extract or PDOK's BAG GeoPackage).</source>
      <translation>invoer 'path': '{0}' is geen bestand van het BAG 2.0 Extract: het rootelement is {1} en het bevat geen elementen {2} in namespace {3}; verwacht worden sl-bag-extract:bagStand-bestanden van het BAG 2.0 Extract (het BAG 1.0-extract van vóór 2021 wordt niet gelezen; download een actueel extract of de BAG-GeoPackage van PDOK).</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not a readable zip file ({1}); expected {2}.</source>
      <translation>invoer 'path': '{0}' is geen leesbaar zipbestand ({1}); verwacht: {2}.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' does not exist; check the path.</source>
      <translation>invoer 'path': '{0}' bestaat niet; controleer het pad.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' holds no BAG pand (PND) or verblijfsobject (VBO) files; expected {1}.</source>
      <translation>invoer 'path': '{0}' bevat geen BAG-bestanden met panden (PND) of verblijfsobjecten (VBO); verwacht: {1}.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not well-formed XML ({1}); expected a BAG 2.0 Extract XML file.</source>
      <translation>invoer 'path': '{0}' is geen goed gevormde XML ({1}); verwacht een XML-bestand van het BAG 2.0 Extract.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' holds an object whose geometry cannot be read ({1}); expected GML 3.2 gml:Polygon/gml:posList or gml:Point/gml:pos as in the BAG 2.0 Extract.</source>
      <translation>invoer 'path': '{0}' bevat een object waarvan de geometrie niet kan worden gelezen ({1}); verwacht GML 3.2 gml:Polygon/gml:posList of gml:Point/gml:pos zoals in het BAG 2.0 Extract.</translation>
    </message>
    <message>
      <source>fetch: {0} failed {1} times (last: {2}); try again later or raise retries=.</source>
      <translation>fetch: {0} is {1} keer mislukt (laatste: {2}); probeer het later opnieuw of verhoog retries=.</translation>
    </message>
    <message>
      <source>argument 'what': {0} is not one of {1}.</source>
      <translation>invoer 'what': {0} is geen van {1}.</translation>
    </message>
    <message>
      <source>no service known for {0}; name one with services={{'{1}': Service(url, collection)}} (CLI: --url {2}=URL#COLLECTION). Bedrijventerreinen have no national OGC API; use your province's werklocaties service.</source>
      <translation>geen service bekend voor {0}; noem er een met services={{'{1}': Service(url, collection)}} (CLI: --url {2}=URL#COLLECTION). Voor bedrijventerreinen bestaat geen landelijke OGC API; gebruik de werklocatiesservice van uw provincie.</translation>
    </message>
    <message>
      <source>argument 'gemeente': no municipality named {0} in {1}; check the spelling (e.g. 'Doesburg').</source>
      <translation>invoer 'gemeente': geen gemeente met de naam {0} in {1}; controleer de spelling (bijv. 'Doesburg').</translation>
    </message>
    <message>
      <source>argument 'bbox' must be (xmin, ymin, xmax, ymax) in RD New with xmin &lt; xmax and ymin &lt; ymax, got {0}.</source>
      <translation>invoer 'bbox' moet (xmin, ymin, xmax, ymax) in RD New zijn met xmin &lt; xmax en ymin &lt; ymax, maar is {0}.</translation>
    </message>
    <message>
      <source>argument 'bbox' {0} is not in the Netherlands in RD New (EPSG:28992) metres; give x 0-300000, y 300000-625000.</source>
      <translation>invoer 'bbox' {0} ligt niet in Nederland in meters RD New (EPSG:28992); geef x 0-300000, y 300000-625000.</translation>
    </message>
    <message>
      <source>fetch: the service repeats page {0}; stopped.</source>
      <translation>fetch: de service herhaalt pagina {0}; gestopt.</translation>
    </message>
    <message>
      <source>fetch: {0} did not answer JSON; is it an OGC API Features items URL?</source>
      <translation>fetch: {0} antwoordde niet met JSON; is het een items-URL van een OGC API Features?</translation>
    </message>
    <message>
      <source>fetch: {0} answered HTTP {1} ({2}); check the service URL, collection and bbox.</source>
      <translation>fetch: {0} antwoordde met HTTP {1} ({2}); controleer de URL van de service, de collection en de bbox.</translation>
    </message>
    <message>
      <source>Staat van Bedrijfsactiviteiten '{0}'</source>
      <translation>Staat van Bedrijfsactiviteiten '{0}'</translation>
    </message>
    <message>
      <source>{0}: file does not exist; give a CSV with columns sbi and categorie.</source>
      <translation>{0}: bestand bestaat niet; geef een CSV met de kolommen sbi en categorie.</translation>
    </message>
    <message>
      <source>{0}: unknown column(s) {1}; allowed: sbi, categorie (or category), omschrijving.</source>
      <translation>{0}: onbekende kolom(men) {1}; toegestaan: sbi, categorie (of category), omschrijving.</translation>
    </message>
    <message>
      <source>{0}: needs the columns 'sbi' and 'categorie'; columns found: {1}.</source>
      <translation>{0}: heeft de kolommen 'sbi' en 'categorie' nodig; gevonden kolommen: {1}.</translation>
    </message>
    <message>
      <source>{0}: has no rows; add one row per SBI code.</source>
      <translation>{0}: heeft geen rijen; voeg één rij per SBI-code toe.</translation>
    </message>
    <message>
      <source>argument 'establishments' has no SBI column (looked for {0}); columns found: {1}. Name it with sbi_col=...</source>
      <translation>invoer 'establishments' heeft geen SBI-kolom (gezocht naar {0}); gevonden kolommen: {1}. Noem hem met sbi_col=...</translation>
    </message>
    <message>
      <source>{0}: cannot read the CSV ({1}).</source>
      <translation>{0}: de CSV kan niet worden gelezen ({1}).</translation>
    </message>
    <message>
      <source>{0}: {1} has SBI code {2}, not an SBI 2008 code (1-6 digits, dots allowed, e.g. 10.13); correct or remove the row.</source>
      <translation>{0}: {1} heeft SBI-code {2}, geen SBI 2008-code (1-6 cijfers, punten toegestaan, bijv. 10.13); corrigeer of verwijder de rij.</translation>
    </message>
    <message>
      <source>{0}: {1} (SBI {2}) has no categorie; fill it in.</source>
      <translation>{0}: {1} (SBI {2}) heeft geen categorie; vul die in.</translation>
    </message>
    <message>
      <source>{0}: SBI {1} appears on {2} and {3}; keep one row per code.</source>
      <translation>{0}: SBI {1} staat op {2} en {3}; houd één rij per code.</translation>
    </message>
    <message>
      <source>argument 'path': no layer of '{0}' has an identificatie column; layers found: {1}. Use a 3D BAG tile (layers pand, lod12_2d, ...).</source>
      <translation>invoer 'path': geen laag van '{0}' heeft een kolom identificatie; gevonden lagen: {1}. Gebruik een 3D BAG-tegel (lagen pand, lod12_2d, ...).</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not a 3D BAG tile format; use the GeoPackage (.gpkg), CityJSON (.city.json) or CityJSONSeq (.city.jsonl).</source>
      <translation>invoer 'path': '{0}' is geen 3D BAG-tegelformaat; gebruik de GeoPackage (.gpkg), CityJSON (.city.json) of CityJSONSeq (.city.jsonl).</translation>
    </message>
    <message>
      <source>argument 'buildings' has no column {0} (the BAG pand identificatie); name it with id_col=... (columns found: {1}).</source>
      <translation>invoer 'buildings' heeft geen kolom {0} (de identificatie van het BAG-pand); noem hem met id_col=... (gevonden kolommen: {1}).</translation>
    </message>
    <message>
      <source>argument 'path', layer '{0}', column '{1}': {2} values are neither true nor false (rows {3}, e.g. {4}); give true or false, or leave the value empty.</source>
      <translation>invoer 'path', laag '{0}', kolom '{1}': {2} waarden zijn waar noch onwaar (rijen {3}, bijv. {4}); geef waar of onwaar, of laat de waarde leeg.</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is not valid JSON ({1}).</source>
      <translation>invoer 'path': '{0}' is geen geldige JSON ({1}).</translation>
    </message>
    <message>
      <source>argument 'path': folder '{0}' holds no 3D BAG tiles (.gpkg, .city.json, .city.jsonl).</source>
      <translation>invoer 'path': map '{0}' bevat geen 3D BAG-tegels (.gpkg, .city.json, .city.jsonl).</translation>
    </message>
    <message>
      <source>argument 'path': '{0}' is JSON but not CityJSON (no "type": "CityJSON"); use a 3D BAG CityJSON tile.</source>
      <translation>invoer 'path': '{0}' is JSON maar geen CityJSON (geen "type": "CityJSON"); gebruik een 3D BAG-tegel in CityJSON.</translation>
    </message>
    <message>
      <source>argument 'path': line {0} of '{1}' is not a CityJSONFeature; is this a CityJSONSeq file?</source>
      <translation>invoer 'path': regel {0} van '{1}' is geen CityJSONFeature; is dit een CityJSONSeq-bestand?</translation>
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
      <source>argument 'path': {0}: Normwaarde {1} of '{2}' has kwantitatieveWaarde {3}, not a number; correct the OW file.</source>
      <translation type="vanished">invoer 'path': {0}: Normwaarde {1} van '{2}' heeft kwantitatieveWaarde {3}, geen getal; corrigeer het OW-bestand.</translation>
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
      <source>clipping to zones</source>
      <translation type="vanished">afsnijden op zones</translation>
    </message>
    <message>
      <source>configuration</source>
      <translation type="vanished">configuratie</translation>
    </message>
    <message>
      <source>layer '{0}': the rows from row {1} on do not fit the field types of the rows before them.</source>
      <translation type="vanished">laag '{0}': de rijen vanaf rij {1} passen niet in de veldtypen van de rijen ervoor.</translation>
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
      <source>{0} Maatvoering objects with unreadable or negative waarde/waardeType were left empty</source>
      <translation type="vanished">{0} Maatvoering-objecten met onleesbare of negatieve waarde/waardeType zijn leeg gelaten</translation>
    </message>
    <message>
      <source>{0} establishments have no valid SBI code and are not counted</source>
      <translation type="vanished">{0} vestigingen hebben geen geldige SBI-code en tellen niet mee</translation>
    </message>
    <message>
      <source>{0}, {1}: column '{2}' = {3} is not a number of metres; fix it.</source>
      <translation type="vanished">{0}, {1}: kolom '{2}' = {3} is geen aantal meters; corrigeer het.</translation>
    </message>
  </context>
</TS>
