module github.com/asl-lang/asl

go 1.26.0

require (
	github.com/alecthomas/participle/v2 v2.1.4
	golang.org/x/text v0.44.0
)
