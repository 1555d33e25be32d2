"""Every CLI subcommand has --help and is documented in README.md (as sqlite-utils does)."""

from __future__ import annotations

import argparse
import re

import pytest

from frontline.cli import make_parser
from helpers import REPO, run_cli


def subcommands() -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in make_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_the_four_subcommands_exist():
    assert set(subcommands()) == {"build", "query", "export", "eval"}


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_subcommand_has_help_and_description(capsys, command):
    parser = subcommands()[command]
    assert parser.description and len(parser.description) > 40
    run = run_cli(capsys, command, "--help")
    assert run.code == 0 and parser.description.split()[0] in run.out
    for action in parser._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"{command} {action.option_strings[0]} has no help text"


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_subcommand_is_in_the_readme(command):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"frontline {command}\b", readme), f"README.md never shows `frontline {command}`"


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_every_option_is_in_the_readme(command):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    options = [o for a in subcommands()[command]._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    missing = [o for o in options if o not in readme]
    assert missing == [], f"README.md does not mention {command} {', '.join(missing)}"
