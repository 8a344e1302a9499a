package keystore

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// commonPasswords is the built-in trial list: the passwords attackers try
// first. Sources: the top of public leaked-password frequency lists
// (RockYou, NordPass "most common passwords" 2019–2024, SecLists
// 10-million-password-list-top-100) and wallet-specific defaults and
// habits (LND's "hello", aezeed's default passphrase, coin names). Most
// likely first: a store whose KDF is expensive is only tried on a prefix.
var commonPasswords = [...]string{
	"", "password", "123456", "12345678", "123456789", "qwerty", "1234567890", "12345", "1234",
	"111111", "abc123", "password1", "Password1", "test", "testtest", "test123", "admin", "letmein",
	"changeme", "welcome", "iloveyou", "monkey", "dragon", "master", "secret", "passw0rd", "p@ssw0rd",
	"Password123", "qwerty123", "000000", "123123", "654321", "1q2w3e4r", "zaq12wsx", "trustno1",
	"hello", "hello123", "default", "pass", "pass123", "mypassword", "wallet", "bitcoin", "ethereum",
	"crypto", "metamask", "satoshi", "hodl", "moon", "ledger", "aezeed", "keystore",
}

// frequentPasswords are tried after commonPasswords, the hints and the
// caller's passwords: the rest of the most frequent passwords, in the
// order of their sources, for stores cheap enough to reach them within
// the budget (a store with a standard KDF gets a few of commonPasswords).
// Sources: the top 20 of NordPass's "200 most common passwords" of 2023
// and of 2022, then the first 320 of SecLists'
// Passwords/Common-Credentials/10-million-password-list-top-1000.txt,
// then the entries of its 2025-199_most_used_passwords.txt and
// 2024-200_most_used_passwords.txt not among these ("password123",
// "P@ssw0rd", "Admin@123"); less those above, and less profanity and
// slurs.
var frequentPasswords = [...]string{
	"123", "Aa123456", "1234567", "Password", "12345678910", "admin123", "user", "guest", "col123456", "baseball",
	"football", "696969", "shadow", "666666", "qwertyuiop", "123321", "mustang", "michael",
	"superman", "1qaz2wsx", "7777777", "121212", "qazwsx", "123qwe", "killer", "jordan", "jennifer",
	"zxcvbnm", "asdfgh", "hunter", "buster", "soccer", "harley", "batman", "andrew", "tigger",
	"sunshine", "2000", "charlie", "robert", "thomas", "hockey", "ranger", "daniel", "starwars",
	"klaster", "112233", "george", "computer", "michelle", "jessica", "pepper", "1111", "zxcvbn",
	"555555", "11111111", "131313", "freedom", "777777", "maggie", "159753", "aaaaaa", "ginger",
	"princess", "joshua", "cheese", "amanda", "summer", "love", "ashley", "6969", "nicole", "chelsea",
	"biteme", "matthew", "access", "yankees", "987654321", "dallas", "austin", "thunder", "taylor",
	"matrix", "william", "corvette", "martin", "heather", "merlin", "diamond", "1234qwer", "gfhjkm",
	"hammer", "silver", "222222", "88888888", "anthony", "justin", "bailey", "q1w2e3r4t5", "patrick",
	"internet", "scooter", "orange", "11111", "golfer", "cookie", "richard", "samantha", "bigdog",
	"guitar", "jackson", "whatever", "mickey", "chicken", "sparky", "snoopy", "maverick", "phoenix",
	"camaro", "peanut", "morgan", "falcon", "cowboy", "ferrari", "samsung", "andrea", "smokey",
	"steelers", "joseph", "mercedes", "dakota", "arsenal", "eagles", "melissa", "boomer", "booboo",
	"spider", "nascar", "monster", "tigers", "yellow", "xxxxxx", "123123123", "gateway", "marina",
	"diablo", "bulldog", "qwer1234", "compaq", "purple", "banana", "junior", "hannah", "123654",
	"porsche", "lakers", "iceman", "money", "cowboys", "987654", "london", "tennis", "999999",
	"ncc1701", "coffee", "scooby", "0000", "miller", "boston", "q1w2e3r4", "brandon", "yamaha",
	"chester", "mother", "forever", "johnny", "edward", "333333", "oliver", "redsox", "player",
	"nikita", "knight", "fender", "barney", "midnight", "please", "brandy", "chicago", "badboy",
	"slayer", "rangers", "charles", "angel", "flower", "bigdaddy", "rabbit", "wizard", "jasper",
	"enter", "rachel", "chris", "steven", "winner", "adidas", "victoria", "natasha", "jasmine",
	"winter", "prince", "marine", "ghbdtn", "fishing", "cocacola", "casper", "james", "232323",
	"raiders", "888888", "marlboro", "gandalf", "asdfasdf", "crystal", "87654321", "12344321",
	"golden", "8675309", "panther", "lauren", "angela", "spanky", "thx1138", "angels", "madison",
	"winston", "shannon", "mike", "toyota", "jordan23", "canada", "sophie", "apples", "tiger", "razz",
	"123abc", "pokemon", "qazxsw", "55555", "qwaszx", "muffin", "johnson", "murphy", "cooper",
	"jonathan", "liverpoo", "david", "danielle", "159357", "jackie", "1990", "123456a", "789456",
	"turtle", "abcd1234", "scorpion", "qazwsxedc", "101010", "butter", "carlos", "dennis", "slipknot",
	"booger", "asdf", "1991", "black", "startrek", "12341234", "cameron", "newyork", "rainbow",
	"nathan",
	// SecLists' Passwords/Common-Credentials/2025-199_most_used_passwords.txt
	// and 2024-200_most_used_passwords.txt (NordPass's lists of those
	// years), less those above and less profanity.
	"Pass@123", "P@ssw0rd", "Aa@123456", "admintelecom", "Admin@123", "102030", "Abcd@1234",
	"Pass@1234", "11223344", "admin@123", "Aa112233", "Admin", "Password@123", "asd123", "Aboy1234",
	"admin1", "Admin123", "Demo@123", "1q2w3e4r5t", "admin1234", "aa123456", "asdf1234", "Abcd1234",
	"guru123456", "Welcome@123", "123456789a", "Kapler123", "administrator", "1122334455", "Test@123",
	"asdfghjkl", "Global123@", "10203040", "India@123", "Abcd@123", "12345678a", "Aa123123",
	"123456aA@", "a123456", "202020", "1234abcd", "admin123456", "qwe123", "12121212", "abc12345",
	"Abc@1234", "admin12345", "Qwerty123", "12345678900", "Aa123456789", "1111111111", "12345678901",
	"password123", "Heslo1234", "22446688", "Abc12345", "vodafone", "bismillah", "a123456789",
	"azerty", "user1234", "1234567891", "1234512345", "adminisp", "1234567899", "P@$$w0rd",
	"Aa12345678", "Passw0rd", "adminadmin", "qwerty12345", "gvt12345", "minecraft", "abcd@1234",
	"pakistan", "ADMIN", "10203", "Welcome1", "theworldinyourhand", "aabb1122", "Asdf1234", "54321",
	"1111111", "a1b2c3d4", "student", "Abc@12345", "Aa102030", "Pass@12345", "135790", "cisco",
	"Aa@12345", "111111111", "lol123456", "147258369", "123456Aa", "Aa@1234567", "Admin@1234",
	"1234554321", "124578", "12qwaszx", "Abc@123", "a12345678", "aa112233", "qwer4321", "a1234567",
	"Qwerty@123", "12345679", "Ab123456", "Aa@123456789", "Abcd1234@", "123qweasd", "Admin1234",
	"pakistan123", "A123456a", "qwerty1234", "1234567a", "abc123456", "turktelekom", "test1234",
	"999999999", "123456788", "Aaa111", "contraseña", "7654321", "1qazxsw2", "Password@1", "asdasd",
	"qwerty123456", "246810", "11112222", "aaaa1111", "Abc123", "aa123123", "azerty123", "Aa1234567",
	"abc@123", "12345678@", "P@55w0rd", "asd12345", "zxcvbnm123", "123admin", "qwerty1", "00000000",
	"target123", "tinkle", "zag12wsx", "1g2w3e4r", "gwerty123", "gwerty", "Qwerty123!", "Qwerty1!",
	"q1w2e3r4t5y6", "Qwerty1", "Qwerty1234", "Qwerty12", "dearbook", "1234561", "111222tianya",
	"1qaz2wsx3edc", "Qwerty1?", "789456123", "Qwerty123?", "22535", "testing", "1314520", "liverpool",
	"7758521", "woaini", "unknown", "1q2w3e", "147258", "qwerty12", "naruto", "basketball",
	"cambiami", "chocolate", "zinch", "blink182", "g_czechout", "Indya123", "alexander", "123456!",
	"qq123456", "123456123", "babygirl", "butterfly", "lol123", "qwert", "123654789", "aaaaaaaa",
	"benjamin", "myspace1", "facebook", "family",
}

// CommonPasswords returns the built-in list of passwords tried first, most
// likely first. The result is a copy.
func CommonPasswords() []string {
	c := commonPasswords
	return c[:]
}

// trialList builds the candidates: the passwords written beside the store
// (PreferPasswords), the built-in CommonPasswords, then
// hints from the file (its name without extension, a stored wallet label,
// the owner of the home directory it is in, the address), then the
// caller's, then the rest of the built-in list (frequentPasswords).
// Duplicates are dropped.
func trialList(a *Assessment, name string, opts Options) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] && len(p) <= 1024 {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range a.preferred {
		add(p)
	}
	if !opts.NoBuiltin {
		for _, p := range commonPasswords {
			add(p)
		}
	}
	if b := baseName(name); b != "" {
		if i := strings.LastIndexByte(b, '.'); i > 0 {
			b = b[:i]
		}
		if len(b) <= 64 {
			add(b)
		}
	}
	for _, h := range a.hints {
		add(h)
	}
	if u := homeOwner(name); u != "" {
		// The home directory's owner: people use their name, as
		// written and capitalised, with a year's or a count's digits.
		for _, p := range []string{u, strings.ToUpper(u[:1]) + u[1:], u + "123", u + "1"} {
			add(p)
		}
	}
	if a.Address != "" {
		add(a.Address)
		add(strings.ToLower(a.Address))
	}
	for _, p := range opts.Passwords {
		add(p)
	}
	if !opts.NoBuiltin {
		for _, p := range frequentPasswords {
			add(p)
		}
	}
	return out
}

// homeOwner returns the user name of the home directory the path name is
// in (/home/<user>/…, /Users/<user>/…, C:\Users\<user>\…, an archive's
// member path alike), lower case, or "" when it is in none or the name
// is a system one (root, Public, Default).
func homeOwner(name string) string {
	p := "/" + strings.NewReplacer("\\", "/", "!", "/").Replace(name)
	for _, dir := range []string{"/home/", "/Users/", "/users/"} {
		i := strings.Index(p, dir)
		if i < 0 {
			continue
		}
		rest := p[i+len(dir):]
		j := strings.IndexByte(rest, '/')
		if j <= 1 || j > 32 {
			continue
		}
		switch u := strings.ToLower(rest[:j]); u {
		case "public", "default", "default user", "all users", "shared", "root", "guest":
			return ""
		default:
			return u
		}
	}
	return ""
}

// tryPasswords runs a.check over list, concurrently, within the budget,
// the count limit and ctx. It records only whether one worked.
func tryPasswords(ctx context.Context, a *Assessment, list []string, opts Options) {
	if opts.MaxTrials > 0 && len(list) > opts.MaxTrials {
		a.Untried += len(list) - opts.MaxTrials
		list = list[:opts.MaxTrials]
	}
	budget := opts.Budget
	if budget <= 0 {
		budget = 2 * time.Second
	}
	memLimit := opts.MaxTrialMemory
	if memLimit <= 0 {
		memLimit = 256 << 20
	}
	switch {
	case a.trialMemory > memLimit:
		a.Untried += len(list)
		a.TrialStop = StopLarge
		a.Notes = append(a.Notes, "password trials skipped: one guess needs more memory than allowed")
		return
	case a.trialSeconds > budget.Seconds():
		a.Untried += len(list)
		a.TrialStop = StopCostly
		a.Notes = append(a.Notes, "password trials skipped: one guess costs more than the time budget")
		return
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), 4)
	}
	if a.trialMemory > 0 {
		workers = int(min(int64(workers), max(memLimit/a.trialMemory, 1)))
	}
	workers = max(min(workers, len(list)), 1)

	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	var (
		next  atomic.Int64
		tried atomic.Int64
		found atomic.Bool
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(list) {
					return
				}
				tried.Add(1)
				if a.check([]byte(list[i])) {
					found.Store(true)
					cancel()
					return
				}
			}
		})
	}
	wg.Wait()
	a.Tried += int(tried.Load())
	a.WeakPassword = found.Load()
	if !a.WeakPassword {
		a.Untried += len(list) - int(tried.Load())
	}
	a.UntriedSeconds = float64(a.Untried) * a.trialSeconds
	switch {
	case a.WeakPassword:
		a.TrialStop = StopOpened
	case ctx.Err() != nil && a.Untried > 0:
		a.TrialStop = StopFileLimit
	default:
		a.TrialStop = StopListDone
	}
	if a.Untried > 0 && !a.WeakPassword {
		a.Notes = append(a.Notes, "password trials stopped by the budget before the end of the list")
	}
}
