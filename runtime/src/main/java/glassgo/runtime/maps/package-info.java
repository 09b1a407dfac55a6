/**
 * Go 1.19's hashmap (runtime/map.go, map_fast*.go) in glassgo's flat memory: {@link
 * glassgo.runtime.maps.HMap} (operations), {@link glassgo.runtime.maps.MapType} (bucket layout),
 * {@link glassgo.runtime.maps.PointerStore} (write-barrier entry point), {@link
 * glassgo.runtime.maps.MapTrace} ({@code GLASSDEBUG=maptrace=1}).
 *
 * <h2>Invariants</h2>
 * <pre>
 * A map is the address of an hmap (48 bytes: count, flags, B, noverflow, hash0, buckets,
 * oldbuckets, nevacuate, extra); nil map = 0. The bucket array holds 2^B buckets (plus, for
 * B &gt;= 4, preallocated overflow buckets handed out through extra.nextOverflow). A bucket is
 * tophash[8] | keys[8] | elems[8] | overflow; keys/elems over 128 bytes are stored indirectly.
 *
 * Cell states (tophash): 0 emptyRest (this and every later cell of the chain is empty),
 * 1 emptyOne, 2 evacuatedX, 3 evacuatedY, 4 evacuatedEmpty, &gt;= 5 a live entry whose top hash
 * byte is tophash (hash&gt;&gt;56, bumped by 5 if below 5). A bucket is evacuated iff tophash[0] is
 * in 2..4; a bucket and its overflow chain are evacuated together, all or nothing.
 *
 * A key with hash x lives in bucket x &amp; (2^B-1) of buckets, or, while growing (oldbuckets !=
 * nil) and its old bucket x &amp; (2^oldB-1) is not yet evacuated, in that old bucket. Lookups
 * never move data; every assign and delete during a growth evacuates the old bucket it is about
 * to use and then old bucket nevacuate, so a growth finishes after at most 2^oldB writes.
 * Buckets below nevacuate are evacuated; when nevacuate reaches 2^oldB, oldbuckets and
 * extra.oldoverflow are set to nil and the old array is garbage.
 *
 * Growth starts only on inserting a new key and never while growing: doubling when
 * count+1 &gt; 8 &amp;&amp; count+1 &gt; 13*(2^B/2) (the 9th, 14th, 27th, 53rd... entry), otherwise
 * same-size when noverflow &gt;= 2^min(B,15). A doubling sends each entry to X (same index) or
 * Y (index + 2^oldB) by hash bit oldB; a same-size growth sends all to X.
 *
 * count is the number of live entries; hash0 is reseeded when a delete makes it 0 and on
 * mapclear. flags&amp;hashWriting is set only between hashing the key and finishing an assign,
 * delete or clear; any map operation that sees it set is a fatal "concurrent map ..." error.
 *
 * If neither keys nor elems hold pointers the bucket type is noscan and every overflow bucket
 * is kept reachable through extra.overflow / extra.oldoverflow (a []*bmap); iterators keep
 * pointers to those slices. Every store of a pointer into map memory (and every copy or clear
 * of pointerful key/elem data) goes through the PointerStore.
 *
 * An iterator (hiter, 96 bytes) snapshots B and buckets, starts at a random bucket and cell
 * offset, and visits each bucket's chain once. While the map grows it reads not-yet-evacuated
 * old buckets, keeping only entries destined for the current new bucket, and re-looks-up
 * entries whose cell says evacuated so that later updates and deletes are seen: no key is
 * produced twice, a key deleted before being reached is never produced, a key present and
 * unmodified throughout is produced exactly once.
 * </pre>
 *
 * <h2>API</h2>
 * One {@link glassgo.runtime.maps.HMap} per runtime. Keys are passed by address; {@code mapassign}
 * returns the elem slot for the caller to store into; {@code mapaccess1} returns the elem or a
 * zero area, {@code mapaccess2} the elem or 0. Operations that may allocate take the caller's
 * {@link glassgo.runtime.heap.MCache} (the calling goroutine's P's mcache).
 */
package glassgo.runtime.maps;
