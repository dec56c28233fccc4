package io.github.kudos.publish;

import io.github.kudos.content.Content;
import io.github.kudos.content.ParseMemo;
import io.github.kudos.content.Profile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the preview server's last {@link Publisher#publish} made, so that a rebuild after a
 * one-profile edit does not redo it for 10,000 profiles: each profile's secrets, by identity (the
 * parse memo gives an unchanged file's record again as the same instance), and the secrets and
 * public texts themselves, given again as the same instances when they come out equal. The privacy
 * check then knows by identity that it looks for the same secrets as last time.
 */
public final class PublishMemo {
    /** No memo: everything is made again, as 'kudos build' does. */
    public static final PublishMemo NONE = new PublishMemo(false);
    /** More edited profiles than this at once (a search and replace, a switch of branch): publish in full. */
    private static final int MAX_EDITED = 64;

    /** A secret text with the words that say where it comes from. */
    record Secret(String text, String origin) {}

    private record Secrets(boolean published, List<Secret> secrets) {}

    private final boolean enabled;
    private Map<Profile, Secrets> last = new IdentityHashMap<>();
    private Map<Profile, Secrets> next = new IdentityHashMap<>();
    private List<Secret> allSecrets;
    private Map<String, String> secrets;
    private List<String> publicList;
    private Set<String> publicTexts;
    /** The last publish: its content, whether drafts were asked for, what it published, and where each profile went in it. */
    private Content content;
    private boolean drafts;
    private Published published;
    private int[] publishedAt;

    private PublishMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** The profiles the last publish published, in its order; none before one. */
    public List<Profile> lastProfiles() {
        return published == null ? List.of() : published.profiles();
    }

    public static PublishMemo create() {
        return new PublishMemo(true);
    }

    /**
     * What publishing content gives, made from the last publish when content differs from the last
     * only by a few edited profiles that publish alike (see {@link Publisher#publishAlike}); null
     * when it cannot be.
     */
    Published again(Content content, boolean drafts) {
        if (!enabled || published == null || drafts != this.drafts) return null;
        int[] stories = ParseMemo.replaced(this.content.stories(), content.stories());
        int[] pages = ParseMemo.replaced(this.content.pages(), content.pages());
        int[] edited = ParseMemo.replaced(this.content.profiles(), content.profiles());
        if (stories == null || stories.length > 0 || pages == null || pages.length > 0 || edited == null
                || edited.length > MAX_EDITED) {
            return null;
        }
        List<Profile> profiles = new ArrayList<>(published.profiles());
        for (int i : edited) {
            Profile now = content.profiles().get(i);
            if (!Publisher.publishAlike(this.content.profiles().get(i), now, drafts)) return null;
            if (publishedAt[i] >= 0) profiles.set(publishedAt[i], now);
        }
        Published made = new Published(content.site(), profiles, published.stories(), published.pages(), content.assets(),
                published.secrets(), published.publicTexts(), published.withheldAssets());
        this.content = content;
        this.published = made;
        return made;
    }

    /** Notes a publish made in full, for {@link #again}. */
    void published(Content content, boolean drafts, Published published) {
        if (!enabled) return;
        int[] at = new int[content.profiles().size()];
        int next = 0;
        for (int i = 0; i < at.length; i++) {
            boolean in = next < published.profiles().size() && published.profiles().get(next) == content.profiles().get(i);
            at[i] = in ? next++ : -1;
        }
        this.content = content;
        this.drafts = drafts;
        this.published = published;
        this.publishedAt = at;
    }

    /** The secrets of one profile, published or not. */
    List<Secret> secretsOf(Profile profile, boolean published, Supplier<List<Secret>> make) {
        if (!enabled) return make.get();
        Secrets before = last.get(profile);
        if (before == null || before.published() != published) before = new Secrets(published, make.get());
        next.put(profile, before);
        return before.secrets();
    }

    /** The map made of all secrets: last time's again when they are equal, in the same order. */
    Map<String, String> secrets(List<Secret> all, Supplier<Map<String, String>> make) {
        if (!enabled) return make.get();
        last = next;
        next = new IdentityHashMap<>(last.size() * 2);
        if (!all.equals(allSecrets)) {
            allSecrets = all;
            secrets = make.get();
        }
        return secrets;
    }

    /** The set of public texts: last time's again when made of the same texts in the same order. */
    Set<String> publicTexts(List<String> texts) {
        if (!enabled) return Set.copyOf(texts);
        if (!texts.equals(publicList)) {
            publicList = texts;
            publicTexts = Set.copyOf(texts);
        }
        return publicTexts;
    }
}
