package io.github.kudos.image;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an SVG from content safe to publish: SVG is a document format that can run script when
 * opened on its own, so an uploaded logo is treated as hostile. Parsing is hardened (no DOCTYPE,
 * so no entities, no external DTD, no XInclude). The result has no script, no event handler
 * attribute, no foreignObject, and no reference to anything outside itself: href, xlink:href and
 * src point only at #fragments, and url(...) in attributes and styles only at #fragments (CSS
 * escapes decoded first). Only SVG elements stay, and only attributes without a namespace or in
 * the XLink and XML namespaces: no XSLT, no XHTML, nothing a browser might run. Processing
 * instructions (an xml-stylesheet can run XSLT) and comments go, inside and around the root.
 * An SVG that cannot be parsed, or is not an SVG, cannot be made safe: that is a {@link Failure}.
 */
public final class SvgSanitizer {
    public static final long MAX_BYTES = 2L << 20;
    static final int MAX_ELEMENTS = 50_000;
    static final int MAX_DEPTH = 256;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> ATTRIBUTE_NAMESPACES = Set.of("http://www.w3.org/1999/xlink",
            XMLConstants.XML_NS_URI, XMLConstants.XMLNS_ATTRIBUTE_NS_URI);
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "audio", "video", "canvas", "handler", "listener", "html", "body", "meta", "link", "base");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");
    /** Attributes that load or link to something: only #fragments of the document itself may stay. */
    private static final Set<String> LINKS = Set.of("href", "src", "srcset", "action", "formaction", "data", "base",
            "ping", "poster", "background");
    private static final Set<String> ANIMATED_VALUES = Set.of("values", "from", "to", "by");
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})\\s?|(.))", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*(['\"]?)([^)'\"]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

    private SvgSanitizer() {}

    /** The sanitised SVG, and what was taken out of it (empty when it was clean). */
    public record Result(String svg, List<String> removed) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    /** Why an SVG cannot be made safe; line and column are 1-based, 1:1 when unknown. */
    public static final class Failure extends Exception {
        private final int line;
        private final int column;

        Failure(String message, int line, int column) {
            super(message);
            this.line = Math.max(1, line);
            this.column = Math.max(1, column);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    public static Result sanitize(String text) throws Failure {
        if (text.length() > MAX_BYTES) throw new Failure("SVG is larger than " + (MAX_BYTES >> 20) + " MB", 1, 1);
        Document document = parse(text);
        Element root = document.getDocumentElement();
        if (!"svg".equals(localName(root)) || !(root.getNamespaceURI() == null || SVG_NS.equals(root.getNamespaceURI()))) {
            throw new Failure("not an SVG image: the root element is <" + root.getNodeName() + ">, not <svg>", 1, 1);
        }
        Set<String> removed = new TreeSet<>();
        removeAllButRoot(document, removed);
        int[] count = {0};
        try {
            clean(root, removed, count, 1);
        } catch (StackOverflowError e) {
            throw new Failure("SVG is nested too deeply", 1, 1);
        }
        if (root.getNamespaceURI() == null) root.setAttribute("xmlns", SVG_NS);
        return new Result(serialise(document), List.copyOf(removed));
    }

    /** A parser per thread: building one is slow, and a builder is not safe to share between threads. */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(SvgSanitizer::parser);
    private static final ThreadLocal<Transformer> WRITERS = ThreadLocal.withInitial(SvgSanitizer::writer);

    private static Document parse(String text) throws Failure {
        try {
            DocumentBuilder builder = PARSERS.get();
            builder.reset();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(ERRORS);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (StackOverflowError e) {
            throw new Failure("SVG is nested too deeply", 1, 1);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String why = message.contains("DOCTYPE") ? "SVG has a DOCTYPE, and DOCTYPEs (entities, external DTDs) are not allowed"
                    : message.contains("maxElementDepth") ? "SVG is nested more than " + MAX_DEPTH + " elements deep"
                    : "SVG is not well-formed XML: " + message;
            throw new Failure(why, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new Failure("SVG cannot be read: " + e.getMessage(), 1, 1);
        }
    }

    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** The JDK's own parser, hardened: no DOCTYPE at all (so no entity of any kind), nothing external. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setIgnoringComments(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    private static Transformer writer() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    /** Processing instructions and comments before or after the root element. */
    private static void removeAllButRoot(Document document, Set<String> removed) {
        List<Node> around = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child != document.getDocumentElement()) around.add(child);
        }
        for (Node child : around) {
            document.removeChild(child);
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) removed.add("processing instruction or entity");
        }
    }

    private static void clean(Element element, Set<String> removed, int[] count, int depth) throws Failure {
        if (++count[0] > MAX_ELEMENTS) throw new Failure("SVG has more than " + MAX_ELEMENTS + " elements", 1, 1);
        if (depth > MAX_DEPTH) throw new Failure("SVG is nested more than " + MAX_DEPTH + " elements deep", 1, 1);
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = localName(attribute);
            String value = attribute.getValue();
            if (attribute.getNamespaceURI() != null && !ATTRIBUTE_NAMESPACES.contains(attribute.getNamespaceURI())) {
                drop.add(attribute);
                removed.add("attribute " + attribute.getName() + " of another namespace");
            } else if (name.startsWith("on")) {
                drop.add(attribute);
                removed.add("event handler attribute " + name);
            } else if (LINKS.contains(name) && !isFragment(value)) {
                drop.add(attribute);
                removed.add("external reference " + name + "=\"" + abbreviate(value) + "\"");
            } else if (ANIMATED_VALUES.contains(name) && ANIMATIONS.contains(localName(element)) && hasScheme(value)) {
                drop.add(attribute);
                removed.add("animated reference " + name + "=\"" + abbreviate(value) + "\"");
            } else if (hasExternalUrl(value) || (name.equals("style") && hasCssHazard(value))) {
                drop.add(attribute);
                removed.add("external url() in " + name);
            }
        }
        for (Attr attribute : drop) element.removeAttributeNode(attribute);
        if (ANIMATIONS.contains(localName(element))) {
            String target = element.getAttribute("attributeName").toLowerCase(Locale.ROOT);
            if (target.endsWith("href") || target.startsWith("on") || target.equals("src")) {
                element.getParentNode().removeChild(element);
                removed.add("<" + element.getNodeName() + "> that changes " + target);
                return;
            }
        }
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) children.add(child);
        for (Node child : children) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element childElement = (Element) child;
                String name = localName(childElement);
                if (!Objects.equals(childElement.getNamespaceURI(), element.getOwnerDocument().getDocumentElement().getNamespaceURI())) {
                    element.removeChild(child);
                    removed.add("<" + childElement.getNodeName() + "> element of another namespace");
                } else if (DROPPED_ELEMENTS.contains(name)) {
                    element.removeChild(child);
                    removed.add("<" + childElement.getNodeName() + "> element");
                } else if (name.equals("style") && hasCssHazard(childElement.getTextContent())) {
                    element.removeChild(child);
                    removed.add("<style> with external references");
                } else {
                    clean(childElement, removed, count, depth + 1);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || child.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
                element.removeChild(child);
                removed.add("processing instruction or entity");
            }
        }
    }

    private static boolean isFragment(String value) {
        String trimmed = value.strip();
        return trimmed.startsWith("#") && !trimmed.contains("(") && !trimmed.contains(":");
    }

    private static boolean hasScheme(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").matches("(?s).*(javascript|data|vbscript|https?):.*");
    }

    /** url(...) pointing anywhere but at a #fragment of this document. */
    private static boolean hasExternalUrl(String raw) {
        String value = decodeCssEscapes(raw);
        Matcher matcher = URL.matcher(value);
        while (matcher.find()) {
            if (!isFragment(matcher.group(2))) return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("url(") && !matcher.reset().find();
    }

    private static boolean hasCssHazard(String css) {
        String lower = decodeCssEscapes(css).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return hasExternalUrl(css) || lower.contains("@import") || lower.contains("expression(")
                || lower.contains("javascript:") || lower.contains("behavior:") || lower.contains("-moz-binding")
                || lower.contains("image-set(") || lower.contains("image(") || lower.contains("src(");
    }

    /** CSS text as a browser reads it: \\72 and \\r both mean r. */
    private static String decodeCssEscapes(String css) {
        if (css.indexOf('\\') < 0) return css;
        return CSS_ESCAPE.matcher(css).replaceAll(m -> {
            if (m.group(2) != null) return Matcher.quoteReplacement(m.group(2));
            int codePoint = Integer.parseInt(m.group(1), 16);
            boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT && (codePoint < 0xD800 || codePoint > 0xDFFF);
            return Matcher.quoteReplacement(valid ? new String(Character.toChars(codePoint)) : "\uFFFD");
        });
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static String serialise(Document document) throws Failure {
        try {
            StringWriter out = new StringWriter();
            WRITERS.get().transform(new DOMSource(document), new StreamResult(out));
            String svg = out.toString();
            return svg.endsWith("\n") ? svg : svg + "\n";
        } catch (TransformerException e) {
            throw new Failure("SVG cannot be written back: " + e.getMessage(), 1, 1);
        }
    }
}
