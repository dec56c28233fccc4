package io.github.kudos.site;

import io.github.kudos.content.AssetRef;
import io.github.kudos.content.Link;
import io.github.kudos.content.Page;
import io.github.kudos.content.Profile;
import io.github.kudos.content.SiteConfig;
import io.github.kudos.content.Story;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.image.ImageWidths;
import io.github.kudos.markdown.Markdown;
import io.github.kudos.theme.Messages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns published content into the records templates see. This is where consent scope limits
 * what a view holds: no logo without "logo", no testimonial without "quote", no impact without
 * "impact". Views hold root-prefixed URLs made by {@link SiteLink}.
 */
public final class Views {
    private static final int WORDS_PER_MINUTE = 220;
    private static final int RELATED = 4;

    private final SiteLink link;
    private final Dates dates;
    private final LocalDate today;
    private final Path contentFolder;
    private final Images images;
    private final Markdown markdown;
    private final Taxonomies taxonomies;
    private final Messages messages;
    private final Problems problems;
    private final ViewMemo memo;

    public Views(SiteLink link, Dates dates, LocalDate today, Path contentFolder, Images images,
                 Taxonomies taxonomies, Messages messages, Markdown markdown, Problems problems) {
        this(link, dates, today, contentFolder, images, taxonomies, messages, markdown, problems, ViewMemo.NONE);
    }

    /** With a memo (the preview server's), a view whose inputs are all unchanged is the last build's. */
    public Views(SiteLink link, Dates dates, LocalDate today, Path contentFolder, Images images,
                 Taxonomies taxonomies, Messages messages, Markdown markdown, Problems problems, ViewMemo memo) {
        this.memo = memo;
        this.link = link;
        this.dates = dates;
        this.today = today;
        this.contentFolder = contentFolder;
        this.images = images;
        this.markdown = markdown;
        this.taxonomies = taxonomies;
        this.messages = messages;
        this.problems = problems;
    }

    /** These views, reporting into problems instead. */
    Views reporting(Problems problems) {
        return new Views(link, dates, today, contentFolder, images, taxonomies, messages, markdown, problems, memo);
    }

    /** The view of p, an edit of the profile whose view was before, in the same place among the others (same ref). */
    ProfileView again(Profile p, ProfileRef ref, ProfileView before) {
        return profile(p, ref, before.stories(), before.related(), before.previous(), before.next());
    }

    /** Safe HTML of a Markdown body; absurd nesting becomes a diagnostic at the body's first line. */
    private String html(String body, Position start, int bodyLine) {
        try {
            return markdown.render(body);
        } catch (Markdown.TooDeepException e) {
            problems.error(new Position(start.file(), Math.max(1, bodyLine), 1), e.getMessage(),
                    "flatten the quotes or lists");
            return "";
        }
    }

    public static String profilePath(Profile profile) {
        return profile.relationship().folder() + "/" + profile.slug() + "/";
    }

    public static String storyPath(Story story) {
        return "stories/" + story.slug() + "/";
    }

    public ImageView image(AssetRef asset, String alt) {
        return image(asset, alt, ImageWidths.Role.LOGO);
    }

    /** A raster image is published in the theme's widths for its role (srcset); an SVG as it is. */
    public ImageView image(AssetRef asset, String alt, ImageWidths.Role role) {
        return images.view(contentFolder, asset.path(), alt, role, link);
    }

    public ProfileRef ref(Profile profile) {
        boolean showLogo = profile.logo() != null && profile.consent().allows("logo");
        return new ProfileRef(profile.slug(), profile.name(), profile.relationship().singular(),
                link.path(profilePath(profile)), showLogo ? image(profile.logo(), logoAlt(profile.logoAlt(), profile.name())) : null,
                Monograms.of(profile.name(), link.path(profilePath(profile) + "monogram.svg")));
    }

    /** logo_alt from the content, or the theme's "<name> logo" in the site's language. */
    private String logoAlt(String alt, String name) {
        return alt != null ? alt : messages.get("logo_alt", name);
    }

    public StoryRef ref(Story story) {
        return new StoryRef(story.slug(), story.title(), link.path(storyPath(story)), dates.view(story.date()),
                story.summary());
    }

    /** Views of all profiles, in the given order, with their stories, related profiles and neighbours. */
    public List<ProfileView> profiles(List<Profile> sorted, List<Story> stories) {
        List<ProfileRef> madeRefs = sorted.parallelStream().map(this::ref).toList();
        Map<String, ProfileRef> refs = new HashMap<>();
        madeRefs.forEach(r -> refs.put(r.slug(), r));
        Map<String, List<Story>> storiesAbout = new HashMap<>();
        for (Story story : stories) {
            story.profiles().forEach(r -> storiesAbout.computeIfAbsent(r.slug(), s -> new ArrayList<>()).add(story));
        }
        Map<String, List<Profile>> bySection = new HashMap<>();
        Map<String, List<Profile>> byIndustry = new HashMap<>();
        for (Profile profile : sorted) {
            bySection.computeIfAbsent(profile.relationship().folder(), s -> new ArrayList<>()).add(profile);
            if (profile.industry() != null) {
                byIndustry.computeIfAbsent(taxonomies.term("industries", profile.industry()).slug(),
                        s -> new ArrayList<>()).add(profile);
            }
        }
        Map<Profile, Integer> sectionIndex = new java.util.IdentityHashMap<>();
        bySection.values().forEach(list -> { for (int i = 0; i < list.size(); i++) sectionIndex.put(list.get(i), i); });
        Map<Profile, Integer> industryIndex = new java.util.IdentityHashMap<>();
        byIndustry.values().forEach(list -> { for (int i = 0; i < list.size(); i++) industryIndex.put(list.get(i), i); });
        return sorted.parallelStream().map(profile -> {
            List<Profile> section = bySection.get(profile.relationship().folder());
            int index = sectionIndex.get(profile);
            ProfileRef previous = index > 0 ? refs.get(section.get(index - 1).slug()) : null;
            ProfileRef next = index < section.size() - 1 ? refs.get(section.get(index + 1).slug()) : null;
            List<ProfileRef> related = related(profile, byIndustry, industryIndex, refs);
            List<StoryRef> about = storiesAbout.getOrDefault(profile.slug(), List.of()).stream().map(this::ref).toList();
            return profile(profile, refs.get(profile.slug()), about, related, previous, next);
        }).toList();
    }

    /**
     * The view of p, or the last build's when every input is equal. Body HTML, the ref (its logo's
     * variants are planned as it is made) and the term views (their counts move with other profiles)
     * are made every time, so their problems and outputs are never skipped.
     */
    private ProfileView profile(Profile p, ProfileRef ref, List<StoryRef> stories, List<ProfileRef> related,
                                ProfileRef previous, ProfileRef next) {
        MadeEveryTime parts = new MadeEveryTime(html(p.body(), p.position(), p.bodyLine()),
                termView("industries", p.industry()), termView("locations", p.location()), tagViews(p.tags()));
        List<Object> input = Arrays.asList(p, ref, stories, related, previous, next, today, parts);
        return memo.derived("profile view", p.slug(), input, () -> profile(p, ref, stories, related, previous, next, parts));
    }

    /** The parts of a profile view made on every build, whether or not the view itself is reused. */
    private record MadeEveryTime(String html, TermView industry, TermView location, List<TermView> tags) {}

    private TermView termView(String taxonomy, String name) {
        Taxonomies.Term term = taxonomies.term(taxonomy, name);
        return term == null ? null : term.view(link);
    }

    private List<TermView> tagViews(List<String> tags) {
        return tags.stream().map(t -> taxonomies.term("tags", t)).filter(Objects::nonNull)
                .map(t -> t.view(link)).distinct().toList();
    }

    private List<ProfileRef> related(Profile profile, Map<String, List<Profile>> byIndustry,
                                     Map<Profile, Integer> industryIndex, Map<String, ProfileRef> refs) {
        if (profile.industry() == null) return List.of();
        List<Profile> peers = byIndustry.get(taxonomies.term("industries", profile.industry()).slug());
        int index = industryIndex.get(profile);
        List<ProfileRef> related = new ArrayList<>();
        for (int step = 1; step < peers.size() && related.size() < RELATED; step++) {
            related.add(refs.get(peers.get((index + step) % peers.size()).slug()));
        }
        return related;
    }

    private ProfileView profile(Profile p, ProfileRef ref, List<StoryRef> stories, List<ProfileRef> related,
                                ProfileRef previous, ProfileRef next, MadeEveryTime parts) {
        var consent = p.consent();
        List<TestimonialView> testimonials = consent.allows("quote")
                ? p.testimonials().stream().map(t -> new TestimonialView(t.quote(), t.author(), t.role(), ref)).toList()
                : List.of();
        List<ImpactView> impact = consent.allows("impact")
                ? p.impact().stream().map(i -> new ImpactView(i.label(), i.value(), i.note())).toList()
                : List.of();
        List<MilestoneView> milestones = p.milestones().stream()
                .sorted(Comparator.comparing(io.github.kudos.content.Milestone::date))
                .map(m -> new MilestoneView(dates.view(m.date()), m.title())).toList();
        boolean current = p.until() == null || p.until().isAfter(today);
        LocalDate end = current ? today : p.until();
        return new ProfileView(p.slug(), p.name(), p.relationship().singular(), p.relationship().folder(),
                ref.url(), link.absolute(profilePath(p)), ref.logo(), ref.monogram(), p.website(),
                parts.industry(), parts.location(), parts.tags(),
                dates.view(p.since()), dates.view(p.until()), current, Dates.yearsBetween(p.since(), end),
                p.summary(), p.featured(), p.weight(), testimonials, impact, milestones,
                p.links().stream().map(this::link).toList(),
                p.video() == null ? null : new VideoView(p.video().url(), p.video().transcript()),
                parts.html(), p.extra(), stories, timeline(p, milestones, stories), related,
                previous, next);
    }

    private List<TimelineEntry> timeline(Profile p, List<MilestoneView> milestones, List<StoryRef> stories) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (p.since() != null) entries.add(new TimelineEntry(dates.view(p.since()), "since", messages.get("timeline_since"), null));
        milestones.forEach(m -> entries.add(new TimelineEntry(m.date(), "milestone", m.title(), null)));
        stories.forEach(s -> entries.add(new TimelineEntry(s.date(), "story", s.title(), s.url())));
        if (p.until() != null) entries.add(new TimelineEntry(dates.view(p.until()), "until", messages.get("timeline_until"), null));
        entries.sort(Comparator.comparing((TimelineEntry e) -> e.date().iso()).thenComparing(e -> order(e.kind())));
        return entries;
    }

    private static int order(String kind) {
        return switch (kind) { case "since" -> 0; case "milestone" -> 1; case "story" -> 2; default -> 3; };
    }

    public LinkView link(Link link) {
        return new LinkView(link.title(), this.link.contentLink(link.url()));
    }

    /** Story views, newest first, each knowing its neighbours. */
    public List<StoryView> stories(List<Story> newestFirst, Map<String, ProfileRef> profileRefs) {
        return java.util.stream.IntStream.range(0, newestFirst.size()).parallel().mapToObj(i -> {
            StoryRef newer = i > 0 ? ref(newestFirst.get(i - 1)) : null;
            StoryRef older = i < newestFirst.size() - 1 ? ref(newestFirst.get(i + 1)) : null;
            return story(newestFirst.get(i), profileRefs, older, newer);
        }).toList();
    }

    /** The view of s, or the last build's when every input is equal (see the profile view's). */
    private StoryView story(Story s, Map<String, ProfileRef> profileRefs, StoryRef previous, StoryRef next) {
        ImageView cover = s.cover() == null ? null
                : image(s.cover(), s.coverAlt() == null ? "" : s.coverAlt(), ImageWidths.Role.COVER);
        List<ProfileRef> about = s.profiles().stream().map(r -> profileRefs.get(r.slug())).filter(Objects::nonNull).toList();
        String html = html(s.body(), s.position(), s.bodyLine());
        List<TermView> tags = tagViews(s.tags());
        List<Object> input = Arrays.asList(s, cover, about, html, tags, previous, next);
        return memo.derived("story view", s.slug(), input, () -> {
            int minutes = Math.max(1, (int) Math.round(Markdown.wordCount(s.body()) / (double) WORDS_PER_MINUTE));
            return new StoryView(s.slug(), s.title(), link.path(storyPath(s)), link.absolute(storyPath(s)),
                    dates.view(s.date()), s.summary(), cover, tags, s.author(), about, html, minutes, previous, next);
        });
    }

    public FreePageView page(Page page) {
        return new FreePageView(page.slug(), page.title(), link.path(page.slug() + "/"),
                html(page.body(), page.position(), page.bodyLine()), page.weight(), page.nav());
    }

    public SiteView site(SiteConfig config, SiteView.Stats stats, List<NavItem> nav) {
        int years = Dates.yearsBetween(config.since(), today);
        List<LinkView> social = config.social().entrySet().stream()
                .map(e -> new LinkView(capitalise(e.getKey()), e.getValue())).toList();
        return new SiteView(config.title(), config.tagline(), config.description(), config.language(),
                link.baseUrl(), link.basePath(), config.logo() == null ? null : image(config.logo(), logoAlt(null, config.title())),
                new SiteView.Contact(config.contact().email(), config.contact().phone(), config.contact().address()),
                social, ThemeColors.of(config, problems),
                nav, dates.view(config.since()), years, stats, dates.view(today), config.extra(), "Kudos");
    }

    private static final Map<String, String> NETWORK_NAMES = Map.of("linkedin", "LinkedIn", "youtube", "YouTube",
            "tiktok", "TikTok", "github", "GitHub", "x", "X", "twitter", "X (Twitter)");

    private static String capitalise(String word) {
        String known = NETWORK_NAMES.get(word.toLowerCase(java.util.Locale.ROOT));
        if (known != null) return known;
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public Dates dates() {
        return dates;
    }

    public Messages messages() {
        return messages;
    }

    public Markdown markdown() {
        return markdown;
    }
}
