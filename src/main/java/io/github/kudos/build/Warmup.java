package io.github.kudos.build;

import freemarker.template.Configuration;
import freemarker.template.Template;
import io.github.kudos.card.ShareCard;
import io.github.kudos.image.SvgRaster;
import io.github.kudos.image.SvgSanitizer;
import io.github.kudos.markdown.Markdown;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Starts, on a second thread, the libraries a build needs after reading the content (flexmark with
 * the HTML sanitiser, the SVG sanitiser, Freemarker, Java2D with the card fonts, the SVG rasteriser)
 * while the first thread reads and checks the content. Loading and first runs of these take longer
 * than a small site's whole build; done in parallel, the later stages find them ready. The results
 * are thrown away: nothing here reaches a site.
 */
public final class Warmup {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1b6b5a\"/></svg>";

    private Warmup() {}

    /** Begins warming up in the background; returns at once. */
    public static void start() {
        Thread thread = new Thread(Warmup::run, "kudos-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            // in the order the build needs them: Markdown and SVG logos while planning, then templates and cards
            new Markdown("/").render("# Title\n\nSome *text*, a [link](/x/) and <b>html</b>.\n\n- one\n- two\n");
            SvgSanitizer.sanitize(SVG);
            Configuration config = new Configuration(Configuration.VERSION_2_3_33);
            new Template("warmup.ftlh", "<#list items as i><p>${i?upper_case}</p></#list>", config)
                    .process(Map.of("items", List.of("a", "b")), new StringWriter());
            ShareCard.png(new ShareCard.Card("Proud to work with", "Warm Up", "2015", "Kudos", "example.com",
                    "#1b6b5a", "#f4a261", null, new ShareCard.Monogram("WU", "#1b6b5a", "#ffffff")));
            SvgRaster.render(SVG, 32);
        } catch (Exception | LinkageError e) {
            // Only a head start: whatever fails here fails again, and is reported, where the build needs it.
        }
    }
}
