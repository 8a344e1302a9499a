package keystore

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
)

// num is a JSON number that also accepts a numeric string ("262144") and
// never fails on huge values: they become +Inf and are rejected by the
// range checks of the callers.
type num float64

func (n *num) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		*n = num(math.NaN())
		return nil
	}
	*n = num(f)
	return nil
}

// int returns n as an int when it is a whole number in [lo, hi].
func (n num) int(lo, hi int) (int, bool) {
	f := float64(n)
	if math.IsNaN(f) || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		return 0, false
	}
	return int(f), true
}

// unmarshal decodes data into v and reports only syntax errors: a field of
// an unexpected type is left empty, as the callers check every field.
func unmarshal(data []byte, v any) error {
	err := json.Unmarshal(data, v)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return nil
	}
	return err
}

// str returns a raw JSON value as a string if it is one.
func str(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// unhex decodes hex with an optional 0x prefix.
func unhex(s string) ([]byte, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	b, err := hex.DecodeString(s)
	return b, err == nil
}

// unb64 decodes standard base64 with or without padding.
func unb64(s string) ([]byte, bool) {
	s = strings.TrimSpace(s)
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, true
	}
	b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	return b, err == nil
}
