package glassgo.compiler.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code interface{...}}: explicitly declared methods and embedded types; {@link #allMethods()}
 * is the complete method set (explicit + embedded), sorted by name as go/types' type set. It is
 * computed lazily (embedded Named interfaces may not be set up yet while declaring).
 */
public final class Interface implements Type {
    private final List<Func> methods;
    private final List<Type> embeddeds;
    private List<Func> all;

    public Interface(List<Func> methods, List<Type> embeddeds) { this.methods = new ArrayList<>(methods); this.embeddeds = new ArrayList<>(embeddeds); }

    public int numExplicitMethods() { return methods.size(); }
    public Func explicitMethod(int i) { return methods.get(i); }
    public List<Func> explicitMethods() { return methods; }
    public int numEmbeddeds() { return embeddeds.size(); }
    public Type embeddedType(int i) { return embeddeds.get(i); }
    public List<Type> embeddeds() { return embeddeds; }

    /** The complete method set, sorted by name (exported before unexported like go/types' Id order: by name). */
    public List<Func> allMethods() {
        if (all == null) {
            List<Func> r = new ArrayList<>(methods);
            for (Type e : embeddeds) {
                if (e.underlying() instanceof Interface ei && ei != this) {
                    for (Func m : ei.allMethods()) {
                        boolean dup = false;
                        for (Func x : r) if (x.name().equals(m.name())) { dup = true; break; }
                        if (!dup) r.add(m);
                    }
                }
            }
            r.sort(Comparator.comparing(Func::name));
            all = List.copyOf(r);
        }
        return all;
    }
    void resetAll() { all = null; }
    public int numMethods() { return allMethods().size(); }
    public Func method(int i) { return allMethods().get(i); }
    public boolean empty() { return allMethods().isEmpty(); }

    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
