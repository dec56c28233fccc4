package io.github.kudos.card;

import io.github.kudos.image.Pictures;
import io.github.kudos.image.SvgRaster;
import io.github.kudos.image.SvgSanitizer;
import io.github.kudos.site.MonogramView;
import io.github.kudos.site.Monograms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Not a test: times ShareCard.png over a corpus's profile names, as a cold build makes them
 * (bench/card-cost.sh runs it to find the floor cards put under a cold build).
 * Run with the launcher's flags: java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m
 * -cp target/classes:target/test-classes:... io.github.kudos.card.CardBench [corpus] [cards] [cold]
 * Cards with a consented SVG logo show it (-Dlogos=false: monograms only).
 * Prints the time of the first cold cards, the steady ms per card after them, and a CRC of all bytes.
 */
public final class CardBench {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/cardcorpus/content");
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int cold = args.length > 2 ? Integer.parseInt(args[2]) : 900;
        List<ShareCard.Card> cards = cards(corpus);
        if (args.length > 3) {
            parts(cards, total, args[3]);
            return;
        }
        CRC32 crc = new CRC32();
        long bytes = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long coldEnd = 0;
        long cpuCold = 0;
        for (int i = 0; i < total; i++) {
            byte[] png = ShareCard.png(cards.get(i % cards.size()));
            if (i < cards.size()) {
                crc.update(png);
                bytes += png.length;
            }
            if (i + 1 == cold) {
                coldEnd = System.nanoTime();
                cpuCold = threads.getCurrentThreadCpuTime();
            }
        }
        long end = System.nanoTime();
        long cpuEnd = threads.getCurrentThreadCpuTime();
        System.out.printf("cards %d (distinct %d) crc %08x bytes %d%n", total, cards.size(), crc.getValue(), bytes);
        System.out.printf("first %d: %.0f ms (%.2f ms/card); after: %.2f ms/card%n", cold, (coldEnd - start) / 1e6,
                (coldEnd - start) / 1e6 / cold, (end - coldEnd) / 1e6 / (total - cold));
        System.out.printf("cpu: first %.2f ms/card; after: %.2f ms/card%n", (cpuCold - cpuStart) / 1e6 / cold,
                (cpuEnd - cpuCold) / 1e6 / (total - cold));
    }

    /** Only drawing ("draw") or only encoding ("encode", 50 drawn cards over and over), thread CPU ms per card. */
    private static void parts(List<ShareCard.Card> cards, int total, String part) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<java.awt.image.BufferedImage> drawn = new ArrayList<>();
        for (int i = 0; i < 50; i++) drawn.add(ShareCard.render(cards.get(i)));
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < total; i++) {
                sink += part.equals("draw") ? ShareCard.render(cards.get(i % cards.size())).getRGB(600, 300)
                        : io.github.kudos.image.Raster.png(drawn.get(i % drawn.size())).length;
            }
            System.out.printf("%s: %.3f ms/card cpu (%d)%n", part, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / total, sink);
        }
    }

    private static List<ShareCard.Card> cards(Path corpus) throws Exception {
        boolean logos = !"false".equals(System.getProperty("logos"));
        List<ShareCard.Card> cards = new ArrayList<>();
        for (String kind : List.of("clients", "suppliers", "partners")) {
            if (!Files.isDirectory(corpus.resolve(kind))) continue;
            try (Stream<Path> files = Files.list(corpus.resolve(kind))) {
                for (Path file : files.sorted().toList()) {
                    String name = null;
                    String year = null;
                    String logoPath = null;
                    boolean logoConsent = false;
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("name: ")) name = line.substring(6).replaceAll("^\"|\"$", "");
                        if (line.startsWith("since: ")) year = line.substring(7, 11);
                        if (line.startsWith("logo: ")) logoPath = line.substring(6).strip();
                        if (line.strip().startsWith("scope:") && line.contains("logo")) logoConsent = true;
                    }
                    Pictures.Logo logo = null;
                    if (logos && logoPath != null && logoConsent && logoPath.endsWith(".svg")) {
                        String svg = SvgSanitizer.sanitize(Files.readString(corpus.resolve(logoPath))).svg();
                        logo = new Pictures.Logo(Integer.toHexString(svg.hashCode()), side -> SvgRaster.render(svg, side));
                    }
                    if (name == null) continue;
                    MonogramView m = Monograms.of(name, "");
                    String headline = year == null ? CardWords.ENGLISH.headlineNoYear() : CardWords.ENGLISH.headline();
                    cards.add(new ShareCard.Card(headline, name, year, "Harbour & Vine Catering",
                            "clients.harbourvine.example", "#1f6f5c", "#f2b705", logo,
                            new ShareCard.Monogram(m.initials(), m.background(), m.foreground())));
                }
            }
        }
        return cards;
    }
}
