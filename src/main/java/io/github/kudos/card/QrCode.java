package io.github.kudos.card;

import io.github.kudos.site.Xml;
import io.nayuki.qrcodegen.QrCode.Ecc;

/** A QR code as SVG (one path of dark modules, with the quiet zone the standard asks for), from Nayuki's qrcodegen. */
public final class QrCode {
    private static final int BORDER = 4;

    private QrCode() {}

    /** An SVG of the QR code of text; label is its accessible name. */
    public static String svg(String text, String label) {
        io.nayuki.qrcodegen.QrCode qr = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 8
                + "\" height=\"" + size * 8 + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
                + Xml.escape(label) + "\"><title>" + Xml.escape(label) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }
}
