package io.github.kudos.card;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a text into a box: the largest size from max down to min at which it wraps, between words,
 * into at most maxLines lines that fit the box; at the smallest size, the highlighted part (a long
 * name) is shortened with an ellipsis until it fits. The text never leaves its box.
 */
final class TextFit {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TextFit() {}

    /** Laid-out lines, their baselines relative to the box's top, and the size chosen. */
    record Block(List<TextLayout> lines, List<Float> baselines, float size, float height, String text) {
        void draw(Graphics2D g, float x, float y) {
            for (int i = 0; i < lines.size(); i++) lines.get(i).draw(g, x, y + baselines.get(i));
        }

        /** The bounds of each drawn line, relative to the box's top left corner. */
        List<Rectangle2D> bounds() {
            List<Rectangle2D> result = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                TextLayout line = lines.get(i);
                Rectangle2D r = line.getBounds();
                result.add(new Rectangle2D.Double(r.getX(), baselines.get(i) + r.getY(), r.getWidth(), r.getHeight()));
            }
            return result;
        }
    }

    /**
     * pattern holds {0} where the name goes; the name is bold. Returns the block that fits
     * width x height.
     */
    static Block fit(String pattern, String name, String year, float width, float height, float max, float min,
                     int maxLines) {
        for (float size = max; size >= min; size -= 2) {
            Block block = layout(pattern, name, year, size, width, maxLines);
            if (block != null && block.height() <= height) return block;
        }
        // shorten the name until the text fits at the smallest size
        int low = 0;
        int high = name.length();
        Block best = layout(pattern, "…", year, min, width, maxLines);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            String cut = shorten(name, mid);
            Block block = layout(pattern, cut, year, min, width, maxLines);
            if (block != null && block.height() <= height) {
                best = block;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private static String shorten(String name, int chars) {
        if (chars >= name.length()) return name;
        int end = chars;
        if (end > 0 && Character.isHighSurrogate(name.charAt(end - 1))) end--;
        return name.substring(0, end).stripTrailing() + "…";
    }

    /**
     * The text laid out at size in lines of at most width, broken between words; null when it needs
     * more than maxLines, or a word is wider than width.
     */
    static Block layout(String pattern, String name, String year, float size, float width, int maxLines) {
        int at = pattern.indexOf("{0}");
        String text = CardWords.fill(pattern, name, year).strip();
        int boldStart = at < 0 ? -1 : CardWords.fill(pattern.substring(0, at), "", year).stripLeading().length();
        int boldEnd = at < 0 ? -1 : boldStart + name.length();
        AttributedString styled = Fonts.styled(text, size, boldStart, boldEnd);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), FRC);
        List<TextLayout> lines = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        float y = 0;
        float leading = size * 0.18f;
        while (measurer.getPosition() < text.length()) {
            TextLayout line = measurer.nextLayout(width, text.length(), true);
            if (line == null) return null; // a word wider than the box: never broken inside, set smaller or cut
            if (lines.size() == maxLines) return null;
            y += line.getAscent();
            baselines.add(y);
            y += line.getDescent() + leading;
            lines.add(line);
        }
        return new Block(lines, baselines, size, y - leading, text);
    }

    private record LineKey(String text, boolean bold, float width, float max, float min) {}

    /**
     * Lines already fitted, per thread (a TextLayout is not documented as safe to share): a site's
     * name and host are the same on every card, and fitting one tries a layout per size.
     */
    private static final ThreadLocal<Map<LineKey, Block>> LINES = ThreadLocal.withInitial(HashMap::new);

    /** One line of text, shrunk from max to min and then cut with an ellipsis to fit width. */
    static Block line(String text, boolean bold, float width, float max, float min) {
        Map<LineKey, Block> lines = LINES.get();
        if (lines.size() >= 1024) lines.clear();
        return lines.computeIfAbsent(new LineKey(text, bold, width, max, min),
                key -> fitLine(text, bold, width, max, min));
    }

    private static Block fitLine(String text, boolean bold, float width, float max, float min) {
        for (float size = max; size >= min; size -= 1) {
            Block block = single(text, bold, size);
            if (block.lines().get(0).getAdvance() <= width) return block;
        }
        for (int chars = text.length() - 1; chars > 0; chars--) {
            Block block = single(shorten(text, chars), bold, min);
            if (block.lines().get(0).getAdvance() <= width) return block;
        }
        return single("…", bold, min);
    }

    private static Block single(String text, boolean bold, float size) {
        AttributedString styled = Fonts.styled(text, size, bold ? 0 : -1, bold ? text.length() : -1);
        TextLayout layout = new TextLayout(styled.getIterator(), FRC);
        return new Block(List.of(layout), List.of(layout.getAscent()), size, layout.getAscent() + layout.getDescent(), text);
    }
}
