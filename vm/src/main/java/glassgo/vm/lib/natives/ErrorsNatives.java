package glassgo.vm.lib.natives;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.interp.Vm;


/** errors's natives (std/errors/errors.go): asStep, the reflective step of errors.As. */
public final class ErrorsNatives {
    private ErrorsNatives() {}

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "errors.asStep":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    long errT = r[base], errD = r[base + 1], tgtT = r[base + 2], tgtD = r[base + 3];
                    r[base] = asStep(vm, errT, errD, tgtT, tgtD) ? 1 : 0;
                };
            default:
                return null;
        }
    }

    static boolean asStep(Vm vm, long errT, long errD, long tgtT, long tgtD) {
        if (tgtT == 0) throw Natives.panicString(vm, "errors: target cannot be nil");
        RType typ = vm.typeAt(tgtT);
        if (typ.kind != Kind.POINTER || tgtD == 0) throw Natives.panicString(vm, "errors: target must be a non-nil pointer");
        RType target = typ.elem;
        RType errorType = Natives.typeNamed(vm, "error");
        if (target.kind != Kind.INTERFACE && !(errorType != null ? Natives.implementsIface(vm, target, errorType)
                : glassgo.vm.interp.Methods.findByKey(vm, target, glassgo.vm.interp.Methods.stringMethod("Error")) >= 0)) {
            throw Natives.panicString(vm, "errors: *target must be interface or implement error");
        }
        if (errT == 0) return false;
        RType et = vm.typeAt(errT);
        if (target.kind == Kind.INTERFACE) {
            if (!Natives.implementsIface(vm, et, target)) return false;
            Natives.writePointer(vm, tgtD, errT);
            Natives.writePointer(vm, tgtD + 8, errD);
            return true;
        }
        if (et != target) return false;
        if (et.isDirectIface()) Natives.writePointer(vm, tgtD, errD);
        else Natives.typedmemmove(vm, et, tgtD, errD);
        return true;
    }
}
