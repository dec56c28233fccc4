package io.github.kudos.site;

import io.github.kudos.card.Badge;
import io.github.kudos.card.CardWords;
import io.github.kudos.card.ShareCard;
import io.github.kudos.content.Profile;
import io.github.kudos.diag.Position;
import io.github.kudos.image.Pictures;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The celebration kit of each published profile: card.png (its share card and og:image) and
 * badge.svg beside its page. Only published profiles ever reach this class, and a logo is used
 * only where the view already has one (consent scope "logo"); otherwise the card shows the monogram.
 */
final class Shares {
    private final SiteLink link;
    private final SiteView site;
    private final Pictures pictures;
    private final CardWords words;
    private final List<Output> outputs = new ArrayList<>();
    private final String host;
    private final String primary;
    private final String accent;
    /** A badge says only the relationship and the site: one per relationship, not one per profile. */
    private final Map<String, Badge.Svg> badges = new HashMap<>();
    private final ViewMemo memo;

    Shares(SiteLink link, SiteView site, Pictures pictures, CardWords words, ViewMemo memo) {
        this.link = link;
        this.site = site;
        this.pictures = pictures;
        this.words = words;
        this.memo = memo;
        this.host = host(link);
        this.primary = hex(site.colors().primary());
        this.accent = hex(site.colors().accent());
    }

    /** Plans card.png and badge.svg of a profile whose page is at path, and returns the view its page shows. */
    ShareView add(Profile source, ProfileView view, String path, Position position) {
        Pictures.Logo logo = view.logo() != null && source.logo() != null
                ? pictures.logo(source.logo().path()).orElse(null) : null;
        Badge.Svg badge = badges.computeIfAbsent(view.relationship(), r -> Badge.of(words.badge(r), site.title(), primary));
        // The preview server's rebuilds reuse the card's key (a SHA-256), the page's view of the kit and
        // the outputs while what they are made of is the same; the theme, site.yaml (URL, colours) forget the memo.
        Made made = memo.derived("share", view.slug(),
                Arrays.asList(view, path, site.title(), logo == null ? null : logo.hash(), badge.svg(), source.file(), position),
                () -> made(source, view, path, position, logo, badge));
        outputs.addAll(made.outputs());
        return made.view();
    }

    private record Made(ShareView view, List<Output> outputs) {}

    private Made made(Profile source, ProfileView view, String path, Position position, Pictures.Logo logo, Badge.Svg badge) {
        String year = view.since() == null ? null : String.valueOf(view.since().year());
        String headline = !view.current() ? words.headlinePast() : year == null ? words.headlineNoYear() : words.headline();
        MonogramView m = view.monogram();
        ShareCard.Card card = new ShareCard.Card(headline, view.name(), year, site.title(), host, primary, accent, logo,
                new ShareCard.Monogram(m.initials(), m.background(), m.foreground()));
        String key = ShareCard.cacheKey(card);
        return new Made(shareView(view, path, headline, year, badge), List.of(
                new Output.Binary(path + "card.png", source.file(), position,
                        () -> pictures.cache().get(key, "png", () -> ShareCard.png(card))),
                new Output.Text(path + "badge.svg", source.file(), position, badge.svg())));
    }

    private ShareView shareView(ProfileView view, String path, String headline, String year, Badge.Svg badge) {
        String snippet = Badge.snippet(view.absoluteUrl(), link.absolute(path + "badge.svg"), badge);
        return new ShareView(link.path(path + "card.png"), link.absolute(path + "card.png"),
                CardWords.fill(headline, view.name(), year), ShareCard.WIDTH,
                ShareCard.HEIGHT, link.path(path + "badge.svg"), link.absolute(path + "badge.svg"), badge.text(),
                badge.width(), badge.height(), snippet);
    }

    List<Output> outputs() {
        return List.copyOf(outputs);
    }

    private static String host(SiteLink link) {
        URI uri = URI.create(link.baseUrl());
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath().replaceAll("/$", "");
        return (uri.getHost() == null ? "" : uri.getHost()) + path;
    }

    private static String hex(String css) {
        return Contrast.parse(css).map(Contrast::hex).orElse("#1f6f5c");
    }
}
