package io.github.kudos.site;

/**
 * An image in the output: {@code url} is root-prefixed; width and height (of the file at url) are
 * null when unknown. srcset lists every published width of a raster image ("/img/a-120.png 120w,
 * /img/a-240.png 240w") for a srcset attribute; it is empty for an image published once (SVG).
 */
public record ImageView(String url, String alt, Integer width, Integer height, String srcset) {
    public ImageView {
        if (srcset == null) srcset = "";
    }

    public ImageView(String url, String alt, Integer width, Integer height) {
        this(url, alt, width, height, "");
    }
}
