package glassgo.vm.lib.fmt;

import glassgo.vm.lib.fmt.GoValue.Kind;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Map key ordering of Go's internal/fmtsort: numbers numerically (NaN first among
 * floats), strings bytewise, false before true, pointers and channels by address,
 * structs and arrays element by element, interfaces nil first, then by dynamic type
 * (typeId stands in for Go's type-descriptor address), then by value. The sort is stable.
 */
public final class MapSort {
  private MapSort() {}

  public static GoValue[][] sort(GoValue[][] entries) {
    GoValue[][] out = entries.clone();
    Arrays.sort(out, Comparator.comparing((GoValue[] e) -> e[0], MapSort::compare)); // TimSort: stable
    return out;
  }

  private static int floatCompare(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    boolean an = Double.isNaN(a), bn = Double.isNaN(b);
    if (an && !bn) return -1;
    if (!an && bn) return 1;
    return 0;
  }

  private static int nilCompare(GoValue a, GoValue b, int[] out) {
    if (a.isNil()) { out[0] = b.isNil() ? 0 : -1; return 1; }
    if (b.isNil()) { out[0] = 1; return 1; }
    return 0;
  }

  public static int compare(GoValue a, GoValue b) {
    if (a.kind() != b.kind()) return -1;
    switch (a.kind()) {
      case INT: case INT8: case INT16: case INT32: case INT64:
        return Long.compare(a.intValue(), b.intValue());
      case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR:
        return Long.compareUnsigned(a.uintValue(), b.uintValue());
      case STRING:
        return Arrays.compareUnsigned(a.stringBytes(), b.stringBytes());
      case FLOAT32: case FLOAT64:
        return floatCompare(a.floatValue(), b.floatValue());
      case COMPLEX64: case COMPLEX128: {
        int c = floatCompare(a.real(), b.real());
        return c != 0 ? c : floatCompare(a.imag(), b.imag());
      }
      case BOOL:
        return a.boolValue() == b.boolValue() ? 0 : a.boolValue() ? 1 : -1;
      case POINTER: case UNSAFE_POINTER: case CHAN: {
        long ap = a.isNil() ? 0 : a.pointer(), bp = b.isNil() ? 0 : b.pointer();
        return Long.compareUnsigned(ap, bp);
      }
      case STRUCT:
        for (int i = 0, n = a.numField(); i < n; i++) {
          int c = compare(a.field(i), b.field(i));
          if (c != 0) return c;
        }
        return 0;
      case ARRAY:
        for (int i = 0, n = a.len(); i < n; i++) {
          int c = compare(a.index(i), b.index(i));
          if (c != 0) return c;
        }
        return 0;
      case INTERFACE: {
        int[] r = new int[1];
        if (nilCompare(a, b, r) != 0) return r[0];
        GoValue ae = a.elem(), be = b.elem();
        int c = Long.compareUnsigned(ae.typeId(), be.typeId());
        if (c != 0) return c;
        return compare(ae, be);
      }
      default:
        throw new IllegalArgumentException("bad type in compare: " + a.typeString());
    }
  }
}
