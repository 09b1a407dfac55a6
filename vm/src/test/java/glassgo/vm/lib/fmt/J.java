package glassgo.vm.lib.fmt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A GoValue over plain Java objects, for unit tests. Static factories mirror Go literals. */
final class J implements GoValue {
  Kind kind;
  String type;
  long typeId;
  long bits; // ints, uints, bools, pointers
  double f, im;
  byte[] str;
  List<GoValue> elems = new ArrayList<>();
  List<String> names = new ArrayList<>();
  GoValue target; // pointer target / interface contents
  boolean nil;
  boolean exported = true;
  String method; // "String" or "Error"
  byte[] methodResult;
  MethodPanic methodPanic;

  private J(Kind k, String type) {
    this.kind = k;
    this.type = type;
    this.typeId = type.hashCode() & 0xffffffffL;
  }

  static J i(long v) { return ti("int", Kind.INT, v); }
  static J ti(String type, Kind k, long v) { J j = new J(k, type); j.bits = v; return j; }
  static J u(String type, Kind k, long v) { J j = new J(k, type); j.bits = v; return j; }
  static J u8(int v) { return u("uint8", Kind.UINT8, v); }
  static J r(int v) { return ti("int32", Kind.INT32, v); }
  static J f(double v) { J j = new J(Kind.FLOAT64, "float64"); j.f = v; return j; }
  static J f32(float v) { J j = new J(Kind.FLOAT32, "float32"); j.f = v; return j; }
  static J c(double re, double im) { J j = new J(Kind.COMPLEX128, "complex128"); j.f = re; j.im = im; return j; }
  static J c64(float re, float im) { J j = new J(Kind.COMPLEX64, "complex64"); j.f = re; j.im = im; return j; }
  static J b(boolean v) { J j = new J(Kind.BOOL, "bool"); j.bits = v ? 1 : 0; return j; }
  static J s(String v) { return ts("string", v); }
  static J ts(String type, String v) { J j = new J(Kind.STRING, type); j.str = v.getBytes(StandardCharsets.UTF_8); return j; }
  static J sb(byte[] v) { J j = new J(Kind.STRING, "string"); j.str = v; return j; }
  static GoValue nil() { return null; }
  static J slice(String type, GoValue... e) { J j = new J(Kind.SLICE, type); j.elems.addAll(List.of(e)); j.bits = 0xc000010000L; return j; }
  static J nilSlice(String type) { J j = new J(Kind.SLICE, type); j.nil = true; return j; }
  static J bytes(byte... b) { J j = new J(Kind.SLICE, "[]uint8"); for (byte x : b) j.elems.add(u8(x & 0xff)); j.bits = 0xc000010000L; return j; }
  static J array(String type, GoValue... e) { J j = new J(Kind.ARRAY, type); j.elems.addAll(List.of(e)); return j; }
  /** map(type, k1, v1, k2, v2, ...) */
  static J map(String type, GoValue... kv) { J j = new J(Kind.MAP, type); j.elems.addAll(List.of(kv)); j.bits = 0xc000020000L; return j; }
  static J nilMap(String type) { J j = new J(Kind.MAP, type); j.nil = true; return j; }
  /** struct(type, "A", v1, "B", v2, ...) */
  static J struct(String type, Object... nv) {
    J j = new J(Kind.STRUCT, type);
    for (int k = 0; k < nv.length; k += 2) { j.names.add((String) nv[k]); j.elems.add((GoValue) nv[k + 1]); }
    return j;
  }
  static J ptr(String type, long addr, GoValue target) { J j = new J(Kind.POINTER, type); j.bits = addr; j.target = target; return j; }
  static J nilPtr(String type) { J j = new J(Kind.POINTER, type); j.nil = true; return j; }
  static J iface(String type, GoValue v) { J j = new J(Kind.INTERFACE, type); j.target = v; j.nil = v == null; return j; }
  static J func(String type, long addr) { J j = new J(Kind.FUNC, type); j.bits = addr; j.nil = addr == 0; return j; }
  static J chan(String type, long addr) { J j = new J(Kind.CHAN, type); j.bits = addr; j.nil = addr == 0; return j; }

  J method(String name, String result) { method = name; methodResult = result.getBytes(StandardCharsets.UTF_8); return this; }
  J panics(String name, String text, boolean nilRecv) { method = name; methodPanic = new MethodPanic(text.getBytes(StandardCharsets.UTF_8), nilRecv); return this; }
  J unexported() { exported = false; for (GoValue e : elems) if (e instanceof J x) x.unexported(); return this; }
  J id(long id) { typeId = id; return this; }

  @Override public Kind kind() { return kind; }
  @Override public String typeString() { return type; }
  @Override public long typeId() { return typeId; }
  @Override public boolean boolValue() { return bits != 0; }
  @Override public long intValue() { return bits; }
  @Override public long uintValue() { return bits; }
  @Override public double floatValue() { return f; }
  @Override public double real() { return f; }
  @Override public double imag() { return im; }
  @Override public byte[] stringBytes() { return str; }
  @Override public int len() { return kind == Kind.STRING ? str.length : kind == Kind.MAP ? elems.size() / 2 : elems.size(); }
  @Override public GoValue index(int i) { return wrapNull(elems.get(i)); }
  @Override public int numField() { return elems.size(); }
  @Override public String fieldName(int i) { return names.get(i); }
  @Override public GoValue field(int i) { return wrapNull(elems.get(i)); }
  @Override public boolean isNil() { return nil; }
  @Override public long pointer() { return nil ? 0 : bits; }
  @Override public GoValue elem() { return target == null ? NilValue.INSTANCE : target; }
  @Override public GoValue[][] mapEntries() {
    GoValue[][] out = new GoValue[elems.size() / 2][];
    for (int k = 0; k < out.length; k++) out[k] = new GoValue[] {wrapNull(elems.get(2 * k)), wrapNull(elems.get(2 * k + 1))};
    // reverse so that the printer, not insertion order, decides the output order
    java.util.Collections.reverse(java.util.Arrays.asList(out));
    return out;
  }
  private static GoValue wrapNull(GoValue v) { return v == null ? NilValue.INSTANCE : v; }
  @Override public boolean canInterface() { return exported; }
  @Override public boolean hasMethod(String name) {
    if (method != null && method.equals(name)) return true;
    // a pointer's method set includes its target's value methods
    return kind == Kind.POINTER && !nil && target instanceof J t && t.method != null && t.method.equals(name);
  }
  @Override public byte[] callStringMethod(String name) {
    J m = method != null ? this : (J) target;
    if (m.methodPanic != null) throw m.methodPanic;
    return m.methodResult;
  }
}
