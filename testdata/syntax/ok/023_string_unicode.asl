greeting = "héllo wörld"
chinese = "你好,世界"
emoji = "🎉🐍✨"
mixed = f"{greeting} → {emoji}"
arabic = 'مرحبا'
greek = """αβγδε
ζηθ"""
combining = "e\u0301"
zwj = "👨‍👩‍👧"
math = "∀x ∈ ℝ: x² ≥ 0"
rtl_bytes = "שָׁלוֹם".encode("utf-8")
box = '┌─┐│└┘'
