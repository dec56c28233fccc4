package io.github.kudos.site;

import io.github.kudos.content.AssetTypes;
import io.github.kudos.content.Page;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Relationship;
import io.github.kudos.content.Story;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.card.CardWords;
import io.github.kudos.image.ImageCache;
import io.github.kudos.markdown.Markdown;
import io.github.kudos.image.ImageWidths;
import io.github.kudos.image.Pictures;
import io.github.kudos.publish.Published;
import io.github.kudos.theme.Messages;

import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The model stage: published content + today -> views and the complete list of outputs, every
 * output path known before anything is rendered.
 */
public final class SiteModel {
    /** siteFolder holds content/; today fixes years together and anniversaries; messages are the theme's texts. */
    /** images are the widths the theme asks raster images in; cache keeps image work between builds. */
    /** markdown renders the bodies and memo keeps the views (the preview server's remember them between rebuilds). */
    public record Settings(SiteLink link, LocalDate today, Path siteFolder, Messages messages, ImageWidths images,
                           ImageCache cache, Markdown markdown, ViewMemo memo) {
        public Settings(SiteLink link, LocalDate today, Path siteFolder, Messages messages, ImageWidths images,
                        ImageCache cache, Markdown markdown) {
            this(link, today, siteFolder, messages, images, cache, markdown, ViewMemo.NONE);
        }

        public Settings(SiteLink link, LocalDate today, Path siteFolder, Messages messages, ImageWidths images,
                        ImageCache cache) {
            this(link, today, siteFolder, messages, images, cache, new Markdown(link.basePath()));
        }

        public Settings(SiteLink link, LocalDate today, Path siteFolder, Messages messages) {
            this(link, today, siteFolder, messages, ImageWidths.DEFAULT, ImageCache.none());
        }
    }

    private final Published published;
    private final Settings settings;
    private final SiteLink link;
    private final Messages messages;
    /** What every page's template sees besides its own values (see {@link Planned}). */
    private Map<String, Object> common = Map.of();
    private SiteView site;

    private SiteModel(Published published, Settings settings) {
        this.published = published;
        this.settings = settings;
        this.link = settings.link();
        this.messages = settings.messages();
    }

    /** The outputs, and the values every page's template sees besides its own: site, profiles, stories, taxonomies. */
    public record Planned(List<Output> outputs, Map<String, Object> common) {}

    public static Planned build(Published published, Settings settings, Problems problems) {
        SiteModel model = new SiteModel(published, settings);
        try {
            List<Output> outputs = model.assemble(problems);
            return new Planned(outputs, model.common);
        } catch (Messages.MissingMessageException e) {
            problems.error(Position.startOf(settings.messages().firstFile()), "theme: " + e.getMessage(),
                    "add the key to the theme's messages/en.yaml, or extend the default theme");
            return new Planned(List.of(), Map.of());
        }
    }

    /**
     * What every section is planned from: content in page order, the views, and what is counted or
     * dated over all profiles. reported holds what making it reported (images, terms, bodies), told
     * again by every build that uses it. The preview server keeps the last one (see {@link #patched}).
     */
    record Basis(Published published, LocalDate today, List<Profile> profiles, List<Story> stories, List<Page> pages,
                 Taxonomies taxonomies, Pictures pictures, Views views, Map<String, ProfileRef> refs,
                 List<ProfileView> profileViews, List<StoryView> storyViews, List<FreePageView> pageViews,
                 List<TestimonialView> testimonials, SiteView site, TaxonomiesView taxonomiesView,
                 Map<String, LocalDate> updated, Celebrations celebrations, Problems reported, Object lineage) {}

    private List<Output> assemble(Problems problems) {
        Basis last = settings.memo().basis();
        Basis patched = last == null ? null : patched(last);
        Basis basis = patched != null ? patched : new Basis(published, settings.today(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, new Problems(), null);
        try {
            if (patched == null) {
                basis = basis(basis.reported());
                settings.memo().made(-1);
            }
            List<Output> outputs = sections(basis);
            if (!basis.reported().hasErrors()) settings.memo().basis(basis);
            return outputs;
        } finally {
            basis.reported().sorted().forEach(problems::add);
        }
    }

    private Basis basis(Problems problems) {
        LocalDate today = settings.today();
        Path contentFolder = settings.siteFolder().resolve("content");
        List<Profile> profiles = sortProfiles(published.profiles(), published.site().language(), settings.memo());
        List<Story> stories = published.stories().stream()
                .sorted(Comparator.comparing(Story::date).reversed().thenComparing(Story::slug)).toList();
        List<Page> pages = published.pages().stream()
                .sorted(Comparator.comparingInt(Page::weight).thenComparing(Page::slug)).toList();
        Taxonomies taxonomies = Taxonomies.of(profiles, stories, problems);
        Pictures pictures = new Pictures(contentFolder, settings.images(), settings.cache(), problems);
        Views views = new Views(link, new Dates(published.site().language()), today, contentFolder, new Images(pictures),
                taxonomies, messages, settings.markdown(), problems, settings.memo());

        List<ProfileView> profileViews = settings.memo().same("profile", views.profiles(profiles, stories), ProfileView::slug);
        Map<String, ProfileRef> refs = new HashMap<>();
        profileViews.forEach(p -> refs.put(p.slug(), p.ref()));
        List<StoryView> storyViews = settings.memo().same("story", views.stories(stories, refs), StoryView::slug);
        List<FreePageView> pageViews = pages.stream().map(views::page).toList();
        List<TestimonialView> testimonials = profileViews.stream().flatMap(p -> p.testimonials().stream()).toList();

        SiteView site = settings.memo().same("site", List.of(views.site(published.site(),
                stats(profileViews, storyViews, testimonials, today), nav(profileViews, pageViews))), s -> "site").get(0);
        TaxonomiesView taxonomiesView = new TaxonomiesView(termViews(taxonomies, "industries"),
                termViews(taxonomies, "tags"), termViews(taxonomies, "locations"));
        Map<String, LocalDate> updated = profileUpdates(profiles, stories, today);
        Celebrations celebrations = Celebrations.of(profiles, stories, refs, views, today, settings.memo());
        return new Basis(published, today, profiles, stories, pages, taxonomies, pictures, views, refs, profileViews,
                storyViews, pageViews, testimonials, site, taxonomiesView, updated, celebrations, problems, new Object());
    }

    /**
     * The last build's basis with this build's profiles, when the only change is an edit of what
     * profiles' own pages show (see {@link ProfileShape}): the views of the edited profiles are made
     * again, the rest is the same as it was. Null when anything else changed, or the last basis
     * reported something about an edited profile, or its new view does: then it is all made again.
     */
    private Basis patched(Basis last) {
        Published before = last.published();
        if (!settings.today().equals(last.today()) || !before.site().equals(published.site())
                || !sameItems(before.stories(), published.stories()) || !sameItems(before.pages(), published.pages())
                || !before.assets().equals(published.assets()) || !before.withheldAssets().equals(published.withheldAssets())) {
            return null;
        }
        Map<Profile, Profile> edited = ProfileShape.edited(before.profiles(), published.profiles());
        if (edited == null) return null;
        Set<String> files = new HashSet<>();
        edited.values().forEach(p -> files.add(p.file()));
        if (last.reported().sorted().stream().anyMatch(d -> d.position() != null && files.contains(d.position().file()))) {
            return null;
        }
        Problems found = new Problems();
        Views views = last.views().reporting(found);
        List<Profile> profiles = new ArrayList<>(last.profiles());
        List<ProfileView> profileViews = new ArrayList<>(last.profileViews());
        Map<String, Integer> places = once("places", last, () -> places(last.profiles()));
        for (Profile now : edited.values()) {
            int i = places.get(now.slug()); // an edit that keeps the shape keeps the place
            profiles.set(i, now);
            profileViews.set(i, views.again(now, last.refs().get(now.slug()), last.profileViews().get(i)));
        }
        if (!found.sorted().isEmpty()) return null;
        settings.memo().made(edited.size());
        return new Basis(published, last.today(), List.copyOf(profiles), last.stories(), last.pages(), last.taxonomies(),
                last.pictures(), last.views(), last.refs(), List.copyOf(profileViews), last.storyViews(), last.pageViews(),
                last.testimonials(), last.site(), last.taxonomiesView(), last.updated(), last.celebrations(), last.reported(),
                last.lineage());
    }

    /** Each profile's place in the sorted list, by slug. */
    private static Map<String, Integer> places(List<Profile> sorted) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) places.put(sorted.get(i).slug(), i);
        return places;
    }

    private static <T> boolean sameItems(List<T> a, List<T> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }

    private List<Output> sections(Basis basis) {
        Path contentFolder = settings.siteFolder().resolve("content");
        List<Profile> profiles = basis.profiles();
        List<ProfileView> profileViews = basis.profileViews();
        List<StoryView> storyViews = basis.storyViews();
        List<TestimonialView> testimonials = basis.testimonials();
        Map<String, LocalDate> updated = basis.updated();
        Celebrations celebrations = basis.celebrations();
        Taxonomies taxonomies = basis.taxonomies();
        Pictures pictures = basis.pictures();
        LocalDate today = basis.today();
        site = basis.site();
        common = Map.of("site", site, "profiles", profileViews, "stories", storyViews, "taxonomies", basis.taxonomiesView());
        // Sections are planned in parallel and joined in this fixed order (the share kits right after
        // the relationship pages), so the outputs never depend on threads.
        List<Supplier<Section>> sections = new ArrayList<>();
        sections.add(() -> Section.of(home(basis, profileViews, storyViews, testimonials, celebrations, updated)));
        CardWords words = CardWords.of(messages);
        for (Relationship relationship : Relationship.values()) {
            sections.add(() -> relationship(basis, relationship, words));
        }
        // What depends on no profile's own page (see ProfileShape) is made once per basis.
        sections.add(() -> Section.of(once("story pages", basis, () -> storyPages(basis.stories(), storyViews))));
        sections.add(() -> Section.of(taxonomyPages(basis, taxonomies, profileViews, storyViews, updated)));
        sections.add(() -> Section.of(once("testimonials page", basis, () -> List.of(page("testimonials/index.html",
                "testimonials.ftlh", "the testimonials page", null,
                meta("testimonials", messages.get("testimonials_title"), null, "testimonials/", "testimonials", null, null),
                Map.of("items", testimonials), latest(updated.values().stream(), today))))));
        sections.add(() -> Section.of(once("celebration pages", basis, () -> celebrationPages(celebrations))));
        sections.add(() -> Section.of(once("free pages", basis, () -> freePages(basis.pages(), basis.pageViews()))));
        sections.add(() -> Section.of(dataFiles(basis, profileViews, profiles, today)));
        List<Section> planned = sections.parallelStream().map(Supplier::get).toList();
        List<Output> outputs = new ArrayList<>();
        int kitsGoHere = 1 + Relationship.values().length;
        planned.subList(0, kitsGoHere).forEach(section -> outputs.addAll(section.pages()));
        planned.forEach(section -> outputs.addAll(section.kits()));
        planned.subList(kitsGoHere, planned.size()).forEach(section -> outputs.addAll(section.pages()));
        outputs.add(once("sitemap output", basis, () -> sitemap(outputs)));
        outputs.addAll(once("kit pages", basis, () -> KitPages.of(site, link, profileViews, testimonials, messages)));
        outputs.addAll(once("assets", basis, () -> assets(contentFolder, profiles, basis.stories(), pictures)));
        return outputs;
    }

    /** What make gives, made once for a basis and the builds that patch it (every build, without the preview's memo). */
    private <T> T once(String kind, Basis basis, Supplier<T> make) {
        return settings.memo().derived(kind, "", basis.lineage(), make);
    }

    private static List<Profile> sortProfiles(List<Profile> profiles, String language, ViewMemo memo) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.SECONDARY);
        // A collation key per name orders exactly as the collator does, without n log n slow comparisons;
        // the preview server keeps each name's key for the next rebuild.
        Map<Profile, CollationKey> names = new IdentityHashMap<>();
        profiles.forEach(p -> names.put(p, memo.derived("collation key", p.name(), language,
                () -> collator.getCollationKey(p.name()))));
        return profiles.stream()
                .sorted(Comparator.comparing((Profile p) -> p.weight() == 0 ? Integer.MAX_VALUE : p.weight())
                        .thenComparing(names::get)
                        .thenComparing(Profile::slug))
                .toList();
    }

    private SiteView.Stats stats(List<ProfileView> profiles, List<StoryView> stories, List<TestimonialView> testimonials,
                                 LocalDate today) {
        return new SiteView.Stats(profiles.size(), count(profiles, "clients"), count(profiles, "suppliers"),
                count(profiles, "partners"), stories.size(), testimonials.size(),
                Dates.yearsBetween(published.site().since(), today));
    }

    private static int count(List<ProfileView> profiles, String section) {
        return (int) profiles.stream().filter(p -> p.section().equals(section)).count();
    }

    private List<NavItem> nav(List<ProfileView> profiles, List<FreePageView> pages) {
        if (!published.site().nav().isEmpty()) {
            return published.site().nav().stream().map(item -> {
                String url = link.contentLink(item.url());
                String section = item.url().startsWith("/") ? item.url().replaceAll("^/+|/.*$", "") : "";
                return new NavItem(item.title(), url, section);
            }).toList();
        }
        List<NavItem> nav = new ArrayList<>();
        for (Relationship r : Relationship.values()) {
            if (count(profiles, r.folder()) > 0) {
                nav.add(new NavItem(messages.get(r.folder()), link.path(r.folder() + "/"), r.folder()));
            }
        }
        if (!published.stories().isEmpty()) nav.add(new NavItem(messages.get("stories"), link.path("stories/"), "stories"));
        nav.add(new NavItem(messages.get("celebrations"), link.path("celebrations/"), "celebrations"));
        pages.stream().filter(FreePageView::nav).forEach(p -> nav.add(new NavItem(p.title(), p.url(), p.slug())));
        return nav;
    }

    private List<TermView> termViews(Taxonomies taxonomies, String taxonomy) {
        return taxonomies.terms(taxonomy).stream().map(t -> t.view(link)).toList();
    }

    /** The latest content date of each profile: consent, start, milestones and stories about it. */
    private static Map<String, LocalDate> profileUpdates(List<Profile> profiles, List<Story> stories, LocalDate today) {
        Map<String, List<LocalDate>> dates = new HashMap<>();
        for (Profile p : profiles) {
            List<LocalDate> list = dates.computeIfAbsent(p.slug(), s -> new ArrayList<>());
            list.add(p.since());
            list.add(p.consent().given());
            p.milestones().forEach(m -> list.add(m.date()));
        }
        for (Story s : stories) s.profiles().forEach(r -> dates.getOrDefault(r.slug(), new ArrayList<>()).add(s.date()));
        Map<String, LocalDate> updated = new HashMap<>();
        dates.forEach((slug, list) -> {
            LocalDate latest = latest(list.stream(), today);
            if (latest != null) updated.put(slug, latest);
        });
        return updated;
    }

    private static LocalDate latest(Stream<LocalDate> dates, LocalDate today) {
        return DataFiles.latest(dates, today);
    }

    private List<Output> home(Basis basis, List<ProfileView> profiles, List<StoryView> stories, List<TestimonialView> testimonials,
                      Celebrations celebrations, Map<String, LocalDate> updated) {
        Map<String, Object> model = new HashMap<>();
        model.put("featured", profiles.stream().filter(ProfileView::featured).toList());
        model.put("logoWall", once("logo wall", basis,
                () -> profiles.stream().filter(p -> p.logo() != null).map(ProfileView::ref).toList()));
        model.put("latestStories", stories.stream().limit(3).toList());
        model.put("testimonials", testimonials.stream().limit(3).toList());
        model.put("upcoming", celebrations.upcoming().stream().limit(4).toList());
        LocalDate latest = once("home updated", basis, () -> latest(Stream.concat(updated.values().stream(),
                stories.stream().map(s -> LocalDate.parse(s.date().iso()))), settings.today()));
        return List.of(page("index.html", "home.ftlh", "the home page", null,
                new PageMeta("home", site.title(), site.description(), link.path(""), link.absolute(""), "home",
                        site.logo() == null ? null : link.absoluteOfPath(site.logo().url()),
                        JsonLd.page(site, "WebSite", site.title(), link.absolute(""))),
                model, latest));
    }

    /** The pages of a section, and the share kits of its profiles (they go after all sections' pages). */
    private record Section(List<Output> pages, List<Output> kits) {
        static Section of(List<Output> pages) {
            return new Section(pages, List.of());
        }
    }

    /**
     * A relationship's pages and share kits. On the basis of the last build, the last build's, with
     * the outputs of the profiles whose views changed made again (they keep their places: see
     * {@link ProfileShape}).
     */
    private Section relationship(Basis basis, Relationship relationship, CardWords words) {
        int[] places = once(relationship.folder() + " places", basis, () -> java.util.stream.IntStream
                .range(0, basis.profiles().size()).filter(i -> basis.profiles().get(i).relationship() == relationship).toArray());
        List<Profile> sources = new ArrayList<>(places.length);
        List<ProfileView> items = new ArrayList<>(places.length);
        for (int i : places) {
            sources.add(basis.profiles().get(i));
            items.add(basis.profileViews().get(i));
        }
        Shares shares = new Shares(link, site, basis.pictures(), words, settings.memo());
        String kind = "relationship " + relationship.folder();
        PlannedRelationship last = settings.memo().kept(kind) instanceof PlannedRelationship kept
                && kept.lineage() == basis.lineage() && kept.items().size() == items.size() ? kept : null;
        Section section = last != null ? edited(last, basis, relationship, sources, items, shares)
                : whole(basis, relationship, sources, items, shares);
        settings.memo().keep(kind, new PlannedRelationship(basis.lineage(), items, section));
        return section;
    }

    /** A relationship's section as planned for a basis, with the views it was planned from. */
    private record PlannedRelationship(Object lineage, List<ProfileView> items, Section section) {}

    /** Pages: the list, then each profile's page and monogram. Kits: each profile's card and badge. */
    private Section whole(Basis basis, Relationship relationship, List<Profile> sources, List<ProfileView> items,
                          Shares shares) {
        List<Output> pages = new ArrayList<>(1 + 2 * items.size());
        pages.add(listPage(basis, relationship, sources, items));
        for (int i = 0; i < sources.size(); i++) pages.addAll(profileOutputs(basis, relationship, sources.get(i), items.get(i), shares));
        return new Section(pages, shares.outputs());
    }

    private Section edited(PlannedRelationship last, Basis basis, Relationship relationship, List<Profile> sources,
                           List<ProfileView> items, Shares shares) {
        List<Output> pages = new ArrayList<>(last.section().pages());
        List<Output> kits = new ArrayList<>(last.section().kits());
        boolean edited = false;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == last.items().get(i)) continue;
            edited = true;
            List<Output> own = profileOutputs(basis, relationship, sources.get(i), items.get(i), shares);
            pages.set(1 + 2 * i, own.get(0));
            pages.set(2 + 2 * i, own.get(1));
        }
        if (!edited) return last.section();
        pages.set(0, listPage(basis, relationship, sources, items));
        List<Output> ownKits = shares.outputs();
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == last.items().get(i)) continue;
            kits.set(2 * i, ownKits.get(k++));
            kits.set(2 * i + 1, ownKits.get(k++));
        }
        return new Section(pages, kits);
    }

    private Output listPage(Basis basis, Relationship relationship, List<Profile> sources, List<ProfileView> items) {
        String section = relationship.folder();
        Taxonomies taxonomies = basis.taxonomies();
        TaxonomiesView filters = once(section + " filters", basis, () -> new TaxonomiesView(
                Taxonomies.countedOver(sources, "industries", taxonomies, link, p -> listOf(p.industry())),
                Taxonomies.countedOver(sources, "tags", taxonomies, link, Profile::tags),
                Taxonomies.countedOver(sources, "locations", taxonomies, link, p -> listOf(p.location()))));
        return page(section + "/index.html", "list.ftlh", "the " + section + " list", null,
                meta("list", messages.get(section), null, section + "/", section, null, null),
                Map.of("section", section, "sectionTitle", messages.get(section), "items", items, "filters", filters,
                        "alumni", once(section + " alumni", basis, () -> (int) items.stream().filter(p -> !p.current()).count())),
                once(section + " updated", basis,
                        () -> latest(items.stream().map(v -> basis.updated().get(v.slug())), settings.today())));
    }

    /** A profile's page and monogram; its share kit goes to shares. */
    private List<Output> profileOutputs(Basis basis, Relationship relationship, Profile source, ProfileView view,
                                        Shares shares) {
        String path = Views.profilePath(source);
        ShareView kit = shares.add(source, view, path, source.position());
        ProfilePage made = settings.memo().derived("profile page", view.slug(), Arrays.asList(source, view, kit, site),
                () -> new ProfilePage(
                        new PageMeta("profile", view.name(), view.summary(), view.url(), view.absoluteUrl(),
                                relationship.folder(), kit.cardAbsoluteUrl(), JsonLd.profile(site, view)),
                        Map.of("profile", view, "kit", kit),
                        new Output.Text(path + "monogram.svg", source.file(), source.position(),
                                Monograms.svg(view.monogram(), view.name()))));
        return List.of(page(path + "index.html", "profile.ftlh", source.file(), source.position(), made.meta(),
                made.model(), basis.updated().get(view.slug())), made.monogram());
    }

    /** What a profile's page is planned from, kept by the preview server while the profile, its view and kit are the same. */
    private record ProfilePage(PageMeta meta, Map<String, Object> model, Output monogram) {}

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private List<Output> storyPages(List<Story> stories, List<StoryView> views) {
        List<Output> outputs = new ArrayList<>();
        outputs.add(page("stories/index.html", "stories.ftlh", "the stories list", null,
                meta("stories", messages.get("stories"), null, "stories/", "stories", null, null), Map.of("items", views),
                stories.isEmpty() ? null : stories.get(0).date()));
        for (int i = 0; i < stories.size(); i++) {
            Story source = stories.get(i);
            StoryView view = views.get(i);
            String image = view.cover() != null ? link.absoluteOfPath(view.cover().url()) : null;
            outputs.add(page(Views.storyPath(source) + "index.html", "story.ftlh", source.position().file(), source.position(),
                    new PageMeta("story", view.title(), view.summary(), view.url(), view.absoluteUrl(), "stories",
                            image, settings.memo().derived("story json-ld", view.slug(), List.of(site, view),
                                    () -> JsonLd.story(site, view))),
                    Map.of("story", view), source.date()));
        }
        return outputs;
    }

    private List<Output> taxonomyPages(Basis basis, Taxonomies taxonomies, List<ProfileView> profiles,
                                       List<StoryView> stories, Map<String, LocalDate> updated) {
        List<TermPlan> plans = once("term plans", basis, () -> termPlans(taxonomies, profiles, stories, updated));
        TermPages last = settings.memo().kept("term pages") instanceof TermPages kept && kept.lineage() == basis.lineage()
                ? kept : null;
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            TermPlan plan = plans.get(i);
            if (last != null && sameViews(plan.profiles(), last.profiles(), profiles)) {
                outputs.add(last.outputs().get(i));
                continue;
            }
            Map<String, Object> model = plan.model();
            if (plan.profiles() != null) {
                List<ProfileView> items = new ArrayList<>(plan.profiles().length);
                for (int index : plan.profiles()) items.add(profiles.get(index));
                model = new HashMap<>(model);
                model.put("items", items);
            }
            outputs.add(page(plan.path(), plan.template(), plan.source(), plan.position(), plan.meta(), model, plan.updated()));
        }
        settings.memo().keep("term pages", new TermPages(basis.lineage(), profiles, outputs));
        return outputs;
    }

    /** The term pages of the last build, with the views they were made from. */
    private record TermPages(Object lineage, List<ProfileView> profiles, List<Output> outputs) {}

    private static boolean sameViews(int[] indices, List<ProfileView> before, List<ProfileView> now) {
        if (indices == null) return true;
        for (int index : indices) {
            if (before.get(index) != now.get(index)) return false;
        }
        return true;
    }

    /**
     * A taxonomy's index page or one of its terms' pages as planned once per basis: everything but
     * the views of the term's profiles, which an edit may change (their places among all profiles).
     */
    private record TermPlan(String path, String template, String source, Position position, PageMeta meta,
                            Map<String, Object> model, int[] profiles, LocalDate updated) {}

    private List<TermPlan> termPlans(Taxonomies taxonomies, List<ProfileView> profiles, List<StoryView> stories,
                                     Map<String, LocalDate> updated) {
        Map<String, Integer> profileIndex = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) profileIndex.put(profiles.get(i).slug(), i);
        Map<String, StoryView> storyBySlug = new HashMap<>();
        stories.forEach(s -> storyBySlug.put(s.slug(), s));
        List<TermPlan> plans = new ArrayList<>();
        for (String taxonomy : Taxonomies.NAMES) {
            List<Taxonomies.Term> terms = taxonomies.terms(taxonomy);
            String title = messages.get(taxonomy);
            plans.add(new TermPlan(taxonomy + "/index.html", "terms.ftlh", "the " + taxonomy + " index", null,
                    meta("terms", title, null, taxonomy + "/", taxonomy, null, null),
                    Map.of("taxonomy", taxonomy, "taxonomyTitle", title,
                            "terms", terms.stream().map(t -> t.view(link)).toList()), null, null));
            for (Taxonomies.Term term : terms) {
                int[] items = term.profiles().stream().mapToInt(p -> profileIndex.get(p.slug())).toArray();
                List<StoryView> storyItems = term.stories().stream()
                        .map(s -> storyBySlug.get(s.slug()))
                        .sorted(Comparator.comparing((StoryView s) -> s.date().iso()).reversed()).toList();
                LocalDate latest = latest(Stream.concat(term.profiles().stream().map(p -> updated.get(p.slug())),
                        term.stories().stream().map(Story::date)), settings.today());
                plans.add(new TermPlan(taxonomy + "/" + term.slug() + "/index.html", "term.ftlh",
                        taxonomy + " '" + term.name() + "'", Position.startOf(term.firstFile()),
                        meta("term", term.name(), null, taxonomy + "/" + term.slug() + "/", taxonomy, null, null),
                        Map.of("term", term.view(link), "storyItems", storyItems), items, latest));
            }
        }
        return plans;
    }

    private List<Output> celebrationPages(Celebrations celebrations) {
        Map<Integer, List<CelebrationView>> byYear = celebrations.byYear();
        List<Integer> years = List.copyOf(byYear.keySet());
        LocalDate latest = celebrations.past().isEmpty() ? null : LocalDate.parse(celebrations.past().get(0).date().iso());
        List<Output> outputs = new ArrayList<>();
        outputs.add(page("celebrations/index.html", "celebrations.ftlh", "the celebrations page", null,
                meta("celebrations", messages.get("celebrations"), null, "celebrations/", "celebrations", null, null),
                Map.of("upcoming", celebrations.upcoming(), "past", celebrations.recent(settings.today()), "years", years),
                latest));
        byYear.forEach((year, items) -> {
            String path = "celebrations/" + year + "/";
            LocalDate last = LocalDate.parse(items.get(items.size() - 1).date().iso());
            outputs.add(page(path + "index.html", "year.ftlh", "the celebrations of " + year, null,
                    meta("year", messages.get("year_in_review", String.valueOf(year)), null, path, "celebrations", null, null),
                    Map.of("year", year, "items", items, "years", years), last));
        });
        return outputs;
    }

    private List<Output> freePages(List<Page> pages, List<FreePageView> views) {
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page source = pages.get(i);
            FreePageView view = views.get(i);
            outputs.add(page(source.slug() + "/index.html", "page.ftlh", source.position().file(), source.position(),
                    meta("page", view.title(), source.description(), source.slug() + "/", source.slug(), null, null),
                    Map.of("content", view), null));
        }
        outputs.add(page("404.html", "404.ftlh", "the 404 page", null,
                meta("404", messages.get("not_found_title"), null, "404.html", "", null, null), Map.of(), null));
        return outputs;
    }

    private List<Output> dataFiles(Basis basis, List<ProfileView> profiles, List<Profile> sources, LocalDate today) {
        // Which profiles and stories the feed shows depends on their dates and URLs only: chosen once per basis.
        List<Object> picks = once("feed picks", basis, () -> feedPicks(profiles, basis.storyViews(), sources, today));
        List<DataFiles.Entry> entries = picks.stream().map(pick -> {
            if (pick instanceof StoryView s) return new DataFiles.Entry(s.title(), s.absoluteUrl(), LocalDate.parse(s.date().iso()), s.summary());
            int index = (Integer) pick;
            ProfileView p = profiles.get(index);
            return new DataFiles.Entry(messages.get("feed_welcome_" + p.relationship(), p.name()), p.absoluteUrl(),
                    sources.get(index).consent().given(), p.summary());
        }).toList();
        return List.of(text("feed.xml", DataFiles.feed(site, link, entries)),
                text("robots.txt", DataFiles.robots(link)),
                new Output.Binary("data/profiles.json", "the data/profiles.json file", null, profilesJson(basis, profiles)::make));
    }

    /**
     * data/profiles.json: on the basis of the last build, its entries with only those of the
     * profiles whose views changed written again; else each entry as the memo has it.
     */
    private DataFiles.ProfilesJson profilesJson(Basis basis, List<ProfileView> profiles) {
        DataFiles.ProfilesJson json = settings.memo().kept("profiles.json") instanceof KeptJson kept
                && kept.lineage() == basis.lineage() && kept.profiles().size() == profiles.size()
                ? DataFiles.profilesJson(site, link, profiles, kept.profiles(), kept.json())
                : DataFiles.profilesJson(site, link, profiles, settings.memo());
        settings.memo().keep("profiles.json", new KeptJson(basis.lineage(), profiles, json));
        return json;
    }

    private record KeptJson(Object lineage, List<ProfileView> profiles, DataFiles.ProfilesJson json) {}

    /** The newest profiles (by consent date: their index among all) and stories (their views), newest first. */
    private static List<Object> feedPicks(List<ProfileView> profiles, List<StoryView> stories, List<Profile> sources,
                                          LocalDate today) {
        List<DataFiles.Candidate<Object>> candidates = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            LocalDate date = sources.get(i).consent().given();
            if (date != null && !date.isAfter(today)) candidates.add(new DataFiles.Candidate<>(date, profiles.get(i).absoluteUrl(), i));
        }
        for (StoryView s : stories) {
            candidates.add(new DataFiles.Candidate<>(LocalDate.parse(s.date().iso()), s.absoluteUrl(), s));
        }
        return DataFiles.newest(candidates);
    }

    /** The sitemap of the pages among outputs. */
    private Output sitemap(List<Output> outputs) {
        List<Output.Page> pages = outputs.stream().filter(o -> o instanceof Output.Page).map(o -> (Output.Page) o).toList();
        // The preview server's rebuilds make the sitemap again only when a page's path or date changed
        List<String> dated = pages.stream().map(page -> page.path() + " " + page.updated()).toList();
        return text("sitemap.xml", settings.memo().derived("sitemap", "", dated, () -> DataFiles.sitemap(link, pages)));
    }

    /**
     * Copies content/assets, except files only unpublished content names (an unpublished
     * profile's logo is not published either) and logos whose consent scope excludes them.
     * Raster logos and covers are published resized instead (never the original); SVGs are
     * sanitised; other PNG and JPEG files lose their metadata.
     */
    private List<Output> assets(Path contentFolder, List<Profile> profiles, List<Story> stories, Pictures pictures) {
        Set<String> published = new HashSet<>();
        if (published().site().logo() != null) published.add(published().site().logo().path());
        profiles.stream().filter(p -> p.logo() != null && p.consent().allows("logo")).forEach(p -> published.add(p.logo().path()));
        stories.stream().filter(s -> s.cover() != null).forEach(s -> published.add(s.cover().path()));
        Set<String> withheld = new HashSet<>(published().withheldAssets());
        withheld.removeAll(published);
        Set<String> resized = pictures.planned();
        List<Output> outputs = new ArrayList<>();
        for (String asset : published().assets()) {
            if (withheld.contains(asset) || resized.contains(asset) || AssetTypes.whyNotPublished(asset).isPresent()) continue;
            Position position = Position.startOf("content/" + asset);
            if (Pictures.isSvg(asset)) {
                pictures.svg(asset).ifPresent(svg -> outputs.add(new Output.Text(asset, "content/" + asset, position, svg)));
            } else if (Pictures.isRaster(asset)) {
                pictures.asIs(asset).ifPresent(job -> outputs.add(new Output.Binary(asset, "content/" + asset, position, job::make)));
            } else {
                outputs.add(new Output.Copy(asset, "content/" + asset, position, contentFolder.resolve(asset)));
            }
        }
        for (Pictures.Variant variant : pictures.variants()) {
            outputs.add(new Output.Binary(variant.path(), variant.source(), Position.startOf(variant.source()),
                    variant.job()::make));
        }
        return outputs;
    }

    private Published published() {
        return published;
    }

    private PageMeta meta(String kind, String title, String description, String sitePath, String section,
                          String image, String jsonLd) {
        return new PageMeta(kind, title, description != null ? description : site.description(),
                link.path(sitePath), link.absolute(sitePath), section,
                image != null ? image : site.logo() == null ? null : link.absoluteOfPath(site.logo().url()),
                jsonLd != null ? jsonLd : JsonLd.page(site, "WebPage", title, link.absolute(sitePath)));
    }

    private Output page(String path, String template, String source, Position position, PageMeta meta,
                      Map<String, Object> extra, LocalDate updated) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", meta);
        return new Output.Page(path, source, position, template, model, updated);
    }

    private static Output text(String path, String content) {
        return new Output.Text(path, "the " + path + " file", null, content);
    }
}
