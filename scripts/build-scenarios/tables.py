"""Static calibration tables for build.py: code maps, bloc memberships and public figures.

Every number here is a rounded public figure or a documented estimate; see scenarios/README.md.
"""

from decimal import ROUND_HALF_UP, Decimal

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

# --- capability of states: GDP 2017 -------------------------------------------------------------
# Capability in the cyber scenarios (paris-call-2018, un-gge-2017, gge-then-paris-call) = GDP 2017
# in trillion current US$ (World Bank, World Development Indicators, NY.GDP.MKTP.CD, as published
# in 2018-19; later revisions differ by a few per cent for some economies). Rounded to 3 significant
# digits. 2017 is the year the GGE ended and the last full year before the call. It weighs a member
# in the chair's amendment (docs/model.md: capability x salience-weighted mean of the non-yes
# positions) and orders the "largest holdouts" of `negsim run`; it does not enter an open-declaration
# decision. Three states have no WDI figure for 2017 and carry a documented estimate (3 digits are
# not meaningful there): PRK (UN Statistics Division estimate), SYR and VEN (WDI stops in 2007 and
# 2014; UN/IMF estimates of 2017 span roughly 0.015-0.02 and 0.14-0.21).
GDP_2017 = {
    # G20 and large economies
    "USA": 19.5, "CHN": 12.3, "JPN": 4.87, "DEU": 3.69, "IND": 2.65, "GBR": 2.64, "FRA": 2.59,
    "BRA": 2.06, "ITA": 1.95, "CAN": 1.65, "RUS": 1.57, "KOR": 1.62, "AUS": 1.33, "ESP": 1.31,
    "MEX": 1.16, "IDN": 1.02, "TUR": 0.852, "NLD": 0.831, "SAU": 0.689, "CHE": 0.680, "ARG": 0.644,
    "SWE": 0.541, "POL": 0.526, "BEL": 0.503, "THA": 0.455, "IRN": 0.454, "AUT": 0.417,
    "NOR": 0.399, "ARE": 0.383, "NGA": 0.376, "ISR": 0.353, "ZAF": 0.349, "SGP": 0.342,
    "IRL": 0.334, "DNK": 0.330, "MYS": 0.315, "PHL": 0.314, "COL": 0.312, "PAK": 0.305,
    "CHL": 0.277, "FIN": 0.255, "BGD": 0.250, "EGY": 0.235, "VNM": 0.224, "PRT": 0.221,
    "CZE": 0.216, "ROU": 0.212, "PER": 0.211, "NZL": 0.205, "GRC": 0.200, "VEN": 0.2,
    "IRQ": 0.187, "DZA": 0.170, "QAT": 0.167, "KAZ": 0.167, "HUN": 0.142, "AGO": 0.122,
    "KWT": 0.121, "UKR": 0.112, "MAR": 0.110, "ECU": 0.104,
    # 0.01 - 0.1 trillion
    "SVK": 0.0958, "CUB": 0.0969, "LKA": 0.0874, "ETH": 0.0818, "DOM": 0.0800, "KEN": 0.0793,
    "GTM": 0.0756, "LUX": 0.0624, "PAN": 0.0622, "BGR": 0.0590, "GHA": 0.0590, "UZB": 0.0592,
    "HRV": 0.0555, "BLR": 0.0547, "LBN": 0.0531, "SVN": 0.0486, "LTU": 0.0475, "SRB": 0.0414,
    "JOR": 0.0401, "TUN": 0.0398, "PRY": 0.0390, "BOL": 0.0375, "LVA": 0.0305, "EST": 0.0266,
    "SLV": 0.0249, "ISL": 0.0247, "CYP": 0.0229, "PNG": 0.0227, "KHM": 0.0222, "SEN": 0.0211,
    "SYR": 0.02, "BIH": 0.0181, "PRK": 0.0175, "BWA": 0.0174, "GEO": 0.0151, "GAB": 0.0149,
    "BFA": 0.0141, "NIC": 0.0138, "MUS": 0.0133, "ALB": 0.0130, "BEN": 0.0127, "MLT": 0.0125,
    "ARM": 0.0115, "MNG": 0.0114, "MKD": 0.0113, "GIN": 0.0105,
    # below 0.01 trillion
    "MDA": 0.00967, "RWA": 0.00914, "COG": 0.00870, "MCO": 0.00647, "LIE": 0.00621,
    "MRT": 0.00502, "MNE": 0.00478, "SUR": 0.00359, "AND": 0.00300, "CAF": 0.00207,
    "SMR": 0.00155,
}

# --- UN GGE 2016-17 ----------------------------------------------------------------------------
# The 25 members (A/72/327). Their capability is GDP_2017, as in every cyber scenario: the weight of
# a member in the chair's amendment (whom the chair accommodates).
GGE_MEMBERS = {
    "BLR": "Belarus", "BWA": "Botswana", "BRA": "Brazil", "CAN": "Canada", "CHN": "China",
    "CUB": "Cuba", "EGY": "Egypt", "EST": "Estonia", "FIN": "Finland", "FRA": "France",
    "DEU": "Germany", "IND": "India", "IDN": "Indonesia", "JPN": "Japan", "KAZ": "Kazakhstan",
    "KEN": "Kenya", "MEX": "Mexico", "NLD": "Netherlands", "RUS": "Russia", "SEN": "Senegal",
    "SRB": "Serbia", "KOR": "South Korea", "CHE": "Switzerland", "GBR": "United Kingdom",
    "USA": "United States",
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
    ("SU", "Schneider Electric", "FRA"), ("ALO", "Alstom", "FRA"), ("ACN", "Accenture", "IRL"),
    ("TEF", "Telefonica", "ESP"), ("ERIC", "Ericsson", "SWE"), ("ABB", "ABB", "CHE"),
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

# --- capability of firms and civil society -----------------------------------------------------
# Firms: 2017 revenue from the annual reports (id -> (amount in billions, currency, period)),
# converted at the 2017 annual average rate and expressed in trillion US$, 3 significant digits
# (FIRM_CAPABILITY below), the same unit as GDP_2017. Fiscal years ending in 2017 or early 2018.
FIRM_REVENUE_2017 = {
    "MSFT": (90.0, "USD", "FY to 30 Jun 2017"), "GOOG": (110.9, "USD", "Alphabet, 2017"),
    "FB": (40.65, "USD", "2017"), "IBM": (79.14, "USD", "2017"),
    "CSCO": (48.0, "USD", "FY to 29 Jul 2017"), "CRM": (10.48, "USD", "FY to 31 Jan 2018"),
    "AES": (10.53, "USD", "2017"), "ACN": (34.85, "USD", "FY to 31 Aug 2017"),
    "ABB": (34.31, "USD", "2017"), "KASP": (0.698, "USD", "2017, IFRS global revenue"),
    "HUAW": (92.55, "USD", "2017, USD figure of the annual report (CNY 603.6 bn)"),
    "SIE": (83.0, "EUR", "FY to 30 Sep 2017"), "SAP": (23.46, "EUR", "2017"),
    "DTE": (74.95, "EUR", "2017"), "ALV": (126.1, "EUR", "2017, total revenues"),
    "ORA": (41.10, "EUR", "2017"), "AIR": (66.77, "EUR", "2017"), "THALES": (15.80, "EUR", "2017"),
    "ATO": (12.69, "EUR", "2017"), "CAP": (12.79, "EUR", "2017"), "SU": (24.74, "EUR", "2017"),
    "ALO": (7.95, "EUR", "FY to 31 Mar 2018"), "TEF": (52.01, "EUR", "2017"),
    "NOKIA": (23.15, "EUR", "2017"), "ERIC": (201.3, "SEK", "2017"),
    "HIT": (9369.0, "JPY", "FY to 31 Mar 2018"), "FUJ": (4098.0, "JPY", "FY to 31 Mar 2018"),
}
# US$ per unit of currency, 2017 annual averages (ECB euro reference rate 1.1297 USD/EUR; Sveriges
# Riksbank 8.54 SEK/USD; US Federal Reserve H.10 112.1 JPY/USD).
USD_PER_2017 = {"USD": 1.0, "EUR": 1.1297, "SEK": 1 / 8.54, "JPY": 1 / 112.1}
# Private firms that publish no annual report (Albright Stonebridge Group, Access Partnership,
# Aladdin R.D.): an order-of-magnitude placeholder of US$100 million, 0.0001 trillion.
PRIVATE_FIRM_CAPABILITY = 0.0001
# Civil-society groups: a small documented constant (0.0001 trillion, US$100 million, above the
# budgets of these groups): they count in no chair's amendment and rank below every state and firm
# with a published figure among the holdouts.
CIVIL_CAPABILITY = 0.0001


def sig3(v):
    """v > 0 rounded to 3 significant digits, halves up (on the shortest decimal form of v)."""
    d = Decimal(repr(v))
    return float(d.quantize(Decimal(1).scaleb(d.adjusted() - 2), rounding=ROUND_HALF_UP))


def firm_capability(fid):
    """Capability of a Paris Call firm: 2017 revenue in trillion US$ (3 significant digits)."""
    if fid not in FIRM_REVENUE_2017:
        return PRIVATE_FIRM_CAPABILITY
    amount, cur, _ = FIRM_REVENUE_2017[fid]
    return sig3(amount * USD_PER_2017[cur] / 1000.0)


def state_capability(iso3):
    """Capability of a state: GDP 2017 in trillion current US$; fails loudly on a missing figure."""
    if iso3 not in GDP_2017:
        raise KeyError(f"no GDP 2017 figure for {iso3} in tables.GDP_2017")
    return GDP_2017[iso3]

