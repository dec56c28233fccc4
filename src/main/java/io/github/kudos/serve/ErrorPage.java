package io.github.kudos.serve;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.site.Xml;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page shown while the site has never built: its errors, as the terminal printed them. */
final class ErrorPage {
    private ErrorPage() {}

    static byte[] html(List<Diagnostic> errors) {
        StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Kudos: the site does not build</title></head><body>"
                + "<h1>The site does not build yet</h1><p>Fix these and the page reloads by itself:</p><ul>");
        if (errors.isEmpty()) page.append("<li>building…</li>");
        errors.forEach(error -> page.append("<li><code>").append(Xml.escape(error.format())).append("</code></li>"));
        return page.append("</ul></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
