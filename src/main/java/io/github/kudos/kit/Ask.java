package io.github.kudos.kit;

import io.github.kudos.card.CardWords;
import io.github.kudos.card.ShareCard;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;
import io.github.kudos.diag.Problems;
import io.github.kudos.image.ImageCache;
import io.github.kudos.image.ImageException;
import io.github.kudos.image.ImageWidths;
import io.github.kudos.image.Pictures;
import io.github.kudos.site.Monograms;
import io.github.kudos.site.MonogramView;
import io.github.kudos.site.Xml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * kudos ask SLUG: a plain-language permission request for one profile, written outside the site:
 * request.eml (To: its private.contact when there is one), preview.html (printable: exactly what
 * would be published, a preview of its share card, and the consent block to paste once they say
 * yes), card.png and its logo.
 */
public final class Ask {
    private Ask() {}

    /** The files written, relative to folder. */
    public static List<String> write(KitSite site, Profile profile, Path folder, Problems problems) throws IOException {
        List<Story> stories = site.storiesAbout(profile);
        KitWords words = site.words();
        List<KitWords.Item> items = words.items(profile, stories);
        String pageUrl = site.pageUrl(profile);
        List<String> written = new ArrayList<>();
        String eml = Mail.eml(site.fromAddress(), site.contact(profile).orElse(null), words.askSubject(profile),
                words.askBody(profile, items, site.business(), pageUrl, site.fromAddress()), site.today());
        KitFolder.write(folder.resolve("request.eml"), eml);
        written.add("request.eml");

        Pictures pictures = new Pictures(site.folder().resolve("content"), ImageWidths.DEFAULT, ImageCache.none(), problems);
        String logoFile = null;
        Pictures.Logo logo = null;
        // Only a file among the loaded assets: a logo path may point anywhere (../../.ssh/id_rsa.png).
        if (profile.logo() != null && site.content().assets().contains(profile.logo().path())) {
            logo = pictures.logo(profile.logo().path()).orElse(null);
            if (logo != null) {
                try {
                    if (Pictures.isSvg(profile.logo().path())) {
                        logoFile = "logo.svg";
                        KitFolder.write(folder.resolve(logoFile), pictures.svg(profile.logo().path()).orElseThrow());
                    } else {
                        logoFile = "logo.png";
                        KitFolder.write(folder.resolve(logoFile), io.github.kudos.image.Raster.png(logo.pixels().get()));
                    }
                    written.add(logoFile);
                } catch (ImageException e) {
                    logo = null;
                    logoFile = null;
                }
            }
        }
        MonogramView monogram = Monograms.of(profile.name(), "");
        String year = profile.since() == null ? null : String.valueOf(profile.since().getYear());
        CardWords cardWords = site.cardWords();
        boolean current = profile.until() == null || profile.until().isAfter(site.today());
        String headline = !current ? cardWords.headlinePast() : year == null ? cardWords.headlineNoYear() : cardWords.headline();
        ShareCard.Card card = new ShareCard.Card(headline, profile.name(), year, site.business(), site.host(),
                site.primary(), site.accent(), logo,
                new ShareCard.Monogram(monogram.initials(), monogram.background(), monogram.foreground()));
        try {
            KitFolder.write(folder.resolve("card.png"), ShareCard.png(card));
            written.add("card.png");
        } catch (ImageException e) {
            problems.warning(io.github.kudos.diag.Position.startOf(profile.file()), "no card preview: " + e.getMessage());
        }
        KitFolder.write(folder.resolve("preview.html"), preview(site, words, profile, items, pageUrl,
                CardWords.fill(headline, profile.name(), year), logoFile, written.contains("card.png")));
        written.add("preview.html");
        return written;
    }

    private static String preview(KitSite site, KitWords words, Profile p, List<KitWords.Item> items, String pageUrl,
                                  String cardText, String logoFile, boolean card) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"").append(e(words.language()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(words.askSubject(p))).append("</title>\n")
                .append("<style>body{font:1rem/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b2220}")
                .append("h1{font-size:1.6rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem}.scope{font:600 .8rem system-ui;")
                .append("background:#e7f0ed;border-radius:99px;padding:.1rem .5rem;margin-left:.4rem}img{max-width:100%;height:auto}")
                .append(".logo{max-height:8rem;width:auto;border:1px solid #ccc;border-radius:8px;padding:.5rem}")
                .append("pre{background:#f3f4f2;padding:.75rem;border-radius:8px;white-space:pre-wrap}")
                .append("@media print{body{margin:0}a{color:inherit}}</style>\n</head>\n<body>\n")
                .append("<h1>").append(e(words.askSubject(p))).append("</h1>\n")
                .append("<p>").append(e(words.previewIntro(site.business(), p.name(), MARK))
                        .replace(MARK, "<a href=\"" + e(pageUrl) + "\">" + e(pageUrl) + "</a>")).append("</p>\n");
        if (card) {
            html.append("<h2>").append(e(words.previewCard())).append("</h2>\n<p><img src=\"card.png\" width=\"1200\" height=\"630\" alt=\"")
                    .append(e(cardText)).append("\"></p>\n");
        }
        for (KitWords.Item item : items) {
            html.append("<h2>").append(e(item.title())).append("<span class=\"scope\">").append(e(item.scope())).append("</span></h2>\n");
            if (item.scope().equals("logo") && logoFile != null) {
                html.append("<p><img class=\"logo\" src=\"").append(logoFile).append("\" alt=\"")
                        .append(e(words.logoAlt(p.name()))).append("\"></p>\n");
            }
            html.append("<ul>\n");
            item.lines().forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>").append(e(words.previewYes())).append("</h2>\n<p>")
                .append(e(words.previewPaste(MARK)).replace(MARK, "<code>" + e(p.file()) + "</code>")).append("</p>\n<pre>")
                .append(e(words.consentBlock(site.today(), items))).append("</pre>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Stands for a link or a code element inside a translated sentence, until the sentence is escaped. */
    private static final String MARK = "\uE000";

    private static String e(String text) {
        return Xml.escape(text);
    }
}
