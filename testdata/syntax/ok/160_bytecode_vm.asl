from enum import IntEnum


class Op(IntEnum):
    PUSH = 0x01
    POP = 0x02
    ADD = 0x10
    SUB = 0x11
    MUL = 0x12
    JMP = 0x20
    JZ = 0x21
    DUP = 0x30
    PRINT = 0x40
    HALT = 0xFF


def run(code: list[int], *, trace: bool = False) -> list[int]:
    stack: list[int] = []
    pc = 0
    out = []
    while pc < len(code):
        op = Op(code[pc]); pc += 1
        if trace:
            print(f"{pc - 1:04x} {op.name:<6} {stack}")
        if op is Op.PUSH:
            stack.append(code[pc]); pc += 1
        elif op is Op.POP:
            stack.pop()
        elif op in (Op.ADD, Op.SUB, Op.MUL):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == Op.ADD else a - b if op == Op.SUB else a * b)
        elif op is Op.JMP:
            pc = code[pc]
        elif op is Op.JZ:
            target = code[pc]; pc += 1
            if stack.pop() == 0:
                pc = target
        elif op is Op.DUP:
            stack.append(stack[-1])
        elif op is Op.PRINT:
            out.append(stack[-1])
        elif op is Op.HALT:
            break
        else:
            raise RuntimeError(f"bad opcode {op:#04x}")
    return out


countdown = [Op.PUSH, 5, Op.DUP, Op.PRINT, Op.POP, Op.PUSH, 1, Op.SUB, Op.DUP, Op.JZ, 13, Op.JMP, 2, Op.HALT]
print(run(countdown))
