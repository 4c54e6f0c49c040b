package chronograph

import (
	"errors"
	"testing"
)

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		// UTF-8 read as Windows-1252 and written again: repaired.
		{"Trumpâ€™s plan", "Trump’s plan"},
		{"â€œquotedâ€\u009d", "“quoted”"},
		{"cafÃ© and naÃ¯ve", "café and naïve"},
		{"Brand Â® and Â© 2025", "Brand ® and © 2025"},
		{"SÃ£o Paulo, ZÃ¼rich", "São Paulo, Zürich"},
		{"emoji ðŸ‡ºðŸ‡¸ flag", "emoji 🇺🇸 flag"},
		// Lossy mojibake (bytes 0x80-0x9F lost): repaired when the apostrophe
		// form shows it; then a lone â between words is a dash.
		{"Trumpâs nominee wouldnât rule it out", "Trump’s nominee wouldn’t rule it out"},
		{"TRUMPâS cartelsâeven without Mexicoâs consent", "TRUMP’S cartels—even without Mexico’s consent"},
		{"Trumpâs château and pâté", "Trump’s château and pâté"},
		{"inside Mexico⌠https://t.co/x", "inside Mexico…https://t.co/x"},
		// Genuine text: unchanged.
		{"café, naïve, £5, Ångström, Curaçao, São Paulo", "café, naïve, £5, Ångström, Curaçao, São Paulo"},
		{"the château and pâté", "the château and pâté"},
		{"Trump’s “plan” — 2025", "Trump’s “plan” — 2025"},
		{"Guðjón Þórðarson", "Guðjón Þórðarson"},
		{"plain ASCII", "plain ASCII"},
	}
	for _, tt := range tests {
		if got := repairMojibake(tt.in); got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"utf-8", []byte("héllo"), "héllo", nil},
		{"utf-8 bom", []byte("\xef\xbb\xbfhi"), "hi", nil},
		{"utf-16le bom", utf16LE("hé"), "hé", nil},
		{"utf-16be bom", utf16BE("hé"), "hé", nil},
		{"latin-1", []byte("caf\xe9 \xa35"), "café £5", nil},
		{"windows-1252 quotes", []byte("\x93quoted\x94 \x96 it\x92s"), "“quoted” – it’s", nil},
		{"mixed utf-8 and latin-1", []byte("caf\xe9 and café"), "café and café", nil},
		{"empty", nil, "", ErrEmpty},
		{"spaces", []byte(" \r\n"), "", ErrEmpty},
		{"pdf", []byte("%PDF-1.4"), "", ErrBinary},
		{"zip", []byte("PK\x03\x04rest"), "", ErrBinary},
		{"nul", []byte("a\x00b"), "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeText(tt.in)
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("decodeText = %q, want %q", got, tt.want)
			}
		})
	}
}
