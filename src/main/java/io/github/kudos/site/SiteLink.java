package io.github.kudos.site;

import java.net.URI;

/**
 * The one way to make a URL to a page of the site. Site paths ("clients/coho/") are relative to
 * the site root; {@link #path} prefixes the path part of the site URL, so a site deployed under
 * https://example.github.io/showcase/ works unchanged, and {@link #absolute} gives the full URL.
 */
public record SiteLink(String baseUrl, String basePath) {

    /** baseUrl is an absolute http(s) URL; a trailing slash is added when missing. */
    public static SiteLink of(String baseUrl) {
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = URI.create(url).getRawPath();
        return new SiteLink(url, path == null || path.isEmpty() ? "/" : path);
    }

    public String path(String sitePath) {
        return basePath + strip(sitePath);
    }

    public String absolute(String sitePath) {
        return baseUrl + strip(sitePath);
    }

    /** The absolute URL of a root-prefixed path (as views hold them). */
    public String absoluteOfPath(String rootPrefixedPath) {
        String sitePath = rootPrefixedPath.startsWith(basePath) ? rootPrefixedPath.substring(basePath.length())
                : rootPrefixedPath;
        return absolute(sitePath);
    }

    /** Site-relative links from content ("/clients/") are root-prefixed; absolute URLs stay as they are. */
    public String contentLink(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? path(url) : url;
    }

    private static String strip(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }
}
