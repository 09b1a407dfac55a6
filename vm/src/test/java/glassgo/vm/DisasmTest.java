package glassgo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import glassgo.compiler.code.Disasm;
import glassgo.compiler.code.Program;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disassembler ({@code glassgo run -d=code}) and, through it, the shape of the code the
 * generator emits for a hot recursive function: fused compare-and-jump with an immediate, ADDI
 * arguments computed into their call slots, results moved straight to R0 — eight instructions on the paths that run.
 */
class DisasmTest {
    static final String FIB = """
            package main

            import "fmt"

            func fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return fib(n-1) + fib(n-2)
            }

            func main() { fmt.Println(fib(10)) }
            """;

    @Test
    void fibIsEightInstructionsOnItsPaths(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fib.go");
        Files.writeString(f, FIB);
        Program p = Glassgo.compile(f);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        Disasm.print(p, new PrintStream(bo, true, StandardCharsets.UTF_8), false);
        String out = bo.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("main.main ./fib.go:12"), out);
        String fib = out.substring(out.indexOf("main.fib ./fib.go:5"));
        fib = fib.substring(0, fib.indexOf("\n\n"));
        List<String> ops = Arrays.stream(fib.split("\n")).skip(1).map(l -> l.trim().split("\\s+")[2]).toList();
        // (the final RET is the fall-off-the-end epilogue, unreachable here)
        assertEquals(List.of("JGEI", "RET", "ADDI", "CALL", "ADDI", "CALL", "ADD", "RET", "RET"), ops, fib);
        assertTrue(fib.contains("L6    JGEI        0, 2, 5   ; -> 5"), fib);
        assertTrue(fib.contains("CALL") && fib.contains("; main.fib"), fib);
    }
}
