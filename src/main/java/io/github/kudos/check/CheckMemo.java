package io.github.kudos.check;

import io.github.kudos.content.Content;
import io.github.kudos.content.ParseMemo;
import io.github.kudos.content.Profile;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the preview server's last {@link Checks#run} found for each profile, story and asset list,
 * by identity: the parse memo gives an unchanged file's record again as the same instance, so a
 * rebuild after a one-profile edit checks one profile, not 10,000. A result holds while the day,
 * the site folder and the list of assets stay the same; the checks that compare files with each
 * other are not remembered.
 */
public final class CheckMemo {
    /** No memo: everything is checked, as 'kudos build' does. */
    public static final CheckMemo NONE = new CheckMemo(false);

    private final boolean enabled;
    private final ByPlace consent = new ByPlace(false);
    /** What an asset check finds may depend on the file system (a link out of content/, or no file): only passes are kept. */
    private final ByPlace logos = new ByPlace(true);
    private final Results covers = new Results(true);
    private final Results assets = new Results(false);
    private List<String> assetList;
    private Set<String> assetSet;
    private LocalDate today;
    private Path siteFolder;
    /** The last run's content, whether drafts were asked for, and what the checks that compare files found. */
    private Content content;
    private boolean drafts;
    /** The unreadable profile files the cross-file check passed over (see Checks.unreadableProfiles). */
    private Set<String> unreadable = Set.of();
    private List<Diagnostic> crossFile;

    private CheckMemo(boolean enabled) {
        this.enabled = enabled;
    }

    public static CheckMemo create() {
        return new CheckMemo(true);
    }

    /** Begins a run; forgets everything when what the results depend on changed. */
    void start(List<String> assetList, LocalDate today, Path siteFolder) {
        if (!enabled) return;
        boolean sameAssets = this.assetList == assetList || assetList.equals(this.assetList);
        if (!sameAssets || !Objects.equals(this.today, today) || !Objects.equals(this.siteFolder, siteFolder)) {
            for (Results results : new Results[] {covers, assets}) results.last.clear();
            consent.records = null;
            logos.records = null;
        }
        if (!sameAssets) {
            this.assetList = assetList;
            assetSet = null;
        }
        this.today = today;
        this.siteFolder = siteFolder;
    }

    /**
     * What the checks that compare files with each other (slugs, story references) find: the last
     * run's finds again when the stories are the same and each edited profile is alike for them
     * (see {@link Checks#referencedAlike}).
     */
    void crossFile(Content content, boolean drafts, Set<String> unreadable, Problems problems, Consumer<Problems> check) {
        if (!enabled) {
            check.accept(problems);
            return;
        }
        if (!sameForCrossFile(content, drafts) || !unreadable.equals(this.unreadable)) {
            Problems own = new Problems();
            check.accept(own);
            crossFile = own.sorted();
            this.drafts = drafts;
            this.unreadable = unreadable;
        }
        this.content = content;
        crossFile.forEach(problems::add);
    }

    private boolean sameForCrossFile(Content content, boolean drafts) {
        if (this.content == null || drafts != this.drafts) return false;
        int[] stories = ParseMemo.replaced(this.content.stories(), content.stories());
        int[] edited = ParseMemo.replaced(this.content.profiles(), content.profiles());
        if (stories == null || stories.length > 0 || edited == null) return false;
        for (int i : edited) {
            if (!Checks.referencedAlike(this.content.profiles().get(i), content.profiles().get(i), drafts)) return false;
        }
        return true;
    }

    /** The assets as a set; the same set again while the list is equal. */
    Set<String> assetSet(List<String> assets) {
        if (!enabled) return Set.copyOf(assets);
        if (assetSet == null) assetSet = Set.copyOf(assetList);
        return assetSet;
    }

    /** Ends a run: results of records the run did not see (edited or deleted since) are dropped. */
    void finish() {
        if (!enabled) return;
        for (Results results : new Results[] {covers, assets}) results.turn();
    }

    /** What the consent check finds in each profile (see {@link #each}). */
    void consent(List<Profile> profiles, Problems problems, BiConsumer<Profile, Problems> check) {
        each(consent, profiles, problems, check);
    }

    /** What the logo check finds in each profile (see {@link #each}). */
    void logos(List<Profile> profiles, Problems problems, BiConsumer<Profile, Problems> check) {
        each(logos, profiles, problems, check);
    }

    /**
     * What check finds in each record, reported. When the records are the last run's but for a few
     * replaced ones (the parse memo gives an unchanged file's record again), only those, and the
     * ones that failed where only passes are kept, are checked again: no walk over 10,000 profiles.
     */
    private <T> void each(ByPlace results, List<T> records, Problems problems, BiConsumer<T, Problems> check) {
        if (!enabled) {
            records.forEach(record -> check.accept(record, problems));
            return;
        }
        int[] replaced = results.records == null ? null : ParseMemo.replaced(results.records, records);
        if (replaced == null) {
            results.found = new ArrayList<>(records.size());
            results.withProblems = new TreeSet<>();
            for (int i = 0; i < records.size(); i++) results.found.add(found(results, i, records.get(i), check));
        } else {
            results.found = new ArrayList<>(results.found);
            Set<Integer> again = new TreeSet<>();
            for (int i : replaced) again.add(i);
            if (results.onlyPasses) again.addAll(results.withProblems);
            for (int i : again) results.found.set(i, found(results, i, records.get(i), check));
        }
        results.records = records;
        for (int i : results.withProblems) results.found.get(i).forEach(problems::add);
    }

    private static <T> List<Diagnostic> found(ByPlace results, int i, T record, BiConsumer<T, Problems> check) {
        Problems own = new Problems();
        check.accept(record, own);
        List<Diagnostic> found = own.sorted();
        if (found.isEmpty()) results.withProblems.remove(i);
        else results.withProblems.add(i);
        return found;
    }

    /** The last run's records and what the check found in each, by place, and the places with finds. */
    private static final class ByPlace {
        final boolean onlyPasses;
        List<?> records;
        List<List<Diagnostic>> found = List.of();
        Set<Integer> withProblems = new TreeSet<>();

        ByPlace(boolean onlyPasses) {
            this.onlyPasses = onlyPasses;
        }
    }

    void cover(Object owner, Problems problems, Consumer<Problems> check) {
        once(covers, owner, problems, check);
    }

    /** What check finds in the list of assets, the list given to {@link #start}. */
    void assets(Problems problems, Consumer<Problems> check) {
        once(assets, assetList, problems, check);
    }

    private void once(Results results, Object owner, Problems problems, Consumer<Problems> check) {
        if (!enabled) {
            check.accept(problems);
            return;
        }
        List<Diagnostic> found = results.last.get(owner);
        if (found == null) {
            Problems own = new Problems();
            check.accept(own);
            found = own.sorted();
        }
        if (found.isEmpty() || !results.onlyPasses) results.next.put(owner, found);
        found.forEach(problems::add);
    }

    private static final class Results {
        final boolean onlyPasses;
        Map<Object, List<Diagnostic>> last = new IdentityHashMap<>();
        Map<Object, List<Diagnostic>> next = new IdentityHashMap<>();

        Results(boolean onlyPasses) {
            this.onlyPasses = onlyPasses;
        }

        void turn() {
            last = next;
            next = new IdentityHashMap<>(last.size() * 2);
        }
    }
}
