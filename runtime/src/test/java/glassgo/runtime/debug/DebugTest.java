package glassgo.runtime.debug;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.*;

class DebugTest {
    @Test
    void parsesBothTablesWithGoDefaults() {
        Debug d = new Debug("gctrace=1,allocfreetrace=2,bogus=3,sbrk=x,adaptivestackstart=0", "alloctrace=1,gctrace=5", null);
        assertEquals(1, d.gctrace); // GLASSDEBUG cannot set GODEBUG names
        assertEquals(2, d.allocfreetrace);
        assertEquals(0, d.sbrk); // not an integer: ignored
        assertEquals(0, d.adaptivestackstart);
        assertEquals(1, d.alloctrace);
        assertEquals(1, d.invalidptr); // Go default
        assertEquals(1, d.get("cgocheck"));
        assertSame(System.err, d.err());
        assertThrows(IllegalArgumentException.class, () -> d.get("nosuch"));
        Debug e = new Debug(null, "", null);
        assertEquals(0, e.gctrace);
        assertEquals(1, e.adaptivestackstart);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b);
        assertSame(p, new Debug("", "", p).err());
    }

    @Test
    void throwLine() {
        assertEquals("fatal error: out of memory", Throw.fatal("out of memory").goLine());
    }
}
