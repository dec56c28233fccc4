package io.github.kudos.output;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OutputTreeTest {
    @Test
    void changesFromTellsNewChangedAndRemovedFilesWhereverTheyFallInOrder() {
        byte[] same = {1};
        OutputTree before = new OutputTree(Map.of("a.html", same, "b/index.html", new byte[] {2}, "c.css", new byte[] {3},
                "z.txt", new byte[] {4}), Map.of());
        OutputTree after = new OutputTree(Map.of("a.html", same, "b/index.html", new byte[] {2}, "b/new.html", new byte[] {5},
                "c.css", new byte[] {6}, "zz.txt", new byte[] {7}), Map.of());

        OutputTree.Changes changes = after.changesFrom(before);

        assertThat(changes.changed().keySet()).containsExactlyInAnyOrder("b/new.html", "c.css", "zz.txt");
        assertThat(changes.removed()).isEqualTo(Set.of("z.txt"));
        assertThat(before.changesFrom(before).changed()).isEmpty();
        assertThat(new OutputTree(Map.of(), Map.of()).changesFrom(before).removed()).hasSize(4);
    }
}
