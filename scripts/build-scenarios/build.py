#!/usr/bin/env python3
"""Builds the shipped negsim scenarios (scenarios/*.json) from the public data extracts.

Usage:  python3 scripts/build-scenarios/build.py [DATA_DIR] [--out DIR] [--negsim CMD] [--mc N]
                                                 [--tables] [--quiet]

DATA_DIR defaults to the repository's data/ folder (data/README.md names every file's source);
--out defaults to the repository's scenarios/ folder; --negsim is the negsim command line to
calibrate and check with (default: the repository's ./negsim launcher). The script is
deterministic (standard library only): the same data give byte-identical JSON.

There is one implementation of the model, negsim's: every gain, peer support and outcome the
script calibrates against or checks comes from `negsim run` (engine.py). Besides writing the JSON
it prints, per scenario, the outcome of a temperature-0 negsim run, optionally the outcome
frequencies of --mc runs at the scenario's own temperature (a negsim sweep) and per-actor tables
(--tables), and checks the outcomes against the historical record; it exits with 1 if one fails.

Calibration idea (see scenarios/README.md): on every issue with status quo q and text x an
actor's position is set from an "attitude" a in [-1, 1]: p = q + (x - q)(1 + a)/2, so that the
issue contributes s * a * |x - q| to its gain (a = 1: wants the text, a = -1: wants the status
quo, a = 0: indifferent). |a| > 1 places the ideal point beyond the text or the status quo,
which changes nothing in the gain but matters for the chair's amendments.
"""
import argparse
import csv
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the source folder clean
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tables as T  # noqa: E402
from engine import Negsim  # noqa: E402

REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
# The negsim command every calibration and check runs (set from --negsim in main()).
NEG = Negsim([os.path.join(REPO, "negsim")])


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def r3(v):
    """Rounds to 3 decimals (positions, saliences) and normalises -0.0."""
    v = round(v, 3)
    return 0.0 if v == 0 else v


def pos_from_attitude(q, x, a):
    """Ideal point on an issue with status quo q and text x for attitude a (see module doc)."""
    if x == q:
        return min(1.0, max(0.0, q + 0.5 * a))
    if -1.0 <= a <= 1.0:
        p = q + (x - q) * (1.0 + a) / 2.0
    elif a > 1.0:  # beyond the text, toward the end of the scale the text points to
        end = 1.0 if x > q else 0.0
        p = x + (a - 1.0) * (end - x)
    else:  # beyond the status quo, away from the text
        end = 0.0 if x > q else 1.0
        p = q + (-1.0 - a) * (end - q)
    return r3(min(1.0, max(0.0, p)))


def positions(issues, text, att):
    """issues: list of issue dicts; text: id->value; att: id->attitude."""
    return {i["id"]: pos_from_attitude(i["statusQuo"], text[i["id"]], att[i["id"]]) for i in issues}


def saliences(issues, sal):
    tot = sum(sal[i["id"]] for i in issues)
    return {i["id"]: r3(sal[i["id"]] / tot) for i in issues}


def read_csv(data, name):
    with open(os.path.join(data, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def unga_votes(data):
    """iso3 -> {resolution: vote} and iso3 -> name, from unga-cyber-votes.csv."""
    votes, names = {}, {}
    for row in read_csv(data, "unga-cyber-votes.csv"):
        iso3 = T.ISO2_TO_ISO3[row["country_code"]]
        names[iso3] = "Serbia" if row["country_code"] == "YU" else row["country"]
        votes[iso3] = {k: v for k, v in row.items() if k.startswith("A/RES/")}
    return votes, names


def western_alignment(votes):
    """Alignment in [-1, 1] of a state's 2018-19 cyber votes with the US (+1) or Russia (-1).

    Over the six resolutions of unga-cyber-votes.csv, on each resolution where the United States
    and the Russian Federation voted differently: +1 for the US vote, -1 for Russia's, 0 otherwise
    (abstain, absent or a third choice); the mean over those resolutions.
    """
    us, ru = votes["USA"], votes["RUS"]
    split = [k for k in us if us[k] != ru[k]]
    out = {}
    for iso3, v in votes.items():
        s = 0.0
        for k in split:
            if v[k] == us[k]:
                s += 1
            elif v[k] == ru[k]:
                s -= 1
        out[iso3] = s / len(split)
    return out


def month_round(date_text, start=(2018, 11)):
    """Round of a monthly scale whose round 1 is the month `start` (year, month)."""
    y, m = int(date_text[:4]), int(date_text[5:7])
    return (y - start[0]) * 12 + (m - start[1]) + 1


# ---------------------------------------------------------------------------------------------
# Paris Call population (shared by paris-call-2018 and gge-then-paris-call)
# ---------------------------------------------------------------------------------------------

# States of data/paris-call-states.csv whose launch status is "unknown" and that the calibration
# places at the launch (51 states signed at launch: the 29 "Y" rows, France included, plus 22 of the
# 38 "unknown" rows). Chosen as the European non-EU states and the OECD/like-minded democracies
# that co-sponsored the GGE line in the UN (A/RES/73/266) and voted against A/RES/73/27, plus
# Senegal and Morocco (francophone partners present at the Paris Peace Forum).
LAUNCH_UNKNOWN = ("ALB AND ARM BIH CAN CHL COL ISL JPN KOR LIE MEX MDA MCO MNE MKD NOR NZL SMR SRB "
                  "SEN MAR").split()
# Non-signing states added to the call's list of notable non-signers to cover the G20, the major
# cyber powers and a broad Group of 77 sample (not in data/paris-call-states.csv).
EXTRA_STATES = ("BRA IND IDN ZAF TUR EGY NGA PAK VNM CUB VEN BLR KAZ ETH BGD THA MYS DZA UKR BOL SYR "
                "NIC LKA JOR GEO AGO IRQ BWA").split()
# Cyber powers whose stake in offensive capabilities makes the call's restraint costly.
OFFENSIVE_CYBER_POWERS = {"USA", "ISR"}


def paris_call_states(data):
    """[(iso3, name, cls, availableFrom)] with cls in launch | diffuse | later | out."""
    rows = read_csv(data, "paris-call-states.csv")
    out = []
    seen = set()
    for row in rows:
        iso3, launch, by = row["iso3"], row["supported_at_launch"], row["supported_by"]
        seen.add(iso3)
        if by.startswith("not in list") or by.startswith("announced") or by.startswith("expected"):
            out.append((iso3, row["state"], "out", 1))
        elif iso3 == "USA":
            # Joined in Nov 2021 under a new administration: outside the 2018-19 window and
            # against the 2018 administration's stance; kept available, opposed by preference.
            out.append((iso3, row["state"], "out", 1))
        elif launch == "Y":
            out.append((iso3, row["state"], "launch", 1))
        elif launch == "unknown":
            out.append((iso3, row["state"], "launch" if iso3 in LAUNCH_UNKNOWN else "diffuse", 1))
        else:  # N with a date: not available before that month
            out.append((iso3, row["state"], "later", max(1, month_round(by[:10]))))
    return out, seen


PC_BEHAVIOR = {"distance": "linear", "temperature": 0.02, "abstainBand": 0.0, "selfWeight": 1.0,
               "groupTieWeight": 1.0, "homeTieWeight": 3.0, "conformity": 0.2, "signCost": 0.05,
               "flexibility": 0.0}
# The "diffuse" states join after the launch when enough of their partners have joined. Each gets
# a cost = gain + conformity * P_launch * f, with P_launch the share of its in-ties from launch
# signers and f cycling over DIFFUSE_STEPS: f < 1 joins in round 2, f >= 1 needs a cascade.
DIFFUSE_STEPS = (0.3, 0.6, 0.9, 1.1)


def paris_call_actors(data, issues, text, attitude_of, gain_text=None, behavior=PC_BEHAVIOR,
                      cost_override=None):
    """Builds the Paris Call population on the given issues.

    attitude_of(kind, who, align, cls) -> (attitudes, saliences) per issue id, relative to `text`.
    gain_text: the text the call will actually carry (default `text`), on which the signing costs
    are calibrated. cost_override(actor, gain, cls, gain_on_text) may return a cost that replaces the
    class rule (gain_on_text: the actor's gain on `text` itself). Gains and peer support are negsim's.
    Returns (actors, classes): classes maps actor id -> calibration class.
    """
    gain_text = gain_text or text
    votes, unames = unga_votes(data)
    align = western_alignment(votes)
    states, seen = paris_call_states(data)
    for iso3 in EXTRA_STATES:
        if iso3 not in seen:
            states.append((iso3, unames[iso3], "out", 1))
    actors, classes = [], {}
    for iso3, name, cls, avail in states:
        att, sal = attitude_of("state", iso3, align.get(iso3, 0.0), cls)
        a = {"id": iso3, "name": name, "kind": "state", "groups": T.groups_of(iso3),
             "position": positions(issues, text, att), "salience": saliences(issues, sal),
             "capability": T.state_capability(iso3)}
        if avail > 1:
            a["availableFrom"] = avail
        actors.append(a)
        classes[iso3] = cls
    for kind, table in (("firm", T.PARIS_CALL_FIRMS), ("civil", T.PARIS_CALL_CIVIL)):
        for fid, fname, home in table:
            att, sal = attitude_of(kind, fid, 1.0, "launch")
            cap = T.firm_capability(fid) if kind == "firm" else T.CIVIL_CAPABILITY
            actors.append({"id": fid, "name": fname, "kind": kind, "home": home,
                           "position": positions(issues, text, att), "salience": saliences(issues, sal),
                           "capability": cap})
            classes[fid] = "launch"
    # signing costs per calibration class, from the gain on the text the call carries and the
    # peer support the actor would see from the launch signers (see scenarios/README.md):
    #   launch  - signed at the launch: cost 0.05, lowered so that z >= 0.1 in round 1
    #   diffuse - signed by the 16 Sep 2019 list: cost slightly above the gain (DIFFUSE_STEPS)
    #   later   - signed on a later dated list: joins from its availableFrom month, z >= 0.1
    #   out     - did not sign: cost = gain + conformity + 0.1, above any peer support
    gains = NEG.gains(issues, actors, behavior, gain_text)
    gains_on_text = NEG.gains(issues, actors, behavior, text) if cost_override else gains
    launch = {k for k, c in classes.items() if c == "launch"}
    p_launch_of = NEG.support_share(actors, behavior, launch)
    beta = behavior["conformity"]
    diffusers = sorted(k for k, c in classes.items() if c == "diffuse")
    for a in actors:
        g = gains[a["id"]]
        cls = classes[a["id"]]
        if cls in ("launch", "later"):
            cost = min(0.05, g - 0.1)
        elif cls == "diffuse":
            p_launch = p_launch_of[a["id"]]
            f = DIFFUSE_STEPS[diffusers.index(a["id"]) % len(DIFFUSE_STEPS)]
            cost = g + beta * p_launch * f if p_launch > 0 else g - 0.05
        else:
            cost = max(0.15, g + beta + 0.1)
        if cost_override:
            c = cost_override(a, g, cls, gains_on_text[a["id"]])
            cost = cost if c is None else c
        a["signCost"] = r3(cost)
    return actors, classes


# Where the capabilities of the cyber scenarios come from (tables.GDP_2017, FIRM_REVENUE_2017).
CAPABILITY_SOURCES = [
    "World Bank, World Development Indicators: GDP 2017 (current US$, NY.GDP.MKTP.CD), in trillion "
    "US$ rounded to 3 significant digits, used as the states' capability; PRK, SYR, VEN (no WDI figure "
    "for 2017): UN Statistics Division / IMF estimates",
    "Annual reports 2017 (fiscal years ending 2017 or early 2018) of the firms: revenue in trillion US$, "
    "converted at 2017 average rates (ECB 1.1297 USD/EUR, Riksbank 8.54 SEK/USD, Federal Reserve "
    "112.1 JPY/USD), used as capability; firms without a published report and civil-society groups: "
    "a documented constant 0.0001",
]

PARIS_CALL_SOURCES = [
    "Paris Call for Trust and Security in Cyberspace, text of 12 November 2018 (pariscall.international)",
    "Paris Call supporters list: github.com/ambanum/pariscall.international, _supporters/*.md "
    "(first snapshot commit 6dcb8c4, 16 Sep 2019; later commits)",
    "Press coverage of the launch: lediligent.com 13 Nov 2018; The Hill, Dec 2018 "
    "('Dozens of signatories added to Paris cyber agreement'); Hollywood Reporter/Reuters, 12 Nov 2018",
    "UN General Assembly recorded votes on A/RES/73/27, A/RES/73/266, A/RES/73/187, A/RES/74/29, "
    "A/RES/74/28, A/RES/74/247 (E. Voeten, UNGA voting dataset), used for the states' alignment",
] + CAPABILITY_SOURCES


def pc_attitudes(issue_ids):
    """Attitude function for the 5-issue Paris Call scenario."""
    def f(kind, who, w, cls):
        if kind == "firm":
            att = {"protect": 1, "elections": 0.6, "ip": 1, "security": 1, "norms": 1}
            sal = {"protect": 0.25, "elections": 0.1, "ip": 0.2, "security": 0.25, "norms": 0.2}
            if who == "HUAW":
                att["ip"] = 0.2
            if who in ("KASP", "ALAD"):
                att["elections"] = 0.2
            return att, sal
        if kind == "civil":
            att = {"protect": 1, "elections": 1, "ip": 0, "security": 0.8, "norms": 1}
            sal = {"protect": 0.3, "elections": 0.25, "ip": 0.05, "security": 0.15, "norms": 0.25}
            return att, sal
        # states: issues everyone endorses (protection, cyber hygiene) move with a floor; the
        # contested ones (elections, IP theft, a multistakeholder norms process) follow alignment
        att = {"protect": 0.6 + 0.4 * max(w, 0.0), "elections": w, "ip": w,
               "security": 0.5 + 0.4 * w, "norms": w}
        sal = {"protect": 0.25, "elections": 0.2, "ip": 0.15, "security": 0.2, "norms": 0.2}
        if who in OFFENSIVE_CYBER_POWERS:
            att.update(security=-1.0, norms=-1.0)
            sal.update(security=0.35, norms=0.3, protect=0.15, elections=0.1, ip=0.1)
        if who == "CHN":
            att.update(ip=-1.0, norms=-1.0, elections=-0.6)
            sal.update(ip=0.3, norms=0.3)
        if who == "RUS":
            att.update(elections=-1.0, norms=-1.0)
            sal.update(elections=0.3, norms=0.3)
        return att, sal
    return f


def build_paris_call(data):
    issues = [
        {"id": "protect", "label": "Protect individuals, critical infrastructure and the public core of the internet (principles 1-2)", "statusQuo": 0.3},
        {"id": "elections", "label": "Defend electoral processes against malicious cyber activity (principle 3)", "statusQuo": 0.2},
        {"id": "ip", "label": "Prevent ICT-enabled theft of intellectual property (principle 4)", "statusQuo": 0.3},
        {"id": "security", "label": "Non-proliferation of malicious tools, lifecycle security, cyber hygiene (principles 5-7)", "statusQuo": 0.2},
        {"id": "norms", "label": "No hack-back by non-state actors; international norms in a multistakeholder setting (principles 8-9)", "statusQuo": 0.2},
    ]
    text = {"protect": 0.9, "elections": 0.8, "ip": 0.8, "security": 0.8, "norms": 0.8}
    actors, classes = paris_call_actors(data, issues, text, pc_attitudes([i["id"] for i in issues]))
    scn = {
        "name": "paris-call-2018",
        "description": "Paris Call for Trust and Security in Cyberspace, launched by France at the Paris "
                       "Peace Forum on 12 November 2018. One round = one month (round 1 = November 2018, "
                       "round 13 = November 2019, the second Paris Peace Forum).",
        "sources": PARIS_CALL_SOURCES + ["negsim calibration: scripts/build-scenarios/build.py (see scenarios/README.md)"],
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": dict(PC_BEHAVIOR),
        "stages": [{
            "id": "paris-call", "forum": "Paris Peace Forum", "rule": {"type": "open-declaration"},
            "members": "all", "founders": ["FRA", "MSFT"], "text": text, "rounds": 13,
            "success": [{"select": {"kinds": ["state"]}, "minCount": 50}],
        }],
        "experiment": {"seed": 2018, "replications": 20, "design": {"type": "grid"},
                       "vary": {"behavior.temperature": {"values": [0.0, 0.02, 0.05]},
                                "behavior.conformity": {"values": [0.1, 0.2, 0.3]}}},
    }
    return scn, classes


# The Paris Call with its states' costs fitted by `negsim fit` (scenarios/README.md, "Fitted
# costs"): a state's cost is linear in its position on the contested "elections" issue, which the
# calibration sets linearly from its Western alignment (p = 0.5 + 0.3 w), with the temperature.
# `build.py --fit` runs the fit and writes its fit.csv to scenarios/fits/; every build reads it.
PC_FIT_FREE = ["actors[kind=state].signCost=-0.5..1.5",
               "actors[kind=state].signCost*position.elections=-3..3",
               "behavior.temperature=0.005..0.5"]
PC_FIT_OPTIONS = ["--holdout-fraction", "0.3", "--draws", "200", "--starts", "6"]
PC_FIT_CSV = os.path.join(REPO, "scenarios", "fits", "paris-call-2018-fitted.csv")


def apply_fit(scn, fit_csv_text):
    """Sets the estimates of a negsim fit.csv in the scenario dict as `negsim fit` does in
    fitted.json: the plain paths first, then each coefficient `actors[kind=K].F*position.I` (or
    `*capability`) adds estimate * covariate to F of the selected actors. Values rounded to 4
    decimals. Supports the path forms the generator's fits use."""
    rows = list(csv.DictReader(fit_csv_text.splitlines()))
    plain = [r for r in rows if "*" not in r["parameter"]]
    for r in plain + [r for r in rows if "*" in r["parameter"]]:
        path, est = r["parameter"], float(r["estimate"])
        if path.startswith("behavior."):
            scn["behavior"][path[len("behavior."):]] = est
            continue
        if not path.startswith("actors[kind="):
            raise SystemExit(f"{PC_FIT_CSV}: the generator cannot apply the parameter {path}")
        kind, rest = path[len("actors[kind="):].split("].", 1)
        field, _, cov = rest.partition("*")
        for a in scn["actors"]:
            if a["kind"] != kind:
                continue
            if not cov:
                a[field] = est
            elif cov == "capability":
                a[field] = a[field] + est * a["capability"]
            elif cov.startswith("position."):
                a[field] = a[field] + est * a["position"][cov[len("position."):]]
            else:
                raise SystemExit(f"{PC_FIT_CSV}: the generator cannot apply the covariate {cov}")
    for a in scn["actors"]:
        if "signCost" in a:
            a["signCost"] = round(a["signCost"], 4)
    scn["behavior"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in scn["behavior"].items()}
    return scn


def build_paris_call_fitted(pc, fit_csv_text=None):
    """paris-call-2018 with the fitted costs and temperature of scenarios/fits/ (or the given fit.csv text)."""
    if fit_csv_text is None:
        with open(PC_FIT_CSV, encoding="utf-8", newline="") as f:
            fit_csv_text = f.read()
    scn = json.loads(json.dumps(pc))
    scn["name"] = "paris-call-2018-fitted"
    scn["description"] = (pc["description"] + " States' signing costs and the temperature estimated by negsim fit "
                          "from records/paris-call-2018-states.csv: cost = a + b * position on the elections issue "
                          "(fits/paris-call-2018-fitted.csv); it does not reproduce the launch (see scenarios/README.md).")
    scn["sources"] = pc["sources"] + ["negsim fit: scripts/build-scenarios/build.py --fit, scenarios/fits/paris-call-2018-fitted.csv"]
    scn["experiment"] = {"seed": pc["experiment"]["seed"], "replications": 100}
    apply_fit(scn, fit_csv_text)
    return scn, {}


# ---------------------------------------------------------------------------------------------
# UN GGE 2016-17
# ---------------------------------------------------------------------------------------------

GGE_SOURCES = [
    "UN Group of Governmental Experts on Developments in the Field of Information and "
    "Telecommunications in the Context of International Security, 2016-2017 (A/RES/70/237; "
    "membership list in A/72/327, Secretary-General's note that no consensus report was adopted)",
    "Statement by Miguel Rodriguez, Representative of Cuba, at the final session of the GGE, 23 June 2017",
    "Michele Markoff (US), 'Explanation of Position at the Conclusion of the 2016-2017 UN GGE', 23 June 2017",
    "A. Grigsby, 'The End of Cyber Norms', Survival 59(6), 2017; E. Korzak, 'UN GGE on Cybersecurity: "
    "The End of an Era?', The Diplomat, 31 July 2017",
] + CAPABILITY_SOURCES[:1]

# Attitudes on [self-defence, ihl, countermeasures, norms] of the 2016-17 GGE members, from their
# public statements at and after the final session (Cuba, Russia, China objected to the paragraphs
# on self-defence, IHL and countermeasures; Western members insisted on them; the others were
# ready to accept the draft or stayed neutral).
GGE_ATT = {
    "western": ({"self-defence": 1.0, "ihl": 1.0, "countermeasures": 1.0, "norms": 0.8},
                {"self-defence": 0.3, "ihl": 0.3, "countermeasures": 0.2, "norms": 0.2}),
    "CUB": ({"self-defence": -2.0, "ihl": -2.0, "countermeasures": -2.0, "norms": 0.2},
            {"self-defence": 0.35, "ihl": 0.25, "countermeasures": 0.3, "norms": 0.1}),
    "RUS": ({"self-defence": -2.0, "ihl": -1.5, "countermeasures": -2.0, "norms": 0.4},
            {"self-defence": 0.35, "ihl": 0.2, "countermeasures": 0.3, "norms": 0.15}),
    "CHN": ({"self-defence": -1.8, "ihl": -1.8, "countermeasures": -1.5, "norms": 0.4},
            {"self-defence": 0.3, "ihl": 0.3, "countermeasures": 0.25, "norms": 0.15}),
    "aligned": ({"self-defence": -0.4, "ihl": 0.0, "countermeasures": -0.4, "norms": 0.6},
                {"self-defence": 0.3, "ihl": 0.2, "countermeasures": 0.2, "norms": 0.3}),
    "swing": ({"self-defence": 0.2, "ihl": 0.6, "countermeasures": 0.0, "norms": 1.0},
              {"self-defence": 0.2, "ihl": 0.3, "countermeasures": 0.2, "norms": 0.3}),
}
GGE_CLASS = {**{k: "western" for k in "CAN EST FIN FRA DEU JPN NLD KOR CHE GBR USA".split()},
             "CUB": "CUB", "RUS": "RUS", "CHN": "CHN",
             **{k: "aligned" for k in "BLR KAZ EGY".split()},
             **{k: "swing" for k in "BWA BRA IND IDN KEN MEX SEN SRB".split()}}

GGE_ISSUES = [
    {"id": "self-defence", "label": "Inherent right of self-defence (UN Charter Art. 51) applies to cyber operations", "statusQuo": 0.2},
    {"id": "ihl", "label": "International humanitarian law applies to cyber operations in armed conflict", "statusQuo": 0.2},
    {"id": "countermeasures", "label": "States may take countermeasures against internationally wrongful cyber acts", "statusQuo": 0.1},
    {"id": "norms", "label": "Voluntary norms and confidence-building measures (building on the 2015 report)", "statusQuo": 0.5},
]
GGE_TEXT = {"self-defence": 0.8, "ihl": 0.8, "countermeasures": 0.7, "norms": 0.8}


def gge_actors():
    actors = []
    for iso3, name in sorted(T.GGE_MEMBERS.items(), key=lambda kv: kv[1]):
        att, sal = GGE_ATT[GGE_CLASS[iso3] if GGE_CLASS[iso3] in GGE_ATT else iso3]
        actors.append({"id": iso3, "name": name, "kind": "state", "groups": T.groups_of(iso3),
                       "position": positions(GGE_ISSUES, GGE_TEXT, att),
                       "salience": saliences(GGE_ISSUES, sal),
                       "capability": T.state_capability(iso3)})
    return actors


def build_gge():
    scn = {
        "name": "un-gge-2017",
        "description": "The 2016-17 UN Group of Governmental Experts (25 states, chaired by Germany) "
                       "deciding by consensus over its four sessions (Aug 2016 - Jun 2017, one round "
                       "each); the chair's draft moves toward the objectors after each failed session. "
                       "It ended on 23 June 2017 without a consensus report.",
        "sources": GGE_SOURCES,
        "issues": GGE_ISSUES,
        "actors": gge_actors(),
        "ties": [],
        "behavior": {"distance": "linear", "temperature": 0.02, "abstainBand": 0.05, "selfWeight": 1.0,
                     "groupTieWeight": 0.0, "homeTieWeight": 0.0, "conformity": 0.0, "signCost": 0.0,
                     "flexibility": 0.0},
        "stages": [{
            "id": "gge-2017", "forum": "UN GGE 2016-17 (New York / Geneva)", "rule": {"type": "consensus"},
            "members": "all", "text": GGE_TEXT, "rounds": 4, "concession": 0.2,
        }],
        "experiment": {"seed": 2017, "replications": 20, "design": {"type": "grid"},
                       "vary": {"stages[gge-2017].concession": {"values": [0.0, 0.2, 0.4, 0.6, 0.8]},
                                "stages[gge-2017].rounds": {"values": [4, 8]}}},
    }
    return scn, {a["id"]: GGE_CLASS[a["id"]] for a in scn["actors"]}


# ---------------------------------------------------------------------------------------------
# GGE, then the Paris Call on the inherited text
# ---------------------------------------------------------------------------------------------

def gtp_attitudes():
    """Attitudes on [intl-law, norms, multistakeholder] for the two-stage story."""
    def f(kind, who, w, cls):
        if kind == "firm":
            return ({"intl-law": 0.5, "norms": 1.0, "multistakeholder": 1.0},
                    {"intl-law": 0.15, "norms": 0.45, "multistakeholder": 0.4})
        if kind == "civil":
            return ({"intl-law": 1.0, "norms": 1.0, "multistakeholder": 1.0},
                    {"intl-law": 0.3, "norms": 0.4, "multistakeholder": 0.3})
        att = {"intl-law": w, "norms": 0.6 + 0.4 * max(w, 0.0), "multistakeholder": 0.8 * w}
        sal = {"intl-law": 0.35, "norms": 0.4, "multistakeholder": 0.25}
        if who in GGE_CLASS:  # the GGE members keep their stance of un-gge-2017
            ga, gs = GGE_ATT[GGE_CLASS[who]]
            legal = ("self-defence", "ihl", "countermeasures")
            att["intl-law"] = sum(ga[d] * gs[d] for d in legal) / sum(gs[d] for d in legal)
            att["norms"] = ga["norms"]
            sal["intl-law"] = sum(gs[d] for d in legal)
            sal["norms"] = gs["norms"]
            sal["multistakeholder"] = 0.15
            if GGE_CLASS[who] in ("CUB", "RUS", "CHN"):
                att["multistakeholder"] = -1.0
        if who in OFFENSIVE_CYBER_POWERS:  # want the legal paragraphs, resist commitments for firms
            att.update({"intl-law": 1.0, "multistakeholder": -1.0})
            sal = {"intl-law": 0.3, "norms": 0.2, "multistakeholder": 0.5}
        return att, sal
    return f


def build_gge_then_paris_call(data):
    issues = [
        {"id": "intl-law", "label": "International law applies: self-defence, IHL, countermeasures", "statusQuo": 0.2},
        {"id": "norms", "label": "Norms of responsible behaviour: protect infrastructure, the public core, elections", "statusQuo": 0.3},
        {"id": "multistakeholder", "label": "Role and commitments of firms and civil society", "statusQuo": 0.2},
    ]
    text = {"intl-law": 0.8, "norms": 0.8, "multistakeholder": 0.5}
    gge_ids = sorted(T.GGE_MEMBERS)
    gge_stage = {"id": "gge-2017", "forum": "UN GGE 2016-17", "rule": {"type": "consensus"},
                 "members": gge_ids, "text": text, "rounds": 4, "concession": 0.2}
    behavior = dict(PC_BEHAVIOR, abstainBand=0.15)

    def gge_cost(actor, g, cls, g_first_draft):
        """GGE members: the three objectors pay a sovereignty cost; the other non-signers of the
        call sit just inside the abstain band on the chair's first draft, where their gain is
        lowest (they did not object in the GGE); the US, which backed the GGE draft, is costed
        like the launch signers (see README)."""
        who = actor["id"]
        if who in ("CUB", "RUS", "CHN"):
            return 0.35
        if who == "USA":
            return min(0.05, g - 0.2)
        if who in T.GGE_MEMBERS and cls == "out":
            return g_first_draft + 0.05
        return None

    def population(gain_text):
        return paris_call_actors(data, issues, text, gtp_attitudes(), gain_text, behavior, gge_cost)
    # two passes: the call carries the GGE's last draft, so the signing costs are calibrated on
    # the text that a temperature-0 run of stage 1 leaves behind
    # (iterated to a fixed point, since the costs change the GGE's votes and hence its amendments)
    actors, classes = population(None)
    inherited = None
    for _ in range(10):
        probe = {"name": "gge-probe", "issues": issues, "actors": actors, "behavior": behavior,
                 "stages": [gge_stage]}
        new = NEG.run(probe, temperature=0.0)[0]["text"]
        if new == inherited:
            break
        inherited = new
        actors, classes = population(inherited)
    scn = {
        "name": "gge-then-paris-call",
        "description": "The story of 2017-18: the UN GGE fails to reach consensus in June 2017 (stage 1, "
                       "25 states, four sessions); France then launches an open call on the GGE's last "
                       "draft, which states, firms and civil society may sign (stage 2, one round = one "
                       "month from November 2018).",
        "sources": list(dict.fromkeys(GGE_SOURCES + PARIS_CALL_SOURCES + [
            "Hollywood Reporter/Reuters, 'France, Tech Giants Call for Online Fix to Hate Speech, "
            "Cyberattacks', 12 Nov 2018 (the call reworked to include the UN experts' work)"])),
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": behavior,
        "stages": [
            gge_stage,
            {"id": "paris-call", "forum": "Paris Peace Forum", "rule": {"type": "open-declaration"},
             "when": "previous-failed", "members": "all", "founders": ["FRA", "MSFT"],
             "text": "inherit", "rounds": 13,
             "success": [{"select": {"kinds": ["state"]}, "minCount": 50}]},
        ],
        "experiment": {"seed": 2017, "replications": 20, "design": {"type": "grid"},
                       "vary": {"stages[gge-2017].concession": {"values": [0.0, 0.2, 0.4]},
                                "actors[kind=firm].signCost": {"values": [0.05, 0.2, 0.4]}}},
    }
    return scn, classes


# ---------------------------------------------------------------------------------------------
# EU Council: copyright directive (QMV) and digital services tax (unanimity)
# ---------------------------------------------------------------------------------------------

def eu_actor(iso3, issues, text, att, sal, extra=None):
    a = {"id": iso3, "name": T.EU_NAMES[iso3], "kind": "state", "groups": ["EU"],
         "position": positions(issues, text, att), "salience": saliences(issues, sal),
         "capability": T.EU_POPULATION_2018[iso3],
         "weights": {"population": T.EU_POPULATION_2018[iso3]}}
    if extra:
        a.update(extra)
    return a


def build_copyright():
    issues = [
        {"id": "platform-liability", "label": "Platforms liable for users' uploads (Art. 17, ex-13; 'upload filters')", "statusQuo": 0.1},
        {"id": "press-right", "label": "Neighbouring right for press publishers (Art. 15, ex-11)", "statusQuo": 0.0},
        {"id": "exceptions", "label": "Mandatory exceptions: text and data mining, teaching, preservation (Arts. 3-6)", "statusQuo": 0.3},
    ]
    text = {"platform-liability": 0.8, "press-right": 0.8, "exceptions": 0.6}
    sal = {"platform-liability": 0.5, "press-right": 0.3, "exceptions": 0.2}
    # attitudes from the governments' positions and statements attached to the 15 April 2019 vote
    against = {  # voted no
        "ITA": (-1.0, -0.8, 0.5), "NLD": (-1.0, -0.4, 1.0), "LUX": (-0.8, -0.6, 0.5),
        "POL": (-1.0, -0.6, 0.3), "FIN": (-0.9, -0.3, 1.0), "SWE": (-0.9, -0.5, 1.0)}
    abstain = {"BEL": (-0.1, 0.0, 0.6), "EST": (-0.15, 0.0, 0.85), "SVN": (-0.15, 0.1, 0.5)}
    strong = {"FRA", "ESP", "PRT", "GRC", "CYP", "ROU", "BGR", "HUN", "AUT", "DNK", "IRL", "GBR"}
    vote = {}
    actors = []
    for iso3 in sorted(T.EU_POPULATION_2018):
        if iso3 in against:
            a = dict(zip(("platform-liability", "press-right", "exceptions"), against[iso3]))
            vote[iso3] = "no"
        elif iso3 in abstain:
            a = dict(zip(("platform-liability", "press-right", "exceptions"), abstain[iso3]))
            vote[iso3] = "abstain"
        elif iso3 == "DEU":  # voted yes with a statement against upload filters
            a = {"platform-liability": 0.1, "press-right": 1.0, "exceptions": 0.5}
            vote[iso3] = "yes"
        elif iso3 in strong:
            a = {"platform-liability": 1.0, "press-right": 1.0, "exceptions": 0.3}
            vote[iso3] = "yes"
        else:
            a = {"platform-liability": 0.6, "press-right": 0.6, "exceptions": 0.5}
            vote[iso3] = "yes"
        actors.append(eu_actor(iso3, issues, text, a, sal))
    scn = {
        "name": "eu-copyright-2019",
        "description": "Council of the EU, 15 April 2019: final vote on the Directive on Copyright in the "
                       "Digital Single Market (2016/0280(COD)) under qualified majority (55 % of members, "
                       "65 % of population). Adopted 19-6-3 (against: Italy, Netherlands, Luxembourg, "
                       "Poland, Finland, Sweden; abstaining: Belgium, Estonia, Slovenia).",
        "sources": [
            "Council of the EU, voting result, 15 April 2019, interinstitutional file 2016/0280(COD) "
            "(document 8201/19, with the statements of Germany, Italy, the Netherlands, Luxembourg, "
            "Poland, Finland, Sweden, Belgium, Estonia, Slovenia)",
            "Directive (EU) 2019/790, OJ L 130, 17.5.2019",
            "Eurostat, Population on 1 January 2018 (demo_pjan), used as the QMV population weight",
            "Treaty on European Union Art. 16(4) (qualified majority definition)",
        ],
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": {"distance": "linear", "temperature": 0.01, "abstainBand": 0.05, "selfWeight": 1.0,
                     "groupTieWeight": 0.0, "homeTieWeight": 0.0, "conformity": 0.0, "signCost": 0.0,
                     "flexibility": 0.0},
        "stages": [{
            "id": "council-vote", "forum": "Council of the EU (Agriculture and Fisheries), 15 April 2019",
            "rule": {"type": "qualified-majority", "memberQuota": 0.55, "minMembers": 15,
                     "weight": "population", "weightQuota": 0.65, "blockingMinMembers": 4},
            "members": "all", "text": text, "rounds": 1,
        }],
        "experiment": {"seed": 2019, "replications": 20, "design": {"type": "grid"},
                       "vary": {"actors[DEU].position.platform-liability": {"values": [0.1, 0.3, 0.45]},
                                "behavior.temperature": {"values": [0.0, 0.01, 0.05]}}},
    }
    return scn, vote


def build_digital_tax():
    issues = [
        {"id": "scope", "label": "Scope of the 3 % digital services tax (0 none, 0.3 advertising only, 0.9 advertising + intermediation + data sales)", "statusQuo": 0.0},
        {"id": "interim", "label": "EU-wide interim measure now rather than waiting for an OECD global solution", "statusQuo": 0.0},
        {"id": "rate", "label": "Level of the tax rate (0.6 = 3 %)", "statusQuo": 0.0},
    ]
    text = {"scope": 0.9, "interim": 0.9, "rate": 0.6}
    sal = {"scope": 0.4, "interim": 0.4, "rate": 0.2}
    blockers = {"IRL": -1.5, "SWE": -1.2, "DNK": -1.2, "FIN": -1.2}
    strong = {"FRA", "ESP", "ITA", "AUT", "PRT", "GRC", "BEL", "ROU", "BGR", "SVN", "HUN", "POL", "GBR", "LVA", "LTU", "HRV", "SVK", "LUX", "NLD"}
    expect = {}
    actors = []
    for iso3 in sorted(T.EU_POPULATION_2018):
        if iso3 in blockers:
            a = {d: blockers[iso3] for d in text}
            expect[iso3] = "no"
        elif iso3 == "DEU":  # hesitant: an advertising-only tax, coordinated with the OECD
            a = {"scope": 0.0, "interim": -0.1, "rate": 0.3}
            expect[iso3] = "abstain"
        elif iso3 in ("CZE", "EST", "MLT", "CYP"):  # reservations, not blocking
            a = {"scope": 0.4, "interim": 0.0, "rate": 0.2}
            expect[iso3] = "yes"
        elif iso3 in strong:
            a = {"scope": 1.0, "interim": 1.0, "rate": 1.0}
            expect[iso3] = "yes"
        else:
            a = {"scope": 0.6, "interim": 0.6, "rate": 0.6}
            expect[iso3] = "yes"
        actors.append(eu_actor(iso3, issues, text, a, sal))
    scn = {
        "name": "eu-digital-tax-2019",
        "description": "The Commission's 3 % digital services tax (COM(2018) 148) at the ECOFIN Council, "
                       "which decides tax matters by unanimity (TFEU Art. 113). Three meetings: 6 Nov 2018, "
                       "4 Dec 2018 (Franco-German narrowing to advertising revenue), 12 Mar 2019, where "
                       "Ireland, Sweden, Denmark and Finland still opposed it and the file was shelved.",
        "sources": [
            "European Commission, Proposal for a Council Directive on the common system of a digital "
            "services tax, COM(2018) 148 final, 21 March 2018",
            "Council of the EU, ECOFIN outcome of the meeting, 12 March 2019; Franco-German joint "
            "declaration on the taxation of digital companies, ECOFIN 4 December 2018",
            "Reuters, 'EU digital tax plan fails as Ireland, Nordics object', 12 March 2019",
            "Eurostat, Population on 1 January 2018 (demo_pjan), used as capability",
            "TFEU Art. 113 (unanimity for indirect taxation)",
        ],
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": {"distance": "linear", "temperature": 0.01, "abstainBand": 0.04, "selfWeight": 1.0,
                     "groupTieWeight": 0.0, "homeTieWeight": 0.0, "conformity": 0.0, "signCost": 0.0,
                     "flexibility": 0.0},
        "stages": [{
            "id": "ecofin", "forum": "ECOFIN Council (Nov 2018 - Mar 2019)",
            "rule": {"type": "unanimity", "abstentionBlocks": False},
            "members": "all", "text": text, "rounds": 3, "concession": 0.3,
        }],
        "experiment": {"seed": 2019, "replications": 20, "design": {"type": "grid"},
                       "vary": {"stages[ecofin].concession": {"values": [0.0, 0.3, 0.6, 0.9]},
                                "actors[IRL].signCost": {"values": [0.0, -0.3]}}},
    }
    return scn, expect


# ---------------------------------------------------------------------------------------------
# Paris Agreement ratification
# ---------------------------------------------------------------------------------------------

PARIS_START = datetime.date(2016, 4, 22)  # opening for signature; round 1 = 22-28 April 2016


def week_round(iso_date):
    d = datetime.date.fromisoformat(iso_date)
    return (d - PARIS_START).days // 7 + 1


def build_paris_agreement(data):
    rows = read_csv(data, "paris-emission-shares.csv")
    issues = [
        {"id": "mitigation", "label": "Nationally determined mitigation contributions for all Parties", "statusQuo": 0.2},
        {"id": "finance", "label": "Climate finance and support for developing countries", "statusQuo": 0.2},
        {"id": "transparency", "label": "Enhanced transparency framework and global stocktake", "statusQuo": 0.2},
    ]
    text = {"mitigation": 0.6, "finance": 0.6, "transparency": 0.6}
    actors, expect = [], {}
    eu_members = set(T.EU)
    for row in rows:
        code = row["code"]
        share = float(row["share_percent"]) if row["share_percent"] else 0.0
        developed = code in eu_members or code in ("USA", "CAN", "JPN", "AUS", "NZL", "NOR", "CHE", "ISL",
                                                   "LIE", "MCO", "RUS", "UKR", "BLR", "TUR", "KAZ", "EUU")
        if developed:
            att = {"mitigation": 0.8, "finance": 0.2, "transparency": 1.0}
            sal = {"mitigation": 0.5, "finance": 0.2, "transparency": 0.3}
        else:
            att = {"mitigation": 0.4, "finance": 1.0, "transparency": 0.2}
            sal = {"mitigation": 0.3, "finance": 0.5, "transparency": 0.2}
        a = {"id": code, "name": row["party"], "kind": "organization" if code == "EUU" else "state",
             "groups": (["EU"] if code in eu_members else []),
             "position": positions(issues, text, att), "salience": saliences(issues, sal),
             "weights": {"emissions": share}}
        dep = row["deposit_date"]
        if dep:
            a["availableFrom"] = max(1, week_round(dep))
            expect[code] = a["availableFrom"]
        else:
            # no instrument deposited (Iran, Libya, Yemen): the domestic cost of ratifying outweighs
            # the gain; they stay out at every temperature the experiment uses
            a["signCost"] = 1.0
            expect[code] = None
        actors.append(a)
    scn = {
        "name": "paris-agreement-2016",
        "description": "Ratification of the Paris Agreement (2015). Every Party is an actor with its share of "
                       "global emissions (FCCC/CP/2015/10 Annex); the EU is an organization, whose instrument "
                       "does not count in addition to its member states (Art. 21(4)). One round = one week "
                       "from 22 April 2016 (round 1 = 22-28 April 2016; round 24 = 30 Sep - 6 Oct 2016); "
                       "each Party can join from the week of its deposit. Entry into force: 55 Parties and "
                       "55 % of emissions (Art. 21(1)), plus 30 days (5 weekly rounds).",
        "sources": [
            "UNFCCC, FCCC/CP/2015/10/Add.1, Decision 1/CP.21 and the Paris Agreement, Art. 21",
            "UNFCCC, FCCC/CP/2015/10 Annex: information on greenhouse gas emissions for the purpose of Art. 21",
            "UN Treaty Collection, chapter XXVII-7-d (signatures and deposits of the Paris Agreement)",
            "UN Secretary-General depositary notification C.N.735.2016.TREATIES-XXVII.7.d (entry into force on 4 Nov 2016)",
        ],
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": {"distance": "linear", "temperature": 0.02, "abstainBand": 0.0, "selfWeight": 1.0,
                     "groupTieWeight": 0.0, "homeTieWeight": 0.0, "conformity": 0.0, "signCost": 0.05,
                     "flexibility": 0.0},
        "stages": [{
            "id": "ratification", "forum": "UN depositary (New York)", "rule": {"type": "open-declaration"},
            "members": "all", "text": text, "rounds": 36, "entryIntoForceDelay": 5,
            "success": [
                {"select": {"kinds": ["state"]}, "minCount": 55},
                {"select": {"kinds": ["state"]}, "minShare": 0.55, "weight": "emissions"},
            ],
        }],
        "experiment": {"seed": 2016, "replications": 20, "design": {"type": "grid"},
                       "vary": {"actors[USA].signCost": {"values": [0.05, 1.0]},
                                "actors[CHN].signCost": {"values": [0.05, 1.0]}}},
    }
    return scn, expect


# ---------------------------------------------------------------------------------------------
# UN General Assembly, December 2018
# ---------------------------------------------------------------------------------------------

def build_unga(data):
    votes, names = unga_votes(data)
    align = western_alignment(votes)
    issues = [
        {"id": "oewg", "label": "Open-Ended Working Group with the Russian-drafted list of rules and principles (A/RES/73/27)", "statusQuo": 0.0},
        {"id": "gge", "label": "New GGE building on the 2010, 2013 and 2015 GGE reports (A/RES/73/266)", "statusQuo": 0.0},
    ]
    # With status quo 0 and text 1 on its own issue, the gain of a resolution is
    # s * (2p - 1) = 0.5 * (2p - 1) = p - 0.5 (equal saliences): p = 0.5 + target gain.
    def target(v, w, sign):
        if v == "yes":
            return 0.25 + 0.12 * max(0.0, sign * w)
        if v == "no":
            return -(0.25 + 0.12 * max(0.0, -sign * w))
        return 0.0  # abstain (or absent: the stage's absent list keeps it from voting): neutral
    actors, expect = [], {}
    absent = {"A/RES/73/27": [], "A/RES/73/266": []}
    for iso3 in sorted(votes):
        v = votes[iso3]
        a27, a266 = v["A/RES/73/27"], v["A/RES/73/266"]
        w = align[iso3]
        pos = {"oewg": r3(0.5 + target(a27, w, -1)), "gge": r3(0.5 + target(a266, w, +1))}
        a = {"id": iso3, "name": names[iso3], "kind": "state", "groups": T.groups_of(iso3),
             "position": pos, "salience": {"oewg": 0.5, "gge": 0.5}}
        actors.append(a)
        norm = lambda x: "absent" if x.startswith("absent") else x
        expect[iso3] = (norm(a27), norm(a266))
        for res in absent:
            if v[res].startswith("absent"):
                absent[res].append(iso3)
    scn = {
        "name": "unga-cyber-2018",
        "description": "The two rival cyber resolutions of the 73rd UN General Assembly, 5 and 22 December "
                       "2018: A/RES/73/27 (Russian draft, creates the Open-Ended Working Group; adopted "
                       "119-46-14) and A/RES/73/266 (US draft, creates the 2019-21 GGE; adopted 138-12-16). "
                       "Each is one recorded vote by a majority of the members present and voting.",
        "sources": [
            "UN General Assembly, A/RES/73/27 (5 Dec 2018) and A/RES/73/266 (22 Dec 2018), recorded votes",
            "E. Voeten, A. Strezhnev, M. Bailey, 'United Nations General Assembly Voting Data', Harvard Dataverse",
            "UN Charter Art. 18 and GA rules of procedure 86 and 125 (majority of members present and voting)",
        ],
        "issues": issues,
        "actors": actors,
        "ties": [],
        "behavior": {"distance": "linear", "temperature": 0.01, "abstainBand": 0.1, "selfWeight": 1.0,
                     "groupTieWeight": 0.0, "homeTieWeight": 0.0, "conformity": 0.0, "signCost": 0.0,
                     "flexibility": 0.0},
        "stages": [
            {"id": "A-RES-73-27", "forum": "UN General Assembly, 5 Dec 2018 (First Committee report)",
             "rule": {"type": "majority", "quota": "simple", "base": "present-and-voting"},
             "members": "all", "absent": absent["A/RES/73/27"], "text": {"oewg": 1.0, "gge": 0.0}, "rounds": 1},
            {"id": "A-RES-73-266", "forum": "UN General Assembly, 22 Dec 2018 (First Committee report)",
             "rule": {"type": "majority", "quota": "simple", "base": "present-and-voting"},
             "members": "all", "absent": absent["A/RES/73/266"], "text": {"oewg": 0.0, "gge": 1.0}, "rounds": 1},
        ],
        "experiment": {"seed": 2018, "replications": 50, "design": {"type": "grid"},
                       "vary": {"behavior.temperature": {"values": [0.0, 0.01, 0.05, 0.1]},
                                "behavior.abstainBand": {"values": [0.05, 0.2]}}},
    }
    return scn, expect


# ---------------------------------------------------------------------------------------------
# calibration report
# ---------------------------------------------------------------------------------------------

def describe(res):
    parts = []
    for r in res:
        if not r["executed"]:
            parts.append(f"{r['id']}: not run")
            continue
        c = r["curve"][-1]
        if isinstance(c, tuple):
            parts.append(f"{r['id']}: {'ADOPTED' if r['success'] else 'failed'} round {r['success_round'] or len(r['curve'])} "
                         f"yes-no-abstain {c[0]}-{c[1]}-{c[2]}")
        else:
            s = f"{r['id']}: {'SUCCESS round ' + str(r['success_round']) if r['success'] else 'no success'}"
            if r.get("in_force_round"):
                s += f", in force round {r['in_force_round']}"
            parts.append(s + f"; joined by round: {r['curve']}")
    return " | ".join(parts)


def monte_carlo(scn, n):
    """Outcome frequencies of n negsim runs at the scenario's own temperature (replicates of a
    negsim sweep without varied parameters)."""
    rows = NEG.sweep(scn, n)
    out = []
    for st in scn["stages"]:
        mine = [r for r in rows if r["stage"] == st["id"] and r["executed"].lower() == "true"]
        if not mine:
            out.append(f"{st['id']}: never ran")
            continue
        succ = sum(r["success"].lower() == "true" for r in mine)
        if st["rule"]["type"] != "open-declaration":
            mean = tuple(round(sum(int(r[c]) for r in mine) / len(mine), 1) for c in ("yes", "no", "abstain"))
            out.append(f"{st['id']}: success {succ}/{n}, mean yes-no-abstain {mean}")
        else:
            out.append(f"{st['id']}: success {succ}/{n}, mean joined {round(sum(int(r['joined']) for r in mine) / len(mine), 1)}")
    return " | ".join(out)


def report(name, scn, expect, mc, quiet):
    res = NEG.run(scn, temperature=0.0)
    if not quiet:
        print(f"\n=== {name} ===")
        print("temperature 0 :", describe(res))
        if mc:
            print(f"T={scn['behavior']['temperature']} x{mc}:", monte_carlo(scn, mc))
    return res


def print_actor_table(scn, res, expect, stage_index=0, limit=None):
    st = res[stage_index]
    rows = []
    for a in scn["actors"]:
        aid = a["id"]
        if aid not in st["gains"]:
            continue
        dec = st["votes"].get(aid) if "votes" in st else st["joined"].get(aid)
        rows.append((aid, a["kind"], expect.get(aid, ""), round(st["gains"][aid], 3),
                     a.get("signCost", scn["behavior"].get("signCost", 0.0)), a.get("availableFrom", 1), dec))
    print(f"  {'actor':10s} {'kind':6s} {'target':>10s} {'gain':>7s} {'cost':>6s} {'avail':>5s}  decision")
    for r in rows[:limit]:
        print(f"  {r[0]:10s} {r[1]:6s} {str(r[2]):>10s} {r[3]:7.3f} {r[4]:6.3f} {r[5]:5d}  {r[6]}")


def check(name, ok, msg):
    print(f"  [{'ok' if ok else 'MISMATCH'}] {name}: {msg}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=os.path.join(REPO, "data"))
    ap.add_argument("--out", default=os.path.join(REPO, "scenarios"))
    ap.add_argument("--negsim", default=None,
                    help="the negsim command line to calibrate and check with (default: the repository's ./negsim)")
    ap.add_argument("--mc", type=int, default=0, help="negsim runs per scenario at its temperature (0 = none)")
    ap.add_argument("--tables", action="store_true", help="print per-actor calibration tables")
    ap.add_argument("--fit", action="store_true",
                    help="also fit the costs of the scenarios with a record by `negsim fit` and print the estimates "
                         "(a few minutes; see scenarios/README.md, 'Fitted costs')")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    global NEG
    if args.negsim:
        NEG = Negsim(args.negsim)

    builders = [
        ("paris-call-2018", lambda: build_paris_call(args.data)),
        ("paris-call-2018-fitted", lambda: build_paris_call_fitted(built["paris-call-2018"])),
        ("un-gge-2017", build_gge),
        ("gge-then-paris-call", lambda: build_gge_then_paris_call(args.data)),
        ("eu-copyright-2019", build_copyright),
        ("eu-digital-tax-2019", build_digital_tax),
        ("paris-agreement-2016", lambda: build_paris_agreement(args.data)),
        ("unga-cyber-2018", lambda: build_unga(args.data)),
    ]
    os.makedirs(args.out, exist_ok=True)
    all_ok = True
    built = {}
    for name, fn in builders:
        scn, expect = fn()
        built[name] = scn
        ids = [a["id"] for a in scn["actors"]]
        dup = sorted({x for x in ids if ids.count(x) > 1})
        if dup:
            raise SystemExit(f"{name}: duplicate actor ids {dup}")
        path = os.path.join(args.out, name + ".json")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(scn, f, indent=2, ensure_ascii=False)
            f.write("\n")
        res = report(name, scn, expect, args.mc, args.quiet)
        if args.tables:
            for k in range(len(res)):
                if res[k]["executed"]:
                    print(f" stage {res[k]['id']}:")
                    print_actor_table(scn, res, expect, k)
        all_ok &= checks(name, scn, expect, res)
    os.makedirs(os.path.join(args.out, "records"), exist_ok=True)
    for name, text in (("paris-agreement-2016.csv", paris_agreement_record(args.data, built["paris-agreement-2016"])),
                       ("unga-cyber-2018.csv", unga_record(args.data, built["unga-cyber-2018"]))):
        with open(os.path.join(args.out, "records", name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    if args.fit:
        fit_report(built, args.data)
        fit_paris_call(built["paris-call-2018"], args.out)
    print("\nall default outcomes as intended" if all_ok else "\nSOME DEFAULT OUTCOMES DIFFER (see MISMATCH)")
    return 0 if all_ok else 1


# ---------------------------------------------------------------------------------------------
# Fitted costs (--fit): the records in data/ against the scenarios, by `negsim fit`
# ---------------------------------------------------------------------------------------------

def paris_agreement_record(data, scn):
    """Every Party's deposit week (round) from the depositary dates, `none` after the 36 weeks."""
    stage = scn["stages"][0]
    ids = {a["id"] for a in scn["actors"]}
    rows = ["stage,actor,decision,round"]
    for row in read_csv(data, "paris-emission-shares.csv"):
        code = row["code"]
        if code not in ids:
            continue
        r = week_round(row["deposit_date"]) if row["deposit_date"] else None
        rows.append(f"{stage['id']},{code},joined,{r}" if r is not None and 1 <= r <= stage["rounds"]
                    else f"{stage['id']},{code},none,")
    return "\n".join(rows) + "\n"


def unga_record(data, scn):
    """The recorded yes / no / abstain of every member present, per resolution (absentees have no row)."""
    votes, _ = unga_votes(data)
    rows = ["stage,actor,decision,round"]
    for stage, res in zip(scn["stages"], ("A/RES/73/27", "A/RES/73/266")):
        for iso3 in sorted(votes):
            v = votes[iso3][res]
            if v in ("yes", "no", "abstain") and iso3 not in stage.get("absent", []):
                rows.append(f"{stage['id']},{iso3},{v},1")
    return "\n".join(rows) + "\n"


# (scenario, label, record, free parameters, options); every fit seeded by the scenario's seed
FITS = [
    ("paris-call-2018", "class costs as set, temperature fitted", "paris-call",
     ["behavior.temperature=0.002..0.5"], ["--holdout-fraction", "0.3", "--draws", "50", "--starts", "2"]),
    ("paris-call-2018", "one cost for every state", "paris-call",
     ["actors[kind=state].signCost=-0.5..1", "behavior.temperature=0.005..0.5"],
     ["--holdout-fraction", "0.3", "--draws", "50", "--starts", "2"]),
    ("paris-agreement-2016", "one cost for the depositors", "paris-agreement",
     ["behavior.signCost=-0.5..1", "behavior.temperature=0.002..0.5"], ["--holdout-fraction", "0.3"]),
    ("unga-cyber-2018", "one cost for every member", "unga",
     ["behavior.signCost=-0.3..0.3", "behavior.temperature=0.001..0.2"], ["--holdout-fraction", "0.3"]),
]


def fit_report(built, data):
    """Fits each scenario's costs to its record with `negsim fit` and prints estimates, standard
    errors and held-out scores beside the baseline. The shipped costs stay the class rules: see
    scenarios/README.md, 'Fitted costs', for why the fitted ones are not taken."""
    with open(os.path.join(REPO, "scenarios", "records", "paris-call-2018-states.csv"), encoding="utf-8") as f:
        records = {"paris-call": f.read()}
    records["paris-agreement"] = paris_agreement_record(data, built["paris-agreement-2016"])
    records["unga"] = unga_record(data, built["unga-cyber-2018"])
    print("\nfitted costs (negsim fit):")
    for name, label, rec, free, options in FITS:
        r = NEG.fit(built[name], records[rec], free, options)
        print(f"  {name}: {label} ({r['method']} likelihood, n {r['n']}, ln L {r['logLikelihood']:.2f}; "
              f"{'converged' if r['convergence']['converged'] else 'NOT converged'})")
        for e in r["estimates"]:
            se = e.get("se")
            print(f"    {e['parameter']:32s} {e['estimate']:9.4f}  se {se if se is None else f'{se:.4f}'}  "
                  f"[{e['low']:.4f}, {e['high']:.4f}] {e['interval']}")
        for part in ("inSample", "heldOut"):
            s = r[part]
            if s.get("decisions"):
                print(f"    {part:9s} {s['decisions']} decisions: Brier {s['brier']:.4f} ({s['baselineBrier']:.4f}), "
                      f"log score {s['logScore']:.4f} ({s['baselineLogScore']:.4f}), "
                      f"correct {100 * s['correct']:.1f}% ({100 * s['baselineCorrect']:.1f}%)")


def paris_call_outcomes(scn, n):
    """Monte Carlo of n negsim runs of a Paris Call scenario at its own temperature: mean states at
    the launch (round 1) and by the last round, the share of runs with the US, China and Russia all
    out, and the runs that succeed in round 1."""
    runs, actors = NEG.sweep_actors(scn, n)
    launch, end, big = {}, {}, {}
    for r in actors:
        if r["kind"] != "state" or r["decision"] != "joined":
            continue
        end[r["run"]] = end.get(r["run"], 0) + 1
        launch[r["run"]] = launch.get(r["run"], 0) + (int(r["decision_round"]) <= 1)
        big[r["run"]] = big.get(r["run"], 0) + (r["actor"] in ("USA", "CHN", "RUS"))
    ids = [r["run"] for r in runs]
    first = sum(r["success_round"] == "1" for r in runs)
    return (f"{n} runs: states at the launch {sum(launch.get(i, 0) for i in ids) / n:.1f} (history: about 51), "
            f"by the last round {sum(end.get(i, 0) for i in ids) / n:.1f} (74), USA, CHN and RUS all out in "
            f"{sum(big.get(i, 0) == 0 for i in ids)} runs, success in round 1 in {first} runs")


def fit_paris_call(pc, out):
    """Fits the Paris Call states' costs as a function of alignment (PC_FIT_FREE) with negsim fit,
    writes its fit.csv to scenarios/fits/, rewrites paris-call-2018-fitted.json from it and prints
    the Monte Carlo outcomes of both Paris Call scenarios."""
    with open(os.path.join(REPO, "scenarios", "records", "paris-call-2018-states.csv"), encoding="utf-8") as f:
        record = f.read()
    r = NEG.fit(pc, record, PC_FIT_FREE, PC_FIT_OPTIONS)
    os.makedirs(os.path.dirname(PC_FIT_CSV), exist_ok=True)
    with open(PC_FIT_CSV, "w", encoding="utf-8", newline="") as f:
        f.write(r["csv"])
    fitted, _ = build_paris_call_fitted(pc, r["csv"])
    with open(os.path.join(out, "paris-call-2018-fitted.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(fitted, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"\nparis-call-2018-fitted: {r['method']} likelihood, ln L {r['logLikelihood']:.2f}, "
          f"{r['convergence']['startsAgreeing']} of {r['convergence']['starts']} starts agree; wrote {PC_FIT_CSV}")
    for e in r["estimates"]:
        print(f"    {e['parameter']:48s} {e['estimate']:9.4f}  se {e.get('se', float('nan')):.4f}  "
              f"[{e['low']:.4f}, {e['high']:.4f}]")
    for part in ("inSample", "heldOut"):
        s = r[part]
        print(f"    {part:9s} {s['decisions']} decisions: Brier {s['brier']:.4f} ({s['baselineBrier']:.4f}), "
              f"log score {s['logScore']:.4f} ({s['baselineLogScore']:.4f}), "
              f"correct {100 * s['correct']:.1f}% ({100 * s['baselineCorrect']:.1f}%)")
    for name, scn in (("paris-call-2018", pc), ("paris-call-2018-fitted", fitted)):
        print(f"  {name}: {paris_call_outcomes(scn, 200)}")


def checks(name, scn, expect, res):
    ok = True
    if name == "paris-call-2018" or name == "gge-then-paris-call":
        st = res[-1]
        ids = {a["id"]: a for a in scn["actors"]}
        joined = {k: v for k, v in st["joined"].items() if v is not None}
        states_r1 = sum(1 for k, v in joined.items() if ids[k]["kind"] == "state" and v <= 1)
        states_end = sum(1 for k in joined if ids[k]["kind"] == "state")
        firms = sum(1 for k in joined if ids[k]["kind"] == "firm")
        nfirms = sum(1 for a in scn["actors"] if a["kind"] == "firm")
        out = [k for k in ("USA", "CHN", "RUS") if k in joined]
        if name == "gge-then-paris-call":
            no = sorted(k for k, v in res[0]["votes"].items() if v == "no")
            ok &= check(name, res[0]["executed"] and not res[0]["success"], f"GGE fails by consensus; objecting: {no}")
            ok &= check(name, no == ["CHN", "CUB", "RUS"], "objectors are Cuba, Russia, China")
            ok &= check(name, st["executed"], "Paris Call stage runs after the failure")
        hi1, hi2 = (56, 80) if name == "paris-call-2018" else (62, 90)
        ok &= check(name, 45 <= states_r1 <= hi1, f"{states_r1} states by round 1 (launch: 51)")
        ok &= check(name, 65 <= states_end <= hi2, f"{states_end} states by the last round (74 on 11 Nov 2019)")
        if name == "paris-call-2018":
            ok &= check(name, not out, f"USA, CHN, RUS stay out (joined: {out})")
        else:
            ok &= check(name, out == ["USA"], f"CHN, RUS stay out; the US, which backed the GGE draft, signs it (joined: {out})")
        ok &= check(name, firms >= 0.9 * nfirms, f"{firms}/{nfirms} firms joined")
        ok &= check(name, st["success"] and st["success_round"] == 1, f"success round {st['success_round']}")
        rounds = scn["stages"][-1]["rounds"]
        should = {k for k, cls in expect.items() if cls in ("launch", "diffuse") or
                  (cls == "later" and ids[k].get("availableFrom", 1) <= rounds)}
        mism = [k for k, cls in expect.items() if ids[k]["kind"] == "state" and ((k in should) != (k in joined))
                and not (name == "gge-then-paris-call" and k in T.GGE_MEMBERS)]
        ok &= check(name, not mism, f"states whose join/stay-out differs from the supporters list: {mism}")
    elif name == "un-gge-2017":
        st = res[0]
        no = sorted(k for k, v in st["votes"].items() if v == "no")
        ok &= check(name, not st["success"], f"fails; objecting in the last session: {no}")
        ok &= check(name, set(no) == {"CUB", "RUS", "CHN"}, "objectors are Cuba, Russia, China")
    elif name == "eu-copyright-2019":
        st = res[0]
        mism = {k: (v, expect[k]) for k, v in st["votes"].items() if v != expect[k]}
        c = st["curve"][-1]
        ok &= check(name, st["success"], f"adopted {c[0]}-{c[1]}-{c[2]}")
        ok &= check(name, not mism, f"votes differing from the record: {mism}")
    elif name == "eu-digital-tax-2019":
        st = res[0]
        no = sorted(k for k, v in st["votes"].items() if v == "no")
        ok &= check(name, not st["success"], f"fails; 'no' in the last meeting: {no}; DEU: {st['votes']['DEU']}")
        ok &= check(name, set(no) == {"IRL", "SWE", "DNK", "FIN"}, "blockers are Ireland, Sweden, Denmark, Finland")
    elif name == "paris-agreement-2016":
        st = res[0]
        ok &= check(name, st["success"] and st["success_round"] == week_round("2016-10-05"),
                    f"threshold in round {st['success_round']} (5 Oct 2016 = round {week_round('2016-10-05')})")
        ok &= check(name, st.get("in_force_round") == week_round("2016-11-04"),
                    f"in force in round {st.get('in_force_round')} (4 Nov 2016 = round {week_round('2016-11-04')})")
        late = [k for k, v in st["joined"].items() if v is not None and expect[k] is not None and v != expect[k]]
        ok &= check(name, not late, f"Parties joining in another week than their deposit: {late}")
    elif name == "unga-cyber-2018":
        recorded = {"A-RES-73-27": (119, 46, 14), "A-RES-73-266": (138, 12, 16)}
        for k, stage in enumerate(res):
            mism = [a for a, v in stage["votes"].items() if v != expect[a][k]]
            c = stage["curve"][-1]
            ok &= check(name, stage["success"] and c == recorded[stage["id"]],
                        f"{stage['id']} adopted {c[0]}-{c[1]}-{c[2]} (recorded: {'-'.join(map(str, recorded[stage['id']]))})")
            ok &= check(name, not mism, f"{stage['id']} votes differing from the record: {mism}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
