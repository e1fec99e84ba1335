package jp.nerima.zaitaku.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/**
 * The report's text as extracted from its PDF, line by line, so every figure's {@code src_line} can be opened and
 * read in place ({@code /source#L114}).
 */
public final class SourceText {

    public record Line(int number, String text) {}

    public record Model(String file, List<Line> lines) {}

    public View page(Request request, Report report) {
        List<Line> lines = lines(report.sourceText());
        Table table = new Table("source-" + report.year(), List.of("行", "本文"),
                lines.stream().map(l -> List.<Object>of(l.number(), l.text())).toList());
        return new View("source.jte", "出典（抽出テキスト）", new Model(report.sourceText(), lines), table);
    }

    public static List<Line> lines(String file) {
        try (InputStream in = SourceText.class.getClassLoader().getResourceAsStream("source/" + file)) {
            if (in == null) throw new NotFoundResponse("出典のテキスト " + file + " が見つかりません。");
            String[] text = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
            List<Line> lines = new ArrayList<>(text.length);
            for (int i = 0; i < text.length; i++) lines.add(new Line(i + 1, text[i]));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
