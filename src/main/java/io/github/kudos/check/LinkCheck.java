package io.github.kudos.check;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.output.OutputTree;
import io.github.kudos.site.SiteLink;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every internal href and src of every built page leads to a file of the site.
 * Each broken target is reported once, at its first use, with the number of pages using it.
 */
public final class LinkCheck {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    private LinkCheck() {}

    private record Use(Position first, int count) {}

    public static void check(OutputTree tree, SiteLink link, Problems problems) {
        Map<String, Use> broken = new TreeMap<>();
        tree.files().forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            String html = new String(bytes, StandardCharsets.UTF_8);
            Matcher matcher = LINK.matcher(html);
            while (matcher.find()) {
                String url = matcher.group(1).replace("&amp;", "&");
                String target = internalTarget(url, link);
                if (target == null || exists(tree, target)) continue;
                Position at = position(path, html, matcher.start(1));
                broken.merge(url, new Use(at, 1), (a, b) -> new Use(a.first(), a.count() + 1));
            }
        });
        broken.forEach((url, use) -> problems.error(use.first(), "broken link to '" + url + "'"
                + (use.count() > 1 ? " (used " + use.count() + " times)" : ""), "no file in the site answers it"));
    }

    /** The output path a link points at, or null for links that leave the site or only move within a page. */
    static String internalTarget(String url, SiteLink link) {
        String path;
        if (url.startsWith(link.baseUrl())) {
            path = url.substring(link.baseUrl().length());
        } else if (url.startsWith(link.basePath()) && !url.startsWith("//")) {
            path = url.substring(link.basePath().length());
        } else if (url.startsWith("/") && !url.startsWith("//")) {
            return url;
        } else {
            return null;
        }
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) path = path.substring(0, cut);
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static boolean exists(OutputTree tree, String target) {
        return tree.files().containsKey(target) || tree.copies().containsKey(target)
                || tree.files().containsKey(target + "/index.html");
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static Position position(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }
}
