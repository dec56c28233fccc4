package io.github.kudos.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Draws an SVG into pixels (for the share cards) with JSVG. Only SVG that {@link SvgSanitizer}
 * already cleaned comes here, and it is loaded with every external resource denied and JSVG's
 * document limits (nesting, use depth, path count), so no file or network is ever read.
 */
public final class SvgRaster {
    static {
        Headless.ensure();
    }

    private SvgRaster() {}

    /**
     * A loader looks its XML factory up (a ServiceLoader scan of the class path) on its first
     * parse, which was a quarter of drawing a logo: one loader per thread, as it is not documented
     * as safe to share.
     */
    private static final ThreadLocal<SVGLoader> LOADERS = ThreadLocal.withInitial(SVGLoader::new);

    /** The SVG drawn to fit a box of maxSide pixels, its aspect kept, on a transparent background. */
    public static BufferedImage render(String svg, int maxSide) throws ImageException {
        SVGDocument document;
        try {
            LoaderContext context = LoaderContext.builder()
                    .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                    .documentLimits(DocumentLimits.DEFAULT)
                    .build();
            document = LOADERS.get().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                    URI.create("kudos:logo.svg"), context);
        } catch (RuntimeException e) {
            throw new ImageException("cannot draw the SVG: " + e.getMessage(), e);
        }
        if (document == null) throw new ImageException("cannot draw the SVG");
        FloatSize size = document.size();
        double width = size.getWidth() > 0 ? size.getWidth() : maxSide;
        double height = size.getHeight() > 0 ? size.getHeight() : maxSide;
        double scale = maxSide / Math.max(width, height);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            document.render(null, g, new ViewBox(0, 0, w, h));
        } catch (RuntimeException e) {
            throw new ImageException("cannot draw the SVG: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // a few hundred bytes of SVG can ask for a pattern tile of gigapixels; the heap is freed with the tile
            throw new ImageException("cannot draw the SVG: it needs too much memory (a huge pattern, filter or mask?)", e);
        } finally {
            g.dispose();
        }
        return image;
    }
}
