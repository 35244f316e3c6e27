"""Static calibration tables for build.py: code maps, bloc memberships and public figures.

Every number here is a rounded public figure or a documented estimate; see scenarios/README.md.
"""

# ISO 3166-1 alpha-2 (as used in data/unga-cyber-votes.csv) -> alpha-3 (actor ids).
# "YU" is the dataset's legacy code for Serbia.
ISO2_TO_ISO3 = dict(p.split(":") for p in """
AF:AFG AL:ALB DZ:DZA AD:AND AO:AGO AG:ATG AR:ARG AM:ARM AU:AUS AT:AUT AZ:AZE BS:BHS BH:BHR
BD:BGD BB:BRB BY:BLR BE:BEL BZ:BLZ BJ:BEN BT:BTN BO:BOL BA:BIH BW:BWA BR:BRA BN:BRN BG:BGR
BF:BFA BI:BDI KH:KHM CM:CMR CA:CAN CV:CPV CF:CAF TD:TCD CL:CHL CN:CHN CO:COL KM:COM CG:COG
CD:COD CR:CRI HR:HRV CU:CUB CY:CYP CZ:CZE CI:CIV DK:DNK DJ:DJI DM:DMA DO:DOM EC:ECU EG:EGY
SV:SLV GQ:GNQ ER:ERI EE:EST SZ:SWZ ET:ETH FJ:FJI FI:FIN FR:FRA GA:GAB GM:GMB GE:GEO DE:DEU
GH:GHA GR:GRC GD:GRD GT:GTM GN:GIN GW:GNB GY:GUY HT:HTI HN:HND HU:HUN IS:ISL IN:IND ID:IDN
IR:IRN IQ:IRQ IE:IRL IL:ISR IT:ITA JM:JAM JP:JPN JO:JOR KZ:KAZ KE:KEN KI:KIR KW:KWT KG:KGZ
LA:LAO LV:LVA LB:LBN LS:LSO LR:LBR LY:LBY LI:LIE LT:LTU LU:LUX MG:MDG MW:MWI MY:MYS MV:MDV
ML:MLI MT:MLT MH:MHL MR:MRT MU:MUS MX:MEX FM:FSM MD:MDA MC:MCO MN:MNG ME:MNE MA:MAR MZ:MOZ
MM:MMR NA:NAM NR:NRU NP:NPL NL:NLD NZ:NZL NI:NIC NE:NER NG:NGA KP:PRK MK:MKD NO:NOR OM:OMN
PK:PAK PW:PLW PA:PAN PG:PNG PY:PRY PE:PER PH:PHL PL:POL PT:PRT QA:QAT RO:ROU RU:RUS RW:RWA
WS:WSM SM:SMR SA:SAU SN:SEN SC:SYC SL:SLE SG:SGP SK:SVK SI:SVN SB:SLB SO:SOM ZA:ZAF KR:KOR
SS:SSD ES:ESP LK:LKA KN:KNA LC:LCA VC:VCT SD:SDN SR:SUR SE:SWE CH:CHE SY:SYR ST:STP TJ:TJK
TZ:TZA TH:THA TL:TLS TG:TGO TO:TON TT:TTO TN:TUN TR:TUR TM:TKM TV:TUV UG:UGA UA:UKR AE:ARE
GB:GBR US:USA UY:URY UZ:UZB VU:VUT VE:VEN VN:VNM YE:YEM YU:SRB ZM:ZMB ZW:ZWE
""".split())

# --- blocs (membership as of 2018) -------------------------------------------------------------
EU = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR".split()
NATO = ("ALB BEL BGR CAN HRV CZE DNK EST FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD NOR POL PRT ROU "
        "SVK SVN ESP TUR GBR USA").split()
G7 = "CAN FRA DEU ITA JPN GBR USA".split()
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()  # + the EU
OECD = ("AUS AUT BEL CAN CHL CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ISR ITA JPN KOR LVA LTU LUX MEX NLD "
        "NZL NOR POL PRT SVK SVN ESP SWE CHE TUR GBR USA").split()
SCO = "CHN RUS KAZ KGZ TJK UZB IND PAK".split()
CSTO = "RUS BLR KAZ KGZ TJK ARM".split()
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM".split()
GCC = "BHR KWT OMN QAT SAU ARE".split()
# Group of 77 (approximate 2018 membership: UN members of Africa, Latin America and the Caribbean,
# Asia-Pacific and the Middle East, minus the OECD and non-members listed below; Bosnia and
# Herzegovina is a member).
_NOT_G77 = set(EU + NATO + OECD + "CHN RUS BLR UKR MDA GEO ARM AZE KAZ KGZ UZB AND LIE MCO SMR SRB MNE MKD ALB CHE NOR ISL PLW TUV KIR".split())
AFRICA = ("DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN "
          "GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN "
          "TZA TGO TUN UGA ZMB ZWE").split()
OAS = ("ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC "
       "PAN PRY PER KNA LCA VCT SUR TTO USA URY VEN").split()  # Cuba listed for the hemisphere (not active)


def g77(iso3):
    return iso3 == "BIH" or iso3 not in _NOT_G77


def groups_of(iso3, extra=()):
    """The bloc labels of a UN member (groups in scenario files)."""
    out = []
    for name, lst in (("EU", EU), ("NATO", NATO), ("G7", G7), ("G20", G20), ("OECD", OECD),
                      ("SCO", SCO), ("CSTO", CSTO), ("ASEAN", ASEAN), ("GCC", GCC), ("AU", AFRICA),
                      ("OAS", OAS)):
        if iso3 in lst:
            out.append(name)
    if g77(iso3):
        out.append("G77")
    out.extend(extra)
    return out


# --- EU Council weights ------------------------------------------------------------------------
# Population on 1 January 2018 in millions (Eurostat, demo_pjan, rounded to thousands): the
# reference year of the population figures the Council used for its votes in 2019.
EU_POPULATION_2018 = {
    "DEU": 82.792, "FRA": 66.926, "GBR": 66.274, "ITA": 60.484, "ESP": 46.659, "POL": 37.977,
    "ROU": 19.531, "NLD": 17.181, "BEL": 11.399, "GRC": 10.741, "CZE": 10.610, "PRT": 10.291,
    "SWE": 10.120, "HUN": 9.778, "AUT": 8.822, "BGR": 7.050, "DNK": 5.781, "FIN": 5.513,
    "SVK": 5.443, "IRL": 4.830, "HRV": 4.105, "LTU": 2.809, "SVN": 2.067, "LVA": 1.934,
    "EST": 1.319, "CYP": 0.865, "LUX": 0.602, "MLT": 0.476,
}
EU_NAMES = {
    "AUT": "Austria", "BEL": "Belgium", "BGR": "Bulgaria", "HRV": "Croatia", "CYP": "Cyprus",
    "CZE": "Czech Republic", "DNK": "Denmark", "EST": "Estonia", "FIN": "Finland", "FRA": "France",
    "DEU": "Germany", "GRC": "Greece", "HUN": "Hungary", "IRL": "Ireland", "ITA": "Italy",
    "LVA": "Latvia", "LTU": "Lithuania", "LUX": "Luxembourg", "MLT": "Malta", "NLD": "Netherlands",
    "POL": "Poland", "PRT": "Portugal", "ROU": "Romania", "SVK": "Slovakia", "SVN": "Slovenia",
    "ESP": "Spain", "SWE": "Sweden", "GBR": "United Kingdom",
}

# --- UN GGE 2016-17 ----------------------------------------------------------------------------
# Capability = GDP 2016 in trillion current US$ (World Bank WDI, rounded): the weight of a member
# in the chair's amendment (who the chair accommodates).
GGE_MEMBERS = {
    "BLR": ("Belarus", 0.05), "BWA": ("Botswana", 0.016), "BRA": ("Brazil", 1.80),
    "CAN": ("Canada", 1.53), "CHN": ("China", 11.2), "CUB": ("Cuba", 0.09),
    "EGY": ("Egypt", 0.33), "EST": ("Estonia", 0.023), "FIN": ("Finland", 0.24),
    "FRA": ("France", 2.47), "DEU": ("Germany", 3.48), "IND": ("India", 2.29),
    "IDN": ("Indonesia", 0.93), "JPN": ("Japan", 4.92), "KAZ": ("Kazakhstan", 0.14),
    "KEN": ("Kenya", 0.07), "MEX": ("Mexico", 1.08), "NLD": ("Netherlands", 0.78),
    "RUS": ("Russia", 1.28), "SEN": ("Senegal", 0.015), "SRB": ("Serbia", 0.04),
    "KOR": ("South Korea", 1.41), "CHE": ("Switzerland", 0.67), "GBR": ("United Kingdom", 2.69),
    "USA": ("United States", 18.7),
}

# --- Paris Call private sector and civil society -----------------------------------------------
# (id, name, home ISO3) — all listed as supporters on pariscall.international
# (github:ambanum/pariscall.international, _supporters/*.md, 2019 snapshots).
PARIS_CALL_FIRMS = [
    ("MSFT", "Microsoft", "USA"), ("GOOG", "Google", "USA"), ("FB", "Facebook", "USA"),
    ("IBM", "IBM", "USA"), ("CSCO", "Cisco", "USA"), ("CRM", "Salesforce", "USA"),
    ("AES", "AES Corporation", "USA"), ("ASG", "Albright Stonebridge Group", "USA"),
    ("SIE", "Siemens", "DEU"), ("SAP", "SAP", "DEU"), ("DTE", "Deutsche Telekom", "DEU"),
    ("ALV", "Allianz", "DEU"), ("ORA", "Orange", "FRA"), ("AIR", "Airbus", "FRA"),
    ("THALES", "Thales", "FRA"), ("ATO", "Atos", "FRA"), ("CAP", "Capgemini", "FRA"),
    ("SU", "Schneider Electric", "FRA"), ("ALO", "Alstom", "FRA"), ("ACN", "Accenture", "FRA"),
    ("TEF", "Telefonica", "ESP"), ("ERIC", "Ericsson", "SWE"), ("ABB", "ABB", "SWE"),
    ("NOKIA", "Nokia", "FIN"), ("HIT", "Hitachi", "JPN"), ("FUJ", "Fujitsu", "JPN"),
    ("ACCP", "Access Partnership", "GBR"), ("KASP", "Kaspersky Lab", "RUS"),
    ("ALAD", "Aladdin R.D.", "RUS"), ("HUAW", "Huawei", "CHN"),
]
PARIS_CALL_CIVIL = [
    ("ACCESSNOW", "Access Now", "USA"), ("AFP", "Alliance for Peacebuilding", "USA"),
    ("ADRH", "Africa Digital Rights Hub", "GHA"), ("AAPTI", "Aapti Institute", "IND"),
    ("A4S", "Allied for Startups", "BEL"), ("AMNECYS", "AMNECYS (Alpine network on cyber security studies)", "FRA"),
    ("ACSRC", "ACSRC, University of Newcastle", "AUS"),
]
