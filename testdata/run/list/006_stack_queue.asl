stack = []
for x in "abcde":
    stack.append(x)
    print("push", x, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = list(range(5))
while queue:
    head = queue.pop(0)
    if head % 2 == 0 and head < 4:
        queue.append(head + 10)
    print(head, queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
