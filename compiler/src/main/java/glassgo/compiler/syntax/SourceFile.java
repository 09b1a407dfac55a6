package glassgo.compiler.syntax;

import java.util.List;

/** One parsed .go file. {@code fileName} as given on the command line ({@code x.go}); pos: the {@code package} keyword. */
public final class SourceFile implements Node {
    public final Pos pos; public final String fileName; public final Expr.Ident pkgName; public final List<Spec.Import> imports; public final List<Decl> decls;
    public SourceFile(Pos pos, String fileName, Expr.Ident pkgName, List<Spec.Import> imports, List<Decl> decls) { this.pos = pos; this.fileName = fileName; this.pkgName = pkgName; this.imports = imports; this.decls = decls; }
    public Pos pos() { return pos; }
}
