<?xml version='1.0' encoding='UTF-8'?>
<!-- ================================================= --><!-- technisch voorbeeldbestand voor IMRO2012.xsd  versie 1.0.0      --><!-- 20111205 --><!-- gemaakt op basis van IMRO2008 bestand, voorbeeldplan NL.IMRO.0999.BP2008000001-0005  --><!-- schema ok --><!-- SF 2 ok --><!-- OCL constraints, naar verwachting ok  a1 tm b 26--><!-- Schematron --><!-- ================================================= --><imro:FeatureCollectionIMRO xmlns:imro="http://www.geonovum.nl/imro/2012/1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="Collectie" xsi:schemaLocation="http://www.geonovum.nl/imro/2012/1.0 http://schemas.geonovum.nl/imro/2012/1.0/IMRO2012.xsd">
	<!-- Extract of realdata/imro/durperveld_2012_10.gml (Geonovum example plan Durperveld, IMRO2012): whole featureMembers kept by gml:id; see tests/data/PROVENANCE.md --><imro:featureMember>
		<imro:MetadataIMRObestand gml:id="Metadata">
			<imro:datasetTitel>Testplan bestemmingsplan Durperveld</imro:datasetTitel>
			<imro:creatiedatum>2012-01-04</imro:creatiedatum>
			<imro:bronbeheerder>ministerie van I en M</imro:bronbeheerder>
			<imro:codeerVerantwoordelijke>Geonovum, Sonsbeek Adviseurs</imro:codeerVerantwoordelijke>
			<imro:naamApplicatieschema>IMRO2012</imro:naamApplicatieschema>
			<imro:codeReferentiesysteem>28992</imro:codeReferentiesysteem>
			<imro:toepassingsschaal>1000</imro:toepassingsschaal>
			<imro:applicatieIdentificatie>Altova XMLSpy sp1</imro:applicatieIdentificatie>
			<imro:versieXMLschema>1.0.0</imro:versieXMLschema>
		</imro:MetadataIMRObestand>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bestemmingsplangebied gml:id="NL.IMRO.0999.BP2012000001-0005">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>0999.BP2012000001</imro:lokaalID>
					<imro:versie>9005</imro:versie>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlan>bestemmingsplan</imro:typePlan>
			<imro:beleidsmatigVerantwoordelijkeOverheid>gemeentelijke overheid</imro:beleidsmatigVerantwoordelijkeOverheid>
			<imro:naamOverheid>Durperdam</imro:naamOverheid>
			<imro:overheidsCode>0999</imro:overheidsCode>
			<imro:naam>Bestemmingsplan Durperveld</imro:naam>
			<imro:planstatusInfo>
				<imro:PlanstatusEnDatum>
					<imro:planstatus>vastgesteld</imro:planstatus>
					<imro:datum>2008-08-13</imro:datum>
				</imro:PlanstatusEnDatum>
			</imro:planstatusInfo>
			<imro:besluitnummer>GEM2008-3044</imro:besluitnummer>
			<imro:verwijzingNaarVaststellingsbesluit>vb_NL.IMRO.0999.BP2012000001-0005.pdf</imro:verwijzingNaarVaststellingsbesluit>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentiePG_BP>
					<imro:verwijzingNaarTekst>t_NL.IMRO.0999.BP2012000001-0005.pdf</imro:verwijzingNaarTekst>
					<imro:typeTekst>toelichting</imro:typeTekst>
				</imro:TekstReferentiePG_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentiePG_BP>
					<imro:verwijzingNaarTekst>b_NL.IMRO.0999.BP2012000001-0005_inhoud.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>bijlage bij toelichting</imro:typeTekst>
				</imro:TekstReferentiePG_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentiePG_BP>
					<imro:verwijzingNaarTekst>b_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>bijlage bij regels</imro:typeTekst>
				</imro:TekstReferentiePG_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentiePG_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentiePG_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:ondergrondInfo>
				<imro:OndergrondReferentie>
				
					<imro:ondergrondtype>grootschalige basiskaart (GBK)</imro:ondergrondtype>
					<imro:ondergronddatum>2007-03-01</imro:ondergronddatum>
				</imro:OndergrondReferentie>
			</imro:ondergrondInfo>
			<imro:verwijzingNorm>IMRO2012</imro:verwijzingNorm>
			<imro:verwijzingNorm>PRBP2012</imro:verwijzingNorm>
			<imro:geometrie>
					<gml:Surface gml:id="d1e138" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:Ring>
									<gml:curveMember>
										<gml:Curve gml:id="d1e150">
											<gml:segments>
												<gml:LineStringSegment>
													<gml:posList>222815.555 433772.664 222817.238
												433792.989 222815.977 433792.418 222814.661
												433791.987 222813.278 433791.697 222811.116
												433791.552 222715.978 433797.298</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222715.978 433797.298 222665.613
												433796.283 222616.297 433786.01</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222616.297 433786.01 222609.722
												433783.838 222584.961 433773.624</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222584.961 433773.624 222577.248
												433770.084 222569.627 433766.351</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222569.627 433766.351 222549.016
												433756.423 222532.901 433748.769 222529.713
												433747.401 222499.667 433731.448 222490.989
												433725.196 222471.708 433712.543 222418.968
												433683.379 222372.248 433657.13 222222.273
												433573.967 222230.238 433560.977 222241.873
												433542.934 222244.355 433535.935 222258.182
												433513.001 222267.344 433498.523 222275.742
												433484.182 222312.702 433422.964 222318.041
												433414.735 222349.083 433363.401 222379.012
												433313.412 222402.04 433280.316 222424.149
												433251.747 222456.184 433210.771 222470.71
												433191.905 222477.523 433183.056 222494.707
												433161.069 222513.085 433137.327 222525.072
												433122.339 222546.161 433095.079 222563.978
												433072.439 222595.977 433031.237 222609.949
												433013.676 222617.29 433005.968 222628.664
												432994.947 222631.646 432992.262 222633.902
												432990.521 222636.455 432989.194 222642.877
												432986.422 222645.853 432985.442 222649.345
												432984.518 222652.106 432980.077 222660.478
												432979.416 222718.524 432973.625 222728.467
												432971.839 222732.969 432971.258 222737.493
												432970.827 222742.236 432970.539 222746.991
												432970.413 222751.907 432970.42 222756.825
												432970.544 222766.298 432971.072 222771.259
												432971.522 222776.21 432972.112 222781.32
												432972.864 222786.412 432973.751 222795.765
												432975.688 222800.181 432976.774 222804.563
												432977.992 222813.261 432980.621 222818.199
												432982.387 222823.101 432984.258 222828.038
												432986.261 222832.93 432988.38 222837.042
												432990.323 222841.091 432992.407 222849.064
												432996.885 222870.81 433010.419 222891.05
												433022.879 222892.868 433024.24 222928.879
												433046.402 222955.044 433062.718 222964.075
												433068.174 222971.132 433071.914 222975.889
												433074.187 222980.663 433076.288 222987.836
												433079.181 222992.525 433080.844 222997.28
												433082.332 223001.739 433083.557 223006.239
												433084.641 223012.256 433085.893 223016.578
												433086.506 223019.813 433087.096</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223019.813 433087.096 223024.229
												433088.598 223028.796 433089.543</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223028.796 433089.543 223042.626
												433091.897 223048.629 433091.924 223050.805
												433092.769</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223050.805 433092.769 223054.122
												433094.946 223056.872 433097.807</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223056.872 433097.807 223057.402
												433098.538</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223057.402 433098.538 223058.611
												433100.578 223059.537 433102.761</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223059.537 433102.761 223060.139
												433104.871 223060.506 433123.703 223060.463
												433125.817 223059.878 433132.568 223059.483
												433138.448 223054.967 433194.135 223047.304
												433285.787</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223047.304 433285.787 223046.313
												433300.25 223045.561 433314.728</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>223045.561 433314.728 223045.053
												433330.333 223044.902 433345.946</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223044.902 433345.946 223045.074
												433361.137 223045.487 433375.945</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223045.487 433375.945 223046.13
												433391.017 223046.992 433406.078</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>223046.992 433406.078 223048.079
												433419.155 223049.347 433432.216</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223049.347 433432.216 223051.009
												433446.773 223054.585 433475.643 223055.753
												433482.713</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223055.753 433482.713 223055.983
												433484.411 223055.975 433486.124</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223055.975 433486.124 223056.535
												433490.802 223058.492 433505.309 223060.201
												433519.968 223060.537 433522.31 223063.958
												433551.379 223067.973 433587.708 223071.725
												433624.292 223073.773 433645.312 223075.723
												433669.028 223079.752 433714.95 223083.809
												433759.412 223085.659 433782.582 223085.973
												433793.033</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223085.973 433793.033 223085.814
												433796.589 223084.464 433799.882</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223084.464 433799.882 223083.12
												433800.444 223067.403 433804.459 223066.732
												433804.626</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>223066.732 433804.626 223057.595
												433805.976 223048.391 433806.736</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>223048.391 433806.736 223033.806
												433807.112 223019.219 433806.783</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>223019.219 433806.783 223009.593
												433805.971 223000 433804.831</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>223000 433804.831 222996.125
												433804.172</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222996.125 433804.172 222978.08
												433800.849 222960.429 433795.842</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222960.429 433795.842 222948.897
												433791.823 222935.058 433787.378 222932.329
												433786.657</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222932.329 433786.657 222919.784
												433783.553 222907.128 433780.941</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222907.128 433780.941 222888.311
												433778.718 222877.069 433777.705 222856.802
												433777.332</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222856.802 433777.332 222855.144
												433777.263 222853.497 433777.055</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>222853.497 433777.055 222849.214
												433775.827 222845.314 433773.671</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>222845.314 433773.671 222841.797
												433771.775 222837.92 433770.804</gml:posList>
												</gml:Arc>
												<gml:Arc>
													<gml:posList>222837.92 433770.804 222836.514
												433770.696 222835.103 433770.711</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222835.103 433770.711 222820.759
												433770.403 222819.208 433770.554 222818.468
												433770.763 222817.353 433771.223 222816.46
												433771.809 222815.555 433772.664</gml:posList>
												</gml:LineStringSegment>
											</gml:segments>
										</gml:Curve>
									</gml:curveMember>
								</gml:Ring>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Bestemmingsplangebied>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.088">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>088</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			
			<imro:naam>Bedrijventerrein</imro:naam>
			<imro:bestemmingshoofdgroep>bedrijventerrein</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>BT</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e849" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222757.326 433572.493 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e862" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222720.8 433660.874 222704.559 433639.645
										222703.397 433636.935 222702.429 433635.128 222701.091
										433631.038 222700.816 433628.416 222701.009 433625.124
										222701.655 433622.349 222703.333 433616.669 222706.624
										433608.215 222708.542 433602.407 222720.411 433572.318
										222730.618 433544.7 222738.283 433524.899 222743.846
										433509.695 222754.521 433481.469 222817.333 433498.148
										222809.877 433527.861 222794.335 433585.553 222790.177
										433592.999 222771.888 433615.332 222757.13 433633.5 222720.8
										433660.874</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
							<gml:interior>
								<gml:LinearRing>
									<gml:posList>222714.859 433611.604 222711.44 433610.38
										222713.569 433604.432 222716.988 433605.656 222714.859
										433611.604</gml:posList>
								</gml:LinearRing>
							</gml:interior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.114">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>114</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			
			<imro:naam>Bedrijventerrein</imro:naam>
			<imro:bestemmingshoofdgroep>bedrijventerrein</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>BT</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e939" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222594.587 433722.032 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e952" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222589.799 433765.081 222567.148 433755.043
										222555.526 433748.222 222553.978 433747.425 222540.611
										433739.534 222539.611 433722.18 222566.459 433681.207
										222575.316 433666.027 222584.647 433670.364 222586.846
										433671.386 222595.805 433676.184 222605.758 433681.096
										222630.792 433693.222 222634.298 433694.711 222644.841
										433699.628 222663.798 433708.937 222589.799
										433765.081</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.116">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>116</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			
			<imro:naam>Bedrijventerrein</imro:naam>
			<imro:bestemmingshoofdgroep>bedrijventerrein</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>BT</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e1020" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222651.264 433596.303 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e1033" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222703.83 433672.364 222694.805 433679.752
										222683.617 433688.079 222673.127 433696.081 222666.046
										433701.674 222661.297 433699.51 222645.102 433691.235
										222635.045 433686.51 222615.083 433676.667 222588.282
										433663.71 222606.993 433629.129 222607.926 433626.583
										222613.13 433616.345 222617.221 433608.036 222617.732
										433606.629 222619.01 433604.2 222620.996 433597.612
										222637.939 433560.811 222643.997 433546.723 222648.276
										433538.026 222653.905 433523.302 222655.33 433519.36
										222662.408 433497.717 222669.011 433478.785 222677.226
										433452.955 222695.48 433459.664 222705.639 433463.532
										222736.618 433475.047 222734.8 433480.062 222719.934
										433519.193 222718.71 433522.782 222684.37 433613.87
										222682.91 433618.71 222682.3 433621.59 222681.84 433625.71
										222681.84 433629.98 222682.74 433637.414 222684.397
										433641.937 222685.244 433643.895 222687.129 433647.741
										222690.315 433651.999 222689.263 433652.856 222703.83
										433672.364</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.062">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>062</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
		
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>18</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.0999.BP2012000001-0005.htm</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>W</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e8321" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222981.179 433718.591 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e8334" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222999.681 433714.483 223013.31 433714.828
										223028.286 433715.764 223027.428 433737.903 223025.098
										433741.049 223023.433 433743.029 222996.265 433742.22
										222996.119 433744.809 222960.876 433743.663 222961.153
										433736.545 222943.644 433735.981 222937.335 433737.398
										222935.298 433729.574 222922.586 433706.946 222940.65
										433702.388 222954.495 433698.782 222958.093 433697.879
										222961.658 433713.222 222976.701 433713.348 222988.381
										433714.07 222999.681 433714.483</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Functieaanduiding gml:id="NL.IMRO.376">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>376</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>functieaanduiding</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.088"/>
			<imro:naam>bedrijf tot en met categorie 2</imro:naam>
		
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>(b≤2)</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e10790" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222746.233 433593.014 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e10803" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222790.177 433592.999 222771.888 433615.332
										222757.13 433633.5 222720.8 433660.874 222704.559 433639.645
										222703.397 433636.935 222702.429 433635.128 222701.091
										433631.038 222700.816 433628.416 222701.009 433625.124
										222701.655 433622.349 222703.333 433616.669 222706.624
										433608.215 222708.542 433602.407 222720.411 433572.318
										222730.618 433544.7 222738.283 433524.899 222743.846
										433509.695 222754.521 433481.469 222817.333 433498.148
										222809.877 433527.861 222794.335 433585.553 222790.177
										433592.999</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
							<gml:interior>
								<gml:LinearRing>
									<gml:posList>222714.859 433611.604 222711.44 433610.38
										222713.569 433604.432 222716.988 433605.656 222714.859
										433611.604</gml:posList>
								</gml:LinearRing>
							</gml:interior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Functieaanduiding>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Functieaanduiding gml:id="NL.IMRO.375">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>375</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>functieaanduiding</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.114"/>
			<imro:naam>bedrijf tot en met categorie 3.1</imro:naam>
		
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>(b≤3)</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e10864" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222588.155 433714.428 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e10877" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222589.799 433765.081 222567.148 433755.043
										222555.526 433748.222 222553.978 433747.425 222540.611
										433739.534 222539.611 433722.18 222566.459 433681.207
										222575.316 433666.027 222586.846 433671.386 222595.805
										433676.184 222605.758 433681.096 222630.792 433693.222
										222634.298 433694.711 222644.841 433699.628 222663.798
										433708.937 222589.799 433765.081</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Functieaanduiding>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Functieaanduiding gml:id="NL.IMRO.377">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>377</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>functieaanduiding</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.116"/>
			<imro:naam>bedrijf tot en met categorie 3.1</imro:naam>
		
			<imro:labelInfo>
				<imro:Label>
					<imro:tekst>(b≤3)</imro:tekst>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e10929" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222638.934 433638.892 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:Label>
			</imro:labelInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e10942" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222718.71 433522.782 222684.37 433613.87 222682.91
										433618.71 222682.3 433621.59 222681.84 433625.71 222681.84
										433629.98 222682.74 433637.414 222684.397 433641.937
										222685.244 433643.895 222687.129 433647.741 222690.315
										433651.999 222689.263 433652.856 222703.83 433672.364
										222694.805 433679.752 222680.368 433690.557 222673.127
										433696.081 222666.046 433701.674 222661.297 433699.51
										222645.102 433691.235 222635.045 433686.51 222615.083
										433676.667 222588.282 433663.71 222606.993 433629.129
										222607.926 433626.583 222613.13 433616.345 222617.221
										433608.036 222617.732 433606.629 222619.01 433604.2
										222620.996 433597.612 222637.939 433560.811 222643.997
										433546.723 222648.276 433538.026 222653.905 433523.302
										222655.33 433519.36 222662.395 433497.756 222669.502
										433477.217 222677.226 433452.955 222695.48 433459.664
										222705.639 433463.532 222736.618 433475.047 222732.702
										433485.749 222719.934 433519.193 222718.71
										433522.782</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Functieaanduiding>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.023">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>023</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.062"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Surface gml:id="d1e12176" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222958.093 433697.879 222961.658 433713.222
										222976.701 433713.348 222988.381 433714.07 222999.681
										433714.483 223013.31 433714.828 223026.644 433715.661
										223026.052 433729.403 223021.806 433729.22 223021.688
										433732.418 223021.045 433741.149 222996.363 433740.226
										222996.445 433738.57 222993.721 433738.475 222993.572
										433742.711 222981.31 433742.282 222981.457 433738.056
										222961.122 433737.341 222961.311 433732.453 222951.833
										433731.739 222939 433734.841 222934.783 433717.417
										222930.657 433718.433 222927.521 433705.701 222940.65
										433702.388 222958.093 433697.879</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.033">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>033</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.088"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Surface gml:id="d1e12612" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:Ring>
									<gml:curveMember>
										<gml:Curve gml:id="d1e12624">
											<gml:segments>
												<gml:LineStringSegment>
													<gml:posList>222801.458 433539.047 222789.86
												433583.311 222786.026 433590.178 222754.914
												433628.307 222755.472 433629.064 222722.184
												433654.08 222707.563 433634.603</gml:posList>
												</gml:LineStringSegment>
												<gml:Arc>
													<gml:posList>222707.563 433634.603 222705.51
												433630.115 222705.246 433625.187</gml:posList>
												</gml:Arc>
												<gml:LineStringSegment>
													<gml:posList>222705.246 433625.187 222757.594
												433487.458 222811.243 433501.704 222802.471
												433535.182 222802.86 433535.33 222801.458
												433539.047</gml:posList>
												</gml:LineStringSegment>
											</gml:segments>
										</gml:Curve>
									</gml:curveMember>
								</gml:Ring>
							</gml:exterior>
							<gml:interior>
								<gml:LinearRing>
									<gml:posList>222714.859 433611.604 222711.44 433610.38
										222713.569 433604.432 222716.988 433605.656 222714.859
										433611.604</gml:posList>
								</gml:LinearRing>
							</gml:interior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.034">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>034</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.114"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Surface gml:id="d1e12686" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222552.47 433738.34 222566.723 433719.168
										222561.278 433715.096 222585.669 433676.842 222616.102
										433691.662 222653.339 433709.388 222618.759 433735.558
										222608.024 433749.952 222587.522 433734.825 222578.629
										433728.099 222564.282 433747.208 222552.47
										433738.34</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.035">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>035</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.116"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Surface gml:id="d1e12727" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222698.87 433670.504 222663.759 433696.303
										222594.391 433662.776 222623.528 433606.349 222642.507
										433562.844 222652.896 433539.945 222660.047 433521.022
										222667.2 433499.159 222674.247 433478.793 222680.481
										433459.212 222730.097 433478.228 222672.058 433634.009
										222698.87 433670.504</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.048">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>048</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.062"/>
			<imro:naam>maatvoering</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e16322" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>223002.199 433731.593 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>12</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e16359" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222927.521 433705.701 222940.65 433702.388
										222954.495 433698.782 222958.093 433697.879 222961.658
										433713.222 222976.701 433713.348 222988.381 433714.07
										222999.681 433714.483 223013.31 433714.828 223026.644
										433715.661 223026.052 433729.403 223021.806 433729.22
										223021.688 433732.418 223021.045 433741.149 223016.933
										433740.995 222996.363 433740.226 222996.445 433738.57
										222993.721 433738.475 222993.572 433742.711 222981.31
										433742.282 222981.457 433738.056 222961.122 433737.341
										222961.153 433736.545 222961.287 433733.105 222961.311
										433732.453 222951.833 433731.739 222943.131 433733.843
										222939 433734.841 222934.783 433717.417 222930.657
										433718.433 222927.521 433705.701</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.044">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>044</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.0999.BP2012000001-0005"/>
			<imro:bestemmingsvlak xlink:href="#NL.IMRO.062"/>
			<imro:naam>maatvoering</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s109</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="d1e16845" srsName="urn:ogc:def:crs:EPSG::28992">
									<gml:pos>222993.229 433726.47 </gml:pos>
								</gml:Point>
							</imro:plaatsingspunt>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>50</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Surface gml:id="d1e16870" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:patches>
						<gml:PolygonPatch>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>222927.521 433705.701 222940.65 433702.388
										222954.495 433698.782 222958.093 433697.879 222961.658
										433713.222 222976.701 433713.348 222988.381 433714.07
										222999.681 433714.483 223013.31 433714.828 223026.644
										433715.661 223026.052 433729.403 223021.806 433729.22
										223021.688 433732.418 223021.045 433741.149 223016.933
										433740.995 222996.363 433740.226 222996.445 433738.57
										222993.721 433738.475 222993.572 433742.711 222981.31
										433742.282 222981.457 433738.056 222961.122 433737.341
										222961.153 433736.545 222961.287 433733.105 222961.311
										433732.453 222951.833 433731.739 222943.131 433733.843
										222939 433734.841 222934.783 433717.417 222930.657
										433718.433 222927.521 433705.701</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:PolygonPatch>
					</gml:patches>
				</gml:Surface>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	</imro:FeatureCollectionIMRO>