package jp.nerima.zaitaku.era;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EraDateTest {

    @ParameterizedTest
    @CsvSource({
            "令和4年度, 令和, 4, 2022, true, false",
            "平成14年度～, 平成, 14, 2002, true, true",
            "令和元年度～, 令和, 1, 2019, true, true",
            "平成31年度, 平成, 31, 2019, true, false",
            "平成29年～, 平成, 29, 2017, false, true",
            "令和５年３月末, 令和, 5, 2023, false, false",
            "令和5年1月1日, 令和, 5, 2023, false, false",
            "平成２6年９月, 平成, 26, 2014, false, false",
            "令和4年度調査, 令和, 4, 2022, true, false",
    })
    void readsEraDatesAsPrinted(String printed, String era, int eraYear, int gregorian, boolean fiscal,
                                boolean since) {
        EraDate date = EraDate.read(printed, 2023);
        assertTrue(date.wellFormed(), printed);
        assertEquals(era, EraDate.name(date.era()));
        assertEquals(eraYear, date.eraYear());
        assertEquals(gregorian, date.gregorianYear());
        assertEquals(fiscal, date.fiscal());
        assertEquals(since, date.since());
        assertEquals(printed, date.printed());
    }

    @Test
    void readsAYearWithoutEraAsTheEraOfTheReport() {
        EraDate date = EraDate.read("27年10月～", 2023);
        assertTrue(date.eraAssumed());
        assertEquals("平成", EraDate.name(date.era()));
        assertEquals(2015, date.gregorianYear());
        assertEquals(10, date.month());
    }

    @Test
    void readsAGregorianYearAndNamesItsEra() {
        EraDate date = EraDate.read("２０１４年～", 2023);
        assertTrue(date.wellFormed());
        assertEquals(2014, date.gregorianYear());
        assertEquals("平成", EraDate.name(date.era()));
        assertEquals(26, date.eraYear());
    }

    @Test
    void keepsAMalformedDateAndSaysWhatItMostLikelyMeans() {
        EraDate date = EraDate.read("平成年31度～", 2023);
        assertFalse(date.wellFormed());
        assertEquals("平成年31度～", date.printed());
        assertEquals(2019, date.gregorianYear());
        assertTrue(date.reading().startsWith("「平成31年度～」"), date.reading());
    }

    @Test
    void refusesDatesOutsideTheirEra() {
        assertFalse(EraDate.read("平成32年", 2023).wellFormed());
        assertFalse(EraDate.read("令和1年4月1日", 2023).wellFormed());
        assertNull(EraDate.read("随時", 2023).reading());
    }
}
