package io.github.kudos.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets and CRMs write them: 2021-03-04 (with or without a time), 2021/03/04,
 * 04.03.2021, 4 March 2021, March 4, 2021, and 3/4/2021. The last is day-first in most of the world
 * and month-first in the US, so a column's order is decided by its other values (a 25/12/2021 settles
 * it); when nothing settles it, the date is refused rather than guessed.
 */
final class DateCells {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?: .*)?");
    private static final Pattern DMY_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?: .*)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.?,? (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** How a column writes n/n/yyyy dates. */
    enum Order { DAY_FIRST, MONTH_FIRST, UNKNOWN }

    /** A date, or why the text is not one. */
    record Parsed(LocalDate date, String problem) {
        static Parsed of(LocalDate date) {
            return new Parsed(date, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }
    }

    private DateCells() {}

    /** The order a column's n/n/yyyy dates use, from the values that can only be read one way. */
    static Order orderOf(Collection<String> values) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String value : values) {
            Matcher m = SLASHED.matcher(value.strip());
            if (!m.matches()) continue;
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            dayFirst |= first > 12 && second <= 12;
            monthFirst |= second > 12 && first <= 12;
        }
        return dayFirst == monthFirst ? Order.UNKNOWN : dayFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    static Parsed parse(String text, Order order) {
        String value = text.strip();
        Matcher m;
        if ((m = ISO.matcher(value)).matches() || (m = YMD_SLASH.matcher(value)).matches()) {
            return date(value, m.group(1), m.group(2), m.group(3));
        }
        if ((m = DMY_DOTS.matcher(value)).matches()) return date(value, m.group(3), m.group(2), m.group(1));
        if ((m = DAY_MONTH.matcher(value)).matches()) return named(value, m.group(3), m.group(2), m.group(1));
        if ((m = MONTH_DAY.matcher(value)).matches()) return named(value, m.group(3), m.group(1), m.group(2));
        if ((m = SLASHED.matcher(value)).matches()) return slashed(value, m, order);
        return Parsed.problem("'" + value + "' is not a date");
    }

    private static Parsed slashed(String value, Matcher m, Order order) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second > 12) return Parsed.problem("'" + value + "' is not a real date");
        boolean dayFirst = first > 12 || (second <= 12 && order == Order.DAY_FIRST);
        boolean monthFirst = second > 12 || (first <= 12 && order == Order.MONTH_FIRST);
        if (dayFirst == monthFirst) {
            return Parsed.problem("'" + value + "' could be day/month or month/day, and no other date in its "
                    + "column tells which");
        }
        return dayFirst ? date(value, m.group(3), m.group(2), m.group(1)) : date(value, m.group(3), m.group(1), m.group(2));
    }

    private static Parsed named(String value, String year, String month, String day) {
        String prefix = month.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = MONTHS.indexOf(prefix);
        if (index < 0) return Parsed.problem("'" + value + "' is not a date");
        return date(value, year, String.valueOf(index + 1), day);
    }

    private static Parsed date(String value, String year, String month, String day) {
        try {
            return Parsed.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Parsed.problem("'" + value + "' is not a real date");
        }
    }
}
