package io.github.kudos.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
}
