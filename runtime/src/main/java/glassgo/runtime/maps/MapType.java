package glassgo.runtime.maps;

import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.StructField;

import java.util.List;

/**
 * Go's {@code maptype}: everything {@link HMap} derives from a map type {@code map[K]V} (an
 * {@link RType} of kind MAP). Obtain one with {@link HMap#maptype(RType)}, which registers the map
 * type (the iterator's {@code t} word holds its descriptor address) and caches the result.
 *
 * <p>Bucket ({@code bmap}) layout, exactly as cmd/compile's {@code MapBucketType} builds it:
 * <pre>
 *   topbits  [8]uint8    @0
 *   keys     [8]K'       @8
 *   elems    [8]V'       @8 + 8*keysize
 *   overflow *bmap       @bucketsize - 8   (uintptr when neither K' nor V' has pointers)
 * </pre>
 * where K' = K, or *K when {@code sizeof(K) > 128} (indirect key, each key a separate
 * {@code newobject}); likewise V'. No padding: K'/V' sizes are multiples of their alignment.
 * The bucket is a struct {@link RType} built by {@link RType#struct}, so size, ptrdata and
 * gcmask are exact: {@code map[int]int} 144 bytes, {@code map[string]int} 208,
 * {@code map[int64]int8} 88.
 */
public final class MapType {
    /** The map type itself ({@code map[K]V}, kind MAP). */
    public final RType type;
    public final RType key, elem;
    /** The bucket struct type ({@code map.bucket[K]V}). */
    public final RType bucket;
    /** The iterator struct type ({@code map.iter[K]V}, 96 bytes, Go's {@code hiter}). */
    public final RType hiter;
    /** Size of a key slot / elem slot in the bucket (8 when indirect). */
    public final int keysize, elemsize;
    public final long bucketsize;
    public final boolean indirectkey, indirectelem;
    /** {@code k == k} for every key (false for floats, complex, interfaces and composites with them). */
    public final boolean reflexivekey;
    /** Overwrite the stored key on assignment to an existing key (floats, complex, strings, interfaces). */
    public final boolean needkeyupdate;
    /** Hashing may panic (interface keys): lookups in nil/empty maps still hash. */
    public final boolean hashMightPanic;
    /** Offset of elems[0] and of the overflow word in a bucket. */
    final long elemsOff, overflowOff;
    /** How {@link HMap} hashes and compares keys. */
    final int keyAlg;
    /** Address of at least {@code elem.size} zero bytes (the shared zeroVal or this type's own). */
    final long zero;
    /** The HMap (runtime) this was derived for: {@link #zero} and the descriptor address are its. */
    final HMap owner;

    /**
     * Which of map.go's operation families cmd/compile calls for this map type (walk's mapfast):
     * {@link #FAST64} for 8-byte AMEM64 keys (map_fast64.go; pointer keys too, as on 64-bit
     * targets), {@link #FASTSTR} for string keys (map_faststr.go), {@link #SLOW} otherwise, and
     * always when elems exceed 128 bytes.
     */
    public static final int SLOW = 0, FAST64 = 1, FASTSTR = 2;

    /** The family of {@code map[K]V} ({@link #SLOW}, {@link #FAST64} or {@link #FASTSTR}); needs no registered descriptor. */
    public static int mapfast(RType mapType) {
        if (mapType.elem.size > HMap.MAX_ELEM_SIZE) return SLOW;
        switch (keyAlg(mapType.key)) {
            case ALG_MEM64: return FAST64;
            case ALG_STR: return FASTSTR;
            default: return SLOW;
        }
    }

    /** {@link #mapfast} of this type. */
    public final int fast;
    static final int ALG_GENERIC = 0, ALG_MEM8 = 1, ALG_MEM16 = 2, ALG_MEM32 = 3, ALG_MEM64 = 4, ALG_STR = 5;

    MapType(HMap owner, RType type, RType u8, RType uintptr, RType unsafePtr, long sharedZero, long ownZero) {
        this.owner = owner;
        if (type.kind != Kind.MAP) throw new IllegalArgumentException("not a map type: " + type);
        if (!type.key.comparable()) throw new IllegalArgumentException("invalid map key type " + type.key);
        this.type = type;
        this.key = type.key;
        this.elem = type.elem;
        this.indirectkey = key.size > HMap.MAX_KEY_SIZE;
        this.indirectelem = elem.size > HMap.MAX_ELEM_SIZE;
        RType kslot = indirectkey ? RType.pointer(key) : key;
        RType vslot = indirectelem ? RType.pointer(elem) : elem;
        this.keysize = (int) kslot.size;
        this.elemsize = (int) vslot.size;
        RType otyp = kslot.ptrdata == 0 && vslot.ptrdata == 0 ? uintptr : unsafePtr;
        String suffix = "[" + key.name + "]" + elem.name;
        this.bucket = RType.struct("map.bucket" + suffix, List.of(
                new FieldSpec("topbits", RType.array(u8, HMap.BUCKET_CNT), false),
                new FieldSpec("keys", RType.array(kslot, HMap.BUCKET_CNT), false),
                new FieldSpec("elems", RType.array(vslot, HMap.BUCKET_CNT), false),
                new FieldSpec("overflow", otyp, false)));
        this.bucketsize = bucket.size;
        this.elemsOff = HMap.DATA_OFFSET + (long) HMap.BUCKET_CNT * keysize;
        this.overflowOff = bucketsize - 8;
        if (overflowOff != elemsOff + (long) HMap.BUCKET_CNT * elemsize) throw new IllegalStateException("bad bucket layout " + bucket.name);
        this.reflexivekey = isReflexive(key);
        this.needkeyupdate = needKeyUpdate(key);
        this.hashMightPanic = hashMightPanic(key);
        this.keyAlg = keyAlg(key);
        this.fast = mapfast(type);
        this.zero = elem.size <= HMap.MAX_ZERO ? sharedZero : ownZero;
        this.hiter = RType.struct("map.iter" + suffix, List.of(
                new FieldSpec("key", RType.pointer(key), false),
                new FieldSpec("elem", RType.pointer(elem), false),
                new FieldSpec("t", unsafePtr, false),
                new FieldSpec("h", unsafePtr, false),
                new FieldSpec("buckets", unsafePtr, false),
                new FieldSpec("bptr", unsafePtr, false),
                new FieldSpec("overflow", unsafePtr, false),
                new FieldSpec("oldoverflow", unsafePtr, false),
                new FieldSpec("startBucket", uintptr, false),
                new FieldSpec("offset", u8, false),
                new FieldSpec("wrapped", u8, false),
                new FieldSpec("B", u8, false),
                new FieldSpec("i", u8, false),
                new FieldSpec("bucket", uintptr, false),
                new FieldSpec("checkBucket", uintptr, false)));
        if (hiter.size != HMap.HITER_SIZE) throw new IllegalStateException("hiter size " + hiter.size);
    }

    /** Address of a zero value of the elem type (what {@code mapaccess1} returns for a missing key). */
    public long zeroVal() {
        return zero;
    }

    static int keyAlg(RType k) {
        switch (k.kind) {
            case BOOL: case INT8: case UINT8: return ALG_MEM8;
            case INT16: case UINT16: return ALG_MEM16;
            case INT32: case UINT32: return ALG_MEM32;
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: case POINTER: case CHAN: case UNSAFE_POINTER:
                return ALG_MEM64;
            case STRING: return ALG_STR;
            default: return ALG_GENERIC;
        }
    }

    /** cmd/compile's isReflexive. */
    static boolean isReflexive(RType t) {
        switch (t.kind) {
            case FLOAT32: case FLOAT64: case COMPLEX64: case COMPLEX128: case INTERFACE: return false;
            case ARRAY: return isReflexive(t.elem);
            case STRUCT:
                for (StructField f : t.fields) if (!isReflexive(f.type())) return false;
                return true;
            default: return true;
        }
    }

    /** cmd/compile's needkeyupdate. */
    static boolean needKeyUpdate(RType t) {
        switch (t.kind) {
            case FLOAT32: case FLOAT64: case COMPLEX64: case COMPLEX128: case INTERFACE: case STRING: return true;
            case ARRAY: return needKeyUpdate(t.elem);
            case STRUCT:
                for (StructField f : t.fields) if (needKeyUpdate(f.type())) return true;
                return false;
            default: return false;
        }
    }

    /** cmd/compile's hashMightPanic. */
    static boolean hashMightPanic(RType t) {
        switch (t.kind) {
            case INTERFACE: return true;
            case ARRAY: return hashMightPanic(t.elem);
            case STRUCT:
                for (StructField f : t.fields) if (hashMightPanic(f.type())) return true;
                return false;
            default: return false;
        }
    }

    @Override
    public String toString() {
        return type.name;
    }
}
