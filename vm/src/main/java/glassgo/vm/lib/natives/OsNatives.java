package glassgo.vm.lib.natives;

import glassgo.vm.interp.GoExit;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.interp.Vm;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * os's natives (std/os/os.go): runtimeArgs, Exit, write, writeString, read, open, closeFd,
 * fileSize, getenv, environ. Files are opened read-only and kept in a per-VM descriptor table
 * numbered as Go on linux/amd64 numbers them (the first file 3; Go's netpoller then holds 4-6).
 * Errors are returned as errno values of linux/amd64, which os.go wraps in syscall.Errno.
 */
public final class OsNatives {
    private OsNatives() {}

    static final int EBADF = 9, ENOENT = 2, EACCES = 13, ENOTDIR = 20, EISDIR = 21, EIO = 5, EMFILE = 24;

    /** One open file: a regular file (raf) or a directory (raf == null). */
    private record OpenFile(RandomAccessFile raf, boolean dir) {}

    /** The open files of one VM, by descriptor. */
    private static final class FdTable {
        final TreeMap<Integer, OpenFile> open = new TreeMap<>();
        boolean pollerStarted;

        int alloc(OpenFile f) {
            int fd = 3;
            while (open.containsKey(fd) || (pollerStarted && fd >= 4 && fd <= 6)) fd++;
            open.put(fd, f);
            pollerStarted = true; // Go's first os.Open starts the netpoller after getting its fd
            return fd;
        }
    }

    private static final Map<Vm, FdTable> TABLES = Collections.synchronizedMap(new WeakHashMap<>());

    private static FdTable table(Vm vm) { return TABLES.computeIfAbsent(vm, v -> new FdTable()); }

    /** open(2) with O_RDONLY: the file or directory, or the errno Go would see. */
    static int openErrno(String name) {
        if (name.isEmpty()) return ENOENT;
        File f = new File(name);
        if (f.exists()) {
            if (name.endsWith("/") && !f.isDirectory()) return ENOTDIR;
            if (!f.canRead()) return EACCES;
            return 0;
        }
        for (File p = f.getParentFile(); p != null; p = p.getParentFile()) {
            if (p.exists()) return p.isDirectory() ? ENOENT : ENOTDIR;
        }
        return ENOENT;
    }

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "os.runtimeArgs":
                return (vm, g, base) -> {
                    // vm.args already starts with the program name (Glassgo.run puts it there)
                    List<String> args = new ArrayList<>();
                    if (vm.args != null && !vm.args.isEmpty()) args.addAll(vm.args);
                    else args.add(Natives.programName(vm));
                    Natives.setStringSlice(vm, vm.regs(g), base, args);
                };
            case "os.Exit":
                return (vm, g, base) -> {
                    int code = (int) vm.regs(g)[base];
                    vm.stdout.flush();
                    vm.stderr.flush();
                    throw new GoExit(code);
                };
            case "os.write":
            case "os.writeString":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    int fd = (int) r[base];
                    byte[] b = vm.stringBytes(r[base + 1], r[base + 2]);
                    r[base] = fd == 1 || fd == 2 ? Natives.writeFd(vm, fd, b) : -EBADF;
                };
            case "os.read":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    int fd = (int) r[base];
                    long p = r[base + 1];
                    int n = (int) Math.min(r[base + 2], 1 << 30); // Go reads at most 1 GiB at once
                    n = Math.min(n, 1 << 20);
                    byte[] buf = new byte[n];
                    int got;
                    try {
                        if (fd == 0) {
                            vm.stdout.flush();
                            got = vm.stdin.read(buf, 0, n);
                        } else {
                            OpenFile f = table(vm).open.get(fd);
                            if (f == null) { r[base] = -EBADF; return; }
                            if (f.dir()) { r[base] = -EISDIR; return; }
                            got = f.raf().read(buf, 0, n);
                        }
                    } catch (IOException e) {
                        r[base] = -EIO;
                        return;
                    }
                    if (got <= 0) { r[base] = 0; return; }
                    vm.mem.putBytes(p, buf, 0, got);
                    r[base] = got;
                };
            case "os.open":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    String name = Natives.jstr(vm, r, base);
                    int errno = openErrno(name);
                    OpenFile f = null;
                    if (errno == 0) {
                        File file = new File(name);
                        if (file.isDirectory()) {
                            f = new OpenFile(null, true);
                        } else {
                            try {
                                f = new OpenFile(new RandomAccessFile(file, "r"), false);
                            } catch (IOException | SecurityException e) {
                                errno = EACCES;
                            }
                        }
                    }
                    if (errno != 0) { r[base] = -1; r[base + 1] = errno; return; }
                    r[base] = table(vm).alloc(f);
                    r[base + 1] = 0;
                };
            case "os.closeFd":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    int fd = (int) r[base];
                    if (fd >= 0 && fd <= 2) { r[base] = 0; return; }
                    OpenFile f = table(vm).open.remove(fd);
                    if (f == null) { r[base] = EBADF; return; }
                    try {
                        if (f.raf() != null) f.raf().close();
                    } catch (IOException e) {
                        r[base] = EIO;
                        return;
                    }
                    r[base] = 0;
                };
            case "os.fileSize":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    OpenFile f = table(vm).open.get((int) r[base]);
                    long size = 0;
                    try {
                        if (f != null && f.raf() != null) size = f.raf().length();
                    } catch (IOException e) {
                        size = 0;
                    }
                    r[base] = size;
                };
            case "os.getenv":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    String v = System.getenv(Natives.jstr(vm, r, base));
                    Natives.setStr(vm, r, base, (v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
                    r[base + 2] = v != null ? 1 : 0;
                };
            case "os.environ":
                return (vm, g, base) -> {
                    List<String> kv = new ArrayList<>();
                    for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) kv.add(e.getKey() + "=" + e.getValue());
                    Natives.setStringSlice(vm, vm.regs(g), base, kv);
                };
            default:
                return null;
        }
    }

    /** Closes the files a finished VM left open. */
    public static void closeAll(Vm vm) {
        FdTable t = TABLES.remove(vm);
        if (t == null) return;
        for (OpenFile f : t.open.values()) {
            try {
                if (f.raf() != null) f.raf().close();
            } catch (IOException ignored) {
                // the program is over
            }
        }
    }
}
