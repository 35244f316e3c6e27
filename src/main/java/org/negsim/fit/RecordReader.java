package org.negsim.fit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.negsim.engine.DecisionKernel;
import org.negsim.io.CsvFormat;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.scenario.ScenarioException;

/**
 * Reads a record CSV ({@code stage, actor, decision, round}; docs/fit.md) and checks every row
 * against the scenario. Errors are a {@link ScenarioException} whose path is {@code FILE:LINE}
 * (line 1 is the header). Stateless.
 */
public final class RecordReader {

    private static final List<String> COLUMNS = List.of("stage", "actor", "decision", "round");

    private RecordReader() {
    }

    /** Reads and validates a record file. */
    public static Record read(Path file, Scenario scenario) throws ScenarioException, IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in, scenario);
        }
    }

    /** Reads and validates a record; {@code name} names it in messages. */
    public static Record read(String name, Reader in, Scenario scenario) throws ScenarioException, IOException {
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int s = 0; s < scenario.stages().size(); s++) {
            stageIndex.put(scenario.stages().get(s).id(), s);
        }
        Map<String, Integer> actorIndex = new HashMap<>();
        for (int i = 0; i < scenario.actors().size(); i++) {
            actorIndex.put(scenario.actors().get(i).id(), i);
        }
        List<Observation> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CSVParser parser;
        try {
            parser = CSVParser.parse(in, CsvFormat.FORMAT);
        } catch (UncheckedIOException e) {
            throw new ScenarioException(name + ":1", "not a CSV file: " + e.getCause().getMessage());
        }
        try (parser) {
            List<String> header = null;
            for (CSVRecord r : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String where = name + ":" + line;
                if (header == null) {
                    header = new ArrayList<>(r.toList());
                    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                        header.set(0, header.get(0).substring(1));
                    }
                    if (header.size() < 3 || header.size() > 4 || !COLUMNS.subList(0, header.size()).equals(header)) {
                        throw new ScenarioException(where, "the header must be stage,actor,decision,round, was "
                                + String.join(",", header));
                    }
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new ScenarioException(where, "expected " + header.size() + " cells, found " + r.size());
                }
                String roundCell = header.size() == 4 ? r.get(3).trim() : "";
                rows.add(row(where, line, r.get(0).trim(), r.get(1).trim(), r.get(2).trim(), roundCell,
                        scenario, stageIndex, actorIndex, seen));
            }
            if (rows.isEmpty()) {
                throw new ScenarioException(name, "the record has no rows");
            }
        } catch (UncheckedIOException e) {
            throw new ScenarioException(name + ":" + parser.getCurrentLineNumber(), "malformed CSV: "
                    + e.getCause().getMessage());
        }
        return new Record(name, rows, scenario.actors().size());
    }

    private static Observation row(String where, int line, String stageId, String actorId, String decision,
                                   String round, Scenario scenario, Map<String, Integer> stageIndex,
                                   Map<String, Integer> actorIndex, Map<String, Integer> seen)
            throws ScenarioException {
        Integer s = stageIndex.get(stageId);
        if (s == null) {
            throw new ScenarioException(where, "unknown stage " + quote(stageId) + "; stages: "
                    + String.join(", ", stageIndex.keySet().stream().sorted().toList()));
        }
        Integer i = actorIndex.get(actorId);
        if (i == null) {
            throw new ScenarioException(where, "unknown actor " + quote(actorId) + " (not in the scenario)");
        }
        Stage stage = scenario.stages().get(s);
        Actor actor = scenario.actors().get(i);
        boolean member = stage.members().matches(actor);
        boolean founder = stage.founders().contains(actorId);
        int available = actor.availableFrom();
        Observation o;
        if (stage.isOpenDeclaration()) {
            if (decision.equals("none")) {
                if (!round.isEmpty()) {
                    throw new ScenarioException(where, "none takes no round, was " + quote(round));
                }
                if (founder) {
                    throw new ScenarioException(where, actorId + " is a founder of " + stageId + ": it joined in round 0");
                }
                o = new Observation(line, s, i, Observation.Kind.NONE, 0, 0, (byte) 0);
            } else if (decision.equals("joined")) {
                if (!member) {
                    throw new ScenarioException(where, actorId + " is not a member of " + stageId + ", so it cannot join");
                }
                int[] range = rounds(where, round, 0, stage.rounds());
                if (founder && (range[0] != 0 || range[1] != 0)) {
                    throw new ScenarioException(where, actorId + " is a founder of " + stageId + ": it joined in round 0");
                }
                if (!founder && range[0] == 0) {
                    throw new ScenarioException(where, "round 0 is for founders; " + actorId + " is not a founder of " + stageId);
                }
                if (!founder && range[1] < available) {
                    throw new ScenarioException(where, actorId + " is available from round " + available
                            + ", so it cannot have joined by round " + range[1]);
                }
                int from = founder ? 0 : Math.max(range[0], available);
                Observation.Kind kind = from == range[1] ? Observation.Kind.JOINED : Observation.Kind.INTERVAL;
                o = new Observation(line, s, i, kind, from, range[1], (byte) 0);
            } else {
                throw new ScenarioException(where, "decision " + quote(decision) + " is impossible in open declaration "
                        + stageId + "; use joined or none");
            }
            Integer first = seen.putIfAbsent(s + "\u0000" + i, line);
            if (first != null) {
                throw new ScenarioException(where, "second row for " + actorId + " in " + stageId + " (first at line " + first + ")");
            }
            return o;
        }
        byte vote = switch (decision) {
            case "yes" -> DecisionKernel.YES;
            case "no" -> DecisionKernel.NO;
            case "abstain" -> DecisionKernel.ABSTAIN;
            default -> throw new ScenarioException(where, "decision " + quote(decision) + " is impossible in vote stage "
                    + stageId + "; use yes, no or abstain");
        };
        if (!member) {
            throw new ScenarioException(where, actorId + " is not a member of " + stageId + ", so it cannot vote");
        }
        int r = round.isEmpty() ? stage.rounds() : rounds(where, round, 1, stage.rounds())[0];
        if (round.contains("..")) {
            throw new ScenarioException(where, "a vote takes one round, was " + quote(round));
        }
        if (vote != DecisionKernel.ABSTAIN && r < available) {
            throw new ScenarioException(where, actorId + " is available from round " + available
                    + ", so it abstains in round " + r);
        }
        Integer first = seen.putIfAbsent(s + "\u0000" + i + "\u0000" + r, line);
        if (first != null) {
            throw new ScenarioException(where, "second vote of " + actorId + " in round " + r + " of " + stageId
                    + " (first at line " + first + ")");
        }
        return new Observation(line, s, i, Observation.Kind.VOTE, r, r, vote);
    }

    /** A round {@code r} or an interval {@code a..b}, each in [min, max]. */
    private static int[] rounds(String where, String cell, int min, int max) throws ScenarioException {
        if (cell.isEmpty()) {
            throw new ScenarioException(where, "joined needs a round or an interval a..b");
        }
        int dots = cell.indexOf("..");
        int a = round(where, dots < 0 ? cell : cell.substring(0, dots), min, max);
        int b = dots < 0 ? a : round(where, cell.substring(dots + 2), min, max);
        if (b < a) {
            throw new ScenarioException(where, "interval " + cell + " is empty (the first round must not exceed the last)");
        }
        return new int[] {a, b};
    }

    private static int round(String where, String text, int min, int max) throws ScenarioException {
        int r;
        try {
            r = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(where, "round must be a whole number, was " + quote(text));
        }
        if (r < min || r > max) {
            throw new ScenarioException(where, "round " + r + " is out of range " + min + ".." + max);
        }
        return r;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
