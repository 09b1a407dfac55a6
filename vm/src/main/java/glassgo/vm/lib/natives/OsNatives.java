package glassgo.vm.lib.natives;

import glassgo.vm.interp.GoExit;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** os's natives (std/os/os.go): runtimeArgs, Exit, write, writeString, read. */
public final class OsNatives {
    private OsNatives() {}

    public static void register(Map<String, Native> m) {
        m.put("os.runtimeArgs", (vm, g, base) -> {
            // vm.args already starts with the program name (Glassgo.run puts it there)
            List<String> args = new ArrayList<>();
            if (vm.args != null && !vm.args.isEmpty()) args.addAll(vm.args);
            else args.add(Natives.programName(vm));
            Natives.setStringSlice(vm, vm.regs(g), base, args);
        });
        m.put("os.Exit", (vm, g, base) -> {
            int code = (int) vm.regs(g)[base];
            vm.stdout.flush();
            vm.stderr.flush();
            throw new GoExit(code);
        });
        m.put("os.write", (vm, g, base) -> {
            long[] r = vm.regs(g);
            int fd = (int) r[base];
            byte[] b = vm.stringBytes(r[base + 1], r[base + 2]);
            r[base] = Natives.writeFd(vm, fd, b);
        });
        m.put("os.writeString", (vm, g, base) -> {
            long[] r = vm.regs(g);
            int fd = (int) r[base];
            byte[] b = vm.stringBytes(r[base + 1], r[base + 2]);
            r[base] = Natives.writeFd(vm, fd, b);
        });
        m.put("os.read", (vm, g, base) -> {
            long[] r = vm.regs(g);
            int fd = (int) r[base];
            long p = r[base + 1];
            int n = (int) Math.min(r[base + 2], 1 << 20);
            if (fd != 0) { r[base] = -1; return; }
            if (n == 0) { r[base] = 0; return; }
            byte[] buf = new byte[n];
            int got;
            try {
                vm.stdout.flush();
                got = System.in.read(buf, 0, n);
            } catch (java.io.IOException e) {
                r[base] = -1;
                return;
            }
            if (got <= 0) { r[base] = 0; return; }
            vm.mem.putBytes(p, buf, 0, got);
            r[base] = got;
        });
    }
}
