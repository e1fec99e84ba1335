import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/**
 * The floor of the dashboard's design on this machine, run from its jar (so with the same libraries, the same
 * seeding and the same web server threads): what no change to the dashboard's pages can go below.
 * <ul>
 * <li>{@code javalin PORT}: Javalin alone, answering "hello" on /;
 * <li>{@code stack PORT}: the report's scripts seeded into HSQLDB as the dashboard does, one jOOQ query, and Javalin
 * answering its result on /: the stack's parts in sequence, with nothing of the dashboard's pages.
 * </ul>
 */
public final class StackFloor {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[1]);
        String body = switch (args[0]) {
            case "javalin" -> "hello";
            case "stack" -> Database.load(SqlScripts.builtIn()).dsl()
                    .select(FISCAL_YEAR.LABEL).from(FISCAL_YEAR).fetchAny(FISCAL_YEAR.LABEL);
            default -> throw new IllegalArgumentException("usage: StackFloor javalin|stack PORT");
        };
        Javalin.create(config -> {
                    config.showJavalinBanner = false;
                    config.jetty.threadPool = new QueuedThreadPool(16, 4); // as the dashboard's App
                })
                .get("/", ctx -> ctx.result(body))
                .start("127.0.0.1", port);
    }
}
