// Package timeline turns the text of news articles into dated events on a
// time line.
//
// Time expressions come first: Timexes finds dates, times, durations and
// sets in a document's text and normalizes them to TimeML TIMEX3 values and
// calendar intervals (graph.Date), anchored to the document's own date,
// which FindDCT reads from the article's header lines, ParseDate from
// metadata and InferDCT from the dates the text mentions. ReadTimeML and
// ScoreTimex evaluate the recognizer on TimeML corpora the TempEval-3 way.
//
// Event extraction then finds what happened, with whom, and attaches each
// event to a time expression of its sentence (Events); Merge links reports
// of the same event across documents, keeping every source and flagging
// conflicting dates, and Order places the merged events in chronological
// order.
//
// For the SemEval-2015 Task 4 yardstick, EntityEvents gathers the event
// mentions one target entity takes part in, WriteSemEval and ReadSemEval
// write and read the task's timeline format, and ScoreSemEval scores a
// timeline by temporal awareness (closure and reduction of its temporal
// graph). Every function takes values and returns values: nothing here
// touches storage or the clock.
package timeline
