package glassgo.vm.lib.strconv;

import java.util.Arrays;

/** A growable byte buffer; Go strings are bytes, so formatting never goes through java.lang.String. */
public final class ByteBuf {
  private byte[] b;
  private int n;

  public ByteBuf() { this(32); }
  public ByteBuf(int cap) { b = new byte[Math.max(cap, 8)]; }

  private void grow(int extra) {
    if (n + extra > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + extra));
  }
  public void append(byte c) { grow(1); b[n++] = c; }
  /** Appends the low 8 bits of c (callers pass ASCII). */
  public void append(char c) { grow(1); b[n++] = (byte) c; }
  public void append(byte[] s) { append(s, 0, s.length); }
  public void append(byte[] s, int off, int len) { grow(len); System.arraycopy(s, off, b, n, len); n += len; }
  /** Appends an ASCII/Latin-1 Java string byte by byte. */
  public void append(String s) { grow(s.length()); for (int i = 0; i < s.length(); i++) b[n++] = (byte) s.charAt(i); }
  public void appendUtf8(String s) { append(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)); }
  public void appendRune(int r) { append(Utf8.encode(r)); }
  public void appendByteRepeat(byte c, int count) { grow(count); for (int i = 0; i < count; i++) b[n++] = c; }
  public int length() { return n; }
  public byte get(int i) { return b[i]; }
  public void set(int i, byte c) { b[i] = c; }
  public void truncate(int len) { n = len; }
  public byte[] array() { return b; }
  public byte[] toByteArray() { return Arrays.copyOf(b, n); }
  @Override public String toString() { return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8); }
}
