package io.github.kudos.site;

import io.github.kudos.card.Badge;
import io.github.kudos.card.CardWords;
import io.github.kudos.card.ShareCard;
import io.github.kudos.content.Profile;
import io.github.kudos.diag.Position;
import io.github.kudos.image.Pictures;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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

    Shares(SiteLink link, SiteView site, Pictures pictures, CardWords words) {
        this.link = link;
        this.site = site;
        this.pictures = pictures;
        this.words = words;
    }

    /** Plans card.png and badge.svg of a profile whose page is at path, and returns the view its page shows. */
    ShareView add(Profile source, ProfileView view, String path, Position position) {
        String year = view.since() == null ? null : String.valueOf(view.since().year());
        String headline = !view.current() ? words.headlinePast() : year == null ? words.headlineNoYear() : words.headline();
        Pictures.Logo logo = view.logo() != null && source.logo() != null
                ? pictures.logo(source.logo().path()).orElse(null) : null;
        MonogramView m = view.monogram();
        ShareCard.Card card = new ShareCard.Card(headline, view.name(), year, site.title(), host(), hex(site.colors().primary()),
                hex(site.colors().accent()), logo, new ShareCard.Monogram(m.initials(), m.background(), m.foreground()));
        String key = ShareCard.cacheKey(card);
        outputs.add(new Output.Binary(path + "card.png", source.file(), position,
                () -> pictures.cache().get(key, "png", () -> ShareCard.png(card))));
        Badge.Svg badge = Badge.of(words.badge(view.relationship()), site.title(), hex(site.colors().primary()));
        outputs.add(new Output.Text(path + "badge.svg", source.file(), position, badge.svg()));
        String snippet = Badge.snippet(view.absoluteUrl(), link.absolute(path + "badge.svg"), badge);
        return new ShareView(link.path(path + "card.png"), link.absolute(path + "card.png"),
                CardWords.fill(headline, view.name(), year), ShareCard.WIDTH,
                ShareCard.HEIGHT, link.path(path + "badge.svg"), link.absolute(path + "badge.svg"), badge.text(),
                badge.width(), badge.height(), snippet);
    }

    List<Output> outputs() {
        return List.copyOf(outputs);
    }

    private String host() {
        URI uri = URI.create(link.baseUrl());
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath().replaceAll("/$", "");
        return (uri.getHost() == null ? "" : uri.getHost()) + path;
    }

    private static String hex(String css) {
        return Contrast.parse(css).map(Contrast::hex).orElse("#1f6f5c");
    }
}
