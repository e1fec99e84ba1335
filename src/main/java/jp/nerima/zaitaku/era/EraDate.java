package jp.nerima.zaitaku.era;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the report prints it ('平成14年度～', '令和５年３月末', '27年10月～', '２０１４年～'), read with the JDK's
 * Japanese calendar. The printed text is never changed; the reading goes beside it.
 *
 * @param era           null for a Gregorian year
 * @param eraAssumed    the era was not printed and was read as the latest era in which that year had begun by the
 *                      time of the report
 * @param gregorianYear the calendar year, or the year a fiscal year (年度) starts in
 * @param reading       the reading in words; for a malformed string, its most likely meaning
 */
public record EraDate(String printed, boolean wellFormed, JapaneseEra era, Integer eraYear, boolean eraAssumed,
                      Integer gregorianYear, Integer month, Integer day, boolean fiscal, boolean since,
                      String reading) {

    private static final String ERA_NAMES = String.join("|",
            Arrays.stream(JapaneseEra.values()).map(EraDate::name).toList());

    // Applied to the NFKC form, in which full-width digits are ASCII and '～' is '~'.
    private static final Pattern ERA = Pattern.compile("(?<era>" + ERA_NAMES + ")?(?<year>元|\\d{1,2})年(?<fy>度)?"
            + "(?:(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日)?)?(?<end>末)?(?<since>[~〜～])?(?:調査|時点|更新|設立)?");
    private static final Pattern GREGORIAN = Pattern.compile("(?<year>\\d{4})年(?<fy>度)?(?:(?<month>\\d{1,2})月)?"
            + "(?<since>[~〜～])?");
    private static final Pattern ERA_ANYWHERE = Pattern.compile(ERA_NAMES);
    private static final Pattern NUMBER = Pattern.compile("元|\\d+");

    /** @param referenceYear the year of the report, to read a year printed without its era */
    public static EraDate read(String printed, int referenceYear) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip();
        Matcher m = ERA.matcher(s);
        if (m.matches()) {
            return readEra(printed, m, referenceYear).orElseGet(() -> unreadable(printed, referenceYear));
        }
        m = GREGORIAN.matcher(s);
        if (m.matches()) return readGregorian(printed, m);
        return unreadable(printed, referenceYear);
    }

    private static Optional<EraDate> readEra(String printed, Matcher m, int referenceYear) {
        int year = m.group("year").equals("元") ? 1 : Integer.parseInt(m.group("year"));
        boolean assumed = m.group("era") == null;
        Optional<JapaneseEra> era = assumed ? eraInUse(year, referenceYear) : byName(m.group("era"));
        Integer month = intOrNull(m.group("month"));
        Integer day = intOrNull(m.group("day"));
        boolean fiscal = m.group("fy") != null;
        boolean since = m.group("since") != null;
        boolean monthEnd = m.group("end") != null;
        return era.flatMap(e -> toDate(e, year, month, day).map(date -> {
            int gregorian = date.get(ChronoField.YEAR);
            String words = gregorian + "年" + (fiscal ? "度" : "") + (month == null ? "" : month + "月")
                    + (day == null ? "" : day + "日") + (monthEnd ? "末" : "") + (since ? "～" : "")
                    + (assumed ? "（元号の記載がないため、" + name(e) + year + "年として）" : "");
            return new EraDate(printed, true, e, year, assumed, gregorian, month, day, fiscal, since, words);
        }));
    }

    private static EraDate readGregorian(String printed, Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        Integer month = intOrNull(m.group("month"));
        boolean since = m.group("since") != null;
        JapaneseDate date = JapaneseDate.from(LocalDate.of(year, month == null ? 12 : month, 1));
        int eraYear = date.get(ChronoField.YEAR_OF_ERA);
        String words = year + "年" + (month == null ? "" : month + "月") + (since ? "～" : "")
                + "（" + name(date.getEra()) + eraYear + "年）";
        return new EraDate(printed, true, date.getEra(), eraYear, false, year, month, null,
                m.group("fy") != null, since, words);
    }

    /**
     * A string no reader accepts ('平成年31度～'). Its most likely meaning puts its era, number and marks in the
     * usual order; the string itself stays as printed and is reported as malformed.
     */
    private static EraDate unreadable(String printed, int referenceYear) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        Matcher era = ERA_ANYWHERE.matcher(s);
        Matcher number = NUMBER.matcher(s);
        String likely = null;
        Integer gregorian = null;
        if (era.find() && number.find()) {
            String guess = era.group() + number.group() + "年" + (s.contains("度") ? "度" : "")
                    + (s.contains("~") ? "～" : "");
            Matcher m = ERA.matcher(guess);
            if (m.matches()) {
                Optional<EraDate> reading = readEra(guess, m, referenceYear);
                if (reading.isPresent()) {
                    gregorian = reading.get().gregorianYear();
                    likely = "「" + guess + "」（" + reading.get().reading() + "）の誤記と思われます";
                }
            }
        }
        return new EraDate(printed, false, null, null, false, gregorian, null, null, false, false, likely);
    }

    private static Optional<LocalDate> toDate(JapaneseEra era, int year, Integer month, Integer day) {
        try {
            if (month == null) {
                // Day 1 of an era's year: its first day, so 令和1年 and 平成31年 both exist.
                return Optional.of(LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(era, year, 1)));
            }
            return Optional.of(LocalDate.from(JapaneseDate.of(era, year, month, day == null ? 1 : day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The latest era in which the given year of era had begun by the reference year: 27年 in 2023 is 平成27年. */
    private static Optional<JapaneseEra> eraInUse(int year, int referenceYear) {
        JapaneseEra[] eras = JapaneseEra.values();
        for (int i = eras.length - 1; i >= 0; i--) {
            Optional<LocalDate> date = toDate(eras[i], year, null, null);
            if (date.isPresent() && date.get().getYear() <= referenceYear) return Optional.of(eras[i]);
        }
        return Optional.empty();
    }

    private static Optional<JapaneseEra> byName(String name) {
        return Arrays.stream(JapaneseEra.values()).filter(e -> name(e).equals(name)).findFirst();
    }

    public static String name(JapaneseEra era) {
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }

    private static Integer intOrNull(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
