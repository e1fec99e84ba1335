package jp.nerima.zaitaku.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import io.javalin.Javalin;
import jp.nerima.zaitaku.web.MadePages;

/**
 * A static copy of the dashboard: every page, twin and asset reachable by links from the overview (see
 * {@link Crawl}), with each site-absolute link rewritten to a relative one.
 */
public final class StaticSite {

    /**
     * What was written.
     *
     * @param failed addresses that the dashboard itself answers with an error page (a link of the site that leads
     *               nowhere); the copy holds that same page there, so it behaves as the dashboard does
     * @param broken of those, the ones the dashboard could not make (5xx): a fault, not a page to copy
     */
    public record Written(int files, long bytes, List<String> failed, List<String> broken) {}

    private StaticSite() {}

    /** The site as the running app answers it, for another year's data (--data). */
    public static Written export(Javalin app, Path folder) throws IOException, InterruptedException {
        return write(Crawl.site(app.port()), folder);
    }

    /** The site made at build, copied out of the jar as it is. */
    public static Written export(MadePages made, Path folder) throws IOException {
        List<Crawl.Answer> answers = new ArrayList<>();
        for (String address : made.addresses()) {
            MadePages.Made m = made.made(address);
            answers.add(new Crawl.Answer(m.linked(), m.sent(), 200, m.contentType(), m.disposition(), m.body(), false));
        }
        return write(answers, folder);
    }

    private static Written write(List<Crawl.Answer> answers, Path folder) throws IOException {
        List<String> failed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        int files = 0;
        long bytes = 0;
        for (Crawl.Answer answer : answers) {
            if (answer.status() != 200) failed.add(answer.address());
            if (answer.status() >= 500) broken.add(answer.address());
            String file = file(answer.address());
            byte[] body = answer.body();
            if (answer.isText()) {
                body = relink(new String(body, StandardCharsets.UTF_8), file).getBytes(StandardCharsets.UTF_8);
            }
            Path out = folder.resolve(file);
            Files.createDirectories(out.getParent());
            Files.write(out, body);
            files++;
            bytes += body.length;
        }
        return new Written(files, bytes, failed, broken);
    }

    /**
     * The page or style sheet with every link made relative to its own file; a page is marked as a static copy,
     * where the activities' filter works in the browser (activities.js) since no server answers the form.
     */
    static String relink(String text, String file) {
        Matcher m = Crawl.LINK.matcher(
                text.replaceFirst("<html lang=\"ja\">", "<html lang=\"ja\" data-export=\"static\">"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String link = m.group(2).replace("&amp;", "&");
            int hash = link.indexOf('#');
            String target = hash < 0 ? link : link.substring(0, hash);
            String fragment = hash < 0 ? "" : link.substring(hash);
            String relative = SiteFiles.relative(file, file(target)) + fragment;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + relative));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String file(String address) {
        int question = address.indexOf('?');
        return question < 0 ? SiteFiles.file(address, null)
                : SiteFiles.file(address.substring(0, question), address.substring(question + 1));
    }
}
