package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// The event types of Chronograph's taxonomy. An action outside it has type
// Action and keeps its verb's lemma in Event.Lemma. README.md documents each.
const (
	Call        = "call"
	Meeting     = "meeting"
	Statement   = "statement"
	Rejection   = "rejection"
	Offer       = "offer"
	Designation = "designation"
	Tariff      = "tariff"
	Order       = "order"
	Sanction    = "sanction"
	Extradition = "extradition"
	Arrest      = "arrest"
	Deployment  = "deployment"
	Report      = "report"
	Hearing     = "hearing"
	Nomination  = "nomination"
	Agreement   = "agreement"
	Request     = "request"
	Threat      = "threat"
	Attack      = "attack"
	Action      = "action"
)

// EventTypes lists every event type, in the order README.md documents them.
var EventTypes = []string{Call, Meeting, Statement, Rejection, Offer, Designation, Tariff,
	Order, Sanction, Extradition, Arrest, Deployment, Report, Hearing, Nomination,
	Agreement, Request, Threat, Attack, Action}

// Role is the part an entity plays in an event.
type Role string

// The roles of event participants.
const (
	Agent    Role = "agent"  // who acted
	Target   Role = "target" // who was acted on
	Involved Role = "other"  // anyone else involved
)

// Factuality says how the text presents an event.
type Factuality string

// The factuality values; the empty value means asserted as fact.
const (
	Asserted Factuality = ""
	Negated  Factuality = "negated"
	Planned  Factuality = "planned"  // future, intended, proposed
	Claimed  Factuality = "reported" // reported as someone's claim
	Possible Factuality = "possible" // could, may, would
)

// LocalParticipant is an event participant within one document; Entity
// indexes Document.Entities.
type LocalParticipant struct {
	Entity int  `json:"entity"`
	Role   Role `json:"role"`
}

// LocalEvent is an event as one document reports it.
type LocalEvent struct {
	Type  string `json:"type"`
	Lemma string `json:"lemma"`
	// Trigger is the span of the word that reports the event.
	Trigger      Span               `json:"trigger"`
	Sentence     int                `json:"sentence"`
	Date         Date               `json:"date"`
	Participants []LocalParticipant `json:"participants"`
	Factuality   Factuality         `json:"factuality,omitempty"`
	Confidence   float64            `json:"confidence"`
	// Timex indexes Document.Timexes for the expression that dates the
	// event, or is -1 when the date came from the document or is unknown.
	Timex int `json:"timex"`
}

// Participant is an entity taking part in an event.
type Participant struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
	Role Role   `json:"role"`
}

// Source is one document's report of an event: the evidence behind it.
type Source struct {
	Document  string `json:"document"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Sentence  string `json:"sentence"`
	// Start and End are the byte offsets of the trigger word in the
	// document's text.
	Start int `json:"start"`
	End   int `json:"end"`
	// SentenceIndex is the sentence's number in the document (title = 0 in
	// CAT XML input).
	SentenceIndex int    `json:"sentence_index"`
	Trigger       string `json:"trigger"`
	// Date is the date this source gives the event.
	Date       Date       `json:"date"`
	Factuality Factuality `json:"factuality,omitempty"`
}

// Conflict records a date that some sources give an event and others do not.
type Conflict struct {
	Date    string   `json:"date"`
	Sources []string `json:"sources"`
}

// Event is a dated action merged across every document that reports it.
type Event struct {
	ID           string        `json:"id"`
	Type         string        `json:"type"`
	Lemma        string        `json:"lemma,omitempty"`
	Date         Date          `json:"date"`
	Title        string        `json:"title"`
	Participants []Participant `json:"participants"`
	Sources      []Source      `json:"sources"`
	Conflicts    []Conflict    `json:"conflicts,omitempty"`
	Factuality   Factuality    `json:"factuality,omitempty"`
	Confidence   float64       `json:"confidence"`
	// Order is the event's position in the timeline, from 0.
	Order int `json:"order"`
}

// EventID returns a stable event ID from the event's first source (document
// ID and trigger offset): the same corpus gives the same IDs on every run.
func EventID(doc string, trigger int, typ string) string {
	h := sha256.New()
	h.Write([]byte(doc))
	h.Write([]byte{0})
	h.Write([]byte(typ))
	h.Write([]byte{0, byte(trigger >> 24), byte(trigger >> 16), byte(trigger >> 8), byte(trigger)})
	return "ev:" + hex.EncodeToString(h.Sum(nil)[:8])
}

// HasParticipant reports whether entity id takes part in e.
func (e *Event) HasParticipant(id string) bool {
	for _, p := range e.Participants {
		if p.ID == id {
			return true
		}
	}
	return false
}

// ParticipantsIn returns the IDs of e's participants with role r.
func (e *Event) ParticipantsIn(r Role) []string {
	var ids []string
	for _, p := range e.Participants {
		if p.Role == r {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// IsType reports whether e has one of the types in types (case-insensitive):
// a name of the taxonomy (EventTypes) matches that type, any other word
// matches the lemma ("sell" finds the generic actions whose verb is sell).
// An empty list matches every event.
func (e *Event) IsType(types []string) bool {
	if len(types) == 0 {
		return true
	}
	for _, t := range types {
		if IsEventType(t) {
			if strings.EqualFold(t, e.Type) {
				return true
			}
		} else if strings.EqualFold(t, e.Lemma) {
			return true
		}
	}
	return false
}

// IsEventType reports whether t names a type of the taxonomy (EventTypes),
// in any case.
func IsEventType(t string) bool {
	for _, k := range EventTypes {
		if strings.EqualFold(k, t) {
			return true
		}
	}
	return false
}
