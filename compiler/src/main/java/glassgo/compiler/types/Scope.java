package glassgo.compiler.types;

import glassgo.compiler.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A lexical scope: universe → package → file → function → blocks. Insertion-ordered. */
public final class Scope {
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final LinkedHashMap<String, Obj> elems = new LinkedHashMap<>();
    final String comment;
    /** The function (Decl.Func / Expr.FuncLit) this scope belongs to, or null outside functions. */
    final Node func;

    public Scope(Scope parent, String comment, Node func) {
        this.parent = parent; this.comment = comment; this.func = func;
        if (parent != null) parent.children.add(this);
    }

    public Scope parent() { return parent; }
    public List<Scope> children() { return children; }
    public int len() { return elems.size(); }
    public List<String> names() { return new ArrayList<>(elems.keySet()); }
    public Obj lookup(String name) { return elems.get(name); }

    /** Looks up name in this scope and its parents; returns the object or null. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** Inserts obj unless the name is already present; returns the existing object, or null on success. */
    public Obj insert(Obj obj) {
        Obj alt = elems.get(obj.name());
        if (alt != null) return alt;
        elems.put(obj.name(), obj);
        if (obj.parent == null) obj.parent = this;
        return null;
    }

    @Override public String toString() { return "scope " + comment + " " + elems.keySet(); }
}
