package io.github.kudos.card;

import io.github.kudos.image.Headless;
import io.github.kudos.image.ImageCache;
import io.github.kudos.image.ImageException;
import io.github.kudos.image.Pictures;
import io.github.kudos.image.Raster;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The 1200x630 share card of a profile (og:image), drawn with Java2D: the profile's logo on a
 * tile (or its monogram) over the business's primary colour, the headline ("Proud to work with
 * Coho Café since 2015") fitted to its box, and the business's name under an accent rule.
 * Everything that decides a pixel is in {@link Card}, so the same card always gives the same
 * bytes, and {@link #cacheKey} lets the image cache skip the work when nothing changed.
 */
public final class ShareCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    static final String VERSION = "card-3"; // 2: an SVG logo drawn at the size it is shown; 3: lines break between words only
    // the layout, in pixels
    static final int PANEL = 440;
    static final int TILE = 300;
    static final int TEXT_X = 500;
    static final int TEXT_Y = 84;
    static final int TEXT_WIDTH = WIDTH - TEXT_X - 64;
    static final int TEXT_HEIGHT = 360;
    static final int FOOT_Y = 500;
    private static final Color INK = new Color(0x1b, 0x22, 0x20);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x52);
    /**
     * One canvas per thread, drawn over whole for each card: a fresh 1200x630 image is 3 MB of
     * memory to clear and collect per card, which took half the time of drawing one.
     */
    private static final ThreadLocal<BufferedImage> CANVAS =
            ThreadLocal.withInitial(() -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB));

    static {
        Headless.ensure();
    }

    private ShareCard() {}

    /** A monogram: initials on a background, in #rrggbb colours. */
    public record Monogram(String initials, String background, String foreground) {}

    /**
     * What a card shows. year may be null (no 'since'); logo is null for a monogram; colours are
     * #rrggbb; host is the site's address without the scheme.
     */
    public record Card(String headline, String name, String year, String business, String host, String primary,
                       String accent, Pictures.Logo logo, Monogram monogram) {}

    /** A key that changes whenever any input of the card does. */
    public static String cacheKey(Card card) {
        return ImageCache.key(VERSION, Fonts.VERSION, Raster.ENCODER_VERSION, card.headline(), card.name(), card.year(),
                card.business(), card.host(), card.primary(), card.accent(),
                card.logo() == null ? "monogram" : card.logo().hash(),
                card.monogram() == null ? "" : card.monogram().toString());
    }

    /** The card as PNG bytes. */
    public static byte[] png(Card card) throws ImageException {
        BufferedImage canvas = CANVAS.get();
        draw(canvas, card);
        return Raster.png(canvas);
    }

    static BufferedImage render(Card card) throws ImageException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        draw(image, card);
        return image;
    }

    /** Draws the card over every pixel of image (the first fill is opaque and covers it all). */
    private static void draw(BufferedImage image, Card card) throws ImageException {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color primary = color(card.primary());
            Color accent = color(card.accent());
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(primary);
            g.fillRect(0, 0, PANEL, HEIGHT);
            g.setColor(accent);
            g.fillRect(PANEL, 0, 10, HEIGHT);
            mark(g, image, primary, card);
            TextFit.Block headline = TextFit.fit(card.headline(), card.name(), card.year(), TEXT_WIDTH, TEXT_HEIGHT,
                    72, 30, 5);
            g.setColor(INK);
            float top = TEXT_Y + (TEXT_HEIGHT - headline.height()) / 2;
            headline.draw(g, TEXT_X, top);
            g.setColor(accent);
            g.fillRect(TEXT_X, FOOT_Y, 96, 8);
            TextFit.Block business = TextFit.line(card.business(), true, TEXT_WIDTH, 34, 20);
            g.setColor(readable(primary));
            business.draw(g, TEXT_X, FOOT_Y + 24);
            if (card.host() != null && !card.host().isEmpty()) {
                TextFit.Block host = TextFit.line(card.host(), false, TEXT_WIDTH, 24, 16);
                g.setColor(MUTED);
                host.draw(g, TEXT_X, FOOT_Y + 24 + business.height() + 12);
            }
        } finally {
            g.dispose();
        }
    }

    /** The logo on a white tile, or the monogram, centred in the coloured panel. */
    private static void mark(Graphics2D g, BufferedImage image, Color panel, Card card) throws ImageException {
        int x = (PANEL - TILE) / 2;
        int y = (HEIGHT - TILE) / 2;
        RoundRectangle2D tile = new RoundRectangle2D.Float(x, y, TILE, TILE, 48, 48);
        if (card.logo() != null) {
            whiteTile(g, image, panel, tile);
            int box = TILE - 56;
            BufferedImage logo = card.logo().pixels().get(box);
            double scale = Math.min(box / (double) logo.getWidth(), box / (double) logo.getHeight());
            int w = Math.max(1, (int) Math.round(logo.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(logo.getHeight() * scale));
            BufferedImage scaled = w < logo.getWidth() ? Raster.scale(logo, w) : logo;
            g.drawImage(scaled, x + (TILE - w) / 2, y + (TILE - h) / 2, w, h, null);
            return;
        }
        Monogram monogram = card.monogram();
        g.setColor(color(monogram.background()));
        g.fill(tile);
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(4));
        g.draw(tile);
        TextFit.Block initials = TextFit.line(monogram.initials(), true, TILE - 60, 120, 40);
        g.setColor(color(monogram.foreground()));
        float width = initials.lines().get(0).getAdvance();
        var bounds = initials.lines().get(0).getBounds();
        float baseline = (float) (y + TILE / 2.0 - (bounds.getY() + bounds.getHeight() / 2));
        initials.lines().get(0).draw(g, x + (TILE - width) / 2, baseline);
    }

    /** A logo's white tile on the panel: the same pixels on every card of a site. */
    private record Tile(Color panel, int[] pixels) {}

    private static final ThreadLocal<Tile> WHITE_TILE = new ThreadLocal<>();

    /** Fills the white tile, or copies its pixels from the last card of this thread with the same panel colour. */
    private static void whiteTile(Graphics2D g, BufferedImage image, Color panel, RoundRectangle2D tile) {
        Rectangle box = tile.getBounds();
        box.grow(1, 1);
        Tile last = WHITE_TILE.get();
        if (last != null && last.panel().equals(panel)) {
            image.getRaster().setDataElements(box.x, box.y, box.width, box.height, last.pixels());
            return;
        }
        g.setColor(Color.WHITE);
        g.fill(tile);
        WHITE_TILE.set(new Tile(panel, (int[]) image.getRaster().getDataElements(box.x, box.y, box.width, box.height, null)));
    }

    /** The colour itself when it reads on white (4.5:1), otherwise the nearest darker shade that does. */
    static Color readable(Color color) {
        int[] rgb = {color.getRed(), color.getGreen(), color.getBlue()};
        for (double f = 1.0; f >= 0; f -= 0.05) {
            int[] shade = {(int) Math.round(rgb[0] * f), (int) Math.round(rgb[1] * f), (int) Math.round(rgb[2] * f)};
            if (io.github.kudos.site.Contrast.ratio(shade, new int[] {255, 255, 255}) >= 4.5) {
                return new Color(shade[0], shade[1], shade[2]);
            }
        }
        return INK;
    }

    static Color color(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        try {
            return new Color(Integer.parseInt(h.substring(0, 6), 16));
        } catch (RuntimeException e) {
            return INK;
        }
    }
}
