package glassgo.compiler.types;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Rounding of exact constants to float64/float32 (go/constant via big.Rat.Float64/Float32: one
 * correct rounding, ties to even, subnormals, overflow), checked against Java's correctly rounded
 * decimal parsing (Double.parseDouble / Float.parseFloat of the exact decimal expansion).
 */
class ConstantsRoundingTest {

    private static ConstValue dec(String s) { return Constants.fromDecimal(new BigDecimal(s)); }

    private static void check(String s) {
        ConstValue v = dec(s);
        double d = Double.parseDouble(s);
        assertEquals(d, v.float64Val(), s);
        ConstValue r = Constants.roundFloat64(v);
        if (Double.isInfinite(d)) assertNull(r, s);
        else assertEquals(d + 0.0, r.float64Val(), s); // constants have no -0
        float f = Float.parseFloat(s);
        ConstValue r32 = Constants.roundFloat32(v);
        if (Float.isInfinite(f)) assertNull(r32, s);
        else assertEquals(f + 0.0, r32.float64Val(), s);
    }

    @Test
    void roundsDecimalsLikeJavaParsing() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20000; i++) {
            int digits = 1 + rnd.nextInt(40);
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "-" : "");
            sb.append(1 + rnd.nextInt(9));
            for (int k = 1; k < digits; k++) sb.append(rnd.nextInt(10));
            sb.append('e').append(rnd.nextInt(700) - 350);
            check(sb.toString());
        }
    }

    @Test
    void roundsEdgeCases() {
        for (String s : new String[] {
                "1", "0.1", "0.5", "1.5", "2.5", "9007199254740993", "9007199254740995", "4.9e-324", "2.4703282292062327e-324",
                "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072014e-308", "1.7976931348623157e308",
                "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "3.4028234663852886e38", "3.4028235677973366e38",
                "3.4028235677973367e38", "1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46",
                "1.1754942e-38", "16777217", "16777219", "1e-400", "123456789012345678901234567890"}) {
            check(s);
            check("-" + s);
        }
    }

    @Test
    void makeFloat64IsExact() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) continue;
            ConstValue v = Constants.makeFloat64(d);
            assertEquals(d, v.float64Val());
            BigInteger[] r = Constants.rat(v);
            BigDecimal exact = new BigDecimal(d);
            assertEquals(0, new BigDecimal(r[0]).compareTo(exact.multiply(new BigDecimal(r[1]))), Double.toString(d));
        }
    }
}
