//go:build linux

package audit

import "syscall"

const oNoATime = syscall.O_NOATIME
