"""Reference implementation of the negsim model (DESIGN.md section 2) for calibration.

This is NOT the engine: it is a small, readable re-implementation used by build.py to check
that each generated scenario produces its intended default outcome at temperature 0 and to
estimate outcome frequencies at the scenario's temperature (Monte Carlo with Python's own
generator, so individual runs differ from the Java engine's; only distributions compare).
Standard library only.
"""
import math
import random


def _resolve(scn):
    """Resolves behavior defaults into per-actor parameters (like the strict reader does)."""
    beh = dict(distance="linear", temperature=0.0, abstainBand=0.0, selfWeight=1.0,
               groupTieWeight=0.0, homeTieWeight=0.0, conformity=0.0, signCost=0.0, flexibility=0.0)
    beh.update(scn.get("behavior", {}))
    issues = [i["id"] for i in scn["issues"]]
    sq = [i["statusQuo"] for i in scn["issues"]]
    actors = []
    for a in scn["actors"]:
        sal = [a["salience"][d] for d in issues]
        tot = sum(sal)
        actors.append(dict(
            id=a["id"], kind=a["kind"], groups=a.get("groups", []), home=a.get("home"),
            p0=[a["position"][d] for d in issues], sal=[s / tot for s in sal],
            cap=a.get("capability", 1.0), weights=a.get("weights", {}),
            c=a.get("signCost", beh["signCost"]), beta=a.get("conformity", beh["conformity"]),
            lam=a.get("flexibility", beh["flexibility"]), tau=a.get("temperature", beh["temperature"]),
            avail=a.get("availableFrom", 1)))
    index = {a["id"]: k for k, a in enumerate(actors)}
    # incoming ties: inc[i] = {j: w}
    inc = [dict() for _ in actors]

    def add(j, i, w):
        if j != i and w > 0:
            inc[i][j] = inc[i].get(j, 0.0) + w
    for t in scn.get("ties", []):
        add(index[t["from"]], index[t["to"]], t["weight"])
    gw = beh["groupTieWeight"]
    if gw > 0:
        bygroup = {}
        for k, a in enumerate(actors):
            for g in a["groups"]:
                bygroup.setdefault(g, []).append(k)
        for members in bygroup.values():
            for i in members:
                for j in members:
                    add(j, i, gw)
    hw = beh["homeTieWeight"]
    if hw > 0:
        for k, a in enumerate(actors):
            if a["home"]:
                add(k, index[a["home"]], hw)
    return beh, issues, sq, actors, index, inc


def select(sel, actors, index):
    """Indices of the actors a selector picks."""
    if sel == "all":
        return list(range(len(actors)))
    if isinstance(sel, list):
        return sorted(index[x] for x in sel)
    out = []
    for k, a in enumerate(actors):
        if "kinds" in sel and a["kind"] not in sel["kinds"]:
            continue
        if "groups" in sel and not set(sel["groups"]) & set(a["groups"]):
            continue
        if "ids" in sel and a["id"] not in sel["ids"]:
            continue
        out.append(k)
    return out


def utility(a, pos, x, k):
    return 1.0 - sum(s * abs(xd - pd) ** k for s, xd, pd in zip(a["sal"], x, pos))


def gain(a, pos, x, sq, k):
    return utility(a, pos, x, k) - utility(a, pos, sq, k)


def _logistic(rng, tau):
    if tau <= 0:
        return 0.0
    u = rng.random()
    while u <= 0.0:
        u = rng.random()
    return tau * math.log(u / (1.0 - u))


def run(scn, seed=None, temperature=None):
    """One run. seed None or temperature 0 -> deterministic. Returns a list of stage results."""
    beh, issues, sq, actors, index, inc = _resolve(scn)
    if temperature is not None:
        for a in actors:
            a["tau"] = temperature
    k = 2 if beh["distance"] == "quadratic" else 1
    rng = random.Random(seed if seed is not None else 0)
    pos = [list(a["p0"]) for a in actors]
    first_round_of_run = True
    results = []
    prev = None  # (success, text)
    for st in scn["stages"]:
        when = st.get("when", "always")
        if prev is not None and ((when == "previous-failed" and prev[0]) or
                                 (when == "previous-succeeded" and not prev[0])):
            results.append(dict(id=st["id"], executed=False))
            continue
        members = select(st.get("members", "all"), actors, index)
        memset = set(members)
        t = st["text"]
        if t == "inherit":
            x = list(prev[1])
        elif t == "initiator":
            x = list(pos[index[st["initiator"]]])
        elif t == "compromise":
            x = []
            for d in range(len(issues)):
                num = sum(actors[i]["cap"] * actors[i]["sal"][d] * pos[i][d] for i in members)
                den = sum(actors[i]["cap"] * actors[i]["sal"][d] for i in members)
                x.append(num / den if den > 0 else sq[d])
        else:
            x = [t[d] for d in issues]
        support = [False] * len(actors)
        rule = st["rule"]
        open_decl = rule["type"] == "open-declaration"
        founders = [index[f] for f in st.get("founders", [])] if open_decl else []
        joined_round = {}
        for f in founders:
            support[f] = True
            joined_round[f] = 0
        res = dict(id=st["id"], executed=True, success=False, success_round=None, curve=[])
        votes = {}
        for r in range(1, st["rounds"] + 1):
            if not first_round_of_run:
                new = []
                for i, a in enumerate(actors):
                    if inc[i] and a["lam"] > 0:
                        wsum = beh["selfWeight"] + sum(inc[i].values())
                        p = []
                        for d in range(len(issues)):
                            avg = (beh["selfWeight"] * pos[i][d] +
                                   sum(w * pos[j][d] for j, w in inc[i].items())) / wsum
                            p.append((1 - a["lam"]) * a["p0"][d] + a["lam"] * avg)
                        new.append(p)
                    else:
                        new.append(pos[i])
                pos = new
            first_round_of_run = False
            zs = {}
            prev_support = list(support)
            for i in members:
                a = actors[i]
                deciding = (a["avail"] <= r) and (not open_decl or not support[i] or st.get("allowWithdrawal", False))
                if not deciding:
                    continue
                P = 0.0
                if inc[i]:
                    P = sum(w for j, w in inc[i].items() if prev_support[j]) / sum(inc[i].values())
                z = gain(a, pos[i], x, sq, k) + a["beta"] * P - a["c"]
                zs[i] = z + _logistic(rng, a["tau"])
            b = beh["abstainBand"]
            if open_decl:
                for i, z in zs.items():
                    if not support[i] and z > 0:
                        support[i] = True
                        joined_round[i] = r
                    elif support[i] and z < -b:
                        support[i] = False
                ok = True
                for cond in st["success"]:
                    sel = [i for i in select(cond.get("select", "all"), actors, index)]
                    if "minCount" in cond:
                        ok &= sum(support[i] for i in sel) >= cond["minCount"]
                    elif "minFraction" in cond:
                        ok &= sum(support[i] for i in sel) >= cond["minFraction"] * len(sel)
                    else:
                        w = cond["weight"]
                        tot = sum(actors[i]["weights"].get(w, 0.0) for i in sel)
                        got = sum(actors[i]["weights"].get(w, 0.0) for i in sel if support[i])
                        ok &= got >= cond["minShare"] * tot * (1 - 1e-12)
                res["curve"].append(sum(support[i] for i in members))
                if ok and not res["success"]:
                    res["success"] = True
                    res["success_round"] = r
            else:
                votes = {}
                for i in members:
                    z = zs.get(i)
                    if z is None:
                        votes[i] = "abstain"
                    elif z > b:
                        votes[i] = "yes"
                    elif z < -b:
                        votes[i] = "no"
                    else:
                        votes[i] = "abstain"
                support = [votes.get(i) == "yes" for i in range(len(actors))]
                yes = sum(v == "yes" for v in votes.values())
                no = sum(v == "no" for v in votes.values())
                ab = len(members) - yes - no
                res["curve"].append((yes, no, ab))
                adopted = tally(rule, yes, no, ab, votes, members, actors)
                if adopted:
                    res["success"] = True
                    res["success_round"] = r
                    break
                if r < st["rounds"]:
                    mu = st.get("concession", 0.0)
                    non = [i for i in members if votes[i] != "yes"]
                    for d in range(len(issues)):
                        den = sum(actors[i]["cap"] * actors[i]["sal"][d] for i in non)
                        if den > 0:
                            y = sum(actors[i]["cap"] * actors[i]["sal"][d] * pos[i][d] for i in non) / den
                            x[d] = x[d] + mu * (y - x[d])
        res["text"] = list(x)
        res["joined"] = {actors[i]["id"]: joined_round.get(i) for i in members} if open_decl else None
        res["votes"] = {actors[i]["id"]: v for i, v in votes.items()} if not open_decl else None
        res["gains"] = {actors[i]["id"]: gain(actors[i], pos[i], x, sq, k) for i in members}
        if open_decl and res["success"]:
            res["in_force_round"] = res["success_round"] + st.get("entryIntoForceDelay", 0)
        results.append(res)
        prev = (res["success"], x)
    return results


def tally(rule, yes, no, ab, votes, members, actors):
    t = rule["type"]
    n = len(members)
    if t == "consensus":
        return no == 0
    if t == "unanimity":
        return no == 0 and yes >= 1 and (not rule.get("abstentionBlocks", False) or ab == 0)
    if t == "majority":
        if yes < 1:
            return False
        quota = rule.get("quota", "simple")
        den = n if rule.get("base", "present-and-voting") == "members" else yes + no
        if quota == "simple":
            return yes > no if rule.get("base", "present-and-voting") != "members" else 2 * yes > n
        if quota == "two-thirds":
            return 3 * yes >= 2 * den
        return yes >= quota * den
    if t == "qualified-majority":
        mq = rule.get("memberQuota", 0.55)
        mm = rule.get("minMembers", 15)
        w = rule.get("weight", "population")
        wq = rule.get("weightQuota", 0.65)
        bm = rule.get("blockingMinMembers", 4)
        if yes < math.ceil(mq * n - 1e-9) or yes < mm:
            return False
        tot = sum(actors[i]["weights"].get(w, 0.0) for i in members)
        got = sum(actors[i]["weights"].get(w, 0.0) for i in members if votes[i] == "yes")
        return got >= wq * tot * (1 - 1e-12) or (n - yes) < bm
    if t == "weighted-majority":
        w = rule["weight"]
        tot = sum(actors[i]["weights"].get(w, 0.0) for i in members)
        got = sum(actors[i]["weights"].get(w, 0.0) for i in members if votes[i] == "yes")
        return yes >= 1 and got >= rule["quota"] * tot * (1 - 1e-12)
    raise ValueError(t)
