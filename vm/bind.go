package vm

import (
	"fmt"
	"strings"
)

// bindArgs arranges a call's arguments into the parameter registers of
// fn: positional, then keyword-only, then *args and **kwargs.
func (t *Thread) bindArgs(fn *Function, args []Value, kw *Kwargs) ([]Value, error) {
	code := fn.Code
	if code.simple && kw.Len() == 0 && len(args) == code.ArgCount {
		return args, nil
	}
	nparams := code.ArgCount + code.KwOnly
	if code.VarArgs {
		nparams++
	}
	if code.VarKw {
		nparams++
	}
	out := make([]Value, nparams)
	for i := range out {
		out[i] = unbound
	}
	npos := len(args)
	if npos > code.ArgCount {
		if !code.VarArgs {
			return nil, t.tooManyPositional(fn, len(args), kw)
		}
		npos = code.ArgCount
	}
	copy(out, args[:npos])
	var varKw *Dict
	if code.VarKw {
		varKw = newDict(0)
	}
	if code.VarArgs {
		rest := make([]Value, len(args)-npos)
		copy(rest, args[npos:])
		out[code.ArgCount+code.KwOnly] = NewTuple(rest)
	}
	for i := 0; i < kw.Len(); i++ {
		name := kw.Names[i]
		idx := -1
		for j := code.PosOnly; j < code.ArgCount+code.KwOnly; j++ {
			if code.ParamNames[j] == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			if varKw == nil {
				for j := 0; j < code.PosOnly; j++ {
					if code.ParamNames[j] == name {
						return nil, Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, name)
					}
				}
				return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name)
			}
			if err := varKw.Set(t, NewStr(name), kw.Values[i]); err != nil {
				return nil, err
			}
			continue
		}
		if out[idx].kind != KUnbound {
			return nil, Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name)
		}
		out[idx] = kw.Values[i]
	}
	if varKw != nil {
		pos := code.ArgCount + code.KwOnly
		if code.VarArgs {
			pos++
		}
		out[pos] = ptrValue(KDict, unsafePointer(varKw))
	}
	// Defaults fill the last positional parameters.
	firstDefault := code.ArgCount - len(fn.Defaults)
	var missing []string
	for i := 0; i < code.ArgCount; i++ {
		if out[i].kind != KUnbound {
			continue
		}
		if i >= firstDefault {
			out[i] = fn.Defaults[i-firstDefault]
		} else {
			missing = append(missing, code.ParamNames[i])
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(fn, missing, "positional")
	}
	for i := code.ArgCount; i < code.ArgCount+code.KwOnly; i++ {
		if out[i].kind != KUnbound {
			continue
		}
		if d, ok := fn.KwDefaults[code.ParamNames[i]]; ok {
			out[i] = d
		} else {
			missing = append(missing, code.ParamNames[i])
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(fn, missing, "keyword-only")
	}
	return out, nil
}

func (t *Thread) tooManyPositional(fn *Function, given int, kw *Kwargs) error {
	code := fn.Code
	takes := fmt.Sprintf("%d", code.ArgCount)
	if len(fn.Defaults) > 0 {
		takes = fmt.Sprintf("from %d to %d", code.ArgCount-len(fn.Defaults), code.ArgCount)
	}
	plural := "s"
	if code.ArgCount == 1 && len(fn.Defaults) == 0 {
		plural = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	kwPart := ""
	if n := kw.Len(); n > 0 {
		s := ""
		if n > 1 {
			s = "s"
		}
		kwPart = fmt.Sprintf(" (and %d keyword-only argument%s)", n, s)
	}
	return Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given", fn.QualName, takes, plural, given, kwPart, was)
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.QualName, len(names), kind, s, list)
}
