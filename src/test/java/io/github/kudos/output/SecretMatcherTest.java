package io.github.kudos.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher behind the privacy self-check: every form, any place, any case; shadows respected. */
class SecretMatcherTest {
    @Test
    void findsEachFormAnywhereIgnoringCase() {
        SecretMatcher matcher = new SecretMatcher(Set.of("O'Brien & Sons", "owner@coho.example"));
        assertThat(matcher.find("O'Brien & Sons")).isEqualTo("O'Brien & Sons");
        assertThat(matcher.find("<p>o&#39;brien &amp; SONS</p>")).isEqualTo("O'Brien & Sons");
        assertThat(matcher.find("{\"n\":\"O'Brien \\u0026 Sons\"}")).isEqualTo("O'Brien & Sons");
        assertThat(matcher.find("mailto:OWNER%40coho.example")).isEqualTo("owner@coho.example");
        assertThat(matcher.find("x owner@coho.exampl")).isNull();
        assertThat(matcher.find("abc")).isNull();
    }

    @Test
    void aPublicTextThatContainsTheSecretShadowsIt() {
        SecretMatcher matcher = new SecretMatcher(Set.of("Highland Café"), Set.of("The Highland Café"));
        assertThat(matcher.find("We love The Highland Café.")).isNull();
        assertThat(matcher.find("We love Highland Café.")).isEqualTo("Highland Café");
    }

    /** Property: with thousands of secrets that start and end alike, each one is found wherever it is put. */
    @Test
    void manySimilarSecretsAreEachFoundAtAnyOffset() {
        Random random = new Random(7);
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 3000; i++) secrets.add("In the plan together " + i + " notes.");
        SecretMatcher matcher = new SecretMatcher(secrets);
        String filler = "in the plan together we notes. ".repeat(20);
        for (String secret : secrets.stream().sorted().limit(200).toList()) {
            int at = random.nextInt(filler.length());
            String page = filler.substring(0, at) + secret.toUpperCase(java.util.Locale.ROOT) + filler.substring(at);
            assertThat(matcher.find(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(secret);
        }
        assertThat(matcher.find(filler)).isNull();
    }

    /** Words that share many 4- and 8-byte windows, and characters that have escaped forms. */
    private static final String[] WORDS = {"brea", "bread", "break", "breakfast", "breakfast with", "fast", "with ",
            "the ", "then", "a", "b", "ab", "ba", "aab", " ", "  ", "&", "'", "@", "<", "\"", "=", "+", "é", "%", "x y",
            "O'Brien", "café ", "plan", "planned", "together"};

    /**
     * Property: over thousands of random sets of secrets and public texts that overlap (prefixes and
     * substrings of one another), and random documents made of the same words, find names exactly
     * what a naive search names: every form of every secret at every position, ignoring ASCII case,
     * less the finds that a public text's occurrence around them covers; of several, the one that
     * starts first, then the longest, then the first given.
     */
    @Test
    void findsWhatANaiveSearchFinds() {
        int documents = 0;
        int finds = 0;
        int shadowed = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            Set<String> secrets = new LinkedHashSet<>();
            int count = 1 + random.nextInt(12);
            while (secrets.size() < count) {
                String text = random.nextInt(3) == 0 && !secrets.isEmpty()
                        ? piece(random, List.copyOf(secrets).get(random.nextInt(secrets.size())))
                        : words(random, 4 + random.nextInt(37));
                if (text.length() >= 4 && text.length() <= 40) secrets.add(text);
            }
            Set<String> publicTexts = new LinkedHashSet<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String secret = List.copyOf(secrets).get(random.nextInt(secrets.size()));
                publicTexts.add(random.nextInt(4) == 0 ? piece(random, secret)
                        : words(random, random.nextInt(8)) + secret + words(random, random.nextInt(8)));
            }
            SecretMatcher matcher = new SecretMatcher(secrets, publicTexts);
            List<String> pieces = new ArrayList<>(List.of(WORDS));
            List<String> secretForms = new ArrayList<>();
            for (String secret : secrets) {
                secretForms.addAll(SecretMatcher.forms(secret));
                pieces.add(piece(random, secret));
            }
            for (String text : publicTexts) {
                pieces.addAll(SecretMatcher.forms(text));
                pieces.add(piece(random, text));
            }
            for (int d = 0; d < 20; d++, documents++) {
                StringBuilder document = new StringBuilder();
                for (int n = random.nextInt(30); n > 0; n--) {
                    List<String> from = random.nextInt(25) == 0 ? secretForms : pieces;
                    document.append(from.get(random.nextInt(from.size())));
                }
                byte[] bytes = randomCase(random, document.toString().getBytes(StandardCharsets.UTF_8));
                String expected = naiveFind(secrets, publicTexts, bytes);
                assertThat(matcher.find(bytes)).as("seed %d document %d: %s", seed, d,
                        new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
                if (expected != null) finds++;
                else if (naiveFind(secrets, Set.of(), bytes) != null) shadowed++;
            }
        }
        assertThat(finds).as("documents with a find (%d shadowed of %d)", shadowed, documents).isBetween(documents / 5, documents * 4 / 5);
        assertThat(shadowed).as("documents whose finds are all shadowed").isGreaterThan(documents / 100);
    }

    private static String words(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) out.append(WORDS[random.nextInt(WORDS.length)]);
        return out.substring(0, length);
    }

    private static String piece(Random random, String text) {
        int from = random.nextInt(text.length());
        return text.substring(from, from + 1 + random.nextInt(text.length() - from));
    }

    private static byte[] randomCase(Random random, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z' && random.nextBoolean()) bytes[i] -= 32;
        }
        return bytes;
    }

    /** The reference: every form of every secret at every position, simply. */
    private static String naiveFind(Set<String> secrets, Set<String> publicTexts, byte[] data) {
        byte[] lowered = lowerAscii(data);
        List<String> owners = new ArrayList<>();
        List<byte[]> patterns = new ArrayList<>();
        for (String secret : secrets) {
            for (String form : SecretMatcher.forms(secret)) {
                owners.add(secret);
                patterns.add(utf8Lower(form));
            }
        }
        List<byte[]> publicForms = new ArrayList<>();
        for (String text : publicTexts) for (String form : SecretMatcher.forms(text)) publicForms.add(utf8Lower(form));
        for (int start = 0; start < data.length; start++) {
            String found = null;
            int foundLength = 0;
            for (int p = 0; p < patterns.size(); p++) {
                byte[] pattern = patterns.get(p);
                if (pattern.length < 4 || pattern.length <= foundLength || !occursAt(lowered, start, pattern)) continue;
                if (shadowedAt(lowered, start, pattern, publicForms)) continue;
                found = owners.get(p);
                foundLength = pattern.length;
            }
            if (found != null) return found;
        }
        return null;
    }

    /** Whether a public text stands in data around the pattern at start, with the pattern inside it at the same place. */
    private static boolean shadowedAt(byte[] data, int start, byte[] pattern, List<byte[]> publicForms) {
        for (byte[] text : publicForms) {
            for (int offset = 0; offset + pattern.length <= text.length; offset++) {
                if (occursAt(text, offset, pattern) && occursAt(data, start - offset, text)) return true;
            }
        }
        return false;
    }

    private static boolean occursAt(byte[] data, int at, byte[] pattern) {
        if (at < 0 || at + pattern.length > data.length) return false;
        for (int j = 0; j < pattern.length; j++) if (data[at + j] != pattern[j]) return false;
        return true;
    }

    private static byte[] utf8Lower(String text) {
        return lowerAscii(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] lowerAscii(byte[] bytes) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) if (out[i] >= 'A' && out[i] <= 'Z') out[i] += 32;
        return out;
    }
}
