//go:build race

package rules

// raceEnabled says the race detector slows everything down (timing tests skip).
const raceEnabled = true
