package jp.nerima.zaitaku;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScriptException;
import jp.nerima.zaitaku.db.SqlScripts;
import jp.nerima.zaitaku.export.Crawl;
import jp.nerima.zaitaku.web.MadePages;

/**
 * Makes the built-in report's pages at build time (Maven runs it once the classes are compiled): the database
 * seeded from sql/, the dashboard started on a free port, every address the site links to fetched from it as a
 * browser would, and the answers written where the jar takes them from. The jar then serves those bytes. A broken
 * script fails the build, naming the file and line; so does a link that leads to no page.
 */
public final class BuildPages {

    private BuildPages() {}

    /** @param args the folder of the classpath to write into (target/classes) */
    public static void main(String[] args) throws InterruptedException, IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Database db;
        try {
            db = Database.load(SqlScripts.builtIn());
        } catch (SqlScriptException e) {
            err.println("ビルドできません: " + e.japanese());
            err.println("Build failed: " + e.getMessage());
            System.exit(Main.SCRIPT_ERROR);
            return;
        }
        Javalin app = App.create(db).start("127.0.0.1", 0);
        try {
            List<Crawl.Answer> answers = Crawl.site(app.port());
            List<String> broken = answers.stream().filter(a -> a.status() != 200 || a.redirected())
                    .map(a -> a.address() + " (" + a.status() + ")").toList();
            if (!broken.isEmpty()) {
                err.println("Build failed: links of the site lead to no page: " + String.join(", ", broken));
                System.exit(1);
            }
            List<MadePages.Made> made = answers.stream().map(a -> new MadePages.Made(a.sent(), a.address(),
                    a.contentType(), a.disposition(), a.body(), file(a.sent()))).toList();
            MadePages.Packed packed = MadePages.pack(made);
            Path folder = Path.of(args[0]);
            Files.createDirectories(folder.resolve(MadePages.INDEX).getParent());
            Files.writeString(folder.resolve(MadePages.INDEX), packed.index(), StandardCharsets.UTF_8);
            Files.write(folder.resolve(MadePages.BODIES), packed.bodies());
            System.out.println("Made the " + made.size() + " addresses of the site into " + args[0]);
        } finally {
            app.stop();
            db.close();
        }
    }

    /** A static file, which keeps its own handler (and its year-long caching, for webjars) in the jar. */
    static boolean file(String address) {
        return address.startsWith("/static/") || address.startsWith("/webjars/");
    }
}
