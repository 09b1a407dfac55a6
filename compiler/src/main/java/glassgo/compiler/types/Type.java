package glassgo.compiler.types;

import java.util.function.Function;

/**
 * A Go type (go/types.Type). Identity of types is {@link Predicates#identical}; Java equality is
 * object identity except for {@link Basic}, whose instances are canonical per kind (byte/rune are
 * separate instances with kinds Uint8/Int32, as in go/types).
 */
public interface Type {
    /** The underlying type: itself for all but {@link Named}. */
    Type underlying();

    /** go/types.TypeString with a qualifier (package → prefix, "" for none). */
    default String typeString(Function<Package, String> qualifier) {
        StringBuilder sb = new StringBuilder();
        TypeStrings.write(sb, this, qualifier);
        return sb.toString();
    }
}
