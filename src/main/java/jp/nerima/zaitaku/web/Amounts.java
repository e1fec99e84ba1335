package jp.nerima.zaitaku.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** A number as a ward official writes it in a sentence: thousands separated, its unit after it ('1,837件'). */
public final class Amounts {

    private Amounts() {}

    public static String of(BigDecimal amount, String unit) {
        return new DecimalFormat("#,##0.##########").format(amount) + (unit == null ? "" : unit);
    }
}
