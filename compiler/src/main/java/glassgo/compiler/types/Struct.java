package glassgo.compiler.types;

import java.util.List;

/** {@code struct{...}}: fields (Vars with isField) and raw tags (null/"" when absent). */
public final class Struct implements Type {
    private final List<Var> fields;
    private final List<String> tags;
    public Struct(List<Var> fields, List<String> tags) { this.fields = List.copyOf(fields); this.tags = tags; }
    public int numFields() { return fields.size(); }
    public Var field(int i) { return fields.get(i); }
    public List<Var> fields() { return fields; }
    /** The tag string (unquoted value) of field i, "" if none. */
    public String tag(int i) { return tags != null && i < tags.size() && tags.get(i) != null ? tags.get(i) : ""; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
