package graph

import (
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// TimelineJS is a Knight Lab TimelineJS3 document
// (https://timeline.knightlab.com/docs/json-format.html).
type TimelineJS struct {
	Title  *TimelineJSSlide  `json:"title,omitempty"`
	Events []TimelineJSSlide `json:"events"`
}

// TimelineJSSlide is one TimelineJS slide: an event or the title slide.
type TimelineJSSlide struct {
	StartDate *TimelineJSDate `json:"start_date,omitempty"`
	Text      TimelineJSText  `json:"text"`
	Group     string          `json:"group,omitempty"`
	UniqueID  string          `json:"unique_id,omitempty"`
}

// TimelineJSDate is a TimelineJS date; Month and Day are 0 when unknown
// and then left out.
type TimelineJSDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// TimelineJSText is a slide's text. TimelineJS renders Text as HTML, so
// NewTimelineJS escapes everything it puts there; Headline is escaped too.
type TimelineJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// NewTimelineJS converts s's dated events (in timeline order) to TimelineJS
// slides: start_date at the event's precision, headline = title, text =
// the sources' sentences with their titles (HTML-escaped), group = event
// type. Events with no date of their own are left out and counted in the
// second result.
func NewTimelineJS(s *Snapshot, title string) (TimelineJS, int) {
	out := TimelineJS{Events: []TimelineJSSlide{}}
	if title != "" {
		out.Title = &TimelineJSSlide{Text: TimelineJSText{Headline: html.EscapeString(title)}}
	}
	skipped := 0
	for i := range s.Events {
		e := &s.Events[i]
		d, ok := timelineJSDate(e.Date)
		if !ok {
			skipped++
			continue
		}
		var body strings.Builder
		for _, so := range e.Sources {
			body.WriteString("<p>")
			body.WriteString(html.EscapeString(so.Sentence))
			if so.Title != "" || so.Published != "" {
				body.WriteString(" <em>(")
				body.WriteString(html.EscapeString(strings.TrimSpace(so.Title + " " + so.Published)))
				body.WriteString(")</em>")
			}
			body.WriteString("</p>")
		}
		out.Events = append(out.Events, TimelineJSSlide{StartDate: &d, Group: e.Type, UniqueID: e.ID,
			Text: TimelineJSText{Headline: html.EscapeString(e.Title), Text: body.String()}})
	}
	return out, skipped
}

func timelineJSDate(d Date) (TimelineJSDate, bool) {
	if !d.Known() {
		return TimelineJSDate{}, false
	}
	parts := strings.Split(d.Value, "-")
	var n [3]int
	for i, p := range parts {
		if i >= 3 {
			break
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			return TimelineJSDate{}, false
		}
		n[i] = v
	}
	return TimelineJSDate{Year: n[0], Month: n[1], Day: n[2]}, true
}

// EncodeTimelineJS writes NewTimelineJS(s, title) as indented JSON.
func EncodeTimelineJS(s *Snapshot, title string) ([]byte, error) {
	t, _ := NewTimelineJS(s, title)
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("graph: encoding TimelineJS: %w", err)
	}
	return append(b, '\n'), nil
}
