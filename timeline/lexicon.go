package timeline

import (
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// trigger is what the lexicon knows about one word form.
type trigger struct {
	lemma string
	typ   string // a graph event type
	noun  bool   // the form is a noun (else a verb form)
	// form is the verb form: 'b' base, 's' third person, 'd' past or
	// participle, 'g' gerund, 'n' noun.
	form byte
}

// verbEntry is one verb of the lexicon: its lemma, its type and its
// irregular or doubled forms ("met", "banned").
type verbEntry struct {
	lemma string
	typ   string
	past  []string // irregular past and participle forms
	dbl   bool     // doubles its final consonant (ban -> banned)
}

// verbs is the verb lexicon. Statement verbs are the reporting verbs.
var verbs = []verbEntry{
	// call
	{lemma: "call", typ: graph.Call}, {lemma: "phone", typ: graph.Call}, {lemma: "telephone", typ: graph.Call},
	// meeting
	{lemma: "meet", typ: graph.Meeting, past: []string{"met"}}, {lemma: "host", typ: graph.Meeting},
	{lemma: "visit", typ: graph.Meeting}, {lemma: "discuss", typ: graph.Meeting}, {lemma: "confer", typ: graph.Meeting, dbl: true},
	{lemma: "negotiate", typ: graph.Meeting},
	// statement (reporting verbs)
	{lemma: "say", typ: graph.Statement, past: []string{"said"}}, {lemma: "state", typ: graph.Statement},
	{lemma: "tell", typ: graph.Statement, past: []string{"told"}}, {lemma: "note", typ: graph.Statement},
	{lemma: "disclose", typ: graph.Statement}, {lemma: "announce", typ: graph.Statement},
	{lemma: "declare", typ: graph.Statement}, {lemma: "claim", typ: graph.Statement},
	{lemma: "recount", typ: graph.Statement}, {lemma: "confirm", typ: graph.Statement},
	{lemma: "reveal", typ: graph.Statement}, {lemma: "reiterate", typ: graph.Statement},
	{lemma: "emphasize", typ: graph.Statement}, {lemma: "stress", typ: graph.Statement},
	{lemma: "insist", typ: graph.Statement}, {lemma: "assert", typ: graph.Statement},
	{lemma: "comment", typ: graph.Statement}, {lemma: "explain", typ: graph.Statement},
	{lemma: "highlight", typ: graph.Statement}, {lemma: "indicate", typ: graph.Statement},
	{lemma: "argue", typ: graph.Statement}, {lemma: "acknowledge", typ: graph.Statement},
	{lemma: "deny", typ: graph.Statement}, {lemma: "tweet", typ: graph.Statement},
	{lemma: "write", typ: graph.Statement, past: []string{"wrote", "written"}},
	{lemma: "respond", typ: graph.Statement}, {lemma: "reply", typ: graph.Statement},
	{lemma: "speak", typ: graph.Statement, past: []string{"spoke", "spoken"}},
	{lemma: "talk", typ: graph.Statement}, {lemma: "criticize", typ: graph.Statement},
	{lemma: "praise", typ: graph.Statement}, {lemma: "congratulate", typ: graph.Statement},
	{lemma: "concede", typ: graph.Statement}, {lemma: "condemn", typ: graph.Statement},
	// rejection
	{lemma: "reject", typ: graph.Rejection}, {lemma: "decline", typ: graph.Rejection},
	{lemma: "rebuff", typ: graph.Rejection}, {lemma: "refuse", typ: graph.Rejection},
	{lemma: "veto", typ: graph.Rejection}, {lemma: "dismiss", typ: graph.Rejection},
	{lemma: "resist", typ: graph.Rejection}, {lemma: "oppose", typ: graph.Rejection},
	// offer
	{lemma: "offer", typ: graph.Offer}, {lemma: "propose", typ: graph.Offer},
	{lemma: "suggest", typ: graph.Offer}, {lemma: "pledge", typ: graph.Offer}, {lemma: "promise", typ: graph.Offer},
	// designation
	{lemma: "designate", typ: graph.Designation}, {lemma: "classify", typ: graph.Designation},
	{lemma: "label", typ: graph.Designation}, {lemma: "blacklist", typ: graph.Designation},
	// order
	{lemma: "order", typ: graph.Order}, {lemma: "instruct", typ: graph.Order},
	{lemma: "decree", typ: graph.Order}, {lemma: "mandate", typ: graph.Order},
	// sanction
	{lemma: "sanction", typ: graph.Sanction}, {lemma: "penalize", typ: graph.Sanction},
	{lemma: "ban", typ: graph.Sanction, dbl: true}, {lemma: "embargo", typ: graph.Sanction},
	// extradition
	{lemma: "extradite", typ: graph.Extradition}, {lemma: "deport", typ: graph.Extradition},
	{lemma: "expel", typ: graph.Extradition, dbl: true}, {lemma: "transfer", typ: graph.Extradition, dbl: true},
	// arrest
	{lemma: "arrest", typ: graph.Arrest}, {lemma: "detain", typ: graph.Arrest},
	{lemma: "capture", typ: graph.Arrest}, {lemma: "apprehend", typ: graph.Arrest},
	// deployment
	{lemma: "deploy", typ: graph.Deployment}, {lemma: "dispatch", typ: graph.Deployment},
	{lemma: "station", typ: graph.Deployment}, {lemma: "mobilize", typ: graph.Deployment},
	// report
	{lemma: "report", typ: graph.Report}, {lemma: "publish", typ: graph.Report},
	// hearing
	{lemma: "testify", typ: graph.Hearing}, {lemma: "hear", typ: graph.Hearing, past: []string{"heard"}},
	// nomination
	{lemma: "nominate", typ: graph.Nomination}, {lemma: "appoint", typ: graph.Nomination},
	{lemma: "elect", typ: graph.Nomination},
	// agreement
	{lemma: "agree", typ: graph.Agreement}, {lemma: "ratify", typ: graph.Agreement},
	{lemma: "settle", typ: graph.Agreement},
	// request
	{lemma: "ask", typ: graph.Request}, {lemma: "request", typ: graph.Request},
	{lemma: "urge", typ: graph.Request}, {lemma: "demand", typ: graph.Request},
	{lemma: "seek", typ: graph.Request, past: []string{"sought"}}, {lemma: "press", typ: graph.Request},
	{lemma: "pressure", typ: graph.Request}, {lemma: "appeal", typ: graph.Request},
	{lemma: "plead", typ: graph.Request}, {lemma: "advocate", typ: graph.Request},
	// threat
	{lemma: "threaten", typ: graph.Threat}, {lemma: "warn", typ: graph.Threat},
	// attack
	{lemma: "attack", typ: graph.Attack}, {lemma: "strike", typ: graph.Attack, past: []string{"struck", "stricken"}},
	{lemma: "bomb", typ: graph.Attack}, {lemma: "raid", typ: graph.Attack}, {lemma: "invade", typ: graph.Attack},
	{lemma: "assault", typ: graph.Attack}, {lemma: "kill", typ: graph.Attack},
	{lemma: "shoot", typ: graph.Attack, past: []string{"shot"}},
	// other actions: type action with the lemma
	{lemma: "accept", typ: graph.Action}, {lemma: "allow", typ: graph.Action}, {lemma: "permit", typ: graph.Action, dbl: true},
	{lemma: "help", typ: graph.Action}, {lemma: "assist", typ: graph.Action}, {lemma: "collaborate", typ: graph.Action},
	{lemma: "cooperate", typ: graph.Action}, {lemma: "prevent", typ: graph.Action},
	{lemma: "fight", typ: graph.Action, past: []string{"fought"}}, {lemma: "win", typ: graph.Action, past: []string{"won"}},
	{lemma: "lose", typ: graph.Action, past: []string{"lost"}}, {lemma: "launch", typ: graph.Action},
	{lemma: "release", typ: graph.Action}, {lemma: "unveil", typ: graph.Action}, {lemma: "introduce", typ: graph.Action},
	{lemma: "sell", typ: graph.Action, past: []string{"sold"}}, {lemma: "buy", typ: graph.Action, past: []string{"bought"}},
	{lemma: "acquire", typ: graph.Action}, {lemma: "sue", typ: graph.Action}, {lemma: "resign", typ: graph.Action},
	{lemma: "leave", typ: graph.Action, past: []string{"left"}}, {lemma: "join", typ: graph.Action},
	{lemma: "approve", typ: graph.Action}, {lemma: "block", typ: graph.Action}, {lemma: "accuse", typ: graph.Action},
	{lemma: "thank", typ: graph.Action}, {lemma: "invite", typ: graph.Action}, {lemma: "support", typ: graph.Action},
	{lemma: "investigate", typ: graph.Action}, {lemma: "pause", typ: graph.Action}, {lemma: "suspend", typ: graph.Action},
	{lemma: "lift", typ: graph.Action}, {lemma: "land", typ: graph.Action}, {lemma: "arrive", typ: graph.Action},
	{lemma: "return", typ: graph.Action},
	{lemma: "fly", typ: graph.Action, past: []string{"flew"}}, {lemma: "vote", typ: graph.Action},
	{lemma: "pardon", typ: graph.Action}, {lemma: "award", typ: graph.Action}, {lemma: "oust", typ: graph.Action},
	{lemma: "lay", typ: graph.Action, past: []string{"laid"}}, {lemma: "implement", typ: graph.Action}, {lemma: "defend", typ: graph.Action},
	{lemma: "send", typ: graph.Action, past: []string{"sent"}}, {lemma: "sign", typ: graph.Action},
	{lemma: "impose", typ: graph.Action}, {lemma: "issue", typ: graph.Action}, {lemma: "levy", typ: graph.Action},
	{lemma: "slap", typ: graph.Action, dbl: true},
	{lemma: "hold", typ: graph.Action, past: []string{"held"}}, {lemma: "hike", typ: graph.Action},
	{lemma: "raise", typ: graph.Action}, {lemma: "increase", typ: graph.Action}, {lemma: "cut", typ: graph.Action, past: []string{"cut"}, dbl: true},
	{lemma: "reduce", typ: graph.Action}, {lemma: "close", typ: graph.Action}, {lemma: "open", typ: graph.Action},
	{lemma: "expand", typ: graph.Action}, {lemma: "seize", typ: graph.Action}, {lemma: "confront", typ: graph.Action},
	{lemma: "engage", typ: graph.Action}, {lemma: "employ", typ: graph.Action}, {lemma: "fire", typ: graph.Action},
	{lemma: "hire", typ: graph.Action}, {lemma: "merge", typ: graph.Action}, {lemma: "replace", typ: graph.Action},
	{lemma: "succeed", typ: graph.Action}, {lemma: "die", typ: graph.Action},
	{lemma: "bear", typ: graph.Action, past: []string{"born"}},
	{lemma: "recall", typ: graph.Action}, {lemma: "drop", typ: graph.Action, dbl: true},
	{lemma: "cancel", typ: graph.Action}, {lemma: "cancel", typ: graph.Action, dbl: true}, {lemma: "postpone", typ: graph.Action},
	{lemma: "scrap", typ: graph.Action, dbl: true}, {lemma: "defer", typ: graph.Action, dbl: true},
	{lemma: "take", typ: graph.Action, past: []string{"took", "taken"}},
	{lemma: "give", typ: graph.Action, past: []string{"gave", "given"}},
	{lemma: "make", typ: graph.Action, past: []string{"made"}},
	{lemma: "conduct", typ: graph.Action}, {lemma: "place", typ: graph.Action},
	{lemma: "begin", typ: graph.Action, past: []string{"began", "begun"}},
	{lemma: "show", typ: graph.Action, past: []string{"showed", "shown"}}, {lemma: "purchase", typ: graph.Action},
	{lemma: "demonstrate", typ: graph.Action}, {lemma: "receive", typ: graph.Action},
	{lemma: "describe", typ: graph.Statement}, {lemma: "dub", typ: graph.Designation, dbl: true},
	{lemma: "build", typ: graph.Action, past: []string{"built"}}, {lemma: "bar", typ: graph.Sanction, dbl: true},
	{lemma: "welcome", typ: graph.Action}, {lemma: "ship", typ: graph.Action, dbl: true},
	{lemma: "deliver", typ: graph.Action}, {lemma: "start", typ: graph.Action}, {lemma: "compete", typ: graph.Action},
	{lemma: "move", typ: graph.Action}, {lemma: "pass", typ: graph.Action}, {lemma: "file", typ: graph.Action},
	{lemma: "reach", typ: graph.Action}, {lemma: "add", typ: graph.Statement},
	{lemma: "rise", typ: graph.Action, past: []string{"rose", "risen"}}, {lemma: "fall", typ: graph.Action, past: []string{"fell", "fallen"}},
	{lemma: "integrate", typ: graph.Action}, {lemma: "resolve", typ: graph.Action},
	{lemma: "demo", typ: graph.Action}, {lemma: "admit", typ: graph.Statement, dbl: true},
	{lemma: "attribute", typ: graph.Statement}, {lemma: "hint", typ: graph.Statement},
	{lemma: "find", typ: graph.Action, past: []string{"found"}}, {lemma: "found", typ: graph.Action},
	{lemma: "bear", typ: graph.Action, past: []string{"born", "borne"}},
	{lemma: "undergo", typ: graph.Action, past: []string{"underwent", "undergone"}},
	{lemma: "recommend", typ: graph.Action}, {lemma: "grant", typ: graph.Action},
	{lemma: "produce", typ: graph.Action}, {lemma: "market", typ: graph.Action}, {lemma: "rename", typ: graph.Action},
	{lemma: "discontinue", typ: graph.Action},
	{lemma: "promote", typ: graph.Action}, {lemma: "extend", typ: graph.Action},
	{lemma: "disband", typ: graph.Action}, {lemma: "dissolve", typ: graph.Action}, {lemma: "abolish", typ: graph.Action},
	{lemma: "inaugurate", typ: graph.Action}, {lemma: "clash", typ: graph.Action}, {lemma: "resume", typ: graph.Action},
	// the courts: "was indicted", "convicted Combs", "was sentenced"
	{lemma: "indict", typ: graph.Action}, {lemma: "charge", typ: graph.Action}, {lemma: "convict", typ: graph.Action},
	{lemma: "acquit", typ: graph.Action, dbl: true}, {lemma: "sentence", typ: graph.Action},
	{lemma: "dissent", typ: graph.Rejection}, {lemma: "fine", typ: graph.Sanction},
	// "adopted the Paris Agreement", "withdrew the country from the agreement"
	{lemma: "adopt", typ: graph.Action}, {lemma: "withdraw", typ: graph.Action, past: []string{"withdrew", "withdrawn"}},
}

// statives are the verbs of possession and use that TimeML counts as
// events and EventMentions reads when an object follows ("has a new
// screen"); Events leaves them out: they state no news.
var statives = func() map[string]trigger {
	m := map[string]trigger{}
	for _, v := range []verbEntry{
		{lemma: "have", past: []string{"has", "had"}}, {lemma: "use"}, {lemma: "own"},
		{lemma: "come", past: []string{"came"}}, {lemma: "work"}, {lemma: "include"},
	} {
		for _, f := range inflect(v.lemma, false) {
			m[f.word] = trigger{lemma: v.lemma, typ: graph.Action, form: f.form}
		}
		for _, p := range v.past {
			m[p] = trigger{lemma: v.lemma, typ: graph.Action, form: 'd'}
		}
	}
	m["has"] = trigger{lemma: "have", typ: graph.Action, form: 's'}
	return m
}()

// nounEntry is an event noun: its type and the lemma events found by it keep.
type nounEntry struct {
	word, lemma, typ string
}

// nouns is the event-noun lexicon (singular forms; regular plurals are added).
var nouns = []nounEntry{
	{"call", "call", graph.Call}, {"conversation", "call", graph.Call}, {"phonecall", "call", graph.Call},
	{"meeting", "meet", graph.Meeting}, {"summit", "meet", graph.Meeting}, {"talks", "meet", graph.Meeting},
	{"visit", "visit", graph.Meeting}, {"discussion", "discuss", graph.Meeting}, {"negotiation", "negotiate", graph.Meeting},
	{"statement", "state", graph.Statement}, {"remarks", "remark", graph.Statement}, {"comment", "comment", graph.Statement},
	{"announcement", "announce", graph.Statement}, {"speech", "speech", graph.Statement}, {"interview", "interview", graph.Statement},
	{"rejection", "reject", graph.Rejection}, {"refusal", "refuse", graph.Rejection}, {"veto", "veto", graph.Rejection},
	{"offer", "offer", graph.Offer}, {"proposal", "propose", graph.Offer}, {"pledge", "pledge", graph.Offer},
	{"promise", "promise", graph.Offer}, {"suggestion", "suggest", graph.Offer},
	{"designation", "designate", graph.Designation}, {"classification", "classify", graph.Designation},
	{"tariff", "tariff", graph.Tariff}, {"duty", "tariff", graph.Tariff}, {"levy", "tariff", graph.Tariff},
	{"order", "order", graph.Order}, {"decree", "decree", graph.Order}, {"directive", "order", graph.Order},
	{"sanction", "sanction", graph.Sanction}, {"embargo", "embargo", graph.Sanction}, {"ban", "ban", graph.Sanction},
	{"penalty", "penalize", graph.Sanction},
	{"extradition", "extradite", graph.Extradition}, {"deportation", "deport", graph.Extradition},
	{"arrest", "arrest", graph.Arrest}, {"detention", "detain", graph.Arrest}, {"capture", "capture", graph.Arrest},
	{"deployment", "deploy", graph.Deployment},
	{"report", "report", graph.Report}, {"article", "report", graph.Report},
	{"hearing", "hearing", graph.Hearing}, {"testimony", "testify", graph.Hearing},
	{"nomination", "nominate", graph.Nomination}, {"appointment", "appoint", graph.Nomination},
	{"agreement", "agree", graph.Agreement}, {"deal", "agree", graph.Agreement}, {"treaty", "agree", graph.Agreement},
	{"accord", "agree", graph.Agreement}, {"pact", "agree", graph.Agreement},
	{"request", "request", graph.Request}, {"demand", "demand", graph.Request}, {"appeal", "appeal", graph.Request},
	{"plea", "plead", graph.Request},
	{"threat", "threaten", graph.Threat}, {"warning", "warn", graph.Threat}, {"ultimatum", "threaten", graph.Threat},
	{"attack", "attack", graph.Attack}, {"strike", "strike", graph.Attack}, {"airstrike", "strike", graph.Attack},
	{"raid", "raid", graph.Attack}, {"bombing", "bomb", graph.Attack}, {"invasion", "invade", graph.Attack},
	{"assault", "assault", graph.Attack},
	{"launch", "launch", graph.Action}, {"acquisition", "acquire", graph.Action}, {"lawsuit", "sue", graph.Action},
	{"resignation", "resign", graph.Action}, {"release", "release", graph.Action},
	{"conference", "meet", graph.Meeting}, {"keynote", "keynote", graph.Statement},
	{"settlement", "agree", graph.Agreement}, {"dispute", "dispute", graph.Action}, {"suit", "sue", graph.Action},
	{"sale", "sell", graph.Action}, {"purchase", "buy", graph.Action}, {"takeover", "acquire", graph.Action},
	{"merger", "merge", graph.Action}, {"election", "elect", graph.Nomination}, {"vote", "vote", graph.Action}, {"pardon", "pardon", graph.Action},
	{"leave", "leave", graph.Action},
	// nouns of the lives of people and companies that TimeML counts as
	// events ("his decision", "Jobs' death", "its bankruptcy")
	{"decision", "decide", graph.Action}, {"absence", "absence", graph.Action}, {"death", "die", graph.Action},
	{"appearance", "appear", graph.Action}, {"farewell", "farewell", graph.Statement},
	{"invitation", "invite", graph.Request}, {"departure", "depart", graph.Action},
	{"retirement", "retire", graph.Action}, {"bankruptcy", "bankruptcy", graph.Action},
	{"bailout", "bail out", graph.Action}, {"delivery", "deliver", graph.Action}, {"delay", "delay", graph.Action},
	{"recall", "recall", graph.Action}, {"layoffs", "lay off", graph.Action}, {"closure", "close", graph.Action},
	{"introduction", "introduce", graph.Action}, {"development", "develop", graph.Action},
	{"investment", "invest", graph.Action}, {"approval", "approve", graph.Action}, {"bid", "bid", graph.Offer},
	{"breach", "breach", graph.Action}, {"unveiling", "unveil", graph.Action},
}

// lexicon maps a lower-case word form to what it triggers.
type lexicon struct {
	verb map[string]trigger
	noun map[string]trigger
}

// lex is the package's trigger lexicon, built once from verbs and nouns.
var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{verb: map[string]trigger{}, noun: map[string]trigger{}}
	add := func(form string, t trigger) {
		if _, ok := l.verb[form]; !ok {
			l.verb[form] = t
		}
	}
	for _, v := range verbs {
		t := trigger{lemma: v.lemma, typ: v.typ}
		for _, f := range inflect(v.lemma, v.dbl) {
			t.form = f.form
			add(f.word, t)
		}
		for _, p := range v.past {
			t.form = 'd'
			l.verb[p] = t
		}
	}
	for _, n := range nouns {
		t := trigger{lemma: n.lemma, typ: n.typ, noun: true, form: 'n'}
		l.noun[n.word] = t
		if !strings.HasSuffix(n.word, "s") {
			l.noun[plural(n.word)] = t
		}
	}
	return l
}

type inflection struct {
	word string
	form byte
}

// inflect returns the regular forms of a verb: base, third person, past
// (also participle) and gerund. dbl doubles the final consonant before -ed
// and -ing.
func inflect(lemma string, dbl bool) []inflection {
	stem := lemma
	if dbl {
		stem += lemma[len(lemma)-1:]
	}
	var past, ing string
	switch {
	case strings.HasSuffix(lemma, "ee"):
		past, ing = lemma+"d", lemma+"ing"
	case strings.HasSuffix(lemma, "ie"):
		past, ing = lemma+"d", lemma[:len(lemma)-2]+"ying"
	case strings.HasSuffix(lemma, "e"):
		past, ing = lemma+"d", lemma[:len(lemma)-1]+"ing"
	case consonantY(lemma):
		past, ing = lemma[:len(lemma)-1]+"ied", lemma+"ing"
	default:
		past, ing = stem+"ed", stem+"ing"
	}
	return []inflection{{lemma, 'b'}, {plural(lemma), 's'}, {past, 'd'}, {ing, 'g'}}
}

// plural returns the regular -s form of a word.
func plural(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "o") && !strings.HasSuffix(w, "oo"):
		return w + "es"
	}
	return w + "s"
}

func consonantY(w string) bool {
	if len(w) < 2 || w[len(w)-1] != 'y' {
		return false
	}
	return !strings.ContainsRune("aeiou", rune(w[len(w)-2]))
}

// Lemma returns the lemma of word when the lexicon knows it as a verb or
// event-noun form ("rebuffed" -> "rebuff", "tariffs" -> "tariff"), and
// word lower-cased otherwise.
func Lemma(word string) string {
	w := normWord(word)
	if t, ok := lex.verb[w]; ok {
		return t.lemma
	}
	if t, ok := lex.noun[w]; ok {
		return t.lemma
	}
	return w
}

// TypeOf returns the event type of a trigger word (any inflection of a
// lexicon verb, or an event noun) and true, or "" and false when the word
// is not a trigger.
func TypeOf(word string) (string, bool) {
	w := normWord(word)
	if t, ok := lex.verb[w]; ok {
		return t.typ, true
	}
	if t, ok := lex.noun[w]; ok {
		return t.typ, true
	}
	return "", false
}

// normWord lower-cases w and folds typographic apostrophes.
func normWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "\u2019", "'")
}

// pastTense returns the simple past of a lemma, used in event titles.
func pastTense(lemma string) string {
	switch lemma {
	case "bankruptcy":
		return "filed for bankruptcy" // "Heck's Inc filed for bankruptcy", not "bankruptcied"
	case "absence":
		return "was absent"
	}
	if verb, particle, ok := strings.Cut(lemma, " "); ok {
		return pastTense(verb) + " " + particle // "lay off": "laid off", "call off": "called off"
	}
	for _, v := range verbs {
		if v.lemma == lemma {
			if len(v.past) > 0 {
				return v.past[0]
			}
			return inflect(lemma, v.dbl)[2].word
		}
	}
	return inflect(lemma, false)[2].word
}

// typeVerb is the past-tense verb that titles an event of each type.
var typeVerb = map[string]string{
	graph.Call: "called", graph.Meeting: "met", graph.Statement: "said", graph.Rejection: "rejected",
	graph.Offer: "offered", graph.Designation: "designated", graph.Tariff: "imposed tariffs on",
	graph.Order: "ordered", graph.Sanction: "sanctioned", graph.Extradition: "extradited",
	graph.Arrest: "arrested", graph.Deployment: "deployed", graph.Report: "reported",
	graph.Hearing: "testified before", graph.Nomination: "nominated", graph.Agreement: "agreed with",
	graph.Request: "asked", graph.Threat: "threatened", graph.Attack: "attacked",
}

// Function words and cues used by the extractor.
var (
	auxiliaries = set("be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having",
		"do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
		"'ll", "'d", "'s", "'ve", "'re", "got", "get", "gets")
	numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "more", "no")
	beForms     = set("be", "is", "are", "was", "were", "been", "being", "am", "got", "gets", "get")
	perfect     = set("has", "have", "had", "'ve", "having")
	modalFut    = set("will", "'ll", "shall", "going")
	modalPos    = set("could", "may", "might", "would", "can", "should", "must", "'d")
	negation    = set("not", "n't", "never", "no", "neither", "nor", "without")
	// negVerbs negate the action of their infinitive complement.
	negVerbs = set("declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing",
		"failed", "fails", "fail", "failing")
	planVerbs = set("plan", "plans", "planned", "planning", "intend", "intends", "intended", "want", "wants",
		"agree", "agrees", "agreed", "agreeing", "commit", "commits", "committed", "committing",
		"wanted", "propose", "proposes", "proposed", "proposing", "offer", "offers", "offered", "offering",
		"expect", "expects", "expected", "aim", "aims", "seek", "seeks", "sought", "hope", "hopes", "vow",
		"vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened", "threatens", "suggested",
		"suggesting", "suggests", "urged", "urges", "asked", "asks", "pressed", "pressuring", "pressured",
		"plans", "prepare", "prepares", "prepared", "ready", "about", "set", "would", "like")
	possibleWords = set("possible", "potential", "potentially", "possibly", "perhaps", "maybe", "likely", "unlikely")
	claimWords    = set("reportedly", "allegedly", "purportedly", "claims", "claimed", "alleged", "alleges", "according")
	pastCues      = set("earlier", "previously", "formerly", "once", "before", "already", "recent", "recently", "past", "ago")
	adverbs       = set("also", "firmly", "publicly", "quickly", "then", "later", "still", "just", "now", "yet",
		"even", "only", "further", "again", "reportedly", "allegedly", "emphatically", "officially", "repeatedly",
		"immediately", "openly", "jointly", "reportedly", "previously", "earlier", "recently", "already", "not",
		"n't", "never", "initially", "finally", "formally", "personally", "directly", "strongly", "sharply",
		"ultimately", "effectively", "largely", "swiftly", "subsequently", "twice", "ever")
	articles    = set("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "'s", "this", "these", "those")
	determiners = set("a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
		"my", "your", "'s", "any", "some", "no", "every", "each", "another", "several", "many", "multiple",
		"one", "two", "three", "recent", "new", "latest", "first", "second", "last", "phone", "telephone",
		"executive", "formal", "public", "private", "official", "proposed", "possible", "potential", "planned",
		"military", "further", "more", "such", "of")
	prepositions = set("to", "with", "on", "against", "by", "from", "of", "in", "for", "about", "over", "into",
		"at", "after", "before", "during", "since", "until", "amid", "amidst", "following", "toward", "towards",
		"under", "between", "among", "through", "throughout", "via", "across", "near", "onto", "upon", "within",
		"without", "regarding", "concerning", "like", "as", "inside", "outside", "along", "beyond", "around", "near",
		"behind", "despite", "per", "including")
	adverbialPreps = set("during", "in", "at", "after", "before", "following", "amid", "amidst", "throughout",
		"of", "since", "until", "on")
	// boundaries end a clause for role and date assignment.
	boundaries = set(";", ":", "—", "–", "(", ")", "but", "while", "whereas", "although", "though", "because",
		"which", "who", "whom", "whose", "that", "when", "where", "if", "unless", "however", "\"", "“", "”",
		"‘", "?", "!", "whether", "so", "how", "why", "what", "|", "-", "•")
	pronouns   = set("i", "we", "they", "you", "he", "she", "it")
	plainNouns = set("issue", "issues", "state", "states", "note", "notes", "station", "stations", "press", "host",
		"hosts", "land", "lands", "release", "releases", "return", "returns", "support", "supports", "block",
		"blocks", "fire", "fires", "place", "places", "close", "open", "cut", "cuts", "hike", "hikes", "raise",
		"raises", "help", "lift", "lifts", "pressure", "pressures", "leave", "leaves", "drop", "drops", "post",
		"posts", "label", "labels", "list", "lists", "plan", "plans", "promise", "promises", "charge", "charges",
		"sentence", "sentences", "phone", "phones", "fine", "fines")
	// reportingVerbs introduce what someone said; their object is not a target.
	reportingVerbs = set("say", "state", "note", "disclose", "announce", "declare", "claim", "recount", "confirm",
		"reveal", "reiterate", "emphasize", "stress", "insist", "assert", "explain", "highlight", "indicate",
		"argue", "acknowledge", "deny", "write", "tweet", "suggest", "add", "report")
	// subjectPronouns are resolved to the nearest preceding person.
	subjectPronouns = set("he", "she")
	// lightVerbs take an event noun as object and lend it their subject
	// ("imposed a tariff", "issued an order").
	lightVerbs = set("reach", "file", "impose", "issue", "sign", "make", "hold", "levy", "slap", "place", "give", "take",
		"conduct", "launch", "announce", "hike", "raise", "lift", "approve", "implement", "hold", "host", "extend")
	// troopWords turn "send" into a deployment.
	troopWords = set("troops", "soldiers", "forces", "military", "army", "guard", "marines", "personnel")
	// criminals make the arrival of the person they describe an extradition.
	criminals = set("cartel", "kingpin", "fugitive", "capo", "trafficker", "traffickers", "smuggler", "boss",
		"druglord", "drug-lord", "criminals", "criminal", "suspect", "suspects", "extradited", "extradition")
	// legislatures turn a statement told to them into a hearing.
	legislatures = []string{"senate", "congress", "house", "committee", "parliament", "assembly", "commission"}
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// symmetric reports whether an event type's agent and target may swap
// without changing the event (A called B is B called A).
func symmetric(typ string) bool {
	return typ == graph.Call || typ == graph.Meeting || typ == graph.Agreement
}

// patientNoun reports whether the possessor of an event noun of this type
// is acted on rather than acting ("Caro Quintero's extradition").
func patientNoun(typ string) bool {
	switch typ {
	case graph.Extradition, graph.Arrest, graph.Nomination, graph.Designation:
		return true
	}
	return false
}

// femaleNames and maleNames are common first names, used only to keep a
// pronoun from resolving to a person of the other gender.
var (
	femaleNames = set("claudia", "maria", "hillary", "angela", "kamala", "nancy", "theresa", "ursula", "christine",
		"giorgia", "jacinda", "elizabeth", "mary", "anna", "sarah", "jennifer", "linda", "susan", "karen", "lisa",
		"emma", "olivia", "sophia", "marine", "michelle", "melania", "ivanka", "kristi", "pam", "tulsi", "janet",
		"gina", "condoleezza", "madeleine", "margaret", "golda", "indira", "benazir", "dilma", "cristina",
		"michelle", "laura", "barbara", "catherine", "diana", "victoria", "julia", "helen", "ruth", "sonia",
		"xiomara", "dina", "keiko", "yulia", "sanna", "mette", "jacqueline", "patricia", "rosa", "carmen",
		"isabel", "lucia", "elena", "ana")
	maleNames = set("donald", "joe", "barack", "george", "bill", "john", "james", "robert", "michael", "william",
		"david", "richard", "thomas", "charles", "andres", "andrés", "manuel", "vladimir", "xi", "emmanuel",
		"justin", "boris", "rishi", "keir", "olaf", "marco", "ronald", "rafael", "mario", "steve", "tim", "elon",
		"mark", "jeff", "warren", "pete", "jd", "mike", "kevin", "chuck", "mitch", "felipe", "enrique", "vicente",
		"carlos", "luis", "jose", "josé", "juan", "pedro", "javier", "gustavo", "nayib", "benjamin", "recep",
		"narendra", "volodymyr", "tom", "scott", "ted", "lindsey", "paul", "peter", "ron", "jim", "howard")
)

// genderOf returns 'f' or 'm' when a person's first name says so, else 0.
func genderOf(name string) byte {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return 0
	}
	switch {
	case femaleNames[f[0]]:
		return 'f'
	case maleNames[f[0]]:
		return 'm'
	}
	return 0
}
