package io.github.kudos.kit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A ready-to-send email as an .eml file (RFC 5322, opened by any mail program): plain UTF-8
 * text, CRLF line ends. Header values are single lines whatever the content holds (no header
 * injection), and non-ASCII subjects are encoded (RFC 2047). The date is the run's today, so the
 * same content gives the same file.
 */
public final class Mail {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@,;:\"]+@[^\\s<>@,;:\"]+\\.[^\\s<>@,;:\"]+");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);

    private Mail() {}

    /** True when text is one plain email address. */
    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text.strip()).matches();
    }

    /** to and from may be null (left for the mail program to fill in). */
    public static String eml(String from, String to, String subject, String body, LocalDate date) {
        StringBuilder mail = new StringBuilder();
        if (isAddress(from)) header(mail, "From", from.strip());
        header(mail, "To", isAddress(to) ? to.strip() : "");
        header(mail, "Subject", encode(oneLine(subject)));
        header(mail, "Date", RFC_1123.format(date.atTime(9, 0).atOffset(ZoneOffset.UTC)));
        header(mail, "MIME-Version", "1.0");
        header(mail, "Content-Type", "text/plain; charset=UTF-8");
        header(mail, "Content-Transfer-Encoding", "8bit");
        header(mail, "X-Unsent", "1");
        mail.append("\r\n");
        mail.append(body.replace("\r\n", "\n").replace("\n", "\r\n"));
        if (!body.endsWith("\n")) mail.append("\r\n");
        return mail.toString();
    }

    private static void header(StringBuilder mail, String name, String value) {
        mail.append(name).append(": ").append(value).append("\r\n");
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String encode(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (ascii) return text;
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
