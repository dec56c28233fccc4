package io.github.kudos.content;

import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server's memo lists a folder again only when a change the watcher reported can alter the list. */
class ParseMemoTest {
    @TempDir
    Path site;

    private final ParseMemo memo = ParseMemo.create();
    private final AtomicInteger listings = new AtomicInteger();

    private List<String> clients() {
        Path folder = site.resolve("content/clients");
        SourceReader reader = new SourceReader(site, new Problems());
        List<Path> files = memo.files(folder, file -> SourceReader.listed(file, ".yaml"), () -> {
            listings.incrementAndGet();
            return reader.list(folder, ".yaml");
        });
        memo.loaded();
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void listsAgainOnlyWhenAReportedChangeAddsOrRemovesAFile() throws Exception {
        Path clients = Files.createDirectories(site.resolve("content/clients"));
        Files.writeString(clients.resolve("a.yaml"), "name: A\n");
        Files.writeString(clients.resolve("b.yaml"), "name: B\n");
        assertThat(clients()).containsExactly("a.yaml", "b.yaml");

        Files.writeString(clients.resolve("b.yaml"), "name: Bee\n"); // an edit, saved through a temporary file
        reported(clients.resolve("b.yaml"), clients.resolve(".b.yaml.swp"), clients.resolve("b.yaml~"));
        assertThat(clients()).containsExactly("a.yaml", "b.yaml");
        assertThat(listings).hasValue(1);

        Files.writeString(clients.resolve("c.yaml"), "name: C\n");
        reported(clients.resolve("c.yaml"));
        assertThat(clients()).containsExactly("a.yaml", "b.yaml", "c.yaml");

        Files.delete(clients.resolve("a.yaml"));
        reported(clients.resolve("a.yaml"));
        assertThat(clients()).containsExactly("b.yaml", "c.yaml");

        Files.move(clients.resolve("c.yaml"), clients.resolve("d.yaml"));
        reported(clients.resolve("c.yaml"), clients.resolve("d.yaml"));
        assertThat(clients()).containsExactly("b.yaml", "d.yaml");
        assertThat(listings).hasValue(4);
    }

    @Test
    void aChangeToTheFolderOrAboveItOrOneTheWatcherCouldNotNameListsAgain() throws Exception {
        Path clients = Files.createDirectories(site.resolve("content/clients"));
        Files.writeString(clients.resolve("a.yaml"), "name: A\n");
        assertThat(clients()).containsExactly("a.yaml");

        Files.writeString(clients.resolve("b.yaml"), "name: B\n");
        reported(site.resolve("content"));
        assertThat(clients()).containsExactly("a.yaml", "b.yaml");

        Files.writeString(clients.resolve("c.yaml"), "name: C\n");
        memo.changed(Set.of(), true);
        assertThat(clients()).containsExactly("a.yaml", "b.yaml", "c.yaml");

        Files.createDirectories(clients.resolve("old"));
        Files.writeString(clients.resolve("old/d.yaml"), "name: D\n"); // in a folder below: never listed
        reported(clients.resolve("old"), clients.resolve("old/d.yaml"));
        assertThat(clients()).containsExactly("a.yaml", "b.yaml", "c.yaml");
        assertThat(listings).hasValue(3);
    }

    @Test
    void anAssetChangeListsTheAssetsAgain() throws Exception {
        Path logos = Files.createDirectories(site.resolve("content/assets/logos"));
        Files.writeString(logos.resolve("a.svg"), "<svg/>");
        assertThat(assets()).containsExactly("assets/logos/a.svg");
        Files.writeString(logos.resolve("unreported.svg"), "<svg/>"); // the list is not made again to find it...
        reported(site.resolve("content/clients/a.yaml"));
        assertThat(assets()).containsExactly("assets/logos/a.svg");
        Files.writeString(logos.resolve("b.svg"), "<svg/>");
        Files.writeString(logos.resolve(".hidden.svg"), "<svg/>");
        reported(logos.resolve("b.svg"), logos.resolve(".hidden.svg")); // ...until one is reported
        assertThat(assets()).containsExactly("assets/logos/a.svg", "assets/logos/b.svg", "assets/logos/unreported.svg");
    }

    /** What the watcher reports: these files or folders changed. */
    private void reported(Path... changed) {
        memo.changed(Set.of(changed), false);
    }

    private List<String> assets() throws Exception {
        if (!Files.exists(site.resolve("content/site.yaml"))) Files.writeString(site.resolve("content/site.yaml"), "title: T\n");
        return ContentLoader.load(site, new Problems(), memo).assets();
    }
}
