class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return code, labels
def run(src, trace=False):
    code, labels = assemble(src)
    stack, pc, out, steps = [], 0, [], 0
    variables = {}
    while pc < len(code):
        op, args = code[pc]
        pc += 1
        steps += 1
        if steps > 10000:
            raise VMError("step limit exceeded")
        if trace:
            print(f"  {pc - 1:3} {op:<6} {args} {stack}")
        if op == "PUSH":
            stack.append(args[0])
        elif op == "POP":
            stack.pop()
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            if len(stack) < 2:
                raise VMError(f"stack underflow at {pc - 1} ({op})")
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "STORE":
            variables[args[0]] = stack.pop()
        elif op == "LOAD":
            stack.append(variables[args[0]])
        elif op == "JMP":
            pc = labels[args[0]]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown op {op}")
    return out, steps
factorial = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(factorial))
print(run("push 2\npush 3\nadd\ndup\nmul\nprint", trace=True))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "frob", "l:\njmp l"]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
