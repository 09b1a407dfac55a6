package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives.Native;
import glassgo.vm.lib.strconv.Unicode;

import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** unicode's table lookups (Unicode 13 tables of Go 1.19, generated into strconv.UnicodeTables). */
public final class UnicodeNatives {
    private UnicodeNatives() {}

    private static Native pred(IntPredicate p) {
        return (vm, g, base) -> { long[] r = vm.regs(g); r[base] = p.test((int) r[base]) ? 1 : 0; };
    }

    private static Native map(IntUnaryOperator f) {
        return (vm, g, base) -> { long[] r = vm.regs(g); r[base] = f.applyAsInt((int) r[base]); };
    }

    public static void register(Map<String, Native> m) {
        m.put("unicode.IsLetter", pred(Unicode::isLetter));
        m.put("unicode.IsDigit", pred(Unicode::isDigit));
        m.put("unicode.IsNumber", pred(Unicode::isNumber));
        m.put("unicode.IsSpace", pred(Unicode::isSpace));
        m.put("unicode.IsUpper", pred(Unicode::isUpper));
        m.put("unicode.IsLower", pred(Unicode::isLower));
        m.put("unicode.IsTitle", pred(Unicode::isTitle));
        m.put("unicode.IsPunct", pred(Unicode::isPunct));
        m.put("unicode.IsMark", pred(Unicode::isMark));
        m.put("unicode.IsSymbol", pred(Unicode::isSymbol));
        m.put("unicode.IsControl", pred(Unicode::isControl));
        m.put("unicode.IsPrint", pred(Unicode::isUnicodePrint));
        m.put("unicode.IsGraphic", pred(Unicode::isUnicodeGraphic));
        m.put("unicode.ToUpper", map(Unicode::toUpper));
        m.put("unicode.ToLower", map(Unicode::toLower));
        m.put("unicode.ToTitle", map(Unicode::toTitle));
        for (String[] kv : new String[][]{{"isLetter", "IsLetter"}, {"isDigit", "IsDigit"}, {"isNumber", "IsNumber"}, {"isSpace", "IsSpace"},
                {"isUpper", "IsUpper"}, {"isLower", "IsLower"}, {"isTitle", "IsTitle"}, {"isPunct", "IsPunct"}, {"isMark", "IsMark"},
                {"isSymbol", "IsSymbol"}, {"isPrint", "IsPrint"}, {"isGraphic", "IsGraphic"}, {"toUpper", "ToUpper"}, {"toLower", "ToLower"},
                {"toTitle", "ToTitle"}}) {
            m.put("unicode." + kv[0], m.get("unicode." + kv[1]));
        }
    }
}
