package glassgo.runtime.types;

/** Input to {@link RType#struct}: a field as declared (order matters; Go never reorders). */
public record FieldSpec(String name, RType type, boolean embedded) {
}
