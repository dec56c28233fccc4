package io.github.kudos.build;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The private: block of a profile, blanked for the search of a leak's source: same length, same lines. */
class LeakSourcesTest {
    @Test
    void thePrivateBlockIsBlankedUpToTheNextTopLevelKey() {
        String profile = "name: A\nprivate:\n  contact: a@b.example\n# a comment\n\n  notes: x\nsummary: s\r\nprivate2: y\n";
        String blanked = LeakSources.withoutPrivateBlock(profile);
        assertThat(blanked).hasSameSizeAs(profile);
        assertThat(blanked.lines().toList()).containsExactly(
                "name: A", " ".repeat(8), " ".repeat(22), " ".repeat(11), "", " ".repeat(10), "summary: s", "private2: y");
        assertThat(LeakSources.withoutPrivateBlock("private: {contact: a@b.example}\nname: A\n"))
                .isEqualTo(" ".repeat(31) + "\nname: A\n");
    }
}
