package io.github.kudos.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a deploy will do, decided by comparing the site with the last deploy's manifest. Uploads
 * come first, with the entry pages (index.html, 404.html) last among them and the home page the
 * very last, so visitors never meet a page whose links lead nowhere; deletions come after, and
 * only of paths the last deploy wrote.
 */
public record Plan(List<SiteFile> site, List<SiteFile> uploads, List<String> deletions, Manifest previous) {
    private static final Comparator<SiteFile> ORDER = Comparator
            .comparing(SiteFile::isEntryPage)
            .thenComparing(file -> -depth(file.path()))
            .thenComparing(file -> file.path().equals("index.html"))
            .thenComparing(SiteFile::path);
    private static final Pattern PROFILE_PAGE =
            Pattern.compile("(clients|suppliers|partners)/[^/]+/index\\.html");

    public Plan {
        site = List.copyOf(site);
        uploads = List.copyOf(uploads);
        deletions = List.copyOf(deletions);
    }

    public static Plan of(List<SiteFile> site, Manifest previous) {
        List<SiteFile> uploads = new ArrayList<>();
        for (SiteFile file : site) {
            if (!file.sha256().equals(previous.files().get(file.path()))) uploads.add(file);
        }
        uploads.sort(ORDER);
        var current = site.stream().map(SiteFile::path).collect(java.util.stream.Collectors.toSet());
        List<String> deletions = previous.files().keySet().stream()
                .filter(path -> !current.contains(path))
                .sorted(Comparator.reverseOrder())
                .toList();
        return new Plan(site, uploads, deletions, previous);
    }

    /** The profile pages this deploy deletes ("clients/kea/"): a profile no longer published, its consent withdrawn perhaps. */
    public List<String> removedProfiles() {
        return deletions.stream().filter(path -> PROFILE_PAGE.matcher(path).matches())
                .map(path -> path.substring(0, path.length() - "index.html".length())).sorted().toList();
    }

    public int unchanged() {
        return site.size() - uploads.size();
    }

    /** Deletions as a share of the last deploy, in percent (0 for a first deploy). */
    public int deletionPercent() {
        return previous.size() == 0 ? 0 : (int) Math.ceil(100.0 * deletions.size() / previous.size());
    }

    public Manifest manifest() {
        return Manifest.of(site);
    }

    /**
     * The manifest written before anything moves: every path this deploy or the last one may have
     * written is owned, and whatever is about to change is marked unknown, so an interrupted deploy
     * is finished by simply running it again.
     */
    public Manifest inProgress() {
        Map<String, String> files = new java.util.TreeMap<>(previous.files());
        uploads.forEach(file -> files.put(file.path(), Manifest.UNKNOWN));
        return new Manifest(files);
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
