package jp.nerima.zaitaku;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;

/** Opens the dashboard in the system browser where there is a desktop; quietly does nothing where there is none. */
final class Browser {

    private Browser() {}

    static boolean open(String url) {
        if (GraphicsEnvironment.isHeadless()) return false;
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return true;
            }
            // Linux desktops without the GTK bindings AWT wants still have xdg-open.
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true).start();
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
