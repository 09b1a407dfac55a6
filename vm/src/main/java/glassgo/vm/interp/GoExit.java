package glassgo.vm.interp;

/** os.Exit or a fatal error: unwinds the Java stack to the command line with an exit status. */
public final class GoExit extends RuntimeException {
    public final int status;
    public GoExit(int status) { super(null, null, false, false); this.status = status; }
}
