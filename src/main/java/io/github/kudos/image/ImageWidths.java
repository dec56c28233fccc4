package io.github.kudos.image;

import java.util.List;
import java.util.Map;

/**
 * The widths, in pixels, a theme asks raster images to be published in, by role. Read from
 * theme.yaml ({@code images: { logo: [120, 240, 480], cover: [640, 1280] }}); a child theme's
 * list replaces its parent's for that role.
 */
public record ImageWidths(List<Integer> logo, List<Integer> cover) {
    public static final List<String> ROLES = List.of("logo", "cover");
    public static final int MIN_WIDTH = 16;
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_COUNT = 8;
    public static final ImageWidths DEFAULT = new ImageWidths(List.of(120, 240, 480), List.of(640, 1280));

    public ImageWidths {
        logo = List.copyOf(logo.stream().sorted().distinct().toList());
        cover = List.copyOf(cover.stream().sorted().distinct().toList());
    }

    public List<Integer> of(Role role) {
        return role == Role.LOGO ? logo : cover;
    }

    /** These widths with some roles replaced (a child theme's settings over its parent's). */
    public ImageWidths with(Map<String, List<Integer>> overrides) {
        return new ImageWidths(overrides.getOrDefault("logo", logo), overrides.getOrDefault("cover", cover));
    }

    /** What an image is for: it decides the widths it is published in. */
    public enum Role { LOGO, COVER }
}
