package io.github.kudos.output;

import io.github.kudos.content.Slugs;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The privacy self-check that ends every build (SPEC section 3): looks for every secret in every
 * output file (as text, in escaped forms, inside compressed PNG text chunks and gzip files; a
 * PNG's image data, which is pixels, is skipped) and in every file name. A find is an error, so
 * the build keeps the previous output.
 */
public final class PrivacyScan {
    private static final int MAX_INFLATED = 16 << 20;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PrivacyScan() {}

    /**
     * secrets maps each secret text to the words that say where it comes from; publicTexts are
     * texts published with consent (profile names) inside which a secret is not a leak.
     */
    public static void check(OutputTree tree, Map<String, String> secrets, Set<String> publicTexts, Problems problems) {
        check(tree, secrets, publicTexts, Sources.NONE, problems);
    }

    /** With sources, a find that the published content repeats is one error there (see {@link Sources}). */
    public static void check(OutputTree tree, Map<String, String> secrets, Set<String> publicTexts, Sources sources,
                             Problems problems) {
        if (secrets.isEmpty()) return;
        check(tree, checker(secrets, publicTexts, sources, problems));
    }

    private static void check(OutputTree tree, Checker checker) {
        List<String> paths = new ArrayList<>(tree.files().keySet());
        paths.addAll(tree.copies().keySet());
        paths.parallelStream().forEach(path ->
                checker.passes(path, tree.files().containsKey(path) ? tree.files().get(path) : read(tree.copies().get(path))));
    }

    /** The same check one file at a time, for a build that writes each file as it is rendered. */
    public static Checker checker(Map<String, String> secrets, Set<String> publicTexts, Problems problems) {
        return checker(secrets, publicTexts, Sources.NONE, problems);
    }

    public static Checker checker(Map<String, String> secrets, Set<String> publicTexts, Sources sources, Problems problems) {
        return new Checker(secrets.isEmpty() ? null : matchers(secrets, publicTexts), new Leaks(secrets, sources, problems));
    }

    /**
     * Where a secret stands in the published content files (a summary that repeats a private e-mail
     * address, a story that names an unpublished profile), found only when the check found it.
     */
    @FunctionalInterface
    public interface Sources {
        Sources NONE = secret -> Optional.empty();

        Optional<Position> find(String secret);
    }

    /**
     * The finds, as errors: a secret the content repeats is one error where it does, however many
     * output files show it (a private note in a summary reaches nine); any other is an error at
     * each output file that holds it (a copied file, a template).
     */
    private static final class Leaks {
        private static final String HINT = "nothing under private: and nothing unpublished may reach the site; the previous output is kept";
        private final Map<String, String> secrets;
        private final Sources sources;
        private final Problems problems;
        private final Map<String, Optional<Position>> located = new ConcurrentHashMap<>();
        private final Set<String> reported = ConcurrentHashMap.newKeySet();

        Leaks(Map<String, String> secrets, Sources sources, Problems problems) {
            this.secrets = secrets;
            this.sources = sources;
            this.problems = problems;
        }

        void found(String path, String secret) {
            String origin = secrets.getOrDefault(secret, "a private value");
            Optional<Position> at = located.computeIfAbsent(secret, sources::find);
            if (at.isEmpty()) {
                problems.error(Position.startOf(path), "privacy check: output file '" + path + "' contains " + origin, HINT);
            } else if (reported.add(secret)) {
                problems.error(at.get(), "privacy check: this repeats " + origin + ", which would be published", HINT);
            }
        }
    }

    /** Checks one output file's path and bytes; each find is an error in problems. Safe to call from many threads. */
    public static final class Checker {
        /** For writing a tree that was checked already: passes everything. */
        public static final Checker NONE = new Checker(null, null);

        private final Matchers matchers;
        private final Leaks leaks;

        private Checker(Matchers matchers, Leaks leaks) {
            this.matchers = matchers;
            this.leaks = leaks;
        }

        /** False when the file holds a secret (the find is reported). */
        public boolean passes(String path, byte[] data) {
            if (matchers == null) return true;
            Map<String, String> secrets = matchers.secrets();
            SecretMatcher matcher = matchers.content();
            SecretMatcher names = matchers.names();
            String found = matcher.find(path);
            if (found == null) found = names.find(path.toLowerCase(java.util.Locale.ROOT)) != null ? slugOwner(path, secrets, names) : null;
            if (found == null) found = findInContent(matcher, path, data);
            if (found == null) return true;
            leaks.found(path, found);
            return false;
        }
    }

    /**
     * {@link #check} for a rebuild: a file for which passed holds the version that passed the check
     * against these same secrets is scanned only where it differs from that version (see
     * {@link #findInEdit}); its name was checked with it. PNG and gzip files, whose text is
     * compressed, and copies are scanned whole.
     */
    public static void check(OutputTree tree, Map<String, byte[]> passed, Map<String, String> secrets,
                             Set<String> publicTexts, Sources sources, Problems problems) {
        if (secrets.isEmpty()) return;
        Map<String, byte[]> whole = new HashMap<>();
        Map<String, byte[]> edited = new HashMap<>();
        tree.files().forEach((path, bytes) -> (passed.containsKey(path) && !compressed(path) ? edited : whole).put(path, bytes));
        Checker checker = checker(secrets, publicTexts, sources, problems);
        check(new OutputTree(whole, tree.copies()), checker);
        SecretMatcher matcher = checker.matchers.content();
        edited.entrySet().parallelStream().forEach(file -> {
            String found = findInEdit(matcher, passed.get(file.getKey()), file.getValue());
            if (found != null) checker.leaks.found(file.getKey(), found);
        });
    }

    /**
     * What matcher finds in after, given that it found nothing in before: it scans only the bytes
     * between the first and the last that differ, widened on both sides by twice the longest
     * secret or public text, so that every find touching the edit, and every public text that
     * shadowed a find before and touches it, lies inside. A find there is confirmed on the whole
     * file, since a public text reaching out of the widened range may shadow it.
     */
    static String findInEdit(SecretMatcher matcher, byte[] before, byte[] after) {
        int prefix = Arrays.mismatch(before, after);
        if (prefix < 0) return null;
        int suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        int margin = 2 * matcher.longest();
        int from = Math.max(0, prefix - margin);
        int to = (int) Math.min(after.length, (long) after.length - suffix + margin);
        if (from >= to || matcher.find(Arrays.copyOfRange(after, from, to)) == null) return null;
        return matcher.find(after);
    }

    /** How many bytes a and b end alike with, at most limit; compared a block at a time, the way Arrays.mismatch does ahead. */
    private static int commonSuffix(byte[] a, byte[] b, int limit) {
        int same = 0;
        while (same < limit) {
            int step = Math.min(4096, limit - same);
            if (Arrays.equals(a, a.length - same - step, a.length - same, b, b.length - same - step, b.length - same)) {
                same += step;
                continue;
            }
            while (a[a.length - 1 - same] == b[b.length - 1 - same]) same++;
            return same;
        }
        return same;
    }

    private static boolean compressed(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".gz") || lower.endsWith(".svgz");
    }

    /** The matchers for a set of secrets; the preview server's rebuilds mostly ask for the same set again. */
    private record Matchers(Map<String, String> secrets, Set<String> publicTexts, SecretMatcher content,
                            SecretMatcher names) {}

    private static volatile Matchers last;

    private static Matchers matchers(Map<String, String> secrets, Set<String> publicTexts) {
        Matchers cached = last;
        if (cached != null && (cached.secrets() == secrets || cached.secrets().equals(secrets))
                && (cached.publicTexts() == publicTexts || cached.publicTexts().equals(publicTexts))) {
            return cached;
        }
        Set<String> slugs = new HashSet<>();
        secrets.keySet().forEach(s -> slugs.add(Slugs.slugify(s)));
        Set<String> publicSlugs = new HashSet<>();
        publicTexts.forEach(t -> publicSlugs.add(Slugs.slugify(t)));
        Matchers made = new Matchers(Map.copyOf(secrets), Set.copyOf(publicTexts),
                new SecretMatcher(secrets.keySet(), publicTexts), new SecretMatcher(slugs, publicSlugs));
        last = made;
        return made;
    }

    private static String slugOwner(String path, Map<String, String> secrets, SecretMatcher names) {
        String slug = names.find(path);
        return secrets.keySet().stream().filter(s -> Slugs.slugify(s).equals(slug)).findFirst().orElse(slug);
    }

    private static String findInContent(SecretMatcher matcher, String path, byte[] data) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        String found = matcher.find(lower.endsWith(".png") ? withoutImageData(data) : data);
        if (found != null) return found;
        try {
            if (lower.endsWith(".png")) {
                for (byte[] text : pngText(data)) {
                    found = matcher.find(text);
                    if (found != null) return found;
                }
            } else if (lower.endsWith(".gz") || lower.endsWith(".svgz")) {
                return matcher.find(inflate(new GZIPInputStream(new ByteArrayInputStream(data))));
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * A PNG's bytes without the contents of its IDAT chunks, each replaced by one zero byte: image
     * data is compressed pixels, never text, and the share cards' make up most of a big site's
     * output bytes (565 of 820 MB at 10,000 profiles). Every other byte is kept, chunk headers,
     * text chunks, CRCs and anything after the last chunk; a file that is not a well-formed PNG
     * is kept whole.
     */
    static byte[] withoutImageData(byte[] png) {
        if (png.length < PNG_SIGNATURE.length || !Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)) return png;
        ByteArrayOutputStream kept = new ByteArrayOutputStream(4096);
        kept.write(png, 0, 8);
        int at = 8;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (length < 0 || length > png.length - at - 12) return png;
            boolean imageData = png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T';
            kept.write(png, at, 8);
            if (imageData) kept.write(0);
            else kept.write(png, at + 8, length);
            kept.write(png, at + 8 + length, 4);
            at += 12 + length;
        }
        kept.write(png, at, png.length - at);
        return kept.toByteArray();
    }

    /** The decompressed text of a PNG's zTXt and iTXt chunks (tEXt is plain and already scanned). */
    static List<byte[]> pngText(byte[] png) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        if (png.length < 8) return texts;
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            if (length < 0 || length > buffer.remaining() - 4) break;
            String name = new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!name.equals("zTXt") && !name.equals("iTXt")) {
                buffer.position(buffer.position() + length + 4); // image data and CRC: not copied
                continue;
            }
            byte[] chunk = new byte[length];
            buffer.get(chunk);
            buffer.getInt();
            int start = compressedStart(name, chunk);
            if (start > 0 && start < chunk.length) {
                texts.add(inflate(new InflaterInputStream(
                        new ByteArrayInputStream(chunk, start, chunk.length - start), new Inflater())));
            }
        }
        return texts;
    }

    private static int compressedStart(String type, byte[] chunk) {
        int keywordEnd = indexOf(chunk, 0);
        if (keywordEnd < 0) return -1;
        if (type.equals("zTXt")) return keywordEnd + 2;
        if (keywordEnd + 2 >= chunk.length || chunk[keywordEnd + 1] == 0) return -1;
        int languageEnd = indexOf(chunk, keywordEnd + 3);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(chunk, languageEnd + 1);
        return translatedEnd < 0 ? -1 : translatedEnd + 1;
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) if (data[i] == 0) return i;
        return -1;
    }

    private static byte[] inflate(java.io.InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0 && total < MAX_INFLATED; total += n) out.write(buffer, 0, n);
            return out.toByteArray();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
