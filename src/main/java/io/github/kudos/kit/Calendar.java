package io.github.kudos.kit;

import io.github.kudos.content.Profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * celebrations.ics: every relationship anniversary of the published profiles as a yearly all-day
 * event, for the owner's own calendar (RFC 5545: CRLF line ends, lines folded at 75 octets, text
 * escaped). UIDs come from the slugs and DTSTAMP from the run's today, so the file is stable.
 */
public final class Calendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Calendar() {}

    static String ics(KitWords words, String business, String host, List<Profile> profiles, LocalDate today) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kudos//Celebrations//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(words.calendarName(business)));
        for (Profile p : profiles) {
            if (p.since() == null || (p.until() != null && !p.until().isAfter(today))) continue;
            LocalDate first = p.since().plusYears(1);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:anniversary-" + p.slug() + "@" + host);
            line(ics, "DTSTAMP:" + DAY.format(today) + "T000000Z");
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(first));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(first.plusDays(1)));
            line(ics, "RRULE:FREQ=YEARLY");
            line(ics, "SUMMARY:" + text(words.calendarSummary(p)));
            line(ics, "DESCRIPTION:" + text(words.calendarDescription(p)));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT escaping of RFC 5545: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line, folded so that no line is longer than 75 octets (never inside a UTF-8 character). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
