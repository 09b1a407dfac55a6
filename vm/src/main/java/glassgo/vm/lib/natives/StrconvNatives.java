package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.lib.strconv.FloatFormat;
import glassgo.vm.lib.strconv.IntFormat;
import glassgo.vm.lib.strconv.Quote;

import java.util.Map;

/** strconv's formatting and quoting natives over the Java strconv engine. */
public final class StrconvNatives {
    private StrconvNatives() {}

    public static void register(Map<String, Native> m) {
        Native formatFloat = (vm, g, base) -> {
            long[] r = vm.regs(g);
            double f = Double.longBitsToDouble(r[base]);
            byte[] s = FloatFormat.format(f, (char) (r[base + 1] & 0xFF), (int) r[base + 2], (int) r[base + 3]);
            Natives.setStr(vm, r, base, s);
        };
        m.put("strconv.FormatFloat", formatFloat);
        m.put("strconv.formatFloat", formatFloat);
        m.put("strconv.parseFloat", (vm, g, base) -> {
            long[] r = vm.regs(g);
            glassgo.vm.lib.strconv.FloatParse.Result res = glassgo.vm.lib.strconv.FloatParse.parse(Natives.str(vm, r, base), (int) r[base + 2]);
            r[base] = Double.doubleToRawLongBits(res.value());
            r[base + 1] = res.err() == glassgo.vm.lib.strconv.NumError.NONE ? 0 : res.err() == glassgo.vm.lib.strconv.NumError.SYNTAX ? 1 : 2;
        });
        m.put("strconv.quoteWith", (vm, g, base) -> {
            long[] r = vm.regs(g);
            Natives.setStr(vm, r, base, Quote.quoteWith(Natives.str(vm, r, base), (char) (r[base + 2] & 0xFF), r[base + 3] != 0, r[base + 4] != 0));
        });
        m.put("strconv.quoteRuneWith", (vm, g, base) -> {
            long[] r = vm.regs(g);
            Natives.setStr(vm, r, base, Quote.quoteRuneWith((int) r[base], (char) (r[base + 1] & 0xFF), r[base + 2] != 0, r[base + 3] != 0));
        });
        m.put("strconv.FormatInt", (vm, g, base) -> {
            long[] r = vm.regs(g);
            Natives.setStr(vm, r, base, IntFormat.formatInt(r[base], (int) r[base + 1]));
        });
        m.put("strconv.FormatUint", (vm, g, base) -> {
            long[] r = vm.regs(g);
            Natives.setStr(vm, r, base, IntFormat.formatUint(r[base], (int) r[base + 1]));
        });
        m.put("strconv.Itoa", (vm, g, base) -> {
            long[] r = vm.regs(g);
            Natives.setStr(vm, r, base, IntFormat.formatInt(r[base], 10));
        });
        m.put("strconv.Quote", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quote(Natives.str(vm, r, base))); });
        m.put("strconv.QuoteToASCII", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteToASCII(Natives.str(vm, r, base))); });
        m.put("strconv.QuoteToGraphic", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteToGraphic(Natives.str(vm, r, base))); });
        m.put("strconv.QuoteRune", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRune((int) r[base])); });
        m.put("strconv.QuoteRuneToASCII", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRuneToASCII((int) r[base])); });
        m.put("strconv.QuoteRuneToGraphic", (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRuneToGraphic((int) r[base])); });
        m.put("strconv.CanBackquote", (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.canBackquote(Natives.str(vm, r, base)) ? 1 : 0; });
        m.put("strconv.IsPrint", (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.isPrint((int) r[base]) ? 1 : 0; });
        m.put("strconv.IsGraphic", (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.isGraphic((int) r[base]) ? 1 : 0; });
    }
}
