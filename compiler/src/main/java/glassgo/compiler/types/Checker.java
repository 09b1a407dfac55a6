package glassgo.compiler.types;

import glassgo.compiler.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Entry point: type-checks one package. */
public final class Checker {
    private Checker() {}

    /** Checks the files of package main (import path "main"). */
    public static CheckResult check(List<SourceFile> files, Importer importer) {
        return check("main", files, importer, false);
    }

    /** Checks a package with the given import path; {@code std} permits body-less functions. */
    public static CheckResult check(String path, List<SourceFile> files, Importer importer, boolean std) {
        return check(path, files, importer, std, false);
    }

    /**
     * As {@link #check(String, List, Importer, boolean)} for a std package whose function bodies
     * are checked on demand, by {@link Package#checkBody} (see the package documentation).
     */
    static CheckResult checkLazily(String path, List<SourceFile> files, Importer importer) {
        return check(path, files, importer, true, true);
    }

    private static CheckResult check(String path, List<SourceFile> files, Importer importer, boolean std, boolean lazyBodies) {
        String name = files.isEmpty() ? "main" : files.get(0).pkgName.name;
        Package pkg = new Package(path, name);
        Info info = new Info();
        pkg.info = info;
        Check c = new Check(pkg, info, importer, std, lazyBodies);
        List<TypeError> errs = c.run(files);
        if (lazyBodies) pkg.lazy = c;
        return new CheckResult(pkg, info, errs);
    }
}
