package org.negsim.bench;

import ch.randelshofer.fastdoubleparser.JsonDoubleParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of reading a scenario: what any reader of the file must do and nothing more — decode
 * the UTF-8, tokenize (Gson's {@link JsonReader} for JSON, Commons CSV for tables), build every
 * string and parse every number — with no tree, no checks and no binding. Usage: {@code InputFloor
 * FILE...} (a {@code .csv} file is read as a table); prints the tokens and a checksum so that nothing
 * is optimised away.
 */
public final class InputFloor {

    private InputFloor() {
    }

    public static void main(String[] args) throws IOException {
        long tokens = 0;
        double sum = 0;
        for (String name : args) {
            Path file = Path.of(name);
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (name.endsWith(".csv")) {
                    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                        for (String cell : row) {
                            tokens++;
                            sum += isNumber(cell) ? JsonDoubleParser.parseDouble(cell) : cell.length();
                        }
                    }
                } else {
                    JsonReader in = new JsonReader(r);
                    in.setStrictness(Strictness.STRICT);
                    for (JsonToken t = in.peek(); t != JsonToken.END_DOCUMENT; t = in.peek(), tokens++) {
                        switch (t) {
                            case BEGIN_OBJECT -> in.beginObject();
                            case END_OBJECT -> in.endObject();
                            case BEGIN_ARRAY -> in.beginArray();
                            case END_ARRAY -> in.endArray();
                            case NAME -> sum += in.nextName().length();
                            case STRING -> sum += in.nextString().length();
                            case NUMBER -> sum += JsonDoubleParser.parseDouble(in.nextString());
                            case BOOLEAN -> sum += in.nextBoolean() ? 1 : 0;
                            default -> in.nextNull();
                        }
                    }
                }
            }
        }
        System.out.println(tokens + " tokens, checksum " + sum);
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
    }
}
