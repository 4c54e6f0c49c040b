package ner

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// titles are words of roles and honorifics stripped from the front of a
// person's name ("U.S. President Donald Trump" -> "Donald Trump").
var titles = setOf(
	"president", "vice", "prime", "minister", "secretary", "senator", "sen.", "sen", "rep.", "representative",
	"gov.", "governor", "mayor", "gen.", "general", "adm.", "admiral", "col.", "colonel", "lt.", "lieutenant",
	"sgt.", "sergeant", "capt.", "captain", "major", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
	"prof.", "professor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
	"chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "chief",
	"ceo", "chairman", "chairwoman", "chair", "director", "coach", "commissioner", "envoy", "foreign",
	"defense", "defence", "interior", "finance", "state", "deputy", "former", "late", "first", "leader",
	"nominee", "candidate", "officer", "official", "president-elect", "attorney", "solicitor", "sheriff", "premier",
	"congressman", "congresswoman", "speaker", "rev.", "reverend", "father", "saint", "st.", "emperor",
	"sheikh", "ayatollah", "cardinal", "bishop", "archbishop", "secretary-general", "vice-president",
	"minority", "majority", "whip", "house", "senate", "trade", "security", "adviser", "advisor", "national",
	"adm", "energy", "oil", "agriculture", "commerce", "labor", "labour", "transport", "transportation",
	"industry", "education", "treasury", "environment", "petroleum", "planning",
	"economy", "health", "homeland", "army", "navy", "border", "czar", "tsar", "u.s.", "us", "u.n.", "un",
)

// demonyms map nationality words to the place they tie to. A mention that
// is only a demonym is never an entity.
var demonyms = map[string]string{
	"american": "United States", "americans": "United States", "mexican": "Mexico", "mexicans": "Mexico",
	"canadian": "Canada", "canadians": "Canada", "british": "United Kingdom", "briton": "United Kingdom",
	"britons": "United Kingdom", "english": "England", "scottish": "Scotland", "welsh": "Wales",
	"irish": "Ireland", "french": "France", "german": "Germany", "germans": "Germany", "italian": "Italy",
	"italians": "Italy", "spanish": "Spain", "spaniard": "Spain", "portuguese": "Portugal", "dutch": "Netherlands",
	"belgian": "Belgium", "swiss": "Switzerland", "austrian": "Austria", "swedish": "Sweden", "swede": "Sweden",
	"norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland", "russian": "Russia",
	"russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine", "chinese": "China", "japanese": "Japan",
	"korean": "Korea", "indian": "India", "indians": "India", "pakistani": "Pakistan", "afghan": "Afghanistan",
	"iranian": "Iran", "iranians": "Iran", "iraqi": "Iraq", "iraqis": "Iraq", "syrian": "Syria", "israeli": "Israel",
	"israelis": "Israel", "palestinian": "Palestine", "palestinians": "Palestine", "egyptian": "Egypt",
	"turkish": "Turkey", "saudi": "Saudi Arabia", "lebanese": "Lebanon", "jordanian": "Jordan",
	"brazilian": "Brazil", "argentine": "Argentina", "argentinian": "Argentina", "colombian": "Colombia",
	"colombians": "Colombia", "venezuelan": "Venezuela", "venezuelans": "Venezuela", "cuban": "Cuba",
	"cubans": "Cuba", "chilean": "Chile", "peruvian": "Peru", "guatemalan": "Guatemala", "honduran": "Honduras",
	"salvadoran": "El Salvador", "haitian": "Haiti", "australian": "Australia", "australians": "Australia",
	"greek": "Greece", "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
	"serbian": "Serbia", "serb": "Serbia", "serbs": "Serbia", "croatian": "Croatia", "croat": "Croatia",
	"croats": "Croatia", "bosnian": "Bosnia", "albanian": "Albania", "bulgarian": "Bulgaria",
	"nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "south african": "South Africa",
	"north korean": "North Korea", "south korean": "South Korea", "vietnamese": "Vietnam", "thai": "Thailand",
	"indonesian": "Indonesia", "filipino": "Philippines", "malaysian": "Malaysia", "european": "Europe",
	"europeans": "Europe", "african": "Africa", "asian": "Asia", "latin american": "Latin America",
	"latino": "Latin America", "hispanic": "Latin America", "arab": "Arab world", "arabs": "Arab world",
	"new zealander": "New Zealand", "texan": "Texas", "californian": "California", "taiwanese": "Taiwan",
	"kuwaiti": "Kuwait", "kuwaitis": "Kuwait", "qatari": "Qatar", "emirati": "United Arab Emirates",
	"omani": "Oman", "bahraini": "Bahrain", "yemeni": "Yemen", "libyan": "Libya", "libyans": "Libya",
	"algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "sudanese": "Sudan",
	"zimbabwean": "Zimbabwe", "ugandan": "Uganda", "tanzanian": "Tanzania", "ghanaian": "Ghana",
	"senegalese": "Senegal", "zambian": "Zambia", "angolan": "Angola", "mozambican": "Mozambique",
	"bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepalese": "Nepal", "burmese": "Burma",
	"singaporean": "Singapore", "mongolian": "Mongolia", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
	"armenian": "Armenia", "azerbaijani": "Azerbaijan", "belarusian": "Belarus", "lithuanian": "Lithuania",
	"latvian": "Latvia", "estonian": "Estonia", "slovak": "Slovakia", "slovenian": "Slovenia",
	"icelandic": "Iceland", "maltese": "Malta", "cypriot": "Cyprus", "ecuadorean": "Ecuador",
	"ecuadorian": "Ecuador", "bolivian": "Bolivia", "paraguayan": "Paraguay", "uruguayan": "Uruguay",
	"nicaraguan": "Nicaragua", "panamanian": "Panama", "jamaican": "Jamaica", "dominican": "Dominican Republic",
	"costa rican": "Costa Rica", "puerto rican": "Puerto Rico", "soviet": "Soviet Union", "soviets": "Soviet Union",
	"yugoslav": "Yugoslavia", "yugoslavs": "Yugoslavia", "czechoslovak": "Czechoslovakia",
	"west german": "West Germany", "west germans": "West Germany", "east german": "East Germany",
	"east germans": "East Germany", "western": "West", "westerners": "West",
}

// canonical maps names (lower case, dots kept) to one spelling and kind.
var canonical = map[string]struct {
	name string
	kind graph.Kind
}{
	"u.s.": {"United States", graph.Place}, "us": {"United States", graph.Place},
	"u.s.a.": {"United States", graph.Place}, "usa": {"United States", graph.Place},
	"u.s.a": {"United States", graph.Place}, "u.s": {"United States", graph.Place},
	"america": {"United States", graph.Place}, "united states": {"United States", graph.Place},
	"united states of america": {"United States", graph.Place}, "the united states": {"United States", graph.Place},
	"u.k.": {"United Kingdom", graph.Place}, "uk": {"United Kingdom", graph.Place},
	"britain": {"United Kingdom", graph.Place}, "great britain": {"United Kingdom", graph.Place},
	"united kingdom": {"United Kingdom", graph.Place},
	"u.n.":           {"United Nations", graph.Organization}, "un": {"United Nations", graph.Organization},
	"united nations": {"United Nations", graph.Organization},
	"eu":             {"European Union", graph.Organization}, "e.u.": {"European Union", graph.Organization},
	"european union": {"European Union", graph.Organization},
	"white house":    {"White House", graph.Organization}, "pentagon": {"Pentagon", graph.Organization},
	"kremlin": {"Kremlin", graph.Organization},
	// platforms statements are posted on ("wrote on Truth Social"), not places
	"truth social": {"Truth Social", graph.Organization}, "twitter": {"Twitter", graph.Organization},
	"facebook": {"Facebook", graph.Organization}, "instagram": {"Instagram", graph.Organization},
	"tiktok": {"TikTok", graph.Organization}, "youtube": {"YouTube", graph.Organization},
	"telegram": {"Telegram", graph.Organization}, "whatsapp": {"WhatsApp", graph.Organization},
	"fed": {"Federal Reserve", graph.Organization}, "federal reserve": {"Federal Reserve", graph.Organization},
	"federal reserve board":      {"Federal Reserve", graph.Organization},
	"federal reserve system":     {"Federal Reserve", graph.Organization},
	"u.s. federal reserve":       {"Federal Reserve", graph.Organization},
	"u.s. federal reserve board": {"Federal Reserve", graph.Organization},
	"usda":                       {"U.S. Agriculture Department", graph.Organization}, "u.s.d.a.": {"U.S. Agriculture Department", graph.Organization},
	"u.s. department of agriculture": {"U.S. Agriculture Department", graph.Organization},
	"moody":                          {"Moody's Investors Service", graph.Organization},
	"moody investors service":        {"Moody's Investors Service", graph.Organization},
	"moody investors service inc":    {"Moody's Investors Service", graph.Organization},
	// awards by their short names
	"oscar": {"Academy Awards", graph.Other}, "oscars": {"Academy Awards", graph.Other},
	"academy awards": {"Academy Awards", graph.Other}, "bafta": {"Bafta Awards", graph.Other},
	"baftas": {"Bafta Awards", graph.Other}, "golden globe": {"Golden Globe Awards", graph.Other},
	"golden globes": {"Golden Globe Awards", graph.Other}, "emmy": {"Emmy Awards", graph.Other},
	"emmys": {"Emmy Awards", graph.Other}, "grammy": {"Grammy Awards", graph.Other},
	"grammys": {"Grammy Awards", graph.Other},
	// US states as news agencies shorten them ("Calif.", "Mass.")
	"calif": {"California", graph.Place}, "calif.": {"California", graph.Place}, "mass.": {"Massachusetts", graph.Place},
	"conn.": {"Connecticut", graph.Place}, "ill.": {"Illinois", graph.Place}, "tex.": {"Texas", graph.Place},
	"fla.": {"Florida", graph.Place}, "pa.": {"Pennsylvania", graph.Place}, "mich.": {"Michigan", graph.Place},
	"minn.": {"Minnesota", graph.Place}, "wis.": {"Wisconsin", graph.Place}, "colo.": {"Colorado", graph.Place},
	"ariz.": {"Arizona", graph.Place}, "md.": {"Maryland", graph.Place}, "okla.": {"Oklahoma", graph.Place},
	"ore.": {"Oregon", graph.Place}, "n.j.": {"New Jersey", graph.Place}, "tenn.": {"Tennessee", graph.Place},
	"ky.": {"Kentucky", graph.Place}, "mo.": {"Missouri", graph.Place}, "ind.": {"Indiana", graph.Place},
	"n.c.": {"North Carolina", graph.Place}, "s.c.": {"South Carolina", graph.Place}, "ala.": {"Alabama", graph.Place},
	"la.": {"Louisiana", graph.Place}, "miss.": {"Mississippi", graph.Place}, "ark.": {"Arkansas", graph.Place},
	"kan.": {"Kansas", graph.Place}, "neb.": {"Nebraska", graph.Place}, "nev.": {"Nevada", graph.Place},
	"n.m.": {"New Mexico", graph.Place}, "n.h.": {"New Hampshire", graph.Place}, "vt.": {"Vermont", graph.Place},
	"del.": {"Delaware", graph.Place}, "r.i.": {"Rhode Island", graph.Place}, "w.va.": {"West Virginia", graph.Place},
	// Political parties by their short names and their members' names
	// ("Tory leader", "the Lib Dems", "House Democrats").
	"labour": {"Labour Party", graph.Organization}, "labour party": {"Labour Party", graph.Organization},
	"tory": {"Conservative Party", graph.Organization}, "tories": {"Conservative Party", graph.Organization},
	"tory party": {"Conservative Party", graph.Organization}, "conservative": {"Conservative Party", graph.Organization},
	"conservatives": {"Conservative Party", graph.Organization}, "conservative party": {"Conservative Party", graph.Organization},
	"lib dem": {"Liberal Democrats", graph.Organization}, "lib dems": {"Liberal Democrats", graph.Organization},
	"liberal democrat": {"Liberal Democrats", graph.Organization}, "liberal democrats": {"Liberal Democrats", graph.Organization},
	"democrat": {"Democratic Party", graph.Organization}, "democrats": {"Democratic Party", graph.Organization},
	"democratic": {"Democratic Party", graph.Organization}, "democratic party": {"Democratic Party", graph.Organization},
	"republican": {"Republican Party", graph.Organization}, "republicans": {"Republican Party", graph.Organization},
	"republican party": {"Republican Party", graph.Organization}, "gop": {"Republican Party", graph.Organization},
}

// junk are capitalized words of page furniture that are never entities.
var junk = setOf(
	"summary", "author", "authors", "recommended", "key points", "key point", "wow", "image", "images",
	"source", "sources", "date", "more stories", "related", "advertisement", "share", "comments", "comment",
	"read more", "subscribe", "newsletter", "editor", "editors", "photo", "video", "at a glance", "context",
	"update", "updated", "breaking", "exclusive", "opinion", "analysis", "live", "watch", "tweet", "follow",
	"click", "here", "home", "menu", "search", "login", "sign in", "sign up", "privacy policy", "terms",
	"cookie", "cookies", "copyright", "all rights reserved", "image content", "image source", "n't", "'s",
	// members of assemblies, not bodies
	"mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "am", "ams",
	// time zones, and the generic word left of a competition's name
	"gmt", "bst", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "cup", "league", "championship",
	// the sign-off that ends every Reuters story
	"reuter",
	// temperature scales ("2 degrees Celsius")
	"celsius", "fahrenheit", "centigrade",
	// a company's designator alone
	"co", "inc", "corp", "ltd", "plc",
	// months written short
	"jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	// a law or treaty named by its kind alone refers back to one named in
	// full ("the Act" after "the Sarbanes-Oxley Act")
	"act", "bill", "treaty",
	// a kind of bankruptcy ("filed for Chapter 11 protection")
	"chapter",
	// a participle opening a sentence ("Born in 1938 in Spokane, ...")
	"born",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isPossessive reports a token that only marks possession.
func isPossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’" || w == "'S" || w == "’S" || w == "âs"
}

// withoutPossessives returns name without the possessives inside it:
// "Attorney General's Office" is "Attorney General Office" to nameKey and
// companyBase, as canonName writes it.
func withoutPossessives(name string) string {
	if !strings.ContainsAny(name, "'’") {
		return name
	}
	ws := strings.Fields(name)
	out := ws[:0]
	for _, w := range ws {
		if !isPossessive(w) {
			out = append(out, stripPossessive(w))
		}
	}
	return strings.Join(out, " ")
}

// possessiveForm returns the form among forms that is name with a
// possessive inside it, before another word of the name ("Attorney
// General's Office" for "Attorney General Office", "McDonald's Corp" for
// "McDonald Corp"): canonName drops every possessive, which is right at a
// name's end ("Trump's") and wrong inside one. It returns name otherwise.
func possessiveForm(name string, forms func(yield func(string) bool)) string {
	best := name
	for f := range forms {
		if len(f) <= len(name) || !strings.ContainsAny(f, "'’") || f == best {
			continue
		}
		ws := strings.Fields(f)
		if len(ws) < 2 || isPossessive(ws[len(ws)-1]) || stripPossessive(ws[len(ws)-1]) != ws[len(ws)-1] {
			continue // the possessive ends the form: not inside the name
		}
		if withoutPossessives(f) == name && (best == name || f < best) {
			best = f
		}
	}
	return best
}

// stripPossessive removes a possessive ending glued to a word.
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S", "âs"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return strings.TrimRight(w, "'’")
}

// fixCase rewrites an all-caps word in headline case ("TRUMP" -> "Trump")
// unless it looks like an acronym: short, or a non-person's four letters
// or fewer.
func fixCase(w string, kind graph.Kind) string {
	if !isUpperWord(w) || strings.Contains(w, ".") || isRoman(w) {
		return w // "Leo XIV", "Charles III"
	}
	n := utf8.RuneCountInString(w)
	if n <= 1 || (kind != graph.Person && n <= 4) {
		return w
	}
	var b strings.Builder
	first := true
	for _, r := range w {
		if first {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		first = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}

// isRoman reports whether w is a roman numeral of a regnal name, from II
// to XXXIX ("Leo XIV", "Charles III"), not a word such as "MIX" or "CIVIL".
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	rest := w[i:]
	switch rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// undot turns a dotted acronym into its letters ("C.I.A." -> "CIA").
func undot(w string) string {
	if len(w) < 4 || !strings.Contains(w, ".") || !isUpperWord(w) || !isAbbrev(w) {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

// canonName returns the canonical name and kind of a mention made of words.
// It drops possessives, a leading "the", a person's titles and roles, fixes
// headline case, undots acronyms and applies the canonical spellings. It
// returns "" when nothing of a name is left.
func canonName(words []string, kind graph.Kind) (string, graph.Kind) {
	ws := make([]string, 0, len(words))
	for _, w := range words {
		if isPossessive(w) {
			continue
		}
		ws = append(ws, w)
	}
	if len(ws) > 0 {
		ws[len(ws)-1] = stripPossessive(ws[len(ws)-1])
		if ws[len(ws)-1] == "" {
			ws = ws[:len(ws)-1]
		}
	}
	for len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	for len(ws) > 0 && !hasLetter(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if kind == graph.Person {
		for len(ws) > 1 {
			lw := strings.ToLower(ws[0])
			if titles[lw] || demonyms[lw] != "" || canonical[lw].name != "" {
				ws = ws[1:]
				continue
			}
			break
		}
	}
	if len(ws) == 0 {
		return "", kind
	}
	joined := strings.Join(ws, " ")
	if c, ok := canonical[strings.ToLower(joined)]; ok {
		return c.name, c.kind
	}
	shouted := kind == graph.Place && len(ws) > 1 && shoutedName(ws)
	for i, w := range ws {
		switch {
		case shouted && placeParticles[strings.ToLower(w)] && i > 0:
			ws[i] = strings.ToLower(w) // "RIO DE JANEIRO": "Rio de Janeiro"
		case shouted:
			ws[i] = fixCase(w, graph.Person) // "MEXICO CITY": "Mexico City", not "Mexico CITY"
		case kind == graph.Person && utf8.RuneCountInString(w) == 2 && len(ws) > 1 && !shoutedName(ws):
			// "JD Vance": initials in capitals, in a name that is not shouted
		default:
			ws[i] = fixCase(w, kind)
		}
	}
	if len(ws) == 1 {
		ws[0] = undot(ws[0])
	}
	return strings.Join(ws, " "), kind
}

// shoutedName reports whether the words of a name are all in capitals and
// none is dotted: a dateline's "MEXICO CITY", "NEW YORK" (a place of several
// words is no acronym).
func shoutedName(ws []string) bool {
	for _, w := range ws {
		if !isUpperWord(w) || strings.Contains(w, ".") {
			return false
		}
	}
	return true
}

// placeParticles are the small words inside place names.
var placeParticles = setOf("of", "de", "del", "la", "el", "do", "da", "dos", "das", "the", "on", "upon", "and")

// nameKey is the key under which names are the same entity: the name's
// letters and digits, lower-cased, words joined by '-' (as graph.EntityID),
// with periods dropped first ("U.S. Army" and "US Army" are one key).
func nameKey(name string) string {
	id := graph.EntityID(graph.Other, strings.ReplaceAll(withoutPossessives(name), ".", ""))
	return strings.TrimPrefix(id, "oth:")
}

// legalDesignators are the words that end a company's legal name ("Apple
// Inc", "Chrysler Corp", "Daimler-Benz AG"), compared lower-cased without
// dots: the company is the same with or without them.
var legalDesignators = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "cos": true,
	"ltd": true, "limited": true, "llc": true, "plc": true, "ag": true, "sa": true, "nv": true,
	"gmbh": true, "lp": true, "llp": true, "bv": true, "spa": true,
}

// companyBase returns name without the legal designators ending it, dots
// and case ("Apple Inc." -> "apple", "A.H. Robins Co., Inc." -> "ah robins"),
// or "" when name ends with none or is nothing else.
func companyBase(name string) string {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(withoutPossessives(name), ".", "")))
	n := len(ws)
	for n > 1 && legalDesignators[strings.TrimRight(ws[n-1], ",")] {
		n--
	}
	if n == len(ws) || n == 0 {
		return ""
	}
	ws[n-1] = strings.TrimRight(ws[n-1], ",")
	return strings.Join(ws[:n], " ")
}

// initials returns the upper-case initials of a multi-word name's
// capitalized words ("Central Intelligence Agency" -> "CIA"), or "".
func initials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		} else if !smallWords[strings.ToLower(w)] {
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// allInitials returns the initials of name and, for a company, of its
// name without legal designators ("AMC" for "American Motors Corp", "TWA"
// for "Trans World Airlines Inc").
func allInitials(name string) []string {
	var out []string
	if in := initials(name); in != "" {
		out = append(out, in)
	}
	if companyBase(name) != "" {
		ws := strings.Fields(name)
		n := len(ws)
		for n > 1 && legalDesignators[strings.ToLower(strings.Trim(ws[n-1], ".,"))] {
			n--
		}
		if in := initials(strings.Join(ws[:n], " ")); in != "" && !slices.Contains(out, in) {
			out = append(out, in)
		}
	}
	return out
}

// isAcronym reports whether name is one upper-case word of 2 to 6 letters.
func isAcronym(name string) bool {
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 6 && !strings.ContainsAny(name, " .-") && isUpperWord(name)
}

// lastWord returns the last space-separated word of name.
func lastWord(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

func wordCount(name string) int { return len(strings.Fields(name)) }

// firstNameList is the list of popular first names of the gazetteers
// (see gazetteers/README.md for its source and license), one a line.
//
//go:embed gazetteers/first-name.txt
var firstNameList string

var (
	firstNamesOnce sync.Once
	firstNames     map[string]bool
)

// isFirstName reports whether w is a first name of the gazetteers' list,
// in any case.
func isFirstName(w string) bool {
	firstNamesOnce.Do(func() {
		firstNames = map[string]bool{}
		for _, n := range strings.Split(firstNameList, "\n") {
			if n = strings.TrimSpace(n); n != "" {
				firstNames[strings.ToLower(n)] = true
			}
		}
	})
	return firstNames[strings.ToLower(w)]
}
