package glassgo.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkOrderTest {
    @Test
    void funcParamsCountsParametersAndResults() {
        assertEquals(0, LinkOrder.funcParams("func()"));
        assertEquals(1, LinkOrder.funcParams("func(int)"));
        assertEquals(2, LinkOrder.funcParams("func(int) string"));
        assertEquals(4, LinkOrder.funcParams("func(int, ...string) (bool, error)"));
        assertEquals(2, LinkOrder.funcParams("func(map[string]int, func(int, int) bool)"));
        assertEquals(2, LinkOrder.funcParams("func(struct { A, B int }) func(int) (int, int)"));
        assertEquals(0, LinkOrder.funcParams("main.F"));
    }
}
