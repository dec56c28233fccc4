package io.github.kudos.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to safe HTML: flexmark with the SPEC's extensions, then the OWASP allow-list
 * sanitiser over the whole result (flexmark's own escaping misses entity-encoded and mixed-case
 * schemes), then site paths root-prefixed. Parser and renderer are immutable and shared by threads.
 */
public final class Markdown {
    /** Deeper quote nesting overflows the renderer's stack; no real story needs it. */
    static final int MAX_NESTING = 32;
    private static final Pattern SITE_PATH = Pattern.compile("(href|src)=\"/(?!/)");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^[ \\t>]*", Pattern.MULTILINE);

    private static final Parser PARSER;
    /** The same parser without autolinks, for texts that cannot hold one (see {@link #mayAutolink}). */
    private static final Parser PARSER_WITHOUT_AUTOLINKS;
    private static final HtmlRenderer RENDERER;
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
                    "pre", "code", "blockquote", "hr", "br", "del", "s", "sup", "sub", "dl", "dt", "dd",
                    "figure", "figcaption", "input", "kbd", "mark", "abbr", "details", "summary")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("id").matching(Pattern.compile("[A-Za-z0-9_:.-]{1,100}"))
                .onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "sup", "a")
            .allowAttributes("class").matching(Pattern.compile("[A-Za-z0-9_ -]{1,100}"))
                .onElements("a", "div", "li", "ul", "ol", "input", "sup", "code", "pre", "span")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("checked", "disabled", "readonly").onElements("input")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .requireRelsOnLinks("noopener")
            .toFactory();

    static {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create());
        MutableDataSet options = options(extensions);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
        PARSER_WITHOUT_AUTOLINKS = Parser.builder(options(extensions.stream()
                .filter(extension -> !(extension instanceof AutolinkExtension)).toList())).build();
    }

    private static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options;
    }

    /**
     * Whether the autolink extension could find anything: it links only "scheme://..." URLs,
     * "www." addresses and e-mail addresses, in the text as unescaped ("https:/\\/" and "&#64;"
     * count).
     * Its search runs a regular expression over every text, a sixth of a story's rendering, so a
     * text with none of the three, no backslash escape and no character reference skips it.
     */
    static boolean mayAutolink(String markdown) {
        if (markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0
                || markdown.indexOf('\\') >= 0) {
            return true;
        }
        for (int at = markdown.indexOf('&'); at >= 0 && at + 1 < markdown.length(); at = markdown.indexOf('&', at + 1)) {
            char next = markdown.charAt(at + 1);
            if (next == '#' || Character.isLetter(next)) return true;
        }
        return false;
    }

    private final String basePath;
    private final Map<String, String> memo;

    /** basePath is the path part of the site URL, with a trailing slash ("/" or "/showcase/"). */
    public Markdown(String basePath) {
        this(basePath, null);
    }

    private Markdown(String basePath, Map<String, String> memo) {
        this.basePath = basePath;
        this.memo = memo;
    }

    /** One that keeps what it rendered, for the preview server's rebuilds: an unchanged text is not rendered again. */
    public static Markdown remembering(String basePath) {
        return new Markdown(basePath, new ConcurrentHashMap<>());
    }

    public String basePath() {
        return basePath;
    }

    /** Safe HTML for a Markdown text. Throws {@link TooDeepException} for absurd nesting. */
    public String render(String markdown) {
        if (memo == null) return renderNow(markdown);
        String html = memo.get(markdown == null ? "" : markdown);
        if (html == null) {
            html = renderNow(markdown);
            memo.put(markdown == null ? "" : markdown, html);
        }
        return html;
    }

    private String renderNow(String markdown) {
        return renderNow(markdown, markdown != null && mayAutolink(markdown));
    }

    /** With autolinks false, the parser leaves the autolink extension out. */
    String renderNow(String markdown, boolean autolinks) {
        if (markdown == null || markdown.isBlank()) return "";
        if (maxQuoteDepth(markdown) > MAX_NESTING) throw new TooDeepException();
        String html;
        try {
            html = RENDERER.render((autolinks ? PARSER : PARSER_WITHOUT_AUTOLINKS).parse(markdown));
        } catch (StackOverflowError e) {
            throw new TooDeepException();
        }
        return rootPrefix(POLICY.sanitize(html));
    }

    /** Plain text of a Markdown text, for word counts. */
    public static int wordCount(String markdown) {
        if (markdown == null) return 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); i++) {
            boolean space = Character.isWhitespace(markdown.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private String rootPrefix(String html) {
        if (basePath.equals("/")) return html;
        return SITE_PATH.matcher(html).replaceAll(m -> m.group(1) + "=\"" + Matcher.quoteReplacement(basePath));
    }

    private static int maxQuoteDepth(String markdown) {
        int max = 0;
        Matcher matcher = QUOTE_PREFIX.matcher(markdown);
        while (matcher.find()) {
            int depth = 0;
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (markdown.charAt(i) == '>') depth++;
            }
            max = Math.max(max, depth);
        }
        return max;
    }

    /** Markdown nested deeper than a renderer can follow. */
    public static final class TooDeepException extends RuntimeException {
        TooDeepException() {
            super("Markdown is nested too deeply (more than " + MAX_NESTING + " levels)");
        }
    }
}
