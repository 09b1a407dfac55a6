package glassgo.vm.lib.fmt;

/**
 * The view of a Go value that the fmt printer needs: a reflect.Value in miniature.
 * The VM implements it over glassgo's flat memory; tests implement it over Java objects.
 * A top-level operand is the dynamic value of an interface{} argument (Kind INVALID for
 * a nil interface).
 */
public interface GoValue {
  enum Kind { INVALID /* nil interface */, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRING, STRUCT, UNSAFE_POINTER }
  Kind kind();
  String typeString();          // what %T prints: "int", "main.T", "*main.T", "[]int", "map[string]int", "interface {}"
  long typeId();                // identity of the dynamic type (for fmtsort's interface ordering)
  boolean boolValue(); long intValue() /* sign-extended */; long uintValue() /* raw bits */; double floatValue(); double real(); double imag();
  byte[] stringBytes();
  int len();                    // string/array/slice/map/chan
  GoValue index(int i);         // array and slice elements
  int numField(); String fieldName(int i); GoValue field(int i);
  boolean isNil();              // pointer, map, slice, func, chan, interface, unsafe pointer
  long pointer();               // address: pointer value, slice data, map/chan/func pointer (for %p and 0x… printing)
  GoValue elem();               // pointer target; the dynamic value held by an interface (Kind INVALID when nil)
  GoValue[][] mapEntries();     // {key, value} pairs in any order; the printer sorts
  boolean canInterface();       // false for values reached through unexported struct fields
  boolean hasMethod(String name);       // "Error"/"String"/"GoString" (func() string), "Format" (fmt.Formatter) — method-set check by name and type
  byte[] callStringMethod(String name); // calls Error(), String() or GoString(); throws MethodPanic if the Go method panicked

  /**
   * Calls Format(state, verb) when the value implements fmt.Formatter and returns what it wrote
   * to the state; null when it is not a Formatter. flags: 1 '-', 2 '+' (or %+v), 4 '#' (or %#v),
   * 8 ' ', 16 '0', 32 width present, 64 precision present. Throws MethodPanic (with the partial
   * output) if Format panicked.
   */
  default byte[] callFormat(int verb, int wid, int prec, int flags) { return null; }

  /**
   * Kind of the element type of an array or slice. Needed so that %s/%x/%q treat an
   * EMPTY named byte slice as bytes; the default guesses from typeString and index(0),
   * which is only wrong for empty slices of named byte-like types (then it answers INVALID).
   */
  default Kind elemKind() {
    if (len() > 0) return index(0).kind();
    String t = typeString();
    if (t.endsWith("]uint8") || t.endsWith("]byte")) return Kind.UINT8;
    return Kind.INVALID;
  }
}
