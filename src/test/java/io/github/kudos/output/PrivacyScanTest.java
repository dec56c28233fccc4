package io.github.kudos.output;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Problems;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy check of a rebuild, which looks at an edited file only around the edit, and of PNG files. */
class PrivacyScanTest {
    private static final Set<String> SECRETS = Set.of("Highland Café", "owner@coho.example", "O'Brien & Sons",
            "Bakery", "private plan for 2027");
    private static final Set<String> PUBLIC = Set.of("The Highland Café", "Bakery Street Partners of the North Coast Region",
            "Northern Bakery");
    /** Text without a find: fill, and public texts that shadow the secrets inside them. */
    private static final List<String> SAFE = List.of(" ", "<p>", "</p>", "the ", "café ", "and ", "&amp; ", "\n",
            "The Highland Café", "Northern Bakery", "Bakery Street Partners of the North Coast Region", "The ", "Northern ",
            "highland caf&eacute;", "private plan", " for 2027", "Street Partners");
    /** What an edit may add besides: secrets in their forms, and pieces of them. */
    private static final List<String> REVEALING = List.of("Highland Café", "HIGHLAND CAFÉ", "Bakery", "bakery",
            "O&#39;Brien &amp; Sons", "owner%40coho.example", "private plan for 2027", "Bak", "ery", "High", "land Café");

    /** Property: over 2,000 random edits of files that passed, the ranged scan finds exactly what a whole scan finds. */
    @Test
    void aRangedScanFindsWhatAWholeScanFinds() {
        SecretMatcher matcher = new SecretMatcher(SECRETS, PUBLIC);
        int finds = 0;
        int edits = 0;
        for (long seed = 1; edits < 2000; seed++) {
            Random random = new Random(seed);
            byte[] before = document(random, SAFE, 40 + random.nextInt(400));
            if (matcher.find(before) != null) continue;
            for (int i = 0; i < 10; i++, edits++) {
                byte[] after = edit(random, before);
                String whole = matcher.find(after);
                assertThat(PrivacyScan.findInEdit(matcher, before, after)).as("seed %d edit %d", seed, i).isEqualTo(whole);
                if (whole != null) finds++;
            }
        }
        assertThat(finds).as("edits that reveal a secret").isBetween(300, 1700);
    }

    @Test
    void aFindInAnEditedFileIsAnErrorAndACompressedFileIsScannedWhole() {
        byte[] passed = "<p>The Highland Café and friends</p>".getBytes(StandardCharsets.UTF_8);
        byte[] edited = "<p>Highland Café and friends</p>".getBytes(StandardCharsets.UTF_8);
        byte[] png = "\u0089PNG not really, but Bakery".getBytes(StandardCharsets.ISO_8859_1);
        Problems problems = new Problems();
        PrivacyScan.check(new OutputTree(Map.of("a/index.html", edited, "b/index.html", passed, "c.png", png), Map.of()),
                Map.of("a/index.html", passed, "b/index.html", passed, "c.png", png),
                Map.of("Highland Café", "a private note", "Bakery", "an unpublished name"), PUBLIC, PrivacyScan.Sources.NONE, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::message).containsExactly(
                "privacy check: output file 'a/index.html' contains a private note",
                "privacy check: output file 'c.png' contains an unpublished name");
    }

    /** A PNG's image data is pixels and is skipped; its text chunks, plain or compressed, and bytes after its end are not. */
    @Test
    void aPngIsScannedExceptForItsImageData() throws IOException {
        Map<String, String> secrets = Map.of("Bakery", "an unpublished name");
        byte[] pixels = "Bakery".getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> files = new TreeMap<>(Map.of(
                "pixels.png", png(chunk("IDAT", pixels)),
                "text.png", png(chunk("IDAT", new byte[] {1, 2, 3}), chunk("tEXt", latin1("Title\0Northern Bakery and Bakery"))),
                "compressed.png", png(chunk("zTXt", concat(latin1("Comment\0\0"), deflate(latin1("a Bakery"))))),
                "appended.png", concat(png(chunk("IDAT", pixels)), latin1("Bakery")),
                "truncated.png", Arrays.copyOf(png(chunk("IDAT", pixels)), 8 + 8 + pixels.length)));
        Problems problems = new Problems();
        PrivacyScan.check(new OutputTree(files, Map.of()), secrets, PUBLIC, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::message).containsExactly(
                "privacy check: output file 'appended.png' contains an unpublished name",
                "privacy check: output file 'compressed.png' contains an unpublished name",
                "privacy check: output file 'text.png' contains an unpublished name",
                "privacy check: output file 'truncated.png' contains an unpublished name");
    }

    private static byte[] png(byte[]... chunks) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return concat(signature, concat(chunks), chunk("IEND", new byte[0]));
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(latin1(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(latin1(type)).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(text);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] document(Random random, List<String> pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append(pieces.get(random.nextInt(pieces.size())));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A deletion, an insertion or a replacement of 1 to 3 pieces or of a few bytes, anywhere. */
    private static byte[] edit(Random random, byte[] before) {
        int from = random.nextInt(before.length + 1);
        int to = Math.min(before.length, from + (random.nextBoolean() ? random.nextInt(6) : random.nextInt(60)));
        byte[] inserted = random.nextInt(3) == 0 ? new byte[0] : document(random, random.nextBoolean() ? SAFE : REVEALING, 1 + random.nextInt(3));
        List<Byte> after = new ArrayList<>();
        for (int i = 0; i < from; i++) after.add(before[i]);
        for (byte b : inserted) after.add(b);
        for (int i = to; i < before.length; i++) after.add(before[i]);
        byte[] bytes = new byte[after.size()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = after.get(i);
        return bytes;
    }
}
