package io.github.kudos.render;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer's work list: every position once, on every core, and a failure told only once all threads have stopped. */
class InTurnTest {
    @Test
    void everyPositionIsWorkedOnOnce() {
        for (int size : new int[] {0, 1, 2, 7, 10_000}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(size);
            Renderer.inTurn(IntStream.range(0, size).map(i -> size - 1 - i).toArray(), seen::incrementAndGet);
            for (int i = 0; i < size; i++) assertThat(seen.get(i)).as("position %d of %d", i, size).isEqualTo(1);
        }
    }

    @Test
    void aFailureIsThrownAfterEveryThreadHasStopped() {
        AtomicInteger running = new AtomicInteger();
        ConcurrentHashMap<Integer, Boolean> done = new ConcurrentHashMap<>();
        assertThatThrownBy(() -> Renderer.inTurn(IntStream.range(0, 200).toArray(), i -> {
            running.incrementAndGet();
            try {
                if (i == 3) throw new IllegalStateException("position 3");
                sleep();
                done.put(i, true);
            } finally {
                running.decrementAndGet();
            }
        })).hasMessageContaining("position 3");
        assertThat(running).hasValue(0);
        assertThat(done.size()).isLessThan(199); // the others stopped taking positions
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
