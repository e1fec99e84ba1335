package jp.nerima.zaitaku.db;

/** A script that cannot run, told the way a person fixes it: which file, which line, what the database said. */
public final class SqlScriptException extends RuntimeException {

    private final String file;
    private final int line;
    private final String detail;

    public SqlScriptException(String file, int line, String detail) {
        super(file + (line > 0 ? ":" + line : "") + ": " + detail);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    /** 0 where the problem is the file as a whole. */
    public int line() {
        return line;
    }

    public String detail() {
        return detail;
    }

    /** Where the problem is and what it is, in Japanese: 「SQLスクリプト V5__x.sql の 3 行目に問題があります: …」. */
    public String japanese() {
        return "SQLスクリプト " + file + (line > 0 ? " の " + line + " 行目" : "") + "に問題があります: " + detail;
    }
}
