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
    Info info;

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
    /** The Info computed when checking this package (for imported std packages too). */
    public Info info() { return info; }
    @Override public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
