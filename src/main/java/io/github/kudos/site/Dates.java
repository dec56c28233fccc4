package io.github.kudos.site;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Formats dates for the site's language and counts whole years between dates. */
public final class Dates {
    private final DateTimeFormatter display;
    private final DateTimeFormatter monthYear;

    public Dates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        this.display = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.monthYear = DateTimeFormatter.ofPattern(monthYearPattern(locale), locale);
    }

    /**
     * The language's long date without the day ("March 2015", "marzo de 2015", "März 2015", "март 2015 г."): Java 17
     * has no localized year-month skeleton, so the day and the literal around it are cut out.
     */
    static String monthYearPattern(Locale locale) {
        String full = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale);
        String cut = full.replaceFirst("^d+\\.?\\s*(?:'[^']*'\\s*)?(?=M)", "").replaceFirst("(?<=M)\\s*d+,?", "").strip();
        // LLLL: the month's stand-alone form ("март 2015 г.", not the genitive "марта")
        return cut.startsWith("MMMM") && cut.contains("y") ? "LLLL" + cut.substring(4) : "LLLL yyyy";
    }

    public DateView view(LocalDate date) {
        if (date == null) return null;
        return new DateView(date.toString(), date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                display.format(date), monthYear.format(date));
    }

    /** Whole years from start to end (0 when end is before start). */
    public static int yearsBetween(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) return 0;
        return (int) ChronoUnit.YEARS.between(start, end);
    }

    /** The n-th anniversary of a date; 29 February falls on 28 February in other years. */
    public static LocalDate anniversary(LocalDate start, int years) {
        return start.plusYears(years);
    }
}
