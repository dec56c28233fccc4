package io.github.kudos.kit;

import io.github.kudos.card.CardWords;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.publish.Published;
import io.github.kudos.publish.Publisher;
import io.github.kudos.site.Contrast;
import io.github.kudos.site.SiteLink;
import io.github.kudos.site.Views;
import io.github.kudos.source.SourceFile;
import io.github.kudos.theme.Messages;
import io.github.kudos.theme.MessagesLoader;
import io.github.kudos.theme.ThemeLoader;
import io.github.kudos.yaml.YamlParser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A site folder as ask and kit see it: its content, what is published, where the pages will be,
 * and its theme's words in its language: the kit's sentences, and the card and badge words, so the
 * card ask previews and the badge kit's snippet describes are the ones the site publishes. This is the only code that reads a profile's private.contact, and only to address an email
 * that is written outside the site.
 */
public record KitSite(Path folder, Content content, Published published, SiteLink link, LocalDate today, CardWords cardWords,
                      KitWords words) {
    static final String FALLBACK_URL = "http://localhost:8080/";

    /** Reads the site folder; problems gets every content error (the caller stops on errors). */
    public static KitSite load(Path folder, LocalDate today, Problems problems) {
        Content content = ContentLoader.load(folder, problems);
        Published published = Publisher.publish(content, false);
        String url = content.site().url();
        if (url == null) {
            problems.warning(Position.startOf("content/site.yaml"), "no 'url' set: links in the kit use " + FALLBACK_URL,
                    "set url: to the address of the deployed site");
        }
        Messages builtIn = messages(folder, "default", content);
        Messages theme = content.site().theme().equals("default") ? builtIn : messages(folder, content.site().theme(), content);
        return new KitSite(folder, content, published, SiteLink.of(url == null ? FALLBACK_URL : url), today,
                CardWords.of(theme), new KitWords(theme == null ? builtIn : theme, builtIn));
    }

    /** A theme's texts in the site's language; null when the theme cannot be read (the build reports why). */
    private static Messages messages(Path folder, String themeName, Content content) {
        Problems reportedByTheBuild = new Problems();
        return ThemeLoader.load(folder, themeName, reportedByTheBuild)
                .map(theme -> MessagesLoader.load(theme, content.site().language(), content.site().positions().language(),
                        reportedByTheBuild))
                .orElse(null);
    }

    public Optional<Profile> profile(String slug) {
        return content.profiles().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public List<String> slugs() {
        return content.profiles().stream().map(Profile::slug).sorted().toList();
    }

    public boolean isPublished(Profile profile) {
        return published.profiles().stream().anyMatch(p -> p.slug().equals(profile.slug()));
    }

    /** Published stories that name the profile. */
    public List<Story> storiesAbout(Profile profile) {
        return content.stories().stream().filter(s -> !s.draft())
                .filter(s -> s.profiles().stream().anyMatch(r -> r.slug().equals(profile.slug()))).toList();
    }

    public String pageUrl(Profile profile) {
        return link.absolute(Views.profilePath(profile));
    }

    public String business() {
        return content.site().title() == null ? "us" : content.site().title();
    }

    public String host() {
        String host = URI.create(link.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    public String fromAddress() {
        return content.site().contact() == null ? null : content.site().contact().email();
    }

    public String primary() {
        return hex(content.site().primaryColor(), "#1f6f5c");
    }

    public String accent() {
        return hex(content.site().accentColor(), "#f2b705");
    }

    private static String hex(String css, String fallback) {
        return css == null ? fallback : Contrast.parse(css).map(Contrast::hex).orElse(fallback);
    }

    /** private.contact of a profile when it is an email address; read from its file, never from the site's model. */
    public Optional<String> contact(Profile profile) {
        try {
            Path file = folder.resolve(profile.file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            Problems ignored = new Problems();
            return YamlParser.parseMapping(new SourceFile(profile.file(), text), text, 0, ignored)
                    .flatMap(map -> map.has("private") ? map.map("private") : Optional.empty())
                    .flatMap(map -> map.has("contact") ? map.text("contact") : Optional.empty())
                    .filter(Mail::isAddress);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
