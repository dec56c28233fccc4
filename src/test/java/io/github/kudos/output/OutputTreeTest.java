package io.github.kudos.output;

import org.junit.jupiter.api.Test;

import java.util.List;
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

    @Test
    void aTreeIsInPathOrderHoweverItsPathsCome() {
        OutputTree.Collector first = OutputTree.collector();
        for (String path : List.of("z.txt", "a/index.html", "b.css", "a.html", "a/b/index.html")) first.file(path, path.getBytes());
        assertThat(first.tree().files().keySet()).containsExactly("a.html", "a/b/index.html", "a/index.html", "b.css", "z.txt");
        assertThat(new OutputTree(new java.util.HashMap<>(Map.of("b", new byte[0], "a", new byte[0])), Map.of()).files().keySet())
                .containsExactly("a", "b");
    }

    @Test
    void aTreeOverSharedPathsIsAnOrdinaryTreeAndComparesSlotBySlot() {
        OutputTree.Paths paths = OutputTree.Paths.of(List.of("b/index.html", "a.css", "c.html")).orElseThrow();
        OutputTree.Paths none = OutputTree.Paths.of(List.of()).orElseThrow();
        byte[] css = {1};
        OutputTree before = OutputTree.of(paths, new byte[][] {css, {2}, {3}}, none, new java.nio.file.Path[0]);
        OutputTree after = OutputTree.of(paths, new byte[][] {css, {2}, {4}}, none, new java.nio.file.Path[0]);

        assertThat(before.files().keySet()).containsExactly("a.css", "b/index.html", "c.html");
        assertThat(before.files().get("c.html")).containsExactly(3);
        assertThat(before.files().get("d.html")).isNull();
        assertThat(before.files().containsKey("a.css")).isTrue();
        assertThat(before.pageCount()).isEqualTo(2);
        assertThat(before).isEqualTo(new OutputTree(new java.util.HashMap<>(before.files()), Map.of()));
        assertThat(after.changesFrom(before).changed()).containsOnlyKeys("c.html");
        assertThat(after.changesFrom(before).removed()).isEmpty();
        assertThat(after.changesFrom(new OutputTree(Map.of("a.css", css, "z.html", new byte[0]), Map.of())).changed())
                .containsOnlyKeys("b/index.html", "c.html");
        assertThat(OutputTree.Paths.of(List.of("a", "b", "a"))).isEmpty();
    }
}
