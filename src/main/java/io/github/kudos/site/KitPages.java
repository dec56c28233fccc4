package io.github.kudos.site;

import io.github.kudos.card.QrCode;
import io.github.kudos.theme.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages that help a business celebrate beyond its own site: the embeddable logo strip and
 * testimonials (embed/logos.html, embed/testimonials.html, for an iframe), the page that shows how
 * to embed them (embed/index.html, with live examples) and the printable "Proudly supplied by"
 * poster (suppliers/poster/, with a QR code to the site). Every list holds published profiles only.
 * The script embed/kudos.js is a static file of the theme.
 */
final class KitPages {
    private KitPages() {}

    static List<Output> of(SiteView site, SiteLink link, List<ProfileView> profiles,
                           List<TestimonialView> testimonials, Messages messages) {
        List<Output> outputs = new ArrayList<>();
        List<ProfileRef> logos = profiles.stream().map(ProfileView::ref).toList();
        List<ProfileRef> suppliers = profiles.stream().filter(p -> p.section().equals("suppliers")).map(ProfileView::ref).toList();
        String poster = suppliers.isEmpty() ? null : link.path("suppliers/poster/");
        outputs.add(page(site, link, "embed/index.html", "embed.ftlh", "embed", messages.get("embed_title"),
                Map.of("logos", logos, "testimonials", testimonials, "posterUrl", poster == null ? "" : poster)));
        outputs.add(page(site, link, "embed/logos.html", "embed-logos.ftlh", "embed-logos", messages.get("logo_wall_title"),
                Map.of("logos", logos)));
        outputs.add(page(site, link, "embed/testimonials.html", "embed-testimonials.ftlh", "embed-testimonials",
                messages.get("testimonials_title"), Map.of("items", testimonials)));
        if (!suppliers.isEmpty()) {
            outputs.add(page(site, link, "suppliers/poster/index.html", "poster.ftlh", "poster", messages.get("poster_title"),
                    Map.of("suppliers", suppliers, "qrUrl", link.path("suppliers/poster/qr.svg"))));
            outputs.add(new Output.Text("suppliers/poster/qr.svg", "the suppliers poster", null,
                    QrCode.svg(link.baseUrl(), "QR code: " + link.baseUrl())));
        }
        return outputs;
    }

    private static Output page(SiteView site, SiteLink link, String path, String template,
                               String kind, String title, Map<String, Object> extra) {
        String sitePath = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", new PageMeta(kind, title, site.description(), link.path(sitePath), link.absolute(sitePath),
                kind.equals("poster") ? "suppliers" : "", site.logo() == null ? null : link.absoluteOfPath(site.logo().url()),
                JsonLd.page(site, "WebPage", title, link.absolute(sitePath))));
        return new Output.Page(path, "the " + kind + " page", null, template, model, null);
    }
}
