package glassgo.vm.lib.fmt;

/** The nil interface value (Kind INVALID), used where a Java null operand arrives. */
final class NilValue implements GoValue {
  static final NilValue INSTANCE = new NilValue();
  private NilValue() {}
  @Override public Kind kind() { return Kind.INVALID; }
  @Override public String typeString() { return "<nil>"; }
  @Override public long typeId() { return 0; }
  @Override public boolean boolValue() { return false; }
  @Override public long intValue() { return 0; }
  @Override public long uintValue() { return 0; }
  @Override public double floatValue() { return 0; }
  @Override public double real() { return 0; }
  @Override public double imag() { return 0; }
  @Override public byte[] stringBytes() { return new byte[0]; }
  @Override public int len() { return 0; }
  @Override public GoValue index(int i) { throw new IndexOutOfBoundsException(); }
  @Override public int numField() { return 0; }
  @Override public String fieldName(int i) { throw new IndexOutOfBoundsException(); }
  @Override public GoValue field(int i) { throw new IndexOutOfBoundsException(); }
  @Override public boolean isNil() { return true; }
  @Override public long pointer() { return 0; }
  @Override public GoValue elem() { return this; }
  @Override public GoValue[][] mapEntries() { return new GoValue[0][]; }
  @Override public boolean canInterface() { return true; }
  @Override public boolean hasMethod(String name) { return false; }
  @Override public byte[] callStringMethod(String name) { throw new IllegalStateException("nil has no methods"); }
}
