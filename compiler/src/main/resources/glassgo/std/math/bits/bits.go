// Package bits is glassgo's math/bits, in plain Go (simple loops and SWAR; the results
// are Go's, the speed is not). Left out: Add/Sub/Mul/Div and their 32/64 variants, ReverseBytes16.
package bits

const uintSize = 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

func LeadingZeros(x uint) int     { return UintSize - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }
func OnesCount64(x uint64) int {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 + x&m0
	x = x>>2&m1 + x&m1
	x = (x>>4 + x) & m2
	x += x >> 8
	x += x >> 16
	x += x >> 32
	return int(x) & (1<<7 - 1)
}

func RotateLeft(x uint, k int) uint {
	const n = UintSize
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
func Reverse64(x uint64) uint64 {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 | x&m0<<1
	x = x>>2&m1 | x&m1<<2
	x = x>>4&m2 | x&m2<<4
	return ReverseBytes64(x)
}

func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes32(x uint32) uint32 {
	return uint32(ReverseBytes64(uint64(x)) >> 32)
}
func ReverseBytes64(x uint64) uint64 {
	const m3 = 0x00ff00ff00ff00ff
	const m4 = 0x0000ffff0000ffff
	x = x>>8&m3 | x&m3<<8
	x = x>>16&m4 | x&m4<<16
	return x>>32 | x<<32
}

func Len(x uint) int     { return Len64(uint64(x)) }
func Len8(x uint8) int   { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 returns the minimum number of bits required to represent x; 0 for x == 0.
func Len64(x uint64) (n int) {
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
