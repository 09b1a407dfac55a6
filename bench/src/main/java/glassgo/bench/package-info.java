/**
 * JMH benchmarks of the hottest runtime parts: flat-memory access (the candidates for {@code
 * Memory}), mallocgc paths (tiny, small, large) and map operations (insert, lookup, delete with
 * int and string keys). End-to-end comparisons with native Go live in {@code bench/go} and
 * {@code bench/run.sh}.
 */
package glassgo.bench;
