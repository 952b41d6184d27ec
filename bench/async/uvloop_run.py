"""Runs an asyncio program on uvloop: python3 uvloop_run.py PROGRAM.asl.

asyncio.run of the program uses uvloop's event loop policy, so the same
file is timed on CPython's default loop and on uvloop (bench/async/compare.sh).
"""
import runpy
import sys

import uvloop

uvloop.install()
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
