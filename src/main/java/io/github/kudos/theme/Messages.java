package io.github.kudos.theme;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's texts in the site's language ({@code themes/<name>/messages/<lang>.yaml}), already
 * merged by {@link MessagesLoader}: the most specific language first, a child theme before its
 * parent. {0}, {1}... are the arguments; numbers are formatted for the language. A plural message
 * has the forms one and other, chosen by its first argument.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    /** One text, or the plural forms of one (one may be null: other is then used for every count). */
    public record Message(String text, String one, String other, String file) {
        public boolean plural() {
            return text == null;
        }
    }

    /** Thrown for a key no messages file defines, or arguments that do not fit the message. */
    public static final class MissingMessageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingMessageException(String message) {
            super(message);
        }
    }

    private final String language;
    private final Locale locale;
    private final Map<String, Message> messages;
    private final List<String> searched;
    // looked up once: NumberFormat.getInstance per number was a tenth of planning a 10,000-profile site
    private final NumberFormat integers;
    private final NumberFormat decimals;

    /** searched names the files looked in, most specific first (for the message of a missing key). */
    public Messages(String language, Map<String, Message> messages, List<String> searched) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.messages = Map.copyOf(messages);
        this.searched = List.copyOf(searched);
        this.integers = NumberFormat.getIntegerInstance(locale);
        this.decimals = NumberFormat.getNumberInstance(locale);
    }

    public String language() {
        return language;
    }

    /** The most specific messages file looked for (it may not exist). */
    public String firstFile() {
        return searched.isEmpty() ? "messages/" + language + ".yaml" : searched.get(0);
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /** The message for key with its arguments filled in. */
    public String get(String key, Object... args) {
        Message message = messages.get(key);
        if (message == null) {
            throw new MissingMessageException("no message '" + key + "' in " + String.join(", ", searched));
        }
        String text = message.text();
        if (message.plural()) {
            if (args.length == 0 || !(args[0] instanceof Number count)) {
                throw new MissingMessageException("message '" + key + "' (" + message.file()
                        + ") is a plural: its first argument must be a number");
            }
            text = isOne(count) && message.one() != null ? message.one() : message.other();
        }
        return fill(key, text, args);
    }

    private String fill(String key, String text, Object[] args) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = matcher.group(1).charAt(0) - '0';
            if (index >= args.length) {
                throw new MissingMessageException("message '" + key + "' uses {" + index + "} but was given "
                        + args.length + " argument" + (args.length == 1 ? "" : "s"));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(args[index])));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Numbers for the language: 1,234 in English, 1.234 in German. */
    private String format(Object value) {
        if (value instanceof Number number) {
            boolean whole = number.doubleValue() == Math.rint(number.doubleValue());
            NumberFormat format = (NumberFormat) (whole ? integers : decimals).clone(); // a NumberFormat is not thread-safe
            return format.format(number);
        }
        return String.valueOf(value);
    }

    /** The CLDR "one" category for whole numbers: 1, and also 0 in French. */
    private boolean isOne(Number count) {
        double n = count.doubleValue();
        return n == 1 || (n == 0 && locale.getLanguage().equals("fr"));
    }
}
