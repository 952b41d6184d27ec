#!/usr/bin/env python3
"""Command line tool."""
import argparse
import logging
import sys

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="asl", description=__doc__)
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-o", "--output", type=argparse.FileType("w"), default=sys.stdout)
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("--jobs", "-j", type=int, default=1, metavar="N")
    check = sub.add_parser("check")
    check.add_argument("--strict", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="%(levelname)s %(message)s")
    log.debug("args: %r", args)
    if args.command == "run":
        for f in args.files:
            print(f"running {f} with {args.jobs} job{'s' if args.jobs != 1 else ''}", file=args.output)
    elif args.command == "check":
        failures = [f for f in args.files if not f.endswith(".asl")]
        if failures and args.strict:
            log.error("bad files: %s", ", ".join(failures))
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
