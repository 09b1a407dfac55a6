package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.lib.strconv.FloatFormat;
import glassgo.vm.lib.strconv.IntFormat;
import glassgo.vm.lib.strconv.Quote;


/** strconv's formatting and quoting natives over the Java strconv engine. */
public final class StrconvNatives {
    private StrconvNatives() {}

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "strconv.FormatFloat":
            case "strconv.formatFloat":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    double f = Double.longBitsToDouble(r[base]);
                    byte[] s = FloatFormat.format(f, (char) (r[base + 1] & 0xFF), (int) r[base + 2], (int) r[base + 3]);
                    Natives.setStr(vm, r, base, s);
                };
            case "strconv.parseFloat":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    glassgo.vm.lib.strconv.FloatParse.Result res = glassgo.vm.lib.strconv.FloatParse.parse(Natives.str(vm, r, base), (int) r[base + 2]);
                    r[base] = Double.doubleToRawLongBits(res.value());
                    r[base + 1] = res.err() == glassgo.vm.lib.strconv.NumError.NONE ? 0 : res.err() == glassgo.vm.lib.strconv.NumError.SYNTAX ? 1 : 2;
                };
            case "strconv.quoteWith":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.setStr(vm, r, base, Quote.quoteWith(Natives.str(vm, r, base), (char) (r[base + 2] & 0xFF), r[base + 3] != 0, r[base + 4] != 0));
                };
            case "strconv.quoteRuneWith":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.setStr(vm, r, base, Quote.quoteRuneWith((int) r[base], (char) (r[base + 1] & 0xFF), r[base + 2] != 0, r[base + 3] != 0));
                };
            case "strconv.FormatInt":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.setStr(vm, r, base, IntFormat.formatInt(r[base], (int) r[base + 1]));
                };
            case "strconv.FormatUint":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.setStr(vm, r, base, IntFormat.formatUint(r[base], (int) r[base + 1]));
                };
            case "strconv.Itoa":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.setStr(vm, r, base, IntFormat.formatInt(r[base], 10));
                };
            case "strconv.Quote":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quote(Natives.str(vm, r, base))); };
            case "strconv.QuoteToASCII":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteToASCII(Natives.str(vm, r, base))); };
            case "strconv.QuoteToGraphic":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteToGraphic(Natives.str(vm, r, base))); };
            case "strconv.QuoteRune":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRune((int) r[base])); };
            case "strconv.QuoteRuneToASCII":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRuneToASCII((int) r[base])); };
            case "strconv.QuoteRuneToGraphic":
                return (vm, g, base) -> { long[] r = vm.regs(g); Natives.setStr(vm, r, base, Quote.quoteRuneToGraphic((int) r[base])); };
            case "strconv.CanBackquote":
                return (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.canBackquote(Natives.str(vm, r, base)) ? 1 : 0; };
            case "strconv.IsPrint":
                return (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.isPrint((int) r[base]) ? 1 : 0; };
            case "strconv.IsGraphic":
                return (vm, g, base) -> { long[] r = vm.regs(g); r[base] = Quote.isGraphic((int) r[base]) ? 1 : 0; };
            default:
                return null;
        }
    }
}
