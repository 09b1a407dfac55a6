package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 8

type Board [H][W]bool

func (b *Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var nb Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.neighbors(r, c)
			nb[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return nb
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}, {5, 8}, {5, 9}, {5, 10}} {
		b[p[0]][p[1]] = true
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
	for i := 0; i < 40; i++ {
		b = b.Step()
	}
	alive := 0
	for _, row := range b {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive after 44:", alive)
}
