"""Only a docstring.

This module has nothing else in it,
apart from this text.
"""
