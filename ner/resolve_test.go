package ner

import (
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

// TestResolve checks how Extract groups mentions into local entities: each
// case lists the entities it must find, as "kind:Name=alias|alias".
func TestResolve(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"U.S. President Donald Trump spoke on Monday. Later, President Trump and Mr. Trump's aides left. TRUMP REJECTS DEAL.",
			[]string{"person:Donald Trump"}},
		{"The Central Intelligence Agency said on Monday that the CIA had new data. A C.I.A. official agreed.",
			[]string{"organization:Central Intelligence Agency"}},
		{"The United States and Mexico signed the deal. The U.S. said America and the US would comply.",
			[]string{"place:United States", "place:Mexico"}},
		{"Mexico’s economy grew, officials in Mexico said.",
			[]string{"place:Mexico"}},
		{"Mexican President Claudia Sheinbaum said Mexican officials would meet. Sheinbaum's office agreed.",
			[]string{"person:Claudia Sheinbaum"}},
		// a utility's name is a company's
		{"Thames Water was fined 123 million pounds by the regulator. Thames Water said it would not appeal.",
			[]string{"organization:Thames Water"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		res := extractChecked(t, x, tt.text)
		var got []string
		for _, e := range res.Entities {
			got = append(got, string(e.Kind)+":"+e.Name)
		}
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				if g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no entity %s; got %v", tt.text, w, got)
			}
		}
		// No entity is named like one of the wanted ones' aliases.
		names := map[string]int{}
		for _, e := range res.Entities {
			names[strings.ToLower(lastWord(e.Name))]++
			if strings.EqualFold(e.Name, "Mexican") {
				t.Errorf("%q: demonym %q is an entity", tt.text, e.Name)
			}
		}
		for n, c := range names {
			if c > 1 {
				t.Errorf("%q: %d entities end in %q: %v", tt.text, c, n, got)
			}
		}
	}
}

func TestResolveAliases(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract("U.S. President Donald Trump met reporters. Trump’s team and President Trump spoke.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Name != "Donald Trump" {
			continue
		}
		if !sort.StringsAreSorted(e.Aliases) {
			t.Errorf("aliases not sorted: %v", e.Aliases)
		}
		if diff := cmp.Diff([]string{"Trump"}, e.Aliases); diff != "" {
			t.Errorf("aliases (-want +got):\n%s", diff)
		}
		if e.Mentions != 3 {
			t.Errorf("%d mentions, want 3", e.Mentions)
		}
		return
	}
	t.Errorf("no Donald Trump in %+v", res.Entities)
}

// TestResolveContext checks the kinds and names that a mention's context
// settles whatever the tagger guessed: descriptor nouns and "chairman of"
// make organizations (unless the name is a word of a person's name in the
// document), "film" makes a work (other), names that only name a role are
// no entities, a place's name cannot end in "Philharmonic", a web domain
// is an organization, "Mrs Howard" is not "Mr Howard" when a document names
// both, "Bastian" is the document's "Bastian Technologies Corp", a name
// made an adjective ("American-flagged") is the name alone, "A and W
// Brands Inc" is one company, and a possessive inside a span ends the name when no name word
// follows it.
func TestResolveContext(t *testing.T) {
	tests := []struct {
		text string
		want []string // "kind:Name" that must be found
		not  []string // names, aliases or "Name=alias" that must not be found
	}{
		{"Questions of regulation remain, watchdog Ofcom has said. Lord Currie, chairman of super-regulator Ofcom, " +
			"told the panel. Speeches made by Ofcom in recent months hinted at it.",
			[]string{"organization:Ofcom"}, nil},
		{"Budget airline Ryanair has placed an order. The order is good news for plane maker Boeing, its supplier.",
			[]string{"organization:Ryanair", "organization:Boeing"}, nil},
		{"Tim Osborne, a director of Group Menatep, said shares in Yukos fell. Yukos denied it.",
			[]string{"organization:Yukos"}, nil},
		{"In 1999 Labour removed all but 92 of the Lords' 750 hereditary peers.",
			nil, []string{"Lords' 750", "Lords 750"}},
		{"Steve Jobs left Apple. Apple, the company Jobs founded, grew without him.",
			[]string{"person:Steve Jobs"}, []string{"organization:Jobs"}},
		{"Bookmakers Ladbrokes says the singer has even odds. On Friday, Ladbrokes suspended betting.",
			[]string{"organization:Ladbrokes"}, nil},
		{"The Oscar-nominated film Ray has surpassed its box office takings. Ray has been nominated in six categories.",
			[]string{"other:Ray"}, []string{"person:Ray"}},
		{"The Lord Chancellor, Lord Falconer, agreed. Prime Minister Tony Blair said nothing.",
			[]string{"person:Tony Blair"}, []string{"Lord Chancellor", "Prime Minister"}},
		{"He conducted some of the best orchestras in the world including the Berlin Philharmonic and the English Chamber Orchestra.",
			[]string{"organization:Berlin Philharmonic"}, []string{"place:Berlin Philharmonic"}},
		{"Tory leader Michael Howard will campaign. Mr Howard said so on Monday, and Mr Howard flew north. " +
			"Mrs Howard will make solo visits to target seats.",
			[]string{"person:Michael Howard", "person:Mrs Howard"}, nil},
		{"Tory leader Michael Howard will campaign. Mrs Howard will make solo visits to target seats. Mrs Howard " +
			"said so on Monday. Mr Howard agreed.",
			[]string{"person:Michael Howard", "person:Mrs Howard"}, []string{"person:Mr Howard"}},
		{"A committee of MPs has warned. The MPs said they were concerned. \"People are switching browsers,\" said Niels " +
			"Brinkman, co-founder of Amsterdam-based OneStat.com. OneStat.com compiled the statistics.",
			[]string{"organization:OneStat.com"}, []string{"MPs", "person:OneStat.com"}},
		{"New York-based Bastian Technologies Corp said it acquired a stake in Cosmo Communications Corp. " +
			"Bastian said it may seek control. The shares were bought on October 16, Bastian said.",
			[]string{"organization:Bastian Technologies Corp"}, []string{"organization:Bastian"}},
		{"The attack answered an Iranian missile attack on the American-flagged Kuwaiti tanker Sea Isle City.",
			nil, []string{"American-flagged", "other:American-flagged"}},
		{"A and W Brands Inc said it completed the acquisition of Vernors Inc from United Brands Co.",
			[]string{"organization:A and W Brands Inc", "organization:Vernors Inc"}, []string{"W Brands Inc"}},
		{"Analysis and Technology Inc said it won 7.6 mln dlrs worth of Navy contracts.",
			[]string{"organization:Analysis and Technology Inc"}, []string{"Technology Inc"}},
		{"Graeme Souness believes Walter Smith would be the perfect choice to succeed Berti Vogts. \"Walter is the " +
			"ideal candidate,\" Souness said.",
			[]string{"person:Walter Smith"}, []string{"person:Walter"}},
		{"Sacked MP Howard Flight's local Conservative association has insisted he will not be its candidate. " +
			"At a news conference, Mr Howard insisted he had played by the party's rules.",
			[]string{"person:Howard Flight"}, []string{"Howard Flight=Mr Howard", "Howard Flight=Howard"}},
		{"The Lib Dems say Labour is telephoning people. John Ison, from the group Fathers 4 Justice, said so. " +
			"Groups including Friends of the Earth and the World Development Movement said the Bank of England was wrong.",
			[]string{"organization:Liberal Democrats", "organization:Labour Party", "organization:Fathers 4 Justice",
				"organization:Friends of the Earth", "organization:Bank of England"},
			[]string{"Lib Dems say Labour", "Fathers", "Justice", "Friends", "Earth"}},
		{"Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food all said sales fell. Two banks - China " +
			"Construction Bank and Bank of China - have abandoned plans. Standard and Poor's Corp, Bear, Stearns and Co and " +
			"Candlewood Bank and Trust Co agreed.",
			[]string{"organization:House of Fraser", "organization:Marks & Spencer", "organization:China Construction Bank",
				"organization:Bank of China", "Standard and Poor's Corp", "organization:Candlewood Bank and Trust Co"},
			[]string{"House of Fraser , Marks & Spencer", "China Construction Bank and Bank of China", "Bear", "Trust Co"}},
		{"The Sarbanes-Oxley Act obliges chief executives to sign accounts. The Act also applies to foreign firms.",
			nil, []string{"Act", "organization:Act"}},
		{"Soviet officials and West German bankers met Yugoslav economists in Moscow.",
			[]string{"place:Moscow"}, []string{"Soviet", "West German", "Yugoslav"}},
		{"The debt was affirmed, S and P said. He would not say whether A and P would make another offer.",
			[]string{"organization:S and P", "organization:A and P"}, []string{"P"}},
		{"Standard and Poor's Corp affirmed the debt. The profits will grow, S and P said.",
			[]string{"Standard and Poor's Corp=S and P"}, nil},
		{"President Ronald Reagan left the White House. Mrs Reagan said she would stay.",
			[]string{"person:Ronald Reagan", "person:Mrs Reagan"}, []string{"Ronald Reagan=Mrs Reagan"}},
		{"Margaret Thatcher won. Mrs Thatcher said so.",
			[]string{"Margaret Thatcher=Thatcher"}, []string{"person:Mrs Thatcher", "person:Thatcher"}},
		{"Apple Computer Inc of Cupertino, Calif., said so. Moody's Investors Service Inc cut the rating. Moody's said more. " +
			"Western diplomats said the New York Stock Exchange and the American Stock Exchange rose, the Stock Exchange said.",
			[]string{"place:California", "Moody's Investors Service=Moody", "organization:Stock Exchange"},
			[]string{"place:Calif", "Western", "American Stock Exchange=Stock Exchange"}},
		{"The New York-based firm sold its unit to San Francisco-based Napster Inc.",
			[]string{"New York", "San Francisco"}, []string{"other:New York-based", "other:San Francisco-based"}},
		{"Jamie Foxx won the Oscar for best actor. The Oscars and the Baftas went to him, as did a Golden Globe.",
			[]string{"other:Academy Awards", "other:Bafta Awards", "Academy Awards=Oscars"}, []string{"person:Oscar"}},
		{"Grain prices rose on Monday, traders said.\n Reuter",
			nil, []string{"Reuter", "person:Reuter"}},
		{"Steve Jobs left Apple. Fans will miss Steve, Tim Cook said.",
			[]string{"person:Steve Jobs"}, []string{"miss Steve", "person:miss Steve"}},
		{"Officials told the Congress of the FCC's plan. The Royal Commission into Grain Storage reported. " +
			"Tory leader Michael Howard said the Tories and the Conservatives were one.",
			[]string{"Royal Commission into Grain Storage", "organization:Conservative Party", "Conservative Party=Tories"},
			[]string{"Congress of the FCC", "other:Tory"}},
		{"Steve Jobs and Steve Wozniak founded Apple in a garage. Steve said the garage was cold.",
			[]string{"person:Steve Jobs", "person:Steve Wozniak"}, []string{"Steve Jobs=Steve"}},
		{"The match kicks off at 1500 GMT. Liverpool lead the League and meet Chelsea in the Cup.",
			[]string{"organization:Liverpool"}, []string{"GMT", "League", "Cup"}},
		{"Indonesian Energy Minister Subroto said OPEC would meet. Subroto added that prices were firm. " +
			"bgfact(\"Falkland Islands\",\"Area\",12173)",
			[]string{"person:Subroto"}, []string{"Energy Subroto", "Energy Minister", "bgfact(\"Falkland Islands"}},
		{"Sweden's <Nordbanken> banking group is for sale. Nordbanken said it did not exclude accepting a suitable bid " +
			"for its shares, priced on Feb 26 by lead manager <Banque Paribas>.",
			nil, []string{"person:Banque Paribas", "person:Nordbanken", "Feb"}},
		{"Patients with Alzheimer's disease and Parkinson's disease, and those with Motor Neurone disease, need care.",
			nil, []string{"person:Alzheimer", "person:Parkinson", "place:Motor Neurone"}},
		{"Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair Cook and " +
			"Keith Lea all face charges. Federated - owner of Macy's and Bloomingdale's - will assume the debt.",
			[]string{"organization:Railtrack"}, []string{"person:Railtrack", "person:Macy"}},
		{"Shares of Apple and Microsoft Corp rose.",
			nil, []string{"Apple and Microsoft Corp"}},
		// a name before "administration" is its leader's; a solicitor
		// general's title is no name
		{"The duties were suspended after the Biden administration agreed. Joe Biden said so. " +
			"Chief Justice John Roberts told Solicitor General D. John Sauer that tariffs are a core power of Congress.",
			[]string{"person:Joe Biden", "Joe Biden=Biden"}, []string{"place:Biden", "Solicitor General", "other:Solicitor General"}},
		// initials in capitals stay so; a shouted name does not
		{"Vice President JD Vance had met AfD co-leader Alice Weidel in Munich last week. Shares of JM Byggnads rose.",
			[]string{"JD Vance", "JM Byggnads"}, []string{"Jd Vance", "Jm Byggnads"}},
		{"The debt is rated Aa-2 by Moody's Investors Service Inc and AA by Standard and Poor's Corp. " +
			"It was downgraded to BB-minus and Williams Natural Gas Co said nothing.",
			nil, []string{"organization:BB-minus and Williams Natural Gas Co", "BB-minus and Williams Natural Gas Co"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		res := extractChecked(t, x, tt.text)
		got := map[string]bool{}
		for _, e := range res.Entities {
			got[string(e.Kind)+":"+e.Name] = true
			got[e.Name] = true
			for _, a := range e.Aliases {
				got[a] = true
				got[e.Name+"="+a] = true
			}
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no entity %s; got %v", tt.text, w, res.Entities)
			}
		}
		for _, n := range tt.not {
			if got[n] {
				t.Errorf("%q: unwanted %s; got %v", tt.text, n, res.Entities)
			}
		}
	}
}

// extractChecked extracts text and checks the result's invariants.
func extractChecked(t *testing.T, x *Extractor, text string) *Result {
	t.Helper()
	res, err := x.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, text, res)
	return res
}

// A state's bodies named with its demonym are the country: "the Canadian
// government designated", "South Korean officials said"; not a region's
// ("Western diplomats"), not the person after a title ("Mexican President
// Claudia Sheinbaum"), and no alias of the country.
func TestStateActors(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract("The Canadian government designated seven cartels on Friday. South Korean officials said talks failed. " +
		"Western diplomats said so. Mexican President Claudia Sheinbaum spoke. Ukrainian and U.S. officials met in Jeddah.")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Mentions {
		got = append(got, m.Text+"="+res.Entities[m.Entity].Name)
	}
	want := []string{"Canadian government=Canada", "South Korean officials=South Korea", "Claudia Sheinbaum=Claudia Sheinbaum",
		"Ukrainian=Ukraine", "U.S.=United States", "Jeddah=Jeddah"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	for _, e := range res.Entities {
		if len(e.Aliases) > 0 && e.Name != "Claudia Sheinbaum" && e.Name != "United States" { // "U.S." is its own
			t.Errorf("%s has aliases %q, want none", e.Name, e.Aliases)
		}
	}
}

// A platform statements are posted on is an organization, not a place.
func TestPlatformsAreOrganizations(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract("Trump wrote on Truth Social late on Sunday that he was pleased.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Name == "Truth Social" && e.Kind != graph.Organization {
			t.Errorf("Truth Social is a %s, want an organization", e.Kind)
		}
	}
}

// A nickname in quotes between a person's names makes one person, named
// without it and known by it too; quotes around words that name no person
// do not ("the "Liberation Day" Tariffs").
func TestNicknamedPersons(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract("Sinaloa Cartel co-founder Ismael \"El Mayo\" Zambada was arrested in Texas. " +
		"Joaquín “El Chapo” Guzmán was extradited in 2017. Zambada pleaded not guilty. Guzmán was convicted. " +
		"Trump \"Liberation Day\" Tariffs hit Mexico.")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range res.Entities {
		if e.Kind == graph.Person {
			got[e.Name] = e.Aliases
		}
	}
	want := map[string][]string{
		"Ismael Zambada": {"El Mayo", "Ismael \"El Mayo\" Zambada", "Zambada"},
		"Joaquín Guzmán": {"El Chapo", "Guzmán", "Joaquín “El Chapo” Guzmán"},
		"Trump":          nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("persons and aliases (-want +got):\n%s", diff)
	}
}

// TestSurnameEchoes: a named person's surname the tagger leaves untagged
// later in the text is a mention of that person ("Trump fired Slaughter"
// after "Rebecca Slaughter"), but not inside another name ("Slaughter
// House"), nor opening a sentence unless a verb of saying or an auxiliary
// follows ("Rice prices rose" after "Condoleezza Rice").
func TestSurnameEchoes(t *testing.T) {
	x := newExtractor(t)
	count := func(text, name string) int {
		res := extractChecked(t, x, text)
		n := 0
		for _, m := range res.Mentions {
			if res.Entities[m.Entity].Name == name && m.Text == lastWord(name) {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		text, name string
		want       int
	}{
		{"The court ruled that Rebecca Slaughter should stay off the commission. Trump fired Slaughter in March.", "Rebecca Slaughter", 1},
		{"Rebecca Slaughter testified. The Slaughter House museum opened.", "Rebecca Slaughter", 0},
		{"Condoleezza Rice visited Tokyo. Rice prices rose.", "Condoleezza Rice", 0},
		{"Condoleezza Rice visited Tokyo. Rice said the talks went well.", "Condoleezza Rice", 1},
	} {
		if got := count(c.text, c.name); got != c.want {
			t.Errorf("%q: %d mentions of %q as its surname, want %d", c.text, got, c.name, c.want)
		}
	}
}
