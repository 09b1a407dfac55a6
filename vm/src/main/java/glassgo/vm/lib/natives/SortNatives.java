package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives.Native;

import java.util.Map;

/** sort's natives: none yet (std/sort is not written); the slice swapper goes here. */
public final class SortNatives {
    private SortNatives() {}

    public static void register(Map<String, Native> m) {
    }
}
