"""Runs negsim itself for the scenario generator: every outcome the generator checks or
calibrates against comes from here, never from a second implementation of the model.

Each call writes a scenario into a temporary folder, runs `negsim run SCENARIO --quiet` on it and
reads the results folder's runs.csv, rounds.csv and actors.csv. Standard library only.
"""
import csv
import json
import os
import shlex
import subprocess
import tempfile


def _truth(cell):
    return cell.strip().lower() == "true"


def _int_or_none(cell):
    return int(cell) if cell != "" else None


class Negsim:
    """A negsim command line (e.g. ["./negsim"] or ["java", "-cp", CP, "org.negsim.cli.Main"])."""

    def __init__(self, command):
        self.command = shlex.split(command) if isinstance(command, str) else list(command)
        self._cache = {}
        self.calls = 0

    def run(self, scn, temperature=None, seed=None):
        """One `negsim run` of the scenario dict; returns one result dict per stage, in file order.

        temperature: if not None, `--set behavior.temperature=T` (the scenarios set no per-actor
        temperature, so this is every actor's). Each stage result has: id, executed, success,
        success_round, in_force_round, text (issue -> value at the end of the stage), curve (per
        round 1..R: the joined count of an open declaration, (yes, no, abstain) of a vote),
        votes (member -> last vote, vote stages) or joined (member -> round it joined or None, open
        declarations), gains (member -> G_i of the stage's final text), positions (actor -> issue ->
        position at the end of the stage).
        """
        key = json.dumps([scn, temperature, seed], sort_keys=True)
        if key in self._cache:
            return self._cache[key]
        options = []
        if temperature is not None:
            options += ["--set", f"behavior.temperature={temperature}"]
        if seed is not None:
            options += ["--seed", str(seed)]
        with tempfile.TemporaryDirectory(prefix="negsim-build-") as tmp:
            out = self._call("run", scn, options, tmp)
            result = self._read(scn, out)
        self._cache[key] = result
        return result

    def sweep(self, scn, replications):
        """The runs.csv rows (dicts) of `negsim sweep` of the scenario with `replications` runs and
        no varied parameter (the scenario's experiment seed)."""
        seed = scn.get("experiment", {}).get("seed", 0)
        plain = dict(scn, experiment={"seed": seed, "replications": replications})
        with tempfile.TemporaryDirectory(prefix="negsim-build-") as tmp:
            return self._rows(self._call("sweep", plain, [], tmp), "runs.csv")

    def fit(self, scn, record_csv, free, options=()):
        """`negsim fit` of the scenario dict on a record (CSV text) with the free parameters
        (`PATH=MIN..MAX` strings) and further options; returns fit.json as a dict, with the text of
        fit.csv under the key "csv"."""
        with tempfile.TemporaryDirectory(prefix="negsim-build-") as tmp:
            record = os.path.join(tmp, "record.csv")
            with open(record, "w", encoding="utf-8", newline="\n") as f:
                f.write(record_csv)
            args = ["--record", record]
            for spec in free:
                args += ["--free", spec]
            out = self._call("fit", scn, args + list(options), tmp)
            with open(os.path.join(out, "fit.json"), encoding="utf-8") as f:
                result = json.load(f)
            with open(os.path.join(out, "fit.csv"), encoding="utf-8", newline="") as f:
                result["csv"] = f.read()
            return result

    def sweep_actors(self, scn, replications):
        """The actors.csv rows (dicts) of `negsim sweep --record actors` of the scenario with
        `replications` runs and no varied parameter (the scenario's experiment seed)."""
        seed = scn.get("experiment", {}).get("seed", 0)
        plain = dict(scn, experiment={"seed": seed, "replications": replications})
        with tempfile.TemporaryDirectory(prefix="negsim-build-") as tmp:
            out = self._call("sweep", plain, ["--record", "actors", "--threads", "1"], tmp)
            return self._rows(out, "runs.csv"), self._rows(out, "actors.csv")

    def _call(self, command, scn, options, tmp):
        """Writes scn into tmp, runs `negsim COMMAND scenario.json --quiet --out tmp/results
        OPTIONS`, and returns the results folder; stops the generator if negsim fails."""
        path = os.path.join(tmp, "scenario.json")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(scn, f, ensure_ascii=False)
        out = os.path.join(tmp, "results")
        args = self.command + [command, path, "--quiet", "--out", out] + options
        self.calls += 1
        done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise SystemExit(f"negsim failed (exit {done.returncode}) on {scn.get('name')}: "
                             f"{' '.join(args)}\n{done.stderr.strip()}")
        return out

    @staticmethod
    def _rows(folder, name):
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    def _read(self, scn, out):
        issues = [i["id"] for i in scn["issues"]]
        runs = self._rows(out, "runs.csv")
        rounds = self._rows(out, "rounds.csv")
        actors = self._rows(out, "actors.csv")
        results = []
        for stage, row in zip(scn["stages"], runs):
            sid = stage["id"]
            assert row["stage"] == sid, (row["stage"], sid)
            res = {"id": sid, "executed": _truth(row["executed"])}
            if not res["executed"]:
                results.append(res)
                continue
            vote = stage["rule"]["type"] != "open-declaration"
            res["success"] = _truth(row["success"])
            res["success_round"] = _int_or_none(row["success_round"])
            res["in_force_round"] = _int_or_none(row["in_force_round"])
            res["text"] = {d: float(row["text_" + d]) for d in issues}
            curve = []
            for r in rounds:
                if r["stage"] == sid and int(r["round"]) >= 1:
                    curve.append((int(r["yes"]), int(r["no"]), int(r["abstain"])) if vote else int(r["joined"]))
            res["curve"] = curve
            mine = [a for a in actors if a["stage"] == sid]
            members = [a for a in mine if _truth(a["member"])]
            if vote:
                res["votes"] = {a["actor"]: a["decision"] for a in members}
            else:
                res["joined"] = {a["actor"]: (int(a["decision_round"]) if a["decision"] == "joined" else None)
                                 for a in members}
            res["gains"] = {a["actor"]: float(a["gain"]) for a in members}
            res["positions"] = {a["actor"]: {d: float(a["position_" + d]) for d in issues} for a in mine}
            results.append(res)
        return results

    def gains(self, issues, actors, behavior, text):
        """G_i(text) of every actor at its scenario position, as negsim computes it: the gain column
        of actors.csv after one round of an open declaration of `text` (no position moves in a
        run's first round)."""
        probe = {"name": "gain-probe", "issues": issues, "actors": [_stripped(a) for a in actors],
                 "behavior": dict(behavior, temperature=0.0),
                 "stages": [{"id": "probe", "rule": {"type": "open-declaration"}, "members": "all",
                             "text": text, "rounds": 1, "success": [{"minCount": 0}]}]}
        return self.run(probe)[0]["gains"]

    def support_share(self, actors, behavior, supporters):
        """For every actor, the share of its incoming tie weight that comes from `supporters` (the
        peer support P it sees when exactly they support), as negsim's influence network weighs the
        ties: one Friedkin-Johnsen update with flexibility 1 of a probe issue on which supporters
        stand at 1 and the others at 0, with a self weight of 1e-12, gives S_supporters / S_all to
        within 1e-12. Actors without incoming ties get 0."""
        issues = [{"id": "probe", "statusQuo": 0.0}]
        probe_actors = []
        for a in actors:
            b = _stripped(a)
            b["position"] = {"probe": 1.0 if a["id"] in supporters else 0.0}
            b["salience"] = {"probe": 1.0}
            b["flexibility"] = 1.0
            probe_actors.append(b)
        beh = dict(behavior, temperature=0.0, selfWeight=1e-12)
        probe = {"name": "support-probe", "issues": issues, "actors": probe_actors, "behavior": beh,
                 "stages": [{"id": "probe", "rule": {"type": "open-declaration"}, "members": "all",
                             "text": {"probe": 0.0}, "rounds": 2, "success": [{"minCount": 0}]}]}
        positions = self.run(probe)[0]["positions"]
        return {a["id"]: (positions[a["id"]]["probe"] if a["id"] not in supporters else None) for a in actors}


def _stripped(actor):
    """The actor without its calibrated values (signing cost), which a probe does not need."""
    return {k: v for k, v in actor.items() if k not in ("signCost",)}
