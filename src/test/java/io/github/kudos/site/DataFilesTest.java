package io.github.kudos.site;

import org.junit.jupiter.api.RepeatedTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class DataFilesTest {
    private static final AtomicInteger SEED = new AtomicInteger(1);

    /** The feed's entries are the newest candidates (date, then URL), as a full sort would give them; only those are worded. */
    @RepeatedTest(25)
    void theFeedKeepsTheNewestCandidatesAndWordsOnlyThose() {
        Random random = new Random(SEED.getAndIncrement());
        List<DataFiles.Candidate<Supplier<DataFiles.Entry>>> candidates = new ArrayList<>();
        AtomicInteger worded = new AtomicInteger();
        int count = random.nextInt(200);
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(30)); // many on the same day
            String url = "https://example.com/" + (char) ('a' + random.nextInt(26)) + i + "/";
            candidates.add(new DataFiles.Candidate<>(date, url, () -> {
                worded.incrementAndGet();
                return new DataFiles.Entry("title " + url, url, date, null);
            }));
        }
        List<String> expected = candidates.stream()
                .sorted(Comparator.comparing((DataFiles.Candidate<Supplier<DataFiles.Entry>> c) -> c.date()).reversed()
                        .thenComparing(DataFiles.Candidate::absoluteUrl))
                .limit(50).map(DataFiles.Candidate::absoluteUrl).toList();

        List<DataFiles.Entry> newest = DataFiles.newest(candidates).stream().map(Supplier::get).toList();

        assertThat(newest).extracting(DataFiles.Entry::absoluteUrl).containsExactlyElementsOf(expected);
        assertThat(worded).hasValue(expected.size());
    }
}
