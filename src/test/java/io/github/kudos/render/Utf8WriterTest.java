package io.github.kudos.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A page written in pieces has the bytes of the whole text encoded at once. */
class Utf8WriterTest {
    private static final String[] PIECES = {"a", "é", "—", "\uD83D\uDE00", "\uD83D", "\uDE00", "<p>", "", "ü&amp;"};

    @Test
    void piecesEncodeAsTheWholeTextWouldWhereverTheyAreCut() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Writer out = new Utf8Writer(4);
            for (int i = random.nextInt(12); i > 0; i--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                whole.append(piece);
                switch (random.nextInt(4)) {
                    case 0 -> out.write(piece);
                    case 1 -> out.write(piece, piece.getBytes(StandardCharsets.UTF_8));
                    case 2 -> out.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(out::write);
                }
            }
            assertThat(out.toBytes()).as(whole.toString()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
