package jp.nerima.zaitaku.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where each address of the dashboard goes in a static copy, and how one file links to another, so the copy works
 * from any web server and from a file share: only relative links, and a query string becomes part of a file name.
 */
final class SiteFiles {

    private SiteFiles() {}

    /**
     * The file of an address: {@code /} is index.html, {@code /initiatives/1-1-1} initiatives/1-1-1.html, a twin
     * keeps its suffix; another fiscal year ({@code ?fy=2022}) goes under fy2022/, and any other condition joins
     * the name ({@code /activities?org=4} → activities--org-4.html).
     */
    static String file(String path, String query) {
        String folder = "";
        List<String> conditions = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("fy=")) folder = "fy" + safe(pair.substring(3)) + "/";
                else if (!pair.isEmpty()) conditions.add(pair);
            }
        }
        String name = path.equals("/") ? "index" : path.substring(1);
        String extension = ".html";
        int dot = name.lastIndexOf('.');
        if (dot > name.lastIndexOf('/')) {
            extension = name.substring(dot);
            name = name.substring(0, dot);
        }
        StringBuilder file = new StringBuilder(folder).append(name);
        for (String condition : conditions) {
            int equals = condition.indexOf('=');
            String key = equals < 0 ? condition : condition.substring(0, equals);
            String value = equals < 0 ? "" : condition.substring(equals + 1);
            file.append("--").append(safe(key)).append(value.isEmpty() ? "" : "-" + safe(value));
        }
        return file.append(extension).toString();
    }

    /** The link from one file of the copy to another, relative, with forward slashes. */
    static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) link.append("../");
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]);
            if (i < toParts.length - 1) link.append('/');
        }
        return link.toString();
    }

    /** Letters, digits, '-' and '_' stay; anything else (Japanese words of a search) becomes a short hash. */
    private static String safe(String value) {
        if (value.matches("[A-Za-z0-9_-]{1,40}")) return value;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
