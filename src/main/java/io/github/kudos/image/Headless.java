package io.github.kudos.image;

/**
 * Java2D without a display: set before any AWT class asks for a screen, so images and cards render
 * the same on a build server as on a laptop, and no window system is ever touched.
 */
public final class Headless {
    private Headless() {}

    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}
