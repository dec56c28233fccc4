package io.github.kudos.content;

/** The folder a profile lives in gives its relationship to the business. */
public enum Relationship {
    CLIENT("client", "clients", "Clients"),
    SUPPLIER("supplier", "suppliers", "Suppliers"),
    PARTNER("partner", "partners", "Partners");

    private final String singular;
    private final String folder;
    private final String title;

    Relationship(String singular, String folder, String title) {
        this.singular = singular;
        this.folder = folder;
        this.title = title;
    }

    public String singular() {
        return singular;
    }

    /** The content folder and the output section: "clients", "suppliers", "partners". */
    public String folder() {
        return folder;
    }

    public String title() {
        return title;
    }
}
