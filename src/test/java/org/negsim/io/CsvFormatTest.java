package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negsim.engine.StageOutcome;

class CsvFormatTest {

    private Locale saved;

    @BeforeEach
    void germanLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void doublesUseADotUnderAGermanLocale() {
        assertEquals("0.25", CsvFormat.cell(0.25));
        assertEquals("1234567.5", CsvFormat.cell(1234567.5));
        assertEquals("-0.1", CsvFormat.cell(-0.1));
    }

    @Test
    void doublesAreShortestRoundTripDigits() {
        assertEquals("0.30000000000000004", CsvFormat.cell(0.1 + 0.2));
        assertEquals("1.0E-5", CsvFormat.cell(1e-5));
        assertEquals("1.0", CsvFormat.cell(1.0));
    }

    @Test
    void nanIsAnEmptyCell() {
        assertEquals("", CsvFormat.cell(Double.NaN));
    }

    @Test
    void notApplicableIntIsAnEmptyCellButOtherNegativesAreNot() {
        assertEquals("", CsvFormat.cell(StageOutcome.NOT_APPLICABLE));
        assertEquals("0", CsvFormat.cell(0));
        assertEquals("-2", CsvFormat.cell(-2));
    }

    @Test
    void longsAreWrittenEvenWhenMinusOne() {
        assertEquals("-1", CsvFormat.cell(-1L));
        assertEquals("-9223372036854775808", CsvFormat.cell(Long.MIN_VALUE));
    }

    @Test
    void booleansAreLowerCaseWords() {
        assertEquals("TRUE", CsvFormat.cell(true));
        assertEquals("FALSE", CsvFormat.cell(false));
    }

    @Test
    void recordEndsWithALineFeed() {
        assertEquals("a,b,1.5\n", CsvFormat.record(List.of("a", "b", "1.5")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("1,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n",
                CsvFormat.record(List.of("1", "a,b", "say \"hi\"", "two\nlines")));
    }

    @Test
    void emptyAndNullCellsAfterTheFirstAreBare() {
        assertEquals("1,,,x\n", CsvFormat.record(Arrays.asList("1", "", null, "x")));
    }

    @Test
    void nonAsciiIsWrittenAsIs() {
        assertEquals("1,Côte d’Ivoire\n", CsvFormat.record(List.of("1", "Côte d’Ivoire")));
    }
}
