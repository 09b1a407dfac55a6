package glassgo.compiler.types;

import glassgo.compiler.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** A type-checked package. */
public final class Package {
    final String path;
    String name;
    final Scope scope;
    final List<SourceFile> files = new ArrayList<>();
    final List<Package> imports = new ArrayList<>();
    final List<Initializer> initOrder = new ArrayList<>();
    /** Initialisers of std variables declared on use after the init order was fixed (see {@link #lateInits}). */
    final List<Initializer> lateInits = new ArrayList<>();
    Info info;
    /** The checker still holding unchecked function bodies (std packages checked lazily); null when none. */
    Check lazy;

    public Package(String path, String name) {
        this.path = path; this.name = name;
        this.scope = new Scope(Universe.SCOPE, "package " + path, null);
    }

    public String path() { return path; }
    public String name() { return name; }
    public Scope scope() { return scope; }
    public List<SourceFile> files() { return files; }
    public List<Package> imports() { return imports; }
    /** Package-level variable initialization in execution order (go/types Info.InitOrder). */
    public List<Initializer> initOrder() { return initOrder; }
    /**
     * Initialisations of std package-level variables whose initialiser (a literal of constants)
     * was checked only when the program came to use them, after {@link #initOrder} was fixed,
     * in the order they were declared; the list grows while codegen checks function bodies.
     * They depend on no variable or function and have no effect but their variable's value, so
     * they may run anywhere before the package's other initialisers.
     */
    public List<Initializer> lateInits() { return lateInits; }
    /** The Info computed when checking this package (for imported std packages too). */
    public Info info() { return info; }
    /**
     * Makes sure the body of f (a function or method declared in this package) is type-checked,
     * so that {@link #info()} describes it: std packages check bodies on demand, when codegen
     * compiles them (see the package documentation). A no-op for every other package and function.
     */
    public void checkBody(Func f) {
        if (lazy != null) lazy.checkPendingBody(f);
    }
    @Override public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
