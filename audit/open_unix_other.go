//go:build unix && !linux

package audit

const oNoATime = 0
