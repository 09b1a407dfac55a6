package glassgo.compiler.types;

/** Resolves import paths to checked packages (go/types.Importer). */
public interface Importer {
    /** Returns the package or throws {@link ImportException} with Go's message. */
    Package importPackage(String path) throws ImportException;

    final class ImportException extends Exception {
        public ImportException(String msg) { super(msg, null, false, false); }
    }
}
