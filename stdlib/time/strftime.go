package time

import (
	"strconv"
	"strings"
)

// tm is a broken-down time as C's struct tm holds it, with the year in
// full, the month 1-12, wday Sunday=0 and yday 0-based.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
	epoch                                              func() int64 // %s: the time as seconds since the epoch
}

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isoWeekDays is the day number of yday relative to the first day of
// the ISO week-numbering year (glibc's iso_week_days).
func isoWeekDays(yday, wday int) int {
	const bigMultipleOf7 = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigMultipleOf7)%7 + 4 - 1
}

// isoWeek is the ISO 8601 year and week number of t.
func (t *tm) isoWeek() (int, int) {
	year := t.year
	days := isoWeekDays(t.yday, t.wday)
	if days < 0 {
		year--
		n := 365
		if isLeap(year) {
			n = 366
		}
		days = isoWeekDays(t.yday+n, t.wday)
	} else {
		n := 365
		if isLeap(year) {
			n = 366
		}
		if d := isoWeekDays(t.yday-n, t.wday); d >= 0 {
			year++
			days = d
		}
	}
	return year, days/7 + 1
}

// strftime formats t as glibc's strftime does in the C locale, with its
// flags (- _ 0 ^ #) and field widths; an unknown conversion is copied.
func strftime(format string, t *tm) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		var pad byte
		upper, swap := false, false
		for ; i < len(format); i++ {
			f := format[i]
			if f == '-' || f == '_' || f == '0' {
				pad = f
			} else if f == '^' {
				upper = true
			} else if f == '#' {
				swap = true
			} else {
				break
			}
		}
		width := -1
		for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[i]-'0')
		}
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			i++
		}
		if i >= len(format) {
			b.WriteString(format[start:])
			break
		}
		s, ok := t.conv(format[i], pad, width, upper, swap)
		if !ok {
			b.WriteString(format[start : i+1])
			continue
		}
		b.WriteString(s)
	}
	return b.String()
}

// num formats n with at least digits digits, padded as the flag says.
func num(n, digits int, pad byte, width int, defPad byte) string {
	if pad == 0 {
		pad = defPad
	}
	if width < 0 {
		width = digits
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.Itoa(n)
	if neg {
		width--
	}
	switch pad {
	case '-':
	case '_':
		s = strings.Repeat(" ", max(0, width-len(s))) + s
	default:
		s = strings.Repeat("0", max(0, width-len(s))) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// text pads a textual field to width and applies the case flags.
func text(s string, pad byte, width int, upper, swap bool) string {
	if upper || swap {
		s = strings.ToUpper(s)
	}
	if width > len(s) {
		fill := " "
		if pad == '0' {
			fill = "0"
		}
		s = strings.Repeat(fill, width-len(s)) + s
	}
	return s
}

// conv formats one conversion character.
func (t *tm) conv(c, pad byte, width int, upper, swap bool) (string, bool) {
	hour12 := t.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	mon := t.mon
	if mon < 1 || mon > 12 {
		mon = 1
	}
	wday := ((t.wday % 7) + 7) % 7
	sub := func(f string) string { return text(strftime(f, t), pad, width, upper, false) }
	switch c {
	case 'a':
		return text(dayNames[wday][:3], pad, width, upper, swap), true
	case 'A':
		return text(dayNames[wday], pad, width, upper, swap), true
	case 'b', 'h':
		return text(monthNames[mon-1][:3], pad, width, upper, swap), true
	case 'B':
		return text(monthNames[mon-1], pad, width, upper, swap), true
	case 'c':
		return sub("%a %b %e %H:%M:%S %Y"), true
	case 'C':
		return num(floorDiv(t.year, 100), 1, pad, width, '0'), true
	case 'd':
		return num(t.mday, 2, pad, width, '0'), true
	case 'D':
		return sub("%m/%d/%y"), true
	case 'e':
		return num(t.mday, 2, pad, width, '_'), true
	case 'F':
		return sub("%Y-%m-%d"), true
	case 'g':
		y, _ := t.isoWeek()
		return num((y%100+100)%100, 2, pad, width, '0'), true
	case 'G':
		y, _ := t.isoWeek()
		return num(y, 1, pad, width, '0'), true
	case 'H':
		return num(t.hour, 2, pad, width, '0'), true
	case 'I':
		return num(hour12, 2, pad, width, '0'), true
	case 'j':
		return num(t.yday+1, 3, pad, width, '0'), true
	case 'k':
		return num(t.hour, 2, pad, width, '_'), true
	case 'l':
		return num(hour12, 2, pad, width, '_'), true
	case 'm':
		return num(t.mon, 2, pad, width, '0'), true
	case 'M':
		return num(t.min, 2, pad, width, '0'), true
	case 'n':
		return "\n", true
	case 't':
		return "\t", true
	case 'p', 'P':
		s := "AM"
		if t.hour >= 12 {
			s = "PM"
		}
		if c == 'P' || swap {
			s = strings.ToLower(s)
		}
		return text(s, pad, width, upper, false), true
	case 'r':
		return sub("%I:%M:%S %p"), true
	case 'R':
		return sub("%H:%M"), true
	case 's':
		return num(int(t.epoch()), 1, pad, width, '0'), true
	case 'S':
		return num(t.sec, 2, pad, width, '0'), true
	case 'T', 'X':
		return sub("%H:%M:%S"), true
	case 'u':
		return num((wday+6)%7+1, 1, pad, width, '0'), true
	case 'U':
		return num((t.yday+7-wday)/7, 2, pad, width, '0'), true
	case 'V':
		_, w := t.isoWeek()
		return num(w, 2, pad, width, '0'), true
	case 'w':
		return num(wday, 1, pad, width, '0'), true
	case 'W':
		return num((t.yday+7-(wday+6)%7)/7, 2, pad, width, '0'), true
	case 'x':
		return sub("%m/%d/%y"), true
	case 'y':
		return num((t.year%100+100)%100, 2, pad, width, '0'), true
	case 'Y':
		return num(t.year, 1, pad, width, '0'), true
	case 'z':
		if t.isdst < 0 {
			return "", true
		}
		off := t.gmtoff
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		off /= 60
		return sign + num(off/60*100+off%60, 4, pad, width-1, '0'), true
	case 'Z':
		s := t.zone
		if swap {
			s = strings.ToLower(s)
		}
		return text(s, pad, width, upper, false), true
	case '%':
		return "%", true
	}
	return "", false
}
