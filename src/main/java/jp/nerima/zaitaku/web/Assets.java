package jp.nerima.zaitaku.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Paths of the assets that come from webjars, at the versions pom.xml chose. */
public final class Assets {

    public static final String CHART_JS = "/webjars/chart.js/" + version("org.webjars.npm", "chart.js")
            + "/dist/chart.umd.min.js";

    private Assets() {}

    private static String version(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("webjar " + artifact + " is missing from the classpath");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
