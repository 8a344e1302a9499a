package keystore

import "testing"

// BenchmarkTrial measures one password guess per KDF setting on this
// machine (ns/op is the cost of one guess; guesses/s = 1e9 / ns/op).
func BenchmarkTrial(b *testing.B) {
	g := newGen(30)
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"v3_scrypt_light_4096_8_6", g.v3(strongPW, "scrypt", 4096, 8, 6, 0, false)},
		{"v3_scrypt_16384_8_1", g.v3(strongPW, "scrypt", 16384, 8, 1, 0, false)},
		{"v3_pbkdf2_262144", g.v3(strongPW, "pbkdf2", 0, 0, 0, 262144, false)},
		{"metamask_10000", g.vault(strongPW, 10_000, false)},
		{"core_25000", g.core(strongPW, 25_000, false)},
		{"electrum_bie1", g.bie1(strongPW)},
		{"electrum_field", g.electrum(strongPW)},
		{"polkadot_2^15", g.polkadot(strongPW, 1<<15)},
	} {
		a, err := Parse("", bc.data)
		if err != nil || a.check == nil {
			b.Fatalf("%s: not triable", bc.name)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if a.check([]byte("not-the-password")) {
					b.Fatal("wrong password accepted")
				}
			}
		})
	}
}

// BenchmarkParse measures recognition alone on a v3 keystore.
func BenchmarkParse(b *testing.B) {
	data := newGen(31).v3(strongPW, "scrypt", 1024, 8, 1, 0, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCoreScan measures the windowed wallet.dat scan.
func BenchmarkCoreScan(b *testing.B) {
	g := newGen(32)
	data := append(g.core(strongPW, 25_000, false), make([]byte, 8<<20)...)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("wallet.dat", data); err != nil {
			b.Fatal(err)
		}
	}
}
