package io.github.kudos.publish;

import io.github.kudos.content.Profile;

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

    private PublishMemo(boolean enabled) {
        this.enabled = enabled;
    }

    public static PublishMemo create() {
        return new PublishMemo(true);
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
